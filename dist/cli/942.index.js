"use strict";
exports.id = 942;
exports.ids = [942,361];
exports.modules = {

/***/ 3361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cI: () => (/* binding */ ExecError),
/* harmony export */   m0: () => (/* binding */ exec),
/* harmony export */   mi: () => (/* binding */ networkTimeoutMs),
/* harmony export */   q9: () => (/* binding */ noAnswerError),
/* harmony export */   s: () => (/* binding */ setNetworkTimeout),
/* harmony export */   w$: () => (/* binding */ lastLines)
/* harmony export */ });
/* unused harmony exports SCRUBBED_ENV, childEnv */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6995);


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
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(service)} did not answer within ${formatSeconds(ms)} (input 'timeout')`, {
        kind: 'timeout',
        input: 'timeout',
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
        // With a timeout the child leads its own process group, so git's helpers die with it.
        const child = spawn(cmd, args, {
            cwd: opts.cwd,
            env,
            stdio: ['pipe', 'pipe', 'pipe'],
            detached: Boolean(opts.timeout),
        });
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
        const streams = [
            lineSplitter(opts.onLine, new StringDecoder('utf8')),
            lineSplitter(opts.onLine, new StringDecoder('utf8')),
        ];
        child.stdout.on('data', (d) => (out.push(d), streams[0].push(d)));
        child.stderr.on('data', (d) => (err.push(d), streams[1].push(d)));
        child.on('error', (e) => {
            if (timer)
                clearTimeout(timer);
            if (e.code === 'ENOENT')
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${cmd} is not installed or not on PATH`));
            else
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${opts.label ?? cmd}: ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(e.message)}`));
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
class ExecError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy {
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
    const lines = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(text)
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
/* harmony export */   wG: () => (/* binding */ assertNoLinkOnPath),
/* harmony export */   yp: () => (/* binding */ assertResolvesInside)
/* harmony export */ });
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
        p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(p, part);
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(p).catch(() => undefined);
        if (!st)
            return;
        if (st.isSymbolicLink())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${what}: '${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, p)}' is a symbolic link in the repository; ringway does not follow links out of a checkout`);
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

/***/ 8913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
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
 * The test seam for the waits above: tests that race 20 pipelines in-process call it with a
 * factor in (0, 1] so the suite does not spend its time asleep. It only shortens the waits (the
 * attempts, the jitter and every outcome stay the product's); the product never calls it.
 */
function shortenBackoff(factor) {
    if (!(factor > 0 && factor <= 1))
        throw new RangeError(`shortenBackoff: factor must be in (0, 1], got ${factor}`);
    scale = factor;
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}


/***/ }),

/***/ 5009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ commitAndPush)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8913);


/**
 * Apply → commit → push, and when another pipeline pushed first: fetch the new tip, apply the
 * change again on it, and retry after a jittered backoff, a bounded number of times. Re-applying
 * (rather than rebasing) means two edits to one file never conflict and none is lost.
 */
async function commitAndPush(opts) {
    const max = opts.maxAttempts ?? 8;
    const base = opts.baseDelayMs ?? 250;
    for (let attempt = 1;; attempt++) {
        await opts.apply();
        const changed = await opts.repo.stage(opts.paths);
        const tip = await opts.repo.head();
        // Nothing to commit: done, unless the branch is new and has a base commit to start it from.
        if (!changed && (opts.repo.branchExists || !tip))
            return { changed: false, commit: tip, attempts: attempt, pushed: false };
        const commit = changed ? await opts.repo.commit(opts.message) : tip;
        if (opts.dryRun)
            return { changed: true, commit, attempts: attempt, pushed: false };
        if (await opts.repo.push()) {
            opts.repo.branchExists = true;
            return { changed: true, commit, attempts: attempt, pushed: true };
        }
        if (attempt >= max) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`push to branch '${opts.repo.branch}' was rejected ${max} times because others kept pushing; nothing was pushed`);
        }
        const delay = (0,_backoff_js__WEBPACK_IMPORTED_MODULE_1__/* .backoffDelay */ .EY)(base, attempt);
        opts.log?.(`push rejected: '${opts.repo.branch}' moved on; re-applying on the new tip in ${delay} ms (attempt ${attempt + 1}/${max})`);
        await (0,_backoff_js__WEBPACK_IMPORTED_MODULE_1__/* .sleep */ .yy)(delay);
        await opts.repo.syncToRemote();
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

/***/ 4422:
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
// EXTERNAL MODULE: ./lib/fs/contained.ts
var contained = __webpack_require__(2729);
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
// EXTERNAL MODULE: ./lib/git/commit-and-push.ts
var commit_and_push = __webpack_require__(5009);
// EXTERNAL MODULE: ./lib/fs/walk.ts
var walk = __webpack_require__(8627);
;// CONCATENATED MODULE: ./lib/manifests/mirror.ts




/**
 * Makes `target` an exact copy of `source`: files added, changed, and deleted when they are no
 * longer in the source. Top-level entries of `target` whose names match `keep` are left alone
 * (`.git` always is). Symlinks in the source are refused: a manifest repo holds plain files.
 * Files whose content and mode already match are not rewritten, so git need not rehash them.
 */
/**
 * generate's staging folders (`.ringway-staging-*`): a killed generate can leave one in its output.
 * Never published, and removed from the target even when `keep` matches dotfiles.
 */
const STAGING = /^\.ringway-staging-/;
async function mirrorTree(source, target, keep = []) {
    await assertPlainTree(source);
    await (0,promises_.mkdir)(target, { recursive: true });
    const keepers = ['.git', ...keep].map(globToRegExp);
    await syncDir(source, target, (name) => !STAGING.test(name) && keepers.some((re) => re.test(name)));
}
async function syncDir(src, dst, kept) {
    const wanted = new Map((await (0,promises_.readdir)(src, { withFileTypes: true }))
        .filter((e) => e.name !== '.git' && !STAGING.test(e.name))
        .map((e) => [e.name, e]));
    for (const existing of await (0,promises_.readdir)(dst, { withFileTypes: true })) {
        if (kept(existing.name))
            continue;
        const w = wanted.get(existing.name);
        const sameKind = w && (w.isDirectory() ? existing.isDirectory() : existing.isFile());
        if (!sameKind)
            await (0,promises_.rm)((0,external_node_path_.join)(dst, existing.name), { recursive: true, force: true });
    }
    const files = [...wanted].filter(([, e]) => !e.isDirectory()).map(([name]) => name);
    // Files of one folder in parallel, in slices to bound open file handles.
    for (let i = 0; i < files.length; i += 64) {
        await Promise.all(files.slice(i, i + 64).map((name) => syncFile((0,external_node_path_.join)(src, name), (0,external_node_path_.join)(dst, name))));
    }
    for (const [name, entry] of wanted) {
        if (!entry.isDirectory())
            continue;
        await (0,promises_.mkdir)((0,external_node_path_.join)(dst, name), { recursive: true });
        await syncDir((0,external_node_path_.join)(src, name), (0,external_node_path_.join)(dst, name), () => false);
    }
}
async function syncFile(src, dst) {
    const [content, srcStat] = await Promise.all([(0,promises_.readFile)(src), (0,promises_.lstat)(src)]);
    const dstStat = await (0,promises_.lstat)(dst).catch(() => undefined);
    if (dstStat && dstStat.size === content.length && (await (0,promises_.readFile)(dst)).equals(content)) {
        if ((dstStat.mode & 0o111) !== (srcStat.mode & 0o111))
            await (0,promises_.chmod)(dst, srcStat.mode & 0o777);
        return;
    }
    await (0,promises_.writeFile)(dst, content, { mode: srcStat.mode & 0o777 });
    await (0,promises_.chmod)(dst, srcStat.mode & 0o777);
}
async function assertPlainTree(root) {
    for await (const { path, entry } of (0,walk/* walkFiles */.F)(root, { skip: (e) => STAGING.test(e.name) })) {
        if (entry.isSymbolicLink())
            throw new errors/* RingwayError */.Sy(`source '${(0,external_node_path_.relative)(root, path)}' is a symbolic link; manifests must be plain files`);
        if (!entry.isFile())
            throw new errors/* RingwayError */.Sy(`source '${(0,external_node_path_.relative)(root, path)}' is not a regular file`);
    }
}
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
        { name: 'source', description: 'Folder of generated manifests to publish', default: 'generated' },
        { name: 'manifest-repo', description: 'URL of the manifest repository', required: true },
        { name: 'branch', description: "Branch of the manifest repository; empty = the repository's default branch" },
        {
            name: 'path',
            description: 'Folder inside the manifest repository to replace; default the repository root (one folder per environment, as Bedrock lays it out)',
            default: '.',
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
                }));
                host.info(r.branchExists
                    ? `fetched ${r.branch} at ${await r.head()}`
                    : `branch ${r.branch} does not exist yet: the push creates it`);
                return r;
            });
            const target = (0,external_node_path_.join)(work, targetPath);
            // The group holds its outcome too: what was pushed, or why nothing was.
            const { result, files } = await host.group(`Publish ${inputs.string('source')} to ${repo.branch}:${targetPath}`, async () => {
                const result = await (0,commit_and_push/* commitAndPush */.t)({
                    repo,
                    apply: async () => {
                        // A committed link at (or above) the target path would make the mirror delete and write
                        // wherever it points: refused before anything is touched, dry-run included.
                        await (0,contained/* assertNoLinkOnPath */.wG)(work, targetPath, "input 'path'");
                        await mirrorTree(source, target, inputs.list('keep'));
                    },
                    paths: [targetPath],
                    message,
                    dryRun: inputs.boolean('dry-run'),
                    maxAttempts,
                    log: (l) => host.info(l),
                });
                const files = result.changed ? await repo.changedFiles() : [];
                if (!result.changed)
                    host.info(`manifests in ${repo.branch}:${targetPath} are already up to date; nothing to commit`);
                else if (!result.pushed)
                    host.info(`dry run: commit ${result.commit} was not pushed`);
                else
                    host.info(`pushed ${result.commit} to ${repo.branch} (${files.length} files changed)`);
                return { result, files };
            });
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
/* harmony export */   _H: () => (/* binding */ gitInputs),
/* harmony export */   sR: () => (/* binding */ timeoutInput)
/* harmony export */ });
/* unused harmony export JOB_TOKEN_INPUT */
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
];


/***/ })

};
;