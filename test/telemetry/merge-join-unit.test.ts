// recordAcrossMerge against the in-memory table: which open deployment a merged HLD commit's
// messages name, and what is written. test/telemetry/merge-join.test.ts merges for real on every
// forge and merge method.
import { MemoryAccount } from '../../lib/telemetry/memory-table.js';
import { recordAcrossMerge } from '../../lib/telemetry/merge-join.js';
import type { Fields } from '../../lib/telemetry/row.js';
import type { DeploymentTable } from '../../lib/telemetry/table.js';

const MERGED = 'f'.repeat(40);
const NOW = new Date('2026-12-01T12:00:00Z');
let seq = 0;

async function table(rows: [string, Fields][]): Promise<DeploymentTable> {
  const store = new MemoryAccount().open({ tableName: `merge${++seq}`, partitionKey: 'p' });
  for (const [key, f] of rows) await store.insert(f, undefined, key);
  return store;
}

const open = (over: Fields = {}): Fields => ({
  env: 'prod',
  service: 'web',
  imageTag: 'v2',
  hldCommitId: 'a'.repeat(40),
  hldUpdatedAt: '2026-12-01T10:00:00Z',
  ...over,
});

const trailers = (ring: string, tag: string, service = 'web') =>
  `update web\n\nRingway-Service: ${service}\nRingway-Ring: ${ring}\nRingway-Image-Tag: ${tag}`;

const pushed = (fields: Fields = {}) => ({
  stage: 'manifests-pushed' as const,
  fields: { hldCommitId: MERGED, manifestCommitId: 'c'.repeat(40), ...fields },
});

describe('recordAcrossMerge', () => {
  test('trailers find the open deployment; it gets the merged commit, then this stage', async () => {
    const store = await table([['d1', open()]]);
    const r = await recordAcrossMerge(store, pushed(), async () => [trailers('PROD', 'V2')], NOW);
    expect(r?.rows.map((x) => x.rowKey)).toEqual(['d1']);
    const [row] = await store.find({ rowKey: 'd1' });
    expect(row).toMatchObject({
      hldCommitId: MERGED,
      manifestCommitId: 'c'.repeat(40),
      prMergedAt: NOW.toISOString(),
      manifestsPushedAt: NOW.toISOString(),
    });
  });

  test("the forge's merge title finds the deployment of that pull request", async () => {
    const store = await table([
      ['d1', open({ pr: '12' })],
      ['d2', open({ pr: '13', imageTag: 'v3' })],
    ]);
    const r = await recordAcrossMerge(store, pushed(), async () => ['Merged PR 13: update web to v3'], NOW);
    expect(r?.rows.map((x) => x.rowKey)).toEqual(['d2']);
  });

  test("Gitea's merge title (a title with its own '(#n)' too) finds the deployment of that pull request", async () => {
    const store = await table([
      ['d1', open({ pr: '12' })],
      ['d2', open({ pr: '13', imageTag: 'v3' })],
    ]);
    const title = "Merge pull request 'update web to v3 (#12 follow-up) (#4)' (#13) from DEPLOY/web-prod-v3 into main";
    const r = await recordAcrossMerge(store, pushed(), async () => [title], NOW);
    expect(r?.rows.map((x) => x.rowKey)).toEqual(['d2']);
  });

  test('a pull request number from the title fills an empty pr column', async () => {
    const store = await table([['d1', open()]]);
    await recordAcrossMerge(
      store,
      { stage: 'pr-merged', fields: { hldCommitId: MERGED, mergedBy: 'alice' } },
      async () => [`Merge pull request #7 from org/branch\n\n${trailers('prod', 'v2')}`],
      NOW,
    );
    expect((await store.find({ rowKey: 'd1' }))[0]).toMatchObject({ pr: '7', mergedBy: 'alice', hldCommitId: MERGED });
  });

  test('a merged, or synced, deployment is not open and is not joined', async () => {
    const store = await table([['d1', open({ prMergedAt: '2026-12-01T11:00:00Z' })]]);
    const r = await recordAcrossMerge(store, pushed(), async () => [trailers('prod', 'v2')], NOW);
    expect(r).toEqual({
      rows: [],
      lookedFor: '1 commit message(s): web to prod at v2',
      named: { env: 'prod', imageTag: 'v2', service: 'web' },
    });
  });

  test('nothing found and no trailers: what was read, and no columns', async () => {
    const store = await table([['d1', open()]]);
    expect(await recordAcrossMerge(store, pushed(), async () => ['fix typo'], NOW)).toEqual({
      rows: [],
      lookedFor: '1 commit message(s): no pull request number or Ringway trailer in them',
      named: {},
    });
  });

  test('a merge that brought two deployments joins both', async () => {
    const store = await table([
      ['d1', open()],
      ['d2', open({ service: 'api', imageTag: 'v9' })],
    ]);
    const r = await recordAcrossMerge(
      store,
      pushed(),
      async () => [trailers('prod', 'v2'), trailers('prod', 'v9', 'api')],
      NOW,
    );
    expect(r?.rows.map((x) => x.rowKey).sort()).toEqual(['d1', 'd2']);
  });

  test('not a stage after the merge, or a row already carries the commit: undefined, the messages unread', async () => {
    const store = await table([['d1', open({ hldCommitId: MERGED })]]);
    const never = async (): Promise<string[]> => {
      throw new Error('messages read');
    };
    expect(await recordAcrossMerge(store, pushed(), never, NOW)).toBeUndefined();
    expect(
      await recordAcrossMerge(store, { stage: 'hld-updated', fields: { hldCommitId: 'b'.repeat(40) } }, never, NOW),
    ).toBeUndefined();
    expect(await recordAcrossMerge(store, { stage: 'manifests-pushed', fields: {} }, never, NOW)).toBeUndefined();
  });
});
