// generate across a CI matrix, on this one machine: each shard of `generate --shard i/n` (n = 1, 2,
// 4, 8) run alone, cold (its own empty cache and output, as on its own runner), one after another,
// so each is timed as the work one matrix job does; then the merge, `push-manifests` of the n
// output folders into an empty repository over file://. The HLD is bench/generate's: BENCH_SHARD_COMPONENTS
// (default 1,000) helm components × BENCH_SHARD_ENVS (default prod,staging,dev). Each shard must
// take at most 1/n of the whole run + 2 s (the walk every shard repeats, Node start-up).
// Writes docs/bench-generate-shard.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { makeHld } from './generate-hld.lib.js';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const cli = join(root, 'bin/ringway.cjs');
const components = Number(process.env.BENCH_SHARD_COMPONENTS ?? 1000);
const envs = (process.env.BENCH_SHARD_ENVS ?? 'prod,staging,dev').split(',');
const counts = (process.env.BENCH_SHARD_COUNTS ?? '1,2,4,8').split(',').map(Number);
const SLACK_MS = 2000;

const benchEnv = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
  GIT_AUTHOR_NAME: 'b',
  GIT_AUTHOR_EMAIL: 'b@x',
  GIT_COMMITTER_NAME: 'b',
  GIT_COMMITTER_EMAIL: 'b@x',
};

interface Sample {
  ms: number;
  cpuMs: number;
}

/** One process under GNU time: wall clock and the CPU of it and its children. */
function timed(args: string[]): Sample {
  const out = join(tmpdir(), `bench-time-${process.pid}`);
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-o', out, '-f', '%U %S', process.execPath, cli, ...args], {
    cwd: root,
    env: benchEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`ringway ${args.join(' ')} failed: ${r.stderr.slice(-2000)}`);
  const [u, s] = readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  rmSync(out, { force: true });
  return { ms, cpuMs: (u + s) * 1000 };
}

const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const load = () => loadavg()[0].toFixed(1);
const loads = [`start ${load()}`];
const hld = makeHld(components, envs);
const work = mkdtempSync(join(tmpdir(), 'bench-shard-'));

interface Row {
  n: number;
  shards: Sample[];
  merge: Sample;
  files: number;
}
const rows: Row[] = [];
for (const n of counts) {
  const shards: Sample[] = [];
  const outputs: string[] = [];
  for (let i = 1; i <= n; i++) {
    const output = join(work, `out-${n}-${i}`);
    const cache = join(work, `cache-${n}-${i}`);
    shards.push(
      timed([
        'generate',
        '--hld',
        hld,
        '--fab-envs',
        envs.join(','),
        '--output',
        output,
        '--cache-dir',
        cache,
        '--quiet',
        ...(n > 1 ? ['--shard', `${i}/${n}`] : []),
      ]),
    );
    outputs.push(output);
    rmSync(cache, { recursive: true, force: true });
    process.stderr.write(
      `n=${n} shard ${i}: ${secs(shards[i - 1].ms)} wall, ${secs(shards[i - 1].cpuMs)} CPU, load ${load()}\n`,
    );
  }
  const remote = join(work, `remote-${n}.git`);
  execFileSync('git', ['init', '-q', '--bare', '--initial-branch=main', remote]);
  const merge = timed([
    'push-manifests',
    '--source',
    outputs.join(','),
    '--manifest-repo',
    `file://${remote}`,
    '--build-commit',
    'a'.repeat(40),
    '--quiet',
  ]);
  const files = execFileSync('git', ['ls-tree', '-r', '--name-only', 'main'], { cwd: remote, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean).length;
  rows.push({ n, shards, merge, files });
  for (const o of outputs) rmSync(o, { recursive: true, force: true });
  loads.push(`after n=${n} ${load()}`);
}
rmSync(work, { recursive: true, force: true });
rmSync(hld, { recursive: true, force: true });

const whole = rows.find((r) => r.n === 1)?.shards[0];
const max = (xs: number[]) => Math.max(...xs);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const md = [
  '## generate across a CI matrix (`--shard i/n`)',
  '',
  `Command: \`npm run bench -- generate-shard\` (\`node --import ./scripts/ts-loader.mjs bench/generate-shard.ts\`): one round.`,
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
  `Load average (1 min) during the run: ${loads.join(', ')}.`,
  `HLD: ${components.toLocaleString('en')} helm components × ${envs.length} environment${envs.length > 1 ? 's' : ''} (\`--fab-envs ${envs.join(',')}\`), cold: each shard`,
  'runs alone with its own empty cache and output folder, as one job of a matrix on its own runner; the shards of one n run',
  'one after another, so each row is the work one matrix job does. The merge is `push-manifests` of the n output folders',
  '(overlap and shard-record checks included) into an empty repository over file://.',
  '',
  '| shards | slowest shard wall | mean shard wall | bound: whole wall/n + 2 s | within | slowest shard CPU | bound: whole CPU/n + 2 s | within | merge: push-manifests of n folders | files pushed |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => {
    const wall = max(r.shards.map((s) => s.ms));
    const cpu = max(r.shards.map((s) => s.cpuMs));
    const bound = (x: number) => x / r.n + SLACK_MS;
    const check = (v: number, b: number) => (r.n === 1 ? '–' : v <= b ? 'yes' : 'no');
    const shown = (b: number) => (r.n === 1 ? '–' : secs(b));
    const wholeWall = whole?.ms ?? NaN;
    const wholeCpu = whole?.cpuMs ?? NaN;
    return `| ${r.n} | ${secs(wall)} | ${secs(mean(r.shards.map((s) => s.ms)))} | ${shown(bound(wholeWall))} | ${check(wall, bound(wholeWall))} | ${secs(cpu)} | ${shown(bound(wholeCpu))} | ${check(cpu, bound(wholeCpu))} | ${secs(r.merge.ms)} (${secs(r.merge.cpuMs)} CPU) | ${r.files} |`;
  }),
  '',
  `Every shard's wall time: ${rows.map((r) => `n=${r.n}: ${r.shards.map((s) => secs(s.ms)).join(', ')}`).join('; ')}.`,
  "An n-job matrix takes about the slowest shard plus the merge (and the runners' own start-up, checkout and artifact",
  "transfer, not measured here). What does not fall as 1/n: Node's start-up, asking helm its version (each shard's",
  'cache is new here) and reading the whole tree, which every shard does before it renders (a whole run renders while',
  "it reads). On a loaded machine wall time stretches that fixed part; CPU time is the steadier measure of a shard's work.",
  '',
].join('\n');
writeFileSync(join(root, 'docs/bench-generate-shard.md'), md);
process.stdout.write(md);
