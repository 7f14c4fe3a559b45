"use strict";
exports.id = 627;
exports.ids = [627];
exports.modules = {

/***/ 5952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   pc: () => (/* binding */ durationMs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);

const UNIT_MS = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 604800e3 };
/**
 * `90s`, `30m`, `1h30m`, `2d`, `0` → milliseconds (Go/Flux-style durations plus days and weeks);
 * undefined when the text is not a duration. One grammar for every input and option that takes one.
 */
function durationMs(value) {
    const v = value.trim();
    if (v === '' || v === '0')
        return 0;
    if (!/^(\d+(\.\d+)?[smhdw])+$/.test(v))
        return undefined;
    let ms = 0;
    for (const m of v.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g))
        ms += Number(m[1]) * UNIT_MS[m[2]];
    return Math.round(ms);
}
/** {@link durationMs} for a step input: a text that is not a duration is an error naming the input. */
function parseDuration(value, input) {
    const ms = durationMs(value);
    if (ms === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`input '${input}' must be a duration like 30m, 1h30m or 2d, got '${value}'`);
    return ms;
}
/** 5400000 → `1h30m`, for reasons a person reads. */
function formatDuration(ms) {
    if (ms <= 0)
        return '0s';
    let rest = Math.ceil(ms / 1000);
    const parts = [];
    for (const [unit, secs] of [['d', 86400], ['h', 3600], ['m', 60], ['s', 1]]) {
        if (rest >= secs) {
            parts.push(`${Math.floor(rest / secs)}${unit}`);
            rest %= secs;
        }
    }
    return parts.slice(0, 2).join('');
}


/***/ }),

/***/ 9534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ listDeployments),
/* harmony export */   n5: () => (/* binding */ syncText),
/* harmony export */   zX: () => (/* binding */ matchesService)
/* harmony export */ });
/* unused harmony exports view, parseSince */
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
        state: (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .stateOf */ .L4)(row),
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
        clusters: Object.entries((0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .clusterSyncs */ .ht)(row))
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([name, c]) => ({ name, synced: c.syncedAt ?? '', failed: c.failedAt ?? '', reason: c.reason ?? '', failing: (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .clusterFailed */ .MT)(c) })),
        syncFailed: row.syncFailedAt ?? '',
        lastUpdated: (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .lastUpdated */ ._e)(row),
        started: times[0] ?? row.timestamp ?? '',
        durationMinutes: (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .durationMinutes */ .AK)(row),
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`option --since must be a date (2026-11-01) or a duration (24h, 7d), got '${since}'`);
    return t;
}
/**
 * Deployments matching the filter, newest first. Columns stored lowercase (bedrock-cli and
 * Spektate lowercase ids) are filtered by the table service; the rest are compared here,
 * case-insensitively, while paging through the partition.
 */
async function listDeployments(store, f) {
    const server = [];
    const eq = (col, v) => v && server.push(`${col} eq ${(0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(v.toLowerCase())}`);
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


/***/ })

};
;