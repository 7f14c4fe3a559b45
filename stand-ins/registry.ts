import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFaultProxy, type FaultProxy } from './fault-proxy.js';
import { tempDir } from './git.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface LocalRegistry {
  /** host:port */
  host: string;
  pid: number;
  /**
   * Requests the registry logged, as "METHOD path" lines: every request answered before the call
   * is included (the access log is written asynchronously, so a marker request is sent and awaited).
   */
  requests(): Promise<string[]>;
  /** With `tokenAuth`: the token requests made, with the scopes each asked for. */
  tokenRequests(): { service: string; scopes: string[] }[];
  /** With `tokenFaults`: the fault proxy the registry's challenge sends clients through to its token service. */
  tokenProxy?: FaultProxy;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * Debian's docker-registry (distribution 2.8) on 127.0.0.1 with storage in a temp folder; with
 * `user`, it demands htpasswd (bcrypt) Basic auth; with `tokenAuth`, Bearer tokens from
 * registry-token-service.mjs (a child process) that the registry verifies against a generated
 * certificate; with `tokenFaults` too, the challenge's realm is a fault proxy in front of it. All stopped by PID.
 */
export async function startRegistry(
  opts: {
    user?: { name: string; password: string };
    tokenAuth?: { name: string; password: string };
    tokenFaults?: boolean;
  } = {},
): Promise<LocalRegistry> {
  const dir = tempDir('ringway-registry-');
  const port = await freePort();
  let auth = '';
  let tokenService: ReturnType<typeof spawn> | undefined;
  let tokenProxy: FaultProxy | undefined;
  const tokenLog = join(dir, 'token-requests.log');
  if (opts.tokenAuth) {
    const key = join(dir, 'token.key');
    const cert = join(dir, 'token.crt');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '2',
        '-subj',
        '/CN=ringway-test-token-issuer',
      ],
      { stdio: 'ignore' },
    );
    writeFileSync(tokenLog, '');
    const child = spawn(
      process.execPath,
      [
        join(here, 'registry-token-service.mjs'),
        key,
        cert,
        'ringway-test-issuer',
        opts.tokenAuth.name,
        opts.tokenAuth.password,
        tokenLog,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    tokenService = child;
    const tokenPort = await new Promise<number>((resolve, reject) => {
      child.stdout?.once('data', (d: Buffer) => resolve(Number(d.toString().trim())));
      child.once('exit', (code) => reject(new Error(`token service exited (${code})`)));
    });
    if (opts.tokenFaults) tokenProxy = await startFaultProxy(`127.0.0.1:${tokenPort}`);
    auth = `auth:\n  token:\n    realm: http://${tokenProxy?.host ?? `127.0.0.1:${tokenPort}`}/token\n    service: ringway-test-registry\n    issuer: ringway-test-issuer\n    rootcertbundle: ${cert}\n`;
  } else if (opts.user) {
    const hash = execFileSync('htpasswd', ['-nbB', opts.user.name, opts.user.password], { encoding: 'utf8' }).trim();
    writeFileSync(join(dir, 'htpasswd'), `${hash}\n`);
    auth = `auth:\n  htpasswd:\n    realm: ringway-test\n    path: ${join(dir, 'htpasswd')}\n`;
  }
  writeFileSync(
    join(dir, 'config.yml'),
    `version: 0.1\nlog:\n  level: info\n  accesslog:\n    disabled: false\nstorage:\n  filesystem:\n    rootdirectory: ${join(dir, 'data')}\n  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:${port}\n${auth}`,
  );
  const logFile = join(dir, 'registry.log');
  const log = createWriteStream(logFile);
  const child = spawn('docker-registry', ['serve', join(dir, 'config.yml')], { stdio: ['ignore', 'pipe', 'pipe'] });
  // Two sources into one file: neither may end it (stdout closing first while the registry still
  // logs its shutdown to stderr was a "write after end" crash); it ends once both have closed.
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const logClosed = new Promise<void>((resolve) => child.once('close', () => log.end(resolve)));
  const host = `127.0.0.1:${port}`;
  let markers = 0;
  for (let i = 0; ; i++) {
    const ok = await fetch(`http://${host}/v2/`).then(
      () => true,
      () => false,
    );
    if (ok) break;
    if (i > 100 || child.exitCode !== null) {
      if (tokenService?.pid) process.kill(tokenService.pid, 'SIGTERM');
      await tokenProxy?.stop();
      throw new Error(`registry did not start: ${readFileSync(logFile, 'utf8').slice(-500)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    host,
    pid: child.pid as number,
    tokenProxy,
    async requests() {
      const marker = `/v2/ringway-log-marker-${++markers}/tags/list`;
      await fetch(`http://${host}${marker}`).then((r) => r.arrayBuffer());
      for (let i = 0; i < 500; i++) {
        const lines = [
          ...readFileSync(logFile, 'utf8').matchAll(/"(GET|HEAD|POST|PUT|PATCH|DELETE) (\/v2\/[^ ?"]*)/g),
        ].map((m) => `${m[1]} ${m[2]}`);
        const at = lines.indexOf(`GET ${marker}`);
        if (at >= 0) return lines.filter((l) => !l.includes('/ringway-log-marker-'));
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error('registry access log did not catch up');
    },
    tokenRequests() {
      if (!opts.tokenAuth) return [];
      return readFileSync(tokenLog, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { service: string; scopes: string[] });
    },
    async stop() {
      await tokenProxy?.stop();
      if (tokenService && tokenService.exitCode === null) {
        const gone = new Promise((r) => tokenService?.once('exit', r));
        process.kill(tokenService.pid as number, 'SIGTERM');
        await gone;
      }
      if (child.exitCode === null) process.kill(child.pid as number, 'SIGTERM');
      await logClosed;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** buildah/podman storage in a temp folder (vfs), so tests neither need nor touch global state. */
export function isolatedContainerStorage(): string {
  const dir = tempDir('ringway-storage-');
  const conf = join(dir, 'storage.conf');
  writeFileSync(
    conf,
    `[storage]\ndriver = "vfs"\ngraphroot = "${join(dir, 'root')}"\nrunroot = "${join(dir, 'run')}"\n`,
  );
  return conf;
}
