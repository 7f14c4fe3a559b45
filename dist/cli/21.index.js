"use strict";
exports.id = 21;
exports.ids = [21,361];
exports.modules = {

/***/ 7874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JN: () => (/* binding */ readAnswer),
/* harmony export */   dG: () => (/* binding */ checkAnswer),
/* harmony export */   lq: () => (/* binding */ optional)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);

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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${doing}: ${server} answered in a shape ringway does not know: ${fault}`, {
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


/***/ }),

/***/ 7872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B2: () => (/* binding */ Deadline),
/* harmony export */   BY: () => (/* binding */ enterDeadline),
/* harmony export */   NE: () => (/* binding */ withDeadline),
/* harmony export */   SB: () => (/* binding */ currentDeadline),
/* harmony export */   kE: () => (/* binding */ checkTimeoutBound)
/* harmony export */ });
/* unused harmony export MAX_TIMEOUT_MS */
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8115);


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

/***/ 3361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ RUNNER_CREDENTIALS),
/* harmony export */   cI: () => (/* binding */ ExecError),
/* harmony export */   m0: () => (/* binding */ exec),
/* harmony export */   mi: () => (/* binding */ networkTimeoutMs),
/* harmony export */   q9: () => (/* binding */ noAnswerError),
/* harmony export */   s: () => (/* binding */ setNetworkTimeout),
/* harmony export */   w$: () => (/* binding */ lastLines)
/* harmony export */ });
/* unused harmony exports SCRUBBED_ENV, childEnv */
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7872);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8115);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6995);



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
    modules ??= Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6193, 23))]).then(([cp, sd]) => ({
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

/***/ 8913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   Jd: () => (/* binding */ raceDelay),
/* harmony export */   vI: () => (/* binding */ shortened),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony export shortenBackoff */
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


/***/ }),

/***/ 2604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ sha256)
/* harmony export */ });
async function sha256() {
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23));
    return createHash('sha256');
}


/***/ }),

/***/ 7679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ checkImageTag),
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   rq: () => (/* binding */ formatRef),
/* harmony export */   vY: () => (/* binding */ renderTag)
/* harmony export */ });
/* unused harmony export TAG_PATTERN */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5078);


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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`'${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}'${tag.length > 60 ? ` (${tag.length} characters)` : ''} is not an image tag: at most 128 letters, digits, '_', '.' and '-', not starting with '.' or '-'`);
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
    const filled = (0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .fillTemplate */ .o)(template, values, `tag template '${template}'`, (key, v, m) => {
        if (!v)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`tag template '${template}': ${m} is empty: this build has no ${key.replace('-', ' ')} (${emptyHint(key, surface)})`);
        return key === 'branch' ? v.replace(/[/._]/g, '-') : v;
    });
    const tag = filled
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
    if (!TAG_PATTERN.test(tag))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`tag template '${template}' gives '${filled}', which cannot be made a valid image tag`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`'${ref}' is not an image reference (registry/repository[:tag])`);
    const registry = m[1] ?? 'registry-1.docker.io';
    const repository = !m[1] && !m[2].includes('/') ? `library/${m[2]}` : m[2];
    return { registry, repository, tag: m[3], digest: m[4] };
}
function formatRef(r) {
    return `${r.registry}/${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}


/***/ }),

/***/ 1117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ parseKeyValues)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
// `key=value` lines, as steps take build args, labels and build secrets: each split at its first
// `=` (the value may hold more). A bad line is one error line quoting it, unless it holds a secret.

/** The lines as [key, value] pairs in order; throws a UsageError for the first line that is not of the form. */
function parseKeyValues(lines, { what, form, key, secret }) {
    return lines.map((line) => {
        const eq = line.indexOf('=');
        const k = line.slice(0, eq);
        if (eq < 1 || (key && !key.test(k)))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(secret ? `each line must be ${form}` : `${what} '${line}' is not ${form}`);
        return [k, line.slice(eq + 1)];
    });
}


/***/ }),

/***/ 8248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gB: () => (/* binding */ MAX_ANSWER_BYTES),
/* harmony export */   lB: () => (/* binding */ readFileLimited),
/* harmony export */   x8: () => (/* binding */ readBody)
/* harmony export */ });
/* unused harmony export formatBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8115);


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
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const buf = Buffer.alloc(maxBytes + 1);
        let n = 0;
        for (;;) {
            const got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, n, buf.length - n, null);
            if (got === 0)
                break;
            n += got;
            if (n > maxBytes)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${what} is larger than ${formatBytes(maxBytes)}`, { kind: 'usage' });
        }
        return buf.subarray(0, n);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
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
    const tooLarge = () => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${what} is larger than ${formatBytes(maxBytes)}`, { kind: 'invalid-answer' });
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


/***/ }),

/***/ 2021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  findByRevision: () => (/* binding */ findByRevision),
  step: () => (/* binding */ step),
  tagOf: () => (/* binding */ tagOf)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./lib/exec.ts
var exec = __webpack_require__(3361);
;// CONCATENATED MODULE: ./lib/image/builder.ts





/** A short-lived folder holding the registry auth file and secret files (0600), removed after. */
class CredentialStore {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    static async create() {
        return new CredentialStore(await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ringway-auth-')));
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
                const parsed = JSON.parse(await (0,promises_.readFile)(existing, 'utf8'));
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
        await (0,promises_.writeFile)(file, JSON.stringify({ auths }), { mode: 0o600 });
        return file;
    }
    async secretFile(id, value) {
        const file = (0,external_node_path_.join)(this.dir, `secret-${id}`);
        await (0,promises_.writeFile)(file, value, { mode: 0o600 });
        return file;
    }
    async dispose() {
        await (0,promises_.rm)(this.dir, { recursive: true, force: true });
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
    const iidDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ringway-iid-'));
    const iidFile = (0,external_node_path_.join)(iidDir, 'iid');
    if (!isMultiPlatform(req))
        args.push('--iidfile', iidFile);
    args.push(req.context);
    try {
        const r = await (0,exec/* exec */.m0)(b, args, { env: runEnv, allowFailure: true, label: `${b} build`, onLine: log });
        if (r.code !== 0)
            throw new errors/* RingwayError */.Sy(`${b} build failed: ${(0,exec/* lastLines */.w$)(r.stderr || r.stdout, 2)}`);
        const id = await (0,promises_.readFile)(iidFile, 'utf8').catch(() => '');
        return id.trim() && !id.startsWith('sha256:') ? `sha256:${id.trim()}` : id.trim();
    }
    finally {
        await (0,promises_.rm)(iidDir, { recursive: true, force: true });
    }
}
/** Pushes the local image to `ref`; returns the digest the registry stored ('' when the builder did not say). */
async function pushImage(b, req, ref, opts) {
    const digestFile = (0,external_node_path_.join)(await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ringway-digest-')), 'digest');
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
        return (await (0,promises_.readFile)(digestFile, 'utf8')).trim();
    }
    finally {
        await (0,promises_.rm)((0,external_node_path_.join)(digestFile, '..'), { recursive: true, force: true });
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

// EXTERNAL MODULE: ./lib/answer.ts
var answer = __webpack_require__(7874);
// EXTERNAL MODULE: ./lib/hash.ts
var hash = __webpack_require__(2604);
// EXTERNAL MODULE: ./lib/git/backoff.ts
var backoff = __webpack_require__(8913);
// EXTERNAL MODULE: ./lib/limits.ts
var limits = __webpack_require__(8248);
// EXTERNAL MODULE: ./lib/secrets.ts
var lib_secrets = __webpack_require__(6995);
// EXTERNAL MODULE: ./lib/image/tags.ts
var image_tags = __webpack_require__(7679);
;// CONCATENATED MODULE: ./lib/image/registry.ts








const MANIFEST_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json',
];
// The fields of each answer that are read (OCI distribution and image specifications), checked before use.
const DIGESTS = (0,answer/* optional */.lq)([{ digest: 'string' }]);
const MANIFEST = {
    mediaType: 'string?',
    config: (0,answer/* optional */.lq)({ digest: 'string' }),
    layers: DIGESTS,
    manifests: DIGESTS,
};
const TAG_LIST = { tags: (0,answer/* optional */.lq)(['string']) };
const IMAGE_CONFIG = { config: (0,answer/* optional */.lq)({ Labels: (0,answer/* optional */.lq)({ '*': 'string' }) }) };
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
        await (0,backoff/* sleep */.yy)((0,backoff/* shortened */.vI)(retryDelayMs(res.headers.get('retry-after'), n)));
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
        const body = (0,answer/* readAnswer */.JN)((await (0,limits/* readBody */.x8)(res, limits/* MAX_ANSWER_BYTES */.gB, `the answer of the token service of ${this.registry}`, () => (0,exec/* noAnswerError */.q9)(`the token service of ${this.registry} (${params.realm})`))).toString('utf8'), TOKEN, `the token service of ${this.registry}`, 'asking for a registry token');
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
        const bytes = await (0,limits/* readBody */.x8)(res, limits/* MAX_ANSWER_BYTES */.gB, `the manifest ${repository}:${reference} in ${this.registry}`, () => (0,exec/* noAnswerError */.q9)(`registry ${this.registry} (GET manifest ${repository}:${reference})`));
        const digest = res.headers.get('docker-content-digest') ?? `sha256:${(await (0,hash/* sha256 */.s)()).update(bytes).digest('hex')}`;
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
            all.push(...(this.checked((await (0,limits/* readBody */.x8)(res, limits/* MAX_ANSWER_BYTES */.gB, `the tag list of ${repository}`, () => (0,exec/* noAnswerError */.q9)(`registry ${this.registry} (GET tags of ${repository})`))).toString('utf8'), TAG_LIST, `listing tags of ${repository}`).tags ?? []));
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
            throw new errors/* RingwayError */.Sy(`source image ${(0,image_tags/* formatRef */.rq)(from)} does not exist`);
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
        return (0,answer/* readAnswer */.JN)(body, shape, `registry ${this.registry}`, what);
    }
}

// EXTERNAL MODULE: ./lib/key-value.ts
var key_value = __webpack_require__(1117);
// EXTERNAL MODULE: ./lib/steps/types.ts
var types = __webpack_require__(2667);
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
        { ...types/* timeoutInput */.sR, default: '1h' },
        types/* requestTimeoutInput */.LI,
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
    const image = (0,errors/* withInput */.zE)('image', () => (0,image_tags/* parseImageRef */.Q)(inputs.string('image')));
    if (image.tag || image.digest)
        throw new errors/* UsageError */.eb(`input 'image': give the repository without a tag (${image.registry}/${image.repository}); tags come from 'tags'`, { input: 'image' });
    const tags = [
        ...new Set(inputs
            .list('tags')
            .map((t) => (0,errors/* withInput */.zE)('tags', () => (0,image_tags/* renderTag */.vY)(tagOf(t, image), host.build, new Date(), host.kind)))),
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
    const from = (0,errors/* withInput */.zE)('source-image', () => (0,image_tags/* parseImageRef */.Q)(source));
    if (from.registry !== image.registry)
        throw new errors/* UsageError */.eb(`input 'source-image': promotion copies within one registry (${image.registry}), got ${from.registry}`, { input: 'source-image' });
    if (!from.tag && !from.digest)
        throw new errors/* UsageError */.eb(`input 'source-image': give a tag or digest (${(0,image_tags/* formatRef */.rq)(from)}:<tag>)`, {
            input: 'source-image',
        });
    return host.group(`Promote ${(0,image_tags/* formatRef */.rq)(from)}`, async () => {
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
    const keyValues = (input, form) => (0,errors/* withInput */.zE)(input, () => (0,key_value/* parseKeyValues */.H)(inputs.lines(input), form));
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
        const first = (0,image_tags/* formatRef */.rq)(refTo(target, tags[0]));
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

/***/ 2667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ requestTimeoutInput),
/* harmony export */   _H: () => (/* binding */ gitInputs),
/* harmony export */   sR: () => (/* binding */ timeoutInput)
/* harmony export */ });
/* unused harmony export JOB_TOKEN_INPUT */
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


/***/ }),

/***/ 5078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ fillTemplate)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);

/**
 * Fills the `{name}` placeholders of a template (image tags, branch names) from `values`. A
 * placeholder not among them is an error that lists those that are; `value` may refine a known
 * one or refuse it (an empty value). `what` begins the error: where the template came from.
 */
function fillTemplate(template, values, what, value = (_k, v) => v) {
    return template.replace(/\{([\w-]+)\}/g, (m, key) => {
        if (!Object.hasOwn(values, key))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what}: unknown placeholder ${m} in '${template}' (known: ${Object.keys(values)
                .map((k) => `{${k}}`)
                .join(', ')})`);
        return value(key, values[key], m);
    });
}


/***/ })

};
;