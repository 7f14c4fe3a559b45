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

/***/ 115:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ statusKind),
/* harmony export */   Sy: () => (/* binding */ RingwayError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   pH: () => (/* binding */ StepFailure),
/* harmony export */   zE: () => (/* binding */ withInput)
/* harmony export */ });
/* unused harmony export kindOf */
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
/* harmony export */   m0: () => (/* binding */ exec),
/* harmony export */   mi: () => (/* binding */ networkTimeoutMs),
/* harmony export */   q9: () => (/* binding */ noAnswerError),
/* harmony export */   s: () => (/* binding */ setNetworkTimeout),
/* harmony export */   w$: () => (/* binding */ lastLines)
/* harmony export */ });
/* unused harmony exports RUNNER_CREDENTIALS, SCRUBBED_ENV, childEnv, ExecError */
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
        const deadline = (0,_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .currentDeadline */ .SB)();
        const label = opts.label ?? cmd;
        const waitingFor = opts.timeout ? (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(`${opts.timeout.service} (${label})`) : label;
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
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${cmd} is not installed or not on PATH`));
            else
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${opts.label ?? cmd}: ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .redact */ .E$)(e.message)}`));
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
const FORWARDED = ['SIGINT', 'SIGTERM'];
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
        if (!SCRUBBED_ENV.test(k) && !(0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .holdsSecret */ .hK)(v ?? ''))
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

/***/ 246:
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(643);
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
            done += (0,external_node_fs_.writeSync)(1, bytes, done);
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
;// CONCATENATED MODULE: ./lib/duration.ts

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
        throw new errors/* UsageError */.eb(`'${value}' is not a duration like 30m, 1h30m or 2d`);
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
    const ms = (0,errors/* withInput */.zE)(input, () => parseDuration(value));
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
        const dir = process.env.AGENT_TEMPDIRECTORY || (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ringway-summary-'));
        const file = (0,external_node_path_.join)(dir, `ringway-${Date.now()}-${process.pid}.md`);
        const body = [`### ${table.title}`, '', markdownTable(table.rows), '', ...(table.notes ?? [])].join('\n');
        (0,external_node_fs_.writeFileSync)(file, safeText(body) + '\n');
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
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   hK: () => (/* binding */ holdsSecret)
/* harmony export */ });
/* unused harmony exports CREDENTIAL_PARAM, clearSecrets */
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

/***/ 410:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  findByRevision: () => (/* binding */ findByRevision),
  step: () => (/* binding */ step),
  tagOf: () => (/* binding */ tagOf)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(643);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __nccwpck_require__(115);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = require("node:fs/promises");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
// EXTERNAL MODULE: ./lib/exec.ts
var exec = __nccwpck_require__(361);
;// CONCATENATED MODULE: ./lib/image/builder.ts





/** A short-lived folder holding the registry auth file and secret files (0600), removed after. */
class CredentialStore {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    static async create() {
        return new CredentialStore(await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ringway-auth-')));
    }
    /**
     * containers-auth.json / docker config.json (the one format all three builders read). Logins the
     * job already made (`docker login`, `buildah login`) are kept, so base images from other private
     * registries still pull; the step's own credentials win for its registry.
     */
    async authFile(registry, creds) {
        const file = (0,external_node_path_.join)(this.dir, 'config.json');
        const auths = {};
        for (const existing of existingAuthFiles().reverse()) {
            try {
                const parsed = JSON.parse(await (0,promises_namespaceObject.readFile)(existing, 'utf8'));
                Object.assign(auths, parsed.auths ?? {});
            }
            catch {
                // absent or unreadable: nothing to keep
            }
        }
        if (creds) {
            for (const key of Object.keys(auths))
                if (key.replace(/^https?:\/\//, '').replace(/\/.*$/, '') === registry)
                    delete auths[key];
            auths[registry] = { auth: Buffer.from(`${creds.username}:${creds.password}`).toString('base64') };
        }
        await (0,promises_namespaceObject.writeFile)(file, JSON.stringify({ auths }), { mode: 0o600 });
        return file;
    }
    async secretFile(id, value) {
        const file = (0,external_node_path_.join)(this.dir, `secret-${id}`);
        await (0,promises_namespaceObject.writeFile)(file, value, { mode: 0o600 });
        return file;
    }
    async dispose() {
        await (0,promises_namespaceObject.rm)(this.dir, { recursive: true, force: true });
    }
}
/** Auth files the builders would read on their own, highest priority first. */
function existingAuthFiles() {
    const e = process.env;
    return [
        e.REGISTRY_AUTH_FILE,
        e.XDG_RUNTIME_DIR && (0,external_node_path_.join)(e.XDG_RUNTIME_DIR, 'containers', 'auth.json'),
        (0,external_node_path_.join)(e.DOCKER_CONFIG || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'), 'config.json'),
    ].filter((f) => Boolean(f));
}
async function pickBuilder(name) {
    const candidates = name === 'auto' ? ['docker', 'buildah', 'podman'] : [name];
    for (const c of candidates) {
        const probe = await (0,exec/* exec */.m0)(c, ['--version'], { allowFailure: true }).catch(() => undefined);
        if (!probe || probe.code !== 0)
            continue;
        // The docker CLI without a reachable daemon cannot build; fall through to the next builder.
        if (c === 'docker' &&
            (await (0,exec/* exec */.m0)('docker', ['info', '--format', '{{.ServerVersion}}'], { allowFailure: true })).code !== 0) {
            if (name === 'docker')
                throw new errors/* RingwayError */.Sy('builder docker: no Docker daemon is reachable');
            continue;
        }
        return c;
    }
    throw new errors/* RingwayError */.Sy(name === 'auto'
        ? 'no image builder found: install docker, buildah or podman'
        : `builder ${name} is not installed or not on PATH`);
}
function globalFlags(b, req) {
    return b !== 'docker' && req.storageDriver ? [`--storage-driver=${req.storageDriver}`] : [];
}
/**
 * Builds the image locally; labels, build args, target, platforms and secrets as each builder
 * spells them. The builder's log goes to `log` line by line as it runs; returns the image id.
 */
async function buildImage(b, req, env, log) {
    const args = [...globalFlags(b, req)];
    let runEnv = env;
    if (b === 'docker') {
        checkPlatforms(b, req.platforms);
        if (await hasBuildx(env))
            args.push('buildx', 'build', '--load');
        else {
            // The classic `docker build` accepts --secret and --platform only through BuildKit.
            args.push('build');
            runEnv = { ...env, DOCKER_BUILDKIT: '1' };
        }
    }
    else
        args.push(b === 'buildah' ? 'bud' : 'build');
    if (b !== 'docker' && req.isolation)
        args.push(`--isolation=${req.isolation}`);
    if (b !== 'docker' && !req.tlsVerify)
        args.push('--tls-verify=false');
    // Several platforms make a manifest list; `-t` would silently keep only one of the images.
    args.push('-f', req.dockerfile, isMultiPlatform(req) ? '--manifest' : '-t', req.localTag);
    for (const [k, v] of Object.entries(req.labels))
        args.push('--label', `${k}=${v}`);
    for (const a of req.buildArgs)
        args.push('--build-arg', a);
    if (req.target)
        args.push(`--target=${req.target}`);
    if (req.platforms.length)
        args.push(`--platform=${req.platforms.join(',')}`);
    for (const [id, file] of Object.entries(req.secrets))
        args.push('--secret', `id=${id},src=${file}`);
    // The image id as each builder writes it (sha256:…); a manifest list has none.
    const iidDir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ringway-iid-'));
    const iidFile = (0,external_node_path_.join)(iidDir, 'iid');
    if (!isMultiPlatform(req))
        args.push('--iidfile', iidFile);
    args.push(req.context);
    try {
        const r = await (0,exec/* exec */.m0)(b, args, { env: runEnv, allowFailure: true, label: `${b} build`, onLine: log });
        if (r.code !== 0)
            throw new errors/* RingwayError */.Sy(`${b} build failed: ${(0,exec/* lastLines */.w$)(r.stderr || r.stdout, 2)}`);
        const id = await (0,promises_namespaceObject.readFile)(iidFile, 'utf8').catch(() => '');
        return id.trim() && !id.startsWith('sha256:') ? `sha256:${id.trim()}` : id.trim();
    }
    finally {
        await (0,promises_namespaceObject.rm)(iidDir, { recursive: true, force: true });
    }
}
/** Pushes the local image to `ref`; returns the digest the registry stored ('' when the builder did not say). */
async function pushImage(b, req, ref, opts) {
    const digestFile = (0,external_node_path_.join)(await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ringway-digest-')), 'digest');
    try {
        if (b === 'docker') {
            const env = { ...opts.env, DOCKER_CONFIG: (0,external_node_path_.join)(opts.authFile, '..') };
            await run(b, ['tag', req.localTag, ref], env);
            // `docker push` ends with "<tag>: digest: sha256:… size: …"; when it does not, the caller
            // asks the registry.
            const out = await run(b, ['push', ref], env, opts.log);
            return /digest: (sha256:[a-f0-9]{64})/.exec(out)?.[1] ?? '';
        }
        const args = [
            ...globalFlags(b, req),
            ...(isMultiPlatform(req) ? ['manifest', 'push', '--all'] : ['push']),
            '--authfile',
            opts.authFile,
            '--digestfile',
            digestFile,
        ];
        if (opts.insecure)
            args.push('--tls-verify=false');
        args.push(req.localTag, `docker://${ref}`);
        await run(b, args, opts.env, opts.log);
        return (await (0,promises_namespaceObject.readFile)(digestFile, 'utf8')).trim();
    }
    finally {
        await (0,promises_namespaceObject.rm)((0,external_node_path_.join)(digestFile, '..'), { recursive: true, force: true });
    }
}
function isMultiPlatform(req) {
    return req.platforms.length > 1;
}
async function hasBuildx(env) {
    return (await (0,exec/* exec */.m0)('docker', ['buildx', 'version'], { env, allowFailure: true })).code === 0;
}
async function run(b, args, env, log) {
    const r = await (0,exec/* exec */.m0)(b, args, { env, allowFailure: true, label: `${b} ${args[0]}`, onLine: log });
    if (r.code !== 0)
        throw new errors/* RingwayError */.Sy(`${b} ${args.find((a) => !a.startsWith('-')) ?? ''} failed: ${(0,exec/* lastLines */.w$)(r.stderr || r.stdout, 2)}`);
    return r.stdout;
}
/** Several platforms need a builder that keeps a manifest list; the step checks this before building. */
/** A shown value for an error line: control characters as '?', at most 60 characters. */
function shown(v) {
    const clean = v.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
    return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean;
}
/** A Dockerfile stage name (`FROM … AS <name>`), as BuildKit parses them; '' builds the last stage. */
function checkStageName(target) {
    if (target && !/^[A-Za-z][A-Za-z0-9_.-]{0,127}$/.test(target))
        throw new errors/* UsageError */.eb(`'${shown(target)}' is not a build stage name (FROM … AS <name>: a letter, then letters, digits, '_', '.' or '-')`);
    return target;
}
/** buildah's and podman's isolation types; '' leaves the builder's default. */
const ISOLATIONS = ['oci', 'rootless', 'chroot'];
function checkIsolation(isolation) {
    if (isolation && !ISOLATIONS.includes(isolation))
        throw new errors/* UsageError */.eb(`'${shown(isolation)}' is not an isolation type: one of ${ISOLATIONS.join(', ')}`);
    return isolation;
}
/** A containers-storage driver name (overlay, vfs, btrfs, zfs, …); '' leaves the builder's default. */
function checkStorageDriver(driver) {
    if (driver && !/^[a-z][a-z0-9_]{0,31}$/.test(driver))
        throw new errors/* UsageError */.eb(`'${shown(driver)}' is not a storage driver name (overlay, vfs, btrfs, zfs, …)`);
    return driver;
}
/** A platform as the builders parse one: os[/arch[/variant]] (linux/amd64, linux/arm/v7). */
function checkPlatform(platform) {
    if (!/^[a-z0-9][a-z0-9_]*(\/[a-z0-9][a-z0-9_]*(\/[a-z0-9][a-z0-9_.]*)?)?$/i.test(platform))
        throw new errors/* UsageError */.eb(`'${shown(platform)}' is not a platform: os/arch[/variant], e.g. linux/amd64, linux/arm/v7`);
    return platform;
}
function checkPlatforms(b, platforms) {
    if (b === 'docker' && platforms.length > 1)
        throw new errors/* UsageError */.eb('docker loads one platform into its image store; use builder buildah or podman for several');
}

;// CONCATENATED MODULE: ./lib/answer.ts

class Optional {
    shape;
    constructor(shape) {
        this.shape = shape;
    }
}
/** `shape`, or missing, or null. */
function optional(shape) {
    return new Optional(shape);
}
/**
 * Checks a parsed answer against `shape` instead of casting it: an answer of another shape (a proxy's
 * page, an API version that moved a field) is one `invalid-answer` error naming the server, what was
 * being done and the first field at fault, not a TypeError three calls later. Hand-written rather
 * than a schema library, which would load with every bundle (test/package/start-up.test.ts).
 */
function checkAnswer(value, shape, server, doing) {
    const fault = faultOf(value, shape, '');
    if (fault !== undefined)
        throw invalidAnswer(server, doing, fault);
    return value;
}
/** {@link checkAnswer} of a body as it came: a body that is not JSON (a proxy's HTML page) is an `invalid-answer` too. */
function readAnswer(text, shape, server, doing) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw invalidAnswer(server, doing, 'the body is not JSON');
    }
    return checkAnswer(value, shape, server, doing);
}
function invalidAnswer(server, doing, fault) {
    return new errors/* RingwayError */.Sy(`${doing}: ${server} answered in a shape ringway does not know: ${fault}`, {
        kind: 'invalid-answer',
    });
}
function faultOf(value, shape, at) {
    const where = at || 'the answer';
    if (shape instanceof Optional)
        return value === undefined || value === null ? undefined : faultOf(value, shape.shape, at);
    if (value === undefined || value === null)
        return shape === 'unknown' && value === null
            ? undefined
            : typeof shape === 'string' && shape.endsWith('?')
                ? undefined
                : `${where} is missing`;
    if (typeof shape === 'string') {
        const type = shape.replace('?', '');
        if (type === 'unknown' || typeof value === type)
            return undefined;
        return `${where} is ${describe(value)}, not a ${type}`;
    }
    if (Array.isArray(shape)) {
        if (!Array.isArray(value))
            return `${where} is ${describe(value)}, not a list`;
        for (let i = 0; i < value.length; i++) {
            const f = faultOf(value[i], shape[0], `${at}[${i}]`);
            if (f)
                return f;
        }
        return undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return `${where} is ${describe(value)}, not an object`;
    const fields = Object.entries(shape).flatMap(([key, sub]) => key === '*' ? Object.keys(value).map((k) => [k, sub]) : [[key, sub]]);
    for (const [key, sub] of fields) {
        const f = faultOf(value[key], sub, at ? `${at}.${key}` : key);
        if (f)
            return f;
    }
    return undefined;
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return `the text '${value.length > 40 ? `${value.slice(0, 37)}...` : value}'`;
    return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

;// CONCATENATED MODULE: ./lib/hash.ts
async function sha256() {
    const { createHash } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 598, 23));
    return createHash('sha256');
}

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

;// CONCATENATED MODULE: ./lib/limits.ts


/** The most a server's answer (an API's JSON, a manifest, a downloaded file) may hold: 32 MiB. */
const MAX_ANSWER_BYTES = 32 << 20;
/** `1 MiB`, `64 KiB`: a size limit as a person reads it. */
function formatBytes(n) {
    if (n >= 1 << 20 && n % (1 << 20) === 0)
        return `${n / (1 << 20)} MiB`;
    if (n >= 1 << 10 && n % (1 << 10) === 0)
        return `${n / (1 << 10)} KiB`;
    return `${n} bytes`;
}
/**
 * A file of at most `maxBytes`, read without trusting its size: `/dev/zero`, a FIFO or a file still
 * growing is refused once more than the limit has been read, instead of filling the memory.
 * `what` starts the error line (`the event file /dev/zero`).
 */
function readFileLimited(path, maxBytes, what) {
    const fd = openSync(path, 'r');
    try {
        const buf = Buffer.alloc(maxBytes + 1);
        let n = 0;
        for (;;) {
            const got = readSync(fd, buf, n, buf.length - n, null);
            if (got === 0)
                break;
            n += got;
            if (n > maxBytes)
                throw new RingwayError(`${what} is larger than ${formatBytes(maxBytes)}`, { kind: 'usage' });
        }
        return buf.subarray(0, n);
    }
    finally {
        closeSync(fd);
    }
}
/**
 * A response body of at most `maxBytes`, read as it streams: a server sending more (a proxy's
 * endless page, a hostile chart server) is cut off and refused, naming `what` and the limit. A
 * server that stops sending meets the request's timeout signal here, after fetch has returned:
 * `timedOut` gives the caller's one-line error (the service and the input that bounds it) instead
 * of the runtime's "The operation was aborted due to timeout".
 */
async function readBody(res, maxBytes, what, timedOut) {
    const tooLarge = () => new errors/* RingwayError */.Sy(`${what} is larger than ${formatBytes(maxBytes)}`, { kind: 'invalid-answer' });
    if (Number(res.headers.get('content-length')) > maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw tooLarge();
    }
    if (!res.body)
        return Buffer.alloc(0);
    const reader = res.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read().catch((e) => {
            throw e.name === 'TimeoutError' || e.name === 'AbortError' ? timedOut() : e;
        });
        if (done)
            break;
        total += value.byteLength;
        if (total > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw tooLarge();
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks);
}

// EXTERNAL MODULE: ./lib/secrets.ts
var lib_secrets = __nccwpck_require__(995);
;// CONCATENATED MODULE: ./lib/template.ts

/**
 * Fills the `{name}` placeholders of a template (image tags, branch names) from `values`. A
 * placeholder not among them is an error that lists those that are; `value` may refine a known
 * one or refuse it (an empty value). `what` begins the error: where the template came from.
 */
function fillTemplate(template, values, what, value = (_k, v) => v) {
    return template.replace(/\{([\w-]+)\}/g, (m, key) => {
        if (!Object.hasOwn(values, key))
            throw new errors/* UsageError */.eb(`${what}: unknown placeholder ${m} in '${template}' (known: ${Object.keys(values)
                .map((k) => `{${k}}`)
                .join(', ')})`);
        return value(key, values[key], m);
    });
}

;// CONCATENATED MODULE: ./lib/image/tags.ts


/** The OCI distribution spec's tag grammar. */
const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/**
 * An image tag as the OCI distribution spec writes it: 1 to 128 of letters, digits, `_`, `.`, `-`,
 * not starting with `.` or `-`. Tags reach HLD files, branch names and commit messages, so a value
 * from an input, a table row or an HLD's history passes here first; the caller names where it came from.
 */
function checkImageTag(tag) {
    if (TAG_PATTERN.test(tag))
        return tag;
    const shown = tag.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029]/g, '?');
    throw new UsageError(`'${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}'${tag.length > 60 ? ` (${tag.length} characters)` : ''} is not an image tag: at most 128 letters, digits, '_', '.' and '-', not starting with '.' or '-'`);
}
/**
 * Fills a tag template from build metadata and makes it a valid tag: characters outside the
 * grammar become '-' (Bedrock turned '/', '.', '_' of branch names into '-': `feature/x` →
 * `feature-x`), leading separators are dropped, and it is cut to 128 characters.
 */
function renderTag(template, build, now = new Date(), surface = 'cli') {
    const values = {
        branch: build.branch,
        sha: build.commit,
        'short-sha': build.commit.slice(0, 7),
        'build-id': build.buildId,
        'build-number': build.buildNumber,
        'run-attempt': build.runAttempt,
        date: now.toISOString().slice(0, 10).replace(/-/g, ''),
    };
    // Errors name the template; the step adds the input it came from.
    const filled = fillTemplate(template, values, `tag template '${template}'`, (key, v, m) => {
        if (!v)
            throw new errors/* UsageError */.eb(`tag template '${template}': ${m} is empty: this build has no ${key.replace('-', ' ')} (${emptyHint(key, surface)})`);
        return key === 'branch' ? v.replace(/[/._]/g, '-') : v;
    });
    const tag = filled
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
    if (!TAG_PATTERN.test(tag))
        throw new errors/* UsageError */.eb(`tag template '${template}' gives '${filled}', which cannot be made a valid image tag`);
    return tag;
}
/** Where an empty placeholder's value comes from, in the words of the surface the step runs on. */
function emptyHint(key, surface) {
    const flag = `build-${key === 'sha' || key === 'short-sha' ? 'commit' : key}`;
    if (surface === 'cli')
        return `set it with --${flag} or RINGWAY_${flag.replace(/-/g, '_').toUpperCase()}`;
    const where = surface === 'github' ? 'the workflow run' : 'the pipeline run';
    return `${where} does not provide it: use another placeholder`;
}
function parseImageRef(ref) {
    const m = /^(?:([^/]+[.:][^/]*|localhost)\/)?([a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?::([A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/.exec(ref.trim());
    if (!m)
        throw new errors/* UsageError */.eb(`'${ref}' is not an image reference (registry/repository[:tag])`);
    const registry = m[1] ?? 'registry-1.docker.io';
    const repository = !m[1] && !m[2].includes('/') ? `library/${m[2]}` : m[2];
    return { registry, repository, tag: m[3], digest: m[4] };
}
function formatRef(r) {
    return `${r.registry}/${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}

;// CONCATENATED MODULE: ./lib/image/registry.ts








const MANIFEST_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json',
];
// The fields of each answer that are read (OCI distribution and image specifications), checked before use.
const DIGESTS = optional([{ digest: 'string' }]);
const MANIFEST = {
    mediaType: 'string?',
    config: optional({ digest: 'string' }),
    layers: DIGESTS,
    manifests: DIGESTS,
};
const TAG_LIST = { tags: optional(['string']) };
const IMAGE_CONFIG = { config: optional({ Labels: optional({ '*': 'string' }) }) };
const TOKEN = { token: 'string?', access_token: 'string?' };
/** Answers worth asking again: timeout, rate limit, and the server-side errors of a busy registry. */
const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const RETRIES = 2;
/** Retry-After in seconds (at most 10 s are waited), else 0.5 s, 1 s with up to 25% jitter. */
function retryDelayMs(retryAfter, n) {
    const secs = retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : undefined;
    if (secs !== undefined)
        return Math.min(secs, 10) * 1000;
    return 500 * 2 ** n * (1 + Math.random() / 4);
}
/**
 * Sends a request that may be repeated until its answer is not a passing trouble, at most RETRIES
 * more times, as docker and crane do: a busy or restarting backend behind a load balancer.
 */
async function withRetries(request) {
    for (let n = 0;; n++) {
        const res = await request();
        if (!RETRY_STATUS.has(res.status) || n >= RETRIES)
            return res;
        await res.arrayBuffer().catch(() => undefined);
        await sleep(shortened(retryDelayMs(res.headers.get('retry-after'), n)));
    }
}
/**
 * A client of the OCI distribution API: the WWW-Authenticate challenge (Basic, or Bearer through
 * the token service), manifests by tag or digest, copying a manifest to a new tag without moving
 * layers, and reading image labels. Plain HTTP only for registries named `insecure`.
 */
class RegistryClient {
    registry;
    creds;
    tokens = new Map();
    base;
    constructor(registry, creds, insecure = false) {
        this.registry = registry;
        this.creds = creds;
        this.base = `${insecure ? 'http' : 'https'}://${registry === 'registry-1.docker.io' ? 'registry-1.docker.io' : registry}`;
        if (creds) {
            (0,lib_secrets/* registerSecret */.cl)(creds.password);
            (0,lib_secrets/* registerSecret */.cl)(Buffer.from(`${creds.username}:${creds.password}`).toString('base64'));
        }
    }
    async send(method, path, scope, init = {}) {
        const url = `${this.base}${path}`;
        const once = (auth) => fetch(url, {
            method,
            headers: { ...init.headers, ...(auth ? { Authorization: auth } : {}) },
            body: init.body,
            redirect: 'follow',
            signal: AbortSignal.timeout((0,exec/* networkTimeoutMs */.mi)()),
        }).catch((e) => {
            if (e.name === 'TimeoutError')
                throw (0,exec/* noAnswerError */.q9)(`registry ${this.registry} (${method} ${path})`);
            throw new errors/* RingwayError */.Sy(`cannot reach registry ${this.registry}: ${e.cause?.message ?? e.message}`, {
                kind: 'unreachable',
                cause: e,
            });
        });
        // Every request here may be repeated: reads, a manifest PUT by content, a blob mount, a DELETE.
        const attempt = (auth) => withRetries(() => once(auth));
        let res = await attempt(this.tokens.get(scope));
        if (res.status !== 401)
            return res;
        const challenge = res.headers.get('www-authenticate') ?? '';
        const auth = await this.authorize(challenge, scope);
        if (!auth)
            throw new errors/* RingwayError */.Sy(`registry ${this.registry} requires credentials: set 'registry-username' and 'registry-password'`, { kind: 'unauthorized', status: 401 });
        this.tokens.set(scope, auth);
        res = await attempt(auth);
        if (res.status === 401)
            throw new errors/* RingwayError */.Sy(`registry ${this.registry} rejected the credentials (HTTP 401): check 'registry-username' and 'registry-password'`, { kind: 'unauthorized', status: 401 });
        return res;
    }
    /** Answers a WWW-Authenticate challenge: Basic directly, Bearer through the token service. */
    async authorize(challenge, scope) {
        const basic = this.creds
            ? `Basic ${Buffer.from(`${this.creds.username}:${this.creds.password}`).toString('base64')}`
            : undefined;
        if (/^basic/i.test(challenge))
            return basic;
        if (!/^bearer/i.test(challenge))
            return undefined;
        const params = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
        if (!params.realm)
            throw new errors/* RingwayError */.Sy(`registry ${this.registry} sent a Bearer challenge without a realm`, {
                kind: 'invalid-answer',
            });
        const q = new URLSearchParams(params.service ? { service: params.service } : {});
        // One `scope` parameter per scope, as the token specification spells a multi-repository request.
        for (const s of scope.split(' '))
            q.append('scope', s);
        // A token request is a GET: asked again like the registry's own requests.
        const res = await withRetries(() => fetch(`${params.realm}?${q}`, {
            headers: basic ? { Authorization: basic } : {},
            signal: AbortSignal.timeout((0,exec/* networkTimeoutMs */.mi)()),
        }).catch((e) => {
            if (e.name === 'TimeoutError')
                throw (0,exec/* noAnswerError */.q9)(`the token service of ${this.registry} (${params.realm})`);
            throw new errors/* RingwayError */.Sy(`cannot reach the token service of ${this.registry} (${params.realm}): ${e.cause?.message ?? e.message}`, { kind: 'unreachable', cause: e });
        }));
        if (res.status === 401 || res.status === 403)
            throw new errors/* RingwayError */.Sy(`registry ${this.registry} rejected the credentials (HTTP ${res.status}): check 'registry-username' and 'registry-password'`, { kind: (0,errors/* statusKind */.BE)(res.status), status: res.status });
        if (!res.ok)
            throw new errors/* RingwayError */.Sy(`token service of ${this.registry} answered HTTP ${res.status}`, {
                kind: (0,errors/* statusKind */.BE)(res.status),
                status: res.status,
            });
        const body = readAnswer((await readBody(res, MAX_ANSWER_BYTES, `the answer of the token service of ${this.registry}`, () => (0,exec/* noAnswerError */.q9)(`the token service of ${this.registry} (${params.realm})`))).toString('utf8'), TOKEN, `the token service of ${this.registry}`, 'asking for a registry token');
        const token = body.token ?? body.access_token;
        if (!token)
            throw new errors/* RingwayError */.Sy(`token service of ${this.registry} returned no token`, { kind: 'invalid-answer' });
        (0,lib_secrets/* registerSecret */.cl)(token);
        return `Bearer ${token}`;
    }
    scope(repository, push = false) {
        return `repository:${repository}:${push ? 'pull,push' : 'pull'}`;
    }
    /** The manifest at a tag or digest, or undefined when there is none. */
    async getManifest(repository, reference) {
        const res = await this.send('GET', `/v2/${repository}/manifests/${reference}`, this.scope(repository), {
            headers: { Accept: MANIFEST_TYPES.join(', ') },
        });
        if (res.status === 404)
            return undefined;
        if (!res.ok)
            throw await this.failure(res, `reading ${repository}:${reference}`);
        const bytes = await readBody(res, MAX_ANSWER_BYTES, `the manifest ${repository}:${reference} in ${this.registry}`, () => (0,exec/* noAnswerError */.q9)(`registry ${this.registry} (GET manifest ${repository}:${reference})`));
        const digest = res.headers.get('docker-content-digest') ?? `sha256:${(await sha256()).update(bytes).digest('hex')}`;
        const json = this.checked(bytes.toString('utf8'), MANIFEST, `reading ${repository}:${reference}`);
        return { digest, mediaType: json.mediaType ?? res.headers.get('content-type') ?? MANIFEST_TYPES[1], bytes, json };
    }
    /** The digest at a tag: a HEAD request, falling back to GET when the registry omits the header. */
    async digest(repository, reference) {
        const res = await this.send('HEAD', `/v2/${repository}/manifests/${reference}`, this.scope(repository), {
            headers: { Accept: MANIFEST_TYPES.join(', ') },
        });
        if (res.status === 404)
            return undefined;
        if (!res.ok)
            throw await this.failure(res, `reading ${repository}:${reference}`);
        return res.headers.get('docker-content-digest') ?? (await this.getManifest(repository, reference))?.digest;
    }
    /** Every tag of a repository, following the `Link` header across pages. */
    async tags(repository) {
        const all = [];
        let path = `/v2/${repository}/tags/list?n=1000`;
        for (let page = 0; path && page < 100; page++) {
            const res = await this.send('GET', path, this.scope(repository));
            if (res.status === 404)
                return all;
            if (!res.ok)
                throw await this.failure(res, `listing tags of ${repository}`);
            all.push(...(this.checked((await readBody(res, MAX_ANSWER_BYTES, `the tag list of ${repository}`, () => (0,exec/* noAnswerError */.q9)(`registry ${this.registry} (GET tags of ${repository})`))).toString('utf8'), TAG_LIST, `listing tags of ${repository}`).tags ?? []));
            // Link: </v2/<name>/tags/list?n=1000&last=x>; rel="next"
            path = /<([^>]+)>;\s*rel="?next"?/.exec(res.headers.get('link') ?? '')?.[1];
            if (path && /^https?:/.test(path))
                path = new URL(path).pathname + new URL(path).search;
        }
        return all;
    }
    /** The image id (config digest, as `docker images --digests` shows it); for an index, that of its first image. */
    async configDigest(repository, reference) {
        return this.configDigestOf(repository, await this.getManifest(repository, reference));
    }
    /** configDigest of a manifest already read: no request, except for an index (its first image's). */
    async configDigestOf(repository, m) {
        if (m?.json.manifests?.length)
            m = await this.getManifest(repository, m.json.manifests[0].digest);
        return m?.json.config?.digest ?? '';
    }
    /** The labels of an image (from its config blob); for an index, those of its first image. */
    async labels(repository, reference) {
        let m = await this.getManifest(repository, reference);
        if (m?.json.manifests?.length)
            m = await this.getManifest(repository, m.json.manifests[0].digest);
        if (!m?.json.config)
            return {};
        const res = await this.send('GET', `/v2/${repository}/blobs/${m.json.config.digest}`, this.scope(repository));
        if (!res.ok)
            throw await this.failure(res, `reading the config of ${repository}:${reference}`);
        const config = this.checked(await res.text(), IMAGE_CONFIG, `reading the config of ${repository}:${reference}`);
        return config.config?.Labels ?? {};
    }
    /**
     * Gives `to` the manifest of `from`, byte for byte (so the digest is the same). Within one
     * repository this is a single PUT; across repositories the layers are mounted, never downloaded.
     * Returns the manifest digest and the image id (config digest), read from the manifest it copied.
     */
    async copy(from, to) {
        const src = await this.getManifest(from.repository, from.digest ?? from.tag ?? 'latest');
        if (!src)
            throw new errors/* RingwayError */.Sy(`source image ${formatRef(from)} does not exist`);
        await this.putTree(from.repository, to.repository, src);
        await this.putManifest(to.repository, to.tag ?? src.digest, src);
        return { digest: src.digest, imageId: await this.configDigestOf(from.repository, src) };
    }
    async putTree(fromRepo, toRepo, m) {
        if (fromRepo === toRepo)
            return;
        for (const child of m.json.manifests ?? []) {
            const c = await this.getManifest(fromRepo, child.digest);
            if (!c)
                throw new errors/* RingwayError */.Sy(`image ${fromRepo}@${child.digest} is missing from the registry`);
            await this.putTree(fromRepo, toRepo, c);
            await this.putManifest(toRepo, c.digest, c);
        }
        for (const blob of [m.json.config, ...(m.json.layers ?? [])].filter((b) => Boolean(b))) {
            const res = await this.send('POST', `/v2/${toRepo}/blobs/uploads/?mount=${blob.digest}&from=${fromRepo}`, `repository:${toRepo}:pull,push repository:${fromRepo}:pull`);
            if (res.status === 202) {
                // The registry opened an upload instead of mounting: cancel it rather than copy layers through here.
                const location = res.headers.get('location');
                if (location)
                    await this.send('DELETE', location.startsWith('http') ? new URL(location).pathname + new URL(location).search : location, this.scope(toRepo, true)).catch(() => undefined);
                throw new errors/* RingwayError */.Sy(`registry ${this.registry} would not mount ${blob.digest} from ${fromRepo} into ${toRepo} (the credentials may lack pull access to ${fromRepo}); nothing was copied`);
            }
            if (res.status !== 201)
                throw await this.failure(res, `mounting ${blob.digest} from ${fromRepo} into ${toRepo}`);
        }
    }
    async putManifest(repository, reference, m) {
        const res = await this.send('PUT', `/v2/${repository}/manifests/${reference}`, this.scope(repository, true), {
            headers: { 'Content-Type': m.mediaType },
            body: m.bytes,
        });
        if (!res.ok)
            throw await this.failure(res, `writing ${repository}:${reference}`);
    }
    async failure(res, what) {
        let detail = '';
        try {
            const body = (await res.json());
            detail = body.errors?.map((e) => `${e.code ?? ''} ${e.message ?? ''}`.trim()).join('; ') ?? '';
        }
        catch {
            // not JSON
        }
        const context = { kind: (0,errors/* statusKind */.BE)(res.status), status: res.status };
        if (res.status === 403)
            return new errors/* RingwayError */.Sy(`${what}: registry ${this.registry} denied access (HTTP 403)${detail ? `: ${detail}` : ''}`, context);
        return new errors/* RingwayError */.Sy(`${what}: registry ${this.registry} answered HTTP ${res.status}${detail ? `: ${detail}` : ''}`, context);
    }
    /** An answer of the registry, checked against the fields `what` reads. */
    checked(body, shape, what) {
        return readAnswer(body, shape, `registry ${this.registry}`, what);
    }
}

;// CONCATENATED MODULE: ./lib/key-value.ts
// `key=value` lines, as steps take build args, labels and build secrets: each split at its first
// `=` (the value may hold more). A bad line is one error line quoting it, unless it holds a secret.

/** The lines as [key, value] pairs in order; throws a UsageError for the first line that is not of the form. */
function parseKeyValues(lines, { what, form, key, secret }) {
    return lines.map((line) => {
        const eq = line.indexOf('=');
        const k = line.slice(0, eq);
        if (eq < 1 || (key && !key.test(k)))
            throw new errors/* UsageError */.eb(secret ? `each line must be ${form}` : `${what} '${line}' is not ${form}`);
        return [k, line.slice(eq + 1)];
    });
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

;// CONCATENATED MODULE: ./lib/steps/build-image.ts









const REVISION = 'org.opencontainers.image.revision';
const step = {
    name: 'build-image',
    title: 'Build image',
    description: 'Builds and pushes a container image once per commit and computes its tags from the build. When the registry already holds an image for this commit (by its revision label), or when source-image is given, it retags by copying the manifest inside the registry: no rebuild, no layer download.',
    azureTaskId: 'c4a1e6f2-8b3d-4c7e-9a05-6d2f1b8e3c97',
    azureCategory: 'Build',
    inputs: [
        {
            name: 'image',
            description: 'Image repository, registry/repository (e.g. ghcr.io/contoso/frontend)',
            required: true,
        },
        { name: 'context', description: 'Build context folder', default: '.', path: true },
        { name: 'file', description: 'Dockerfile path; default <context>/Dockerfile', aliases: ['dockerfile'], path: true },
        {
            name: 'tags',
            description: "Tag templates: {branch} {sha} {short-sha} {build-id} {build-number} {run-attempt} {date}; full references of this image (docker/metadata-action's tags output) are taken as their tags",
            kind: 'list',
            default: '{branch}-{build-id}',
        },
        {
            name: 'builder',
            description: 'Image builder; auto takes the first of docker, buildah, podman that works',
            options: ['auto', 'docker', 'buildah', 'podman'],
            default: 'auto',
        },
        { name: 'push', description: 'Push to the registry (false: build locally only)', kind: 'boolean', default: 'true' },
        { name: 'build-args', description: 'NAME=value build arguments, one per line', kind: 'multiline' },
        {
            name: 'secrets',
            description: 'id=value build secrets, one per line; passed as build secrets (--secret), never as build args',
            kind: 'multiline',
            secret: true,
        },
        {
            name: 'secret-files',
            description: 'id=path build secrets read from files, one per line; passed as build secrets (--secret)',
            kind: 'multiline',
        },
        { name: 'labels', description: 'Extra key=value image labels, one per line', kind: 'multiline' },
        { name: 'target', description: 'Build stage to stop at' },
        {
            name: 'platforms',
            description: 'Target platforms (linux/amd64,linux/arm64) where the builder supports them',
            kind: 'list',
        },
        { name: 'registry-username', description: 'Registry user name' },
        { name: 'registry-password', description: 'Registry password or token', secret: true },
        {
            name: 'source-image',
            description: 'Promote this existing image (registry/repo:tag) to the computed tags instead of building',
        },
        {
            name: 'skip-existing',
            description: 'Retag instead of building when the registry already holds an image built from this commit',
            kind: 'boolean',
            default: 'true',
            visibleWhen: 'push = true',
        },
        {
            name: 'insecure-registry',
            description: 'Talk plain HTTP to the registry (always so for localhost and 127.0.0.1, as Docker does); true also lets buildah/podman pull base images without TLS verification',
            kind: 'boolean',
            default: 'false',
        },
        {
            name: 'isolation',
            description: 'buildah/podman isolation (chroot works in unprivileged CI containers); empty = builder default',
        },
        {
            name: 'storage-driver',
            description: 'buildah/podman storage driver (vfs works everywhere); empty = builder default',
        },
        // The build runs under the step's deadline; each registry call (promotion, retag, the revision lookup) also under request-timeout.
        { ...timeoutInput, default: '1h' },
        requestTimeoutInput,
    ],
    outputs: [
        { name: 'image', description: 'Image repository (registry/repository)' },
        { name: 'tag', description: 'First tag' },
        { name: 'tags', description: 'All tags, comma-separated' },
        { name: 'digest', description: 'Manifest digest (sha256:…)' },
        { name: 'image-ref', description: 'Immutable reference registry/repository@sha256:…' },
        { name: 'built', description: "'true' when built now, 'false' when an existing image was retagged" },
        { name: 'imageid', description: 'Image id (config digest sha256:…), as docker/build-push-action names it' },
        {
            name: 'metadata',
            description: 'Build result as JSON (containerimage.digest, containerimage.config.digest, image.name), as docker/build-push-action gives it',
        },
    ],
    async run(inputs, host) {
        const target = imageTarget(inputs, host);
        const source = inputs.string('source-image');
        if (source)
            return report(host, target, await promote(host, target, source), false);
        const settings = buildSettings(inputs);
        if (inputs.boolean('push')) {
            // Reachability and credentials are proven before anything is built.
            await target.client.tags(target.image.repository);
            const existing = inputs.boolean('skip-existing') ? await retagExisting(host, target) : undefined;
            if (existing)
                return report(host, target, existing, false);
        }
        return report(host, target, await buildAndPush(inputs, host, target, settings), true);
    },
};
function imageTarget(inputs, host) {
    const image = (0,errors/* withInput */.zE)('image', () => parseImageRef(inputs.string('image')));
    if (image.tag || image.digest)
        throw new errors/* UsageError */.eb(`input 'image': give the repository without a tag (${image.registry}/${image.repository}); tags come from 'tags'`, { input: 'image' });
    const tags = [
        ...new Set(inputs
            .list('tags')
            .map((t) => (0,errors/* withInput */.zE)('tags', () => renderTag(tagOf(t, image), host.build, new Date(), host.kind)))),
    ];
    if (!tags.length)
        throw new errors/* UsageError */.eb("input 'tags' gives no tag", { input: 'tags' });
    const insecure = inputs.boolean('insecure-registry') || /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(image.registry);
    const creds = credentials(inputs.string('registry-username'), inputs.string('registry-password'));
    return { image, tags, client: new RegistryClient(image.registry, creds, insecure), creds, insecure };
}
const refTo = (target, tag) => ({ ...target.image, tag });
/** `source-image`: its manifest copied to every tag, inside the registry. */
async function promote(host, target, source) {
    const { image, client, tags } = target;
    const from = (0,errors/* withInput */.zE)('source-image', () => parseImageRef(source));
    if (from.registry !== image.registry)
        throw new errors/* UsageError */.eb(`input 'source-image': promotion copies within one registry (${image.registry}), got ${from.registry}`, { input: 'source-image' });
    if (!from.tag && !from.digest)
        throw new errors/* UsageError */.eb(`input 'source-image': give a tag or digest (${formatRef(from)}:<tag>)`, {
            input: 'source-image',
        });
    return host.group(`Promote ${formatRef(from)}`, async () => {
        return copyToTags(client, from, tags.map((t) => refTo(target, t)));
    });
}
/** An image the registry already holds for this commit, retagged; undefined when there is none. */
async function retagExisting(host, target) {
    const revision = host.build.commit;
    if (!revision)
        return undefined;
    const repo = target.image.repository;
    const existing = await host.group('Look for an image of this commit', () => findByRevision(target.client, repo, revision, target.tags));
    if (!existing)
        return undefined;
    host.info(`${repo}:${existing} was built from ${revision}: retagging instead of rebuilding`);
    return copyToTags(target.client, refTo(target, existing), target.tags.map((t) => refTo(target, t)));
}
const BUILD_ARGS = { what: 'build arg', form: 'NAME=value', key: /^[A-Za-z_][A-Za-z0-9_]*$/ };
const SECRETS = { what: 'secret', form: 'id=value', secret: true };
const SECRET_FILES = { what: 'secret file', form: 'id=path' };
const LABELS = { what: 'label', form: 'key=value' };
function buildSettings(inputs) {
    const context = (0,external_node_path_.resolve)(inputs.string('context'));
    if (!(0,external_node_fs_.existsSync)(context))
        throw new errors/* UsageError */.eb(`input 'context': folder ${inputs.string('context')} does not exist`, { input: 'context' });
    const dockerfile = inputs.string('file') ? (0,external_node_path_.resolve)(inputs.string('file')) : (0,external_node_path_.join)(context, 'Dockerfile');
    if (!(0,external_node_fs_.existsSync)(dockerfile))
        throw new errors/* UsageError */.eb(`input 'file': ${inputs.string('file') || (0,external_node_path_.join)(inputs.string('context'), 'Dockerfile')} does not exist`, { input: 'file' });
    // Values the builder takes as option values: checked here, so its own error text never stands in for ours.
    (0,errors/* withInput */.zE)('target', () => checkStageName(inputs.string('target')));
    (0,errors/* withInput */.zE)('isolation', () => checkIsolation(inputs.string('isolation')));
    (0,errors/* withInput */.zE)('storage-driver', () => checkStorageDriver(inputs.string('storage-driver')));
    for (const p of inputs.list('platforms'))
        (0,errors/* withInput */.zE)('platforms', () => checkPlatform(p));
    const keyValues = (input, form) => (0,errors/* withInput */.zE)(input, () => parseKeyValues(inputs.lines(input), form));
    const buildArgs = keyValues('build-args', BUILD_ARGS).map(([k, v]) => `${k}=${v}`);
    const secrets = keyValues('secrets', SECRETS);
    for (const [, value] of secrets)
        (0,lib_secrets/* registerSecret */.cl)(value);
    const secretFiles = keyValues('secret-files', SECRET_FILES).map(([id, path]) => {
        const file = (0,external_node_path_.resolve)(path);
        if (!(0,external_node_fs_.existsSync)(file))
            throw new errors/* UsageError */.eb(`input 'secret-files': ${path} (secret ${id}) does not exist`, { input: 'secret-files' });
        return [id, file];
    });
    return { context, dockerfile, buildArgs, secrets, secretFiles, labels: keyValues('labels', LABELS) };
}
/** Builds with the builder found, then pushes the first tag and copies it to the others. */
async function buildAndPush(inputs, host, target, settings) {
    const { image, tags, client } = target;
    const repo = image.repository;
    const revision = host.build.commit;
    const builder = await pickBuilder(inputs.string('builder'));
    (0,errors/* withInput */.zE)('platforms', () => checkPlatforms(builder, inputs.list('platforms')));
    const store = await CredentialStore.create();
    try {
        const secrets = {};
        for (const [id, value] of settings.secrets)
            secrets[id] = await store.secretFile(id, value);
        for (const [id, file] of settings.secretFiles)
            secrets[id] = file;
        const labels = {
            ...(revision ? { [REVISION]: revision } : {}),
            ...(host.build.repositoryUrl ? { 'org.opencontainers.image.source': host.build.repositoryUrl } : {}),
            'org.opencontainers.image.created': new Date().toISOString(),
        };
        for (const [key, value] of settings.labels)
            labels[key] = value;
        const req = {
            context: settings.context,
            dockerfile: settings.dockerfile,
            localTag: `${image.registry}/${repo}:${tags[0]}`,
            buildArgs: settings.buildArgs,
            labels,
            target: inputs.string('target'),
            platforms: inputs.list('platforms'),
            secrets,
            isolation: inputs.string('isolation'),
            storageDriver: inputs.string('storage-driver'),
            tlsVerify: !inputs.boolean('insecure-registry'),
        };
        const authFile = await store.authFile(image.registry, target.creds);
        // buildah/podman read REGISTRY_AUTH_FILE for pulls of base images too.
        const env = { REGISTRY_AUTH_FILE: authFile };
        // The builder's own log, streamed inside its group as build-push-action shows it.
        const log = (line) => host.info(line);
        const imageId = await host.group(`Build with ${builder}`, () => buildImage(builder, req, env, log));
        if (!inputs.boolean('push'))
            return { digest: '', imageId };
        const first = formatRef(refTo(target, tags[0]));
        const pushed = await host.group(`Push ${first}`, () => pushImage(builder, req, first, { authFile, insecure: target.insecure, env, log }));
        const digest = pushed || (await client.digest(repo, tags[0]));
        if (!digest)
            throw new errors/* RingwayError */.Sy(`${builder} pushed ${first} but the registry has no manifest there`);
        await copyToTags(client, refTo(target, tags[0]), tags.slice(1).map((t) => refTo(target, t)), [tags[0]]);
        return { digest, imageId };
    }
    finally {
        await store.dispose();
    }
}
/** The step's outputs, log line and summary for the image written. */
async function report(host, target, written, built) {
    const { image, tags, client } = target;
    const { digest } = written;
    const repo = image.repository;
    // Without a push there is no registry digest, so no immutable reference either.
    const imageid = written.imageId || (digest ? await client.configDigest(repo, digest) : '');
    const name = `${image.registry}/${repo}`;
    const metadata = JSON.stringify({
        ...(digest ? { 'containerimage.digest': digest } : {}),
        ...(imageid ? { 'containerimage.config.digest': imageid } : {}),
        'image.name': tags.map((t) => `${name}:${t}`).join(','),
    });
    const out = {
        image: name,
        tag: tags[0],
        tags: tags.join(','),
        digest,
        'image-ref': digest ? `${name}@${digest}` : '',
        built: String(built),
        imageid,
        metadata,
    };
    host.info(digest
        ? `${built ? 'built and pushed' : 'retagged'} ${out['image-ref']} as ${tags.join(', ')}`
        : `built ${out.image}:${tags[0]} locally (push: false)`);
    await host.summary({
        title: `ringway build-image: ${built ? 'built' : 'retagged, not rebuilt'}`,
        rows: [
            ['image', 'tags', 'digest', 'built'],
            [out.image, out.tags, digest, out.built],
        ],
    });
    return out;
}
/**
 * A tag template, or a full reference of this image (`ghcr.io/o/app:v1`, one line of
 * docker/metadata-action's tags output) reduced to its tag. A reference to another image is refused.
 */
function tagOf(entry, image) {
    const slash = entry.lastIndexOf('/');
    const colon = entry.lastIndexOf(':');
    if (slash < 0 && colon < 0)
        return entry;
    const name = colon > slash ? entry.slice(0, colon) : entry;
    const tag = colon > slash ? entry.slice(colon + 1) : '';
    const same = name === `${image.registry}/${image.repository}` ||
        (image.registry === 'registry-1.docker.io' &&
            (name === image.repository ||
                name === `docker.io/${image.repository}` ||
                `library/${name}` === image.repository));
    if (!same || !tag)
        throw new errors/* UsageError */.eb(`input 'tags': '${entry}' is not a tag of ${image.registry}/${image.repository}`, {
            input: 'tags',
        });
    return tag;
}
/**
 * Copies `from` to each target in turn. The distribution API cannot write several tags at once (nor
 * remove a tag), so when one fails the error says which tags already hold the image: they point at
 * the right digest, and a re-run writes the rest.
 */
async function copyToTags(client, from, targets, written = []) {
    let copied = { digest: '', imageId: '' };
    for (const to of targets) {
        try {
            copied = await client.copy(from, to);
        }
        catch (err) {
            if (!written.length || !(err instanceof errors/* RingwayError */.Sy))
                throw err;
            throw new errors/* RingwayError */.Sy(`${err.message}; already tagged with this image: ${written.join(', ')}; run the step again to write the rest`);
        }
        written.push(to.tag ?? '');
    }
    return copied;
}
function credentials(username, password) {
    if (!username && !password)
        return undefined;
    if (!username || !password)
        throw new errors/* UsageError */.eb("inputs 'registry-username' and 'registry-password' go together");
    return { username, password };
}
/** Tags whose labels are read when looking for an image of this commit, and how many at a time. */
const REVISION_SCAN_LIMIT = 30;
const REVISION_SCAN_CONCURRENCY = 6;
/**
 * A tag of `repo` whose image carries this commit as its revision label. Candidates in order: the
 * wanted tags, tags naming the short sha, then the rest in descending natural order (so
 * `main-1234` comes before `main-999`: build ids grow). Bounded, so a repository with thousands of
 * tags costs at most REVISION_SCAN_LIMIT config reads per build.
 */
async function findByRevision(client, repo, revision, wanted) {
    const all = await client.tags(repo);
    const short = revision.slice(0, 7);
    const rest = all
        .filter((t) => !wanted.includes(t) && !t.includes(short))
        .sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
    const ordered = [
        ...all.filter((t) => wanted.includes(t)),
        ...all.filter((t) => !wanted.includes(t) && t.includes(short)),
        ...rest,
    ].slice(0, REVISION_SCAN_LIMIT);
    for (let i = 0; i < ordered.length; i += REVISION_SCAN_CONCURRENCY) {
        const batch = ordered.slice(i, i + REVISION_SCAN_CONCURRENCY);
        const labels = await Promise.all(batch.map((t) => client.labels(repo, t)));
        const hit = batch.find((_t, j) => labels[j][REVISION] === revision);
        if (hit)
            return hit;
    }
    return undefined;
}


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

/***/ 643:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

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

/***/ 193:
/***/ ((module) => {

"use strict";
module.exports = require("node:string_decoder");

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
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
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
/************************************************************************/
var __webpack_exports__ = {};
// Generated by scripts/build.ts.
const stepModule = __nccwpck_require__(410);
const host = __nccwpck_require__(246);
void host.runAzure(stepModule.step);

module.exports = __webpack_exports__;
/******/ })()
;