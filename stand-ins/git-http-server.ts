import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bareRepo, type BareRepo } from './git.js';
import { spawnListening, stopByPid } from './process.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface GitHttpServer {
  port: number;
  pid: number;
  root: string;
  /** http://127.0.0.1:<port>/<name>.git */
  urlFor(name: string): string;
  /** Creates a bare repository served by this server. */
  repo(name: string, opts?: Parameters<typeof bareRepo>[0]): Promise<BareRepo & { httpUrl: string }>;
  /** Requests seen so far (method, path, service, status, auth sent). */
  requests(): { method: string; path: string; service: string; status: number; auth: boolean }[];
  /** Settles when the server process has exited (a `fault` kills it). */
  exited: Promise<void>;
  stop(): Promise<void>;
}

/** How the server dies on the first push carrying a pack (see git-http-server-process.mjs). */
export type GitServerFault = 'kill-mid-push' | 'kill-after-push';

/**
 * Starts stand-ins/git-http-server-process.mjs as a child process serving bare repositories under
 * `root` (a temp folder by default) and demanding `token`; `port` restarts a server at its old
 * URL; `fault` makes it die during a push. Stopped by its PID.
 */
export async function startGitHttpServer(opts: {
  token: string;
  root?: string;
  port?: number;
  fault?: GitServerFault;
}): Promise<GitHttpServer> {
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const root = opts.root ?? (await mkdtemp(join(tmpdir(), 'ringway-githttp-')));
  const { child, port } = await spawnListening(process.execPath, [join(here, 'git-http-server-process.mjs'), root], {
    env: {
      ...process.env,
      GIT_SERVER_TOKEN: opts.token,
      GIT_SERVER_PORT: String(opts.port ?? 0),
      GIT_SERVER_FAULT: opts.fault ?? '',
    },
  });
  const pid = child.pid as number;
  const exited = new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );
  return {
    port,
    pid,
    root,
    urlFor: (name) => `http://127.0.0.1:${port}/${name}.git`,
    async repo(name, repoOpts) {
      const r = await bareRepo({ ...repoOpts, dir: join(root, `${name}.git`) });
      return { ...r, httpUrl: `http://127.0.0.1:${port}/${name}.git` };
    },
    requests() {
      const file = join(root, '.access.log');
      if (!existsSync(file)) return [];
      return readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l));
    },
    exited,
    stop: () => stopByPid(child),
  };
}
