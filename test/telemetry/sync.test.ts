// recordSync against the in-memory table (the same contract as Azure Tables, test/telemetry/
// table-contract.test.ts): which deployments an operator event marks, and what it writes.
import { UsageError } from '../../lib/errors.js';
import { MemoryAccount } from '../../lib/telemetry/memory-table.js';
import type { OperatorEvent } from '../../lib/telemetry/operator-event.js';
import type { Fields } from '../../lib/telemetry/row.js';
import { clusterSyncs } from '../../lib/telemetry/row.js';
import { recordSync } from '../../lib/telemetry/sync.js';
import type { DeploymentTable } from '../../lib/telemetry/table.js';

const sha = (c: string) => c.repeat(40);
const [A, B, C, D] = [sha('a'), sha('b'), sha('c'), sha('d')];
const NOW = new Date('2026-12-01T12:00:00Z');
let seq = 0;

async function table(rows: Fields[]): Promise<DeploymentTable> {
  const store = new MemoryAccount().open({ tableName: `sync${++seq}`, partitionKey: 'p' });
  for (const [i, f] of rows.entries()) await store.insert(f, undefined, `row${i}`);
  return store;
}

const event = (over: Partial<OperatorEvent> = {}): OperatorEvent => ({
  operator: 'flux',
  object: 'Kustomization/apps.flux-system',
  outcome: 'synced',
  reason: 'ReconciliationSucceeded',
  revision: B,
  cluster: '',
  ring: '',
  at: '2026-12-01T10:00:00.000Z',
  ...over,
});

const deployment = (commit: string, pushed: string, over: Fields = {}): Fields => ({
  env: 'prod',
  service: 'web',
  imageTag: `tag-${commit[0]}`,
  manifestCommitId: commit,
  manifestsPushedAt: pushed,
  ...over,
});

const rowsOf = async (store: DeploymentTable) =>
  (await store.find({ env: 'prod' })).sort((x, y) => (x.rowKey < y.rowKey ? -1 : 1));

describe('recordSync', () => {
  test('a sync marks the revision and every deployment pushed before it, not a later one', async () => {
    const store = await table([
      deployment(A, '2026-12-01T08:00:00Z'),
      deployment(B, '2026-12-01T09:00:00Z'),
      deployment(C, '2026-12-01T09:30:00Z'),
    ]);
    const r = await recordSync(store, event(), { cluster: 'aks-weu', ring: 'prod', now: NOW });
    expect(r.ring).toBe('prod');
    expect(r.unknown).toBeUndefined();
    expect(r.matched.map((x) => x.manifestCommitId)).toEqual([A, B]);
    const [a, b, c] = await rowsOf(store);
    for (const row of [a, b]) {
      expect(row.syncedAt).toBe('2026-12-01T10:00:00.000Z');
      expect(row.cluster).toBe('aks-weu');
      expect(clusterSyncs(row)).toEqual({
        'aks-weu': { syncedAt: '2026-12-01T10:00:00.000Z', okAt: '2026-12-01T10:00:00.000Z' },
      });
    }
    expect(c.syncedAt).toBeUndefined();
  });

  test("the ring comes from the revision's own deployment when none is given", async () => {
    const store = await table([deployment(B, '2026-12-01T09:00:00Z')]);
    const r = await recordSync(store, event(), { cluster: 'aks-weu', ring: '', now: NOW });
    expect(r.ring).toBe('prod');
    expect(r.written).toHaveLength(1);
  });

  test('a revision recorded for two rings needs the ring named', async () => {
    const store = await table([
      deployment(B, '2026-12-01T09:00:00Z'),
      deployment(B, '2026-12-01T09:00:00Z', { env: 'dev' }),
    ]);
    const run = recordSync(store, event(), { cluster: 'aks-weu', ring: '', now: NOW });
    await expect(run).rejects.toThrow(UsageError);
    await expect(recordSync(store, event(), { cluster: 'aks-weu', ring: '', now: NOW })).rejects.toThrow(
      "manifest commit bbbbbbb is recorded for rings prod, dev: give 'env' (the ring cluster aks-weu runs)",
    );
  });

  test('an unknown revision writes nothing and says why', async () => {
    const store = await table([deployment(A, '2026-12-01T08:00:00Z')]);
    expect(await recordSync(store, event({ revision: D }), { cluster: 'x', ring: '', now: NOW })).toEqual({
      written: [],
      matched: [],
      ring: '',
      unknown: `manifest commit ${D} is not a recorded deployment`,
    });
    expect((await recordSync(store, event({ revision: D }), { cluster: 'x', ring: 'dev', now: NOW })).unknown).toBe(
      `manifest commit ${D} contains no recorded deployment to dev`,
    );
  });

  test('with the manifest history, ancestry decides what the revision contains', async () => {
    const store = await table([deployment(A, '2026-12-01T08:00:00Z'), deployment(C, '2026-12-01T07:00:00Z')]);
    // C was pushed earlier but is on another branch: B contains A only.
    const ancestors = async (rev: string) => (rev === B ? new Set([B, A]) : undefined);
    const r = await recordSync(store, event(), { cluster: 'k', ring: 'prod', ancestors, now: NOW });
    expect(r.matched.map((x) => x.manifestCommitId)).toEqual([A]);
    expect(
      (await recordSync(store, event({ revision: D }), { cluster: 'k', ring: 'prod', ancestors, now: NOW })).unknown,
    ).toBe(`manifest commit ${D} is not on any branch of the manifest repository`);
  });

  test('progress matches but writes nothing', async () => {
    const store = await table([deployment(B, '2026-12-01T09:00:00Z')]);
    const r = await recordSync(store, event({ outcome: 'progressing' }), { cluster: 'k', ring: 'prod', now: NOW });
    expect(r.written).toEqual([]);
    expect(r.matched).toHaveLength(1);
    expect((await rowsOf(store))[0].clusters).toBeUndefined();
  });

  test('the earliest sync time per cluster is kept whatever the arrival order; a repeat writes nothing', async () => {
    const store = await table([deployment(B, '2026-12-01T09:00:00Z')]);
    const ctx = { cluster: 'k', ring: 'prod', now: NOW };
    await recordSync(store, event({ at: '2026-12-01T11:00:00.000Z' }), ctx);
    await recordSync(store, event({ at: '2026-12-01T10:00:00.000Z' }), ctx);
    const [row] = await rowsOf(store);
    expect(clusterSyncs(row).k).toEqual({ syncedAt: '2026-12-01T10:00:00.000Z', okAt: '2026-12-01T11:00:00.000Z' });
    expect(row.syncedAt).toBe('2026-12-01T10:00:00.000Z');
    expect((await recordSync(store, event({ at: '2026-12-01T10:30:00.000Z' }), ctx)).written).toEqual([]);
  });

  test("a failure marks the revision's own deployment and earlier ones this cluster never ran, with the reason", async () => {
    const store = await table([
      deployment(A, '2026-12-01T08:00:00Z', { clusters: JSON.stringify({ k: { syncedAt: '2026-12-01T08:10:00Z' } }) }),
      deployment(C, '2026-12-01T08:30:00Z'),
      deployment(B, '2026-12-01T09:00:00Z'),
    ]);
    const r = await recordSync(store, event({ outcome: 'failed', reason: 'HealthCheckFailed' }), {
      cluster: 'k',
      ring: 'prod',
      now: NOW,
    });
    expect(r.written.map((x) => x.manifestCommitId).sort()).toEqual([B, C]);
    const [a, c, b] = await rowsOf(store);
    expect(a.syncFailedAt).toBeUndefined();
    for (const row of [b, c]) {
      expect(row.syncFailedAt).toBe('2026-12-01T10:00:00.000Z');
      expect(clusterSyncs(row).k).toEqual({ failedAt: '2026-12-01T10:00:00.000Z', reason: 'HealthCheckFailed' });
    }
  });

  test('an event without a time is recorded at now', async () => {
    const store = await table([deployment(B, '2026-12-01T09:00:00Z')]);
    await recordSync(store, event({ at: '' }), { cluster: 'k', ring: 'prod', now: NOW });
    expect((await rowsOf(store))[0].syncedAt).toBe(NOW.toISOString());
  });
});
