import { textTable } from '../text-table.js';
import type { GroupMetrics, MetricsReport } from './compute.js';

/** 0.5 → "30m", 26 → "1d 2h": short enough for a table cell. */
export function hours(h: number | null): string {
  if (h === null) return '–';
  const m = Math.round(h * 60);
  if (m < 60) return `${m}m`;
  if (m < 24 * 60) return `${Math.floor(m / 60)}h${m % 60 ? ` ${String(m % 60).padStart(2, '0')}m` : ''}`;
  // Whole hours first: 47.9 h is "2d", not "1d 24h".
  const h24 = Math.round(m / 60);
  const d = Math.floor(h24 / 24);
  const rest = h24 % 24;
  return `${d}d${rest ? ` ${rest}h` : ''}`;
}

const pct = (r: number | null) => (r === null ? '–' : `${Math.round(r * 1000) / 10}%`);

export const TABLE_HEAD = [
  'Service',
  'Ring',
  'Deployments',
  'Per week',
  'Frequency',
  'Lead time p50',
  'p90',
  'No commit time',
  'Failed',
  'Failure rate',
  'Restore p50',
  'p90',
  'Unrestored',
  'Band',
  'Counted at',
];

export function tableRow(g: GroupMetrics): string[] {
  return [
    g.service,
    g.ring,
    String(g.deployments),
    String(g.deploymentsPerWeek),
    g.frequency ?? '–',
    hours(g.leadTime.medianHours),
    hours(g.leadTime.p90Hours),
    String(g.leadTime.withoutCommitTime),
    String(g.changeFailure.failed),
    pct(g.changeFailure.rate),
    hours(g.timeToRestore.medianHours),
    hours(g.timeToRestore.p90Hours),
    String(g.timeToRestore.unrestored),
    g.band.overall || '–',
    g.basis,
  ];
}

/** Header plus one row per service and ring, then the total when there is more than one group. */
export function tableRows(r: MetricsReport): string[][] {
  return [TABLE_HEAD, ...r.groups.map(tableRow), ...(r.groups.length > 1 ? [tableRow(r.total)] : [])];
}

/** One line saying what the report covers, and the empty case in words. */
export function headline(r: MetricsReport): string {
  const span = `${r.since.slice(0, 16).replace('T', ' ')} → ${r.until.slice(0, 16).replace('T', ' ')} UTC (${r.days} days)`;
  if (r.total.deployments === 0) return `no deployments recorded in ${span}; ${r.rowsRead} rows read`;
  return `${r.total.deployments} deployments in ${span}; ${r.rowsRead} rows read`;
}

export function notes(r: MetricsReport): string[] {
  const t = r.total;
  const out = [headline(r)];
  if (t.deployments) {
    out.push(
      `Failed changes: ${t.changeFailure.failed} (rolled back ${t.changeFailure.rolledBack}, rejected by the gate ${t.changeFailure.gateRejected}, sync failed ${t.changeFailure.syncFailed}).`,
      `Lead time from ${t.leadTime.count} deployments with a recorded commit time; ${t.leadTime.withoutCommitTime} without one (older or bedrock-cli rows) are counted apart.`,
      'Counted at: cluster-synced where the service records syncs in that ring, else manifests-pushed. Bands: DORA Accelerate State of DevOps 2024 clusters. Definitions: docs/metrics.md.',
    );
  }
  return out;
}

const CSV_HEAD = [
  'service',
  'ring',
  'basis',
  'deployments',
  'deployments_per_week',
  'frequency',
  'lead_time_count',
  'lead_time_median_hours',
  'lead_time_p90_hours',
  'without_commit_time',
  'failed',
  'change_failure_rate',
  'rolled_back',
  'gate_rejected',
  'sync_failed',
  'restore_count',
  'restore_median_hours',
  'restore_p90_hours',
  'unrestored',
  'band',
  'band_deployment_frequency',
  'band_lead_time',
  'band_change_failure_rate',
  'band_time_to_restore',
  'since',
  'until',
];

function csvCell(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  // Quote when needed; a leading = + - @ is prefixed so a spreadsheet does not run it as a formula.
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csv(r: MetricsReport): string {
  const line = (g: GroupMetrics) =>
    [
      g.service,
      g.ring,
      g.basis,
      g.deployments,
      g.deploymentsPerWeek,
      g.frequency,
      g.leadTime.count,
      g.leadTime.medianHours,
      g.leadTime.p90Hours,
      g.leadTime.withoutCommitTime,
      g.changeFailure.failed,
      g.changeFailure.rate,
      g.changeFailure.rolledBack,
      g.changeFailure.gateRejected,
      g.changeFailure.syncFailed,
      g.timeToRestore.count,
      g.timeToRestore.medianHours,
      g.timeToRestore.p90Hours,
      g.timeToRestore.unrestored,
      g.band.overall,
      g.band.deploymentFrequency,
      g.band.leadTime,
      g.band.changeFailureRate,
      g.band.timeToRestore,
      r.since,
      r.until,
    ]
      .map(csvCell)
      .join(',');
  return [CSV_HEAD.join(','), ...r.groups.map(line), ...(r.groups.length ? [line(r.total)] : [])].join('\n') + '\n';
}

/** The report in one of the formats users ask for. */
export function renderReport(r: MetricsReport, format: string): string {
  if (format === 'json') return `${JSON.stringify(r, null, 2)}\n`;
  if (format === 'csv') return csv(r);
  const [head, ...rest] = notes(r);
  return r.total.deployments ? `${head}\n\n${textTable(tableRows(r))}\n\n${rest.join('\n')}\n` : `${head}\n`;
}
