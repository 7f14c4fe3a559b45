// generate against the real Fabrikate (`fab generate`, FAB or /root/go/bin/fab) and bare `helm
// template`, in the same run, interleaved round by round, medians:
//   A. 100 helm components (20 local charts × 5 services, prod + common config): cold (empty render
//      cache), then one image tag changed with the cache warm. fab has no cache, so its "one tag
//      changed" run renders everything again.
//   B. ringway cold at several --concurrency values: the one that keeps both cores busy.
//   C. 1,000 components × 3 environments (fab-envs prod,staging,dev): cold, warm, one tag changed,
//      peak memory, render cache size after the runs.
// Each run is a separate process timed under GNU time (wall, user+sys CPU of the process and its
// children, peak RSS). Writes docs/bench-generate.md. BENCH_RUNS (default 9: five rounds could not tell 0.80× from 0.81×) rounds;
// BENCH_BIG=0 skips C; BENCH_SWEEP=2,3,4,6 sets B's values.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { defaultConcurrency } from '../lib/hld/generate.js';
import { makeHld } from './generate-hld.lib.js';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const runs = Number(process.env.BENCH_RUNS ?? 9);
const sweep = (process.env.BENCH_SWEEP ?? '2,3,4,6').split(',').map(Number);
const big = process.env.BENCH_BIG !== '0';
const fab = [process.env.FAB, '/root/go/bin/fab'].find((f): f is string => !!f && existsSync(f));

interface Sample {
  ms: number;
  cpuMs: number;
  rssMb: number;
}

/**
 * A pause before every timed run. fab and the all-at-once baseline start 100 helm processes
 * (~5 GiB between them); for a while after they end the kernel is still reclaiming that memory,
 * which would land on whichever run comes next — in the round order below, always a ringway run.
 */
const SETTLE_MS = Number(process.env.BENCH_SETTLE_MS ?? 2000);
const settle = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, SETTLE_MS);

/**
 * What every timed process sees: PATH and HOME, as on a build agent. This shell's other variables
 * are not a user's: NODE_EXTRA_CA_CERTS alone (set on this machine) adds ~90 ms to every Node start.
 */
const benchEnv = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
};

/** One process under GNU time: wall clock, CPU of it and its children, peak resident memory. */
function timed(cmd: string, args: string[], cwd = root): Sample {
  const out = join(tmpdir(), `bench-time-${process.pid}`);
  settle();
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-o', out, '-f', '%U %S %M', cmd, ...args], {
    cwd,
    env: benchEnv,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr.slice(-2000)}`);
  const [u, s, kb] = readFileSync(out, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  rmSync(out, { force: true });
  return { ms, cpuMs: (u + s) * 1000, rssMb: kb / 1024 };
}

const ringway = (hld: string, cache: string, envArgs: string[], extra: string[] = []) =>
  timed(process.execPath, [
    join(root, 'bin/ringway.cjs'),
    'generate',
    '--hld',
    hld,
    ...envArgs,
    '--cache-dir',
    cache,
    '--quiet',
    ...extra,
  ]);
const fabGenerate = (hld: string, envs: string[]) => timed(fab!, ['generate', ...envs], hld);

async function bareHelm(hld: string, parallel: number, n: number): Promise<Sample> {
  const valuesDir = mkdtempSync(join(tmpdir(), 'bench-values-'));
  const jobs = Array.from({ length: n }, (_, i) => {
    const values = join(valuesDir, `svc${i}.yaml`);
    writeFileSync(
      values,
      stringify({
        replicas: (i % 3) + 1,
        image: { repository: `registry.local/svc${i}`, tag: `prod-${i}` },
        region: 'west',
      }),
    );
    return [
      'template',
      `svc${i}`,
      join(hld, 'charts', `chart${i % 20}`),
      '--values',
      values,
      '--namespace',
      `ns${i % 7}`,
    ];
  });
  settle();
  const t = performance.now();
  let next = 0;
  let cpuMs = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < jobs.length) {
        const args = jobs[next++];
        await new Promise<void>((resolve, reject) => {
          const p = spawn('/usr/bin/time', ['-f', '%U %S', 'helm', ...args], {
            env: benchEnv,
            stdio: ['ignore', 'ignore', 'pipe'],
          });
          let err = '';
          p.stderr.on('data', (d: Buffer) => (err += d.toString()));
          p.on('close', (code) => {
            const [u, s] = err.trim().split('\n').pop()!.split(' ').map(Number);
            cpuMs += (u + s) * 1000;
            return code === 0 ? resolve() : reject(new Error(`helm exit ${code}: ${err}`));
          });
        });
      }
    }),
  );
  const ms = performance.now() - t;
  rmSync(valuesDir, { recursive: true, force: true });
  return { ms, cpuMs, rssMb: 0 };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
const med = (xs: Sample[]) => ({
  ms: median(xs.map((x) => x.ms)),
  cpuMs: median(xs.map((x) => x.cpuMs)),
  rssMb: median(xs.map((x) => x.rssMb)),
  all: xs.map((x) => x.ms),
});
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const load = () => loadavg()[0].toFixed(1);
const loads: string[] = [`start ${load()}`];

// A. 100 components, interleaved rounds.
const N = 100;
const hld = makeHld(N, ['prod']);
const A = {
  rwCold: [] as Sample[],
  rwOne: [] as Sample[],
  rwSame: [] as Sample[],
  fabCold: [] as Sample[],
  fabOne: [] as Sample[],
  bare: [] as Sample[],
  bareAll: [] as Sample[],
};
for (let r = 0; r < runs; r++) {
  const cache = mkdtempSync(join(tmpdir(), 'bench-cache-'));
  const rw = () => A.rwCold.push(ringway(hld, cache, ['--environments', 'prod']));
  const fb = () => fab && A.fabCold.push(fabGenerate(hld, ['prod']));
  for (const f of r % 2 ? [fb, rw] : [rw, fb]) f();
  A.rwSame.push(ringway(hld, cache, ['--environments', 'prod']));
  const prod = join(hld, 'config/prod.yaml');
  writeFileSync(prod, readFileSync(prod, 'utf8').replace(/tag: prod-7(-\d+)?\n/, `tag: prod-7-${r}\n`));
  const rw1 = () => A.rwOne.push(ringway(hld, cache, ['--environments', 'prod']));
  const fb1 = () => fab && A.fabOne.push(fabGenerate(hld, ['prod']));
  for (const f of r % 2 ? [fb1, rw1] : [rw1, fb1]) f();
  rmSync(cache, { recursive: true, force: true });
  A.bare.push(await bareHelm(hld, cpus().length, N));
  A.bareAll.push(await bareHelm(hld, N, N));
  process.stderr.write(
    `round ${r + 1}/${runs}: ringway cold ${secs(A.rwCold[r].ms)}, fab ${fab ? secs(A.fabCold[r].ms) : '-'}, load ${load()}\n`,
  );
}
loads.push(`after A ${load()}`);

// B. Concurrency sweep, interleaved.
const B = new Map<number, Sample[]>(sweep.map((c) => [c, []]));
for (let r = 0; r < Math.max(3, Math.ceil(runs / 2)); r++) {
  for (const c of r % 2 ? [...sweep].reverse() : sweep) {
    const cache = mkdtempSync(join(tmpdir(), 'bench-cache-'));
    B.get(c)!.push(ringway(hld, cache, ['--environments', 'prod'], ['--concurrency', String(c)]));
    rmSync(cache, { recursive: true, force: true });
  }
}
loads.push(`after B ${load()}`);
rmSync(hld, { recursive: true, force: true });

// C. 1,000 components × 3 environments, one round.
let C: { cold: Sample; same: Sample; one: Sample; entries: number; bytes: number } | undefined;
if (big) {
  const envs = ['prod', 'staging', 'dev'];
  const bigHld = makeHld(1000, envs);
  const cache = mkdtempSync(join(tmpdir(), 'bench-cache-'));
  const args = ['--fab-envs', envs.join(',')];
  const cold = ringway(bigHld, cache, args);
  const same = ringway(bigHld, cache, args);
  const prod = join(bigHld, 'config/prod.yaml');
  writeFileSync(prod, readFileSync(prod, 'utf8').replace(/tag: prod-7\n/, 'tag: prod-7-x\n'));
  const one = ringway(bigHld, cache, args);
  const files = readdirSync(join(cache, 'render'));
  C = {
    cold,
    same,
    one,
    entries: files.length,
    bytes: files.reduce((n, f) => n + statSync(join(cache, 'render', f)).size, 0),
  };
  rmSync(cache, { recursive: true, force: true });
  rmSync(bigHld, { recursive: true, force: true });
  loads.push(`after C ${load()}`);
}

// Start-up alone (Node and the CLI bundle), for reading the warm rows.
const startup = med([0, 1, 2, 3, 4].map(() => timed(process.execPath, [join(root, 'bin/ringway.cjs'), '--version'])));
const helmVersion = execFileSync('helm', ['version', '--short'], { encoding: 'utf8' }).trim();
const fabOut = fab ? spawnSync(fab, ['version'], { encoding: 'utf8' }) : undefined;
const fabVersion = fabOut ? (/fab version ([^"\s]+)/.exec(`${fabOut.stdout}${fabOut.stderr}`)?.[1] ?? 'unknown') : '';
const a = Object.fromEntries(Object.entries(A).map(([k, v]) => [k, med(v)])) as Record<
  keyof typeof A,
  ReturnType<typeof med>
>;
const vsFab = (ms: number) => (fab ? `${(ms / a.fabCold.ms).toFixed(2)}×` : '–');
const row = (name: string, s: ReturnType<typeof med>, rss = true) =>
  `| ${name} | ${secs(s.ms)} | ${secs(s.cpuMs)} | ${rss && s.rssMb ? `${s.rssMb.toFixed(0)} MiB` : '–'} | ${vsFab(s.ms)} |`;
const md = [
  '## generate',
  '',
  `Command: \`npm run bench -- generate\` (\`node --import ./scripts/ts-loader.mjs bench/generate.ts\`): ${runs} interleaved rounds, medians.`,
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, helm ${helmVersion}${fab ? `, fab ${fabVersion} (Fabrikate f2aed3a built from source)` : ''}.`,
  `Load average (1 min) during the run: ${loads.join(', ')}. This machine was shared with other jobs while measuring: wall times are noisy and`,
  'inflated; CPU time (user+sys of the process and its children) is the steadier column.',
  `ringway is timed as the CLI process (Node start-up included), default concurrency ${defaultConcurrency()} (2 × cores).`,
  `Every timed run starts after a ${SETTLE_MS / 1000} s pause: the memory fab's and the all-at-once baseline's 100 helm processes leave the kernel to reclaim would otherwise slow the run after them.`,
  '',
  `### ${N} helm components (20 local charts × 5 services), \`prod\` + \`common\``,
  '',
  '| run | wall | CPU | peak RSS | vs fab cold |',
  '|---|---|---|---|---|',
  ...(fab
    ? [row('fab generate prod (no cache)', a.fabCold), row('fab generate prod, one image tag changed', a.fabOne)]
    : []),
  row('ringway, cold (empty cache)', a.rwCold),
  row('ringway, warm, nothing changed', a.rwSame),
  row('ringway, warm, one image tag changed', a.rwOne),
  row(`bare \`helm template\` × ${N}, ${cpus().length} at a time`, a.bare, false),
  row(`bare \`helm template\` × ${N}, all at once (as fab)`, a.bareAll, false),
  '',
  fab
    ? `One tag changed: ringway ${(a.fabOne.ms / a.rwOne.ms).toFixed(1)}× faster than fab. Cold: ringway ${(a.rwCold.ms / a.fabCold.ms).toFixed(2)}× fab's wall time, ${(a.rwCold.cpuMs / a.fabCold.cpuMs).toFixed(2)}× its CPU.`
    : 'fab was not found (set FAB=/path/to/fab): its rows are left out.',
  `All cold samples: ringway ${a.rwCold.all.map(secs).join(', ')}${fab ? `; fab ${a.fabCold.all.map(secs).join(', ')}` : ''}.`,
  '',
  '### ringway cold by --concurrency',
  '',
  '| concurrency | wall | CPU |',
  '|---|---|---|',
  ...sweep.map((c) => {
    const s = med(B.get(c)!);
    return `| ${c} | ${secs(s.ms)} | ${secs(s.cpuMs)} |`;
  }),
  '',
  ...(C
    ? [
        '### 1,000 components × 3 environments (`--fab-envs prod,staging,dev`), one round',
        '',
        '| run | wall | CPU | peak RSS |',
        '|---|---|---|---|',
        `| ringway, cold | ${secs(C.cold.ms)} | ${secs(C.cold.cpuMs)} | ${C.cold.rssMb.toFixed(0)} MiB |`,
        `| ringway, warm, nothing changed | ${secs(C.same.ms)} | ${secs(C.same.cpuMs)} | ${C.same.rssMb.toFixed(0)} MiB |`,
        `| ringway, warm, one image tag changed | ${secs(C.one.ms)} | ${secs(C.one.cpuMs)} | ${C.one.rssMb.toFixed(0)} MiB |`,
        '',
        `Render cache after these runs: ${C.entries} entries, ${(C.bytes / 2 ** 20).toFixed(1)} MiB (it is trimmed after every run: entries the run did not use go, oldest first, once the cache passes 256 MiB).`,
        'fab is not run on this HLD: it starts one helm process per component at once (1,000 × ~50 MiB), more memory than this shared machine can give.',
        '',
      ]
    : []),
  '### Reading these numbers',
  '',
  '- Nearly all cold time is `helm template` start-up (~60 ms of CPU per component here, whatever the chart); ringway runs helm with',
  "  GOGC=400, which takes about a fifth off each render's CPU against Go's default (most of a render is helm's package init). fab spends more CPU than ringway on the same renders (its logging, and",
  '  100 helm processes at once). On a quiet machine wall time ≈ CPU / cores for both once the cores are kept busy.',
  "- On a machine shared with other jobs, fab's 100 simultaneous processes take a larger share of the CPU than ringway's few, so",
  "  its wall time suffers less from the load than ringway's; compare the CPU column for the work each does.",
  "- Warm runs are Node start-up and loading the CLI bundle (about half), reading and parsing the HLD's YAML, hashing the charts and",
  `  copying cached renders; \`ringway --version\` alone (Node start-up and the bundle) took ${secs(startup.ms)} wall, ${secs(startup.cpuMs)} CPU in this run.`,
  '',
].join('\n');
writeFileSync(join(root, 'docs/bench-generate.md'), md);
process.stdout.write(md);
