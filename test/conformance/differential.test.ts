// The differential run in CI: DIFFERENTIAL_TREES (default 200) random HLD trees and
// DIFFERENTIAL_SETS (default 60) random `set` invocations through the real `fab` and ringway,
// compared byte for byte. The seed changes every run (DIFFERENTIAL_SEED repeats one); a mismatch
// prints the seed and the shrunk HLD. More locally: `npm run conformance -- --trees 2000`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Differential, environmentsFor, report } from './differential.js';
import { missingOracle } from '../support/oracle.js';
import { findFab } from './harness.js';

const fab = findFab();
const seed = process.env.DIFFERENTIAL_SEED ? Number(process.env.DIFFERENTIAL_SEED) >>> 0 : (Date.now() * 7919) >>> 0;
const trees = Number(process.env.DIFFERENTIAL_TREES ?? 200);
const sets = Number(process.env.DIFFERENTIAL_SETS ?? 60);

if (!fab) {
  missingOracle(
    'fab',
    'run scripts/tools/fab.sh, or set FAB=/path/to/fab',
    'differential run against the real Fabrikate',
  );
} else {
  describe(`differential run against ${fab} (seed ${seed}; DIFFERENTIAL_SEED=${seed} repeats it)`, () => {
    const work = mkdtempSync(join(tmpdir(), 'ringway-differential-'));
    const d = new Differential(fab, work);
    const saved = { ...process.env };

    beforeAll(() => {
      const helm = join(work, 'helm');
      Object.assign(process.env, {
        HELM_CONFIG_HOME: join(helm, 'config'),
        HELM_CACHE_HOME: join(helm, 'cache'),
        HELM_DATA_HOME: join(helm, 'data'),
      });
    });

    afterAll(async () => {
      await d.settle();
      process.env = saved;
      if (!process.env.KEEP_CONFORMANCE) rmSync(work, { recursive: true, force: true });
    });

    test(`${trees} random HLD trees render to the same bytes`, async () => {
      const envs = environmentsFor(seed);
      const found = await d.run(d.trees(seed, trees), envs, 100);
      const s = d.stats;
      process.stderr.write(
        `\ndifferential: seed ${seed}: ${trees} trees (fab generate ${envs.join(' ')}), ${s.bothFailed} failing in both; fab ${s.fabMs} ms in ${s.fabRuns} runs, ringway ${s.ringwayMs} ms\n`,
      );
      const reports: string[] = [];
      for (const f of found.slice(0, 3)) {
        const shrunk = await d.shrink(f.tree, envs, f.kind, 60_000);
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
      }
      if (found.length)
        throw new Error(
          `${found.length} of ${trees} trees differ (seed ${seed}; DIFFERENTIAL_SEED=${seed} repeats the run):\n\n${reports.join('\n\n')}`,
        );
    }, 900_000);

    test(`${sets} random set invocations write the same bytes`, async () => {
      const found = await d.sets(seed, sets);
      if (found.length)
        throw new Error(
          `${found.length} of ${sets} set cases differ (seed ${seed}):\n\n${found
            .slice(0, 5)
            .map((f) => `case seed ${f.c.seed}: ${f.detail}`)
            .join('\n\n')}`,
        );
    }, 300_000);
  });
}
