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
/* harmony export */   cI: () => (/* binding */ ExecError),
/* harmony export */   m0: () => (/* binding */ exec),
/* harmony export */   mi: () => (/* binding */ networkTimeoutMs),
/* harmony export */   q9: () => (/* binding */ noAnswerError),
/* harmony export */   s: () => (/* binding */ setNetworkTimeout),
/* harmony export */   w$: () => (/* binding */ lastLines)
/* harmony export */ });
/* unused harmony exports RUNNER_CREDENTIALS, SCRUBBED_ENV, childEnv */
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

/***/ 102:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y1: () => (/* binding */ registerJobToken),
/* harmony export */   fn: () => (/* binding */ tokenFor),
/* harmony export */   rt: () => (/* binding */ jobTokenNote)
/* harmony export */ });
/* unused harmony exports jobTokenHosts, clearJobToken */
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(811);

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
        const h = (0,_trust_js__WEBPACK_IMPORTED_MODULE_0__/* .hostOf */ .w)(u);
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
    if (!job || !job.hosts.has((0,_trust_js__WEBPACK_IMPORTED_MODULE_0__/* .hostOf */ .w)(url)))
        return undefined;
    return `the 'token' input was empty, so the job's own token was sent, which reaches only ${job.reach}`;
}
/** The token to send to `url`: the job token only to the job's own server, others unchanged. */
function tokenFor(url, token) {
    if (!token || !job || token !== job.token)
        return token;
    return job.hosts.has((0,_trust_js__WEBPACK_IMPORTED_MODULE_0__/* .hostOf */ .w)(url)) ? token : undefined;
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


/***/ }),

/***/ 811:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ hostOf)
/* harmony export */ });
/* unused harmony export TrustedHosts */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(115);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(719);


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
            const h = hostOf(u);
            if (h)
                this.exact.add(h);
        }
        for (const entry of hosts) {
            const e = entry.trim().toLowerCase();
            if (!e)
                continue;
            if (e.includes('://')) {
                const h = hostOf(e);
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
function hostOf(url) {
    const v = url.trim();
    if (!v)
        return '';
    try {
        const u = new URL(v);
        return u.protocol === 'file:' ? '' : ((0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .agreedHost */ .rA)(v) ?? '');
    }
    catch {
        const scp = /^(?:[^@/]+@)?([^:/]+):/.exec(v);
        return scp ? scp[1].toLowerCase() : '';
    }
}


/***/ }),

/***/ 719:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GK: () => (/* binding */ checkRepoUrl),
/* harmony export */   rA: () => (/* binding */ agreedHost)
/* harmony export */ });
/* unused harmony exports describe, isLoopback, checkRepoInput, checkOptionalRepoUrl, checkRef, checkBranch, checkOptionalRef, checkHelmRepoUrl */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(115);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(995);




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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(message, isInputName(what) ? { input: what } : {});
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
function agreedHost(url) {
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
        if (u.protocol !== 'file:' && !agreedHost(url))
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
        const named = [...new URLSearchParams(query)].filter(([k]) => _secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .CREDENTIAL_PARAM */ .kk.test(k));
        for (const [, v] of named)
            (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(v);
        // The raw form too (percent-encoded as given).
        for (const part of query.split('&'))
            if (_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .CREDENTIAL_PARAM */ .kk.test(part.split('=')[0]))
                (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(part.slice(part.indexOf('=') + 1));
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
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(v);
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(safeDecode(v));
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


/***/ }),

/***/ 582:
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
var external_node_fs_ = __nccwpck_require__(24);
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

// EXTERNAL MODULE: ./lib/git/job-token.ts
var job_token = __nccwpck_require__(102);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: ./lib/secrets.ts
var secrets = __nccwpck_require__(995);
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

// EXTERNAL MODULE: ./lib/errors.ts
var errors = __nccwpck_require__(115);
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
    (0,job_token/* registerJobToken */.Y1)(job, [process.env.SYSTEM_COLLECTIONURI ?? ''], "what the pipeline's build service may access (by default its own project's repositories)");
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
/* harmony export */   hK: () => (/* binding */ holdsSecret),
/* harmony export */   kk: () => (/* binding */ CREDENTIAL_PARAM)
/* harmony export */ });
/* unused harmony export clearSecrets */
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

/***/ 146:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  repositoryInput: () => (/* binding */ repositoryInput),
  step: () => (/* binding */ step)
});

// EXTERNAL MODULE: ./lib/errors.ts
var errors = __nccwpck_require__(115);
// EXTERNAL MODULE: ./lib/secrets.ts
var secrets = __nccwpck_require__(995);
// EXTERNAL MODULE: ./lib/git/job-token.ts
var job_token = __nccwpck_require__(102);
// EXTERNAL MODULE: ./lib/git/trust.ts
var trust = __nccwpck_require__(811);
// EXTERNAL MODULE: ./lib/git/validate.ts
var validate = __nccwpck_require__(719);
;// CONCATENATED MODULE: ./lib/git/auth.ts



/**
 * The Authorization header git sends for a token. GitHub takes Basic `x-access-token:<token>`
 * (what actions/checkout sends); Azure DevOps takes Basic with an empty user and the PAT, or Bearer
 * for System.AccessToken (a JWT). Other servers get Basic `x-access-token:<token>`.
 */
function authorizationHeader(url, token) {
    if (isAzureDevOpsHost((0,trust/* hostOf */.w)(url))) {
        if (/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(token))
            return `AUTHORIZATION: bearer ${token}`;
        return `AUTHORIZATION: basic ${Buffer.from(`:${token}`).toString('base64')}`;
    }
    return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
}
/** Azure DevOps Services: dev.azure.com (ssh.dev.azure.com too) and <org>.visualstudio.com, any port. */
function isAzureDevOpsHost(host) {
    return /((^|\.)dev\.azure\.com|\.visualstudio\.com)(:\d+)?$/i.test(host);
}
/**
 * Environment that makes one git command send the token. `GIT_CONFIG_COUNT/KEY/VALUE` is the
 * environment form of `git -c http.extraheader=…`: same scope (this command only, never written to
 * .git/config) but not visible in the process list, where `-c` arguments are.
 */
function auth_gitAuthEnv(url, token, base = process.env) {
    const env = { GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' };
    token = (0,job_token/* tokenFor */.fn)(url, token);
    if (!token)
        return env;
    (0,secrets/* registerSecret */.cl)(token);
    const header = authorizationHeader(url, token);
    (0,secrets/* registerSecret */.cl)(header);
    const n = Number(base.GIT_CONFIG_COUNT ?? '0') || 0;
    env.GIT_CONFIG_COUNT = String(n + 1);
    env[`GIT_CONFIG_KEY_${n}`] = 'http.extraheader';
    env[`GIT_CONFIG_VALUE_${n}`] = header;
    return env;
}
// Repository URL rules live in validate.ts; re-exported for the steps that import them from here.

/** The URL with any userinfo removed, for log lines and error messages. */
function auth_displayUrl(url) {
    try {
        const u = new URL(url);
        u.username = '';
        u.password = '';
        return u.toString();
    }
    catch {
        return url;
    }
}

// EXTERNAL MODULE: ./lib/exec.ts
var lib_exec = __nccwpck_require__(361);
;// CONCATENATED MODULE: ./lib/telemetry/commit-messages.ts

/** At most this many commits a merge brought are read (a long-lived branch merged back brings many). */
const MAX_COMMITS = 50;
/**
 * The full messages of `commit` and, when it is a merge whose parents are fetched, of the commits
 * it brought, read with `git log` in `cwd` (the build's checkout of the HLD). Azure Pipelines gives
 * only the first line of the message in a variable; a rebased commit's trailers are below it.
 * A folder that is no repository, or lacks the commit (a shallow or other checkout), gives none.
 */
async function checkoutMessages(cwd, commit) {
    if (!/^[0-9a-f]{7,64}$/i.test(commit))
        return [];
    const git = async (args) => {
        const r = await (0,lib_exec/* exec */.m0)('git', ['-C', cwd, ...args], { allowFailure: true }).catch(() => undefined);
        return r && r.code === 0 ? r.stdout : undefined;
    };
    const own = await git(['log', '-1', '--format=%B', '--end-of-options', commit, '--']);
    if (own === undefined)
        return [];
    // NUL-separated: one entry per commit, whatever blank lines the messages hold.
    const brought = await git([
        'log',
        '-z',
        `--max-count=${MAX_COMMITS}`,
        '--format=%B',
        '--end-of-options',
        `${commit}^1..${commit}^2`,
        '--',
    ]);
    return [own, ...(brought ?? '').split('\0')].map((m) => m.trim()).filter(Boolean);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: ./lib/telemetry/commit-time.ts



/**
 * When the source commit of an image was made, for lead time (docs/metrics.md). From the input
 * when given; else from the orchestrator's event (GitHub push: head_commit.timestamp) when it is
 * about that commit; else `git log -1 --format=%cI` in the working directory when the commit is
 * there. Unknown stays '' — never guessed.
 */
async function commitTime(given, commitId, env = process.env, cwd = process.cwd()) {
    if (given) {
        const t = Date.parse(given);
        if (Number.isNaN(t) || !/^\d{4}-\d{2}-\d{2}T/.test(given))
            throw new errors/* UsageError */.eb(`commit time must be an ISO 8601 time (2026-11-20T09:30:00Z), got '${given}'`);
        return new Date(t).toISOString();
    }
    if (!/^[0-9a-f]{7,64}$/i.test(commitId))
        return '';
    const fromEvent = githubEventTime(env, commitId);
    if (fromEvent)
        return fromEvent;
    const r = await (0,lib_exec/* exec */.m0)('git', ['-C', cwd, 'log', '-1', '--format=%cI', '--end-of-options', commitId, '--'], {
        allowFailure: true,
    }).catch(() => undefined);
    const t = r && r.code === 0 ? Date.parse(r.stdout.trim()) : NaN;
    return Number.isNaN(t) ? '' : new Date(t).toISOString();
}
function githubEventTime(env, commitId) {
    if (env.GITHUB_ACTIONS !== 'true' || !env.GITHUB_EVENT_PATH)
        return '';
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        const head = event.head_commit;
        if (!head?.id || !head.timestamp || !head.id.toLowerCase().startsWith(commitId.toLowerCase()))
            return '';
        const t = Date.parse(head.timestamp);
        return Number.isNaN(t) ? '' : new Date(t).toISOString();
    }
    catch {
        return '';
    }
}

;// CONCATENATED MODULE: ./lib/telemetry/trailers.ts
/**
 * Git trailers that name the deployment an HLD change belongs to. update-hld and rollback write
 * them into the commit they make and into the pull request's description; every forge's merge
 * keeps one of the two (a merge or rebase keeps the commit, a squash takes the commit message or
 * the description), so record-deployment finds the deployment whatever commit the merge made.
 */
const TRAILERS = {
    service: 'Ringway-Service',
    ring: 'Ringway-Ring',
    tag: 'Ringway-Image-Tag',
    /** A rollback: the deployment it replaces. */
    rollbackOf: 'Ringway-Rollback-Of',
};
/** Longest trailer value kept: far past any service, ring, tag or row key. */
const MAX_VALUE = 200;
/**
 * One line of plain text: line breaks and other control characters become spaces, runs of
 * blanks one space, cut at MAX_VALUE. A value cannot start another trailer or paragraph.
 */
function trailerValue(value) {
    return value
        .replace(/[\x00-\x1f\x7f\u0085\u2028\u2029]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, MAX_VALUE)
        .trim();
}
/** The trailer lines for the values known; an empty value gives no line. */
function formatTrailers(key) {
    return Object.keys(TRAILERS).flatMap((k) => {
        const v = trailerValue(key[k] ?? '');
        return v ? [`${TRAILERS[k]}: ${v}`] : [];
    });
}
const BY_NAME = new Map(Object.entries(TRAILERS).map(([k, name]) => [name.toLowerCase(), k]));
/** The deployment key of one paragraph's trailer lines; undefined when it has none. */
function parseTrailers(paragraph) {
    let key;
    for (const line of paragraph.split(/\r?\n/)) {
        const m = /^\s*(Ringway-[A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
        const k = m && BY_NAME.get(m[1].toLowerCase());
        if (!m || !k)
            continue;
        const v = trailerValue(m[2]);
        if (v)
            (key ??= {})[k] = v;
    }
    return key;
}

;// CONCATENATED MODULE: ./lib/telemetry/merge-messages.ts

/**
 * The pull request number in a forge's default merge title (the first line of a message):
 * GitHub's merge commit "Merge pull request #12 from owner/branch", GitHub's squash "<title> (#12)",
 * Azure DevOps' merge, squash and semi-linear merge "Merged PR 12: <title>", Gitea's (and Forgejo's)
 * merge and rebase-merge "Merge pull request '<title>' (#12) from <branch> into <target>" (its squash
 * is "<title> (#12)", as GitHub's).
 */
function pullRequestOfTitle(line) {
    const m = /^Merge pull request #(\d+) from \S/.exec(line) ??
        /^Merged PR (\d+): /.exec(line) ??
        /^Merge pull request '.*' \(#(\d+)\) from \S/.exec(line) ??
        (/^\* /.test(line) ? null : /\S.*\(#(\d+)\)\s*$/.exec(line));
    return m?.[1];
}
/**
 * The clues in commit messages. Each text is one message or several separated by blank lines
 * (`git log --format=%B`): a paragraph whose first line is a merge title starts a message, and
 * trailers that follow in the same text belong to its pull request.
 */
function mergeClues(texts) {
    const out = [];
    for (const text of texts) {
        let current;
        for (const paragraph of text.split(/\r?\n[ \t]*(?:\r?\n)+/)) {
            const pr = pullRequestOfTitle(paragraph.trimStart().split(/\r?\n/)[0]);
            if (pr)
                out.push((current = { pr }));
            const key = parseTrailers(paragraph);
            if (!key)
                continue;
            if (current && !current.key)
                current.key = key;
            else
                out.push({ key });
        }
    }
    // The same clue twice (a commit in the payload's list and as its head commit): once.
    const seen = new Set();
    return out.filter((c) => {
        const id = JSON.stringify(c);
        return !seen.has(id) && Boolean(seen.add(id));
    });
}
/** For warnings: what the clues asked for. */
function describeClues(clues) {
    if (!clues.length)
        return 'no pull request number or Ringway trailer in them';
    return clues
        .map((c) => [
        c.pr ? `pull request ${c.pr}` : '',
        c.key
            ? `${c.key.service ?? '?'} to ${c.key.ring ?? '?'} at ${c.key.tag ?? '?'}${c.key.rollbackOf ? ` (rollback of ${c.key.rollbackOf})` : ''}`
            : '',
    ]
        .filter(Boolean)
        .join(': '))
        .join('; ');
}

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
const STAGES = [
    'image-built',
    'hld-updated',
    'pr-merged',
    'manifests-generated',
    'manifests-pushed',
    'cluster-synced',
    'sync-failed',
    'gate-rejected',
    'rollback',
];
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

;// CONCATENATED MODULE: ./lib/telemetry/record.ts


/**
 * Which stage bedrock-cli's `deployment create` options describe: p1 → image built, p2 → HLD
 * updated, p3 with a manifest commit → manifests pushed, p3 alone → manifests generated; ringway
 * adds pr-merged and cluster-synced, named with `stage`.
 */
function stageOf(explicit, f) {
    if (explicit) {
        if (!STAGES.includes(explicit))
            throw new errors/* UsageError */.eb(`stage must be one of ${STAGES.join(', ')}, got '${explicit}'`);
        return explicit;
    }
    if (f.p1)
        return 'image-built';
    if (f.p2)
        return 'hld-updated';
    if (f.p3 && f.manifestCommitId)
        return 'manifests-pushed';
    if (f.p3)
        return 'manifests-generated';
    throw new errors/* UsageError */.eb("nothing to record: give 'p1' (image built), 'p2' (HLD updated), 'p3' (manifests), or name the 'stage'");
}
/** The columns each stage must have (checkRequired); tests build their histories from it. */
const REQUIRED = {
    'image-built': ['p1', 'imageTag', 'commitId', 'service'],
    'hld-updated': ['p2', 'imageTag', 'hldCommitId', 'env'],
    'pr-merged': ['pr'],
    'manifests-generated': ['p3', 'hldCommitId'],
    'manifests-pushed': ['manifestCommitId'],
    'cluster-synced': ['manifestCommitId'],
    'sync-failed': ['manifestCommitId'],
    'gate-rejected': ['imageTag', 'env'],
    rollback: ['imageTag', 'env', 'hldCommitId'],
};
const INPUT_NAME = {
    imageTag: 'image-tag',
    commitId: 'commit-id',
    hldCommitId: 'hld-commit-id',
    manifestCommitId: 'manifest-commit-id',
};
function checkRequired(r) {
    for (const k of REQUIRED[r.stage])
        if (!r.fields[k])
            throw new errors/* UsageError */.eb(`stage ${r.stage} needs '${INPUT_NAME[k] ?? k}'`);
}
/** Ids each stage looks its row up by, strongest first (the ids bedrock-cli used come first). */
const LOOKUP = {
    'image-built': ['imageTag'],
    'hld-updated': ['pr', 'hldCommitId', 'p2'],
    'pr-merged': ['pr', 'hldCommitId', 'p2', 'p3', 'manifestCommitId'],
    'manifests-generated': ['hldCommitId', 'pr', 'p3', 'p2', 'manifestCommitId'],
    'manifests-pushed': ['p3', 'manifestCommitId', 'hldCommitId', 'pr', 'p2'],
    'cluster-synced': ['manifestCommitId', 'p3', 'hldCommitId', 'pr', 'p2'],
    'sync-failed': ['manifestCommitId', 'p3', 'hldCommitId', 'pr', 'p2'],
    // The deployment's own ids when given, else its tag and ring (below).
    'gate-rejected': ['p2', 'pr', 'p3', 'manifestCommitId', 'hldCommitId'],
    // A rollback is always a new deployment; only a re-run of the same rollback finds its row.
    rollback: ['hldCommitId', 'pr'],
};
/**
 * The queries a stage looks its row up by. The image tag alone only finds the image's own row
 * (image-built), never a ring's: every ring of a tag shares it.
 */
function lookups(r) {
    const f = r.fields;
    const out = LOOKUP[r.stage].filter((k) => f[k]).map((k) => ({ [k]: f[k] }));
    if (r.stage === 'hld-updated' && f.imageTag)
        out.push({ imageTag: f.imageTag });
    if (r.stage === 'gate-rejected')
        out.push({ imageTag: f.imageTag, env: f.env });
    return out;
}
/**
 * A row this record may complete: nothing in it contradicts the record, and it is the same
 * deployment — linked by one of its ids, or (image-built, hld-updated) the image's own row.
 */
function fits(row, r, rank) {
    if (contradicts(row, r.fields, rank))
        return false;
    if (r.stage === 'image-built')
        return sameTag(row, r.fields) && (!r.fields.env || row.env === r.fields.env || (imageOnly(row) && !row.env));
    if (r.stage === 'gate-rejected')
        return sameTag(row, r.fields) && row.env === r.fields.env;
    return linked(row, r.fields) || (r.stage === 'hld-updated' && imageOnly(row) && sameTag(row, r.fields));
}
/** The row has these values (as the table service compares them: exactly). */
const matches = (row, where) => Object.entries(where).every(([k, v]) => row[k] === v);
const sameTag = (row, f) => Boolean(row.imageTag && f.imageTag && row.imageTag.toLowerCase() === f.imageTag.toLowerCase());
/** Spektate's RowKey: a v4 uuid with the first '-' removed, cut to 12 characters. */
function newRowKey() {
    return globalThis.crypto.randomUUID().replace('-', '').slice(0, 12);
}
/**
 * Records one stage: finds the deployment row by the stage's ids (as bedrock-cli does), or starts
 * one, and writes only if the row is unchanged since it was read (ETag), retrying on 412. Then
 * folds in any row a concurrent writer started for the same deployment, so stages recorded in any
 * order, at the same time, end in one row.
 */
async function recordStage(store, r, now = new Date()) {
    return (await recordStageRows(store, r, now))[0];
}
/**
 * Stages of one manifest-generation run: every deployment its run id or HLD commit names is in
 * the manifests it rendered (several pull requests merged before one run).
 */
const MANIFEST_STAGES = new Set(['manifests-generated', 'manifests-pushed']);
/** Stages a cluster reports: about every deployment the synced manifests hold, not one row. */
const SYNC_STAGES = new Set(['cluster-synced', 'sync-failed']);
/**
 * {@link recordStage}, returning every row written. A sync stage marks every deployment of the ring
 * its ids name — two services pushed in one manifest commit, or a push that found the manifests
 * unchanged and kept the earlier commit — as the operator-event path does; ids that name
 * deployments to several rings without an `env` are an error, not a guess at the ring.
 */
async function recordStageRows(store, r, now = new Date()) {
    const rank = rankOf(r.stage);
    // Only what this stage knows: an empty input must not blank a value copied from elsewhere.
    // A reject only marks the deployment: the ids it was named by find it, and are not written.
    const given = Object.fromEntries(Object.entries(r.fields).filter(([k, v]) => v && !(r.stage === 'gate-rejected' && LINKS.includes(k))));
    const fields = { ...given, [STAGE_TIME[r.stage]]: now.toISOString() };
    // Whether a write of this call could tie rows together (a row inserted, an id added): then the
    // rows written are folded, on a retry too (the write landed, a conflict interrupted the fold).
    let foldOwed = false;
    for (let attempt = 1;; attempt++) {
        try {
            const byKey = (x, y) => (x.rowKey < y.rowKey ? -1 : 1);
            let targets = [];
            let by = {};
            const wheres = [...(r.rowKey ? [{ rowKey: r.rowKey }] : []), ...lookups(r)];
            const found = (await store.findAny(wheres)).sort(byKey);
            for (const where of wheres) {
                const own = where.rowKey;
                targets = found.filter((row) => own ? row.rowKey === own && !contradicts(row, r.fields, rank) : matches(row, where) && fits(row, r, rank));
                by = where;
                if (targets.length)
                    break;
            }
            // A tag deployed to a ring twice: a reject is about the latest deployment of it there.
            if (r.stage === 'gate-rejected')
                targets.sort(newestFirst);
            // The image's build columns belong to every ring's row of the tag; a sync to every deployment
            // it names in one ring; any other stage to one row.
            if (SYNC_STAGES.has(r.stage)) {
                const rings = [...new Set(targets.map((t) => (t.env ?? '').toLowerCase()).filter(Boolean))].sort();
                if (rings.length > 1) {
                    const [key, value] = Object.entries(by)[0];
                    throw new errors/* UsageError */.eb(`${INPUT_NAME[key] ?? key} ${value} names deployments to rings ${rings.join(', ')}: give 'env' (the ring the cluster runs)`);
                }
            }
            else if (r.stage !== 'image-built' && !(MANIFEST_STAGES.has(r.stage) && ('p3' in by || 'hldCommitId' in by)))
                targets = targets.slice(0, 1);
            let written;
            if (targets.length) {
                written = [];
                for (const target of targets) {
                    const c = changes(target, fields, rank);
                    await store.update(target, c.set, c.ranks);
                    if (joins(target, c))
                        foldOwed = true;
                    written.push({ ...target, ...c.set });
                }
            }
            else if (r.stage === 'gate-rejected') {
                // A reject marks a deployment that exists; it never starts one.
                throw new errors/* RingwayError */.Sy(`no deployment of image tag ${r.fields.imageTag} to ${r.fields.env} is recorded to mark as rejected`);
            }
            else {
                // Another ring of a known image: start its row from what is known of the image (bedrock-cli).
                // The lookup read every row of the tag already (hld-updated looks up by it).
                const template = r.stage === 'hld-updated' && fields.imageTag
                    ? found
                        .filter((row) => row.imageTag === fields.imageTag)
                        .filter((row) => row.p1 && !contradicts(row, { p1: fields.p1 }, rank))
                        .sort(byKey)
                        .pop()
                    : undefined;
                const base = template
                    ? {
                        commitId: template.commitId,
                        p1: template.p1,
                        service: template.service,
                        sourceRepo: template.sourceRepo,
                        imageBuiltAt: template.imageBuiltAt,
                        commitTime: template.commitTime,
                        author: template.author,
                    }
                    : {};
                const c = changes({ partitionKey: '', rowKey: '' }, { ...base, ...fields }, rank);
                written = [await store.insert(c.set, c.ranks, newRowKey())];
                foldOwed = true;
            }
            if (foldOwed)
                for (const w of SYNC_STAGES.has(r.stage) || MANIFEST_STAGES.has(r.stage) ? written : written.slice(0, 1))
                    await foldDuplicates(store, w);
            return written;
        }
        catch (err) {
            const status = err.statusCode;
            if ((status === 412 || status === 409 || status === 404) && attempt < 30) {
                await new Promise((res) => setTimeout(res, Math.random() * 50 * Math.min(attempt, 6)));
                continue;
            }
            throw err;
        }
    }
}
/** Columns that decide which rows are one deployment ({@link compatible}) and that the fold looks rows up by. */
const JOINING = new Set([...IDENTITY, ...LINKS]);
/**
 * Whether a write can make `row` one deployment with a row it was not one with before: it sets an
 * id (or the tag, ring, run), or changes which stage the HLD commit counts as. A write that adds
 * only stage times and details cannot, so it needs no fold: a duplicate sharing an id the row
 * already had is folded by whichever of the two writers came second (the one that gave the row
 * that id folds after its write; the one that started the duplicate, after its insert).
 */
function joins(row, c) {
    return Object.keys(c.set).some((k) => JOINING.has(k)) || (ranks(row).hldCommitId ?? 0) !== (c.ranks.hldCommitId ?? 0);
}
/**
 * Merges rows that describe the same deployment into the oldest-keyed one and deletes the rest; a
 * row that only knows the image is folded into every ring's row of that tag.
 */
async function foldDuplicates(store, row) {
    const seen = new Map();
    for (const r of await store.findAny(['imageTag', ...LINKS].map((k) => ({ [k]: row[k] }))))
        seen.set(r.rowKey, r);
    const mine = seen.get(row.rowKey);
    if (!mine)
        return;
    const others = [...seen.values()].filter((o) => o.rowKey !== mine.rowKey && compatible(mine, o));
    const image = imageOnly(mine) ? mine : others.find((o) => imageOnly(o));
    const rings = [...seen.values()].filter((o) => o !== image && !imageOnly(o) && image && compatible(image, o));
    if (image && rings.length) {
        for (const ring of rings) {
            const merged = fold(ring, image);
            await store.update(ring, merged.set, merged.ranks);
        }
        await store.remove(image);
        return image === mine ? undefined : foldDuplicates(store, { ...row, etag: undefined });
    }
    const other = others.find((o) => !imageOnly(o) || imageOnly(mine));
    if (!other)
        return adoptImage(store, mine, [...seen.values()]);
    const [keep, drop] = mine.rowKey < other.rowKey ? [mine, other] : [other, mine];
    const merged = fold(keep, drop);
    await store.update(keep, merged.set, merged.ranks);
    await store.remove(drop);
    return foldDuplicates(store, { ...row, rowKey: keep.rowKey });
}
const IMAGE_COLUMNS = ['commitId', 'p1', 'service', 'sourceRepo', 'imageBuiltAt', 'commitTime'];
/**
 * A ring's row started before its tag's build was known to it (stages in any order): the build
 * columns come from another row of the same tag, as bedrock-cli copies them to a second ring.
 */
async function adoptImage(store, row, rows) {
    if (!row.imageTag || row.p1)
        return;
    const donor = rows.find((o) => o.p1 && o.imageTag === row.imageTag && !(imageOnly(o) && o.env && o.env !== row.env));
    if (!donor)
        return;
    const from = Object.fromEntries(IMAGE_COLUMNS.map((k) => [k, donor[k]]));
    const c = changes(row, from, 1);
    if (Object.keys(c.set).length)
        await store.update(row, c.set, c.ranks);
}

;// CONCATENATED MODULE: ./lib/telemetry/merge-join.ts




/** Stages recorded once the HLD pull request merged: their hld-commit-id is the forge's commit. */
const AFTER_MERGE = new Set(['pr-merged', 'manifests-generated', 'manifests-pushed']);
/**
 * The merge join. A stage after the merge names the HLD commit the forge made (a merge commit, a
 * squash, a rebased commit), which no row carries yet; the deployment(s) it brought are found from
 * the messages of the commits the build brings (Ringway trailers, the pull request number in the
 * forge's merge title), and each gets pr-merged (its HLD commit becomes the merged one, so the
 * next stages find it) and then this stage. Undefined when the stage is not such a stage, or a
 * row already carries the commit (or the pull request given): the ids find the row as usual.
 */
async function recordAcrossMerge(store, r, messages, now = new Date()) {
    const f = r.fields;
    if (!AFTER_MERGE.has(r.stage) || !f.hldCommitId)
        return undefined;
    if ((await store.findAny([{ hldCommitId: f.hldCommitId }, ...(f.pr ? [{ pr: f.pr }] : [])])).length)
        return undefined;
    const texts = await messages();
    const clues = mergeClues(texts);
    const found = await deploymentsOf(store, clues);
    if (!found.length) {
        const keys = clues.filter((c) => c.key?.ring && c.key.tag).map((c) => c.key);
        const one = keys.length === 1 ? keys[0] : undefined;
        const named = one
            ? { env: one.ring?.toLowerCase(), imageTag: one.tag, ...(one.service ? { service: one.service } : {}) }
            : {};
        return { rows: [], lookedFor: `${texts.length} commit message(s): ${describeClues(clues)}`, named };
    }
    const rows = [];
    for (const { row, pr } of found) {
        // The pull request number from the merge title fills an empty column; it never replaces one.
        const merged = {
            hldCommitId: f.hldCommitId,
            ...(pr && !row.pr ? { pr } : {}),
            ...(f.mergedBy ? { mergedBy: f.mergedBy } : {}),
            ...(f.hldRepo ? { hldRepo: f.hldRepo } : {}),
        };
        let [written] = await recordStageRows(store, { stage: 'pr-merged', fields: merged, rowKey: row.rowKey }, now);
        if (r.stage !== 'pr-merged')
            [written] = await recordStageRows(store, {
                ...r,
                fields: { ...f, ...(f.pr && row.pr && f.pr !== row.pr ? { pr: undefined } : {}) },
                rowKey: written.rowKey,
            }, now);
        rows.push(written);
    }
    return { rows, lookedFor: '', named: {} };
}
/**
 * The deployment each clue names, once each: trailers (service, ring, tag) find the open
 * deployment of that service and tag in that ring, newest first (a rollback's own row first); a
 * pull request number finds the open deployment whose pull request it is.
 */
async function deploymentsOf(store, clues) {
    const out = new Map();
    const byRing = new Map();
    const ring = (env) => {
        if (!byRing.has(env))
            byRing.set(env, store.find({ env }));
        return byRing.get(env);
    };
    for (const c of clues) {
        let row;
        const k = c.key;
        if (k?.ring && k.tag) {
            const tag = k.tag.toLowerCase();
            const candidates = (await ring(k.ring.toLowerCase())).filter((x) => merge_join_open(x) && merge_join_sameTag(x.imageTag, tag) && (!k.service || matchesService(x, k.service)));
            // A rollback's trailer names the deployment it replaced; an update's names none.
            const own = (x) => (k.rollbackOf ? x.rollbackOf === k.rollbackOf : !x.rollbackOf);
            row = [...candidates.filter(own).sort(newestFirst), ...candidates.filter((x) => !own(x)).sort(newestFirst)][0];
        }
        if (!row && c.pr)
            row = (await store.find({ pr: c.pr })).filter(merge_join_open).sort(newestFirst)[0];
        if (row && !out.has(row.rowKey))
            out.set(row.rowKey, { row, pr: c.pr });
    }
    return [...out.values()];
}
/** A deployment to a ring whose pull request has not merged yet (as far as the table knows). */
function merge_join_open(row) {
    return Boolean(row.env) && !row.prMergedAt && !row.p3 && !row.manifestCommitId;
}
/** The row's tag is this tag, or Bedrock's `<repo-service>:<tag>` form of it. */
function merge_join_sameTag(rowTag, tag) {
    const t = (rowTag ?? '').toLowerCase();
    return t === tag || t.endsWith(`:${tag}`);
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = require("node:fs/promises");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
;// CONCATENATED MODULE: ./lib/fs/temp.ts


/**
 * Removes a temporary folder of ours, retrying while something still writes into it (a git that
 * was slow to exit, an antivirus scan). A folder that cannot be removed is reported through `warn`
 * and left: cleanup never turns a step that did its work into a failure.
 */
async function removeTempDir(dir, warn) {
    try {
        await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true, maxRetries: 6, retryDelay: 100 });
    }
    catch (err) {
        warn?.(`could not remove temporary folder ${dir}: ${err.code ?? err.message}`);
    }
}
/** Whether a process with this id runs on this machine (EPERM: it runs, as another user). */
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/**
 * Removes `.ringway-staging-<pid>-*` folders in `dir` whose generate is gone (killed, out of memory,
 * runner cancelled), and unnamed ones from before staging carried a pid. A running generate's
 * staging folder is left alone.
 */
async function removeStaleStaging(dir, warn) {
    const names = await readdir(dir).catch(() => []);
    for (const name of names) {
        const m = /^\.ringway-staging-(?:(\d+)-)?/.exec(name);
        if (!m)
            continue;
        if (m[1] && alive(Number(m[1])))
            continue;
        await removeTempDir(join(dir, name), warn);
    }
}

;// CONCATENATED MODULE: ./lib/git/repo.ts







/** The branch of a remote whose HEAD names no branch (an empty repository): git's own default. */
const FALLBACK_BRANCH = 'main';
/**
 * Config for every git command in our temporary clones: no background `gc --auto`/maintenance
 * (it would race the removal of the folder once the step is done), and never the `ext::`
 * transport, which runs commands.
 */
const TEMP_CLONE_CONFIG = ['-c', 'gc.auto=0', '-c', 'maintenance.auto=false', '-c', 'protocol.ext.allow=never'];
/**
 * A working copy of one branch of one remote. Network commands carry the token through the
 * environment (see auth.ts); nothing credential-bearing is ever written to the repository.
 */
class GitRepo {
    dir;
    url;
    branch;
    branchExists;
    token;
    identity;
    depth;
    /** Without a working tree: the commit a change starts from ('' for a root commit). */
    base = '';
    /**
     * The remote-tracking ref the working copy's change starts from: the branch's, the default
     * branch's for a new branch, '' in an empty repository (set by syncToRemote and fetchTip).
     */
    tipRef = '';
    announcedDefault;
    synced = false;
    /** Cloned without blobs (`--filter=blob:none`): nothing it does may need the remote's files. */
    partial = false;
    constructor(dir, url, branch, 
    /** False when the branch does not exist on the remote yet (first push creates it). */
    branchExists, token, 
    /** Author and committer of the commits made here. */
    identity, depth) {
        this.dir = dir;
        this.url = url;
        this.branch = branch;
        this.branchExists = branchExists;
        this.token = token;
        this.identity = identity;
        this.depth = depth;
    }
    static async checkout(opts) {
        checkRepoUrl(opts.url, 'repository URL');
        const given = opts.branch ? checkBranch(opts.branch, 'branch') : '';
        await mkdir(opts.dir, { recursive: true });
        const depth = opts.depth ?? 1;
        const cloned = await GitRepo.clone(opts, given, depth);
        if (cloned instanceof GitRepo)
            return cloned;
        // The clone kept (without a working tree) when the remote's HEAD names no commit: it is an
        // initialized repository with its remote, and ls-remote would find no default branch either.
        if (cloned !== 'unborn') {
            await exec('git', ['init', '-q', opts.dir]);
            await exec('git', ['remote', 'add', '--end-of-options', 'origin', opts.url], { cwd: opts.dir });
        }
        const probe = new GitRepo(opts.dir, opts.url, '', false, opts.token, opts.identity, depth);
        if (cloned === 'unborn')
            probe.announcedDefault = Promise.resolve(FALLBACK_BRANCH);
        const branch = given || (await probe.defaultBranch());
        const repo = new GitRepo(opts.dir, opts.url, branch, false, opts.token, opts.identity, depth);
        repo.announcedDefault = probe.announcedDefault;
        repo.partial = cloned === 'unborn';
        if (opts.worktree === false)
            await repo.fetchBase();
        else
            await repo.syncToRemote();
        return repo;
    }
    /**
     * The common case in one command: `git clone` of the branch (or of the remote's default branch)
     * asks for the refs, fetches and checks out in one connection, where init, remote, ls-remote,
     * fetch and checkout took five commands and two connections. Without a working tree the clone
     * checks nothing out and asks for commits and trees only (`--filter=blob:none`: a change built
     * as a tree never reads the old files); a server that refuses the filter sends the blobs too,
     * with the same result. Not a repository when the remote has no such branch or no commit at all:
     * checkout then starts the branch as it always did, in the folder emptied again, or for
     * 'unborn' (no working tree, the remote's HEAD names no commit) in the clone as it is.
     */
    static async clone(opts, given, depth) {
        const probe = new GitRepo(opts.dir, opts.url, given, false, opts.token, opts.identity, depth);
        const bare = opts.worktree === false;
        const branchArgs = given ? ['--branch', given] : [];
        const cloned = await probe.git([
            'clone',
            '-q',
            '--no-tags',
            '--single-branch',
            `--depth=${depth}`,
            ...(bare ? ['--no-checkout', '--filter=blob:none'] : []),
            ...branchArgs,
            '--end-of-options',
            opts.url,
            '.',
        ], { network: true, allowFailure: true });
        if (cloned.code !== 0 && !/Remote branch .* not found/i.test(cloned.stderr))
            throw classifyNetworkError(opts.url, new ExecError('git clone', cloned));
        // An empty repository clones with no commit: HEAD does not resolve.
        const head = cloned.code === 0 ? await probe.readHead() : undefined;
        const { commit, ref } = head ?? {};
        if (!commit || !ref?.startsWith('refs/heads/') || (given && ref !== `refs/heads/${given}`)) {
            if (bare && cloned.code === 0 && !commit)
                return 'unborn';
            for (const name of await readdir(opts.dir))
                await rm(join(opts.dir, name), { recursive: true, force: true });
            return undefined;
        }
        // The server's answer is untrusted: its branch name passes the same rules as an input's.
        const branch = given || checkRef(ref.slice('refs/heads/'.length), `the default branch announced by ${displayUrl(opts.url)}`);
        const repo = new GitRepo(opts.dir, opts.url, branch, true, opts.token, opts.identity, depth);
        if (!given)
            repo.announcedDefault = Promise.resolve(branch);
        repo.synced = true;
        repo.tipRef = `refs/remotes/origin/${branch}`;
        if (bare)
            repo.base = commit;
        repo.partial = bare;
        return repo;
    }
    /**
     * HEAD of a new clone, its commit and the ref it names ('HEAD' when detached; undefined when it
     * names no commit), read from the files clone wrote (HEAD, the branch's loose or packed ref)
     * rather than by a rev-parse process; rev-parse reads whatever else it finds.
     */
    async readHead() {
        const text = (path) => readFile(join(this.dir, '.git', path), 'utf8').then((s) => s, () => '');
        const id = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
        const head = (await text('HEAD')).trim();
        if (id.test(head))
            return { commit: head, ref: 'HEAD' };
        const ref = /^ref: (refs\/heads\/\S+)$/.exec(head)?.[1];
        if (ref && !ref.split('/').includes('..')) {
            const loose = (await text(ref)).trim();
            if (id.test(loose))
                return { commit: loose, ref };
            const packed = (await text('packed-refs')).split('\n').find((l) => l.endsWith(` ${ref}`));
            const commit = packed?.split(' ')[0];
            if (commit && id.test(commit))
                return { commit, ref };
            if (!loose)
                return undefined;
        }
        const parsed = await this.git(['rev-parse', 'HEAD', '--symbolic-full-name', 'HEAD'], { allowFailure: true });
        if (parsed.code !== 0)
            return undefined;
        const [commit, full] = parsed.stdout.trim().split('\n');
        return commit ? { commit, ref: full ?? '' } : undefined;
    }
    /** Runs git in the working copy. `network` adds the auth header and classifies failures. */
    async git(args, opts = {}) {
        const env = {
            ...opts.env,
            ...(opts.network ? gitAuthEnv(this.url, this.token) : { GIT_TERMINAL_PROMPT: '0' }),
            GIT_AUTHOR_NAME: this.identity.name,
            GIT_AUTHOR_EMAIL: this.identity.email,
            GIT_COMMITTER_NAME: this.identity.name,
            GIT_COMMITTER_EMAIL: this.identity.email,
            // A pipeline has no use for the user's global git config (signing, hooks, helpers).
            GIT_CONFIG_NOSYSTEM: '1',
        };
        try {
            return await exec('git', [
                '-c',
                'credential.helper=',
                '-c',
                'core.hooksPath=/dev/null',
                '-c',
                'commit.gpgsign=false',
                ...TEMP_CLONE_CONFIG,
                ...args,
            ], {
                cwd: this.dir,
                env,
                input: opts.input,
                allowFailure: opts.allowFailure,
                label: `git ${args[args[0] === '-c' ? 2 : 0]}`,
                // A server that accepts and never answers must not hang the step.
                ...(opts.network
                    ? { timeout: { ms: networkTimeoutMs(), service: `git server ${displayUrl(this.url)}` } }
                    : {}),
            });
        }
        catch (err) {
            if (opts.network && err instanceof ExecError)
                throw classifyNetworkError(this.url, err);
            throw err;
        }
    }
    async defaultBranch() {
        // Asked once per run: a checkout without a branch input and a new branch's start ask the same.
        this.announcedDefault ??= this.askDefaultBranch();
        return this.announcedDefault;
    }
    async askDefaultBranch() {
        const { stdout } = await this.git(['ls-remote', '--symref', '--end-of-options', 'origin', 'HEAD'], {
            network: true,
        });
        const m = /^ref: refs\/heads\/(\S+)\s+HEAD/m.exec(stdout);
        // The server's answer is untrusted: its branch name passes the same rules as an input's.
        return m ? checkRef(m[1], `the default branch announced by ${displayUrl(this.url)}`) : FALLBACK_BRANCH;
    }
    /**
     * Fetches the remote's `branch` into `refs/remotes/origin/<branch>`: its last `depth` commits,
     * or without a depth whatever history is missing. With allowFailure a branch the remote does
     * not have is a non-zero code, not an error.
     */
    async fetchBranch(branch, opts = {}) {
        const depth = opts.depth === undefined ? [] : [`--depth=${opts.depth}`];
        return this.git(['fetch', '-q', '--no-tags', ...depth, 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`], { network: true, allowFailure: opts.allowFailure });
    }
    /** Fetches `branch`; false when the remote has no such branch (any other failure is an error). */
    async fetchIfExists(branch) {
        const fetched = await this.fetchBranch(branch, { depth: this.depth, allowFailure: true });
        if (fetched.code === 0)
            return true;
        if (!/couldn't find remote ref|could not find remote ref/i.test(fetched.stderr))
            throw classifyNetworkError(this.url, new ExecError('git fetch', fetched));
        return false;
    }
    /**
     * Without a working tree: fetches the branch tip, or for a branch the remote does not have yet
     * the default branch's tip (a new branch starts there, as in syncToRemote), or nothing in an
     * empty repository. Sets and returns `base`.
     */
    async fetchBase() {
        this.branchExists = await this.fetchIfExists(this.branch);
        let from = this.branchExists ? this.branch : '';
        if (!this.branchExists) {
            const dflt = await this.defaultBranch();
            if (dflt !== this.branch && (await this.fetchIfExists(dflt)))
                from = dflt;
        }
        this.base = from ? await this.fetchedTip() : '';
        return this.base;
    }
    /** The commit the last fetch brought, as FETCH_HEAD records it: a file read, not a rev-parse. */
    async fetchedTip() {
        const m = /^([0-9a-f]{40}|[0-9a-f]{64})\t/.exec(await readFile(join(this.dir, '.git', 'FETCH_HEAD'), 'utf8'));
        if (!m)
            throw new RingwayError(`git fetch from ${displayUrl(this.url)} recorded no commit`);
        return m[1];
    }
    /** Makes the working copy exactly the remote branch tip (or an empty orphan branch). */
    async syncToRemote() {
        if (await this.fetchIfExists(this.branch)) {
            this.branchExists = true;
            await this.checkoutTip(`refs/remotes/origin/${this.branch}`);
            return;
        }
        this.branchExists = false;
        // A new branch starts from the remote's default branch (as `git checkout -b` after a clone
        // does); only an empty repository gets an orphan branch.
        const base = await this.defaultBranch();
        if (base !== this.branch) {
            if (await this.fetchIfExists(base)) {
                await this.checkoutTip(`refs/remotes/origin/${base}`);
                return;
            }
        }
        this.tipRef = '';
        const head = await this.git(['rev-parse', '--verify', '-q', 'HEAD'], { allowFailure: true });
        if (head.code === 0) {
            await this.git(['checkout', '-q', '--orphan', `ringway-tmp-${Date.now()}`]);
        }
        await this.git(['checkout', '-q', '--orphan', this.branch], { allowFailure: true });
        await this.git(['rm', '-q', '-rf', '--cached', '--ignore-unmatch', '.']);
        await this.cleanUntracked();
    }
    /** Makes the working copy (index and files) exactly `ref`, on the local branch. */
    async checkoutTip(ref) {
        // -f: index and files become the tip's, as `reset --hard` would, in the same command.
        await this.git(['checkout', '-q', '-f', '-B', this.branch, ref]);
        await this.cleanUntracked();
        this.tipRef = ref;
    }
    /**
     * After a lost race, without touching the working copy: fetches what was pushed to the branch
     * since the last fetch (no depth: only the commits missing above the tip already here, not a
     * new shallow history), or for a branch the remote does not have, its start as syncToRemote
     * takes it. Sets and returns `tipRef`.
     */
    async fetchTip() {
        const fetched = await this.fetchBranch(this.branch, { allowFailure: true });
        if (fetched.code === 0) {
            this.branchExists = true;
            this.tipRef = `refs/remotes/origin/${this.branch}`;
            return this.tipRef;
        }
        if (!/couldn't find remote ref|could not find remote ref/i.test(fetched.stderr))
            throw classifyNetworkError(this.url, new ExecError('git fetch', fetched));
        this.branchExists = false;
        const dflt = await this.defaultBranch();
        this.tipRef = dflt !== this.branch && (await this.fetchIfExists(dflt)) ? `refs/remotes/origin/${dflt}` : '';
        return this.tipRef;
    }
    /**
     * The commit at `ref` and the named files in it (paths from the root, with `/`), read without a
     * checkout: two git commands however many files. Undefined when git's own checkout must decide
     * what a path is: a folder on the way is a link or a file, or a file is a link or a submodule.
     * `ref` '' is an empty repository: no commit, no files.
     */
    async readFiles(ref, paths) {
        const files = new Map(paths.map((p) => [p, undefined]));
        if (!ref)
            return { commit: '', files };
        // A folder of a path that is a tree is walked, and its other entries are listed beside the
        // paths asked for (skipped); a folder listed itself is a link, a file or a submodule.
        const folders = new Set(paths.flatMap((p) => p
            .split('/')
            .slice(0, -1)
            .map((_, i, a) => a.slice(0, i + 1).join('/'))));
        const listed = await this.git(['ls-tree', '-z', '--full-tree', ref, '--', ...folders, ...paths]);
        const blobs = [];
        for (const entry of listed.stdout.split('\0').filter(Boolean)) {
            const m = /^(\d{6}) (\w+) ([0-9a-f]{40,64})\t(.*)$/s.exec(entry);
            if (!m || folders.has(m[4]))
                return undefined;
            if (!files.has(m[4]))
                continue;
            if (m[1] !== '100644' && m[1] !== '100755')
                return undefined;
            blobs.push({ path: m[4], mode: m[1], oid: m[3] });
        }
        // One `cat-file --batch`: the blobs, then the commit (only its header line is read).
        const out = await this.git(['cat-file', '--batch'], { input: [...blobs.map((b) => b.oid), ref, ''].join('\n') });
        const raw = out.stdoutBytes;
        let at = 0;
        const next = () => {
            const eol = raw.indexOf(0x0a, at);
            const m = eol < 0 ? null : /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(raw.subarray(at, eol).toString());
            if (!m)
                return undefined;
            const end = eol + 1 + Number(m[3]);
            if (raw[end] !== 0x0a)
                return undefined;
            at = end + 1;
            return { oid: m[1], body: raw.subarray(eol + 1, end) };
        };
        for (const b of blobs) {
            const o = next();
            if (!o || o.oid !== b.oid)
                return undefined;
            files.set(b.path, { mode: b.mode, content: Buffer.from(o.body) });
        }
        const commit = next()?.oid;
        return commit ? { commit, files } : undefined;
    }
    /** Removes files the last attempt left; the first sync of a new clone has none to remove. */
    async cleanUntracked() {
        if (this.synced)
            await this.git(['clean', '-q', '-fdx']);
        this.synced = true;
    }
    async head() {
        const r = await this.git(['rev-parse', '--verify', '-q', 'HEAD'], { allowFailure: true });
        return r.code === 0 ? r.stdout.trim() : '';
    }
    /** Stages everything under `paths` (default: all) and reports whether anything differs from HEAD. */
    async stage(paths = ['.']) {
        await this.git(['add', '-A', '--', ...paths]);
        const r = await this.git(['status', '--porcelain', '--', ...paths]);
        return r.stdout.trim() !== '';
    }
    /** Commits the staged change; the message is passed on stdin, so it can be any length. */
    async commit(message) {
        await this.git(['commit', '-q', '--no-verify', '-F', '-'], { input: message });
        return this.head();
    }
    /** Pushes HEAD (or `commit`) to the branch. Returns false when the remote rejected it as not fast-forward. */
    async push(targetBranch = this.branch, opts = {}) {
        const args = [
            'push',
            '--porcelain',
            // A thin pack deltas against the remote's blobs, which a clone without them then fetches.
            ...(this.partial ? ['--no-thin'] : []),
            'origin',
            `${opts.force ? '+' : ''}${opts.commit ?? 'HEAD'}:refs/heads/${targetBranch}`,
        ];
        const r = await this.git(args, { network: true, allowFailure: true });
        if (r.code === 0)
            return true;
        const text = `${r.stdout}\n${r.stderr}`;
        if (/\[rejected\]|non-fast-forward|fetch first|\[remote rejected\].*(lock|failed to update|reference already exists)|stale info/i.test(text)) {
            return false;
        }
        // The connection broke once the pack was on its way (server killed, proxy cut): a ref moves
        // atomically, so the branch has its old tip or the whole push, and a re-run converges.
        if (/remote end hung up|unexpected disconnect|RPC failed|Empty reply from server/i.test(text) &&
            !/HTTP 40[1345]|Authentication failed/i.test(text)) {
            throw new RingwayError(`push to ${displayUrl(this.url)} was cut off: the server closed the connection (${lastLines(r.stderr, 1)}); the branch holds its old tip or the whole push, never part of it: run the step again`, { kind: 'unreachable' });
        }
        throw classifyNetworkError(this.url, new ExecError('git push', r));
    }
    /** Files changed by the commit at HEAD, as `A|M|D\tpath` lines. */
    async changedFiles() {
        const r = await this.git(['show', '--no-renames', '--name-status', '--format=', 'HEAD'], { allowFailure: true });
        return r.stdout.split('\n').filter(Boolean);
    }
}
/**
 * Turns git's transport errors into one line a user can act on, and a kind for code that decides
 * on it. git reports these only as text on stderr, so this is the one place that reads it.
 */
function classifyNetworkError(url, err) {
    const text = `${err.result.stderr}\n${err.result.stdout}`;
    const where = auth_displayUrl(url);
    // An empty `token` input sent the job's own token: say so, or the user looks at the wrong token.
    const job = (0,job_token/* jobTokenNote */.rt)(url);
    const instead = job ? `: ${job}: set 'token' to a token for ${where}` : undefined;
    if (/Authentication failed|HTTP 401|401 Unauthorized|could not read Username|terminal prompts disabled|invalid credentials/i.test(text)) {
        return new errors/* RingwayError */.Sy(`authentication to ${where} failed (HTTP 401)${instead ?? ": check the 'token' input"}`, {
            kind: 'unauthorized',
            status: 401,
            input: 'token',
            cause: err,
        });
    }
    if (/HTTP 403|403 Forbidden|Permission to .* denied|permission denied/i.test(text)) {
        return new errors/* RingwayError */.Sy(`access to ${where} was refused (HTTP 403)${instead ?? ': the token lacks permission for this repository'}`, { kind: 'forbidden', status: 403, ...(instead ? { input: 'token' } : {}), cause: err });
    }
    if (/repository .* not found|not found|does not appear to be a git repository|HTTP 404/i.test(text)) {
        return new errors/* RingwayError */.Sy(`repository ${where} was not found${instead ? `, or the token cannot see it${instead}` : ': check the URL'}`, { kind: 'not-found', ...(instead ? { input: 'token' } : {}), cause: err });
    }
    if (/Could not resolve host|Connection refused|Failed to connect|timed out|Couldn't connect/i.test(text)) {
        return new errors/* RingwayError */.Sy(`cannot reach ${where}: ${(0,lib_exec/* lastLines */.w$)(err.result.stderr, 1)}`, {
            kind: 'unreachable',
            cause: err,
        });
    }
    return new errors/* RingwayError */.Sy(`${err.label} ${where} failed: ${(0,lib_exec/* lastLines */.w$)(err.result.stderr || err.result.stdout, 2)}`, {
        cause: err,
    });
}

;// CONCATENATED MODULE: ./lib/telemetry/ancestry.ts







/**
 * The commits a manifest revision contains (itself and every ancestor), read from the manifest
 * repository named by the pipeline (never from a row or an event: the token goes only there).
 * Only commits and trees of the branches are fetched, no blobs. `undefined` when the repository
 * has no such commit on any branch.
 */
async function manifestAncestors(url, token, revision) {
    const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ringway-ancestry-'));
    const net = auth_gitAuthEnv(url, token);
    const local = { GIT_TERMINAL_PROMPT: '0', GIT_NO_LAZY_FETCH: '1' };
    const git = (args, network = false) => (0,lib_exec/* exec */.m0)('git', ['-c', 'credential.helper=', ...TEMP_CLONE_CONFIG, ...args], {
        cwd: dir,
        env: network ? net : local,
        allowFailure: !network,
        label: `git ${args[0]}`,
        ...(network ? { timeout: { ms: (0,lib_exec/* networkTimeoutMs */.mi)(), service: `git server ${auth_displayUrl(url)}` } } : {}),
    });
    try {
        await git(['init', '-q', '--bare', '.']);
        try {
            await git(['fetch', '-q', '--no-tags', '--filter=blob:none', '--', url, '+refs/heads/*:refs/remotes/manifests/*'], true);
        }
        catch (err) {
            throw err instanceof lib_exec/* ExecError */.cI ? classifyNetworkError(url, err) : err;
        }
        // Walk from the branch tips rather than look `revision` up: a missing object in a partial
        // clone would be fetched lazily, without the token.
        const branches = await git(['rev-list', '--remotes=manifests']);
        const all = new Set(branches.stdout.split('\n').filter(Boolean));
        if (!all.has(revision))
            return undefined;
        const own = await git(['rev-list', revision]);
        return new Set(own.stdout.split('\n').filter(Boolean));
    }
    finally {
        await removeTempDir(dir);
    }
}

;// CONCATENATED MODULE: ./lib/limits.ts


/** The most a server's answer (an API's JSON, a manifest, a downloaded file) may hold: 32 MiB. */
const MAX_ANSWER_BYTES = (/* unused pure expression or super */ null && (32 << 20));
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
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const buf = Buffer.alloc(maxBytes + 1);
        let n = 0;
        for (;;) {
            const got = (0,external_node_fs_.readSync)(fd, buf, n, buf.length - n, null);
            if (got === 0)
                break;
            n += got;
            if (n > maxBytes)
                throw new errors/* RingwayError */.Sy(`${what} is larger than ${formatBytes(maxBytes)}`, { kind: 'usage' });
        }
        return buf.subarray(0, n);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
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
    const tooLarge = () => new RingwayError(`${what} is larger than ${formatBytes(maxBytes)}`, { kind: 'invalid-answer' });
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

;// CONCATENATED MODULE: ./lib/telemetry/operator-event.ts


const FLUX_KINDS = ['Kustomization', 'HelmRelease'];
// kustomize-controller and helm-controller reasons (fluxcd/pkg apis/meta conditions.go, helm-controller v2 reasons).
const FLUX_SUCCESS = new Set([
    'ReconciliationSucceeded',
    'Succeeded',
    'InstallSucceeded',
    'UpgradeSucceeded',
    'TestSucceeded',
]);
// Any other reason is progress only (Progressing, ProgressingWithRetry, DependencyNotReady…).
// Everything else at severity error is a failure; these are failures even at info (a rollback means the upgrade did not hold).
const FLUX_FAILED = new Set([
    'HealthCheckFailed',
    'ReconciliationFailed',
    'BuildFailed',
    'PruneFailed',
    'ArtifactFailed',
    'InstallFailed',
    'UpgradeFailed',
    'TestFailed',
    'RollbackSucceeded',
    'RemediationFailed',
]);
/** A cluster or ring name as it may be stored and shown: no spaces, quotes or control characters. */
const NAME = /^[\w.:/@-]{1,200}$/;
/** An operator event is a few kilobytes (Flux's and Argo CD's notifications); 1 MiB is ample. */
const MAX_EVENT_BYTES = 1 << 20;
/** The JSON text of an input: the value itself, or with `@path` the file's content. Errors here name
 * the event; the step adds its input. */
function readEventInput(value) {
    let text = value;
    if (value.startsWith('@')) {
        const file = value.slice(1);
        try {
            text = readFileLimited(file, MAX_EVENT_BYTES, `the event file ${file}`).toString('utf8');
        }
        catch (err) {
            if (err instanceof errors/* RingwayError */.Sy)
                throw new errors/* UsageError */.eb(err.message);
            throw new errors/* UsageError */.eb(`cannot read ${file}: ${err.code ?? 'error'}`);
        }
    }
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new errors/* UsageError */.eb(`the event is not JSON: ${err.message.split('\n')[0]}`);
    }
}
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' ? v : '');
/**
 * Unwraps a GitHub repository_dispatch: the webhook event a workflow sees (`github.event`, file
 * `$GITHUB_EVENT_PATH`: `action` + `client_payload`) or the dispatch request body (`event_type` +
 * `client_payload`). Returns the payload and the dispatch type ('' when not wrapped).
 */
function unwrapDispatch(body) {
    if ('client_payload' in body)
        return { payload: body.client_payload, type: str(body.event_type) || str(body.action) };
    return { payload: body, type: '' };
}
/**
 * The commit a Flux/Argo CD revision names: `main@sha1:<sha>` (Flux ≥ 2.0), `main/<sha>` (Flux
 * < 2.0), `sha1:<sha>`, or a bare 40-hex sha (Argo CD). A chart version or an OCI digest is not a commit.
 */
function commitOfRevision(revision) {
    const r = revision.trim();
    const m = /^(?:.*@)?sha1:([0-9a-f]{40})$/i.exec(r) ?? /^(?:[^@]*\/)?([0-9a-f]{40})$/i.exec(r);
    if (!m)
        throw new errors/* UsageError */.eb(`revision '${printable(r)}' is not a git commit (expected <branch>@sha1:<sha>, <branch>/<sha> or a 40-hex sha)`);
    return m[1].toLowerCase();
}
/** A value from an event, made safe for one log line (no newlines, no runner commands). */
function printable(s) {
    return s
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .replace(/::/g, ': :')
        .replace(/##/g, '# #')
        .slice(0, 200);
}
function operator_event_name(v, what) {
    if (v && !NAME.test(v))
        throw new errors/* UsageError */.eb(`${what} '${printable(v)}' is not a valid name`);
    return v;
}
function time(v) {
    const t = Date.parse(str(v));
    return Number.isNaN(t) ? '' : new Date(t).toISOString();
}
/** A Flux notification-controller Event (plain, or inside a repository_dispatch). */
function parseFluxEvent(body) {
    if (!isObj(body))
        throw new errors/* UsageError */.eb(`the event must be a JSON object (a Flux event)`);
    const { payload, type } = unwrapDispatch(body);
    if (!isObj(payload))
        throw new errors/* UsageError */.eb(`client_payload must be a JSON object (a Flux event)`);
    const obj = payload.involvedObject;
    if (!isObj(obj))
        throw new errors/* UsageError */.eb(`the event has no involvedObject: not a Flux notification-controller event`);
    const kind = str(obj.kind);
    if (!FLUX_KINDS.includes(kind))
        throw new errors/* UsageError */.eb(`kind '${printable(kind)}' is not a Kustomization or HelmRelease`);
    const object = printable(`${kind}/${str(obj.name)}.${str(obj.namespace)}`);
    if (type && type !== object)
        throw new errors/* UsageError */.eb(`dispatch type '${printable(type)}' does not match the event's object ${printable(object)}`);
    const meta = isObj(payload.metadata) ? payload.metadata : {};
    // Same precedence as the event's GetRevision (fluxcd/pkg): commit, then originRevision, then revision.
    const rev = str(meta.commit) || str(meta.originRevision) || str(meta.revision);
    if (!rev)
        throw new errors/* UsageError */.eb(`the event for ${printable(object)} carries no revision metadata`);
    const reason = str(payload.reason);
    const severity = str(payload.severity);
    if (!reason)
        throw new errors/* UsageError */.eb(`the event has no reason`);
    const outcome = FLUX_FAILED.has(reason) || severity === 'error' ? 'failed' : FLUX_SUCCESS.has(reason) ? 'synced' : 'progressing';
    return {
        operator: 'flux',
        object,
        outcome,
        reason: printable(reason),
        revision: commitOfRevision(rev),
        cluster: operator_event_name(str(meta.cluster), 'cluster'),
        ring: operator_event_name(str(meta.ring) || str(meta.env), 'ring').toLowerCase(),
        at: time(payload.timestamp),
    };
}
/**
 * An Argo CD notification in ringway's template (docs/operators.md): app, sync, health, operation,
 * destination. Synced + Healthy is a sync; a failed/errored operation or Degraded health a
 * failure; anything else (Progressing, OutOfSync, Running) is progress only.
 */
function parseArgoEvent(body) {
    if (!isObj(body))
        throw new errors/* UsageError */.eb(`the notification must be a JSON object (an Argo CD notification)`);
    const { payload } = unwrapDispatch(body);
    if (!isObj(payload) || !isObj(payload.app) || !isObj(payload.sync))
        throw new errors/* UsageError */.eb(`not ringway's Argo CD template (needs app.name and sync.revision; see docs/operators.md)`);
    const app = str(payload.app.name);
    if (!app)
        throw new errors/* UsageError */.eb(`app.name is empty`);
    const sync = payload.sync;
    const health = isObj(payload.health) ? str(payload.health.status) : '';
    const op = isObj(payload.operation) ? payload.operation : {};
    const phase = str(op.phase);
    const dest = isObj(payload.destination) ? payload.destination : {};
    const status = str(sync.status);
    const outcome = phase === 'Failed' || phase === 'Error' || health === 'Degraded'
        ? 'failed'
        : status === 'Synced' && health === 'Healthy' && (!phase || phase === 'Succeeded')
            ? 'synced'
            : 'progressing';
    const reason = [phase && `operation ${phase}`, status && `sync ${status}`, health && `health ${health}`]
        .filter(Boolean)
        .join(', ');
    return {
        operator: 'argocd',
        object: `argocd/${printable(app)}`,
        outcome,
        reason: printable(reason),
        revision: commitOfRevision(str(sync.revision)),
        cluster: operator_event_name(str(dest.name) || str(dest.server), 'cluster'),
        ring: operator_event_name(str(payload.ring), 'ring').toLowerCase(),
        at: time(op.finishedAt) || time(payload.time),
    };
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
            const deadline = AbortSignal.timeout((0,lib_exec/* networkTimeoutMs */.mi)());
            request.abortSignal = request.abortSignal
                ? AbortSignal.any([request.abortSignal, deadline])
                : deadline;
            try {
                return await next(request);
            }
            catch (err) {
                if (deadline.aborted)
                    throw (0,lib_exec/* noAnswerError */.q9)(service);
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

;// CONCATENATED MODULE: ./lib/telemetry/sync.ts


const lower = (s) => (s ?? '').toLowerCase();
/**
 * Applies an operator event to the deployments of the cluster's ring whose manifest commit is the
 * revision or one of its ancestors (Flux and Argo CD apply the branch head: a later revision syncs
 * every earlier one). Success keeps the earliest sync time per cluster, whatever the arrival
 * order; a failure is recorded on the revision's own deployment, and on the earlier ones this
 * cluster never synced. Progress writes nothing.
 */
async function recordSync(store, ev, ctx) {
    const exact = await store.find({ manifestCommitId: ev.revision });
    let ring = ctx.ring;
    if (!ring) {
        const rings = [...new Set(exact.map((r) => lower(r.env)).filter(Boolean))];
        if (rings.length > 1)
            throw new errors/* UsageError */.eb(`manifest commit ${ev.revision.slice(0, 7)} is recorded for rings ${rings.join(', ')}: give 'env' (the ring cluster ${ctx.cluster} runs)`);
        ring = rings[0] ?? '';
    }
    if (!ring)
        return { written: [], matched: [], ring, unknown: `manifest commit ${ev.revision} is not a recorded deployment` };
    const inRing = (await store.find({ env: ring })).filter((r) => r.manifestCommitId);
    let contained;
    if (ctx.ancestors) {
        const set = await ctx.ancestors(ev.revision);
        if (!set)
            return {
                written: [],
                matched: [],
                ring,
                unknown: `manifest commit ${ev.revision} is not on any branch of the manifest repository`,
            };
        contained = inRing.filter((r) => set.has(lower(r.manifestCommitId)));
    }
    else {
        const pushed = exact
            .map((r) => r.manifestsPushedAt ?? '')
            .filter(Boolean)
            .sort()
            .pop();
        const repos = new Set(exact.map((r) => lower(r.manifestRepo)).filter(Boolean));
        contained = inRing.filter((r) => lower(r.manifestCommitId) === ev.revision ||
            (pushed &&
                r.manifestsPushedAt &&
                r.manifestsPushedAt <= pushed &&
                (!r.manifestRepo || !repos.size || repos.has(lower(r.manifestRepo)))));
    }
    if (!contained.length)
        return {
            written: [],
            matched: [],
            ring,
            unknown: `manifest commit ${ev.revision} contains no recorded deployment to ${ring}`,
        };
    if (ev.outcome === 'progressing')
        return { written: [], matched: contained, ring };
    const at = ev.at || ctx.now.toISOString();
    const written = [];
    for (const row of contained) {
        const own = lower(row.manifestCommitId) === ev.revision;
        const done = await updateRow(store, row, (current) => {
            const map = row_clusterSyncs(current);
            const before = JSON.stringify(map[ctx.cluster] ?? {});
            const c = { ...(map[ctx.cluster] ?? {}) };
            if (ev.outcome === 'synced') {
                // An earlier deployment this cluster already runs needs no write for every later revision.
                if (!own && c.syncedAt && !row_clusterFailed(c))
                    return undefined;
                c.syncedAt = min(c.syncedAt, at);
                c.okAt = max(c.okAt, at);
            }
            else {
                // An earlier deployment this cluster already ran is not failed by a later revision.
                if (!own && c.syncedAt)
                    return undefined;
                if (!c.failedAt || at >= c.failedAt) {
                    c.failedAt = at;
                    c.reason = ev.reason;
                }
            }
            if (JSON.stringify(c) === before)
                return undefined;
            map[ctx.cluster] = c;
            return columns(current, map);
        });
        if (done)
            written.push(done);
    }
    return { written, matched: contained, ring };
}
/** The row columns that follow from the per-cluster map, merged with what manual stages wrote. */
function columns(row, map) {
    const synced = Object.entries(map).filter(([, c]) => c.syncedAt);
    const first = synced.map(([, c]) => c.syncedAt).sort()[0];
    const failed = Object.values(map)
        .map((c) => c.failedAt ?? '')
        .filter(Boolean)
        .sort()
        .pop();
    const names = new Set([
        ...(row.cluster ?? '')
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ...synced.map(([n]) => n),
    ]);
    const out = { clusters: JSON.stringify(map) };
    if (first)
        out.syncedAt = min(row.syncedAt, first);
    if (names.size)
        out.cluster = [...names].sort().join(',');
    if (failed)
        out.syncFailedAt = max(row.syncFailedAt, failed);
    return out;
}
function min(a, b) {
    return a && a < b ? a : b;
}
function max(a, b) {
    return a && a > b ? a : b;
}
/** Read-modify-write of one row under its ETag; re-read and re-applied on 412. */
async function updateRow(store, row, change) {
    let current = row;
    const rank = STAGES.indexOf('cluster-synced') + 1;
    for (let attempt = 1;; attempt++) {
        const set = change(current);
        if (!set)
            return undefined;
        const r = ranks(current);
        for (const k of Object.keys(set))
            r[k] = Math.max(r[k] ?? 0, rank);
        try {
            await store.update(current, set, r);
            return { ...current, ...set };
        }
        catch (err) {
            const status = err.statusCode;
            if (status !== 412 || attempt >= 30)
                throw err;
            await new Promise((res) => setTimeout(res, Math.random() * 50 * Math.min(attempt, 6)));
            const fresh = await store.find({ rowKey: row.rowKey });
            if (!fresh[0])
                return undefined;
            current = fresh[0];
        }
    }
}

;// CONCATENATED MODULE: ./lib/steps/record-deployment.ts












const step = {
    name: 'record-deployment',
    title: 'Record deployment',
    description: "Records one stage of a deployment (image built, HLD updated, PR merged, manifests generated or pushed, cluster synced) in the Azure Table that Spektate dashboards read, in bedrock-cli's row format. Each stage finds the deployment's row by its ids and updates it with optimistic concurrency. A telemetry failure is a warning unless fail-on-error is true.",
    azureTaskId: 'e7b5c3a1-2d4f-4b6e-8c9a-1f3e5d7b9a20',
    inputs: [
        {
            name: 'stage',
            description: `Stage to record (${STAGES.join(', ')}); default inferred from p1/p2/p3 as bedrock-cli does`,
        },
        { name: 'p1', description: 'Id of the build that built the image' },
        { name: 'p2', description: 'Id of the release/build that updated the HLD' },
        { name: 'p3', description: 'Id of the build that generated the manifests' },
        { name: 'image-tag', description: 'Image tag (Bedrock used <repo-service>:<tag>)' },
        { name: 'commit-id', description: 'Source commit the image was built from' },
        { name: 'service', description: 'Service name' },
        { name: 'hld-commit-id', description: 'HLD commit (the PR commit, or the merge commit once merged)' },
        { name: 'env', description: 'Ring / environment' },
        { name: 'pr', description: 'Pull request id of the HLD change' },
        { name: 'manifest-commit-id', description: 'Manifest repository commit' },
        { name: 'repository', description: 'URL of the repository of this stage (source, HLD or manifest repo)' },
        { name: 'author', description: 'Who made the change' },
        { name: 'pr-url', description: 'Web address of the pull request' },
        { name: 'merged-by', description: 'Who merged the pull request' },
        {
            name: 'cluster',
            description: 'Cluster that synced (cluster-synced stage); with an operator event, default the cluster the event names',
        },
        {
            name: 'flux-event',
            description: 'A Flux v2 notification-controller event (generic provider body, or a githubdispatch repository_dispatch event), as JSON text or @file; records cluster-synced or sync-failed for the manifest commit it names',
        },
        {
            name: 'argocd-event',
            description: "An Argo CD notification in ringway's webhook template (docs/operators.md), as JSON text or @file",
        },
        {
            name: 'token',
            description: "Token to read the manifest repository ('repository') when placing an operator event's revision in its history",
            secret: true,
        },
        {
            name: 'commit-message',
            kind: 'multiline',
            description: "Messages of the commits this build brings (several separated by blank lines, as `git log --format=%B` prints them). When 'hld-commit-id' is a commit no deployment carries yet (the forge's merge, squash or rebased commit), the deployment(s) it merged are found from their Ringway-* trailers and the pull request number in the forge's merge title. Default: GitHub, the push event's commit messages; Azure Pipelines, Build.SourceVersionMessage; both add the full message of that commit when the working directory's checkout has it",
        },
        {
            name: 'commit-time',
            description: 'When the source commit was made (ISO 8601), for lead time; image-built reads it from the GitHub event or `git log` in the working directory when not given',
        },
        ...storageInputs,
        {
            name: 'fail-on-error',
            description: 'Fail the step when telemetry cannot be written (default: warn and go on)',
            kind: 'boolean',
            default: 'false',
        },
    ],
    outputs: [
        {
            name: 'deployment-id',
            description: 'RowKey of the deployment row; comma-separated when a sync marks several deployments',
        },
        { name: 'recorded', description: "'true' when the stage was written" },
        { name: 'state', description: 'State of the deployment after this stage' },
        { name: 'sync', description: 'With an operator event: synced, failed, progressing or unknown' },
    ],
    async run(inputs, host) {
        const event = operatorEvent(inputs);
        if (event)
            return recordEvent(event, inputs, host);
        // Bad input is an error whatever fail-on-error says; a credential is never stored.
        const repository = repositoryInput(inputs.string('repository'));
        try {
            const get = (n) => inputs.string(n);
            const lower = (n) => get(n).toLowerCase();
            const raw = {
                p1: lower('p1'),
                p2: lower('p2'),
                p3: lower('p3'),
                imageTag: get('image-tag'),
                commitId: lower('commit-id'),
                service: get('service'),
                hldCommitId: lower('hld-commit-id'),
                env: lower('env'),
                pr: lower('pr'),
                manifestCommitId: lower('manifest-commit-id'),
                author: get('author'),
                prUrl: get('pr-url'),
                mergedBy: get('merged-by'),
                cluster: get('cluster'),
            };
            const stage = (0,errors/* withInput */.zE)('stage', () => stageOf(get('stage'), raw));
            // `repository` names the repo of this stage, as in bedrock-cli.
            const repoColumn = {
                'image-built': 'sourceRepo',
                'hld-updated': 'hldRepo',
                'pr-merged': 'hldRepo',
                'manifests-generated': 'hldRepo',
                'manifests-pushed': 'manifestRepo',
                'cluster-synced': 'manifestRepo',
                'sync-failed': 'manifestRepo',
                'gate-rejected': 'hldRepo',
                rollback: 'hldRepo',
            }[stage];
            // Forge URLs are stored in lower case, as Spektate's rows hold them; a local path or file:// URL
            // names a folder, where case matters (the gate fetches from it later), so it is kept as given.
            if (repository)
                raw[repoColumn] = /^(file:|\/)/i.test(repository) ? repository : repository.toLowerCase();
            if (stage === 'image-built' || get('commit-time'))
                raw.commitTime = await (0,errors/* withInput */.zE)('commit-time', () => commitTime(get('commit-time'), raw.commitId ?? ''));
            const record = { stage, fields: raw };
            checkRequired(record);
            const store = openStore(inputs);
            // One row, except a sync the ids name several deployments of the ring for (all are marked),
            // or a merge that brought several deployments (each is updated).
            const rows = await host.group(`Record ${stage}`, async () => {
                const hldCommit = raw.hldCommitId ?? '';
                const join = await recordAcrossMerge(store, record, async () => [
                    ...commitMessages(inputs, host),
                    ...(await checkoutMessages(process.cwd(), hldCommit)),
                ]);
                if (join?.rows.length) {
                    host.info(`HLD commit ${hldCommit} merged ${join.rows.map((r) => `${r.service || '?'} to ${r.env || '?'} at ${r.imageTag || '?'} (pull request ${r.pr || '?'}, deployment ${r.rowKey})`).join(', ')}: recorded pr-merged`);
                    return join.rows;
                }
                if (join) {
                    host.warning(`no recorded deployment carries HLD commit ${hldCommit}, and none was found in ${join.lookedFor}; recording it as a new deployment (give 'commit-message' with the merged commits' messages, or 'pr')`);
                    record.fields = { ...join.named, ...record.fields };
                }
                return recordStageRows(store, record);
            });
            const ids = rows.map((r) => r.rowKey).join(',');
            const state = [...new Set(rows.map(row_stateOf))].join(',');
            host.info(`recorded ${stage} in ${rows.length > 1 ? `${rows.length} deployments ${ids}` : `deployment ${ids}`} (${state})`);
            await host.summary({
                title: `ringway record-deployment: ${stage}`,
                rows: [
                    ['deployment', 'state', 'service', 'ring', 'image tag', 'HLD commit', 'PR', 'manifest commit'],
                    ...rows.map((row) => [
                        row.rowKey,
                        row_stateOf(row),
                        row.service ?? '',
                        row.env ?? '',
                        row.imageTag ?? '',
                        row.hldCommitId ?? '',
                        row.pr ?? '',
                        row.manifestCommitId ?? '',
                    ]),
                ],
            });
            return { 'deployment-id': ids, recorded: 'true', state };
        }
        catch (err) {
            if (inputs.boolean('fail-on-error'))
                throw err instanceof errors/* RingwayError */.Sy ? err : new errors/* RingwayError */.Sy((0,secrets/* redact */.E$)((0,errors/* errorMessage */.gJ)(err)));
            host.warning(`deployment telemetry not recorded: ${(0,secrets/* redact */.E$)((0,errors/* errorMessage */.gJ)(err)).split('\n')[0]}`);
            return { 'deployment-id': '', recorded: 'false', state: '' };
        }
    },
};
/**
 * The 'repository' input as a row stores it: a repository URL checked like any other, so one with
 * credentials (userinfo, `?access_token=…`) is refused, naming the input, never printed or stored.
 * The user name Azure Repos writes into Build.Repository.Uri (`https://<org>@dev.azure.com/<org>/…`)
 * names the organisation, not a credential: it is dropped.
 */
function repositoryInput(value) {
    const url = value.trim().replace(/^https:\/\/([A-Za-z0-9-]+)@(dev\.azure\.com\/\1\/)/i, 'https://$2');
    return url ? (0,validate/* checkRepoUrl */.GK)(url, 'repository') : '';
}
/** The messages the join reads: the input, else what the orchestrator says the build brings. */
function commitMessages(inputs, host) {
    const given = inputs.string('commit-message');
    return given.trim() ? [given] : (host.build.commitMessages ?? []);
}
/** The operator event given, parsed; bad input is an error whatever fail-on-error says. */
function operatorEvent(inputs) {
    const flux = inputs.string('flux-event');
    const argo = inputs.string('argocd-event');
    if (!flux && !argo)
        return undefined;
    if (flux && argo)
        throw new errors/* UsageError */.eb("give one of 'flux-event' and 'argocd-event', not both");
    if (inputs.string('stage'))
        throw new errors/* UsageError */.eb("input 'stage' is taken from the operator event; leave it empty with 'flux-event' or 'argocd-event'", { input: 'stage' });
    return flux
        ? (0,errors/* withInput */.zE)('flux-event', () => parseFluxEvent(readEventInput(flux)))
        : (0,errors/* withInput */.zE)('argocd-event', () => parseArgoEvent(readEventInput(argo)));
}
/** Records what an operator event says, on every deployment its revision contains. */
async function recordEvent(ev, inputs, host) {
    const input = ev.operator === 'flux' ? 'flux-event' : 'argocd-event';
    const cluster = inputs.string('cluster') || ev.cluster;
    if (!cluster)
        throw new errors/* UsageError */.eb(`input '${input}': the event names no cluster; give 'cluster' (or set eventMetadata.cluster on the Flux Alert)`, { input });
    const repo = repositoryInput(inputs.string('repository'));
    const token = inputs.string('token') || undefined;
    const what = `${ev.object} ${ev.reason} at ${ev.revision.slice(0, 7)} on ${printable(cluster)}`;
    const none = { 'deployment-id': '', recorded: 'false', state: '' };
    try {
        const store = openStore(inputs);
        const res = await host.group(`Record ${ev.outcome === 'synced' ? 'cluster-synced' : ev.outcome === 'failed' ? 'sync-failed' : 'progress'} from ${ev.operator}`, () => recordSync(store, ev, {
            cluster,
            ring: inputs.string('env').toLowerCase() || ev.ring,
            ancestors: repo ? (rev) => manifestAncestors(repo, token, rev) : undefined,
            now: new Date(),
        }));
        if (res.unknown) {
            host.warning(`${what}: ${res.unknown}${repo ? ` in ${auth_displayUrl(repo)}` : ''}; nothing recorded`);
            return { ...none, state: 'unknown', sync: 'unknown' };
        }
        const ids = res.matched.map((r) => r.rowKey).join(',');
        const latest = new Map(res.written.map((r) => [r.rowKey, r]));
        const rows = res.matched.map((r) => latest.get(r.rowKey) ?? r);
        // The state of the revision's own deployment(s); of all it contains when none is its own.
        const own = rows.filter((r) => r.manifestCommitId === ev.revision);
        const states = [...new Set((own.length ? own : rows).map(row_stateOf))];
        if (ev.outcome === 'progressing')
            host.info(`${what}: in progress, nothing recorded (deployments ${ids})`);
        else
            host.info(`${what}: ${ev.outcome === 'synced' ? 'cluster-synced' : 'sync-failed'} for ${res.matched.length} deployment(s) to ${res.ring} (${res.written.length} changed): ${ids}`);
        await host.summary({
            title: `ringway record-deployment: ${printable(ev.object)} ${ev.outcome} on ${printable(cluster)}`,
            rows: [
                ['deployment', 'state', 'service', 'ring', 'image tag', 'manifest commit', `${printable(cluster)}`],
                ...rows.map((r) => {
                    const c = row_clusterSyncs(r)[cluster];
                    return [
                        r.rowKey,
                        row_stateOf(r),
                        r.service ?? '',
                        r.env ?? '',
                        r.imageTag ?? '',
                        r.manifestCommitId ?? '',
                        c?.syncedAt ? `synced ${c.syncedAt}` : c?.failedAt ? `failed ${c.failedAt}` : '',
                    ];
                }),
            ],
        });
        return {
            'deployment-id': ids,
            recorded: res.written.length ? 'true' : 'false',
            state: states.join(','),
            sync: ev.outcome,
        };
    }
    catch (err) {
        if (inputs.boolean('fail-on-error'))
            throw err instanceof errors/* RingwayError */.Sy ? err : new errors/* RingwayError */.Sy((0,secrets/* redact */.E$)((0,errors/* errorMessage */.gJ)(err)));
        host.warning(`deployment telemetry not recorded: ${(0,secrets/* redact */.E$)((0,errors/* errorMessage */.gJ)(err)).split('\n')[0]}`);
        return { ...none, sync: '' };
    }
}


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

/***/ 24:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

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
/******/ 	/* webpack/runtime/compat get default export */
/******/ 	(() => {
/******/ 		// getDefaultExport function for compatibility with non-harmony modules
/******/ 		__nccwpck_require__.n = (module) => {
/******/ 			var getter = module && module.__esModule ?
/******/ 				() => (module['default']) :
/******/ 				() => (module);
/******/ 			__nccwpck_require__.d(getter, { a: getter });
/******/ 			return getter;
/******/ 		};
/******/ 	})();
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
const stepModule = __nccwpck_require__(146);
const host = __nccwpck_require__(582);
void host.runAzure(stepModule.step);

module.exports = __webpack_exports__;
/******/ })()
;