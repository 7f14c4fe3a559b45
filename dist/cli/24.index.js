"use strict";
exports.id = 24;
exports.ids = [24,361];
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

/***/ 2729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ assertEntriesInside),
/* harmony export */   RN: () => (/* binding */ assertTreeInside),
/* harmony export */   nx: () => (/* binding */ inside),
/* harmony export */   yp: () => (/* binding */ assertResolvesInside)
/* harmony export */ });
/* unused harmony export assertNoLinkOnPath */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8115);
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8627);




/**
 * Symlinks are never followed out of a checkout or a source folder. A checkout's content (HLD,
 * manifest repository, fetched component) is untrusted: a committed link to `/home/runner` must not
 * make a step read, write or delete there. These checks run before any read or write, dry-run too.
 */
/** Whether `path` is `root` or below it (by name; links are not followed). */
function inside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/**
 * Proves that `path` (which may not exist yet) resolves inside `root` once every link on the way is
 * followed: the deepest existing part of it is resolved; a dangling link is refused (writing
 * through it would create its target, wherever that is). `what` starts the error line.
 */
async function assertResolvesInside(root, path, what) {
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root);
    let p = path;
    for (;;) {
        if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(p).then(() => true, () => false))
            break;
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p);
        if (up === p)
            return;
        p = up;
    }
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(p).catch(() => undefined);
    if (!real || !inside(realRoot, real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${what}: '${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, p) || '.'}' is a symbolic link that leads outside ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(root), root) || root}; links are never followed out of a checkout`);
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
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(p).catch(() => undefined);
        if (!st)
            continue;
        if (st.isSymbolicLink())
            await assertResolvesInside(root, p, what);
        else if (st.isDirectory()) {
            for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(p, { withFileTypes: true }))
                if (e.isSymbolicLink())
                    await assertResolvesInside(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(p, e.name), what);
        }
    }
}
/** Every link anywhere under `dir` must resolve inside `root` (a chart, a static or kustomize folder). */
async function assertTreeInside(root, dir, what) {
    await assertResolvesInside(root, dir, what);
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(dir).catch(() => undefined))?.isDirectory())
        return;
    for await (const { path, entry } of (0,_walk_js__WEBPACK_IMPORTED_MODULE_3__/* .walkFiles */ .F)(dir, {
        skip: (e) => e.isDirectory() && e.name === '.git',
        skipUnreadable: true,
    })) {
        if (entry.isSymbolicLink())
            await assertResolvesInside(root, path, what);
    }
}


/***/ }),

/***/ 1584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ removeTempDir),
/* harmony export */   z: () => (/* binding */ removeStaleStaging)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Removes a temporary folder of ours, retrying while something still writes into it (a git that
 * was slow to exit, an antivirus scan). A folder that cannot be removed is reported through `warn`
 * and left: cleanup never turns a step that did its work into a failure.
 */
async function removeTempDir(dir, warn) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true, maxRetries: 6, retryDelay: 100 });
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
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir).catch(() => []);
    for (const name of names) {
        const m = /^\.ringway-staging-(?:(\d+)-)?/.exec(name);
        if (!m)
            continue;
        if (m[1] && alive(Number(m[1])))
            continue;
        await removeTempDir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), warn);
    }
}


/***/ }),

/***/ 8627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ walkFiles),
/* harmony export */   s: () => (/* binding */ walkFilesSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Every entry under `dir` that is not a folder (files, symlinks, others), depth first in the order
 * the file system lists them, with its full path. Folders are entered, never yielded; a symlink is
 * yielded, never followed, so a walk cannot leave the tree or loop.
 */
async function* walkFiles(dir, opts = {}) {
    const entries = opts.skipUnreadable
        ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true }).catch(() => [])
        : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true });
    for (const entry of entries) {
        if (opts.skip?.(entry))
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, entry.name);
        if (entry.isDirectory())
            yield* walkFiles(path, opts);
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
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
    }
    catch (err) {
        if (opts.skipUnreadable)
            return;
        throw err;
    }
    // The names come from the folder: no `..` or doubled `/` to normalise away (join's cost here).
    const base = dir.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? dir : `${dir}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`;
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

/***/ 5009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bZ: () => (/* binding */ pushWithRetries),
/* harmony export */   mt: () => (/* binding */ editAndPush)
/* harmony export */ });
/* unused harmony exports commitAndPush, stripspace */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8115);
/* harmony import */ var _fs_contained_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2729);
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8913);
/* harmony import */ var _fast_import_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2889);






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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`push to branch '${repo.branch}' was rejected ${max} times because others kept pushing; nothing was pushed`);
        }
        const delay = (0,_backoff_js__WEBPACK_IMPORTED_MODULE_5__/* .raceDelay */ .Jd)(Math.max(least, Date.now() - started), attempt);
        opts.log?.(`push rejected: '${repo.branch}' moved on; re-applying on the new tip in ${delay} ms (attempt ${attempt + 1}/${max})`);
        await (0,_backoff_js__WEBPACK_IMPORTED_MODULE_5__/* .sleep */ .yy)(delay);
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
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repo.dir, path);
            // The working copy's folders are the first checkout's: never write through a link out of it.
            await (0,_fs_contained_js__WEBPACK_IMPORTED_MODULE_3__/* .assertResolvesInside */ .yp)(repo.dir, file, opts.where ?? `'${path}'`);
            const at = tip.files.get(path);
            if (!at)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(file, { force: true });
            else {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, at.content);
            }
        }
        await opts.apply();
        const files = [];
        for (const path of opts.files) {
            const now = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repo.dir, path)).catch((e) => {
                if (e.code === 'ENOENT')
                    return undefined;
                throw e;
            });
            const at = tip.files.get(path);
            if (!now) {
                if (at)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`'${path}' was removed by the edit; an edit here only writes files`);
                continue;
            }
            if (!at || !now.equals(at.content))
                files.push({ path, mode: at?.mode ?? '100644', data: now });
        }
        if (!files.length)
            return { changed: false, base: tip.commit, commit: tip.commit, extra: undefined };
        const commit = await (0,_fast_import_js__WEBPACK_IMPORTED_MODULE_4__/* .importCommit */ .T)(repo, { base: tip.commit, message, files });
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


/***/ }),

/***/ 2889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ importCommit)
/* harmony export */ });
/* unused harmony export bulkObjectEnv */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8115);



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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy('git fast-import wrote no commit');
    return sha;
}
const NEWLINE = Buffer.from('\n');
/** Runs one fast-import stream (ended with `done`, so a cut-off stream fails); returns its marks. */
async function runFastImport(repo, parts) {
    const tmp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repo.dir, '.git', 'ringway-import-'));
    const marksFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tmp, 'marks');
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
        for (const line of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(marksFile, 'utf8')).split('\n')) {
            const m = /^:(\d+) ([0-9a-f]{40,64})$/.exec(line);
            if (m)
                marks.set(Number(m[1]), m[2]);
        }
        return marks;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { recursive: true, force: true });
    }
}
/** A path as fast-import reads it: C-quoted when it starts with a quote (line breaks are refused earlier). */
function quotePath(path) {
    if (/[\n\r]/.test(path))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`'${path.replace(/[\n\r]/g, ' ')}': a path with a line break`);
    return path.startsWith('"') ? `"${path.replace(/["\\]/g, '\\$&')}"` : path;
}


/***/ }),

/***/ 5717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ safeRelativePath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8115);


/** A path inside the repository: relative, no `..`; `.` or empty is the root. The step names the input (`withInput`). */
function safeRelativePath(value) {
    const v = value.trim() || '.';
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(v) || /^[a-zA-Z]:[\\/]/.test(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`'${value}' must be relative to the repository root`);
    const n = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.normalize)(v).replace(/\\/g, '/').replace(/\/+$/, '');
    if (n === '..' || n.startsWith('../') || n.split('/').includes('.git')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`'${value}' must stay inside the repository`);
    }
    // Paths follow `--` on every command line; a folder named like an option is still never meant.
    if (n.split('/').some((p) => p.startsWith('-')))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`'${value}' looks like an option (a part starts with '-')`);
    return n || '.';
}


/***/ }),

/***/ 2811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ TrustedHosts),
/* harmony export */   w: () => (/* binding */ hostOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9719);


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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BI: () => (/* binding */ checkRepoInput),
/* harmony export */   DC: () => (/* binding */ checkBranch),
/* harmony export */   GK: () => (/* binding */ checkRepoUrl),
/* harmony export */   Qr: () => (/* binding */ checkOptionalRef),
/* harmony export */   __: () => (/* binding */ checkRef),
/* harmony export */   a_: () => (/* binding */ checkHelmRepoUrl),
/* harmony export */   rA: () => (/* binding */ agreedHost)
/* harmony export */ });
/* unused harmony exports describe, isLoopback, checkOptionalRepoUrl */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8115);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6995);




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

/***/ 1750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SOURCE_TRAILER: () => (/* binding */ SOURCE_TRAILER),
  step: () => (/* binding */ step)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/fs/temp.ts
var temp = __webpack_require__(1584);
// EXTERNAL MODULE: ./lib/git/auth.ts
var auth = __webpack_require__(7023);
// EXTERNAL MODULE: ./lib/git/validate.ts
var validate = __webpack_require__(9719);
// EXTERNAL MODULE: ./lib/git/paths.ts
var paths = __webpack_require__(5717);
// EXTERNAL MODULE: ./lib/git/repo.ts
var git_repo = __webpack_require__(9941);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/fs/walk.ts
var walk = __webpack_require__(8627);
// EXTERNAL MODULE: ./lib/git/fast-import.ts
var fast_import = __webpack_require__(2889);
// EXTERNAL MODULE: ./lib/git/commit-and-push.ts
var commit_and_push = __webpack_require__(5009);
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
            const record = parseRecord(await (0,promises_.readFile)((0,external_node_path_.join)(s.dir, name), 'utf8').catch(() => ''), `${s.dir}/${name}`);
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
        return (await (0,promises_.lstat)(path)).isDirectory();
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
    const { extra: files, ...result } = await (0,commit_and_push/* pushWithRetries */.bZ)(opts, async () => {
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
        const commit = await (0,fast_import/* importCommit */.T)(repo, { base, message: opts.message, remove, files: written });
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
    publish_crypto ??= await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23));
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
        for (const { path, entry } of (0,walk/* walkFilesSync */.s)(source, {
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

// EXTERNAL MODULE: ./lib/steps/types.ts
var types = __webpack_require__(2667);
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
        ...types/* gitInputs */._H,
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
            if ((await (0,promises_.readdir)(source)).length === 0) {
                throw new errors/* UsageError */.eb(`input 'source': folder ${named[i]} is empty; refusing to delete every manifest`, {
                    input: 'source',
                });
            }
        }
        const targetPath = (0,errors/* withInput */.zE)('path', () => (0,paths/* safeRelativePath */.l)(inputs.string('path')));
        // Checked before any network work, so a bad value fails at once with nothing fetched.
        const maxAttempts = inputs.integer('max-attempts', 1);
        const sourceCommit = inputs.string('source-commit') || host.build.commit;
        const message = buildMessage(inputs.string('message') || defaultMessage(sourceCommit, host.build.commitMessage), sourceCommit);
        // Read while the repository is fetched (that waits on the network); a bad source is reported
        // after the fetch, as before, and still before anything is written.
        const read = readSources(sources);
        read.catch(() => undefined);
        const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ringway-manifests-'));
        try {
            const repo = await host.group(`Fetch ${(0,auth/* displayUrl */.Qy)(url)}`, async () => {
                // git's answer names the server; the error adds the input it came from.
                const r = await (0,errors/* withInput */.zE)('manifest-repo', () => git_repo/* GitRepo */.tr.checkout({
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
                        (0,auth/* displayUrl */.Qy)(url),
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
            await (0,temp/* removeTempDir */.C)(work, (l) => host.debug(l));
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


/***/ })

};
;