/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 835:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  B2: () => (/* binding */ Deadline),
  kE: () => (/* binding */ checkTimeoutBound),
  SB: () => (/* binding */ currentDeadline),
  NE: () => (/* binding */ withDeadline)
});

// UNUSED EXPORTS: MAX_TIMEOUT_MS, enterDeadline

;// CONCATENATED MODULE: external "node:async_hooks"
const external_node_async_hooks_namespaceObject = require("node:async_hooks");
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __nccwpck_require__(115);
;// CONCATENATED MODULE: ./lib/deadline.ts


/**
 * The longest `timeout` or `request-timeout` accepted: a day. A step meant to wait longer waits for
 * nothing, and Node's timers overflow past 24.8 days (they then fire at once).
 */
const MAX_TIMEOUT_MS = 24 * 3600_000;
/** A duration input's value, refused above {@link MAX_TIMEOUT_MS} with a line naming the input. */
function checkTimeoutBound(ms, input, value) {
    if (ms > MAX_TIMEOUT_MS)
        throw new errors/* UsageError */.eb(`input '${input}': ${value.trim()} is longer than the 24h allowed`, {
            input,
        });
    return ms;
}
/**
 * The whole step's deadline (input `timeout`). Every child process and every request of the step
 * runs under it: at the deadline its `signal` aborts, `lib/exec.ts` kills the process groups of the
 * children still running and requests are cut off, each failing with {@link Deadline.error}.
 */
class Deadline {
    what;
    ms;
    shown;
    at;
    controller = new AbortController();
    timer;
    constructor(
    /** Named in the error: `step 'generate'`, `the command`. */
    what, ms, 
    /** The duration as the user wrote it (`5m`); default in seconds. */
    shown = ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`) {
        this.what = what;
        this.ms = ms;
        this.shown = shown;
        this.at = Date.now() + ms;
        this.timer = setTimeout(() => this.controller.abort(this.error()), ms);
        this.timer.unref?.(); // a deadline alone never keeps the process alive
    }
    get signal() {
        return this.controller.signal;
    }
    /** Whether the deadline has come (or is within a timer's rounding of it). */
    get passed() {
        return this.controller.signal.aborted || Date.now() >= this.at - 20;
    }
    remainingMs() {
        return Math.max(0, this.at - Date.now());
    }
    /** `step 'generate' did not finish within 5m (input 'timeout'): stopped while waiting for kubectl kustomize`. */
    error(waitingFor) {
        return new errors/* RingwayError */.Sy(`${this.what} did not finish within ${this.shown} (input 'timeout')${waitingFor ? `: stopped while waiting for ${waitingFor}` : ''}`, { kind: 'timeout', input: 'timeout' });
    }
    end() {
        clearTimeout(this.timer);
    }
}
// Per async call chain, not per process: steps run side by side in one process (tests, the demo).
const current = new external_node_async_hooks_namespaceObject.AsyncLocalStorage();
/** Runs `fn` under `deadline`; it ends (its timer cleared) when `fn` settles. */
async function withDeadline(deadline, fn) {
    try {
        return await current.run(deadline, fn);
    }
    finally {
        deadline.end();
    }
}
/** Puts the rest of the calling async function (a CLI command's run) under `deadline`. */
function enterDeadline(deadline) {
    current.enterWith(deadline);
}
/** The deadline the calling code runs under, if any. */
function currentDeadline() {
    return current.getStore();
}


/***/ }),

/***/ 952:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   pc: () => (/* binding */ durationMs)
/* harmony export */ });
/* unused harmony export formatDuration */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(115);

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

/***/ 115:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Sy: () => (/* binding */ RingwayError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   pH: () => (/* binding */ StepFailure),
/* harmony export */   zE: () => (/* binding */ withInput)
/* harmony export */ });
/* unused harmony exports statusKind, kindOf */
/**
 * Errors a user can act on. `message` is one line that names the input, file or component at
 * fault; hosts print it as-is (after secret redaction) instead of a stack trace.
 */
class RingwayError extends Error {
    kind;
    status;
    input;
    constructor(message, context = {}) {
        super(message, 'cause' in context ? { cause: context.cause } : undefined);
        this.name = 'RingwayError';
        if (context.kind)
            this.kind = context.kind;
        if (context.status !== undefined)
            this.status = context.status;
        if (context.input)
            this.input = context.input;
    }
}
/** Bad usage: a missing or malformed input. The CLI exits 2 for these. */
class UsageError extends RingwayError {
    constructor(message, context = {}) {
        super(message, { ...context, kind: 'usage' });
        this.name = 'UsageError';
    }
}
/**
 * A step that decided to fail but still has outputs to report (the gate's `decision=reject`):
 * hosts set the outputs, then fail the job with the message.
 */
class StepFailure extends RingwayError {
    outputs;
    constructor(message, outputs) {
        super(message);
        this.outputs = outputs;
        this.name = 'StepFailure';
    }
}
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}
/** The kind of a server's answer that is not a success, by its HTTP status. */
function statusKind(status) {
    switch (status) {
        case 401:
            return 'unauthorized';
        case 403:
            return 'forbidden';
        case 404:
            return 'not-found';
        case 409:
            return 'conflict';
        case 429:
            return 'rate-limited';
        default:
            return 'server';
    }
}
/** The kind of a RingwayError, if it has one. */
function kindOf(err) {
    return err instanceof RingwayError ? err.kind : undefined;
}
/**
 * The one way an error names the input its value came from. Domain code names the thing at fault
 * ("environment name '--x' …"); the step knows which input the value came from and wraps the call:
 * `input 'environment': environment name '--x' …`. Runs `fn` (sync or async); a RingwayError that
 * names no input yet gets `input` set and its message prefixed; other errors pass unchanged.
 */
function withInput(input, fn) {
    const prefix = (err) => {
        if (!(err instanceof RingwayError) || err.input)
            throw err;
        // Same error (class, kind, outputs, cause kept), one line longer.
        err.input = input;
        err.message = `input '${input}': ${err.message}`;
        throw err;
    };
    try {
        const out = fn();
        return (out instanceof Promise ? out.catch(prefix) : out);
    }
    catch (err) {
        return prefix(err);
    }
}


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   mi: () => (/* binding */ networkTimeoutMs),
/* harmony export */   q9: () => (/* binding */ noAnswerError),
/* harmony export */   s: () => (/* binding */ setNetworkTimeout)
/* harmony export */ });
/* unused harmony exports exec, RUNNER_CREDENTIALS, SCRUBBED_ENV, childEnv, ExecError, lastLines */
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(835);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(115);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(995);



/**
 * How long a step waits for a server that does not answer (git, forge, table service, registry),
 * retries included: 60 s unless the step's `request-timeout` input says otherwise.
 */
let networkBudgetMs = 60_000;
function setNetworkTimeout(ms) {
    networkBudgetMs = ms;
}
/** The bound of one request: `request-timeout`, or less when the step's deadline comes first. */
function networkTimeoutMs() {
    const deadline = (0,_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .currentDeadline */ .SB)();
    return deadline ? Math.max(1, Math.min(networkBudgetMs, deadline.remainingMs())) : networkBudgetMs;
}
/**
 * The error for a server that did not answer in time; names the service and the input to raise:
 * `request-timeout`, or the step's `timeout` when its deadline is what cut the request off.
 */
function noAnswerError(service, ms = networkBudgetMs) {
    const deadline = (0,_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .currentDeadline */ .SB)();
    if (deadline?.passed)
        return deadline.error((0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(service));
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(service)} did not answer within ${formatSeconds(ms)} (input 'request-timeout')`, {
        kind: 'timeout',
        input: 'request-timeout',
    });
}
function formatSeconds(ms) {
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
// Loaded at the first command, not with the bundle: a step that stops at its inputs starts none.
let modules;
function processModules() {
    modules ??= Promise.all([Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 421, 23)), Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 193, 23))]).then(([cp, sd]) => ({
        spawn: cp.spawn,
        StringDecoder: sd.StringDecoder,
    }));
    return modules;
}
/**
 * Runs a program without a shell and captures its output. Not @actions/exec: that one echoes the
 * full command line to stdout, which would print arguments we keep out of logs, and pulls GitHub
 * formatting into the CLI and Azure surfaces.
 */
async function exec(cmd, args, opts = {}) {
    const { spawn, StringDecoder } = await processModules();
    return new Promise((resolve, reject) => {
        const env = childEnv();
        for (const [k, v] of Object.entries(opts.env ?? {})) {
            if (v === undefined)
                delete env[k];
            else
                env[k] = v;
        }
        // Under a deadline or a timeout the child leads its own process group, so what it started
        // (git's remote helpers, helm's plugins, a build's runtime) dies with it.
        const deadline = currentDeadline();
        const label = opts.label ?? cmd;
        const waitingFor = opts.timeout ? redact(`${opts.timeout.service} (${label})`) : label;
        if (deadline?.signal.aborted) {
            reject(deadline.error(waitingFor));
            return;
        }
        const grouped = Boolean(opts.timeout || deadline);
        const child = spawn(cmd, args, {
            cwd: opts.cwd,
            env,
            stdio: ['pipe', 'pipe', 'pipe'],
            detached: grouped,
        });
        let stoppedBy;
        const stop = (why) => {
            stoppedBy ??= why;
            killGroup(child);
        };
        const timer = opts.timeout ? setTimeout(() => stop('timeout'), opts.timeout.ms) : undefined;
        const onDeadline = () => stop('deadline');
        deadline?.signal.addEventListener('abort', onDeadline, { once: true });
        if (grouped && child.pid) {
            liveGroups.add(child.pid);
            watchGroups();
        }
        const settle = () => {
            if (timer)
                clearTimeout(timer);
            deadline?.signal.removeEventListener('abort', onDeadline);
            if (child.pid)
                forgetGroup(child.pid);
        };
        const out = [];
        const err = [];
        const streams = [
            lineSplitter(opts.onLine, new StringDecoder('utf8')),
            lineSplitter(opts.onLine, new StringDecoder('utf8')),
        ];
        child.stdout.on('data', (d) => (out.push(d), streams[0].push(d)));
        child.stderr.on('data', (d) => (err.push(d), streams[1].push(d)));
        child.on('error', (e) => {
            settle();
            if (e.code === 'ENOENT')
                reject(new RingwayError(`${cmd} is not installed or not on PATH`));
            else
                reject(new RingwayError(`${opts.label ?? cmd}: ${redact(e.message)}`));
        });
        child.on('close', (code, signal) => {
            for (const st of streams)
                st.end();
            settle();
            if (stoppedBy === 'deadline' && deadline) {
                reject(deadline.error(waitingFor));
                return;
            }
            if (stoppedBy === 'timeout' && opts.timeout) {
                reject(noAnswerError(`${opts.timeout.service} (${label})`, opts.timeout.ms));
                return;
            }
            const stdoutBytes = Buffer.concat(out);
            const result = {
                code: code ?? (signal ? 128 : 1),
                stdout: stdoutBytes.toString('utf8'),
                stdoutBytes,
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
/** Kills the child's process group (it leads one when started under a deadline or timeout). */
function killGroup(child) {
    try {
        process.kill(-child.pid, 'SIGKILL');
    }
    catch {
        child.kill('SIGKILL');
    }
}
/**
 * Process groups of running children. A child in a group of its own no longer gets the terminal's
 * Ctrl-C or a runner's cancel signal, so while any runs, ringway passes SIGINT and SIGTERM on to
 * them, kills what is left, then dies of the signal as it would have; it kills them when it exits.
 */
const liveGroups = new Set();
const FORWARDED = (/* unused pure expression or super */ null && (['SIGINT', 'SIGTERM']));
function forwardSignal(signal) {
    // Then SIGKILL: a shell's background job ignores SIGINT, and nothing may outlive ringway.
    for (const pid of liveGroups)
        killQuietly(-pid, signal);
    for (const pid of liveGroups)
        killQuietly(-pid, 'SIGKILL');
    for (const s of FORWARDED)
        process.removeListener(s, forwardSignal);
    process.kill(process.pid, signal);
}
function killOnExit() {
    for (const pid of liveGroups)
        killQuietly(-pid, 'SIGKILL');
}
function killQuietly(pid, signal) {
    try {
        process.kill(pid, signal);
    }
    catch {
        // already gone
    }
}
function watchGroups() {
    if (liveGroups.size !== 1)
        return;
    for (const s of FORWARDED)
        process.on(s, forwardSignal);
    process.on('exit', killOnExit);
}
function forgetGroup(pid) {
    if (!liveGroups.delete(pid) || liveGroups.size)
        return;
    for (const s of FORWARDED)
        process.removeListener(s, forwardSignal);
    process.removeListener('exit', killOnExit);
}
/**
 * Variables that hold a runner's or an agent's credentials: GitHub's `ACTIONS_*` (the runtime and
 * OIDC request tokens among them) and `GITHUB_TOKEN` when a workflow maps it, Azure's
 * `SYSTEM_ACCESSTOKEN` (System.AccessToken mapped by the pipeline), service connection secrets
 * (`ENDPOINT_AUTH_*`) and secret variables (`SECRET_*`), and every step input (`INPUT_*`, secrets
 * included). No child needs them, and HLD content may never name one (lib/git/access-tokens.ts).
 */
const RUNNER_CREDENTIALS = /^(INPUT_|ACTIONS_|ENDPOINT_AUTH_|SECRET_|SYSTEM_ACCESSTOKEN$|GITHUB_TOKEN$)/i;
/**
 * Our inputs travel in the environment (GitHub and Azure `INPUT_*`, the CLI's `RINGWAY_*` fallback),
 * secrets included, and the runner adds its own credentials (RUNNER_CREDENTIALS). No child process
 * (git, helm, builders, HLD hooks) needs them: they are dropped here, the one place children are
 * started, with any variable holding a registered secret (a token the author also mapped under
 * another name, an access-tokens variable). What a tool needs is passed through `ExecOptions.env`
 * explicitly.
 */
const SCRUBBED_ENV = new RegExp(`${RUNNER_CREDENTIALS.source}|^RINGWAY_`, 'i');
function childEnv(base = process.env) {
    const env = {};
    for (const [k, v] of Object.entries(base))
        if (!SCRUBBED_ENV.test(k) && !holdsSecret(v ?? ''))
            env[k] = v;
    return env;
}
/** A failed command; the message carries the last meaningful stderr line, redacted. */
class ExecError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy {
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
    const lines = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(text)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    return lines.slice(-n).join(' | ') || 'no output';
}
/**
 * Cuts a byte stream into lines for `onLine`; a no-op without a callback. One decoder per stream:
 * a character whose bytes arrive in two chunks is held back until it is whole.
 */
function lineSplitter(onLine, decoder) {
    let rest = '';
    const emit = (text) => {
        const lines = (rest + text).split(/\r?\n|\r/);
        rest = lines.pop() ?? '';
        for (const l of lines)
            onLine?.(l);
    };
    return {
        push(d) {
            if (onLine)
                emit(decoder.write(d));
        },
        end() {
            if (!onLine)
                return;
            emit(decoder.end());
            if (rest)
                onLine(rest);
            rest = '';
        },
    };
}


/***/ }),

/***/ 557:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  AzureHost: () => (/* binding */ AzureHost),
  azureInput: () => (/* binding */ azureInput),
  azureWords: () => (/* binding */ azureWords),
  runAzure: () => (/* binding */ runAzure)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = require("node:fs");
;// CONCATENATED MODULE: ./lib/hosts/stdout.ts
// What the runner and the agent read from a step: written straight to file descriptor 1.
// process.stdout writes the same bytes, but creating it loads Node's stream and net modules (under
// the runner and the agent stdout is a pipe), a sixth of an action's start-up; a step that only
// writes lines needs neither. The write is synchronous, as process.stdout's is on a pipe, so lines
// keep their order and nothing is lost when the process exits.

let viaStream = false;
function writeStdout(text) {
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    while (!viaStream && done < bytes.length) {
        try {
            done += (0,external_node_fs_namespaceObject.writeSync)(1, bytes, done);
        }
        catch (err) {
            // A non-blocking stdout (a parent that shares it, or process.stdout created meanwhile) with a
            // full pipe: from here on the stream writes, which waits for the pipe to drain.
            if (err.code !== 'EAGAIN')
                throw err;
            viaStream = true;
        }
    }
    if (done < bytes.length)
        process.stdout.write(bytes.subarray(done));
}

;// CONCATENATED MODULE: ./lib/hosts/azure-commands.ts
// The few Azure Pipelines logging commands the Azure host uses (`##vso[area.action key=value;...]message`
// on stdout, read by the agent line by line). Not azure-pipelines-task-lib: loading it (with q,
// semver, minimatch) took ~50 ms of every task's start for five commands. The lines written are
// byte for byte what task-lib 5.x writes for the same calls (test/hosts/azure-commands.test.ts
// compares them with task-lib itself).


/** A property value: `;` and `]` would end the property or the command. */
function escapeProperty(value) {
    return escapeData(value).replace(/]/g, '%5D').replace(/;/g, '%3B');
}
/** The message: the agent reads up to the end of the line, so only line breaks (and `%`) are escaped. */
function escapeData(value) {
    return value.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** The agent's variable key for a name, as task-lib forms it: `my.var name` → `MY_VAR_NAME`. */
function variableKey(name) {
    return name.replace(/\./g, '_').replace(/ /g, '_').toUpperCase();
}
/** The command line task-lib's TaskCommand writes: empty properties are left out, each kept one ends with `;`. */
function commandLine(command, properties, message) {
    let line = `##vso[${command}`;
    if (properties && Object.keys(properties).length > 0) {
        line += ' ';
        for (const [k, v] of Object.entries(properties))
            if (v)
                line += `${k}=${escapeProperty(v)};`;
    }
    return `${line}]${escapeData(message)}`;
}
class AgentCommands {
    agent;
    writeLine;
    constructor(agent, writeLine = (line) => writeStdout(line + external_node_os_.EOL)) {
        this.agent = agent;
        this.writeLine = writeLine;
    }
    command(command, properties, message) {
        this.writeLine(commandLine(command, properties, message));
    }
    issue(type, message) {
        this.command('task.issue', { type, source: 'TaskInternal', correlationId: this.agent.correlationId }, message);
    }
    debug(message) {
        if (this.agent.debugLogs)
            this.command('task.debug', null, message);
    }
    warning(message) {
        this.issue('warning', message);
    }
    error(message) {
        this.issue('error', message);
    }
    /**
     * An output variable (`<step>.<name>` for later steps). A name the agent knows as a secret
     * variable stays secret, as in task-lib ("once a secret always a secret").
     */
    setOutputVariable(name, value) {
        const secret = this.agent.secretVariables.has(variableKey(name));
        this.debug(`set ${name}=${secret && value ? '********' : value}`);
        if (secret && /\r|\n/.test(value) && `${process.env.SYSTEM_UNSAFEALLOWMULTILINESECRET}`.toUpperCase() !== 'TRUE') {
            throw new Error('Secrets cannot contain multiple lines');
        }
        this.command('task.setvariable', { variable: name, isOutput: 'true', issecret: String(secret) }, value);
    }
    /** Attaches a markdown file to the run's summary page. */
    uploadSummary(path) {
        this.command('task.uploadsummary', null, path);
    }
    /**
     * The task's result: a failure is also an error issue (shown on the run's summary). The exit
     * code stays 0 either way, as with task-lib: the agent takes the result from task.complete.
     */
    setResult(result, message) {
        this.debug(`task result: ${result}`);
        if (result === 'Failed' && message)
            this.error(message);
        this.command('task.complete', { result }, message);
    }
}

;// CONCATENATED MODULE: ./lib/hosts/azure-inputs.ts

/**
 * What the agent hands a task through its environment, read once when the bundle loads (azure.ts
 * imports this module first) and then removed from process.env, as azure-pipelines-task-lib did
 * on load (internal.js _loadData): inputs, service connections' credentials, secure file tickets,
 * secret and task variables go into memory only, so no child process (git, helm, buildah, HLD
 * hooks) inherits a token. System.AccessToken, when the pipeline maps it (SYSTEM_ACCESSTOKEN), is
 * kept as the job token and taken out too. Also taken out: the correlation id and the public/secret
 * variable lists, which only this task should read.
 */
const VAULTED = /^(INPUT_|ENDPOINT_AUTH_|SECUREFILE_TICKET_|SECRET_|VSTS_TASKVARIABLE_|SYSTEM_ACCESSTOKEN$)/;
/** Reads the task's variables from `env` and deletes the vaulted ones (and the agent's lists) from it. */
function takeTaskEnvironment(env) {
    const snapshot = {};
    // Secret variable names, in task-lib's order: SECRET_<KEY> variables, then the public list, then
    // the secret list, each overriding the one before.
    const secret = new Map();
    for (const [k, v] of Object.entries(env)) {
        if (!VAULTED.test(k))
            continue;
        if ((k.startsWith('INPUT_') || k.startsWith('ENDPOINT_AUTH_') || k === 'SYSTEM_ACCESSTOKEN') && v !== undefined)
            snapshot[k] = v;
        if (k.startsWith('SECRET_') && k.length > 'SECRET_'.length)
            secret.set(variableKey(k.slice('SECRET_'.length)), true);
        // Like task-lib, an empty one stays: it carries nothing.
        if (v)
            delete env[k];
    }
    for (const name of nameList(env.VSTS_PUBLIC_VARIABLES))
        secret.set(variableKey(name), false);
    for (const name of nameList(env.VSTS_SECRET_VARIABLES))
        secret.set(variableKey(name), true);
    const agent = {
        correlationId: env.COMMAND_CORRELATION_ID ?? '',
        // task-lib: debug lines are skipped only when the agent asks for it and system.debug is off.
        debugLogs: env.DISTRIBUTEDTASK_TASKS_NODE_SKIPDEBUGLOGSWHENDEBUGMODEOFF?.toLowerCase() !== 'true' ||
            env.SYSTEM_DEBUG?.toLowerCase() === 'true',
        secretVariables: new Set([...secret].filter(([, s]) => s).map(([k]) => k)),
    };
    delete env.COMMAND_CORRELATION_ID;
    delete env.VSTS_PUBLIC_VARIABLES;
    delete env.VSTS_SECRET_VARIABLES;
    return { snapshot, agent };
}
/** A JSON list of variable names as the agent writes it; anything else counts as none. */
function nameList(json) {
    try {
        const v = JSON.parse(json || '[]');
        return Array.isArray(v) ? v.filter((n) => typeof n === 'string' && n !== '') : [];
    }
    catch {
        return [];
    }
}
const { snapshot, agent } = takeTaskEnvironment(process.env);
/** The agent's settings for the logging commands (azure-commands.ts). */
const agentSettings = agent;
/** The raw value of a task input, by its task.json name (camelCase), as task-lib keys it. */
function taskInput(name) {
    return snapshot[`INPUT_${variableKey(name)}`];
}
/**
 * The job's own token: System.AccessToken mapped into the environment (SYSTEM_ACCESSTOKEN), else
 * the one the agent hands every task through its SystemVssConnection endpoint.
 */
function jobAccessToken() {
    return snapshot.SYSTEM_ACCESSTOKEN || snapshot.ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN || undefined;
}
/**
 * The secret of a service connection named by a task input: a Generic connection's password, an
 * Azure Repos/TFS connection's token. undefined when the input names no connection.
 */
function connectionSecret(inputName) {
    const id = taskInput(inputName);
    if (!id)
        return undefined;
    const key = Object.keys(snapshot).find((k) => k.toUpperCase() === `ENDPOINT_AUTH_${id}`.toUpperCase());
    if (!key)
        return undefined;
    try {
        const p = JSON.parse(snapshot[key]).parameters ?? {};
        return p.password || p.apitoken || p.AccessToken || undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./lib/errors.ts
var errors = __nccwpck_require__(115);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: ./lib/secrets.ts
var secrets = __nccwpck_require__(995);
;// CONCATENATED MODULE: ./lib/git/validate.ts




/**
 * The one home of the rules for values that reach git (and helm) as operands: repository URLs and
 * refs. Inputs and stored values (table rows, HLD files) both pass through here before any command
 * runs, so an option-looking value (`--upload-pack=…`) is refused with a line naming where it came
 * from, instead of running. docs/security.md states the same rules for users.
 */
/** `what` is an input name (`manifest-repo` → "input 'manifest-repo'") or a phrase used as written. */
function describe(what) {
    return isInputName(what) ? `input '${what}'` : what;
}
function isInputName(what) {
    return /^[a-z][a-z0-9-]*$/.test(what);
}
/** A refused value; when `what` is an input, the error carries it (so `withInput` adds no second name). */
function refused(what, message) {
    return new UsageError(message, isInputName(what) ? { input: what } : {});
}
const MAX_URL = 2048;
const MAX_REF = 255;
const SCHEMES = new Set(['https:', 'http:', 'ssh:', 'git:', 'file:']);
const CONTROL = /[\x00-\x1f\x7f]/;
/** Hosts a plain-http URL may name: the machine itself (tests, local mirrors); elsewhere use https. */
function isLoopback(hostname) {
    const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}
/**
 * The host git (and curl under it) connects to for a `scheme://` URL, when every parser agrees on
 * it: curl ends the authority at the first `/`, `?` or `#`, WHATWG's URL parser also at a backslash
 * and takes the last `@`; IPv4 shorthands (`0x7f.1`) and percent-encoded or non-ASCII hosts are
 * rewritten by one and not the other. Trust and "this machine only" are decided on the host the
 * connection goes to, so any URL they could disagree on is refused rather than interpreted:
 * undefined then. Returns the lower-case `host[:port]` as URL.host writes it (default port dropped).
 */
function validate_agreedHost(url) {
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)/.exec(url.trim());
    if (!m)
        return undefined;
    const authority = m[2];
    if (/[\\\s%]|[^\x21-\x7e]/.test(authority))
        return undefined;
    const at = authority.split('@');
    if (at.length > 2)
        return undefined;
    const hostPort = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~-]+)(?::(\d{0,5}))?$/.exec(at[at.length - 1]);
    if (!hostPort)
        return undefined;
    let u;
    try {
        u = new URL(url.trim());
    }
    catch {
        return undefined;
    }
    if (u.hostname.toLowerCase() !== hostPort[1].toLowerCase())
        return undefined;
    const port = hostPort[2] ? Number(hostPort[2]) : undefined;
    if (port !== undefined && port !== Number(u.port || DEFAULT_PORTS[u.protocol] || NaN))
        return undefined;
    return u.host.toLowerCase();
}
const DEFAULT_PORTS = { 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443, 'ftp:': 21 };
/**
 * A repository URL git may be given: https; http to a loopback host only; ssh (`ssh://` or
 * `[user@]host:path`); git://; file:// and local paths. Never an option (leading `-`), never a
 * remote-helper address (`ext::…`, which runs commands), never credentials in the URL (the `token`
 * input is the one way to authenticate), no control characters. Returns the trimmed URL.
 */
function checkRepoUrl(value, what) {
    const url = value.trim();
    const who = describe(what);
    if (!url)
        throw refused(what, `${who} is required`);
    const bad = (why) => refused(what, `${who}: '${shownUrl(url)}' is not a repository URL git may be given: ${why}`);
    if (url.length > MAX_URL)
        throw bad(`longer than ${MAX_URL} characters`);
    // Before anything prints the URL: its credentials are registered secrets, and refused.
    const credential = credentialIn(url);
    if (credential)
        throw refused(what, `${who} must not contain credentials (${credential}); pass the token in the 'token' input`);
    if (CONTROL.test(url))
        throw bad('it contains control characters');
    if (url.startsWith('-'))
        throw bad("it starts with '-' and would be read as an option");
    if (/^[A-Za-z][A-Za-z0-9+.-]*::/.test(url))
        throw bad('remote-helper addresses (<transport>::<address>) are not supported');
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url)) {
        let u;
        try {
            u = new URL(url);
        }
        catch {
            throw refused(what, `${who} is not a valid URL`);
        }
        if (!SCHEMES.has(u.protocol))
            throw bad(`scheme '${u.protocol.slice(0, -1)}' is not supported (https, http to this machine, ssh, git, file)`);
        if (u.hostname.startsWith('-'))
            throw bad("its host starts with '-'");
        if (u.protocol !== 'file:' && !validate_agreedHost(url))
            throw bad('git would read its host differently from a URL parser (a backslash, several @, a percent-encoded, non-ASCII or abbreviated host); write the host plainly');
        if (u.protocol === 'http:' && !isLoopback(u.hostname))
            throw bad('plain http is only accepted for this machine (localhost); use https');
        if (u.protocol !== 'file:' && !u.hostname)
            throw bad('it names no host');
        return url;
    }
    // scp-like ssh address: [user@]host:path, the colon before any slash (git's own rule).
    const scp = /^(?:([^@/]+)@)?(\[[^\]/]+\]|[^:/]+):(.*)$/.exec(url);
    if (scp && !/^[A-Za-z]:[\\/]/.test(url)) {
        const [, user, host, path] = scp;
        if (host.startsWith('-') || (user ?? '').startsWith('-'))
            throw bad("its host starts with '-'");
        // `javascript:alert(1)`, `mailto:x`: a scheme without `//` is not an ssh address. The scp form
        // needs a host that looks like one — a dotted name, localhost, an [IPv6] address — or a user
        // (`git@alias:repo`, for an alias of ~/.ssh/config).
        if (!isScpHost(host, user !== undefined))
            throw bad(`'${host}' is not a host name: ssh addresses are user@host:path, host.domain:path or ssh://host/path`);
        if (!path)
            throw bad('it names no repository path');
        return url;
    }
    return url; // a local path (absolute, or relative to the working folder)
}
/**
 * Where a repository URL carries a credential, after registering it as a secret: a password (or,
 * for http(s), a user name: `https://<token>@host` authenticates), or a query parameter named like
 * one (`?access_token=…`, `?private_token=…`). undefined when there is none.
 */
function credentialIn(url) {
    const query = /\?([^#]*)/.exec(url)?.[1];
    if (query) {
        const named = [...new URLSearchParams(query)].filter(([k]) => CREDENTIAL_PARAM.test(k));
        for (const [, v] of named)
            registerSecret(v);
        // The raw form too (percent-encoded as given).
        for (const part of query.split('&'))
            if (CREDENTIAL_PARAM.test(part.split('=')[0]))
                registerSecret(part.slice(part.indexOf('=') + 1));
        if (named.length)
            return `query parameter '${named[0][0]}'`;
    }
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url))
        return undefined;
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return undefined;
    }
    const web = u.protocol === 'https:' || u.protocol === 'http:';
    if (!u.password && !(u.username && web))
        return undefined;
    for (const v of [u.password, u.username]) {
        registerSecret(v);
        registerSecret(safeDecode(v));
    }
    return 'userinfo';
}
function safeDecode(v) {
    try {
        return decodeURIComponent(v);
    }
    catch {
        return v;
    }
}
/** A URL for an error line: userinfo and query hidden (they may hold credentials), control characters shown as '?'. */
function shownUrl(url) {
    return shorten(url.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/?#]*@/, '$1***@').replace(/\?[^#]*/, '?…'));
}
/** The host of a scp-like address: a dotted host name, localhost or [IPv6]; any host name after `user@`. */
function isScpHost(host, hasUser) {
    if (/^\[[0-9A-Fa-f:.]+\]$/.test(host))
        return true;
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(host))
        return false;
    return hasUser || host.includes('.') || host.toLowerCase() === 'localhost';
}
/**
 * A repository URL given by an input (`hld-repo`, `manifest-repo`): as checkRepoUrl, and a local
 * path must be an existing folder — returned absolute, since git runs in a temporary clone where a
 * relative path would mean something else. Runs before any network work, so a typo fails at once.
 */
function checkRepoInput(value, input) {
    const url = checkRepoUrl(value, input);
    if (!isLocalPath(url))
        return url;
    const path = resolve(url);
    if (!existsSync(path) || !statSync(path).isDirectory()) {
        throw refused(input, `${describe(input)}: '${shownUrl(url)}' is neither a repository URL (https://…, ssh://…, user@host:path) nor an existing folder`);
    }
    return path;
}
/** A value checkRepoUrl took for a local path: no scheme, not the scp form. */
function isLocalPath(url) {
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url))
        return false;
    return !/^(?:[^@/]+@)?[^:/]+:/.test(url) || /^[A-Za-z]:[\\/]/.test(url);
}
/** Optional variant: '' stays ''. */
function checkOptionalRepoUrl(value, what) {
    return value.trim() ? checkRepoUrl(value, what) : '';
}
/**
 * A ref git may be given (branch, tag, commit): git check-ref-format's rules for one ref name, plus
 * never starting with '-'. A commit SHA (hex) passes. Returns the value.
 */
function checkRef(value, what) {
    const ref = value;
    const who = describe(what);
    const bad = (why) => refused(what, `${who}: '${shorten(ref)}' is not a valid git ref: ${why}`);
    if (!ref)
        throw refused(what, `${who} is required`);
    if (ref.length > MAX_REF)
        throw bad(`longer than ${MAX_REF} characters`);
    if (ref.startsWith('-'))
        throw bad("it starts with '-' and would be read as an option");
    if (CONTROL.test(ref) || /[ ~^:?*[\\]/.test(ref))
        throw bad('it contains a space, a control character or one of ~ ^ : ? * [ \\');
    if (ref.includes('..'))
        throw bad("it contains '..'");
    if (ref.includes('@{') || ref === '@')
        throw bad("it contains '@{' or is '@'");
    if (ref.startsWith('/') || ref.endsWith('/') || ref.includes('//'))
        throw bad("it has an empty part between '/'");
    if (ref.endsWith('.'))
        throw bad("it ends with '.'");
    for (const part of ref.split('/')) {
        if (part.startsWith('.'))
            throw bad("a part starts with '.'");
        if (part.endsWith('.lock'))
            throw bad("a part ends with '.lock'");
    }
    return ref;
}
/**
 * A branch as users pass it: `main`, or the full ref that GITHUB_REF and Build.SourceBranch hold
 * (`refs/heads/main`, returned as `main`). Any other full ref (`refs/tags/v1`, `refs/pull/1/head`)
 * is not a branch a step can push to, and is refused rather than created as `refs/heads/refs/…`.
 */
function checkBranch(value, what) {
    const ref = checkRef(value, what);
    if (ref.startsWith('refs/heads/'))
        return notHead(checkRef(ref.slice('refs/heads/'.length), what), what);
    if (ref.startsWith('refs/'))
        throw refused(what, `${describe(what)}: '${shorten(ref)}' is not a branch (a full ref must start with refs/heads/)`);
    return notHead(ref, what);
}
/** `HEAD` names the current commit, never a branch (git refuses to create one). */
function notHead(branch, what) {
    if (branch === 'HEAD')
        throw refused(what, `${describe(what)}: 'HEAD' is not a branch name (git keeps it for the checked-out commit)`);
    return branch;
}
/** Optional variant: '' stays ''. */
function checkOptionalRef(value, what) {
    return value ? checkRef(value, what) : '';
}
function shorten(s) {
    const clean = s.replace(/[\x00-\x1f\x7f]/g, '?');
    return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}
/** A chart repository for `helm pull --repo`: an http(s) or oci URL, never an option. */
function checkHelmRepoUrl(value, what) {
    const url = value.trim();
    const who = describe(what);
    if (!url)
        throw refused(what, `${who} is required`);
    if (url.length > MAX_URL || CONTROL.test(url) || url.startsWith('-') || !/^(https?|oci):\/\/[^-/]/i.test(url)) {
        throw refused(what, `${who}: '${shorten(url)}' is not a chart repository URL (http, https or oci)`);
    }
    return url;
}

;// CONCATENATED MODULE: ./lib/git/trust.ts


/**
 * Where a token may be sent. Only hosts the pipeline author named (repository and API inputs, the
 * `trusted-hosts` input, the orchestrator's own repository) are trusted; a host learnt from a
 * table row, an HLD file or a forge answer is not, so writing a row cannot steer a token.
 */
class TrustedHosts {
    /** host or host:port exactly as URL.host gives it (lower case, default port dropped). */
    exact = new Set();
    /** trusted-hosts entries without a port: that host name on any port. */
    anyPort = new Set();
    /** `urls`: repository/API URLs from inputs ('' ignored). `hosts`: the `trusted-hosts` input. */
    constructor(urls, hosts = []) {
        for (const u of urls) {
            const h = trust_hostOf(u);
            if (h)
                this.exact.add(h);
        }
        for (const entry of hosts) {
            const e = entry.trim().toLowerCase();
            if (!e)
                continue;
            if (e.includes('://')) {
                const h = trust_hostOf(e);
                if (!h)
                    throw new UsageError(`'${entry}' is not a host name`);
                this.exact.add(h);
            }
            else if (/^[a-z0-9.-]+:\d{1,5}$|^\[[0-9a-f:.]+\]:\d{1,5}$/.test(e)) {
                this.exact.add(e);
            }
            else if (/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(e) && !e.startsWith('-')) {
                this.anyPort.add(e);
            }
            else {
                throw new UsageError(`'${entry}' is not a host name (host, host:port or a URL)`);
            }
        }
        // GitHub's API lives on its own host: a trusted github.com means api.github.com too.
        if (this.exact.has('github.com') || this.anyPort.has('github.com'))
            this.exact.add('api.github.com');
    }
    /**
     * Whether a token may go where `url` points. URLs git reaches without HTTP (ssh, file, local
     * paths) never carry our token, so they need no trust.
     */
    allows(url) {
        let u;
        try {
            u = new URL(url);
        }
        catch {
            return true;
        }
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            return true;
        // The host the connection goes to, or no token: a URL whose host git and Node read differently.
        const host = agreedHost(url);
        if (!host)
            return false;
        return this.exact.has(host) || this.anyPort.has(u.hostname.toLowerCase());
    }
}
/**
 * URL.host of an http(s)/ssh/git URL (lower case, with a non-default port), or the host of an
 * scp-like address; '' otherwise (file URLs, local paths). The one host rule of every token
 * decision: trusted hosts, the job token's hosts and the auth header's form.
 */
function trust_hostOf(url) {
    const v = url.trim();
    if (!v)
        return '';
    try {
        const u = new URL(v);
        return u.protocol === 'file:' ? '' : (validate_agreedHost(v) ?? '');
    }
    catch {
        const scp = /^(?:[^@/]+@)?([^:/]+):/.exec(v);
        return scp ? scp[1].toLowerCase() : '';
    }
}

;// CONCATENATED MODULE: ./lib/git/job-token.ts

/**
 * The job's own token (GitHub's `github.token`, Azure's System.AccessToken) reaches a step without
 * the pipeline author naming it, so it may go only where the job itself runs: its own server, as
 * actions/checkout sends its default token only to the workflow's GitHub. A token given explicitly
 * is the author's choice and goes where the inputs say.
 */
let job;
/** Hosts the job token may be sent to, from the orchestrator's own server URLs. */
function jobTokenHosts(serverUrls) {
    const hosts = new Set();
    for (const u of serverUrls) {
        const h = trust_hostOf(u);
        if (!h)
            continue;
        hosts.add(h);
        if (h === 'github.com')
            hosts.add('api.github.com');
        // Azure DevOps answers one organisation under both names.
        const org = /^([a-z0-9-]+)\.visualstudio\.com$/.exec(h)?.[1] ?? (h === 'dev.azure.com' ? orgOf(u) : undefined);
        if (org) {
            hosts.add('dev.azure.com');
            hosts.add(`${org}.visualstudio.com`);
        }
    }
    return hosts;
}
/**
 * Called by a host when a step's `token` input was empty and the job's own token stands in for it.
 * `reach` says what that token may access, for the error line of a server that refuses it.
 */
function registerJobToken(token, serverUrls, reach = 'the repository the workflow runs in') {
    if (token)
        job = { token, hosts: jobTokenHosts(serverUrls), reach };
}
/**
 * Why a server refused: when the job's own token went to `url` because the `token` input was
 * empty, the clause that says so (undefined otherwise). Refusals (401/403/404) append it, since
 * a secret that is not set (an unset HLD_TOKEN) expands to an empty input without a word.
 */
function jobTokenNote(url) {
    if (!job || !job.hosts.has(hostOf(url)))
        return undefined;
    return `the 'token' input was empty, so the job's own token was sent, which reaches only ${job.reach}`;
}
/** The token to send to `url`: the job token only to the job's own server, others unchanged. */
function tokenFor(url, token) {
    if (!token || !job || token !== job.token)
        return token;
    return job.hosts.has(hostOf(url)) ? token : undefined;
}
/** For tests. */
function clearJobToken() {
    job = undefined;
}
function orgOf(url) {
    try {
        return new URL(url).pathname.split('/').filter(Boolean)[0]?.toLowerCase();
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/steps/names.ts
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
        const event = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
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

;// CONCATENATED MODULE: ./lib/hosts/neutralise.ts

/**
 * Text that did not come from ringway's own code (table rows, HLD content, forge and registry
 * answers, git output, operator events) may hold orchestrator commands. What the runners read as
 * one, from their source (restated, with the commits read, in test/support/runner-parsers.ts):
 * - GitHub (actions/runner, ActionCommand.TryParseV2 / TryParse): a line that starts with `::` once
 *   .NET's TrimStart removed its leading whitespace (U+0085, U+2028, U+2029, \v, \f included),
 *   and `##[` anywhere in a line;
 * - Azure (azure-pipelines-agent, Command.TryParse): `##vso[` anywhere in a line, and the
 *   `##[group]`-style formatting commands.
 * Both split lines at \n, \r and \r\n only, and find markers with culture-sensitive StartsWith /
 * IndexOf, which under ICU skip ignorable characters: a zero-width character inside a marker does
 * not break it. So neither defence below relies on an invisible character:
 * - GitHub's documented switch, `::stop-commands::<token>` … `::<token>::` around text that may
 *   hold a marker (`stopCommands`): the runner reads no command in between; the text is unchanged.
 * - In-band, where there is no such switch (the Azure agent) or extra lines would corrupt data (the
 *   CLI's stdout, outputs): a visible space inside the marker (`: :`, `# #[`, `# #vso[`), counting
 *   every character the parsers may skip as absent.
 */
/**
 * What ICU may ignore when comparing, never trusted to separate: controls, format and zero-width
 * characters, marks, unassigned code points, and the few letters and signs ICU's root collation
 * gives no weight (tatweel, NKo lajanyalan, Mongolian nirugu, Vedic nihshvasa, Arabic tail
 * fragment; test/hosts/neutralise.test.ts checks the set against ICU's collator).
 */
const IGNORABLE = '\\p{Cc}\\p{Cf}\\p{Cn}\\p{M}\\p{Default_Ignorable_Code_Point}\\u0640\\u07fa\\u180a\\u1cd3\\ufe73';
/** `::` at a line start after blanks (JS \s plus U+0085, which .NET trims too) or after a Unicode line break. */
const LEADING_COLONS = new RegExp(`(^|[\\u0085\\u2028\\u2029\\v\\f])([\\s${IGNORABLE}]*):[${IGNORABLE}]*:`, 'gu');
/** `##[` and `##vso[` (any case), ignorable characters anywhere inside. */
const HASHES = new RegExp(`#[${IGNORABLE}]*#(?=[${IGNORABLE}]*(?:v[${IGNORABLE}]*s[${IGNORABLE}]*o[${IGNORABLE}]*)?\\[)`, 'giu');
/** One line (no \r or \n): markers broken by a visible space, the rest unchanged. */
function neutraliseLine(line) {
    // Both markers hold a literal `:` or `#`: a line without either is left as it is, and the
    // Unicode patterns are not even compiled (a few ms of start-up in a step that prints outputs).
    if (!line.includes(':') && !line.includes('#'))
        return line;
    return line.replace(LEADING_COLONS, '$1$2: :').replace(HASHES, '# #');
}
/** Neutralises every line of `text`; line breaks become `\n` (a lone `\r` also ends a line for runners). */
function neutralise(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map(neutraliseLine)
        .join('\n');
}
/** Ignorable characters a JSON string may hold raw (not \t or \n, which pretty JSON uses between tokens). */
const JSON_RAW_IGNORABLE = new RegExp(`(?![\\t\\n\\r])[${IGNORABLE}\\u2028\\u2029]`, 'gu');
/**
 * For JSON written to stdout: inside strings, every ignorable character and Unicode line break is
 * written as a `\uXXXX` escape, and a `#` before `#` as `\u0023`, so the decoded value is unchanged
 * and no line holds a marker. (Those characters occur only inside strings; no line of
 * JSON.stringify output starts with `:`.)
 */
function neutraliseJson(json) {
    return json
        .replace(JSON_RAW_IGNORABLE, (c) => Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''))
        .replace(/#(?=#)/g, '\\u0023');
}
/**
 * A step output value. Hosts set outputs through the orchestrator's own API (escaped there), but
 * the value is later expanded into other steps' scripts and logs: JSON values keep their decoded
 * content (`\u` escapes), other values are neutralised like log text, line breaks kept.
 */
function safeOutput(value) {
    if (/^\s*[[{]/.test(value)) {
        try {
            JSON.parse(value);
            return neutraliseJson(value);
        }
        catch {
            // not JSON: treated as text below
        }
    }
    return neutralise(value);
}
/** Secret redaction, then neutralisation: what every host prints. */
function safeText(text) {
    return neutralise((0,secrets/* redact */.E$)(text));
}
/** safeText on one line, for what a runner shows as one (group names, headings, the failure). */
function oneLine(text) {
    return safeText(text).replace(/\n/g, ' ');
}
/**
 * True when `text` may hold a command marker for either runner: with every character outside
 * printable ASCII removed (more than any parser skips), it holds `::` or `##`.
 */
function mayHoldCommand(text) {
    return /::|##/.test(text.replace(/[^\x21-\x7e]/g, ''));
}
/**
 * `text` between `::stop-commands::<token>` and `::<token>::` when it may hold a marker (GitHub's
 * documented way to print untrusted text): the runner processes no command until the token, a
 * fresh random UUID not in the text. Text without a marker is returned as is.
 */
function stopCommands(text) {
    if (!mayHoldCommand(text))
        return text;
    let token;
    do
        token = globalThis.crypto.randomUUID();
    while (text.includes(token));
    return `::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::`;
}
/**
 * Wraps a stream's write so that everything written to it is inert (the CLI, whose output a GitHub
 * or Azure job reads when `ringway` runs in a script step). With `stop`, whole lines that may hold
 * a marker go between stop-commands lines (stderr under GitHub Actions); otherwise, and for a
 * partial line, markers are broken in-band. Tracks whether the next chunk starts a line, since
 * `::` only matters there.
 */
function guardStream(stream, opts = {}) {
    let atLineStart = true;
    const write = stream.write.bind(stream);
    stream.write = ((chunk, ...rest) => {
        if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk))
            return write(chunk, ...rest);
        const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
        let safe;
        if (opts.stop && atLineStart && /\n$/.test(text)) {
            safe = stopCommands(text);
            if (safe !== text)
                safe += '\n';
        }
        else {
            safe = neutralise(atLineStart ? text : `x${text}`);
            if (!atLineStart)
                safe = safe.slice(1);
        }
        if (text.length)
            atLineStart = /[\r\n]$/.test(text);
        return write(safe, ...rest);
    });
}

// EXTERNAL MODULE: ./lib/deadline.ts + 1 modules
var lib_deadline = __nccwpck_require__(835);
// EXTERNAL MODULE: ./lib/exec.ts
var exec = __nccwpck_require__(361);
// EXTERNAL MODULE: ./lib/duration.ts
var duration = __nccwpck_require__(952);
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
                    const v = source({ ...def, name: alias }) ?? env[envName(alias)];
                    if (v === undefined || v === '')
                        continue;
                    raw = v;
                    deprecations.push(`input '${alias}' is deprecated: use '${def.name}'`);
                    break;
                }
            }
            if (!given(raw))
                raw = env[envName(def.name)];
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
        const message = safeText(err instanceof errors/* RingwayError */.Sy ? err.message : `${step.name}: ${(0,errors/* errorMessage */.gJ)(err)}`);
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

;// CONCATENATED MODULE: ./lib/hosts/azure.ts
// Must stay the first import: it reads the task's variables and takes the secret ones out of
// process.env before any other module runs.












/** Azure Pipelines: camelCase task inputs, output variables, uploaded markdown summary. */
class AzureHost {
    agent;
    kind = 'azure';
    build = readBuildMetadata();
    constructor(agent = new AgentCommands(agentSettings)) {
        this.agent = agent;
    }
    info(message) {
        writeStdout(`${safeText(message)}\n`);
    }
    warning(message) {
        this.agent.warning(azureWords(safeText(message)));
    }
    debug(message) {
        this.agent.debug(safeText(message));
    }
    async group(name, fn) {
        writeStdout(`##[group]${oneLine(name)}\n`);
        try {
            return await fn();
        }
        finally {
            writeStdout('##[endgroup]\n');
        }
    }
    setSecret(value) {
        // Not `##vso[task.setsecret]`: that command carries the value on stdout. Secret variables are
        // masked by the agent already; everything ringway prints passes through redact().
        (0,secrets/* registerSecret */.cl)(value);
    }
    async summary(table) {
        const dir = process.env.AGENT_TEMPDIRECTORY || (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ringway-summary-'));
        const file = (0,external_node_path_.join)(dir, `ringway-${Date.now()}-${process.pid}.md`);
        const body = [`### ${table.title}`, '', markdownTable(table.rows), '', ...(table.notes ?? [])].join('\n');
        (0,external_node_fs_namespaceObject.writeFileSync)(file, safeText(body) + '\n');
        this.agent.uploadSummary(file);
    }
}
/** Messages name inputs as the pipeline author wrote them in the task: camelCase. */
function azureWords(message) {
    return message.replace(/\binput '([a-z0-9]+(?:-[a-z0-9]+)+)'/g, (_, name) => `input '${camelCase(name)}'`);
}
function azureInput(def) {
    // undefined = not given; '' is kept so an input that allows it can be set empty on purpose.
    const v = taskInput(camelCase(def.name));
    if (v || process.env[envName(def.name)])
        return v;
    // Beside the plain input, a service connection may hold the secret (task.json <name>Connection).
    const fromConnection = def.secret ? connectionSecret(`${camelCase(def.name)}Connection`) : undefined;
    if (fromConnection)
        return fromConnection;
    if (!def.jobToken)
        return v;
    const job = jobAccessToken();
    registerJobToken(job, [process.env.SYSTEM_COLLECTIONURI ?? ''], "what the pipeline's build service may access (by default its own project's repositories)");
    return job ?? v;
}
/** Entry point of a step's Azure DevOps task bundle. */
async function runAzure(step) {
    const host = new AzureHost();
    reportCrashes(host.agent);
    const result = await runStep(step, host, azureInput);
    // A failed step may still have outputs (a gate's decision=reject): set them either way.
    for (const [k, v] of Object.entries(result.outputs ?? {}))
        host.agent.setOutputVariable(camelCase(k), safeOutput(v));
    if (result.ok)
        host.agent.setResult('Succeeded', '');
    else
        host.agent.setResult('Failed', azureWords(oneLine(result.message)));
}
/**
 * An error that escapes runStep (a stray callback, a rejected promise nobody awaits) fails the task
 * through task.complete, as task-lib's handlers did, instead of a bare crash; redacted like every
 * other message. A write to a closed stdout (EPIPE) is ignored, as there.
 */
function reportCrashes(agent) {
    process.on('uncaughtException', (err) => {
        if (err && typeof err === 'object' && err.code === 'EPIPE' && err.syscall?.toUpperCase() === 'WRITE')
            return;
        agent.setResult('Failed', safeText(`Unhandled: ${err?.message}`));
        agent.error(safeText(String(err?.stack)));
    });
    process.on('unhandledRejection', (reason) => {
        throw reason instanceof Error ? reason : new Error(String(reason));
    });
}


/***/ }),

/***/ 995:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/* unused harmony exports CREDENTIAL_PARAM, holdsSecret, clearSecrets */
/**
 * Process-wide list of secret values. Every host log line, error message and summary passes
 * through `redact`, so a token that reaches a message by accident is still never printed.
 */
const secrets = new Set();
/**
 * Query parameters that carry credentials: OAuth `access_token`, GitLab's `private_token`, SAS
 * `sig`, Azure Functions `code`, API keys. Health URLs keep them (hidden); repository URLs refuse them.
 */
const CREDENTIAL_PARAM = /^(code|key|apikey|api[-_]key|sig|signature|token|access[-_]token|private[-_]token|oauth[-_]token|auth|password|passwd|pwd|secret|client[-_]secret|x-functions-key|jwt)$/i;
function registerSecret(value) {
    if (!value || value.length < 3)
        return;
    secrets.add(value);
    // Tokens also travel base64-encoded in Basic auth headers; hide those forms too.
    secrets.add(Buffer.from(value).toString('base64'));
    for (const user of ['x-access-token', 'pat', '', 'x']) {
        secrets.add(Buffer.from(`${user}:${value}`).toString('base64'));
    }
}
function redact(text) {
    let out = text;
    // Longest first so a secret that contains another is hidden whole.
    for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
        if (s.length >= 3)
            out = out.split(s).join('***');
    }
    return out;
}
/**
 * Whether `text` carries a registered secret: is one, or holds one of at least 8 characters (a
 * connection string with the key, a URL with the token). Shorter secrets only by equality, so a
 * short value never takes an unrelated variable (PATH) out of a child's environment.
 */
function holdsSecret(text) {
    if (text.length < 3)
        return false;
    for (const s of secrets)
        if (text === s || (s.length >= 8 && text.includes(s)))
            return true;
    return false;
}
/** For tests: forget registered secrets. */
function clearSecrets() {
    secrets.clear();
}


/***/ }),

/***/ 953:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  step: () => (/* binding */ step),
  writeReport: () => (/* binding */ writeReport)
});

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = require("node:fs/promises");
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __nccwpck_require__(115);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
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
var duration = __nccwpck_require__(952);
;// CONCATENATED MODULE: ./lib/telemetry/row.ts
/**
 * One deployment = one table row, in the layout Spektate and bedrock-cli use (all strings, one
 * PartitionKey). ringway adds columns Spektate ignores (author, PR link, merged-by, timestamps per
 * stage, which stage set each field) and never changes the meaning of Spektate's own columns.
 */
const SPEKTATE_COLUMNS = [
    'commitId',
    'env',
    'imageTag',
    'p1',
    'service',
    'p2',
    'hldCommitId',
    'p3',
    'manifestCommitId',
    'sourceRepo',
    'hldRepo',
    'manifestRepo',
    'pr',
];
/** When each stage happened, in chain order. */
const STAGE_TIMES = [
    'imageBuiltAt',
    'hldUpdatedAt',
    'prMergedAt',
    'manifestsGeneratedAt',
    'manifestsPushedAt',
    'syncedAt',
    'syncFailedAt',
];
const RINGWAY_COLUMNS = [
    'author',
    'prUrl',
    'mergedBy',
    'cluster',
    ...STAGE_TIMES,
    'clusters',
    'commitTime',
    'gateRejectedAt',
    // Why the gate rejected (JSON: gate-rejection.ts): the metric check, its value and threshold.
    'gateRejectedBy',
    // rollback: the new deployment names the one it replaces (rollbackOf); the replaced one is marked.
    'rollbackOf',
    'rolledBackBy',
    'rolledBackAt',
    'rollbackReason',
];
const STAGES = (/* unused pure expression or super */ null && ([
    'image-built',
    'hld-updated',
    'pr-merged',
    'manifests-generated',
    'manifests-pushed',
    'cluster-synced',
    'sync-failed',
    'gate-rejected',
    'rollback',
]));
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
const IDENTITY = (/* unused pure expression or super */ null && (['imageTag', 'env', 'p1', 'p2', 'p3', 'pr', 'manifestCommitId']));
/**
 * Ids of one deployment to one ring: sharing a value in one of these makes a record (or a row) part
 * of the same deployment. The image tag is not one: every ring of a tag shares it.
 */
const LINKS = (/* unused pure expression or super */ null && (['p2', 'pr', 'hldCommitId', 'p3', 'manifestCommitId']));
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
function row_stateOf(row) {
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
function row_clusterSyncs(row) {
    try {
        const v = row.clusters ? JSON.parse(row.clusters) : {};
        return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
    }
    catch {
        return {};
    }
}
/** The cluster's latest word is a failure (a failure after the last success). */
function row_clusterFailed(c) {
    return Boolean(c.failedAt && (!c.okAt || c.failedAt > c.okAt));
}
/** A cluster of the ring reports a failure it has not recovered from (or a manual sync-failed stage after the last sync). */
function syncFailed(row) {
    const map = Object.values(row_clusterSyncs(row));
    if (map.length)
        return map.some(row_clusterFailed);
    return Boolean(row.syncFailedAt && (!row.syncedAt || row.syncFailedAt > row.syncedAt));
}
/**
 * When the deployment to its ring started: its first ring stage. The build time is not one: it is
 * copied into every ring's row of the tag, so it cannot tell two deployments of one tag apart.
 */
function ringStartedAt(row) {
    const times = STAGE_TIMES.filter((k) => k !== 'imageBuiltAt')
        .map((k) => row[k])
        .filter((t) => Boolean(t));
    return times.sort()[0] ?? row.timestamp ?? '';
}
/** Newest deployment first: by when it started in its ring, then by its latest stage. */
function newestFirst(a, b) {
    const [sa, sb] = [ringStartedAt(a), ringStartedAt(b)];
    if (sa !== sb)
        return sa < sb ? 1 : -1;
    const [la, lb] = [row_lastUpdated(a), row_lastUpdated(b)];
    return la === lb ? 0 : la < lb ? 1 : -1;
}
function row_lastUpdated(row) {
    const times = STAGE_TIMES.map((k) => row[k]).filter((t) => Boolean(t));
    return times.sort().pop() ?? row.timestamp ?? '';
}
/** Minutes from the first recorded stage to the last, two decimals (Spektate's unit). */
function row_durationMinutes(row) {
    const times = STAGE_TIMES.map((k) => row[k])
        .filter((t) => Boolean(t))
        .map((t) => Date.parse(t))
        .sort((a, b) => a - b);
    if (times.length < 2)
        return '';
    return ((times[times.length - 1] - times[0]) / 60000).toFixed(2);
}

;// CONCATENATED MODULE: ./lib/telemetry/query.ts



function view(row) {
    const service = row.service ?? '';
    // Spektate shows only the part after a single '/' ("repo/service" → "service").
    const shown = service.split('/').length === 2 ? service.split('/')[1] : service;
    const times = [
        row.imageBuiltAt,
        row.hldUpdatedAt,
        row.prMergedAt,
        row.manifestsGeneratedAt,
        row.manifestsPushedAt,
        row.syncedAt,
        row.syncFailedAt,
    ]
        .filter(Boolean)
        .sort();
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
            .map(([name, c]) => ({
            name,
            synced: c.syncedAt ?? '',
            failed: c.failedAt ?? '',
            reason: c.reason ?? '',
            failing: clusterFailed(c),
        })),
        syncFailed: row.syncFailedAt ?? '',
        lastUpdated: lastUpdated(row),
        started: times[0] ?? row.timestamp ?? '',
        durationMinutes: durationMinutes(row),
        rollbackOf: row.rollbackOf ?? '',
        rolledBackBy: row.rolledBackBy ?? '',
        rollbackReason: row.rollbackReason ?? '',
        gateRejected: row.gateRejectedAt ?? '',
        gateRejectedBy: gateRejections(row),
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
    const lower = (v) => v?.toLowerCase();
    const server = {
        p1: lower(f.buildId),
        commitId: lower(f.commitId),
        rowKey: lower(f.deploymentId),
        env: lower(f.ring),
    };
    const since = f.since ? parseSince(f.since) : undefined;
    const same = (a, b) => !b || a.toLowerCase() === b.toLowerCase();
    const out = [];
    for (const row of await store.find(server)) {
        const v = view(row);
        if (!same(v.imageTag, f.imageTag) ||
            (f.service && !matchesService(row, f.service)) ||
            !same(v.author, f.author) ||
            !same(v.state, f.status))
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
        return v.clusters
            .map((c) => c.failing ? `✘ ${c.name} ${c.reason}`.trim() : c.synced ? `✓ ${c.name} ${hm(c.synced)}` : `… ${c.name}`)
            .join(', ');
    if (v.state === 'Sync failed')
        return '✘';
    return v.synced ? `✓ ${v.cluster}`.trim() : '';
}
/** The gate column: ✘ and what rejected (`✘ metric http-5xx-ratio = 0.25 (threshold < 0.01)`), '' when not rejected. */
function gateText(v) {
    if (!v.gateRejected)
        return '';
    return v.gateRejectedBy.length ? `✘ ${v.gateRejectedBy.map(gateRejectionText).join('; ')}` : '✘ rejected';
}

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
const SYNC_FAILED_COLUMN = STAGE_TIME['sync-failed'];
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
            if (!q.service || matchesService(row, q.service))
                acc.add(row);
            else
                acc.rowsRead++;
            if (progress && acc.rowsRead % 5000 === 0)
                progress(acc.rowsRead);
        }
    });
    return acc.report();
}

// EXTERNAL MODULE: ./lib/exec.ts
var exec = __nccwpck_require__(361);
;// CONCATENATED MODULE: ./lib/git/backoff.ts
/** Every backoff wait is multiplied by this: 1 in the product (see `shortenBackoff`). */
let scale = 1;
/**
 * The wait before retry number `attempt` + 1 when another pipeline won a race: exponential
 * (base · 2^(attempt−1), at most 32 · base) with ±50 % jitter, so pipelines that collided once
 * do not collide again in step.
 */
function backoffDelay(baseMs, attempt) {
    return Math.round(baseMs * scale * 2 ** Math.min(attempt - 1, 5) * (0.5 + Math.random()));
}
/**
 * The wait before retry number `attempt` + 1 of a push that lost a race on a branch, tuned to
 * `attemptMs`, how long the losing attempt took (fetch, re-apply, push): a uniform draw over a window
 * of 2 · (attempt + 1) attempts, at most 40. Whoever pushed first moved the tip; the losers spread
 * over the next few attempt times so fewer of them try per attempt time, the rate at which the
 * branch can take pushes. The window follows the measured time (a slow server or a loaded runner
 * waits longer, a fast one does not wait for a fixed base) and grows with each loss, as the count
 * of pipelines still racing is unknown but at least the losses seen. Twice the attempt count: a lost
 * attempt costs the server a fetch and a push, about what a whole update costs, so fewer losses
 * beat shorter waits (a model of 20 pipelines on 2 cores: 24 % fewer retries, p95 4 % lower).
 */
function raceDelay(attemptMs, attempt) {
    return Math.round(attemptMs * scale * 2 * Math.min(attempt + 1, 20) * Math.random());
}
/**
 * The test seam for the waits above and for other retry waits that go through {@link shortened}
 * (the registry's, the forges' default policy's, the table SDK's): tests that race 20 pipelines in-process, or that make a
 * server fail on purpose, call it with a factor in (0, 1] so the suite does not spend its time
 * asleep. It only shortens the waits (the attempts, the jitter and every outcome stay the
 * product's); the product never calls it.
 */
function shortenBackoff(factor) {
    if (!(factor > 0 && factor <= 1))
        throw new RangeError(`shortenBackoff: factor must be in (0, 1], got ${factor}`);
    scale = factor;
}
/** A retry wait of `ms` as the product draws it, times the factor of {@link shortenBackoff} (1 in the product). */
function shortened(ms) {
    return Math.round(ms * scale);
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}

;// CONCATENATED MODULE: ./lib/pool.ts
// Bounded concurrency for work that spawns processes or does I/O: a pool over a list, and a
// limiter that any number of callers share.
/** Runs `fn` over `items` with at most `limit` at a time; the first failure wins and stops new work. */
async function pool(items, limit, fn) {
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const item = items[next++];
            try {
                await fn(item);
            }
            catch (err) {
                failure ??= err;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure !== undefined)
        throw failure;
}
/** A bound on work under way: `limit(fn)` runs fn once fewer than `n` others run. */
function limiter(n) {
    let running = 0;
    const waiting = [];
    return async (fn) => {
        if (running >= n)
            await new Promise((r) => waiting.push(r));
        else
            running++;
        try {
            return await fn();
        }
        finally {
            const next = waiting.shift();
            if (next)
                next(); // the slot passes to the next waiter
            else
                running--;
        }
    };
}

// EXTERNAL MODULE: ./lib/secrets.ts
var secrets = __nccwpck_require__(995);
;// CONCATENATED MODULE: ./lib/telemetry/table.ts


/**
 * A failed table call, as one readable line (never the connection string). The HTTP status stays
 * on it: the telemetry writers retry a 412 (row changed since read), 409 and 404.
 */
class StorageError extends errors/* RingwayError */.Sy {
    statusCode;
    constructor(message, statusCode) {
        super(message);
        this.statusCode = statusCode;
    }
}
/** Values a match compares: its non-empty entries, `rowKey` included. */
function matchEntries(match) {
    return Object.entries(match).filter((e) => typeof e[1] === 'string' && e[1] !== '');
}
/** The columns a write sets: empty values are left out (a merge never blanks a column). */
function cleanFields(fields) {
    const out = {};
    for (const [k, v] of Object.entries(fields))
        if (v !== undefined && v !== '')
            out[k] = String(v);
    return out;
}
const COLUMNS = [...SPEKTATE_COLUMNS, ...RINGWAY_COLUMNS];
/** A stored entity as a row: the known columns (others, a writer's own, are not read), its ETag and write time. */
function rowOf(e) {
    const row = {
        partitionKey: e.partitionKey,
        rowKey: e.rowKey,
        etag: e.etag,
        timestamp: e.timestamp,
    };
    for (const k of COLUMNS)
        if (typeof e[k] === 'string' && e[k])
            row[k] = e[k];
    if (typeof e.ringwayRanks === 'string')
        row.ringwayRanks = e.ringwayRanks;
    return row;
}

;// CONCATENATED MODULE: ./lib/telemetry/store.ts







/** The most entities the Table service returns in one response. */
const PAGE_SIZE = 1000;
/** Where scan() splits the RowKeys above its first page: ringway and Spektate write hex keys. */
const RANGE_BOUNDS = [...'123456789abcdef'];
const RANGES_AT_ONCE = 4;
/**
 * RowKey ranges that together hold every key above `last`, each key in exactly one: the first
 * starts just above `last`, the others at a bound, the last has no end.
 */
function rangesAbove(last) {
    const ranges = [];
    for (let i = 0; i <= RANGE_BOUNDS.length; i++) {
        const upper = RANGE_BOUNDS[i];
        if (upper !== undefined && upper <= last)
            continue; // wholly at or below `last`
        const lower = RANGE_BOUNDS[i - 1];
        const from = lower === undefined || lower <= last ? `RowKey gt ${quote(last)}` : `RowKey ge ${quote(lower)}`;
        ranges.push(upper === undefined ? [from] : [from, `RowKey lt ${quote(upper)}`]);
    }
    return ranges;
}
/** A name for an error line: control characters as '?', at most 60 characters. */
function shortName(v) {
    const clean = v.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
    return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean;
}
/**
 * A store option the caller got wrong (`option` says which): the store names the thing, the
 * caller (openStore) says which input it came from.
 */
class StoreOptionError extends errors/* UsageError */.eb {
    option;
    constructor(message, option) {
        super(message);
        this.option = option;
    }
}
/**
 * The deployment table in Azure Table Storage (or Azurite), through @azure/data-tables: the one
 * place OData filters are written.
 */
class DeploymentStore {
    options;
    partitionKey;
    ensured;
    connected;
    constructor(options, partitionKey) {
        this.options = options;
        this.partitionKey = partitionKey;
    }
    /**
     * Checks the options; the SDK is loaded and the client made on first use. The key or SAS token
     * inside a connection string is registered as a secret here (the whole value is an input's,
     * registered where inputs are resolved).
     */
    static open(o) {
        if (!o.tableName)
            throw new StoreOptionError('telemetry storage: no table name given', 'tableName');
        if (!o.partitionKey)
            throw new StoreOptionError('telemetry storage: no partition key given', 'partitionKey');
        // Azure's naming rules, checked here rather than answered by the service as OData JSON.
        if (!/^[A-Za-z][A-Za-z0-9]{2,62}$/.test(o.tableName) || o.tableName.toLowerCase() === 'tables')
            throw new StoreOptionError(`telemetry storage: '${shortName(o.tableName)}' is not a table name Azure Table Storage accepts (3 to 63 letters and digits, starting with a letter)`, 'tableName');
        if (/[/\\#?\u0000-\u001f\u007f-\u009f]/.test(o.partitionKey) || o.partitionKey.length > 1024)
            throw new StoreOptionError(`telemetry storage: '${shortName(o.partitionKey)}' is not a partition key Azure Table Storage accepts (no '/', '\\', '#', '?' or control characters, at most 1024 characters)`, 'partitionKey');
        if (o.connectionString) {
            (0,secrets/* registerSecret */.cl)(/AccountKey=([^;]+)/i.exec(o.connectionString)?.[1]);
            (0,secrets/* registerSecret */.cl)(/SharedAccessSignature=([^;]+)/i.exec(o.connectionString)?.[1]);
        }
        else if (!o.accountName || !(o.accountKey || o.sasToken)) {
            throw new StoreOptionError('telemetry storage: no credentials: a connection string, or an account name with an account key or a SAS token', 'connectionString');
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
    async find(match) {
        const out = [];
        for await (const row of this.all(clauses(match).join(' and ')))
            out.push(row);
        return out;
    }
    /** One query: the matches joined by `or`. */
    async findAny(matches) {
        const terms = matches
            .map(clauses)
            .filter((c) => c.length)
            .map((c) => `(${c.join(' and ')})`);
        if (!terms.length)
            return [];
        const out = [];
        for await (const row of this.all(`(${terms.join(' or ')})`))
            out.push(row);
        return out;
    }
    /**
     * Every row of the partition an OData `filter` selects, page by page (continuation tokens
     * followed). Azure only, for tools and tests that look at a table as it is; telemetry code asks
     * through the {@link DeploymentTable} methods.
     */
    async *all(filter = '') {
        const f = `PartitionKey eq ${quote(this.partitionKey)}` + (filter ? ` and ${filter}` : '');
        for await (const page of this.pages({ filter: f })) {
            for (const e of page)
                yield rowOf(e);
        }
    }
    /**
     * Raw entities of a query (its filter names the partition), a page of up to 1000 at a time;
     * `select` reads only those columns.
     */
    async *pages(query) {
        await this.ensureTable();
        const client = await this.client();
        const it = client
            .listEntities({ queryOptions: query })
            .byPage({ maxPageSize: PAGE_SIZE })[Symbol.asyncIterator]();
        for (;;) {
            const page = await guarded(() => it.next());
            if (page.done)
                return;
            yield page.value;
        }
    }
    /**
     * Every entity of the partition that `where` matches, handed to `onPage` a page at a time, in no
     * set order. A partition with more than a page goes on as RowKey ranges read four at a time:
     * the Table service returns a partition sorted by RowKey, so everything left lies above the first
     * page's last key, and the ranges split that space at the hex digits ringway's and Spektate's
     * RowKeys start with (any other key still falls in exactly one range). On Azure that is four
     * scans under way instead of one; Azurite evaluates a query's whole `$filter` over every row of
     * the table for every page, so there each page costs only its range's share of the `where`.
     */
    async scan(query, onPage) {
        // RowKey is needed to know where the first page ends; the range clauses come before `where` so
        // that a service evaluating left to right tests the cheap key comparisons first.
        const select = query.select && [...new Set([...query.select, 'RowKey', 'Timestamp'])];
        const where = scanWhere(query);
        const list = (range) => this.pages({
            filter: [`PartitionKey eq ${quote(this.partitionKey)}`, ...range, ...(where ? [`(${where})`] : [])].join(' and '),
            select,
        });
        const drain = async (pages) => {
            for await (const page of pages)
                onPage(page.map(rowOf));
        };
        const pages = list([]);
        const first = await pages.next();
        if (first.done)
            return;
        onPage(first.value.map(rowOf));
        if (!first.value.continuationToken)
            return;
        const last = first.value.at(-1)?.rowKey;
        // An empty first page with a continuation (the service's time limit per request): read on in order.
        if (last === undefined)
            return drain(pages);
        await pool(rangesAbove(last), RANGES_AT_ONCE, (range) => drain(list(range)));
    }
    async insert(fields, ranks, rowKey) {
        await this.ensureTable();
        const entity = {
            partitionKey: this.partitionKey,
            rowKey,
            ...cleanFields(fields),
            ...(ranks ? { ringwayRanks: JSON.stringify(ranks) } : {}),
        };
        const client = await this.client();
        const res = await guarded(() => client.createEntity(entity));
        return { ...entity, etag: res.etag };
    }
    async update(row, fields, ranks) {
        const client = await this.client();
        await guarded(() => client.updateEntity({
            partitionKey: row.partitionKey,
            rowKey: row.rowKey,
            ...cleanFields(fields),
            ringwayRanks: JSON.stringify(ranks),
        }, 'Merge', { etag: row.etag }));
    }
    async remove(row) {
        const client = await this.client();
        await guarded(() => client.deleteEntity(row.partitionKey, row.rowKey, { etag: row.etag }));
    }
}
/** The OData clauses of a match: each column equal to its value. */
function clauses(match) {
    return matchEntries(match).map(([k, v]) => {
        const column = k === 'rowKey' ? 'RowKey' : k;
        if (!/^\w+$/.test(column))
            throw new Error(`bad column ${column}`);
        return `${column} eq ${quote(v)}`;
    });
}
/** A scan's filter beside the partition: rows written since (the table's own Timestamp), then the match. */
function scanWhere(q) {
    return [
        ...(q.since ? [`Timestamp ge datetime'${new Date(q.since).toISOString()}'`] : []),
        ...clauses(q.match ?? {}),
    ].join(' and ');
}
/** A scan's whole `$filter` as one listing of the partition sends it (bench/metrics.ts compares the two). */
function scanFilter(partitionKey, q) {
    const where = scanWhere(q);
    return `PartitionKey eq ${quote(partitionKey)}${where ? ` and ${where}` : ''}`;
}
/**
 * The SDK's waits between its tries of a request (a refused connection, a 5xx): its own defaults,
 * 1 s doubling up to 64 s, given here so that a test may shorten them (`shortenBackoff`).
 */
const retryOptions = () => ({ retryDelayInMs: shortened(1000), maxRetryDelayInMs: shortened(64_000) });
/** Loads the SDK and makes the client the options describe. */
async function connect(o) {
    const { AzureNamedKeyCredential, AzureSASCredential, TableClient } = await __nccwpck_require__.e(/* import() */ 704).then(__nccwpck_require__.bind(__nccwpck_require__, 704));
    const http = (url) => url.startsWith('http://');
    let client;
    if (o.connectionString) {
        const endpoint = /TableEndpoint=([^;]+)/i.exec(o.connectionString)?.[1] ?? '';
        try {
            client = TableClient.fromConnectionString(o.connectionString, o.tableName, {
                allowInsecureConnection: http(endpoint) || /UseDevelopmentStorage=true/i.test(o.connectionString),
                retryOptions: retryOptions(),
            });
        }
        catch {
            // The SDK's TypeError quotes nothing useful; the value itself is a secret.
            throw new StoreOptionError('the storage connection string is malformed (AccountName=…;AccountKey=…;TableEndpoint=…, or a SAS form)', 'connectionString');
        }
    }
    else {
        const endpoint = o.endpoint || `https://${o.accountName}.table.core.windows.net`;
        const options = { allowInsecureConnection: http(endpoint), retryOptions: retryOptions() };
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
            const deadline = AbortSignal.timeout((0,exec/* networkTimeoutMs */.mi)());
            request.abortSignal = request.abortSignal
                ? AbortSignal.any([request.abortSignal, deadline])
                : deadline;
            try {
                return await next(request);
            }
            catch (err) {
                if (deadline.aborted)
                    throw (0,exec/* noAnswerError */.q9)(service);
                throw err;
            }
        },
    });
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
        throw err instanceof errors/* RingwayError */.Sy ? err : storageError(err);
    }
}

;// CONCATENATED MODULE: ./lib/steps/types.ts
/**
 * The whole step's deadline: hosts run the step under it (lib/hosts/run.ts); every child process and
 * request runs under it too.
 */
const timeoutInput = {
    name: 'timeout',
    description: 'Deadline of the whole step, e.g. 10m, 1h (at most 24h): every command it runs (git, helm, kubectl, buildah, hooks) and every request ends by then, and the step fails naming this input',
    default: '30m',
};
/** How long one request may wait for a server that does not answer; never beyond the step's `timeout`. */
const requestTimeoutInput = {
    name: 'request-timeout',
    description: "How long to wait for a server (git, forge API, table service, registry, chart repository) that does not answer, retries included, e.g. 60s, 2m; never beyond the step's timeout",
    default: '60s',
};
/**
 * GitHub Action input carrying the job's own token (default `github.token`) for `jobToken` inputs
 * left empty; kept apart from `token` so the job token is sent only to the job's own server.
 */
const JOB_TOKEN_INPUT = 'job-token';
/** Inputs that every step talking to git accepts (SPEC: token, git-user-name, git-user-email, dry-run). */
const gitInputs = [
    {
        name: 'token',
        description: "Token for the git server, sent only as an HTTP Authorization header; default the job's own token",
        secret: true,
        jobToken: true,
    },
    { name: 'git-user-name', description: 'Author name of commits made by this step', default: 'ringway-bot' },
    {
        name: 'git-user-email',
        description: 'Author email of commits made by this step',
        default: 'ringway-bot@users.noreply.github.com',
    },
    {
        name: 'dry-run',
        description: 'Do everything except push, open pull requests or write remote state',
        kind: 'boolean',
        default: 'false',
    },
    timeoutInput,
    requestTimeoutInput,
];

;// CONCATENATED MODULE: ./lib/steps/storage-inputs.ts



/** Storage inputs shared by record-deployment and the `deployments` / `dashboard` commands. */
const storageInputs = [
    { name: 'connection-string', description: 'Storage account connection string (account key or SAS)', secret: true },
    { name: 'account-name', description: 'Storage account name (with account-key or sas-token)' },
    { name: 'account-key', description: 'Storage account key', secret: true },
    { name: 'sas-token', description: 'SAS token with table read/add/update/delete permissions', secret: true },
    { name: 'table-endpoint', description: 'Table service URL; default https://<account>.table.core.windows.net' },
    { name: 'table-name', description: 'Deployment table (created when missing)', required: true },
    {
        name: 'partition-key',
        description: 'Partition of the table holding these deployments (Spektate INTROSPECTION_PARTITION_KEY)',
        required: true,
    },
    timeoutInput,
    requestTimeoutInput,
];
/** Which input each store option comes from, for the store's errors. */
const INPUT_OF = {
    connectionString: 'connection-string',
    accountName: 'account-name',
    accountKey: 'account-key',
    sasToken: 'sas-token',
    endpoint: 'table-endpoint',
    tableName: 'table-name',
    partitionKey: 'partition-key',
};
/** How a table is opened from its options: Azure Table Storage, unless a test put another here. */
let storage_inputs_opener = (o) => DeploymentStore.open(o);
/**
 * For tests: steps and commands open their tables with `open` (an in-memory account,
 * `lib/telemetry/memory-table.ts`) until it is put back; returns the one it replaces.
 */
function setTableOpener(open) {
    const before = storage_inputs_opener;
    storage_inputs_opener = open;
    return before;
}
/**
 * The deployment table the storage inputs name: the one place steps and commands open it. Missing
 * inputs are named here; what the store finds wrong later (a malformed connection string, read
 * when the table is first used) is blamed on the input it came from.
 */
function openStore(inputs) {
    const get = (name) => inputs.string(name) || undefined;
    const o = {
        connectionString: get('connection-string'),
        accountName: get('account-name'),
        accountKey: get('account-key'),
        sasToken: get('sas-token'),
        endpoint: get('table-endpoint'),
        tableName: inputs.string('table-name'),
        partitionKey: inputs.string('partition-key'),
    };
    for (const name of ['table-name', 'partition-key'])
        if (!inputs.string(name))
            throw new errors/* UsageError */.eb(`input '${name}' is required`);
    if (!o.connectionString && !(o.accountName && (o.accountKey || o.sasToken))) {
        throw new errors/* UsageError */.eb("telemetry storage: give 'connection-string', or 'account-name' with 'account-key' or 'sas-token'");
    }
    try {
        return blamingInputs(storage_inputs_opener(o));
    }
    catch (err) {
        return blame(err);
    }
}
/** A StoreOptionError prefixed with the input its option came from (`withInput`); other errors unchanged. */
function blame(err) {
    if (err instanceof StoreOptionError)
        (0,errors/* withInput */.zE)(INPUT_OF[err.option], () => {
            throw err;
        });
    throw err;
}
/** The table, with each StoreOptionError its calls throw blamed on its input. */
function blamingInputs(table) {
    return {
        tableName: table.tableName,
        partitionKey: table.partitionKey,
        find: (match) => table.find(match).catch(blame),
        findAny: (matches) => table.findAny(matches).catch(blame),
        scan: (query, onPage) => table.scan(query, onPage).catch(blame),
        insert: (fields, ranks, rowKey) => table.insert(fields, ranks, rowKey).catch(blame),
        update: (row, fields, ranks) => table.update(row, fields, ranks).catch(blame),
        remove: (row) => table.remove(row).catch(blame),
    };
}

;// CONCATENATED MODULE: ./lib/steps/metrics.ts






/** Written whole or not at all: on any failure the temporary file is removed and the input named. */
async function writeReport(file, text) {
    const path = (0,external_node_path_.resolve)(file);
    const tmp = `${path}.${process.pid}.tmp`;
    try {
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await (0,promises_namespaceObject.writeFile)(tmp, text);
        await (0,promises_namespaceObject.rename)(tmp, path);
    }
    catch (err) {
        await (0,promises_namespaceObject.rm)(tmp, { force: true }).catch(() => undefined);
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
        ...storageInputs,
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
        const store = openStore(inputs);
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


/***/ }),

/***/ 613:
/***/ ((module) => {

"use strict";
module.exports = require("assert");

/***/ }),

/***/ 434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 611:
/***/ ((module) => {

"use strict";
module.exports = require("http");

/***/ }),

/***/ 692:
/***/ ((module) => {

"use strict";
module.exports = require("https");

/***/ }),

/***/ 278:
/***/ ((module) => {

"use strict";
module.exports = require("net");

/***/ }),

/***/ 421:
/***/ ((module) => {

"use strict";
module.exports = require("node:child_process");

/***/ }),

/***/ 598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 67:
/***/ ((module) => {

"use strict";
module.exports = require("node:http");

/***/ }),

/***/ 327:
/***/ ((module) => {

"use strict";
module.exports = require("node:https");

/***/ }),

/***/ 161:
/***/ ((module) => {

"use strict";
module.exports = require("node:os");

/***/ }),

/***/ 760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 708:
/***/ ((module) => {

"use strict";
module.exports = require("node:process");

/***/ }),

/***/ 75:
/***/ ((module) => {

"use strict";
module.exports = require("node:stream");

/***/ }),

/***/ 193:
/***/ ((module) => {

"use strict";
module.exports = require("node:string_decoder");

/***/ }),

/***/ 975:
/***/ ((module) => {

"use strict";
module.exports = require("node:util");

/***/ }),

/***/ 522:
/***/ ((module) => {

"use strict";
module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 203:
/***/ ((module) => {

"use strict";
module.exports = require("stream");

/***/ }),

/***/ 756:
/***/ ((module) => {

"use strict";
module.exports = require("tls");

/***/ }),

/***/ 18:
/***/ ((module) => {

"use strict";
module.exports = require("tty");

/***/ }),

/***/ 16:
/***/ ((module) => {

"use strict";
module.exports = require("url");

/***/ }),

/***/ 23:
/***/ ((module) => {

"use strict";
module.exports = require("util");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// Generated by scripts/build.ts.
const stepModule = __nccwpck_require__(953);
const host = __nccwpck_require__(557);
void host.runAzure(stepModule.step);

module.exports = __webpack_exports__;
/******/ })()
;