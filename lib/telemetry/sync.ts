import { UsageError } from '../errors.js';
import type { OperatorEvent } from './operator-event.js';
import {
  clusterFailed,
  type ClusterSync,
  clusterSyncs,
  type DeploymentRow,
  type Fields,
  ranks,
  STAGES,
} from './row.js';
import type { DeploymentTable } from './table.js';

export interface SyncContext {
  /** Cluster that reported (input, else the event's). */
  cluster: string;
  /** Ring the cluster runs (input `env`, else the event's metadata, else the ring of the revision's own deployment). */
  ring: string;
  /**
   * Commits the revision contains, from the manifest repository (git). Without it, a deployment
   * counts as contained when it was pushed no later than the revision's own deployment.
   */
  ancestors?: (revision: string) => Promise<Set<string> | undefined>;
  now: Date;
}

export interface SyncResult {
  /** Rows written (empty for progress, for an unknown revision, or when nothing changed). */
  written: DeploymentRow[];
  /** Rows the event is about, written or already up to date. */
  matched: DeploymentRow[];
  ring: string;
  /** Why nothing was matched: the revision is not a recorded deployment of the ring. */
  unknown?: string;
}

const lower = (s?: string) => (s ?? '').toLowerCase();

/**
 * Applies an operator event to the deployments of the cluster's ring whose manifest commit is the
 * revision or one of its ancestors (Flux and Argo CD apply the branch head: a later revision syncs
 * every earlier one). Success keeps the earliest sync time per cluster, whatever the arrival
 * order; a failure is recorded on the revision's own deployment, and on the earlier ones this
 * cluster never synced. Progress writes nothing.
 */
export async function recordSync(store: DeploymentTable, ev: OperatorEvent, ctx: SyncContext): Promise<SyncResult> {
  const exact = await store.find({ manifestCommitId: ev.revision });
  let ring = ctx.ring;
  if (!ring) {
    const rings = [...new Set(exact.map((r) => lower(r.env)).filter(Boolean))];
    if (rings.length > 1)
      throw new UsageError(
        `manifest commit ${ev.revision.slice(0, 7)} is recorded for rings ${rings.join(', ')}: give 'env' (the ring cluster ${ctx.cluster} runs)`,
      );
    ring = rings[0] ?? '';
  }
  if (!ring)
    return { written: [], matched: [], ring, unknown: `manifest commit ${ev.revision} is not a recorded deployment` };

  const inRing = (await store.find({ env: ring })).filter((r) => r.manifestCommitId);
  let contained: DeploymentRow[];
  if (ctx.ancestors) {
    const set = await ctx.ancestors(ev.revision);
    if (!set)
      return {
        written: [],
        matched: [],
        ring,
        unknown: `manifest commit ${ev.revision} is not on any branch of the manifest repository`,
      };
    contained = inRing.filter((r) => set.has(lower(r.manifestCommitId)));
  } else {
    const pushed = exact
      .map((r) => r.manifestsPushedAt ?? '')
      .filter(Boolean)
      .sort()
      .pop();
    const repos = new Set(exact.map((r) => lower(r.manifestRepo)).filter(Boolean));
    contained = inRing.filter(
      (r) =>
        lower(r.manifestCommitId) === ev.revision ||
        (pushed &&
          r.manifestsPushedAt &&
          r.manifestsPushedAt <= pushed &&
          (!r.manifestRepo || !repos.size || repos.has(lower(r.manifestRepo)))),
    );
  }
  if (!contained.length)
    return {
      written: [],
      matched: [],
      ring,
      unknown: `manifest commit ${ev.revision} contains no recorded deployment to ${ring}`,
    };
  if (ev.outcome === 'progressing') return { written: [], matched: contained, ring };

  const at = ev.at || ctx.now.toISOString();
  const written: DeploymentRow[] = [];
  for (const row of contained) {
    const own = lower(row.manifestCommitId) === ev.revision;
    const done = await updateRow(store, row, (current) => {
      const map = clusterSyncs(current);
      const before = JSON.stringify(map[ctx.cluster] ?? {});
      const c: ClusterSync = { ...(map[ctx.cluster] ?? {}) };
      if (ev.outcome === 'synced') {
        // An earlier deployment this cluster already runs needs no write for every later revision.
        if (!own && c.syncedAt && !clusterFailed(c)) return undefined;
        c.syncedAt = min(c.syncedAt, at);
        c.okAt = max(c.okAt, at);
      } else {
        // An earlier deployment this cluster already ran is not failed by a later revision.
        if (!own && c.syncedAt) return undefined;
        if (!c.failedAt || at >= c.failedAt) {
          c.failedAt = at;
          c.reason = ev.reason;
        }
      }
      if (JSON.stringify(c) === before) return undefined;
      map[ctx.cluster] = c;
      return columns(current, map);
    });
    if (done) written.push(done);
  }
  return { written, matched: contained, ring };
}

/** The row columns that follow from the per-cluster map, merged with what manual stages wrote. */
function columns(row: DeploymentRow, map: Record<string, ClusterSync>): Fields {
  const synced = Object.entries(map).filter(([, c]) => c.syncedAt);
  const first = synced.map(([, c]) => c.syncedAt as string).sort()[0];
  const failed = Object.values(map)
    .map((c) => c.failedAt ?? '')
    .filter(Boolean)
    .sort()
    .pop();
  const names = new Set([
    ...(row.cluster ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    ...synced.map(([n]) => n),
  ]);
  const out: Fields = { clusters: JSON.stringify(map) };
  if (first) out.syncedAt = min(row.syncedAt, first);
  if (names.size) out.cluster = [...names].sort().join(',');
  if (failed) out.syncFailedAt = max(row.syncFailedAt, failed);
  return out;
}

function min(a: string | undefined, b: string): string {
  return a && a < b ? a : b;
}
function max(a: string | undefined, b: string): string {
  return a && a > b ? a : b;
}

/** Read-modify-write of one row under its ETag; re-read and re-applied on 412. */
async function updateRow(
  store: DeploymentTable,
  row: DeploymentRow,
  change: (r: DeploymentRow) => Fields | undefined,
): Promise<DeploymentRow | undefined> {
  let current = row;
  const rank = STAGES.indexOf('cluster-synced') + 1;
  for (let attempt = 1; ; attempt++) {
    const set = change(current);
    if (!set) return undefined;
    const r = ranks(current);
    for (const k of Object.keys(set)) r[k] = Math.max(r[k] ?? 0, rank);
    try {
      await store.update(current, set, r);
      return { ...current, ...set };
    } catch (err) {
      const status = (err as { statusCode?: number }).statusCode;
      if (status !== 412 || attempt >= 30) throw err;
      await new Promise((res) => setTimeout(res, Math.random() * 50 * Math.min(attempt, 6)));
      const fresh = await store.find({ rowKey: row.rowKey });
      if (!fresh[0]) return undefined;
      current = fresh[0];
    }
  }
}
