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
/* harmony export */   s: () => (/* binding */ setNetworkTimeout),
/* harmony export */   w$: () => (/* binding */ lastLines)
/* harmony export */ });
/* unused harmony exports noAnswerError, RUNNER_CREDENTIALS, SCRUBBED_ENV, childEnv */
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
/* harmony export */   BI: () => (/* binding */ checkRepoInput),
/* harmony export */   DC: () => (/* binding */ checkBranch),
/* harmony export */   GK: () => (/* binding */ checkRepoUrl),
/* harmony export */   __: () => (/* binding */ checkRef),
/* harmony export */   rA: () => (/* binding */ agreedHost)
/* harmony export */ });
/* unused harmony exports describe, isLoopback, checkOptionalRepoUrl, checkOptionalRef, checkHelmRepoUrl */
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
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(url);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory()) {
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

/***/ 701:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  SOURCE_TRAILER: () => (/* binding */ SOURCE_TRAILER),
  step: () => (/* binding */ step)
});

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = require("node:fs/promises");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __nccwpck_require__(115);
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
function gitAuthEnv(url, token, base = process.env) {
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
function displayUrl(url) {
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

;// CONCATENATED MODULE: ./lib/git/paths.ts


/** A path inside the repository: relative, no `..`; `.` or empty is the root. The step names the input (`withInput`). */
function safeRelativePath(value) {
    const v = value.trim() || '.';
    if ((0,external_node_path_.isAbsolute)(v) || /^[a-zA-Z]:[\\/]/.test(v))
        throw new errors/* UsageError */.eb(`'${value}' must be relative to the repository root`);
    const n = (0,external_node_path_.normalize)(v).replace(/\\/g, '/').replace(/\/+$/, '');
    if (n === '..' || n.startsWith('../') || n.split('/').includes('.git')) {
        throw new errors/* UsageError */.eb(`'${value}' must stay inside the repository`);
    }
    // Paths follow `--` on every command line; a folder named like an option is still never meant.
    if (n.split('/').some((p) => p.startsWith('-')))
        throw new errors/* UsageError */.eb(`'${value}' looks like an option (a part starts with '-')`);
    return n || '.';
}

// EXTERNAL MODULE: ./lib/exec.ts
var exec = __nccwpck_require__(361);
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
        (0,validate/* checkRepoUrl */.GK)(opts.url, 'repository URL');
        const given = opts.branch ? (0,validate/* checkBranch */.DC)(opts.branch, 'branch') : '';
        await (0,promises_namespaceObject.mkdir)(opts.dir, { recursive: true });
        const depth = opts.depth ?? 1;
        const cloned = await GitRepo.clone(opts, given, depth);
        if (cloned instanceof GitRepo)
            return cloned;
        // The clone kept (without a working tree) when the remote's HEAD names no commit: it is an
        // initialized repository with its remote, and ls-remote would find no default branch either.
        if (cloned !== 'unborn') {
            await (0,exec/* exec */.m0)('git', ['init', '-q', opts.dir]);
            await (0,exec/* exec */.m0)('git', ['remote', 'add', '--end-of-options', 'origin', opts.url], { cwd: opts.dir });
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
            throw classifyNetworkError(opts.url, new exec/* ExecError */.cI('git clone', cloned));
        // An empty repository clones with no commit: HEAD does not resolve.
        const head = cloned.code === 0 ? await probe.readHead() : undefined;
        const { commit, ref } = head ?? {};
        if (!commit || !ref?.startsWith('refs/heads/') || (given && ref !== `refs/heads/${given}`)) {
            if (bare && cloned.code === 0 && !commit)
                return 'unborn';
            for (const name of await (0,promises_namespaceObject.readdir)(opts.dir))
                await (0,promises_namespaceObject.rm)((0,external_node_path_.join)(opts.dir, name), { recursive: true, force: true });
            return undefined;
        }
        // The server's answer is untrusted: its branch name passes the same rules as an input's.
        const branch = given || (0,validate/* checkRef */.__)(ref.slice('refs/heads/'.length), `the default branch announced by ${displayUrl(opts.url)}`);
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
        const text = (path) => (0,promises_namespaceObject.readFile)((0,external_node_path_.join)(this.dir, '.git', path), 'utf8').then((s) => s, () => '');
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
            return await (0,exec/* exec */.m0)('git', [
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
                    ? { timeout: { ms: (0,exec/* networkTimeoutMs */.mi)(), service: `git server ${displayUrl(this.url)}` } }
                    : {}),
            });
        }
        catch (err) {
            if (opts.network && err instanceof exec/* ExecError */.cI)
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
        return m ? (0,validate/* checkRef */.__)(m[1], `the default branch announced by ${displayUrl(this.url)}`) : FALLBACK_BRANCH;
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
            throw classifyNetworkError(this.url, new exec/* ExecError */.cI('git fetch', fetched));
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
        const m = /^([0-9a-f]{40}|[0-9a-f]{64})\t/.exec(await (0,promises_namespaceObject.readFile)((0,external_node_path_.join)(this.dir, '.git', 'FETCH_HEAD'), 'utf8'));
        if (!m)
            throw new errors/* RingwayError */.Sy(`git fetch from ${displayUrl(this.url)} recorded no commit`);
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
            throw classifyNetworkError(this.url, new exec/* ExecError */.cI('git fetch', fetched));
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
            throw new errors/* RingwayError */.Sy(`push to ${displayUrl(this.url)} was cut off: the server closed the connection (${(0,exec/* lastLines */.w$)(r.stderr, 1)}); the branch holds its old tip or the whole push, never part of it: run the step again`, { kind: 'unreachable' });
        }
        throw classifyNetworkError(this.url, new exec/* ExecError */.cI('git push', r));
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
    const where = displayUrl(url);
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
        return new errors/* RingwayError */.Sy(`cannot reach ${where}: ${(0,exec/* lastLines */.w$)(err.result.stderr, 1)}`, {
            kind: 'unreachable',
            cause: err,
        });
    }
    return new errors/* RingwayError */.Sy(`${err.label} ${where} failed: ${(0,exec/* lastLines */.w$)(err.result.stderr || err.result.stdout, 2)}`, {
        cause: err,
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: ./lib/fs/walk.ts



/**
 * Every entry under `dir` that is not a folder (files, symlinks, others), depth first in the order
 * the file system lists them, with its full path. Folders are entered, never yielded; a symlink is
 * yielded, never followed, so a walk cannot leave the tree or loop.
 */
async function* walk_walkFiles(dir, opts = {}) {
    const entries = opts.skipUnreadable
        ? await readdir(dir, { withFileTypes: true }).catch(() => [])
        : await readdir(dir, { withFileTypes: true });
    for (const entry of entries) {
        if (opts.skip?.(entry))
            continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory())
            yield* walk_walkFiles(path, opts);
        else
            yield { path, entry };
    }
}
/**
 * walkFiles with synchronous reads of each folder: for a walk that reads every file anyway,
 * hundreds of folder reads each awaited through the thread pool cost more in wake-ups than in
 * reading. The caller yields to the event loop as it sees fit.
 */
function* walkFilesSync(dir, opts = {}) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch (err) {
        if (opts.skipUnreadable)
            return;
        throw err;
    }
    // The names come from the folder: no `..` or doubled `/` to normalise away (join's cost here).
    const base = dir.endsWith(external_node_path_.sep) ? dir : `${dir}${external_node_path_.sep}`;
    for (const entry of entries) {
        if (opts.skip?.(entry))
            continue;
        const path = `${base}${entry.name}`;
        if (entry.isDirectory())
            yield* walkFilesSync(path, opts);
        else
            yield { path, entry };
    }
}

;// CONCATENATED MODULE: ./lib/git/fast-import.ts



/**
 * Fast-import's process allocates and frees zlib's buffers (about 256 KiB) once per object; glibc
 * gives them back to the kernel each time and faults them in again, which cost more than the
 * compression (0.25 s of system time for 1,200 small files). Keeping freed memory in the process
 * removes that; the user's own GLIBC_TUNABLES, after ours, still win.
 */
function bulkObjectEnv(base = process.env) {
    const ours = 'glibc.malloc.trim_threshold=268435456:glibc.malloc.top_pad=16777216';
    return { GLIBC_TUNABLES: base.GLIBC_TUNABLES ? `${ours}:${base.GLIBC_TUNABLES}` : ours };
}
/** Writes the trees and the commit of `spec`; returns the commit's id. */
async function fast_import_importCommit(repo, spec) {
    const clean = (s) => s.replace(/[<>\n]/g, '').trim();
    const message = Buffer.from(spec.message);
    const parts = [
        Buffer.from(`commit refs/ringway/import\nmark :1\ncommitter ${clean(repo.identity.name)} <${clean(repo.identity.email)}> now\ndata ${message.length}\n`),
        message,
        NEWLINE,
    ];
    const lines = [];
    if (spec.base)
        lines.push(`from ${spec.base}`);
    if (spec.clear === '')
        lines.push('deleteall');
    else if (spec.clear)
        lines.push(`D ${quotePath(spec.clear)}`);
    for (const path of spec.remove ?? [])
        lines.push(`D ${quotePath(path)}`);
    for (const e of spec.entries ?? [])
        lines.push(`M ${e.mode} ${e.sha} ${quotePath(e.path)}`);
    parts.push(Buffer.from(lines.map((l) => `${l}\n`).join('')));
    for (const f of spec.files ?? []) {
        const data = Buffer.from(f.data);
        parts.push(Buffer.from(`M ${f.mode} inline ${quotePath(f.path)}\ndata ${data.length}\n`), data, NEWLINE);
    }
    const sha = (await runFastImport(repo, parts)).get(1);
    if (!sha)
        throw new errors/* RingwayError */.Sy('git fast-import wrote no commit');
    return sha;
}
const NEWLINE = Buffer.from('\n');
/** Runs one fast-import stream (ended with `done`, so a cut-off stream fails); returns its marks. */
async function runFastImport(repo, parts) {
    const tmp = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_.join)(repo.dir, '.git', 'ringway-import-'));
    const marksFile = (0,external_node_path_.join)(tmp, 'marks');
    try {
        await repo.git(
        // A pack however few the objects (no `unpack-objects` child); --force: the scratch ref is
        // rewritten from another base on every attempt.
        [
            '-c',
            'fastimport.unpackLimit=0',
            'fast-import',
            '--quiet',
            '--done',
            '--force',
            '--date-format=now',
            `--export-marks=${marksFile}`,
        ], { input: Buffer.concat([...parts, Buffer.from('done\n')]), env: bulkObjectEnv() });
        const marks = new Map();
        for (const line of (await (0,promises_namespaceObject.readFile)(marksFile, 'utf8')).split('\n')) {
            const m = /^:(\d+) ([0-9a-f]{40,64})$/.exec(line);
            if (m)
                marks.set(Number(m[1]), m[2]);
        }
        return marks;
    }
    finally {
        await (0,promises_namespaceObject.rm)(tmp, { recursive: true, force: true });
    }
}
/** A path as fast-import reads it: C-quoted when it starts with a quote (line breaks are refused earlier). */
function quotePath(path) {
    if (/[\n\r]/.test(path))
        throw new errors/* RingwayError */.Sy(`'${path.replace(/[\n\r]/g, ' ')}': a path with a line break`);
    return path.startsWith('"') ? `"${path.replace(/["\\]/g, '\\$&')}"` : path;
}

;// CONCATENATED MODULE: ./lib/fs/contained.ts




/**
 * Symlinks are never followed out of a checkout or a source folder. A checkout's content (HLD,
 * manifest repository, fetched component) is untrusted: a committed link to `/home/runner` must not
 * make a step read, write or delete there. These checks run before any read or write, dry-run too.
 */
/** Whether `path` is `root` or below it (by name; links are not followed). */
function inside(root, path) {
    const rel = relative(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
/**
 * Proves that `path` (which may not exist yet) resolves inside `root` once every link on the way is
 * followed: the deepest existing part of it is resolved; a dangling link is refused (writing
 * through it would create its target, wherever that is). `what` starts the error line.
 */
async function contained_assertResolvesInside(root, path, what) {
    const realRoot = await realpath(root);
    let p = path;
    for (;;) {
        if (await lstat(p).then(() => true, () => false))
            break;
        const up = dirname(p);
        if (up === p)
            return;
        p = up;
    }
    const real = await realpath(p).catch(() => undefined);
    if (!real || !inside(realRoot, real)) {
        throw new RingwayError(`${what}: '${relative(root, p) || '.'}' is a symbolic link that leads outside ${relative(dirname(root), root) || root}; links are never followed out of a checkout`);
    }
}
/** Refuses when any existing part of `rel` under `root` is a symbolic link, wherever it points. */
async function assertNoLinkOnPath(root, rel, what) {
    let p = root;
    for (const part of rel.split(/[\\/]+/).filter((x) => x && x !== '.')) {
        p = join(p, part);
        const st = await lstat(p).catch(() => undefined);
        if (!st)
            return;
        if (st.isSymbolicLink())
            throw new RingwayError(`${what}: '${relative(root, p)}' is a symbolic link in the repository; ringway does not follow links out of a checkout`);
    }
}
/** Every link among `names` directly in `dir` (and, for a folder, its entries) must resolve inside `root`. */
async function assertEntriesInside(root, dir, names, what) {
    for (const name of names) {
        const p = join(dir, name);
        const st = await lstat(p).catch(() => undefined);
        if (!st)
            continue;
        if (st.isSymbolicLink())
            await contained_assertResolvesInside(root, p, what);
        else if (st.isDirectory()) {
            for (const e of await readdir(p, { withFileTypes: true }))
                if (e.isSymbolicLink())
                    await contained_assertResolvesInside(root, join(p, e.name), what);
        }
    }
}
/** Every link anywhere under `dir` must resolve inside `root` (a chart, a static or kustomize folder). */
async function assertTreeInside(root, dir, what) {
    await contained_assertResolvesInside(root, dir, what);
    if (!(await lstat(dir).catch(() => undefined))?.isDirectory())
        return;
    for await (const { path, entry } of walkFiles(dir, {
        skip: (e) => e.isDirectory() && e.name === '.git',
        skipUnreadable: true,
    })) {
        if (entry.isSymbolicLink())
            await contained_assertResolvesInside(root, path, what);
    }
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

;// CONCATENATED MODULE: ./lib/git/commit-and-push.ts






/**
 * The loop both ways of pushing share: build a commit on the current tip, push it, and when another
 * pipeline pushed first, refresh to the new tip and build again after a wait drawn from the time
 * the lost attempt took (raceDelay), a bounded number of times. Building again (rather than
 * rebasing) means two edits never conflict and none is lost.
 */
async function pushWithRetries(opts, build, refresh) {
    const { repo } = opts;
    const max = opts.maxAttempts ?? 8;
    const least = opts.baseDelayMs ?? 100;
    // An attempt's time runs from reading the tip (the refresh) to the push's answer: the window in
    // which another push makes it lose. The first one's tip came with the checkout.
    let started = Date.now();
    for (let attempt = 1;; attempt++) {
        const built = await build();
        // Nothing to commit: done, unless the branch is new and has a base commit to start it from.
        if (!built.changed && (repo.branchExists || !built.base))
            return { changed: false, commit: built.base, attempts: attempt, pushed: false, extra: built.extra };
        const result = { changed: true, commit: built.commit, attempts: attempt, extra: built.extra };
        if (opts.dryRun)
            return { ...result, pushed: false };
        if (await repo.push(repo.branch, { commit: built.commit })) {
            repo.branchExists = true;
            return { ...result, pushed: true };
        }
        if (attempt >= max) {
            throw new errors/* RingwayError */.Sy(`push to branch '${repo.branch}' was rejected ${max} times because others kept pushing; nothing was pushed`);
        }
        const delay = raceDelay(Math.max(least, Date.now() - started), attempt);
        opts.log?.(`push rejected: '${repo.branch}' moved on; re-applying on the new tip in ${delay} ms (attempt ${attempt + 1}/${max})`);
        await sleep(delay);
        started = Date.now();
        await refresh();
    }
}
/** Apply → commit → push in a working copy, re-applying on the new tip after a rejected push. */
async function commitAndPush(opts) {
    const { repo } = opts;
    const { extra: _none, ...result } = await pushWithRetries(opts, () => commitWorkingCopy(opts), () => repo.syncToRemote());
    return result;
}
/**
 * Apply → commit → push where the change touches a few known files: each attempt reads the tip's
 * commit and those files (two git commands), sets the working copy's files to them, lets `apply`
 * edit them, and writes the commit with one `git fast-import`; a lost race then costs one fetch
 * of the new commits, not a checkout, staging and status of the whole tree. Where a path is not a
 * plain file in plain folders at the tip, that attempt checks the tip out and commits as
 * commitAndPush does.
 */
async function editAndPush(opts) {
    const { repo } = opts;
    const message = stripspace(opts.message);
    let first = true;
    const { extra: _none, ...result } = await pushWithRetries(opts, async () => {
        // The checkout read the first tip; a lost race fetched the next one (refresh below).
        const ref = repo.tipRef;
        const tip = await repo.readFiles(ref, opts.files);
        if (!tip) {
            if (!first)
                await repo.checkoutTip(ref);
            first = false;
            return commitWorkingCopy(opts);
        }
        first = false;
        for (const path of opts.files) {
            const file = join(repo.dir, path);
            // The working copy's folders are the first checkout's: never write through a link out of it.
            await assertResolvesInside(repo.dir, file, opts.where ?? `'${path}'`);
            const at = tip.files.get(path);
            if (!at)
                await rm(file, { force: true });
            else {
                await mkdir(dirname(file), { recursive: true });
                await writeFile(file, at.content);
            }
        }
        await opts.apply();
        const files = [];
        for (const path of opts.files) {
            const now = await readFile(join(repo.dir, path)).catch((e) => {
                if (e.code === 'ENOENT')
                    return undefined;
                throw e;
            });
            const at = tip.files.get(path);
            if (!now) {
                if (at)
                    throw new RingwayError(`'${path}' was removed by the edit; an edit here only writes files`);
                continue;
            }
            if (!at || !now.equals(at.content))
                files.push({ path, mode: at?.mode ?? '100644', data: now });
        }
        if (!files.length)
            return { changed: false, base: tip.commit, commit: tip.commit, extra: undefined };
        const commit = await importCommit(repo, { base: tip.commit, message, files });
        return { changed: true, base: tip.commit, commit, extra: undefined };
    }, () => repo.fetchTip());
    return result;
}
/** One attempt in the working copy: apply, stage (`paths`, default everything), commit. */
async function commitWorkingCopy(opts) {
    const { repo } = opts;
    await opts.apply();
    if (await repo.stage(opts.paths))
        return { changed: true, base: '', commit: await repo.commit(opts.message), extra: undefined };
    // The tip is only read when it is the answer: nothing to commit.
    const tip = await repo.head();
    return { changed: false, base: tip, commit: tip, extra: undefined };
}
/**
 * The message as `git commit -F` stores it (its default cleanup, "whitespace"): spaces at line
 * ends cut, runs of blank lines made one, none at either end, one newline at the end.
 */
function stripspace(text) {
    const lines = [];
    for (const line of text.split('\n').map((l) => l.replace(/\s+$/, ''))) {
        if (line === '' && (lines.length === 0 || lines[lines.length - 1] === ''))
            continue;
        lines.push(line);
    }
    while (lines.length && lines[lines.length - 1] === '')
        lines.pop();
    return lines.length ? `${lines.join('\n')}\n` : '';
}

;// CONCATENATED MODULE: ./lib/manifests/shard-records.ts
// The shards of a matrix generate, published together: each shard's output folder holds a record
// (`.ringway-shard-<i>-of-<n>.json`, written by lib/hld/shard.ts) naming its shard, its plan and
// its files. Publishing n-1 shards would delete the missing one's manifests, and shards that
// planned differently may have left a file to none of them: both are refused here, before anything
// is hashed or pushed.



/** The record's name, as lib/hld/shard.ts writes it (a domain module may not import another's). */
const SHARD_RECORD = /^\.ringway-shard-\d+-of-\d+\.json$/;
const refuse = (message) => new errors/* RingwayError */.Sy(`input 'source': ${message}`, { input: 'source', kind: 'usage' });
/**
 * With no record anywhere: nothing to check (an unsharded output, or folders of the user's own).
 * Else every source holds records, all of one plan; every shard 1..n is there once; and the files
 * of each source are exactly the files its records list.
 */
async function checkShardRecords(sources) {
    if (!sources.some((s) => s.records.length))
        return;
    const seen = new Map();
    for (const s of sources) {
        if (!s.records.length)
            throw refuse(`${s.dir} holds no shard record (.ringway-shard-<i>-of-<n>.json) while the other sources do`);
        const listed = new Map();
        for (const name of s.records) {
            const record = parseRecord(await (0,promises_namespaceObject.readFile)((0,external_node_path_.join)(s.dir, name), 'utf8').catch(() => ''), `${s.dir}/${name}`);
            const first = seen.values().next().value;
            if (first && (first.record.of !== record.of || first.record.plan !== record.plan))
                throw refuse(`${first.source} holds shard ${first.record.shard}/${first.record.of} of plan ${first.record.plan.slice(0, 12)}, ${s.dir} shard ${record.shard}/${record.of} of plan ${record.plan.slice(0, 12)}: the shards split the HLD differently (each must start from the same HLD commit and render-cost record)`);
            const twice = seen.get(record.shard);
            if (twice)
                throw refuse(`shard ${record.shard}/${record.of} is in both ${twice.source} and ${s.dir}`);
            seen.set(record.shard, { source: s.dir, record });
            for (const f of record.files) {
                // Artifacts downloaded into one folder: a file two shards wrote was overwritten by one.
                const by = listed.get(f);
                if (by !== undefined)
                    throw refuse(`${s.dir}/${f} is listed by shards ${by} and ${record.shard}`);
                listed.set(f, record.shard);
            }
        }
        const files = new Set(s.files);
        const extra = s.files.find((f) => !listed.has(f));
        if (extra)
            throw refuse(`${s.dir}/${extra} is listed by no shard record of that folder`);
        const missing = [...listed.keys()].find((f) => !files.has(f));
        if (missing)
            throw refuse(`${s.dir}/${missing} is listed by its shard record but missing from the folder`);
    }
    const of = seen.values().next().value.record.of;
    const absent = Array.from({ length: of }, (_, i) => i + 1).filter((i) => !seen.has(i));
    if (absent.length)
        throw refuse(`shard${absent.length > 1 ? 's' : ''} ${absent.map((i) => `${i}/${of}`).join(', ')} missing (the sources hold ${[
            ...seen.keys(),
        ]
            .sort((a, b) => a - b)
            .join(', ')} of ${of}); publishing without ${absent.length > 1 ? 'them' : 'it'} would delete ${absent.length > 1 ? 'their' : 'its'} manifests`);
}
function parseRecord(text, where) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw refuse(`${where} is not a shard record of generate --shard (not JSON)`);
    }
    const r = data;
    if (!r ||
        typeof r !== 'object' ||
        !Number.isInteger(r.shard) ||
        !Number.isInteger(r.of) ||
        typeof r.plan !== 'string' ||
        !Array.isArray(r.files) ||
        !r.files.every((f) => typeof f === 'string') ||
        r.shard < 1 ||
        r.shard > r.of ||
        !where.endsWith(`/.ringway-shard-${r.shard}-of-${r.of}.json`))
        throw refuse(`${where} is not a shard record of generate --shard (shard, of, plan, files)`);
    return r;
}

;// CONCATENATED MODULE: ./lib/manifests/publish.ts








/**
 * generate's staging folders (`.ringway-staging-*`): a killed generate can leave one in its output.
 * Never published, and removed from the target even when `keep` matches dotfiles.
 */
const STAGING = /^\.ringway-staging-/;
/** `*` and `?` wildcards over one path segment. */
function globToRegExp(glob) {
    const body = glob
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${body}$`);
}
async function isDirectory(path) {
    try {
        return (await (0,promises_namespaceObject.lstat)(path)).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * Publishes `source` as the target path of the branch without a working tree. The source files are
 * hashed here (git's blob ids, no process) and compared with the base commit's listing of the
 * target path (one `ls-tree`, trees only: no blob is needed): the same files mean nothing to
 * commit, decided without writing anything. Otherwise one fast-import writes the changed files'
 * blobs, the trees and the commit on the base, as edits (delete, add, replace) of the files that
 * differ; entries kept by `keep` and unchanged files are never touched. A rejected push fetches the
 * new tip and compares again. Nothing is checked out, indexed or compared on disk, which a push of
 * thousands of files spent its time on.
 * The same result as mirroring the files into a checkout and `git add -A` (test/manifests/publish.test.ts
 * compares the two on seeded random trees).
 */
async function publishTree(opts) {
    const { repo } = opts;
    const sourceFiles = (await (opts.read ?? readSources(opts.source))).files;
    // Only staging or empty folders (a generate killed before it moved its output): publishing that
    // would delete every manifest, as an empty source folder would.
    if (!sourceFiles.length)
        throw new errors/* RingwayError */.Sy(`input 'source': folder ${[opts.source].flat().join(', ')} holds no files to publish; refusing to delete every manifest`, { input: 'source', kind: 'usage' });
    const prefix = opts.targetPath === '.' ? '' : `${opts.targetPath.split(external_node_path_.sep).join('/')}/`;
    const keepers = opts.keep.map(globToRegExp);
    const { extra: files, ...result } = await pushWithRetries(opts, async () => {
        const base = repo.base;
        const target = await listTarget(repo, base, prefix);
        const changes = diffTarget(target, sourceFiles, prefix, keepers, base.length === 64 ? 'sha256' : 'sha1');
        // A root commit always changes something: the source is never empty.
        if (base && !changes.length)
            return { changed: false, base, commit: base, extra: [] };
        const remove = [];
        const written = [];
        for (const c of changes) {
            if (c.file)
                written.push({ path: c.path, mode: c.file.mode, data: c.file.data });
            else
                remove.push(c.path);
        }
        const commit = await fast_import_importCommit(repo, { base, message: opts.message, remove, files: written });
        return { changed: true, base, commit, extra: changes.map((c) => `${c.status}\t${c.path}`) };
    }, () => repo.fetchBase());
    return { ...result, files: result.changed ? files : [] };
}
/**
 * Every file of the sources with its bytes, read once. A path two sources hold is refused, naming
 * both: one would silently win. Shard records are checked (shard-records.ts), never published.
 * Reads are synchronous (thousands of small reads, each awaited through the thread pool, cost more
 * in wake-ups than in reading: seconds on a busy runner), in slices that let the event loop run
 * between them, so the reading fills the time a fetch started beside it waits on the network.
 */
async function readSources(source) {
    publish_crypto ??= await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 598, 23));
    const sources = [source].flat();
    const found = [];
    const from = new Map();
    const listed = [];
    let overlap;
    let seen = 0;
    for (const source of sources) {
        const here = { dir: source, files: [], records: [] };
        listed.push(here);
        // walkFilesSync joins names to the folder as given: the path below it is the rest.
        const cut = source.endsWith(external_node_path_.sep) ? source.length : source.length + 1;
        for (const { path, entry } of walkFilesSync(source, {
            skip: (e) => e.name === '.git' || STAGING.test(e.name),
        })) {
            if (++seen % SLICE === 0)
                await yieldToLoop();
            const rel = path.slice(cut);
            if (!rel.includes(external_node_path_.sep) && SHARD_RECORD.test(rel) && entry.isFile()) {
                here.records.push(rel);
                continue;
            }
            if (entry.isSymbolicLink())
                throw new errors/* RingwayError */.Sy(`source '${rel}' is a symbolic link; manifests must be plain files`);
            if (!entry.isFile())
                throw new errors/* RingwayError */.Sy(`source '${rel}' is not a regular file`);
            // A tree entry's name ends at a line break in git's text formats.
            if (/[\n\r]/.test(path))
                throw new errors/* RingwayError */.Sy(`source '${rel}': a file name with a line break cannot be published`);
            const posixPath = rel.split(external_node_path_.sep).join('/');
            const other = from.get(posixPath);
            if (other !== undefined)
                overlap ??= new errors/* RingwayError */.Sy(`input 'source': ${posixPath} is in both ${other} and ${source}; sources must not overlap, nothing was pushed`, { input: 'source', kind: 'usage' });
            from.set(posixPath, source);
            here.files.push(posixPath);
            found.push({ path: posixPath, full: path, mode: '100644', object: EMPTY, data: EMPTY, ids: {} });
        }
    }
    // Shards that planned differently overlap too: their records say why, so they speak first.
    await checkShardRecords(listed);
    if (overlap)
        throw overlap;
    for (const [i, f] of found.entries()) {
        if (i % SLICE === SLICE - 1)
            await yieldToLoop();
        Object.assign(f, readRegularFile(f.full));
        // Hashed now, while the fetch runs, in the format nearly every repository uses.
        blobId(f, 'sha1');
    }
    return { files: found };
}
/**
 * A file's bytes and mode from one open (open, fstat, read, close: where lstat + readFile took
 * five calls); O_NOFOLLOW, so a file swapped for a link after the listing is refused, not followed.
 */
function readRegularFile(path) {
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            throw new errors/* RingwayError */.Sy(`source '${path}' is not a regular file`);
        // Read behind git's blob header, so the id is one hash of one buffer.
        const header = Buffer.from(`blob ${st.size}\0`);
        const object = Buffer.allocUnsafe(header.length + st.size);
        header.copy(object);
        let at = header.length;
        while (at < object.length) {
            const n = (0,external_node_fs_.readSync)(fd, object, at, object.length - at, null);
            if (n === 0)
                break;
            at += n;
        }
        // A file that shrank while read: its header names the size read.
        const whole = at === object.length
            ? object
            : Buffer.concat([Buffer.from(`blob ${at - header.length}\0`), object.subarray(header.length, at)]);
        return {
            mode: (st.mode & 0o111) !== 0 ? '100755' : '100644',
            object: whole,
            data: whole.subarray(whole.indexOf(0) + 1),
        };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Files read between two turns of the event loop. */
const SLICE = 64;
const yieldToLoop = () => new Promise((resolve) => setImmediate(resolve));
const EMPTY = Buffer.alloc(0);
/** The id git gives the file as a blob (`<algo>("blob <size>\0" + data)`), computed once per format. */
function blobId(file, algo) {
    if (!publish_crypto)
        throw new Error('blobId before readSources loaded node:crypto');
    // crypto.hash (Node 20.12+): no Hash object per file, several times faster for small ones.
    const oneShot = publish_crypto.hash;
    return (file.ids[algo] ??= oneShot
        ? oneShot(algo, file.object, 'hex')
        : publish_crypto.createHash(algo).update(file.object).digest('hex'));
}
/**
 * node:crypto, loaded by readSources (every path to blobId passes there) rather than with the
 * bundle: it loads Node's stream modules, which a step that stops at its inputs never needs.
 */
let publish_crypto;
/**
 * The base's files under the target path (full paths), from one `ls-tree -r -t` that also lists
 * the folders leading to it (and what else they hold, passed over): each must be a folder or
 * absent. A committed link there is refused (as in a checkout, ringway never follows links out of
 * it), and a file is too.
 */
async function listTarget(repo, base, prefix) {
    const out = new Map();
    if (!base)
        return out;
    const folder = prefix.slice(0, -1);
    // Each folder on the way is named too: a file there matches no longer path.
    const parts = folder ? folder.split('/') : [];
    const ways = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    const listed = await repo.git(['ls-tree', '-r', '-t', '-z', '--full-tree', base, ...(folder ? ['--', ...ways] : [])]);
    for (const line of listed.stdout.split('\0')) {
        if (!line)
            continue;
        const tab = line.indexOf('\t');
        const [mode, , sha] = line.slice(0, tab).split(' ');
        const path = line.slice(tab + 1);
        if (!path.startsWith(prefix)) {
            // A folder on the way to the target path.
            if (!folder.startsWith(`${path}/`) && path !== folder)
                continue;
            if (mode === '120000')
                throw new errors/* RingwayError */.Sy(`input 'path': '${path}' is a symbolic link in the repository; ringway does not follow links out of a checkout`, { input: 'path' });
            if (mode !== '040000')
                throw new errors/* RingwayError */.Sy(`input 'path': '${path}' is a file in the repository, not a folder`, { input: 'path' });
            continue;
        }
        if (mode !== '040000')
            out.set(path, { mode, sha });
    }
    return out;
}
/**
 * What the commit changes, as `git diff-tree -r` names it: the target path's files become the
 * source's, except those under a top name `keep` spares (when the source does not bring that name;
 * never a staging folder). Sorted by path, as git lists them.
 */
function diffTarget(target, files, prefix, keepers, algo) {
    const sourceTops = new Set(files.map((f) => f.path.split('/')[0]));
    const changes = [];
    const bySource = new Map(files.map((f) => [`${prefix}${f.path}`, f]));
    for (const [path, entry] of target) {
        const top = path.slice(prefix.length).split('/')[0];
        if (!STAGING.test(top) && !sourceTops.has(top) && keepers.some((re) => re.test(top)))
            continue;
        const file = bySource.get(path);
        if (!file)
            changes.push({ status: 'D', path });
        else if (entry.sha !== blobId(file, algo) || entry.mode !== file.mode)
            changes.push({ status: kind(entry.mode) === kind(file.mode) ? 'M' : 'T', path, file });
    }
    for (const [path, file] of bySource)
        if (!target.has(path))
            changes.push({ status: 'A', path, file });
    // Byte order of the UTF-8 names, as git's; each name encoded once.
    const keyed = changes.map((c) => ({ c, key: Buffer.from(c.path) }));
    return keyed.sort((a, b) => Buffer.compare(a.key, b.key)).map(({ c }) => c);
}
/** A file, a link or a submodule: a change between them is a type change (`T`), not `M`. */
function kind(mode) {
    return mode === '120000' || mode === '160000' ? mode : 'file';
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

;// CONCATENATED MODULE: ./lib/steps/push-manifests.ts











const SOURCE_TRAILER = 'Ringway-Source-Commit';
const step = {
    name: 'push-manifests',
    title: 'Push manifests',
    description: 'Commits generated Kubernetes manifests to the manifest repository that Flux syncs. The target path becomes an exact copy of the source folder (deleted components disappear), a commit is made only when something changed, and it records the HLD commit it came from.',
    azureTaskId: '5b0f4d0e-6a53-4c1e-9d7e-2f3c1a9b7e41',
    inputs: [
        {
            name: 'source',
            description: "Folder of generated manifests to publish; several (comma- or newline-separated: the output folders of generate's shards) are published together, refused when two hold the same file or when a shard of their plan is missing",
            default: 'generated',
            kind: 'list',
            path: true,
        },
        { name: 'manifest-repo', description: 'URL of the manifest repository', required: true },
        { name: 'branch', description: "Branch of the manifest repository; empty = the repository's default branch" },
        {
            name: 'path',
            description: 'Folder inside the manifest repository to replace; default the repository root (one folder per environment, as Bedrock lays it out)',
            default: '.',
            path: true,
        },
        {
            name: 'keep',
            description: 'Names at the top of the target path that are never deleted (wildcards * and ?); by default dotfiles and README files, as Bedrock left them; empty for a strict mirror',
            kind: 'list',
            default: '.*,README*',
            // keep: '' is the strict mirror (delete everything the source does not have).
            allowEmpty: true,
        },
        { name: 'message', description: 'Commit message; default names the source commit' },
        {
            name: 'source-commit',
            description: 'HLD commit the manifests were generated from; default the commit being built',
        },
        { name: 'max-attempts', description: 'How many times a rejected push is re-applied and retried', default: '8' },
        ...gitInputs,
    ],
    outputs: [
        { name: 'changed', description: "'true' when the branch moved: a new commit, or a new branch created" },
        {
            name: 'commit',
            description: 'Manifest repository commit holding the manifests (the new one, or the unchanged tip)',
        },
        { name: 'branch', description: 'Branch that was pushed to' },
    ],
    async run(inputs, host) {
        const url = (0,validate/* checkRepoInput */.BI)(inputs.string('manifest-repo'), 'manifest-repo');
        const named = inputs.list('source');
        const sources = named.map((s) => (0,external_node_path_.resolve)(s));
        if (!sources.length)
            throw new errors/* UsageError */.eb(`input 'source' names no folder`, { input: 'source' });
        for (const [i, source] of sources.entries()) {
            if (sources.indexOf(source) !== i)
                throw new errors/* UsageError */.eb(`input 'source': folder ${named[i]} is named twice`, { input: 'source' });
            if (!(await isDirectory(source)))
                throw new errors/* UsageError */.eb(`input 'source': folder ${named[i]} does not exist`, { input: 'source' });
            if ((await (0,promises_namespaceObject.readdir)(source)).length === 0) {
                throw new errors/* UsageError */.eb(`input 'source': folder ${named[i]} is empty; refusing to delete every manifest`, {
                    input: 'source',
                });
            }
        }
        const targetPath = (0,errors/* withInput */.zE)('path', () => safeRelativePath(inputs.string('path')));
        // Checked before any network work, so a bad value fails at once with nothing fetched.
        const maxAttempts = inputs.integer('max-attempts', 1);
        const sourceCommit = inputs.string('source-commit') || host.build.commit;
        const message = buildMessage(inputs.string('message') || defaultMessage(sourceCommit, host.build.commitMessage), sourceCommit);
        // Read while the repository is fetched (that waits on the network); a bad source is reported
        // after the fetch, as before, and still before anything is written.
        const read = readSources(sources);
        read.catch(() => undefined);
        const work = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ringway-manifests-'));
        try {
            const repo = await host.group(`Fetch ${displayUrl(url)}`, async () => {
                // git's answer names the server; the error adds the input it came from.
                const r = await (0,errors/* withInput */.zE)('manifest-repo', () => GitRepo.checkout({
                    url,
                    branch: inputs.string('branch'),
                    dir: work,
                    token: inputs.string('token') || undefined,
                    identity: { name: inputs.string('git-user-name'), email: inputs.string('git-user-email') },
                    // The manifests become a tree directly (lib/manifests/publish.ts): nothing to check out.
                    worktree: false,
                }));
                host.info(r.branchExists
                    ? `fetched ${r.branch} at ${r.base}`
                    : `branch ${r.branch} does not exist yet: the push creates it`);
                return r;
            });
            // The group holds its outcome too: what was pushed, or why nothing was.
            const result = await host.group(`Publish ${named.join(', ')} to ${repo.branch}:${targetPath}`, async () => {
                const result = await publishTree({
                    repo,
                    source: sources,
                    read,
                    targetPath,
                    keep: inputs.list('keep'),
                    message,
                    dryRun: inputs.boolean('dry-run'),
                    maxAttempts,
                    log: (l) => host.info(l),
                });
                if (!result.changed)
                    host.info(`manifests in ${repo.branch}:${targetPath} are already up to date; nothing to commit`);
                else if (!result.pushed)
                    host.info(`dry run: commit ${result.commit} was not pushed`);
                else
                    host.info(`pushed ${result.commit} to ${repo.branch} (${result.files.length} files changed)`);
                return result;
            });
            const files = result.files;
            const count = (s) => String(files.filter((f) => f.startsWith(s)).length);
            await host.summary({
                title: 'ringway push-manifests',
                rows: [
                    ['repository', 'branch', 'path', 'changed', 'commit', 'added', 'modified', 'deleted', 'source commit'],
                    [
                        displayUrl(url),
                        repo.branch,
                        targetPath,
                        String(result.changed),
                        result.commit,
                        count('A'),
                        count('M'),
                        count('D'),
                        sourceCommit,
                    ],
                ],
            });
            return { changed: String(result.changed), commit: result.commit, branch: repo.branch };
        }
        finally {
            await removeTempDir(work, (l) => host.debug(l));
        }
    },
};
function defaultMessage(sourceCommit, sourceMessage) {
    // Bedrock's build.sh: "Updated k8s manifest files post commit: $COMMIT_MESSAGE".
    const subject = sourceMessage.split('\n')[0].trim();
    return `Updated k8s manifest files post commit: ${subject || sourceCommit || 'unknown'}`;
}
function buildMessage(message, sourceCommit) {
    if (!sourceCommit)
        return `${message.trim()}\n`;
    if (!/^[0-9a-f]{7,64}$/i.test(sourceCommit))
        throw new errors/* RingwayError */.Sy(`input 'source-commit' must be a commit SHA, got '${sourceCommit}'`, {
            input: 'source-commit',
        });
    return `${message.trim()}\n\n${SOURCE_TRAILER}: ${sourceCommit}\n`;
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

/***/ 24:
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
const stepModule = __nccwpck_require__(701);
const host = __nccwpck_require__(582);
void host.runAzure(stepModule.step);

module.exports = __webpack_exports__;
/******/ })()
;