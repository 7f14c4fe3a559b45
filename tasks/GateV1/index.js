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

/***/ 5952:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   pc: () => (/* binding */ durationMs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8115);

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
/* harmony export */   V: () => (/* binding */ TrustedHosts),
/* harmony export */   w: () => (/* binding */ hostOf)
/* harmony export */ });
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
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`'${entry}' is not a host name`);
                this.exact.add(h);
            }
            else if (/^[a-z0-9.-]+:\d{1,5}$|^\[[0-9a-f:.]+\]:\d{1,5}$/.test(e)) {
                this.exact.add(e);
            }
            else if (/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(e) && !e.startsWith('-')) {
                this.anyPort.add(e);
            }
            else {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`'${entry}' is not a host name (host, host:port or a URL)`);
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
        const host = (0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .agreedHost */ .rA)(url);
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
/* harmony export */   GK: () => (/* binding */ checkRepoUrl),
/* harmony export */   __: () => (/* binding */ checkRef),
/* harmony export */   rA: () => (/* binding */ agreedHost)
/* harmony export */ });
/* unused harmony exports describe, isLoopback, checkOptionalRepoUrl, checkBranch, checkOptionalRef, checkHelmRepoUrl */
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

/***/ 3737:
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
// EXTERNAL MODULE: ./lib/duration.ts
var duration = __nccwpck_require__(5952);
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

/***/ 9828:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  step: () => (/* binding */ step)
});

// EXTERNAL MODULE: ./lib/errors.ts
var lib_errors = __nccwpck_require__(8115);
// EXTERNAL MODULE: ./lib/secrets.ts
var secrets = __nccwpck_require__(6995);
// EXTERNAL MODULE: ./lib/git/job-token.ts
var job_token = __nccwpck_require__(3102);
// EXTERNAL MODULE: ./lib/git/trust.ts
var git_trust = __nccwpck_require__(2811);
// EXTERNAL MODULE: ./lib/git/validate.ts
var validate = __nccwpck_require__(9719);
;// CONCATENATED MODULE: ./lib/git/auth.ts



/**
 * The Authorization header git sends for a token. GitHub takes Basic `x-access-token:<token>`
 * (what actions/checkout sends); Azure DevOps takes Basic with an empty user and the PAT, or Bearer
 * for System.AccessToken (a JWT). Other servers get Basic `x-access-token:<token>`.
 */
function authorizationHeader(url, token) {
    if (isAzureDevOpsHost((0,git_trust/* hostOf */.w)(url))) {
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

// EXTERNAL MODULE: ./lib/duration.ts
var duration = __nccwpck_require__(5952);
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
const row_STAGES = [
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
    return RANK[stage] ?? row_STAGES.indexOf(stage) + 1;
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

;// CONCATENATED MODULE: ./lib/telemetry/row-value.ts

/**
 * Rows are data written by every pipeline that can write the table: a value read from one is
 * checked before it reaches git, the HLD or a log line, and a bad one is named by its row and
 * column, never by the parser's own words ("Invalid time value").
 */
/** A row's value for an error line: line breaks and other control characters as '?', at most 60 characters. */
function shownValue(value) {
    const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
    return clean.length > 60 ? `${clean.slice(0, 57)}... (${value.length} characters)` : clean;
}
/** Which row and column a bad value came from: `deployment <RowKey> (partition <PartitionKey>), column '<name>'`. */
function rowColumn(row, column) {
    return `deployment ${shownValue(row.rowKey)} (partition ${shownValue(row.partitionKey)}), column '${column}'`;
}
/**
 * `row[column]` passed through `check` (which returns the value or throws an error naming the
 * value); a refusal becomes one line naming the row and the column.
 */
function checkedRowValue(row, column, check) {
    const value = row[column] ?? '';
    try {
        return check(value);
    }
    catch (err) {
        throw new RingwayError(`${rowColumn(row, column)}: ${errorMessage(err)}`, { cause: err });
    }
}
/** A time a row holds, in milliseconds; a value that is not one is named by row and column. */
function rowTime(row, column) {
    const t = Date.parse(row[column] ?? '');
    if (Number.isNaN(t))
        throw new RingwayError(`${rowColumn(row, column)}: '${shownValue(row[column] ?? '')}' is not a time (ISO 8601)`);
    return t;
}

;// CONCATENATED MODULE: ./lib/promotion/clusters.ts



/** Which clusters run each ring: `dev=aks-dev,prod=aks-weu+aks-eus` (comma or newline separated). Errors name the entry; the step adds the input. */
function parseRingClusters(entries, rings) {
    const out = {};
    for (const raw of entries) {
        const entry = raw.trim();
        if (!entry)
            continue;
        const m = /^([^=\s]+)\s*=\s*(.+)$/.exec(entry);
        if (!m)
            throw new lib_errors/* UsageError */.eb(`'${entry}' is not <ring>=<cluster>[+<cluster>…]`);
        const ring = m[1].toLowerCase();
        if (!rings.includes(ring))
            throw new lib_errors/* UsageError */.eb(`ring '${ring}' is not in the rings list ${rings.join(', ')}`);
        if (out[ring])
            throw new lib_errors/* UsageError */.eb(`ring '${ring}' has clusters twice`);
        const clusters = m[2].split('+').map((c) => c.trim());
        const bad = clusters.find((c) => !/^[\w.:/@-]{1,200}$/.test(c));
        if (bad !== undefined)
            throw new lib_errors/* UsageError */.eb(`'${bad}' is not a cluster name (ring ${ring})`);
        out[ring] = clusters;
    }
    return out;
}
/** A commit status is about a cluster when the cluster is one of its name's `/` or `:` separated parts. */
function statusOfCluster(check, cluster) {
    return check.name
        .toLowerCase()
        .split(/[/:\s]+/)
        .includes(cluster.toLowerCase());
}
/** A recorded failure on a cluster of the ring that has not recovered. */
function failureOf(row) {
    const failing = Object.entries(row_clusterSyncs(row)).filter(([, c]) => row_clusterFailed(c));
    if (failing.length)
        return failing
            .map(([n, c]) => `sync failed on ${n} at ${c.failedAt}${c.reason ? ` (${c.reason})` : ''}`)
            .join('; ');
    if (syncFailed(row))
        return `sync failed at ${row.syncFailedAt}`;
    return undefined;
}
/**
 * Every named cluster of the ring must have applied the deployment: recorded by an operator event
 * (or a cluster-synced stage naming it), else a Flux / Argo CD commit status on the manifest
 * commit whose name contains the cluster. A failed status rejects, a pending one waits, and
 * statuses that cannot be read leave the gate unable to tell (error).
 */
async function clustersSynced(row, clusters, statuses) {
    const map = row_clusterSyncs(row);
    const manual = new Set((row.cluster ?? '')
        .split(',')
        .map((c) => c.trim().toLowerCase())
        .filter(Boolean));
    const times = [];
    const done = [];
    let missing = [];
    for (const c of clusters) {
        const rec = map[c];
        if (rec?.syncedAt) {
            times.push(rec.syncedAt);
            done.push(`${c} at ${rec.syncedAt}`);
        }
        else if (manual.has(c.toLowerCase()) && row.syncedAt) {
            times.push(row.syncedAt);
            done.push(`${c} at ${row.syncedAt}`);
        }
        else
            missing.push(c);
    }
    let fromStatus = false;
    if (missing.length && statuses) {
        let found;
        try {
            found = await statuses();
        }
        catch (err) {
            return {
                verdict: 'error',
                detail: `cannot read commit statuses of the manifest commit: ${(0,secrets/* redact */.E$)((0,lib_errors/* errorMessage */.gJ)(err))}`,
            };
        }
        const still = [];
        for (const c of missing) {
            const mine = found.filter((s) => statusOfCluster(s, c));
            const failed = mine.find((s) => s.state === 'failure');
            if (failed)
                return {
                    verdict: 'reject',
                    detail: `commit status ${failed.name} on the manifest commit is ${failed.detail} (cluster ${c})`,
                };
            if (mine.length && mine.every((s) => s.state === 'success')) {
                done.push(`${c} (commit status ${mine[0].name})`);
                fromStatus = true;
            }
            else
                still.push(c);
        }
        missing = still;
    }
    if (missing.length)
        return {
            verdict: 'wait',
            detail: `not synced yet on ${missing.join(', ')}${done.length ? ` (synced: ${done.join(', ')})` : ''}`,
        };
    if (fromStatus && row.manifestsPushedAt)
        times.push(row.manifestsPushedAt);
    const since = times.sort().pop();
    return {
        verdict: 'pass',
        detail: `synced on ${done.join(', ')}`,
        since,
        sinceWhat: fromStatus && since === row.manifestsPushedAt ? 'manifests pushed' : 'synced on every cluster',
    };
}

;// CONCATENATED MODULE: ./lib/promotion/health-url.ts


/**
 * A health URL from the `health-url` input, checked, with every secret part of it registered for
 * redaction before anything can print it: the userinfo, the query string and key-like parameters.
 */
function healthTarget(value) {
    let u;
    try {
        u = new URL(value);
    }
    catch {
        throw new lib_errors/* UsageError */.eb(`'${shownOf(value)}' is not an http(s) URL`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        throw new lib_errors/* UsageError */.eb(`'${shownOf(value)}' is not an http(s) URL`);
    const user = decodeURIComponent(u.username);
    const password = decodeURIComponent(u.password);
    (0,secrets/* registerSecret */.cl)(password);
    (0,secrets/* registerSecret */.cl)(u.password);
    (0,secrets/* registerSecret */.cl)(u.search.slice(1));
    for (const [k, v] of u.searchParams)
        if (secrets/* CREDENTIAL_PARAM */.kk.test(k))
            (0,secrets/* registerSecret */.cl)(v);
    const headers = {};
    if (user || password) {
        const basic = Buffer.from(`${user}:${password}`).toString('base64');
        (0,secrets/* registerSecret */.cl)(basic);
        headers.authorization = `Basic ${basic}`;
    }
    u.username = '';
    u.password = '';
    const shown = `${u.protocol}//${u.host}${u.pathname}`;
    // The whole URL is a secret only for what it adds to `shown` (registering `shown` would hide it).
    for (const whole of [value, u.toString()])
        if (whole.replace(/\/$/, '') !== shown.replace(/\/$/, ''))
            (0,secrets/* registerSecret */.cl)(whole);
    return { url: u.toString(), headers, shown };
}
/** Scheme, host and path of a URL-ish text, for error lines: no userinfo, query or fragment. */
function shownOf(value) {
    return value
        .replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1')
        .replace(/[?#].*$/s, '')
        .slice(0, 200);
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

// EXTERNAL MODULE: ./lib/deadline.ts
var lib_deadline = __nccwpck_require__(7872);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
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

;// CONCATENATED MODULE: ./lib/monitoring/log-analytics.ts






const LOG_ANALYTICS_ENDPOINT = 'https://api.loganalytics.io';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A workspace ID, checked: it goes into the request path. */
function workspaceId(text) {
    const id = text.trim();
    if (!GUID.test(id))
        throw new lib_errors/* UsageError */.eb(`'${id.length > 60 ? `${id.slice(0, 57)}...` : id}' is not a workspace ID (a GUID such as 63613592-b6f7-4c3d-a390-22ba13102111, from the workspace's overview)`);
    return id.toLowerCase();
}
/** The API root, checked: https (http only to this machine, for tests), no credentials, query or fragment. */
function logAnalyticsEndpoint(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new lib_errors/* UsageError */.eb(`'${url}' is not a URL`);
    }
    if (u.username || u.password) {
        // Hidden before anything can print the value.
        for (const part of [u.username, u.password]) {
            (0,secrets/* registerSecret */.cl)(part);
            try {
                (0,secrets/* registerSecret */.cl)(decodeURIComponent(part));
            }
            catch {
                /* not percent-encoded text: the raw form is registered */
            }
        }
        throw new lib_errors/* UsageError */.eb('the Log Analytics endpoint carries credentials: the token goes in its own input, not the URL');
    }
    if (u.protocol !== 'https:' &&
        !(u.protocol === 'http:' && /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(u.hostname)))
        throw new lib_errors/* UsageError */.eb(`'${u.origin}' is not an https URL (the token is sent to it)`);
    if (u.search || u.hash || !/^\/?$/.test(u.pathname))
        throw new lib_errors/* UsageError */.eb(`the Log Analytics endpoint '${u.origin}${u.pathname}' must be a bare origin, like ${LOG_ANALYTICS_ENDPOINT}`);
    return u;
}
/** The parts of the answer the code reads (`queryResults`, `errorResponse`). */
const COLUMN = { name: 'string', type: 'string' };
const TABLE = { name: 'string', columns: [COLUMN], rows: [['unknown']] };
const RESULTS = { tables: [TABLE], error: optional('unknown') };
const ERROR_INFO = { code: 'string?', message: 'string?', innererror: optional('unknown') };
const ERROR = { error: ERROR_INFO };
const NUMERIC = new Set(['int', 'long', 'real', 'decimal']);
function logAnalyticsSource(o) {
    const root = logAnalyticsEndpoint(o.endpoint || LOG_ANALYTICS_ENDPOINT);
    const workspace = workspaceId(o.workspace);
    (0,secrets/* registerSecret */.cl)(o.token);
    const server = `Log Analytics at ${root.origin} (workspace ${workspace})`;
    const url = new URL(`/v1/workspaces/${workspace}/query`, root);
    const waitSeconds = Math.max(1, Math.floor(o.timeoutMs / 1000));
    /** One query; `timespan` (`from/to`) bounds it on the tables' time column, in addition to its own filters. */
    async function query(kql, fromMs, toMs, doing) {
        const deadline = (0,lib_deadline/* currentDeadline */.SB)();
        const timedOut = (cause) => new lib_errors/* RingwayError */.Sy(`${doing}: ${server} gave no answer within ${(0,duration/* formatDuration */.a3)(o.timeoutMs)}`, {
            kind: 'timeout',
            cause,
        });
        let res;
        let body;
        try {
            const timeout = AbortSignal.timeout(o.timeoutMs);
            res = await fetch(url, {
                method: 'POST',
                headers: {
                    Authorization: `Bearer ${o.token}`,
                    'Content-Type': 'application/json',
                    Accept: 'application/json',
                    // The service stops the query on its own a little before we give up, and says so.
                    Prefer: `wait=${waitSeconds}`,
                },
                body: JSON.stringify(fromMs === undefined ? { query: kql } : { query: kql, timespan: `${iso(fromMs)}/${iso(toMs)}` }),
                signal: deadline ? AbortSignal.any([timeout, deadline.signal]) : timeout,
                redirect: 'error',
            });
            body = await readBody(res, MAX_ANSWER_BYTES, `${doing}: the answer of ${server}`, () => deadline?.signal.aborted ? deadline.error(server) : timedOut());
        }
        catch (err) {
            if (deadline?.signal.aborted)
                throw deadline.error(server);
            if (err instanceof lib_errors/* RingwayError */.Sy)
                throw err;
            const e = err;
            if (e.name === 'TimeoutError')
                throw timedOut(err);
            throw new lib_errors/* RingwayError */.Sy(`${doing}: ${server} is unreachable: ${e.cause?.code ?? (0,lib_errors/* errorMessage */.gJ)(err)}`, {
                kind: 'unreachable',
                cause: err,
            });
        }
        let parsed;
        try {
            parsed = JSON.parse(body.toString('utf8'));
        }
        catch {
            parsed = undefined;
        }
        if (!res.ok) {
            let why = `HTTP ${res.status}`;
            try {
                why += ` (${explain(checkAnswer(parsed, ERROR, server, doing).error)})`;
            }
            catch {
                /* not the service's own error body (a proxy's page): the status says enough */
            }
            const hint = res.status === 401
                ? `: the token was refused (expired, or not for ${LOG_ANALYTICS_ENDPOINT}: az account get-access-token --resource ${LOG_ANALYTICS_ENDPOINT})`
                : res.status === 403
                    ? ': the identity may not read this workspace (it needs Log Analytics Reader on it)'
                    : '';
            throw new lib_errors/* RingwayError */.Sy(`${doing}: ${server} answered ${why}${hint}`, {
                kind: (0,lib_errors/* statusKind */.BE)(res.status),
                status: res.status,
            });
        }
        if (parsed === undefined)
            throw new lib_errors/* RingwayError */.Sy(`${doing}: ${server} answered in a shape ringway does not know: the body is not JSON`, {
                kind: 'invalid-answer',
            });
        const results = checkAnswer(parsed, RESULTS, server, doing);
        // A 200 with an error is a partial result (a limit hit, a workspace not reached): not data to judge by.
        if (results.error !== undefined && results.error !== null) {
            const info = checkAnswer(results.error, ERROR_INFO, server, `${doing} (its error)`);
            throw new lib_errors/* RingwayError */.Sy(`${doing}: ${server} answered a partial result (${explain(info)})`, { kind: 'server' });
        }
        return results.tables.find((t) => t.name === 'PrimaryResult') ?? results.tables[0] ?? EMPTY;
    }
    // No range query: KQL has no evaluation step, so the gate asks once per measurement.
    return {
        async instant(kql, atMs, fromMs) {
            const doing = `querying ${oneLine(kql)}`;
            return tableSeries(await query(kql, fromMs, atMs, doing), atMs, o.valueColumn, server, doing);
        },
    };
}
const EMPTY = { name: 'PrimaryResult', columns: [], rows: [] };
const iso = (ms) => new Date(ms).toISOString();
const oneLine = (s) => {
    const t = s.replace(/\s+/g, ' ').trim();
    return t.length > 120 ? `${t.slice(0, 117)}...` : t;
};
/** `BadArgumentError: …; SemanticError: 'where' operator: Failed to resolve column …`: the outer and the innermost reason. */
function explain(info) {
    const part = (e) => [e.code, (e.message ?? '').split('\n')[0].trim()].filter(Boolean).join(': ') || 'no reason given';
    let inner;
    for (let e = info.innererror, depth = 0; e && typeof e === 'object' && depth < 10; depth++) {
        inner = e;
        e = inner.innererror;
    }
    const text = inner && part(inner) !== part(info) ? `${part(info)}; ${part(inner)}` : part(info);
    return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
/**
 * A result table as series: one per row, its value from the value column (named, else the only
 * numeric one, else the last), every other column a label. Numbers may come as JSON numbers or as
 * text (`decimal`, and `real`'s "NaN", "Infinity", "-Infinity"); an empty cell is NaN (inconclusive).
 */
function tableSeries(table, t, valueColumn, server, doing) {
    const bad = (why) => new lib_errors/* RingwayError */.Sy(`${doing}: ${server} answered ${why}`, {
        kind: 'invalid-answer',
    });
    const names = table.columns.map((c) => c.name);
    if (!table.rows.length)
        return [];
    let at;
    if (valueColumn) {
        at = names.indexOf(valueColumn);
        if (at < 0)
            throw bad(`no column '${valueColumn}' (value-column); its columns are ${names.join(', ') || 'none'}`);
        if (!NUMERIC.has(table.columns[at].type))
            throw bad(`column '${valueColumn}' of type ${table.columns[at].type}, not a number to compare`);
    }
    else {
        const numeric = table.columns.flatMap((c, i) => (NUMERIC.has(c.type) ? [i] : []));
        if (!numeric.length)
            throw bad(`no numeric column (int, long, real, decimal) to compare; its columns are ${table.columns.map((c) => `${c.name}:${c.type}`).join(', ') || 'none'}`);
        at = numeric[numeric.length - 1];
    }
    return table.rows.map((row, r) => {
        if (row.length !== names.length)
            throw bad(`row ${r + 1} with ${row.length} cells for ${names.length} columns`);
        const labels = {};
        row.forEach((cell, i) => {
            if (i !== at)
                labels[names[i]] = label(cell);
        });
        return { labels, points: [{ t, v: cellValue(row[at], names[at], r, bad) }] };
    });
}
function cellValue(cell, column, row, bad) {
    if (cell === null)
        return NaN;
    if (typeof cell === 'number')
        return cell;
    if (typeof cell === 'string') {
        if (cell === 'NaN')
            return NaN;
        if (cell === 'Infinity' || cell === '+Infinity')
            return Infinity;
        if (cell === '-Infinity')
            return -Infinity;
        const v = Number(cell);
        if (cell.trim() !== '' && !Number.isNaN(v))
            return v;
    }
    const shown = typeof cell === 'string' ? `'${cell.slice(0, 40)}'` : typeof cell;
    throw bad(`${shown} in column '${column}' of row ${row + 1}, which is not a number`);
}
function label(cell) {
    if (cell === null || cell === undefined)
        return '';
    if (typeof cell === 'string')
        return cell;
    if (typeof cell === 'object')
        return JSON.stringify(cell);
    return String(cell);
}

;// CONCATENATED MODULE: ./lib/monitoring/series.ts
/** `{code="500", ingress="web"}`: a series as a person reads it ('{}' when it has no labels). */
function seriesName(labels) {
    const parts = Object.entries(labels)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => `${k}="${v}"`);
    return `{${parts.join(', ')}}`;
}

;// CONCATENATED MODULE: ./lib/template.ts

/**
 * Fills the `{name}` placeholders of a template (image tags, branch names) from `values`. A
 * placeholder not among them is an error that lists those that are; `value` may refine a known
 * one or refuse it (an empty value). `what` begins the error: where the template came from.
 */
function fillTemplate(template, values, what, value = (_k, v) => v) {
    return template.replace(/\{([\w-]+)\}/g, (m, key) => {
        if (!Object.hasOwn(values, key))
            throw new lib_errors/* UsageError */.eb(`${what}: unknown placeholder ${m} in '${template}' (known: ${Object.keys(values)
                .map((k) => `{${k}}`)
                .join(', ')})`);
        return value(key, values[key], m);
    });
}

;// CONCATENATED MODULE: ./lib/promotion/metric-checks.ts






const PROVIDERS = ['prometheus', 'azure-monitor-logs'];
/** Fields only one provider reads. */
const ONLY = { workspace: 'azure-monitor-logs', 'value-column': 'azure-monitor-logs' };
const FIELDS = [
    'name',
    'provider',
    'query',
    'condition',
    'interval',
    'count',
    'failure-limit',
    'error-limit',
    'workspace',
    'value-column',
];
const NAME = /^[A-Za-z0-9][\w.-]{0,62}$/;
const NUMBER = /[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?/.source;
const COMPARE = new RegExp(`^(<=|>=|==|<|>)\\s*(${NUMBER})$`);
const BETWEEN = new RegExp(`^between\\s+(${NUMBER})\\s+and\\s+(${NUMBER})$`, 'i');
/** The placeholders a query may use. */
const QUERY_PLACEHOLDERS = ['service', 'ring', 'tag', 'from', 'to', 'window'];
/** `< 0.01`, `<= 5`, `> 0`, `>= 0.99`, `== 0`, `between 0 and 0.5` (both ends included). */
function parseThreshold(text) {
    const t = text.trim();
    const c = COMPARE.exec(t);
    if (c)
        return { op: c[1], value: Number(c[2]), text: t };
    const b = BETWEEN.exec(t);
    if (b) {
        const [lo, hi] = [Number(b[1]), Number(b[2])];
        if (lo > hi)
            throw new lib_errors/* UsageError */.eb(`'${t}': the lower bound is above the upper one`);
        return { op: 'between', value: lo, upper: hi, text: t };
    }
    throw new lib_errors/* UsageError */.eb(`'${t}' is not a condition like '< 0.01', '>= 0.99', '== 0' or 'between 0 and 0.5'`);
}
/** Whether `v` holds the threshold (±Infinity compares as a number; NaN is handled by the caller). */
function holds(th, v) {
    switch (th.op) {
        case '<':
            return v < th.value;
        case '<=':
            return v <= th.value;
        case '>':
            return v > th.value;
        case '>=':
            return v >= th.value;
        case '==':
            return v === th.value;
        case 'between':
            return v >= th.value && v <= th.upper;
    }
}
/**
 * The checks of the `metrics` input, parsed from YAML or JSON already (a list of maps), validated
 * whole before any query runs. Errors name the check and the field; the step names the input.
 */
function parseMetricChecks(value) {
    if (value === null || value === undefined)
        return [];
    if (!Array.isArray(value))
        throw new lib_errors/* UsageError */.eb('expected a list of checks (- name: …, provider: …, query: …, condition: …)');
    const seen = new Set();
    return value.map((item, i) => {
        const at = `check ${i + 1}`;
        if (typeof item !== 'object' || item === null || Array.isArray(item))
            throw new lib_errors/* UsageError */.eb(`${at}: expected a map with name, provider, query and condition`);
        const o = item;
        const rawName = o.name;
        const label = typeof rawName === 'string' && NAME.test(rawName) ? `check '${rawName}'` : at;
        const bad = (field, why) => new lib_errors/* UsageError */.eb(`${label}: field '${field}': ${why}`);
        for (const k of Object.keys(o))
            if (!FIELDS.includes(k))
                throw bad(k, `unknown field (known: ${FIELDS.join(', ')})`);
        const text = (field, required) => {
            const v = o[field];
            if (v === undefined || v === null || v === '') {
                if (required)
                    throw bad(field, 'is required');
                return '';
            }
            if (typeof v !== 'string' && typeof v !== 'number')
                throw bad(field, 'must be text');
            return String(v).trim();
        };
        const int = (field, dflt, min, max) => {
            const v = o[field];
            if (v === undefined || v === null || v === '')
                return dflt;
            const n = typeof v === 'number' ? v : /^\d+$/.test(String(v).trim()) ? Number(String(v).trim()) : NaN;
            if (!Number.isInteger(n) || n < min || n > max)
                throw bad(field, `'${String(v)}' is not a whole number from ${min} to ${max}`);
            return n;
        };
        const name = text('name', true);
        if (!NAME.test(name))
            throw bad('name', `'${name}' is not a name (letters, digits, '.', '_', '-'; at most 63)`);
        if (seen.has(name))
            throw bad('name', 'another check has this name');
        seen.add(name);
        const provider = text('provider', true);
        if (!PROVIDERS.includes(provider))
            throw bad('provider', `'${provider}' is not a provider (known: ${PROVIDERS.join(', ')})`);
        for (const [field, only] of Object.entries(ONLY))
            if (o[field] !== undefined && provider !== only)
                throw bad(field, `is read by provider ${only} only`);
        const workspace = text('workspace', false);
        try {
            if (workspace)
                workspaceId(workspace);
        }
        catch (err) {
            throw bad('workspace', (0,lib_errors/* errorMessage */.gJ)(err));
        }
        const valueColumn = text('value-column', false);
        if (valueColumn.length > 256 || /\p{Cc}/u.test(valueColumn))
            throw bad('value-column', 'is not a column name');
        const query = text('query', true);
        // Unknown placeholders are found now, not after the soak.
        fillTemplate(query, Object.fromEntries(QUERY_PLACEHOLDERS.map((k) => [k, 'x'])), `${label}: field 'query'`);
        let condition;
        try {
            condition = parseThreshold(text('condition', true));
        }
        catch (err) {
            throw err instanceof lib_errors/* UsageError */.eb && !err.message.startsWith(label) ? bad('condition', err.message) : err;
        }
        const count = int('count', 1, 1, 100);
        const interval = text('interval', false);
        const intervalMs = interval ? (0,duration/* durationMs */.pc)(interval) : 0;
        if (intervalMs === undefined || (interval && intervalMs < 1000))
            throw bad('interval', `'${interval}' is not a duration of at least 1s, like 1m or 5m`);
        if (count > 1 && !intervalMs)
            throw bad('interval', `is required with count ${count} (the time between measurements)`);
        return {
            name,
            provider: provider,
            query,
            condition,
            intervalMs: count > 1 ? intervalMs : 0,
            count,
            failureLimit: int('failure-limit', 0, 0, 100),
            errorLimit: int('error-limit', 0, 0, 100),
            ...(workspace ? { workspace: workspaceId(workspace) } : {}),
            ...(valueColumn ? { valueColumn } : {}),
        };
    });
}
/** Characters that would change a query's structure if a value carried them (inside a quoted label). */
const UNSAFE = /["'`\\\n\r{}]/;
/**
 * The query with its placeholders filled: {from} and {to} as Unix seconds for PromQL (the `@`
 * modifier, `time()` comparisons) and as ISO 8601 times for KQL (`datetime({from})`); {window} as
 * a duration both read (`3600s`: `rate(x[{window}])`, `bin(TimeGenerated, {window})`).
 */
function fillQuery(check, w) {
    const time = (ms) => check.provider === 'azure-monitor-logs' ? new Date(ms).toISOString() : String(Math.floor(ms / 1000));
    const values = {
        service: w.service,
        ring: w.ring,
        tag: w.tag,
        from: time(w.fromMs),
        to: time(w.toMs),
        window: `${Math.max(1, Math.round((w.toMs - w.fromMs) / 1000))}s`,
    };
    return fillTemplate(check.query, values, `check '${check.name}': field 'query'`, (key, v, m) => {
        if (UNSAFE.test(v))
            throw new lib_errors/* UsageError */.eb(`check '${check.name}': ${m} is '${v}', which a query cannot quote safely`);
        return v;
    });
}
const show = (v) => Number.isNaN(v) ? 'NaN' : v === Infinity ? '+Inf' : v === -Infinity ? '-Inf' : String(+v.toPrecision(6));
const metric_checks_iso = (ms) => new Date(ms).toISOString();
/** One measurement: every series' value at `t` must hold; none, or NaN, is inconclusive. */
function measure(check, series, t) {
    const values = series.flatMap((s) => s.points.filter((p) => p.t === t).map((p) => ({ s, v: p.v })));
    const at = metric_checks_iso(t);
    if (!values.length)
        return { at, verdict: 'error', value: '', detail: 'no data: the query returned no series' };
    const th = check.condition;
    const failed = values.filter(({ v }) => !Number.isNaN(v) && !holds(th, v));
    if (failed.length) {
        const worst = failed[0];
        const more = failed.length > 1 ? ` (and ${failed.length - 1} more series)` : '';
        const of = values.length > 1 || Object.keys(worst.s.labels).length ? ` for ${seriesName(worst.s.labels)}` : '';
        return { at, verdict: 'fail', value: show(worst.v), detail: `${show(worst.v)}${of} is not ${th.text}${more}` };
    }
    const nan = values.find(({ v }) => Number.isNaN(v));
    if (nan)
        return {
            at,
            verdict: 'error',
            value: 'NaN',
            detail: `NaN for ${seriesName(nan.s.labels)} (no traffic to measure?)`,
        };
    // The value closest to the limit, so the report shows the margin.
    const edge = [...values].sort((a, b) => distance(th, a.v) - distance(th, b.v))[0];
    return {
        at,
        verdict: 'pass',
        value: show(edge.v),
        detail: `${values.length > 1 ? `${values.length} series, closest ` : ''}${show(edge.v)} ${th.text}`,
    };
}
function distance(th, v) {
    if (th.op === 'between')
        return Math.min(v - th.value, th.upper - v);
    return Math.abs(v - th.value);
}
/**
 * Runs one check over the window: `count` measurements `interval` apart ending now (one range
 * query, or one query per measurement where the backend has no range query), or one instant query. Failed measurements past `failure-limit` reject; inconclusive ones
 * (a query error, a timeout, no data, NaN) past `error-limit` are an error, and a check that
 * measured nothing is never a pass.
 */
async function runMetricCheck(check, w, source) {
    let query;
    try {
        query = fillQuery(check, w);
    }
    catch (err) {
        return { verdict: 'error', detail: `${check.name}: ${(0,lib_errors/* errorMessage */.gJ)(err)}`, query: check.query, measurements: [] };
    }
    const span = (check.count - 1) * check.intervalMs;
    const start = w.toMs - span;
    if (start < w.fromMs) {
        const readyAt = metric_checks_iso(w.fromMs + span);
        return {
            verdict: 'wait',
            detail: `${check.name}: ${check.count} measurements ${(0,duration/* formatDuration */.a3)(check.intervalMs)} apart need ${(0,duration/* formatDuration */.a3)(span)} since ${metric_checks_iso(w.fromMs)}; ready at ${readyAt}`,
            query,
            measurements: [],
        };
    }
    const times = Array.from({ length: check.count }, (_, i) => start + i * check.intervalMs);
    // Not evidence about the release: counted toward error-limit like any inconclusive measurement.
    const failedAt = (t, err) => {
        const why = err instanceof lib_errors/* RingwayError */.Sy ? (0,lib_errors/* errorMessage */.gJ)(err) : `the answer could not be read (${(0,lib_errors/* errorMessage */.gJ)(err)})`;
        return { at: metric_checks_iso(t), verdict: 'error', value: '', detail: (0,secrets/* redact */.E$)(why) };
    };
    let measurements;
    if (check.count > 1 && !source.range) {
        // A backend without range queries: one query per measurement, each over the interval before it.
        measurements = [];
        for (const t of times) {
            try {
                measurements.push(measure(check, await source.instant(query, t, t - check.intervalMs), t));
            }
            catch (err) {
                measurements.push(failedAt(t, err));
            }
        }
    }
    else {
        try {
            const series = check.count > 1 && source.range
                ? await source.range(query, start, w.toMs, check.intervalMs)
                : await source.instant(query, w.toMs, w.fromMs);
            measurements = times.map((t) => measure(check, series, t));
        }
        catch (err) {
            measurements = times.map((t) => failedAt(t, err));
        }
    }
    return { ...verdictOf(check, measurements), query, measurements };
}
function verdictOf(check, ms) {
    const failed = ms.filter((m) => m.verdict === 'fail');
    const errors = ms.filter((m) => m.verdict === 'error');
    const of = (n) => (ms.length > 1 ? `${n} of ${ms.length} measurements` : 'the measurement');
    if (failed.length > check.failureLimit) {
        const f = failed[failed.length - 1];
        return {
            verdict: 'reject',
            detail: `${check.name}: ${f.detail}${ms.length > 1 ? ` at ${f.at}` : ''}; ${of(failed.length)} failed (failure-limit ${check.failureLimit})`,
        };
    }
    if (errors.length > check.errorLimit || errors.length === ms.length) {
        const e = errors[errors.length - 1];
        return {
            verdict: 'error',
            detail: `${check.name}: ${e.detail}; ${of(errors.length)} inconclusive (error-limit ${check.errorLimit})`,
        };
    }
    const last = ms[ms.length - 1];
    const tally = ms.length > 1 ? ` (${ms.length - failed.length - errors.length} of ${ms.length} measurements passed)` : '';
    return {
        verdict: 'pass',
        detail: `${check.name}: ${last.verdict === 'pass' ? last.detail : `holds ${check.condition.text}`}${tally}`,
    };
}

;// CONCATENATED MODULE: ./lib/promotion/evaluate.ts










/** Most severe first: evidence of a bad release outweighs not being able to read another signal. */
const SEVERITY = ['reject', 'error', 'wait'];
const evaluate_short = (sha = '') => sha.slice(0, 7);
/** The most advanced deployment of the tag to a ring: synced, then pushed, then newest. */
function bestRow(rows) {
    const score = (r) => (r.syncedAt ? 2 : r.manifestCommitId ? 1 : 0);
    const when = (r) => r.syncedAt ?? r.manifestsPushedAt ?? r.timestamp ?? '';
    return [...rows].sort((a, b) => score(b) - score(a) || (when(b) > when(a) ? 1 : when(b) < when(a) ? -1 : 0))[0];
}
/**
 * Decides whether `imageTag` may move from `pair.from` to `pair.to`. Every condition asked for is
 * evaluated and reported, in this order, one function each; a new condition is one more function
 * called here. A reject anywhere rejects, else an error anywhere errs, else a wait anywhere
 * waits, else promote (docs/gate.md, "Decision").
 */
async function evaluateGate(q, deps) {
    const records = await readRecords(q, deps);
    const deployed = deployedCondition(q, records);
    // The conditions that read the deployment are skipped (saying why) until it is there.
    const row = deployed.verdict === 'pass' ? records.row : undefined;
    const needs = (name) => ({
        name,
        verdict: 'skip',
        detail: records.unread === undefined ? `needs a deployment to ${q.pair.from}` : 'needs the deployment record',
    });
    const conditions = [deployed, ...rolledBackCondition(q, records.rows)];
    const synced = !q.requireSynced
        ? syncNotRequired(row)
        : row
            ? await syncedCondition(q, row, deps)
            : { condition: needs('synced'), soak: {} };
    conditions.push(synced.condition);
    let readyAt;
    if (q.soakMs > 0) {
        const soaked = row ? soakedCondition(q, synced.soak, deps) : { condition: needs('soaked') };
        conditions.push(soaked.condition);
        readyAt = soaked.readyAt;
    }
    if (q.requiredChecks.length)
        conditions.push(row ? await checksCondition(q, row, deps) : needs('checks'));
    if (q.requiredApprovals > 0)
        conditions.push(row ? await approvalsCondition(q, row, deps) : needs('approvals'));
    if (q.healthUrls.length)
        conditions.push(await healthCondition(q));
    if (q.metrics?.length)
        conditions.push(...(await metricConditions(q, row ? synced.soak : undefined, deps)));
    return decide(q, conditions, records.row, readyAt);
}
async function readRecords(q, deps) {
    let rows = [];
    let unread;
    try {
        rows = (await deps.rowsForTag(q.imageTag)).filter((r) => matchesService(r, q.service));
    }
    catch (err) {
        // A bad storage input is bad usage (exit 2); a table that does not answer leaves the gate unable to tell.
        if (err instanceof lib_errors/* UsageError */.eb)
            throw err;
        unread = err;
    }
    const row = bestRow(rows.filter((r) => (r.env ?? '').toLowerCase() === q.pair.from));
    return { rows, row, unread };
}
/** The tag is deployed to the from-ring with its manifests pushed. */
function deployedCondition(q, { rows, row, unread }) {
    const { from } = q.pair;
    if (unread !== undefined)
        return cannotTell('deployed', unread);
    // No record at all is no evidence either way (a wrong tag, service or table, or a pipeline that did not record).
    if (!rows.length)
        return {
            name: 'deployed',
            verdict: 'error',
            detail: `no deployment of ${q.service} with image tag ${q.imageTag} is recorded: check 'service', 'image-tag' and the table`,
        };
    if (!row) {
        const rings = [...new Set(rows.map((r) => r.env).filter(Boolean))];
        return {
            name: 'deployed',
            verdict: 'wait',
            detail: `${q.imageTag} is not deployed to ${from} yet${rings.length ? ` (recorded in: ${rings.join(', ')})` : ' (image built, HLD not updated)'}`,
        };
    }
    if (!row.manifestCommitId)
        return {
            name: 'deployed',
            verdict: 'wait',
            detail: `deployment ${row.rowKey} to ${from} is at '${row_stateOf(row)}'; its manifests are not pushed yet`,
        };
    return {
        name: 'deployed',
        verdict: 'pass',
        detail: `deployment ${row.rowKey}: manifest commit ${evaluate_short(row.manifestCommitId)} in ${from}`,
    };
}
/** A tag rolled back in a ring is rejected for every later ring (reported only when it was). */
function rolledBackCondition(q, rows) {
    const ringIndex = (r) => q.pair.rings.indexOf((r.env ?? '').toLowerCase());
    const rolledBack = rows.filter((r) => r.rolledBackAt && ringIndex(r) >= 0 && ringIndex(r) < q.pair.rings.indexOf(q.pair.to));
    if (!rolledBack.length)
        return [];
    const r = rolledBack[0];
    return [
        {
            name: 'rolled-back',
            verdict: 'reject',
            detail: `${q.imageTag} was rolled back in ${r.env} at ${r.rolledBackAt} (deployment ${r.rowKey}${r.rollbackReason ? `: ${r.rollbackReason}` : ''}); it does not go further`,
        },
    ];
}
/** `require-synced: false`: the soak counts from the push. */
function syncNotRequired(row) {
    return {
        condition: { name: 'synced', verdict: 'skip', detail: 'not required' },
        soak: { at: row?.manifestsPushedAt, what: 'manifests pushed', from: row && { row, column: 'manifestsPushedAt' } },
    };
}
/**
 * The from-ring applied the deployment: the cluster-synced stage, every cluster of the ring
 * (`ring-clusters`), else the operator's sync tag on the manifest repository.
 */
async function syncedCondition(q, row, deps) {
    const { from } = q.pair;
    // An operator reported that the ring's cluster could not apply (or keep healthy) this deployment.
    if (failureOf(row))
        return {
            condition: { name: 'synced', verdict: 'reject', detail: `deployment ${row.rowKey}: ${failureOf(row)}` },
            soak: {},
        };
    if (q.ringClusters?.[from]?.length) {
        const repo = q.manifestRepo || row.manifestRepo || '';
        const sha = row.manifestCommitId;
        const v = await clustersSynced(row, q.ringClusters[from], repo && q.syncStatuses ? () => deps.signals(repo, 'manifest-repo').commitChecks(sha) : undefined);
        return {
            condition: { name: 'synced', verdict: v.verdict, detail: v.detail },
            soak: {
                at: v.since,
                what: v.sinceWhat,
                from: { row, column: v.since === row.manifestsPushedAt ? 'manifestsPushedAt' : 'clusters' },
            },
        };
    }
    if (row.syncedAt)
        return {
            condition: {
                name: 'synced',
                verdict: 'pass',
                detail: `synced${row.cluster ? ` to ${row.cluster}` : ''} at ${row.syncedAt}`,
            },
            soak: { at: row.syncedAt, what: 'synced', from: { row, column: 'syncedAt' } },
        };
    return syncTagCondition(q, row, deps);
}
/** Synced, read from the operator's sync tag: it includes the manifest commit. */
async function syncTagCondition(q, row, deps) {
    const repo = q.manifestRepo || row.manifestRepo || '';
    if (!repo)
        return {
            condition: {
                name: 'synced',
                verdict: 'wait',
                detail: `no cluster-synced stage recorded for deployment ${row.rowKey}, and no 'manifest-repo' to read the ${q.syncTag} tag from`,
            },
            soak: {},
        };
    const commit = row.manifestCommitId;
    // The row's value goes to git: a commit SHA, or nothing is fetched.
    if (commit && !COMMIT_SHA.test(commit))
        return {
            condition: {
                name: 'synced',
                verdict: 'error',
                detail: `${rowColumn(row, 'manifestCommitId')}: '${shownValue(commit)}' is not a commit SHA`,
            },
            soak: {},
        };
    // Through an async function, so a URL refused before any request is caught like a failed one.
    const tag = await (async () => deps.syncTag(repo, q.syncTag, commit))().catch((err) => cannotTell('synced', err, `reading ${q.syncTag}: `));
    if ('verdict' in tag)
        return { condition: tag, soak: {} };
    // The tag does not say when it moved: soak counts from the push, the earliest it could have.
    if (tag.applied)
        return {
            condition: {
                name: 'synced',
                verdict: 'pass',
                detail: `${q.syncTag} (${evaluate_short(tag.tagCommit)}) includes manifest commit ${evaluate_short(commit)}`,
            },
            soak: { at: row.manifestsPushedAt, what: 'manifests pushed', from: { row, column: 'manifestsPushedAt' } },
        };
    return {
        condition: {
            name: 'synced',
            verdict: 'wait',
            detail: tag.tagCommit
                ? `${q.syncTag} is at ${evaluate_short(tag.tagCommit)}, which does not include manifest commit ${evaluate_short(commit)} yet`
                : `${auth_displayUrl(repo)} has no ${q.syncTag} tag yet`,
        },
        soak: {},
    };
}
/** `soak-time` has passed since the soak started; while it has not, when it will (readyAt). */
function soakedCondition(q, soak, deps) {
    if (!soak.at)
        return {
            condition: {
                name: 'soaked',
                verdict: 'wait',
                detail: q.requireSynced
                    ? 'the soak starts once the ring is synced'
                    : 'no manifests-pushed time recorded to count the soak from',
            },
        };
    const since = soak.what ?? '';
    const start = Date.parse(soak.at);
    // A row's time that is not one: the soak cannot be counted, and the line says which row and column.
    if (Number.isNaN(start) || Number.isNaN(new Date(start + q.soakMs).getTime()))
        return {
            condition: {
                name: 'soaked',
                verdict: 'error',
                detail: `${soak.from ? rowColumn(soak.from.row, soak.from.column) : 'the deployment record'}: '${shownValue(soak.at)}' is not a time (ISO 8601)`,
            },
        };
    const elapsed = deps.now() - start;
    if (elapsed >= q.soakMs)
        return {
            condition: {
                name: 'soaked',
                verdict: 'pass',
                detail: `${(0,duration/* formatDuration */.a3)(elapsed)} since ${since} (needs ${(0,duration/* formatDuration */.a3)(q.soakMs)})`,
            },
        };
    const readyAt = new Date(start + q.soakMs).toISOString();
    return {
        condition: {
            name: 'soaked',
            verdict: 'wait',
            detail: `soaking: ${(0,duration/* formatDuration */.a3)(Math.max(0, elapsed))} of ${(0,duration/* formatDuration */.a3)(q.soakMs)} since ${since}; ready at ${readyAt}`,
        },
        readyAt,
    };
}
/** The decision from the conditions (the most severe verdict), and the one line that explains it. */
function decide(q, conditions, row, readyAt) {
    const decision = SEVERITY.find((v) => conditions.some((c) => c.verdict === v)) ?? 'promote';
    // The condition that decided comes first, so the one line a failed job shows starts with it.
    const open = SEVERITY.flatMap((v) => conditions.filter((c) => c.verdict === v));
    const checked = conditions.filter((c) => c.verdict === 'pass').map((c) => c.name);
    const reason = decision === 'promote'
        ? `${q.imageTag} may go from ${q.pair.from} to ${q.pair.to}: ${checked.join(', ')}`
        : open.map((c) => `${c.name}: ${c.detail}`).join('; ');
    const onlySoak = decision === 'wait' && open.every((c) => c.name === 'soaked');
    return { decision, reason, conditions, deployment: row, ...(onlySoak && readyAt ? { readyAt } : {}) };
}
/**
 * A condition the gate could not evaluate: an access error, no answer, an unusable answer, a
 * missing input. Bad usage found only now (a token the API needs) counts too: the step still
 * reports decision=error rather than stopping without a decision.
 */
function cannotTell(name, err, doing = '') {
    // Our errors explain themselves; anything else is an answer of a shape nobody expected (an empty body).
    const why = err instanceof lib_errors/* RingwayError */.Sy ? (0,lib_errors/* errorMessage */.gJ)(err) : `the answer could not be read (${(0,lib_errors/* errorMessage */.gJ)(err)})`;
    return { name, verdict: 'error', detail: `${doing}${(0,secrets/* redact */.E$)(why)}` };
}
/** Hex, as a (possibly abbreviated) commit SHA is: never an option, a path or a query. */
const COMMIT_SHA = /^[0-9a-f]{1,64}$/i;
const COMMIT_OF = {
    source: { commit: 'commitId', repo: 'sourceRepo', label: 'source commit' },
    hld: { commit: 'hldCommitId', repo: 'hldRepo', label: 'HLD commit' },
    manifest: { commit: 'manifestCommitId', repo: 'manifestRepo', label: 'manifest commit' },
};
async function checksCondition(q, row, deps) {
    const which = COMMIT_OF[q.checksCommit];
    const sha = row[which.commit];
    const repo = q.checksRepo || row[which.repo] || '';
    if (!sha)
        return {
            name: 'checks',
            verdict: 'error',
            detail: `deployment ${row.rowKey} has no ${which.label} recorded to read checks from`,
        };
    if (!repo)
        return { name: 'checks', verdict: 'error', detail: `no repository for the ${which.label}: set 'checks-repo'` };
    // The row's value goes into a forge API path: a commit SHA, or nothing is asked.
    if (!COMMIT_SHA.test(sha))
        return {
            name: 'checks',
            verdict: 'error',
            detail: `${rowColumn(row, which.commit)}: '${shownValue(sha)}' is not a commit SHA`,
        };
    let found;
    try {
        found = await deps.signals(repo, 'checks-repo').commitChecks(sha);
    }
    catch (err) {
        return cannotTell('checks', err);
    }
    const failed = [];
    const pending = [];
    for (const name of q.requiredChecks) {
        const mine = found.filter((c) => c.name.toLowerCase() === name.toLowerCase());
        if (!mine.length)
            pending.push(`${name} (not reported)`);
        else if (mine.some((c) => c.state === 'failure'))
            failed.push(`${name} (${mine.find((c) => c.state === 'failure')?.detail})`);
        else if (mine.some((c) => c.state === 'pending'))
            pending.push(`${name} (${mine.find((c) => c.state === 'pending')?.detail})`);
    }
    const on = `on ${which.label} ${evaluate_short(sha)}`;
    if (failed.length)
        return { name: 'checks', verdict: 'reject', detail: `failed ${on}: ${failed.join(', ')}` };
    if (pending.length)
        return { name: 'checks', verdict: 'wait', detail: `not green yet ${on}: ${pending.join(', ')}` };
    return { name: 'checks', verdict: 'pass', detail: `${q.requiredChecks.join(', ')} green ${on}` };
}
async function approvalsCondition(q, row, deps) {
    // A direct push, or a merge the record did not join: a missing record, not evidence against the release.
    if (!row.pr)
        return {
            name: 'approvals',
            verdict: 'error',
            detail: `deployment ${row.rowKey} to ${q.pair.from} has no pull request recorded (pushed directly, or its merge was not recorded): there are no approvals to count`,
        };
    if (!/^[0-9]{1,10}$/.test(row.pr))
        return {
            name: 'approvals',
            verdict: 'error',
            detail: `${rowColumn(row, 'pr')}: '${shownValue(row.pr)}' is not a pull request number`,
        };
    const repo = q.hldRepo || row.hldRepo || '';
    if (!repo)
        return {
            name: 'approvals',
            verdict: 'error',
            detail: "no HLD repository recorded for the pull request: set 'hld-repo'",
        };
    try {
        const reviews = await deps.signals(repo, 'hld-repo').reviews(row.pr);
        const approved = reviews.filter((r) => r.verdict === 'approved').map((r) => r.reviewer);
        const rejected = reviews.filter((r) => r.verdict === 'rejected').map((r) => r.reviewer);
        const of = `pull request ${row.pr}`;
        if (rejected.length)
            return {
                name: 'approvals',
                verdict: 'reject',
                detail: `${of}: changes requested or rejected by ${rejected.join(', ')}`,
            };
        if (approved.length < q.requiredApprovals)
            return {
                name: 'approvals',
                verdict: 'wait',
                detail: `${of}: ${approved.length} of ${q.requiredApprovals} approvals${approved.length ? ` (${approved.join(', ')})` : ''}`,
            };
        return { name: 'approvals', verdict: 'pass', detail: `${of} approved by ${approved.join(', ')}` };
    }
    catch (err) {
        return cannotTell('approvals', err);
    }
}
/**
 * An answer from a proxy on the way (it wants its own login), not from the service: it says nothing
 * about the release, so it is an error. Every answer of the service that is not 2xx is evidence
 * (SPEC: "a non-2xx health answer"), a 404 included: a release that lost its route is bad.
 */
const PROBE_REFUSED = new Set([407]);
/**
 * Every URL must answer 2xx in time; with `healthExpect`, its body must show the new version.
 * Any other answer from the service is evidence (reject); no answer at all is not (error).
 */
async function healthCondition(q) {
    const expect = q.healthExpect.replace(/\{image-tag\}/g, q.imageTag);
    const results = await Promise.all(q.healthUrls.map(async (url) => {
        // Shown without credentials or query: health URLs may carry keys (?code=… on Azure Functions).
        // Userinfo becomes a Basic header: fetch refuses URLs with credentials (and repeats them).
        const target = healthTarget(url);
        const shown = target.shown;
        try {
            // One deadline for the answer and its body: a service that sends headers and then stalls is no answer either.
            const res = await fetch(target.url, {
                headers: target.headers,
                signal: AbortSignal.timeout(q.healthTimeoutMs),
                redirect: 'follow',
            });
            const body = await res.text();
            if (PROBE_REFUSED.has(res.status))
                return {
                    verdict: 'error',
                    detail: `${shown} answered HTTP ${res.status}, from a proxy, not the service: check the runner's proxy settings`,
                };
            if (!res.ok)
                return { verdict: 'reject', detail: `${shown} answered HTTP ${res.status}` };
            if (expect && !body.includes(expect))
                return { verdict: 'wait', detail: `${shown} is healthy but does not serve '${expect}' yet` };
            return { verdict: 'pass', detail: `${shown} HTTP ${res.status}` };
        }
        catch (err) {
            const e = err;
            const why = e.name === 'TimeoutError'
                ? `no answer within ${(0,duration/* formatDuration */.a3)(q.healthTimeoutMs)}`
                : (e.cause?.code ?? (0,secrets/* redact */.E$)((0,lib_errors/* errorMessage */.gJ)(err).split(target.url).join(shown)));
            return { verdict: 'error', detail: `${shown} unreachable: ${why}` };
        }
    }));
    const verdict = SEVERITY.find((v) => results.some((r) => r.verdict === v)) ?? 'pass';
    return {
        name: 'health',
        verdict,
        detail: results
            .filter((r) => verdict === 'pass' || r.verdict !== 'pass')
            .map((r) => r.detail)
            .join('; '),
    };
}
/**
 * Each metric check over the soak window, from its start (the sync, as the records give it) to
 * now: its failed measurements are evidence (reject), its inconclusive ones are not (error).
 */
async function metricConditions(q, soak, deps) {
    const checks = q.metrics ?? [];
    const fromMs = soak?.at ? Date.parse(soak.at) : NaN;
    if (!soak?.at || Number.isNaN(fromMs)) {
        const why = !soak
            ? `needs a deployment to ${q.pair.from}`
            : soak.at
                ? `the soak start '${soak.at}' (${soak.what ?? 'recorded'}) is not a time`
                : 'the window starts once the ring is synced';
        const verdict = soak?.at ? 'error' : 'skip';
        return checks.map((c) => ({ name: 'metric', check: c.name, verdict, detail: `${c.name}: ${why}` }));
    }
    const window = { service: q.service, ring: q.pair.from, tag: q.imageTag, fromMs, toMs: deps.now() };
    return Promise.all(checks.map(async (c) => {
        let source;
        try {
            if (!deps.metricSource)
                throw new lib_errors/* RingwayError */.Sy(`no ${c.provider} source is configured`);
            source = deps.metricSource(c);
        }
        catch (err) {
            return { ...cannotTell('metric', err, `${c.name}: `), check: c.name };
        }
        const r = await runMetricCheck(c, window, source);
        // The measurement the verdict names: the last failed one on a reject, else the latest.
        const failed = r.measurements.filter((m) => m.verdict === 'fail');
        const decided = (r.verdict === 'reject' ? failed : r.measurements).at(-1);
        return {
            name: 'metric',
            check: c.name,
            verdict: r.verdict,
            detail: r.detail,
            ...(decided?.value ? { value: decided.value } : {}),
            threshold: c.condition.text,
            query: r.query,
            measurements: r.measurements,
        };
    }));
}

;// CONCATENATED MODULE: ./lib/promotion/rings.ts

/** The rings in promotion order, lower-cased: at least two, none twice. */
function ringOrder(ringsList) {
    const rings = ringsList.map((r) => r.trim().toLowerCase()).filter(Boolean);
    if (rings.length < 2)
        throw new lib_errors/* UsageError */.eb(`the rings list needs at least two rings in order (dev,staging,prod), got '${ringsList.join(',')}'`);
    const dup = rings.find((r, i) => rings.indexOf(r) !== i);
    if (dup)
        throw new lib_errors/* UsageError */.eb(`the rings list names '${dup}' twice`);
    return rings;
}
/** A ring name as given (lower-cased; '' when left out), which must be one of `rings`. */
function ringIn(rings, name) {
    const ring = name.trim().toLowerCase();
    if (ring && !rings.includes(ring))
        throw new lib_errors/* UsageError */.eb(`ring '${ring}' is not in the rings list ${rings.join(', ')}`);
    return ring;
}
/**
 * The hop a gate guards. Rings are ordered; a promotion moves one ring forward. Either end may be
 * left out and is taken from the order (to: the next one; from: the one before). Errors name the
 * ring; the step adds which input it came from.
 */
function ringPair(ringsList, fromRing, toRing) {
    const rings = ringOrder(ringsList);
    const from = ringIn(rings, fromRing);
    const to = ringIn(rings, toRing);
    if (!from && !to)
        throw new lib_errors/* UsageError */.eb("give the input 'to-ring' (or 'from-ring'): the gate needs to know which promotion it guards", { input: 'to-ring' });
    if (from && to) {
        if (rings.indexOf(to) !== rings.indexOf(from) + 1)
            throw new lib_errors/* UsageError */.eb(`ring '${to}' does not follow '${from}' in rings ${rings.join(', ')}; promote one ring at a time`);
        return { rings, from, to };
    }
    if (to) {
        const j = rings.indexOf(to);
        if (j === 0)
            throw new lib_errors/* UsageError */.eb(`ring '${to}' is the first ring; there is nothing to promote from`);
        return { rings, from: rings[j - 1], to };
    }
    const i = rings.indexOf(from);
    if (i === rings.length - 1)
        throw new lib_errors/* UsageError */.eb(`ring '${from}' is the last ring; there is nothing to promote to`);
    return { rings, from, to: rings[i + 1] };
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = require("node:fs/promises");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/exec.ts
var lib_exec = __nccwpck_require__(3361);
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
        return new lib_errors/* RingwayError */.Sy(`cannot reach ${where}: ${(0,lib_exec/* lastLines */.w$)(err.result.stderr, 1)}`, {
            kind: 'unreachable',
            cause: err,
        });
    }
    return new lib_errors/* RingwayError */.Sy(`${err.label} ${where} failed: ${(0,lib_exec/* lastLines */.w$)(err.result.stderr || err.result.stdout, 2)}`, {
        cause: err,
    });
}

;// CONCATENATED MODULE: ./lib/promotion/sync-tag.ts









/**
 * Reads the sync tag the GitOps operator moves to the manifest commit it last applied (Flux v1's
 * `flux-sync`, as Bedrock set it up) and tells whether `commit` is included. Only commits and
 * trees are fetched (no blobs), so a large manifest repository costs little.
 */
async function syncTagIncludes(url, token, tag, commit, what = 'manifest repository') {
    // The URL may come from a table row: checked before git sees it, and passed after --end-of-options.
    (0,validate/* checkRepoUrl */.GK)(url, what);
    (0,validate/* checkRef */.__)(tag, 'sync-tag');
    (0,validate/* checkRef */.__)(`refs/tags/${tag}`, 'sync-tag');
    if (commit && !/^[0-9a-f]{4,64}$/i.test(commit))
        throw new lib_errors/* RingwayError */.Sy(`the manifest commit '${commit.slice(0, 80)}' recorded for the deployment is not a commit SHA`);
    const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ringway-sync-'));
    const git = (args, network = false) => (0,lib_exec/* exec */.m0)('git', ['-c', 'credential.helper=', ...TEMP_CLONE_CONFIG, ...args], {
        cwd: dir,
        env: network ? auth_gitAuthEnv(url, token) : { GIT_TERMINAL_PROMPT: '0', GIT_NO_LAZY_FETCH: '1' },
        allowFailure: !network,
        label: `git ${args[0]}`,
        ...(network ? { timeout: { ms: (0,lib_exec/* networkTimeoutMs */.mi)(), service: `git server ${auth_displayUrl(url)}` } } : {}),
    });
    try {
        await git(['init', '-q', '--bare', '.']);
        const ref = `refs/tags/${tag}`;
        try {
            const listed = await git(['ls-remote', '--end-of-options', url, ref, `${ref}^{}`], true);
            if (!listed.stdout.trim())
                return { tagCommit: '', applied: false };
            await git(['fetch', '-q', '--no-tags', '--filter=blob:none', '--end-of-options', url, `+${ref}:${ref}`], true);
        }
        catch (err) {
            throw err instanceof lib_exec/* ExecError */.cI ? classifyNetworkError(url, err) : err;
        }
        const tagCommit = (await git(['rev-parse', '--verify', '-q', '--end-of-options', `${ref}^{commit}`])).stdout.trim();
        // Walk the commits we have rather than ask about `commit` directly: looking up a missing
        // object in a partial clone would make git fetch it from the server, without the token.
        const history = await git(['rev-list', '--end-of-options', tagCommit]);
        const want = commit.toLowerCase();
        if (!want)
            return { tagCommit, applied: false };
        return { tagCommit, applied: history.stdout.split('\n').some((c) => c && c.startsWith(want)) };
    }
    finally {
        await removeTempDir(dir);
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

;// CONCATENATED MODULE: ./lib/git/backoff.ts
/** Every backoff wait is multiplied by this: 1 in the product (see `shortenBackoff`). */
let scale = 1;
/**
 * The wait before retry number `attempt` + 1 when another pipeline won a race: exponential
 * (base · 2^(attempt−1), at most 32 · base) with ±50 % jitter, so pipelines that collided once
 * do not collide again in step.
 */
function backoff_backoffDelay(baseMs, attempt) {
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
function backoff_sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}

;// CONCATENATED MODULE: ./lib/scm/rate-limit.ts


/** The product's policy; its waits are the ones asked for (a test may shorten them: `shortenBackoff`). */
const defaultRetry = {
    attempts: 4,
    maxWaitMs: 120_000,
    sleep: (ms) => backoff_sleep(shortened(ms)),
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
                signal: AbortSignal.timeout((0,lib_exec/* networkTimeoutMs */.mi)()),
            }).catch((e) => {
                throw e.name === 'TimeoutError' ? (0,lib_exec/* noAnswerError */.q9)(api.server) : e;
            });
            const text = (await readBody(res, MAX_ANSWER_BYTES, `the answer of ${api.forge} to ${what}`, () => (0,lib_exec/* noAnswerError */.q9)(api.server))).toString('utf8');
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
        const timedFetch = (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout((0,lib_exec/* networkTimeoutMs */.mi)()) }).catch((e) => {
            throw e.name === 'TimeoutError' ? (0,lib_exec/* noAnswerError */.q9)(`GitHub API ${apiUrl}`) : e;
        });
        this.clientOptions = { token, baseUrl: ref.apiUrl, fetch: timedFetch };
    }
    /** What GitHub answered for `what`, checked against `shape` (the fields the caller reads). */
    checked(answer, shape, what) {
        return checkAnswer(answer, shape, `GitHub's API at ${auth_displayUrl(this.ref.apiUrl)}`, what);
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
            return new lib_errors/* RingwayError */.Sy(`${what}: cannot reach GitHub's API at ${auth_displayUrl(this.ref.apiUrl)}: ${c?.cause?.code ?? c?.message ?? err.message}`, { kind: 'unreachable', cause: err });
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
        requireForgeToken("Gitea's API", ref.apiUrl, token, { where: auth_displayUrl(ref.apiUrl) });
        // Gitea's documented header for API tokens ("token" then the token).
        const auth = `token ${token}`;
        (0,secrets/* registerSecret */.cl)(auth);
        this.api = {
            forge: 'Gitea',
            server: `Gitea's API at ${auth_displayUrl(ref.apiUrl)}`,
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
            server: `GitLab's API at ${auth_displayUrl(ref.apiUrl)}`,
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
                throw new lib_errors/* RingwayError */.Sy(`${what}: GitLab at ${auth_displayUrl(this.ref.apiUrl)} has no user '${name}'`, {
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
class local_LocalMergeProvider {
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
                        throw new RingwayError(`cannot merge '${spec.sourceBranch}' into '${spec.targetBranch}': the change conflicts with the target branch`);
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
                throw new RingwayError(`merging into '${spec.targetBranch}' was rejected ${attempt} times because others kept pushing`);
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







const select_PROVIDERS = (/* unused pure expression or super */ null && (['auto', 'github', 'azure-devops', 'gitlab', 'gitea', 'forgejo', 'local']));
/**
 * The pull request provider `provider` names, or (auto) the one the repository URL belongs to.
 * Errors name the provider; the step adds its input.
 */
function pullRequestForge(provider, url) {
    const name = forgeOf(provider, url, 'pull request provider', 'github, azure-devops, gitlab, gitea, forgejo or local');
    if (!select_PROVIDERS.includes(name))
        throw new UsageError(`the pull request provider must be one of ${select_PROVIDERS.join(', ')}, got '${name}'`);
    return name;
}
/** The provider of `provider`, or of the URL, built with the repository and token (whose errors name them). */
function providerFor(opts) {
    const name = pullRequestForge(opts.provider, opts.url);
    switch (name) {
        case 'github':
            return new GitHubProvider(withInput('hld-repo', () => parseGitHubUrl(opts.url, opts.apiUrl)), opts.token);
        case 'azure-devops':
            return new AzureDevOpsProvider(withInput('hld-repo', () => parseAzureUrl(opts.url, opts.apiUrl)), opts.token);
        case 'gitlab':
            return new GitLabProvider(withInput('hld-repo', () => parseGitLabUrl(opts.url, opts.apiUrl)), opts.token);
        case 'gitea':
        case 'forgejo': // Forgejo serves Gitea's API (/api/v1)
            return new GiteaProvider(withInput('hld-repo', () => parseGiteaUrl(opts.url, opts.apiUrl)), opts.token);
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
        throw new lib_errors/* UsageError */.eb(`${name} has no commit checks or reviews; use github, azure-devops, gitlab, gitea or forgejo`);
    return name;
}
/** Checks and reviews of a repository on GitHub, Azure DevOps, GitLab or Gitea/Forgejo (a local repository has neither). */
function signalsFor(opts) {
    const forge = reviewForge(opts.provider, opts.url);
    if (forge === 'gitea')
        return new gitea_GiteaProvider((0,lib_errors/* withInput */.zE)(opts.input, () => gitea_parseGiteaUrl(opts.url, opts.apiUrl)), opts.token);
    if (forge === 'gitlab')
        return new gitlab_GitLabProvider((0,lib_errors/* withInput */.zE)(opts.input, () => gitlab_parseGitLabUrl(opts.url, opts.apiUrl)), opts.token);
    return forge === 'github'
        ? new github_GitHubProvider((0,lib_errors/* withInput */.zE)(opts.input, () => github_parseGitHubUrl(opts.url, opts.apiUrl)), opts.token)
        : new azure_devops_AzureDevOpsProvider((0,lib_errors/* withInput */.zE)(opts.input, () => azure_devops_parseAzureUrl(opts.url, opts.apiUrl)), opts.token);
}

;// CONCATENATED MODULE: ./lib/hld/yaml-engine.ts
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

;// CONCATENATED MODULE: ./lib/monitoring/prometheus.ts






/** The API root, checked: http(s), no credentials (they go in the token or password, which are secrets). */
function prometheusUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new lib_errors/* UsageError */.eb(`'${url}' is not a URL`);
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        throw new lib_errors/* UsageError */.eb(`'${url}' is not an http(s) URL`);
    if (u.username || u.password)
        throw new lib_errors/* UsageError */.eb(`the Prometheus URL carries credentials: give them as the token or the user and password`);
    if (u.search || u.hash)
        throw new lib_errors/* UsageError */.eb(`the Prometheus URL '${u.origin}${u.pathname}' must have no query or fragment`);
    return u;
}
/** `Name: value` or `Name=value` lines → headers; each value is a secret (it may be a key). */
function parseHeaders(lines) {
    const out = {};
    for (const [i, line] of lines.entries()) {
        const m = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*[:=]\s*(.*)$/.exec(line.trim());
        // Named by its place only: a line without a name may be a bare key.
        if (!m || !m[2])
            throw new lib_errors/* UsageError */.eb(`header ${i + 1} is not 'Name: value'`);
        if (/^(authorization|host|content-length)$/i.test(m[1]))
            throw new lib_errors/* UsageError */.eb(`header ${m[1]} is set by ringway (give a token or a user and password instead)`);
        (0,secrets/* registerSecret */.cl)(m[2]);
        out[m[1]] = m[2];
    }
    return out;
}
const RESULT = { status: 'string', data: { resultType: 'string', result: 'unknown' } };
const VECTOR = [{ metric: { '*': 'string' }, value: ['unknown'] }];
const MATRIX = [{ metric: { '*': 'string' }, values: [['unknown']] }];
const prometheus_ERROR = { status: 'string', errorType: 'string?', error: 'string?' };
function prometheusSource(o) {
    const root = prometheusUrl(o.url);
    (0,secrets/* registerSecret */.cl)(o.token);
    (0,secrets/* registerSecret */.cl)(o.password);
    const server = `Prometheus at ${root.origin}${root.pathname.replace(/\/$/, '')}`;
    const headers = { Accept: 'application/json', ...o.headers };
    if (o.token)
        headers.Authorization = `Bearer ${o.token}`;
    else if (o.username || o.password) {
        // The encoded pair is as secret as the password: hidden wherever it might be printed.
        const pair = Buffer.from(`${o.username ?? ''}:${o.password ?? ''}`).toString('base64');
        (0,secrets/* registerSecret */.cl)(pair);
        headers.Authorization = `Basic ${pair}`;
    }
    async function get(api, params, doing) {
        const url = new URL(`${root.pathname.replace(/\/$/, '')}/api/v1/${api}`, root);
        for (const [k, v] of Object.entries(params))
            url.searchParams.set(k, v);
        // Prometheus gives up on its own a little before we do, and says why.
        url.searchParams.set('timeout', `${Math.max(1, Math.floor(o.timeoutMs / 1000))}s`);
        let res;
        let text;
        const deadline = (0,lib_deadline/* currentDeadline */.SB)();
        const timedOut = (cause) => new lib_errors/* RingwayError */.Sy(`${doing}: ${server} gave no answer within ${(0,duration/* formatDuration */.a3)(o.timeoutMs)}`, {
            kind: 'timeout',
            cause,
        });
        try {
            // One deadline for the answer and its body: a server that sends headers and then stalls is no answer either.
            // The step's own deadline (input 'timeout') cuts a request off too.
            const timeout = AbortSignal.timeout(o.timeoutMs);
            res = await fetch(url, {
                headers,
                signal: deadline ? AbortSignal.any([timeout, deadline.signal]) : timeout,
                redirect: 'error',
            });
            // Capped like every other answer: a proxy's endless page is refused, not held in memory.
            text = (await readBody(res, MAX_ANSWER_BYTES, `${doing}: the answer of ${server}`, () => deadline?.signal.aborted ? deadline.error(server) : timedOut())).toString('utf8');
        }
        catch (err) {
            const e = err;
            if (deadline?.signal.aborted)
                throw deadline.error(server);
            if (err instanceof lib_errors/* RingwayError */.Sy)
                throw err;
            if (e.name === 'TimeoutError')
                throw timedOut(err);
            throw new lib_errors/* RingwayError */.Sy(`${doing}: ${server} is unreachable: ${e.cause?.code ?? (0,lib_errors/* errorMessage */.gJ)(err)}`, {
                kind: 'unreachable',
                cause: err,
            });
        }
        if (!res.ok) {
            // Prometheus explains a bad query (400 bad_data, 422 execution, 503 timeout) in JSON; a proxy may not.
            let why = `HTTP ${res.status}`;
            try {
                const body = checkAnswer(JSON.parse(text), prometheus_ERROR, server, doing);
                if (body.error)
                    why += ` (${body.errorType ? `${body.errorType}: ` : ''}${body.error.split('\n')[0]})`;
            }
            catch {
                /* not Prometheus's own error body: the status says enough */
            }
            throw new lib_errors/* RingwayError */.Sy(`${doing}: ${server} answered ${why}`, {
                kind: (0,lib_errors/* statusKind */.BE)(res.status),
                status: res.status,
            });
        }
        const body = readAnswer(text, RESULT, server, doing);
        if (body.status !== 'success')
            throw new lib_errors/* RingwayError */.Sy(`${doing}: ${server} answered status '${body.status}'`, { kind: 'invalid-answer' });
        return seriesOf(body.data, server, doing);
    }
    return {
        instant: (query, atMs) => get('query', { query, time: seconds(atMs) }, `querying ${prometheus_oneLine(query)}`),
        range: (query, startMs, endMs, stepMs) => get('query_range', { query, start: seconds(startMs), end: seconds(endMs), step: `${stepMs / 1000}s` }, `querying ${prometheus_oneLine(query)} over a range`),
    };
}
const seconds = (ms) => String(ms / 1000);
const prometheus_oneLine = (s) => {
    const t = s.replace(/\s+/g, ' ').trim();
    return t.length > 120 ? `${t.slice(0, 117)}...` : t;
};
/** The answer's data as series: a vector or a matrix by series, a scalar as one unlabelled series. */
function seriesOf(data, server, doing) {
    const point = (p, at) => {
        const [t, v] = p;
        if (p.length !== 2 || typeof t !== 'number' || typeof v !== 'string')
            throw new lib_errors/* RingwayError */.Sy(`${doing}: ${server} answered in a shape ringway does not know: ${at} is not [time, "value"]`, {
                kind: 'invalid-answer',
            });
        return { t: Math.round(t * 1000), v: sampleValue(v, server, doing) };
    };
    switch (data.resultType) {
        case 'vector':
            return checkAnswer(data.result, VECTOR, server, doing).map((s, i) => ({ labels: s.metric, points: [point(s.value, `data.result[${i}].value`)] }));
        case 'matrix':
            return checkAnswer(data.result, MATRIX, server, doing).map((s, i) => ({
                labels: s.metric,
                points: s.values.map((p, j) => point(p, `data.result[${i}].values[${j}]`)),
            }));
        case 'scalar':
            return [
                { labels: {}, points: [point(checkAnswer(data.result, ['unknown'], server, doing), 'data.result')] },
            ];
        default:
            throw new lib_errors/* RingwayError */.Sy(`${doing}: ${server} answered a ${data.resultType} result, which is not a number to compare (use a query that returns a vector or a scalar)`, { kind: 'invalid-answer' });
    }
}
/** Prometheus sends sample values as text: a float, NaN, +Inf or -Inf. */
function sampleValue(text, server, doing) {
    if (text === 'NaN')
        return NaN;
    if (text === '+Inf' || text === 'Inf')
        return Infinity;
    if (text === '-Inf')
        return -Infinity;
    const v = Number(text);
    if (text.trim() === '' || Number.isNaN(v))
        throw new lib_errors/* RingwayError */.Sy(`${doing}: ${server} answered the value '${text.slice(0, 40)}', which is not a number`, {
            kind: 'invalid-answer',
        });
    return v;
}

;// CONCATENATED MODULE: ./lib/steps/metric-inputs.ts







/** The gate's metric checks and the backends that answer them (docs/gate.md, "Metric checks"). */
const metricInputs = [
    {
        name: 'metrics',
        description: "Metric checks over the soak window, as a YAML or JSON list (or @file): each with name, provider (prometheus or azure-monitor-logs), query (PromQL or KQL with {service}, {ring}, {tag}, {from}, {to}, {window}), condition ('< 0.01', 'between 0 and 0.5'), and optional interval, count, failure-limit, error-limit (azure-monitor-logs: workspace, value-column). A failed condition rejects; a query error or no data is an error, never a reject",
        kind: 'multiline',
    },
    {
        name: 'prometheus-url',
        description: 'Prometheus HTTP API root (Prometheus, Thanos, Mimir, VictoriaMetrics, Azure Monitor managed Prometheus query endpoint)',
    },
    { name: 'prometheus-token', description: 'Bearer token for the Prometheus API', secret: true },
    { name: 'prometheus-user', description: 'User for Basic auth to the Prometheus API (with prometheus-password)' },
    {
        name: 'prometheus-password',
        description: 'Password or API key for Basic auth to the Prometheus API',
        secret: true,
    },
    {
        name: 'prometheus-headers',
        description: "More request headers for the Prometheus API, 'Name: value' one per line (X-Scope-OrgID: tenant)",
        kind: 'list',
        secret: true,
    },
    {
        name: 'log-analytics-workspace',
        description: 'Log Analytics workspace ID (a GUID) for azure-monitor-logs checks that name no workspace',
        label: 'Log Analytics workspace ID',
    },
    {
        name: 'log-analytics-token',
        description: `Microsoft Entra access token for the Log Analytics query API (az account get-access-token --resource ${LOG_ANALYTICS_ENDPOINT})`,
        secret: true,
        label: 'Log Analytics token',
    },
    {
        name: 'log-analytics-endpoint',
        description: 'Log Analytics query API root (sovereign clouds: https://api.loganalytics.azure.cn, https://api.loganalytics.us)',
        default: LOG_ANALYTICS_ENDPOINT,
        label: 'Log Analytics endpoint',
    },
    { name: 'metrics-timeout', description: 'How long each metric query may take', default: '30s' },
];
/** The `metrics` input: YAML or JSON text, or `@file`; parsed and validated whole, before anything runs. */
async function readMetricChecks(inputs) {
    const value = inputs.string('metrics');
    if (!value.trim())
        return [];
    const checks = await (0,lib_errors/* withInput */.zE)('metrics', async () => {
        let text = value;
        if (value.trim().startsWith('@')) {
            const file = value.trim().slice(1);
            text = await (0,promises_namespaceObject.readFile)(file, 'utf8').catch((err) => {
                throw new lib_errors/* UsageError */.eb(`cannot read ${file}: ${err.code ?? 'error'}`);
            });
        }
        const { parse } = await loadYaml();
        let parsed;
        try {
            parsed = parse(text, { uniqueKeys: true });
        }
        catch (err) {
            // A plain `condition: > 0.5` starts a folded scalar in YAML: say how to write it.
            const hint = /:\s*>/.test(text) ? ` (quote a condition that starts with '>': condition: "> 0.5")` : '';
            throw new lib_errors/* UsageError */.eb(`not YAML or JSON: ${err.message.split('\n')[0].replace(/:$/, '')}${hint}`);
        }
        return parseMetricChecks(parsed);
    });
    // Each backend a check uses must be configured: said now, not after the soak.
    const required = (input, check) => {
        const value = inputs.string(input);
        if (check && !value)
            throw new lib_errors/* UsageError */.eb(`input '${input}' is required by check '${check.name}'`, { input });
        return value;
    };
    const prometheus = checks.find((c) => c.provider === 'prometheus');
    if (prometheus) {
        const url = required('prometheus-url', prometheus);
        (0,lib_errors/* withInput */.zE)('prometheus-url', () => prometheusUrl(url));
        (0,lib_errors/* withInput */.zE)('prometheus-headers', () => parseHeaders(inputs.list('prometheus-headers')));
    }
    const logs = checks.filter((c) => c.provider === 'azure-monitor-logs');
    if (logs.length) {
        const workspace = required('log-analytics-workspace', logs.find((c) => !c.workspace));
        if (workspace)
            (0,lib_errors/* withInput */.zE)('log-analytics-workspace', () => workspaceId(workspace));
        required('log-analytics-token', logs[0]);
        (0,lib_errors/* withInput */.zE)('log-analytics-endpoint', () => logAnalyticsEndpoint(inputs.string('log-analytics-endpoint')));
    }
    if (checks.length)
        (0,lib_errors/* withInput */.zE)('metrics-timeout', () => (0,duration/* parseDuration */.E9)(inputs.string('metrics-timeout')));
    return checks;
}
/** The backend of each check, from the inputs checked by readMetricChecks. */
function metricSources(inputs) {
    return (check) => {
        const timeoutMs = (0,duration/* parseDuration */.E9)(inputs.string('metrics-timeout')) || 30_000;
        if (check.provider === 'azure-monitor-logs')
            return logAnalyticsSource({
                workspace: check.workspace ?? inputs.string('log-analytics-workspace'),
                endpoint: inputs.string('log-analytics-endpoint') || undefined,
                token: inputs.string('log-analytics-token'),
                valueColumn: check.valueColumn,
                timeoutMs,
            });
        return prometheusSource({
            url: inputs.string('prometheus-url'),
            token: inputs.string('prometheus-token') || undefined,
            username: inputs.string('prometheus-user') || undefined,
            password: inputs.string('prometheus-password') || undefined,
            headers: parseHeaders(inputs.list('prometheus-headers')),
            timeoutMs,
        });
    };
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
class StorageError extends lib_errors/* RingwayError */.Sy {
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
class StoreOptionError extends lib_errors/* UsageError */.eb {
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
        throw err instanceof lib_errors/* RingwayError */.Sy ? err : storageError(err);
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
            throw new lib_errors/* UsageError */.eb(`input '${name}' is required`);
    if (!o.connectionString && !(o.accountName && (o.accountKey || o.sasToken))) {
        throw new lib_errors/* UsageError */.eb("telemetry storage: give 'connection-string', or 'account-name' with 'account-key' or 'sas-token'");
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
        (0,lib_errors/* withInput */.zE)(INPUT_OF[err.option], () => {
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

;// CONCATENATED MODULE: ./lib/telemetry/record.ts


/**
 * Which stage bedrock-cli's `deployment create` options describe: p1 → image built, p2 → HLD
 * updated, p3 with a manifest commit → manifests pushed, p3 alone → manifests generated; ringway
 * adds pr-merged and cluster-synced, named with `stage`.
 */
function stageOf(explicit, f) {
    if (explicit) {
        if (!STAGES.includes(explicit))
            throw new UsageError(`stage must be one of ${STAGES.join(', ')}, got '${explicit}'`);
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
    throw new UsageError("nothing to record: give 'p1' (image built), 'p2' (HLD updated), 'p3' (manifests), or name the 'stage'");
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
            throw new UsageError(`stage ${r.stage} needs '${INPUT_NAME[k] ?? k}'`);
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
                    throw new lib_errors/* UsageError */.eb(`${INPUT_NAME[key] ?? key} ${value} names deployments to rings ${rings.join(', ')}: give 'env' (the ring the cluster runs)`);
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
                throw new lib_errors/* RingwayError */.Sy(`no deployment of image tag ${r.fields.imageTag} to ${r.fields.env} is recorded to mark as rejected`);
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

;// CONCATENATED MODULE: ./lib/telemetry/gate-rejection.ts
/** Bounds on what one row carries (a table property holds at most 32K characters). */
const MAX_CONDITIONS = 10;
const MAX_TEXT = 300;
const cut = (s) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);
/** The column's value: the rejections as JSON, each text cut to a few hundred characters. */
function gateRejectionColumn(rejections) {
    const kept = rejections.slice(0, MAX_CONDITIONS).map((r) => {
        const out = { condition: cut(r.condition), detail: cut(r.detail) };
        for (const k of ['check', 'value', 'threshold'])
            if (r[k])
                out[k] = cut(r[k]);
        return out;
    });
    return kept.length ? JSON.stringify(kept) : '';
}
/**
 * The rejections a row records. A row is anyone's data: what is not a list of objects with a
 * `condition` and a `detail` string is left out, and fields other than strings are dropped.
 */
function gate_rejection_gateRejections(row) {
    let v;
    try {
        v = row.gateRejectedBy ? JSON.parse(row.gateRejectedBy) : [];
    }
    catch {
        return [];
    }
    if (!Array.isArray(v))
        return [];
    const text = (o, k) => (typeof o[k] === 'string' ? o[k] : undefined);
    return v.slice(0, MAX_CONDITIONS).flatMap((item) => {
        if (typeof item !== 'object' || item === null)
            return [];
        const o = item;
        const condition = text(o, 'condition');
        if (!condition)
            return [];
        const r = { condition, detail: text(o, 'detail') ?? '' };
        for (const k of ['check', 'value', 'threshold']) {
            const s = text(o, k);
            if (s)
                r[k] = s;
        }
        return [r];
    });
}
/** One rejection in a few words: `metric http-5xx-ratio = 0.25 (threshold < 0.01)`, else `health: <detail>`. */
function gate_rejection_gateRejectionText(r) {
    if (r.check && r.value && r.threshold)
        return `${r.condition} ${r.check} = ${r.value} (threshold ${r.threshold})`;
    return `${r.condition}${r.check ? ` ${r.check}` : ''}: ${r.detail}`;
}

;// CONCATENATED MODULE: ./lib/steps/gate.ts
















const step = {
    name: 'gate',
    title: 'Promotion gate',
    description: 'Decides whether an image tag may be promoted from one ring to the next (promote, wait, reject or error) and says why. It reads the deployment record of the source ring and checks, each only when asked: deployed there, synced by the cluster, soaked long enough, required commit checks green, pull request approvals, HTTP health. reject is evidence the release is bad (a failed check, a rejected review, an unhealthy answer, a failed sync, a rolled-back tag); error means the gate could not tell (no access, no answer, a missing record) and is never a reason to roll back. Fails the job on reject and error (and on wait with fail-on-wait). Promotion itself is an update-hld of the next ring with the same tag.',
    azureTaskId: '3e8a5c7d-1f2b-4d6e-9a0c-8b7f6e5d4c21',
    inputs: [
        {
            name: 'service',
            description: 'Service whose image is promoted (as recorded by record-deployment)',
            required: true,
        },
        { name: 'image-tag', description: 'Image tag to promote', required: true },
        { name: 'rings', description: 'Rings in promotion order', kind: 'list', default: 'dev,staging,prod' },
        { name: 'from-ring', description: 'Ring the tag must already run in; default the ring before to-ring' },
        { name: 'to-ring', description: 'Ring to promote to; default the ring after from-ring' },
        {
            name: 'soak-time',
            description: 'How long the tag must have run in from-ring (since synced), e.g. 30m, 2h, 1d',
            default: '0',
        },
        {
            name: 'require-synced',
            description: 'Require the cluster to have applied the from-ring manifests (cluster-synced stage, or the sync tag)',
            kind: 'boolean',
            default: 'true',
        },
        {
            name: 'manifest-repo',
            description: 'Manifest repository whose sync tag shows what the cluster applied; default the recorded one',
        },
        {
            name: 'ring-clusters',
            description: 'Clusters of each ring, all of which must have synced: dev=aks-dev,prod=aks-weu+aks-eus (from operator events, or Flux / Argo CD commit statuses on the manifest commit naming the cluster)',
            kind: 'list',
        },
        {
            name: 'sync-tag',
            description: 'Tag the GitOps operator moves to the commit it applied (Flux v1 flux-sync)',
            default: 'flux-sync',
        },
        {
            name: 'required-checks',
            description: 'Commit checks (GitHub check runs or statuses, Azure DevOps statuses as genre/name, Gitea statuses) that must be green',
            kind: 'list',
        },
        {
            name: 'checks-commit',
            description: 'Which recorded commit the checks are read from',
            options: ['source', 'hld', 'manifest'],
            default: 'source',
        },
        { name: 'checks-repo', description: 'Repository of that commit; default the recorded one' },
        {
            name: 'required-approvals',
            description: 'Approvals needed on the HLD pull request that deployed the tag to from-ring',
            default: '0',
        },
        { name: 'hld-repo', description: 'HLD repository of that pull request; default the recorded one' },
        {
            name: 'provider',
            description: 'Forge for checks and approvals; auto picks it from the repository URL',
            options: ['auto', 'github', 'azure-devops', 'gitlab', 'gitea', 'forgejo'],
            default: 'auto',
        },
        {
            name: 'api-url',
            description: 'REST API root for GitHub Enterprise (https://host/api/v3), an Azure DevOps server collection or a self-managed GitLab (https://host/api/v4); required for Gitea and Forgejo (https://host/api/v1)',
        },
        {
            name: 'token',
            description: "Token for the forge API and the manifest repository; default the job's own token",
            secret: true,
            jobToken: true,
        },
        {
            name: 'trusted-hosts',
            description: "Hosts (host, host:port or URL) the token may also be sent to when a repository comes from the deployment record; the hosts of manifest-repo, checks-repo, hld-repo, api-url and of the pipeline's own repository are always trusted",
            kind: 'list',
        },
        { name: 'health-url', description: 'URLs that must answer HTTP 2xx (the from-ring deployment)', kind: 'list' },
        {
            name: 'health-expect',
            description: 'Text the health answer must contain, e.g. {image-tag} once the new version serves',
        },
        { name: 'health-timeout', description: 'How long each health probe may take', default: '10s' },
        {
            name: 'fail-on-wait',
            description: 'Fail the job when the decision is wait (default: succeed with decision=wait)',
            kind: 'boolean',
            default: 'false',
        },
        ...metricInputs,
        ...storageInputs,
    ],
    outputs: [
        {
            name: 'decision',
            description: 'promote, wait, reject (evidence the release is bad: the only decision to roll back on) or error (the gate could not tell: an access error, no answer, a missing record or input)',
        },
        { name: 'reason', description: 'Why, in one line' },
        { name: 'image-tag', description: 'The image tag the decision is about' },
        { name: 'from-ring', description: 'Ring promoted from' },
        { name: 'to-ring', description: 'Ring promoted to' },
        { name: 'deployment-id', description: 'Deployment row of the tag in from-ring' },
        { name: 'ready-at', description: 'When only the soak is left: the time it ends (ISO 8601)' },
        {
            name: 'conditions',
            description: "Every condition with its verdict (pass, wait, reject, error or skip) and detail, as JSON; a metric's also its check, value, threshold, query and measurements",
        },
    ],
    async run(inputs, host) {
        // Domain errors name the ring; each is blamed on the input it came from.
        const rings = (0,lib_errors/* withInput */.zE)('rings', () => ringOrder(inputs.list('rings')));
        const fromRing = (0,lib_errors/* withInput */.zE)('from-ring', () => ringIn(rings, inputs.string('from-ring')));
        const toRing = (0,lib_errors/* withInput */.zE)('to-ring', () => ringIn(rings, inputs.string('to-ring')));
        const pair = (0,lib_errors/* withInput */.zE)(toRing ? 'to-ring' : 'from-ring', () => ringPair(rings, fromRing, toRing));
        const imageTag = inputs.require('image-tag');
        const optionalRepo = (name) => (inputs.string(name) ? (0,validate/* checkRepoInput */.BI)(inputs.string(name), name) : '');
        const question = {
            service: inputs.require('service'),
            imageTag,
            pair,
            soakMs: (0,lib_errors/* withInput */.zE)('soak-time', () => (0,duration/* parseDuration */.E9)(inputs.string('soak-time'))),
            requireSynced: inputs.boolean('require-synced'),
            manifestRepo: optionalRepo('manifest-repo'),
            syncTag: inputs.string('sync-tag'),
            requiredChecks: inputs.list('required-checks'),
            checksCommit: inputs.string('checks-commit'),
            checksRepo: optionalRepo('checks-repo'),
            requiredApprovals: inputs.integer('required-approvals'),
            hldRepo: optionalRepo('hld-repo'),
            // Checked (and its keys registered as secrets) before anything can print it.
            healthUrls: inputs.list('health-url').map((u) => ((0,lib_errors/* withInput */.zE)('health-url', () => healthTarget(u)), u)),
            healthExpect: inputs.string('health-expect'),
            healthTimeoutMs: (0,lib_errors/* withInput */.zE)('health-timeout', () => (0,duration/* parseDuration */.E9)(inputs.string('health-timeout'))) || 10_000,
            ringClusters: (0,lib_errors/* withInput */.zE)('ring-clusters', () => parseRingClusters(inputs.list('ring-clusters'), pair.rings)),
            syncStatuses: Boolean(inputs.string('token')),
            metrics: await readMetricChecks(inputs),
        };
        (0,validate/* checkRef */.__)(question.syncTag, 'sync-tag');
        const token = inputs.string('token') || undefined;
        // Tokens go only to hosts the pipeline author named, never to one a table row names.
        const trust = (0,lib_errors/* withInput */.zE)('trusted-hosts', () => new git_trust/* TrustedHosts */.V([
            question.manifestRepo,
            question.checksRepo,
            question.hldRepo,
            inputs.string('api-url'),
            host.build.repositoryUrl,
        ], inputs.list('trusted-hosts')));
        const withheld = (url) => `the token is not sent to ${(0,git_trust/* hostOf */.w)(url)}, a host learnt from the deployment record: name the repository in an input or its host in 'trusted-hosts'`;
        const store = openStore(inputs);
        const mark = { pass: '✔', wait: '…', reject: '✘', error: '?', skip: '–' };
        // The group holds what it names: each condition's verdict and the decision.
        const answer = await host.group(`Gate ${imageTag}: ${pair.from} → ${pair.to}`, async () => {
            const a = await evaluateGate(question, {
                rowsForTag: (tag) => store.find({ imageTag: tag }),
                signals: (url, input) => {
                    const fromInput = url === question.checksRepo || url === question.hldRepo;
                    if (!fromInput)
                        asRecorded(() => (0,validate/* checkRepoUrl */.GK)(url, `the repository recorded in the deployment table (set '${input}' to choose one)`));
                    // Without api-url the API host is the repository's: it must be trusted to get the token.
                    if (token && !inputs.string('api-url') && !trust.allows(url))
                        throw new lib_errors/* RingwayError */.Sy(withheld(url));
                    const forge = (0,lib_errors/* withInput */.zE)('provider', () => reviewForge(inputs.string('provider'), url));
                    // The repository URL's errors already name their input; what is left is about the token.
                    return (0,lib_errors/* withInput */.zE)('token', () => signalsFor({ provider: forge, url, apiUrl: inputs.string('api-url'), token: token ?? '', input }));
                },
                syncTag: (url, tag, commit) => {
                    const fromInput = url === question.manifestRepo;
                    const trusted = !token || trust.allows(url);
                    if (!trusted)
                        host.warning(withheld(url));
                    if (fromInput)
                        return syncTagIncludes(url, token, tag, commit, 'manifest-repo');
                    const what = "the manifest repository recorded in the deployment table (set 'manifest-repo' to choose one)";
                    asRecorded(() => (0,validate/* checkRepoUrl */.GK)(url, what));
                    return syncTagIncludes(url, trusted ? token : undefined, tag, commit, what).catch((err) => {
                        throw trusted || !(err instanceof lib_errors/* RingwayError */.Sy)
                            ? err
                            : new lib_errors/* RingwayError */.Sy(`${err.message}; ${withheld(url)}`);
                    });
                },
                now: () => Date.now(),
                metricSource: metricSources(inputs),
            });
            for (const c of a.conditions) {
                host.info(`${mark[c.verdict]} ${c.name}: ${c.detail}`);
                if ((c.measurements?.length ?? 0) > 1)
                    for (const m of c.measurements ?? [])
                        host.info(`    ${m.at} ${m.verdict}: ${m.detail}`);
            }
            return a;
        });
        host.info(`decision: ${answer.decision} (${answer.reason})`);
        // What a reject records (gateRejectedBy): the rejecting conditions, a metric's check, value and threshold.
        const rejections = answer.conditions
            .filter((c) => c.verdict === 'reject')
            .map((c) => ({
            condition: c.name,
            ...(c.check ? { check: c.check } : {}),
            ...(c.value ? { value: c.value } : {}),
            ...(c.threshold ? { threshold: c.threshold } : {}),
            detail: (0,secrets/* redact */.E$)(c.detail),
        }));
        // A reject of a deployed tag is a failed change in from-ring (docs/metrics.md); the first one is kept.
        // An error is not: the gate could not tell, so nothing is written.
        const recordReject = answer.decision === 'reject' && answer.deployment && !answer.deployment.gateRejectedAt
            ? answer.deployment
            : undefined;
        await host.summary({
            title: `ringway gate: ${imageTag} ${pair.from} → ${pair.to}: ${answer.decision}`,
            rows: [
                ['condition', 'verdict', 'detail'],
                ...answer.conditions.map((c) => [c.check ? `${c.name} ${c.check}` : c.name, c.verdict, c.detail]),
            ],
            notes: [
                answer.reason,
                ...(recordReject
                    ? [
                        `Recorded on deployment ${recordReject.rowKey}: rejected by ${rejections.map(gate_rejection_gateRejectionText).join('; ')}`,
                    ]
                    : []),
            ],
        });
        // A table per metric check: the query as sent and each measurement.
        for (const c of answer.conditions.filter((c) => c.measurements?.length))
            await host.summary({
                title: `metric ${c.check}: ${c.verdict}`,
                rows: [
                    ['measured at', 'value', 'verdict', 'detail'],
                    ...(c.measurements ?? []).map((m) => [m.at, m.value, m.verdict, m.detail]),
                ],
                notes: [`query: ${c.query}`],
            });
        const outputs = {
            decision: answer.decision,
            reason: answer.reason,
            'image-tag': imageTag,
            'from-ring': pair.from,
            'to-ring': pair.to,
            'deployment-id': answer.deployment?.rowKey ?? '',
            'ready-at': answer.readyAt ?? '',
            conditions: JSON.stringify(answer.conditions),
        };
        if (recordReject) {
            const d = recordReject;
            // Named by its ids as well: the same tag may have been deployed to the ring more than once.
            const ids = { p2: d.p2, pr: d.pr, p3: d.p3, manifestCommitId: d.manifestCommitId, hldCommitId: d.hldCommitId };
            await recordStage(store, {
                stage: 'gate-rejected',
                fields: {
                    imageTag: d.imageTag ?? imageTag,
                    env: d.env ?? pair.from,
                    ...ids,
                    gateRejectedBy: gateRejectionColumn(rejections),
                },
            }).catch((e) => host.warning(`gate reject not recorded: ${(0,lib_errors/* errorMessage */.gJ)(e).split('\n')[0]}`));
        }
        if (answer.decision === 'error') {
            throw new lib_errors/* StepFailure */.pH(`gate: error: cannot decide the promotion of ${imageTag} from ${pair.from} to ${pair.to}: ${answer.reason}`, outputs);
        }
        if (answer.decision === 'reject' || (answer.decision === 'wait' && inputs.boolean('fail-on-wait'))) {
            throw new lib_errors/* StepFailure */.pH(`gate: ${answer.decision} promotion of ${imageTag} from ${pair.from} to ${pair.to}: ${answer.reason}`, outputs);
        }
        return outputs;
    },
};
/** A stored value that fails a rule is bad data, not bad usage: an error (exit 1) naming where it came from. */
function asRecorded(check) {
    try {
        return check();
    }
    catch (err) {
        if (err instanceof lib_errors/* UsageError */.eb)
            throw new lib_errors/* RingwayError */.Sy(err.message);
        throw err;
    }
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

/***/ 4708:
/***/ ((module) => {

"use strict";
module.exports = require("node:https");

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

/***/ 1708:
/***/ ((module) => {

"use strict";
module.exports = require("node:process");

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

/***/ 2203:
/***/ ((module) => {

"use strict";
module.exports = require("stream");

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

/***/ 2018:
/***/ ((module) => {

"use strict";
module.exports = require("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

"use strict";
module.exports = require("url");

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
const stepModule = __nccwpck_require__(9828);
const host = __nccwpck_require__(3737);
void host.runAzure(stepModule.step);

module.exports = __webpack_exports__;
/******/ })()
;