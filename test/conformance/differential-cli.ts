// `npm run conformance -- --trees N [--seed S] [--batch B] [--shrink-ms MS] [--sets N] [--reports N] [--without-yaml-layer] [--without-layer-nulls]`: the
// differential run of differential.ts with more trees than CI runs, printing every mismatch.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Differential, environmentsFor, report } from './differential.js';
import { findFab } from './harness.js';

const { values } = parseArgs({
  options: {
    trees: { type: 'string', default: '200' },
    seed: { type: 'string' },
    batch: { type: 'string', default: '100' },
    'shrink-ms': { type: 'string', default: '120000' },
    'without-yaml-layer': { type: 'boolean', default: false },
    'without-layer-nulls': { type: 'boolean', default: false },
    sets: { type: 'string', default: '100' },
    // How many mismatching trees to shrink and print (the rest are counted): differential.test.ts passes 3.
    reports: { type: 'string' },
    // A JSON summary for differential.test.ts, which runs this as a child process.
    'result-file': { type: 'string' },
  },
});
const fab = findFab();
if (!fab) {
  process.stderr.write('conformance: no fab binary (scripts/tools/fab.sh, or FAB=/path/to/fab)\n');
  process.exit(2);
}
const seed = values.seed !== undefined ? Number(values.seed) >>> 0 : (Date.now() * 7919) >>> 0;
const count = Number(values.trees);
const work = mkdtempSync(join(tmpdir(), 'ringway-differential-'));
const helm = join(work, 'helm');
Object.assign(process.env, {
  HELM_CONFIG_HOME: join(helm, 'config'),
  HELM_CACHE_HOME: join(helm, 'cache'),
  HELM_DATA_HOME: join(helm, 'data'),
});
const d = new Differential(fab, work, {
  yamlLayerClasses: !values['without-yaml-layer'],
  configLayerNulls: !values['without-layer-nulls'],
});
const envs = environmentsFor(seed);
process.stdout.write(`differential: seed ${seed}, ${count} trees, fab generate ${envs.join(' ')}\n`);
const started = Date.now();
const found = await d.run(d.trees(seed, count), envs, Number(values.batch));
const runMs = Date.now() - started;
const reports: string[] = [];
for (const f of found.slice(0, values.reports === undefined ? found.length : Number(values.reports))) {
  const shrunk = await d.shrink(f.tree, envs, f.kind, Number(values['shrink-ms']));
  const again = await d.run([shrunk], envs, 1);
  reports.push(
    report({
      seed: f.tree.seed,
      environments: envs,
      kind: f.kind,
      detail: again[0]?.detail ?? f.detail,
      hld: d.describe(shrunk),
    }),
  );
  process.stdout.write(`\n${reports.at(-1)}\n`);
}
for (const f of d.failedInBoth) process.stdout.write(`failing in both: tree ${f}\n`);
const setMismatches = await d.sets(seed, Number(values.sets));
for (const m of setMismatches) process.stdout.write(`\nset case seed ${m.c.seed}: ${m.detail}\n`);
const s = d.stats;
process.stdout.write(
  `\ndifferential: seed ${seed}: ${count} trees, ${found.length} mismatching; ${values.sets} set cases (${s.setsSame} identical, ${s.setsBothFailed} failing in both, ${s.setsDropped} refused where fab drops the value), ${setMismatches.length} mismatching; ${s.bothFailed} failing in both; ${s.batches} batches in ${runMs} ms (fab ${s.fabMs} ms in ${s.fabRuns} runs, ringway ${s.ringwayMs} ms)\n`,
);
await d.settle();
if (values['result-file'])
  writeFileSync(
    values['result-file'],
    JSON.stringify({
      seed,
      environments: envs,
      trees: { count, mismatching: found.length, reports, bothFailed: s.bothFailed },
      sets: {
        count: Number(values.sets),
        mismatches: setMismatches.map((m) => ({ seed: m.c.seed, detail: m.detail })),
      },
      stats: s,
    }),
  );
if (!process.env.KEEP_CONFORMANCE) rmSync(work, { recursive: true, force: true });
process.exit(found.length || setMismatches.length ? 1 : 0);
