/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 1835:
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
var errors = __nccwpck_require__(8115);
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

/***/ 8115:
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

/***/ 3361:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ RUNNER_CREDENTIALS),
/* harmony export */   cI: () => (/* binding */ ExecError),
/* harmony export */   m0: () => (/* binding */ exec),
/* harmony export */   mi: () => (/* binding */ networkTimeoutMs),
/* harmony export */   q9: () => (/* binding */ noAnswerError),
/* harmony export */   s: () => (/* binding */ setNetworkTimeout),
/* harmony export */   w$: () => (/* binding */ lastLines)
/* harmony export */ });
/* unused harmony exports SCRUBBED_ENV, childEnv */
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1835);
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

/***/ 4113:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  z: () => (/* binding */ AccessTokens)
});

// EXTERNAL MODULE: ./lib/errors.ts
var errors = __nccwpck_require__(8115);
// EXTERNAL MODULE: ./lib/exec.ts
var exec = __nccwpck_require__(3361);
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

// EXTERNAL MODULE: ./lib/secrets.ts
var secrets = __nccwpck_require__(6995);
// EXTERNAL MODULE: ./lib/git/trust.ts
var trust = __nccwpck_require__(2811);
;// CONCATENATED MODULE: ./lib/git/access-tokens.ts





/**
 * Which token goes to which host for remote HLD components: what the pipeline author allowed in the
 * `access-tokens` input (`VARIABLE=host` entries), never what an HLD says. Fabrikate's access.yaml
 * (`<source url>: VARIABLE`) may only pick, among the variables the author allowed for a source's
 * host, which one that source gets; an entry naming any other variable, or a host the author did
 * not name for it, is ignored (lib/hld/tree.ts warns with its file and line).
 */
class AccessTokens {
    allowed;
    constructor(
    /** Variable → the hosts it may go to and its value, in the input's order. */
    allowed) {
        this.allowed = allowed;
    }
    /** No token for any component (no `access-tokens` input). */
    static none() {
        return new AccessTokens(new Map());
    }
    /**
     * Reads `VARIABLE=host` entries (host as in `trusted-hosts`: a name on any port, host:port or a
     * URL); a variable may be listed for several hosts. The values are read from `env` now and
     * registered as secrets: never printed, and taken out of every child's environment.
     */
    static parse(entries, env = process.env) {
        const allowed = new Map();
        const pairs = parseKeyValues(entries, { what: 'entry', form: 'VARIABLE=host', key: /^[A-Za-z_][A-Za-z0-9_]*$/ });
        const hosts = new Map();
        for (const [variable, host] of pairs) {
            // GITHUB_TOKEN only because the author maps it into the step's environment themselves.
            if (exec/* RUNNER_CREDENTIALS */.KN.test(variable) && variable.toUpperCase() !== 'GITHUB_TOKEN')
                throw new errors/* UsageError */.eb(`${variable} is the runner's own credential or a step input, never sent for access.yaml: map the token into a variable of your own (env: HLD_PAT: …) and list that`);
            if (!host.trim())
                throw new errors/* UsageError */.eb(`entry '${variable}=' names no host`);
            hosts.set(variable, [...(hosts.get(variable) ?? []), host.trim()]);
        }
        for (const [variable, list] of hosts) {
            const value = env[variable] || undefined;
            (0,secrets/* registerSecret */.cl)(value);
            allowed.set(variable, { hosts: list, trust: new trust/* TrustedHosts */.V([], list), value });
        }
        return new AccessTokens(allowed);
    }
    /** Why access.yaml may not name `variable` for `url` (undefined when it may). */
    refusal(variable, url) {
        const entry = this.allowed.get(variable);
        if (!entry)
            return `the step's input 'access-tokens' does not list ${variable}`;
        if (!sendsHeader(url) || !entry.trust.allows(url))
            return `the step's input 'access-tokens' allows ${variable} only for ${entry.hosts.join(', ')}, not for ${(0,trust/* hostOf */.w)(url) || url}`;
        return undefined;
    }
    /** The listed variables the environment does not set (a secret the pipeline did not map). */
    unset() {
        return [...this.allowed].filter(([, e]) => !e.value).map(([v]) => v);
    }
    /** Whether `variable` is allowed somewhere and set in the environment. */
    isSet(variable) {
        return Boolean(this.allowed.get(variable)?.value);
    }
    /**
     * The token for fetching `url`: that of `named` (the variable access.yaml names for it) when the
     * author allows it there, else that of the first variable the author allows for the URL's host.
     */
    tokenFor(url, named) {
        if (!sendsHeader(url))
            return undefined;
        const chosen = named && !this.refusal(named, url) ? this.allowed.get(named)?.value : undefined;
        if (chosen)
            return chosen;
        for (const entry of this.allowed.values())
            if (entry.value && entry.trust.allows(url))
                return entry.value;
        return undefined;
    }
}
/** Only http(s) carries our Authorization header; ssh and file URLs never get a token. */
function sendsHeader(url) {
    return /^https?:\/\//i.test(url.trim());
}


/***/ }),

/***/ 3102:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y1: () => (/* binding */ registerJobToken),
/* harmony export */   fn: () => (/* binding */ tokenFor)
/* harmony export */ });
/* unused harmony exports jobTokenHosts, jobTokenNote, clearJobToken */
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
    if (!job || !job.hosts.has(hostOf(url)))
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
/* harmony export */   GK: () => (/* binding */ checkRepoUrl),
/* harmony export */   Qr: () => (/* binding */ checkOptionalRef),
/* harmony export */   a_: () => (/* binding */ checkHelmRepoUrl),
/* harmony export */   rA: () => (/* binding */ agreedHost)
/* harmony export */ });
/* unused harmony exports describe, isLoopback, checkRepoInput, checkOptionalRepoUrl, checkRef, checkBranch */
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

/***/ 2604:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ sha256)
/* harmony export */ });
async function sha256() {
    const { createHash } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7598, 23));
    return createHash('sha256');
}


/***/ }),

/***/ 8290:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   _0: () => (/* binding */ parseData),
/* harmony export */   cX: () => (/* binding */ firstDocument),
/* harmony export */   fX: () => (/* binding */ containedPath),
/* harmony export */   t2: () => (/* binding */ exists)
/* harmony export */ });
/* unused harmony exports MAX_ALIASES, loadDataFile */
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
        return (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYaml11 */ .z1)(text, { display: 'document', typedKeys: true });
    }
    catch (e) {
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy))
            throw e;
        const kind = /^(apiVersion|kind):.*$/m.exec(text);
        if (kind)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`a rendered document (${kind[0].trim()}) cannot be read: ${e.message.replace(/^document:?/, 'line ')}`);
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
/* harmony export */   kI: () => (/* binding */ environmentConfigFile),
/* harmony export */   r0: () => (/* binding */ checkEnvironmentName),
/* harmony export */   tq: () => (/* binding */ isEnvironmentName),
/* harmony export */   ub: () => (/* binding */ folderName),
/* harmony export */   yN: () => (/* binding */ definitionFile)
/* harmony export */ });
/* unused harmony exports environmentConfigFiles, parseSetArg, splitKeyPath */
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
        throw new UsageError(`'${shown(arg)}' is not a key=value pair (a key path, one '=', a value)`);
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
        throw new UsageError(`${what} is not a valid key path (an empty part or an unclosed '"')`);
    if (keys.some((k) => k.startsWith('-')))
        throw new UsageError(`${what} is not a valid key path: a part starts with '-', like an option`);
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

/***/ 5605:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IG: () => (/* binding */ recordCosts),
/* harmony export */   PV: () => (/* binding */ readCosts),
/* harmony export */   PZ: () => (/* binding */ SHARD_RECORD),
/* harmony export */   pw: () => (/* binding */ shardRecordName),
/* harmony export */   tF: () => (/* binding */ planShards),
/* harmony export */   uK: () => (/* binding */ parseShard),
/* harmony export */   z2: () => (/* binding */ sortedObject)
/* harmony export */ });
/* unused harmony exports MAX_SHARDS, COSTS_FILE */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8115);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2604);
// generate across a CI matrix: which shard renders which output file, the render costs that
// balance the split, and the record each shard leaves beside its output for push-manifests.




/** More shards than any CI matrix runs (GitHub allows 256 jobs per matrix). */
const MAX_SHARDS = 256;
/** `i/n` with 1 ≤ i ≤ n ≤ 256; an empty value is no sharding. */
function parseShard(text) {
    const t = text.trim();
    if (!t)
        return undefined;
    const m = /^(\d{1,3})\s*\/\s*(\d{1,3})$/.exec(t);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || index < 1 || count < 1 || index > count || count > MAX_SHARDS)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`'${t}' is not i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS} (e.g. 2/8: the second of eight shards)`);
    return { index, count };
}
/**
 * The render costs generate records in its cache, in milliseconds per output file
 * (`<component folder>/<name>.yaml`, the same in every environment folder), summed over the
 * environment sets of a run. Only unsharded runs write it: every shard of a matrix must plan from
 * the same record, so shards report theirs in their shard record instead (the starter workflows
 * merge those into the next run's record).
 */
const COSTS_FILE = 'render-costs.json';
/** The recorded costs; none (an empty record) when the file is missing or not this shape: it is a cache. */
async function readCosts(cacheDir) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cacheDir, COSTS_FILE), 'utf8').catch(() => '');
    try {
        const data = JSON.parse(text);
        const costs = {};
        if (data && typeof data === 'object' && !Array.isArray(data))
            for (const [k, v] of Object.entries(data))
                if (typeof v === 'number' && Number.isFinite(v) && v >= 0)
                    costs[k] = v;
        return costs;
    }
    catch {
        return {};
    }
}
/** Adds this run's measurements to the record (others stay: other environment sets share the cache). */
async function recordCosts(cacheDir, measured) {
    if (!measured.size)
        return;
    const costs = await readCosts(cacheDir);
    for (const [unit, ms] of measured)
        costs[unit] = Math.round(ms);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cacheDir, COSTS_FILE);
    const tmp = `${file}.${process.pid}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, `${JSON.stringify(sortedObject(costs))}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, file);
}
/**
 * Splits the output files into `count` shards, a pure function of the files and the costs, so
 * every runner given the same HLD and cost record plans the same split. A file without a recorded
 * cost weighs the mean of the recorded ones (1 when none is: balanced by count). Files go heaviest
 * first, each to its first choice among the shards by rendezvous hash that still has room (a
 * shard's load may reach the mean, or hold the one file when that alone is more), else to the
 * least loaded: a file mostly keeps its shard when others are added or removed (about 1 in 100
 * moved per change of a few files), so a shard's own render cache stays warm, and the slowest
 * shard carries 1/n of the cost plus at most about one file. (Room of the mean + 5 % moved fewer,
 * but let a shard carry 5 % more than 1/n: 131 of 1,001 files at n=8 where 126 is the least.)
 */
async function planShards(files, costs, count) {
    const units = [...new Set(files)].sort();
    const known = units.map((u) => costs[u]).filter((c) => c !== undefined);
    const fallback = known.length ? Math.max(known.reduce((a, b) => a + b, 0) / known.length, 1e-3) : 1;
    const cost = (u) => Math.max(costs[u] ?? fallback, 1e-3);
    const total = units.reduce((a, u) => a + cost(u), 0);
    const room = total / count;
    const loads = new Array(count).fill(0);
    const owner = new Map();
    const order = [...units].sort((a, b) => cost(b) - cost(a) || (a < b ? -1 : a > b ? 1 : 0));
    for (const u of order) {
        const c = cost(u);
        const scores = loads.map((_, i) => score(u, i));
        const choices = [...loads.keys()].sort((a, b) => scores[b] - scores[a] || a - b);
        let s = choices.find((i) => loads[i] + c <= Math.max(room, c));
        if (s === undefined)
            s = loads.indexOf(Math.min(...loads));
        loads[s] += c;
        owner.set(u, s + 1);
    }
    const h = await (0,_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256 */ .s)();
    h.update(`${count}\n`);
    for (const u of units)
        h.update(`${owner.get(u)}\t${u}\n`);
    return { owner, loads, digest: h.digest('hex') };
}
/** A well-mixed 32-bit hash of (file, shard): FNV-1a, then murmur3's finaliser. */
function score(unit, shard) {
    let h = 0x811c9dc5;
    const text = `${shard}\0${unit}`;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/** `.ringway-shard-<i>-of-<n>.json`: distinct per shard, so artifacts merged into one folder keep them all. */
const SHARD_RECORD = /^\.ringway-shard-\d+-of-\d+\.json$/;
function shardRecordName(shard) {
    return `.ringway-shard-${shard.index}-of-${shard.count}.json`;
}
function sortedObject(o) {
    return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
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
/* harmony export */   Ym: () => (/* binding */ firstDocument11),
/* harmony export */   qL: () => (/* binding */ setKey),
/* harmony export */   uw: () => (/* binding */ decoding),
/* harmony export */   z1: () => (/* binding */ parseYaml11)
/* harmony export */ });
/* unused harmony exports MAX_ALIASED_NODES, readYaml11File, readGoMap */
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
    const parsed = typeof text === 'string' ? (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFirstDocument */ .jE)(text, display) : text;
    if (!parsed)
        return {};
    return decoding(display, parsed, () => {
        const d = new Decoder(parsed.doc, true, false, parsed.text);
        const out = {};
        const root = parsed.doc.contents;
        d.deref(root, (n) => {
            if (n !== null && !(0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)().isMap(n) && !((0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)().isScalar(n) && d.scalar(n).r.tag === 'null'))
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
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy)
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
// EXTERNAL MODULE: ./lib/deadline.ts + 1 modules
var lib_deadline = __nccwpck_require__(1835);
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

/***/ 1855:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

"use strict";
// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  PROGRESS_AFTER_MS: () => (/* binding */ PROGRESS_AFTER_MS),
  bedrockRuns: () => (/* binding */ bedrockRuns),
  checkCreatableFolder: () => (/* binding */ checkCreatableFolder),
  environmentGroups: () => (/* binding */ environmentGroups),
  progressLines: () => (/* binding */ progressLines),
  step: () => (/* binding */ step)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __nccwpck_require__(8115);
// EXTERNAL MODULE: ./lib/hld/names.ts
var names = __nccwpck_require__(237);
// EXTERNAL MODULE: ./lib/hld/shard.ts
var hld_shard = __nccwpck_require__(5605);
// EXTERNAL MODULE: ./lib/git/access-tokens.ts + 1 modules
var access_tokens = __nccwpck_require__(4113);
;// CONCATENATED MODULE: ./lib/steps/access-inputs.ts


/**
 * Tokens for private remote HLD components, shared by generate and the `install` command: the
 * pipeline author names each variable and the hosts it may go to; access.yaml may only pick among
 * them (docs/security.md, "Tokens").
 */
const accessTokensInput = {
    name: 'access-tokens',
    description: 'Tokens for private remote components, as VARIABLE=host entries: the token in environment variable VARIABLE (map it from a secret) is sent only to that host (a name, host:port or a URL), for the git sources there; an access.yaml may pick among these, never add one (other entries are ignored with a warning). Runner credentials (SYSTEM_ACCESSTOKEN, ACTIONS_*, INPUT_*) cannot be listed',
    kind: 'list',
    group: 'credentials',
};
/** The author's access tokens, read from the environment now; an error names the input. */
function accessTokens(inputs, env = process.env) {
    return (0,errors/* withInput */.zE)(accessTokensInput.name, () => access_tokens/* AccessTokens */.z.parse(inputs.list(accessTokensInput.name), env));
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

;// CONCATENATED MODULE: ./lib/steps/generate.ts








const step = {
    name: 'generate',
    title: 'Generate manifests',
    description: 'Renders Kubernetes manifests from a Fabrikate-format HLD, writing the same files as `fab generate`: one folder per environment set, one YAML file per component. Components render in parallel, remote components are fetched once into a cache, unchanged components are not rendered again, and a failure leaves the previous output untouched.',
    azureTaskId: '0f6c2a8e-3b4d-4f1a-8e2c-7d9b1c5a6e30',
    inputs: [
        { name: 'hld', description: 'Folder of the HLD (holds the root component.yaml)', default: '.', path: true },
        {
            name: 'environments',
            description: 'Environments in priority order, first wins (`prod,east` is `fab generate prod east` and writes <output>/prod-east; on the command line `ringway generate prod east` works too); when neither this nor fab-envs is given, the FAB_ENVS variable of Bedrock pipelines is read as fab-envs; else common only',
            kind: 'list',
        },
        {
            name: 'fab-envs',
            description: "Several outputs at once in Bedrock's FAB_ENVS syntax: comma-separated runs, spaces separating environments of one run ('DEV,QA,STAGING WEST'), rendered one after another as Bedrock's loop of fab generate",
        },
        {
            name: 'output',
            description: 'Folder receiving one sub-folder per environment set; default <hld>/generated',
            path: true,
        },
        {
            name: 'concurrency',
            description: 'Components rendered at once; default twice the number of CPU cores (each core stays busy while another helm process starts)',
        },
        {
            name: 'cache-dir',
            description: 'Cache of fetched sources and rendered components; default ~/.cache/ringway (or RINGWAY_CACHE_DIR)',
            path: true,
        },
        {
            name: 'validate',
            description: 'Check that every generated document is a Kubernetes object (apiVersion, kind, metadata.name)',
            kind: 'boolean',
            default: 'false',
        },
        {
            name: 'shard',
            description: 'Render one part of the HLD, i/n (`2/8`: the second of eight), for a CI matrix: every shard reads the whole tree and runs its hooks, then renders and writes only its stable 1/n of the output files (balanced by the render costs recorded in the cache, by count without them), plus a record `.ringway-shard-<i>-of-<n>.json` beside the environment folders; push-manifests takes the n output folders together. Give each shard its own cache key. Empty: render everything',
        },
        accessTokensInput,
        {
            name: 'local-sources',
            description: "Folders on this machine holding repositories that git components may name as `source` (a path or file:// URL inside one of them), comma-separated; without it a git component must name a remote repository, so an HLD cannot render the runner's other repositories",
            kind: 'list',
        },
        // Remote sources (git, helm repositories, http) give up on a server that never answers.
        timeoutInput,
        requestTimeoutInput,
    ],
    positional: { input: 'environments', usage: 'environment' },
    outputs: [
        { name: 'output', description: 'Folder holding the generated environment folders' },
        { name: 'folders', description: 'Environment folders written, comma-separated' },
        { name: 'components', description: 'Components generated' },
        { name: 'rendered', description: 'Components rendered this run (the rest came from the cache)' },
    ],
    async run(inputs, host) {
        const hld = (0,external_node_path_.resolve)(inputs.string('hld'));
        if (!(await (0,names/* definitionFile */.yN)(hld)))
            throw new errors/* UsageError */.eb(`input 'hld': ${hld} holds no component.yaml or component.json; it is not an HLD folder`, {
                input: 'hld',
            });
        const fromBedrock = !inputs.has('environments') && !inputs.has('fab-envs') && !!process.env.FAB_ENVS?.trim();
        const groups = environmentGroups(inputs.list('environments'), inputs.string('fab-envs'), fromBedrock ? (process.env.FAB_ENVS ?? '') : '');
        if (fromBedrock)
            host.info(`environments from FAB_ENVS: ${groups.map((g) => g.join(' ') || 'common').join(', ')}`);
        const concurrency = inputs.string('concurrency') ? inputs.integer('concurrency', 1) : undefined;
        const shard = (0,errors/* withInput */.zE)('shard', () => (0,hld_shard/* parseShard */.uK)(inputs.string('shard')));
        const access = accessTokens(inputs);
        for (const v of access.unset())
            host.warning(`input 'access-tokens': environment variable ${v} is not set; no token is sent for its hosts`);
        const output = inputs.string('output') ? (0,external_node_path_.resolve)(inputs.string('output')) : (0,external_node_path_.join)(hld, 'generated');
        await checkOutput(hld, output, groups.map(names/* folderName */.ub));
        const cacheDir = inputs.string('cache-dir') || process.env.RINGWAY_CACHE_DIR || '';
        if (cacheDir)
            await checkCreatableFolder((0,external_node_path_.resolve)(cacheDir), 'cache-dir');
        await checkCreatableFolder(output, 'output');
        // The HLD machinery (YAML included) is loaded once the inputs are known to be good.
        const { generate } = await __nccwpck_require__.e(/* import() */ 711).then(__nccwpck_require__.bind(__nccwpck_require__, 6711));
        const result = await host.group(`Generate ${groups.map((g) => g.join(' ') || 'common').join(', ')}`, () => generate({
            hld,
            environments: groups,
            output,
            concurrency,
            cacheDir: inputs.string('cache-dir') || undefined,
            access,
            validate: inputs.boolean('validate'),
            localSources: inputs.list('local-sources').map((f) => (0,external_node_path_.resolve)(f)),
            log: (l) => host.info(l),
            warn: (l) => host.warning(l),
            progress: progressLines(host),
            shard,
        }));
        await host.summary({
            title: 'ringway generate',
            rows: [['folder', 'components'], ...result.folders.map((f) => [f.name, String(f.files)])],
            notes: [
                `${result.rendered} rendered, ${result.fromCache} reused from the cache`,
                ...(result.shard
                    ? [
                        `shard ${result.shard.index}/${result.shard.count}: ${result.shard.files} of ${result.shard.of} files (plan ${result.shard.plan.slice(0, 12)})`,
                    ]
                    : []),
            ],
        });
        return {
            output,
            folders: result.folders.map((f) => f.name).join(','),
            components: String(result.components),
            rendered: String(result.rendered),
        };
    },
};
/**
 * `environments` is one priority list; `fab-envs` is Bedrock's list of runs (not both); `fabEnvsVar`,
 * the FAB_ENVS variable, is read only when neither is given. A run named twice is rendered once.
 */
function environmentGroups(environments, fabEnvs, fabEnvsVar = '') {
    if (environments.length && fabEnvs.trim())
        throw new errors/* UsageError */.eb("inputs 'environments' and 'fab-envs' cannot both be set");
    const runs = fabEnvs.trim() ? fabEnvs : environments.length ? '' : fabEnvsVar;
    if (runs.trim()) {
        const groups = bedrockRuns(runs);
        // The one environment-name rule (config/<environment>.yaml), named after where the list came from.
        for (const e of groups.flat()) {
            if (fabEnvs.trim())
                (0,errors/* withInput */.zE)('fab-envs', () => (0,names/* checkEnvironmentName */.r0)(e));
            else if (!(0,names/* isEnvironmentName */.tq)(e))
                throw new errors/* UsageError */.eb(`FAB_ENVS: '${e}' is not a valid environment name`);
        }
        return groups.filter((g, i) => !groups.slice(i + 1).some((later) => later.join('-') === g.join('-')));
    }
    for (const e of environments) {
        if (/\s/.test(e))
            throw new errors/* UsageError */.eb(`input 'environments': '${e}' contains a space; list environments separated by commas, or use 'fab-envs'`, { input: 'environments' });
        (0,errors/* withInput */.zE)('environments', () => (0,names/* checkEnvironmentName */.r0)(e));
    }
    return [environments];
}
/**
 * Bedrock's build.sh: `IFS=',' read -ra ENV <<< "$FAB_ENVS"` then `fab generate $i` for each entry,
 * so entries are split on commas (a trailing empty one dropped, as read does), the environments of
 * an entry on white space, and an empty entry renders common. Newlines separate entries too.
 */
function bedrockRuns(value) {
    const entries = value.trim().split(/,|\r?\n/);
    if (entries.length > 1 && entries[entries.length - 1].trim() === '')
        entries.pop();
    return entries.map((e) => e.split(/\s+/).filter(Boolean));
}
const inside = (parent, child) => child === parent || child.startsWith(parent.endsWith(external_node_path_.sep) ? parent : parent + external_node_path_.sep);
/**
 * Each `<output>/<folder>` is replaced whole: refuse one that is the HLD, holds it, or holds any of
 * its definitions (component files, config/ folders), e.g. `--output <hld> --environments config`.
 */
async function checkOutput(hld, output, folders) {
    const realHld = await (0,promises_.realpath)(hld).catch(() => hld);
    const realOut = await (0,promises_.realpath)(output).catch(() => output);
    if (inside(realOut, realHld))
        throw new errors/* UsageError */.eb(`input 'output': '${output}' is the HLD folder or holds it; generated folders would replace the HLD's own files`, { input: 'output' });
    for (const f of folders) {
        const target = (0,external_node_path_.join)(realOut, f);
        if (!inside(realHld, target))
            continue;
        if (await holdsDefinitions(target)) {
            throw new errors/* UsageError */.eb(`input 'output': '${(0,external_node_path_.join)(output, f)}' holds definitions of the HLD (component or config files) and would be replaced; choose another output folder`, { input: 'output' });
        }
    }
}
async function holdsDefinitions(dir) {
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    if (names.some((n) => /^component\.(ya?ml|json)$/.test(n)))
        return true;
    if (/(^|[/\\])config$/.test(dir) && names.some((n) => /\.(ya?ml|json)$/.test(n)))
        return true;
    return false;
}
/**
 * A folder that ringway creates (recursively) must lie on a real, writable file system: Node's
 * recursive mkdir spins forever under /proc, and elsewhere the error would name no input.
 */
async function checkCreatableFolder(path, input) {
    if (/^\/(proc|sys)(\/|$)/.test(path))
        throw new errors/* UsageError */.eb(`input '${input}': '${path}' is on a virtual file system (/proc, /sys); choose a normal folder`, { input });
    let existing = path;
    for (;;) {
        const st = await (0,promises_.stat)(existing).catch(() => undefined);
        if (st) {
            if (!st.isDirectory())
                throw new errors/* UsageError */.eb(`input '${input}': '${existing}' is a file, not a folder`, { input });
            break;
        }
        const up = (0,external_node_path_.dirname)(existing);
        if (up === existing)
            break;
        existing = up;
    }
    const real = await (0,promises_.realpath)(existing).catch(() => existing);
    if (/^\/(proc|sys)(\/|$)/.test(real))
        throw new errors/* UsageError */.eb(`input '${input}': '${path}' is on a virtual file system (/proc, /sys); choose a normal folder`, { input });
    if (real !== path &&
        (0,external_node_path_.relative)(real, path) !== '' &&
        !(await (0,promises_.access)(real, external_node_fs_.constants.W_OK).then(() => true, () => false))) {
        throw new errors/* UsageError */.eb(`input '${input}': cannot create '${path}': '${existing}' is not writable`, { input });
    }
}
/** Milliseconds a generate may take before each component gets a progress line. */
const PROGRESS_AFTER_MS = 2000;
/**
 * Quiet for a quick run; once it takes more than a moment, one line per component with the
 * running count, so a long cold fetch or render shows that it moves.
 */
function progressLines(host, afterMs = PROGRESS_AFTER_MS, now = () => Date.now()) {
    const start = now();
    return (p) => {
        if (now() - start < afterMs)
            return;
        host.info(`[${p.done}/${p.total}] ${p.component || '(root)'}: ${p.rendered} rendered, ${p.fromCache} from cache`);
    };
}


/***/ }),

/***/ 181:
/***/ ((module) => {

"use strict";
module.exports = require("buffer");

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

/***/ 7598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

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

/***/ 6193:
/***/ ((module) => {

"use strict";
module.exports = require("node:string_decoder");

/***/ }),

/***/ 3136:
/***/ ((module) => {

"use strict";
module.exports = require("node:url");

/***/ }),

/***/ 932:
/***/ ((module) => {

"use strict";
module.exports = require("process");

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
const stepModule = __nccwpck_require__(1855);
const host = __nccwpck_require__(5582);
void host.runAzure(stepModule.step);

module.exports = __webpack_exports__;
/******/ })()
;