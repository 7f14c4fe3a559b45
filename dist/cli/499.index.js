"use strict";
exports.id = 499;
exports.ids = [499];
exports.modules = {

/***/ 8499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _metrics_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(833);
/* harmony import */ var _metrics_format_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4601);
/* harmony import */ var _steps_metrics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6407);
/* harmony import */ var _steps_names_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(270);
/* harmony import */ var _steps_storage_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5450);
/* harmony import */ var _hosts_cli_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3931);
/* harmony import */ var _hosts_cli_args_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9728);
/* harmony import */ var _hosts_cli_help_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2990);









/**
 * `ringway metrics`: the metrics step's own inputs as flags, but the report itself (table, JSON
 * or CSV) on stdout instead of name=value outputs, and progress on stderr.
 */
const command = {
    help: (0,_hosts_cli_help_js__WEBPACK_IMPORTED_MODULE_6__/* .stepHelp */ .S)(_steps_metrics_js__WEBPACK_IMPORTED_MODULE_2__.step)
        .replace(/\nOutputs \(printed[\s\S]*?\n\n/, '\nPrints the report (--output table|json|csv; --json is --output json) on stdout and a line per 5,000 rows read on stderr.\n\n')
        .replace(/\nBuild metadata[\s\S]*?\n\n/, '\n')
        .replace(/\nCommon options:[\s\S]*?\n\n/, '\nCommon options:\n  --json                          Same as --output json\n  --help                          Show this help\n\nDefinitions: docs/metrics.md. '),
    async run(argv) {
        const { flags, positionals } = (0,_hosts_cli_args_js__WEBPACK_IMPORTED_MODULE_5__/* .parseArgs */ .Zy)(argv, [
            ...(0,_hosts_cli_args_js__WEBPACK_IMPORTED_MODULE_5__/* .flagSpecsFor */ .Mv)(_steps_metrics_js__WEBPACK_IMPORTED_MODULE_2__.step.inputs),
            { name: 'json', boolean: true },
        ]);
        if (positionals.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`ringway metrics takes no arguments, got '${positionals[0]}'`);
        // Checked before the inputs: the flag's own words, and --json wins over any --output.
        const output = flags.get('json') === 'true' ? 'json' : (flags.get('output') ?? process.env[(0,_steps_names_js__WEBPACK_IMPORTED_MODULE_7__/* .envName */ .pD)('output')] ?? '') || 'table';
        if (!['table', 'json', 'csv'].includes(output))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`option --output must be table, json or csv, got '${output}'`);
        const inputs = (0,_hosts_cli_js__WEBPACK_IMPORTED_MODULE_4__.commandInputs)(_steps_metrics_js__WEBPACK_IMPORTED_MODULE_2__.step, new Map([...flags].filter(([name]) => name !== 'output')));
        const q = {
            service: inputs.string('service'),
            ring: inputs.string('ring'),
            since: inputs.string('since'),
            until: inputs.string('until'),
        };
        const w = (0,_metrics_read_js__WEBPACK_IMPORTED_MODULE_1__/* .parseWindow */ .Et)(q);
        const report = await (0,_metrics_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readMetrics */ .Uw)((0,_steps_storage_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .openStore */ .Ch)(inputs), q, w, (n) => process.stderr.write(`read ${n} rows\n`));
        const text = (0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_8__/* .renderReport */ .B1)(report, output);
        if (inputs.string('report-file'))
            await (0,_steps_metrics_js__WEBPACK_IMPORTED_MODULE_2__.writeReport)(inputs.string('report-file'), text);
        process.stdout.write(text);
        return 0;
    },
};


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


/***/ })

};
;