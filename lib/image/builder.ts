import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { RingwayError, UsageError } from '../errors.js';
import { exec, lastLines } from '../exec.js';
import type { RegistryCredentials } from './registry.js';

export type BuilderName = 'docker' | 'buildah' | 'podman';

export interface BuildRequest {
  context: string;
  dockerfile: string;
  /** Local name the image is built as. */
  localTag: string;
  buildArgs: string[];
  labels: Record<string, string>;
  target: string;
  platforms: string[];
  /** Build secrets: id → file holding the value (never passed as build args). */
  secrets: Record<string, string>;
  isolation: string;
  storageDriver: string;
  /** false: base images may come over plain HTTP (`insecure-registry: true`; buildah/podman). */
  tlsVerify: boolean;
}

/** A short-lived folder holding the registry auth file and secret files (0600), removed after. */
export class CredentialStore {
  private constructor(readonly dir: string) {}

  static async create(): Promise<CredentialStore> {
    return new CredentialStore(await mkdtemp(join(tmpdir(), 'ringway-auth-')));
  }

  /**
   * containers-auth.json / docker config.json (the one format all three builders read). Logins the
   * job already made (`docker login`, `buildah login`) are kept, so base images from other private
   * registries still pull; the step's own credentials win for its registry.
   */
  async authFile(registry: string, creds: RegistryCredentials | undefined): Promise<string> {
    const file = join(this.dir, 'config.json');
    const auths: Record<string, unknown> = {};
    for (const existing of existingAuthFiles().reverse()) {
      try {
        const parsed = JSON.parse(await readFile(existing, 'utf8')) as { auths?: Record<string, unknown> };
        Object.assign(auths, parsed.auths ?? {});
      } catch {
        // absent or unreadable: nothing to keep
      }
    }
    if (creds) {
      for (const key of Object.keys(auths))
        if (key.replace(/^https?:\/\//, '').replace(/\/.*$/, '') === registry) delete auths[key];
      auths[registry] = { auth: Buffer.from(`${creds.username}:${creds.password}`).toString('base64') };
    }
    await writeFile(file, JSON.stringify({ auths }), { mode: 0o600 });
    return file;
  }

  async secretFile(id: string, value: string): Promise<string> {
    const file = join(this.dir, `secret-${id}`);
    await writeFile(file, value, { mode: 0o600 });
    return file;
  }

  async dispose(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** Auth files the builders would read on their own, highest priority first. */
function existingAuthFiles(): string[] {
  const e = process.env;
  return [
    e.REGISTRY_AUTH_FILE,
    e.XDG_RUNTIME_DIR && join(e.XDG_RUNTIME_DIR, 'containers', 'auth.json'),
    join(e.DOCKER_CONFIG || join(homedir(), '.docker'), 'config.json'),
  ].filter((f): f is string => Boolean(f));
}

export async function pickBuilder(name: string): Promise<BuilderName> {
  const candidates: BuilderName[] = name === 'auto' ? ['docker', 'buildah', 'podman'] : [name as BuilderName];
  for (const c of candidates) {
    const probe = await exec(c, ['--version'], { allowFailure: true }).catch(() => undefined);
    if (!probe || probe.code !== 0) continue;
    // The docker CLI without a reachable daemon cannot build; fall through to the next builder.
    if (
      c === 'docker' &&
      (await exec('docker', ['info', '--format', '{{.ServerVersion}}'], { allowFailure: true })).code !== 0
    ) {
      if (name === 'docker') throw new RingwayError('builder docker: no Docker daemon is reachable');
      continue;
    }
    return c;
  }
  throw new RingwayError(
    name === 'auto'
      ? 'no image builder found: install docker, buildah or podman'
      : `builder ${name} is not installed or not on PATH`,
  );
}

function globalFlags(b: BuilderName, req: BuildRequest): string[] {
  return b !== 'docker' && req.storageDriver ? [`--storage-driver=${req.storageDriver}`] : [];
}

/**
 * Builds the image locally; labels, build args, target, platforms and secrets as each builder
 * spells them. The builder's log goes to `log` line by line as it runs; returns the image id.
 */
export async function buildImage(
  b: BuilderName,
  req: BuildRequest,
  env: Record<string, string>,
  log?: (line: string) => void,
): Promise<string> {
  const args = [...globalFlags(b, req)];
  let runEnv = env;
  if (b === 'docker') {
    checkPlatforms(b, req.platforms);
    if (await hasBuildx(env)) args.push('buildx', 'build', '--load');
    else {
      // The classic `docker build` accepts --secret and --platform only through BuildKit.
      args.push('build');
      runEnv = { ...env, DOCKER_BUILDKIT: '1' };
    }
  } else args.push(b === 'buildah' ? 'bud' : 'build');
  if (b !== 'docker' && req.isolation) args.push(`--isolation=${req.isolation}`);
  if (b !== 'docker' && !req.tlsVerify) args.push('--tls-verify=false');
  // Several platforms make a manifest list; `-t` would silently keep only one of the images.
  args.push('-f', req.dockerfile, isMultiPlatform(req) ? '--manifest' : '-t', req.localTag);
  for (const [k, v] of Object.entries(req.labels)) args.push('--label', `${k}=${v}`);
  for (const a of req.buildArgs) args.push('--build-arg', a);
  if (req.target) args.push(`--target=${req.target}`);
  if (req.platforms.length) args.push(`--platform=${req.platforms.join(',')}`);
  for (const [id, file] of Object.entries(req.secrets)) args.push('--secret', `id=${id},src=${file}`);
  // The image id as each builder writes it (sha256:…); a manifest list has none.
  const iidDir = await mkdtemp(join(tmpdir(), 'ringway-iid-'));
  const iidFile = join(iidDir, 'iid');
  if (!isMultiPlatform(req)) args.push('--iidfile', iidFile);
  args.push(req.context);
  try {
    const r = await exec(b, args, { env: runEnv, allowFailure: true, label: `${b} build`, onLine: log });
    if (r.code !== 0) throw new RingwayError(`${b} build failed: ${lastLines(r.stderr || r.stdout, 2)}`);
    const id = await readFile(iidFile, 'utf8').catch(() => '');
    return id.trim() && !id.startsWith('sha256:') ? `sha256:${id.trim()}` : id.trim();
  } finally {
    await rm(iidDir, { recursive: true, force: true });
  }
}

/** Pushes the local image to `ref`; returns the digest the registry stored ('' when the builder did not say). */
export async function pushImage(
  b: BuilderName,
  req: BuildRequest,
  ref: string,
  opts: { authFile: string; insecure: boolean; env: Record<string, string>; log?: (line: string) => void },
): Promise<string> {
  const digestFile = join(await mkdtemp(join(tmpdir(), 'ringway-digest-')), 'digest');
  try {
    if (b === 'docker') {
      const env = { ...opts.env, DOCKER_CONFIG: join(opts.authFile, '..') };
      await run(b, ['tag', req.localTag, ref], env);
      // `docker push` ends with "<tag>: digest: sha256:… size: …"; when it does not, the caller
      // asks the registry.
      const out = await run(b, ['push', ref], env, opts.log);
      return /digest: (sha256:[a-f0-9]{64})/.exec(out)?.[1] ?? '';
    }
    const args = [
      ...globalFlags(b, req),
      ...(isMultiPlatform(req) ? ['manifest', 'push', '--all'] : ['push']),
      '--authfile',
      opts.authFile,
      '--digestfile',
      digestFile,
    ];
    if (opts.insecure) args.push('--tls-verify=false');
    args.push(req.localTag, `docker://${ref}`);
    await run(b, args, opts.env, opts.log);
    return (await readFile(digestFile, 'utf8')).trim();
  } finally {
    await rm(join(digestFile, '..'), { recursive: true, force: true });
  }
}

function isMultiPlatform(req: BuildRequest): boolean {
  return req.platforms.length > 1;
}

async function hasBuildx(env: Record<string, string>): Promise<boolean> {
  return (await exec('docker', ['buildx', 'version'], { env, allowFailure: true })).code === 0;
}

async function run(
  b: string,
  args: string[],
  env: Record<string, string>,
  log?: (line: string) => void,
): Promise<string> {
  const r = await exec(b, args, { env, allowFailure: true, label: `${b} ${args[0]}`, onLine: log });
  if (r.code !== 0)
    throw new RingwayError(
      `${b} ${args.find((a) => !a.startsWith('-')) ?? ''} failed: ${lastLines(r.stderr || r.stdout, 2)}`,
    );
  return r.stdout;
}

/** Several platforms need a builder that keeps a manifest list; the step checks this before building. */
/** A shown value for an error line: control characters as '?', at most 60 characters. */
function shown(v: string): string {
  const clean = v.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean;
}

/** A Dockerfile stage name (`FROM … AS <name>`), as BuildKit parses them; '' builds the last stage. */
export function checkStageName(target: string): string {
  if (target && !/^[A-Za-z][A-Za-z0-9_.-]{0,127}$/.test(target))
    throw new UsageError(
      `'${shown(target)}' is not a build stage name (FROM … AS <name>: a letter, then letters, digits, '_', '.' or '-')`,
    );
  return target;
}

/** buildah's and podman's isolation types; '' leaves the builder's default. */
export const ISOLATIONS = ['oci', 'rootless', 'chroot'];
export function checkIsolation(isolation: string): string {
  if (isolation && !ISOLATIONS.includes(isolation))
    throw new UsageError(`'${shown(isolation)}' is not an isolation type: one of ${ISOLATIONS.join(', ')}`);
  return isolation;
}

/** A containers-storage driver name (overlay, vfs, btrfs, zfs, …); '' leaves the builder's default. */
export function checkStorageDriver(driver: string): string {
  if (driver && !/^[a-z][a-z0-9_]{0,31}$/.test(driver))
    throw new UsageError(`'${shown(driver)}' is not a storage driver name (overlay, vfs, btrfs, zfs, …)`);
  return driver;
}

/** A platform as the builders parse one: os[/arch[/variant]] (linux/amd64, linux/arm/v7). */
export function checkPlatform(platform: string): string {
  if (!/^[a-z0-9][a-z0-9_]*(\/[a-z0-9][a-z0-9_]*(\/[a-z0-9][a-z0-9_.]*)?)?$/i.test(platform))
    throw new UsageError(`'${shown(platform)}' is not a platform: os/arch[/variant], e.g. linux/amd64, linux/arm/v7`);
  return platform;
}

export function checkPlatforms(b: BuilderName, platforms: string[]): void {
  if (b === 'docker' && platforms.length > 1)
    throw new UsageError('docker loads one platform into its image store; use builder buildah or podman for several');
}
