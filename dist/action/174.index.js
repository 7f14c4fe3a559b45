"use strict";
exports.id = 174;
exports.ids = [174];
exports.modules = {

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
    /** Without a working tree: the commit a change starts from ('' for a root commit). */
    base = '';
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
        if (opts.worktree === false)
            await repo.fetchBase();
        else
            await repo.syncToRemote();
        return repo;
    }
    /** Runs git in the working copy. `network` adds the auth header and classifies failures. */
    async git(args, opts = {}) {
        const env = {
            ...opts.env,
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
    /** Fetches `branch`; false when the remote has no such branch (any other failure is an error). */
    async fetchIfExists(branch) {
        const fetched = await this.fetchBranch(branch, { depth: this.depth, allowFailure: true });
        if (fetched.code === 0)
            return true;
        if (!/couldn't find remote ref|could not find remote ref/i.test(fetched.stderr))
            throw classifyNetworkError(this.url, new _exec_js__WEBPACK_IMPORTED_MODULE_2__/* .ExecError */ .cI('git fetch', fetched));
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
        this.base = from
            ? (await this.git(['rev-parse', '--verify', `refs/remotes/origin/${from}^{commit}`])).stdout.trim()
            : '';
        return this.base;
    }
    /** Makes the working copy exactly the remote branch tip (or an empty orphan branch). */
    async syncToRemote() {
        if (await this.fetchIfExists(this.branch)) {
            await this.git(['checkout', '-q', '-B', this.branch, `refs/remotes/origin/${this.branch}`]);
            await this.git(['reset', '-q', '--hard', `refs/remotes/origin/${this.branch}`]);
            await this.git(['clean', '-q', '-fdx']);
            this.branchExists = true;
            return;
        }
        this.branchExists = false;
        // A new branch starts from the remote's default branch (as `git checkout -b` after a clone
        // does); only an empty repository gets an orphan branch.
        const base = await this.defaultBranch();
        if (base !== this.branch) {
            if (await this.fetchIfExists(base)) {
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
    /** Pushes HEAD (or `commit`) to the branch. Returns false when the remote rejected it as not fast-forward. */
    async push(targetBranch = this.branch, opts = {}) {
        const args = [
            'push',
            '--porcelain',
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


/***/ })

};
;