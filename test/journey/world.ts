// The world the starters run in under act: a token-checking git server holding the service, HLD
// and manifest repositories (reached as https://github.com/contoso/… through git's insteadOf in a
// HOME of its own), GitHub's REST API (the request-validating forge stand-in, reached through
// GITHUB_API_URL as on GitHub Enterprise Server), Azurite for the deployment table and a local
// OCI registry. Everything listens on 127.0.0.1 and is stopped by PID.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite, type Azurite } from '../../stand-ins/azurite.js';
import { startForgeApi, type ForgeApi } from '../../stand-ins/forge-api.js';
import { startGitHttpServer, type GitHttpServer } from '../../stand-ins/git-http-server.js';
import { tempDir } from '../../stand-ins/git.js';
import { startRegistry, type LocalRegistry } from '../../stand-ins/registry.js';
import { startInterceptProxy, type InterceptProxy } from '../../stand-ins/tls-intercept-proxy.js';
import type { PullRequest } from './merge.js';
import { startClockKeeper } from './clock-keeper.js';
import { FAKETIME_LIB } from './tools.js';

export const OWNER = 'contoso';
export const REPOS = {
  service: `${OWNER}/fabrikam`,
  hld: `${OWNER}/fabrikam-hld`,
  manifests: `${OWNER}/fabrikam-manifests`,
} as const;
export type RepoName = (typeof REPOS)[keyof typeof REPOS];

export interface World {
  dir: string;
  /** HOME for git and act: its .gitconfig maps https://github.com/ to the git server. */
  home: string;
  /** One token the git server and the API accept (a fine-grained PAT in real life). */
  token: string;
  git: GitHttpServer;
  forge: ForgeApi;
  azurite: Azurite;
  /** The registry ghcr.io answers from, through the intercepting proxy. */
  registry: LocalRegistry;
  proxy: InterceptProxy;
  /** Environment for every git and act process of the journey (the runner machine's settings). */
  env: NodeJS.ProcessEnv;
  /** Path of a repository's bare folder on the git server. */
  bare(repo: RepoName): string;
  /** Runs git with the world's HOME (the insteadOf mapping) and the token as an HTTP header. */
  gitCmd(cwd: string, args: string[]): string;
  /** Runs git locally (no token) with the world's clock and `env` added. */
  gitIn(cwd: string, args: string[], env?: NodeJS.ProcessEnv): string;
  /** The world's time: real time plus the hours passed with advanceClock. */
  now(): number;
  /** Lets time pass for every process started from now on (libfaketime), e.g. a ring's soak. */
  advanceClock(ms: number): void;
  /** LD_PRELOAD/FAKETIME for a process that must see the world's time ({} before any advance). */
  clockEnv(): NodeJS.ProcessEnv;
  pullRequests(): Promise<PullRequest[]>;
  updatePullRequest(pr: PullRequest): Promise<void>;
  /** The check runs the API reports for a commit (e.g. the service's e2e). */
  setChecks(sha: string, runs: { name: string; status: string; conclusion?: string }[]): Promise<void>;
  stop(): Promise<void>;
}

export async function startWorld(opts: { path: string }): Promise<World> {
  const dir = tempDir('ringway-journey-');
  const home = join(dir, 'home');
  mkdirSync(home, { recursive: true });
  const token = `ghp_journey${Date.now().toString(36)}`;
  const git = await startGitHttpServer({ token, root: join(dir, 'git') });
  const forge = await startForgeApi('github');
  await forge.reset({ token });
  const azurite = await startAzurite();
  const registry = await startRegistry();
  const proxy = await startInterceptProxy({ 'ghcr.io': registry.host });
  const keeper = await startClockKeeper();
  // The runner machine: a TLS-inspecting proxy for ghcr.io (trusted through the CA files, as a
  // company's runners trust theirs), buildah's storage and chroot isolation for unprivileged builds.
  const env: NodeJS.ProcessEnv = {
    ...cleanEnv(),
    HOME: home,
    PATH: opts.path,
    GIT_TERMINAL_PROMPT: '0',
    HTTPS_PROXY: proxy.url,
    NO_PROXY: '127.0.0.1,localhost',
    NODE_USE_ENV_PROXY: '1',
    NODE_EXTRA_CA_CERTS: proxy.caFile,
    SSL_CERT_FILE: proxy.bundleFile,
    CONTAINERS_STORAGE_CONF: storageConf(dir),
    BUILDAH_ISOLATION: 'chroot',
  };
  let offsetMs = 0;
  const checks: Record<string, unknown[]> = {};
  const clockEnv = (): NodeJS.ProcessEnv =>
    offsetMs
      ? {
          LD_PRELOAD: FAKETIME_LIB,
          FAKETIME: `+${Math.round(offsetMs / 1000)}`,
          FAKETIME_DONT_FAKE_MONOTONIC: '1',
          FAKETIME_SHARED: keeper.shared,
        }
      : {};
  const config = (...args: string[]) => execFileSync('git', ['config', '--global', ...args], { env });
  config(`url.http://127.0.0.1:${git.port}/.insteadOf`, 'https://github.com/');
  config('user.name', 'Journey Developer');
  config('user.email', 'dev@contoso.test');
  config('init.defaultBranch', 'main');
  const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
  const world: World = {
    dir,
    home,
    token,
    git,
    forge,
    azurite,
    registry,
    proxy,
    env,
    bare: (repo) => join(git.root, `${repo}.git`),
    gitCmd: (cwd, args) =>
      execFileSync('git', ['-c', `http.extraheader=${header}`, ...args], {
        cwd,
        env,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }).trim(),
    gitIn: (cwd, args, extra = {}) =>
      execFileSync('git', args, {
        cwd,
        env: { ...env, ...clockEnv(), ...extra },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }).trim(),
    now: () => Date.now() + offsetMs,
    advanceClock(ms) {
      offsetMs += ms;
    },
    clockEnv,
    async pullRequests() {
      return (await forge.requests()).prs as unknown as PullRequest[];
    },
    async updatePullRequest(pr) {
      const prs = (await world.pullRequests()).map((p) =>
        p.owner === pr.owner && p.repo === pr.repo && p.number === pr.number ? pr : p,
      );
      await forge.reset({ token, prs, checks });
    },
    async setChecks(sha, runs) {
      checks[sha] = runs;
      await forge.reset({ token, prs: await world.pullRequests(), checks });
    },
    async stop() {
      await Promise.allSettled([
        git.stop(),
        forge.stop(),
        azurite.stop(),
        registry.stop(),
        proxy.stop(),
        keeper.stop(),
      ]);
    },
  };
  for (const repo of Object.values(REPOS)) {
    mkdirSync(world.bare(repo), { recursive: true });
    execFileSync('git', ['init', '-q', '--bare', '--initial-branch=main', world.bare(repo)], { env });
  }
  writeFileSync(join(dir, 'README'), 'ringway journey: scratch folder of one run (test/journey/)\n');
  return world;
}

/** buildah's storage (vfs) inside the journey's folder, removed with it. */
function storageConf(dir: string): string {
  const conf = join(dir, 'containers-storage.conf');
  writeFileSync(
    conf,
    `[storage]\ndriver = "vfs"\ngraphroot = "${join(dir, 'containers', 'root')}"\nrunroot = "${join(dir, 'containers', 'run')}"\n`,
  );
  return conf;
}

/** This process's environment without the variables of whatever orchestrator runs the journey. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(INPUT_|GITHUB_|RUNNER_|RINGWAY_|ACTIONS_|TF_BUILD|BUILD_|SYSTEM_|AGENT_)/.test(k)) continue;
    env[k] = v;
  }
  return env;
}
