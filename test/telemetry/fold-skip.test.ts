/**
 * A stage write that adds no id (a re-run, a sync of a manifest commit the row already has) does not
 * look for duplicates afterwards: whichever writer gave the row an id, or started a duplicate, folds.
 * These cases hold that rule to "concurrent writers lose nothing": every stage and a re-run, all at
 * once in shuffled orders, end in one complete row per deployment.
 */
import { recordStage, type StageRecord } from '../../lib/telemetry/record.js';
import type { Fields } from '../../lib/telemetry/row.js';
import { MemoryAccount } from '../../lib/telemetry/memory-table.js';
import { DeploymentStore } from '../../lib/telemetry/store.js';
import type { DeploymentTable } from '../../lib/telemetry/table.js';
import type { Azurite } from '../../stand-ins/azurite.js';
import { mulberry32 } from '../support/prng.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await azuriteForThisWorker();
});
afterAll(async () => {
  await azurite?.stop();
});

/** One deployment's stages, as the starter pipelines report them. */
function stagesOf(i: number): StageRecord[] {
  return [
    { stage: 'image-built', fields: { p1: `1${i}`, imageTag: `web-${i}`, commitId: `c${i}`, service: 'web' } },
    {
      stage: 'hld-updated',
      fields: { p2: `2${i}`, imageTag: `web-${i}`, hldCommitId: `b${i}`, env: 'dev', pr: `3${i}` },
    },
    { stage: 'pr-merged', fields: { pr: `3${i}`, hldCommitId: `e${i}`, mergedBy: 'alice' } },
    { stage: 'manifests-generated', fields: { p3: `4${i}`, hldCommitId: `e${i}`, pr: `3${i}` } },
    { stage: 'manifests-pushed', fields: { p3: `4${i}`, manifestCommitId: `d${i}` } },
    { stage: 'cluster-synced', fields: { manifestCommitId: `d${i}`, cluster: 'aks-dev' } },
  ];
}

const complete = (i: number): Fields => ({
  p1: `1${i}`,
  imageTag: `web-${i}`,
  commitId: `c${i}`,
  service: 'web',
  p2: `2${i}`,
  env: 'dev',
  pr: `3${i}`,
  hldCommitId: `e${i}`,
  mergedBy: 'alice',
  p3: `4${i}`,
  manifestCommitId: `d${i}`,
  cluster: 'aks-dev',
});

function shuffled<T>(xs: T[], random: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Every stage of three deployments and a re-run of its sync, all at once in a seeded order: seven
 * writers per row (twelve on one row can use up the ETag'd write's 30 attempts on a loaded machine).
 */
async function history(table: DeploymentTable, seed: number): Promise<string[]> {
  const writes = [1, 2, 3].flatMap((i) => [...stagesOf(i), stagesOf(i)[5]]);
  await Promise.all(shuffled(writes, mulberry32(seed)).map((w) => recordStage(table, w)));
  const rows = await table.find({});
  const problems: string[] = [];
  if (rows.length !== 3) problems.push(`seed ${seed}: ${rows.length} rows`);
  for (const i of [1, 2, 3]) {
    const row = rows.find((r) => r.p1 === `1${i}`);
    const lost = Object.entries(complete(i)).filter(([k, v]) => row?.[k as keyof Fields] !== v);
    if (lost.length) problems.push(`seed ${seed}, deployment ${i}: ${lost.map(([k]) => k).join(', ')} not as recorded`);
  }
  return problems;
}

test('every stage and a re-run of its sync at once, in 40 orders: one complete row per deployment', async () => {
  const memory = new MemoryAccount();
  const problems: string[] = [];
  for (let seed = 1; seed <= 40; seed++)
    problems.push(...(await history(memory.open({ tableName: `fold${seed}`, partitionKey: 'fabrikam' }), seed)));
  expect(problems.slice(0, 5)).toEqual([]);
});

test('on Azurite: every stage and a re-run of its sync at once, in 3 orders', async () => {
  const problems: string[] = [];
  for (let seed = 1; seed <= 3; seed++)
    problems.push(
      ...(await history(
        DeploymentStore.open({
          connectionString: azurite.connectionString,
          tableName: `foldskip${seed}${Date.now() % 1000}`,
          partitionKey: 'fabrikam',
        }),
        seed,
      )),
    );
  expect(problems).toEqual([]);
}, 300_000);

test('a re-run that adds nothing is one lookup and one write; a stage that adds an id also looks for duplicates', async () => {
  const table = new MemoryAccount().open({ tableName: 'calls', partitionKey: 'fabrikam' });
  const calls: string[] = [];
  const counted = new Proxy(table, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(key));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  const stages = stagesOf(7);
  for (const s of stages.slice(0, 4)) await recordStage(table, s);
  const callsOf = async (r: StageRecord) => {
    calls.length = 0;
    await recordStage(counted, r);
    return [...calls];
  };
  // manifests-pushed gives the row its manifest commit: duplicates are looked for after the write.
  expect(await callsOf(stages[4])).toEqual(['findAny', 'update', 'findAny']);
  // cluster-synced, and a re-run of it, add only the sync's columns.
  expect(await callsOf(stages[5])).toEqual(['findAny', 'update']);
  expect(await callsOf(stages[5])).toEqual(['findAny', 'update']);
  expect((await table.find({})).map((r) => r.syncedAt && r.manifestCommitId)).toEqual(['d7']);
});

test('a stage that gives the row an id folds a duplicate that shares only that id (a sync recorded before the push)', async () => {
  const table = new MemoryAccount().open({ tableName: 'byid', partitionKey: 'fabrikam' });
  const stages = stagesOf(7);
  for (const s of stages.slice(0, 4)) await recordStage(table, s);
  // The cluster reports the manifest commit before the push is recorded: a row of its own, which
  // shares nothing with the deployment's row yet, so its own look for duplicates finds none.
  await recordStage(table, stages[5]);
  expect(await table.find({})).toHaveLength(2);
  await recordStage(table, stages[4]);
  const rows = await table.find({});
  expect(rows).toHaveLength(1);
  expect(Object.entries(complete(7)).filter(([k, v]) => rows[0][k as keyof Fields] !== v)).toEqual([]);
  expect(rows[0].syncedAt).toBeTruthy();
});
