// generate on a generated HLD of 100 helm components (20 charts, 5 services each, prod + common
// config), against the same `helm template` commands run bare: in parallel bounded by the cores
// (the floor any renderer pays), and sequentially. Also a warm re-render after one tag change.
// Fabrikate itself cannot be built here (its Go module graph needs modules the proxy refuses), so
// its column is omitted rather than guessed. Writes docs/bench-generate.md.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const COMPONENTS = 100;
const chartSrc = join(root, 'test/fixtures/hld/nested/frontend/chart');

function makeHld(): string {
  const hld = mkdtempSync(join(tmpdir(), 'bench-hld-'));
  const subs = [];
  const prod: Record<string, unknown> = {};
  for (let c = 0; c < 20; c++) cpSync(chartSrc, join(hld, 'charts', `chart${c}`), { recursive: true });
  for (let i = 0; i < COMPONENTS; i++) {
    subs.push({ name: `svc${i}`, type: 'helm', path: `./charts/chart${i % 20}` });
    prod[`svc${i}`] = { namespace: `ns${i % 7}`, config: { replicas: (i % 3) + 1, image: { repository: `registry.local/svc${i}`, tag: `prod-${i}` } } };
  }
  writeFileSync(join(hld, 'component.yaml'), stringify({ name: 'bench', subcomponents: subs }));
  mkdirSync(join(hld, 'config'));
  writeFileSync(join(hld, 'config/prod.yaml'), stringify({ subcomponents: prod }));
  writeFileSync(join(hld, 'config/common.yaml'), stringify({ subcomponents: Object.fromEntries(subs.map((s) => [s.name, { config: { region: 'west' } }])) }));
  return hld;
}

/** ringway generate as a CLI process under GNU time: wall time and peak resident memory. */
function measured(h: string, cache: string): { ms: number; rssMb: number } {
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'RSS=%M', process.execPath, join(root, 'bin/ringway.js'), 'generate', '--hld', h, '--environments', 'prod', '--cache-dir', cache, '--quiet'], {
    encoding: 'utf8',
  });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`ringway generate failed: ${r.stderr}`);
  const kb = Number(/RSS=(\d+)/.exec(r.stderr)?.[1]);
  return { ms, rssMb: kb / 1024 };
}

async function bareHelm(hld: string, parallel: number): Promise<number> {
  const valuesDir = mkdtempSync(join(tmpdir(), 'bench-values-'));
  const jobs = Array.from({ length: COMPONENTS }, (_, i) => {
    const values = join(valuesDir, `svc${i}.yaml`);
    writeFileSync(values, stringify({ replicas: (i % 3) + 1, image: { repository: `registry.local/svc${i}`, tag: `prod-${i}` }, region: 'west' }));
    return ['template', `svc${i}`, join(hld, 'charts', `chart${i % 20}`), '--values', values, '--namespace', `ns${i % 7}`];
  });
  const t = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < jobs.length) {
        const args = jobs[next++];
        await new Promise<void>((resolve, reject) => {
          const p = spawn('helm', args, { stdio: ['ignore', 'pipe', 'inherit'] });
          p.stdout.resume();
          p.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`helm exit ${code}`))));
        });
      }
    }),
  );
  const ms = performance.now() - t;
  rmSync(valuesDir, { recursive: true, force: true });
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const hld = makeHld();
const cold: number[] = [];
const warmSame: number[] = [];
const warmOne: number[] = [];
const bareParallel: number[] = [];
const bareSeq: number[] = [];
const rss: number[] = [];
for (let i = 0; i < runs; i++) {
  const cache = mkdtempSync(join(tmpdir(), 'bench-cache-'));
  const c = measured(hld, cache);
  cold.push(c.ms);
  rss.push(c.rssMb);
  warmSame.push(measured(hld, cache).ms);
  const prod = join(hld, 'config/prod.yaml');
  writeFileSync(prod, readFileSync(prod, 'utf8').replace(/tag: prod-7\n/, `tag: prod-7-${i}\n`));
  warmOne.push(measured(hld, cache).ms);
  rmSync(cache, { recursive: true, force: true });
  bareParallel.push(await bareHelm(hld, cpus().length));
  bareSeq.push(await bareHelm(hld, 1));
}

const helmVersion = execFileSync('helm', ['version', '--short'], { encoding: 'utf8' }).trim();
const f = (x: number) => `${(x / 1000).toFixed(2)} s`;
const md = [
  '## generate',
  '',
  `Command: \`npm run bench -- generate\` (\`node --import ./scripts/ts-loader.mjs bench/generate.ts\`), ${runs} runs, median.`,
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, helm ${helmVersion}.`,
  `HLD: ${COMPONENTS} helm components (20 local charts × 5 services), \`prod\` + \`common\` config; ringway timed as the CLI process (Node start-up included).`,
  '',
  '| run | time | vs bare helm in parallel |',
  '|---|---|---|',
  `| ringway, cold (empty cache) | ${f(median(cold))} | ${(median(cold) / median(bareParallel)).toFixed(2)}× |`,
  `| ringway, warm, nothing changed | ${f(median(warmSame))} | ${(median(warmSame) / median(bareParallel)).toFixed(2)}× |`,
  `| ringway, warm, one image tag changed | ${f(median(warmOne))} | ${(median(warmOne) / median(bareParallel)).toFixed(2)}× |`,
  `| bare \`helm template\` × ${COMPONENTS}, ${cpus().length} at a time | ${f(median(bareParallel))} | 1.00× |`,
  `| bare \`helm template\` × ${COMPONENTS}, one at a time | ${f(median(bareSeq))} | ${(median(bareSeq) / median(bareParallel)).toFixed(2)}× |`,
  '',
  `Cold re-render vs warm after one tag change: ${(median(cold) / median(warmOne)).toFixed(1)}× faster warm. Peak memory of the ringway process (cold): ${median(rss).toFixed(0)} MiB.`,
  '',
  'Fabrikate (`fab generate`) is not in the table: it cannot be built on this machine (the Go module proxy refuses',
  '`vbom.ml/util` and `bou.ke/monkey`, which its module graph requires) and no prebuilt download works here. Its',
  'generate shells out to the same `helm template` per component, so bare helm is its floor too.',
  '',
].join('\n');
writeFileSync(join(root, 'docs/bench-generate.md'), md);
process.stdout.write(md);
rmSync(hld, { recursive: true, force: true });
