import { errorMessage, UsageError } from '../errors.js';
import { redact } from '../secrets.js';
import type { CommitCheck } from '../scm/types.js';
import { clusterFailed, clusterSyncs, type DeploymentRow, syncFailed } from '../telemetry/row.js';

/** Which clusters run each ring: `dev=aks-dev,prod=aks-weu+aks-eus` (comma or newline separated). Errors name the entry; the step adds the input. */
export function parseRingClusters(entries: string[], rings: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    const m = /^([^=\s]+)\s*=\s*(.+)$/.exec(entry);
    if (!m) throw new UsageError(`'${entry}' is not <ring>=<cluster>[+<cluster>…]`);
    const ring = m[1].toLowerCase();
    if (!rings.includes(ring)) throw new UsageError(`ring '${ring}' is not in the rings list ${rings.join(', ')}`);
    if (out[ring]) throw new UsageError(`ring '${ring}' has clusters twice`);
    const clusters = m[2].split('+').map((c) => c.trim());
    const bad = clusters.find((c) => !/^[\w.:/@-]{1,200}$/.test(c));
    if (bad !== undefined) throw new UsageError(`'${bad}' is not a cluster name (ring ${ring})`);
    out[ring] = clusters;
  }
  return out;
}

/** A commit status is about a cluster when the cluster is one of its name's `/` or `:` separated parts. */
export function statusOfCluster(check: CommitCheck, cluster: string): boolean {
  return check.name
    .toLowerCase()
    .split(/[/:\s]+/)
    .includes(cluster.toLowerCase());
}

export interface ClustersVerdict {
  verdict: 'pass' | 'wait' | 'reject' | 'error';
  detail: string;
  /** When every cluster is synced: the last of their sync times (or the push, when a status does not say). */
  since?: string;
  sinceWhat?: string;
}

/** A recorded failure on a cluster of the ring that has not recovered. */
export function failureOf(row: DeploymentRow): string | undefined {
  const failing = Object.entries(clusterSyncs(row)).filter(([, c]) => clusterFailed(c));
  if (failing.length)
    return failing
      .map(([n, c]) => `sync failed on ${n} at ${c.failedAt}${c.reason ? ` (${c.reason})` : ''}`)
      .join('; ');
  if (syncFailed(row)) return `sync failed at ${row.syncFailedAt}`;
  return undefined;
}

/**
 * Every named cluster of the ring must have applied the deployment: recorded by an operator event
 * (or a cluster-synced stage naming it), else a Flux / Argo CD commit status on the manifest
 * commit whose name contains the cluster. A failed status rejects, a pending one waits, and
 * statuses that cannot be read leave the gate unable to tell (error).
 */
export async function clustersSynced(
  row: DeploymentRow,
  clusters: string[],
  statuses: (() => Promise<CommitCheck[]>) | undefined,
): Promise<ClustersVerdict> {
  const map = clusterSyncs(row);
  const manual = new Set(
    (row.cluster ?? '')
      .split(',')
      .map((c) => c.trim().toLowerCase())
      .filter(Boolean),
  );
  const times: string[] = [];
  const done: string[] = [];
  let missing: string[] = [];
  for (const c of clusters) {
    const rec = map[c];
    if (rec?.syncedAt) {
      times.push(rec.syncedAt);
      done.push(`${c} at ${rec.syncedAt}`);
    } else if (manual.has(c.toLowerCase()) && row.syncedAt) {
      times.push(row.syncedAt);
      done.push(`${c} at ${row.syncedAt}`);
    } else missing.push(c);
  }
  let fromStatus = false;
  if (missing.length && statuses) {
    let found: CommitCheck[];
    try {
      found = await statuses();
    } catch (err) {
      return {
        verdict: 'error',
        detail: `cannot read commit statuses of the manifest commit: ${redact(errorMessage(err))}`,
      };
    }
    const still: string[] = [];
    for (const c of missing) {
      const mine = found.filter((s) => statusOfCluster(s, c));
      const failed = mine.find((s) => s.state === 'failure');
      if (failed)
        return {
          verdict: 'reject',
          detail: `commit status ${failed.name} on the manifest commit is ${failed.detail} (cluster ${c})`,
        };
      if (mine.length && mine.every((s) => s.state === 'success')) {
        done.push(`${c} (commit status ${mine[0].name})`);
        fromStatus = true;
      } else still.push(c);
    }
    missing = still;
  }
  if (missing.length)
    return {
      verdict: 'wait',
      detail: `not synced yet on ${missing.join(', ')}${done.length ? ` (synced: ${done.join(', ')})` : ''}`,
    };
  if (fromStatus && row.manifestsPushedAt) times.push(row.manifestsPushedAt);
  const since = times.sort().pop();
  return {
    verdict: 'pass',
    detail: `synced on ${done.join(', ')}`,
    since,
    sinceWhat: fromStatus && since === row.manifestsPushedAt ? 'manifests pushed' : 'synced on every cluster',
  };
}
