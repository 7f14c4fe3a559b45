import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./lib/errors.ts
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
function errorMessage(err) {
    if (err instanceof Error)
        return err.message;
    return String(err);
}

;// CONCATENATED MODULE: ./lib/secrets.ts
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

;// CONCATENATED MODULE: ./lib/steps/inputs.ts


function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
function envName(name) {
    return `RINGWAY_${name.replace(/-/g, '_').toUpperCase()}`;
}
const TRUE = new Set(['true', 'yes', 'y', 'on', '1']);
const FALSE = new Set(['false', 'no', 'n', 'off', '0']);
/**
 * Resolved, validated input values of one step run. Getters are typed by kind; asking for an
 * input the step does not declare is a programming error and throws.
 */
class Inputs {
    defs;
    values;
    constructor(defs, values) {
        this.defs = defs;
        this.values = values;
    }
    static resolve(step, source, env = process.env) {
        const defs = new Map(step.inputs.map((d) => [d.name, d]));
        const values = new Map();
        for (const def of step.inputs) {
            let raw = source(def);
            if (raw === undefined || raw === '')
                raw = env[envName(def.name)];
            if (raw === undefined || raw === '')
                raw = def.default;
            if (raw === undefined || raw === '') {
                if (def.required)
                    throw new UsageError(`input '${def.name}' is required`);
                continue;
            }
            if (def.secret)
                registerSecret(raw.trim());
            const kind = def.kind ?? 'string';
            if (kind === 'boolean') {
                const v = raw.trim().toLowerCase();
                if (!TRUE.has(v) && !FALSE.has(v)) {
                    throw new UsageError(`input '${def.name}' must be true or false, got '${raw}'`);
                }
            }
            if (def.options && !def.options.includes(raw.trim())) {
                throw new UsageError(`input '${def.name}' must be one of ${def.options.join(', ')}, got '${raw.trim()}'`);
            }
            values.set(def.name, kind === 'multiline' ? raw : raw.trim());
        }
        return new Inputs(defs, values);
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
            throw new UsageError(`input '${name}' is required`);
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
            throw new UsageError(`input '${name}' must be an integer ≥ ${min}, got '${v}'`);
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
        for (const def of step.inputs)
            if (def.secret && inputs.has(def.name))
                host.setSecret(inputs.string(def.name));
        const outputs = await step.run(inputs, host);
        for (const name of Object.keys(outputs)) {
            if (!step.outputs.some((o) => o.name === name))
                throw new Error(`step ${step.name} returned undeclared output '${name}'`);
        }
        return { ok: true, outputs };
    }
    catch (err) {
        const message = redact(err instanceof RingwayError ? err.message : `${step.name}: ${errorMessage(err)}`);
        if (!(err instanceof RingwayError) && err instanceof Error && err.stack)
            host.debug(redact(err.stack));
        return { ok: false, message: firstLine(message), usage: err instanceof UsageError };
    }
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
/** A plain-text table for terminals; column widths from the longest cell. */
function textTable(rows) {
    if (rows.length === 0)
        return '';
    const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
    const fmt = (r) => r.map((c, i) => (c ?? '').padEnd(widths[i])).join('  ').trimEnd();
    return [fmt(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(fmt)].join('\n');
}

;// CONCATENATED MODULE: ./lib/hosts/cli.ts



/**
 * The terminal: logs and summaries go to stderr so that stdout carries only the outputs
 * (`name=value` lines, or one JSON object with --json) for scripts to read.
 */
class CliHost {
    opts;
    kind = 'cli';
    build = readBuildMetadata();
    depth = 0;
    constructor(opts = {}) {
        this.opts = opts;
    }
    write(line) {
        process.stderr.write(`${'  '.repeat(this.depth)}${redact(line)}\n`);
    }
    info(message) {
        if (!this.opts.quiet)
            this.write(message);
    }
    warning(message) {
        this.write(`warning: ${message}`);
    }
    debug(message) {
        if (this.opts.verbose || process.env.RUNNER_DEBUG === '1')
            this.write(`debug: ${message}`);
    }
    async group(name, fn) {
        this.info(`▸ ${name}`);
        this.depth++;
        try {
            return await fn();
        }
        finally {
            this.depth--;
        }
    }
    setSecret(value) {
        registerSecret(value);
    }
    async summary(table) {
        if (this.opts.quiet)
            return;
        process.stderr.write(redact(`\n${table.title}\n${textTable(table.rows)}\n${(table.notes ?? []).join('\n')}\n`));
    }
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./lib/git/auth.ts


/**
 * The Authorization header git sends for a token. GitHub takes Basic `x-access-token:<token>`
 * (what actions/checkout sends); Azure DevOps takes Basic with an empty user and the PAT, or Bearer
 * for System.AccessToken (a JWT). Other servers get Basic `x-access-token:<token>`.
 */
function authorizationHeader(url, token) {
    const host = hostOf(url);
    if (/(^|\.)dev\.azure\.com$|\.visualstudio\.com$/i.test(host)) {
        if (/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(token))
            return `AUTHORIZATION: bearer ${token}`;
        return `AUTHORIZATION: basic ${Buffer.from(`:${token}`).toString('base64')}`;
    }
    return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
}
/**
 * Environment that makes one git command send the token. `GIT_CONFIG_COUNT/KEY/VALUE` is the
 * environment form of `git -c http.extraheader=…`: same scope (this command only, never written to
 * .git/config) but not visible in the process list, where `-c` arguments are.
 */
function gitAuthEnv(url, token, base = process.env) {
    const env = { GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' };
    if (!token)
        return env;
    registerSecret(token);
    const header = authorizationHeader(url, token);
    registerSecret(header);
    const n = Number(base.GIT_CONFIG_COUNT ?? '0') || 0;
    env.GIT_CONFIG_COUNT = String(n + 1);
    env[`GIT_CONFIG_KEY_${n}`] = 'http.extraheader';
    env[`GIT_CONFIG_VALUE_${n}`] = header;
    return env;
}
function hostOf(url) {
    try {
        return new URL(url).hostname;
    }
    catch {
        return '';
    }
}
/**
 * Rejects repository URLs that carry credentials: git would store them in .git/config and print
 * them in errors. The token input is the one way to authenticate.
 */
function checkRepoUrl(url, inputName) {
    const trimmed = url.trim();
    if (!trimmed)
        throw new UsageError(`input '${inputName}' is required`);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
        let parsed;
        try {
            parsed = new URL(trimmed);
        }
        catch {
            throw new UsageError(`input '${inputName}' is not a valid URL`);
        }
        if (parsed.password || (parsed.username && /^https?:$/.test(parsed.protocol))) {
            registerSecret(decodeURIComponent(parsed.password));
            registerSecret(decodeURIComponent(parsed.username));
            throw new UsageError(`input '${inputName}' must not contain credentials; pass the token in the 'token' input`);
        }
    }
    return trimmed;
}
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

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./lib/exec.ts



/**
 * Runs a program without a shell and captures its output. Not @actions/exec: that one echoes the
 * full command line to stdout, which would print arguments we keep out of logs, and pulls GitHub
 * formatting into the CLI and Azure surfaces.
 */
function exec(cmd, args, opts = {}) {
    return new Promise((resolve, reject) => {
        const env = { ...process.env };
        for (const [k, v] of Object.entries(opts.env ?? {})) {
            if (v === undefined)
                delete env[k];
            else
                env[k] = v;
        }
        const child = (0,external_node_child_process_namespaceObject.spawn)(cmd, args, { cwd: opts.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.on('data', (d) => err.push(d));
        child.on('error', (e) => {
            if (e.code === 'ENOENT')
                reject(new RingwayError(`${cmd} is not installed or not on PATH`));
            else
                reject(new RingwayError(`${opts.label ?? cmd}: ${redact(e.message)}`));
        });
        child.on('close', (code, signal) => {
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
/** A failed command; the message carries the last meaningful stderr line, redacted. */
class ExecError extends RingwayError {
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
    const lines = redact(text)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    return lines.slice(-n).join(' | ') || 'no output';
}

;// CONCATENATED MODULE: ./lib/git/repo.ts




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
        await (0,promises_namespaceObject.mkdir)(opts.dir, { recursive: true });
        await exec('git', ['init', '-q', opts.dir]);
        await exec('git', ['remote', 'add', 'origin', opts.url], { cwd: opts.dir });
        const depth = opts.depth ?? 1;
        const probe = new GitRepo(opts.dir, opts.url, '', false, opts.token, opts.identity, depth);
        const branch = opts.branch || (await probe.defaultBranch());
        const repo = new GitRepo(opts.dir, opts.url, branch, false, opts.token, opts.identity, depth);
        await repo.syncToRemote();
        return repo;
    }
    /** Runs git in the working copy. `network` adds the auth header and classifies failures. */
    async git(args, opts = {}) {
        const env = {
            ...(opts.network ? gitAuthEnv(this.url, this.token) : { GIT_TERMINAL_PROMPT: '0' }),
            GIT_AUTHOR_NAME: this.identity.name,
            GIT_AUTHOR_EMAIL: this.identity.email,
            GIT_COMMITTER_NAME: this.identity.name,
            GIT_COMMITTER_EMAIL: this.identity.email,
            // A pipeline has no use for the user's global git config (signing, hooks, helpers).
            GIT_CONFIG_NOSYSTEM: '1',
        };
        try {
            return await exec('git', ['-c', 'credential.helper=', '-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgsign=false', ...args], {
                cwd: this.dir,
                env,
                input: opts.input,
                allowFailure: opts.allowFailure,
                label: `git ${args[0]}`,
            });
        }
        catch (err) {
            if (opts.network && err instanceof ExecError)
                throw classifyNetworkError(this.url, err);
            throw err;
        }
    }
    async defaultBranch() {
        const { stdout } = await this.git(['ls-remote', '--symref', 'origin', 'HEAD'], { network: true });
        const m = /^ref: refs\/heads\/(\S+)\s+HEAD/m.exec(stdout);
        return m ? m[1] : 'main';
    }
    /** Makes the working copy exactly the remote branch tip (or an empty orphan branch). */
    async syncToRemote() {
        const fetched = await this.git(['fetch', '-q', '--no-tags', `--depth=${this.depth}`, 'origin', `+refs/heads/${this.branch}:refs/remotes/origin/${this.branch}`], { network: true, allowFailure: true });
        if (fetched.code === 0) {
            await this.git(['checkout', '-q', '-B', this.branch, `refs/remotes/origin/${this.branch}`]);
            await this.git(['reset', '-q', '--hard', `refs/remotes/origin/${this.branch}`]);
            await this.git(['clean', '-q', '-fdx']);
            this.branchExists = true;
            return;
        }
        if (!/couldn't find remote ref|could not find remote ref/i.test(fetched.stderr)) {
            throw classifyNetworkError(this.url, new ExecError('git fetch', fetched));
        }
        this.branchExists = false;
        // A new branch starts from the remote's default branch (as `git checkout -b` after a clone
        // does); only an empty repository gets an orphan branch.
        const base = await this.defaultBranch();
        if (base !== this.branch) {
            const baseFetch = await this.git(['fetch', '-q', '--no-tags', `--depth=${this.depth}`, 'origin', `+refs/heads/${base}:refs/remotes/origin/${base}`], { network: true, allowFailure: true });
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
        throw classifyNetworkError(this.url, new ExecError('git push', r));
    }
    /** Files changed by the commit at HEAD, as `A|M|D\tpath` lines. */
    async changedFiles() {
        const r = await this.git(['show', '--no-renames', '--name-status', '--format=', 'HEAD'], { allowFailure: true });
        return r.stdout.split('\n').filter(Boolean);
    }
}
/** Turns git's transport errors into one line a user can act on. */
function classifyNetworkError(url, err) {
    const text = `${err.result.stderr}\n${err.result.stdout}`;
    const where = displayUrl(url);
    if (/Authentication failed|HTTP 401|401 Unauthorized|could not read Username|terminal prompts disabled|invalid credentials/i.test(text)) {
        return new RingwayError(`authentication to ${where} failed (HTTP 401): check the 'token' input`);
    }
    if (/HTTP 403|403 Forbidden|Permission to .* denied|permission denied/i.test(text)) {
        return new RingwayError(`access to ${where} was refused (HTTP 403): the token lacks permission for this repository`);
    }
    if (/repository .* not found|not found|does not appear to be a git repository|HTTP 404/i.test(text)) {
        return new RingwayError(`repository ${where} was not found: check the URL`);
    }
    if (/Could not resolve host|Connection refused|Failed to connect|timed out|Couldn't connect/i.test(text)) {
        return new RingwayError(`cannot reach ${where}: ${lastLines(err.result.stderr, 1)}`);
    }
    return new RingwayError(`${err.label} ${where} failed: ${lastLines(err.result.stderr || err.result.stdout, 2)}`);
}

;// CONCATENATED MODULE: ./lib/git/retry.ts

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
            throw new RingwayError(`push to branch '${opts.repo.branch}' was rejected ${max} times because others kept pushing; nothing was pushed`);
        }
        const delay = Math.round(base * 2 ** Math.min(attempt - 1, 5) * (0.5 + Math.random()));
        opts.log?.(`push rejected: '${opts.repo.branch}' moved on; re-applying on the new tip in ${delay} ms (attempt ${attempt + 1}/${max})`);
        await new Promise((r) => setTimeout(r, delay));
        await opts.repo.syncToRemote();
    }
}

;// CONCATENATED MODULE: ./lib/manifests/mirror.ts



/**
 * Makes `target` an exact copy of `source`: files added, changed, and deleted when they are no
 * longer in the source. Top-level entries of `target` whose names match `keep` are left alone
 * (`.git` always is). Symlinks in the source are refused: a manifest repo holds plain files.
 * Files whose content and mode already match are not rewritten, so git need not rehash them.
 */
async function mirrorTree(source, target, keep = []) {
    await assertPlainTree(source, source);
    await (0,promises_namespaceObject.mkdir)(target, { recursive: true });
    const keepers = ['.git', ...keep].map(globToRegExp);
    await syncDir(source, target, (name) => keepers.some((re) => re.test(name)));
}
async function syncDir(src, dst, kept) {
    const wanted = new Map((await (0,promises_namespaceObject.readdir)(src, { withFileTypes: true })).filter((e) => e.name !== '.git').map((e) => [e.name, e]));
    for (const existing of await (0,promises_namespaceObject.readdir)(dst, { withFileTypes: true })) {
        if (kept(existing.name))
            continue;
        const w = wanted.get(existing.name);
        const sameKind = w && (w.isDirectory() ? existing.isDirectory() : existing.isFile());
        if (!sameKind)
            await (0,promises_namespaceObject.rm)((0,external_node_path_namespaceObject.join)(dst, existing.name), { recursive: true, force: true });
    }
    const files = [...wanted].filter(([, e]) => !e.isDirectory()).map(([name]) => name);
    // Files of one folder in parallel, in slices to bound open file handles.
    for (let i = 0; i < files.length; i += 64) {
        await Promise.all(files.slice(i, i + 64).map((name) => syncFile((0,external_node_path_namespaceObject.join)(src, name), (0,external_node_path_namespaceObject.join)(dst, name))));
    }
    for (const [name, entry] of wanted) {
        if (!entry.isDirectory())
            continue;
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.join)(dst, name), { recursive: true });
        await syncDir((0,external_node_path_namespaceObject.join)(src, name), (0,external_node_path_namespaceObject.join)(dst, name), () => false);
    }
}
async function syncFile(src, dst) {
    const [content, srcStat] = await Promise.all([(0,promises_namespaceObject.readFile)(src), (0,promises_namespaceObject.lstat)(src)]);
    const dstStat = await (0,promises_namespaceObject.lstat)(dst).catch(() => undefined);
    if (dstStat && dstStat.size === content.length && (await (0,promises_namespaceObject.readFile)(dst)).equals(content)) {
        if ((dstStat.mode & 0o111) !== (srcStat.mode & 0o111))
            await (0,promises_namespaceObject.chmod)(dst, srcStat.mode & 0o777);
        return;
    }
    await (0,promises_namespaceObject.writeFile)(dst, content, { mode: srcStat.mode & 0o777 });
    await (0,promises_namespaceObject.chmod)(dst, srcStat.mode & 0o777);
}
async function assertPlainTree(root, dir) {
    for (const entry of await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true })) {
        const full = (0,external_node_path_namespaceObject.join)(dir, entry.name);
        if (entry.isSymbolicLink()) {
            throw new RingwayError(`source '${(0,external_node_path_namespaceObject.relative)(root, full)}' is a symbolic link; manifests must be plain files`);
        }
        if (entry.isDirectory())
            await assertPlainTree(root, full);
        else if (!entry.isFile())
            throw new RingwayError(`source '${(0,external_node_path_namespaceObject.relative)(root, full)}' is not a regular file`);
    }
}
/** `*` and `?` wildcards over one path segment. */
function globToRegExp(glob) {
    const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
    return new RegExp(`^${body}$`);
}
async function isDirectory(path) {
    try {
        return (await (0,promises_namespaceObject.lstat)(path)).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./lib/steps/types.ts
/** Inputs that every step talking to git accepts (SPEC: token, git-user-name, git-user-email, dry-run). */
const gitInputs = [
    { name: 'token', description: 'Token for the git server, sent only as an HTTP Authorization header', secret: true },
    { name: 'git-user-name', description: 'Author name of commits made by this step', default: 'ringway-bot' },
    { name: 'git-user-email', description: 'Author email of commits made by this step', default: 'ringway-bot@users.noreply.github.com' },
    { name: 'dry-run', description: 'Do everything except push, open pull requests or write remote state', kind: 'boolean', default: 'false' },
];

;// CONCATENATED MODULE: ./lib/steps/push-manifests.ts









const SOURCE_TRAILER = 'Ringway-Source-Commit';
const pushManifests = {
    name: 'push-manifests',
    title: 'Push manifests',
    description: 'Commits generated Kubernetes manifests to the manifest repository that Flux syncs. The target path becomes an exact copy of the source folder (deleted components disappear), a commit is made only when something changed, and it records the HLD commit it came from.',
    azureTaskId: '5b0f4d0e-6a53-4c1e-9d7e-2f3c1a9b7e41',
    inputs: [
        { name: 'source', description: 'Folder of generated manifests to publish', default: 'generated' },
        { name: 'manifest-repo', description: 'URL of the manifest repository', required: true },
        { name: 'branch', description: "Branch of the manifest repository; empty = the repository's default branch" },
        { name: 'path', description: 'Folder inside the manifest repository to replace; default the repository root (one folder per environment, as Bedrock lays it out)', default: '.' },
        {
            name: 'keep',
            description: 'Names at the top of the target path that are never deleted (wildcards * and ?); by default dotfiles and README files, as Bedrock left them',
            kind: 'list',
            default: '.*,README*',
        },
        { name: 'message', description: 'Commit message; default names the source commit' },
        { name: 'source-commit', description: 'HLD commit the manifests were generated from; default the commit being built' },
        { name: 'max-attempts', description: 'How many times a rejected push is re-applied and retried', default: '8' },
        ...gitInputs,
    ],
    outputs: [
        { name: 'changed', description: "'true' when the branch moved: a new commit, or a new branch created" },
        { name: 'commit', description: 'Manifest repository commit holding the manifests (the new one, or the unchanged tip)' },
        { name: 'branch', description: 'Branch that was pushed to' },
    ],
    async run(inputs, host) {
        const url = checkRepoUrl(inputs.string('manifest-repo'), 'manifest-repo');
        const source = (0,external_node_path_namespaceObject.resolve)(inputs.string('source'));
        if (!(await isDirectory(source)))
            throw new UsageError(`input 'source': folder ${inputs.string('source')} does not exist`);
        if ((await (0,promises_namespaceObject.readdir)(source)).length === 0) {
            throw new UsageError(`input 'source': folder ${inputs.string('source')} is empty; refusing to delete every manifest`);
        }
        const targetPath = safeRelativePath(inputs.string('path'), 'path');
        const sourceCommit = inputs.string('source-commit') || host.build.commit;
        const message = buildMessage(inputs.string('message') || defaultMessage(sourceCommit, host.build.commitMessage), sourceCommit);
        const work = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'ringway-manifests-'));
        try {
            const repo = await host.group(`Fetch ${displayUrl(url)}`, () => GitRepo.checkout({
                url,
                branch: inputs.string('branch'),
                dir: work,
                token: inputs.string('token') || undefined,
                identity: { name: inputs.string('git-user-name'), email: inputs.string('git-user-email') },
            }));
            const target = (0,external_node_path_namespaceObject.join)(work, targetPath);
            const result = await host.group(`Publish ${inputs.string('source')} to ${repo.branch}:${targetPath}`, () => commitAndPush({
                repo,
                apply: () => mirrorTree(source, target, inputs.list('keep')),
                paths: [targetPath],
                message,
                dryRun: inputs.boolean('dry-run'),
                maxAttempts: inputs.integer('max-attempts', 1),
                log: (l) => host.info(l),
            }));
            const files = result.changed ? await repo.changedFiles() : [];
            const count = (s) => String(files.filter((f) => f.startsWith(s)).length);
            if (!result.changed)
                host.info(`manifests in ${repo.branch}:${targetPath} are already up to date; nothing to commit`);
            else if (!result.pushed)
                host.info(`dry run: commit ${result.commit} was not pushed`);
            else
                host.info(`pushed ${result.commit} to ${repo.branch} (${files.length} files changed)`);
            await host.summary({
                title: 'ringway push-manifests',
                rows: [
                    ['repository', 'branch', 'path', 'changed', 'commit', 'added', 'modified', 'deleted', 'source commit'],
                    [displayUrl(url), repo.branch, targetPath, String(result.changed), result.commit, count('A'), count('M'), count('D'), sourceCommit],
                ],
            });
            return { changed: String(result.changed), commit: result.commit, branch: repo.branch };
        }
        finally {
            await (0,promises_namespaceObject.rm)(work, { recursive: true, force: true });
        }
    },
};
/** A path inside the repository: relative, no `..`; `.` or empty is the root. */
function safeRelativePath(value, inputName) {
    const v = value.trim() || '.';
    if ((0,external_node_path_namespaceObject.isAbsolute)(v) || /^[a-zA-Z]:[\\/]/.test(v))
        throw new UsageError(`input '${inputName}' must be relative to the repository root, got '${value}'`);
    const n = (0,external_node_path_namespaceObject.normalize)(v).replace(/\\/g, '/').replace(/\/+$/, '');
    if (n === '..' || n.startsWith('../') || n.split('/').includes('.git')) {
        throw new UsageError(`input '${inputName}' must stay inside the repository, got '${value}'`);
    }
    return n || '.';
}
function defaultMessage(sourceCommit, sourceMessage) {
    // Bedrock's build.sh: "Updated k8s manifest files post commit: $COMMIT_MESSAGE".
    const subject = sourceMessage.split('\n')[0].trim();
    return `Updated k8s manifest files post commit: ${subject || sourceCommit || 'unknown'}`;
}
function buildMessage(message, sourceCommit) {
    if (!sourceCommit)
        return `${message.trim()}\n`;
    if (!/^[0-9a-f]{7,64}$/i.test(sourceCommit))
        throw new RingwayError(`input 'source-commit' must be a commit SHA, got '${sourceCommit}'`);
    return `${message.trim()}\n\n${SOURCE_TRAILER}: ${sourceCommit}\n`;
}

;// CONCATENATED MODULE: ./lib/steps/index.ts

/**
 * Every step that ships. A step appears on a surface (action, task, CLI) only when listed here,
 * and it is listed only when it works. Keep alphabetical.
 */
const steps = [
    pushManifests,
];
function findStep(name) {
    return steps.find((s) => s.name === name);
}

;// CONCATENATED MODULE: ./lib/cli/args.ts

/**
 * Parses `--name value`, `--name=value`, boolean `--flag` / `--no-flag`, and `--` ending flags.
 * Unknown flags are a usage error naming the flag.
 */
function parseArgs(argv, specs) {
    const byName = new Map(specs.map((s) => [s.name, s]));
    const flags = new Map();
    const positionals = [];
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (!arg.startsWith('--') || arg === '--') {
            if (arg.startsWith('-') && arg.length > 1 && !/^-\d/.test(arg)) {
                const long = shortAliases[arg];
                if (!long)
                    throw new UsageError(`unknown option ${arg}`);
                argv = [...argv.slice(0, i), long, ...argv.slice(i + 1)];
                i--;
                continue;
            }
            positionals.push(arg);
            continue;
        }
        const eq = arg.indexOf('=');
        let name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
        let value = eq > 0 ? arg.slice(eq + 1) : undefined;
        let spec = byName.get(name);
        if (!spec && name.startsWith('no-') && byName.get(name.slice(3))?.boolean && value === undefined) {
            name = name.slice(3);
            spec = byName.get(name);
            value = 'false';
        }
        if (!spec)
            throw new UsageError(`unknown option --${name}`);
        if (value === undefined) {
            if (spec.boolean) {
                const next = argv[i + 1];
                value = next !== undefined && /^(true|false)$/i.test(next) ? argv[++i] : 'true';
            }
            else {
                if (i + 1 >= argv.length)
                    throw new UsageError(`option --${name} needs a value`);
                value = argv[++i];
            }
        }
        const prev = flags.get(name);
        flags.set(name, spec.repeatable && prev !== undefined ? `${prev}\n${value}` : value);
    }
    return { flags, positionals };
}
const shortAliases = { '-h': '--help' };
function flagSpecsFor(inputs) {
    return inputs.map((d) => ({
        name: d.name,
        boolean: d.kind === 'boolean',
        repeatable: d.kind === 'list' || d.kind === 'multiline',
    }));
}
/** Word-wraps help text to the terminal width used by help output. */
function wrap(text, width, indent) {
    const words = text.split(/\s+/).filter(Boolean);
    const lines = [];
    let line = '';
    for (const w of words) {
        if (line && line.length + 1 + w.length > width - indent) {
            lines.push(line);
            line = w;
        }
        else
            line = line ? `${line} ${w}` : w;
    }
    if (line)
        lines.push(line);
    return lines.join(`\n${' '.repeat(indent)}`);
}

;// CONCATENATED MODULE: ./lib/cli/extra-commands.ts
/**
 * CLI commands beside the steps (Fabrikate's `set`/`install`, `deployments`, `dashboard`, `demo`).
 * Each lives in its own module and is listed here. Keep alphabetical.
 */
const extraCommands = [];

;// CONCATENATED MODULE: ./lib/cli/help.ts


/** CLI flags for build metadata; each sets the RINGWAY_BUILD_* variable of the same name. */
const buildMetadataFlags = [
    ['build-commit', 'Source commit SHA of this build'],
    ['build-branch', 'Source branch of this build'],
    ['build-id', 'Unique id of this build'],
    ['build-number', 'Human build number'],
    ['build-url', 'Link to this build'],
    ['build-repository', 'Source repository name'],
    ['build-repository-url', 'Source repository URL'],
    ['build-commit-message', 'Commit message of the source commit'],
    ['build-actor', 'Who triggered the build'],
].map(([name, description]) => ({ name, description, env: envName(name) }));
/** `ringway <step> --help`, generated from the step definition (the same source as action.yml and task.json). */
function stepHelp(step) {
    const out = [];
    out.push(`ringway ${step.name}: ${step.title}`, '', wrap(step.description, 100, 0), '', 'Usage:', `  ringway ${step.name} [options]`, '', 'Inputs:');
    for (const d of step.inputs) {
        const flag = d.kind === 'boolean' ? `--${d.name}` : `--${d.name} <${d.kind === 'list' || d.kind === 'multiline' ? 'value…' : 'value'}>`;
        const notes = [
            d.required ? 'required' : '',
            d.default !== undefined ? `default: ${JSON.stringify(d.default)}` : '',
            d.options ? `one of: ${d.options.join(', ')}` : '',
            d.secret ? 'secret' : '',
            d.kind === 'list' || d.kind === 'multiline' ? 'repeatable' : '',
        ].filter(Boolean);
        const desc = `${d.description}${notes.length ? ` (${notes.join('; ')})` : ''}. Env ${envName(d.name)}; Azure input ${camelCase(d.name)}.`;
        out.push(`  ${flag}`, `      ${wrap(desc, 100, 6)}`);
    }
    out.push('', 'Outputs (printed as name=value, or one JSON object with --json):');
    for (const o of step.outputs)
        out.push(`  ${o.name.padEnd(16)} ${o.description}`);
    out.push('', 'Build metadata (read from GitHub/Azure variables when run there):');
    for (const f of buildMetadataFlags)
        out.push(`  --${f.name} <value>`.padEnd(34) + `${f.description} (env ${f.env})`);
    out.push('', 'Common options:', '  --json                          Print outputs as one JSON object', '  --verbose                       Show debug lines', '  --help                          Show this help', '', 'Exit codes: 0 success, 1 failure, 2 bad usage.');
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./lib/cli/main.ts








const VERSION = '0.1.0';
function mainHelp() {
    const lines = ['ringway: GitOps pipeline steps for Kubernetes', '', 'Usage: ringway <command> [options]', '', 'Steps:'];
    for (const s of steps)
        lines.push(`  ${s.name.padEnd(20)} ${s.title}`);
    if (extraCommands.length) {
        lines.push('', 'Commands:');
        for (const c of extraCommands)
            lines.push(`  ${c.name.padEnd(20)} ${c.summary}`);
    }
    lines.push('', 'Run `ringway <command> --help` for its options. Exit codes: 0 success, 1 failure, 2 bad usage.');
    return lines.join('\n') + '\n';
}
/** Runs one step from the command line; returns the exit code. */
async function runStepCli(step, argv) {
    const specs = [
        ...flagSpecsFor(step.inputs),
        ...buildMetadataFlags.map((f) => ({ name: f.name })),
        { name: 'json', boolean: true },
        { name: 'verbose', boolean: true },
        { name: 'quiet', boolean: true },
        { name: 'help', boolean: true },
    ];
    const { flags, positionals } = parseArgs(argv, specs);
    if (flags.get('help') === 'true') {
        process.stdout.write(stepHelp(step));
        return 0;
    }
    if (positionals.length)
        throw new UsageError(`ringway ${step.name} takes no positional arguments, got '${positionals[0]}'`);
    // Build metadata flags feed the same variables a non-GitHub/Azure orchestrator would set.
    for (const f of buildMetadataFlags) {
        const v = flags.get(f.name);
        if (v !== undefined)
            process.env[f.env] = v;
    }
    const host = new CliHost({ verbose: flags.get('verbose') === 'true', quiet: flags.get('quiet') === 'true' });
    const result = await runStep(step, host, (def) => flags.get(def.name));
    if (!result.ok) {
        process.stderr.write(`error: ${result.message}\n`);
        return result.usage ? 2 : 1;
    }
    if (flags.get('json') === 'true') {
        process.stdout.write(JSON.stringify(result.outputs) + '\n');
    }
    else {
        for (const [k, v] of Object.entries(result.outputs))
            process.stdout.write(`${k}=${v}\n`);
    }
    return 0;
}
async function main(argv) {
    const [cmd, ...rest] = argv;
    try {
        if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
            if (cmd === 'help' && rest[0])
                return main([rest[0], '--help']);
            process.stdout.write(mainHelp());
            return cmd ? 0 : 2;
        }
        if (cmd === '--version' || cmd === 'version') {
            process.stdout.write(`${VERSION}\n`);
            return 0;
        }
        const step = findStep(cmd);
        if (step)
            return await runStepCli(step, rest);
        const extra = extraCommands.find((c) => c.name === cmd);
        if (extra) {
            if (rest.includes('--help') || rest.includes('-h')) {
                process.stdout.write(extra.help.endsWith('\n') ? extra.help : extra.help + '\n');
                return 0;
            }
            return await extra.run(rest);
        }
        throw new UsageError(`unknown command '${cmd}' (run ringway --help)`);
    }
    catch (err) {
        process.stderr.write(`error: ${redact(err instanceof RingwayError ? err.message : errorMessage(err))}\n`);
        return err instanceof UsageError ? 2 : 1;
    }
}

;// CONCATENATED MODULE: ./lib/cli/entry.ts

// No top-level await: keeps the bundle loadable by every Node version the surfaces use.
void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});

;// CONCATENATED MODULE: ./build/entries/cli.ts
// Generated by scripts/build.ts.


