import { UsageError } from '../errors.js';
import { type GateRejection, gateRejections, gateRejectionText } from './gate-rejection.js';
import { clusterFailed, clusterSyncs, type DeploymentRow, durationMinutes, lastUpdated, stateOf } from './row.js';
import type { DeploymentTable, RowMatch } from './table.js';

/** A deployment as listed: the row plus what is derived from it. */
export interface DeploymentView {
  deploymentId: string;
  state: string;
  service: string;
  ring: string;
  author: string;
  imageTag: string;
  commitId: string;
  buildId: string;
  hldCommitId: string;
  pr: string;
  prUrl: string;
  mergedBy: string;
  releaseId: string;
  manifestCommitId: string;
  manifestBuildId: string;
  synced: string;
  cluster: string;
  /** Each cluster of the ring with its own sync time (operator events), sorted by name. */
  clusters: ClusterView[];
  syncFailed: string;
  lastUpdated: string;
  started: string;
  durationMinutes: string;
  /** Rollback: the deployment this one replaced, or the one that replaced it, and why. */
  rollbackOf: string;
  rolledBackBy: string;
  rollbackReason: string;
  /** When the gate rejected promoting this deployment further, and which conditions (a metric: its check, value, threshold). */
  gateRejected: string;
  gateRejectedBy: GateRejection[];
}

export interface ClusterView {
  name: string;
  synced: string;
  failed: string;
  reason: string;
  /** The cluster's latest word is the failure. */
  failing: boolean;
}

export interface DeploymentFilter {
  buildId?: string;
  commitId?: string;
  deploymentId?: string;
  imageTag?: string;
  ring?: string;
  service?: string;
  author?: string;
  status?: string;
  /** ISO date or duration like 24h, 7d. */
  since?: string;
  /** At most this many, newest first; 0 = all. */
  top?: number;
}

export function view(row: DeploymentRow): DeploymentView {
  const service = row.service ?? '';
  // Spektate shows only the part after a single '/' ("repo/service" → "service").
  const shown = service.split('/').length === 2 ? service.split('/')[1] : service;
  const times = [
    row.imageBuiltAt,
    row.hldUpdatedAt,
    row.prMergedAt,
    row.manifestsGeneratedAt,
    row.manifestsPushedAt,
    row.syncedAt,
    row.syncFailedAt,
  ]
    .filter(Boolean)
    .sort();
  return {
    deploymentId: row.rowKey,
    state: stateOf(row),
    service: shown,
    ring: row.env ?? '',
    author: row.author ?? '',
    imageTag: row.imageTag ?? '',
    commitId: row.commitId ?? '',
    buildId: row.p1 ?? '',
    hldCommitId: row.hldCommitId ?? '',
    pr: row.pr ?? '',
    prUrl: row.prUrl ?? '',
    mergedBy: row.mergedBy ?? '',
    releaseId: row.p2 ?? '',
    manifestCommitId: row.manifestCommitId ?? '',
    manifestBuildId: row.p3 ?? '',
    synced: row.syncedAt ?? '',
    cluster: row.cluster ?? '',
    clusters: Object.entries(clusterSyncs(row))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, c]) => ({
        name,
        synced: c.syncedAt ?? '',
        failed: c.failedAt ?? '',
        reason: c.reason ?? '',
        failing: clusterFailed(c),
      })),
    syncFailed: row.syncFailedAt ?? '',
    lastUpdated: lastUpdated(row),
    started: (times[0] as string | undefined) ?? row.timestamp ?? '',
    durationMinutes: durationMinutes(row),
    rollbackOf: row.rollbackOf ?? '',
    rolledBackBy: row.rolledBackBy ?? '',
    rollbackReason: row.rollbackReason ?? '',
    gateRejected: row.gateRejectedAt ?? '',
    gateRejectedBy: gateRejections(row),
  };
}

/** The row is of `service`: its full name, or the part after a single '/' as Spektate shows it. */
export function matchesService(row: DeploymentRow, service: string): boolean {
  const full = (row.service ?? '').toLowerCase();
  const want = service.toLowerCase();
  const parts = full.split('/');
  return full === want || (parts.length === 2 && parts[1] === want);
}

export function parseSince(since: string, now = Date.now()): number {
  const m = /^(\d+)([mhdw])$/.exec(since.trim());
  if (m) return now - Number(m[1]) * { m: 60e3, h: 3600e3, d: 86400e3, w: 604800e3 }[m[2] as 'm' | 'h' | 'd' | 'w'];
  const t = Date.parse(since);
  if (Number.isNaN(t))
    throw new UsageError(`option --since must be a date (2026-11-01) or a duration (24h, 7d), got '${since}'`);
  return t;
}

/**
 * Deployments matching the filter, newest first. Columns stored lowercase (bedrock-cli and
 * Spektate lowercase ids) are filtered by the table service; the rest are compared here,
 * case-insensitively, while paging through the partition.
 */
export async function listDeployments(store: DeploymentTable, f: DeploymentFilter): Promise<DeploymentView[]> {
  const lower = (v?: string) => v?.toLowerCase();
  const server: RowMatch = {
    p1: lower(f.buildId),
    commitId: lower(f.commitId),
    rowKey: lower(f.deploymentId),
    env: lower(f.ring),
  };
  const since = f.since ? parseSince(f.since) : undefined;
  const same = (a: string, b?: string) => !b || a.toLowerCase() === b.toLowerCase();
  const out: DeploymentView[] = [];
  for (const row of await store.find(server)) {
    const v = view(row);
    if (
      !same(v.imageTag, f.imageTag) ||
      (f.service && !matchesService(row, f.service)) ||
      !same(v.author, f.author) ||
      !same(v.state, f.status)
    )
      continue;
    if (since !== undefined && Date.parse(v.lastUpdated || '1970-01-01') < since) continue;
    out.push(v);
  }
  out.sort((a, b) => (a.lastUpdated < b.lastUpdated ? 1 : a.lastUpdated > b.lastUpdated ? -1 : 0));
  return f.top ? out.slice(0, f.top) : out;
}

/** The sync column: each cluster with its own time (✓ synced, ✘ failing), else the single recorded sync. */
export function syncText(v: DeploymentView): string {
  const hm = (t: string) => t.replace('T', ' ').slice(0, 16);
  if (v.clusters.length)
    return v.clusters
      .map((c) =>
        c.failing ? `✘ ${c.name} ${c.reason}`.trim() : c.synced ? `✓ ${c.name} ${hm(c.synced)}` : `… ${c.name}`,
      )
      .join(', ');
  if (v.state === 'Sync failed') return '✘';
  return v.synced ? `✓ ${v.cluster}`.trim() : '';
}

/** The gate column: ✘ and what rejected (`✘ metric http-5xx-ratio = 0.25 (threshold < 0.01)`), '' when not rejected. */
export function gateText(v: DeploymentView): string {
  if (!v.gateRejected) return '';
  return v.gateRejectedBy.length ? `✘ ${v.gateRejectedBy.map(gateRejectionText).join('; ')}` : '✘ rejected';
}
