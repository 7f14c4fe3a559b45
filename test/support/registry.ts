import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { tempDir } from './git.js';

export interface LocalRegistry {
  /** host:port */
  host: string;
  pid: number;
  /** Requests the registry logged, as "METHOD path" lines. */
  requests(): string[];
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
 * `user`, it demands htpasswd (bcrypt) Basic auth. Stopped by PID.
 */
export async function startRegistry(opts: { user?: { name: string; password: string } } = {}): Promise<LocalRegistry> {
  const dir = tempDir('ringway-registry-');
  const port = await freePort();
  let auth = '';
  if (opts.user) {
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
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const host = `127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const ok = await fetch(`http://${host}/v2/`).then(
      () => true,
      () => false,
    );
    if (ok) break;
    if (i > 100 || child.exitCode !== null) throw new Error(`registry did not start: ${readFileSync(logFile, 'utf8').slice(-500)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    host,
    pid: child.pid as number,
    requests() {
      return [...readFileSync(logFile, 'utf8').matchAll(/"(GET|HEAD|POST|PUT|PATCH|DELETE) (\/v2\/[^ ?"]*)/g)].map((m) => `${m[1]} ${m[2]}`);
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(child.pid as number, 'SIGTERM');
      await exited;
    },
  };
}

/** buildah/podman storage in a temp folder (vfs), so tests neither need nor touch global state. */
export function isolatedContainerStorage(): string {
  const dir = tempDir('ringway-storage-');
  const conf = join(dir, 'storage.conf');
  writeFileSync(conf, `[storage]\ndriver = "vfs"\ngraphroot = "${join(dir, 'root')}"\nrunroot = "${join(dir, 'run')}"\n`);
  return conf;
}
