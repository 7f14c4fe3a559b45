"use strict";
exports.id = 63;
exports.ids = [63,361];
exports.modules = {

/***/ 3361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cI: () => (/* binding */ ExecError),
/* harmony export */   m0: () => (/* binding */ exec),
/* harmony export */   mi: () => (/* binding */ networkTimeoutMs),
/* harmony export */   q9: () => (/* binding */ noAnswerError),
/* harmony export */   s: () => (/* binding */ setNetworkTimeout),
/* harmony export */   w$: () => (/* binding */ lastLines)
/* harmony export */ });
/* unused harmony exports SCRUBBED_ENV, childEnv */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6995);


/**
 * How long a step waits for a server that does not answer (git, forge, table service, registry),
 * retries included: 60 s unless the step's `timeout` input says otherwise.
 */
let networkBudgetMs = 60_000;
function setNetworkTimeout(ms) {
    networkBudgetMs = ms;
}
function networkTimeoutMs() {
    return networkBudgetMs;
}
/** The error for a server that did not answer in time; names the service and the input to raise. */
function noAnswerError(service, ms = networkBudgetMs) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(service)} did not answer within ${formatSeconds(ms)} (input 'timeout')`);
}
function formatSeconds(ms) {
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
/**
 * Runs a program without a shell and captures its output. Not @actions/exec: that one echoes the
 * full command line to stdout, which would print arguments we keep out of logs, and pulls GitHub
 * formatting into the CLI and Azure surfaces.
 */
async function exec(cmd, args, opts = {}) {
    // Loaded at the first command, not with the bundle: a step that stops at its inputs starts none.
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23));
    return new Promise((resolve, reject) => {
        const env = childEnv();
        for (const [k, v] of Object.entries(opts.env ?? {})) {
            if (v === undefined)
                delete env[k];
            else
                env[k] = v;
        }
        // With a timeout the child leads its own process group, so git's helpers die with it.
        const child = spawn(cmd, args, { cwd: opts.cwd, env, stdio: ['pipe', 'pipe', 'pipe'], detached: Boolean(opts.timeout) });
        let timedOut = false;
        const timer = opts.timeout
            ? setTimeout(() => {
                timedOut = true;
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    child.kill('SIGKILL');
                }
            }, opts.timeout.ms)
            : undefined;
        const out = [];
        const err = [];
        const streams = [lineSplitter(opts.onLine), lineSplitter(opts.onLine)];
        child.stdout.on('data', (d) => (out.push(d), streams[0].push(d)));
        child.stderr.on('data', (d) => (err.push(d), streams[1].push(d)));
        child.on('error', (e) => {
            if (timer)
                clearTimeout(timer);
            if (e.code === 'ENOENT')
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${cmd} is not installed or not on PATH`));
            else
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${opts.label ?? cmd}: ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(e.message)}`));
        });
        child.on('close', (code, signal) => {
            for (const st of streams)
                st.end();
            if (timer)
                clearTimeout(timer);
            if (timedOut && opts.timeout) {
                reject(noAnswerError(`${opts.timeout.service} (${opts.label ?? cmd})`, opts.timeout.ms));
                return;
            }
            const result = {
                code: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
            };
            if (result.code !== 0 && !opts.allowFailure) {
                reject(new ExecError(opts.label ?? `${cmd} ${args[0] ?? ''}`.trim(), result));
            }
            else {
                resolve(result);
            }
        });
        child.stdin.on('error', () => undefined); // child may exit before reading stdin
        child.stdin.end(opts.input ?? '');
    });
}
/**
 * Our inputs travel in the environment (GitHub and Azure `INPUT_*`, the CLI's `RINGWAY_*` fallback),
 * secrets included, and the runner adds its own credentials (`ACTIONS_RUNTIME_TOKEN`,
 * `ACTIONS_ID_TOKEN_REQUEST_TOKEN`). No child process (git, helm, builders, HLD hooks) needs them:
 * they are dropped here, the one place children are started. What a tool needs is passed through
 * `ExecOptions.env` explicitly.
 */
const SCRUBBED_ENV = /^(INPUT_|RINGWAY_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_TOKEN$)/i;
function childEnv(base = process.env) {
    const env = {};
    for (const [k, v] of Object.entries(base))
        if (!SCRUBBED_ENV.test(k))
            env[k] = v;
    return env;
}
/** A failed command; the message carries the last meaningful stderr line, redacted. */
class ExecError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy {
    label;
    result;
    constructor(label, result) {
        super(`${label} failed (exit ${result.code}): ${lastLines(result.stderr || result.stdout)}`);
        this.label = label;
        this.result = result;
        this.name = 'ExecError';
    }
}
function lastLines(text, n = 3) {
    const lines = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(text)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    return lines.slice(-n).join(' | ') || 'no output';
}
/** Cuts a byte stream into lines for `onLine`; a no-op without a callback. */
function lineSplitter(onLine) {
    let rest = '';
    return {
        push(d) {
            if (!onLine)
                return;
            const lines = (rest + d.toString('utf8')).split(/\r?\n|\r/);
            rest = lines.pop() ?? '';
            for (const l of lines)
                onLine(l);
        },
        end() {
            if (onLine && rest)
                onLine(rest);
            rest = '';
        },
    };
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
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _metrics_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4601);
/* harmony import */ var _metrics_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(833);
/* harmony import */ var _storage_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5253);
/* harmony import */ var _telemetry_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2659);






/** Written whole or not at all. */
async function writeReport(file, text) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(file);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(`${path}.${process.pid}.tmp`, text);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(`${path}.${process.pid}.tmp`, path);
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
        ..._storage_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .storageInputs */ .F,
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
        const w = (0,_metrics_read_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWindow */ .Et)(q, Date.now(), { since: "input 'since'", until: "input 'until'" });
        const store = _telemetry_store_js__WEBPACK_IMPORTED_MODULE_4__/* .DeploymentStore */ .$0.open((0,_storage_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .storeOptions */ .S)((n) => inputs.string(n)));
        const report = await host.group('Read deployment records', () => (0,_metrics_read_js__WEBPACK_IMPORTED_MODULE_2__/* .readMetrics */ .Uw)(store, q, w, (n) => host.info(`read ${n} rows`)));
        const [head, ...rest] = (0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_5__/* .notes */ .Q2)(report);
        host.info(head);
        await host.summary({ title: `ringway metrics: ${q.service || 'all services'}, ${q.ring || 'all rings'}`, rows: report.total.deployments ? (0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_5__/* .tableRows */ .QE)(report) : [], notes: [head, ...rest] });
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