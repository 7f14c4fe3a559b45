"use strict";
exports.id = 519;
exports.ids = [519];
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
/** {@link durationMs}, or an error naming the value; the step names the input (`withInput`). */
function parseDuration(value) {
    const ms = durationMs(value);
    if (ms === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`'${value}' is not a duration like 30m, 1h30m or 2d`);
    return ms;
}
/** 5400000 → `1h30m`, for reasons a person reads. */
function formatDuration(ms) {
    if (ms <= 0)
        return '0s';
    let rest = Math.ceil(ms / 1000);
    const parts = [];
    for (const [unit, secs] of [
        ['d', 86400],
        ['h', 3600],
        ['m', 60],
        ['s', 1],
    ]) {
        if (rest >= secs) {
            parts.push(`${Math.floor(rest / secs)}${unit}`);
            rest %= secs;
        }
    }
    return parts.slice(0, 2).join('');
}


/***/ }),

/***/ 6407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   step: () => (/* binding */ step),
/* harmony export */   writeReport: () => (/* binding */ writeReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8115);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _metrics_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4601);
/* harmony import */ var _metrics_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(833);
/* harmony import */ var _storage_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5450);






/** Written whole or not at all: on any failure the temporary file is removed and the input named. */
async function writeReport(file, text) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(file);
    const tmp = `${path}.${process.pid}.tmp`;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, text);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, path);
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { force: true }).catch(() => undefined);
        const code = err.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`input 'report-file': cannot write ${file}${code ? ` (${code})` : ''}`, {
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
        ..._storage_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .storageInputs */ .Fd,
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
        const w = (0,_metrics_read_js__WEBPACK_IMPORTED_MODULE_3__/* .parseWindow */ .Et)(q, Date.now(), { since: "input 'since'", until: "input 'until'" });
        const store = (0,_storage_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .openStore */ .Ch)(inputs);
        const report = await host.group('Read deployment records', () => (0,_metrics_read_js__WEBPACK_IMPORTED_MODULE_3__/* .readMetrics */ .Uw)(store, q, w, (n) => host.info(`read ${n} rows`)));
        const [head, ...rest] = (0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_5__/* .notes */ .Q2)(report);
        host.info(head);
        await host.summary({
            title: `ringway metrics: ${q.service || 'all services'}, ${q.ring || 'all rings'}`,
            rows: report.total.deployments ? (0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_5__/* .tableRows */ .QE)(report) : [],
            notes: [head, ...rest],
        });
        if (inputs.string('report-file'))
            await writeReport(inputs.string('report-file'), (0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_5__/* .renderReport */ .B1)(report, inputs.string('output')));
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

/***/ 5286:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ textTable)
/* harmony export */ });
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


/***/ })

};
;