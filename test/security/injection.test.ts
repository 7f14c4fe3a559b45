import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../../lib/hld/generate.js';
import { runStep } from '../../lib/hosts/run.js';
import { checkRef, checkRepoUrl } from '../../lib/git/validate.js';
import { syncTagIncludes } from '../../lib/promotion/sync-tag.js';
import { step as gateStep } from '../../lib/steps/gate.js';
import { Inputs } from '../../lib/steps/inputs.js';
import { step as pushManifests } from '../../lib/steps/push-manifests.js';
import { step as recordDeployment } from '../../lib/steps/record-deployment.js';
import { step as updateHld } from '../../lib/steps/update-hld.js';
import { recordStage } from '../../lib/telemetry/record.js';
import { DeploymentStore } from '../../lib/telemetry/store.js';
import type { Azurite } from '../../stand-ins/azurite.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';
import { bareRepo, branchesOf, git, tempDir, writeTree } from '../../stand-ins/git.js';
import { RecordingHost } from '../../stand-ins/host.js';

/**
 * Option injection: values from inputs, table rows and HLD files that look like git options never
 * run. Each injected value would create a marker file if git took it as `--upload-pack`; the test
 * asserts the marker does not exist and the error names where the value came from.
 */

// Lower case on purpose: record-deployment stores repository URLs lower-cased.
const markerDir = join(tmpdir(), `ringway-pwn-${process.pid}-${Date.now()}`);
mkdirSync(markerDir, { recursive: true });
const marker = (name: string) => join(markerDir, name);
const uploadPack = (name: string) => `--upload-pack=touch ${marker(name)};git-upload-pack`;

describe('repository URL and ref rules', () => {
  test.each([
    ['https://github.com/o/r.git'],
    ['http://127.0.0.1:8080/o/r.git'],
    ['http://localhost/r.git'],
    ['ssh://git@host.example/o/r.git'],
    ['git@github.com:o/r.git'],
    ['host.example:o/r.git'],
    ['git@my-alias:o/r.git'],
    ['git://host.example/r.git'],
    ['file:///srv/hld.git'],
    ['/srv/hld.git'],
    ['../hld.git'],
  ])('accepted: %s', (url) => {
    expect(checkRepoUrl(url, 'hld-repo')).toBe(url);
  });

  test.each([
    ['--upload-pack=touch /tmp/x', "starts with '-'"],
    ['-oProxyCommand=x', "starts with '-'"],
    ['ext::sh -c touch% /tmp/x', 'remote-helper'],
    ['fd::17', 'remote-helper'],
    ['ftp://host/r.git', "scheme 'ftp' is not supported"],
    ['http://git.example.com/r.git', 'plain http is only accepted for this machine'],
    ['ssh://-oProxyCommand=touch%20x/r', "host starts with '-'"],
    ['-host:path', "starts with '-'"],
    ['git@-oProxyCommand=x:r', "host starts with '-'"],
    ['javascript:alert(1)', "'javascript' is not a host name"],
    ['mailto:x', "'mailto' is not a host name"],
    ['https://host/r.git\n--upload-pack=x', 'control characters'],
    [`https://host/${'a'.repeat(3000)}`, 'longer than 2048'],
  ])('refused: %#', (url, why) => {
    expect(() => checkRepoUrl(url, 'hld-repo')).toThrow(
      new RegExp(`^input 'hld-repo': .*${why.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
  });

  test('credentials in a URL are refused and hidden', () => {
    expect(() => checkRepoUrl('https://u:hunter22@github.com/o/r.git', 'manifest-repo')).toThrow(
      "input 'manifest-repo' must not contain credentials",
    );
  });

  test.each([
    ['main'],
    ['release/1.2'],
    ['v1.0.0'],
    ['a'.repeat(40)],
    ['DEPLOY/frontend-dev-master-12'],
    ['refs/tags/flux-sync'],
  ])('ref accepted: %s', (ref) => {
    expect(checkRef(ref, 'branch')).toBe(ref);
  });

  test.each([
    ['--upload-pack=x', "starts with '-'"],
    ['-b', "starts with '-'"],
    ['a..b', "'..'"],
    ['a b', 'space'],
    ['a:b', 'space, a control character'],
    ['x@{1}', "'@{'"],
    ['@', "'@{'"],
    ['/a', 'empty part'],
    ['a//b', 'empty part'],
    ['a/', 'empty part'],
    ['a.', "ends with '.'"],
    ['a/.b', "starts with '.'"],
    ['a.lock', '.lock'],
    ['a\nb', 'control character'],
    ['x'.repeat(300), 'longer than 255'],
  ])('ref refused: %#', (ref, why) => {
    expect(() => checkRef(ref, 'branch')).toThrow(
      new RegExp(`^input 'branch': .*is not a valid git ref: .*${why.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
  });
});

describe('steps refuse option-looking inputs before git runs', () => {
  test('push-manifests: manifest-repo and branch', async () => {
    const repo = await bareRepo({ files: { 'README.md': 'x\n' } });
    const source = writeTree({ 'dev/a.yaml': 'a: 1\n' });
    for (const [values, message] of [
      [{ 'manifest-repo': uploadPack('pm-url') }, /^input 'manifest-repo': .*starts with '-'/],
      [{ 'manifest-repo': repo.url, branch: uploadPack('pm-branch') }, /^input 'branch': .*starts with '-'/],
      [{ 'manifest-repo': repo.url, branch: 'main..x' }, /^input 'branch': 'main\.\.x' is not a valid git ref/],
    ] as const) {
      const r = await runStep(
        pushManifests,
        new RecordingHost(),
        (d) => ({ source, 'git-user-name': 'ci', 'git-user-email': 'ci@x', ...values })[d.name as 'source'],
      );
      expect(r).toMatchObject({ ok: false, message: expect.stringMatching(message) });
    }
    expect(existsSync(marker('pm-url'))).toBe(false);
    expect(existsSync(marker('pm-branch'))).toBe(false);
    expect(branchesOf(repo.dir)).toEqual(['main']);
  });

  test('update-hld: hld-repo and branch', async () => {
    const repo = await bareRepo({ files: { 'component.yaml': 'name: app\n' } });
    const r1 = await runStep(
      updateHld,
      new RecordingHost(),
      (d) => ({ 'hld-repo': uploadPack('uh-url'), 'image-tag': 't1' })[d.name as 'hld-repo'],
    );
    expect(r1).toMatchObject({
      ok: false,
      usage: true,
      message: expect.stringMatching(/^input 'hld-repo': .*starts with '-'/),
    });
    const r2 = await runStep(
      updateHld,
      new RecordingHost(),
      (d) =>
        ({ 'hld-repo': repo.url, branch: uploadPack('uh-branch'), 'image-tag': 't1', 'pull-request': 'false' })[
          d.name as 'hld-repo'
        ],
    );
    expect(r2).toMatchObject({ ok: false, message: expect.stringMatching(/^input 'branch': .*starts with '-'/) });
    expect(existsSync(marker('uh-url'))).toBe(false);
    expect(existsSync(marker('uh-branch'))).toBe(false);
    expect(branchesOf(repo.dir)).toEqual(['main']);
  });

  test('the sync tag reader refuses an option-looking URL or tag', async () => {
    await expect(syncTagIncludes(uploadPack('st-url'), undefined, 'flux-sync', 'ab'.repeat(20))).rejects.toThrow(
      /^manifest repository: .*starts with '-'/,
    );
    await expect(
      syncTagIncludes('file:///nonexistent.git', undefined, '--upload-pack=x', 'ab'.repeat(20)),
    ).rejects.toThrow(/^input 'sync-tag': /);
    expect(existsSync(marker('st-url'))).toBe(false);
  });
});

describe('generate: HLD values never reach git as options', () => {
  async function remote() {
    return bareRepo({ files: { 'component.yaml': 'name: remote\n' } });
  }
  test.each([
    [
      'version',
      (url: string) => `source: ${url}\n    version: "${uploadPack('gen-version')}"`,
      'gen-version',
      /^component 'root\.sub': version: .*starts with '-'/,
    ],
    [
      'branch',
      (url: string) => `source: ${url}\n    branch: "${uploadPack('gen-branch')}"`,
      'gen-branch',
      /^component 'root\.sub': branch: .*starts with '-'/,
    ],
    [
      'source',
      () => `source: "${uploadPack('gen-source')}"`,
      'gen-source',
      /^component 'root\.sub': source: .*starts with '-'/,
    ],
    [
      'source ext::',
      () => `source: "ext::sh -c touch% ${marker('gen-ext')}"`,
      'gen-ext',
      /^component 'root\.sub': source: .*remote-helper/,
    ],
  ])(
    'a git component with an option-looking %s is refused, nothing runs or is written',
    async (_field, fields, name, message) => {
      const r = await remote();
      const hld = writeTree({
        'component.yaml': `name: root\nsubcomponents:\n  - name: sub\n    method: git\n    ${fields(r.url)}\n`,
      });
      const output = join(tempDir(), 'out');
      await expect(generate({ hld, environments: [[]], output, cacheDir: tempDir() })).rejects.toThrow(message);
      expect(existsSync(marker(name))).toBe(false);
      expect(existsSync(output) ? readdirSync(output) : []).toEqual([]);
    },
  );

  test('a helm chart repository or chart name that looks like an option is refused', async () => {
    const hld = writeTree({
      'component.yaml':
        'name: root\nsubcomponents:\n  - name: web\n    type: helm\n    method: helm\n    source: "--repository-config=/etc/passwd"\n    path: web\n',
    });
    await expect(generate({ hld, environments: [[]], cacheDir: tempDir() })).rejects.toThrow(
      /^component 'root\.web': source: .*is not a chart repository URL/,
    );
    const hld2 = writeTree({
      'component.yaml':
        'name: root\nsubcomponents:\n  - name: web\n    type: helm\n    method: helm\n    source: "https://charts.example.test"\n    path: "--post-renderer=/bin/sh"\n',
    });
    await expect(generate({ hld: hld2, environments: [[]], cacheDir: tempDir() })).rejects.toThrow(
      "component 'root.web': chart name and version may not start with '-'",
    );
  });
});

describe('gate: a recorded manifest repository is data, never an option', () => {
  let azurite: Azurite;
  beforeAll(async () => {
    azurite = await azuriteForThisWorker();
  });
  afterAll(async () => {
    await azurite?.stop();
  });

  test('a row whose manifestRepo is --upload-pack=…: nothing runs; the error names the record; the input is refused too', async () => {
    const s = {
      'connection-string': azurite.connectionString,
      'table-name': `secinject${Date.now() % 100000}`,
      'partition-key': 'p',
    };
    const host = new RecordingHost();
    const record = (v: Record<string, string>) =>
      recordDeployment.run(Inputs.of(recordDeployment, { ...s, 'fail-on-error': 'true', ...v }), host);
    await record({ p1: 'b1', 'image-tag': 'evil-1', 'commit-id': '1f'.repeat(20), service: 'web' });
    await record({
      stage: 'hld-updated',
      p2: 'b1-hld',
      'image-tag': 'evil-1',
      env: 'dev',
      service: 'web',
      'hld-commit-id': '3d'.repeat(20),
    });
    await record({ stage: 'manifests-generated', p3: 'b1-gen', 'hld-commit-id': '3d'.repeat(20) });
    // record-deployment refuses it as input; any other writer of the table may still store it.
    await expect(
      record({ p3: 'b1-gen', 'manifest-commit-id': '2e'.repeat(20), repository: uploadPack('gate-row') }),
    ).rejects.toThrow(/^input 'repository': .*starts with '-'/);
    await recordStage(
      DeploymentStore.open({ connectionString: s['connection-string'], tableName: s['table-name'], partitionKey: 'p' }),
      {
        stage: 'manifests-pushed',
        fields: { p3: 'b1-gen', manifestCommitId: '2e'.repeat(20), manifestRepo: uploadPack('gate-row') },
      },
    );

    const fromRow = await runStep(
      gateStep,
      new RecordingHost(),
      (d) => ({ ...s, service: 'web', 'image-tag': 'evil-1', 'to-ring': 'staging' })[d.name as 'service'],
    );
    // The gate cannot tell from a row it refuses to use: decision error (never a reject), naming the record.
    expect(fromRow).toMatchObject({
      ok: false,
      usage: false,
      outputs: { decision: 'error' },
      message: expect.stringMatching(
        /^gate: error: .*the manifest repository recorded in the deployment table \(set 'manifest-repo' to choose one\): .*starts with '-'/,
      ),
    });
    expect(existsSync(marker('gate-row'))).toBe(false);

    const fromInput = await runStep(
      gateStep,
      new RecordingHost(),
      (d) =>
        ({
          ...s,
          service: 'web',
          'image-tag': 'evil-1',
          'to-ring': 'staging',
          'manifest-repo': uploadPack('gate-input'),
        })[d.name as 'service'],
    );
    expect(fromInput).toMatchObject({
      ok: false,
      usage: true,
      message: expect.stringMatching(/^input 'manifest-repo': .*starts with '-'/),
    });
    expect(existsSync(marker('gate-input'))).toBe(false);
  });
});

test('git itself is never reached with an option-looking remote, even through a remote named in a checkout', () => {
  // The guard behind the guard: --end-of-options makes git treat the value as a repository.
  const dir = tempDir();
  git(dir, ['init', '-q']);
  writeFileSync(join(dir, 'x'), '');
  expect(() => git(dir, ['ls-remote', '--end-of-options', uploadPack('raw')])).toThrow();
  expect(existsSync(marker('raw'))).toBe(false);
});
