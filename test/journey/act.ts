// Runs one starter workflow with nektos/act on this machine (-P ubuntu-latest=-self-hosted), from a
// fresh clone of its repository at the event's commit, with the action substitutions of
// SUBSTITUTIONS. act's own output goes to a log file in the journey folder.
import { spawn } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RepoName, World } from './world.js';

const here = fileURLToPath(new URL('.', import.meta.url));
export const repoRoot = join(here, '..', '..');

/**
 * Actions the starters use that cannot be fetched here, and what stands in for each. One place:
 * test/journey/README.md shows the same table.
 */
export const SUBSTITUTIONS: { uses: string; by: string; why: string }[] = [
  {
    uses: 'ringway/ringway@v1',
    by: 'actions',
    why: "this checkout's actions/<step>/ (built by npm run build), copied once per journey",
  },
  {
    uses: 'actions/checkout@v4',
    by: 'test/journey/actions/checkout',
    why: 'clones the event commit from the git server (insteadOf)',
  },
  { uses: 'actions/cache@v4', by: 'test/journey/actions/cache', why: 'a folder cache keyed by key / restore-keys' },
  { uses: 'azure/setup-helm@v4', by: 'test/journey/actions/setup-helm', why: 'puts the installed helm on PATH' },
  {
    uses: 'actions/upload-artifact@v4',
    by: 'test/journey/actions/upload-artifact',
    why: 'copies the files to a folder per run',
  },
];

export interface ActRun {
  repo: RepoName;
  /** File name under .github/workflows/. */
  workflow: string;
  event: 'push' | 'workflow_dispatch' | 'repository_dispatch' | 'pull_request';
  payload: Record<string, unknown>;
  /** Commit to clone and run at; default the payload's `after`, else main's tip. */
  sha?: string;
  /** The journey's n-th run: names its folder; GITHUB_RUN_ID is unique per run, as on GitHub. */
  seq: number;
  /** GITHUB_RUN_NUMBER: counts the runs of this workflow in its repository (image tags use it). */
  runNumber: number;
}

export interface ActResult {
  /** GITHUB_RUN_ID of the run. */
  runId: number;
  ok: boolean;
  code: number;
  log: string;
  seconds: number;
}

/**
 * ringway/ringway@v1 as a user's runner fetches it, holding just actions/: act copies the whole
 * mapped folder for every step, so the checkout itself (tests, node_modules link) would cost seconds.
 */
function ringwayActions(world: World): string {
  const dir = join(world.dir, 'ringway@v1');
  if (!existsSync(dir)) cpSync(join(repoRoot, 'actions'), join(dir, 'actions'), { recursive: true });
  return dir;
}

export async function runAct(world: World, run: ActRun): Promise<ActResult> {
  const runId = 7_000_000_000 + run.seq;
  const name = `${String(run.seq).padStart(3, '0')}-${run.repo.split('/')[1]}-${run.workflow.replace(/\.yml$/, '')}`;
  const dir = join(world.dir, 'runs', name);
  const work = join(dir, 'repo');
  mkdirSync(dir, { recursive: true });
  const sha =
    run.sha ??
    (typeof run.payload.after === 'string'
      ? run.payload.after
      : world.gitCmd(world.bare(run.repo), ['rev-parse', 'main']));
  world.gitCmd(dir, ['clone', '-q', '--no-checkout', `https://github.com/${run.repo}.git`, work]);
  world.gitIn(work, ['checkout', '-q', '--detach', sha]);
  const eventFile = join(dir, 'event.json');
  writeFileSync(eventFile, JSON.stringify(run.payload, null, 2));
  // Secrets through a file, never on a command line.
  const secretFile = join(dir, '.secrets');
  writeFileSync(
    secretFile,
    [
      `GITHUB_TOKEN=${world.token}`,
      `HLD_TOKEN=${world.token}`,
      `MANIFEST_TOKEN=${world.token}`,
      `GATE_TOKEN=${world.token}`,
      `INTROSPECTION_CONNECTION_STRING=${world.azurite.connectionString}`,
    ].join('\n') + '\n',
    { mode: 0o600 },
  );
  const args = [
    run.event,
    '-C',
    work,
    '-W',
    `.github/workflows/${run.workflow}`,
    '-e',
    eventFile,
    '-P',
    'ubuntu-latest=-self-hosted',
    '--no-skip-checkout',
    '--no-cache-server',
    '--action-offline-mode',
    '--action-cache-path',
    join(world.dir, 'act-cache'),
    '--defaultbranch',
    'main',
    '--secret-file',
    secretFile,
    '--var-file',
    '/dev/null',
    '--env-file',
    '/dev/null',
    '--input-file',
    '/dev/null',
    '--env',
    `GITHUB_API_URL=${world.forge.url}`,
    '--env',
    `GITHUB_RUN_ID=${runId}`,
    '--env',
    `GITHUB_RUN_NUMBER=${run.runNumber}`,
    '--env',
    `GITHUB_REPOSITORY=${run.repo}`,
    ...SUBSTITUTIONS.flatMap((s) => [
      '--local-repository',
      `${s.uses}=${s.uses.startsWith('ringway/') ? ringwayActions(world) : join(repoRoot, s.by)}`,
    ]),
  ];
  const logFile = join(dir, 'act.log');
  const fd = openSync(logFile, 'w');
  const started = Date.now();
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn('act', args, {
      cwd: work,
      env: {
        ...world.env,
        ...world.clockEnv(),
        ACT_DISABLE_VERSION_CHECK: '1',
        RINGWAY_JOURNEY_CACHE: join(world.dir, 'actions-cache'),
        RINGWAY_JOURNEY_ARTIFACTS: join(world.dir, 'artifacts'),
      },
      stdio: ['ignore', fd, fd],
    });
    child.on('error', reject);
    child.on('exit', (c, sig) => resolve(c ?? (sig ? 128 : 1)));
  });
  closeSync(fd);
  return { runId, ok: code === 0, code, log: readFileSync(logFile, 'utf8'), seconds: (Date.now() - started) / 1000 };
}
