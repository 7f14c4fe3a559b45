import { UsageError } from '../errors.js';
import { durationMs } from '../duration.js';
import { matchesService } from '../telemetry/query.js';
import { type Column, type DeploymentRow, STAGE_TIME } from '../telemetry/row.js';
import type { DeploymentTable, ScanQuery } from '../telemetry/table.js';
import { MetricsAccumulator, type MetricRow, type MetricsReport, type Window } from './compute.js';

/**
 * Failure marks on a deployment's own row: the rollback step marks the deployment it replaced
 * (its own stage time is the new deployment's HLD update), operator events mark a failed sync.
 */
export const ROLLED_BACK_COLUMN: Column = 'rolledBackAt';
export const SYNC_FAILED_COLUMN = STAGE_TIME['sync-failed'];

/** Only what the metrics need comes over the wire (with the row's key and Timestamp). */
const SELECT: Column[] = [
  'service',
  'env',
  'syncedAt',
  'manifestsPushedAt',
  'manifestCommitId',
  'commitTime',
  'gateRejectedAt',
  ROLLED_BACK_COLUMN,
  SYNC_FAILED_COLUMN,
];

export interface MetricsQuery {
  service?: string;
  ring?: string;
  /** ISO date or a duration back from `until` (30d, 12w, 24h); default 30d. */
  since?: string;
  /** ISO date or a duration back from now; default now. */
  until?: string;
}

/** A window end: a date, or a duration (the grammar of every other duration input) back from `from`. */
function when(value: string, name: string, from: number): number {
  const v = value.trim();
  const back = v ? durationMs(v) : undefined;
  if (back !== undefined) return from - back;
  const t = /^\d{4}-\d{2}-\d{2}/.test(v) ? Date.parse(v) : NaN;
  if (Number.isNaN(t))
    throw new UsageError(
      `${name} must be a date (2026-11-01, 2026-11-01T12:00Z) or a duration (24h, 30d, 12w, 1d12h), got '${value}'`,
    );
  return t;
}

/** How the caller names the window's two ends in errors: the CLI's flags or a step's inputs. */
export interface WindowNames {
  since: string;
  until: string;
}
export const CLI_WINDOW_NAMES: WindowNames = { since: 'option --since', until: 'option --until' };

/** The window of a query: `until` back from now, `since` back from `until`. */
export function parseWindow(q: MetricsQuery, now = Date.now(), names: WindowNames = CLI_WINDOW_NAMES): Window {
  const until = q.until ? when(q.until, names.until, now) : now;
  const since = when(q.since || '30d', names.since, until);
  if (until <= since)
    throw new UsageError(
      `${names.until} (${new Date(until).toISOString()}) must be after ${names.since} (${new Date(since).toISOString()})`,
    );
  return { since, until };
}

export function metricRow(r: DeploymentRow): MetricRow {
  return {
    service: r.service,
    ring: r.env,
    syncedAt: r.syncedAt,
    manifestsPushedAt: r.manifestsPushedAt,
    manifestCommitId: r.manifestCommitId,
    timestamp: r.timestamp || undefined,
    commitTime: r.commitTime,
    rolledBackAt: r[ROLLED_BACK_COLUMN],
    gateRejectedAt: r.gateRejectedAt,
    syncFailedAt: r[SYNC_FAILED_COLUMN],
  };
}

/**
 * What metrics ask the table for, beside the partition: rows whose table Timestamp is in or after
 * the window (a row last written before the window cannot hold anything in it: every stage write
 * moves the Timestamp, so the table service leaves those out), the ring if asked, and only the
 * columns used.
 */
export function metricsScan(q: MetricsQuery, w: Window): ScanQuery {
  return { since: new Date(w.since).toISOString(), match: q.ring ? { env: q.ring.toLowerCase() } : {}, select: SELECT };
}

/** Reads the partition once (store.scan) and computes the report. `progress` is called every 5,000 rows. */
export async function readMetrics(
  store: DeploymentTable,
  q: MetricsQuery,
  w: Window,
  progress?: (rows: number) => void,
): Promise<MetricsReport> {
  const acc = new MetricsAccumulator(w);
  await store.scan(metricsScan(q, w), (page) => {
    for (const e of page) {
      const row = metricRow(e);
      if (!q.service || matchesService(row as DeploymentRow, q.service)) acc.add(row);
      else acc.rowsRead++;
      if (progress && acc.rowsRead % 5000 === 0) progress(acc.rowsRead);
    }
  });
  return acc.report();
}
