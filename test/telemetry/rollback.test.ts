// The rollback's reading of a ring's history and what it records, against the in-memory table.
import { MemoryAccount } from '../../lib/telemetry/memory-table.js';
import type { DeploymentRow, Fields } from '../../lib/telemetry/row.js';
import {
  currentDeployment,
  previousGoodTag,
  recordRollback,
  ringRows,
  rolledBackTags,
} from '../../lib/telemetry/rollback.js';

let n = 0;
const row = (f: Fields): DeploymentRow => ({ partitionKey: 'p', rowKey: `r${++n}`, env: 'prod', service: 'web', ...f });

describe('the history of a ring', () => {
  const v1 = row({ imageTag: 'v1', hldUpdatedAt: '2026-12-01T08:00:00Z', syncedAt: '2026-12-01T08:30:00Z' });
  const v2 = row({
    imageTag: 'v2',
    hldUpdatedAt: '2026-12-01T09:00:00Z',
    syncedAt: '2026-12-01T09:30:00Z',
    rolledBackAt: '2026-12-01T09:45:00Z',
  });
  const v3 = row({ imageTag: 'V3', hldUpdatedAt: '2026-12-01T10:00:00Z' });
  const v3again = row({ imageTag: 'v3', hldUpdatedAt: '2026-12-01T11:00:00Z' });
  const rows = [v1, v2, v3, v3again];

  test('the current deployment of a tag is its newest one not rolled back, tags compared without case', () => {
    expect(currentDeployment(rows, 'v3')).toBe(v3again);
    expect(currentDeployment(rows, 'v2')).toBeUndefined();
    expect(currentDeployment(rows, 'v9')).toBeUndefined();
  });

  test('rolled-back tags, lower-cased', () => {
    expect(rolledBackTags([...rows, row({ imageTag: 'V7', rolledBackAt: 'x' })])).toEqual(new Set(['v2', 'v7']));
  });

  test('the previous good tag: synced before the current deployment started, not rolled back, not the current tag', () => {
    expect(previousGoodTag(rows, 'v3')).toEqual({ tag: 'v1', row: v1 });
    const later = row({ imageTag: 'v4', hldUpdatedAt: '2026-12-01T12:00:00Z', syncedAt: '2026-12-01T12:30:00Z' });
    // v4 reached the ring after v3 started: not a candidate for rolling v3 back.
    expect(previousGoodTag([...rows, later], 'v3')).toEqual({ tag: 'v1', row: v1 });
    expect(previousGoodTag([...rows, later], 'v9')?.tag).toBe('v4');
    expect(previousGoodTag([v1], 'v1')).toBeUndefined();
  });
});

describe('recording a rollback', () => {
  const store = () => new MemoryAccount().open({ tableName: 'rollback', partitionKey: 'p' });

  test('ringRows finds the service in the ring, by its short or full name', async () => {
    const s = store();
    await s.insert({ env: 'prod', service: 'org/web', imageTag: 'v1' }, undefined, 'a');
    await s.insert({ env: 'prod', service: 'api', imageTag: 'v1' }, undefined, 'b');
    await s.insert({ env: 'dev', service: 'web', imageTag: 'v1' }, undefined, 'c');
    expect((await ringRows(s, 'web', 'PROD')).map((r) => r.rowKey)).toEqual(['a']);
    expect((await ringRows(s, 'org/web', 'prod')).map((r) => r.rowKey)).toEqual(['a']);
  });

  test('a new deployment of the previous tag, linked to the one it replaces, which is marked rolled back', async () => {
    const s = store();
    const from = await s.insert(
      { env: 'prod', service: 'web', imageTag: 'v2', hldUpdatedAt: '2026-12-01T09:00:00Z' },
      undefined,
      'old',
    );
    const now = new Date('2026-12-01T12:00:00Z');
    const written = await recordRollback(
      s,
      {
        service: 'web',
        ring: 'PROD',
        toTag: 'v1',
        from,
        hldCommitId: 'ABC1234',
        pr: '42',
        prUrl: 'https://forge/pr/42',
        hldRepo: 'Org/HLD',
        p2: 'Run-7',
        reason: 'errors spiked',
      },
      now,
    );
    expect(written).toMatchObject({
      env: 'prod',
      service: 'web',
      imageTag: 'v1',
      hldCommitId: 'abc1234',
      hldRepo: 'org/hld',
      p2: 'run-7',
      rollbackOf: 'old',
      rollbackReason: 'errors spiked',
    });
    const [old] = await s.find({ rowKey: 'old' });
    expect(old).toMatchObject({
      rolledBackBy: written.rowKey,
      rolledBackAt: '2026-12-01T12:00:00.000Z',
      rollbackReason: 'errors spiked',
      imageTag: 'v2',
    });
  });

  test('a rollback of a deployment never recorded writes the new row only', async () => {
    const s = store();
    const written = await recordRollback(s, {
      service: 'web',
      ring: 'prod',
      toTag: 'v1',
      hldCommitId: 'abc',
      pr: '',
      prUrl: '',
      hldRepo: '',
      p2: '',
      reason: 'manual',
    });
    expect(written.rollbackOf).toBeUndefined();
    expect(await s.find({ env: 'prod' })).toHaveLength(1);
  });
});
