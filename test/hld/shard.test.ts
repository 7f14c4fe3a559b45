// The split of a matrix generate (lib/hld/shard.ts): the same on every runner, balanced by the
// recorded render costs (by count without them), and a file keeps its shard when others come and go.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseShard, planShards, readCosts, recordCosts } from '../../lib/hld/shard.js';

const files = Array.from({ length: 1000 }, (_, i) => `team${i % 17}/svc${i}/svc${i}.yaml`);

test('i/n is read; anything else is one line naming the rule', () => {
  expect(parseShard('')).toBeUndefined();
  expect(parseShard(' 2/8 ')).toEqual({ index: 2, count: 8 });
  for (const bad of ['0/4', '5/4', '1/0', '1/257', 'a/b', '2', '2/8/1', '-1/4'])
    expect(() => parseShard(bad)).toThrow(
      `'${bad}' is not i/n with 1 ≤ i ≤ n ≤ 256 (e.g. 2/8: the second of eight shards)`,
    );
});

test('every runner plans the same split, whatever order it found the files in', async () => {
  const a = await planShards(files, {}, 8);
  const b = await planShards([...files].reverse(), {}, 8);
  expect(b.digest).toBe(a.digest);
  expect([...b.owner].sort()).toEqual([...a.owner].sort());
  expect((await planShards(files, {}, 4)).digest).not.toBe(a.digest);
});

test('without costs each shard gets 1/n of the files, rounded up; every file exactly one shard', async () => {
  for (const n of [1, 2, 3, 8]) {
    for (const all of [files, [...files, 'one/more.yaml']]) {
      const plan = await planShards(all, {}, n);
      expect(plan.owner.size).toBe(all.length);
      expect(Math.max(...plan.loads)).toBe(Math.ceil(all.length / n));
      expect(plan.loads.reduce((x, y) => x + y, 0)).toBe(all.length);
    }
  }
});

test('recorded costs balance the work, not the count: a heavy chart shares its shard with few others', async () => {
  const costs: Record<string, number> = Object.fromEntries(files.map((f) => [f, 75]));
  costs[files[0]] = 20_000; // a quarter of all the work
  const plan = await planShards(files, costs, 4);
  const heavy = plan.owner.get(files[0]) ?? 0;
  const others = files.filter((f) => plan.owner.get(f) === heavy).length;
  // 20 s of the heavy one and about 80 of 75 ms, where the other shards hold about 300 files.
  expect(others).toBeLessThan(files.length / 4 / 3);
  const total = 999 * 75 + 20_000;
  expect(Math.max(...plan.loads)).toBeLessThanOrEqual(total / 4 + 75);
  // Files without a recorded cost weigh the mean of the recorded ones.
  const partial = await planShards([...files, 'new/new.yaml'], costs, 4);
  expect(partial.owner.has('new/new.yaml')).toBe(true);
});

test('adding or removing a component moves few others: each shard keeps its render cache warm', async () => {
  const before = await planShards(files, {}, 8);
  const after = await planShards([...files.slice(5), 'added/a.yaml', 'added/b.yaml'], {}, 8);
  const moved = files.slice(5).filter((f) => before.owner.get(f) !== after.owner.get(f)).length;
  expect(moved).toBeLessThan(files.length * 0.02);
});

test('the cost record is a cache: a damaged one reads as empty, a write keeps the entries it does not measure', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ringway-costs-'));
  expect(await readCosts(dir)).toEqual({});
  writeFileSync(join(dir, 'render-costs.json'), '{not json');
  expect(await readCosts(dir)).toEqual({});
  writeFileSync(join(dir, 'render-costs.json'), JSON.stringify({ 'a.yaml': 5, 'b.yaml': -1, 'c.yaml': 'x' }));
  expect(await readCosts(dir)).toEqual({ 'a.yaml': 5 });
  await recordCosts(dir, new Map([['d.yaml', 12.4]]));
  expect(JSON.parse(readFileSync(join(dir, 'render-costs.json'), 'utf8'))).toEqual({ 'a.yaml': 5, 'd.yaml': 12 });
});
