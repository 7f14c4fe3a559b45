"use strict";
exports.id = 994;
exports.ids = [994,952];
exports.modules = {

/***/ 5994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command),
/* harmony export */   deploymentTable: () => (/* binding */ deploymentTable)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _hosts_neutralise_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2014);
/* harmony import */ var _text_table_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5286);
/* harmony import */ var _telemetry_query_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9534);
/* harmony import */ var _hosts_cli_args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9728);
/* harmony import */ var _storage_flags_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8373);






const short = (s) => s.slice(0, 7);
function minutes(v) {
    return v.durationMinutes ? `${v.durationMinutes} min` : '';
}
/** Spektate's columns: state, service, ring, author, image, HLD update, approval, merge, manifests, sync, time. */
function deploymentTable(rows, wide) {
    const head = ['State', 'Service', 'Ring', ...(wide ? ['Author'] : []), 'Image Tag', 'Build', 'HLD Commit', 'PR', ...(wide ? ['Merged By'] : []), 'Manifest Commit', 'Synced', 'Last Updated', 'Duration'];
    const body = rows.map((v) => [
        v.state,
        v.service,
        v.ring,
        ...(wide ? [v.author] : []),
        v.imageTag,
        v.buildId,
        short(v.hldCommitId),
        v.pr,
        ...(wide ? [v.mergedBy] : []),
        short(v.manifestCommitId),
        (0,_telemetry_query_js__WEBPACK_IMPORTED_MODULE_2__/* .syncText */ .n5)(v),
        v.lastUpdated.replace('T', ' ').slice(0, 16),
        minutes(v),
    ]);
    return (0,_text_table_js__WEBPACK_IMPORTED_MODULE_5__/* .textTable */ .e)([head, ...body]);
}
const command = {
    help: `ringway deployments [filters] [--output normal|wide|json] [storage options]

Lists the deployments recorded by record-deployment (and by Bedrock's pipelines: the same Spektate
table), newest first.

Filters (bedrock-cli \`deployment get\` names, plus author, status and since):
  -b, --build-id <id>        Build that built the image (p1)
  -c, --commit-id <sha>      Source commit
  -d, --deployment-id <id>   Deployment (row key)
  -i, --image-tag <tag>      Image tag
  -r, --ring <ring>          Ring / environment
  -s, --service <name>       Service
      --author <name>        Author
      --status <state>       Synced, Sync failed, Rolled back, Ready to deploy, Merged, Awaiting approval, HLD updated, Image built, Incomplete
      --since <when>         Updated since a date (2026-11-01) or duration (24h, 7d)
  -t, --top <n>              At most n deployments (default 50; 0 = all)
  -o, --output <format>      normal (default), wide, or json
      --json                 Same as --output json

Storage (or RINGWAY_* variables):
${_storage_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .storageHelp */ .RO}
`,
    async run(argv) {
        const aliases = { '-b': '--build-id', '-c': '--commit-id', '-d': '--deployment-id', '-i': '--image-tag', '-r': '--ring', '-s': '--service', '-t': '--top', '-o': '--output' };
        const { flags, positionals } = (0,_hosts_cli_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseArgs */ .Zy)(argv.map((a) => aliases[a] ?? a), [
            ...['build-id', 'commit-id', 'deployment-id', 'image-tag', 'ring', 'service', 'author', 'status', 'since', 'top', 'output'].map((name) => ({ name })),
            { name: 'json', boolean: true },
            ..._storage_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .storageFlagSpecs */ .eA,
        ]);
        if (positionals.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`ringway deployments takes no arguments, got '${positionals[0]}'`);
        const top = flags.get('top') ?? '50';
        if (!/^\d+$/.test(top))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`option --top must be a whole number, got '${top}'`);
        const output = flags.get('json') === 'true' ? 'json' : (flags.get('output') ?? 'normal');
        if (!['normal', 'wide', 'json'].includes(output))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`option --output must be normal, wide or json, got '${output}'`);
        const store = (0,_storage_flags_js__WEBPACK_IMPORTED_MODULE_4__/* .openStore */ .Ch)(flags);
        const rows = await (0,_telemetry_query_js__WEBPACK_IMPORTED_MODULE_2__/* .listDeployments */ .Jn)(store, {
            buildId: flags.get('build-id'),
            commitId: flags.get('commit-id'),
            deploymentId: flags.get('deployment-id'),
            imageTag: flags.get('image-tag'),
            ring: flags.get('ring'),
            service: flags.get('service'),
            author: flags.get('author'),
            status: flags.get('status'),
            since: flags.get('since'),
            top: Number(top),
        });
        if (output === 'json')
            process.stdout.write(`${(0,_hosts_neutralise_js__WEBPACK_IMPORTED_MODULE_1__/* .neutraliseJson */ .rb)(JSON.stringify(rows, null, 2))}\n`);
        else
            process.stdout.write(rows.length ? `${deploymentTable(rows, output === 'wide')}\n` : 'no deployments match\n');
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
    const fmt = (r) => r.map((c, i) => (c ?? '') + ' '.repeat(Math.max(0, widths[i] - len(c)))).join('  ').trimEnd();
    return [fmt(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(fmt)].join('\n');
}


/***/ })

};
;