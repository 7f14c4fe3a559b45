import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '../../lib/hld/generate.js';
import { removeTempDir } from '../../lib/fs/temp.js';
import { runStep } from '../../lib/hosts/run.js';
import { step as pushManifests } from '../../lib/steps/push-manifests.js';
import { step as updateHld } from '../../lib/steps/update-hld.js';
import { bareRepo, filesAt, git, tempDir, writeTree } from '../../stand-ins/git.js';
import { RecordingHost } from '../../stand-ins/host.js';

/**
 * Symlinks are never followed out of a checkout or a source folder. Each test commits a link to a
 * folder outside (with a precious file in it) and checks the step refuses, leaves the outside as it
 * was, and pushes nothing — dry-run included.
 */

/** A folder outside every checkout, holding one file that must survive. */
function outside(): string {
  const dir = writeTree({ 'precious.txt': 'do not touch\n' }, 'ringway-outside-');
  return dir;
}
const untouched = (dir: string) => expect(readdirSync(dir)).toEqual(['precious.txt']);

/** A bare repository whose main branch holds `files` and the symbolic links `links` (path → target). */
function repoWithLinks(
  files: Record<string, string>,
  links: Record<string, string>,
): { dir: string; url: string; tip: string } {
  const bare = join(tempDir('ringway-bare-'), 'r.git');
  mkdirSync(bare);
  git(bare, ['init', '-q', '--bare', '--initial-branch=main']);
  const work = tempDir('ringway-work-');
  git(work, ['init', '-q', '--initial-branch=main']);
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(join(work, p, '..'), { recursive: true });
    writeFileSync(join(work, p), c);
  }
  for (const [p, target] of Object.entries(links)) {
    mkdirSync(join(work, p, '..'), { recursive: true });
    symlinkSync(target, join(work, p));
  }
  git(work, ['add', '-A']);
  git(work, ['commit', '-q', '-m', 'with links']);
  git(work, ['push', '-q', bare, 'HEAD:refs/heads/main']);
  return { dir: bare, url: `file://${bare}`, tip: git(bare, ['rev-parse', 'main']).trim() };
}

const identity = { 'git-user-name': 'ci', 'git-user-email': 'ci@example.test' };

describe('push-manifests', () => {
  test.each([['false'], ['true']])(
    'a committed link at the target path is refused (dry-run %s): nothing deleted or written outside, nothing pushed',
    async (dryRun) => {
      const out = outside();
      const repo = repoWithLinks({ 'README.md': 'r\n' }, { manifests: out });
      const source = writeTree({ 'dev/app.yaml': 'kind: ConfigMap\n' });
      const r = await runStep(
        pushManifests,
        new RecordingHost(),
        (d) =>
          ({ ...identity, source, 'manifest-repo': repo.url, path: 'manifests', 'dry-run': dryRun })[
            d.name as 'source'
          ],
      );
      expect(r).toMatchObject({
        ok: false,
        message:
          "input 'path': 'manifests' is a symbolic link in the repository; ringway does not follow links out of a checkout",
      });
      untouched(out);
      expect(git(repo.dir, ['rev-parse', 'main']).trim()).toBe(repo.tip);
    },
  );

  test('a link above the target path is refused too', async () => {
    const out = outside();
    mkdirSync(join(out, 'dev'));
    writeFileSync(join(out, 'dev', 'keep.yaml'), 'k\n');
    const repo = repoWithLinks({}, { envs: out });
    const source = writeTree({ 'app.yaml': 'kind: ConfigMap\n' });
    const r = await runStep(
      pushManifests,
      new RecordingHost(),
      (d) => ({ ...identity, source, 'manifest-repo': repo.url, path: 'envs/dev' })[d.name as 'source'],
    );
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining("input 'path': 'envs' is a symbolic link") });
    expect(readFileSync(join(out, 'dev', 'keep.yaml'), 'utf8')).toBe('k\n');
    expect(git(repo.dir, ['rev-parse', 'main']).trim()).toBe(repo.tip);
  });

  test('a link inside the target is replaced by the real folder, never followed', async () => {
    const out = outside();
    const repo = repoWithLinks({ 'README.md': 'r\n' }, { dev: out });
    const source = writeTree({ 'dev/app.yaml': 'kind: ConfigMap\n' });
    const r = await runStep(
      pushManifests,
      new RecordingHost(),
      (d) => ({ ...identity, source, 'manifest-repo': repo.url })[d.name as 'source'],
    );
    expect(r).toMatchObject({ ok: true, outputs: { changed: 'true' } });
    untouched(out);
    expect(filesAt(repo.dir, 'main')).toEqual(['README.md', 'dev/app.yaml']);
  });

  test("generate's staging folders are never published, and one published before is removed despite keep: .*", async () => {
    const repo = await bareRepo({
      files: { 'README.md': 'r\n', '.ringway-staging-4242-Ab12Cd/dev/old.yaml': 'x\n', '.flux.yaml': 'kept\n' },
    });
    const source = writeTree({
      'dev/app.yaml': 'kind: ConfigMap\n',
      '.ringway-staging-77-Zz99yy/dev/half.yaml': 'half\n',
    });
    const r = await runStep(
      pushManifests,
      new RecordingHost(),
      (d) => ({ ...identity, source, 'manifest-repo': repo.url })[d.name as 'source'],
    );
    expect(r).toMatchObject({ ok: true });
    expect(filesAt(repo.dir, 'main')).toEqual(['.flux.yaml', 'README.md', 'dev/app.yaml']);
  });
});

describe('update-hld', () => {
  test('a config file committed as a link to a file outside: refused, the file outside unchanged, nothing pushed', async () => {
    const out = outside();
    const repo = repoWithLinks(
      { 'component.yaml': 'name: app\n' },
      { 'config/common.yaml': join(out, 'precious.txt') },
    );
    for (const dryRun of ['true', 'false']) {
      const r = await runStep(
        updateHld,
        new RecordingHost(),
        (d) =>
          ({ ...identity, 'hld-repo': repo.url, 'image-tag': 'v2', 'pull-request': 'false', 'dry-run': dryRun })[
            d.name as 'hld-repo'
          ],
      );
      expect(r).toMatchObject({
        ok: false,
        message: expect.stringContaining("'config/common.yaml' is a symbolic link that leads outside"),
      });
    }
    expect(readFileSync(join(out, 'precious.txt'), 'utf8')).toBe('do not touch\n');
    expect(git(repo.dir, ['rev-parse', 'main']).trim()).toBe(repo.tip);
  });

  test('a dangling link (writing would create its target outside) is refused', async () => {
    const out = outside();
    const repo = repoWithLinks(
      { 'component.yaml': 'name: app\n' },
      { 'config/common.yaml': join(out, 'created.yaml') },
    );
    const r = await runStep(
      updateHld,
      new RecordingHost(),
      (d) => ({ ...identity, 'hld-repo': repo.url, 'image-tag': 'v2', 'pull-request': 'false' })[d.name as 'hld-repo'],
    );
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('is a symbolic link that leads outside') });
    untouched(out);
  });
});

describe('generate', () => {
  const secret = () =>
    writeTree({ 'secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: stolen\n' }, 'ringway-outside-');

  test('a static folder holding a link to a file outside the HLD: refused, nothing of it in the output', async () => {
    const out = secret();
    const hld = writeTree({
      'component.yaml': 'name: root\nsubcomponents:\n  - name: files\n    type: static\n    path: ./static\n',
      'static/a.yaml': 'a: 1\n',
    });
    symlinkSync(join(out, 'secret.yaml'), join(hld, 'static', 'b.yaml'));
    const output = join(tempDir(), 'out');
    await expect(generate({ hld, environments: [[]], output, cacheDir: tempDir() })).rejects.toThrow(
      "component 'root.files': 'static/b.yaml' is a symbolic link that leads outside",
    );
    expect(existsSync(join(output, 'common'))).toBe(false);
  });

  test('a link committed inside the installed folder of a method http component (components/<name>) is refused', async () => {
    const out = secret();
    const hld = writeTree({
      'component.yaml':
        'name: root\nsubcomponents:\n  - name: web\n    type: static\n    method: http\n    source: https://example.test/web.yaml\n',
      'components/web/a.yaml': 'a: 1\n',
    });
    symlinkSync(join(out, 'secret.yaml'), join(hld, 'components', 'web', 'web.yaml'));
    const output = join(tempDir(), 'out');
    await expect(generate({ hld, environments: [[]], output, cacheDir: tempDir() })).rejects.toThrow(
      "component 'root.web': 'components/web/web.yaml' is a symbolic link that leads outside",
    );
    expect(existsSync(join(output, 'common'))).toBe(false);
  });

  test('a config file or component definition linked to a file outside is refused', async () => {
    const out = secret();
    const hld = writeTree({ 'component.yaml': 'name: root\n' });
    mkdirSync(join(hld, 'config'));
    symlinkSync(join(out, 'secret.yaml'), join(hld, 'config', 'common.yaml'));
    await expect(
      generate({ hld, environments: [[]], output: join(tempDir(), 'o'), cacheDir: tempDir() }),
    ).rejects.toThrow("component .: 'config/common.yaml' is a symbolic link that leads outside");
  });

  test('a committed `generated` link does not carry the output out of the HLD', async () => {
    const out = outside();
    const hld = writeTree({ 'component.yaml': 'name: root\n' });
    symlinkSync(out, join(hld, 'generated'));
    await expect(generate({ hld, environments: [[]], cacheDir: tempDir() })).rejects.toThrow(
      "output: 'generated' is a symbolic link that leads outside",
    );
    untouched(out);
  });

  test('links that stay inside the HLD still work', async () => {
    const hld = writeTree({
      'component.yaml': 'name: root\nsubcomponents:\n  - name: files\n    type: static\n    path: ./static\n',
      'shared/a.yaml': 'a: 1\n',
    });
    mkdirSync(join(hld, 'static'));
    symlinkSync(join(hld, 'shared', 'a.yaml'), join(hld, 'static', 'a.yaml'));
    await generate({ hld, environments: [[]], cacheDir: tempDir() });
    expect(readFileSync(join(hld, 'generated/common/files.yaml'), 'utf8')).toContain('a: 1');
  });

  test('staging left by a killed generate is removed by the next one; a running one is left alone', async () => {
    const hld = writeTree({ 'component.yaml': 'name: root\n' });
    const output = join(tempDir(), 'out');
    const dead = join(output, '.ringway-staging-999999999-Ab12Cd');
    const old = join(output, '.ringway-staging-XyZ123');
    const running = join(output, `.ringway-staging-${process.pid}-Keep01`);
    for (const d of [dead, old, running]) mkdirSync(join(d, 'common'), { recursive: true });
    await generate({ hld, environments: [[]], output, cacheDir: tempDir() });
    expect(readdirSync(output).sort()).toEqual([`.ringway-staging-${process.pid}-Keep01`, 'common']);
  });
});

test('temp cleanup never fails a step: a folder that cannot be removed is reported, not thrown', async () => {
  const lines: string[] = [];
  await expect(removeTempDir('/proc/1/definitely-not-removable', (l) => lines.push(l))).resolves.toBeUndefined();
  await expect(removeTempDir('/proc/self', (l) => lines.push(l))).resolves.toBeUndefined();
  expect(lines).toEqual([expect.stringMatching(/^could not remove temporary folder \/proc\/self: /)]);
});
