// Names users already type elsewhere (create-pull-request, build-push-action, metadata-action),
// the former names kept as deprecated aliases, job-token defaults, and `keep: ''` meaning empty.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runStep } from '../../lib/hosts/run.js';
import { Inputs } from '../../lib/steps/inputs.js';
import { step as buildImageStep, tagOf } from '../../lib/steps/build-image.js';
import { steps } from '../../lib/steps/index.js';
import { step as updateHld } from '../../lib/steps/update-hld.js';
import { GITHUB_JOB_TOKEN, taskFolder, truncate } from '../../scripts/surfaces.js';
import { bareRepo, filesAt } from '../../stand-ins/git.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { repoRoot, runAzureTask, runCli, runGitHubAction } from '../support/run-bundle.js';
import { parseImageRef } from '../../lib/image/tags.js';
import { writeTree } from '../../stand-ins/git.js';
import { startGitHttpServer, type GitHttpServer } from '../../stand-ins/git-http-server.js';

test('update-hld gives pull-request-number/url, and pr-number/pr-url as the same values', async () => {
  const hld = await bareRepo({
    files: {
      'component.yaml': 'name: hld\nsubcomponents:\n  - name: web\n    type: static\n    path: ./web\n',
      'config/common.yaml': 'subcomponents: {}\n',
    },
  });
  const host = new RecordingHost();
  const r = await runStep(
    updateHld,
    host,
    (d) =>
      (
        ({ 'hld-repo': hld.url, component: 'web', 'image-tag': 'v2', 'pull-request': 'false' }) as Record<
          string,
          string
        >
      )[d.name],
  );
  expect(r.ok).toBe(true);
  expect(r.outputs).toMatchObject({
    changed: 'true',
    'pull-request-number': '',
    'pull-request-url': '',
    'pr-number': '',
    'pr-url': '',
  });
});

test('the former input name still works, with one deprecation warning; the new name wins', () => {
  const used = Inputs.resolve(
    buildImageStep,
    (d) => (({ image: 'r.example/app', dockerfile: 'Other.Dockerfile' }) as Record<string, string>)[d.name],
    {},
  );
  expect(used.string('file')).toBe('Other.Dockerfile');
  expect(used.deprecations).toEqual(["input 'dockerfile' is deprecated: use 'file'"]);
  const both = Inputs.resolve(
    buildImageStep,
    (d) => (({ image: 'r.example/app', file: 'A', dockerfile: 'B' }) as Record<string, string>)[d.name],
    {},
  );
  expect(both.string('file')).toBe('A');
  expect(both.deprecations).toEqual([]);
  const env = Inputs.resolve(buildImageStep, (d) => (d.name === 'image' ? 'r.example/app' : undefined), {
    RINGWAY_DOCKERFILE: 'E',
  });
  expect(env.string('file')).toBe('E');
});

test("tags: templates, or full references of the same image (metadata-action's output), one per line", () => {
  const image = parseImageRef('ghcr.io/contoso/app');
  const lines = Inputs.of(buildImageStep, {
    image: 'ghcr.io/contoso/app',
    tags: 'ghcr.io/contoso/app:main\nghcr.io/contoso/app:sha-1a2b3c4\n{branch}-{build-id}',
  }).list('tags');
  expect(lines.map((t) => tagOf(t, image))).toEqual(['main', 'sha-1a2b3c4', '{branch}-{build-id}']);
  expect(() => tagOf('ghcr.io/other/app:v1', image)).toThrow(
    "input 'tags': 'ghcr.io/other/app:v1' is not a tag of ghcr.io/contoso/app",
  );
  expect(tagOf('nginx:1', parseImageRef('nginx'))).toBe('1');
});

test('keep: an explicit empty value is kept (strict mirror); unset gives the default', () => {
  const step = steps.find((s) => s.name === 'push-manifests')!;
  const base: Record<string, string> = { 'manifest-repo': 'https://git.example/m.git' };
  expect(Inputs.resolve(step, (d) => ({ ...base, keep: '' })[d.name], {}).list('keep')).toEqual([]);
  expect(Inputs.resolve(step, (d) => base[d.name], {}).list('keep')).toEqual(['.*', 'README*']);
  // Other inputs still treat '' as "not given" (a `${{ }}` expression that came out empty).
  expect(Inputs.resolve(step, (d) => ({ ...base, source: '' })[d.name], {}).string('source')).toBe('generated');
});

describe('generated metadata', () => {
  test.each(steps.filter((s) => s.inputs.some((d) => d.jobToken)).map((s) => [s.name, s] as const))(
    '%s: the job token arrives through job-token on GitHub (token itself has no default, so a given token is told apart)',
    (_n, step) => {
      const action = parse(readFileSync(join(repoRoot, 'actions', step.name, 'action.yml'), 'utf8'));
      expect(action.inputs.token.default).toBeUndefined();
      expect(action.inputs['job-token'].default).toBe(GITHUB_JOB_TOKEN);
      expect(GITHUB_JOB_TOKEN).toBe('${{ github.token }}');
    },
  );

  test('aliases are declared as deprecated inputs/outputs on GitHub and as aliases on Azure', () => {
    const action = parse(readFileSync(join(repoRoot, 'actions/build-image/action.yml'), 'utf8'));
    expect(action.inputs.dockerfile.deprecationMessage).toBe('use file');
    const hld = parse(readFileSync(join(repoRoot, 'actions/update-hld/action.yml'), 'utf8'));
    expect(Object.keys(hld.outputs)).toEqual(
      expect.arrayContaining(['pull-request-number', 'pull-request-url', 'pr-number', 'pr-url']),
    );
    const task = JSON.parse(readFileSync(join(repoRoot, taskFolder(buildImageStep), 'task.json'), 'utf8'));
    expect(task.inputs.find((i: { name: string }) => i.name === 'file').aliases).toEqual(['dockerfile']);
  });

  test('descriptions are cut at a word, never inside one', () => {
    const long =
      'Sets values in a Fabrikate HLD keeping the rest of the config file byte for byte, and proposes the change through a pull request (GitHub, Azure DevOps) or pushes it.';
    const cut = truncate(long, 125);
    expect(cut.length).toBeLessThanOrEqual(125);
    expect(cut).toBe(
      'Sets values in a Fabrikate HLD keeping the rest of the config file byte for byte, and proposes the change through a pull…',
    );
    for (const s of steps) {
      const action = parse(readFileSync(join(repoRoot, 'actions', s.name, 'action.yml'), 'utf8'));
      const d: string = action.description;
      if (d.endsWith('…')) expect(s.description).toContain(`${d.slice(0, -1)} `);
    }
  });
});

describe('keep: "" through the shipped bundles removes README.md too', () => {
  const manifests = { 'README.md': 'docs\n', 'prod/old.yaml': 'old\n' };
  test.each([
    [
      'CLI',
      async (repo: string, source: string) =>
        (
          await runCli([
            'push-manifests',
            '--source',
            source,
            '--manifest-repo',
            repo,
            '--keep',
            '',
            '--build-commit',
            'a'.repeat(40),
          ])
        ).code,
    ],
    [
      'GitHub',
      async (repo: string, source: string) =>
        (
          await runGitHubAction('push-manifests', {
            source,
            'manifest-repo': repo,
            keep: '',
            path: '.',
            'git-user-name': 'ringway-bot',
            'git-user-email': 'b@example.com',
            'max-attempts': '8',
            'dry-run': 'false',
          })
        ).code,
    ],
    [
      'Azure',
      async (repo: string, source: string) =>
        (await runAzureTask('push-manifests', { source, 'manifest-repo': repo, keep: '', path: '.' })).code,
    ],
  ])('%s', async (_surface, run) => {
    const repo = await bareRepo({ files: manifests });
    const source = writeTree({ 'prod/app.yaml': 'kind: Deployment\n' });
    expect(await run(repo.url, source)).toBe(0);
    expect(filesAt(repo.dir, 'main')).toEqual(['prod/app.yaml']);
  });
});

describe('Azure: token from the job or a service connection when the input is empty', () => {
  const token = 'azure-job-token-7c4a8d09ca3762af';
  let server: GitHttpServer;
  beforeAll(async () => {
    server = await startGitHttpServer({ token });
  });
  afterAll(async () => {
    await server.stop();
  });
  // The job token goes only to the job's own organisation: here, the local git server.
  const push = async (
    name: string,
    inputs: Record<string, string>,
    env: Record<string, string>,
    collection = `http://127.0.0.1:${server.port}/`,
  ) => {
    const repo = await server.repo(name, {});
    const source = writeTree({ 'dev/a.yaml': 'a: 1\n' });
    const r = await runAzureTask(
      'push-manifests',
      { source, 'manifest-repo': repo.httpUrl, ...inputs },
      { SYSTEM_COLLECTIONURI: collection, ...env },
    );
    return { ...r, files: r.result === 'Succeeded' ? filesAt(repo.dir, 'main') : [] };
  };

  test('SYSTEM_ACCESSTOKEN (System.AccessToken mapped into the environment)', async () => {
    const r = await push('job-env', {}, { SYSTEM_ACCESSTOKEN: token });
    expect(r.result).toBe('Succeeded');
    expect(r.files).toEqual(['dev/a.yaml']);
    expect(r.stdout).not.toContain(token);
  });

  test("the job token is not sent to a repository outside the job's organisation", async () => {
    const r = await push('job-elsewhere', {}, { SYSTEM_ACCESSTOKEN: token }, 'https://dev.azure.com/contoso/');
    expect(r.result).toBe('Failed');
    expect(
      server
        .requests()
        .filter((q) => q.path.includes('job-elsewhere'))
        .some((q) => q.auth),
    ).toBe(false);
  });

  test("the agent's job token (SystemVssConnection), without any mapping", async () => {
    const r = await push('job-endpoint', {}, { ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN: token });
    expect(r.result).toBe('Succeeded');
  });

  test('a Generic service connection picked in tokenConnection wins over the job token', async () => {
    const r = await push(
      'connection',
      { 'token-connection': 'b3c0e2f4-0000-4000-8000-000000000001' },
      {
        'ENDPOINT_AUTH_B3C0E2F4-0000-4000-8000-000000000001': JSON.stringify({
          parameters: { username: 'x', password: token },
          scheme: 'UsernamePassword',
        }),
        SYSTEM_ACCESSTOKEN: 'not-the-right-one',
      },
    );
    expect(r.result).toBe('Succeeded');
    expect(r.stdout).not.toContain(token);
  });

  test('no token anywhere: the push fails with the 401 line', async () => {
    const r = await push('none', {}, {});
    expect(r.result).toBe('Failed');
    expect(r.resultMessage).toContain("failed (HTTP 401): check the 'token' input");
  });
});
