"use strict";
exports.id = 941;
exports.ids = [941];
exports.modules = {

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

/***/ 3102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fn: () => (/* binding */ tokenFor),
/* harmony export */   rt: () => (/* binding */ jobTokenNote)
/* harmony export */ });
/* unused harmony exports jobTokenHosts, registerJobToken, clearJobToken */
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2811);

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
        const h = hostOf(u);
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

/***/ 9941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LW: () => (/* binding */ classifyNetworkError),
/* harmony export */   oV: () => (/* binding */ TEMP_CLONE_CONFIG),
/* harmony export */   tr: () => (/* binding */ GitRepo)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8115);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3361);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7023);
/* harmony import */ var _job_token_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3102);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9719);







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
        (0,_validate_js__WEBPACK_IMPORTED_MODULE_6__/* .checkRepoUrl */ .GK)(opts.url, 'repository URL');
        const given = opts.branch ? (0,_validate_js__WEBPACK_IMPORTED_MODULE_6__/* .checkBranch */ .DC)(opts.branch, 'branch') : '';
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(opts.dir, { recursive: true });
        const depth = opts.depth ?? 1;
        const cloned = await GitRepo.clone(opts, given, depth);
        if (cloned instanceof GitRepo)
            return cloned;
        // The clone kept (without a working tree) when the remote's HEAD names no commit: it is an
        // initialized repository with its remote, and ls-remote would find no default branch either.
        if (cloned !== 'unborn') {
            await (0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .exec */ .m0)('git', ['init', '-q', opts.dir]);
            await (0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .exec */ .m0)('git', ['remote', 'add', '--end-of-options', 'origin', opts.url], { cwd: opts.dir });
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
            throw classifyNetworkError(opts.url, new _exec_js__WEBPACK_IMPORTED_MODULE_3__/* .ExecError */ .cI('git clone', cloned));
        // An empty repository clones with no commit: HEAD does not resolve.
        const head = cloned.code === 0 ? await probe.readHead() : undefined;
        const { commit, ref } = head ?? {};
        if (!commit || !ref?.startsWith('refs/heads/') || (given && ref !== `refs/heads/${given}`)) {
            if (bare && cloned.code === 0 && !commit)
                return 'unborn';
            for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(opts.dir))
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(opts.dir, name), { recursive: true, force: true });
            return undefined;
        }
        // The server's answer is untrusted: its branch name passes the same rules as an input's.
        const branch = given || (0,_validate_js__WEBPACK_IMPORTED_MODULE_6__/* .checkRef */ .__)(ref.slice('refs/heads/'.length), `the default branch announced by ${(0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .displayUrl */ .Qy)(opts.url)}`);
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
        const text = (path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, '.git', path), 'utf8').then((s) => s, () => '');
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
            ...(opts.network ? (0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .gitAuthEnv */ .Y$)(this.url, this.token) : { GIT_TERMINAL_PROMPT: '0' }),
            GIT_AUTHOR_NAME: this.identity.name,
            GIT_AUTHOR_EMAIL: this.identity.email,
            GIT_COMMITTER_NAME: this.identity.name,
            GIT_COMMITTER_EMAIL: this.identity.email,
            // A pipeline has no use for the user's global git config (signing, hooks, helpers).
            GIT_CONFIG_NOSYSTEM: '1',
        };
        try {
            return await (0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .exec */ .m0)('git', [
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
                    ? { timeout: { ms: (0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .networkTimeoutMs */ .mi)(), service: `git server ${(0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .displayUrl */ .Qy)(this.url)}` } }
                    : {}),
            });
        }
        catch (err) {
            if (opts.network && err instanceof _exec_js__WEBPACK_IMPORTED_MODULE_3__/* .ExecError */ .cI)
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
        return m ? (0,_validate_js__WEBPACK_IMPORTED_MODULE_6__/* .checkRef */ .__)(m[1], `the default branch announced by ${(0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .displayUrl */ .Qy)(this.url)}`) : FALLBACK_BRANCH;
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
            throw classifyNetworkError(this.url, new _exec_js__WEBPACK_IMPORTED_MODULE_3__/* .ExecError */ .cI('git fetch', fetched));
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
        const m = /^([0-9a-f]{40}|[0-9a-f]{64})\t/.exec(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, '.git', 'FETCH_HEAD'), 'utf8'));
        if (!m)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`git fetch from ${(0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .displayUrl */ .Qy)(this.url)} recorded no commit`);
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
            throw classifyNetworkError(this.url, new _exec_js__WEBPACK_IMPORTED_MODULE_3__/* .ExecError */ .cI('git fetch', fetched));
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`push to ${(0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .displayUrl */ .Qy)(this.url)} was cut off: the server closed the connection (${(0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .lastLines */ .w$)(r.stderr, 1)}); the branch holds its old tip or the whole push, never part of it: run the step again`, { kind: 'unreachable' });
        }
        throw classifyNetworkError(this.url, new _exec_js__WEBPACK_IMPORTED_MODULE_3__/* .ExecError */ .cI('git push', r));
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
    const where = (0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .displayUrl */ .Qy)(url);
    // An empty `token` input sent the job's own token: say so, or the user looks at the wrong token.
    const job = (0,_job_token_js__WEBPACK_IMPORTED_MODULE_5__/* .jobTokenNote */ .rt)(url);
    const instead = job ? `: ${job}: set 'token' to a token for ${where}` : undefined;
    if (/Authentication failed|HTTP 401|401 Unauthorized|could not read Username|terminal prompts disabled|invalid credentials/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`authentication to ${where} failed (HTTP 401)${instead ?? ": check the 'token' input"}`, {
            kind: 'unauthorized',
            status: 401,
            input: 'token',
            cause: err,
        });
    }
    if (/HTTP 403|403 Forbidden|Permission to .* denied|permission denied/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`access to ${where} was refused (HTTP 403)${instead ?? ': the token lacks permission for this repository'}`, { kind: 'forbidden', status: 403, ...(instead ? { input: 'token' } : {}), cause: err });
    }
    if (/repository .* not found|not found|does not appear to be a git repository|HTTP 404/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`repository ${where} was not found${instead ? `, or the token cannot see it${instead}` : ': check the URL'}`, { kind: 'not-found', ...(instead ? { input: 'token' } : {}), cause: err });
    }
    if (/Could not resolve host|Connection refused|Failed to connect|timed out|Couldn't connect/i.test(text)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`cannot reach ${where}: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .lastLines */ .w$)(err.result.stderr, 1)}`, {
            kind: 'unreachable',
            cause: err,
        });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${err.label} ${where} failed: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .lastLines */ .w$)(err.result.stderr || err.result.stdout, 2)}`, {
        cause: err,
    });
}


/***/ })

};
;