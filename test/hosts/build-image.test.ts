import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../../stand-ins/git.js';
import { isolatedContainerStorage, startRegistry, type LocalRegistry } from '../../stand-ins/registry.js';
import { runAzureTask, runCli, runGitHubAction } from '../support/run-bundle.js';

// The committed bundles, run as the GitHub runner and the Azure agent run them, against a real
// registry with htpasswd auth: tags from the orchestrator's own variables, outputs, masking.
const user = { name: 'ci', password: 'bundle-pass-1f2e3d4c' };
let registry: LocalRegistry;
let storageConf: string;

beforeAll(async () => {
  storageConf = isolatedContainerStorage();
  registry = await startRegistry({ user });
});
afterAll(async () => {
  await registry.stop();
  rmSync(dirname(storageConf), { recursive: true, force: true });
});

function context(): string {
  const dir = tempDir('ringway-ctx-');
  writeFileSync(join(dir, 'app.txt'), `${Math.random()}\n`);
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY app.txt /app.txt\n');
  return dir;
}

function skopeoDigest(ref: string): string {
  return execFileSync(
    'skopeo',
    [
      'inspect',
      '--tls-verify=false',
      '--creds',
      `${user.name}:${user.password}`,
      '--format',
      '{{.Digest}}',
      `docker://${ref}`,
    ],
    { encoding: 'utf8' },
  ).trim();
}

const inputs = () => ({
  builder: 'buildah',
  isolation: 'chroot',
  'storage-driver': 'vfs',
  context: context(),
  'registry-username': user.name,
  'registry-password': user.password,
});

test('GitHub Action: tag from GITHUB_REF_NAME and GITHUB_RUN_ID, outputs written, password nowhere in the log', async () => {
  const r = await runGitHubAction(
    'build-image',
    { ...inputs(), image: `${registry.host}/gh/app` },
    {
      CONTAINERS_STORAGE_CONF: storageConf,
      GITHUB_SHA: 'c'.repeat(40),
      GITHUB_REF_NAME: 'release/2.0',
      GITHUB_RUN_ID: '9876',
      GITHUB_RUN_NUMBER: '12',
    },
  );
  expect(r.code).toBe(0);
  expect(r.outputs).toMatchObject({ image: `${registry.host}/gh/app`, tag: 'release-2-0-9876', built: 'true' });
  expect(r.outputs.digest).toBe(skopeoDigest(`${registry.host}/gh/app:release-2-0-9876`));
  expect(r.outputs['image-ref']).toBe(`${registry.host}/gh/app@${r.outputs.digest}`);
  expect(r.stdout + r.stderr + r.summary).not.toContain(user.password);
});

test('Azure task: tag from Build.SourceBranch and Build.BuildId, camelCase output variables; bad password fails the task', async () => {
  const env = {
    CONTAINERS_STORAGE_CONF: storageConf,
    BUILD_SOURCEVERSION: 'd'.repeat(40),
    BUILD_SOURCEBRANCH: 'refs/heads/main',
    BUILD_BUILDID: '4321',
    BUILD_BUILDNUMBER: '20261124.1',
  };
  const ok = await runAzureTask('build-image', { ...inputs(), image: `${registry.host}/az/app` }, env);
  expect(ok.result).toBe('Succeeded');
  expect(ok.variables.tag).toEqual({ value: 'main-4321', isOutput: true });
  expect(ok.variables.imageRef.value).toBe(
    `${registry.host}/az/app@${skopeoDigest(`${registry.host}/az/app:main-4321`)}`,
  );
  expect(ok.stdout + ok.stderr + ok.summaries.join('')).not.toContain(user.password);

  const bad = await runAzureTask(
    'build-image',
    { ...inputs(), image: `${registry.host}/az/denied`, 'registry-password': 'nope-wrong' },
    env,
  );
  expect(bad.result).toBe('Failed');
  expect(bad.resultMessage).toBe(
    `registry ${registry.host} rejected the credentials (HTTP 401): check 'registry-username' and 'registry-password'`,
  );
});

test('CLI: --build-* flags fill the tag, outputs as JSON; promotion with --source-image; bad usage exits 2', async () => {
  const flags = [
    '--builder',
    'buildah',
    '--isolation',
    'chroot',
    '--storage-driver',
    'vfs',
    '--registry-username',
    user.name,
  ];
  const env = { CONTAINERS_STORAGE_CONF: storageConf, RINGWAY_REGISTRY_PASSWORD: user.password };
  const built = await runCli(
    [
      'build-image',
      '--image',
      `${registry.host}/cli/app`,
      '--context',
      context(),
      '--tags',
      '{branch}-{build-id}',
      '--build-branch',
      'hotfix/A_1',
      '--build-id',
      '55',
      '--build-commit',
      'a'.repeat(40),
      ...flags,
      '--json',
    ],
    env,
  );
  expect(built.code).toBe(0);
  const out = JSON.parse(built.stdout) as Record<string, string>;
  expect(out).toMatchObject({ tag: 'hotfix-A-1-55', built: 'true' });
  expect(out.digest).toBe(skopeoDigest(`${registry.host}/cli/app:hotfix-A-1-55`));
  const promoted = await runCli(
    [
      'build-image',
      '--image',
      `${registry.host}/cli/app`,
      '--source-image',
      `${registry.host}/cli/app:hotfix-A-1-55`,
      '--tags',
      'prod',
      '--registry-username',
      user.name,
      '--json',
    ],
    env,
  );
  expect(promoted.code).toBe(0);
  expect(JSON.parse(promoted.stdout)).toMatchObject({ tag: 'prod', built: 'false', digest: out.digest });
  expect(built.stdout + built.stderr + promoted.stdout + promoted.stderr).not.toContain(user.password);
  const bad = await runCli(['build-image', '--image', `${registry.host}/cli/app`, '--builder', 'kaniko'], env);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toBe("error: input 'builder' must be one of auto, docker, buildah, podman, got 'kaniko'\n");
});
