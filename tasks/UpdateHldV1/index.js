/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 7872:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ Deadline),
/* harmony export */   NE: () => (/* binding */ withDeadline),
/* harmony export */   SB: () => (/* binding */ currentDeadline),
/* harmony export */   kE: () => (/* binding */ checkTimeoutBound)
/* harmony export */ });
/* unused harmony exports MAX_TIMEOUT_MS, enterDeadline */
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8115);


/**
 * The longest `timeout` or `request-timeout` accepted: a day. A step meant to wait longer waits for
 * nothing, and Node's timers overflow past 24.8 days (they then fire at once).
 */
const MAX_TIMEOUT_MS = 24 * 3600_000;
/** A duration input's value, refused above {@link MAX_TIMEOUT_MS} with a line naming the input. */
function checkTimeoutBound(ms, input, value) {
    if (ms > MAX_TIMEOUT_MS)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input '${input}': ${value.trim()} is longer than the 24h allowed`, {
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
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${this.what} did not finish within ${this.shown} (input 'timeout')${waitingFor ? `: stopped while waiting for ${waitingFor}` : ''}`, { kind: 'timeout', input: 'timeout' });
    }
    end() {
        clearTimeout(this.timer);
    }
}
// Per async call chain, not per process: steps run side by side in one process (tests, the demo).
const current = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
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

/***/ 8115:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BE: () => (/* binding */ statusKind),
/* harmony export */   I: () => (/* binding */ kindOf),
/* harmony export */   Sy: () => (/* binding */ RingwayError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   pH: () => (/* binding */ StepFailure),
/* harmony export */   zE: () => (/* binding */ withInput)
/* harmony export */ });
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

/***/ 3361:
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
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7872);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8115);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6995);



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
    modules ??= Promise.all([Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1421, 23)), Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6193, 23))]).then(([cp, sd]) => ({
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

/***/ 3102:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y1: () => (/* binding */ registerJobToken),
/* harmony export */   fn: () => (/* binding */ tokenFor),
/* harmony export */   rt: () => (/* binding */ jobTokenNote)
/* harmony export */ });
/* unused harmony exports jobTokenHosts, clearJobToken */
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2811);

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

/***/ 2811:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ hostOf)
/* harmony export */ });
/* unused harmony export TrustedHosts */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8115);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9719);


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

/***/ 9719:
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
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8115);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6995);




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

/***/ 8290:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K1: () => (/* binding */ MAX_ALIASES),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   _0: () => (/* binding */ parseData),
/* harmony export */   fX: () => (/* binding */ containedPath),
/* harmony export */   t2: () => (/* binding */ exists)
/* harmony export */ });
/* unused harmony exports loadDataFile, firstDocument */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8115);
/* harmony import */ var _yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(617);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5443);





/** Aliases a file may expand; bounds "billion laughs" documents. */
const MAX_ALIASES = 100;
async function exists(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).then(() => true, () => false);
}
/**
 * Parses one YAML or JSON file into plain data. Errors name the file and line:
 * `config/prod.yaml:4: …`.
 */
async function loadDataFile(path, display) {
    const json = path.endsWith('.json');
    const [text] = await Promise.all([readFile(path, 'utf8'), json || loadYaml()]);
    return parseData(text, display, json);
}
/** Parses YAML or JSON text; YAML after loadYaml() resolved. */
function parseData(text, display, json = false) {
    if (json) {
        try {
            return JSON.parse(text);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${display}: invalid JSON: ${err.message}`);
        }
    }
    const { LineCounter, parseDocument } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)();
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, lineCounter });
    const err = doc.errors[0];
    if (err) {
        const line = lineCounter.linePos(err.pos[0]).line;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${display}${line ? `:${line}` : ''}: invalid YAML: ${err.message.split('\n')[0]}`);
    }
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${display}: ${e.message.split('\n')[0]}`);
    }
}
/**
 * The first document of a YAML stream as Go's yaml.v2 reads it (keys typed as in
 * map[interface{}]interface{}); undefined where yaml.v2 fails too (helm's warning lines), as
 * Fabrikate drops those. A document ringway cannot read that names a Kubernetes object is an
 * error, never dropped. After loadYaml() resolved.
 */
function firstDocument(text) {
    try {
        return parseYaml11(text, { display: 'document', typedKeys: true });
    }
    catch (e) {
        if (!(e instanceof RingwayError))
            throw e;
        const kind = /^(apiVersion|kind):.*$/m.exec(text);
        if (kind)
            throw new RingwayError(`a rendered document (${kind[0].trim()}) cannot be read: ${e.message.replace(/^document:?/, 'line ')}`);
        return undefined;
    }
}
/** A mapping read from YAML or JSON (not a list, nor a GoFloat or other class instance). */
function isPlainObject(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    // An Object.prototype of any realm (structuredClone's results come from Node's own), or none.
    const proto = Object.getPrototypeOf(v);
    return proto === null || Object.getPrototypeOf(proto) === null;
}
/**
 * Resolves `path` under `base` and proves it stays inside `root` — also through symlinks.
 * `what` names the offending field in the error.
 */
async function containedPath(root, base, path, what) {
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${what}: absolute path '${path}' is not allowed; paths are relative to the HLD`);
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base, path);
    assertInside(root, full, what, path);
    if (await exists(full)) {
        const [realRoot, realFull] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(full)]);
        assertInside(realRoot, realFull, what, path);
    }
    return full;
}
function assertInside(root, full, what, original) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, full);
    if (rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${what}: path '${original}' leads outside the HLD`);
    }
}


/***/ }),

/***/ 237:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ environmentConfigFiles),
/* harmony export */   In: () => (/* binding */ parseSetArg),
/* harmony export */   TL: () => (/* binding */ splitKeyPath),
/* harmony export */   kI: () => (/* binding */ environmentConfigFile),
/* harmony export */   r0: () => (/* binding */ checkEnvironmentName),
/* harmony export */   yN: () => (/* binding */ definitionFile)
/* harmony export */ });
/* unused harmony exports isEnvironmentName, folderName */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8115);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8290);
// The HLD's names as users type them: environment names and the output folders named after them,
// `fab set`'s `key.path=value` arguments, the definition file and the config files of a component
// folder. No YAML here:
// steps check their inputs with these before anything is fetched or parsed.



/** The definition file of a component folder: `component.yaml`, else `component.json`; undefined when neither exists. */
async function definitionFile(dir) {
    for (const file of ['component.yaml', 'component.json']) {
        if (await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, file)))
            return file;
    }
    return undefined;
}
/**
 * The files an environment's config may be in, relative to the component folder, in the order
 * Fabrikate looks: `config/<environment>.yaml`, then `config/<environment>.json`.
 */
function environmentConfigFiles(environment) {
    return [`config/${environment}.yaml`, `config/${environment}.json`];
}
/**
 * The one rule for which file holds an environment's config: the YAML file, else an existing JSON
 * one, as Fabrikate reads it and `fab set` writes it. When neither exists, the YAML file (not there
 * yet): where a new config is written.
 */
async function environmentConfigFile(componentDir, environment) {
    const [yaml, json] = environmentConfigFiles(environment);
    for (const rel of [yaml, json]) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(componentDir, rel);
        if (await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2)(path))
            return { path, rel, json: rel === json, exists: true };
    }
    return { path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(componentDir, yaml), rel: yaml, json: false, exists: false };
}
/**
 * Parses `image.tag=123` as `fab set` does: exactly one `=`, the key path split on dots, where a
 * double-quoted segment keeps its dots (`"a.b".c=1` is the keys `a.b`, `c`). Values stay strings.
 */
function parseSetArg(arg) {
    const parts = arg.split('=');
    if (parts.length !== 2 || !parts[0].trim())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`'${shown(arg)}' is not a key=value pair (a key path, one '=', a value)`);
    return { keyPath: splitKeyPath(parts[0].trim(), arg), value: parts[1] };
}
/**
 * A dotted key path (`image.tag`, `"a.b".c`), or a subcomponent path. No part may be empty, nor
 * start with '-': such a key is never meant (it is what an option given in the wrong place becomes).
 */
function splitKeyPath(path, arg = path) {
    const keys = [];
    let cur = '';
    let quoted = false;
    for (const ch of path) {
        if (ch === '"')
            quoted = !quoted;
        else if (ch === '.' && !quoted) {
            keys.push(cur);
            cur = '';
        }
        else
            cur += ch;
    }
    keys.push(cur);
    const what = arg === path ? `'${shown(path)}'` : `'${shown(arg)}': '${shown(path)}'`;
    if (quoted || keys.some((k) => k === ''))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${what} is not a valid key path (an empty part or an unclosed '"')`);
    if (keys.some((k) => k.startsWith('-')))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${what} is not a valid key path: a part starts with '-', like an option`);
    return keys;
}
/**
 * The one rule for an environment name (config/<environment>.yaml): letters, digits, '_', '.',
 * '-', not starting with '.' or '-' (never a hidden file, never an option).
 */
function isEnvironmentName(name) {
    return /^\w[\w.-]*$/.test(name);
}
/** isEnvironmentName, or an error naming the environment (the step adds which input it came from). */
function checkEnvironmentName(environment) {
    if (!isEnvironmentName(environment)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`environment name '${shown(environment)}' is not valid: letters, digits, '_', '.' and '-', not starting with '.' or '-'`);
    }
    return environment;
}
/** A value as messages quote it: one line, at most 80 characters. */
function shown(s) {
    const clean = s.replace(/[\x00-\x1f\x7f]/g, '?');
    return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}
/** Output folder name for a set of environments, as `fab generate prod east` names it. */
function folderName(envs) {
    return envs.length ? envs.join('-') : 'common';
}


/***/ }),

/***/ 5766:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ readParsed)
/* harmony export */ });
/* unused harmony export ParsedFiles */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Files a generate run parses, kept while their bytes stay the same. Each environment set's walk
 * reads the HLD again (a hook may have changed it in between), but the root's component.yaml and
 * config/common.yaml of a 1,000-component HLD are the same bytes every time, and parsing them was
 * most of a walk's CPU; every shard of a matrix walks every environment set. The parsed values
 * are shared: callers must not change them.
 */
class ParsedFiles {
    entries = new Map();
    /** `parse` of the file's bytes, reused for the same path, key and bytes. */
    async read(path, key, parse) {
        const bytes = await readFile(path);
        const id = `${path}\0${key}`;
        const hit = this.entries.get(id);
        if (hit?.bytes.equals(bytes))
            return hit.value;
        const value = await parse(bytes);
        this.entries.set(id, { bytes, value });
        return value;
    }
}
/** `parse` of the file's bytes, through `memo` when there is one. */
async function readParsed(memo, path, key, parse) {
    return memo ? memo.read(path, key, parse) : parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path));
}


/***/ }),

/***/ 617:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ yaml),
/* harmony export */   y: () => (/* binding */ loadYaml)
/* harmony export */ });
let engine;
let loading;
/** Loads the engine once; every async path that reads or writes YAML awaits it first. */
function loadYaml() {
    loading ??= __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19)).then((m) => (engine = m));
    return loading;
}
/**
 * The engine, for synchronous code. Called before loadYaml() resolved it throws: that is a bug in
 * the caller (a path that forgot to await), never bad input, and must not read as "no document".
 */
function yaml() {
    if (!engine)
        throw new Error('internal error: YAML read before loadYaml() resolved');
    return engine;
}


/***/ }),

/***/ 5443:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   XM: () => (/* binding */ Decoder),
/* harmony export */   qL: () => (/* binding */ setKey),
/* harmony export */   uw: () => (/* binding */ decoding),
/* harmony export */   z1: () => (/* binding */ parseYaml11)
/* harmony export */ });
/* unused harmony exports MAX_ALIASED_NODES, readYaml11File, readGoMap, firstDocument11 */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8115);
/* harmony import */ var _yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4523);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6598);
/* harmony import */ var _yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(617);
// The reader of YAML the way Fabrikate reads it: Go's yaml.v2 (the fork github.com/timfpark/yaml that
// Fabrikate pins), a YAML 1.1 reader. The `yaml` package parses (yaml-source.ts first makes the
// text what it accepts); this module decodes its syntax tree with yaml.v2's rules: scalar values by
// the value rules of yaml-resolve.ts, merge keys applied in order with the later one winning,
// duplicate keys (last wins), keys typed as in a Go map[interface{}]interface{}, and Go struct
// decoding for Fabrikate's config files (config.ts). yaml-emit.ts writes the values back as yaml.v2 does.





/**
 * Nodes a document may decode through aliases; bounds "billion laughs" documents (yaml.v2's fork
 * has no bound and runs out of memory). Real configs expand a few anchors, helm output none.
 */
const MAX_ALIASED_NODES = 10_000;
/** A decoding failure: yaml.v2's message and the node it is about. */
class DecodeError {
    message;
    node;
    // Not an Error: decoding() always turns it into a RingwayError, and a stack trace per
    // refused document cost more than the decode.
    constructor(message, node) {
        this.message = message;
        this.node = node;
    }
}
const surveys = new WeakMap();
/** Sets a key, also `__proto__`, as an own property. */
function setKey(obj, key, value) {
    if (key === '__proto__')
        Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
    else
        obj[key] = value;
}
/** Decodes one parsed document with yaml.v2's rules. */
class Decoder {
    doc;
    typedKeys;
    text;
    source;
    aliased = 0;
    expanding = new Set();
    /** The last node defined with each anchor name (the fork checks merge sources by name against it). */
    lastAnchor;
    /** Call inside decoding(): throws what libyaml refuses and the `yaml` package accepts. */
    constructor(doc, typedKeys, text = false, source = '') {
        this.doc = doc;
        this.typedKeys = typedKeys;
        this.text = text;
        this.source = source;
        let survey = surveys.get(doc);
        if (!survey) {
            survey = this.survey();
            surveys.set(doc, survey);
        }
        this.lastAnchor = survey.lastAnchor;
        if (survey.refusal)
            throw survey.refusal;
    }
    /** One pass over the document (shared by every decoder of it). */
    survey() {
        const lastAnchor = new Map();
        const { isAlias, isPair, visit } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)();
        const doc = this.doc;
        try {
            visit(doc, (_key, node, path) => {
                const anchor = node?.anchor;
                if (anchor)
                    lastAnchor.set(anchor, node);
                // yaml.v2 refuses an unknown anchor while parsing, also where the value is never decoded.
                // The visit goes in document order, so the anchors seen so far are those an alias here can
                // name (what node.resolve(doc) finds, walking the whole document again for each alias).
                if (isAlias(node) && !lastAnchor.has(node.source))
                    this.fail(`unknown anchor '${node.source}' referenced`, node);
                const s = node;
                if (s?.type === 'PLAIN' && typeof s.source === 'string') {
                    const parent = path[path.length - 1];
                    const coll = (isPair(parent) ? path[path.length - 2] : parent);
                    if (!coll?.flow)
                        return;
                    // In a flow collection libyaml ends a plain scalar at `?` and cannot start one with `:`.
                    if (s.source.startsWith(':'))
                        this.fail('did not find expected node content', node);
                    if (s.source.includes('?'))
                        this.fail(`'?' in a plain scalar inside a flow collection (quote it): yaml.v2 fails or reads a key there, ringway cannot read it`, node);
                    // `[x:]` is the text "x:" to libyaml and a mapping to the `yaml` package: refuse rather than differ.
                    const end = s.range?.[1] ?? 0;
                    if (this.source[end] === ':' && /[,\]}]/.test(this.source[end + 1] ?? ''))
                        this.fail(`a plain scalar ending in ':' inside a flow collection (quote it): ringway cannot read it as yaml.v2 does`, node);
                }
            });
        }
        catch (e) {
            if (e instanceof DecodeError)
                return { lastAnchor, refusal: e };
            throw e;
        }
        return { lastAnchor };
    }
    fail(message, node) {
        throw new DecodeError(message, node);
    }
    count() {
        if (this.expanding.size && ++this.aliased > MAX_ALIASED_NODES)
            this.fail(`more than ${MAX_ALIASED_NODES} nodes expanded through aliases (an alias bomb?)`);
    }
    /** Follows aliases to the node they name (yaml.v2 refuses an anchor that contains itself). */
    deref(node, fn) {
        const { isAlias } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)();
        if (!isAlias(node))
            return fn(node);
        const target = node.resolve(this.doc);
        if (!target)
            this.fail(`unknown anchor '${node.source}' referenced`, node);
        if (this.expanding.has(target))
            this.fail(`anchor '${node.source}' value contains itself`, node);
        this.expanding.add(target);
        try {
            return this.deref(target, fn);
        }
        finally {
            this.expanding.delete(target);
        }
    }
    /** A scalar's resolved type and value (tags applied), and the node's text. */
    scalar(node) {
        const s = node;
        let text = typeof s.source === 'string' ? s.source : String(s.value ?? '');
        // libyaml ends a block scalar (`|`, `>`, also `|+`) that runs to the end of input without a
        // line break with no line break; the `yaml` package adds one. A helm chunk split on "\n---" ends so.
        if ((s.type === 'BLOCK_LITERAL' || s.type === 'BLOCK_FOLDED') &&
            text.endsWith('\n') &&
            this.source &&
            !/[\n\r]$/.test(this.source)) {
            const [start, end] = s.range ?? [0, 0];
            if (!/\S/.test(this.source.slice(end))) {
                // The `yaml` package ends the last line with a break when it has text, or when no line has any.
                const lines = this.source.slice(start, end).split('\n').slice(1);
                // With an indentation indicator, spaces past that indentation are text too.
                const n = Number(/^[|>](?:([1-9])[-+]?|[-+]([1-9]))/.exec(this.source.slice(start))?.slice(1).find(Boolean) ?? 0);
                const lineStart = this.source.lastIndexOf('\n', start) + 1;
                const parent = /^ */.exec(this.source.slice(lineStart))?.[0].length ?? 0;
                const hasText = (l) => l.trim() !== '' || (n > 0 && l.length > parent + n);
                if (hasText(lines[lines.length - 1] ?? '') || !lines.some(hasText))
                    text = text.slice(0, -1);
            }
        }
        const tag = s.tag?.replace(/^tag:yaml\.org,2002:/, '!!');
        if (!tag)
            return { r: s.type === 'PLAIN' ? (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePlain */ .Rg)(text) : { tag: 'str', value: text }, text };
        if (tag === '!!binary')
            return {
                r: {
                    tag: 'str',
                    value: (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeBinary */ .AQ)(text, () => this.fail('!!binary value contains invalid base64 data', node)),
                },
                text,
            };
        const std = /^!!(str|bool|int|float|null|timestamp)$/.exec(tag);
        if (std) {
            try {
                return { r: (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveTagged */ .ht)(std[1], text), text };
            }
            catch (e) {
                this.fail(e.message, node);
            }
        }
        if (tag === '!!merge' && text === '<<')
            return { r: { tag: 'merge', value: '<<' }, text };
        // Any other tag (custom, `!`, `!!map` on a scalar): the text, as yaml.v2 leaves it.
        return { r: { tag: 'str', value: text }, text };
    }
    /** A node decoded into interface{}. */
    value(node) {
        return this.deref(node, (n) => {
            this.count();
            const { isMap, isScalar, isSeq } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)();
            if (n === null || n === undefined)
                return null;
            if (isScalar(n)) {
                const { r, text } = this.scalar(n);
                if (this.text)
                    return r.tag === 'null' ? null : typeof r.value === 'string' || r.value instanceof _yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .GoBytes */ .UQ ? r.value : text;
                return (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .goValue */ .Av)(r, text);
            }
            if (isMap(n)) {
                const out = {};
                this.mapInto(n, out);
                return out;
            }
            if (isSeq(n))
                return n.items.map((item) => this.value(item));
            return null;
        });
    }
    /** True for a `<<` merge key (plain and untagged, or tagged !!merge). */
    isMerge(key) {
        const { isScalar } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)();
        if (!isScalar(key))
            return false;
        const k = key;
        return k.source === '<<' && ((k.type === 'PLAIN' && !k.tag) || k.tag === 'tag:yaml.org,2002:merge');
    }
    /** yaml.v2's merge: a mapping, an alias of one, or a list of them applied last to first. */
    merge(node, into) {
        const { isAlias, isMap, isSeq } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)();
        const wantMap = () => this.fail('map merge requires map or sequence of maps as the value', node);
        const checkAlias = (a) => {
            const last = this.lastAnchor.get(String(a.source));
            if (last && !isMap(last))
                wantMap();
        };
        if (isMap(node))
            into(node);
        else if (isAlias(node)) {
            checkAlias(node);
            into(node);
        }
        else if (isSeq(node)) {
            for (const item of [...node.items].reverse()) {
                if (isAlias(item))
                    checkAlias(item);
                else if (!isMap(item))
                    wantMap();
                into(item);
            }
        }
        else
            wantMap();
    }
    /** Decodes a mapping node (or an alias of one) into an existing Go map, in order: later keys and merges win. */
    mapInto(node, out) {
        this.deref(node, (n) => {
            const { isMap } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)();
            if (n === null || ((0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)().isScalar(n) && this.scalar(n).r.tag === 'null')) {
                // null decoded into a map that is not addressable clears it (yaml.v2's resetMap).
                for (const k of Object.keys(out))
                    delete out[k];
                return;
            }
            if (!isMap(n))
                this.fail(`cannot unmarshal ${kindName(n)} into map`, n);
            for (const pair of n.items) {
                if (this.isMerge(pair.key)) {
                    this.merge(pair.value, (m) => this.mapInto(m, out));
                    continue;
                }
                const key = this.key(pair.key);
                setKey(out, key, this.value(pair.value));
            }
        });
    }
    /** A map key: typed (map[interface{}]) or its text (map[string]). */
    key(node) {
        return this.deref(node, (n) => {
            const { isScalar } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)();
            if (!isScalar(n)) {
                if (n === null)
                    return this.typedKeys ? (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .typedKey */ .uR)('null', 'null') : '';
                this.fail(this.typedKeys ? `invalid map key: a ${kindName(n)}` : `cannot unmarshal ${kindName(n)} into string`, n);
            }
            const { r, text } = this.scalar(n);
            if (!this.typedKeys)
                return stringField(r, text);
            const v = (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .goValue */ .Av)(r, text);
            if (v === null)
                return (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .typedKey */ .uR)('null', 'null');
            if (typeof v === 'boolean')
                return (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .typedKey */ .uR)('bool', String(v));
            if (typeof v === 'number' && Number.isNaN(v))
                this.fail('a .nan key: yaml.v2 writes such a map in a random order, ringway cannot read it the same', n);
            if (v instanceof _yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .GoFloat */ .LK)
                return (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .typedKey */ .uR)('float', (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .goFloatString */ .Ei)(v.value, true));
            if (typeof v === 'number')
                return Number.isInteger(v) && r.tag === 'int'
                    ? (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .typedKey */ .uR)('int', String(v))
                    : (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .typedKey */ .uR)('float', (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .goFloatString */ .Ei)(v, true));
            if (typeof v === 'bigint')
                return (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .typedKey */ .uR)('int', String(v));
            if (v instanceof _yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .GoBytes */ .UQ)
                this.fail('a !!binary key that is not UTF-8 text: ringway cannot read it', n);
            const s = String(v);
            if (s.startsWith('\0'))
                this.fail('a key starting with a NUL character: ringway cannot read it', n);
            return s;
        });
    }
    /** A scalar decoded into a Go string field: its text (null is ""; !!binary decoded). */
    stringOf(node) {
        return this.deref(node, (n) => {
            const { isScalar } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)();
            if (n === null)
                return '';
            if (!isScalar(n))
                this.fail(`cannot unmarshal ${kindName(n)} into string`, n);
            const { r, text } = this.scalar(n);
            return stringField(r, text);
        });
    }
    /** A scalar decoded into a Go bool field: null is false; anything but a YAML 1.1 bool is an error. */
    boolOf(node, field) {
        return this.deref(node, (n) => {
            const { isScalar } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)();
            if (n === null)
                return false;
            if (!isScalar(n))
                this.fail(`cannot unmarshal ${kindName(n)} into bool (${field})`, n);
            const { r, text } = this.scalar(n);
            if (r.tag === 'null')
                return false;
            if (r.tag !== 'bool')
                this.fail(`cannot unmarshal !!${r.tag === 'merge' ? 'merge' : r.tag} \`${text}\` into bool (${field} must be true or false)`, n);
            return r.value;
        });
    }
}
function stringField(r, text) {
    if (r.tag === 'null')
        return '';
    if (typeof r.value === 'string')
        return r.value;
    if (r.value instanceof _yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .GoBytes */ .UQ)
        throw new DecodeError('a !!binary value that is not UTF-8 text where Fabrikate wants text: ringway cannot read it');
    return text;
}
function kindName(n) {
    const { isMap, isSeq } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)();
    return isMap(n) ? '!!map' : isSeq(n) ? '!!seq' : '!!str';
}
/** Runs a decode, turning its failures into one error line naming the file and line. */
function decoding(display, doc, fn) {
    try {
        return fn();
    }
    catch (e) {
        if (!(e instanceof DecodeError))
            throw e;
        const pos = e.node?.range?.[0];
        const line = pos === undefined ? 0 : doc.lineOf(pos);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${display}${line ? `:${line}` : ''}: ${e.message}`);
    }
}
/** Parses the first document of a YAML stream as yaml.v2 reads it into interface{} values; errors name the file and line. After loadYaml(). */
function parseYaml11(text, opts = { display: 'YAML' }) {
    const parsed = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFirstDocument */ .jE)(text, opts.display);
    if (!parsed)
        return null;
    return decoding(opts.display, parsed, () => new Decoder(parsed.doc, opts.typedKeys ?? false, opts.text ?? false, parsed.text).value(parsed.doc.contents));
}
/** Reads a YAML file as yaml.v2 reads it (parseYaml11), loading the engine while the file is read. */
async function readYaml11File(path, opts) {
    const [bytes] = await Promise.all([readFile(path), loadYaml()]);
    return parseYaml11(decodeFileBytes(bytes, opts.display), opts);
}
/**
 * The first document of a stream as Fabrikate reads helm's output (yaml.Unmarshal into
 * map[interface{}]interface{}): a mapping with typed keys, {} for an empty document; throws a
 * RingwayError naming `display` and the line where yaml.v2 would fail too. After loadYaml().
 */
function readGoMap(text, display) {
    const parsed = typeof text === 'string' ? parseFirstDocument(text, display) : text;
    if (!parsed)
        return {};
    return decoding(display, parsed, () => {
        const d = new Decoder(parsed.doc, true, false, parsed.text);
        const out = {};
        const root = parsed.doc.contents;
        d.deref(root, (n) => {
            if (n !== null && !yaml().isMap(n) && !(yaml().isScalar(n) && d.scalar(n).r.tag === 'null'))
                d.fail(`cannot unmarshal ${kindName(n)} into a mapping`, n);
        });
        d.mapInto(root, out);
        return out;
    });
}
/** readGoMap, or undefined where it fails. After loadYaml(). */
function firstDocument11(text) {
    try {
        return readGoMap(text, 'document');
    }
    catch (e) {
        if (e instanceof RingwayError)
            return undefined;
        throw e;
    }
}


/***/ }),

/***/ 4523:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ decodeBinary),
/* harmony export */   Av: () => (/* binding */ goValue),
/* harmony export */   Ei: () => (/* binding */ goFloatString),
/* harmony export */   IL: () => (/* binding */ typedKeyParts),
/* harmony export */   Kt: () => (/* binding */ readsAsOther11),
/* harmony export */   LK: () => (/* binding */ GoFloat),
/* harmony export */   Rg: () => (/* binding */ resolvePlain),
/* harmony export */   UQ: () => (/* binding */ GoBytes),
/* harmony export */   ht: () => (/* binding */ resolveTagged),
/* harmony export */   uR: () => (/* binding */ typedKey)
/* harmony export */ });
/* unused harmony export isGoTimestamp */
// The value rules of Go's yaml.v2 (the fork Fabrikate pins, github.com/timfpark/yaml), shared by
// the reader (yaml-read.ts) and the emitter (yaml-emit.ts): which type a plain scalar resolves to
// (resolve.go), what an explicit tag does with a scalar, the Go value a scalar becomes (whole
// floats, !!binary bytes, typed map keys), and how numbers print. Plain `off`/`no`/`y` are
// booleans, `0644` is octal (420), `1_000` is 1000, `1e6` is text (this fork's float pattern wants
// a signed exponent), a plain date stays the text it was.
/** A float whose value is a whole number (`1.0`, `1e+06`): yaml.v2 writes it as a float (`1e+06`). */
class GoFloat {
    value;
    constructor(value) {
        this.value = value;
    }
}
/** `!!binary` data that is not UTF-8 text (a Go string holding raw bytes); yaml.v2 writes it back as `!!binary`. */
class GoBytes {
    bytes;
    constructor(bytes) {
        this.bytes = bytes;
    }
}
const MAP = new Map();
for (const s of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'])
    MAP.set(s, { tag: 'bool', value: true });
for (const s of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'])
    MAP.set(s, { tag: 'bool', value: false });
for (const s of ['', '~', 'null', 'Null', 'NULL'])
    MAP.set(s, { tag: 'null', value: null });
for (const s of ['.nan', '.NaN', '.NAN'])
    MAP.set(s, { tag: 'float', value: NaN });
for (const s of ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'])
    MAP.set(s, { tag: 'float', value: Infinity });
for (const s of ['-.inf', '-.Inf', '-.INF'])
    MAP.set(s, { tag: 'float', value: -Infinity });
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
const YAML_STYLE_FLOAT = /^[-+]?[0-9]*\.?[0-9]+([eE][-+][0-9]+)?$/;
const BASE60 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const intValue = (n) => n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
/** Go's strconv.ParseInt(s, 0, 64), or ParseUint when `unsigned`; undefined when it fails. */
function parseGoInt(s, unsigned) {
    const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
    if (!m || (unsigned && m[1]))
        return undefined;
    const body = m[2];
    let n;
    if (/^0[xXoObB]/.test(body))
        n = BigInt(body.slice(0, 2).toLowerCase() + body.slice(2));
    else if (body.length > 1 && body.startsWith('0'))
        n = BigInt(`0o${body.slice(1)}`);
    else
        n = BigInt(body);
    if (m[1] === '-')
        n = -n;
    return unsigned ? (n <= UINT64_MAX ? n : undefined) : n >= INT64_MIN && n <= INT64_MAX ? n : undefined;
}
/** Go's strconv.ParseFloat(s, 64) for the decimal forms that reach it; undefined on a syntax or range error. */
function parseGoFloat(s) {
    if (!/^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$/.test(s))
        return undefined;
    const f = Number(s);
    return Number.isFinite(f) ? f : undefined;
}
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/**
 * yaml.v2's parseTimestamp: Go's time.Parse with "2006-1-2T15:4:5.999999999Z07:00" (T or t),
 * "2006-1-2 15:4:5.999999999" or "2006-1-2"; days are checked against the month.
 */
function isGoTimestamp(s) {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt ])(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(Z|[-+]\d{2}:\d{2})?)?$/.exec(s);
    if (!m)
        return false;
    const [, y, mo, d, sep, h, mi, sec, zone] = m;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    if (month < 1 || month > 12)
        return false;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    if (day < 1 || day > (month === 2 && leap ? 29 : DAYS[month - 1]))
        return false;
    if (sep === undefined)
        return true;
    if (sep === ' ' ? zone !== undefined : zone === undefined)
        return false;
    if (Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59)
        return false;
    if (zone && zone !== 'Z' && (Number(zone.slice(1, 3)) > 24 || Number(zone.slice(4)) > 59))
        return false;
    return true;
}
/** A plain (untagged) scalar resolved as yaml.v2 resolves it (resolve.go). */
function resolvePlain(s) {
    const c = s[0];
    const hint = s === ''
        ? 'N'
        : c === '+' || c === '-'
            ? 'S'
            : c >= '0' && c <= '9'
                ? 'D'
                : 'yYnNtTfFoO~'.includes(c)
                    ? 'M'
                    : c === '.'
                        ? '.'
                        : '';
    if (!hint)
        return { tag: 'str', value: s };
    const known = MAP.get(s);
    if (known)
        return known;
    if (hint === '.') {
        const f = /^\./.test(s) ? parseGoFloat(s) : undefined;
        if (f !== undefined)
            return { tag: 'float', value: f };
    }
    else if (hint === 'D' || hint === 'S') {
        if (hint === 'D' && isGoTimestamp(s))
            return { tag: 'timestamp', value: s };
        const plain = s.replace(/_/g, '');
        const i = parseGoInt(plain, false) ?? parseGoInt(plain, true);
        if (i !== undefined)
            return { tag: 'int', value: intValue(i) };
        if (YAML_STYLE_FLOAT.test(plain)) {
            const f = parseGoFloat(plain);
            if (f !== undefined)
                return { tag: 'float', value: f };
        }
        const bin = /^(-?)0b([01]+)$/.exec(plain);
        if (bin) {
            const n = BigInt(`0b${bin[2]}`) * (bin[1] ? -1n : 1n);
            if (n >= INT64_MIN && n <= UINT64_MAX)
                return { tag: 'int', value: intValue(n) };
        }
    }
    return { tag: 'str', value: s };
}
/**
 * A scalar with an explicit standard tag (`!!int 5`, `!!str yes`): yaml.v2 resolves the text and
 * fails when it is not of that type (a `!!float` may hold an int). Throws the reason.
 */
function resolveTagged(tag, s) {
    if (tag === 'str')
        return { tag: 'str', value: s };
    let r = resolvePlain(s);
    if (r.tag === 'merge' || (r.tag === 'timestamp' && tag !== 'timestamp'))
        r = { tag: 'str', value: s };
    if (r.tag === tag)
        return r;
    if (tag === 'float' && r.tag === 'int' && typeof r.value === 'number')
        return { tag: 'float', value: r.value };
    if (tag === 'float' && r.tag === 'int' && typeof r.value === 'bigint' && r.value <= INT64_MAX)
        return { tag: 'float', value: Number(r.value) };
    throw new Error(`cannot decode !!${r.tag} \`${s}\` as a !!${tag}`);
}
/** True when this text, written plain, would not read back as the same string (yaml.v2 quotes it). */
function readsAsOther11(s) {
    return resolvePlain(s).tag !== 'str' || (/^[-+0-9]/.test(s) && s.includes(':') && BASE60.test(s));
}
/**
 * A number as yaml.v2 prints it: integers in decimal; floats as Go's FormatFloat(f, 'g', -1, 64)
 * (exponent form below 1e-4 and from 1e6 up: 1.5e+06, 1e-05).
 */
function goFloatString(f, float = false) {
    if (Number.isNaN(f))
        return '.nan';
    if (f === Infinity)
        return '.inf';
    if (f === -Infinity)
        return '-.inf';
    if (Object.is(f, -0))
        return float ? '-0' : '0';
    if (f === 0)
        return '0';
    if (Number.isInteger(f) && !float)
        return BigInt(f).toString();
    const [m, x] = f.toExponential().split('e');
    const e = Number(x);
    if (e < -4 || e >= 6)
        return `${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
    // JavaScript prints fixed notation in this range with the same shortest digits.
    return String(f);
}
/** A resolved scalar as a Go interface{} value: whole floats as GoFloat, timestamps as their text. */
function goValue(r, text) {
    if (r.tag === 'float' && typeof r.value === 'number' && (Number.isInteger(r.value) || Object.is(r.value, -0)))
        return new GoFloat(r.value);
    if (r.tag === 'timestamp')
        return text;
    return r.value;
}
/** Go's base64.StdEncoding.DecodeString (line breaks ignored): a string when the bytes are UTF-8, else GoBytes. */
function decodeBinary(text, bad) {
    const s = text.replace(/[\r\n]/g, '');
    if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s))
        bad();
    const bytes = Buffer.from(s, 'base64');
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        return new GoBytes(new Uint8Array(bytes));
    }
}
/**
 * A key that is not text is kept in a JavaScript object as "\0<kind>\0<text>" (kind bool, int,
 * float or null; the text as yaml.v2 prints it), so 1, "1" and true stay three keys as in a Go map.
 */
function typedKey(kind, text) {
    return `\0${kind}\0${text}`;
}
/** A typed key's kind and text (see typedKey); undefined for a text key. */
function typedKeyParts(key) {
    if (!key.startsWith('\0'))
        return undefined;
    const [, kind, text] = key.split('\0');
    return { kind: kind, text };
}


/***/ }),

/***/ 6598:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eU: () => (/* binding */ decodeFileBytes),
/* harmony export */   jE: () => (/* binding */ parseFirstDocument)
/* harmony export */ });
/* unused harmony exports misreadMark, indentQuoted, fixFlow */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8115);
/* harmony import */ var _yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(617);


/**
 * A file's bytes as libyaml reads them: UTF-16 (LE or BE) when it starts with that byte order
 * mark, else UTF-8; the mark stays at the start of the text; bytes that are not valid UTF-8 are an error.
 */
function decodeFileBytes(bytes, display) {
    const le = bytes[0] === 0xff && bytes[1] === 0xfe;
    const be = bytes[0] === 0xfe && bytes[1] === 0xff;
    try {
        // The mark is kept (parseFirstDocument drops it): where yaml.v2 misreads a later U+FEFF depends on it.
        const opts = { fatal: true, ignoreBOM: true };
        if (le || be)
            return new TextDecoder(le ? 'utf-16le' : 'utf-16be', opts).decode(bytes);
        return new TextDecoder('utf-8', opts).decode(bytes);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${display}: invalid YAML: the file is not valid ${le || be ? 'UTF-16' : 'UTF-8'} text`);
    }
}
/** libyaml's allowed characters: tab, line breaks, printable ASCII, NEL and the rest of Unicode but surrogates, U+FFFE and U+FFFF. */
const NOT_ALLOWED = /[^\t\n\r\x20-\x7e\u0085\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
/**
 * The first document of a stream, parsed as libyaml parses it; undefined for a stream with no
 * document. Throws a RingwayError naming `display` and the line where the text is not YAML.
 * After loadYaml().
 */
function parseFirstDocument(source, display) {
    let text = source.startsWith('\ufeff') ? source.slice(1) : source;
    const bad = NOT_ALLOWED.exec(text);
    if (bad) {
        const line = text.slice(0, bad.index).split(/\r\n|\r|\n|\u0085/).length;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${display}:${line}: invalid YAML: control characters are not allowed (U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`);
    }
    const bom = misreadMark(source);
    if (bom)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${display}:${bom}: a byte order mark (U+FEFF) at the start of the text or just before a 512-byte boundary, where yaml.v2 drops the first character of the lines after it (write it as "\\uFEFF" in double quotes): ringway cannot read it as yaml.v2 does`);
    text = text.replace(/\u0085/g, '\n');
    // Plain `x:` and `-` inside flow collections (rare: only texts that have the pattern are scanned).
    if (/:[,\]}]|(?:[[{,]|:\s)\s*-[,\]}]/.test(text))
        text = fixFlow(text, false);
    const first = parse(text);
    if (!first.error)
        return first.result;
    const flowFixed = first.flowIndent ? fixFlow(text, true) : undefined;
    const quoteFixed = /^Missing closing/.test(first.error.message) ? indentQuoted(text) : undefined;
    for (const retry of [flowFixed, quoteFixed, dedentedEnd(text), flowFixed && dedentedEnd(flowFixed)]) {
        if (retry === undefined)
            continue;
        const second = parse(retry);
        if (!second.error)
            return second.result;
    }
    const { line, message } = first.error;
    const colon = /[^\s,[{'"]:[,\]}]/.exec(text);
    if (colon) {
        const at = text.slice(0, colon.index).split('\n').length;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${display}:${at}: a plain scalar ending in ':' inside a flow collection (quote it): ringway cannot read it as yaml.v2 does`);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${display}${line ? `:${line}` : ''}: invalid YAML: ${message}`);
}
/**
 * The line of a U+FEFF that yaml.v2 may misread the text after, if any. yaml.v2's scanner skips a
 * byte order mark at the start of a line, but its test (is_bom) looks at the first three bytes of
 * its decode buffer, not at the current position: once the buffer was refilled while the scanner
 * stood on a U+FEFF (the buffer refills 512 bytes of the file at a time, when fewer than four
 * characters are left), every line the scanner starts until the next refill loses its first
 * character (`...` reads as `..`, `key:` as `ey:`, an empty line joins the next). Emulating the
 * refill schedule would mean emulating the scanner; so a U+FEFF that can start a refill (the
 * first character, or fewer than three characters before a 512-byte boundary or the end, in UTF-8
 * or UTF-16) with a line after it, before the next boundary, that does not start with a space is
 * refused.
 */
function misreadMark(source) {
    const lead = source.startsWith('\ufeff') ? 1 : 0;
    let at = source.indexOf('\ufeff', lead);
    if (at < 0)
        return undefined;
    // UTF-8 byte offset of each UTF-16 index (UTF-16's is twice the index).
    const utf8 = new Uint32Array(source.length + 1);
    for (let i = 0; i < source.length; i++) {
        const c = source.charCodeAt(i);
        utf8[i + 1] =
            utf8[i] + (c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3);
    }
    // The text came from UTF-8 or UTF-16 (decodeFileBytes keeps a leading mark): both layouts count.
    const layouts = [
        { total: utf8[source.length], byteAt: (i) => utf8[i] },
        { total: source.length * 2, byteAt: (i) => 2 * i },
    ];
    for (; at >= 0; at = source.indexOf('\ufeff', at + 1)) {
        for (const { total, byteAt } of layouts) {
            // Where the buffer that holds the mark ends, and how many characters follow the mark in it.
            const boundary = Math.min(total, Math.ceil(byteAt(at) / 512) * 512);
            let after = 0;
            while (after < 3 && at + 1 + after < source.length && byteAt(at + 2 + after) <= boundary)
                after++;
            // The scanner reads on when fewer than 4 characters are left: standing on the mark, or the
            // mark is the first character of a fresh buffer.
            const refill = at === lead || byteAt(at) === boundary || byteAt(at + 1) > boundary || after < 3;
            if (!refill)
                continue;
            const end = at === lead ? Math.min(total, 512) : Math.min(total, boundary + 512);
            // Lines starting after the mark and before the buffer refills again.
            const lineStart = /(?:\r\n|[\n\r\u0085\u2028\u2029])(?=[^ ])/g;
            lineStart.lastIndex = at + 1;
            for (let m = lineStart.exec(source); m; m = lineStart.exec(source)) {
                const start = m.index + m[0].length;
                if (byteAt(start) > end)
                    break;
                return source.slice(lead, at).split(/\r\n|[\n\r\u0085]/).length;
            }
        }
    }
    return undefined;
}
function parse(text) {
    const { LineCounter, parseAllDocuments } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .yaml */ .o)();
    const lineCounter = new LineCounter();
    // The `yaml` package makes an Error per problem; their stack traces cost more than the parse.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    let docs;
    try {
        docs = parseAllDocuments(text, {
            version: '1.1',
            prettyErrors: false,
            uniqueKeys: false,
            merge: false,
            lineCounter,
            keepSourceTokens: false,
        });
    }
    finally {
        Error.stackTraceLimit = limit;
    }
    const lineOf = (pos) => lineCounter.linePos(pos).line;
    // An empty stream comes back as an object with errors but no documents.
    const errors = Array.isArray(docs) && docs.length
        ? docs[0].errors
        : (docs.errors ?? []);
    const directive = /^%(?!YAML[ \t]+1\.\d+[ \t]*(#.*)?$|TAG[ \t]+\S+[ \t]+\S+[ \t]*(#.*)?$)/m.exec(text.split(/^---/m)[0]);
    if (errors.length) {
        const err = errors[0];
        return {
            error: {
                line: lineOf(err.pos[0]),
                message: err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
            },
            flowIndent: errors.some((e) => /^Flow (sequence|map|collection) in block collection must be sufficiently indented/.test(e.message)),
        };
    }
    if (directive)
        return {
            error: { line: text.slice(0, directive.index).split('\n').length, message: 'unknown or malformed directive' },
        };
    if (!Array.isArray(docs) || docs.length === 0)
        return {};
    return { result: { doc: docs[0], text, lineOf } };
}
/**
 * Continuation lines of quoted scalars indented past the line the scalar opened on. libyaml reads
 * a quoted scalar across lines whatever their indentation (a NEL inside quotes is such a line
 * break); the `yaml` package ends the node at a line indented less. Both drop a continuation
 * line's leading spaces, so the value is unchanged. Undefined when no line needed it.
 */
function indentQuoted(text) {
    const lines = text.split('\n');
    let quote = '';
    let pad = '';
    let blockParent = -1; // inside a block scalar's body: the indentation of the line that opened it
    let changed = false;
    for (let i = 0; i < lines.length; i++) {
        const indent = lines[i].length - lines[i].trimStart().length;
        if (quote) {
            if (lines[i].trim() && indent < pad.length) {
                lines[i] = pad + lines[i].trimStart();
                changed = true;
            }
        }
        else if (blockParent >= 0) {
            if (!lines[i].trim() || indent > blockParent)
                continue;
            blockParent = -1;
        }
        const line = lines[i];
        let j = quote ? 0 : indent;
        for (; j < line.length; j++) {
            const c = line[j];
            if (quote === '"') {
                if (c === '\\')
                    j++;
                else if (c === '"')
                    quote = '';
            }
            else if (quote === "'") {
                if (c === "'" && line[j + 1] === "'")
                    j++;
                else if (c === "'")
                    quote = '';
            }
            else if (c === '#' && (j === 0 || line[j - 1] === ' ' || line[j - 1] === '\t')) {
                break;
            }
            else if ((c === '"' || c === "'") && opensScalar(line, j, indent)) {
                quote = c;
                // Past the opening quote is past any key or list item the scalar belongs to.
                pad = ' '.repeat(j + 1);
            }
        }
        if (!quote && /(?:^|[\s:?-])[|>][0-9+-]*[ \t]*(?:#.*)?\r?$/.test(line.replace(/^\s*-\s+/, ' ')))
            blockParent = indent;
    }
    return changed ? lines.join('\n') : undefined;
}
/** A quote at `j` starts a scalar: first on its line, or after `:`, `-`, `?`, `[`, `{`, `,`, an anchor or a tag. */
function opensScalar(line, j, indent) {
    if (j === indent)
        return true;
    const before = line.slice(indent, j);
    if (/[[{,]\s*$/.test(before))
        return true;
    return /:\s+$/.test(before) || /(?:^|\s)(?:[-?]|[&!]\S*)\s+$/.test(before);
}
/**
 * The text up to a line indented less than the document's first node: libyaml ends the document
 * there (the rest starts the next one, which yaml.v2's Unmarshal never reads); the `yaml` package
 * calls it an error. Undefined when there is no such line.
 */
function dedentedEnd(text) {
    const lines = text.split('\n');
    let rootIndent = -1;
    let offset = 0;
    for (const line of lines) {
        // A line with only an anchor or a tag gives the node below it, not an indentation.
        const content = !/^\s*(#.*)?\r?$/.test(line) &&
            !/^(---|\.\.\.)(\s|$)/.test(line) &&
            !line.startsWith('%') &&
            !/^\s*([&!]\S*\s*)+(#.*)?\r?$/.test(line);
        if (content) {
            const indent = line.length - line.trimStart().length;
            if (rootIndent < 0) {
                if (indent === 0)
                    return undefined;
                rootIndent = indent;
            }
            else if (indent < rootIndent)
                return text.slice(0, offset);
        }
        offset += line.length + 1;
    }
    return undefined;
}
/**
 * Flow collections made what the `yaml` package reads as libyaml does. With `indent`, continuation
 * lines are indented past the column where the collection opened (libyaml ignores indentation
 * inside flow collections; quoted and plain scalars drop a continuation line's leading spaces
 * anyway). Always, a plain scalar that libyaml ends with `:` right before `,`, `]` or `}` (`[x:]`
 * is the text "x:") and a lone `-` (the text "-") are single-quoted: both are text either way,
 * and the `yaml` package would read a mapping or a block list. Lines keep their place.
 */
function fixFlow(text, indent) {
    const lines = text.split('\n');
    let depth = 0;
    let openCol = 0;
    let quote = '';
    let blockIndent = -1;
    // Where a node may start in block context: at the line's start, after `- `, `? `, `: `, an anchor or a tag.
    const nodeStart = (before) => before === '' || /(^|\s)[-?:]$/.test(before) || /:$/.test(before) || /(^|\s)[&!]\S*$/.test(before);
    for (let li = 0; li < lines.length; li++) {
        let line = lines[li];
        const lead = line.length - line.replace(/^ +/, '').length;
        if (blockIndent >= 0) {
            if (line.trim() === '' || lead > blockIndent)
                continue;
            blockIndent = -1;
        }
        if (indent && depth > 0 && line.trim() !== '' && lead <= openCol && !/^(---|\.\.\.)(\s|$)/.test(line)) {
            line = ' '.repeat(openCol + 1 - lead) + line;
            lines[li] = line;
        }
        let prev = ' ';
        for (let i = 0; i < line.length; i++) {
            const c = line[i];
            if (quote) {
                if (quote === '"' && c === '\\')
                    i++;
                else if (c === quote) {
                    if (quote === "'" && line[i + 1] === "'")
                        i++;
                    else
                        quote = '';
                }
                prev = c;
                continue;
            }
            if (c === '#' && /\s/.test(prev))
                break;
            const special = '"\'[]{}|>'.includes(c);
            // In a flow collection a token starts after `[`, `{`, `,`, or `: `.
            const atToken = depth > 0 &&
                (prev === ' ' || '[{,'.includes(prev)) &&
                /(?:[[{,]|:\s)\s*$/.test(line.slice(Math.max(0, i - 40), i));
            if (!special && !(atToken && !' ,:?#'.includes(c))) {
                prev = c;
                continue;
            }
            if (!special) {
                // A plain scalar in a flow collection: where libyaml ends it.
                let j = i;
                while (j < line.length &&
                    !',[]{}'.includes(line[j]) &&
                    !(line[j] === ':' && /[\s]/.test(line[j + 1] ?? ' ')) &&
                    !(line[j] === '#' && line[j - 1] === ' ')) {
                    if (line[j] === ':' && ',]}'.includes(line[j + 1] ?? '')) {
                        j++;
                        break;
                    }
                    j++;
                }
                const token = line.slice(i, j).trimEnd();
                if ((token === '-' && ',]}'.includes(line[i + 1] ?? '')) ||
                    (token.endsWith(':') && ',]}'.includes(line[j] ?? ''))) {
                    const quoted = `'${token.replace(/'/g, "''")}'`;
                    line = line.slice(0, i) + quoted + line.slice(i + token.length);
                    lines[li] = line;
                    i += quoted.length - 1;
                }
                else
                    i = j - 1;
                prev = line[i];
                continue;
            }
            const before = line.slice(0, i).trimEnd();
            const start = depth > 0 ? /(^|[[{,:?])$/.test(before) : nodeStart(before);
            if ((c === '"' || c === "'") && start)
                quote = c;
            else if (depth === 0) {
                if ((c === '[' || c === '{') && start) {
                    depth = 1;
                    openCol = i;
                }
                else if ((c === '|' || c === '>') && start && /^[|>][-+0-9]*\s*(#.*)?$/.test(line.slice(i))) {
                    // Its text is indented deeper than the mapping it is a value of (after any `- `).
                    blockIndent = /^ *(?:- +)*/.exec(line)?.[0].length ?? lead;
                    break;
                }
            }
            else if (c === '[' || c === '{')
                depth++;
            else if (c === ']' || c === '}')
                depth--;
            prev = c;
        }
    }
    return lines.join('\n');
}


/***/ }),

/***/ 5582:
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
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
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
var job_token = __nccwpck_require__(3102);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/secrets.ts
var secrets = __nccwpck_require__(6995);
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
var errors = __nccwpck_require__(8115);
// EXTERNAL MODULE: ./lib/deadline.ts
var lib_deadline = __nccwpck_require__(7872);
// EXTERNAL MODULE: ./lib/exec.ts
var exec = __nccwpck_require__(3361);
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

/***/ 6995:
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

/***/ 2357:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  collectEdits: () => (/* binding */ collectEdits),
  step: () => (/* binding */ step)
});

// EXTERNAL MODULE: ./lib/errors.ts
var lib_errors = __nccwpck_require__(8115);
// EXTERNAL MODULE: ./lib/hld/names.ts
var names = __nccwpck_require__(237);
;// CONCATENATED MODULE: ./lib/template.ts

/**
 * Fills the `{name}` placeholders of a template (image tags, branch names) from `values`. A
 * placeholder not among them is an error that lists those that are; `value` may refine a known
 * one or refuse it (an empty value). `what` begins the error: where the template came from.
 */
function template_fillTemplate(template, values, what, value = (_k, v) => v) {
    return template.replace(/\{([\w-]+)\}/g, (m, key) => {
        if (!Object.hasOwn(values, key))
            throw new lib_errors/* UsageError */.eb(`${what}: unknown placeholder ${m} in '${template}' (known: ${Object.keys(values)
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
    throw new lib_errors/* UsageError */.eb(`'${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}'${tag.length > 60 ? ` (${tag.length} characters)` : ''} is not an image tag: at most 128 letters, digits, '_', '.' and '-', not starting with '.' or '-'`);
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
            throw new UsageError(`tag template '${template}': ${m} is empty: this build has no ${key.replace('-', ' ')} (${emptyHint(key, surface)})`);
        return key === 'branch' ? v.replace(/[/._]/g, '-') : v;
    });
    const tag = filled
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
    if (!TAG_PATTERN.test(tag))
        throw new UsageError(`tag template '${template}' gives '${filled}', which cannot be made a valid image tag`);
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
        throw new UsageError(`'${ref}' is not an image reference (registry/repository[:tag])`);
    const registry = m[1] ?? 'registry-1.docker.io';
    const repository = !m[1] && !m[2].includes('/') ? `library/${m[2]}` : m[2];
    return { registry, repository, tag: m[3], digest: m[4] };
}
function formatRef(r) {
    return `${r.registry}/${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
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
        entries = readdirSync(dir, { withFileTypes: true });
    }
    catch (err) {
        if (opts.skipUnreadable)
            return;
        throw err;
    }
    // The names come from the folder: no `..` or doubled `/` to normalise away (join's cost here).
    const base = dir.endsWith(sep) ? dir : `${dir}${sep}`;
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

;// CONCATENATED MODULE: ./lib/fs/contained.ts




/**
 * Symlinks are never followed out of a checkout or a source folder. A checkout's content (HLD,
 * manifest repository, fetched component) is untrusted: a committed link to `/home/runner` must not
 * make a step read, write or delete there. These checks run before any read or write, dry-run too.
 */
/** Whether `path` is `root` or below it (by name; links are not followed). */
function inside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel));
}
/**
 * Proves that `path` (which may not exist yet) resolves inside `root` once every link on the way is
 * followed: the deepest existing part of it is resolved; a dangling link is refused (writing
 * through it would create its target, wherever that is). `what` starts the error line.
 */
async function assertResolvesInside(root, path, what) {
    const realRoot = await (0,promises_.realpath)(root);
    let p = path;
    for (;;) {
        if (await (0,promises_.lstat)(p).then(() => true, () => false))
            break;
        const up = (0,external_node_path_.dirname)(p);
        if (up === p)
            return;
        p = up;
    }
    const real = await (0,promises_.realpath)(p).catch(() => undefined);
    if (!real || !inside(realRoot, real)) {
        throw new lib_errors/* RingwayError */.Sy(`${what}: '${(0,external_node_path_.relative)(root, p) || '.'}' is a symbolic link that leads outside ${(0,external_node_path_.relative)((0,external_node_path_.dirname)(root), root) || root}; links are never followed out of a checkout`);
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
            await assertResolvesInside(root, p, what);
        else if (st.isDirectory()) {
            for (const e of await readdir(p, { withFileTypes: true }))
                if (e.isSymbolicLink())
                    await assertResolvesInside(root, join(p, e.name), what);
        }
    }
}
/** Every link anywhere under `dir` must resolve inside `root` (a chart, a static or kustomize folder). */
async function assertTreeInside(root, dir, what) {
    await assertResolvesInside(root, dir, what);
    if (!(await lstat(dir).catch(() => undefined))?.isDirectory())
        return;
    for await (const { path, entry } of walkFiles(dir, {
        skip: (e) => e.isDirectory() && e.name === '.git',
        skipUnreadable: true,
    })) {
        if (entry.isSymbolicLink())
            await assertResolvesInside(root, path, what);
    }
}

;// CONCATENATED MODULE: ./lib/fs/temp.ts


/**
 * Removes a temporary folder of ours, retrying while something still writes into it (a git that
 * was slow to exit, an antivirus scan). A folder that cannot be removed is reported through `warn`
 * and left: cleanup never turns a step that did its work into a failure.
 */
async function removeTempDir(dir, warn) {
    try {
        await (0,promises_.rm)(dir, { recursive: true, force: true, maxRetries: 6, retryDelay: 100 });
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
var secrets = __nccwpck_require__(6995);
// EXTERNAL MODULE: ./lib/git/job-token.ts
var job_token = __nccwpck_require__(3102);
// EXTERNAL MODULE: ./lib/git/trust.ts
var trust = __nccwpck_require__(2811);
// EXTERNAL MODULE: ./lib/git/validate.ts
var validate = __nccwpck_require__(9719);
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
        throw new lib_errors/* UsageError */.eb(`'${value}' must be relative to the repository root`);
    const n = (0,external_node_path_.normalize)(v).replace(/\\/g, '/').replace(/\/+$/, '');
    if (n === '..' || n.startsWith('../') || n.split('/').includes('.git')) {
        throw new lib_errors/* UsageError */.eb(`'${value}' must stay inside the repository`);
    }
    // Paths follow `--` on every command line; a folder named like an option is still never meant.
    if (n.split('/').some((p) => p.startsWith('-')))
        throw new lib_errors/* UsageError */.eb(`'${value}' looks like an option (a part starts with '-')`);
    return n || '.';
}

// EXTERNAL MODULE: ./lib/exec.ts
var exec = __nccwpck_require__(3361);
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
        await (0,promises_.mkdir)(opts.dir, { recursive: true });
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
            for (const name of await (0,promises_.readdir)(opts.dir))
                await (0,promises_.rm)((0,external_node_path_.join)(opts.dir, name), { recursive: true, force: true });
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
        const text = (path) => (0,promises_.readFile)((0,external_node_path_.join)(this.dir, '.git', path), 'utf8').then((s) => s, () => '');
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
        const m = /^([0-9a-f]{40}|[0-9a-f]{64})\t/.exec(await (0,promises_.readFile)((0,external_node_path_.join)(this.dir, '.git', 'FETCH_HEAD'), 'utf8'));
        if (!m)
            throw new lib_errors/* RingwayError */.Sy(`git fetch from ${displayUrl(this.url)} recorded no commit`);
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
            throw new lib_errors/* RingwayError */.Sy(`push to ${displayUrl(this.url)} was cut off: the server closed the connection (${(0,exec/* lastLines */.w$)(r.stderr, 1)}); the branch holds its old tip or the whole push, never part of it: run the step again`, { kind: 'unreachable' });
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
        return new lib_errors/* RingwayError */.Sy(`authentication to ${where} failed (HTTP 401)${instead ?? ": check the 'token' input"}`, {
            kind: 'unauthorized',
            status: 401,
            input: 'token',
            cause: err,
        });
    }
    if (/HTTP 403|403 Forbidden|Permission to .* denied|permission denied/i.test(text)) {
        return new lib_errors/* RingwayError */.Sy(`access to ${where} was refused (HTTP 403)${instead ?? ': the token lacks permission for this repository'}`, { kind: 'forbidden', status: 403, ...(instead ? { input: 'token' } : {}), cause: err });
    }
    if (/repository .* not found|not found|does not appear to be a git repository|HTTP 404/i.test(text)) {
        return new lib_errors/* RingwayError */.Sy(`repository ${where} was not found${instead ? `, or the token cannot see it${instead}` : ': check the URL'}`, { kind: 'not-found', ...(instead ? { input: 'token' } : {}), cause: err });
    }
    if (/Could not resolve host|Connection refused|Failed to connect|timed out|Couldn't connect/i.test(text)) {
        return new lib_errors/* RingwayError */.Sy(`cannot reach ${where}: ${(0,exec/* lastLines */.w$)(err.result.stderr, 1)}`, {
            kind: 'unreachable',
            cause: err,
        });
    }
    return new lib_errors/* RingwayError */.Sy(`${err.label} ${where} failed: ${(0,exec/* lastLines */.w$)(err.result.stderr || err.result.stdout, 2)}`, {
        cause: err,
    });
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
async function importCommit(repo, spec) {
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
        throw new lib_errors/* RingwayError */.Sy('git fast-import wrote no commit');
    return sha;
}
const NEWLINE = Buffer.from('\n');
/** Runs one fast-import stream (ended with `done`, so a cut-off stream fails); returns its marks. */
async function runFastImport(repo, parts) {
    const tmp = await (0,promises_.mkdtemp)((0,external_node_path_.join)(repo.dir, '.git', 'ringway-import-'));
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
        for (const line of (await (0,promises_.readFile)(marksFile, 'utf8')).split('\n')) {
            const m = /^:(\d+) ([0-9a-f]{40,64})$/.exec(line);
            if (m)
                marks.set(Number(m[1]), m[2]);
        }
        return marks;
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
    }
}
/** A path as fast-import reads it: C-quoted when it starts with a quote (line breaks are refused earlier). */
function quotePath(path) {
    if (/[\n\r]/.test(path))
        throw new lib_errors/* RingwayError */.Sy(`'${path.replace(/[\n\r]/g, ' ')}': a path with a line break`);
    return path.startsWith('"') ? `"${path.replace(/["\\]/g, '\\$&')}"` : path;
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
            throw new lib_errors/* RingwayError */.Sy(`push to branch '${repo.branch}' was rejected ${max} times because others kept pushing; nothing was pushed`);
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
            const file = (0,external_node_path_.join)(repo.dir, path);
            // The working copy's folders are the first checkout's: never write through a link out of it.
            await assertResolvesInside(repo.dir, file, opts.where ?? `'${path}'`);
            const at = tip.files.get(path);
            if (!at)
                await (0,promises_.rm)(file, { force: true });
            else {
                await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
                await (0,promises_.writeFile)(file, at.content);
            }
        }
        await opts.apply();
        const files = [];
        for (const path of opts.files) {
            const now = await (0,promises_.readFile)((0,external_node_path_.join)(repo.dir, path)).catch((e) => {
                if (e.code === 'ENOENT')
                    return undefined;
                throw e;
            });
            const at = tip.files.get(path);
            if (!now) {
                if (at)
                    throw new lib_errors/* RingwayError */.Sy(`'${path}' was removed by the edit; an edit here only writes files`);
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

// EXTERNAL MODULE: ./lib/hld/files.ts
var files = __nccwpck_require__(8290);
// EXTERNAL MODULE: ./lib/hld/parsed-files.ts
var parsed_files = __nccwpck_require__(5766);
// EXTERNAL MODULE: ./lib/hld/yaml-engine.ts
var yaml_engine = __nccwpck_require__(617);
// EXTERNAL MODULE: ./lib/hld/yaml-read.ts
var yaml_read = __nccwpck_require__(5443);
// EXTERNAL MODULE: ./lib/hld/yaml-source.ts
var yaml_source = __nccwpck_require__(6598);
;// CONCATENATED MODULE: ./lib/hld/definition.ts








const TYPES = new Set(['component', 'helm', 'static', 'kustomize']);
const METHODS = new Set(['local', 'git', 'helm', 'http', '']);
const HOOKS = new Set(['before-install', 'after-install', 'before-generate', 'after-generate']);
function noDefinition(display) {
    return new lib_errors/* RingwayError */.Sy(`component '${display}': no component.yaml or component.json in ${display}`);
}
/** Loads `component.yaml`, else `component.json`, from a component folder (parsed once per bytes with `parsed`). */
async function loadDefinition(dir, display, parsed) {
    const file = await (0,names/* definitionFile */.yN)(dir);
    if (!file)
        throw noDefinition(display);
    const full = (0,external_node_path_.join)(dir, file);
    const shown = `${display === '.' ? '' : `${display}/`}${file}`;
    return (0,parsed_files/* readParsed */.m)(parsed, full, shown, async (bytes) => {
        if (file.endsWith('.json'))
            return normalize(goJsonFields((0,files/* parseData */._0)(bytes.toString('utf8'), shown, true)), shown);
        // Fabrikate reads every field into a Go string: `version: 1.10` is "1.10", not 1.1.
        await (0,yaml_engine/* loadYaml */.y)();
        return normalize((0,yaml_read/* parseYaml11 */.z1)((0,yaml_source/* decodeFileBytes */.eU)(bytes, shown), { display: shown, text: true }), shown);
    });
}
/** The fields of Fabrikate's Component struct, as its JSON tags spell them. */
const FIELDS = [
    'name',
    'type',
    'generator',
    'hooks',
    'source',
    'method',
    'path',
    'version',
    'branch',
    'repositories',
    'subcomponents',
];
/**
 * A component.json as Go's encoding/json fills the Component struct: a key matches a field
 * whatever its case (`"Name"`, `"TYPE"`; Go folds 'ſ' to 's' and the Kelvin sign to 'k' too), a
 * later key for one field overwrites an earlier one, and keys of no field are ignored. Keys inside
 * `hooks` and `repositories` are map keys and stay as written.
 */
function goJsonFields(raw) {
    if (!(0,files/* isPlainObject */.Qd)(raw))
        return raw;
    const out = {};
    for (const [k, v] of Object.entries(raw)) {
        const folded = k
            .replace(/\u017f/g, 's')
            .replace(/\u212a/g, 'k')
            .toLowerCase();
        const field = FIELDS.find((f) => f === k) ?? FIELDS.find((f) => f.toLowerCase() === folded);
        if (!field)
            continue;
        out[field] = field === 'subcomponents' && Array.isArray(v) ? v.map(goJsonFields) : v;
    }
    return out;
}
function str(v, field, where) {
    if (v === undefined || v === null)
        return '';
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    throw new lib_errors/* RingwayError */.Sy(`${where}: '${field}' must be a string`);
}
function normalize(raw, where) {
    if (!(0,files/* isPlainObject */.Qd)(raw))
        throw new lib_errors/* RingwayError */.Sy(`${where}: a component definition must be a mapping`);
    const name = str(raw.name, 'name', where);
    if (!name)
        throw new lib_errors/* RingwayError */.Sy(`${where}: component has no 'name'`);
    if (/[/\\]|^\.\.?$/.test(name))
        throw new lib_errors/* RingwayError */.Sy(`${where}: component name '${name}' may not contain '/' or be '.' or '..'`);
    // `generator` is Fabrikate's deprecated spelling of `type`, and wins when both are set.
    const type = str(raw.generator, 'generator', where) || str(raw.type, 'type', where) || 'component';
    if (!TYPES.has(type))
        throw new lib_errors/* RingwayError */.Sy(`${where}: component '${name}' has unknown type '${type}'`);
    const method = str(raw.method, 'method', where);
    if (!METHODS.has(method))
        throw new lib_errors/* RingwayError */.Sy(`${where}: component '${name}' has unknown method '${method}'`);
    const hooks = {};
    if (raw.hooks !== undefined && raw.hooks !== null) {
        if (!(0,files/* isPlainObject */.Qd)(raw.hooks))
            throw new lib_errors/* RingwayError */.Sy(`${where}: 'hooks' of '${name}' must be a mapping`);
        for (const [hook, cmds] of Object.entries(raw.hooks)) {
            if (!HOOKS.has(hook))
                throw new lib_errors/* RingwayError */.Sy(`${where}: unknown hook '${hook}' in '${name}'`);
            if (!Array.isArray(cmds))
                throw new lib_errors/* RingwayError */.Sy(`${where}: hook '${hook}' of '${name}' must be a list of commands`);
            hooks[hook] = cmds.map((c) => str(c, `hooks.${hook}`, where));
        }
    }
    const repositories = {};
    if ((0,files/* isPlainObject */.Qd)(raw.repositories))
        for (const [k, v] of Object.entries(raw.repositories))
            repositories[k] = str(v, `repositories.${k}`, where);
    const subs = raw.subcomponents ?? [];
    if (!Array.isArray(subs))
        throw new lib_errors/* RingwayError */.Sy(`${where}: 'subcomponents' of '${name}' must be a list`);
    const subcomponents = subs.map((s, i) => normalize(s, `${where} subcomponents[${i}]`));
    const seen = new Set();
    for (const s of subcomponents) {
        if (seen.has(s.name))
            throw new lib_errors/* RingwayError */.Sy(`${where}: two subcomponents of '${name}' are named '${s.name}'`);
        seen.add(s.name);
    }
    return {
        name,
        type: type,
        method: method,
        source: str(raw.source, 'source', where),
        path: str(raw.path, 'path', where),
        version: str(raw.version, 'version', where),
        branch: str(raw.branch, 'branch', where),
        hooks,
        repositories,
        subcomponents,
    };
}
/** Helm and static subcomponents are "inlined": they live in their parent's folder and config. */
function isInlined(def) {
    return def.type !== 'component';
}

;// CONCATENATED MODULE: ./lib/hld/component-path.ts



/**
 * Proves a dotted subcomponent path (`trivia.frontend.dev`) names components of the HLD, as far
 * as the local files tell (a remote git component ends the check: its insides are not fetched).
 */
async function checkComponentPath(root, componentDir, path, shown) {
    let dir = componentDir;
    let def = await loadDefinition(dir, '.');
    for (const [i, name] of path.entries()) {
        const sub = def.subcomponents.find((s) => s.name === name);
        const where = path.slice(0, i).join('.') || def.name;
        if (!sub) {
            const known = def.subcomponents.map((s) => s.name).join(', ') || 'none';
            throw new lib_errors/* RingwayError */.Sy(`component '${shown}': '${name}' is not a subcomponent of '${where}' (it has: ${known})`);
        }
        if (i === path.length - 1)
            return;
        if (isInlined(sub))
            throw new lib_errors/* RingwayError */.Sy(`component '${shown}': '${name}' is a ${sub.type} component and has no subcomponents`);
        if (sub.method === 'git')
            return;
        dir = await (0,files/* containedPath */.fX)(root, dir, `${sub.source || '.'}/${sub.path || '.'}`, `component '${shown}'`);
        def = await loadDefinition(dir, path.slice(0, i + 1).join('/'));
    }
}

;// CONCATENATED MODULE: ./lib/scm/access-error.ts

/**
 * A forge's 401, 403 and 404 answers, explained alike on every forge: who refused the token, what
 * it needs, which repository. `what` says what was being done ('reading …' for reads). `jobToken`
 * (from jobTokenNote) says the `token` input was empty and the job's own token was sent instead.
 * Undefined for any other status, where the forge's own words explain better.
 */
function accessError(what, status, forge, repo, needs, jobToken) {
    const need = what.startsWith('reading') ? needs.read : needs.write;
    const instead = jobToken ? `: ${jobToken}: set 'token' to a token with ${need} on ${repo}` : undefined;
    // The message names the 'token' input when it blames the token (a 401, or the job's token standing in).
    const context = (s, blamesToken) => ({
        kind: (0,lib_errors/* statusKind */.BE)(s),
        status: s,
        ...(blamesToken ? { input: 'token' } : {}),
    });
    switch (status) {
        case 401:
            return new lib_errors/* RingwayError */.Sy(`${what}: ${forge} rejected the token (HTTP 401)${instead ?? ": check the 'token' input"}`, context(401, true));
        case 403:
            return new lib_errors/* RingwayError */.Sy(`${what}: the token may not do this on ${repo} (HTTP 403)${instead ?? `: it needs ${need}`}`, context(403, Boolean(instead)));
        case 404:
            return new lib_errors/* RingwayError */.Sy(`${what}: repository ${repo} was not found, or the token cannot see it (HTTP 404)${instead ?? ''}`, context(404, Boolean(instead)));
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/scm/forge-token.ts


/**
 * The one check every REST provider makes before its first request: a token is given, and it is
 * not the job's own token on its way to another server. `api` names the API in the error ("GitLab's
 * API"), `where` is its URL as the error shows it, `own` what the job token is bound to.
 */
function requireForgeToken(api, url, token, { where = url, own = 'server' } = {}) {
    if (!token)
        throw new lib_errors/* UsageError */.eb(`a token is required for ${api}`);
    if (!(0,job_token/* tokenFor */.fn)(url, token))
        throw new lib_errors/* UsageError */.eb(`a token for ${api} at ${where} is required: the job's own token is sent only to the job's own ${own}`);
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
    return new lib_errors/* RingwayError */.Sy(`${doing}: ${server} answered in a shape ringway does not know: ${fault}`, {
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
    const tooLarge = () => new lib_errors/* RingwayError */.Sy(`${what} is larger than ${formatBytes(maxBytes)}`, { kind: 'invalid-answer' });
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

;// CONCATENATED MODULE: ./lib/scm/rate-limit.ts


/** The product's policy; its waits are the ones asked for (a test may shorten them: `shortenBackoff`). */
const defaultRetry = {
    attempts: 4,
    maxWaitMs: 120_000,
    sleep: (ms) => sleep(shortened(ms)),
};
/**
 * How long a rate-limited response asks us to wait: `Retry-After` (seconds or HTTP date), else
 * GitHub's `x-ratelimit-reset` when the remaining quota is 0. Undefined when it is not a rate limit.
 */
function rateLimitWait(status, headers, now = Date.now()) {
    const retryAfter = headers['retry-after'];
    if (retryAfter !== undefined && (status === 429 || status === 403 || status === 503)) {
        const secs = Number(retryAfter);
        if (Number.isFinite(secs))
            return Math.max(0, secs * 1000);
        const at = Date.parse(retryAfter);
        if (!Number.isNaN(at))
            return Math.max(0, at - now);
    }
    if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset']) {
        return Math.max(0, Number(headers['x-ratelimit-reset']) * 1000 - now);
    }
    if (status === 429)
        return 1000;
    return undefined;
}
/** Attempts of a read that met a server error (5xx), and the pause before the next (times the attempt). */
const SERVER_ERROR_ATTEMPTS = 3;
const SERVER_ERROR_PAUSE_MS = 500;
/**
 * Runs `call`; when it is rate limited, waits as told and tries again, a bounded number of times.
 * `transient` marks the errors of an idempotent read worth one more try (a 5xx): tried again after
 * a short pause, then reported as they are.
 */
async function withRateLimitRetry(what, call, limitOf, policy = defaultRetry, transient) {
    for (let attempt = 1;; attempt++) {
        try {
            return await call();
        }
        catch (err) {
            const wait = limitOf(err);
            if (wait === undefined) {
                if (!transient?.(err) || attempt >= Math.min(policy.attempts, SERVER_ERROR_ATTEMPTS))
                    throw err;
                await policy.sleep(SERVER_ERROR_PAUSE_MS * attempt);
                continue;
            }
            if (attempt >= policy.attempts || wait > policy.maxWaitMs) {
                throw new lib_errors/* RingwayError */.Sy(`${what}: rate limited by the server after ${attempt} attempts; try again later`, {
                    kind: 'rate-limited',
                });
            }
            await policy.sleep(wait);
        }
    }
}

;// CONCATENATED MODULE: ./lib/scm/rest.ts





/** A forge's answer other than 2xx, kept whole for the provider to explain. */
class HttpError extends Error {
    status;
    headers;
    body;
    constructor(status, headers, body) {
        super(`HTTP ${status}`);
        this.status = status;
        this.headers = headers;
        this.body = body;
    }
}
/**
 * One JSON request, bounded in time and size, tried again when the server asks for a wait (and a
 * GET once more after a 5xx). `shape`: the fields of the answer the caller reads; checked, so a
 * different answer is an `invalid-answer` error. Only the answers a caller reads are parsed.
 */
async function restRequest(api, what, method, url, body, shape) {
    try {
        return await withRateLimitRetry(what, async () => {
            const res = await fetch(url, {
                method,
                headers: {
                    ...api.headers,
                    Accept: 'application/json',
                    ...(body ? { 'Content-Type': 'application/json' } : {}),
                },
                body: body ? JSON.stringify(body) : undefined,
                signal: AbortSignal.timeout((0,exec/* networkTimeoutMs */.mi)()),
            }).catch((e) => {
                throw e.name === 'TimeoutError' ? (0,exec/* noAnswerError */.q9)(api.server) : e;
            });
            const text = (await readBody(res, MAX_ANSWER_BYTES, `the answer of ${api.forge} to ${what}`, () => (0,exec/* noAnswerError */.q9)(api.server))).toString('utf8');
            if (!res.ok)
                throw new HttpError(res.status, Object.fromEntries(res.headers), text);
            return (shape ? readAnswer(text, shape, api.server, what) : undefined);
        }, (e) => (e instanceof HttpError ? rateLimitWait(e.status, e.headers) : undefined), api.retry, 
        // A GET changes nothing: one more try after a server error.
        (e) => method === 'GET' && e instanceof HttpError && e.status >= 500);
    }
    catch (err) {
        if (err instanceof HttpError)
            throw api.explain(what, err);
        if (err instanceof lib_errors/* RingwayError */.Sy && err.kind === 'timeout')
            throw new lib_errors/* RingwayError */.Sy(`${what}: ${err.message}`, { kind: 'timeout', input: err.input, cause: err });
        if (err instanceof lib_errors/* RingwayError */.Sy)
            throw err;
        const cause = err.cause;
        throw new lib_errors/* RingwayError */.Sy(`${what}: cannot reach ${api.server}: ${cause?.code ?? err.message}`, {
            kind: 'unreachable',
            cause: err,
        });
    }
}

;// CONCATENATED MODULE: ./lib/scm/azure-devops.ts







const API = 'api-version=7.1';
/** Org, project and repository from an Azure Repos clone URL (dev.azure.com or *.visualstudio.com). */
function azure_devops_parseAzureUrl(url, apiUrl) {
    const u = new URL(url);
    let org;
    let rest;
    const parts = u.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (/\.visualstudio\.com$/i.test(u.hostname)) {
        org = u.hostname.split('.')[0];
        rest = parts;
    }
    else {
        [org, ...rest] = parts;
    }
    const git = rest.indexOf('_git');
    if (!org || git < 1 || !rest[git + 1])
        throw new lib_errors/* RingwayError */.Sy(`'${url}' is not an Azure Repos URL (https://dev.azure.com/<org>/<project>/_git/<repo>)`);
    const project = rest[git - 1];
    const repo = rest[git + 1].replace(/\.git$/, '');
    const orgUrl = (apiUrl ||
        (/\.visualstudio\.com$/i.test(u.hostname)
            ? `${u.protocol}//${u.host}`
            : `${u.protocol}//${u.host}/${encodeURIComponent(org)}`)).replace(/\/$/, '');
    return {
        orgUrl,
        project,
        repo,
        webUrl: `${u.protocol}//${u.host}${u.pathname.replace(/\.git$/, '').replace(/\/$/, '')}`,
    };
}
const STRATEGY = { merge: 'noFastForward', squash: 'squash', rebase: 'rebase' };
// The fields each answer is read for (Azure DevOps REST 7.1), checked before use.
const PULL_REQUEST = {
    pullRequestId: 'number',
    sourceRefName: 'string',
    targetRefName: 'string',
    createdBy: { id: 'string' },
};
const PULL_REQUESTS = { value: [PULL_REQUEST] };
const STATUSES = { value: [{ state: 'string', context: { name: 'string', genre: 'string?' } }] };
const REVIEWERS = { value: [{ id: 'string', uniqueName: 'string?', displayName: 'string?', vote: 'number' }] };
/** Pull requests on Azure Repos through its REST API (7.1). */
class azure_devops_AzureDevOpsProvider {
    ref;
    retry;
    name = 'azure-devops';
    api;
    constructor(ref, token, retry = defaultRetry) {
        this.ref = ref;
        this.retry = retry;
        requireForgeToken('the Azure DevOps API', ref.orgUrl, token, { own: 'organisation' });
        const auth = `Basic ${Buffer.from(`:${token}`).toString('base64')}`;
        (0,secrets/* registerSecret */.cl)(auth);
        this.api = {
            forge: 'Azure DevOps',
            server: `Azure DevOps ${ref.orgUrl}`,
            headers: { Authorization: auth },
            retry,
            explain: (what, err) => this.explain(what, err),
        };
    }
    repoApi(path) {
        return `${this.ref.orgUrl}/${encodeURIComponent(this.ref.project)}/_apis/git/repositories/${encodeURIComponent(this.ref.repo)}${path}`;
    }
    /** `shape`: the fields of the answer the caller reads (lib/scm/rest.ts). */
    request(what, method, url, body, shape) {
        return restRequest(this.api, what, method, url, body, shape);
    }
    explain(what, err) {
        const repo = `${this.ref.project}/${this.ref.repo}`;
        const denied = accessError(what, err.status, 'Azure DevOps', repo, { read: 'Code (read) scope', write: 'Code (read & write) scope' }, (0,job_token/* jobTokenNote */.rt)(this.ref.orgUrl));
        if (denied)
            return denied;
        let detail = err.body.slice(0, 200);
        try {
            detail = JSON.parse(err.body).message ?? detail;
        }
        catch {
            // not JSON: keep the text
        }
        return new lib_errors/* RingwayError */.Sy(`${what}: Azure DevOps answered HTTP ${err.status}: ${detail}`, {
            kind: (0,lib_errors/* statusKind */.BE)(err.status),
            status: err.status,
        });
    }
    async preflight() {
        await this.request('checking access to the repository', 'GET', this.repoApi(`?${API}`));
    }
    async openOrUpdate(spec) {
        const source = `refs/heads/${spec.sourceBranch}`;
        const target = `refs/heads/${spec.targetBranch}`;
        let pr = await this.findActive(source, target);
        let created = false;
        if (pr) {
            await this.request('updating the pull request', 'PATCH', this.repoApi(`/pullrequests/${pr.pullRequestId}?${API}`), { title: spec.title, description: spec.body });
        }
        else {
            try {
                pr = await this.request('opening a pull request', 'POST', this.repoApi(`/pullrequests?${API}`), {
                    sourceRefName: source,
                    targetRefName: target,
                    title: spec.title,
                    description: spec.body,
                    labels: spec.labels.map((name) => ({ name })),
                    reviewers: spec.reviewers.map((id) => ({ id })),
                }, PULL_REQUEST);
                created = true;
            }
            catch (err) {
                // 409 (TF401179): an active pull request for these branches already exists (a concurrent run).
                pr = (0,lib_errors/* kindOf */.I)(err) === 'conflict' ? await this.findActive(source, target) : undefined;
                if (!pr)
                    throw err;
            }
        }
        const id = pr.pullRequestId;
        if (!created) {
            for (const name of spec.labels)
                await this.request('labelling the pull request', 'POST', this.repoApi(`/pullrequests/${id}/labels?${API}`), {
                    name,
                });
            for (const reviewer of spec.reviewers) {
                await this.request('adding a reviewer', 'PUT', this.repoApi(`/pullrequests/${id}/reviewers/${encodeURIComponent(reviewer)}?${API}`), { vote: 0 });
            }
        }
        if (spec.autoMerge) {
            // Auto-complete is set in the name of the pull request's creator: the token's identity when this
            // run opened it, and the identity of the run that did otherwise. (connectionData, which would
            // name the token's identity, is not part of the published Git REST description.)
            await this.request('setting auto-complete', 'PATCH', this.repoApi(`/pullrequests/${id}?${API}`), {
                autoCompleteSetBy: { id: pr.createdBy.id },
                completionOptions: { mergeStrategy: STRATEGY[spec.mergeMethod], deleteSourceBranch: true },
            });
        }
        return { number: String(id), url: `${this.ref.webUrl}/pullrequest/${id}`, created };
    }
    async findActive(source, target) {
        const q = new URLSearchParams({
            'searchCriteria.sourceRefName': source,
            'searchCriteria.targetRefName': target,
            'searchCriteria.status': 'active',
        });
        const res = await this.request('looking for an active pull request', 'GET', this.repoApi(`/pullrequests?${q}&${API}`), undefined, PULL_REQUESTS);
        return res.value.find((p) => p.sourceRefName === source && p.targetRefName === target);
    }
    /** Latest status per context of a commit; a check is named `genre/name` or just `name`. */
    async commitChecks(sha) {
        const res = await this.request('reading commit statuses', 'GET', this.repoApi(`/commits/${encodeURIComponent(sha)}/statuses?latestOnly=true&${API}`), undefined, STATUSES);
        return res.value.map((s) => ({
            name: s.context.genre ? `${s.context.genre}/${s.context.name}` : s.context.name,
            state: s.state === 'succeeded' || s.state === 'notApplicable'
                ? 'success'
                : s.state === 'pending' || s.state === 'notSet'
                    ? 'pending'
                    : 'failure',
            detail: s.state,
        }));
    }
    /** Reviewer votes: 10 approved, 5 approved with suggestions, -5 waiting for author, -10 rejected. */
    async reviews(pr) {
        const res = await this.request('reading pull request reviewers', 'GET', this.repoApi(`/pullrequests/${encodeURIComponent(pr)}/reviewers?${API}`), undefined, REVIEWERS);
        return res.value.map((r) => ({
            reviewer: r.uniqueName || r.displayName || r.id,
            verdict: r.vote >= 5 ? 'approved' : r.vote <= -10 ? 'rejected' : 'none',
        }));
    }
}

;// CONCATENATED MODULE: ./lib/scm/github.ts








/** owner/repo and API root from a clone URL (github.com or a GitHub Enterprise host). */
function github_parseGitHubUrl(url, apiUrl) {
    const u = new URL(url);
    const m = /^\/([^/]+)\/([^/]+?)(\.git)?\/?$/.exec(u.pathname);
    if (!m)
        throw new lib_errors/* RingwayError */.Sy(`'${url}' is not a GitHub repository URL (https://<host>/<owner>/<repo>)`);
    const api = apiUrl || (u.hostname === 'github.com' ? 'https://api.github.com' : `${u.protocol}//${u.host}/api/v3`);
    return { owner: m[1], repo: m[2], apiUrl: api.replace(/\/$/, '') };
}
function asRequestError(err) {
    return (typeof err === 'object' && err !== null ? err : {});
}
// The fields each answer is read for, checked before use: octokit's types say what GitHub should
// answer, not what a proxy or a GitHub Enterprise version in between did.
const github_PULL_REQUEST = { number: 'number', html_url: 'string', node_id: 'string' };
const github_PULL_REQUESTS = [{ ...github_PULL_REQUEST, head: { ref: 'string' } }];
const CHECK_RUNS = [{ name: 'string', status: 'string', conclusion: 'string?' }];
const COMBINED_STATUS = { statuses: [{ context: 'string', state: 'string' }] };
const REVIEWS = [{ state: 'string' }];
const GRAPHQL_MERGE = { merge: 'MERGE', squash: 'SQUASH', rebase: 'REBASE' };
/** Pull requests on GitHub through @actions/github's octokit. */
class github_GitHubProvider {
    ref;
    retry;
    name = 'github';
    octokit;
    clientOptions;
    constructor(ref, token, retry = defaultRetry) {
        this.ref = ref;
        this.retry = retry;
        requireForgeToken("GitHub's API", ref.apiUrl, token);
        // Every request is bounded: a forge that accepts and never answers must not hang the step.
        const apiUrl = ref.apiUrl;
        const timedFetch = (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout((0,exec/* networkTimeoutMs */.mi)()) }).catch((e) => {
            throw e.name === 'TimeoutError' ? (0,exec/* noAnswerError */.q9)(`GitHub API ${apiUrl}`) : e;
        });
        this.clientOptions = { token, baseUrl: ref.apiUrl, fetch: timedFetch };
    }
    /** What GitHub answered for `what`, checked against `shape` (the fields the caller reads). */
    checked(answer, shape, what) {
        return checkAnswer(answer, shape, `GitHub's API at ${displayUrl(this.ref.apiUrl)}`, what);
    }
    /** `read`: an idempotent GET, tried again after a server error (5xx). */
    async call(what, fn, read = false) {
        const { token, baseUrl, fetch } = this.clientOptions;
        this.octokit ??= __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 2413)).then((m) => m.getOctokit(token, { baseUrl, request: { fetch } }));
        const octokit = await this.octokit;
        const serverError = (e) => {
            const r = asRequestError(e);
            return read && Boolean(r.response) && (r.status ?? 0) >= 500;
        };
        try {
            return await withRateLimitRetry(what, () => fn(octokit), (e) => {
                const r = asRequestError(e);
                return r.status ? rateLimitWait(r.status, r.response?.headers ?? {}) : undefined;
            }, this.retry, serverError);
        }
        catch (err) {
            if (err instanceof lib_errors/* RingwayError */.Sy)
                throw err;
            throw this.explain(what, err);
        }
    }
    explain(what, err) {
        const r = asRequestError(err);
        const repo = `${this.ref.owner}/${this.ref.repo}`;
        // octokit wraps what fetch threw (our timeout error among them) as the cause of a RequestError.
        const cause = err.cause;
        if (cause instanceof lib_errors/* RingwayError */.Sy && cause.kind === 'timeout')
            return new lib_errors/* RingwayError */.Sy(`${what}: ${cause.message}`, { kind: 'timeout', input: cause.input, cause: err });
        if (!r.response) {
            // No HTTP answer at all (octokit reports it as a 500 without a response): unreachable, not a server error.
            const c = cause;
            return new lib_errors/* RingwayError */.Sy(`${what}: cannot reach GitHub's API at ${displayUrl(this.ref.apiUrl)}: ${c?.cause?.code ?? c?.message ?? err.message}`, { kind: 'unreachable', cause: err });
        }
        const denied = accessError(what, r.status, 'GitHub', repo, {
            read: 'read access to checks, commit statuses and pull requests',
            write: 'contents and pull-requests write access',
        }, (0,job_token/* jobTokenNote */.rt)(this.ref.apiUrl));
        if (denied)
            return denied;
        const errors = r.response?.data?.errors;
        const detail = errors?.[0]?.message ?? r.response?.data?.message ?? err.message;
        const status = r.status ?? 0;
        // GitHub refuses a second pull request for a branch with 422 and says so in the error list (code 'custom').
        const exists = status === 422 &&
            Array.isArray(errors) &&
            errors.some((e) => typeof e?.message === 'string' && e.message.includes('already exists'));
        return new lib_errors/* RingwayError */.Sy(`${what}: GitHub answered HTTP ${r.status ?? '?'}: ${detail}`, {
            kind: exists ? 'conflict' : (0,lib_errors/* statusKind */.BE)(status),
            ...(status ? { status } : {}),
            cause: err,
        });
    }
    async preflight() {
        const { owner, repo } = this.ref;
        await this.call('checking access to the repository', (o) => o.rest.repos.get({ owner, repo }));
    }
    async openOrUpdate(spec) {
        const { owner, repo } = this.ref;
        const existing = await this.findOpen(spec);
        let number;
        let url;
        let nodeId;
        let created = false;
        if (existing) {
            ({ number, html_url: url, node_id: nodeId } = existing);
            await this.call('updating the pull request', (o) => o.rest.pulls.update({ owner, repo, pull_number: number, title: spec.title, body: spec.body }));
        }
        else {
            try {
                const what = 'opening a pull request';
                const res = await this.call(what, (o) => o.rest.pulls.create({
                    owner,
                    repo,
                    head: spec.sourceBranch,
                    base: spec.targetBranch,
                    title: spec.title,
                    body: spec.body,
                }));
                ({ number, html_url: url, node_id: nodeId } = this.checked(res.data, github_PULL_REQUEST, what));
                created = true;
            }
            catch (err) {
                // Another run opened it between our search and our create (422 "A pull request already exists").
                const again = (0,lib_errors/* kindOf */.I)(err) === 'conflict' ? await this.findOpen(spec) : undefined;
                if (!again)
                    throw err;
                ({ number, html_url: url, node_id: nodeId } = again);
            }
        }
        if (spec.labels.length) {
            await this.call('labelling the pull request', (o) => o.rest.issues.addLabels({ owner, repo, issue_number: number, labels: spec.labels }));
        }
        if (spec.reviewers.length) {
            await this.call('requesting reviewers', (o) => o.rest.pulls.requestReviewers({ owner, repo, pull_number: number, reviewers: spec.reviewers }));
        }
        if (spec.autoMerge) {
            await this.call('enabling auto-merge', (o) => o.graphql('mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) { enablePullRequestAutoMerge(input: {pullRequestId: $pullRequestId, mergeMethod: $mergeMethod}) { pullRequest { number } } }', { pullRequestId: nodeId, mergeMethod: GRAPHQL_MERGE[spec.mergeMethod] }));
        }
        return { number: String(number), url, created };
    }
    async findOpen(spec) {
        const { owner, repo } = this.ref;
        const what = 'looking for an open pull request';
        const res = await this.call(what, (o) => o.rest.pulls.list({
            owner,
            repo,
            state: 'open',
            head: `${owner}:${spec.sourceBranch}`,
            base: spec.targetBranch,
            per_page: 10,
        }));
        return this.checked(res.data, github_PULL_REQUESTS, what).find((p) => p.head.ref === spec.sourceBranch);
    }
    /** Check runs (latest per name) and commit statuses (latest per context) of a commit. */
    async commitChecks(sha) {
        const { owner, repo } = this.ref;
        const runs = this.checked(await this.call('reading check runs', (o) => o.paginate(o.rest.checks.listForRef, { owner, repo, ref: sha, filter: 'latest', per_page: 100 }), true), CHECK_RUNS, 'reading check runs');
        const combined = await this.call('reading commit statuses', (o) => o.rest.repos.getCombinedStatusForRef({ owner, repo, ref: sha, per_page: 100 }), true);
        this.checked(combined.data, COMBINED_STATUS, 'reading commit statuses');
        const out = runs.map((r) => {
            if (r.status !== 'completed')
                return { name: r.name, state: 'pending', detail: r.status };
            const ok = r.conclusion === 'success' || r.conclusion === 'neutral' || r.conclusion === 'skipped';
            return { name: r.name, state: ok ? 'success' : 'failure', detail: r.conclusion ?? 'completed' };
        });
        for (const st of combined.data.statuses) {
            out.push({
                name: st.context,
                state: st.state === 'success' ? 'success' : st.state === 'pending' ? 'pending' : 'failure',
                detail: st.state,
            });
        }
        return out;
    }
    /** Each reviewer's latest approving or blocking review (comments do not change a verdict). */
    async reviews(pr) {
        const { owner, repo } = this.ref;
        const what = 'reading pull request reviews';
        const list = this.checked(await this.call(what, (o) => o.paginate(o.rest.pulls.listReviews, { owner, repo, pull_number: Number(pr), per_page: 100 }), true), REVIEWS, what);
        const latest = new Map();
        for (const r of list) {
            const who = r.user?.login ?? '';
            if (r.state === 'APPROVED')
                latest.set(who, 'approved');
            else if (r.state === 'CHANGES_REQUESTED')
                latest.set(who, 'rejected');
            else if (r.state === 'DISMISSED')
                latest.set(who, 'none');
        }
        return [...latest].map(([reviewer, verdict]) => ({ reviewer, verdict }));
    }
}

;// CONCATENATED MODULE: ./lib/scm/gitea.ts









/**
 * owner/repo from a clone URL of a Gitea or Forgejo server (the last two path segments, so a server
 * under a sub-path works), and the API root, which a self-hosted server cannot be guessed from.
 */
function gitea_parseGiteaUrl(url, apiUrl) {
    const u = new URL(url);
    const parts = u.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts.length < 2)
        throw new lib_errors/* RingwayError */.Sy(`'${url}' is not a Gitea repository URL (https://<host>/<owner>/<repo>)`);
    if (!apiUrl)
        throw new lib_errors/* UsageError */.eb(`input 'api-url': the Gitea or Forgejo API root is required with provider gitea or forgejo (https://<host>/api/v1)`, { input: 'api-url' });
    return {
        owner: parts[parts.length - 2],
        repo: parts[parts.length - 1].replace(/\.git$/, ''),
        apiUrl: apiUrl.replace(/\/$/, ''),
    };
}
// Gitea's merge styles (MergePullRequestOption.Do) for ringway's merge methods.
const MERGE_STYLE = { merge: 'merge', squash: 'squash', rebase: 'rebase' };
// The fields each answer is read for (Gitea API v1), checked before use.
const gitea_PULL_REQUEST = {
    number: 'number',
    html_url: 'string',
    state: 'string',
    head: { ref: 'string' },
    base: { ref: 'string' },
};
const gitea_PULL_REQUESTS = [gitea_PULL_REQUEST];
const LABELS = [{ id: 'number', name: 'string' }];
const gitea_COMBINED_STATUS = { statuses: optional([{ context: 'string', status: 'string' }]) };
const gitea_REVIEWS = [{ state: 'string', dismissed: 'boolean?', user: optional({ login: 'string' }) }];
/**
 * Gitea works out whether a new pull request merges in the background; until it knows, a merge
 * request is refused with 405 "Please try again later". Tries of that request, and the pause before
 * the next (times the try).
 */
const MERGE_TRIES = 6;
const MERGE_PAUSE_MS = 1000;
/** Items a list page asks for, and the most pages read (Gitea's default maximum page size is 50). */
const PAGE = 50;
const MAX_PAGES = 20;
/** Gitea's own words in a refusal ({"message": …}), else the start of the body. */
function messageOf(body) {
    try {
        const message = JSON.parse(body).message;
        if (typeof message === 'string')
            return message;
    }
    catch {
        // not JSON: the text itself
    }
    return body.slice(0, 200);
}
/** Pull requests, commit statuses and reviews on a Gitea or Forgejo server through its REST API (v1). */
class gitea_GiteaProvider {
    ref;
    retry;
    name = 'gitea';
    api;
    constructor(ref, token, retry = defaultRetry) {
        this.ref = ref;
        this.retry = retry;
        requireForgeToken("Gitea's API", ref.apiUrl, token, { where: displayUrl(ref.apiUrl) });
        // Gitea's documented header for API tokens ("token" then the token).
        const auth = `token ${token}`;
        (0,secrets/* registerSecret */.cl)(auth);
        this.api = {
            forge: 'Gitea',
            server: `Gitea's API at ${displayUrl(ref.apiUrl)}`,
            headers: { Authorization: auth },
            retry,
            explain: (what, err) => this.explain(what, err),
        };
    }
    repoApi(path) {
        return `${this.ref.apiUrl}/repos/${encodeURIComponent(this.ref.owner)}/${encodeURIComponent(this.ref.repo)}${path}`;
    }
    /**
     * One request through the shared REST path (lib/scm/rest.ts); `again`: a refusal worth another
     * try after a pause (Gitea still working out whether a pull request merges).
     */
    async request(what, method, url, body, shape, again) {
        for (let attempt = 1;; attempt++) {
            try {
                return await restRequest(this.api, what, method, url, body, shape);
            }
            catch (e) {
                const status = e instanceof lib_errors/* RingwayError */.Sy ? e.status : undefined;
                if (status === undefined || attempt >= MERGE_TRIES || !again?.(status, e.message))
                    throw e;
                await this.retry.sleep(MERGE_PAUSE_MS * attempt);
            }
        }
    }
    explain(what, err) {
        const repo = `${this.ref.owner}/${this.ref.repo}`;
        const denied = accessError(what, err.status, 'Gitea', repo, { read: 'the read:repository scope', write: 'the write:repository and write:issue scopes' }, (0,job_token/* jobTokenNote */.rt)(this.ref.apiUrl));
        if (denied)
            return denied;
        return new lib_errors/* RingwayError */.Sy(`${what}: Gitea answered HTTP ${err.status}: ${messageOf(err.body)}`, {
            kind: (0,lib_errors/* statusKind */.BE)(err.status),
            status: err.status,
        });
    }
    /** Every page of a list, up to MAX_PAGES of PAGE items. */
    async list(what, url, shape) {
        const out = [];
        const sep = url.includes('?') ? '&' : '?';
        for (let page = 1; page <= MAX_PAGES; page++) {
            const items = await this.request(what, 'GET', `${url}${sep}limit=${PAGE}&page=${page}`, undefined, shape);
            out.push(...items);
            if (items.length < PAGE)
                break;
        }
        return out;
    }
    async preflight() {
        await this.request('checking access to the repository', 'GET', this.repoApi(''));
    }
    async openOrUpdate(spec) {
        // Labels are given by name and set by id: a name the repository lacks stops here, before any pull request.
        const labelIds = spec.labels.length ? await this.labelIds(spec.labels) : [];
        let pr = await this.findOpen(spec);
        let created = false;
        if (pr) {
            await this.request('updating the pull request', 'PATCH', this.repoApi(`/pulls/${pr.number}`), {
                title: spec.title,
                body: spec.body,
            });
        }
        else {
            try {
                pr = await this.request('opening a pull request', 'POST', this.repoApi('/pulls'), { head: spec.sourceBranch, base: spec.targetBranch, title: spec.title, body: spec.body }, gitea_PULL_REQUEST);
                created = true;
            }
            catch (err) {
                // 409: an open pull request for these branches already exists (a concurrent run).
                pr = (0,lib_errors/* kindOf */.I)(err) === 'conflict' ? await this.findOpen(spec) : undefined;
                if (!pr)
                    throw err;
            }
        }
        const n = pr.number;
        if (labelIds.length)
            await this.request('labelling the pull request', 'POST', this.repoApi(`/issues/${n}/labels`), {
                labels: labelIds,
            });
        if (spec.reviewers.length)
            await this.request('requesting reviewers', 'POST', this.repoApi(`/pulls/${n}/requested_reviewers`), {
                reviewers: spec.reviewers,
            });
        if (spec.autoMerge)
            await this.scheduleMerge(n, spec.mergeMethod, created);
        return { number: String(n), url: pr.html_url, created };
    }
    /** Gitea's "merge when checks succeed": merged by the server once the branch's required checks pass. */
    async scheduleMerge(n, method, created) {
        try {
            await this.request('scheduling the merge when checks succeed', 'POST', this.repoApi(`/pulls/${n}/merge`), 
            // `Do`, as Gitea's description names the field (MergePullRequestForm has no JSON tag).
            { Do: MERGE_STYLE[method], merge_when_checks_succeed: true, delete_branch_after_merge: true }, undefined, 
            // Still working out whether it merges (a pull request just opened or updated).
            (status, message) => status === 405 && /try again later/i.test(message));
        }
        catch (err) {
            // A re-run: the pull request this branch already had is scheduled (Gitea answers 409).
            if (created || (0,lib_errors/* kindOf */.I)(err) !== 'conflict')
                throw err;
        }
    }
    async labelIds(names) {
        const known = await this.list('reading the repository labels', this.repoApi('/labels'), LABELS);
        return names.map((name) => {
            const label = known.find((l) => l.name === name);
            if (!label)
                throw new lib_errors/* UsageError */.eb(`input 'labels': ${this.ref.owner}/${this.ref.repo} has no label '${name}' (Gitea sets labels that exist; create it first)`, { input: 'labels' });
            return label.id;
        });
    }
    async findOpen(spec) {
        const q = new URLSearchParams({ state: 'open' });
        const open = await this.list('looking for an open pull request', this.repoApi(`/pulls?${q}`), gitea_PULL_REQUESTS);
        return open.find((p) => p.state === 'open' && p.head.ref === spec.sourceBranch && p.base.ref === spec.targetBranch);
    }
    /** The latest status per context of a commit (Gitea's combined status). */
    async commitChecks(sha) {
        const what = 'reading commit statuses';
        const out = [];
        for (let page = 1; page <= MAX_PAGES; page++) {
            const combined = await this.request(what, 'GET', this.repoApi(`/commits/${encodeURIComponent(sha)}/status?limit=${PAGE}&page=${page}`), undefined, gitea_COMBINED_STATUS);
            const statuses = combined.statuses ?? [];
            for (const s of statuses)
                out.push({
                    name: s.context,
                    state: s.status === 'success' || s.status === 'skipped'
                        ? 'success'
                        : s.status === 'pending'
                            ? 'pending'
                            : 'failure',
                    detail: s.status,
                });
            if (statuses.length < PAGE)
                break;
        }
        return out;
    }
    /** Each reviewer's latest approving or blocking review; a dismissed one counts for nothing. */
    async reviews(pr) {
        const list = await this.list('reading pull request reviews', this.repoApi(`/pulls/${encodeURIComponent(pr)}/reviews`), gitea_REVIEWS);
        const latest = new Map();
        for (const r of list) {
            const who = r.user?.login ?? '';
            if (r.dismissed)
                latest.set(who, 'none');
            else if (r.state === 'APPROVED')
                latest.set(who, 'approved');
            else if (r.state === 'REQUEST_CHANGES')
                latest.set(who, 'rejected');
        }
        return [...latest].map(([reviewer, verdict]) => ({ reviewer, verdict }));
    }
}

;// CONCATENATED MODULE: ./lib/scm/gitlab.ts









/** Project path and API root from a clone URL (gitlab.com or a self-managed host). */
function gitlab_parseGitLabUrl(url, apiUrl) {
    const u = new URL(url);
    const parts = u.pathname
        .replace(/\.git\/?$/, '')
        .split('/')
        .filter(Boolean)
        .map(decodeURIComponent);
    if (parts.length < 2 || parts.includes('-'))
        throw new lib_errors/* RingwayError */.Sy(`'${url}' is not a GitLab project URL (https://<host>/<group>[/<subgroup>…]/<project>)`);
    return {
        apiUrl: (apiUrl || `${u.protocol}//${u.host}/api/v4`).replace(/\/$/, ''),
        project: parts.join('/'),
    };
}
/** gitlab.com and its subdomains; self-managed hosts are named with `provider: gitlab`. */
function isGitLabHost(host) {
    return /(^|\.)gitlab\.com$/i.test(host);
}
/**
 * The header GitLab reads a token from: access tokens (glpat-, project and group tokens, all
 * prefixed gl…-) as PRIVATE-TOKEN, a CI/CD job token (glcbt-) as JOB-TOKEN, anything else (an
 * OAuth token) as Authorization: Bearer.
 */
function gitLabAuthHeader(token) {
    if (/^glcbt-/.test(token))
        return ['JOB-TOKEN', token];
    if (/^gl[a-z]+-/.test(token))
        return ['PRIVATE-TOKEN', token];
    return ['Authorization', `Bearer ${token}`];
}
// The fields each answer is read for (GitLab REST v4), checked before use.
const MERGE_REQUEST = {
    iid: 'number',
    web_url: 'string',
    source_branch: 'string',
    target_branch: 'string',
    reviewers: optional([{ id: 'number' }]),
};
const MERGE_REQUESTS = [MERGE_REQUEST];
const USERS = [{ id: 'number', username: 'string' }];
const gitlab_STATUSES = [{ name: 'string', status: 'string', allow_failure: 'boolean?' }];
const PIPELINES = [{ id: 'number', status: 'string' }];
const APPROVALS = { approved_by: optional([{ user: { username: 'string' } }]) };
const gitlab_REVIEWERS = [{ user: { username: 'string' }, state: 'string?' }];
/** Merge requests, commit statuses, pipelines and approvals through GitLab's REST API (v4). */
class gitlab_GitLabProvider {
    ref;
    retry;
    name = 'gitlab';
    header;
    api;
    constructor(ref, token, retry = defaultRetry) {
        this.ref = ref;
        this.retry = retry;
        requireForgeToken("GitLab's API", ref.apiUrl, token);
        this.header = gitLabAuthHeader(token);
        (0,secrets/* registerSecret */.cl)(this.header[1]);
        this.api = {
            forge: 'GitLab',
            server: `GitLab's API at ${displayUrl(ref.apiUrl)}`,
            headers: { [this.header[0]]: this.header[1] },
            retry,
            explain: (what, err) => this.explain(what, err),
        };
    }
    /** The project's API path; its full path is one URL-encoded segment (group%2Fsub%2Fproject). */
    projectApi(path) {
        return `${this.ref.apiUrl}/projects/${encodeURIComponent(this.ref.project)}${path}`;
    }
    /** `shape`: the fields of the answer the caller reads (lib/scm/rest.ts). */
    request(what, method, url, body, shape) {
        return restRequest(this.api, what, method, url, body, shape);
    }
    explain(what, err) {
        const jobToken = this.header[0] === 'JOB-TOKEN';
        const denied = accessError(what, err.status, 'GitLab', this.ref.project, {
            read: 'the read_api scope (Reporter role or above)',
            write: jobToken
                ? 'a project or personal access token with the api scope: GitLab does not let a CI/CD job token open merge requests'
                : 'the api scope (Developer role or above)',
        }, (0,job_token/* jobTokenNote */.rt)(this.ref.apiUrl));
        if (denied)
            return denied;
        // GitLab's errors: {"message": "…"}, {"message": {"field": ["…"]}} or {"error": "…"}.
        let detail = err.body.slice(0, 200);
        try {
            const parsed = JSON.parse(err.body);
            const m = parsed.message ?? parsed.error;
            if (typeof m === 'string')
                detail = m;
            else if (Array.isArray(m))
                detail = m.join('; ');
            else if (m && typeof m === 'object')
                detail = Object.entries(m)
                    .map(([k, v]) => `${k} ${Array.isArray(v) ? v.join(', ') : String(v)}`)
                    .join('; ');
        }
        catch {
            // not JSON: keep the text
        }
        // A second merge request for a branch is refused with 409 ("Another open merge request already exists").
        return new lib_errors/* RingwayError */.Sy(`${what}: GitLab answered HTTP ${err.status}: ${detail}`, {
            kind: (0,lib_errors/* statusKind */.BE)(err.status),
            status: err.status,
        });
    }
    async preflight() {
        await this.request('checking access to the repository', 'GET', this.projectApi(''));
    }
    async openOrUpdate(spec) {
        // Reviewers are named by username; GitLab's merge requests take user ids.
        const reviewerIds = spec.reviewers.length ? await this.userIds(spec.reviewers) : [];
        const squash = spec.mergeMethod === 'squash';
        let mr = await this.findOpen(spec);
        let created = false;
        if (mr) {
            const ids = [...new Set([...(mr.reviewers ?? []).map((r) => r.id), ...reviewerIds])];
            await this.request('updating the merge request', 'PUT', this.projectApi(`/merge_requests/${mr.iid}`), {
                title: spec.title,
                description: spec.body,
                ...(spec.labels.length ? { add_labels: spec.labels.join(',') } : {}),
                ...(reviewerIds.length ? { reviewer_ids: ids } : {}),
                ...(squash ? { squash } : {}),
            });
        }
        else {
            try {
                mr = await this.request('opening a merge request', 'POST', this.projectApi('/merge_requests'), {
                    source_branch: spec.sourceBranch,
                    target_branch: spec.targetBranch,
                    title: spec.title,
                    description: spec.body,
                    remove_source_branch: true,
                    ...(spec.labels.length ? { labels: spec.labels.join(',') } : {}),
                    ...(reviewerIds.length ? { reviewer_ids: reviewerIds } : {}),
                    ...(squash ? { squash } : {}),
                }, MERGE_REQUEST);
                created = true;
            }
            catch (err) {
                // Another run opened it between our search and our create (409).
                mr = (0,lib_errors/* kindOf */.I)(err) === 'conflict' ? await this.findOpen(spec) : undefined;
                if (!mr)
                    throw err;
            }
        }
        if (spec.autoMerge) {
            // Merges when the pipeline succeeds (merges at once when the project has no pipeline).
            await this.request('setting merge when pipeline succeeds', 'PUT', this.projectApi(`/merge_requests/${mr.iid}/merge`), {
                merge_when_pipeline_succeeds: true,
                // GitLab's default squash message is the title alone; the change's own message keeps the
                // Ringway-* trailers (the body's last paragraph) that records read from the merged commit.
                ...(squash ? { squash, squash_commit_message: `${spec.title}\n\n${spec.body}\n` } : {}),
            });
        }
        return { number: String(mr.iid), url: mr.web_url, created };
    }
    async findOpen(spec) {
        const q = new URLSearchParams({
            state: 'opened',
            source_branch: spec.sourceBranch,
            target_branch: spec.targetBranch,
            per_page: '10',
        });
        const list = await this.request('looking for an open merge request', 'GET', this.projectApi(`/merge_requests?${q}`), undefined, MERGE_REQUESTS);
        return list.find((m) => m.source_branch === spec.sourceBranch && m.target_branch === spec.targetBranch);
    }
    async userIds(usernames) {
        const ids = [];
        for (const name of usernames) {
            const what = `looking up reviewer ${name}`;
            const users = await this.request(what, 'GET', `${this.ref.apiUrl}/users?${new URLSearchParams({ username: name })}`, undefined, USERS);
            const user = users.find((u) => u.username.toLowerCase() === name.toLowerCase());
            if (!user)
                throw new lib_errors/* RingwayError */.Sy(`${what}: GitLab at ${displayUrl(this.ref.apiUrl)} has no user '${name}'`, {
                    kind: 'not-found',
                    input: 'reviewers',
                });
            ids.push(user.id);
        }
        return ids;
    }
    /**
     * The latest status of each job and external status on the commit (GitLab lists CI jobs as
     * commit statuses), and its latest pipeline as the check `pipeline`.
     */
    async commitChecks(sha) {
        const statuses = await this.request('reading commit statuses', 'GET', this.projectApi(`/repository/commits/${encodeURIComponent(sha)}/statuses?per_page=100`), undefined, gitlab_STATUSES);
        const pipelines = await this.request('reading pipelines', 'GET', this.projectApi(`/pipelines?${new URLSearchParams({ sha, order_by: 'id', sort: 'desc', per_page: '1' })}`), undefined, PIPELINES);
        const out = statuses.map((s) => {
            const check = { name: s.name, ...gitLabState(s.status) };
            return check.state === 'failure' && s.allow_failure
                ? { ...check, state: 'success', detail: `${s.status} (allowed to fail)` }
                : check;
        });
        if (pipelines[0])
            out.push({ name: 'pipeline', ...gitLabState(pipelines[0].status) });
        return out;
    }
    /** Who approved the merge request, and which reviewers requested changes. */
    async reviews(pr) {
        const iid = encodeURIComponent(pr);
        const approvals = await this.request('reading merge request approvals', 'GET', this.projectApi(`/merge_requests/${iid}/approvals`), undefined, APPROVALS);
        const reviewers = await this.request('reading merge request reviewers', 'GET', this.projectApi(`/merge_requests/${iid}/reviewers`), undefined, gitlab_REVIEWERS);
        const verdicts = new Map();
        for (const a of approvals.approved_by ?? [])
            verdicts.set(a.user.username, 'approved');
        for (const r of reviewers)
            if (r.state === 'requested_changes')
                verdicts.set(r.user.username, 'rejected');
            else if (!verdicts.has(r.user.username))
                verdicts.set(r.user.username, 'none');
        return [...verdicts].map(([reviewer, verdict]) => ({ reviewer, verdict }));
    }
}
/** A job, commit status or pipeline state as a check state; skipped counts as green, as on GitHub. */
function gitLabState(status) {
    if (status === 'success' || status === 'skipped')
        return { state: 'success', detail: status };
    if (status === 'failed' || status === 'canceled' || status === 'canceling')
        return { state: 'failure', detail: status };
    // created, waiting_for_resource, preparing, pending, running, manual, scheduled, waiting_for_callback
    return { state: 'pending', detail: status };
}

;// CONCATENATED MODULE: ./lib/scm/local.ts


/**
 * For repositories without a forge (and the demo): the pushed branch is merged into the target
 * with a merge commit, as a reviewer's "merge" would, then deleted. A target that moved meanwhile
 * is fetched and the merge redone; when others changed the same lines, the change is made again
 * on the new tip (spec.reapply) and the branch replaced, as direct mode does; a bounded number of
 * times. The branch is deleted whatever the outcome: no reviewer will ever look at it.
 */
class LocalMergeProvider {
    repo;
    maxAttempts;
    name = 'local';
    constructor(repo, maxAttempts = 20) {
        this.repo = repo;
        this.maxAttempts = maxAttempts;
    }
    async preflight() {
        // The git fetch that cloned the repository already proved access.
    }
    async openOrUpdate(spec) {
        try {
            return await this.merge(spec);
        }
        catch (err) {
            await this.deleteBranch(spec.sourceBranch);
            throw err;
        }
    }
    async merge(spec) {
        const src = `refs/remotes/origin/${spec.sourceBranch}`;
        const subject = `Merge branch '${spec.sourceBranch}' into ${spec.targetBranch}\n\n${spec.title}`;
        for (let attempt = 1;; attempt++) {
            await this.repo.syncToRemote();
            // First the branch as pushed; after a conflict or a lost race, the change made again on the
            // new tip (cheaper than fetching the branch's history again, and never conflicts).
            if (attempt === 1 || !spec.reapply) {
                if (!(await this.mergeBranch(spec, src, subject))) {
                    if (!spec.reapply) {
                        throw new lib_errors/* RingwayError */.Sy(`cannot merge '${spec.sourceBranch}' into '${spec.targetBranch}': the change conflicts with the target branch`);
                    }
                    await this.repo.syncToRemote();
                    if (!(await this.reapplyAsMerge(spec, subject)))
                        return this.landed(spec.sourceBranch);
                }
            }
            else if (!(await this.reapplyAsMerge(spec, subject))) {
                return this.landed(spec.sourceBranch);
            }
            if (await this.repo.push(spec.targetBranch))
                return this.landed(spec.sourceBranch);
            if (attempt >= this.maxAttempts)
                throw new lib_errors/* RingwayError */.Sy(`merging into '${spec.targetBranch}' was rejected ${attempt} times because others kept pushing`);
            await sleep(backoffDelay(150, attempt));
        }
    }
    /** Merges the pushed branch into the working copy (at the target's tip); false on a conflict. */
    async mergeBranch(spec, src, subject) {
        await this.repo.fetchBranch(spec.sourceBranch);
        // The merge base may be older than the shallow tip: fetch the history it needs.
        if ((await this.repo.git(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true') {
            await this.repo.git([
                'fetch',
                '-q',
                '--no-tags',
                '--unshallow',
                'origin',
                `+refs/heads/${spec.targetBranch}:refs/remotes/origin/${spec.targetBranch}`,
                `+refs/heads/${spec.sourceBranch}:${src}`,
            ], {
                network: true,
            });
        }
        const merged = await this.repo.git(['merge', '--no-ff', '--no-edit', '-m', subject, '--', src], {
            allowFailure: true,
        });
        if (merged.code === 0)
            return true;
        await this.repo.git(['merge', '--abort'], { allowFailure: true });
        return false;
    }
    /**
     * Makes the change again on the tip and wraps it in a merge commit (tip + change), the shape a
     * merged pull request has. False when the tip already holds the change.
     */
    async reapplyAsMerge(spec, subject) {
        const tip = await this.repo.head();
        if (!(await spec.reapply?.()))
            return false;
        const change = await this.repo.head();
        const merge = (await this.repo.git(['commit-tree', '-p', tip, '-p', change, '-F', '-', `${change}^{tree}`], { input: subject })).stdout.trim();
        await this.repo.git(['reset', '-q', '--hard', merge]);
        return true;
    }
    /** Done: the branch is deleted; the merge commit is the working copy's head. */
    async landed(branch) {
        const mergeCommit = await this.repo.head();
        if (branch)
            await this.deleteBranch(branch);
        return { number: '', url: '', created: true, mergeCommit };
    }
    async deleteBranch(branch) {
        await this.repo.git(['push', '-q', 'origin', '--', `:refs/heads/${branch}`], { network: true, allowFailure: true });
    }
}

;// CONCATENATED MODULE: ./lib/scm/select.ts







const PROVIDERS = ['auto', 'github', 'azure-devops', 'gitlab', 'gitea', 'forgejo', 'local'];
/**
 * The pull request provider `provider` names, or (auto) the one the repository URL belongs to.
 * Errors name the provider; the step adds its input.
 */
function pullRequestForge(provider, url) {
    const name = forgeOf(provider, url, 'pull request provider', 'github, azure-devops, gitlab, gitea, forgejo or local');
    if (!PROVIDERS.includes(name))
        throw new lib_errors/* UsageError */.eb(`the pull request provider must be one of ${PROVIDERS.join(', ')}, got '${name}'`);
    return name;
}
/** The provider of `provider`, or of the URL, built with the repository and token (whose errors name them). */
function providerFor(opts) {
    const name = pullRequestForge(opts.provider, opts.url);
    switch (name) {
        case 'github':
            return new github_GitHubProvider((0,lib_errors/* withInput */.zE)('hld-repo', () => github_parseGitHubUrl(opts.url, opts.apiUrl)), opts.token);
        case 'azure-devops':
            return new azure_devops_AzureDevOpsProvider((0,lib_errors/* withInput */.zE)('hld-repo', () => azure_devops_parseAzureUrl(opts.url, opts.apiUrl)), opts.token);
        case 'gitlab':
            return new gitlab_GitLabProvider((0,lib_errors/* withInput */.zE)('hld-repo', () => gitlab_parseGitLabUrl(opts.url, opts.apiUrl)), opts.token);
        case 'gitea':
        case 'forgejo': // Forgejo serves Gitea's API (/api/v1)
            return new gitea_GiteaProvider((0,lib_errors/* withInput */.zE)('hld-repo', () => gitea_parseGiteaUrl(opts.url, opts.apiUrl)), opts.token);
        default: // 'local': pullRequestForge lets nothing else through
            return new LocalMergeProvider(opts.repo);
    }
}
/** The forge a URL belongs to, unless `provider` names one. */
function forgeOf(provider, url, what, choices) {
    if (provider && provider !== 'auto')
        return provider;
    let host = '';
    try {
        host = new URL(url).hostname;
    }
    catch {
        // scp-like or file paths: no forge to guess
    }
    if (host === 'github.com' || /^api\.github\.com$/.test(host))
        return 'github';
    if (isAzureDevOpsHost(host))
        return 'azure-devops';
    if (isGitLabHost(host))
        return 'gitlab';
    throw new lib_errors/* UsageError */.eb(`cannot tell the ${what} of ${url}; name it: ${choices}`);
}
/** The forge with checks and reviews that `provider` names, or (auto) the one the URL belongs to. */
function reviewForge(provider, url) {
    const name = forgeOf(provider, url, 'forge', 'github, azure-devops, gitlab, gitea or forgejo');
    if (name === 'forgejo')
        return 'gitea'; // Forgejo serves Gitea's API (/api/v1)
    if (name !== 'github' && name !== 'azure-devops' && name !== 'gitlab' && name !== 'gitea')
        throw new UsageError(`${name} has no commit checks or reviews; use github, azure-devops, gitlab, gitea or forgejo`);
    return name;
}
/** Checks and reviews of a repository on GitHub, Azure DevOps, GitLab or Gitea/Forgejo (a local repository has neither). */
function signalsFor(opts) {
    const forge = reviewForge(opts.provider, opts.url);
    if (forge === 'gitea')
        return new GiteaProvider(withInput(opts.input, () => parseGiteaUrl(opts.url, opts.apiUrl)), opts.token);
    if (forge === 'gitlab')
        return new GitLabProvider(withInput(opts.input, () => parseGitLabUrl(opts.url, opts.apiUrl)), opts.token);
    return forge === 'github'
        ? new GitHubProvider(withInput(opts.input, () => parseGitHubUrl(opts.url, opts.apiUrl)), opts.token)
        : new AzureDevOpsProvider(withInput(opts.input, () => parseAzureUrl(opts.url, opts.apiUrl)), opts.token);
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

;// CONCATENATED MODULE: ./lib/steps/hld-change.ts


















/**
 * The input group of a reviewed HLD change, in three runs so a step can place its own inputs
 * between them (surfaces list inputs in the step's order): where the change goes, how it is
 * reviewed, and how it is pushed (with the git inputs).
 */
function hldChangeInputs(o) {
    return {
        target: [
            { name: 'hld-repo', description: 'URL of the HLD repository', required: true },
            { name: 'branch', description: "Branch the change is for; empty = the repository's default branch" },
            {
                name: 'hld-path',
                description: 'Folder of the component whose config is edited (where fab set would run)',
                default: '.',
                path: true,
            },
            { name: 'component', description: o.component },
            { name: 'environment', description: 'Config file to edit: config/<environment>.yaml', default: 'common' },
        ],
        review: [
            {
                name: 'pull-request',
                description: 'Propose the change through a pull request; false pushes it to the branch directly',
                kind: 'boolean',
                default: 'true',
            },
            {
                name: 'pr-branch',
                description: o.prBranch.description,
                default: o.prBranch.default,
                visibleWhen: 'pull-request = true',
            },
            {
                name: 'provider',
                description: 'Pull request provider; auto picks it from the repository URL',
                options: [...PROVIDERS],
                default: 'auto',
                visibleWhen: 'pull-request = true',
            },
            {
                name: 'api-url',
                description: 'REST API root for GitHub Enterprise (https://host/api/v3), an Azure DevOps server collection or a self-managed GitLab (https://host/api/v4); required for Gitea and Forgejo (https://host/api/v1)',
                visibleWhen: 'pull-request = true',
            },
            {
                name: 'auto-merge',
                description: 'Enable auto-merge (GitHub), auto-complete (Azure DevOps), merge when the pipeline succeeds (GitLab) or merge when checks succeed (Gitea, Forgejo) on the pull request',
                kind: 'boolean',
                default: 'false',
                visibleWhen: 'pull-request = true',
            },
            {
                name: 'merge-method',
                description: 'How an auto-merged pull request is merged',
                options: ['merge', 'squash', 'rebase'],
                default: 'merge',
                visibleWhen: 'auto-merge = true',
            },
            { name: 'labels', description: 'Labels for the pull request', kind: 'list', visibleWhen: 'pull-request = true' },
            {
                name: 'reviewers',
                description: 'Reviewers to request (GitHub or Gitea logins; Azure DevOps identity ids)',
                kind: 'list',
                visibleWhen: 'pull-request = true',
            },
        ],
        push: [
            {
                name: 'max-attempts',
                description: 'How many times a rejected direct push is re-applied and retried',
                default: '8',
            },
            ...gitInputs,
        ],
    };
}
function checkEnvironment(environment) {
    return (0,lib_errors/* withInput */.zE)('environment', () => (0,names/* checkEnvironmentName */.r0)(environment));
}
/**
 * Reads the group's inputs. `branchPlaceholders` are the pr-branch template's placeholders the
 * step fills (build-id is added): the template is checked now, before anything is fetched.
 */
function readHldChange(inputs, step, branchPlaceholders) {
    const settings = {
        step,
        url: (0,validate/* checkRepoInput */.BI)(inputs.string('hld-repo'), 'hld-repo'),
        branch: inputs.string('branch'),
        hldPath: (0,lib_errors/* withInput */.zE)('hld-path', () => safeRelativePath(inputs.string('hld-path'))),
        environment: checkEnvironment(inputs.string('environment')),
        token: inputs.string('token'),
        identity: { name: inputs.string('git-user-name'), email: inputs.string('git-user-email') },
        dryRun: inputs.boolean('dry-run'),
        maxAttempts: inputs.integer('max-attempts', 1),
    };
    if (!inputs.boolean('pull-request'))
        return settings;
    const branchTemplate = inputs.string('pr-branch');
    branchName(branchTemplate, Object.fromEntries([...branchPlaceholders, 'build-id'].map((k) => [k, 'x'])));
    return {
        ...settings,
        pullRequest: {
            branchTemplate,
            provider: inputs.string('provider'),
            apiUrl: inputs.string('api-url'),
            autoMerge: inputs.boolean('auto-merge'),
            mergeMethod: inputs.string('merge-method'),
            labels: inputs.list('labels'),
            reviewers: inputs.list('reviewers'),
        },
    };
}
/** Clones the HLD's branch into a new temporary folder (removed again when the clone fails). */
async function checkoutHld(settings, host, opts = {}) {
    const { url, branch, token, identity, hldPath, environment } = settings;
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ringway-hld-'));
    const remove = () => removeTempDir(work, (l) => host.debug(l));
    try {
        const repo = await host.group(`Fetch ${displayUrl(url)}`, async () => {
            // git's answer names the server; the error adds the input it came from.
            const r = await (0,lib_errors/* withInput */.zE)('hld-repo', () => GitRepo.checkout({ url, branch, dir: work, token: token || undefined, identity, depth: opts.depth }));
            host.info(r.branchExists
                ? `fetched ${r.branch} at ${await r.head()}`
                : `branch ${r.branch} does not exist yet: the push creates it`);
            return r;
        });
        const componentDir = await (0,files/* containedPath */.fX)(work, work, hldPath, "input 'hld-path'");
        // A missing folder is the path's fault, not the component's that would be looked for in it.
        if (!(await (0,promises_.stat)(componentDir).catch(() => undefined))?.isDirectory())
            throw new lib_errors/* RingwayError */.Sy(`input 'hld-path': '${hldPath}' is not a folder of the HLD (branch ${repo.branch} of ${displayUrl(url)})`, { input: 'hld-path', kind: 'not-found' });
        return { repo, work, componentDir, environment, remove };
    }
    catch (err) {
        await remove();
        throw err;
    }
}
/** Checks the edits' components, then lands the change: on its own pull request branch, or pushed to the branch. */
async function landHldChange(settings, checkout, change, host) {
    const { work, componentDir, environment } = checkout;
    for (const e of change.edits)
        await (0,lib_errors/* withInput */.zE)(e.input ?? 'component', () => checkComponentPath(work, componentDir, e.component, e.component.join('.')));
    // Writes the change into the working copy (again, on a new tip, when a push lost a race).
    const apply = async () => {
        await change.guard?.();
        // The config file may be a committed link: it must not lead the write out of the checkout.
        for (const rel of (0,names/* environmentConfigFiles */.Hm)(environment))
            await assertResolvesInside(work, (0,external_node_path_.join)(componentDir, rel), "input 'hld-path'");
        // The config editor (and its YAML engine) loads here, after the inputs and the clone.
        const { setConfig } = await __nccwpck_require__.e(/* import() */ 257).then(__nccwpck_require__.bind(__nccwpck_require__, 1257));
        // Reviewers see only the edited lines: the layout is kept wherever that gives fab set's data.
        for (const e of change.edits)
            await setConfig({
                componentDir,
                environment,
                subcomponent: e.component,
                pairs: e.pairs,
                layout: 'keep',
                warn: (l) => host.warning(l),
            });
    };
    // Summary rows: component, environment, key, value.
    const rows = [
        ['component', 'environment', 'key', 'value'],
        ...change.edits.flatMap((e) => e.pairs.map((p) => [e.component.join('.') || '(root)', environment, p.keyPath.join('.'), p.value])),
    ];
    // The files an edit can write, from the repository root: the environment's config files.
    const folder = (0,external_node_path_.relative)(work, componentDir).split(external_node_path_.sep).filter(Boolean);
    const files = (0,names/* environmentConfigFiles */.Hm)(environment).map((rel) => [...folder, rel].join('/'));
    const landing = { settings, repo: checkout.repo, change, apply, files, rows };
    return settings.pullRequest
        ? await landPullRequest(host, landing, settings.pullRequest)
        : await landDirect(host, landing);
}
/** Direct: commit to the branch and push, re-applied on the new tip when another pipeline pushed first. */
async function landDirect(host, { settings, repo, change, apply, files, rows }) {
    const { message, body } = change;
    const r = await host.group(`Commit to ${repo.branch}`, () => editAndPush({
        repo,
        apply,
        files,
        where: "input 'hld-path'",
        message: `${message}\n\n${body}\n`,
        dryRun: settings.dryRun,
        maxAttempts: settings.maxAttempts,
        log: (l) => host.info(l),
    }));
    host.info(r.changed
        ? `${r.pushed ? 'pushed' : 'dry run: did not push'} ${r.commit} to ${repo.branch}`
        : `${repo.branch} already has these values`);
    await host.summary({
        title: `ringway ${settings.step}: ${r.changed ? `committed to ${repo.branch}` : 'no change'}`,
        rows,
    });
    return { changed: r.changed, commit: r.commit, branch: repo.branch, prNumber: '', prUrl: '' };
}
/** Pull request: push the change to its own branch (unless it already holds it) and open or update the pull request. */
async function landPullRequest(host, { settings, repo, change, apply, rows }, pull) {
    const { url, token, dryRun } = settings;
    const { message, body, branchValues } = change;
    const prBranch = branchName(pull.branchTemplate, { ...branchValues, 'build-id': host.build.buildId });
    // The pull request's own branch: pushing the change to the target itself would skip the review.
    if (prBranch === repo.branch)
        throw new lib_errors/* UsageError */.eb(`input 'pr-branch': '${prBranch}' is the branch the pull request goes into; give the pull request a branch of its own`, { input: 'pr-branch' });
    await apply();
    if (!(await repo.stage())) {
        host.info(`${repo.branch} already has these values: no branch, no pull request`);
        await host.summary({ title: `ringway ${settings.step}: no change`, rows });
        return { changed: false, commit: await repo.head(), branch: '', prNumber: '', prUrl: '' };
    }
    // Resolved before anything is pushed: a wrong provider or missing token must leave no branch.
    const forge = (0,lib_errors/* withInput */.zE)('provider', () => pullRequestForge(pull.provider, url));
    // The repository URL's errors already name 'hld-repo'; what is left is about the token.
    const provider = (0,lib_errors/* withInput */.zE)('token', () => providerFor({ provider: forge, url, apiUrl: pull.apiUrl, token, repo }));
    if (!dryRun)
        await provider.preflight();
    // A re-run for the same change: the open branch already holds exactly this tree.
    const existing = await repo.fetchBranch(prBranch, { depth: 1, allowFailure: true });
    let commit = '';
    if (existing.code === 0 &&
        (await repo.git(['diff', '--cached', '--quiet', `refs/remotes/origin/${prBranch}`], { allowFailure: true }))
            .code === 0) {
        commit = (await repo.git(['rev-parse', `refs/remotes/origin/${prBranch}`])).stdout.trim();
        host.info(`branch ${prBranch} already holds this change (${commit})`);
    }
    else {
        commit = await repo.commit(`${message}\n\n${body}\n`);
        if (!dryRun && !(await repo.push(prBranch, { force: true })))
            throw new lib_errors/* UsageError */.eb(`could not push branch '${prBranch}'`);
    }
    if (dryRun) {
        host.info(`dry run: would push ${commit} to ${prBranch} and open a pull request into ${repo.branch}`);
        return { changed: true, commit, branch: prBranch, prNumber: '', prUrl: '' };
    }
    const pr = await host.group(`Pull request ${prBranch} → ${repo.branch} (${provider.name})`, () => provider.openOrUpdate({
        sourceBranch: prBranch,
        targetBranch: repo.branch,
        title: message.split('\n')[0],
        body,
        labels: pull.labels,
        reviewers: pull.reviewers,
        autoMerge: pull.autoMerge,
        mergeMethod: pull.mergeMethod,
        // Local merges: others changed the same lines meanwhile, so make the change again on their tip.
        reapply: async () => {
            await apply();
            if (!(await repo.stage()))
                return false;
            await repo.commit(`${message}\n\n${body}\n`);
            return true;
        },
    }));
    const what = pr.mergeCommit
        ? `merged into ${repo.branch} as ${pr.mergeCommit}`
        : `${pr.created ? 'opened' : 'updated'} pull request ${pr.number}: ${pr.url}`;
    host.info(what);
    await host.summary({ title: `ringway ${settings.step}: ${what}`, rows });
    return { changed: true, commit: pr.mergeCommit ?? commit, branch: prBranch, prNumber: pr.number, prUrl: pr.url };
}
/** Fills the branch template and makes the result a valid git branch name. */
function branchName(template, values) {
    const filled = template_fillTemplate(template, values, "input 'pr-branch'");
    const clean = filled
        .replace(/[\s~^:?*[\\\x00-\x1f\x7f]+/g, '-')
        .replace(/\.\.+/g, '.')
        .replace(/@\{/g, '-')
        .replace(/\/+/g, '/')
        .replace(/-{2,}/g, '-')
        .replace(/(^[/.-]+)|([/.-]+$)|(\.lock$)/g, '')
        .replace(/\/\./g, '/');
    if (!clean)
        throw new lib_errors/* UsageError */.eb(`input 'pr-branch': '${template}' gives an empty branch name`, { input: 'pr-branch' });
    // A full ref as users write branches (refs/heads/x) means x; HEAD or another full ref is refused.
    return (0,validate/* checkBranch */.DC)(clean, 'pr-branch');
}
/**
 * The body with the Ringway-* trailers of the deployment as its last paragraph: in the commit
 * (after the subject, so git reads them as trailers) and in the pull request's description, so
 * record-deployment finds the deployment whatever commit the forge's merge makes.
 */
function withTrailers(body, key) {
    const lines = formatTrailers(key);
    return lines.length ? `${body}\n\n${lines.join('\n')}` : body;
}
/** The pull request's description: who made it, from which build, and one line per value set. */
function pullRequestBody(build, edits, environment) {
    const lines = edits.flatMap((e) => e.pairs.map((p) => `- \`${e.component.join('.') || '(root)'}\` ${environment}: \`${p.keyPath.join('.')}\` = \`${p.value}\``));
    const origin = build.pipeline || build.buildId
        ? `PR created by: ${build.pipeline || 'pipeline'} with buildId: ${build.buildId} and buildNumber: ${build.buildNumber}`
        : 'PR created by: ringway';
    return [
        origin,
        ...(build.buildUrl ? [`Build: ${build.buildUrl}`] : []),
        ...(build.commit ? [`Source commit: ${build.commit}`] : []),
        '',
        ...lines,
    ].join('\n');
}

;// CONCATENATED MODULE: ./lib/steps/update-hld.ts




/** The reviewed change's inputs (lib/steps/hld-change.ts), with update-hld's branch name. */
const change = hldChangeInputs({
    component: 'Dotted subcomponent path from that component (fab set --subcomponent), e.g. trivia.frontend.dev',
    prBranch: {
        description: 'Branch name template; {service} {ring} {tag} {component} {environment} {build-id}',
        default: 'DEPLOY/{service}-{ring}-{tag}',
    },
});
const step = {
    name: 'update-hld',
    title: 'Update HLD',
    description: 'Sets values (by default the image tag) in a Fabrikate HLD with `fab set` semantics, keeping the rest of the config file byte for byte, and proposes the change through a pull request (GitHub, Azure DevOps, or a local merge) or pushes it directly. Re-runs update the same pull request; a change already on the branch does nothing.',
    azureTaskId: '9d3e7b21-4c5a-4e8f-b1d6-3a2c8f7e6d54',
    inputs: [
        ...change.target,
        {
            name: 'set',
            description: 'Lines of key.path=value, or component:key.path=value for another component',
            kind: 'multiline',
        },
        { name: 'image-tag', description: 'Shorthand for set image.tag=<tag>' },
        { name: 'image-repository', description: 'Shorthand for set image.repository=<repository>' },
        {
            name: 'service',
            description: 'Service name, for the branch name and messages; default the last component segment',
        },
        {
            name: 'ring',
            description: 'Ring (environment of the deployment), for the branch name; default the environment input',
        },
        ...change.review,
        { name: 'message', description: 'Commit message and pull request title; default names the service, tag and build' },
        ...change.push,
    ],
    outputs: [
        { name: 'changed', description: "'true' when the HLD differs from the branch and a commit was made" },
        { name: 'commit', description: 'HLD commit holding the change (the merge commit for the local provider)' },
        { name: 'branch', description: 'Branch pushed to (the pull request branch, or the target in direct mode)' },
        { name: 'pull-request-number', description: 'Pull request number or id', aliases: ['pr-number'] },
        { name: 'pull-request-url', description: 'Pull request web address', aliases: ['pr-url'] },
    ],
    async run(inputs, host) {
        const component = inputs.string('component')
            ? (0,lib_errors/* withInput */.zE)('component', () => (0,names/* splitKeyPath */.TL)(inputs.string('component')))
            : [];
        const environment = checkEnvironment(inputs.string('environment'));
        const imageTag = inputs.string('image-tag') && (0,lib_errors/* withInput */.zE)('image-tag', () => checkImageTag(inputs.string('image-tag')));
        const edits = collectEdits(inputs.lines('set'), component, imageTag, inputs.string('image-repository'));
        const tag = inputs.string('image-tag') ||
            edits.flatMap((e) => e.pairs).find((p) => p.keyPath.join('.') === 'image.tag')?.value ||
            '';
        const service = inputs.string('service') || component[component.length - 1] || 'hld';
        const ring = inputs.string('ring') || environment;
        const message = inputs.string('message') || defaultMessage(service, tag, edits, environment);
        // Trailers only for what the inputs name (a default service or ring may not be the deployment's).
        const body = withTrailers(pullRequestBody(host.build, edits, environment), {
            service: inputs.string('service'),
            ring: inputs.string('ring'),
            tag,
        });
        const branchValues = { service, ring, tag, component: component.join('.'), environment };
        const settings = readHldChange(inputs, 'update-hld', Object.keys(branchValues));
        const checkout = await checkoutHld(settings, host);
        const r = await landHldChange(settings, checkout, { edits, message, body, branchValues }, host).finally(checkout.remove);
        return {
            changed: String(r.changed),
            commit: r.commit,
            branch: r.branch,
            'pull-request-number': r.prNumber,
            'pull-request-url': r.prUrl,
        };
    },
};
function collectEdits(lines, component, imageTag, imageRepository) {
    const byComponent = new Map();
    const add = (comp, pair, input = 'component') => {
        const k = comp.join('.');
        const e = byComponent.get(k) ?? { component: comp, pairs: [], input };
        e.pairs.push(pair);
        byComponent.set(k, e);
    };
    for (const line of lines) {
        const m = /^([^=:\s]+):([^=]+=.*)$/.exec(line);
        (0,lib_errors/* withInput */.zE)('set', () => (m ? add((0,names/* splitKeyPath */.TL)(m[1]), (0,names/* parseSetArg */.In)(m[2]), 'set') : add(component, (0,names/* parseSetArg */.In)(line))));
    }
    if (imageTag)
        add(component, { keyPath: ['image', 'tag'], value: imageTag });
    if (imageRepository)
        add(component, { keyPath: ['image', 'repository'], value: imageRepository });
    if (byComponent.size === 0)
        throw new lib_errors/* UsageError */.eb("nothing to set: give 'image-tag', 'image-repository' or 'set'");
    return [...byComponent.values()];
}
function defaultMessage(service, tag, edits, environment) {
    // Bedrock's wording, so history and dashboards read the same after the switch.
    if (tag)
        return `Updating ${service} image tag to ${tag}.`;
    const pairs = edits.flatMap((e) => e.pairs.map((p) => `${p.keyPath.join('.')}=${p.value}`));
    return `Updating ${service} (${environment}): ${pairs.join(', ')}`;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

"use strict";
module.exports = require("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

"use strict";
module.exports = require("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

"use strict";
module.exports = require("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

"use strict";
module.exports = require("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

"use strict";
module.exports = require("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

"use strict";
module.exports = require("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

"use strict";
module.exports = require("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

"use strict";
module.exports = require("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

"use strict";
module.exports = require("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

"use strict";
module.exports = require("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

"use strict";
module.exports = require("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

"use strict";
module.exports = require("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

"use strict";
module.exports = require("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

"use strict";
module.exports = require("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

"use strict";
module.exports = require("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

"use strict";
module.exports = require("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

"use strict";
module.exports = require("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

"use strict";
module.exports = require("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

"use strict";
module.exports = require("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

"use strict";
module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

"use strict";
module.exports = require("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

"use strict";
module.exports = require("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

"use strict";
module.exports = require("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

"use strict";
module.exports = require("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

"use strict";
module.exports = require("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

"use strict";
module.exports = require("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

"use strict";
module.exports = require("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

"use strict";
module.exports = require("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

"use strict";
module.exports = require("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

"use strict";
module.exports = require("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

"use strict";
module.exports = require("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

"use strict";
module.exports = require("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

"use strict";
module.exports = require("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

"use strict";
module.exports = require("tls");

/***/ }),

/***/ 9023:
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
const stepModule = __nccwpck_require__(2357);
const host = __nccwpck_require__(5582);
void host.runAzure(stepModule.step);

module.exports = __webpack_exports__;
/******/ })()
;