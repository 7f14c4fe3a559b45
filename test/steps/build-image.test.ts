import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderTag } from '../../lib/image/tags.js';
import { runStep } from '../../lib/hosts/run.js';
import { Inputs } from '../../lib/steps/inputs.js';
import { step as buildImageStep } from '../../lib/steps/build-image.js';
import { RegistryClient, retryDelayMs } from '../../lib/image/registry.js';
import { tempDir } from '../../stand-ins/git.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { isolatedContainerStorage, startRegistry, type LocalRegistry } from '../../stand-ins/registry.js';

const SHA = '3f786850e387550fdab836ed7e6dc881de23001b';
const build = {
  commit: SHA,
  branch: 'feature/Login_page',
  buildId: '42',
  buildNumber: '20261124.3',
  repositoryUrl: 'https://git.example/fabrikam',
};

function context(files: Record<string, string> = {}): string {
  const dir = tempDir('ringway-ctx-');
  writeFileSync(join(dir, 'index.html'), `<h1>${Math.random()}</h1>\n`);
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY index.html /srv/index.html\n');
  for (const [p, c] of Object.entries(files)) writeFileSync(join(dir, p), c);
  return dir;
}

function skopeoDigest(ref: string, creds?: string): string {
  const args = [
    'inspect',
    '--tls-verify=false',
    '--format',
    '{{.Digest}}',
    ...(creds ? ['--creds', creds] : []),
    `docker://${ref}`,
  ];
  return execFileSync('skopeo', args, { encoding: 'utf8' }).trim();
}

const base = { builder: 'buildah', isolation: 'chroot', 'storage-driver': 'vfs' };

/**
 * Puts a shim for `tool` first on PATH that appends each argument list to a log, as `ps` would
 * show it, then runs the real tool. Returns the log reader and the PATH restorer.
 */
function recordArgv(tool: string): { argv: () => string; restore: () => void } {
  const shimDir = tempDir('ringway-shim-');
  const log = join(shimDir, 'argv.log');
  writeFileSync(log, '');
  mkdirSync(join(shimDir, 'bin'));
  const real = execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim();
  // Also records the mode of any ringway auth file it is handed, while that file exists.
  const modes = `for a in "$@"; do case "$a" in */ringway-auth-*) [ -f "$a" ] && stat -c 'mode %a %n' "$a" >> ${log};; esac; done`;
  writeFileSync(join(shimDir, 'bin', tool), `#!/bin/sh\necho "$@" >> ${log}\n${modes}\nexec ${real} "$@"\n`);
  chmodSync(join(shimDir, 'bin', tool), 0o755);
  const path = process.env.PATH;
  process.env.PATH = `${join(shimDir, 'bin')}:${path}`;
  return { argv: () => readFileSync(log, 'utf8'), restore: () => void (process.env.PATH = path) };
}

beforeAll(() => {
  process.env.CONTAINERS_STORAGE_CONF = isolatedContainerStorage();
});
afterAll(() => {
  rmSync(dirname(process.env.CONTAINERS_STORAGE_CONF as string), { recursive: true, force: true });
  delete process.env.CONTAINERS_STORAGE_CONF;
});

test('tags: templates from build metadata, sanitised to the OCI grammar; impossible ones are errors', () => {
  const b = {
    orchestrator: 'other' as const,
    runAttempt: '1',
    buildUrl: '',
    repository: '',
    pipeline: '',
    actor: '',
    commitMessage: '',
    ...build,
  };
  expect(renderTag('{branch}-{build-id}', b)).toBe('feature-Login-page-42');
  expect(renderTag('{short-sha}', b)).toBe('3f78685');
  expect(renderTag('v{build-number}.{run-attempt}', b)).toBe('v20261124.3.1');
  expect(renderTag('{date}', b, new Date('2026-11-24T10:00:00Z'))).toBe('20261124');
  expect(renderTag('x'.repeat(200), b)).toHaveLength(128);
  expect(() => renderTag('---', b)).toThrow("tag template '---' gives '---', which cannot be made a valid image tag");
  expect(() => renderTag('{nope}', b)).toThrow('unknown placeholder {nope}');
  expect(() => renderTag('{build-id}', { ...b, buildId: '' })).toThrow('this build has no build id');
});

test.each([
  ['build-args', 'VERSION=1\nnot an arg', "input 'build-args': build arg 'not an arg' is not NAME=value"],
  ['build-args', '1X=2', "input 'build-args': build arg '1X=2' is not NAME=value"],
  ['labels', 'team=checkout\n=nokey', "input 'labels': label '=nokey' is not key=value"],
  // A secret line is never quoted: it may be the secret itself, pasted without its id.
  ['secrets', 'npm=x\nhunter2', "input 'secrets': each line must be id=value"],
  ['secret-files', 'cert', "input 'secret-files': secret file 'cert' is not id=path"],
])(
  'a bad %s line (%j): one error naming the input, before any registry or builder is used',
  async (input, value, message) => {
    const ctx = tempDir('ringway-bi-args-');
    writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\n');
    const values: Record<string, string> = {
      ...base,
      image: '127.0.0.1:9/app',
      context: ctx,
      tags: 'v1',
      [input]: value,
    };
    const r = await runStep(buildImageStep, new RecordingHost(), (d) => values[d.name]);
    expect(r).toEqual({ ok: false, usage: true, message });
  },
);

describe('against a real registry', () => {
  let registry: LocalRegistry;
  beforeAll(async () => {
    registry = await startRegistry();
  });
  afterAll(async () => {
    await registry.stop();
  });

  test('builds with buildah, pushes every tag; the digest is the one skopeo reads; labels carry the revision', async () => {
    const host = new RecordingHost(build);
    const out = await buildImageStep.run(
      Inputs.of(buildImageStep, {
        ...base,
        image: `${registry.host}/fabrikam/frontend`,
        context: context(),
        tags: '{branch}-{build-id}\n{short-sha}',
      }),
      host,
    );
    expect(out).toMatchObject({
      image: `${registry.host}/fabrikam/frontend`,
      tag: 'feature-Login-page-42',
      tags: 'feature-Login-page-42,3f78685',
      built: 'true',
    });
    expect(out.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(out['image-ref']).toBe(`${registry.host}/fabrikam/frontend@${out.digest}`);
    expect(skopeoDigest(`${registry.host}/fabrikam/frontend:feature-Login-page-42`)).toBe(out.digest);
    expect(skopeoDigest(`${registry.host}/fabrikam/frontend:3f78685`)).toBe(out.digest);
    const cfg = JSON.parse(
      execFileSync(
        'skopeo',
        ['inspect', '--tls-verify=false', '--config', `docker://${registry.host}/fabrikam/frontend:3f78685`],
        { encoding: 'utf8' },
      ),
    );
    expect(cfg.config.Labels).toMatchObject({
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.source': 'https://git.example/fabrikam',
    });
    // imageid and metadata as docker/build-push-action gives them: the config digest skopeo reads.
    const configDigest = JSON.parse(
      execFileSync(
        'skopeo',
        ['inspect', '--tls-verify=false', '--raw', `docker://${registry.host}/fabrikam/frontend:3f78685`],
        { encoding: 'utf8' },
      ),
    ).config.digest;
    expect(out.imageid).toBe(configDigest);
    expect(JSON.parse(out.metadata)).toEqual({
      'containerimage.digest': out.digest,
      'containerimage.config.digest': configDigest,
      'image.name': `${registry.host}/fabrikam/frontend:feature-Login-page-42,${registry.host}/fabrikam/frontend:3f78685`,
    });
    // The builder's own log is shown, inside the build group (before the push group opens).
    const lines = host.lines;
    const buildGroup = lines.indexOf('group: Build with buildah');
    const pushGroup = lines.findIndex((l) => l.startsWith('group: Push '));
    expect(buildGroup).toBeGreaterThanOrEqual(0);
    const buildLog = lines.slice(buildGroup + 1, pushGroup);
    expect(buildLog.some((l) => /STEP \d+\/\d+: COPY index.html/.test(l))).toBe(true);
  });

  test('build once: the same commit again retags the existing image instead of building', async () => {
    const image = `${registry.host}/fabrikam/once`;
    const first = await buildImageStep.run(
      Inputs.of(buildImageStep, { ...base, image, context: context(), tags: 'dev-42' }),
      new RecordingHost(build),
    );
    const host = new RecordingHost({ ...build, buildId: '43' });
    const shim = recordArgv('buildah');
    const second = await buildImageStep
      .run(Inputs.of(buildImageStep, { ...base, image, context: context(), tags: 'staging-{build-id}' }), host)
      .finally(shim.restore);
    expect(second).toMatchObject({ built: 'false', tag: 'staging-43', digest: first.digest });
    expect(shim.argv()).toBe('');
    expect(skopeoDigest(`${image}:staging-43`)).toBe(first.digest);
    // Another commit is built, even with the same files.
    const third = await buildImageStep.run(
      Inputs.of(buildImageStep, { ...base, image, context: context(), tags: 'dev-44' }),
      new RecordingHost({ ...build, commit: 'b'.repeat(40), buildId: '44' }),
    );
    expect(third.built).toBe('true');
    expect(third.digest).not.toBe(first.digest);
    expect(host.output).toContain(`fabrikam/once:dev-42 was built from ${SHA}: retagging instead of rebuilding`);
  });

  test('build once in a repository with many tags: newest build ids are read first, and the scan is bounded', async () => {
    const image = `${registry.host}/fabrikam/busy`;
    const other = { ...build, commit: 'e'.repeat(40) };
    await buildImageStep.run(
      Inputs.of(buildImageStep, { ...base, image, context: context(), tags: 'main-1' }),
      new RecordingHost(other),
    );
    const client = new RegistryClient(registry.host, undefined, true);
    for (let i = 2; i <= 60; i++)
      await client.copy(
        { registry: registry.host, repository: 'fabrikam/busy', tag: 'main-1' },
        { registry: registry.host, repository: 'fabrikam/busy', tag: `main-${i}` },
      );
    const mine = await buildImageStep.run(
      Inputs.of(buildImageStep, { ...base, image, context: context(), tags: 'main-1000' }),
      new RecordingHost(build),
    );
    const again = await buildImageStep.run(
      Inputs.of(buildImageStep, { ...base, image, context: context(), tags: 'main-1001' }),
      new RecordingHost(build),
    );
    expect(again).toMatchObject({ built: 'false', digest: mine.digest });
    const before = (await registry.requests()).length;
    const fresh = await buildImageStep.run(
      Inputs.of(buildImageStep, { ...base, image, context: context(), tags: 'main-1002' }),
      new RecordingHost({ ...build, commit: 'f'.repeat(40) }),
    );
    expect(fresh.built).toBe('true');
    const manifestReads = (await registry.requests())
      .slice(before)
      .filter((r) => r.startsWith('GET /v2/fabrikam/busy/manifests/'));
    expect(manifestReads).toHaveLength(30);
  });

  test('promote svc:dev-42 to svc:staging-42 by manifest copy: same digest, no blob uploaded again', async () => {
    const image = `${registry.host}/svc`;
    const dev = await buildImageStep.run(
      Inputs.of(buildImageStep, { ...base, image, context: context(), tags: 'dev-42' }),
      new RecordingHost(build),
    );
    const before = (await registry.requests()).length;
    const staging = await buildImageStep.run(
      Inputs.of(buildImageStep, { image, 'source-image': `${image}:dev-42`, tags: 'staging-42' }),
      new RecordingHost(build),
    );
    const during = (await registry.requests()).slice(before);
    expect(staging).toMatchObject({ built: 'false', tag: 'staging-42', digest: dev.digest, imageid: dev.imageid });
    // The promotion read one manifest and wrote it back (the imageid comes from the manifest it
    // read): no blob moved in either direction.
    expect(during).toEqual(['GET /v2/svc/manifests/dev-42', 'PUT /v2/svc/manifests/staging-42']);
    expect(skopeoDigest(`${image}:staging-42`)).toBe(dev.digest);
    // The client reads a digest with one HEAD; an absent tag is no digest, not an error.
    const client = new RegistryClient(registry.host, undefined, true);
    const mark = (await registry.requests()).length;
    expect(await client.digest('svc', 'staging-42')).toBe(dev.digest);
    expect(await client.digest('svc', 'prod-42')).toBeUndefined();
    expect((await registry.requests()).slice(mark)).toEqual([
      'HEAD /v2/svc/manifests/staging-42',
      'HEAD /v2/svc/manifests/prod-42',
    ]);
  });

  test('promotion to another repository mounts the layers instead of copying them', async () => {
    const dev = await buildImageStep.run(
      Inputs.of(buildImageStep, { ...base, image: `${registry.host}/team/dev`, context: context(), tags: 'v1' }),
      new RecordingHost(build),
    );
    const before = (await registry.requests()).length;
    const prod = await buildImageStep.run(
      Inputs.of(buildImageStep, {
        image: `${registry.host}/team/prod`,
        'source-image': `${registry.host}/team/dev:v1`,
        tags: 'v1',
      }),
      new RecordingHost(build),
    );
    const during = (await registry.requests()).slice(before);
    expect(prod.digest).toBe(dev.digest);
    // Config and layer are mounted (one POST each, no data), then the manifest is written.
    expect(during.filter((r) => r.startsWith('POST /v2/team/prod/blobs/uploads'))).toHaveLength(2);
    expect(during.filter((r) => /^(PATCH|PUT) \/v2\/team\/prod\/blobs|^GET \/v2\/team\/dev\/blobs/.test(r))).toEqual(
      [],
    );
    expect(during).toContain('PUT /v2/team/prod/manifests/v1');
    expect(skopeoDigest(`${registry.host}/team/prod:v1`)).toBe(dev.digest);
  });

  test('build args, target stage, extra labels; secrets go to the builder as --secret files, never as args', async () => {
    const ctx = context({
      Dockerfile:
        'FROM scratch AS app\nARG VERSION\nLABEL stage=app version=$VERSION\nCOPY index.html /srv/\nFROM scratch AS debug\nLABEL stage=debug\nCOPY index.html /debug/\n',
    });
    const shim = recordArgv('buildah');
    try {
      const secret = 'npm-token-77aa88bb';
      const host = new RecordingHost(build);
      const out = await buildImageStep.run(
        Inputs.of(buildImageStep, {
          ...base,
          image: `${registry.host}/opts/app`,
          context: ctx,
          tags: 'v1',
          'build-args': 'VERSION=1.2.3',
          target: 'app',
          labels: 'team=checkout',
          secrets: `npm=${secret}`,
          'secret-files': `cert=${join(ctx, 'index.html')}`,
        }),
        host,
      );
      const cfg = JSON.parse(
        execFileSync('skopeo', ['inspect', '--tls-verify=false', '--config', `docker://${registry.host}/opts/app:v1`], {
          encoding: 'utf8',
        }),
      );
      expect(cfg.config.Labels).toMatchObject({
        stage: 'app',
        version: '1.2.3',
        team: 'checkout',
        'org.opencontainers.image.revision': SHA,
      });
      expect(JSON.stringify(cfg)).not.toContain(secret);
      expect(shim.argv()).toMatch(/--secret id=npm,src=\/\S+/);
      expect(shim.argv()).toContain(`--secret id=cert,src=${join(ctx, 'index.html')}`);
      expect(shim.argv()).not.toContain(secret);
      expect(host.output + JSON.stringify(out)).not.toContain(secret);
    } finally {
      shim.restore();
    }
  });

  test('several platforms push one index; promoting it copies every platform image with the same digest', async () => {
    const out = await buildImageStep.run(
      Inputs.of(buildImageStep, {
        ...base,
        image: `${registry.host}/multi/dev`,
        context: context(),
        tags: 'v1',
        platforms: 'linux/amd64,linux/arm64',
      }),
      new RecordingHost(build),
    );
    const raw = JSON.parse(
      execFileSync('skopeo', ['inspect', '--tls-verify=false', '--raw', `docker://${registry.host}/multi/dev:v1`], {
        encoding: 'utf8',
      }),
    );
    expect(raw.manifests.map((m: { platform: { architecture: string } }) => m.platform.architecture).sort()).toEqual([
      'amd64',
      'arm64',
    ]);
    expect(skopeoDigest(`${registry.host}/multi/dev:v1`)).toBe(out.digest);
    const prod = await buildImageStep.run(
      Inputs.of(buildImageStep, {
        image: `${registry.host}/multi/prod`,
        'source-image': `${registry.host}/multi/dev:v1`,
        tags: 'v1',
      }),
      new RecordingHost(build),
    );
    expect(prod.digest).toBe(out.digest);
    for (const m of raw.manifests as { digest: string }[])
      expect(skopeoDigest(`${registry.host}/multi/prod@${m.digest}`)).toBe(m.digest);
    expect((await registry.requests()).filter((r) => /^(PATCH|PUT) \/v2\/multi\/prod\/blobs/.test(r))).toEqual([]);
  });

  test('push: false builds locally and reports no digest', async () => {
    const image = `${registry.host}/local/only`;
    const host = new RecordingHost(build);
    const out = await buildImageStep.run(
      Inputs.of(buildImageStep, { ...base, image, context: context(), push: 'false' }),
      host,
    );
    expect(out).toMatchObject({ built: 'true', tag: 'feature-Login-page-42', digest: '', 'image-ref': '' });
    expect(out.imageid).toMatch(/^sha256:[a-f0-9]{64}$/);
    // jest gives the test its own process.env; child processes see it only when passed.
    const local = JSON.parse(
      execFileSync('buildah', ['inspect', '--type', 'image', `${image}:feature-Login-page-42`], {
        encoding: 'utf8',
        env: process.env,
      }),
    );
    expect(local.OCIv1.config.Labels['org.opencontainers.image.revision']).toBe(SHA);
    expect((await fetch(`http://${registry.host}/v2/local/only/tags/list`)).status).toBe(404);
  });

  test('podman builds and pushes too', async () => {
    const out = await buildImageStep.run(
      Inputs.of(buildImageStep, {
        ...base,
        builder: 'podman',
        image: `${registry.host}/pod/app`,
        context: context(),
        tags: '{short-sha}',
      }),
      new RecordingHost(build),
    );
    expect(out).toMatchObject({ built: 'true', tag: '3f78685' });
    expect(skopeoDigest(`${registry.host}/pod/app:3f78685`)).toBe(out.digest);
  });

  test.each([
    [
      'a missing Dockerfile',
      { file: '/nonexistent/Dockerfile' },
      "input 'file': /nonexistent/Dockerfile does not exist",
    ],
    ['a failing build step', { files: 'RUN false' }, 'building at STEP "RUN false": exit status 1'],
    [
      'an impossible tag',
      { tags: '...' },
      "input 'tags': tag template '...' gives '...', which cannot be made a valid image tag",
    ],
    [
      'a missing secret file',
      { 'secret-files': 'npm=/nonexistent/npmrc' },
      "input 'secret-files': /nonexistent/npmrc (secret npm) does not exist",
    ],
    ['an image with a tag', { image: 'IMAGE:v1' }, "input 'image': give the repository without a tag"],
  ] as [string, Record<string, string>, string][])('%s: one clear error, nothing pushed', async (_n, over, message) => {
    const ctx = over.files ? context({ Dockerfile: `FROM scratch\nCOPY index.html /x\n${over.files}\n` }) : context();
    const image = `${registry.host}/broken/${Math.random().toString(36).slice(2, 8)}`;
    const result = await runStep(
      buildImageStep,
      new RecordingHost(build),
      (d) =>
        ({
          ...base,
          image,
          context: ctx,
          ...over,
          ...(over.image ? { image: over.image.replace('IMAGE', image) } : {}),
        })[d.name],
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(message);
      expect(result.message).not.toContain('\n');
    }
    const tags = await fetch(`http://${registry.host}/v2/${image.split('/').slice(1).join('/')}/tags/list`);
    expect(tags.status).toBe(404);
  });

  test.each([
    ['buildah', 'builder buildah is not installed or not on PATH'],
    ['auto', 'no image builder found: install docker, buildah or podman'],
  ])('builder %s with no builder on PATH: one clear error', async (builder, message) => {
    const path = process.env.PATH;
    process.env.PATH = tempDir('ringway-empty-path-');
    try {
      const result = await runStep(
        buildImageStep,
        new RecordingHost(build),
        (d) => ({ ...base, builder, image: `${registry.host}/nobuilder/app`, context: context() })[d.name],
      );
      expect(result).toEqual({ ok: false, usage: false, message });
    } finally {
      process.env.PATH = path;
    }
  });

  test('an unreachable registry fails before building', async () => {
    const result = await runStep(
      buildImageStep,
      new RecordingHost(build),
      (d) => ({ ...base, image: '127.0.0.1:9/x', context: context() })[d.name],
    );
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^cannot reach registry 127\.0\.0\.1:9: /),
    });
  });
});

describe('with htpasswd authentication', () => {
  let registry: LocalRegistry;
  const user = { name: 'ci', password: 'reg-pass-9a8b7c6d' };
  beforeAll(async () => {
    registry = await startRegistry({ user });
  });
  afterAll(async () => {
    await registry.stop();
  });

  test('pushes with credentials that never reach a command line, a log line or an output', async () => {
    const shim = recordArgv('buildah');
    try {
      const host = new RecordingHost(build);
      const out = await buildImageStep.run(
        Inputs.of(buildImageStep, {
          ...base,
          image: `${registry.host}/secure/app`,
          context: context(),
          tags: 'v1',
          'registry-username': user.name,
          'registry-password': user.password,
        }),
        host,
      );
      expect(skopeoDigest(`${registry.host}/secure/app:v1`, `${user.name}:${user.password}`)).toBe(out.digest);
      const argv = shim.argv();
      expect(argv).toContain('push');
      // The credentials went through a 0600 auth file that is gone after the step.
      const authFile = /--authfile (\S+)/.exec(argv)?.[1] as string;
      expect(argv).toContain(`mode 600 ${authFile}`);
      expect(existsSync(authFile)).toBe(false);
      expect(argv).not.toContain(user.password);
      expect(argv).not.toContain(Buffer.from(`${user.name}:${user.password}`).toString('base64'));
      expect(host.output + JSON.stringify(out)).not.toContain(user.password);
    } finally {
      shim.restore();
    }
  });

  test('a base image from another private registry pulls with the login the job already has', async () => {
    await buildImageStep.run(
      Inputs.of(buildImageStep, {
        ...base,
        image: `${registry.host}/secure/base`,
        context: context(),
        tags: 'v1',
        'registry-username': user.name,
        'registry-password': user.password,
      }),
      new RecordingHost(build),
    );
    // Only the registry has it, not the local store the build would otherwise reuse.
    execFileSync('buildah', ['rmi', `${registry.host}/secure/base:v1`], { env: process.env, stdio: 'ignore' });
    const open = await startRegistry();
    const loginFile = join(tempDir('ringway-login-'), 'auth.json');
    writeFileSync(
      loginFile,
      JSON.stringify({
        auths: { [registry.host]: { auth: Buffer.from(`${user.name}:${user.password}`).toString('base64') } },
      }),
      { mode: 0o600 },
    );
    const ctx = context({ Dockerfile: `FROM ${registry.host}/secure/base:v1\nCOPY index.html /app/\n` });
    const inputs = { ...base, image: `${open.host}/open/app`, context: ctx, tags: 'v1', 'insecure-registry': 'true' };
    try {
      // Without the job's login the base image cannot be pulled...
      const denied = await runStep(
        buildImageStep,
        new RecordingHost(build),
        (d) => inputs[d.name as keyof typeof inputs],
      );
      expect(denied).toMatchObject({
        ok: false,
        message: expect.stringMatching(/^buildah build failed: .*unauthorized/),
      });
      // ...with it (REGISTRY_AUTH_FILE, as `buildah login` leaves it) the build works.
      process.env.REGISTRY_AUTH_FILE = loginFile;
      const out = await buildImageStep.run(Inputs.of(buildImageStep, inputs), new RecordingHost(build));
      expect(skopeoDigest(`${open.host}/open/app:v1`)).toBe(out.digest);
      expect(JSON.parse(readFileSync(loginFile, 'utf8')).auths).toHaveProperty([registry.host]);
    } finally {
      delete process.env.REGISTRY_AUTH_FILE;
      await open.stop();
    }
  });

  test('bad credentials: one clear error before building, nothing pushed', async () => {
    const result = await runStep(
      buildImageStep,
      new RecordingHost(build),
      (d) =>
        ({
          ...base,
          image: `${registry.host}/secure/denied`,
          context: context(),
          'registry-username': user.name,
          'registry-password': 'wrong-password',
        })[d.name],
    );
    expect(result).toEqual({
      ok: false,
      usage: false,
      message: `registry ${registry.host} rejected the credentials (HTTP 401): check 'registry-username' and 'registry-password'`,
    });
  });
});

describe('with Bearer token authentication (token service + registry verifying the JWT)', () => {
  let registry: LocalRegistry;
  const user = { name: 'robot', password: 'tok-pass-5e4d3c2b' };
  beforeAll(async () => {
    registry = await startRegistry({ tokenAuth: user, tokenFaults: true });
  });
  afterAll(async () => {
    await registry.stop();
  });

  test('builds, pushes and promotes across repositories through the token flow', async () => {
    const creds = { 'registry-username': user.name, 'registry-password': user.password };
    const host = new RecordingHost(build);
    const dev = await buildImageStep.run(
      Inputs.of(buildImageStep, {
        ...base,
        ...creds,
        image: `${registry.host}/tok/dev`,
        context: context(),
        tags: 'v7',
      }),
      host,
    );
    expect(skopeoDigest(`${registry.host}/tok/dev:v7`, `${user.name}:${user.password}`)).toBe(dev.digest);
    const prod = await buildImageStep.run(
      Inputs.of(buildImageStep, {
        ...creds,
        image: `${registry.host}/tok/prod`,
        'source-image': `${registry.host}/tok/dev:v7`,
        tags: 'v7',
      }),
      host,
    );
    expect(prod).toMatchObject({ built: 'false', digest: dev.digest });
    expect(skopeoDigest(`${registry.host}/tok/prod:v7`, `${user.name}:${user.password}`)).toBe(dev.digest);
    // The mount asked for push on the target and pull on the source, as two scope parameters.
    expect(registry.tokenRequests()).toContainEqual({
      service: 'ringway-test-registry',
      scopes: ['repository:tok/prod:pull,push', 'repository:tok/dev:pull'],
    });
    expect((await registry.requests()).filter((r) => /^(PATCH|PUT) \/v2\/tok\/prod\/blobs/.test(r))).toEqual([]);
    expect(host.output).not.toContain(user.password);
  });

  test('a token service refusing the credentials: one clear error, nothing built or pushed', async () => {
    const result = await runStep(
      buildImageStep,
      new RecordingHost(build),
      (d) =>
        ({
          ...base,
          image: `${registry.host}/tok/denied`,
          context: context(),
          'registry-username': user.name,
          'registry-password': 'not-it',
        })[d.name],
    );
    expect(result).toEqual({
      ok: false,
      usage: false,
      message: `registry ${registry.host} rejected the credentials (HTTP 401): check 'registry-username' and 'registry-password'`,
    });
    expect(
      (await registry.requests()).filter((r) => r.includes('/tok/denied/') && !r.startsWith('GET /v2/tok/denied/tags')),
    ).toEqual([]);
  });

  test('a token service answering 503 for a moment is asked again; one that stays down fails naming it after three tries', async () => {
    const proxy = registry.tokenProxy!; // started with tokenFaults
    const creds = { username: user.name, password: user.password };
    const tokenLog = async (from: number) => (await proxy.log()).slice(from).map((l) => l.replace(/\?\S*/, ''));
    await proxy.faults([{ method: 'GET', path: '^/token', status: 503, times: 1, retryAfter: 0 }]);
    let mark = (await proxy.log()).length;
    expect(await new RegistryClient(registry.host, creds, true).digest('tok/never-pushed', 'v1')).toBeUndefined();
    expect(await tokenLog(mark)).toEqual(['GET /token -> 503 (injected)', 'GET /token -> 200']);
    await proxy.faults([{ method: 'GET', path: '^/token', status: 503, times: 3, retryAfter: 0 }]);
    mark = (await proxy.log()).length;
    await expect(new RegistryClient(registry.host, creds, true).digest('tok/never-pushed', 'v1')).rejects.toThrow(
      `token service of ${registry.host} answered HTTP 503`,
    );
    expect(await tokenLog(mark)).toEqual(Array(3).fill('GET /token -> 503 (injected)'));
    await proxy.faults([]);
  });
});

test('retry pauses: Retry-After in seconds (at most 10 s), else 0.5 s then 1 s with some jitter', () => {
  expect(retryDelayMs('3', 0)).toBe(3000);
  expect(retryDelayMs('120', 1)).toBe(10_000);
  for (const [n, low] of [
    [0, 500],
    [1, 1000],
  ]) {
    const ms = retryDelayMs(null, n);
    expect(ms).toBeGreaterThanOrEqual(low);
    expect(ms).toBeLessThanOrEqual(low * 1.25);
  }
});
