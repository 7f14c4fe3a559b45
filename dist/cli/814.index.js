"use strict";
exports.id = 814;
exports.ids = [814,361];
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

/***/ 8627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ walkFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Every entry under `dir` that is not a folder (files, symlinks, others), depth first in the order
 * the file system lists them, with its full path. Folders are entered, never yielded; a symlink is
 * yielded, never followed, so a walk cannot leave the tree or loop.
 */
async function* walkFiles(dir, opts = {}) {
    const entries = opts.skipUnreadable
        ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true }).catch(() => [])
        : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    for (const entry of entries) {
        if (opts.skip?.(entry))
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
        if (entry.isDirectory())
            yield* walkFiles(path, opts);
        else
            yield { path, entry };
    }
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

/***/ 9174:
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
// EXTERNAL MODULE: ./lib/fs/walk.ts
var walk = __webpack_require__(8627);
// EXTERNAL MODULE: ./lib/git/backoff.ts
var backoff = __webpack_require__(8913);
;// CONCATENATED MODULE: ./lib/manifests/publish.ts





const REMOVE = `0 ${'0'.repeat(40)}\t`;
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
 * Publishes `source` as the target path of the branch without a working tree: the files are
 * hashed into the repository once, the new tree is the base commit's tree with the target path
 * replaced in a private index (entries kept by `keep` stay), and a commit is pushed. A rejected
 * push fetches the new tip and rebuilds only the index on it, the blobs already written; nothing
 * is checked out or compared on disk, which a push of thousands of files spent its time on.
 * The same result as mirroring the files into a checkout and `git add -A` (test/manifests/publish.test.ts
 * compares the two on seeded random trees).
 */
async function publishTree(opts) {
    const { repo } = opts;
    const files = await hashSource(repo, opts.source);
    // Only staging or empty folders (a generate killed before it moved its output): publishing that
    // would delete every manifest, as an empty source folder would.
    if (!files.length)
        throw new errors/* RingwayError */.Sy(`input 'source': folder ${opts.source} holds no files to publish; refusing to delete every manifest`, { input: 'source', kind: 'usage' });
    const prefix = opts.targetPath === '.' ? '' : `${opts.targetPath.split(external_node_path_.sep).join('/')}/`;
    const keepers = opts.keep.map(globToRegExp);
    const max = opts.maxAttempts ?? 8;
    const tmp = await (0,promises_.mkdtemp)((0,external_node_path_.join)(repo.dir, '.git', 'ringway-index-'));
    const env = { GIT_INDEX_FILE: (0,external_node_path_.join)(tmp, 'index') };
    try {
        for (let attempt = 1;; attempt++) {
            const base = repo.base;
            await assertFolderPath(repo, base, prefix);
            await repo.git(base ? ['read-tree', base] : ['read-tree', '--empty'], { env });
            await repo.git(['update-index', '-z', '--index-info'], {
                env,
                input: await indexChanges(repo, env, prefix, files, keepers),
            });
            const tree = (await repo.git(['write-tree'], { env })).stdout.trim();
            const baseTree = base ? (await repo.git(['rev-parse', `${base}^{tree}`])).stdout.trim() : '';
            const changed = tree !== baseTree;
            // Nothing to commit: done, unless the branch is new and has a base commit to start it from.
            if (!changed && (repo.branchExists || !base))
                return { changed: false, commit: base, pushed: false, attempts: attempt, files: [] };
            const commit = changed
                ? (await repo.git(['commit-tree', tree, ...(base ? ['-p', base] : []), '-F', '-'], { input: opts.message })).stdout.trim()
                : base;
            const changes = changed ? await changedFiles(repo, commit) : [];
            if (opts.dryRun)
                return { changed: true, commit, pushed: false, attempts: attempt, files: changes };
            if (await repo.push(repo.branch, { commit })) {
                repo.branchExists = true;
                return { changed: true, commit, pushed: true, attempts: attempt, files: changes };
            }
            if (attempt >= max)
                throw new errors/* RingwayError */.Sy(`push to branch '${repo.branch}' was rejected ${max} times because others kept pushing; nothing was pushed`);
            const delay = (0,backoff/* backoffDelay */.EY)(opts.baseDelayMs ?? 250, attempt);
            opts.log?.(`push rejected: '${repo.branch}' moved on; re-applying on the new tip in ${delay} ms (attempt ${attempt + 1}/${max})`);
            await (0,backoff/* sleep */.yy)(delay);
            await repo.fetchBase();
        }
    }
    finally {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
    }
}
/** Every file of the source, written into the repository as a blob (bytes as they are). */
async function hashSource(repo, source) {
    const found = [];
    for await (const { path, entry } of (0,walk/* walkFiles */.F)(source, {
        skip: (e) => e.name === '.git' || STAGING.test(e.name),
    })) {
        const rel = (0,external_node_path_.relative)(source, path);
        if (entry.isSymbolicLink())
            throw new errors/* RingwayError */.Sy(`source '${rel}' is a symbolic link; manifests must be plain files`);
        if (!entry.isFile())
            throw new errors/* RingwayError */.Sy(`source '${rel}' is not a regular file`);
        // --stdin-paths reads one path per line.
        if (/[\n\r]/.test(path))
            throw new errors/* RingwayError */.Sy(`source '${rel}': a file name with a line break cannot be published`);
        found.push({
            path: rel.split(external_node_path_.sep).join('/'),
            full: path,
            mode: ((await (0,promises_.lstat)(path)).mode & 0o111) !== 0 ? '100755' : '100644',
        });
    }
    if (!found.length)
        return [];
    const { stdout } = await repo.git(['hash-object', '-w', '--no-filters', '--stdin-paths'], {
        input: `${found.map((f) => f.full).join('\n')}\n`,
    });
    const blobs = stdout.split('\n').filter(Boolean);
    if (blobs.length !== found.length)
        throw new errors/* RingwayError */.Sy(`git hash-object wrote ${blobs.length} of ${found.length} files`);
    return found.map((f, i) => ({ path: f.path, mode: f.mode, blob: blobs[i] }));
}
/**
 * `update-index --index-info` input: every entry below the target path removed unless its first
 * name there is kept, then every source file added.
 */
async function indexChanges(repo, env, prefix, files, keepers) {
    const listed = await repo.git(['ls-files', '-z', '--', prefix || '.'], { env });
    // `keep` spares what the source does not bring: a kept name the source has is mirrored like the rest.
    const sourceTops = new Set(files.map((f) => f.path.split('/')[0]));
    const out = [];
    for (const path of listed.stdout.split('\0').filter(Boolean)) {
        const rel = path.slice(prefix.length);
        const top = rel.split('/')[0];
        const kept = !STAGING.test(top) && !sourceTops.has(top) && keepers.some((re) => re.test(top));
        if (!kept)
            out.push(`${REMOVE}${path}`);
    }
    for (const f of files)
        out.push(`${f.mode} ${f.blob}\t${prefix}${f.path}`);
    return out.map((l) => `${l}\0`).join('');
}
/**
 * Each folder of the target path must be a folder in the base commit, or absent: a committed link
 * there is refused (as in a checkout, ringway never follows links out of it), and a file is too.
 */
async function assertFolderPath(repo, base, prefix) {
    if (!base || !prefix)
        return;
    const parts = prefix.slice(0, -1).split('/');
    for (let i = 1; i <= parts.length; i++) {
        const at = parts.slice(0, i).join('/');
        const r = await repo.git(['ls-tree', '-z', base, '--', at]);
        const [meta] = r.stdout.split('\t');
        if (!meta)
            return;
        const [mode] = meta.split(' ');
        if (mode === '120000')
            throw new errors/* RingwayError */.Sy(`input 'path': '${at}' is a symbolic link in the repository; ringway does not follow links out of a checkout`, { input: 'path' });
        if (mode !== '040000')
            throw new errors/* RingwayError */.Sy(`input 'path': '${at}' is a file in the repository, not a folder`, { input: 'path' });
    }
}
async function changedFiles(repo, commit) {
    const r = await repo.git(['diff-tree', '-r', '--root', '--no-renames', '--name-status', '--no-commit-id', commit]);
    return r.stdout.split('\n').filter(Boolean);
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
        { name: 'source', description: 'Folder of generated manifests to publish', default: 'generated', path: true },
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
        const source = (0,external_node_path_.resolve)(inputs.string('source'));
        if (!(await isDirectory(source)))
            throw new errors/* UsageError */.eb(`input 'source': folder ${inputs.string('source')} does not exist`, { input: 'source' });
        if ((await (0,promises_.readdir)(source)).length === 0) {
            throw new errors/* UsageError */.eb(`input 'source': folder ${inputs.string('source')} is empty; refusing to delete every manifest`, { input: 'source' });
        }
        const targetPath = (0,errors/* withInput */.zE)('path', () => (0,paths/* safeRelativePath */.l)(inputs.string('path')));
        // Checked before any network work, so a bad value fails at once with nothing fetched.
        const maxAttempts = inputs.integer('max-attempts', 1);
        const sourceCommit = inputs.string('source-commit') || host.build.commit;
        const message = buildMessage(inputs.string('message') || defaultMessage(sourceCommit, host.build.commitMessage), sourceCommit);
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
            const result = await host.group(`Publish ${inputs.string('source')} to ${repo.branch}:${targetPath}`, async () => {
                const result = await publishTree({
                    repo,
                    source,
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