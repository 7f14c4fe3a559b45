"use strict";
exports.id = 422;
exports.ids = [422];
exports.modules = {

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

/***/ 7023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GK: () => (/* reexport safe */ _validate_js__WEBPACK_IMPORTED_MODULE_3__.GK),
/* harmony export */   Ls: () => (/* binding */ isAzureDevOpsHost),
/* harmony export */   Qy: () => (/* binding */ displayUrl),
/* harmony export */   Y$: () => (/* binding */ gitAuthEnv)
/* harmony export */ });
/* unused harmony export authorizationHeader */
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6995);
/* harmony import */ var _job_token_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3102);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2811);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9719);



/**
 * The Authorization header git sends for a token. GitHub takes Basic `x-access-token:<token>`
 * (what actions/checkout sends); Azure DevOps takes Basic with an empty user and the PAT, or Bearer
 * for System.AccessToken (a JWT). Other servers get Basic `x-access-token:<token>`.
 */
function authorizationHeader(url, token) {
    if (isAzureDevOpsHost((0,_trust_js__WEBPACK_IMPORTED_MODULE_2__/* .hostOf */ .w)(url))) {
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
    token = (0,_job_token_js__WEBPACK_IMPORTED_MODULE_1__/* .tokenFor */ .fn)(url, token);
    if (!token)
        return env;
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl)(token);
    const header = authorizationHeader(url, token);
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl)(header);
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

/***/ 9941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LW: () => (/* binding */ classifyNetworkError),
/* harmony export */   oV: () => (/* binding */ TEMP_CLONE_CONFIG),
/* harmony export */   tr: () => (/* binding */ GitRepo)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8115);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3361);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7023);
/* harmony import */ var _job_token_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3102);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9719);






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
    constructor(dir, url, branch, 
    /** False when the branch does not exist on the remote yet (first push creates it). */
    branchExists, token, identity, depth) {
        this.dir = dir;
        this.url = url;
        this.branch = branch;
        this.branchExists = branchExists;
        this.token = token;
        this.identity = identity;
        this.depth = depth;
    }
    static async checkout(opts) {
        (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .checkRepoUrl */ .GK)(opts.url, 'repository URL');
        const given = opts.branch ? (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .checkBranch */ .DC)(opts.branch, 'branch') : '';
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(opts.dir, { recursive: true });
        await (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m0)('git', ['init', '-q', opts.dir]);
        await (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m0)('git', ['remote', 'add', '--end-of-options', 'origin', opts.url], { cwd: opts.dir });
        const depth = opts.depth ?? 1;
        const probe = new GitRepo(opts.dir, opts.url, '', false, opts.token, opts.identity, depth);
        const branch = given || (await probe.defaultBranch());
        const repo = new GitRepo(opts.dir, opts.url, branch, false, opts.token, opts.identity, depth);
        await repo.syncToRemote();
        return repo;
    }
    /** Runs git in the working copy. `network` adds the auth header and classifies failures. */
    async git(args, opts = {}) {
        const env = {
            ...(opts.network ? (0,_auth_js__WEBPACK_IMPORTED_MODULE_3__/* .gitAuthEnv */ .Y$)(this.url, this.token) : { GIT_TERMINAL_PROMPT: '0' }),
            GIT_AUTHOR_NAME: this.identity.name,
            GIT_AUTHOR_EMAIL: this.identity.email,
            GIT_COMMITTER_NAME: this.identity.name,
            GIT_COMMITTER_EMAIL: this.identity.email,
            // A pipeline has no use for the user's global git config (signing, hooks, helpers).
            GIT_CONFIG_NOSYSTEM: '1',
        };
        try {
            return await (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .exec */ .m0)('git', [
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
                label: `git ${args[0]}`,
                // A server that accepts and never answers must not hang the step.
                ...(opts.network
                    ? { timeout: { ms: (0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .networkTimeoutMs */ .mi)(), service: `git server ${(0,_auth_js__WEBPACK_IMPORTED_MODULE_3__/* .displayUrl */ .Qy)(this.url)}` } }
                    : {}),
            });
        }
        catch (err) {
            if (opts.network && err instanceof _exec_js__WEBPACK_IMPORTED_MODULE_2__/* .ExecError */ .cI)
                throw classifyNetworkError(this.url, err);
            throw err;
        }
    }
    async defaultBranch() {
        const { stdout } = await this.git(['ls-remote', '--symref', '--end-of-options', 'origin', 'HEAD'], {
            network: true,
        });
        const m = /^ref: refs\/heads\/(\S+)\s+HEAD/m.exec(stdout);
        // The server's answer is untrusted: its branch name passes the same rules as an input's.
        return m ? (0,_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .checkRef */ .__)(m[1], `the default branch announced by ${(0,_auth_js__WEBPACK_IMPORTED_MODULE_3__/* .displayUrl */ .Qy)(this.url)}`) : 'main';
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
    /** Makes the working copy exactly the remote branch tip (or an empty orphan branch). */
    async syncToRemote() {
        const fetched = await this.fetchBranch(this.branch, { depth: this.depth, allowFailure: true });
        if (fetched.code === 0) {
            await this.git(['checkout', '-q', '-B', this.branch, `refs/remotes/origin/${this.branch}`]);
            await this.git(['reset', '-q', '--hard', `refs/remotes/origin/${this.branch}`]);
            await this.git(['clean', '-q', '-fdx']);
            this.branchExists = true;
            return;
        }
        if (!/couldn't find remote ref|could not find remote ref/i.test(fetched.stderr)) {
            throw classifyNetworkError(this.url, new _exec_js__WEBPACK_IMPORTED_MODULE_2__/* .ExecError */ .cI('git fetch', fetched));
        }
        this.branchExists = false;
        // A new branch starts from the remote's default branch (as `git checkout -b` after a clone
        // does); only an empty repository gets an orphan branch.
        const base = await this.defaultBranch();
        if (base !== this.branch) {
            const baseFetch = await this.fetchBranch(base, { depth: this.depth, allowFailure: true });
            if (baseFetch.code === 0) {
                await this.git(['checkout', '-q', '-B', this.branch, `refs/remotes/origin/${base}`]);
                await this.git(['reset', '-q', '--hard', `refs/remotes/origin/${base}`]);
                await this.git(['clean', '-q', '-fdx']);
                return;
            }
        }
        const head = await this.git(['rev-parse', '--verify', '-q', 'HEAD'], { allowFailure: true });
        if (head.code === 0) {
            await this.git(['checkout', '-q', '--orphan', `ringway-tmp-${Date.now()}`]);
        }
        await this.git(['checkout', '-q', '--orphan', this.branch], { allowFailure: true });
        await this.git(['rm', '-q', '-rf', '--cached', '--ignore-unmatch', '.']);
        await this.git(['clean', '-q', '-fdx']);
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
    /** Pushes HEAD to the branch. Returns false when the remote rejected it as not fast-forward. */
    async push(targetBranch = this.branch, opts = {}) {
        const args = ['push', '--porcelain', 'origin', `${opts.force ? '+' : ''}HEAD:refs/heads/${targetBranch}`];
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`push to ${(0,_auth_js__WEBPACK_IMPORTED_MODULE_3__/* .displayUrl */ .Qy)(this.url)} was cut off: the server closed the connection (${(0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .lastLines */ .w$)(r.stderr, 1)}); the branch holds its old tip or the whole push, never part of it: run the step again`, { kind: 'unreachable' });
        }
        throw classifyNetworkError(this.url, new _exec_js__WEBPACK_IMPORTED_MODULE_2__/* .ExecError */ .cI('git push', r));
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
    const where = (0,_auth_js__WEBPACK_IMPORTED_MODULE_3__/* .displayUrl */ .Qy)(url);
    // An empty `token` input sent the job's own token: say so, or the user looks at the wrong token.
    const job = (0,_job_token_js__WEBPACK_IMPORTED_MODULE_4__/* .jobTokenNote */ .rt)(url);
    const instead = job ? `: ${job}: set 'token' to a token for ${where}` : undefined;
    if (/Authentication failed|HTTP 401|401 Unauthorized|could not read Username|terminal prompts disabled|invalid credentials/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`authentication to ${where} failed (HTTP 401)${instead ?? ": check the 'token' input"}`, {
            kind: 'unauthorized',
            status: 401,
            input: 'token',
            cause: err,
        });
    }
    if (/HTTP 403|403 Forbidden|Permission to .* denied|permission denied/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`access to ${where} was refused (HTTP 403)${instead ?? ': the token lacks permission for this repository'}`, { kind: 'forbidden', status: 403, ...(instead ? { input: 'token' } : {}), cause: err });
    }
    if (/repository .* not found|not found|does not appear to be a git repository|HTTP 404/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`repository ${where} was not found${instead ? `, or the token cannot see it${instead}` : ': check the URL'}`, { kind: 'not-found', ...(instead ? { input: 'token' } : {}), cause: err });
    }
    if (/Could not resolve host|Connection refused|Failed to connect|timed out|Couldn't connect/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`cannot reach ${where}: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .lastLines */ .w$)(err.result.stderr, 1)}`, {
            kind: 'unreachable',
            cause: err,
        });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${err.label} ${where} failed: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_2__/* .lastLines */ .w$)(err.result.stderr || err.result.stdout, 2)}`, {
        cause: err,
    });
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


/***/ })

};
;