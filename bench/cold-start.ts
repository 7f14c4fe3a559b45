// Cold start of every shipped bundle against `node -e 0`: each GitHub Action (actions/<step>/dist),
// each Azure DevOps task (tasks/<Step>V1), the top-level action (dist/action) and the CLI
// (dist/cli, started through bin/ringway.cjs), 20 interleaved rounds (BENCH_RUNS), medians. Each run is the cheapest real thing
// that still loads what a real run loads up to input validation: an action or task started with
// no inputs in an empty folder fails on its first required input (generate, which has none, on the
// missing component.yaml; the top-level action is given `step: generate`),
// the CLI prints --version. Every run's output is checked for that, so a bundle that failed to
// load cannot pass as fast. Code behind a dynamic import() (chunk files) is loaded only where a
// step uses it, as in a real run. Writes docs/bench-cold-start.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const runs = Number(process.env.BENCH_RUNS ?? 20);
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

interface Target {
  name: string;
  /** The bundle's entry file (undefined for the `node -e 0` baseline). */
  file?: string;
  args: string[];
  env: Record<string, string>;
  /** What the run must print to count: proof that it got as far as input validation. */
  expect: RegExp;
}

// The step's own failure, as the runner or agent would show it.
const required = /^::error::|task\.complete result=Failed/m;
const targets: Target[] = [{ name: 'node -e 0', args: ['-e', '0'], env: {}, expect: /^/ }];
for (const step of readdirSync(join(root, 'actions')).sort()) {
  const file = join(root, 'actions', step, 'dist/index.js');
  if (existsSync(file)) targets.push({ name: `action ${step}`, file, args: [file], env: {}, expect: required });
}
for (const task of readdirSync(join(root, 'tasks')).sort()) {
  const file = join(root, 'tasks', task, 'index.js');
  if (existsSync(file)) targets.push({ name: `task ${task}`, file, args: [file], env: {}, expect: required });
}
const dispatch = join(root, 'dist/action/index.js');
if (existsSync(dispatch))
  targets.push({
    name: 'action (top-level, step: generate)',
    file: dispatch,
    args: [dispatch],
    env: { INPUT_STEP: 'generate' },
    expect: required,
  });
const cli = join(root, 'dist/cli/index.js');
// Through bin/ringway.cjs, the file `npx ringway` and the package's bin run; sizes are the bundle's.
if (existsSync(cli))
  targets.push({
    name: 'cli --version',
    file: cli,
    args: [join(root, 'bin/ringway.cjs'), '--version'],
    env: {},
    expect: new RegExp(`^${version.replace(/\./g, '\\.')}\\b`),
  });

// Runs see no runner or agent variables of this machine: only PATH and HOME.
const baseEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
const cwd = mkdtempSync(join(tmpdir(), 'bench-cold-'));
const timeOut = join(cwd, '.time');

interface Sample {
  ms: number;
  cpuMs: number;
}

function run(t: Target): Sample {
  const start = performance.now();
  const r = spawnSync('/usr/bin/time', ['-o', timeOut, '-f', '%U %S', process.execPath, ...t.args], {
    cwd,
    env: { ...baseEnv, ...t.env },
    encoding: 'utf8',
  });
  const ms = performance.now() - start;
  const out = `${r.stdout}${r.stderr}`;
  if (!t.expect.test(out))
    throw new Error(`${t.name}: did not get to input validation (exit ${r.status}):\n${out.slice(-1500)}`);
  const [u, s] = readFileSync(timeOut, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { ms, cpuMs: (u + s) * 1000 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const loads = [`start ${loadavg()[0].toFixed(1)}`];
const samples = new Map<Target, Sample[]>(targets.map((t) => [t, []]));
for (const t of targets) run(t); // one warm-up each: the file cache, not the measurement
for (let r = 0; r < runs; r++) {
  // Interleaved, in a rotating order, so a burst of load falls on every target alike.
  const order = targets.map((_, i) => targets[(i + r) % targets.length]);
  for (const t of order) samples.get(t)!.push(run(t));
}
loads.push(`end ${loadavg()[0].toFixed(1)}`);
rmSync(cwd, { recursive: true, force: true });

const base = median(samples.get(targets[0])!.map((s) => s.ms));
const baseCpu = median(samples.get(targets[0])!.map((s) => s.cpuMs));
const GOAL_RATIO = 1.6;
const GOAL_BYTES = 1.5e6;
const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
const rows = targets.map((t) => {
  const ms = median(samples.get(t)!.map((s) => s.ms));
  const cpuMs = median(samples.get(t)!.map((s) => s.cpuMs));
  const size = t.file ? statSync(t.file).size : 0;
  const dir = t.file ? join(t.file, '..') : '';
  const chunks = t.file
    ? readdirSync(dir)
        .filter((f) => /^\d+\.index\.js$/.test(f))
        .reduce((n, f) => n + statSync(join(dir, f)).size, 0)
    : 0;
  return { t, ms, cpuMs, ratio: ms / base, size, chunks };
});
const bundles = rows.slice(1);
const worst = bundles.reduce((a, b) => (b.ratio > a.ratio ? b : a), bundles[0]);
const overRatio = bundles.filter((r) => r.ratio > GOAL_RATIO);
const overSize = bundles.filter((r) => r.size > GOAL_BYTES);

const md = [
  '## cold start',
  '',
  `Command: \`npm run bench -- cold-start\` (\`node --import ./scripts/ts-loader.mjs bench/cold-start.ts\`): ${runs} interleaved rounds, medians.`,
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. Load average (1 min): ${loads.join(', ')}.`,
  'Each run starts the bundle as the runner or agent does (`node <bundle>`) with no inputs, so it loads what a real run loads',
  'and stops at input validation (the top-level action with `step: generate`; the CLI prints `--version`). Code split off',
  'behind a dynamic `import()` (the Table Storage SDK, octokit, the YAML engine, the HLD code of generate) sits in chunk files',
  "that a run loads when it reaches the work that needs them; Node's `child_process` and `crypto` wait the same way, and the",
  'GitHub and Azure hosts write to file descriptor 1 instead of creating `process.stdout` (whose pipe stream loads `net` and',
  '`stream`); `test/package/start-up.test.ts` checks that a run stopping at its inputs loads none of them. A run that gets',
  'past its inputs pays for what it uses when it uses it: the YAML engine costs about 20–30 ms of CPU at the first YAML read.',
  `Goals (issue 13): wall time ≤ ${GOAL_RATIO}× \`node -e 0\`; every bundle (index.js) ≤ ${mb(GOAL_BYTES)}.`,
  '',
  '| bundle | index.js | lazy chunks | wall | vs node -e 0 | CPU |',
  '|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.t.file ? `\`${relative(root, r.t.file)}\`${r.t.name.startsWith('action (') ? ' (step: generate)' : r.t.name.startsWith('cli') ? ' via `bin/ringway.cjs --version`' : ''}` : '`node -e 0`'} | ${r.size ? mb(r.size) : '–'} | ${r.chunks ? mb(r.chunks) : '–'} | ${r.ms.toFixed(0)} ms | ${r.ratio.toFixed(2)}× | ${r.cpuMs.toFixed(0)} ms |`,
  ),
  '',
  `Slowest: ${worst.t.name}, ${worst.ratio.toFixed(2)}× \`node -e 0\` (${worst.ms.toFixed(0)} ms against ${base.toFixed(0)} ms; CPU ${worst.cpuMs.toFixed(0)} ms against ${baseCpu.toFixed(0)} ms).`,
  `${overRatio.length ? `Over ${GOAL_RATIO}×: ${overRatio.map((r) => r.t.name).join(', ')}.` : `Every bundle is within ${GOAL_RATIO}×.`} ${overSize.length ? `Over ${mb(GOAL_BYTES)}: ${overSize.map((r) => r.t.name).join(', ')}.` : `Every bundle is within ${mb(GOAL_BYTES)}.`}`,
  '',
].join('\n');
writeFileSync(join(root, 'docs/bench-cold-start.md'), md);
process.stdout.write(md);
