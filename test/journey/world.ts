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

export const OWNER = 'contoso';
export const REPOS = { service: `${OWNER}/fabrikam`, hld: `${OWNER}/fabrikam-hld`, manifests: `${OWNER}/fabrikam-manifests` } as const;
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
  /** Environment for every git and act process of the journey. */
  env: NodeJS.ProcessEnv;
  /** Path of a repository's bare folder on the git server. */
  bare(repo: RepoName): string;
  /** Runs git with the world's HOME (the insteadOf mapping) and the token as an HTTP header. */
  gitCmd(cwd: string, args: string[]): string;
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
  const env: NodeJS.ProcessEnv = { ...cleanEnv(), HOME: home, PATH: opts.path, GIT_TERMINAL_PROMPT: '0' };
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
    env,
    bare: (repo) => join(git.root, `${repo}.git`),
    gitCmd: (cwd, args) => execFileSync('git', ['-c', `http.extraheader=${header}`, ...args], { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim(),
    async stop() {
      await Promise.allSettled([git.stop(), forge.stop(), azurite.stop()]);
    },
  };
  for (const repo of Object.values(REPOS)) {
    mkdirSync(world.bare(repo), { recursive: true });
    execFileSync('git', ['init', '-q', '--bare', '--initial-branch=main', world.bare(repo)], { env });
  }
  writeFileSync(join(dir, 'README'), 'ringway journey: scratch folder of one run (test/journey/)\n');
  return world;
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
