// The argument lists buildImage and pushImage give each builder, read from fake builders on PATH
// (shell scripts that log their arguments), never a real buildah, podman or docker. The CLI and
// actions run the real ones in test/steps/build-image.test.ts.
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RingwayError, UsageError } from '../../lib/errors.js';
import {
  buildImage,
  type BuilderName,
  type BuildRequest,
  checkPlatforms,
  CredentialStore,
  pickBuilder,
  pushImage,
} from '../../lib/image/builder.js';
import { tempDir } from '../../stand-ins/git.js';

const DIGEST = `sha256:${'d'.repeat(64)}`;

// Logs `name [arg]… BUILDKIT=… CONFIG=…`; writes the iid and digest files it is given; FAKE_FAIL
// names a subcommand that fails; FAKE_DOCKER_INFO / FAKE_BUILDX are the exit codes of those probes.
const SCRIPT = `#!/bin/sh
name=\${0##*/}
{ printf '%s' "$name"; for a in "$@"; do printf ' [%s]' "$a"; done; printf ' BUILDKIT=%s CONFIG=%s\\n' "$DOCKER_BUILDKIT" "$DOCKER_CONFIG"; } >> "$FAKE_LOG"
[ "$1" = --version ] && exit 0
[ "$name $1" = "docker info" ] && exit \${FAKE_DOCKER_INFO:-0}
[ "$name $1 $2" = "docker buildx version" ] && exit \${FAKE_BUILDX:-0}
for a in "$@"; do
  [ "$a" = "$FAKE_FAIL" ] && { echo "step 1/3"; echo "error: base image not found" >&2; echo "exit status 1" >&2; exit 1; }
done
prev=
for a in "$@"; do
  [ "$prev" = --iidfile ] && printf '%s' "$FAKE_IID" > "$a"
  [ "$prev" = --digestfile ] && printf '%s\\n' "${DIGEST}" > "$a"
  prev=$a
done
[ "$name $1" = "docker push" ] && echo "v1: digest: ${DIGEST} size: 528"
exit 0
`;

let bin: string;
let log: string;
const saved = { ...process.env };

beforeEach(() => {
  const dir = tempDir('ringway-fake-builders-');
  bin = join(dir, 'bin');
  mkdirSync(bin);
  log = join(dir, 'argv.log');
  writeFileSync(log, '');
  process.env.PATH = bin;
  process.env.FAKE_LOG = log;
  process.env.FAKE_IID = 'abc123';
  delete process.env.DOCKER_BUILDKIT;
  delete process.env.DOCKER_CONFIG;
});

afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
});

/** Puts fake builders on PATH. */
function install(...names: BuilderName[]): void {
  for (const n of names) {
    writeFileSync(join(bin, n), SCRIPT);
    chmodSync(join(bin, n), 0o755);
  }
}

/** Each logged call: its argument list (temp file paths as <file>) and the env it saw. */
function calls(): { argv: string[]; buildkit: string; config: string }[] {
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [, head, buildkit, config] = /^(.*) BUILDKIT=(\S*) CONFIG=(\S*)$/.exec(line) ?? [];
      const [name, ...args] = head.split(/ (?=\[)/);
      return {
        argv: [name, ...args.map((a) => a.slice(1, -1).replace(/^\/tmp\/ringway-(iid|digest)-\w+\/\w+$/, '<file>'))],
        buildkit,
        config,
      };
    });
}

const request = (over: Partial<BuildRequest> = {}): BuildRequest => ({
  context: 'ctx',
  dockerfile: 'ctx/Dockerfile',
  localTag: 'localhost/web:build',
  buildArgs: ['VERSION=1.2', 'EMPTY='],
  labels: { 'org.opencontainers.image.revision': 'abc' },
  target: '',
  platforms: [],
  secrets: {},
  isolation: '',
  storageDriver: '',
  tlsVerify: true,
  ...over,
});

describe('pickBuilder', () => {
  test('auto takes the first of docker, buildah, podman that answers', async () => {
    install('buildah', 'podman');
    expect(await pickBuilder('auto')).toBe('buildah');
    install('docker');
    expect(await pickBuilder('auto')).toBe('docker');
  });

  test('docker without a daemon: auto falls through; named, it is one error', async () => {
    install('docker', 'podman');
    process.env.FAKE_DOCKER_INFO = '1';
    expect(await pickBuilder('auto')).toBe('podman');
    await expect(pickBuilder('docker')).rejects.toThrow(
      new RingwayError('builder docker: no Docker daemon is reachable'),
    );
  });

  test('no builder: one error, naming the one asked for', async () => {
    await expect(pickBuilder('auto')).rejects.toThrow('no image builder found: install docker, buildah or podman');
    await expect(pickBuilder('podman')).rejects.toThrow('builder podman is not installed or not on PATH');
  });
});

describe('buildImage', () => {
  test('buildah: storage driver, isolation and TLS flags, labels, args, target, platform, secrets; the id as sha256:…', async () => {
    install('buildah');
    const id = await buildImage(
      'buildah',
      request({
        storageDriver: 'vfs',
        isolation: 'chroot',
        tlsVerify: false,
        target: 'runtime',
        platforms: ['linux/arm64'],
        secrets: { npm: '/run/secret-npm' },
      }),
      {},
    );
    expect(id).toBe('sha256:abc123');
    expect(calls().map((c) => c.argv)).toEqual([
      [
        'buildah',
        '--storage-driver=vfs',
        'bud',
        '--isolation=chroot',
        '--tls-verify=false',
        '-f',
        'ctx/Dockerfile',
        '-t',
        'localhost/web:build',
        '--label',
        'org.opencontainers.image.revision=abc',
        '--build-arg',
        'VERSION=1.2',
        '--build-arg',
        'EMPTY=',
        '--target=runtime',
        '--platform=linux/arm64',
        '--secret',
        'id=npm,src=/run/secret-npm',
        '--iidfile',
        '<file>',
        'ctx',
      ],
    ]);
  });

  test('podman with several platforms builds a manifest list: --manifest, no image id', async () => {
    install('podman');
    const id = await buildImage('podman', request({ platforms: ['linux/amd64', 'linux/arm64'] }), {});
    expect(id).toBe('');
    const [argv] = calls().map((c) => c.argv);
    expect(argv.slice(0, 5)).toEqual(['podman', 'build', '-f', 'ctx/Dockerfile', '--manifest']);
    expect(argv).toContain('--platform=linux/amd64,linux/arm64');
    expect(argv).not.toContain('--iidfile');
  });

  test('docker with buildx: buildx build --load, and none of the buildah-only flags', async () => {
    install('docker');
    process.env.FAKE_IID = 'sha256:ffff';
    const id = await buildImage('docker', request({ storageDriver: 'vfs', isolation: 'chroot', tlsVerify: false }), {});
    expect(id).toBe('sha256:ffff');
    const build = calls().at(-1);
    expect(build?.argv.slice(0, 6)).toEqual(['docker', 'buildx', 'build', '--load', '-f', 'ctx/Dockerfile']);
    expect(build?.argv.join(' ')).not.toMatch(/storage-driver|isolation|tls-verify/);
    expect(build?.buildkit).toBe('');
  });

  test('docker without buildx: the classic build with BuildKit on', async () => {
    install('docker');
    process.env.FAKE_BUILDX = '1';
    await buildImage('docker', request(), {});
    const build = calls().at(-1);
    expect(build?.argv.slice(0, 2)).toEqual(['docker', 'build']);
    expect(build?.buildkit).toBe('1');
  });

  test('docker with several platforms is refused before anything runs', async () => {
    install('docker');
    await expect(buildImage('docker', request({ platforms: ['linux/amd64', 'linux/arm64'] }), {})).rejects.toThrow(
      UsageError,
    );
    expect(calls()).toEqual([]);
  });

  test('a failed build is one line with the last two lines the builder wrote to stderr', async () => {
    install('buildah');
    process.env.FAKE_FAIL = 'bud';
    await expect(buildImage('buildah', request(), {})).rejects.toThrow(
      new RingwayError('buildah build failed: error: base image not found | exit status 1'),
    );
  });
});

describe('pushImage', () => {
  test('buildah: push with the auth file and a digest file, to docker://; the digest it wrote', async () => {
    install('buildah');
    const digest = await pushImage('buildah', request({ storageDriver: 'overlay' }), 'reg.example/web:v1', {
      authFile: '/run/auth/config.json',
      insecure: true,
      env: {},
    });
    expect(digest).toBe(DIGEST);
    expect(calls().map((c) => c.argv)).toEqual([
      [
        'buildah',
        '--storage-driver=overlay',
        'push',
        '--authfile',
        '/run/auth/config.json',
        '--digestfile',
        '<file>',
        '--tls-verify=false',
        'localhost/web:build',
        'docker://reg.example/web:v1',
      ],
    ]);
  });

  test('podman with several platforms pushes the manifest list with every image', async () => {
    install('podman');
    await pushImage('podman', request({ platforms: ['linux/amd64', 'linux/arm64'] }), 'reg.example/web:v1', {
      authFile: '/a/config.json',
      insecure: false,
      env: {},
    });
    expect(calls()[0].argv.slice(0, 4)).toEqual(['podman', 'manifest', 'push', '--all']);
    expect(calls()[0].argv).not.toContain('--tls-verify=false');
  });

  test("docker: tag, then push with the auth file's folder as DOCKER_CONFIG; the digest from its output", async () => {
    install('docker');
    const digest = await pushImage('docker', request(), 'reg.example/web:v1', {
      authFile: '/run/auth/config.json',
      insecure: false,
      env: {},
    });
    expect(digest).toBe(DIGEST);
    expect(calls().map((c) => [c.argv, c.config])).toEqual([
      [['docker', 'tag', 'localhost/web:build', 'reg.example/web:v1'], '/run/auth'],
      [['docker', 'push', 'reg.example/web:v1'], '/run/auth'],
    ]);
  });

  test('a failed push names the subcommand', async () => {
    install('buildah');
    process.env.FAKE_FAIL = 'push';
    await expect(
      pushImage('buildah', request(), 'reg.example/web:v1', { authFile: '/a', insecure: false, env: {} }),
    ).rejects.toThrow(/^buildah push failed: error: base image not found/);
  });
});

describe('checkPlatforms', () => {
  test('docker takes one platform; buildah and podman several', () => {
    expect(() => checkPlatforms('docker', ['linux/amd64', 'linux/arm64'])).toThrow(
      new UsageError('docker loads one platform into its image store; use builder buildah or podman for several'),
    );
    checkPlatforms('docker', ['linux/amd64']);
    checkPlatforms('buildah', ['linux/amd64', 'linux/arm64']);
  });
});

describe('CredentialStore', () => {
  test("the auth file keeps logins the job made and puts the step's credentials for its registry, 0600", async () => {
    const home = tempDir('ringway-docker-config-');
    writeFileSync(
      join(home, 'config.json'),
      JSON.stringify({
        auths: { 'https://reg.example/v1/': { auth: 'old' }, 'other.example': { auth: 'keep' } },
      }),
    );
    process.env.DOCKER_CONFIG = home;
    delete process.env.REGISTRY_AUTH_FILE;
    delete process.env.XDG_RUNTIME_DIR;
    const store = await CredentialStore.create();
    try {
      const file = await store.authFile('reg.example', { username: 'u', password: 'p@ss' });
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
        auths: {
          'other.example': { auth: 'keep' },
          'reg.example': { auth: Buffer.from('u:p@ss').toString('base64') },
        },
      });
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const secret = await store.secretFile('npm', 'tok');
      expect(readFileSync(secret, 'utf8')).toBe('tok');
      expect(statSync(secret).mode & 0o777).toBe(0o600);
    } finally {
      await store.dispose();
    }
    expect(existsSync(store.dir)).toBe(false);
  });

  test('REGISTRY_AUTH_FILE wins over the docker config; without credentials the logins are kept as they are', async () => {
    const dir = tempDir('ringway-auth-files-');
    writeFileSync(join(dir, 'docker.json'), JSON.stringify({ auths: { 'r.example': { auth: 'docker' } } }));
    writeFileSync(join(dir, 'registry.json'), JSON.stringify({ auths: { 'r.example': { auth: 'registry' } } }));
    mkdirSync(join(dir, 'docker'));
    writeFileSync(join(dir, 'docker', 'config.json'), readFileSync(join(dir, 'docker.json')));
    process.env.DOCKER_CONFIG = join(dir, 'docker');
    process.env.REGISTRY_AUTH_FILE = join(dir, 'registry.json');
    const store = await CredentialStore.create();
    try {
      const file = await store.authFile('r.example', undefined);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ auths: { 'r.example': { auth: 'registry' } } });
    } finally {
      await store.dispose();
    }
  });
});
