"use strict";
exports.id = 593;
exports.ids = [593,361];
exports.modules = {

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

/***/ 5574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ limiter),
/* harmony export */   d: () => (/* binding */ pool)
/* harmony export */ });
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


/***/ }),

/***/ 5450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ch: () => (/* binding */ openStore),
  Fd: () => (/* binding */ storageInputs)
});

// UNUSED EXPORTS: setTableOpener

// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/exec.ts
var exec = __webpack_require__(3361);
// EXTERNAL MODULE: ./lib/git/backoff.ts
var backoff = __webpack_require__(8913);
// EXTERNAL MODULE: ./lib/pool.ts
var pool = __webpack_require__(5574);
// EXTERNAL MODULE: ./lib/secrets.ts
var secrets = __webpack_require__(6995);
// EXTERNAL MODULE: ./lib/telemetry/row.ts
var row = __webpack_require__(5062);
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
const COLUMNS = [...row/* SPEKTATE_COLUMNS */.WH, ...row/* RINGWAY_COLUMNS */.et];
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
        await (0,pool/* pool */.d)(rangesAbove(last), RANGES_AT_ONCE, (range) => drain(list(range)));
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
const retryOptions = () => ({ retryDelayInMs: (0,backoff/* shortened */.vI)(1000), maxRetryDelayInMs: (0,backoff/* shortened */.vI)(64_000) });
/** Loads the SDK and makes the client the options describe. */
async function connect(o) {
    const { AzureNamedKeyCredential, AzureSASCredential, TableClient } = await __webpack_require__.e(/* import() */ 704).then(__webpack_require__.bind(__webpack_require__, 704));
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

// EXTERNAL MODULE: ./lib/steps/types.ts
var types = __webpack_require__(2667);
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
    types/* timeoutInput */.sR,
    types/* requestTimeoutInput */.LI,
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

/***/ 213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O7: () => (/* binding */ gateRejections),
/* harmony export */   _3: () => (/* binding */ gateRejectionText),
/* harmony export */   zG: () => (/* binding */ gateRejectionColumn)
/* harmony export */ });
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
function gateRejections(row) {
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
function gateRejectionText(r) {
    if (r.check && r.value && r.threshold)
        return `${r.condition} ${r.check} = ${r.value} (threshold ${r.threshold})`;
    return `${r.condition}${r.check ? ` ${r.check}` : ''}: ${r.detail}`;
}


/***/ }),

/***/ 9534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ listDeployments),
/* harmony export */   bp: () => (/* binding */ gateText),
/* harmony export */   n5: () => (/* binding */ syncText),
/* harmony export */   zX: () => (/* binding */ matchesService)
/* harmony export */ });
/* unused harmony exports view, parseSince */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _gate_rejection_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(213);
/* harmony import */ var _row_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5062);



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
        state: (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .stateOf */ .L4)(row),
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
        clusters: Object.entries((0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .clusterSyncs */ .ht)(row))
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([name, c]) => ({
            name,
            synced: c.syncedAt ?? '',
            failed: c.failedAt ?? '',
            reason: c.reason ?? '',
            failing: (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .clusterFailed */ .MT)(c),
        })),
        syncFailed: row.syncFailedAt ?? '',
        lastUpdated: (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .lastUpdated */ ._e)(row),
        started: times[0] ?? row.timestamp ?? '',
        durationMinutes: (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .durationMinutes */ .AK)(row),
        rollbackOf: row.rollbackOf ?? '',
        rolledBackBy: row.rolledBackBy ?? '',
        rollbackReason: row.rollbackReason ?? '',
        gateRejected: row.gateRejectedAt ?? '',
        gateRejectedBy: (0,_gate_rejection_js__WEBPACK_IMPORTED_MODULE_2__/* .gateRejections */ .O7)(row),
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`option --since must be a date (2026-11-01) or a duration (24h, 7d), got '${since}'`);
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
    return v.gateRejectedBy.length ? `✘ ${v.gateRejectedBy.map(_gate_rejection_js__WEBPACK_IMPORTED_MODULE_2__/* .gateRejectionText */ ._3).join('; ')}` : '✘ rejected';
}


/***/ }),

/***/ 5062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ LINKS),
/* harmony export */   AK: () => (/* binding */ durationMinutes),
/* harmony export */   AU: () => (/* binding */ fold),
/* harmony export */   Ao: () => (/* binding */ changes),
/* harmony export */   CS: () => (/* binding */ ranks),
/* harmony export */   D7: () => (/* binding */ ringStartedAt),
/* harmony export */   IQ: () => (/* binding */ rankOf),
/* harmony export */   JF: () => (/* binding */ STAGE_TIME),
/* harmony export */   L4: () => (/* binding */ stateOf),
/* harmony export */   MT: () => (/* binding */ clusterFailed),
/* harmony export */   UH: () => (/* binding */ imageOnly),
/* harmony export */   V4: () => (/* binding */ contradicts),
/* harmony export */   WH: () => (/* binding */ SPEKTATE_COLUMNS),
/* harmony export */   _e: () => (/* binding */ lastUpdated),
/* harmony export */   an: () => (/* binding */ STAGES),
/* harmony export */   et: () => (/* binding */ RINGWAY_COLUMNS),
/* harmony export */   ht: () => (/* binding */ clusterSyncs),
/* harmony export */   l1: () => (/* binding */ compatible),
/* harmony export */   ll: () => (/* binding */ newestFirst),
/* harmony export */   q: () => (/* binding */ linked),
/* harmony export */   zK: () => (/* binding */ IDENTITY),
/* harmony export */   zm: () => (/* binding */ syncFailed)
/* harmony export */ });
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
function stateOf(row) {
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
function clusterSyncs(row) {
    try {
        const v = row.clusters ? JSON.parse(row.clusters) : {};
        return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
    }
    catch {
        return {};
    }
}
/** The cluster's latest word is a failure (a failure after the last success). */
function clusterFailed(c) {
    return Boolean(c.failedAt && (!c.okAt || c.failedAt > c.okAt));
}
/** A cluster of the ring reports a failure it has not recovered from (or a manual sync-failed stage after the last sync). */
function syncFailed(row) {
    const map = Object.values(clusterSyncs(row));
    if (map.length)
        return map.some(clusterFailed);
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
    const [la, lb] = [lastUpdated(a), lastUpdated(b)];
    return la === lb ? 0 : la < lb ? 1 : -1;
}
function lastUpdated(row) {
    const times = STAGE_TIMES.map((k) => row[k]).filter((t) => Boolean(t));
    return times.sort().pop() ?? row.timestamp ?? '';
}
/** Minutes from the first recorded stage to the last, two decimals (Spektate's unit). */
function durationMinutes(row) {
    const times = STAGE_TIMES.map((k) => row[k])
        .filter((t) => Boolean(t))
        .map((t) => Date.parse(t))
        .sort((a, b) => a - b);
    if (times.length < 2)
        return '';
    return ((times[times.length - 1] - times[0]) / 60000).toFixed(2);
}


/***/ })

};
;