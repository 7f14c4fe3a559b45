import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8115:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
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
    constructor(message, options) {
        super(message, options);
        this.name = 'RingwayError';
    }
}
/** Bad usage: a missing or malformed input. The CLI exits 2 for these. */
class UsageError extends RingwayError {
    constructor(message) {
        super(message);
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
/** Whether a message already says which input it is about (`input 'x'`, or "check the 'token' input"). */
function namesAnInput(message) {
    return /\binput '|' input\b/.test(message);
}
/**
 * Domain code names the thing at fault ("environment name '--x' …"); the step knows which input the
 * value came from and adds it: `input 'environment': environment name '--x' …`. Runs `fn` (sync or
 * async) and prefixes a RingwayError that names no input yet; other errors pass unchanged.
 */
function withInput(input, fn) {
    const prefix = (err) => {
        if (!(err instanceof RingwayError) || namesAnInput(err.message))
            throw err;
        // Same error (class, outputs, cause kept), one line longer.
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

/***/ 3732:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  cI: () => (/* binding */ ExecError),
  m0: () => (/* binding */ exec),
  w$: () => (/* binding */ lastLines),
  mi: () => (/* binding */ networkTimeoutMs),
  q9: () => (/* binding */ noAnswerError),
  s: () => (/* binding */ setNetworkTimeout)
});

// UNUSED EXPORTS: SCRUBBED_ENV, childEnv

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __nccwpck_require__(8115);
// EXTERNAL MODULE: ./lib/secrets.ts
var secrets = __nccwpck_require__(6995);
;// CONCATENATED MODULE: ./lib/exec.ts



/**
 * How long a step waits for a server that does not answer (git, forge, table service, registry),
 * retries included: 60 s unless the step's `timeout` input says otherwise.
 */
let networkBudgetMs = 60_000;
function setNetworkTimeout(ms) {
    networkBudgetMs = ms;
}
function networkTimeoutMs() {
    return networkBudgetMs;
}
/** The error for a server that did not answer in time; names the service and the input to raise. */
function noAnswerError(service, ms = networkBudgetMs) {
    return new errors/* RingwayError */.Sy(`${(0,secrets/* redact */.E$)(service)} did not answer within ${formatSeconds(ms)} (input 'timeout')`);
}
function formatSeconds(ms) {
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
/**
 * Runs a program without a shell and captures its output. Not @actions/exec: that one echoes the
 * full command line to stdout, which would print arguments we keep out of logs, and pulls GitHub
 * formatting into the CLI and Azure surfaces.
 */
function exec(cmd, args, opts = {}) {
    return new Promise((resolve, reject) => {
        const env = childEnv();
        for (const [k, v] of Object.entries(opts.env ?? {})) {
            if (v === undefined)
                delete env[k];
            else
                env[k] = v;
        }
        // With a timeout the child leads its own process group, so git's helpers die with it.
        const child = (0,external_node_child_process_namespaceObject.spawn)(cmd, args, { cwd: opts.cwd, env, stdio: ['pipe', 'pipe', 'pipe'], detached: Boolean(opts.timeout) });
        let timedOut = false;
        const timer = opts.timeout
            ? setTimeout(() => {
                timedOut = true;
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    child.kill('SIGKILL');
                }
            }, opts.timeout.ms)
            : undefined;
        const out = [];
        const err = [];
        const streams = [lineSplitter(opts.onLine), lineSplitter(opts.onLine)];
        child.stdout.on('data', (d) => (out.push(d), streams[0].push(d)));
        child.stderr.on('data', (d) => (err.push(d), streams[1].push(d)));
        child.on('error', (e) => {
            if (timer)
                clearTimeout(timer);
            if (e.code === 'ENOENT')
                reject(new errors/* RingwayError */.Sy(`${cmd} is not installed or not on PATH`));
            else
                reject(new errors/* RingwayError */.Sy(`${opts.label ?? cmd}: ${(0,secrets/* redact */.E$)(e.message)}`));
        });
        child.on('close', (code, signal) => {
            for (const st of streams)
                st.end();
            if (timer)
                clearTimeout(timer);
            if (timedOut && opts.timeout) {
                reject(noAnswerError(`${opts.timeout.service} (${opts.label ?? cmd})`, opts.timeout.ms));
                return;
            }
            const result = {
                code: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(out).toString('utf8'),
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
/**
 * Our inputs travel in the environment (GitHub and Azure `INPUT_*`, the CLI's `RINGWAY_*` fallback),
 * secrets included, and the runner adds its own credentials (`ACTIONS_RUNTIME_TOKEN`,
 * `ACTIONS_ID_TOKEN_REQUEST_TOKEN`). No child process (git, helm, builders, HLD hooks) needs them:
 * they are dropped here, the one place children are started. What a tool needs is passed through
 * `ExecOptions.env` explicitly.
 */
const SCRUBBED_ENV = /^(INPUT_|RINGWAY_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_TOKEN$)/i;
function childEnv(base = process.env) {
    const env = {};
    for (const [k, v] of Object.entries(base))
        if (!SCRUBBED_ENV.test(k))
            env[k] = v;
    return env;
}
/** A failed command; the message carries the last meaningful stderr line, redacted. */
class ExecError extends errors/* RingwayError */.Sy {
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
    const lines = (0,secrets/* redact */.E$)(text)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    return lines.slice(-n).join(' | ') || 'no output';
}
/** Cuts a byte stream into lines for `onLine`; a no-op without a callback. */
function lineSplitter(onLine) {
    let rest = '';
    return {
        push(d) {
            if (!onLine)
                return;
            const lines = (rest + d.toString('utf8')).split(/\r?\n|\r/);
            rest = lines.pop() ?? '';
            for (const l of lines)
                onLine(l);
        },
        end() {
            if (onLine && rest)
                onLine(rest);
            rest = '';
        },
    };
}


/***/ }),

/***/ 3102:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y1: () => (/* binding */ registerJobToken),
/* harmony export */   fn: () => (/* binding */ tokenFor)
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
function registerJobToken(token, serverUrls) {
    if (token)
        job = { token, hosts: jobTokenHosts(serverUrls) };
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

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ TrustedHosts),
/* harmony export */   w: () => (/* binding */ hostOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8115);

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
    constructor(urls, hosts = [], inputName = 'trusted-hosts') {
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
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`input '${inputName}': '${entry}' is not a host name`);
                this.exact.add(h);
            }
            else if (/^[a-z0-9.-]+:\d{1,5}$|^\[[0-9a-f:.]+\]:\d{1,5}$/.test(e)) {
                this.exact.add(e);
            }
            else if (/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(e) && !e.startsWith('-')) {
                this.anyPort.add(e);
            }
            else {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`input '${inputName}': '${entry}' is not a host name (host, host:port or a URL)`);
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
        const host = u.host.toLowerCase();
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
        return u.protocol === 'file:' ? '' : u.host.toLowerCase();
    }
    catch {
        const scp = /^(?:[^@/]+@)?([^:/]+):/.exec(v);
        return scp ? scp[1].toLowerCase() : '';
    }
}


/***/ }),

/***/ 1334:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8115);

const UNIT_MS = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 604800e3 };
/** `90s`, `30m`, `1h30m`, `2d`, `0` → milliseconds (Go/Flux-style durations plus days and weeks). */
function parseDuration(value, input) {
    const v = value.trim();
    if (v === '' || v === '0')
        return 0;
    if (!/^(\d+(\.\d+)?[smhdw])+$/.test(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`input '${input}' must be a duration like 30m, 1h30m or 2d, got '${value}'`);
    let ms = 0;
    for (const m of v.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g))
        ms += Number(m[1]) * UNIT_MS[m[2]];
    return Math.round(ms);
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

/***/ 6995:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/* unused harmony export clearSecrets */
/**
 * Process-wide list of secret values. Every host log line, error message and summary passes
 * through `redact`, so a token that reaches a message by accident is still never printed.
 */
const secrets = new Set();
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
/** For tests: forget registered secrets. */
function clearSecrets() {
    secrets.clear();
}


/***/ }),

/***/ 2667:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _H: () => (/* binding */ gitInputs),
/* harmony export */   sR: () => (/* binding */ timeoutInput),
/* harmony export */   vv: () => (/* binding */ JOB_TOKEN_INPUT)
/* harmony export */ });
/** How long a step waits for a server that does not answer; hosts apply it before the step runs. */
const timeoutInput = {
    name: 'timeout',
    description: 'How long to wait for a server (git, forge API, table service, registry) that does not answer, retries included, e.g. 60s, 2m',
    default: '60s',
};
/**
 * GitHub Action input carrying the job's own token (default `github.token`) for `jobToken` inputs
 * left empty; kept apart from `token` so the job token is sent only to the job's own server.
 */
const JOB_TOKEN_INPUT = 'job-token';
/** Inputs that every step talking to git accepts (SPEC: token, git-user-name, git-user-email, dry-run). */
const gitInputs = [
    { name: 'token', description: "Token for the git server, sent only as an HTTP Authorization header; default the job's own token", secret: true, jobToken: true },
    { name: 'git-user-name', description: 'Author name of commits made by this step', default: 'ringway-bot' },
    { name: 'git-user-email', description: 'Author email of commits made by this step', default: 'ringway-bot@users.noreply.github.com' },
    { name: 'dry-run', description: 'Do everything except push, open pull requests or write remote state', kind: 'boolean', default: 'false' },
    timeoutInput,
];


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./lib/hosts/github-commands.ts
// The few GitHub Actions runner commands the GitHub host uses, written to the runner's protocol
// (workflow commands on stdout, file commands for outputs and the job summary). Not @actions/core:
// it loads an HTTP client (undici, for OIDC tokens ringway never asks for) that doubled the
// start-up time of every action. Output is what @actions/core writes for the same calls.




/** `::name::message`, with the message escaped so it stays one command. */
function command(name, message = '') {
    process.stdout.write(`::${name}::${github_commands_escape(message)}${external_node_os_.EOL}`);
}
function github_commands_escape(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** The value of input `name` (INPUT_<NAME>), trimmed; '' when not given. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function warning(message) {
    command('warning', message);
}
function debug(message) {
    command('debug', message);
}
function error(message) {
    command('error', message);
}
/** Marks the step failed (exit code 1 when the process ends) with an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Runs `fn` inside a collapsible log group. */
async function group(name, fn) {
    command('group', name);
    try {
        return await fn();
    }
    finally {
        command('endgroup');
    }
}
/** An output: to the GITHUB_OUTPUT file between a random delimiter (never read as a command). */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT || '';
    if (!file) {
        process.stdout.write(external_node_os_.EOL);
        process.stdout.write(`::set-output name=${github_commands_escape(name).replace(/:/g, '%3A').replace(/,/g, '%2C')}::${github_commands_escape(value)}${external_node_os_.EOL}`);
        return;
    }
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`output ${name} holds the delimiter`);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
/** An element; an empty one is written as its opening tag alone, as @actions/core does. */
function wrap(tag, content) {
    return content ? `<${tag}>${content}</${tag}>` : `<${tag}>`;
}
/** The job summary as HTML (the markup @actions/core's summary writes), appended to GITHUB_STEP_SUMMARY. */
class Summary {
    buffer = '';
    addHeading(text, level) {
        return this.addRaw(wrap(`h${level}`, text), true);
    }
    addTable(rows) {
        const cell = (c) => (typeof c === 'string' ? wrap('td', c) : wrap('th', c.data));
        return this.addRaw(wrap('table', rows.map((r) => wrap('tr', r.map(cell).join(''))).join('')), true);
    }
    addRaw(text, addEOL = false) {
        this.buffer += addEOL ? text + external_node_os_.EOL : text;
        return this;
    }
    async write() {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (!file)
            throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY');
        await (0,promises_.appendFile)(file, this.buffer, { encoding: 'utf8' });
        this.buffer = '';
    }
}

;// CONCATENATED MODULE: ./lib/steps/loaders.ts
/**
 * Each step's module by name, loaded when asked for: the top-level action (`step:` input) loads
 * only the step it runs, not all of them. Kept equal to the list in index.ts by a test.
 */
const stepLoaders = {
    'build-image': () => __nccwpck_require__.e(/* import() */ 468).then(__nccwpck_require__.bind(__nccwpck_require__, 9468)),
    gate: () => Promise.all(/* import() */[__nccwpck_require__.e(34), __nccwpck_require__.e(231), __nccwpck_require__.e(882), __nccwpck_require__.e(70)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3070)),
    generate: () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(34), __nccwpck_require__.e(632), __nccwpck_require__.e(710)]).then(__nccwpck_require__.bind(__nccwpck_require__, 710)),
    metrics: () => __nccwpck_require__.e(/* import() */ 355).then(__nccwpck_require__.bind(__nccwpck_require__, 4355)),
    'push-manifests': () => Promise.all(/* import() */[__nccwpck_require__.e(34), __nccwpck_require__.e(422)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4422)),
    'record-deployment': () => Promise.all(/* import() */[__nccwpck_require__.e(34), __nccwpck_require__.e(231), __nccwpck_require__.e(221)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4221)),
    rollback: () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(34), __nccwpck_require__.e(632), __nccwpck_require__.e(231), __nccwpck_require__.e(882), __nccwpck_require__.e(293), __nccwpck_require__.e(251)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8251)),
    'update-hld': () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(34), __nccwpck_require__.e(632), __nccwpck_require__.e(882), __nccwpck_require__.e(293)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1293)),
};

// EXTERNAL MODULE: ./lib/git/job-token.ts
var job_token = __nccwpck_require__(3102);
// EXTERNAL MODULE: ./lib/secrets.ts
var secrets = __nccwpck_require__(6995);
// EXTERNAL MODULE: ./lib/steps/types.ts
var types = __nccwpck_require__(2667);
;// CONCATENATED MODULE: ./lib/hosts/build-metadata.ts
function readBuildMetadata(env = process.env) {
    const e = (k) => env[k] ?? '';
    if (e('GITHUB_ACTIONS') === 'true') {
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
    };
}

;// CONCATENATED MODULE: ./lib/hosts/neutralise.ts

/**
 * Text that did not come from ringway's own code (table rows, HLD content, forge and registry
 * answers, git output, operator events) may contain orchestrator commands. Runners read commands
 * from a job's output line by line:
 * - GitHub: a line whose first non-blank characters are `::` (`::error::`, `::add-mask::`, …), and
 *   the legacy `##[command]` form anywhere in a line;
 * - Azure Pipelines: `##vso[` anywhere in a line (any case), and `##[group]`-style formatting
 *   commands.
 * Both split lines at `\n` and at a lone `\r`. `neutralise` breaks every such marker with a
 * zero-width space (U+200B), so the text reads the same to a person and is inert to the runner.
 * Every host's log, summary and error writer passes its text through here.
 */
const ZWSP = '\u200b';
/** One line (no line breaks): markers broken, the rest unchanged. */
function neutraliseLine(line) {
    let out = line.replace(/##(?=(vso)?\[)/gi, `#${ZWSP}#`);
    // `::` after leading blanks starts a GitHub command (the runner trims leading whitespace).
    out = out.replace(/^(\s*)(?=::)/, `$1${ZWSP}`);
    return out;
}
/** Neutralises every line of `text`; line breaks become `\n` (a lone `\r` also ends a line for runners). */
function neutralise(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map(neutraliseLine)
        .join('\n');
}
/**
 * For JSON written to stdout: `#` inside strings is written as `\u0023` where it starts `##`, so
 * the decoded value is unchanged and no line holds a command marker. (`#` only occurs inside
 * strings in JSON; `::` cannot start a line of JSON.stringify output.)
 */
function neutraliseJson(json) {
    return json.replace(/#(?=#)/g, '\\u0023');
}
/**
 * A step output value. Hosts set outputs through the orchestrator's own API (escaped there), but
 * the value is later expanded into other steps' scripts and logs: JSON values keep their decoded
 * content (`\u0023` escapes), other values are neutralised like log text, line breaks kept.
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
/** True when a line would be read as a command by a GitHub or Azure runner (for tests and checks). */
function isLiveCommand(line) {
    return /^\s*::/.test(line) || /##vso\[/i.test(line) || /##\[/.test(line);
}
/**
 * Wraps a stream's write so that everything written to it is neutralised line by line (the CLI,
 * whose output a GitHub or Azure job may read when `ringway` runs in a script step). Tracks
 * whether the next chunk starts a line, since `::` only matters there.
 */
function guardStream(stream) {
    let atLineStart = true;
    const write = stream.write.bind(stream);
    stream.write = ((chunk, ...rest) => {
        if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk))
            return write(chunk, ...rest);
        const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
        let safe = neutralise(atLineStart ? text : `x${text}`);
        if (!atLineStart)
            safe = safe.slice(1);
        if (text.length)
            atLineStart = /[\r\n]$/.test(text);
        return write(safe, ...rest);
    });
}

// EXTERNAL MODULE: ./lib/errors.ts
var errors = __nccwpck_require__(8115);
// EXTERNAL MODULE: ./lib/exec.ts + 1 modules
var exec = __nccwpck_require__(3732);
// EXTERNAL MODULE: ./lib/promotion/duration.ts
var duration = __nccwpck_require__(1334);
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
            throw new errors/* UsageError */.eb(`input '${name}' is required`);
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
            throw new errors/* UsageError */.eb(`input '${name}' must be an integer ≥ ${min}, got '${v}'`);
        }
        return Number(v);
    }
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
        const inputs = Inputs.resolve(step, source);
        if (step.inputs.some((d) => d.name === 'timeout')) {
            const ms = (0,duration/* parseDuration */.E)(inputs.string('timeout'), 'timeout');
            if (!ms)
                throw new errors/* UsageError */.eb("input 'timeout' must be a duration above zero, e.g. 60s or 2m");
            (0,exec/* setNetworkTimeout */.s)(ms);
        }
        for (const def of step.inputs)
            if (def.secret && inputs.has(def.name))
                host.setSecret(inputs.string(def.name));
        for (const w of inputs.deprecations)
            host.warning(w);
        const outputs = await step.run(inputs, host);
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
        return { ok: false, message: firstLine(message), usage: err instanceof errors/* UsageError */.eb, ...(outputs ? { outputs } : {}) };
    }
}
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

;// CONCATENATED MODULE: ./lib/hosts/github.ts







/** GitHub Actions: inputs from `with:` (INPUT_<NAME>), outputs to GITHUB_OUTPUT, job summary. */
class GitHubHost {
    kind = 'github';
    build = readBuildMetadata();
    info(message) {
        info(safeText(message));
    }
    warning(message) {
        warning(safeText(message));
    }
    debug(message) {
        debug(safeText(message));
    }
    group(name, fn) {
        return group(oneLine(name), fn);
    }
    setSecret(value) {
        // Not core.setSecret: `::add-mask::` carries the value on stdout. Secrets from the secret store
        // are masked by the runner already; everything ringway prints passes through redact().
        (0,secrets/* registerSecret */.cl)(value);
    }
    async summary(table) {
        if (!process.env.GITHUB_STEP_SUMMARY)
            return;
        const [head, ...body] = table.rows;
        const s = new Summary().addHeading(oneLine(table.title), 3);
        if (head) {
            s.addTable([
                head.map((c) => ({ data: safeText(c), header: true })),
                ...body.map((r) => r.map((c) => safeText(c))),
            ]);
        }
        for (const n of table.notes ?? [])
            s.addRaw(safeText(n), true);
        await s.write();
    }
}
/** Group titles and failure messages are single lines. */
function githubInput(def) {
    // undefined = not given; '' is kept so an input that allows it can be set empty on purpose.
    // core.getInput trims; multiline inputs keep their inner newlines.
    const given = process.env[`INPUT_${def.name.replace(/ /g, '_').toUpperCase()}`] === undefined ? undefined : getInput(def.name);
    if (given || !def.jobToken)
        return given;
    // The job token comes through its own input (default `github.token`), so it is known for what
    // it is and sent only to this workflow's GitHub.
    const job = getInput(types/* JOB_TOKEN_INPUT */.vv) || undefined;
    (0,job_token/* registerJobToken */.Y1)(job, [process.env.GITHUB_SERVER_URL || 'https://github.com', process.env.GITHUB_API_URL || '']);
    return job ?? given;
}
/** Entry point of a step's GitHub Action bundle. */
async function runGitHub(step) {
    const host = new GitHubHost();
    const result = await runStep(step, host, githubInput);
    // A failed step may still have outputs (a gate's decision=reject): set them either way.
    // Outputs go to the GITHUB_OUTPUT file (delimited), messages through the command escaping: neither
    // is read as a command, whatever the value holds.
    for (const [k, v] of Object.entries(result.outputs ?? {}))
        setOutput(k, safeOutput(v));
    if (!result.ok)
        setFailed(oneLine(result.message));
}

;// CONCATENATED MODULE: ./lib/hosts/github-dispatch.ts



/** Entry of the top-level action.yml: `step:` names the step to run with the other inputs. */
async function dispatchGitHub() {
    const name = getInput('step');
    const load = Object.hasOwn(stepLoaders, name) ? stepLoaders[name] : undefined;
    if (!load) {
        setFailed(`input 'step' must be one of ${Object.keys(stepLoaders).join(', ')}, got '${name}'`);
        return;
    }
    // Only the named step's code is loaded (a chunk file beside index.js).
    await runGitHub((await load()).step);
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./build/entries/github-dispatch.ts
// Generated by scripts/build.ts.



const isMain = !!process.argv[1] && (0,external_node_url_.pathToFileURL)((0,external_node_fs_.realpathSync)(process.argv[1])).href === import.meta.url;
const run = dispatchGitHub;
if (isMain)
    void run();

var __webpack_exports__run = __webpack_exports__.e;
export { __webpack_exports__run as run };
