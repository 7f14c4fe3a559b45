"use strict";
exports.id = 499;
exports.ids = [499,407];
exports.modules = {

/***/ 8499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _metrics_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(833);
/* harmony import */ var _metrics_format_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4601);
/* harmony import */ var _steps_metrics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6407);
/* harmony import */ var _steps_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(270);
/* harmony import */ var _hosts_cli_args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9728);
/* harmony import */ var _hosts_cli_help_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2990);
/* harmony import */ var _storage_flags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8373);








/**
 * `ringway metrics`: the metrics step's own inputs as flags, but the report itself (table, JSON
 * or CSV) on stdout instead of name=value outputs, and progress on stderr.
 */
const command = {
    help: (0,_hosts_cli_help_js__WEBPACK_IMPORTED_MODULE_4__/* .stepHelp */ .S)(_steps_metrics_js__WEBPACK_IMPORTED_MODULE_2__.step)
        .replace(/\nOutputs \(printed[\s\S]*?\n\n/, '\nPrints the report (--output table|json|csv; --json is --output json) on stdout and a line per 5,000 rows read on stderr.\n\n')
        .replace(/\nBuild metadata[\s\S]*?\n\n/, '\n')
        .replace(/\nCommon options:[\s\S]*?\n\n/, '\nCommon options:\n  --json                          Same as --output json\n  --help                          Show this help\n\nDefinitions: docs/metrics.md. '),
    async run(argv) {
        const { flags, positionals } = (0,_hosts_cli_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseArgs */ .Zy)(argv, [...(0,_hosts_cli_args_js__WEBPACK_IMPORTED_MODULE_3__/* .flagSpecsFor */ .Mv)(_steps_metrics_js__WEBPACK_IMPORTED_MODULE_2__.step.inputs), { name: 'json', boolean: true }]);
        if (positionals.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`ringway metrics takes no arguments, got '${positionals[0]}'`);
        const get = (name) => flags.get(name) ?? process.env[(0,_steps_names_js__WEBPACK_IMPORTED_MODULE_6__/* .envName */ .pD)(name)] ?? '';
        const output = flags.get('json') === 'true' ? 'json' : get('output') || 'table';
        if (!['table', 'json', 'csv'].includes(output))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`option --output must be table, json or csv, got '${output}'`);
        const q = { service: get('service'), ring: get('ring'), since: get('since'), until: get('until') };
        const w = (0,_metrics_read_js__WEBPACK_IMPORTED_MODULE_1__/* .parseWindow */ .Et)(q);
        const store = (0,_storage_flags_js__WEBPACK_IMPORTED_MODULE_5__/* .openStore */ .Ch)(flags);
        const report = await (0,_metrics_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readMetrics */ .Uw)(store, q, w, (n) => process.stderr.write(`read ${n} rows\n`));
        const text = (0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_7__/* .renderReport */ .B1)(report, output);
        if (get('report-file'))
            await (0,_steps_metrics_js__WEBPACK_IMPORTED_MODULE_2__.writeReport)(get('report-file'), text);
        process.stdout.write(text);
        return 0;
    },
};


/***/ }),

/***/ 8373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ openStore),
/* harmony export */   RO: () => (/* binding */ storageHelp),
/* harmony export */   eA: () => (/* binding */ storageFlagSpecs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3361);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5952);
/* harmony import */ var _steps_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(270);
/* harmony import */ var _steps_storage_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5253);
/* harmony import */ var _telemetry_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2659);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6995);







const storageFlagSpecs = _steps_storage_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .storageInputs */ .F.map((d) => ({ name: d.name }));
const storageHelp = _steps_storage_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .storageInputs */ .F.map((d) => `  --${d.name} <value>`.padEnd(30) + `${d.description} (env ${(0,_steps_names_js__WEBPACK_IMPORTED_MODULE_6__/* .envName */ .pD)(d.name)})`).join('\n');
/** The deployment table from --flags, else RINGWAY_* variables. */
function openStore(flags) {
    const get = (name) => flags.get(name) ?? process.env[(0,_steps_names_js__WEBPACK_IMPORTED_MODULE_6__/* .envName */ .pD)(name)] ?? '';
    for (const d of _steps_storage_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .storageInputs */ .F)
        if (d.secret)
            (0,_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .registerSecret */ .cl)(get(d.name));
    // A flag's value is in the process list (`ps`) for every user of the machine: say so, once.
    const secretFlags = _steps_storage_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .storageInputs */ .F.filter((d) => d.secret && flags.get(d.name)).map((d) => d.name);
    if (secretFlags.length) {
        process.stderr.write(`warning: ${secretFlags.map((n) => `--${n}`).join(', ')} on the command line can be read by other users of this machine (ps); set ${secretFlags.map(_steps_names_js__WEBPACK_IMPORTED_MODULE_6__/* .envName */ .pD).join(', ')} in the environment instead\n`);
    }
    if (get('timeout')) {
        const ms = (0,_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E9)(get('timeout'), 'timeout');
        if (!ms)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb("option --timeout must be a duration above zero, e.g. 60s or 2m");
        (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .setNetworkTimeout */ .s)(ms);
    }
    return _telemetry_store_js__WEBPACK_IMPORTED_MODULE_4__/* .DeploymentStore */ .$0.open((0,_steps_storage_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .storeOptions */ .S)(get));
}


/***/ }),

/***/ 9728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LV: () => (/* binding */ wrap),
/* harmony export */   Mv: () => (/* binding */ flagSpecsFor),
/* harmony export */   Zy: () => (/* binding */ parseArgs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);

/**
 * Parses `--name value`, `--name=value`, boolean `--flag` / `--no-flag`, and `--` ending flags.
 * Unknown flags are a usage error naming the flag.
 */
function parseArgs(argv, specs, opts = {}) {
    const byName = new Map(specs.map((s) => [s.name, s]));
    const flags = new Map();
    const positionals = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (!arg.startsWith('--') || arg === '--') {
            if (arg.startsWith('-') && arg.length > 1 && !/^-\d/.test(arg)) {
                const long = shortAliases[arg];
                if (!long)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown option ${arg}`);
                argv = [...argv.slice(0, i), long, ...argv.slice(i + 1)];
                i--;
                continue;
            }
            positionals.push(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        let name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
        let value = eq > 0 ? arg.slice(eq + 1) : undefined;
        let spec = byName.get(name);
        if (!spec && name.startsWith('no-') && byName.get(name.slice(3))?.boolean && value === undefined) {
            name = name.slice(3);
            spec = byName.get(name);
            value = 'false';
        }
        if (!spec)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown option --${name}`);
        if (value === undefined) {
            if (spec.boolean) {
                const next = argv[i + 1];
                if (next !== undefined && BOOLEAN_WORD.test(next))
                    value = argv[++i];
                else if (next !== undefined && !opts.positionals && !next.startsWith('-') && !next.includes('=')) {
                    // `--dry-run maybe`: a mistyped value, not a positional argument (those are key=value).
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`option --${name} takes true or false (or no value), got '${next}'`);
                }
                else
                    value = 'true';
            }
            else {
                if (i + 1 >= argv.length)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`option --${name} needs a value`);
                value = argv[++i];
            }
        }
        const prev = flags.get(name);
        flags.set(name, spec.repeatable && prev !== undefined ? `${prev}\n${value}` : value);
    }
    return { flags, positionals };
}
/** Values a boolean flag accepts as its next argument (as inputs do). */
const BOOLEAN_WORD = /^(true|false|yes|no|on|off|1|0)$/i;
const shortAliases = { '-h': '--help' };
function flagSpecsFor(inputs) {
    // Former input names stay accepted as flags (the step warns that they are deprecated).
    return inputs.flatMap((d) => [d.name, ...(d.aliases ?? [])].map((name) => ({
        name,
        boolean: d.kind === 'boolean',
        repeatable: d.kind === 'list' || d.kind === 'multiline',
    })));
}
/** Word-wraps help text to the terminal width used by help output. */
function wrap(text, width, indent) {
    const words = text.split(/\s+/).filter(Boolean);
    const lines = [];
    let line = '';
    for (const w of words) {
        if (line && line.length + 1 + w.length > width - indent) {
            lines.push(line);
            line = w;
        }
        else
            line = line ? `${line} ${w}` : w;
    }
    if (line)
        lines.push(line);
    return lines.join(`\n${' '.repeat(indent)}`);
}


/***/ }),

/***/ 2990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ buildMetadataFlags),
/* harmony export */   S: () => (/* binding */ stepHelp)
/* harmony export */ });
/* harmony import */ var _steps_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(270);
/* harmony import */ var _cli_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9728);


/** CLI flags for build metadata; each sets the RINGWAY_BUILD_* variable of the same name. */
const buildMetadataFlags = [
    ['build-commit', 'Source commit SHA of this build'],
    ['build-branch', 'Source branch of this build'],
    ['build-id', 'Unique id of this build'],
    ['build-number', 'Human build number'],
    ['build-url', 'Link to this build'],
    ['build-repository', 'Source repository name'],
    ['build-repository-url', 'Source repository URL'],
    ['build-commit-message', 'Commit message of the source commit'],
    ['build-actor', 'Who triggered the build'],
].map(([name, description]) => ({ name, description, env: (0,_steps_names_js__WEBPACK_IMPORTED_MODULE_1__/* .envName */ .pD)(name) }));
/** `ringway <step> --help`, generated from the step definition (the same source as action.yml and task.json). */
function stepHelp(step) {
    const out = [];
    out.push(`ringway ${step.name}: ${step.title}`, '', (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_0__/* .wrap */ .LV)(step.description, 100, 0), '', 'Usage:', `  ringway ${step.name} [options]${step.positional ? ` [${step.positional.usage}…]` : ''}`, '', 'Inputs:');
    for (const d of step.inputs) {
        const flag = d.kind === 'boolean' ? `--${d.name}` : `--${d.name} <${d.kind === 'list' || d.kind === 'multiline' ? 'value…' : 'value'}>`;
        const notes = [
            d.required ? 'required' : '',
            d.default !== undefined ? `default: ${JSON.stringify(d.default)}` : '',
            d.options ? `one of: ${d.options.join(', ')}` : '',
            d.secret ? 'secret' : '',
            d.kind === 'list' || d.kind === 'multiline' ? 'repeatable' : '',
            d.aliases?.length ? `formerly ${d.aliases.map((a) => `--${a}`).join(', ')}` : '',
        ].filter(Boolean);
        const desc = `${d.description}${notes.length ? ` (${notes.join('; ')})` : ''}. Env ${(0,_steps_names_js__WEBPACK_IMPORTED_MODULE_1__/* .envName */ .pD)(d.name)}; Azure input ${(0,_steps_names_js__WEBPACK_IMPORTED_MODULE_1__/* .camelCase */ .xQ)(d.name)}.`;
        out.push(`  ${flag}`, `      ${(0,_cli_args_js__WEBPACK_IMPORTED_MODULE_0__/* .wrap */ .LV)(desc, 100, 6)}`);
    }
    out.push('', 'Outputs (printed as name=value, or one JSON object with --json):');
    for (const o of step.outputs)
        out.push(`  ${o.name.padEnd(16)} ${o.description}${o.aliases?.length ? ` (also as ${o.aliases.join(', ')}, deprecated)` : ''}`);
    out.push('', 'Build metadata (read from GitHub/Azure variables when run there):');
    for (const f of buildMetadataFlags)
        out.push(`  --${f.name} <value>`.padEnd(34) + `${f.description} (env ${f.env})`);
    out.push('', 'Common options:', '  --json                          Print outputs as one JSON object', '  --verbose                       Show debug lines', '  --help                          Show this help', '', 'Exit codes: 0 success, 1 failure, 2 bad usage.');
    return out.join('\n') + '\n';
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


/***/ }),

/***/ 270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pD: () => (/* binding */ envName),
/* harmony export */   xQ: () => (/* binding */ camelCase)
/* harmony export */ });
/* unused harmony export pascalCase */
// The names an input, output or step has on each surface, from its one kebab-case name:
// GitHub `with:` keys and CLI flags use it as it is (`manifest-repo`).
/** Azure task input and output names: `manifestRepo`. */
function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
/** Azure task names and folders: `PushManifests` from `push-manifests`. */
function pascalCase(name) {
    const c = camelCase(name);
    return c[0].toUpperCase() + c.slice(1);
}
/** The environment variable an input is also read from: `RINGWAY_MANIFEST_REPO`. */
function envName(name) {
    return `RINGWAY_${name.replace(/-/g, '_').toUpperCase()}`;
}


/***/ })

};
;