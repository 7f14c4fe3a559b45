// Every case of test/conformance/cases rendered by the real Fabrikate and by ringway, compared byte
// for byte. Skipped, with one visible line, where no fab binary is available (failed under CI=true).
// The same pass shards each case's ringway render (shard-union.ts): the shards together must write
// exactly what that whole run wrote, which runs with or without fab.
// The renders run in a child process (shard-union.ts casesAndUnions through
// test/support/in-child.ts): they start hundreds of fab, helm and git processes, cheaper to fork
// from a small process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inChild } from '../support/in-child.js';
import { missingOracle } from '../support/oracle.js';
import { type CaseResult, findFab, listCases, readCase, repoRoot } from './harness.js';
import type { casesAndUnions } from './shard-union.js';

const fab = findFab();
// CONFORMANCE_CASES=a,b runs only those cases (while iterating on one).
const only = process.env.CONFORMANCE_CASES?.split(',').filter(Boolean);
const names = listCases().filter((n) => !only || only.includes(n));

/** Ids of the rows of docs/generate.md "Deliberate differences" (`| id | … |`). */
function differenceIds(): Set<string> {
  const doc = readFileSync(join(repoRoot, 'docs', 'generate.md'), 'utf8');
  const section = doc.split(/^## Deliberate differences$/m)[1]?.split(/^## /m)[0] ?? '';
  const ids = new Set<string>();
  for (const m of section.matchAll(/^\|\s*`([a-z0-9-]+)`\s*\|/gm)) ids.add(m[1]);
  return ids;
}

function describeResult(r: CaseResult): string {
  const lines = [`case ${r.name} (fab generate ${r.spec.environments.join(' ')}):`];
  if (!r.fab.ok) lines.push(`  fab failed: ${r.fab.message}`);
  if (!r.ringway.ok) lines.push(`  ringway failed: ${r.ringway.message}`);
  if (r.differences.length) lines.push(`  differing files: ${r.differences.join(', ')}`, r.diff.slice(0, 6000));
  if (r.setDifferences.length) lines.push(`  set wrote different config: ${r.setDifferences.join('; ')}`);
  return lines.join('\n');
}

let results: Awaited<ReturnType<typeof casesAndUnions>> | Error;
beforeAll(async () => {
  results = await inChild<typeof results>(
    fileURLToPath(new URL('./shard-union.ts', import.meta.url)),
    'casesAndUnions',
    fab ?? null,
    names,
  ).catch((err: Error) => err);
}, 900_000);

/** A case's outcome from the child, or the error that kept it from running. */
function outcomeOf(name: string) {
  if (results instanceof Error) throw results;
  const r = results[name];
  if (!r) throw new Error(`case ${name} did not run`);
  return r;
}

if (!fab) {
  missingOracle(
    'fab',
    'run scripts/tools/fab.sh (needs shared/tools/fabrikate) or set FAB=/path/to/fab',
    `conformance with the real Fabrikate (${names.length} cases)`,
  );
} else {
  describe(`conformance with ${fab}`, () => {
    const ids = differenceIds();

    test('there are cases', () => {
      expect(only ? names.length : listCases().length).toBeGreaterThanOrEqual(only ? 1 : 40);
    });

    test.each(names)('%s', (name) => {
      const r = outcomeOf(name).conformance;
      if (!r) throw new Error(`case ${name} was not compared with fab`);
      if ('error' in r) throw new Error(r.error);
      const spec = readCase(name);
      const text = describeResult(r);
      if (spec.expect === 'both-fail') {
        if (r.fab.ok || r.ringway.ok) throw new Error(`expected both to fail\n${text}`);
        for (const m of spec.mentions ?? [])
          if (!r.ringway.message.includes(m)) throw new Error(`ringway's message does not name '${m}'\n${text}`);
        return;
      }
      if (spec.difference) {
        // A deliberate difference: documented, and still real (else the row and the case are stale).
        if (!ids.has(spec.difference))
          throw new Error(
            `case ${name}: difference '${spec.difference}' has no row in docs/generate.md "Deliberate differences"`,
          );
        const same = r.fab.ok === r.ringway.ok && !r.differences.length && !r.setDifferences.length;
        if (same)
          throw new Error(
            `case ${name}: fab and ringway agree now; drop 'difference' (and the row if no other case shows it)\n${text}`,
          );
        // Where fab writes a broken result and ringway refuses, its one error names the file and field.
        for (const m of spec.mentions ?? [])
          if (!r.ringway.message.includes(m)) throw new Error(`ringway's message does not name '${m}'\n${text}`);
        return;
      }
      if (!r.fab.ok) throw new Error(`fab failed where the case expects output\n${text}`);
      if (!r.ringway.ok || r.differences.length || r.setDifferences.length)
        throw new Error(`outputs differ and no deliberate difference is named\n${text}`);
    });
  });
}

// generate --shard i/n across a CI matrix, on every case (the seeded random trees are in shard-union.test.ts).
describe('the shards of a generate together write exactly what one whole run writes', () => {
  test.each(names)('case %s', (name) => {
    const r = outcomeOf(name).union;
    if (r.error) throw new Error(r.error);
    expect(r.problems).toBe('');
  });
});
