import { RingwayError } from '../errors.js';
import { matchesService } from './query.js';
import { recordStage } from './record.js';
import { changes, type DeploymentRow, type Fields, newestFirst, rankOf, ringStartedAt } from './row.js';
import type { DeploymentTable } from './table.js';

const same = (a?: string, b?: string) => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

/** Every recorded deployment of `service` to `ring`. */
export async function ringRows(store: DeploymentTable, service: string, ring: string): Promise<DeploymentRow[]> {
  return (await store.find({ env: ring.toLowerCase() })).filter((row) => matchesService(row, service));
}

/** The deployment of `tag` a rollback replaces: the newest one in the ring not already rolled back. */
export function currentDeployment(rows: DeploymentRow[], tag: string): DeploymentRow | undefined {
  return rows.filter((r) => same(r.imageTag, tag) && !r.rolledBackAt).sort(newestFirst)[0];
}

/** Tags rolled back in this ring: never chosen again by a rollback, never promoted past it by the gate. */
export function rolledBackTags(rows: DeploymentRow[]): Set<string> {
  return new Set(rows.filter((r) => r.rolledBackAt && r.imageTag).map((r) => (r.imageTag as string).toLowerCase()));
}

/**
 * The last tag that reached synced in the ring before the current deployment of `current` started,
 * and was not rolled back itself; undefined when there is none.
 */
export function previousGoodTag(
  rows: DeploymentRow[],
  current: string,
): { tag: string; row: DeploymentRow } | undefined {
  // Before the current deployment reached the ring (not before its image was built: a good tag may
  // reach the ring in between; not before an earlier deployment of the same tag).
  const mine = currentDeployment(rows, current);
  const since = (mine && ringStartedAt(mine)) || '\uffff';
  const bad = rolledBackTags(rows);
  const good = rows
    .filter(
      (r) =>
        r.syncedAt &&
        r.imageTag &&
        !same(r.imageTag, current) &&
        !bad.has(r.imageTag.toLowerCase()) &&
        (r.syncedAt as string) <= since,
    )
    .sort((a, b) => ((a.syncedAt as string) < (b.syncedAt as string) ? 1 : -1));
  return good.length ? { tag: good[0].imageTag as string, row: good[0] } : undefined;
}

export interface RollbackRecord {
  service: string;
  ring: string;
  toTag: string;
  /** Row of the deployment rolled back ('' when it was never recorded). */
  from?: DeploymentRow;
  hldCommitId: string;
  pr: string;
  prUrl: string;
  hldRepo: string;
  p2: string;
  reason: string;
}

/**
 * Records a rollback: a new deployment of the previous tag to the ring (stage `rollback`, linked to
 * the one it replaces by `rollbackOf`), and marks the replaced deployment rolled back, by whom and why.
 */
export async function recordRollback(
  store: DeploymentTable,
  r: RollbackRecord,
  now = new Date(),
): Promise<DeploymentRow> {
  const fields: Fields = {
    imageTag: r.toTag,
    env: r.ring.toLowerCase(),
    service: r.service,
    hldCommitId: r.hldCommitId.toLowerCase(),
    pr: r.pr.toLowerCase(),
    prUrl: r.prUrl,
    hldRepo: r.hldRepo.toLowerCase(),
    p2: r.p2.toLowerCase(),
    rollbackOf: r.from?.rowKey ?? '',
    rollbackReason: r.reason,
  };
  const row = await recordStage(store, { stage: 'rollback', fields }, now);
  if (r.from)
    await markRolledBack(store, r.from.rowKey, {
      rolledBackBy: row.rowKey,
      rolledBackAt: now.toISOString(),
      rollbackReason: r.reason,
    });
  return row;
}

async function markRolledBack(store: DeploymentTable, rowKey: string, fields: Fields): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const [row] = await store.find({ rowKey });
    if (!row)
      throw new RingwayError(`telemetry: deployment ${rowKey} disappeared while it was being marked rolled back`);
    const c = changes(row, fields, rankOf('rollback'));
    try {
      await store.update(row, c.set, c.ranks);
      return;
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode !== 412 || attempt >= 20) throw err;
    }
  }
}
