// The differential run in CI: DIFFERENTIAL_TREES (default 200) random HLD trees and
// DIFFERENTIAL_SETS (default 60) random `set` invocations through the real `fab` and ringway,
// compared byte for byte. The seed changes every run (DIFFERENTIAL_SEED repeats one); a mismatch
// prints the seed and the shrunk HLD. More locally: `npm run conformance -- --trees 2000`.
//
// The run is differential-cli.ts in a child process: it starts thousands of helm, git and fab
// processes, and forking from a jest worker (hundreds of MB resident) costs several times what it
// costs from a small Node process. The tests read its result file.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingOracle } from '../support/oracle.js';
import { repoRoot } from '../support/run-bundle.js';
import { findFab } from './harness.js';

const fab = findFab();
const seed = process.env.DIFFERENTIAL_SEED ? Number(process.env.DIFFERENTIAL_SEED) >>> 0 : (Date.now() * 7919) >>> 0;
const trees = Number(process.env.DIFFERENTIAL_TREES ?? 200);
const sets = Number(process.env.DIFFERENTIAL_SETS ?? 60);

interface Result {
  environments: string[];
  trees: { mismatching: number; reports: string[]; bothFailed: number };
  sets: { mismatches: { seed: number; detail: string }[] };
  stats: { fabMs: number; fabRuns: number; ringwayMs: number };
}

if (!fab) {
  missingOracle(
    'fab',
    'run scripts/tools/fab.sh, or set FAB=/path/to/fab',
    'differential run against the real Fabrikate',
  );
} else {
  describe(`differential run against ${fab} (seed ${seed}; DIFFERENTIAL_SEED=${seed} repeats it)`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'ringway-differential-result-'));
    const resultFile = join(dir, 'result.json');
    let result: Result | Error;

    beforeAll(async () => {
      result = await new Promise<Result | Error>((resolve) => {
        execFile(
          process.execPath,
          [
            '--import',
            './scripts/ts-loader.mjs',
            'test/conformance/differential-cli.ts',
            ...['--trees', String(trees), '--sets', String(sets), '--seed', String(seed)],
            ...['--batch', '100', '--shrink-ms', '60000', '--reports', '3', '--result-file', resultFile],
          ],
          { cwd: repoRoot, env: { ...process.env, FAB: fab }, maxBuffer: 64 << 20 },
          (err, stdout, stderr) => {
            // Exit 1 with a result file is a mismatch, which the tests below report.
            if (existsSync(resultFile)) resolve(JSON.parse(readFileSync(resultFile, 'utf8')) as Result);
            else
              resolve(
                new Error(
                  `differential-cli.ts failed (${err?.message ?? 'no result'}):\n${(stdout + stderr).slice(-4000)}`,
                ),
              );
          },
        );
      });
      if (!(result instanceof Error)) {
        const s = result.stats;
        process.stderr.write(
          `\ndifferential: seed ${seed}: ${trees} trees (fab generate ${result.environments.join(' ')}), ${result.trees.bothFailed} failing in both; fab ${s.fabMs} ms in ${s.fabRuns} runs, ringway ${s.ringwayMs} ms\n`,
        );
      }
    }, 1_200_000);

    afterAll(() => {
      if (!process.env.KEEP_CONFORMANCE) rmSync(dir, { recursive: true, force: true });
    });

    test(`${trees} random HLD trees render to the same bytes`, () => {
      if (result instanceof Error) throw result;
      if (result.trees.mismatching)
        throw new Error(
          `${result.trees.mismatching} of ${trees} trees differ (seed ${seed}; DIFFERENTIAL_SEED=${seed} repeats the run):\n\n${result.trees.reports.join('\n\n')}`,
        );
    });

    test(`${sets} random set invocations write the same bytes`, () => {
      if (result instanceof Error) throw result;
      const found = result.sets.mismatches;
      if (found.length)
        throw new Error(
          `${found.length} of ${sets} set cases differ (seed ${seed}):\n\n${found
            .slice(0, 5)
            .map((f) => `case seed ${f.seed}: ${f.detail}`)
            .join('\n\n')}`,
        );
    });
  });
}
