/**
 * A tag deployed to a ring twice (v7, then v8, then v7 again): a gate-rejected record must mark the
 * latest deployment of the tag in that ring, or the one its ids name, whatever order the table
 * returns the rows in (both RowKey orders are tried).
 */
import { runStep } from '../../lib/hosts/run.js';
import { step as gateStep } from '../../lib/steps/gate.js';
import { recordStage } from '../../lib/telemetry/record.js';
import type { DeploymentRow, Fields } from '../../lib/telemetry/row.js';
import { DeploymentStore } from '../../lib/telemetry/store.js';
import type { Azurite } from '../../stand-ins/azurite.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';
import { startHealthServer, type HealthServer } from '../../stand-ins/health-server.js';
import { RecordingHost } from '../../stand-ins/host.js';

let azurite: Azurite;
let health: HealthServer;
beforeAll(async () => {
  [azurite, health] = await Promise.all([azuriteForThisWorker(), startHealthServer()]);
});
afterAll(async () => {
  await Promise.all([azurite?.stop(), health?.stop()]);
});

let tables = 0;
function storage() {
  return {
    'connection-string': azurite.connectionString,
    'table-name': `reject${++tables}t${Date.now() % 100000}`,
    'partition-key': 'fabrikam',
  };
}
const open = (s: ReturnType<typeof storage>) =>
  DeploymentStore.open({
    connectionString: s['connection-string'],
    tableName: s['table-name'],
    partitionKey: s['partition-key'],
  });

/** One synced deployment of `tag` to staging on `day`, with ids numbered `n`; the build is shared by both v7 rows. */
const deployment = (tag: string, n: number, day: number): Fields => ({
  service: 'frontend',
  imageTag: tag,
  env: 'staging',
  p1: tag === 'v7' ? '17' : '18',
  imageBuiltAt: tag === 'v7' ? '2026-11-19T09:00:00.000Z' : '2026-11-20T09:00:00.000Z',
  p2: `2${n}`,
  hldCommitId: `h${n}`,
  p3: `3${n}`,
  manifestCommitId: `m${n}`,
  hldUpdatedAt: `2026-11-${day}T10:00:00.000Z`,
  manifestsPushedAt: `2026-11-${day}T10:05:00.000Z`,
  syncedAt: `2026-11-${day}T10:10:00.000Z`,
});

/** v7 (first), v8, v7 again; `firstKey`/`againKey` set which v7 row the table lists first. */
async function twiceDeployed(firstKey: string, againKey: string) {
  const s = storage();
  const store = open(s);
  await store.insert(deployment('v7', 1, 20), {}, firstKey);
  await store.insert(deployment('v8', 2, 21), {}, 'b00000000000');
  await store.insert(deployment('v7', 3, 22), {}, againKey);
  const rejected = async () =>
    Object.fromEntries(
      (await store.find({ imageTag: 'v7' })).map((r: DeploymentRow) => [
        r.rowKey === firstKey ? 'first' : 'again',
        r.gateRejectedAt ?? '',
      ]),
    );
  return { s, store, rejected };
}

const ORDERS: [string, string, string][] = [
  ['the first deployment listed first', 'a00000000001', 'f00000000003'],
  ['the later deployment listed first', 'f00000000001', 'a00000000003'],
];

describe.each(ORDERS)('v7 deployed to staging twice, %s', (_, firstKey, againKey) => {
  test('by tag and ring: the latest deployment of the tag there is marked, the first one is not', async () => {
    const { store, rejected } = await twiceDeployed(firstKey, againKey);
    await recordStage(
      store,
      { stage: 'gate-rejected', fields: { imageTag: 'v7', env: 'staging' } },
      new Date('2026-11-23T08:00:00Z'),
    );
    expect(await rejected()).toEqual({ first: '', again: '2026-11-23T08:00:00.000Z' });
  });

  test('with ids: the deployment they name is marked, and the ids are only used to find it', async () => {
    const { store, rejected } = await twiceDeployed(firstKey, againKey);
    await recordStage(
      store,
      { stage: 'gate-rejected', fields: { imageTag: 'v7', env: 'staging', p2: '21', hldCommitId: 'h1' } },
      new Date('2026-11-23T08:00:00Z'),
    );
    expect(await rejected()).toEqual({ first: '2026-11-23T08:00:00.000Z', again: '' });
    const [after] = await store.find({ p2: '21' });
    // Not written: a rank-8 HLD commit would keep a later stage from moving it to the merge commit.
    expect(after.hldCommitId).toBe('h1');
    expect(JSON.parse(after.ringwayRanks ?? '{}')).not.toHaveProperty('hldCommitId');
    // Ids of a staging deployment never mark a row of another ring.
    await expect(
      recordStage(store, { stage: 'gate-rejected', fields: { imageTag: 'v7', env: 'prod', p2: '21' } }),
    ).rejects.toThrow('no deployment of image tag v7 to prod is recorded to mark as rejected');
  });

  test('the gate rejecting v7 (health answers 503) marks the deployment it decided on: the latest', async () => {
    const { s, rejected } = await twiceDeployed(firstKey, againKey);
    await health.answer({ status: 503, body: 'down' });
    const run = await runStep(
      gateStep,
      new RecordingHost(),
      (d) =>
        ({ ...s, service: 'frontend', 'image-tag': 'v7', 'to-ring': 'prod', 'health-url': `${health.url}/healthz` })[
          d.name
        ],
    );
    expect(run).toMatchObject({ ok: false, outputs: { decision: 'reject', 'deployment-id': againKey } });
    const marks = await rejected();
    expect(marks.first).toBe('');
    expect(marks.again).not.toBe('');
  });
});
