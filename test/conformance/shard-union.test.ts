// generate --shard i/n across a CI matrix: on every conformance case and on seeded random HLDs, the
// shards' output folders together hold exactly the bytes of one whole run (which the conformance
// suite holds to fab's), no file is written by two shards, and a case one whole run refuses fails
// on at least one shard. Needs helm and git, not fab: it compares ringway with itself. The work
// (shard-union.ts) runs in a child process: it starts thousands of helm and git processes.
import { fileURLToPath } from 'node:url';
import { inChild } from '../support/in-child.js';
import { listCases } from './harness.js';
import type { unionOfCases } from './shard-union.js';

const only = process.env.CONFORMANCE_CASES?.split(',').filter(Boolean);
const names = listCases().filter((n) => !only || only.includes(n));
const TREES = Number(process.env.SHARD_UNION_TREES ?? 12);
const seed = process.env.DIFFERENTIAL_SEED ? Number(process.env.DIFFERENTIAL_SEED) >>> 0 : (Date.now() * 7919) >>> 0;
const work = fileURLToPath(new URL('./shard-union.ts', import.meta.url));

describe('the shards of a generate together write exactly what one whole run writes', () => {
  let cases: Awaited<ReturnType<typeof unionOfCases>> | Error;

  beforeAll(async () => {
    cases = await inChild<typeof cases>(work, 'unionOfCases', names).catch((err: Error) => err);
  }, 900_000);

  test.each(names)('case %s', (name) => {
    if (cases instanceof Error) throw cases;
    const r = cases[name];
    if (r?.error) throw new Error(r.error);
    expect(r?.problems).toBe('');
  });

  test(`${TREES} seeded random HLD trees (seed ${seed}; DIFFERENTIAL_SEED=${seed} repeats it)`, async () => {
    expect(await inChild<string>(work, 'unionOfTrees', seed, TREES)).toBe('');
  }, 900_000);
});
