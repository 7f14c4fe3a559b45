// generate --shard i/n across a CI matrix, on seeded random HLDs: the shards' output folders together
// hold exactly the bytes of one whole run, no file is written by two shards, and a tree set one whole
// run refuses fails on at least one shard. Needs helm and git, not fab: it compares ringway with
// itself. The same check on every conformance case runs in conformance.test.ts, on the ringway
// render that suite compares with fab's. The work (shard-union.ts) runs in a child process: it
// starts hundreds of helm and git processes.
import { fileURLToPath } from 'node:url';
import { inChild } from '../support/in-child.js';

const TREES = Number(process.env.SHARD_UNION_TREES ?? 12);
const seed = process.env.DIFFERENTIAL_SEED ? Number(process.env.DIFFERENTIAL_SEED) >>> 0 : (Date.now() * 7919) >>> 0;
const work = fileURLToPath(new URL('./shard-union.ts', import.meta.url));

describe('the shards of a generate together write exactly what one whole run writes', () => {
  test(`${TREES} seeded random HLD trees (seed ${seed}; DIFFERENTIAL_SEED=${seed} repeats it)`, async () => {
    expect(await inChild<string>(work, 'unionOfTrees', seed, TREES)).toBe('');
  }, 900_000);
});
