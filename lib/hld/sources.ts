import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RingwayError } from '../errors.js';
import { sha256 } from '../hash.js';
import { exec, ExecError, lastLines, networkTimeoutMs, noAnswerError } from '../exec.js';
import { AccessTokens } from '../git/access-tokens.js';
import { displayUrl, gitAuthEnv } from '../git/auth.js';
import { TEMP_CLONE_CONFIG } from '../git/repo.js';
import { checkHelmRepoUrl, checkOptionalRef, checkRepoUrl } from '../git/validate.js';
import { inside } from '../fs/contained.js';
import { MAX_ANSWER_BYTES, readBody } from '../limits.js';
import { exists } from './files.js';

export function defaultCacheDir(): string {
  return process.env.RINGWAY_CACHE_DIR || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'ringway');
}

async function key(...parts: string[]): Promise<string> {
  return (await sha256()).update(parts.join('\0')).digest('hex').slice(0, 32);
}

/**
 * Fetches remote component sources once into a content-addressed cache. A pinned source (git
 * commit or tag, helm chart version) is reused across runs; an unpinned one (branch tip, latest
 * chart) is fetched once per run. Concurrent requests for one source share one fetch.
 */
export class SourceCache {
  private readonly inflight = new Map<string, Promise<string>>();

  /** Source URL → the variable an access.yaml names for it (the first read wins), where the step allows it. */
  readonly named = new Map<string, string>();
  /** Source URL → why an access.yaml entry for it was ignored, for the error of a fetch that then fails. */
  readonly withheld = new Map<string, string>();
  /** Folders (real paths) whose repositories git components may name as a local source. */
  private readonly localSources: string[];

  constructor(
    readonly dir: string,
    /** The tokens the pipeline author allowed, and for which hosts (the `access-tokens` input). */
    readonly access: AccessTokens = AccessTokens.none(),
    /** The pipeline author's `local-sources`: folders holding repositories an HLD may read. */
    localSources: string[] = [],
  ) {
    this.localSources = localSources.map((f) => realOrResolved(f));
  }

  /** A checkout of `url` at `version` (commit/tag) or `branch`, shallow where possible. */
  async git(url: string, version: string, branch: string, who: string): Promise<string> {
    // HLD content is untrusted: the URL and refs are checked before git sees them (an option-looking
    // `version` would otherwise reach `git fetch` as an option), and follow --end-of-options.
    checkRepoUrl(url, `component '${who}': source`);
    checkOptionalRef(version, `component '${who}': version`);
    checkOptionalRef(branch, `component '${who}': branch`);
    this.checkLocal(url, who);
    const pinned = version !== '';
    const id = `git-${await key(url, version, branch)}`;
    return this.once(id, pinned, async (target) => {
      const token = this.access.tokenFor(url, this.named.get(url));
      const env = gitAuthEnv(url, token);
      const timeout = { ms: networkTimeoutMs(), service: `git server ${displayUrl(url)}` };
      const git = (args: string[]) => ['-c', 'credential.helper=', ...TEMP_CLONE_CONFIG, ...args];
      const run = (args: string[], cwd?: string) =>
        exec('git', git(args), { cwd, env, label: `git ${args[0]}`, ...(args[0] === 'fetch' ? { timeout } : {}) });
      try {
        await run(['init', '-q', target]);
        const ref = version || (branch ? `refs/heads/${branch}` : 'HEAD');
        // Shallow fetch of exactly the wanted commit; servers that refuse fetching by SHA get a full fetch.
        const shallow = await exec('git', git(['fetch', '-q', '--depth=1', '--end-of-options', url, ref]), {
          cwd: target,
          env,
          allowFailure: true,
          timeout,
          label: 'git fetch',
        });
        if (shallow.code !== 0) {
          if (!version) throw new ExecError('git fetch', shallow);
          await run(['fetch', '-q', '--tags', '--end-of-options', url, '+refs/heads/*:refs/remotes/origin/*'], target);
          const commit = await exec(
            'git',
            git(['rev-parse', '--verify', '-q', '--end-of-options', `${version}^{commit}`]),
            { cwd: target, env, allowFailure: true },
          );
          if (commit.code !== 0) throw new RingwayError(`no commit, tag or branch '${version}'`);
          await run(['checkout', '-q', '--detach', commit.stdout.trim()], target);
        } else {
          await run(['checkout', '-q', '--detach', 'FETCH_HEAD'], target);
        }
        await rm(join(target, '.git'), { recursive: true, force: true });
      } catch (err) {
        const detail = err instanceof ExecError ? lastLines(err.result.stderr, 1) : (err as Error).message;
        // Said only where the server answered and refused: not for a timeout or no connection at all.
        const refused = err instanceof ExecError && !/Failed to connect|Could not resolve host/i.test(detail);
        const withheld = token || !refused ? undefined : this.withheld.get(url);
        throw new RingwayError(
          `component '${who}': cannot fetch ${displayUrl(url)}${version ? `@${version}` : branch ? ` (branch ${branch})` : ''}: ${detail}${withheld ? ` (no token was sent: ${withheld})` : ''}`,
        );
      }
    });
  }

  /**
   * An HLD is untrusted content: its git sources name remote repositories. A path or file:// URL
   * would let it render any repository of the runner (another job's checkout, a credentials repo),
   * so one is read only inside a folder the pipeline author listed in `local-sources`.
   */
  private checkLocal(url: string, who: string): void {
    const path = localRepoPath(url);
    if (path === undefined) return;
    const real = realOrResolved(path);
    if (this.localSources.some((folder) => inside(folder, real))) return;
    throw new RingwayError(
      `component '${who}': source '${url}' is a repository on this machine; an HLD may name only remote repositories (https://, ssh://, host:path), unless the pipeline lists its folder in input 'local-sources'`,
    );
  }

  /** A chart from a helm repository, untarred; returns the chart folder. */
  async helmChart(repoUrl: string, chart: string, version: string, who: string): Promise<string> {
    checkHelmRepoUrl(repoUrl, `component '${who}': source`);
    if (chart.startsWith('-') || version.startsWith('-'))
      throw new RingwayError(`component '${who}': chart name and version may not start with '-'`);
    const id = `helm-${await key(repoUrl, chart, version)}`;
    const dir = await this.once(id, version !== '', async (target) => {
      const args = ['pull', `--repo=${repoUrl}`, '--untar', `--untardir=${target}`];
      if (version) args.push(`--version=${version}`);
      args.push('--', chart);
      // A chart repository that never answers must not hang generate (helm pull has no timeout of its own).
      const r = await exec('helm', args, {
        allowFailure: true,
        label: 'helm pull',
        timeout: { ms: networkTimeoutMs(), service: `helm repository ${displayUrl(repoUrl)}` },
      }).catch((err: Error) => {
        throw new RingwayError(`component '${who}': ${err.message}`);
      });
      if (r.code !== 0)
        throw new RingwayError(
          `component '${who}': helm pull ${chart} from ${displayUrl(repoUrl)} failed: ${lastLines(r.stderr, 1)}`,
        );
    });
    const [name] = await readdir(dir);
    return join(dir, name);
  }

  /** A single manifest file over HTTP(S) (`type: static`, `method: http`). */
  async http(url: string, name: string, who: string): Promise<string> {
    return this.once(`http-${await key(url)}`, false, async (target) => {
      if (!/\.ya?ml$/i.test(new URL(url).pathname)) {
        throw new RingwayError(`component '${who}': source for a static http component must end in .yaml or .yml`);
      }
      const res = await fetch(url, { signal: AbortSignal.timeout(networkTimeoutMs()) }).catch((e: Error) => {
        if (e.name === 'TimeoutError')
          throw new RingwayError(`component '${who}': ${noAnswerError(displayUrl(url)).message}`);
        throw new RingwayError(`component '${who}': cannot download ${displayUrl(url)}: ${e.message}`);
      });
      if (!res.ok)
        throw new RingwayError(`component '${who}': downloading ${displayUrl(url)} failed with HTTP ${res.status}`);
      await mkdir(target, { recursive: true });
      const body = await readBody(
        res,
        MAX_ANSWER_BYTES,
        `component '${who}': the download of ${displayUrl(url)}`,
        () => new RingwayError(`component '${who}': ${noAnswerError(displayUrl(url)).message}`, { kind: 'timeout' }),
      );
      await writeFile(join(target, `${name}.yaml`), body);
    });
  }

  private once(id: string, pinned: boolean, fill: (target: string) => Promise<void>): Promise<string> {
    let p = this.inflight.get(id);
    if (!p) {
      p = this.fetchInto(id, pinned, fill);
      this.inflight.set(id, p);
    }
    return p;
  }

  private async fetchInto(id: string, pinned: boolean, fill: (target: string) => Promise<void>): Promise<string> {
    const final = join(this.dir, 'sources', id);
    if (pinned && (await exists(final))) return final;
    await mkdir(join(this.dir, 'sources'), { recursive: true });
    const tmp = await mkdtemp(join(this.dir, 'sources', `.tmp-${id}-`));
    const target = join(tmp, 'x');
    try {
      await fill(target);
      await rm(final, { recursive: true, force: true });
      // Rename is atomic: a reader sees the old entry or the complete new one, never half.
      await rename(target, final).catch(async (err: NodeJS.ErrnoException) => {
        if (!(err.code === 'ENOTEMPTY' || err.code === 'EEXIST')) throw err;
      });
      return final;
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }
}

/** The folder a git source on this machine names (a file:// URL or a path), else undefined. */
export function localRepoPath(url: string): string | undefined {
  if (/^file:/i.test(url)) {
    try {
      return fileURLToPath(url);
    } catch {
      return url.replace(/^file:(\/\/)?/i, '/'); // file://host/path: still this machine's file
    }
  }
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url)) return undefined; // https, ssh, git
  if (/^(?:[^@/]+@)?(?:\[[^\]/]+\]|[^:/]+):/.test(url) && !/^[A-Za-z]:[\\/]/.test(url)) return undefined; // scp form
  return resolve(url);
}

/** The real path of `path`, or of its deepest existing folder with the rest appended. */
function realOrResolved(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    const up = resolve(abs, '..');
    return up === abs ? abs : join(realOrResolved(up), abs.slice(up.length + (up.endsWith('/') ? 0 : 1)));
  }
}
