/**
 * The DeploymentTable contract: the same cases against Azure Table Storage (Azurite, through
 * DeploymentStore) and the in-memory table, so the one the case matrices run on cannot drift from
 * the one users run.
 */
import { TableClient } from '@azure/data-tables';
import { listDeployments } from '../../lib/telemetry/query.js';
import { newRowKey, recordStage } from '../../lib/telemetry/record.js';
import type { DeploymentRow, Fields } from '../../lib/telemetry/row.js';
import { MemoryAccount } from '../../lib/telemetry/memory-table.js';
import { DeploymentStore } from '../../lib/telemetry/store.js';
import { type DeploymentTable, StorageError } from '../../lib/telemetry/table.js';
import { startAzurite, type Azurite } from '../../stand-ins/azurite.js';

let azurite: Azurite | undefined;
afterAll(async () => {
  await azurite?.stop();
});

let tables = 0;
type Open = (partitionKey?: string, tableName?: string) => DeploymentTable;
const memory = new MemoryAccount();
const kinds: [string, () => Promise<Open>][] = [
  [
    'in memory',
    async () =>
      (pk = 'fabrikam', name = `contract${++tables}`) =>
        memory.open({ tableName: name, partitionKey: pk }),
  ],
  [
    'Azure Table Storage (Azurite)',
    async () => {
      azurite ??= await startAzurite();
      const cs = azurite.connectionString;
      return (pk = 'fabrikam', name = `contract${++tables}`) =>
        DeploymentStore.open({ connectionString: cs, tableName: name, partitionKey: pk });
    },
  ],
];

/** The row without what the service adds (ETag, Timestamp) and the partition. */
const plain = ({ etag: _e, timestamp: _t, partitionKey: _p, ...r }: DeploymentRow) => r;

/** The StorageError status a write fails with, or 'ok'. */
const status = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof StorageError ? e.statusCode : e),
  );

describe.each(kinds)('%s', (_kind, make) => {
  let open: Open;
  beforeAll(async () => {
    open = await make();
  }, 60_000);

  test('find matches exact values in RowKey order, ignores empty values, sees only its own partition', async () => {
    const t = open();
    await t.insert({ imageTag: 'web-2', env: 'dev' }, { imageTag: 1 }, 'b00000000002');
    await t.insert({ imageTag: 'web-1', env: 'dev' }, { imageTag: 1 }, 'a00000000001');
    await t.insert({ imageTag: 'WEB-1', env: 'prod' }, {}, 'c00000000003');
    await open('other', t.tableName).insert({ imageTag: 'web-1', env: 'dev' }, {}, 'a00000000001');
    expect((await t.find({})).map((r) => r.rowKey)).toEqual(['a00000000001', 'b00000000002', 'c00000000003']);
    expect((await t.find({ env: 'dev' })).map((r) => r.imageTag)).toEqual(['web-1', 'web-2']);
    // The table service compares strings exactly: case matters.
    expect((await t.find({ imageTag: 'web-1' })).map((r) => r.rowKey)).toEqual(['a00000000001']);
    expect((await t.find({ imageTag: 'web-1', env: '' })).map((r) => r.rowKey)).toEqual(['a00000000001']);
    expect((await t.find({ rowKey: 'c00000000003' })).map(plain)).toEqual([
      { rowKey: 'c00000000003', imageTag: 'WEB-1', env: 'prod', ringwayRanks: '{}' },
    ]);
    expect(await t.find({ env: 'staging' })).toEqual([]);
    expect(t).toMatchObject({ partitionKey: 'fabrikam' });
  });

  test('findAny is one query for any of the matches: each row once, empty matches left out', async () => {
    const t = open();
    await t.insert({ imageTag: 'v1', pr: '7' }, {}, 'a1');
    await t.insert({ imageTag: 'v2', hldCommitId: 'abc' }, {}, 'a2');
    await t.insert({ imageTag: 'v3' }, {}, 'a3');
    expect((await t.findAny([{ pr: '7' }, { imageTag: 'v1' }, { hldCommitId: 'abc' }])).map((r) => r.rowKey)).toEqual([
      'a1',
      'a2',
    ]);
    expect((await t.findAny([{ imageTag: 'v3', pr: '7' }, { rowKey: 'a3' }])).map((r) => r.rowKey)).toEqual(['a3']);
    expect(await t.findAny([{ pr: '' }, {}])).toEqual([]);
    expect(await t.findAny([])).toEqual([]);
  });

  test('insert returns the row with its ETag; a taken key is 409', async () => {
    const t = open();
    const row = await t.insert({ imageTag: 'v1', p1: '', service: 'web' }, { imageTag: 1 }, 'k1');
    expect(plain(row)).toEqual({ rowKey: 'k1', imageTag: 'v1', service: 'web', ringwayRanks: '{"imageTag":1}' });
    expect(row.etag).toBeTruthy();
    expect(await status(t.insert({ imageTag: 'v2' }, {}, 'k1'))).toBe(409);
    expect((await t.find({ rowKey: 'k1' }))[0].imageTag).toBe('v1');
  });

  test('update merges: other columns kept, empty values never blank one, ranks replaced, a new ETag', async () => {
    const t = open();
    await t.insert({ imageTag: 'v1', service: 'web', p1: '11' }, { imageTag: 1 }, 'k1');
    const [before] = await t.find({ rowKey: 'k1' });
    await t.update(before, { env: 'dev', p1: '', service: 'api' }, { imageTag: 1, env: 2, service: 2 });
    const [after] = await t.find({ rowKey: 'k1' });
    expect(plain(after)).toEqual({
      rowKey: 'k1',
      imageTag: 'v1',
      service: 'api',
      p1: '11',
      env: 'dev',
      ringwayRanks: '{"imageTag":1,"env":2,"service":2}',
    });
    expect(after.etag).not.toBe(before.etag);
    expect(after.timestamp).toBeTruthy();
  });

  test('writes are conditional on the ETag: 412 when changed since read, 404 when gone; none given writes anyway', async () => {
    const t = open();
    await t.insert({ imageTag: 'v1' }, {}, 'k1');
    const [stale] = await t.find({ rowKey: 'k1' });
    await t.update(stale, { env: 'dev' }, {});
    expect(await status(t.update(stale, { env: 'prod' }, {}))).toBe(412);
    expect(await status(t.remove(stale))).toBe(412);
    expect(await status(t.update({ ...stale, etag: undefined }, { pr: '5' }, {}))).toBe('ok');
    expect((await t.find({ rowKey: 'k1' }))[0]).toMatchObject({ env: 'dev', pr: '5' });
    const [fresh] = await t.find({ rowKey: 'k1' });
    await t.remove(fresh);
    expect(await t.find({})).toEqual([]);
    expect(await status(t.update(fresh, { env: 'x' }, {}))).toBe(404);
    expect(await status(t.update({ ...fresh, etag: undefined }, { env: 'x' }, {}))).toBe(404);
    expect(await status(t.remove({ ...fresh, etag: undefined }))).toBe(404);
  });

  test('concurrent writes of one read: exactly one wins, the others get 412', async () => {
    const t = open();
    await t.insert({ imageTag: 'v1' }, {}, 'k1');
    const [row] = await t.find({ rowKey: 'k1' });
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((c) => status(t.update(row, { cluster: c }, {}))));
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    expect(results.filter((r) => r === 412)).toHaveLength(3);
    const won = ['a', 'b', 'c', 'd'][results.indexOf('ok')];
    expect((await t.find({ rowKey: 'k1' }))[0].cluster).toBe(won);
    // Concurrent inserts of one key: one row.
    const inserts = await Promise.all([1, 2, 3].map((n) => status(t.insert({ imageTag: `v${n}` }, {}, 'k2'))));
    expect(inserts.filter((r) => r === 'ok')).toHaveLength(1);
    expect(inserts.filter((r) => r === 409)).toHaveLength(2);
  });

  test('stages of one deployment recorded at the same time end in one row (the writers retry their 412s)', async () => {
    const t = open();
    const ids = { imageTag: 'web-7', env: 'dev', p2: '201', hldCommitId: 'b1b1' };
    const records: {
      stage: 'image-built' | 'hld-updated' | 'manifests-generated' | 'manifests-pushed';
      fields: Fields;
    }[] = [
      { stage: 'image-built', fields: { p1: '901', imageTag: 'web-7', commitId: 'c0ffee1', service: 'web' } },
      { stage: 'hld-updated', fields: ids },
      { stage: 'manifests-generated', fields: { p3: '401', hldCommitId: 'b1b1' } },
      { stage: 'manifests-pushed', fields: { p3: '401', manifestCommitId: 'd1d1' } },
    ];
    await Promise.all(records.map((r) => recordStage(t, r)));
    const rows = await t.find({});
    expect(rows.map(plain)).toEqual([
      expect.objectContaining({
        ...ids,
        p1: '901',
        commitId: 'c0ffee1',
        service: 'web',
        p3: '401',
        manifestCommitId: 'd1d1',
      }),
    ]);
  });

  test("Spektate's rows: written as bedrock-cli writes them (no ringway columns, other columns ignored), read and listed", async () => {
    const t = open();
    // bedrock-cli's DeploymentEntry after its three stages; RowKey a uuid v4 without its first '-', cut to 12.
    const key = newRowKey();
    expect(key).toMatch(/^[0-9a-f]{12}$/);
    const bedrock = {
      commitId: '706685f',
      env: 'dev',
      imageTag: 'hello-bedrock-master-6046',
      p1: '6046',
      service: 'repo/hello-bedrock',
      p2: '6047',
      hldCommitId: 'a3c1f3e',
      p3: '6048',
      manifestCommitId: '8c5f0ce',
      sourceRepo: 'https://dev.azure.com/org/proj/_git/repo',
      hldRepo: 'https://dev.azure.com/org/proj/_git/hld',
      manifestRepo: 'https://dev.azure.com/org/proj/_git/manifests',
      pr: '1371',
    };
    await t.insert({ ...bedrock, bedrockOnly: 'x' } as Fields, undefined, key);
    const [row] = await t.find({ env: 'dev', imageTag: 'hello-bedrock-master-6046' });
    expect(plain(row)).toEqual({ rowKey: key, ...bedrock });
    // Spektate's reader lowercases every filter value; ringway's listing does the same.
    const [listed] = await listDeployments(t, { ring: 'DEV', buildId: '6046', deploymentId: key.toUpperCase() });
    expect(listed).toMatchObject({
      deploymentId: key,
      service: 'hello-bedrock',
      ring: 'dev',
      state: 'Ready to deploy',
      buildId: '6046',
      releaseId: '6047',
      manifestBuildId: '6048',
    });
    // A later ringway stage completes the row in place, with its ranks column beside Spektate's.
    await recordStage(t, { stage: 'cluster-synced', fields: { manifestCommitId: '8c5f0ce', cluster: 'aks-dev' } });
    const [synced] = await t.find({ rowKey: key });
    expect(synced).toMatchObject({ ...bedrock, cluster: 'aks-dev' });
    expect(synced.syncedAt).toBeTruthy();
    expect(JSON.parse(synced.ringwayRanks ?? '{}')).toMatchObject({ syncedAt: 6, cluster: 6 });
  });

  test('scan: rows written since a time, matching, only the columns asked for (with key and Timestamp)', async () => {
    const t = open();
    await t.insert({ imageTag: 'v1', env: 'dev', service: 'web', syncedAt: '2026-11-01T00:00:00Z' }, {}, 'k1');
    await t.insert({ imageTag: 'v2', env: 'prod', service: 'web' }, {}, 'k2');
    const scan = async (q: Parameters<DeploymentTable['scan']>[0]) => {
      const out: DeploymentRow[] = [];
      await t.scan(q, (page) => out.push(...page));
      return out.sort((a, b) => (a.rowKey < b.rowKey ? -1 : 1));
    };
    const hourAgo = new Date(Date.now() - 3600e3).toISOString();
    expect((await scan({})).map((r) => r.rowKey)).toEqual(['k1', 'k2']);
    expect((await scan({ since: hourAgo })).map((r) => r.rowKey)).toEqual(['k1', 'k2']);
    expect(await scan({ since: new Date(Date.now() + 3600e3).toISOString() })).toEqual([]);
    const [dev] = await scan({ since: hourAgo, match: { env: 'dev' }, select: ['syncedAt', 'env'] });
    expect(plain(dev)).toEqual({ rowKey: 'k1', env: 'dev', syncedAt: '2026-11-01T00:00:00Z' });
    expect(Date.parse(dev.timestamp ?? '')).toBeGreaterThan(Date.parse(hourAgo));
  });

  test('a column name that is not a word is refused before any query', async () => {
    const t = open();
    await expect(t.find({ ['env or 1 eq 1' as 'env']: 'x' })).rejects.toThrow('bad column env or 1 eq 1');
  });
});

test('what ringway writes to Azure is what Spektate reads: string columns, named as bedrock-cli names them', async () => {
  azurite ??= await startAzurite();
  const t = DeploymentStore.open({
    connectionString: azurite.connectionString,
    tableName: `contract${++tables}`,
    partitionKey: 'fabrikam',
  });
  await recordStage(t, {
    stage: 'image-built',
    fields: { p1: '901', imageTag: 'web-7', commitId: 'c0ffee1', service: 'web' },
  });
  const client = TableClient.fromConnectionString(azurite.connectionString, t.tableName, {
    allowInsecureConnection: true,
  });
  const entities: Record<string, unknown>[] = [];
  for await (const e of client.listEntities({
    queryOptions: { filter: "PartitionKey eq 'fabrikam' and imageTag eq 'web-7'" },
  }))
    entities.push(e);
  expect(entities).toHaveLength(1);
  const { etag: _e, timestamp: _t, ...columns } = entities[0];
  expect(Object.keys(columns).sort()).toEqual([
    'commitId',
    'imageBuiltAt',
    'imageTag',
    'p1',
    'partitionKey',
    'ringwayRanks',
    'rowKey',
    'service',
  ]);
  for (const v of Object.values(columns)) expect(typeof v).toBe('string');
}, 60_000);
