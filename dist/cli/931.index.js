"use strict";
exports.id = 931;
exports.ids = [931];
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
        const flag = d.kind === 'boolean'
            ? `--${d.name}`
            : `--${d.name} <${d.kind === 'list' || d.kind === 'multiline' ? 'value…' : 'value'}>`;
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

/***/ 3931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CliHost: () => (/* binding */ CliHost),
  commandInputs: () => (/* binding */ commandInputs),
  runStepCli: () => (/* binding */ runStepCli)
});

// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/secrets.ts
var secrets = __webpack_require__(6995);
// EXTERNAL MODULE: ./lib/steps/names.ts
var names = __webpack_require__(270);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/hosts/build-metadata.ts

function readBuildMetadata(env = process.env) {
    const e = (k) => env[k] ?? '';
    if (e('GITHUB_ACTIONS') === 'true') {
        let pushed;
        const server = e('GITHUB_SERVER_URL') || 'https://github.com';
        const repo = e('GITHUB_REPOSITORY');
        return {
            orchestrator: 'github',
            commit: e('GITHUB_SHA'),
            branch: e('GITHUB_HEAD_REF') || e('GITHUB_REF_NAME'),
            buildId: e('GITHUB_RUN_ID'),
            buildNumber: e('GITHUB_RUN_NUMBER'),
            runAttempt: e('GITHUB_RUN_ATTEMPT') || '1',
            buildUrl: repo && e('GITHUB_RUN_ID') ? `${server}/${repo}/actions/runs/${e('GITHUB_RUN_ID')}` : '',
            repository: repo,
            repositoryUrl: repo ? `${server}/${repo}` : '',
            pipeline: e('GITHUB_WORKFLOW'),
            actor: e('GITHUB_ACTOR'),
            commitMessage: e('RINGWAY_BUILD_COMMIT_MESSAGE'),
            get commitMessages() {
                return (pushed ??= pushedMessages(e('GITHUB_EVENT_PATH')));
            },
        };
    }
    if (e('TF_BUILD').toLowerCase() === 'true') {
        const collection = e('SYSTEM_COLLECTIONURI') || e('SYSTEM_TEAMFOUNDATIONCOLLECTIONURI');
        const project = e('SYSTEM_TEAMPROJECT');
        const buildId = e('BUILD_BUILDID');
        const branch = e('SYSTEM_PULLREQUEST_SOURCEBRANCH') || e('BUILD_SOURCEBRANCH');
        return {
            orchestrator: 'azure',
            commit: e('BUILD_SOURCEVERSION'),
            branch: branch.replace(/^refs\/heads\//, '') || e('BUILD_SOURCEBRANCHNAME'),
            buildId,
            buildNumber: e('BUILD_BUILDNUMBER'),
            runAttempt: e('SYSTEM_JOBATTEMPT') || '1',
            buildUrl: collection && project && buildId
                ? `${collection.replace(/\/$/, '')}/${encodeURIComponent(project)}/_build/results?buildId=${buildId}`
                : '',
            repository: e('BUILD_REPOSITORY_NAME'),
            repositoryUrl: e('BUILD_REPOSITORY_URI'),
            pipeline: e('BUILD_DEFINITIONNAME'),
            actor: e('BUILD_REQUESTEDFOR'),
            commitMessage: e('BUILD_SOURCEVERSIONMESSAGE'),
            // Azure gives the first line (at most 200 characters) only.
            commitMessages: e('BUILD_SOURCEVERSIONMESSAGE') ? [e('BUILD_SOURCEVERSIONMESSAGE')] : [],
        };
    }
    return {
        orchestrator: 'other',
        commit: e('RINGWAY_BUILD_COMMIT'),
        branch: e('RINGWAY_BUILD_BRANCH'),
        buildId: e('RINGWAY_BUILD_ID'),
        buildNumber: e('RINGWAY_BUILD_NUMBER') || e('RINGWAY_BUILD_ID'),
        runAttempt: e('RINGWAY_BUILD_RUN_ATTEMPT') || '1',
        buildUrl: e('RINGWAY_BUILD_URL'),
        repository: e('RINGWAY_BUILD_REPOSITORY'),
        repositoryUrl: e('RINGWAY_BUILD_REPOSITORY_URL'),
        pipeline: e('RINGWAY_BUILD_PIPELINE'),
        actor: e('RINGWAY_BUILD_ACTOR') || e('USER'),
        commitMessage: e('RINGWAY_BUILD_COMMIT_MESSAGE'),
        commitMessages: [],
    };
}
/**
 * The full messages of the commits a GitHub push event brought (`commits[].message`, oldest first,
 * then `head_commit.message`), once each; none for other events or an unreadable file.
 */
function pushedMessages(path) {
    if (!path)
        return [];
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        const all = [
            ...(Array.isArray(event.commits) ? event.commits : []).map((c) => c?.message),
            event.head_commit?.message,
        ];
        return [...new Set(all.filter((m) => typeof m === 'string' && m.trim() !== ''))];
    }
    catch {
        return [];
    }
}

// EXTERNAL MODULE: ./lib/hosts/cli-args.ts
var cli_args = __webpack_require__(9728);
// EXTERNAL MODULE: ./lib/hosts/cli-help.ts
var cli_help = __webpack_require__(2990);
// EXTERNAL MODULE: ./lib/hosts/neutralise.ts
var neutralise = __webpack_require__(2014);
// EXTERNAL MODULE: ./lib/hosts/run.ts + 1 modules
var run = __webpack_require__(756);
// EXTERNAL MODULE: ./lib/deadline.ts
var deadline = __webpack_require__(7872);
// EXTERNAL MODULE: ./lib/text-table.ts
var text_table = __webpack_require__(5286);
;// CONCATENATED MODULE: ./lib/hosts/cli.ts










/**
 * The terminal: logs and summaries go to stderr so that stdout carries only the outputs
 * (`name=value` lines, or one JSON object with --json) for scripts to read.
 */
class CliHost {
    opts;
    kind = 'cli';
    build = readBuildMetadata();
    depth = 0;
    constructor(opts = {}) {
        this.opts = opts;
    }
    write(line) {
        process.stderr.write(`${'  '.repeat(this.depth)}${(0,neutralise/* safeText */.Hk)(line)}\n`);
    }
    info(message) {
        if (!this.opts.quiet)
            this.write(message);
    }
    warning(message) {
        this.write(`warning: ${message}`);
    }
    debug(message) {
        if (this.opts.verbose || process.env.RUNNER_DEBUG === '1')
            this.write(`debug: ${message}`);
    }
    async group(name, fn) {
        this.info(`▸ ${name}`);
        this.depth++;
        try {
            return await fn();
        }
        finally {
            this.depth--;
        }
    }
    setSecret(value) {
        (0,secrets/* registerSecret */.cl)(value);
    }
    async summary(table) {
        if (this.opts.quiet)
            return;
        process.stderr.write((0,neutralise/* safeText */.Hk)(`\n${table.title}\n${(0,text_table/* textTable */.e)(table.rows)}\n${(table.notes ?? []).join('\n')}\n`));
    }
}
/** A flag's value is in the process list (`ps`) for every user of the machine: say so, once. */
function warnSecretFlags(inputs, flags, host) {
    const secretFlags = inputs.filter((d) => d.secret && flags.get(d.name)).map((d) => `--${d.name}`);
    if (secretFlags.length) {
        host.warning(`${secretFlags.join(', ')} on the command line can be read by other users of this machine (ps); set ${secretFlags.map((f) => (0,names/* envName */.pD)(f.slice(2))).join(', ')} in the environment instead`);
    }
}
/**
 * The inputs a CLI command declares, from its flags (else RINGWAY_* variables), through the same
 * path as a step's: validation, secrets, the network budget, the warning for secret flags.
 */
function commandInputs(declared, flags) {
    const host = new CliHost();
    warnSecretFlags(declared.inputs, flags, host);
    const inputs = (0,run/* resolveInputs */.eL)(declared, host, (def) => flags.get(def.name));
    // The command's `timeout` bounds the rest of it, as a step's bounds the step.
    if (declared.inputs.some((d) => d.name === 'timeout'))
        (0,deadline/* enterDeadline */.BY)(new deadline/* Deadline */.B2('the command', (0,run/* timeoutMs */.G6)(inputs, 'timeout'), inputs.string('timeout').trim()));
    return inputs;
}
/** Runs one step from the command line; returns the exit code. */
async function runStepCli(step, argv) {
    const specs = [
        ...(0,cli_args/* flagSpecsFor */.Mv)(step.inputs),
        ...cli_help/* buildMetadataFlags */.R.map((f) => ({ name: f.name })),
        { name: 'json', boolean: true },
        { name: 'verbose', boolean: true },
        { name: 'quiet', boolean: true },
        { name: 'help', boolean: true },
    ];
    // `ringway generate --validate prod east`: a word after a boolean flag is a positional there.
    const { flags, positionals } = (0,cli_args/* parseArgs */.Zy)(argv, specs, { positionals: !!step.positional });
    if (flags.get('help') === 'true') {
        process.stdout.write((0,cli_help/* stepHelp */.S)(step));
        return 0;
    }
    if (positionals.length) {
        const target = step.positional?.input;
        if (!target)
            throw new errors/* UsageError */.eb(`ringway ${step.name} takes no positional arguments, got '${positionals[0]}'`);
        if (flags.has(target))
            throw new errors/* UsageError */.eb(`give ${step.positional?.usage ?? target} as arguments or with --${target}, not both`);
        flags.set(target, positionals.join('\n'));
    }
    // Build metadata flags feed the same variables a non-GitHub/Azure orchestrator would set.
    for (const f of cli_help/* buildMetadataFlags */.R) {
        const v = flags.get(f.name);
        if (v !== undefined)
            process.env[f.env] = v;
    }
    const host = new CliHost({ verbose: flags.get('verbose') === 'true', quiet: flags.get('quiet') === 'true' });
    warnSecretFlags(step.inputs, flags, host);
    const result = await (0,run/* runStep */.eg)(step, host, (def) => flags.get(def.name));
    // Outputs are printed on failure too when the step has them (a gate's decision=reject).
    const { outputs } = result;
    if (outputs) {
        if (flags.get('json') === 'true')
            process.stdout.write((0,neutralise/* neutraliseJson */.rb)(JSON.stringify(outputs)) + '\n');
        else
            for (const [k, v] of Object.entries(outputs))
                process.stdout.write(`${k}=${v}\n`);
    }
    if (!result.ok) {
        process.stderr.write(`error: ${result.message}\n`);
        return result.usage ? 2 : 1;
    }
    return 0;
}


/***/ }),

/***/ 756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eL: () => (/* binding */ resolveInputs),
  eg: () => (/* binding */ runStep),
  G6: () => (/* binding */ timeoutMs)
});

// UNUSED EXPORTS: markdownTable

// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/deadline.ts
var lib_deadline = __webpack_require__(7872);
// EXTERNAL MODULE: ./lib/exec.ts
var exec = __webpack_require__(3361);
// EXTERNAL MODULE: ./lib/duration.ts
var duration = __webpack_require__(5952);
// EXTERNAL MODULE: ./lib/secrets.ts
var secrets = __webpack_require__(6995);
// EXTERNAL MODULE: ./lib/steps/names.ts
var names = __webpack_require__(270);
;// CONCATENATED MODULE: ./lib/steps/inputs.ts



const MAX_VALUE = 64 * 1024;
const MAX_MULTILINE = 1024 * 1024;
const TRUE = new Set(['true', 'yes', 'y', 'on', '1']);
const FALSE = new Set(['false', 'no', 'n', 'off', '0']);
/**
 * Resolved, validated input values of one step run. Getters are typed by kind; asking for an
 * input the step does not declare is a programming error and throws.
 */
class Inputs {
    defs;
    values;
    deprecations;
    constructor(defs, values, 
    /** One warning per former input name used in this run. */
    deprecations = []) {
        this.defs = defs;
        this.values = values;
        this.deprecations = deprecations;
    }
    static resolve(step, source, env = process.env) {
        const defs = new Map(step.inputs.map((d) => [d.name, d]));
        const values = new Map();
        const deprecations = [];
        for (const def of step.inputs) {
            let raw = source(def);
            // '' given explicitly is a value only for inputs where empty means something (keep: '').
            // Whitespace only is blank: a required input given as '  ' fails as missing, by name.
            const given = (v) => v !== undefined && (v.trim() !== '' || (v === '' && Boolean(def.allowEmpty)));
            // A former name counts when the input itself is absent or only carries its default (GitHub
            // fills in action.yml defaults, so "absent" there looks like the default).
            if (!given(raw) || raw === def.default) {
                for (const alias of def.aliases ?? []) {
                    const v = source({ ...def, name: alias }) ?? env[(0,names/* envName */.pD)(alias)];
                    if (v === undefined || v === '')
                        continue;
                    raw = v;
                    deprecations.push(`input '${alias}' is deprecated: use '${def.name}'`);
                    break;
                }
            }
            if (!given(raw))
                raw = env[(0,names/* envName */.pD)(def.name)];
            if (!given(raw))
                raw = def.default;
            if (raw === '' && def.allowEmpty) {
                values.set(def.name, '');
                continue;
            }
            if (raw === undefined || raw === '') {
                if (def.required)
                    throw new errors/* UsageError */.eb(`input '${def.name}' is required`);
                continue;
            }
            if (def.secret)
                (0,secrets/* registerSecret */.cl)(raw.trim());
            const kind = def.kind ?? 'string';
            // Values reach commands and URLs: far past any real value, refuse before the OS does (E2BIG).
            const limit = kind === 'multiline' ? MAX_MULTILINE : MAX_VALUE;
            if (raw.length > limit)
                throw new errors/* UsageError */.eb(`input '${def.name}' is ${raw.length} characters long; at most ${limit} are accepted`);
            if (def.path)
                checkPathLength(def.name, raw.trim());
            if (kind === 'boolean') {
                const v = raw.trim().toLowerCase();
                if (!TRUE.has(v) && !FALSE.has(v)) {
                    throw new errors/* UsageError */.eb(`input '${def.name}' must be true or false, got '${raw}'`);
                }
            }
            if (def.options && !def.options.includes(raw.trim())) {
                throw new errors/* UsageError */.eb(`input '${def.name}' must be one of ${def.options.join(', ')}, got '${raw.trim()}'`);
            }
            values.set(def.name, kind === 'multiline' ? raw : raw.trim());
        }
        return new Inputs(defs, values, deprecations);
    }
    /** For tests and for steps calling steps: values given directly. */
    static of(step, values) {
        return Inputs.resolve(step, (def) => {
            const v = values[def.name];
            return v === undefined ? undefined : String(v);
        }, {});
    }
    def(name) {
        const d = this.defs.get(name);
        if (!d)
            throw new Error(`step has no input '${name}'`);
        return d;
    }
    has(name) {
        this.def(name);
        return this.values.has(name);
    }
    /** The value, or '' when not given and without default. */
    string(name) {
        this.def(name);
        return this.values.get(name) ?? '';
    }
    /** The value, or throws a usage error naming the input when it is empty. */
    require(name) {
        const v = this.string(name);
        if (!v)
            throw new errors/* UsageError */.eb(`input '${name}' is required`, { input: name });
        return v;
    }
    boolean(name) {
        this.def(name);
        const v = this.values.get(name);
        return v !== undefined && TRUE.has(v.toLowerCase());
    }
    /** Comma- or newline-separated values, trimmed, empties dropped. */
    list(name) {
        return splitList(this.string(name));
    }
    /** Non-empty lines, trimmed; commas are kept (values like `a=1,2`). */
    lines(name) {
        return this.string(name)
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter(Boolean);
    }
    integer(name, min = 0) {
        const v = this.string(name);
        if (v === '')
            return NaN;
        if (!/^\d+$/.test(v) || Number(v) < min) {
            throw new errors/* UsageError */.eb(`input '${name}' must be an integer ≥ ${min}, got '${v}'`, { input: name });
        }
        return Number(v);
    }
}
/** Linux's limits (NAME_MAX, PATH_MAX), in bytes: past them every file call fails with ENAMETOOLONG. */
const MAX_NAME = 255;
const MAX_PATH = 4096;
function checkPathLength(input, value) {
    const long = value.split(/[\\/]/).find((part) => Buffer.byteLength(part) > MAX_NAME);
    if (long !== undefined)
        throw new errors/* UsageError */.eb(`input '${input}': a part of the path is ${Buffer.byteLength(long)} bytes long; file and folder names are at most ${MAX_NAME}`, { input });
    if (Buffer.byteLength(value) > MAX_PATH)
        throw new errors/* UsageError */.eb(`input '${input}': the path is longer than ${MAX_PATH} bytes`, { input });
}
function splitList(value) {
    return value
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
}

// EXTERNAL MODULE: ./lib/hosts/neutralise.ts
var neutralise = __webpack_require__(2014);
;// CONCATENATED MODULE: ./lib/hosts/run.ts






/**
 * The one place a step is executed, whatever the surface: resolve and validate inputs, run,
 * check that it returned the outputs it declares. Errors become one redacted line.
 */
async function runStep(step, host, source) {
    try {
        const inputs = resolveInputs(step, host, source);
        const outputs = await runUnderDeadline(step, inputs, host);
        for (const name of Object.keys(outputs)) {
            if (!step.outputs.some((o) => o.name === name))
                throw new Error(`step ${step.name} returned undeclared output '${name}'`);
        }
        return { ok: true, outputs: withOutputAliases(step, outputs) };
    }
    catch (err) {
        const message = (0,neutralise/* safeText */.Hk)(err instanceof errors/* RingwayError */.Sy ? err.message : `${step.name}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        if (!(err instanceof errors/* RingwayError */.Sy) && err instanceof Error && err.stack)
            host.debug(err.stack);
        const outputs = err instanceof errors/* StepFailure */.pH ? withOutputAliases(step, err.outputs) : undefined;
        return {
            ok: false,
            message: firstLine(message),
            usage: err instanceof errors/* UsageError */.eb,
            ...(outputs ? { outputs } : {}),
        };
    }
}
/**
 * Inputs as every step and CLI command gets them: resolved and validated (secret values are
 * registered there, once), the network budget set from a declared `timeout`, former input names
 * warned about.
 */
function resolveInputs(declared, host, source) {
    const inputs = Inputs.resolve(declared, source);
    if (declared.inputs.some((d) => d.name === 'timeout'))
        timeoutMs(inputs, 'timeout');
    if (declared.inputs.some((d) => d.name === 'request-timeout'))
        (0,exec/* setNetworkTimeout */.s)(timeoutMs(inputs, 'request-timeout'));
    for (const w of inputs.deprecations)
        host.warning(w);
    return inputs;
}
/** A duration input above zero and within {@link MAX_TIMEOUT_MS}, in milliseconds. */
function timeoutMs(inputs, input) {
    const value = inputs.string(input);
    const ms = (0,errors/* withInput */.zE)(input, () => (0,duration/* parseDuration */.E9)(value));
    if (!ms)
        throw new errors/* UsageError */.eb(`input '${input}' must be a duration above zero, e.g. 60s or 2m`, { input });
    return (0,lib_deadline/* checkTimeoutBound */.kE)(ms, input, value);
}
/**
 * Runs the step under its `timeout`: every child process and request is bounded by it (lib/exec.ts
 * kills what still runs at the deadline). The step's own error, naming what was stopped, is the one
 * reported; should the step not settle soon after the deadline, the deadline's error is.
 */
async function runUnderDeadline(step, inputs, host) {
    if (!step.inputs.some((d) => d.name === 'timeout'))
        return step.run(inputs, host);
    const deadline = new lib_deadline/* Deadline */.B2(`step '${step.name}'`, timeoutMs(inputs, 'timeout'), inputs.string('timeout').trim());
    return (0,lib_deadline/* withDeadline */.NE)(deadline, () => {
        const run = step.run(inputs, host);
        const late = new Promise((_, reject) => deadline.signal.addEventListener('abort', () => setTimeout(() => reject(deadline.error()), AFTER_DEADLINE_MS).unref(), { once: true }));
        return Promise.race([run, late]);
    });
}
/** How long a step may take to report what its deadline stopped before the deadline's own error is. */
const AFTER_DEADLINE_MS = 5_000;
/** Former output names carry the same value, so pipelines reading them keep working. */
function withOutputAliases(step, outputs) {
    const all = { ...outputs };
    for (const o of step.outputs)
        for (const a of o.aliases ?? [])
            if (o.name in outputs)
                all[a] = outputs[o.name];
    return all;
}
function firstLine(s) {
    const line = s.split('\n').find((l) => l.trim()) ?? s;
    return line.trim();
}
/** A markdown table for GitHub's job summary and Azure's uploaded summary. */
function markdownTable(rows) {
    if (rows.length === 0)
        return '';
    const esc = (c) => c.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const [head, ...body] = rows;
    return [
        `| ${head.map(esc).join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...body.map((r) => `| ${r.map(esc).join(' | ')} |`),
    ].join('\n');
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
    const fmt = (r) => r
        .map((c, i) => (c ?? '') + ' '.repeat(Math.max(0, widths[i] - len(c))))
        .join('  ')
        .trimEnd();
    return [fmt(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(fmt)].join('\n');
}


/***/ })

};
;