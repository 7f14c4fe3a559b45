export const id = 355;
export const ids = [355];
export const modules = {

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
    const fmt = (r) => r.map((c, i) => (c ?? '') + ' '.repeat(Math.max(0, widths[i] - len(c)))).join('  ').trimEnd();
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
    const d = Math.floor(m / 1440);
    const rest = Math.round((m % 1440) / 60);
    return `${d}d${rest ? ` ${rest}h` : ''}`;
}
const pct = (r) => (r === null ? '–' : `${Math.round(r * 1000) / 10}%`);
const TABLE_HEAD = ['Service', 'Ring', 'Deployments', 'Per week', 'Frequency', 'Lead time p50', 'p90', 'No commit time', 'Failed', 'Failure rate', 'Restore p50', 'p90', 'Unrestored', 'Band', 'Counted at'];
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
const CSV_HEAD = ['service', 'ring', 'basis', 'deployments', 'deployments_per_week', 'frequency', 'lead_time_count', 'lead_time_median_hours', 'lead_time_p90_hours', 'without_commit_time', 'failed', 'change_failure_rate', 'rolled_back', 'gate_rejected', 'sync_failed', 'restore_count', 'restore_median_hours', 'restore_p90_hours', 'unrestored', 'band', 'band_deployment_frequency', 'band_lead_time', 'band_change_failure_rate', 'band_time_to_restore', 'since', 'until'];
function csvCell(v) {
    const s = v === null ? '' : String(v);
    // Quote when needed; a leading = + - @ is prefixed so a spreadsheet does not run it as a formula.
    const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
function csv(r) {
    const line = (g) => [g.service, g.ring, g.basis, g.deployments, g.deploymentsPerWeek, g.frequency, g.leadTime.count, g.leadTime.medianHours, g.leadTime.p90Hours, g.leadTime.withoutCommitTime, g.changeFailure.failed, g.changeFailure.rate, g.changeFailure.rolledBack, g.changeFailure.gateRejected, g.changeFailure.syncFailed, g.timeToRestore.count, g.timeToRestore.medianHours, g.timeToRestore.p90Hours, g.timeToRestore.unrestored, g.band.overall, g.band.deploymentFrequency, g.band.leadTime, g.band.changeFailureRate, g.band.timeToRestore, r.since, r.until]
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

// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/telemetry/query.ts
var query = __webpack_require__(9534);
// EXTERNAL MODULE: ./lib/telemetry/row.ts
var row = __webpack_require__(5062);
// EXTERNAL MODULE: ./lib/telemetry/store.ts
var telemetry_store = __webpack_require__(2659);
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
    const one = (k) => (meets(CLUSTERS_2024[0], k, m) === undefined ? '' : (CLUSTERS_2024.find((c) => meets(c, k, m)) ?? CLUSTERS_2024[3]).band);
    const keys = ['frequency', 'lead', 'cfr', 'restore'];
    const known = keys.filter((k) => meets(CLUSTERS_2024[0], k, m) !== undefined);
    const overall = m.frequency === undefined ? '' : (CLUSTERS_2024.find((c) => known.every((k) => meets(c, k, m))) ?? CLUSTERS_2024[3]).band;
    return { overall, deploymentFrequency: one('frequency'), leadTime: one('lead'), changeFailureRate: one('cfr'), timeToRestore: one('restore') };
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
            leadTime: { count: leads.length, medianHours: hours(percentile(leads, 0.5)), p90Hours: hours(percentile(leads, 0.9)), withoutCommitTime: this.withoutCommitTime },
            changeFailure: { failed: failed.length, rate: rate === null ? null : Math.round(rate * 10000) / 10000, rolledBack: count(1), gateRejected: count(2), syncFailed: count(4) },
            timeToRestore: { count: restores.length, medianHours: hours(percentile(restores, 0.5)), p90Hours: hours(percentile(restores, 0.9)), unrestored: this.unrestored },
            band: n
                ? bands({ frequency: frequency ?? undefined, leadTimeMedianMs: percentile(leads, 0.5), changeFailureRate: rate ?? undefined, restoreMedianMs: percentile(restores, 0.5) })
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
        const weekly = Array.from({ length: weeks }, () => ({ byRing: {}, failed: 0, n: 0, leads: [] }));
        for (const g of [...this.groups.values()].sort((a, b) => (a.service === b.service ? (a.ring < b.ring ? -1 : 1) : a.service < b.service ? -1 : 1))) {
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
/** Only what the metrics need comes over the wire. */
const SELECT = ['service', 'env', 'syncedAt', 'manifestsPushedAt', 'manifestCommitId', 'commitTime', 'gateRejectedAt', ROLLED_BACK_COLUMN, SYNC_FAILED_COLUMN, 'Timestamp'];
const UNITS = { m: 60e3, h: 3600e3, d: 86400e3, w: 604800e3 };
function when(value, name, from) {
    const v = value.trim();
    const m = /^(\d+)([mhdw])$/.exec(v);
    if (m)
        return from - Number(m[1]) * UNITS[m[2]];
    const t = /^\d{4}-\d{2}-\d{2}/.test(v) ? Date.parse(v) : NaN;
    if (Number.isNaN(t))
        throw new errors/* UsageError */.eb(`${name} must be a date (2026-11-01, 2026-11-01T12:00Z) or a duration (24h, 30d, 12w), got '${value}'`);
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
function metricRow(e) {
    const s = (k) => (typeof e[k] === 'string' && e[k] ? e[k] : undefined);
    return {
        service: s('service'),
        ring: s('env'),
        syncedAt: s('syncedAt'),
        manifestsPushedAt: s('manifestsPushedAt'),
        manifestCommitId: s('manifestCommitId'),
        timestamp: s('timestamp') ?? s('Timestamp'),
        commitTime: s('commitTime'),
        rolledBackAt: s(ROLLED_BACK_COLUMN),
        gateRejectedAt: s('gateRejectedAt'),
        syncFailedAt: s(SYNC_FAILED_COLUMN),
    };
}
/**
 * The query metrics send: the partition, rows whose table Timestamp is in or after the window (a
 * row last written before the window cannot hold anything in it: every stage write moves the
 * Timestamp, so the table service leaves those out), the ring if asked, and only the columns used.
 */
function metricsQuery(partitionKey, q, w) {
    let filter = `PartitionKey eq ${(0,telemetry_store/* quote */.hD)(partitionKey)} and Timestamp ge datetime'${new Date(w.since).toISOString()}'`;
    if (q.ring)
        filter += ` and env eq ${(0,telemetry_store/* quote */.hD)(q.ring.toLowerCase())}`;
    return { filter, select: SELECT };
}
/** Reads the partition once, page by page, and computes the report. `progress` is called every 5,000 rows. */
async function readMetrics(store, q, w, progress) {
    const acc = new MetricsAccumulator(w);
    for await (const page of store.pages(metricsQuery(store.partitionKey, q, w))) {
        for (const e of page) {
            const row = metricRow(e);
            if (!q.service || (0,query/* matchesService */.zX)(row, q.service))
                acc.add(row);
            else
                acc.rowsRead++;
            if (progress && acc.rowsRead % 5000 === 0)
                progress(acc.rowsRead);
        }
    }
    return acc.report();
}

// EXTERNAL MODULE: ./lib/steps/storage-inputs.ts
var storage_inputs = __webpack_require__(5253);
;// CONCATENATED MODULE: ./lib/steps/metrics.ts






/** Written whole or not at all. */
async function writeReport(file, text) {
    const path = (0,external_node_path_.resolve)(file);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(`${path}.${process.pid}.tmp`, text);
    await (0,promises_.rename)(`${path}.${process.pid}.tmp`, path);
}
const step = {
    name: 'metrics',
    title: 'DORA metrics',
    description: "DORA's four keys from the deployment records, per service and ring over a window: deployment frequency, lead time for changes (commit to synced), change failure rate (rolled back, rejected by the gate, sync failed) and time to restore, with medians, p90 and the DORA 2024 performance band. Writes them as the job summary; definitions in docs/metrics.md.",
    azureTaskId: 'b6d2f8a4-5c3e-4a7b-9e1d-2c8f4a6b0d37',
    inputs: [
        { name: 'service', description: 'Only this service' },
        { name: 'ring', description: 'Only this ring' },
        { name: 'since', description: 'Start of the window: a date (2026-11-01) or a duration back from until (30d, 12w, 24h)', default: '30d' },
        { name: 'until', description: 'End of the window: a date or a duration back from now; default now' },
        { name: 'output', description: 'Format of report-file and of what `ringway metrics` prints', options: ['table', 'json', 'csv'], default: 'table' },
        { name: 'report-file', description: 'Also write the report to this file, in the output format' },
        ...storage_inputs/* storageInputs */.F,
    ],
    outputs: [
        { name: 'deployments', description: 'Deployments in the window (all services and rings asked for)' },
        { name: 'deployment-frequency', description: 'daily, weekly, monthly or less than monthly (Four Keys buckets)' },
        { name: 'lead-time-median-hours', description: 'Median lead time for changes, in hours' },
        { name: 'change-failure-rate', description: 'Failed deployments / deployments (0 to 1)' },
        { name: 'time-to-restore-median-hours', description: 'Median time from a failure record to the next good synced deployment, in hours' },
        { name: 'band', description: 'elite, high, medium or low (DORA 2024 clusters); empty without deployments' },
        { name: 'report', description: 'The whole report as JSON' },
    ],
    async run(inputs, host) {
        const q = { service: inputs.string('service'), ring: inputs.string('ring'), since: inputs.string('since'), until: inputs.string('until') };
        const w = parseWindow(q, Date.now(), { since: "input 'since'", until: "input 'until'" });
        const store = telemetry_store/* DeploymentStore */.$0.open((0,storage_inputs/* storeOptions */.S)((n) => inputs.string(n)));
        const report = await host.group('Read deployment records', () => readMetrics(store, q, w, (n) => host.info(`read ${n} rows`)));
        const [head, ...rest] = notes(report);
        host.info(head);
        await host.summary({ title: `ringway metrics: ${q.service || 'all services'}, ${q.ring || 'all rings'}`, rows: report.total.deployments ? tableRows(report) : [], notes: [head, ...rest] });
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


/***/ }),

/***/ 5253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ storageInputs),
/* harmony export */   S: () => (/* binding */ storeOptions)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2667);

/** Storage inputs shared by record-deployment and the `deployments` / `dashboard` commands. */
const storageInputs = [
    { name: 'connection-string', description: 'Storage account connection string (account key or SAS)', secret: true },
    { name: 'account-name', description: 'Storage account name (with account-key or sas-token)' },
    { name: 'account-key', description: 'Storage account key', secret: true },
    { name: 'sas-token', description: 'SAS token with table read/add/update/delete permissions', secret: true },
    { name: 'table-endpoint', description: 'Table service URL; default https://<account>.table.core.windows.net' },
    { name: 'table-name', description: 'Deployment table (created when missing)', required: true },
    { name: 'partition-key', description: 'Partition of the table holding these deployments (Spektate INTROSPECTION_PARTITION_KEY)', required: true }, _types_js__WEBPACK_IMPORTED_MODULE_0__/* .timeoutInput */ .sR,
];
function storeOptions(get) {
    return {
        connectionString: get('connection-string') || undefined,
        accountName: get('account-name') || undefined,
        accountKey: get('account-key') || undefined,
        sasToken: get('sas-token') || undefined,
        endpoint: get('table-endpoint') || undefined,
        tableName: get('table-name'),
        partitionKey: get('partition-key'),
    };
}


/***/ }),

/***/ 9534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   zX: () => (/* binding */ matchesService)
/* harmony export */ });
/* unused harmony exports view, parseSince, listDeployments, syncText */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _row_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5062);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2659);



function view(row) {
    const service = row.service ?? '';
    // Spektate shows only the part after a single '/' ("repo/service" → "service").
    const shown = service.split('/').length === 2 ? service.split('/')[1] : service;
    const times = [row.imageBuiltAt, row.hldUpdatedAt, row.prMergedAt, row.manifestsGeneratedAt, row.manifestsPushedAt, row.syncedAt, row.syncFailedAt].filter(Boolean).sort();
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
            .map(([name, c]) => ({ name, synced: c.syncedAt ?? '', failed: c.failedAt ?? '', reason: c.reason ?? '', failing: clusterFailed(c) })),
        syncFailed: row.syncFailedAt ?? '',
        lastUpdated: lastUpdated(row),
        started: times[0] ?? row.timestamp ?? '',
        durationMinutes: durationMinutes(row),
        rollbackOf: row.rollbackOf ?? '',
        rolledBackBy: row.rolledBackBy ?? '',
        rollbackReason: row.rollbackReason ?? '',
    };
}
/** The row is of `service`: its full name, or the part after a single '/' as Spektate shows it. */
function matchesService(row, service) {
    const full = (row.service ?? '').toLowerCase();
    const want = service.toLowerCase();
    const parts = full.split('/');
    return full === want || (parts.length === 2 && parts[1] === want);
}
function parseSince(since, now = Date.now()) {
    const m = /^(\d+)([mhdw])$/.exec(since.trim());
    if (m)
        return now - Number(m[1]) * { m: 60e3, h: 3600e3, d: 86400e3, w: 604800e3 }[m[2]];
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
async function listDeployments(store, f) {
    const server = [];
    const eq = (col, v) => v && server.push(`${col} eq ${quote(v.toLowerCase())}`);
    eq('p1', f.buildId);
    eq('commitId', f.commitId);
    eq('RowKey', f.deploymentId);
    eq('env', f.ring);
    const since = f.since ? parseSince(f.since) : undefined;
    const same = (a, b) => !b || a.toLowerCase() === b.toLowerCase();
    const out = [];
    for await (const row of store.all(server.join(' and '))) {
        const v = view(row);
        if (!same(v.imageTag, f.imageTag) || (f.service && !matchesService(row, f.service)) || !same(v.author, f.author) || !same(v.state, f.status))
            continue;
        if (since !== undefined && Date.parse(v.lastUpdated || '1970-01-01') < since)
            continue;
        out.push(v);
    }
    out.sort((a, b) => (a.lastUpdated < b.lastUpdated ? 1 : a.lastUpdated > b.lastUpdated ? -1 : 0));
    return f.top ? out.slice(0, f.top) : out;
}
/** The sync column: each cluster with its own time (✓ synced, ✘ failing), else the single recorded sync. */
function syncText(v) {
    const hm = (t) => t.replace('T', ' ').slice(0, 16);
    if (v.clusters.length)
        return v.clusters.map((c) => (c.failing ? `✘ ${c.name} ${c.reason}`.trim() : c.synced ? `✓ ${c.name} ${hm(c.synced)}` : `… ${c.name}`)).join(', ');
    if (v.state === 'Sync failed')
        return '✘';
    return v.synced ? `✓ ${v.cluster}`.trim() : '';
}


/***/ }),

/***/ 5062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ LINKS),
/* harmony export */   AU: () => (/* binding */ fold),
/* harmony export */   Ao: () => (/* binding */ changes),
/* harmony export */   CS: () => (/* binding */ ranks),
/* harmony export */   D7: () => (/* binding */ ringStartedAt),
/* harmony export */   IQ: () => (/* binding */ rankOf),
/* harmony export */   JF: () => (/* binding */ STAGE_TIME),
/* harmony export */   L4: () => (/* binding */ stateOf),
/* harmony export */   MT: () => (/* binding */ clusterFailed),
/* harmony export */   UH: () => (/* binding */ imageOnly),
/* harmony export */   V4: () => (/* binding */ contradicts),
/* harmony export */   WH: () => (/* binding */ SPEKTATE_COLUMNS),
/* harmony export */   an: () => (/* binding */ STAGES),
/* harmony export */   et: () => (/* binding */ RINGWAY_COLUMNS),
/* harmony export */   ht: () => (/* binding */ clusterSyncs),
/* harmony export */   l1: () => (/* binding */ compatible),
/* harmony export */   ll: () => (/* binding */ newestFirst),
/* harmony export */   q: () => (/* binding */ linked),
/* harmony export */   zm: () => (/* binding */ syncFailed)
/* harmony export */ });
/* unused harmony exports IDENTITY, lastUpdated, durationMinutes */
/**
 * One deployment = one table row, in the layout Spektate and bedrock-cli use (all strings, one
 * PartitionKey). ringway adds columns Spektate ignores (author, PR link, merged-by, timestamps per
 * stage, which stage set each field) and never changes the meaning of Spektate's own columns.
 */
const SPEKTATE_COLUMNS = ['commitId', 'env', 'imageTag', 'p1', 'service', 'p2', 'hldCommitId', 'p3', 'manifestCommitId', 'sourceRepo', 'hldRepo', 'manifestRepo', 'pr'];
const RINGWAY_COLUMNS = [
    'author', 'prUrl', 'mergedBy', 'cluster', 'imageBuiltAt', 'hldUpdatedAt', 'prMergedAt', 'manifestsGeneratedAt', 'manifestsPushedAt', 'syncedAt', 'syncFailedAt', 'clusters', 'commitTime', 'gateRejectedAt',
    // rollback: the new deployment names the one it replaces (rollbackOf); the replaced one is marked.
    'rollbackOf', 'rolledBackBy', 'rolledBackAt', 'rollbackReason',
];
const STAGES = ['image-built', 'hld-updated', 'pr-merged', 'manifests-generated', 'manifests-pushed', 'cluster-synced', 'sync-failed', 'gate-rejected', 'rollback'];
const STAGE_TIME = {
    'image-built': 'imageBuiltAt',
    'hld-updated': 'hldUpdatedAt',
    'pr-merged': 'prMergedAt',
    'manifests-generated': 'manifestsGeneratedAt',
    'manifests-pushed': 'manifestsPushedAt',
    'cluster-synced': 'syncedAt',
    'sync-failed': 'syncFailedAt',
    'gate-rejected': 'gateRejectedAt',
    // A rollback is an HLD update of the previous tag.
    rollback: 'hldUpdatedAt',
};
/** Where a stage sits in a deployment's story (a later stage's value wins); a rollback is an HLD update. */
const RANK = { rollback: 2 };
function rankOf(stage) {
    return RANK[stage] ?? STAGES.indexOf(stage) + 1;
}
/**
 * Columns that tell deployments apart whatever stage set them: a row and a record (or two rows)
 * with different non-empty values in any of these are different deployments. `env` keeps rings
 * apart, `imageTag` tags, the rest pipeline runs, pull requests and manifest commits.
 */
const IDENTITY = ['imageTag', 'env', 'p1', 'p2', 'p3', 'pr', 'manifestCommitId'];
/**
 * Ids of one deployment to one ring: sharing a value in one of these makes a record (or a row) part
 * of the same deployment. The image tag is not one: every ring of a tag shares it.
 */
const LINKS = ['p2', 'pr', 'hldCommitId', 'p3', 'manifestCommitId'];
/** A row that only knows about the image (image-built so far, perhaps for a named ring): no deployment id yet. */
function imageOnly(row) {
    return LINKS.every((k) => !row[k]);
}
const same = (a, b) => Boolean(a && b && a.toLowerCase() === b.toLowerCase());
const differ = (a, b) => Boolean(a && b && a.toLowerCase() !== b.toLowerCase());
/**
 * Whether `fields`, written by a stage of rank `rank`, contradict `row`: an identity column differs,
 * or the HLD commit differs where the same stage set it (the HLD commit moves from the PR commit to
 * the merge commit between stages, so only a same-stage difference is a contradiction).
 */
function contradicts(row, fields, rank) {
    if (IDENTITY.some((k) => differ(row[k], fields[k])))
        return true;
    return differ(row.hldCommitId, fields.hldCommitId) && (ranks(row).hldCommitId ?? 0) === rank;
}
/** Whether `fields` name the same deployment as `row` by one of its ids. */
function linked(row, fields) {
    return LINKS.some((k) => same(row[k], fields[k]));
}
function ranks(row) {
    try {
        return row.ringwayRanks ? JSON.parse(row.ringwayRanks) : {};
    }
    catch {
        return {};
    }
}
/**
 * The columns `fields` (written by a stage of rank `rank`) change on `row`: empty columns are
 * filled; a filled one is replaced only by a stage at least as late as the one that set it.
 */
function changes(row, fields, rank) {
    const r = ranks(row);
    const set = {};
    for (const [k, v] of Object.entries(fields)) {
        if (v === undefined || v === '')
            continue;
        const current = row[k];
        if (current === v) {
            r[k] = Math.max(r[k] ?? 0, rank);
            continue;
        }
        if (!current || rank >= (r[k] ?? 0)) {
            set[k] = v;
            r[k] = rank;
        }
    }
    return { set, ranks: r };
}
/**
 * Whether two rows are the same deployment: linked by an id of one ring's deployment, or one of them
 * only knows the image of the other, and no identity column disagrees (whatever the ranks: a later
 * stage never turns one ring's row into another's).
 */
function compatible(a, b) {
    if (IDENTITY.some((k) => differ(a[k], b[k])))
        return false;
    if (differ(a.hldCommitId, b.hldCommitId) && (ranks(a).hldCommitId ?? 0) === (ranks(b).hldCommitId ?? 0))
        return false;
    if (linked(a, b))
        return true;
    // An image row joins the rows of its tag; one recorded for a named ring, only that ring's.
    const [image, other] = imageOnly(a) ? [a, b] : [b, a];
    return imageOnly(image) && same(a.imageTag, b.imageTag) && (!image.env || same(image.env, other.env));
}
/** `b` folded into `a` column by column with the same rank rule. */
function fold(a, b) {
    const rb = ranks(b);
    const out = { set: {}, ranks: ranks(a) };
    let row = { ...a };
    for (const k of [...SPEKTATE_COLUMNS, ...RINGWAY_COLUMNS]) {
        const v = b[k];
        if (!v)
            continue;
        const c = changes({ ...row, ringwayRanks: JSON.stringify(out.ranks) }, { [k]: v }, rb[k] ?? 0);
        Object.assign(out.set, c.set);
        out.ranks = c.ranks;
        row = { ...row, ...c.set };
    }
    return out;
}
/** Spektate-style state from the stages a row has. */
function stateOf(row) {
    if (row.rolledBackAt)
        return 'Rolled back';
    if (syncFailed(row))
        return 'Sync failed';
    if (row.syncedAt)
        return 'Synced';
    if (row.manifestCommitId)
        return 'Ready to deploy';
    if (row.p3 || row.prMergedAt)
        return 'Merged';
    if (row.p2 || row.hldCommitId)
        return row.pr ? 'Awaiting approval' : 'HLD updated';
    if (row.p1)
        return 'Image built';
    return 'Incomplete';
}
const STAGE_TIMES = ['imageBuiltAt', 'hldUpdatedAt', 'prMergedAt', 'manifestsGeneratedAt', 'manifestsPushedAt', 'syncedAt', 'syncFailedAt'];
function clusterSyncs(row) {
    try {
        const v = row.clusters ? JSON.parse(row.clusters) : {};
        return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
    }
    catch {
        return {};
    }
}
/** The cluster's latest word is a failure (a failure after the last success). */
function clusterFailed(c) {
    return Boolean(c.failedAt && (!c.okAt || c.failedAt > c.okAt));
}
/** A cluster of the ring reports a failure it has not recovered from (or a manual sync-failed stage after the last sync). */
function syncFailed(row) {
    const map = Object.values(clusterSyncs(row));
    if (map.length)
        return map.some(clusterFailed);
    return Boolean(row.syncFailedAt && (!row.syncedAt || row.syncFailedAt > row.syncedAt));
}
/**
 * When the deployment to its ring started: its first ring stage. The build time is not one: it is
 * copied into every ring's row of the tag, so it cannot tell two deployments of one tag apart.
 */
function ringStartedAt(row) {
    const times = STAGE_TIMES.filter((k) => k !== 'imageBuiltAt').map((k) => row[k]).filter((t) => Boolean(t));
    return times.sort()[0] ?? row.timestamp ?? '';
}
/** Newest deployment first: by when it started in its ring, then by its latest stage. */
function newestFirst(a, b) {
    const [sa, sb] = [ringStartedAt(a), ringStartedAt(b)];
    if (sa !== sb)
        return sa < sb ? 1 : -1;
    const [la, lb] = [lastUpdated(a), lastUpdated(b)];
    return la === lb ? 0 : la < lb ? 1 : -1;
}
function lastUpdated(row) {
    const times = STAGE_TIMES.map((k) => row[k]).filter((t) => Boolean(t));
    return times.sort().pop() ?? row.timestamp ?? '';
}
/** Minutes from the first recorded stage to the last, two decimals (Spektate's unit). */
function durationMinutes(row) {
    const times = STAGE_TIMES.map((k) => row[k]).filter((t) => Boolean(t)).map((t) => Date.parse(t)).sort((a, b) => a - b);
    if (times.length < 2)
        return '';
    return ((times[times.length - 1] - times[0]) / 60000).toFixed(2);
}


/***/ }),

/***/ 2659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ DeploymentStore),
/* harmony export */   hD: () => (/* binding */ quote)
/* harmony export */ });
/* unused harmony export StorageError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3732);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6995);
/* harmony import */ var _row_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5062);




const COLUMNS = [..._row_js__WEBPACK_IMPORTED_MODULE_3__/* .SPEKTATE_COLUMNS */ .WH, ..._row_js__WEBPACK_IMPORTED_MODULE_3__/* .RINGWAY_COLUMNS */ .et];
/** The deployment table, through @azure/data-tables. */
class DeploymentStore {
    options;
    partitionKey;
    ensured;
    connected;
    constructor(options, partitionKey) {
        this.options = options;
        this.partitionKey = partitionKey;
    }
    /** Checks the options; the SDK is loaded and the client made on first use. */
    static open(o) {
        if (!o.tableName)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb("input 'table-name' is required");
        if (!o.partitionKey)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb("input 'partition-key' is required");
        if (o.connectionString) {
            (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(o.connectionString);
            (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(/AccountKey=([^;]+)/i.exec(o.connectionString)?.[1]);
            (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(/SharedAccessSignature=([^;]+)/i.exec(o.connectionString)?.[1]);
        }
        else if (o.accountName && (o.accountKey || o.sasToken)) {
            (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .registerSecret */ .cl)(o.accountKey || o.sasToken);
        }
        else {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb("telemetry storage: give 'connection-string', or 'account-name' with 'account-key' or 'sas-token'");
        }
        return new DeploymentStore(o, o.partitionKey);
    }
    get tableName() {
        return this.options.tableName;
    }
    /** The SDK's client for this table (made once). */
    client() {
        this.connected ??= guarded(() => connect(this.options));
        return this.connected;
    }
    /** Creates the table on first use when it does not exist. */
    ensureTable() {
        this.ensured ??= this.client().then((c) => guarded(() => c.createTable().catch((err) => {
            if (err.statusCode !== 409)
                throw err;
        })));
        return this.ensured;
    }
    /** Rows of this partition where every given column equals the value. */
    async find(where) {
        await this.ensureTable();
        const clauses = Object.entries(where).filter(([, v]) => v);
        let filter = `PartitionKey eq ${quote(this.partitionKey)}`;
        for (const [k, v] of clauses) {
            if (!/^\w+$/.test(k))
                throw new Error(`bad column ${k}`);
            filter += ` and ${k} eq ${quote(v)}`;
        }
        const out = [];
        for await (const page of this.pages({ filter }))
            for (const e of page)
                out.push(toRow(e));
        return out;
    }
    /** Rows of this partition matching any of the given column sets (one query instead of several). */
    async findAny(wheres) {
        const terms = wheres
            .map((w) => Object.entries(w).filter(([, v]) => v))
            .filter((c) => c.length)
            .map((c) => `(${c.map(([k, v]) => {
            if (!/^\w+$/.test(k))
                throw new Error(`bad column ${k}`);
            return `${k} eq ${quote(v)}`;
        }).join(' and ')})`);
        if (!terms.length)
            return [];
        const out = [];
        for await (const row of this.all(`(${terms.join(' or ')})`))
            out.push(row);
        return out;
    }
    /** Every row of the partition, page by page (continuation tokens followed). */
    async *all(filter = '') {
        const f = `PartitionKey eq ${quote(this.partitionKey)}` + (filter ? ` and ${filter}` : '');
        for await (const page of this.pages({ filter: f })) {
            for (const e of page)
                yield toRow(e);
        }
    }
    /**
     * Raw entities of a query (its filter names the partition), a page of up to 1000 at a time;
     * `select` reads only those columns.
     */
    async *pages(query) {
        await this.ensureTable();
        const client = await this.client();
        const it = client.listEntities({ queryOptions: query }).byPage({ maxPageSize: 1000 })[Symbol.asyncIterator]();
        for (;;) {
            const page = await guarded(() => it.next());
            if (page.done)
                return;
            yield page.value;
        }
    }
    async insert(fields, ranks, rowKey) {
        await this.ensureTable();
        const entity = { partitionKey: this.partitionKey, rowKey, ...clean(fields), ringwayRanks: JSON.stringify(ranks) };
        const client = await this.client();
        const res = await guarded(() => client.createEntity(entity));
        return { ...entity, etag: res.etag };
    }
    /** Merges columns into a row only if it is unchanged since read (ETag); a StorageError with status 412 otherwise. */
    async update(row, fields, ranks) {
        const client = await this.client();
        await guarded(() => client.updateEntity({ partitionKey: row.partitionKey, rowKey: row.rowKey, ...clean(fields), ringwayRanks: JSON.stringify(ranks) }, 'Merge', { etag: row.etag }));
    }
    async remove(row) {
        const client = await this.client();
        await guarded(() => client.deleteEntity(row.partitionKey, row.rowKey, { etag: row.etag }));
    }
}
/** Loads the SDK and makes the client the options describe. */
async function connect(o) {
    const { AzureNamedKeyCredential, AzureSASCredential, TableClient } = await __webpack_require__.e(/* import() */ 704).then(__webpack_require__.bind(__webpack_require__, 704));
    const http = (url) => url.startsWith('http://');
    let client;
    if (o.connectionString) {
        const endpoint = /TableEndpoint=([^;]+)/i.exec(o.connectionString)?.[1] ?? '';
        try {
            client = TableClient.fromConnectionString(o.connectionString, o.tableName, { allowInsecureConnection: http(endpoint) || /UseDevelopmentStorage=true/i.test(o.connectionString) });
        }
        catch {
            // The SDK's TypeError quotes nothing useful; the value itself is a secret.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb("input 'connection-string' is not a storage connection string (AccountName=…;AccountKey=…;TableEndpoint=…, or a SAS form)");
        }
    }
    else {
        const endpoint = o.endpoint || `https://${o.accountName}.table.core.windows.net`;
        const options = { allowInsecureConnection: http(endpoint) };
        client = o.accountKey
            ? new TableClient(endpoint, o.tableName, new AzureNamedKeyCredential(o.accountName, o.accountKey), options)
            : new TableClient(endpoint, o.tableName, new AzureSASCredential(o.sasToken.replace(/^\?/, '')), options);
    }
    boundRequests(client);
    return client;
}
/** An OData string literal (quotes doubled), as the odata`` helper writes an interpolation. */
function quote(v) {
    return `'${v.replace(/'/g, "''")}'`;
}
function clean(fields) {
    const out = {};
    for (const [k, v] of Object.entries(fields))
        if (v !== undefined && v !== '')
            out[k] = String(v);
    return out;
}
function toRow(e) {
    const row = { partitionKey: e.partitionKey, rowKey: e.rowKey, etag: e.etag, timestamp: e.timestamp };
    for (const k of COLUMNS)
        if (typeof e[k] === 'string' && e[k])
            row[k] = e[k];
    if (typeof e.ringwayRanks === 'string')
        row.ringwayRanks = e.ringwayRanks;
    return row;
}
/** A short, readable error for a failed table call (never the connection string). */
/**
 * Every operation (its retries included) is given up after the step's network budget: a table
 * service that accepts and never answers must not hang the step. Added without a phase, the
 * policy runs once per operation, before the SDK's retry policy.
 */
function boundRequests(client) {
    const service = `table service ${new URL(client.url).origin}`;
    client.pipeline.addPolicy({
        name: 'ringway-deadline',
        async sendRequest(request, next) {
            const deadline = AbortSignal.timeout((0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .networkTimeoutMs */ .mi)());
            request.abortSignal = request.abortSignal ? AbortSignal.any([request.abortSignal, deadline]) : deadline;
            try {
                return await next(request);
            }
            catch (err) {
                if (deadline.aborted)
                    throw (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .noAnswerError */ .q9)(service);
                throw err;
            }
        },
    });
}
/**
 * A failed table call, as one readable line (never the connection string). The HTTP status stays
 * on it: the telemetry writers retry a 412 (row changed since read), 409 and 404.
 */
class StorageError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy {
    statusCode;
    constructor(message, statusCode) {
        super(message);
        this.statusCode = statusCode;
    }
}
function storageError(err) {
    const e = err;
    if (e.statusCode === 403)
        return new StorageError('telemetry: the storage account refused the credentials (HTTP 403)', 403);
    if (e.code === 'ECONNREFUSED' || /ECONNREFUSED|ENOTFOUND|fetch failed|socket/i.test(e.message ?? ''))
        return new StorageError(`telemetry: cannot reach the table service: ${e.code ?? e.message}`, e.statusCode);
    return new StorageError(`telemetry: table service error${e.statusCode ? ` (HTTP ${e.statusCode})` : ''}: ${(e.message ?? String(err)).split('\n')[0]}`, e.statusCode);
}
/** Runs one table call; what the SDK or the network throws comes out as a StorageError, ours unchanged. */
async function guarded(call) {
    try {
        return await call();
    }
    catch (err) {
        throw err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy ? err : storageError(err);
    }
}


/***/ })

};
