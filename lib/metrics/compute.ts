import { type Band, type Bands, bands, type Frequency, percentile } from './bands.js';

/**
 * DORA's four keys from deployment rows, as defined in docs/metrics.md. Pure and streaming: `add`
 * keeps a few numbers per row (never the row), `report` sorts and sweeps them once.
 */

/** What metrics read of a row (all optional strings, as stored). */
export interface MetricRow {
  service?: string;
  ring?: string;
  syncedAt?: string;
  manifestsPushedAt?: string;
  manifestCommitId?: string;
  /** The table's own last-modified time: the only time bedrock-cli/Spektate rows have. */
  timestamp?: string;
  commitTime?: string;
  rolledBackAt?: string;
  gateRejectedAt?: string;
  syncFailedAt?: string;
}

export type Basis = 'cluster-synced' | 'manifests-pushed';
export type FailureKind = 'rolledBack' | 'gateRejected' | 'syncFailed';

export interface Window {
  since: number;
  until: number;
}

export interface Duration {
  count: number;
  medianHours: number | null;
  p90Hours: number | null;
}

export interface GroupMetrics {
  service: string;
  ring: string;
  basis: Basis | 'mixed';
  deployments: number;
  deploymentsPerWeek: number;
  frequency: Frequency | null;
  leadTime: Duration & { withoutCommitTime: number };
  changeFailure: { failed: number; rate: number | null } & Record<FailureKind, number>;
  timeToRestore: Duration & { unrestored: number };
  band: Bands;
}

export interface WeekPoint {
  /** Start of the week (ISO date). */
  week: string;
  deploymentsByRing: Record<string, number>;
  failed: number;
  deployments: number;
  leadTimeMedianHours: number | null;
}

export interface MetricsReport {
  since: string;
  until: string;
  days: number;
  rowsRead: number;
  groups: GroupMetrics[];
  total: GroupMetrics;
  weeks: WeekPoint[];
}

const HOUR = 3600e3;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

const time = (s?: string): number => (s ? Date.parse(s) : NaN);

/** Per row of a group, only numbers (NaN = not recorded). */
interface Group {
  service: string;
  ring: string;
  hasSync: boolean;
  sync: number[];
  syncFailed: number[];
  pushed: number[];
  commit: number[];
  failed: number[];
  kinds: number[];
}

const KIND_BIT: Record<FailureKind, number> = { rolledBack: 1, gateRejected: 2, syncFailed: 4 };

/** Collects what the metrics of one set of deployments need. */
class Tally {
  deployments: number[] = [];
  failedKinds: number[] = [];
  leads: number[] = [];
  withoutCommitTime = 0;
  restores: number[] = [];
  unrestored = 0;
  bases = new Set<Basis>();

  result(service: string, ring: string, w: Window): GroupMetrics {
    const days = (w.until - w.since) / DAY;
    const failed = this.failedKinds.filter((k) => k > 0);
    const count = (bit: number) => failed.filter((k) => k & bit).length;
    const leads = this.leads.sort((a, b) => a - b);
    const restores = this.restores.sort((a, b) => a - b);
    const n = this.deployments.length;
    const frequency = n ? frequencyOf(this.deployments, w) : null;
    const rate = n ? failed.length / n : null;
    const hours = (v: number | undefined) => (v === undefined ? null : Math.round((v / HOUR) * 100) / 100);
    return {
      service,
      ring,
      basis: this.bases.size > 1 ? 'mixed' : ([...this.bases][0] ?? 'cluster-synced'),
      deployments: n,
      deploymentsPerWeek: Math.round((n / (days / 7)) * 100) / 100,
      frequency,
      leadTime: {
        count: leads.length,
        medianHours: hours(percentile(leads, 0.5)),
        p90Hours: hours(percentile(leads, 0.9)),
        withoutCommitTime: this.withoutCommitTime,
      },
      changeFailure: {
        failed: failed.length,
        rate: rate === null ? null : Math.round(rate * 10000) / 10000,
        rolledBack: count(1),
        gateRejected: count(2),
        syncFailed: count(4),
      },
      timeToRestore: {
        count: restores.length,
        medianHours: hours(percentile(restores, 0.5)),
        p90Hours: hours(percentile(restores, 0.9)),
        unrestored: this.unrestored,
      },
      band: n
        ? bands({
            frequency: frequency ?? undefined,
            leadTimeMedianMs: percentile(leads, 0.5),
            changeFailureRate: rate ?? undefined,
            restoreMedianMs: percentile(restores, 0.5),
          })
        : { overall: '', deploymentFrequency: '', leadTime: '', changeFailureRate: '', timeToRestore: '' },
    };
  }
}

/**
 * Four Keys' frequency bucket over the whole weeks of the window, counted back from its end:
 * daily when the median week has deployments on 3 days or more, weekly when the median week has
 * one, monthly when the median 4-week month has one, else less than monthly.
 */
export function frequencyOf(deployTimes: number[], w: Window): Frequency {
  const weeks = Math.max(1, Math.floor((w.until - w.since) / WEEK));
  const days: Set<number>[] = Array.from({ length: weeks }, () => new Set());
  for (const t of deployTimes) {
    const back = w.until - t;
    const wk = Math.floor(back / WEEK);
    if (wk >= 0 && wk < weeks) days[wk].add(Math.floor(back / DAY));
  }
  const median = (xs: number[]) =>
    percentile(
      [...xs].sort((a, b) => a - b),
      0.5,
    ) ?? 0;
  if (median(days.map((d) => d.size)) >= 3) return 'daily';
  if (median(days.map((d) => (d.size ? 1 : 0))) >= 1) return 'weekly';
  const months = Math.max(1, Math.floor(weeks / 4));
  const perMonth = Array.from(
    { length: months },
    (_, m) => days.slice(m * 4, months === 1 ? weeks : m * 4 + 4).filter((d) => d.size).length,
  );
  return median(perMonth) >= 1 ? 'monthly' : 'less than monthly';
}

export class MetricsAccumulator {
  private groups = new Map<string, Group>();
  rowsRead = 0;

  constructor(private readonly w: Window) {}

  add(r: MetricRow): void {
    this.rowsRead++;
    const ring = (r.ring ?? '').toLowerCase();
    if (!ring) return; // no ring: not a deployment to anywhere (a build that went no further)
    const service = r.service || '(no service)';
    const key = `${service}\u0000${ring}`;
    let g = this.groups.get(key);
    if (!g) {
      g = { service, ring, hasSync: false, sync: [], syncFailed: [], pushed: [], commit: [], failed: [], kinds: [] };
      this.groups.set(key, g);
    }
    const sync = time(r.syncedAt);
    const syncFailed = time(r.syncFailedAt);
    // A push without its own time (bedrock-cli's p3 stage) is dated by the row's Timestamp.
    const pushed = r.manifestsPushedAt ? time(r.manifestsPushedAt) : r.manifestCommitId ? time(r.timestamp) : NaN;
    const rolledBack = time(r.rolledBackAt);
    const rejected = time(r.gateRejectedAt);
    const failures = [rolledBack, rejected, syncFailed].filter((t) => !Number.isNaN(t));
    if (!Number.isNaN(sync) || !Number.isNaN(syncFailed)) g.hasSync = true;
    g.sync.push(sync);
    g.syncFailed.push(syncFailed);
    g.pushed.push(pushed);
    g.commit.push(time(r.commitTime));
    g.failed.push(failures.length ? Math.min(...failures) : NaN);
    g.kinds.push(
      (Number.isNaN(rolledBack) ? 0 : 1) | (Number.isNaN(rejected) ? 0 : 2) | (Number.isNaN(syncFailed) ? 0 : 4),
    );
  }

  report(): MetricsReport {
    const w = this.w;
    const inWindow = (t: number) => t >= w.since && t < w.until;
    const total = new Tally();
    const out: GroupMetrics[] = [];
    const weeks = Math.max(1, Math.ceil((w.until - w.since) / WEEK));
    const weekly = Array.from({ length: weeks }, () => ({
      byRing: {} as Record<string, number>,
      failed: 0,
      n: 0,
      leads: [] as number[],
    }));
    for (const g of [...this.groups.values()].sort((a, b) =>
      a.service === b.service ? (a.ring < b.ring ? -1 : 1) : a.service < b.service ? -1 : 1,
    )) {
      const basis: Basis = g.hasSync ? 'cluster-synced' : 'manifests-pushed';
      const tally = new Tally();
      for (const t of [tally, total]) t.bases.add(basis);
      const good: number[] = [];
      for (let i = 0; i < g.sync.length; i++) {
        const ok = basis === 'cluster-synced' ? g.sync[i] : g.pushed[i];
        if (!Number.isNaN(ok) && Number.isNaN(g.failed[i])) good.push(ok);
      }
      good.sort((a, b) => a - b);
      for (let i = 0; i < g.sync.length; i++) {
        const ok = basis === 'cluster-synced' ? g.sync[i] : g.pushed[i];
        // A failed sync is a deployment attempt too: it counts, as a failure.
        const at = basis === 'cluster-synced' ? (Number.isNaN(ok) ? g.syncFailed[i] : ok) : ok;
        if (Number.isNaN(at)) continue;
        const failedAt = g.failed[i];
        if (inWindow(at)) {
          const wk = weekly[weeks - 1 - Math.floor((w.until - 1 - at) / WEEK)];
          for (const t of [tally, total]) {
            t.deployments.push(at);
            t.failedKinds.push(g.kinds[i]);
          }
          if (wk) {
            wk.n++;
            wk.byRing[g.ring] = (wk.byRing[g.ring] ?? 0) + 1;
            if (g.kinds[i]) wk.failed++;
          }
          if (!Number.isNaN(ok)) {
            const commit = g.commit[i];
            if (Number.isNaN(commit)) for (const t of [tally, total]) t.withoutCommitTime++;
            else if (ok >= commit) {
              for (const t of [tally, total]) t.leads.push(ok - commit);
              wk?.leads.push(ok - commit);
            }
          }
        }
        if (!Number.isNaN(failedAt) && inWindow(failedAt)) {
          let restored = good[upperBound(good, failedAt)] ?? NaN;
          // A sync that failed and later succeeded restored itself.
          const own = g.sync[i];
          if (g.kinds[i] === KIND_BIT.syncFailed && own > failedAt && !(own >= restored)) restored = own;
          for (const t of [tally, total]) {
            if (Number.isNaN(restored)) t.unrestored++;
            else t.restores.push(restored - failedAt);
          }
        }
      }
      out.push(tally.result(g.service, g.ring, w));
    }
    const median = (xs: number[]) => {
      const m = percentile(
        xs.sort((a, b) => a - b),
        0.5,
      );
      return m === undefined ? null : Math.round((m / HOUR) * 100) / 100;
    };
    return {
      since: new Date(w.since).toISOString(),
      until: new Date(w.until).toISOString(),
      days: Math.round(((w.until - w.since) / DAY) * 100) / 100,
      rowsRead: this.rowsRead,
      groups: out,
      total: total.result('(all)', '(all)', w),
      weeks: weekly.map((wk, i) => ({
        week: new Date(w.until - (weeks - i) * WEEK).toISOString().slice(0, 10),
        deploymentsByRing: wk.byRing,
        failed: wk.failed,
        deployments: wk.n,
        leadTimeMedianHours: median(wk.leads),
      })),
    };
  }
}

/** Index of the first value greater than x in sorted values. */
function upperBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export type { Band, Bands, Frequency };
