"use strict";
exports.id = 355;
exports.ids = [355];
exports.modules = {

/***/ 4355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* binding */ step),
  writeReport: () => (/* binding */ writeReport)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/text-table.ts
/**
 * A plain-text table for terminals: columns padded to their longest cell, counted in characters
 * (code points, so '✓' or an emoji takes the room it shows), a dashed rule under the header.
 */
function textTable(rows) {
    if (rows.length === 0)
        return '';
    const len = (c) => [...(c ?? '')].length;
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => len(r[i]))));
    const fmt = (r) => r
        .map((c, i) => (c ?? '') + ' '.repeat(Math.max(0, widths[i] - len(c))))
        .join('  ')
        .trimEnd();
    return [fmt(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(fmt)].join('\n');
}

;// CONCATENATED MODULE: ./lib/metrics/format.ts

/** 0.5 → "30m", 26 → "1d 2h": short enough for a table cell. */
function hours(h) {
    if (h === null)
        return '–';
    const m = Math.round(h * 60);
    if (m < 60)
        return `${m}m`;
    if (m < 24 * 60)
        return `${Math.floor(m / 60)}h${m % 60 ? ` ${String(m % 60).padStart(2, '0')}m` : ''}`;
    // Whole hours first: 47.9 h is "2d", not "1d 24h".
    const h24 = Math.round(m / 60);
    const d = Math.floor(h24 / 24);
    const rest = h24 % 24;
    return `${d}d${rest ? ` ${rest}h` : ''}`;
}
const pct = (r) => (r === null ? '–' : `${Math.round(r * 1000) / 10}%`);
const TABLE_HEAD = [
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
function tableRow(g) {
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
function tableRows(r) {
    return [TABLE_HEAD, ...r.groups.map(tableRow), ...(r.groups.length > 1 ? [tableRow(r.total)] : [])];
}
/** One line saying what the report covers, and the empty case in words. */
function headline(r) {
    const span = `${r.since.slice(0, 16).replace('T', ' ')} → ${r.until.slice(0, 16).replace('T', ' ')} UTC (${r.days} days)`;
    if (r.total.deployments === 0)
        return `no deployments recorded in ${span}; ${r.rowsRead} rows read`;
    return `${r.total.deployments} deployments in ${span}; ${r.rowsRead} rows read`;
}
function notes(r) {
    const t = r.total;
    const out = [headline(r)];
    if (t.deployments) {
        out.push(`Failed changes: ${t.changeFailure.failed} (rolled back ${t.changeFailure.rolledBack}, rejected by the gate ${t.changeFailure.gateRejected}, sync failed ${t.changeFailure.syncFailed}).`, `Lead time from ${t.leadTime.count} deployments with a recorded commit time; ${t.leadTime.withoutCommitTime} without one (older or bedrock-cli rows) are counted apart.`, 'Counted at: cluster-synced where the service records syncs in that ring, else manifests-pushed. Bands: DORA Accelerate State of DevOps 2024 clusters. Definitions: docs/metrics.md.');
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
function csvCell(v) {
    const s = v === null ? '' : String(v);
    // Quote when needed; a leading = + - @ is prefixed so a spreadsheet does not run it as a formula.
    const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
function csv(r) {
    const line = (g) => [
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
function renderReport(r, format) {
    if (format === 'json')
        return `${JSON.stringify(r, null, 2)}\n`;
    if (format === 'csv')
        return csv(r);
    const [head, ...rest] = notes(r);
    return r.total.deployments ? `${head}\n\n${textTable(tableRows(r))}\n\n${rest.join('\n')}\n` : `${head}\n`;
}

// EXTERNAL MODULE: ./lib/duration.ts
var duration = __webpack_require__(5952);
// EXTERNAL MODULE: ./lib/telemetry/query.ts
var query = __webpack_require__(9534);
// EXTERNAL MODULE: ./lib/telemetry/row.ts
var row = __webpack_require__(5062);
;// CONCATENATED MODULE: ./lib/metrics/bands.ts
const FREQUENCY_RANK = { daily: 3, weekly: 2, monthly: 1, 'less than monthly': 0 };
const HOUR = 3600e3;
const DAY = 24 * HOUR;
const CLUSTERS_2024 = [
    { band: 'elite', frequency: 'daily', leadTimeMs: DAY, changeFailureRate: 0.05, restoreMs: HOUR },
    { band: 'high', frequency: 'weekly', leadTimeMs: 7 * DAY + 1, changeFailureRate: 0.2, restoreMs: DAY },
    { band: 'medium', frequency: 'monthly', leadTimeMs: 730 * HOUR + 1, changeFailureRate: 0.1, restoreMs: DAY },
    { band: 'low', frequency: 'less than monthly', leadTimeMs: Infinity, changeFailureRate: 1, restoreMs: Infinity },
];
function meets(c, k, m) {
    switch (k) {
        case 'frequency':
            return m.frequency === undefined ? undefined : FREQUENCY_RANK[m.frequency] >= FREQUENCY_RANK[c.frequency];
        case 'lead':
            return m.leadTimeMedianMs === undefined ? undefined : m.leadTimeMedianMs < c.leadTimeMs;
        case 'cfr':
            return m.changeFailureRate === undefined ? undefined : m.changeFailureRate <= c.changeFailureRate;
        case 'restore':
            return m.restoreMedianMs === undefined ? undefined : m.restoreMedianMs < c.restoreMs;
    }
}
/** The best cluster whose every value the metrics meet (metrics without data are left out). */
function bands(m) {
    const one = (k) => meets(CLUSTERS_2024[0], k, m) === undefined
        ? ''
        : (CLUSTERS_2024.find((c) => meets(c, k, m)) ?? CLUSTERS_2024[3]).band;
    const keys = ['frequency', 'lead', 'cfr', 'restore'];
    const known = keys.filter((k) => meets(CLUSTERS_2024[0], k, m) !== undefined);
    const overall = m.frequency === undefined
        ? ''
        : (CLUSTERS_2024.find((c) => known.every((k) => meets(c, k, m))) ?? CLUSTERS_2024[3]).band;
    return {
        overall,
        deploymentFrequency: one('frequency'),
        leadTime: one('lead'),
        changeFailureRate: one('cfr'),
        timeToRestore: one('restore'),
    };
}
/** Linear-interpolated percentile of sorted values (BigQuery's PERCENTILE_CONT, as Four Keys uses). */
function percentile(sorted, p) {
    if (sorted.length === 0)
        return undefined;
    const x = (sorted.length - 1) * p;
    const lo = Math.floor(x);
    const hi = Math.ceil(x);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (x - lo);
}

;// CONCATENATED MODULE: ./lib/metrics/compute.ts

const compute_HOUR = 3600e3;
const compute_DAY = 24 * compute_HOUR;
const WEEK = 7 * compute_DAY;
const time = (s) => (s ? Date.parse(s) : NaN);
const KIND_BIT = { rolledBack: 1, gateRejected: 2, syncFailed: 4 };
/** Collects what the metrics of one set of deployments need. */
class Tally {
    deployments = [];
    failedKinds = [];
    leads = [];
    withoutCommitTime = 0;
    restores = [];
    unrestored = 0;
    bases = new Set();
    result(service, ring, w) {
        const days = (w.until - w.since) / compute_DAY;
        const failed = this.failedKinds.filter((k) => k > 0);
        const count = (bit) => failed.filter((k) => k & bit).length;
        const leads = this.leads.sort((a, b) => a - b);
        const restores = this.restores.sort((a, b) => a - b);
        const n = this.deployments.length;
        const frequency = n ? frequencyOf(this.deployments, w) : null;
        const rate = n ? failed.length / n : null;
        const hours = (v) => (v === undefined ? null : Math.round((v / compute_HOUR) * 100) / 100);
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
function frequencyOf(deployTimes, w) {
    const weeks = Math.max(1, Math.floor((w.until - w.since) / WEEK));
    const days = Array.from({ length: weeks }, () => new Set());
    for (const t of deployTimes) {
        const back = w.until - t;
        const wk = Math.floor(back / WEEK);
        if (wk >= 0 && wk < weeks)
            days[wk].add(Math.floor(back / compute_DAY));
    }
    const median = (xs) => percentile([...xs].sort((a, b) => a - b), 0.5) ?? 0;
    if (median(days.map((d) => d.size)) >= 3)
        return 'daily';
    if (median(days.map((d) => (d.size ? 1 : 0))) >= 1)
        return 'weekly';
    const months = Math.max(1, Math.floor(weeks / 4));
    const perMonth = Array.from({ length: months }, (_, m) => days.slice(m * 4, months === 1 ? weeks : m * 4 + 4).filter((d) => d.size).length);
    return median(perMonth) >= 1 ? 'monthly' : 'less than monthly';
}
class MetricsAccumulator {
    w;
    groups = new Map();
    rowsRead = 0;
    constructor(w) {
        this.w = w;
    }
    add(r) {
        this.rowsRead++;
        const ring = (r.ring ?? '').toLowerCase();
        if (!ring)
            return; // no ring: not a deployment to anywhere (a build that went no further)
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
        if (!Number.isNaN(sync) || !Number.isNaN(syncFailed))
            g.hasSync = true;
        g.sync.push(sync);
        g.syncFailed.push(syncFailed);
        g.pushed.push(pushed);
        g.commit.push(time(r.commitTime));
        g.failed.push(failures.length ? Math.min(...failures) : NaN);
        g.kinds.push((Number.isNaN(rolledBack) ? 0 : 1) | (Number.isNaN(rejected) ? 0 : 2) | (Number.isNaN(syncFailed) ? 0 : 4));
    }
    report() {
        const w = this.w;
        const inWindow = (t) => t >= w.since && t < w.until;
        const total = new Tally();
        const out = [];
        const weeks = Math.max(1, Math.ceil((w.until - w.since) / WEEK));
        const weekly = Array.from({ length: weeks }, () => ({
            byRing: {},
            failed: 0,
            n: 0,
            leads: [],
        }));
        for (const g of [...this.groups.values()].sort((a, b) => a.service === b.service ? (a.ring < b.ring ? -1 : 1) : a.service < b.service ? -1 : 1)) {
            const basis = g.hasSync ? 'cluster-synced' : 'manifests-pushed';
            const tally = new Tally();
            for (const t of [tally, total])
                t.bases.add(basis);
            const good = [];
            for (let i = 0; i < g.sync.length; i++) {
                const ok = basis === 'cluster-synced' ? g.sync[i] : g.pushed[i];
                if (!Number.isNaN(ok) && Number.isNaN(g.failed[i]))
                    good.push(ok);
            }
            good.sort((a, b) => a - b);
            for (let i = 0; i < g.sync.length; i++) {
                const ok = basis === 'cluster-synced' ? g.sync[i] : g.pushed[i];
                // A failed sync is a deployment attempt too: it counts, as a failure.
                const at = basis === 'cluster-synced' ? (Number.isNaN(ok) ? g.syncFailed[i] : ok) : ok;
                if (Number.isNaN(at))
                    continue;
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
                        if (g.kinds[i])
                            wk.failed++;
                    }
                    if (!Number.isNaN(ok)) {
                        const commit = g.commit[i];
                        if (Number.isNaN(commit))
                            for (const t of [tally, total])
                                t.withoutCommitTime++;
                        else if (ok >= commit) {
                            for (const t of [tally, total])
                                t.leads.push(ok - commit);
                            wk?.leads.push(ok - commit);
                        }
                    }
                }
                if (!Number.isNaN(failedAt) && inWindow(failedAt)) {
                    let restored = good[upperBound(good, failedAt)] ?? NaN;
                    // A sync that failed and later succeeded restored itself.
                    const own = g.sync[i];
                    if (g.kinds[i] === KIND_BIT.syncFailed && own > failedAt && !(own >= restored))
                        restored = own;
                    for (const t of [tally, total]) {
                        if (Number.isNaN(restored))
                            t.unrestored++;
                        else
                            t.restores.push(restored - failedAt);
                    }
                }
            }
            out.push(tally.result(g.service, g.ring, w));
        }
        const median = (xs) => {
            const m = percentile(xs.sort((a, b) => a - b), 0.5);
            return m === undefined ? null : Math.round((m / compute_HOUR) * 100) / 100;
        };
        return {
            since: new Date(w.since).toISOString(),
            until: new Date(w.until).toISOString(),
            days: Math.round(((w.until - w.since) / compute_DAY) * 100) / 100,
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
function upperBound(sorted, x) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

;// CONCATENATED MODULE: ./lib/metrics/read.ts





/**
 * Failure marks on a deployment's own row: the rollback step marks the deployment it replaced
 * (its own stage time is the new deployment's HLD update), operator events mark a failed sync.
 */
const ROLLED_BACK_COLUMN = 'rolledBackAt';
const SYNC_FAILED_COLUMN = row/* STAGE_TIME */.JF['sync-failed'];
/** Only what the metrics need comes over the wire (with the row's key and Timestamp). */
const SELECT = [
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
/** A window end: a date, or a duration (the grammar of every other duration input) back from `from`. */
function when(value, name, from) {
    const v = value.trim();
    const back = v ? (0,duration/* durationMs */.pc)(v) : undefined;
    if (back !== undefined)
        return from - back;
    const t = /^\d{4}-\d{2}-\d{2}/.test(v) ? Date.parse(v) : NaN;
    if (Number.isNaN(t))
        throw new errors/* UsageError */.eb(`${name} must be a date (2026-11-01, 2026-11-01T12:00Z) or a duration (24h, 30d, 12w, 1d12h), got '${value}'`);
    return t;
}
const CLI_WINDOW_NAMES = { since: 'option --since', until: 'option --until' };
/** The window of a query: `until` back from now, `since` back from `until`. */
function parseWindow(q, now = Date.now(), names = CLI_WINDOW_NAMES) {
    const until = q.until ? when(q.until, names.until, now) : now;
    const since = when(q.since || '30d', names.since, until);
    if (until <= since)
        throw new errors/* UsageError */.eb(`${names.until} (${new Date(until).toISOString()}) must be after ${names.since} (${new Date(since).toISOString()})`);
    return { since, until };
}
function metricRow(r) {
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
function metricsScan(q, w) {
    return { since: new Date(w.since).toISOString(), match: q.ring ? { env: q.ring.toLowerCase() } : {}, select: SELECT };
}
/** Reads the partition once (store.scan) and computes the report. `progress` is called every 5,000 rows. */
async function readMetrics(store, q, w, progress) {
    const acc = new MetricsAccumulator(w);
    await store.scan(metricsScan(q, w), (page) => {
        for (const e of page) {
            const row = metricRow(e);
            if (!q.service || (0,query/* matchesService */.zX)(row, q.service))
                acc.add(row);
            else
                acc.rowsRead++;
            if (progress && acc.rowsRead % 5000 === 0)
                progress(acc.rowsRead);
        }
    });
    return acc.report();
}

// EXTERNAL MODULE: ./lib/steps/storage-inputs.ts + 2 modules
var storage_inputs = __webpack_require__(5450);
;// CONCATENATED MODULE: ./lib/steps/metrics.ts






/** Written whole or not at all: on any failure the temporary file is removed and the input named. */
async function writeReport(file, text) {
    const path = (0,external_node_path_.resolve)(file);
    const tmp = `${path}.${process.pid}.tmp`;
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_.writeFile)(tmp, text);
        await (0,promises_.rename)(tmp, path);
    }
    catch (err) {
        await (0,promises_.rm)(tmp, { force: true }).catch(() => undefined);
        const code = err.code;
        throw new errors/* RingwayError */.Sy(`input 'report-file': cannot write ${file}${code ? ` (${code})` : ''}`, {
            input: 'report-file',
            cause: err,
        });
    }
}
const step = {
    name: 'metrics',
    title: 'DORA metrics',
    description: "DORA's four keys from the deployment records, per service and ring over a window: deployment frequency, lead time for changes (commit to synced), change failure rate (rolled back, rejected by the gate, sync failed) and time to restore, with medians, p90 and the DORA 2024 performance band. Writes them as the job summary; definitions in docs/metrics.md.",
    azureTaskId: 'b6d2f8a4-5c3e-4a7b-9e1d-2c8f4a6b0d37',
    inputs: [
        { name: 'service', description: 'Only this service' },
        { name: 'ring', description: 'Only this ring' },
        {
            name: 'since',
            description: 'Start of the window: a date (2026-11-01) or a duration back from until (30d, 12w, 24h)',
            default: '30d',
        },
        { name: 'until', description: 'End of the window: a date or a duration back from now; default now' },
        {
            name: 'output',
            description: 'Format of report-file and of what `ringway metrics` prints',
            options: ['table', 'json', 'csv'],
            default: 'table',
        },
        { name: 'report-file', description: 'Also write the report to this file, in the output format', path: true },
        ...storage_inputs/* storageInputs */.Fd,
    ],
    outputs: [
        { name: 'deployments', description: 'Deployments in the window (all services and rings asked for)' },
        { name: 'deployment-frequency', description: 'daily, weekly, monthly or less than monthly (Four Keys buckets)' },
        { name: 'lead-time-median-hours', description: 'Median lead time for changes, in hours' },
        { name: 'change-failure-rate', description: 'Failed deployments / deployments (0 to 1)' },
        {
            name: 'time-to-restore-median-hours',
            description: 'Median time from a failure record to the next good synced deployment, in hours',
        },
        { name: 'band', description: 'elite, high, medium or low (DORA 2024 clusters); empty without deployments' },
        { name: 'report', description: 'The whole report as JSON' },
    ],
    async run(inputs, host) {
        const q = {
            service: inputs.string('service'),
            ring: inputs.string('ring'),
            since: inputs.string('since'),
            until: inputs.string('until'),
        };
        const w = parseWindow(q, Date.now(), { since: "input 'since'", until: "input 'until'" });
        const store = (0,storage_inputs/* openStore */.Ch)(inputs);
        const report = await host.group('Read deployment records', () => readMetrics(store, q, w, (n) => host.info(`read ${n} rows`)));
        const [head, ...rest] = notes(report);
        host.info(head);
        await host.summary({
            title: `ringway metrics: ${q.service || 'all services'}, ${q.ring || 'all rings'}`,
            rows: report.total.deployments ? tableRows(report) : [],
            notes: [head, ...rest],
        });
        if (inputs.string('report-file'))
            await writeReport(inputs.string('report-file'), renderReport(report, inputs.string('output')));
        const t = report.total;
        const num = (v) => (v === null ? '' : String(v));
        return {
            deployments: String(t.deployments),
            'deployment-frequency': t.frequency ?? '',
            'lead-time-median-hours': num(t.leadTime.medianHours),
            'change-failure-rate': num(t.changeFailure.rate),
            'time-to-restore-median-hours': num(t.timeToRestore.medianHours),
            band: t.band.overall,
            report: JSON.stringify({ ...report, weeks: undefined }),
        };
    },
};


/***/ })

};
;