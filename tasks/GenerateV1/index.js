/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

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
const external_node_child_process_namespaceObject = require("node:child_process");
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
/* harmony export */   w: () => (/* binding */ hostOf)
/* harmony export */ });
/* unused harmony export TrustedHosts */
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
                    throw new UsageError(`input '${inputName}': '${entry}' is not a host name`);
                this.exact.add(h);
            }
            else if (/^[a-z0-9.-]+:\d{1,5}$|^\[[0-9a-f:.]+\]:\d{1,5}$/.test(e)) {
                this.exact.add(e);
            }
            else if (/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(e) && !e.startsWith('-')) {
                this.anyPort.add(e);
            }
            else {
                throw new UsageError(`input '${inputName}': '${entry}' is not a host name (host, host:port or a URL)`);
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

/***/ 893:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  AzureHost: () => (/* binding */ AzureHost),
  azureInput: () => (/* binding */ azureInput),
  azureWords: () => (/* binding */ azureWords),
  runAzure: () => (/* binding */ runAzure)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./lib/hosts/azure-commands.ts
// The few Azure Pipelines logging commands the Azure host uses (`##vso[area.action key=value;...]message`
// on stdout, read by the agent line by line). Not azure-pipelines-task-lib: loading it (with q,
// semver, minimatch) took ~50 ms of every task's start for five commands. The lines written are
// byte for byte what task-lib 5.x writes for the same calls (test/hosts/azure-commands.test.ts
// compares them with task-lib itself).

/** A property value: `;` and `]` would end the property or the command. */
function escapeProperty(value) {
    return escapeData(value).replace(/]/g, '%5D').replace(/;/g, '%3B');
}
/** The message: the agent reads up to the end of the line, so only line breaks (and `%`) are escaped. */
function escapeData(value) {
    return value.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** The agent's variable key for a name, as task-lib forms it: `my.var name` → `MY_VAR_NAME`. */
function variableKey(name) {
    return name.replace(/\./g, '_').replace(/ /g, '_').toUpperCase();
}
/** The command line task-lib's TaskCommand writes: empty properties are left out, each kept one ends with `;`. */
function commandLine(command, properties, message) {
    let line = `##vso[${command}`;
    if (properties && Object.keys(properties).length > 0) {
        line += ' ';
        for (const [k, v] of Object.entries(properties))
            if (v)
                line += `${k}=${escapeProperty(v)};`;
    }
    return `${line}]${escapeData(message)}`;
}
class AgentCommands {
    agent;
    writeLine;
    constructor(agent, writeLine = (line) => process.stdout.write(line + external_node_os_.EOL)) {
        this.agent = agent;
        this.writeLine = writeLine;
    }
    command(command, properties, message) {
        this.writeLine(commandLine(command, properties, message));
    }
    issue(type, message) {
        this.command('task.issue', { type, source: 'TaskInternal', correlationId: this.agent.correlationId }, message);
    }
    debug(message) {
        if (this.agent.debugLogs)
            this.command('task.debug', null, message);
    }
    warning(message) {
        this.issue('warning', message);
    }
    error(message) {
        this.issue('error', message);
    }
    /**
     * An output variable (`<step>.<name>` for later steps). A name the agent knows as a secret
     * variable stays secret, as in task-lib ("once a secret always a secret").
     */
    setOutputVariable(name, value) {
        const secret = this.agent.secretVariables.has(variableKey(name));
        this.debug(`set ${name}=${secret && value ? '********' : value}`);
        if (secret && /\r|\n/.test(value) && `${process.env.SYSTEM_UNSAFEALLOWMULTILINESECRET}`.toUpperCase() !== 'TRUE') {
            throw new Error('Secrets cannot contain multiple lines');
        }
        this.command('task.setvariable', { variable: name, isOutput: 'true', issecret: String(secret) }, value);
    }
    /** Attaches a markdown file to the run's summary page. */
    uploadSummary(path) {
        this.command('task.uploadsummary', null, path);
    }
    /**
     * The task's result: a failure is also an error issue (shown on the run's summary). The exit
     * code stays 0 either way, as with task-lib: the agent takes the result from task.complete.
     */
    setResult(result, message) {
        this.debug(`task result: ${result}`);
        if (result === 'Failed' && message)
            this.error(message);
        this.command('task.complete', { result }, message);
    }
}

;// CONCATENATED MODULE: ./lib/hosts/azure-inputs.ts

/**
 * What the agent hands a task through its environment, read once when the bundle loads (azure.ts
 * imports this module first) and then removed from process.env, as azure-pipelines-task-lib did
 * on load (internal.js _loadData): inputs, service connections' credentials, secure file tickets,
 * secret and task variables go into memory only, so no child process (git, helm, buildah, HLD
 * hooks) inherits a token. Also taken out: the correlation id and the public/secret variable
 * lists, which only this task should read.
 */
const VAULTED = /^(INPUT_|ENDPOINT_AUTH_|SECUREFILE_TICKET_|SECRET_|VSTS_TASKVARIABLE_)/;
/** Reads the task's variables from `env` and deletes the vaulted ones (and the agent's lists) from it. */
function takeTaskEnvironment(env) {
    const snapshot = {};
    // Secret variable names, in task-lib's order: SECRET_<KEY> variables, then the public list, then
    // the secret list, each overriding the one before.
    const secret = new Map();
    for (const [k, v] of Object.entries(env)) {
        if (!VAULTED.test(k))
            continue;
        if ((k.startsWith('INPUT_') || k.startsWith('ENDPOINT_AUTH_')) && v !== undefined)
            snapshot[k] = v;
        if (k.startsWith('SECRET_') && k.length > 'SECRET_'.length)
            secret.set(variableKey(k.slice('SECRET_'.length)), true);
        // Like task-lib, an empty one stays: it carries nothing.
        if (v)
            delete env[k];
    }
    for (const name of nameList(env.VSTS_PUBLIC_VARIABLES))
        secret.set(variableKey(name), false);
    for (const name of nameList(env.VSTS_SECRET_VARIABLES))
        secret.set(variableKey(name), true);
    const agent = {
        correlationId: env.COMMAND_CORRELATION_ID ?? '',
        // task-lib: debug lines are skipped only when the agent asks for it and system.debug is off.
        debugLogs: env.DISTRIBUTEDTASK_TASKS_NODE_SKIPDEBUGLOGSWHENDEBUGMODEOFF?.toLowerCase() !== 'true' || env.SYSTEM_DEBUG?.toLowerCase() === 'true',
        secretVariables: new Set([...secret].filter(([, s]) => s).map(([k]) => k)),
    };
    delete env.COMMAND_CORRELATION_ID;
    delete env.VSTS_PUBLIC_VARIABLES;
    delete env.VSTS_SECRET_VARIABLES;
    return { snapshot, agent };
}
/** A JSON list of variable names as the agent writes it; anything else counts as none. */
function nameList(json) {
    try {
        const v = JSON.parse(json || '[]');
        return Array.isArray(v) ? v.filter((n) => typeof n === 'string' && n !== '') : [];
    }
    catch {
        return [];
    }
}
const { snapshot, agent } = takeTaskEnvironment(process.env);
/** The agent's settings for the logging commands (azure-commands.ts). */
const agentSettings = agent;
/** The raw value of a task input, by its task.json name (camelCase), as task-lib keys it. */
function taskInput(name) {
    return snapshot[`INPUT_${variableKey(name)}`];
}
/**
 * The job's own token: System.AccessToken mapped into the environment (SYSTEM_ACCESSTOKEN), else
 * the one the agent hands every task through its SystemVssConnection endpoint.
 */
function jobAccessToken() {
    return process.env.SYSTEM_ACCESSTOKEN || snapshot.ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN || undefined;
}
/**
 * The secret of a service connection named by a task input: a Generic connection's password, an
 * Azure Repos/TFS connection's token. undefined when the input names no connection.
 */
function connectionSecret(inputName) {
    const id = taskInput(inputName);
    if (!id)
        return undefined;
    const key = Object.keys(snapshot).find((k) => k.toUpperCase() === `ENDPOINT_AUTH_${id}`.toUpperCase());
    if (!key)
        return undefined;
    try {
        const p = JSON.parse(snapshot[key]).parameters ?? {};
        return p.password || p.apitoken || p.AccessToken || undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./lib/git/job-token.ts
var job_token = __nccwpck_require__(3102);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/secrets.ts
var secrets = __nccwpck_require__(6995);
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
;// CONCATENATED MODULE: ./lib/duration.ts

const UNIT_MS = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 604800e3 };
/**
 * `90s`, `30m`, `1h30m`, `2d`, `0` → milliseconds (Go/Flux-style durations plus days and weeks);
 * undefined when the text is not a duration. One grammar for every input and option that takes one.
 */
function durationMs(value) {
    const v = value.trim();
    if (v === '' || v === '0')
        return 0;
    if (!/^(\d+(\.\d+)?[smhdw])+$/.test(v))
        return undefined;
    let ms = 0;
    for (const m of v.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g))
        ms += Number(m[1]) * UNIT_MS[m[2]];
    return Math.round(ms);
}
/** {@link durationMs} for a step input: a text that is not a duration is an error naming the input. */
function parseDuration(value, input) {
    const ms = durationMs(value);
    if (ms === undefined)
        throw new errors/* UsageError */.eb(`input '${input}' must be a duration like 30m, 1h30m or 2d, got '${value}'`);
    return ms;
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
            const ms = parseDuration(inputs.string('timeout'), 'timeout');
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

;// CONCATENATED MODULE: ./lib/hosts/azure.ts
// Must stay the first import: it reads the task's variables and takes the secret ones out of
// process.env before any other module runs.











/** Azure Pipelines: camelCase task inputs, output variables, uploaded markdown summary. */
class AzureHost {
    agent;
    kind = 'azure';
    build = readBuildMetadata();
    constructor(agent = new AgentCommands(agentSettings)) {
        this.agent = agent;
    }
    info(message) {
        console.log(safeText(message));
    }
    warning(message) {
        this.agent.warning(azureWords(safeText(message)));
    }
    debug(message) {
        this.agent.debug(safeText(message));
    }
    async group(name, fn) {
        console.log(`##[group]${oneLine(name)}`);
        try {
            return await fn();
        }
        finally {
            console.log('##[endgroup]');
        }
    }
    setSecret(value) {
        // Not `##vso[task.setsecret]`: that command carries the value on stdout. Secret variables are
        // masked by the agent already; everything ringway prints passes through redact().
        (0,secrets/* registerSecret */.cl)(value);
    }
    async summary(table) {
        const dir = process.env.AGENT_TEMPDIRECTORY || (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ringway-summary-'));
        const file = (0,external_node_path_.join)(dir, `ringway-${Date.now()}-${process.pid}.md`);
        const body = [`### ${table.title}`, '', markdownTable(table.rows), '', ...(table.notes ?? [])].join('\n');
        (0,external_node_fs_.writeFileSync)(file, safeText(body) + '\n');
        this.agent.uploadSummary(file);
    }
}
/** Messages name inputs as the pipeline author wrote them in the task: camelCase. */
function azureWords(message) {
    return message.replace(/\binput '([a-z0-9]+(?:-[a-z0-9]+)+)'/g, (_, name) => `input '${camelCase(name)}'`);
}
function azureInput(def) {
    // undefined = not given; '' is kept so an input that allows it can be set empty on purpose.
    const v = taskInput(camelCase(def.name));
    if (v || process.env[envName(def.name)])
        return v;
    // Beside the plain input, a service connection may hold the secret (task.json <name>Connection).
    const fromConnection = def.secret ? connectionSecret(`${camelCase(def.name)}Connection`) : undefined;
    if (fromConnection)
        return fromConnection;
    if (!def.jobToken)
        return v;
    const job = jobAccessToken();
    (0,job_token/* registerJobToken */.Y1)(job, [process.env.SYSTEM_COLLECTIONURI ?? '']);
    return job ?? v;
}
/** Entry point of a step's Azure DevOps task bundle. */
async function runAzure(step) {
    const host = new AzureHost();
    reportCrashes(host.agent);
    const result = await runStep(step, host, azureInput);
    // A failed step may still have outputs (a gate's decision=reject): set them either way.
    for (const [k, v] of Object.entries(result.outputs ?? {}))
        host.agent.setOutputVariable(camelCase(k), safeOutput(v));
    if (result.ok)
        host.agent.setResult('Succeeded', '');
    else
        host.agent.setResult('Failed', azureWords(oneLine(result.message)));
}
/**
 * An error that escapes runStep (a stray callback, a rejected promise nobody awaits) fails the task
 * through task.complete, as task-lib's handlers did, instead of a bare crash; redacted like every
 * other message. A write to a closed stdout (EPIPE) is ignored, as there.
 */
function reportCrashes(agent) {
    process.on('uncaughtException', (err) => {
        if (err && typeof err === 'object' && err.code === 'EPIPE' && err.syscall?.toUpperCase() === 'WRITE')
            return;
        agent.setResult('Failed', safeText(`Unhandled: ${err?.message}`));
        agent.error(safeText(String(err?.stack)));
    });
    process.on('unhandledRejection', (reason) => {
        throw reason instanceof Error ? reason : new Error(String(reason));
    });
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

/***/ 1880:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  PROGRESS_AFTER_MS: () => (/* binding */ PROGRESS_AFTER_MS),
  bedrockRuns: () => (/* binding */ bedrockRuns),
  checkCreatableFolder: () => (/* binding */ checkCreatableFolder),
  environmentGroups: () => (/* binding */ environmentGroups),
  progressLines: () => (/* binding */ progressLines),
  step: () => (/* binding */ step)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = require("node:fs/promises");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __nccwpck_require__(8115);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./lib/fs/walk.ts


/**
 * Every entry under `dir` that is not a folder (files, symlinks, others), depth first in the order
 * the file system lists them, with its full path. Folders are entered, never yielded; a symlink is
 * yielded, never followed, so a walk cannot leave the tree or loop.
 */
async function* walkFiles(dir, opts = {}) {
    const entries = opts.skipUnreadable ? await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true }).catch(() => []) : await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true });
    for (const entry of entries) {
        if (opts.skip?.(entry))
            continue;
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory())
            yield* walkFiles(path, opts);
        else
            yield { path, entry };
    }
}

;// CONCATENATED MODULE: ./lib/fs/contained.ts




/**
 * Symlinks are never followed out of a checkout or a source folder. A checkout's content (HLD,
 * manifest repository, fetched component) is untrusted: a committed link to `/home/runner` must not
 * make a step read, write or delete there. These checks run before any read or write, dry-run too.
 */
/** Whether `path` is `root` or below it (by name; links are not followed). */
function inside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel));
}
/**
 * Proves that `path` (which may not exist yet) resolves inside `root` once every link on the way is
 * followed: the deepest existing part of it is resolved; a dangling link is refused (writing
 * through it would create its target, wherever that is). `what` starts the error line.
 */
async function assertResolvesInside(root, path, what) {
    const realRoot = await (0,promises_namespaceObject.realpath)(root);
    let p = path;
    for (;;) {
        if (await (0,promises_namespaceObject.lstat)(p).then(() => true, () => false))
            break;
        const up = (0,external_node_path_.dirname)(p);
        if (up === p)
            return;
        p = up;
    }
    const real = await (0,promises_namespaceObject.realpath)(p).catch(() => undefined);
    if (!real || !inside(realRoot, real)) {
        throw new errors/* RingwayError */.Sy(`${what}: '${(0,external_node_path_.relative)(root, p) || '.'}' is a symbolic link that leads outside ${(0,external_node_path_.relative)((0,external_node_path_.dirname)(root), root) || root}; links are never followed out of a checkout`);
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
        const p = (0,external_node_path_.join)(dir, name);
        const st = await (0,promises_namespaceObject.lstat)(p).catch(() => undefined);
        if (!st)
            continue;
        if (st.isSymbolicLink())
            await assertResolvesInside(root, p, what);
        else if (st.isDirectory()) {
            for (const e of await (0,promises_namespaceObject.readdir)(p, { withFileTypes: true }))
                if (e.isSymbolicLink())
                    await assertResolvesInside(root, (0,external_node_path_.join)(p, e.name), what);
        }
    }
}
/** Every link anywhere under `dir` must resolve inside `root` (a chart, a static or kustomize folder). */
async function assertTreeInside(root, dir, what) {
    await assertResolvesInside(root, dir, what);
    if (!(await (0,promises_namespaceObject.lstat)(dir).catch(() => undefined))?.isDirectory())
        return;
    for await (const { path, entry } of walkFiles(dir, { skip: (e) => e.isDirectory() && e.name === '.git', skipUnreadable: true })) {
        if (entry.isSymbolicLink())
            await assertResolvesInside(root, path, what);
    }
}

;// CONCATENATED MODULE: ./lib/fs/temp.ts


/**
 * Removes a temporary folder of ours, retrying while something still writes into it (a git that
 * was slow to exit, an antivirus scan). A folder that cannot be removed is reported through `warn`
 * and left: cleanup never turns a step that did its work into a failure.
 */
async function removeTempDir(dir, warn) {
    try {
        await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true, maxRetries: 6, retryDelay: 100 });
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
    const names = await (0,promises_namespaceObject.readdir)(dir).catch(() => []);
    for (const name of names) {
        const m = /^\.ringway-staging-(?:(\d+)-)?/.exec(name);
        if (!m)
            continue;
        if (m[1] && alive(Number(m[1])))
            continue;
        await removeTempDir((0,external_node_path_.join)(dir, name), warn);
    }
}

;// CONCATENATED MODULE: ./lib/pool.ts
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./lib/hld/files.ts




/** Aliases a file may expand; bounds "billion laughs" documents. */
const files_MAX_ALIASES = 100;
async function files_exists(path) {
    return (0,promises_namespaceObject.stat)(path).then(() => true, () => false);
}
/**
 * Parses one YAML or JSON file into plain data. Errors name the file and line:
 * `config/prod.yaml:4: …`.
 */
async function loadDataFile(path, display) {
    const text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
    return parseData(text, display, path.endsWith('.json'));
}
function parseData(text, display, json = false) {
    if (json) {
        try {
            return JSON.parse(text);
        }
        catch (err) {
            throw new errors/* RingwayError */.Sy(`${display}: invalid JSON: ${err.message}`);
        }
    }
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: false, lineCounter });
    const err = doc.errors[0];
    if (err) {
        const line = lineCounter.linePos(err.pos[0]).line;
        throw new errors/* RingwayError */.Sy(`${display}${line ? `:${line}` : ''}: invalid YAML: ${err.message.split('\n')[0]}`);
    }
    try {
        return doc.toJS({ maxAliasCount: files_MAX_ALIASES });
    }
    catch (e) {
        throw new errors/* RingwayError */.Sy(`${display}: ${e.message.split('\n')[0]}`);
    }
}
/** The first document of a YAML stream, as Go's yaml.Unmarshal reads it; undefined when unparseable. */
function firstDocument(text) {
    try {
        const docs = (0,dist/* parseAllDocuments */.hR)(text, { uniqueKeys: false });
        if (!Array.isArray(docs))
            return undefined;
        const first = docs[0];
        if (!first)
            return null;
        if (first.errors.length)
            return undefined;
        return first.toJS({ maxAliasCount: files_MAX_ALIASES });
    }
    catch {
        return undefined;
    }
}
function files_isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * Resolves `path` under `base` and proves it stays inside `root` — also through symlinks.
 * `what` names the offending field in the error.
 */
async function containedPath(root, base, path, what) {
    if ((0,external_node_path_.isAbsolute)(path))
        throw new errors/* RingwayError */.Sy(`${what}: absolute path '${path}' is not allowed; paths are relative to the HLD`);
    const full = (0,external_node_path_.resolve)(base, path);
    assertInside(root, full, what, path);
    if (await files_exists(full)) {
        const [realRoot, realFull] = await Promise.all([(0,promises_namespaceObject.realpath)(root), (0,promises_namespaceObject.realpath)(full)]);
        assertInside(realRoot, realFull, what, path);
    }
    return full;
}
function assertInside(root, full, what, original) {
    const rel = (0,external_node_path_.relative)(root, full);
    if (rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel)) {
        throw new errors/* RingwayError */.Sy(`${what}: path '${original}' leads outside the HLD`);
    }
}

// EXTERNAL MODULE: ./lib/exec.ts + 1 modules
var lib_exec = __nccwpck_require__(3732);
;// CONCATENATED MODULE: ./lib/hld/hooks.ts


/** Whether a component has a command for `hook` (before-generate, after-install, …). */
function hasHook(node, hook) {
    return (node.def.hooks[hook] ?? []).some((c) => c.trim() !== '');
}
/** Runs a component's commands for `hook` in its folder; the first failing one fails the component. */
async function runHooks(node, hook) {
    for (const cmd of node.def.hooks[hook] ?? []) {
        if (!cmd.trim())
            continue;
        const r = await (0,lib_exec/* exec */.m0)('sh', ['-c', cmd], { cwd: node.physical, allowFailure: true });
        if (r.code !== 0)
            throw new errors/* RingwayError */.Sy(`component '${node.path}': ${hook} hook '${cmd}' failed (exit ${r.code}): ${(0,lib_exec/* lastLines */.w$)(r.stderr || r.stdout, 1)}`);
    }
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = require("node:crypto");
;// CONCATENATED MODULE: ./lib/hld/chart-deps.ts






/** Dependencies a chart declares (Chart.yaml `dependencies`, or helm 2's requirements.yaml). */
async function declared(chartDir) {
    const out = [];
    for (const file of ['Chart.yaml', 'requirements.yaml']) {
        const path = (0,external_node_path_.join)(chartDir, file);
        if (!(await files_exists(path)))
            continue;
        const doc = (0,dist/* parse */.qg)(await (0,promises_namespaceObject.readFile)(path, 'utf8'));
        if (Array.isArray(doc?.dependencies))
            out.push(...doc.dependencies);
    }
    return out;
}
const inflight = new Map();
/**
 * Fetches the dependencies of a fetched chart (git or helm repository) that are not in its
 * `charts/` folder, as Fabrikate's install does for remote charts: charts kept in git rarely commit
 * their `charts/`. `helm dependency build` follows Chart.lock when there is one (exact versions),
 * else resolves like `update`. Local charts are left as they are: generate never writes into the HLD.
 */
function ensureChartDependencies(chartDir, who) {
    let p = inflight.get(chartDir);
    if (!p) {
        p = build(chartDir, who).finally(() => inflight.delete(chartDir));
        inflight.set(chartDir, p);
    }
    return p;
}
async function build(chartDir, who) {
    if (!(await declared(chartDir)).length)
        return;
    const list = await (0,lib_exec/* exec */.m0)('helm', ['dependency', 'list', chartDir], { allowFailure: true });
    // Rows are "NAME VERSION REPOSITORY STATUS"; anything but ok/unpacked needs fetching.
    const rows = list.stdout.split('\n').slice(1).map((l) => l.trim().split(/\t+|\s{2,}/)).filter((r) => r.length >= 4);
    if (list.code === 0 && rows.every((r) => /^(ok|unpacked)$/.test(r[r.length - 1].trim())))
        return;
    // The repositories come from the chart (untrusted content) and helm gives them no time limit.
    const timeout = { ms: (0,lib_exec/* networkTimeoutMs */.mi)(), service: `component '${who}': the chart repositories its dependencies name` };
    const r = await (0,lib_exec/* exec */.m0)('helm', ['dependency', 'build', chartDir], { allowFailure: true, label: 'helm dependency build', timeout });
    if (r.code !== 0) {
        // helm ends with a generic "no cached repository"; the line saying why is earlier.
        const text = `${r.stdout}\n${r.stderr}`;
        const why = text.split('\n').reverse().find((l) => /dial tcp|no such host|connection refused|not found|could not|status code|x509/i.test(l));
        throw new errors/* RingwayError */.Sy(`component '${who}': helm dependency build failed: ${(0,lib_exec/* lastLines */.w$)(why ?? text, 1)}`);
    }
}

;// CONCATENATED MODULE: ./lib/hld/yaml11.ts
// YAML the way Fabrikate reads and writes it: Go's yaml.v2 (its fork timfpark/yaml), a YAML 1.1
// resolver. Plain `off`/`no`/`y` are booleans, `0644` is octal (420), `1_000` is 1000, a plain
// date stays the text it was; quoted scalars are strings. helm reads values files the same way.


/** Aliases a file may expand; bounds "billion laughs" documents. */
const yaml11_MAX_ALIASES = 100;
const BOOL = {};
for (const s of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'])
    BOOL[s] = true;
for (const s of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'])
    BOOL[s] = false;
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const SPECIAL_FLOATS = {
    '.nan': NaN, '.NaN': NaN, '.NAN': NaN,
    '.inf': Infinity, '.Inf': Infinity, '.INF': Infinity,
    '+.inf': Infinity, '+.Inf': Infinity, '+.INF': Infinity,
    '-.inf': -Infinity, '-.Inf': -Infinity, '-.INF': -Infinity,
};
const YAML_STYLE_FLOAT = /^[-+]?[0-9]*\.?[0-9]+([eE][-+][0-9]+)?$/;
// Go's time.Parse formats yaml.v2 tries for timestamps.
const TIMESTAMP = [
    /^\d{4}-\d{1,2}-\d{1,2}[Tt]\d{1,2}:\d{2}:\d{2}(\.\d+)?(Z|[-+]\d{2}:\d{2})$/, // RFC3339Nano
    /^\d{4}-\d{1,2}-\d{1,2}[Tt]\d{1,2}:\d{2}:\d{2}(\.\d+)?$/,
    /^\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2}:\d{2}(\.\d+)?$/,
    /^\d{4}-\d{1,2}-\d{1,2}$/,
];
/** Go's strconv.ParseInt(s, 0, 64) on the text without underscores; undefined when not an integer. */
function goInt(plain) {
    const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(plain);
    if (!m)
        return undefined;
    const body = m[2];
    let n;
    if (/^0[xXoObB]/.test(body))
        n = BigInt(body.toLowerCase());
    else if (body.length > 1 && body.startsWith('0'))
        n = BigInt(`0o${body.slice(1)}`);
    else
        n = BigInt(body);
    if (m[1] === '-')
        n = -n;
    if (n > 18446744073709551615n || n < -9223372036854775808n)
        return undefined;
    return Number.isSafeInteger(Number(n)) ? Number(n) : n;
}
/** A plain scalar resolved as yaml.v2 does; `string` when it is text. */
function resolvePlain(s) {
    if (s in BOOL)
        return { tag: 'bool', value: BOOL[s] };
    if (NULLS.has(s))
        return { tag: 'null', value: null };
    if (s in SPECIAL_FLOATS)
        return { tag: 'float', value: SPECIAL_FLOATS[s] };
    if (s === '<<')
        return { tag: 'merge', value: s };
    const c = s[0];
    if (c === '.') {
        if (/^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s))
            return { tag: 'float', value: Number(s) };
    }
    else if (c === '+' || c === '-' || (c >= '0' && c <= '9')) {
        if (/^\d{4}-/.test(s) && TIMESTAMP.some((re) => re.test(s)) && validDate(s))
            return { tag: 'timestamp', value: s };
        const plain = s.replace(/_/g, '');
        const i = goInt(plain);
        if (i !== undefined)
            return { tag: 'int', value: i };
        if (YAML_STYLE_FLOAT.test(plain))
            return { tag: 'float', value: Number(plain) };
        const bin = /^(-?)0b([01]+)$/.exec(plain);
        if (bin)
            return { tag: 'int', value: Number(BigInt(`0b${bin[2]}`)) * (bin[1] ? -1 : 1) };
    }
    return { tag: 'str', value: s };
}
const BASE60 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
/** True when this text, written plain, would not read back as the same string under YAML 1.1. */
function yaml11_readsAsOther11(s) {
    return resolvePlain(s).tag !== 'str' || BASE60.test(s);
}
function validDate(s) {
    const [y, mo, d] = s.split(/[-Tt ]/).map(Number);
    return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && y >= 0;
}
/**
 * A number as yaml.v2 prints it: integers in decimal; other floats as Go's FormatFloat(f, 'g', -1)
 * (exponent form below 1e-4 and from 1e6 up: 1.5e+06, 1e-05).
 */
function yaml11_goFloatString(f, float = false) {
    if (Number.isNaN(f))
        return '.nan';
    if (f === Infinity)
        return '.inf';
    if (f === -Infinity)
        return '-.inf';
    if (Object.is(f, -0))
        return float ? '-0' : '0';
    if (f === 0)
        return '0';
    if (Number.isInteger(f) && !float)
        return String(f);
    const e = Math.floor(Math.log10(Math.abs(f)));
    if (e < -4 || e >= 6) {
        const [m, x] = f.toExponential().split('e');
        const n = Number(x);
        return `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
    }
    return String(f);
}
/** A float whose value is a whole number (`1.0`, `1e+06`): yaml.v2 writes it as a float (`1e+06`). */
class yaml11_GoFloat {
    value;
    constructor(value) {
        this.value = value;
    }
}
/** Parses YAML as yaml.v2 reads it into interface{} values; errors name the file and line. */
function yaml11_parseYaml11(text, opts = { display: 'YAML' }) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { version: '1.1', prettyErrors: false, uniqueKeys: false, lineCounter, merge: false });
    const err = doc.errors[0];
    if (err) {
        const line = lineCounter.linePos(err.pos[0]).line;
        throw new errors/* RingwayError */.Sy(`${opts.display}${line ? `:${line}` : ''}: invalid YAML: ${err.message.split('\n')[0]}`);
    }
    return toGo(doc, opts, text);
}
/**
 * A key that is not text, as a string: "\0<kind>\0<as Go prints it>" (kind bool, int, float or
 * null). goMarshal prints it plain and sorts it as yaml.v2 does (bools, ints, floats, then text).
 */
function typedKey(k) {
    const v = scalar(k);
    if (typeof v === 'string')
        return v;
    if (v === null)
        return '\0null\0null';
    if (typeof v === 'boolean')
        return `\0bool\0${v}`;
    const n = Number(v);
    const src = String(k.source ?? '');
    const isInt = resolvePlain(src).tag === 'int';
    return `\0${isInt ? 'int' : 'float'}\0${yaml11_goFloatString(n, !isInt)}`;
}
const KIND_ORDER = { null: 0, bool: 1, int: 2, float: 14 };
function toGo(doc, opts, text) {
    let aliases = 0;
    const walk = (node) => {
        if (node === null || node === undefined)
            return null;
        if ((0,dist/* isAlias */.Vj)(node)) {
            if (++aliases > yaml11_MAX_ALIASES)
                throw new errors/* RingwayError */.Sy(`${opts.display}: more than ${yaml11_MAX_ALIASES} aliases`);
            const target = node.resolve(doc);
            if (!target)
                throw new errors/* RingwayError */.Sy(`${opts.display}: unknown anchor '${node.source}'`);
            return walk(target);
        }
        if ((0,dist/* isScalar */.jn)(node)) {
            if (opts.text) {
                const src = String(node.source ?? '');
                if (node.type === 'PLAIN' && !node.tag)
                    return resolvePlain(src).tag === 'null' ? null : src;
                return typeof node.value === 'string' ? node.value : src;
            }
            const v = scalar(node);
            if ((opts.typedKeys || opts.floats) && typeof v === 'number' && Number.isInteger(v) && node.type === 'PLAIN' && resolvePlain(String(node.source ?? '')).tag === 'float')
                return new yaml11_GoFloat(v);
            // libyaml ends a clipped block scalar (`|`, `>`) that runs to the end of the input without a
            // line break with no line break; the JS parser adds one. A helm chunk split on "\n---" ends so.
            if ((node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') && typeof v === 'string' && v.endsWith('\n') && text !== undefined) {
                const [start, , end] = node.range ?? [0, 0, 0];
                if (!/\n\s*$/.test(text) && end >= text.trimEnd().length && !/^[|>][1-9]?\+/.test(text.slice(start)))
                    return v.slice(0, -1);
            }
            return v;
        }
        if ((0,dist/* isMap */.jh)(node)) {
            const out = {};
            const merges = [];
            for (const pair of node.items) {
                const k = pair.key;
                if ((0,dist/* isScalar */.jn)(k) && k.type === 'PLAIN' && !k.tag && k.source === '<<') {
                    const v = walk(pair.value);
                    for (const m of Array.isArray(v) ? v : [v])
                        if (m && typeof m === 'object' && !Array.isArray(m))
                            merges.push(m);
                    continue;
                }
                let key;
                // Fabrikate reads config into map[string]interface{}, and its yaml fork gives nested maps the
                // same string keys: a key keeps its text (`on:` is "on", `0x10:` is "0x10"), as fab shows.
                if ((0,dist/* isScalar */.jn)(k))
                    key = opts.typedKeys ? typedKey(k) : typeof k.value === 'string' ? k.value : String(k.source ?? '');
                else
                    key = JSON.stringify(walk(k));
                out[key] = walk(pair.value);
            }
            for (const m of merges)
                for (const [k, v] of Object.entries(m))
                    if (!(k in out))
                        out[k] = v;
            return out;
        }
        if ((0,dist/* isSeq */.oP)(node))
            return node.items.map((n) => walk(n));
        return null;
    };
    return walk(doc.contents);
}
function scalar(node) {
    const src = typeof node.source === 'string' ? node.source : String(node.value ?? '');
    const tag = node.tag?.replace(/^tag:yaml\.org,2002:/, '!!');
    if (node.type === 'PLAIN' && (!tag || tag === '!')) {
        const r = resolvePlain(src);
        return typeof r.value === 'bigint' ? Number(r.value) : r.value;
    }
    if (tag === '!!str' || tag === undefined || tag === '!')
        return typeof node.value === 'string' ? node.value : src;
    if (tag === '!!int' || tag === '!!float' || tag === '!!bool' || tag === '!!null') {
        const r = resolvePlain(typeof node.value === 'string' ? node.value : src);
        return typeof r.value === 'bigint' ? Number(r.value) : r.value;
    }
    // Other tags (custom, !!binary, !!timestamp): the text.
    return typeof node.value === 'string' ? node.value : src;
}
/** The first document of a stream as yaml.v2's Unmarshal reads it; undefined when it does not parse. */
function firstDocument11(text) {
    try {
        const docs = (0,dist/* parseAllDocuments */.hR)(text, { version: '1.1', uniqueKeys: false, merge: false });
        if (!Array.isArray(docs))
            return undefined;
        const first = docs[0];
        if (!first)
            return null;
        if (first.errors.length)
            return undefined;
        return toGo(first, { display: 'document', typedKeys: true }, text);
    }
    catch {
        return undefined;
    }
}
// ---- Marshal: the layout of Go's yaml.v2 Marshal (libyaml's emitter), byte for byte for the data
// Fabrikate writes: block style, keys sorted as yaml.v2 sorts them, sequences not indented under
// a key, 80 columns, plain scalars where they read back as the same string.
const BEST_WIDTH = 80;
function isPrintable(cp) {
    return (cp === 0x0a ||
        (cp >= 0x20 && cp <= 0x7e) ||
        cp === 0x85 ||
        (cp >= 0xa0 && cp <= 0xd7ff) ||
        (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff) ||
        (cp >= 0x10000 && cp <= 0x10ffff));
}
const isBreakCh = (c) => c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isBlankCh = (c) => c === ' ' || c === '\t';
/** libyaml's yaml_emitter_analyze_scalar (block context). */
function analyze(chars) {
    if (chars.length === 0)
        return { multiline: false, blockPlain: true, singleQuoted: true, block: false };
    let blockIndicators = false;
    let lineBreaks = false;
    let special = false;
    let leadingSpace = false;
    let leadingBreak = false;
    let trailingSpace = false;
    let trailingBreak = false;
    let breakSpace = false;
    let spaceBreak = false;
    let prevSpace = false;
    let prevBreak = false;
    const s = chars.join('');
    if (s.startsWith('---') || s.startsWith('...'))
        blockIndicators = true;
    let precededByWhitespace = true;
    for (let i = 0; i < chars.length; i++) {
        const c = chars[i];
        const next = chars[i + 1];
        const followedByWhitespace = next === undefined || isBlankCh(next) || isBreakCh(next);
        if (i === 0) {
            if ('#,[]{}&*!|>\'"%@`'.includes(c))
                blockIndicators = true;
            else if ((c === '?' || c === ':' || c === '-') && followedByWhitespace)
                blockIndicators = true;
        }
        else if ((c === ':' && followedByWhitespace) || (c === '#' && precededByWhitespace))
            blockIndicators = true;
        if (!isPrintable(c.codePointAt(0) ?? 0))
            special = true;
        if (c === ' ') {
            if (i === 0)
                leadingSpace = true;
            if (i === chars.length - 1)
                trailingSpace = true;
            if (prevBreak)
                breakSpace = true;
            prevSpace = true;
            prevBreak = false;
        }
        else if (isBreakCh(c)) {
            lineBreaks = true;
            if (i === 0)
                leadingBreak = true;
            if (i === chars.length - 1)
                trailingBreak = true;
            if (prevSpace)
                spaceBreak = true;
            prevSpace = false;
            prevBreak = true;
        }
        else {
            prevSpace = false;
            prevBreak = false;
        }
        precededByWhitespace = isBlankCh(c) || isBreakCh(c);
    }
    const a = { multiline: lineBreaks, blockPlain: true, singleQuoted: true, block: true };
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
        a.blockPlain = false;
    if (trailingSpace)
        a.block = false;
    if (breakSpace)
        a.blockPlain = a.singleQuoted = false;
    if (spaceBreak || special)
        a.blockPlain = a.singleQuoted = a.block = false;
    if (lineBreaks)
        a.blockPlain = false;
    if (blockIndicators)
        a.blockPlain = false;
    return a;
}
class Emitter {
    out = '';
    column = 0;
    whitespace = true;
    indention = true;
    indent = -1;
    indents = [];
    simpleKey = false;
    put(s) {
        this.out += s;
        this.column += [...s].length;
    }
    putBreak() {
        this.out += '\n';
        this.column = 0;
    }
    increaseIndent(flow, indentless) {
        this.indents.push(this.indent);
        if (this.indent < 0)
            this.indent = flow ? 2 : 0;
        else if (!indentless)
            this.indent += 2;
    }
    popIndent() {
        this.indent = this.indents.pop() ?? -1;
    }
    writeIndent() {
        const indent = Math.max(this.indent, 0);
        if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace))
            this.putBreak();
        while (this.column < indent)
            this.put(' ');
        this.whitespace = true;
        this.indention = true;
    }
    indicator(ind, needWhitespace, isWhitespace, isIndention) {
        if (needWhitespace && !this.whitespace)
            this.put(' ');
        this.put(ind);
        this.whitespace = isWhitespace;
        this.indention = this.indention && isIndention;
    }
    node(v, ctx) {
        if (Array.isArray(v))
            return this.sequence(v, ctx);
        if (v !== null && typeof v === 'object' && !(v instanceof yaml11_GoFloat))
            return this.mapping(v);
        this.scalarValue(v);
    }
    sequence(items, ctx) {
        if (items.length === 0) {
            this.indicator('[', true, true, false);
            this.indicator(']', false, false, false);
            return;
        }
        this.increaseIndent(false, ctx === 'mapping' && !this.indention);
        for (const item of items) {
            this.writeIndent();
            this.indicator('-', true, false, true);
            this.node(item, 'sequence');
        }
        this.popIndent();
    }
    mapping(map) {
        const keys = Object.keys(map).sort(goKeyCompare);
        if (keys.length === 0) {
            this.indicator('{', true, true, false);
            this.indicator('}', false, false, false);
            return;
        }
        this.increaseIndent(false, false);
        for (const k of keys) {
            this.writeIndent();
            const chars = [...k];
            if (chars.length > 128 || analyze(chars).multiline) {
                // Not a simple key: `? key` / `: value`.
                this.indicator('?', true, false, true);
                this.scalarValue(k);
                this.writeIndent();
                this.indicator(':', true, false, true);
            }
            else {
                this.simpleKey = true;
                if (k.startsWith('\0'))
                    this.scalar(k.split('\0')[2], 'plain');
                else
                    this.scalarValue(k);
                this.simpleKey = false;
                this.indicator(':', false, false, false);
            }
            this.node(map[k], 'mapping');
        }
        this.popIndent();
    }
    scalarValue(v) {
        if (v === null || v === undefined)
            return this.scalar('null', 'plain');
        if (typeof v === 'boolean')
            return this.scalar(v ? 'true' : 'false', 'plain');
        if (typeof v === 'number')
            return this.scalar(yaml11_goFloatString(v), 'plain');
        if (v instanceof yaml11_GoFloat)
            return this.scalar(yaml11_goFloatString(v.value, true), 'plain');
        if (typeof v === 'bigint')
            return this.scalar(String(v), 'plain');
        if (v instanceof Date)
            return this.scalar(v.toISOString(), 'plain');
        const s = String(v);
        // yaml.v2's stringv: multi-line text as a literal block, plain when it reads back as the same
        // string (YAML 1.1 resolution, base-60 numbers quoted too), else double-quoted.
        let style;
        if (s.includes('\n'))
            style = 'literal';
        else if (!yaml11_readsAsOther11(s))
            style = 'plain';
        else
            style = 'double';
        this.scalar(s, style);
    }
    /** libyaml's select_scalar_style + process_scalar. */
    scalar(s, requested) {
        const chars = [...s];
        const a = analyze(chars);
        let style = requested;
        if (this.simpleKey && a.multiline)
            style = 'double';
        if (style === 'plain') {
            if (!a.blockPlain || (chars.length === 0 && this.simpleKey))
                style = 'single';
        }
        if (style === 'single' && !a.singleQuoted)
            style = 'double';
        if (style === 'literal' && (!a.block || this.simpleKey))
            style = 'double';
        this.increaseIndent(true, false);
        const breaks = !this.simpleKey;
        if (style === 'plain')
            this.plain(chars, breaks);
        else if (style === 'single')
            this.single(chars, breaks);
        else if (style === 'double')
            this.double(chars, breaks);
        else
            this.literal(chars);
        this.popIndent();
    }
    writeBreakChar(c) {
        if (c === '\n')
            this.putBreak();
        else {
            this.out += c;
            this.column = 0;
        }
    }
    plain(chars, allowBreaks) {
        if (!this.whitespace)
            this.put(' ');
        let spaces = false;
        let breaks = false;
        for (let i = 0; i < chars.length; i++) {
            const c = chars[i];
            if (c === ' ') {
                if (allowBreaks && !spaces && this.column > BEST_WIDTH && chars[i + 1] !== ' ')
                    this.writeIndent();
                else
                    this.put(c);
                spaces = true;
            }
            else if (isBreakCh(c)) {
                if (!breaks && c === '\n')
                    this.putBreak();
                this.writeBreakChar(c);
                this.indention = true;
                breaks = true;
            }
            else {
                if (breaks)
                    this.writeIndent();
                this.put(c);
                this.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        this.whitespace = false;
        this.indention = false;
    }
    single(chars, allowBreaks) {
        this.indicator("'", true, false, false);
        let spaces = false;
        let breaks = false;
        for (let i = 0; i < chars.length; i++) {
            const c = chars[i];
            if (c === ' ') {
                if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < chars.length - 1 && chars[i + 1] !== ' ')
                    this.writeIndent();
                else
                    this.put(c);
                spaces = true;
            }
            else if (isBreakCh(c)) {
                if (!breaks && c === '\n')
                    this.putBreak();
                this.writeBreakChar(c);
                this.indention = true;
                breaks = true;
            }
            else {
                if (breaks)
                    this.writeIndent();
                if (c === "'")
                    this.put("'");
                this.put(c);
                this.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        this.indicator("'", false, false, false);
        this.whitespace = false;
        this.indention = false;
    }
    double(chars, allowBreaks) {
        let spaces = false;
        this.indicator('"', true, false, false);
        for (let i = 0; i < chars.length; i++) {
            const c = chars[i];
            const cp = c.codePointAt(0) ?? 0;
            if (!isPrintable(cp) || cp === 0xfeff || isBreakCh(c) || c === '"' || c === '\\') {
                const esc = {
                    0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r', 0x1b: 'e',
                    0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
                };
                let e = esc[cp];
                if (e === undefined) {
                    const hex = cp.toString(16).toUpperCase();
                    e = cp <= 0xff ? `x${hex.padStart(2, '0')}` : cp <= 0xffff ? `u${hex.padStart(4, '0')}` : `U${hex.padStart(8, '0')}`;
                }
                this.put(`\\${e}`);
                spaces = false;
            }
            else if (c === ' ') {
                if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < chars.length - 1) {
                    this.writeIndent();
                    if (chars[i + 1] === ' ')
                        this.put('\\');
                }
                else
                    this.put(c);
                spaces = true;
            }
            else {
                this.put(c);
                spaces = false;
            }
        }
        this.indicator('"', false, false, false);
        this.whitespace = false;
        this.indention = false;
    }
    literal(chars) {
        this.indicator('|', true, false, false);
        if (chars[0] === ' ' || isBreakCh(chars[0]))
            this.indicator('2', false, false, false);
        let chomp = '';
        if (chars.length === 0)
            chomp = '-';
        else {
            const last = chars.length - 1;
            if (!isBreakCh(chars[last]))
                chomp = '-';
            else if (last === 0 || isBreakCh(chars[last - 1]))
                chomp = '+';
        }
        if (chomp)
            this.indicator(chomp, false, false, false);
        this.putBreak();
        this.indention = true;
        this.whitespace = true;
        let breaks = true;
        for (const c of chars) {
            if (isBreakCh(c)) {
                this.writeBreakChar(c);
                this.indention = true;
                breaks = true;
            }
            else {
                if (breaks)
                    this.writeIndent();
                this.put(c);
                this.indention = false;
                breaks = false;
            }
        }
    }
}
/** yaml.v2's key order for string keys: letters before other characters, digit runs by value. */
function goKeyCompare(a, b) {
    if (a.startsWith('\0') || b.startsWith('\0')) {
        // Typed keys (see typedKey): numbers and bools by value, then by kind; text sorts last.
        const [, ka, va] = a.startsWith('\0') ? a.split('\0') : ['', 'string', a];
        const [, kb, vb] = b.startsWith('\0') ? b.split('\0') : ['', 'string', b];
        const num = (k, v) => (k === 'bool' ? (v === 'true' ? 1 : 0) : k === 'int' || k === 'float' ? Number(v) : undefined);
        const na = num(ka, va);
        const nb = num(kb, vb);
        const ord = (k) => KIND_ORDER[k] ?? 24;
        if (na !== undefined && nb !== undefined)
            return na !== nb ? na - nb : ord(ka) - ord(kb);
        return ord(ka) - ord(kb);
    }
    const ar = [...a];
    const br = [...b];
    const isLetter = (c) => /\p{L}/u.test(c);
    const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
    for (let i = 0; i < ar.length && i < br.length; i++) {
        if (ar[i] === br[i])
            continue;
        const al = isLetter(ar[i]);
        const bl = isLetter(br[i]);
        if (al && bl)
            return ar[i] < br[i] ? -1 : 1;
        if (al || bl)
            return bl ? -1 : 1;
        let an = 0;
        let bn = 0;
        if (ar[i] === '0' || br[i] === '0') {
            for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
                if (ar[j] !== '0') {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        let ai = i;
        let bi = i;
        for (; ai < ar.length && isDigit(ar[ai]); ai++)
            an = an * 10 + Number(ar[ai]);
        for (; bi < br.length && isDigit(br[bi]); bi++)
            bn = bn * 10 + Number(br[bi]);
        if (an !== bn)
            return an < bn ? -1 : 1;
        if (ai !== bi)
            return ai < bi ? -1 : 1;
        return ar[i] < br[i] ? -1 : 1;
    }
    return ar.length - br.length;
}
/** `yaml.Marshal(value)` of Go's yaml.v2, for data read with parseYaml11. */
function goMarshal(value) {
    const e = new Emitter();
    e.node(value, 'root');
    // Document end: a final line break.
    e.writeIndent();
    return e.out;
}

;// CONCATENATED MODULE: ./lib/hld/config.ts





function emptyConfig() {
    return { namespace: '', injectNamespace: false, disabled: false, config: {}, subcomponents: {} };
}
/** Reads `config/<env>.yaml` (else `.json`); a missing file is an empty config, as in Fabrikate. */
async function loadConfigFile(componentDir, env, display) {
    for (const ext of ['yaml', 'json']) {
        const full = (0,external_node_path_.join)(componentDir, 'config', `${env}.${ext}`);
        if (await files_exists(full)) {
            const shown = `${display === '.' ? '' : `${display}/`}config/${env}.${ext}`;
            // YAML as Fabrikate reads it (yaml.v2, YAML 1.1): plain `off` is false, `0644` is 420.
            const data = ext === 'json' ? await loadDataFile(full, shown) : yaml11_parseYaml11(await (0,promises_namespaceObject.readFile)(full, 'utf8'), { display: shown });
            return { ...toConfig(data ?? {}, shown, ''), file: shown };
        }
    }
    return undefined;
}
function toConfig(raw, file, at) {
    if (!files_isPlainObject(raw))
        throw new errors/* RingwayError */.Sy(`${file}: ${at || 'the file'} must be a mapping`);
    const c = emptyConfig();
    const where = (k) => `${file}: '${at ? `${at}.` : ''}${k}'`;
    if (raw.namespace !== undefined && raw.namespace !== null) {
        if (typeof raw.namespace !== 'string')
            throw new errors/* RingwayError */.Sy(`${where('namespace')} must be a string`);
        c.namespace = raw.namespace;
    }
    for (const key of ['injectNamespace', 'disabled']) {
        const v = raw[key];
        if (v === undefined || v === null)
            continue;
        if (typeof v !== 'boolean')
            throw new errors/* RingwayError */.Sy(`${where(key)} must be true or false`);
        c[key] = v;
    }
    if (raw.config !== undefined && raw.config !== null) {
        if (!files_isPlainObject(raw.config))
            throw new errors/* RingwayError */.Sy(`${where('config')} must be a mapping`);
        c.config = raw.config;
    }
    if (raw.subcomponents !== undefined && raw.subcomponents !== null) {
        if (!files_isPlainObject(raw.subcomponents))
            throw new errors/* RingwayError */.Sy(`${where('subcomponents')} must be a mapping of subcomponent names`);
        for (const [name, sub] of Object.entries(raw.subcomponents)) {
            c.subcomponents[name] = toConfig(sub ?? {}, file, `${at ? `${at}.` : ''}subcomponents.${name}`);
        }
    }
    return c;
}
/**
 * Layers configs in priority order, first wins, with Fabrikate's rules (conjungo, Overwrite off):
 * maps merge key by key, lists concatenate in layer order, a scalar keeps the first value set
 * (whatever the lower layers hold), and a map or list meeting another kind below it is an error. `disabled` comes from the
 * first layer that mentions the component; `namespace` and `injectNamespace` travel together from
 * the first layer that sets a namespace.
 */
function layerConfigs(layers) {
    let acc;
    for (const layer of layers)
        acc = acc ? mergeConfig(acc, layer.config, layer.config.file ?? layer.file, '') : clone(layer.config);
    return acc ?? emptyConfig();
}
function clone(c) {
    return structuredClone(c);
}
function mergeConfig(target, source, file, at) {
    const out = {
        // Struct fields are never empty to conjungo: the target's value stays…
        namespace: target.namespace,
        injectNamespace: target.injectNamespace,
        disabled: target.disabled,
        config: mergeValues(target.config, source.config, file, `${at}config`),
        subcomponents: { ...target.subcomponents },
    };
    for (const [name, sub] of Object.entries(source.subcomponents)) {
        const existing = target.subcomponents[name];
        out.subcomponents[name] = existing ? mergeConfig(existing, sub, file, `${at}subcomponents.${name}.`) : clone(sub);
    }
    // …except namespace, which Fabrikate fills from the next layer when still empty (with its
    // injectNamespace), for this config and every subcomponent entry it has.
    applyNamespace(out, source);
    return out;
}
function applyNamespace(c, source) {
    if (c.namespace === '') {
        c.namespace = source?.namespace ?? '';
        c.injectNamespace = source?.injectNamespace ?? false;
    }
    for (const [name, sub] of Object.entries(c.subcomponents))
        applyNamespace(sub, source?.subcomponents[name]);
}
function kind(v) {
    if (v === null || v === undefined)
        return 'null';
    if (Array.isArray(v))
        return 'list';
    if (files_isPlainObject(v))
        return 'map';
    return typeof v;
}
function mergeValues(t, s, file, at) {
    if (s === null || s === undefined)
        return t;
    if (t === null || t === undefined)
        return structuredClone(s);
    const kt = kind(t);
    const ks = kind(s);
    // conjungo (Overwrite off) picks the merge by the higher-priority value: a map merges only with a
    // map and a list only with a list (else it is an error); a scalar simply stays, whatever is below.
    if ((kt === 'map' || kt === 'list') && kt !== ks) {
        throw new errors/* RingwayError */.Sy(`${file}: '${at}' is a ${ks === 'map' || ks === 'list' ? ks : `${ks} value`} here but a ${kt} in a higher-priority config`);
    }
    if (kt === 'list')
        return [...t, ...structuredClone(s)];
    if (kt === 'map') {
        const out = { ...t };
        for (const [k, v] of Object.entries(s))
            out[k] = mergeValues(out[k], v, file, `${at}.${k}`);
        return out;
    }
    return t;
}

;// CONCATENATED MODULE: ./lib/hld/definition.ts





const TYPES = new Set(['component', 'helm', 'static', 'kustomize']);
const METHODS = new Set(['local', 'git', 'helm', 'http', '']);
const HOOKS = new Set(['before-install', 'after-install', 'before-generate', 'after-generate']);
/** Loads `component.yaml`, else `component.json`, from a component folder. */
async function loadDefinition(dir, display) {
    for (const file of ['component.yaml', 'component.json']) {
        const full = (0,external_node_path_.join)(dir, file);
        if (await files_exists(full)) {
            const shown = `${display === '.' ? '' : `${display}/`}${file}`;
            // Fabrikate reads every field into a Go string: `version: 1.10` is "1.10", not 1.1.
            const raw = file.endsWith('.json') ? await loadDataFile(full, shown) : yaml11_parseYaml11(await (0,promises_namespaceObject.readFile)(full, 'utf8'), { display: shown, text: true });
            return normalize(raw, shown);
        }
    }
    throw new errors/* RingwayError */.Sy(`component '${display}': no component.yaml or component.json in ${display}`);
}
function str(v, field, where) {
    if (v === undefined || v === null)
        return '';
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    throw new errors/* RingwayError */.Sy(`${where}: '${field}' must be a string`);
}
function normalize(raw, where) {
    if (!files_isPlainObject(raw))
        throw new errors/* RingwayError */.Sy(`${where}: a component definition must be a mapping`);
    const name = str(raw.name, 'name', where);
    if (!name)
        throw new errors/* RingwayError */.Sy(`${where}: component has no 'name'`);
    if (/[/\\]|^\.\.?$/.test(name))
        throw new errors/* RingwayError */.Sy(`${where}: component name '${name}' may not contain '/' or be '.' or '..'`);
    // `generator` is Fabrikate's deprecated spelling of `type`, and wins when both are set.
    const type = str(raw.generator, 'generator', where) || str(raw.type, 'type', where) || 'component';
    if (!TYPES.has(type))
        throw new errors/* RingwayError */.Sy(`${where}: component '${name}' has unknown type '${type}'`);
    const method = str(raw.method, 'method', where);
    if (!METHODS.has(method))
        throw new errors/* RingwayError */.Sy(`${where}: component '${name}' has unknown method '${method}'`);
    const hooks = {};
    if (raw.hooks !== undefined && raw.hooks !== null) {
        if (!files_isPlainObject(raw.hooks))
            throw new errors/* RingwayError */.Sy(`${where}: 'hooks' of '${name}' must be a mapping`);
        for (const [hook, cmds] of Object.entries(raw.hooks)) {
            if (!HOOKS.has(hook))
                throw new errors/* RingwayError */.Sy(`${where}: unknown hook '${hook}' in '${name}'`);
            if (!Array.isArray(cmds))
                throw new errors/* RingwayError */.Sy(`${where}: hook '${hook}' of '${name}' must be a list of commands`);
            hooks[hook] = cmds.map((c) => str(c, `hooks.${hook}`, where));
        }
    }
    const repositories = {};
    if (files_isPlainObject(raw.repositories))
        for (const [k, v] of Object.entries(raw.repositories))
            repositories[k] = str(v, `repositories.${k}`, where);
    const subs = raw.subcomponents ?? [];
    if (!Array.isArray(subs))
        throw new errors/* RingwayError */.Sy(`${where}: 'subcomponents' of '${name}' must be a list`);
    const subcomponents = subs.map((s, i) => normalize(s, `${where} subcomponents[${i}]`));
    const seen = new Set();
    for (const s of subcomponents) {
        if (seen.has(s.name))
            throw new errors/* RingwayError */.Sy(`${where}: two subcomponents of '${name}' are named '${s.name}'`);
        seen.add(s.name);
    }
    return {
        name,
        type: type,
        method: method,
        source: str(raw.source, 'source', where),
        path: str(raw.path, 'path', where),
        version: str(raw.version, 'version', where),
        branch: str(raw.branch, 'branch', where),
        hooks,
        repositories,
        subcomponents,
    };
}
/** Helm and static subcomponents are "inlined": they live in their parent's folder and config. */
function isInlined(def) {
    return def.type !== 'component';
}

;// CONCATENATED MODULE: ./lib/hld/tree.ts






/**
 * Visits the component tree, parents before children, as Fabrikate does: siblings and cousins
 * concurrently, a node's subcomponents only once `visit` of that node is done. Returns the nodes in
 * breadth-first order. Disabled subcomponents are skipped with their whole subtree. On a failure no
 * new node is visited; the first error is thrown once the visits under way have ended.
 */
/** Files a component folder is read for: links among them must stay inside the HLD or checkout. */
const COMPONENT_FILES = ['component.yaml', 'component.json', 'access.yaml', 'config'];
async function walkTree(opts) {
    await assertEntriesInside(opts.hld, opts.hld, COMPONENT_FILES, 'component .');
    const rootDef = await loadDefinition(opts.hld, '.');
    const root = {
        def: rootDef,
        physical: opts.hld,
        logical: '.',
        config: await componentConfig(opts.hld, '.', opts.environments, undefined),
        path: rootDef.name,
        root: opts.hld,
    };
    await readAccessTokens(opts.hld, '.', opts);
    const visited = [];
    let failure;
    const walk = async (node, at) => {
        if (failure)
            return;
        try {
            visited.push({ node, at });
            if (opts.visit)
                await opts.visit(node);
            if (failure)
                return;
            const kids = await children(node, opts);
            await Promise.all(kids.map((k, i) => walk(k, [...at, i])));
        }
        catch (err) {
            failure ??= { err };
        }
    };
    await walk(root, []);
    if (failure)
        throw failure.err;
    return visited.sort((a, b) => compareAt(a.at, b.at)).map((v) => v.node);
}
/** Breadth-first order of tree positions: depth first, then sibling indexes from the top. */
function compareAt(a, b) {
    if (a.length !== b.length)
        return a.length - b.length;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return 0;
}
async function children(parent, opts) {
    const out = [];
    for (const sub of parent.def.subcomponents) {
        const entry = parent.config.subcomponents[sub.name];
        if (entry?.disabled)
            continue;
        const path = `${parent.path}.${sub.name}`;
        if (isInlined(sub)) {
            out.push({ def: sub, physical: parent.physical, logical: parent.logical, config: entry ?? emptyConfig(), path, root: parent.root });
            continue;
        }
        let root = parent.root;
        let physical;
        const installed = sub.method === 'git' ? await installedFolder(parent, 'components', sub.name, path) : undefined;
        if (installed) {
            // What `fab install` left (components/<name>, committed or not): used as it is, offline, as fab generate does.
            physical = await containedPath(root, installed, sub.path || '.', `component '${path}'`);
        }
        else if (sub.method === 'git') {
            if (!sub.source)
                throw new errors/* RingwayError */.Sy(`component '${path}': method git needs a 'source' URL`);
            root = await opts.sources.git(sub.source, sub.version, sub.branch, path);
            physical = await containedPath(root, root, sub.path || '.', `component '${path}'`);
        }
        else {
            physical = await containedPath(parent.root, parent.physical, (0,external_node_path_.join)(sub.source || '.', sub.path || '.'), `component '${path}'`);
        }
        if (!(await files_exists(physical))) {
            const where = external_node_path_.posix.join(sub.source || '.', sub.path || '.');
            throw new errors/* RingwayError */.Sy(`component '${path}': folder '${where}' does not exist${sub.method === 'git' ? ` in ${sub.source}` : ''}`);
        }
        const display = external_node_path_.posix.join(parent.logical, sub.name);
        await assertEntriesInside(root, physical, COMPONENT_FILES, `component '${path}'`);
        const def = await loadDefinition(physical, display);
        await readAccessTokens(physical, display, opts);
        out.push({
            def,
            physical,
            logical: display,
            config: await componentConfig(physical, display, opts.environments, entry),
            path,
            root,
        });
    }
    return out;
}
/**
 * `<parent folder>/<kind>/<name>` when `fab install` put a source there (`components/` for git
 * components and http files, `helm_repos/` for charts), else undefined. The folder must be inside
 * the HLD (or the checkout it is part of), also through symlinks.
 */
async function installedFolder(node, kind, name, who) {
    const dir = (0,external_node_path_.join)(node.physical, kind, name);
    if (!(await files_exists(dir)))
        return undefined;
    return containedPath(node.root, node.physical, `${kind}/${name}`, `component '${who}'`);
}
/** Parent-provided config first, then the component's own environment files, then common. */
async function componentConfig(dir, display, envs, fromParent) {
    const layers = [];
    if (fromParent)
        layers.push({ config: fromParent, file: `config of the parent of ${display}` });
    for (const env of [...envs, 'common']) {
        const c = await loadConfigFile(dir, env, display);
        if (c)
            layers.push({ config: c, file: `${display === '.' ? '' : `${display}/`}config/${env}` });
    }
    return layerConfigs(layers);
}
/** Fabrikate's access.yaml: `<source url>: <ENV_VAR>` naming the variable that holds its token. */
async function readAccessTokens(dir, display, opts) {
    const file = (0,external_node_path_.join)(dir, 'access.yaml');
    if (!(await files_exists(file)))
        return;
    const shown = `${display === '.' ? '' : `${display}/`}access.yaml`;
    const data = await loadDataFile(file, shown);
    if (data === null || data === undefined)
        return;
    if (!files_isPlainObject(data))
        throw new errors/* RingwayError */.Sy(`${shown}: must map repository URLs to environment variable names`);
    for (const [url, variable] of Object.entries(data)) {
        if (typeof variable !== 'string')
            throw new errors/* RingwayError */.Sy(`${shown}: the variable for ${url} must be a name`);
        const token = process.env[variable];
        if (!token)
            opts.warn(`${shown}: environment variable ${variable} for ${url} is not set`);
        else if (!opts.sources.tokens.has(url))
            opts.sources.tokens.set(url, token);
    }
}

;// CONCATENATED MODULE: ./lib/hld/chart-path.ts





/**
 * The folder of a helm component's chart and the root it must stay inside: what `fab install` left
 * in helm_repos/<name> when it is there (used as it is, as fab generate does), else fetched into the
 * cache (with its dependencies), else the chart in the HLD.
 */
async function chartPath(node, sources) {
    const { def } = node;
    const who = node.path;
    const remote = def.method === 'helm' || def.method === 'git';
    const installed = remote ? await installedFolder(node, 'helm_repos', def.name, who) : undefined;
    if (installed) {
        const dir = def.method === 'git' ? await containedPath(node.root, installed, def.path || '.', `component '${who}'`) : installed;
        return { chart: await existingChart(dir, who), root: node.root };
    }
    if (def.method === 'helm') {
        if (!def.source || !def.path)
            throw new errors/* RingwayError */.Sy(`component '${who}': method helm needs 'source' (repository URL) and 'path' (chart name)`);
        const chart = await sources.helmChart(def.source, def.path, def.version, who);
        await ensureChartDependencies(chart, who);
        return { chart, root: chart };
    }
    if (def.method === 'git') {
        if (!def.source)
            throw new errors/* RingwayError */.Sy(`component '${who}': method git needs a 'source' URL`);
        const checkout = await sources.git(def.source, def.version, def.branch, who);
        const chart = await existingChart(await containedPath(checkout, checkout, def.path || '.', `component '${who}'`), who);
        await ensureChartDependencies(chart, who);
        return { chart, root: checkout };
    }
    return { chart: await existingChart(await containedPath(node.root, node.physical, def.path || '.', `component '${who}'`), who), root: node.root };
}
async function existingChart(dir, who) {
    if (!(await files_exists((0,external_node_path_.join)(dir, 'Chart.yaml'))))
        throw new errors/* RingwayError */.Sy(`component '${who}': no helm chart (Chart.yaml) at ${dir}`);
    return dir;
}

;// CONCATENATED MODULE: ./lib/hld/render.ts







/**
 * Keeps the documents of a multi-document stream that parse to a non-empty mapping, each written
 * as `---\n<text>\n` — byte for byte the way Fabrikate cleans `helm template` output (it splits on
 * "\n---" and keeps each chunk's text as it was, warnings and empty documents dropped).
 */
function cleanManifests(manifests) {
    let out = '';
    for (const chunk of manifests.split('\n---')) {
        const doc = firstDocument(chunk);
        if (!files_isPlainObject(doc) || Object.keys(doc).length === 0)
            continue;
        out += `---\n${chunk}\n`;
    }
    return out;
}
/**
 * Sets metadata.namespace where a document has metadata but no namespace. Documents are
 * re-serialised (keys sorted, as Fabrikate's YAML library writes them); order is kept.
 */
function injectNamespace(manifests, namespace) {
    let out = '';
    for (const chunk of manifests.split('\n---')) {
        const doc = firstDocument11(chunk);
        if (!files_isPlainObject(doc) || Object.keys(doc).length === 0)
            continue;
        const meta = doc.metadata;
        if (files_isPlainObject(meta) && (meta.namespace === undefined || meta.namespace === null))
            meta.namespace = namespace;
        out += `---\n${goMarshal(doc)}\n`;
    }
    return out;
}
/** How values files are written; part of the render cache key, so renders from before a change are not reused. */
const VALUES_FORMAT = 'yaml.v2';
/**
 * helm is a short-lived Go process: about 60 of its ~75 ms per render are package init (k8s
 * schemes, kubectl, JSON schema), which allocates heavily, so much of a render's CPU is garbage
 * collection. A heap allowed to grow to 5× its live size (GOGC=400; Go's default is 100) measured
 * here, five interleaved rounds: 40 renders of small charts 2.52 s CPU at GOGC=200 → 2.29 s, a
 * 3.5 MB render of 20,000 objects 1.79 s → 1.60 s, its peak memory 109 → 139 MiB; ordinary
 * charts stay at ~55 MiB. (GOGC=off with a GOMEMLIMIT saved about as much but makes a render whose
 * live heap passes the limit collect without pause.) A GOGC the user set is kept.
 */
const HELM_ENV = { GOGC: process.env.GOGC ?? '400' };
/** `helm template <release> <chart> --values <config> --namespace <ns>`, cleaned as Fabrikate does. */
async function renderHelm(r) {
    const dir = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ringway-values-'));
    const valuesFile = (0,external_node_path_.join)(dir, 'values.yaml');
    try {
        // Quoted where YAML 1.1 would read another type: helm must see "off" as text, as with fab.
        await (0,promises_namespaceObject.writeFile)(valuesFile, goMarshal(r.values ?? {}), { mode: 0o600 });
        const ns = r.namespace || 'default';
        const res = await (0,lib_exec/* exec */.m0)('helm', ['template', `--values=${valuesFile}`, `--namespace=${ns}`, '--', r.release, r.chart], { allowFailure: true, env: HELM_ENV });
        if (res.code !== 0)
            throw new errors/* RingwayError */.Sy(`component '${r.who}': helm template failed: ${(0,lib_exec/* lastLines */.w$)(res.stderr, 2)}`);
        // fab reads helm's combined output: warnings helm prints first (a symlinked subchart) make the
        // first chunk of the manifest start on an empty line. Its warnings come before the manifest.
        const cleaned = cleanManifests(res.stderr + res.stdout);
        return r.injectNamespace && r.namespace ? injectNamespace(cleaned, r.namespace) : cleaned;
    }
    finally {
        await (0,promises_namespaceObject.rm)(dir, { recursive: true, force: true });
    }
}
/**
 * Every file of a folder in name order, each as `---\n<content>\n` (Fabrikate's static
 * generator). ringway also accepts a single file, which Fabrikate 0.x does not.
 */
async function renderStatic(path, who) {
    const st = await (0,promises_namespaceObject.stat)(path).catch(() => undefined);
    if (!st)
        throw new errors/* RingwayError */.Sy(`component '${who}': static path ${path} does not exist`);
    if (st.isFile())
        return `---\n${await (0,promises_namespaceObject.readFile)(path, 'utf8')}\n`;
    let out = '';
    // Go's ioutil.ReadDir sorts by byte order of the name, which plain string comparison matches.
    const names = (await (0,promises_namespaceObject.readdir)(path)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) {
        const full = (0,external_node_path_.join)(path, name);
        if ((await (0,promises_namespaceObject.stat)(full)).isDirectory())
            throw new errors/* RingwayError */.Sy(`component '${who}': static folder ${path} contains a folder '${name}'; only files are read`);
        out += `---\n${await (0,promises_namespaceObject.readFile)(full, 'utf8')}\n`;
    }
    return out;
}
/** `kubectl kustomize <dir>`, one `---` document per resource. */
async function renderKustomize(path, namespace, inject, who) {
    const res = await (0,lib_exec/* exec */.m0)('kubectl', ['kustomize', '--', path], { allowFailure: true });
    if (res.code !== 0)
        throw new errors/* RingwayError */.Sy(`component '${who}': kubectl kustomize failed: ${(0,lib_exec/* lastLines */.w$)(res.stderr, 2)}`);
    const docs = res.stdout.split(/^---\s*$/m).map((d) => d.replace(/^\n+|\n+$/g, '')).filter(Boolean);
    const out = docs.map((d) => `---\n${d}\n`).join('');
    return inject && namespace ? injectNamespace(out, namespace) : out;
}

;// CONCATENATED MODULE: ./lib/hld/render-cache.ts











/**
 * A component's values as cache-key text: JSON (a hundred times cheaper than YAML, which a warm run
 * paid per component), with what JSON cannot tell apart made distinct: NaN, ±Infinity and -0, and
 * objects that are not plain data (dates, GoFloat) become the text "\u0001<kind>:<value>"; a string
 * or key of the user's that starts with \0 or \u0001 gets a \0 in front, so none reads as a tag.
 * Equal text means equal values, so a cached render is never reused for other values.
 */
function valuesKey(values) {
    const esc = (s) => (s.startsWith('\0') || s.startsWith('\u0001') ? `\0${s}` : s);
    // A returned string is written as it is (not visited again), so tags are strings.
    return JSON.stringify(values, function (key) {
        const raw = this[key];
        if (typeof raw === 'string')
            return esc(raw);
        if (typeof raw === 'number')
            return Number.isFinite(raw) && !Object.is(raw, -0) ? raw : `\u0001number:${String(raw)}`;
        if (typeof raw === 'bigint')
            return `\u0001bigint:${String(raw)}`;
        if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
            return raw;
        const proto = Object.getPrototypeOf(raw);
        if (proto !== Object.prototype && proto !== null) {
            return `\u0001${raw.constructor?.name ?? 'object'}:${raw instanceof Date ? raw.toISOString() : `${String(raw)}:${JSON.stringify(Object.entries(raw))}`}`;
        }
        return Object.fromEntries(Object.entries(raw).map(([k, v]) => [esc(k), v]));
    });
}
/** Changes when ringway writes a rendered component differently, so older cache entries are not reused. */
const RENDER_FORMAT = 'render-2';
/** 256 MiB: some 50,000 rendered components of a few KiB. */
const DEFAULT_RENDER_CACHE_BYTES = 256 * 2 ** 20;
/** Renders components, reusing a cached result when chart, values, namespace and helm are unchanged. */
class Renderer {
    cacheDir;
    rendered = 0;
    fromCache = 0;
    helmVersion;
    chartHashes = new Map();
    /** Render cache entries this run read or wrote. */
    used = new Set();
    constructor(cacheDir) {
        this.cacheDir = cacheDir;
    }
    /**
     * Bounds the render cache: entries this run used are kept (and marked recent); the others go,
     * least recently used first, until the whole cache is under `maxBytes`. Runs of other
     * environments sharing the cache keep their entries while there is room.
     */
    async evict(maxBytes) {
        const dir = (0,external_node_path_.join)(this.cacheDir, 'render');
        const names = await (0,promises_namespaceObject.readdir)(dir).catch(() => []);
        const now = new Date();
        const entries = await Promise.all(names.map(async (name) => {
            const full = (0,external_node_path_.join)(dir, name);
            const st = await (0,promises_namespaceObject.stat)(full).catch(() => undefined);
            if (this.used.has(name))
                await (0,promises_namespaceObject.utimes)(full, now, now).catch(() => undefined);
            return { full, size: st?.size ?? 0, mtime: st?.mtimeMs ?? 0, used: this.used.has(name) };
        }));
        let bytes = entries.reduce((n, e) => n + e.size, 0);
        let removed = 0;
        for (const e of entries.filter((x) => !x.used).sort((a, b) => a.mtime - b.mtime)) {
            if (bytes <= maxBytes)
                break;
            await (0,promises_namespaceObject.rm)(e.full, { force: true });
            bytes -= e.size;
            removed++;
        }
        return { kept: entries.length - removed, removed, bytes };
    }
    async render(node, sources) {
        const { def, config } = node;
        const who = node.path;
        switch (def.type) {
            case 'component':
                return '';
            case 'static': {
                if (def.method === 'http') {
                    // fab install downloads into components/<name>/ and fab generate reads that whole folder.
                    const installed = await installedFolder(node, 'components', def.name, who);
                    this.rendered++;
                    if (installed)
                        return renderStatic(installed, who);
                    return renderStatic((0,external_node_path_.join)(await sources.http(def.source, def.name, who), `${def.name}.yaml`), who);
                }
                const base = def.method === 'git' ? await sources.git(def.source, def.version, def.branch, who) : node.physical;
                const root = def.method === 'git' ? base : node.root;
                this.rendered++;
                const files = await containedPath(root, base, def.path || '.', `component '${who}'`);
                await assertTreeInside(root, files, `component '${who}'`);
                return renderStatic(files, who);
            }
            case 'kustomize': {
                const base = def.method === 'git' ? await sources.git(def.source, def.version, def.branch, who) : node.physical;
                const root = def.method === 'git' ? base : node.root;
                this.rendered++;
                const dir = await containedPath(root, base, def.path || '.', `component '${who}'`);
                await assertTreeInside(root, dir, `component '${who}'`);
                return renderKustomize(dir, config.namespace, config.injectNamespace, who);
            }
            case 'helm': {
                const { chart, root } = await chartPath(node, sources);
                const key = (0,external_node_crypto_namespaceObject.createHash)('sha256')
                    .update(JSON.stringify([RENDER_FORMAT, VALUES_FORMAT, await this.helm(), await this.hashChart(chart, root, who), def.name, config.namespace, config.injectNamespace, valuesKey(config.config ?? {})]))
                    .digest('hex');
                const cached = (0,external_node_path_.join)(this.cacheDir, 'render', `${key}.yaml`);
                this.used.add(`${key}.yaml`);
                const hit = await (0,promises_namespaceObject.readFile)(cached, 'utf8').catch(() => undefined);
                if (hit !== undefined) {
                    this.fromCache++;
                    return hit;
                }
                const manifest = await renderHelm({ release: def.name, chart, values: config.config, namespace: config.namespace, injectNamespace: config.injectNamespace, who });
                this.rendered++;
                await (0,promises_namespaceObject.mkdir)((0,external_node_path_.join)(this.cacheDir, 'render'), { recursive: true });
                const tmp = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}`;
                await (0,promises_namespaceObject.writeFile)(tmp, manifest);
                await (0,promises_namespaceObject.rename)(tmp, cached);
                return manifest;
            }
        }
    }
    /**
     * Starts finding helm's version (part of every helm render's cache key) now, so that a cold
     * run asks helm while the HLD is still being read instead of before its first render. A failure
     * (no helm) is reported by the first helm component that needs the version, not here: an HLD
     * without one never needs helm.
     */
    warmUp() {
        this.helm().catch(() => undefined);
    }
    /**
     * helm's version, part of every render cache key. Asking helm costs a process per run, so the
     * answer is kept in the cache next to the binary's path, size and mtime, and asked again only
     * when the binary changes.
     */
    helm() {
        this.helmVersion ??= (async () => {
            const bin = (process.env.PATH ?? '').split(external_node_path_.delimiter).map((d) => (0,external_node_path_.join)(d, 'helm')).find((f) => (0,external_node_fs_.existsSync)(f));
            const st = bin ? await (0,promises_namespaceObject.stat)(bin) : undefined;
            const id = bin && st ? `${bin}:${st.size}:${st.mtimeMs}` : '';
            const file = (0,external_node_path_.join)(this.cacheDir, 'helm-version.json');
            const known = await (0,promises_namespaceObject.readFile)(file, 'utf8').then((t) => JSON.parse(t), () => undefined);
            if (id && known?.id === id)
                return known.version;
            const version = (await (0,lib_exec/* exec */.m0)('helm', ['version', '--short'])).stdout.trim();
            if (id) {
                await (0,promises_namespaceObject.mkdir)(this.cacheDir, { recursive: true });
                await (0,promises_namespaceObject.writeFile)(file, JSON.stringify({ id, version }));
            }
            return version;
        })();
        return this.helmVersion;
    }
    /**
     * Content hash of every file of a chart (names and bytes), computed once per run. Symlinks are
     * followed as helm follows them (a subchart folder linked from a shared one), but only while
     * they stay inside `root`, the HLD or the fetched source: a link leading out is an error.
     */
    hashChart(dir, root, who) {
        let p = this.chartHashes.get(dir);
        if (!p) {
            p = (async () => {
                const h = (0,external_node_crypto_namespaceObject.createHash)('sha256');
                const realRoot = await (0,promises_namespaceObject.realpath)(root);
                const seen = new Set();
                const walk = async (d, real) => {
                    if (seen.has(real))
                        return; // a link back up the tree: helm would loop, we list it once
                    seen.add(real);
                    for (const e of (await (0,promises_namespaceObject.readdir)(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
                        const full = (0,external_node_path_.join)(d, e.name);
                        let isDir = e.isDirectory();
                        let target = (0,external_node_path_.join)(real, e.name);
                        if (e.isSymbolicLink()) {
                            target = await (0,promises_namespaceObject.realpath)(full).catch(() => {
                                throw new errors/* RingwayError */.Sy(`component '${who}': symlink ${(0,external_node_path_.relative)(root, full)} in its chart points to nothing`);
                            });
                            if (!inside(realRoot, target))
                                throw new errors/* RingwayError */.Sy(`component '${who}': symlink ${(0,external_node_path_.relative)(root, full)} in its chart leads outside the HLD`);
                            isDir = (await (0,promises_namespaceObject.stat)(target)).isDirectory();
                        }
                        if (isDir)
                            await walk(full, target);
                        else {
                            h.update((0,external_node_path_.relative)(dir, full)).update('\0');
                            h.update(await (0,promises_namespaceObject.readFile)(full));
                        }
                    }
                };
                await walk(dir, await (0,promises_namespaceObject.realpath)(dir));
                return h.digest('hex');
            })();
            this.chartHashes.set(dir, p);
        }
        return p;
    }
}

// EXTERNAL MODULE: ./lib/secrets.ts
var secrets = __nccwpck_require__(6995);
// EXTERNAL MODULE: ./lib/git/job-token.ts
var job_token = __nccwpck_require__(3102);
// EXTERNAL MODULE: ./lib/git/trust.ts
var trust = __nccwpck_require__(2811);
;// CONCATENATED MODULE: ./lib/git/validate.ts




/**
 * The one home of the rules for values that reach git (and helm) as operands: repository URLs and
 * refs. Inputs and stored values (table rows, HLD files) both pass through here before any command
 * runs, so an option-looking value (`--upload-pack=…`) is refused with a line naming where it came
 * from, instead of running. docs/security.md states the same rules for users.
 */
/** `what` is an input name (`manifest-repo` → "input 'manifest-repo'") or a phrase used as written. */
function describe(what) {
    return /^[a-z][a-z0-9-]*$/.test(what) ? `input '${what}'` : what;
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
 * A repository URL git may be given: https; http to a loopback host only; ssh (`ssh://` or
 * `[user@]host:path`); git://; file:// and local paths. Never an option (leading `-`), never a
 * remote-helper address (`ext::…`, which runs commands), never credentials in the URL (the `token`
 * input is the one way to authenticate), no control characters. Returns the trimmed URL.
 */
function validate_checkRepoUrl(value, what) {
    const url = value.trim();
    const who = describe(what);
    if (!url)
        throw new errors/* UsageError */.eb(`${who} is required`);
    const bad = (why) => new errors/* UsageError */.eb(`${who}: '${shorten(url)}' is not a repository URL git may be given: ${why}`);
    if (url.length > MAX_URL)
        throw bad(`longer than ${MAX_URL} characters`);
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
            throw new errors/* UsageError */.eb(`${who} is not a valid URL`);
        }
        if (!SCHEMES.has(u.protocol))
            throw bad(`scheme '${u.protocol.slice(0, -1)}' is not supported (https, http to this machine, ssh, git, file)`);
        const web = u.protocol === 'https:' || u.protocol === 'http:';
        if (u.password || (u.username && web)) {
            (0,secrets/* registerSecret */.cl)(decodeURIComponent(u.password));
            (0,secrets/* registerSecret */.cl)(decodeURIComponent(u.username));
            throw new errors/* UsageError */.eb(`${who} must not contain credentials; pass the token in the 'token' input`);
        }
        if (u.hostname.startsWith('-'))
            throw bad("its host starts with '-'");
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
    const url = validate_checkRepoUrl(value, input);
    if (!isLocalPath(url))
        return url;
    const path = resolve(url);
    if (!existsSync(path) || !statSync(path).isDirectory()) {
        throw new UsageError(`${describe(input)}: '${shorten(url)}' is neither a repository URL (https://…, ssh://…, user@host:path) nor an existing folder`);
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
    return value.trim() ? validate_checkRepoUrl(value, what) : '';
}
/**
 * A ref git may be given (branch, tag, commit): git check-ref-format's rules for one ref name, plus
 * never starting with '-'. A commit SHA (hex) passes. Returns the value.
 */
function validate_checkRef(value, what) {
    const ref = value;
    const who = describe(what);
    const bad = (why) => new errors/* UsageError */.eb(`${who}: '${shorten(ref)}' is not a valid git ref: ${why}`);
    if (!ref)
        throw new errors/* UsageError */.eb(`${who} is required`);
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
/** Optional variant: '' stays ''. */
function checkOptionalRef(value, what) {
    return value ? validate_checkRef(value, what) : '';
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
        throw new errors/* UsageError */.eb(`${who} is required`);
    if (url.length > MAX_URL || CONTROL.test(url) || url.startsWith('-') || !/^(https?|oci):\/\/[^-/]/i.test(url)) {
        throw new errors/* UsageError */.eb(`${who}: '${shorten(url)}' is not a chart repository URL (http, https or oci)`);
    }
    return url;
}

;// CONCATENATED MODULE: ./lib/git/auth.ts



/**
 * The Authorization header git sends for a token. GitHub takes Basic `x-access-token:<token>`
 * (what actions/checkout sends); Azure DevOps takes Basic with an empty user and the PAT, or Bearer
 * for System.AccessToken (a JWT). Other servers get Basic `x-access-token:<token>`.
 */
function authorizationHeader(url, token) {
    if (isAzureDevOpsHost((0,trust/* hostOf */.w)(url))) {
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
function auth_gitAuthEnv(url, token, base = process.env) {
    const env = { GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' };
    token = (0,job_token/* tokenFor */.fn)(url, token);
    if (!token)
        return env;
    (0,secrets/* registerSecret */.cl)(token);
    const header = authorizationHeader(url, token);
    (0,secrets/* registerSecret */.cl)(header);
    const n = Number(base.GIT_CONFIG_COUNT ?? '0') || 0;
    env.GIT_CONFIG_COUNT = String(n + 1);
    env[`GIT_CONFIG_KEY_${n}`] = 'http.extraheader';
    env[`GIT_CONFIG_VALUE_${n}`] = header;
    return env;
}
// Repository URL rules live in validate.ts; re-exported for the steps that import them from here.

/** The URL with any userinfo removed, for log lines and error messages. */
function auth_displayUrl(url) {
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

;// CONCATENATED MODULE: ./lib/git/repo.ts





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
        checkRepoUrl(opts.url, 'repository URL');
        if (opts.branch)
            checkRef(opts.branch, 'branch');
        await mkdir(opts.dir, { recursive: true });
        await exec('git', ['init', '-q', opts.dir]);
        await exec('git', ['remote', 'add', '--end-of-options', 'origin', opts.url], { cwd: opts.dir });
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
            return await exec('git', ['-c', 'credential.helper=', '-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgsign=false', ...TEMP_CLONE_CONFIG, ...args], {
                cwd: this.dir,
                env,
                input: opts.input,
                allowFailure: opts.allowFailure,
                label: `git ${args[0]}`,
                // A server that accepts and never answers must not hang the step.
                ...(opts.network ? { timeout: { ms: networkTimeoutMs(), service: `git server ${displayUrl(this.url)}` } } : {}),
            });
        }
        catch (err) {
            if (opts.network && err instanceof ExecError)
                throw classifyNetworkError(this.url, err);
            throw err;
        }
    }
    async defaultBranch() {
        const { stdout } = await this.git(['ls-remote', '--symref', '--end-of-options', 'origin', 'HEAD'], { network: true });
        const m = /^ref: refs\/heads\/(\S+)\s+HEAD/m.exec(stdout);
        // The server's answer is untrusted: its branch name passes the same rules as an input's.
        return m ? checkRef(m[1], `the default branch announced by ${displayUrl(this.url)}`) : 'main';
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
            throw classifyNetworkError(this.url, new ExecError('git fetch', fetched));
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
        if (/remote end hung up|unexpected disconnect|RPC failed|Empty reply from server/i.test(text) && !/HTTP 40[1345]|Authentication failed/i.test(text)) {
            throw new RingwayError(`push to ${displayUrl(this.url)} was cut off: the server closed the connection (${lastLines(r.stderr, 1)}); the branch holds its old tip or the whole push, never part of it: run the step again`);
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

;// CONCATENATED MODULE: ./lib/hld/sources.ts










function defaultCacheDir() {
    return process.env.RINGWAY_CACHE_DIR || (0,external_node_path_.join)(process.env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'ringway');
}
function key(...parts) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
}
/**
 * Fetches remote component sources once into a content-addressed cache. A pinned source (git
 * commit or tag, helm chart version) is reused across runs; an unpinned one (branch tip, latest
 * chart) is fetched once per run. Concurrent requests for one source share one fetch.
 */
class SourceCache {
    dir;
    tokens;
    inflight = new Map();
    constructor(dir, 
    /** Source URL → token, from Fabrikate access.yaml files. */
    tokens = new Map()) {
        this.dir = dir;
        this.tokens = tokens;
    }
    /** A checkout of `url` at `version` (commit/tag) or `branch`, shallow where possible. */
    git(url, version, branch, who) {
        // HLD content is untrusted: the URL and refs are checked before git sees them (an option-looking
        // `version` would otherwise reach `git fetch` as an option), and follow --end-of-options.
        try {
            validate_checkRepoUrl(url, `component '${who}': source`);
            checkOptionalRef(version, `component '${who}': version`);
            checkOptionalRef(branch, `component '${who}': branch`);
        }
        catch (err) {
            return Promise.reject(err);
        }
        const pinned = version !== '';
        const id = `git-${key(url, version, branch)}`;
        return this.once(id, pinned, async (target) => {
            const token = this.tokens.get(url);
            const env = auth_gitAuthEnv(url, token);
            const timeout = { ms: (0,lib_exec/* networkTimeoutMs */.mi)(), service: `git server ${auth_displayUrl(url)}` };
            const git = (args) => ['-c', 'credential.helper=', ...TEMP_CLONE_CONFIG, ...args];
            const run = (args, cwd) => (0,lib_exec/* exec */.m0)('git', git(args), { cwd, env, label: `git ${args[0]}`, ...(args[0] === 'fetch' ? { timeout } : {}) });
            try {
                await run(['init', '-q', target]);
                const ref = version || (branch ? `refs/heads/${branch}` : 'HEAD');
                // Shallow fetch of exactly the wanted commit; servers that refuse fetching by SHA get a full fetch.
                const shallow = await (0,lib_exec/* exec */.m0)('git', git(['fetch', '-q', '--depth=1', '--end-of-options', url, ref]), { cwd: target, env, allowFailure: true, timeout, label: 'git fetch' });
                if (shallow.code !== 0) {
                    if (!version)
                        throw new lib_exec/* ExecError */.cI('git fetch', shallow);
                    await run(['fetch', '-q', '--tags', '--end-of-options', url, '+refs/heads/*:refs/remotes/origin/*'], target);
                    const commit = await (0,lib_exec/* exec */.m0)('git', git(['rev-parse', '--verify', '-q', '--end-of-options', `${version}^{commit}`]), { cwd: target, env, allowFailure: true });
                    if (commit.code !== 0)
                        throw new errors/* RingwayError */.Sy(`no commit, tag or branch '${version}'`);
                    await run(['checkout', '-q', '--detach', commit.stdout.trim()], target);
                }
                else {
                    await run(['checkout', '-q', '--detach', 'FETCH_HEAD'], target);
                }
                await (0,promises_namespaceObject.rm)((0,external_node_path_.join)(target, '.git'), { recursive: true, force: true });
            }
            catch (err) {
                const detail = err instanceof lib_exec/* ExecError */.cI ? (0,lib_exec/* lastLines */.w$)(err.result.stderr, 1) : err.message;
                throw new errors/* RingwayError */.Sy(`component '${who}': cannot fetch ${auth_displayUrl(url)}${version ? `@${version}` : branch ? ` (branch ${branch})` : ''}: ${detail}`);
            }
        });
    }
    /** A chart from a helm repository, untarred; returns the chart folder. */
    async helmChart(repoUrl, chart, version, who) {
        checkHelmRepoUrl(repoUrl, `component '${who}': source`);
        if (chart.startsWith('-') || version.startsWith('-'))
            throw new errors/* RingwayError */.Sy(`component '${who}': chart name and version may not start with '-'`);
        const id = `helm-${key(repoUrl, chart, version)}`;
        const dir = await this.once(id, version !== '', async (target) => {
            const args = ['pull', `--repo=${repoUrl}`, '--untar', `--untardir=${target}`];
            if (version)
                args.push(`--version=${version}`);
            args.push('--', chart);
            // A chart repository that never answers must not hang generate (helm pull has no timeout of its own).
            const r = await (0,lib_exec/* exec */.m0)('helm', args, { allowFailure: true, label: 'helm pull', timeout: { ms: (0,lib_exec/* networkTimeoutMs */.mi)(), service: `helm repository ${auth_displayUrl(repoUrl)}` } }).catch((err) => {
                throw new errors/* RingwayError */.Sy(`component '${who}': ${err.message}`);
            });
            if (r.code !== 0)
                throw new errors/* RingwayError */.Sy(`component '${who}': helm pull ${chart} from ${auth_displayUrl(repoUrl)} failed: ${(0,lib_exec/* lastLines */.w$)(r.stderr, 1)}`);
        });
        const [name] = await (0,promises_namespaceObject.readdir)(dir);
        return (0,external_node_path_.join)(dir, name);
    }
    /** A single manifest file over HTTP(S) (`type: static`, `method: http`). */
    http(url, name, who) {
        return this.once(`http-${key(url)}`, false, async (target) => {
            if (!/\.ya?ml$/i.test(new URL(url).pathname)) {
                throw new errors/* RingwayError */.Sy(`component '${who}': source for a static http component must end in .yaml or .yml`);
            }
            const res = await fetch(url, { signal: AbortSignal.timeout((0,lib_exec/* networkTimeoutMs */.mi)()) }).catch((e) => {
                if (e.name === 'TimeoutError')
                    throw new errors/* RingwayError */.Sy(`component '${who}': ${(0,lib_exec/* noAnswerError */.q9)(auth_displayUrl(url)).message}`);
                throw new errors/* RingwayError */.Sy(`component '${who}': cannot download ${auth_displayUrl(url)}: ${e.message}`);
            });
            if (!res.ok)
                throw new errors/* RingwayError */.Sy(`component '${who}': downloading ${auth_displayUrl(url)} failed with HTTP ${res.status}`);
            await (0,promises_namespaceObject.mkdir)(target, { recursive: true });
            await (0,promises_namespaceObject.writeFile)((0,external_node_path_.join)(target, `${name}.yaml`), Buffer.from(await res.arrayBuffer()));
        });
    }
    once(id, pinned, fill) {
        let p = this.inflight.get(id);
        if (!p) {
            p = this.fetchInto(id, pinned, fill);
            this.inflight.set(id, p);
        }
        return p;
    }
    async fetchInto(id, pinned, fill) {
        const final = (0,external_node_path_.join)(this.dir, 'sources', id);
        if (pinned && (await files_exists(final)))
            return final;
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_.join)(this.dir, 'sources'), { recursive: true });
        const tmp = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_.join)(this.dir, 'sources', `.tmp-${id}-`));
        const target = (0,external_node_path_.join)(tmp, 'x');
        try {
            await fill(target);
            await (0,promises_namespaceObject.rm)(final, { recursive: true, force: true });
            // Rename is atomic: a reader sees the old entry or the complete new one, never half.
            await (0,promises_namespaceObject.rename)(target, final).catch(async (err) => {
                if (!(err.code === 'ENOTEMPTY' || err.code === 'EEXIST'))
                    throw err;
            });
            return final;
        }
        finally {
            await (0,promises_namespaceObject.rm)(tmp, { recursive: true, force: true });
        }
    }
}

;// CONCATENATED MODULE: ./lib/hld/generate.ts
// The generate walk: renders a Fabrikate HLD environment set by environment set into staging
// folders that replace the output only when every component succeeded. Rendering and its cache
// are in render-cache.ts, hooks in hooks.ts, `fab install` in install.ts.













/** Output folder name for a set of environments, as `fab generate prod east` names it. */
function folderName(envs) {
    return envs.length ? envs.join('-') : 'common';
}
/**
 * Renders a Fabrikate HLD into `<output>/<env…>/`. Components render in parallel, bounded by
 * `concurrency`; each manifest is written to a staging folder as soon as it is ready, and the
 * staging folders replace the previous output only when every component of every environment
 * succeeded, so a failure leaves the previous output as it was.
 */
async function generate(opts) {
    const hld = (0,external_node_path_.resolve)(opts.hld);
    const output = (0,external_node_path_.resolve)(opts.output ?? (0,external_node_path_.join)(hld, 'generated'));
    const log = opts.log ?? (() => undefined);
    const warn = opts.warn ?? log;
    const cacheDir = (0,external_node_path_.resolve)(opts.cacheDir || defaultCacheDir());
    const sources = new SourceCache(cacheDir);
    const groups = opts.environments.length ? opts.environments : [[]];
    const names = groups.map(folderName);
    for (const n of names)
        if (/[/\\]|^\.\.?$/.test(n))
            throw new errors/* RingwayError */.Sy(`environment folder name '${n}' is not valid`);
    // A committed `generated` link must not carry the output out of the HLD.
    if (inside(hld, output))
        await assertResolvesInside(hld, output, 'output');
    await (0,promises_namespaceObject.mkdir)(output, { recursive: true });
    // Staging is named after this process: one left by a killed run is removed by the next.
    await removeStaleStaging(output);
    const staging = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_.join)(output, `.ringway-staging-${process.pid}-`));
    const renderer = new Renderer(cacheDir);
    renderer.warmUp();
    const limit = limiter(opts.concurrency || defaultConcurrency());
    try {
        const folders = [];
        let components = 0;
        let done = 0;
        let found = 0;
        // One environment set after another, as Bedrock runs `fab generate` once per FAB_ENVS entry:
        // hooks of one component never run twice at once. Inside a set, components render in parallel.
        for (const [g, envs] of groups.entries()) {
            const folder = (0,external_node_path_.join)(staging, names[g]);
            await (0,promises_namespaceObject.mkdir)(folder, { recursive: true });
            const written = new Map();
            const failed = []; // the first failure of a render; later ones are its consequences
            const pending = [];
            const renderOne = async (node) => {
                const manifest = await limit(() => renderer.render(node, sources));
                await runHooks(node, 'after-generate');
                const file = (0,external_node_path_.join)(folder, node.logical, `${node.def.name}.yaml`);
                const other = written.get(file);
                if (other)
                    warn(`components '${other}' and '${node.path}' both write ${(0,external_node_path_.relative)(staging, file)}; the last one rendered wins`);
                written.set(file, node.path);
                await (0,promises_namespaceObject.mkdir)((0,external_node_path_.join)(folder, node.logical), { recursive: true });
                await (0,promises_namespaceObject.writeFile)(file, manifest, { mode: 0o644 });
                opts.progress?.({ done: ++done, total: found, component: node.path, rendered: renderer.rendered, fromCache: renderer.fromCache });
            };
            const nodes = await walkTree({
                hld,
                environments: envs,
                sources,
                warn,
                // Fabrikate's order: a component's before-generate, render and after-generate all end before
                // its subcomponents are read. Only an after-generate hook makes the children wait for the
                // render; without one they are read while it runs (rendering writes nothing into the HLD).
                visit: async (node) => {
                    if (failed.length)
                        throw failed[0];
                    found++;
                    await limit(() => runHooks(node, 'before-generate'));
                    const done = renderOne(node).catch((err) => {
                        failed.push(err);
                    });
                    if (hasHook(node, 'after-generate'))
                        await done;
                    else
                        pending.push(done);
                    if (failed.length)
                        throw failed[0];
                },
            }).catch(async (err) => {
                await Promise.all(pending);
                throw err;
            });
            await Promise.all(pending);
            if (failed.length)
                throw failed[0];
            if (opts.validate)
                await validateFolder(folder, names[g]);
            folders.push({ name: names[g], path: (0,external_node_path_.join)(output, names[g]), files: nodes.length });
            components += nodes.length;
        }
        // Previous folders are moved aside, not deleted in place: deleting a large folder takes a while,
        // and a kill meanwhile would leave half of it for push-manifests to publish.
        const previous = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_.join)(output, `.ringway-staging-${process.pid}-`));
        try {
            for (const name of names) {
                await (0,promises_namespaceObject.rename)((0,external_node_path_.join)(output, name), (0,external_node_path_.join)(previous, name)).catch((err) => {
                    if (err.code !== 'ENOENT')
                        throw err;
                });
                await (0,promises_namespaceObject.rename)((0,external_node_path_.join)(staging, name), (0,external_node_path_.join)(output, name));
            }
        }
        finally {
            await (0,promises_namespaceObject.rm)(previous, { recursive: true, force: true });
        }
        await renderer.evict(opts.renderCacheBytes ?? DEFAULT_RENDER_CACHE_BYTES);
        log(`generated ${folders.map((f) => f.name).join(', ')} in ${output}: ${renderer.rendered} rendered, ${renderer.fromCache} from cache`);
        return { folders, components, rendered: renderer.rendered, fromCache: renderer.fromCache };
    }
    finally {
        await (0,promises_namespaceObject.rm)(staging, { recursive: true, force: true });
    }
}
/**
 * Renders at once by default: two per core. Every render is a short `helm template` process
 * whose start-up, file reads and exit leave its core idle for a moment; with one extra per core
 * another render is always ready to take it (the concurrency table in BENCHMARKS.md: cores + 1
 * still left the cores partly idle).
 */
function defaultConcurrency() {
    return (0,external_node_os_.cpus)().length * 2;
}
/** Offline check that each generated document is a Kubernetes object. */
async function validateFolder(folder, name) {
    for await (const { path: file } of walkFiles(folder)) {
        if ((await (0,promises_namespaceObject.stat)(file)).size === 0)
            continue;
        const text = await (0,promises_namespaceObject.readFile)(file, 'utf8');
        for (const chunk of text.split(/^---$/m)) {
            if (!chunk.trim())
                continue;
            const doc = firstDocument(chunk);
            if (doc === null)
                continue;
            const where = `${name}/${(0,external_node_path_.relative)(folder, file)}`;
            if (!files_isPlainObject(doc))
                throw new errors/* RingwayError */.Sy(`validate: ${where} holds a document that is not a mapping`);
            const meta = doc.metadata;
            if (typeof doc.apiVersion !== 'string' || typeof doc.kind !== 'string' || !files_isPlainObject(meta) || typeof meta.name !== 'string') {
                throw new errors/* RingwayError */.Sy(`validate: ${where} holds a document without apiVersion, kind and metadata.name`);
            }
        }
    }
}

;// CONCATENATED MODULE: ./lib/hld/set.ts






/**
 * Parses `image.tag=123` as `fab set` does: exactly one `=`, the key path split on dots, where a
 * double-quoted segment keeps its dots (`"a.b".c=1` is the keys `a.b`, `c`). Values stay strings.
 */
function parseSetArg(arg) {
    const parts = arg.split('=');
    if (parts.length !== 2 || !parts[0].trim())
        throw new UsageError(`'${shown(arg)}' is not a key=value pair (a key path, one '=', a value)`);
    return { keyPath: splitKeyPath(parts[0].trim(), arg), value: parts[1] };
}
/**
 * A dotted key path (`image.tag`, `"a.b".c`), or a subcomponent path. No part may be empty, nor
 * start with '-': such a key is never meant (it is what an option given in the wrong place becomes).
 */
function splitKeyPath(path, arg = path) {
    const keys = [];
    let cur = '';
    let quoted = false;
    for (const ch of path) {
        if (ch === '"')
            quoted = !quoted;
        else if (ch === '.' && !quoted) {
            keys.push(cur);
            cur = '';
        }
        else
            cur += ch;
    }
    keys.push(cur);
    const what = arg === path ? `'${shown(path)}'` : `'${shown(arg)}': '${shown(path)}'`;
    if (quoted || keys.some((k) => k === ''))
        throw new UsageError(`${what} is not a valid key path (an empty part or an unclosed '"')`);
    if (keys.some((k) => k.startsWith('-')))
        throw new UsageError(`${what} is not a valid key path: a part starts with '-', like an option`);
    return keys;
}
/**
 * The one rule for an environment name (config/<environment>.yaml): letters, digits, '_', '.',
 * '-', not starting with '.' or '-' (never a hidden file, never an option).
 */
function isEnvironmentName(name) {
    return /^\w[\w.-]*$/.test(name);
}
/** isEnvironmentName, or an error naming the environment (the step adds which input it came from). */
function checkEnvironmentName(environment) {
    if (!isEnvironmentName(environment)) {
        throw new errors/* UsageError */.eb(`environment name '${shown(environment)}' is not valid: letters, digits, '_', '.' and '-', not starting with '.' or '-'`);
    }
    return environment;
}
/** A value as messages quote it: one line, at most 80 characters. */
function shown(s) {
    const clean = s.replace(/[\x00-\x1f\x7f]/g, '?');
    return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}
/**
 * `fab set`: writes each value, as a string, into `config/<environment>.yaml` (or the existing
 * `.json`) at subcomponents.<a>.subcomponents.<b>.config.<key path>. Unlike fab set, a YAML file
 * keeps its comments, key order, quoting and blank lines: only the edited lines change.
 */
async function setConfig(opts) {
    checkEnvironmentName(opts.environment);
    const yamlFile = join(opts.componentDir, 'config', `${opts.environment}.yaml`);
    const jsonFile = join(opts.componentDir, 'config', `${opts.environment}.json`);
    const useJson = !(await exists(yamlFile)) && (await exists(jsonFile));
    const file = useJson ? jsonFile : yamlFile;
    const rel = `config/${opts.environment}.${useJson ? 'json' : 'yaml'}`;
    const before = (await exists(file)) ? await readFile(file, 'utf8') : '';
    const prefix = opts.subcomponent.flatMap((s) => ['subcomponents', s]);
    let text = before;
    for (const pair of opts.pairs) {
        const path = [...prefix, 'config', ...pair.keyPath];
        if (opts.noNewConfigKeys && !hasPath(text, path, useJson, rel)) {
            throw new RingwayError(`${rel}: '${path.join('.')}' does not exist and --no-new-config-keys is on`);
        }
        text = useJson ? setJson(text, path, pair.value, rel) : setYaml(text, path, pair.value, rel);
    }
    if (text === before)
        return { file: rel, changed: false };
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
    return { file: rel, changed: true };
}
/** The config file `setConfig` edits for this environment, relative to the component folder. */
function configFileCandidates(environment) {
    return { yaml: `config/${environment}.yaml`, json: `config/${environment}.json` };
}
/**
 * The value `fab set` wrote at subcomponents.<a>…config.<key path> in one config file's text, read
 * with the same parser `setConfig` edits with; undefined when the file does not set it.
 */
function readConfigValue(text, rel, subcomponent, keyPath) {
    const path = [...subcomponent.flatMap((s) => ['subcomponents', s]), 'config', ...keyPath];
    let v;
    if (rel.endsWith('.json')) {
        let cur = text.trim() ? JSON.parse(text) : {};
        for (const k of path)
            cur = isPlainObject(cur) ? cur[k] : undefined;
        v = cur;
    }
    else {
        v = text.trim() ? load(text, rel).getIn(path) : undefined;
        if (isScalar(v))
            v = v.value;
    }
    return v === undefined || v === null || typeof v === 'object' ? undefined : String(v);
}
function hasPath(text, path, json, rel) {
    if (json) {
        let cur = text.trim() ? JSON.parse(text) : {};
        for (const k of path) {
            if (!isPlainObject(cur) || !(k in cur))
                return false;
            cur = cur[k];
        }
        return true;
    }
    return load(text, rel).hasIn(path);
}
function setJson(text, path, value, rel) {
    let root;
    try {
        root = text.trim() ? JSON.parse(text) : {};
    }
    catch (err) {
        throw new RingwayError(`${rel}: invalid JSON: ${err.message}`);
    }
    if (!isPlainObject(root))
        throw new RingwayError(`${rel}: must hold a mapping`);
    let cur = root;
    for (const [i, k] of path.slice(0, -1).entries()) {
        const next = cur[k];
        if (next === undefined || next === null)
            cur[k] = {};
        else if (!isPlainObject(next))
            throw new RingwayError(`${rel}: cannot set '${path.join('.')}': '${path.slice(0, i + 1).join('.')}' holds a value, not a mapping`);
        cur = cur[k];
    }
    const last = path[path.length - 1];
    if (cur[last] === value)
        return text;
    if (isPlainObject(cur[last]) || Array.isArray(cur[last]))
        throw new RingwayError(`${rel}: cannot set '${path.join('.')}': it holds a ${Array.isArray(cur[last]) ? 'list' : 'mapping'}, not a value`);
    cur[last] = value;
    return `${JSON.stringify(root, null, 2)}\n`;
}
function load(text, rel) {
    const doc = parseDocument(text, { uniqueKeys: false });
    if (doc.errors.length)
        throw new RingwayError(`${rel}: invalid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    doc.toJS({ maxAliasCount: MAX_ALIASES }); // refuses alias bombs before any edit
    return doc;
}
/**
 * A string as a scalar that reads back as that string — under YAML 1.1 too, as Fabrikate and helm
 * read it: `off`, `y`, `0644`, `2020-01-01` and `1:30` are double-quoted, as `fab set` writes them.
 */
function scalarText(value) {
    if (readsAsOther11(value))
        return JSON.stringify(value);
    return stringify(value, { lineWidth: 0 }).trimEnd();
}
function keyText(key) {
    return scalarText(key);
}
function lineStart(text, pos) {
    return text.lastIndexOf('\n', pos - 1) + 1;
}
function lineEnd(text, pos) {
    const i = text.indexOf('\n', pos);
    return i < 0 ? text.length : i;
}
function nestedLines(keys, value, indent) {
    return keys
        .map((k, i) => `${' '.repeat(indent + 2 * i)}${keyText(k)}:${i === keys.length - 1 ? ` ${scalarText(value)}` : ''}`)
        .join('\n');
}
function setYaml(text, path, value, rel) {
    const doc = load(text, rel);
    if (doc.contents === null || (isScalar(doc.contents) && (doc.contents.value === null || doc.contents.value === undefined))) {
        // Empty (or comment-only) file: append the whole block.
        const sep = text === '' || text.endsWith('\n') ? '' : '\n';
        return verify(`${text}${sep}${nestedLines(path, value, 0)}\n`, path, value, rel);
    }
    if (!isMap(doc.contents))
        throw new RingwayError(`${rel}: must hold a mapping`);
    let map = doc.contents;
    for (let i = 0; i < path.length; i++) {
        const key = path[i];
        const pair = map.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === key);
        const last = i === path.length - 1;
        if (!pair)
            return verify(insertUnder(text, map, path.slice(i), value, rel, path), path, value, rel);
        const v = pair.value;
        if (last) {
            if (isScalar(v) && v.value !== null && v.value !== undefined) {
                if (v.value === value && typeof v.value === 'string')
                    return text;
                if (typeof v.source === 'string' && v.source.includes('\n'))
                    throw new RingwayError(`${rel}: cannot edit the multi-line value at '${path.join('.')}'`);
                const [start, end] = v.range;
                const quoted = v.type === 'QUOTE_SINGLE' ? `'${value.replace(/'/g, "''")}'` : v.type === 'QUOTE_DOUBLE' ? JSON.stringify(value) : scalarText(value);
                return verify(text.slice(0, start) + quoted + text.slice(end), path, value, rel);
            }
            if (v === null || (isScalar(v) && (v.value === null || v.value === undefined))) {
                return verify(replaceNull(text, pair, [], value), path, value, rel);
            }
            throw new RingwayError(`${rel}: cannot set '${path.join('.')}': it holds a ${isMap(v) ? 'mapping' : 'list'}, not a value`);
        }
        // An empty value (`key:`, `key: ~`) or an empty flow mapping (`key: {}`) becomes a block.
        if (v === null || (isScalar(v) && (v.value === null || v.value === undefined)) || (isMap(v) && v.flow && v.items.length === 0)) {
            return verify(replaceNull(text, pair, path.slice(i + 1), value), path, value, rel);
        }
        if (!isMap(v))
            throw new RingwayError(`${rel}: cannot set '${path.join('.')}': '${path.slice(0, i + 1).join('.')}' holds a value, not a mapping`);
        if (v.flow)
            throw new RingwayError(`${rel}: cannot edit inside the flow mapping at '${path.slice(0, i + 1).join('.')}'; write it as a block mapping`);
        map = v;
    }
    return text;
}
/** Appends `keys: value` as new lines after the last entry of a block mapping, at its indentation. */
function insertUnder(text, map, keys, value, rel, full) {
    if (map.flow)
        throw new RingwayError(`${rel}: cannot edit inside a flow mapping to set '${full.join('.')}'; write it as a block mapping`);
    const firstKey = map.items[0]?.key;
    const keyStart = firstKey?.range?.[0] ?? 0;
    const indent = keyStart - lineStart(text, keyStart);
    const end = map.range[1];
    // After the line on which the mapping's last value ends (keeping a trailing comment on it).
    const at = lineEnd(text, Math.max(end - 1, 0));
    const block = nestedLines(keys, value, indent);
    return at >= text.length ? `${text}${text.endsWith('\n') ? '' : '\n'}${block}\n` : `${text.slice(0, at)}\n${block}${text.slice(at)}`;
}
/** `key:` with no value (or `~`/`null`): give it the nested block or the value. */
function replaceNull(text, pair, keys, value) {
    const key = pair.key;
    const [kStart, kEnd] = key.range;
    const indent = kStart - lineStart(text, kStart);
    const colon = text.indexOf(':', kEnd);
    const v = pair.value;
    const valueEnd = v?.range ? v.range[1] : colon + 1;
    if (keys.length === 0)
        return `${text.slice(0, colon + 1)} ${scalarText(value)}${text.slice(valueEnd)}`;
    const eol = lineEnd(text, valueEnd);
    const rest = text.slice(valueEnd, eol);
    const comment = rest.trim().startsWith('#') ? ` ${rest.trim()}` : '';
    return `${text.slice(0, colon + 1)}${comment}\n${nestedLines(keys, value, indent + 2)}${text.slice(eol)}`;
}
function verify(text, path, value, rel) {
    const doc = parseDocument(text);
    if (doc.errors.length || doc.getIn(path) !== value) {
        throw new RingwayError(`${rel}: could not set '${path.join('.')}' without changing the rest of the file; please report this file layout`);
    }
    return text;
}
/**
 * `fab set --file values.yaml`: the file read as Fabrikate reads it (YAML 1.1: `off` is false) and
 * its mappings flattened into key paths, each leaf written as Go's "%v" prints it (`false`, `1.5`,
 * `1e+06`, lists as `[a b]`, null as `<nil>`); nested mappings flattened at every depth.
 */
function flattenFile(data, file) {
    if (!isPlainObject(data))
        throw new UsageError(`${file}: must hold a mapping`);
    const out = [];
    const walk = (v, keys) => {
        if (isPlainObject(v) && !(v instanceof GoFloat))
            for (const [k, child] of Object.entries(v))
                walk(child, [...keys, k]);
        else
            out.push({ keyPath: keys, value: goSprintV(v) });
    };
    walk(data, []);
    return out;
}
/** Reads a `--file` for set: YAML 1.1 as yaml.v2 reads it (JSON as JSON). */
async function readSetFile(path) {
    const text = await readFile(path, 'utf8');
    return path.endsWith('.json') ? JSON.parse(text) : parseYaml11(text, { display: path, floats: true });
}
/** Go's fmt "%v" of a value read by yaml.v2. */
function goSprintV(v) {
    if (v === null || v === undefined)
        return '<nil>';
    if (v instanceof GoFloat)
        return goFloatString(v.value, true);
    if (typeof v === 'number')
        return goFloatString(v);
    if (Array.isArray(v))
        return `[${v.map(goSprintV).join(' ')}]`;
    if (isPlainObject(v))
        return `map[${Object.keys(v).sort().map((k) => `${k}:${goSprintV(v[k])}`).join(' ')}]`;
    return String(v);
}

;// CONCATENATED MODULE: ./lib/steps/types.ts
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

;// CONCATENATED MODULE: ./lib/steps/generate.ts







const step = {
    name: 'generate',
    title: 'Generate manifests',
    description: "Renders Kubernetes manifests from a Fabrikate-format HLD, writing the same files as `fab generate`: one folder per environment set, one YAML file per component. Components render in parallel, remote components are fetched once into a cache, unchanged components are not rendered again, and a failure leaves the previous output untouched.",
    azureTaskId: '0f6c2a8e-3b4d-4f1a-8e2c-7d9b1c5a6e30',
    inputs: [
        { name: 'hld', description: 'Folder of the HLD (holds the root component.yaml)', default: '.' },
        {
            name: 'environments',
            description: 'Environments in priority order, first wins (`prod,east` is `fab generate prod east` and writes <output>/prod-east; on the command line `ringway generate prod east` works too); when neither this nor fab-envs is given, the FAB_ENVS variable of Bedrock pipelines is read as fab-envs; else common only',
            kind: 'list',
        },
        {
            name: 'fab-envs',
            description: "Several outputs at once in Bedrock's FAB_ENVS syntax: comma-separated runs, spaces separating environments of one run ('DEV,QA,STAGING WEST'), rendered one after another as Bedrock's loop of fab generate",
        },
        { name: 'output', description: 'Folder receiving one sub-folder per environment set; default <hld>/generated' },
        { name: 'concurrency', description: 'Components rendered at once; default twice the number of CPU cores (each core stays busy while another helm process starts)' },
        { name: 'cache-dir', description: 'Cache of fetched sources and rendered components; default ~/.cache/ringway (or RINGWAY_CACHE_DIR)' },
        { name: 'validate', description: 'Check that every generated document is a Kubernetes object (apiVersion, kind, metadata.name)', kind: 'boolean', default: 'false' },
        // Remote sources (git, helm repositories, http) give up on a server that never answers.
        timeoutInput,
    ],
    positional: { input: 'environments', usage: 'environment' },
    outputs: [
        { name: 'output', description: 'Folder holding the generated environment folders' },
        { name: 'folders', description: 'Environment folders written, comma-separated' },
        { name: 'components', description: 'Components generated' },
        { name: 'rendered', description: 'Components rendered this run (the rest came from the cache)' },
    ],
    async run(inputs, host) {
        const hld = (0,external_node_path_.resolve)(inputs.string('hld'));
        const fromBedrock = !inputs.has('environments') && !inputs.has('fab-envs') && !!process.env.FAB_ENVS?.trim();
        const groups = environmentGroups(inputs.list('environments'), inputs.string('fab-envs'), fromBedrock ? (process.env.FAB_ENVS ?? '') : '');
        if (fromBedrock)
            host.info(`environments from FAB_ENVS: ${groups.map((g) => g.join(' ') || 'common').join(', ')}`);
        const concurrency = inputs.string('concurrency') ? inputs.integer('concurrency', 1) : undefined;
        const output = inputs.string('output') ? (0,external_node_path_.resolve)(inputs.string('output')) : (0,external_node_path_.join)(hld, 'generated');
        await checkOutput(hld, output, groups.map(folderName));
        const cacheDir = inputs.string('cache-dir') || process.env.RINGWAY_CACHE_DIR || '';
        if (cacheDir)
            await checkCreatableFolder((0,external_node_path_.resolve)(cacheDir), 'cache-dir');
        await checkCreatableFolder(output, 'output');
        const result = await host.group(`Generate ${groups.map((g) => g.join(' ') || 'common').join(', ')}`, () => generate({
            hld,
            environments: groups,
            output,
            concurrency,
            cacheDir: inputs.string('cache-dir') || undefined,
            validate: inputs.boolean('validate'),
            log: (l) => host.info(l),
            warn: (l) => host.warning(l),
            progress: progressLines(host),
        }));
        await host.summary({
            title: 'ringway generate',
            rows: [['folder', 'components'], ...result.folders.map((f) => [f.name, String(f.files)])],
            notes: [`${result.rendered} rendered, ${result.fromCache} reused from the cache`],
        });
        return {
            output,
            folders: result.folders.map((f) => f.name).join(','),
            components: String(result.components),
            rendered: String(result.rendered),
        };
    },
};
/**
 * `environments` is one priority list; `fab-envs` is Bedrock's list of runs (not both); `fabEnvsVar`,
 * the FAB_ENVS variable, is read only when neither is given. A run named twice is rendered once.
 */
function environmentGroups(environments, fabEnvs, fabEnvsVar = '') {
    if (environments.length && fabEnvs.trim())
        throw new errors/* UsageError */.eb("inputs 'environments' and 'fab-envs' cannot both be set");
    const runs = fabEnvs.trim() ? fabEnvs : environments.length ? '' : fabEnvsVar;
    if (runs.trim()) {
        const groups = bedrockRuns(runs);
        // The one environment-name rule (config/<environment>.yaml), named after where the list came from.
        for (const e of groups.flat()) {
            if (fabEnvs.trim())
                (0,errors/* withInput */.zE)('fab-envs', () => checkEnvironmentName(e));
            else if (!isEnvironmentName(e))
                throw new errors/* UsageError */.eb(`FAB_ENVS: '${e}' is not a valid environment name`);
        }
        return groups.filter((g, i) => !groups.slice(i + 1).some((later) => later.join('-') === g.join('-')));
    }
    for (const e of environments) {
        if (/\s/.test(e))
            throw new errors/* UsageError */.eb(`input 'environments': '${e}' contains a space; list environments separated by commas, or use 'fab-envs'`);
        (0,errors/* withInput */.zE)('environments', () => checkEnvironmentName(e));
    }
    return [environments];
}
/**
 * Bedrock's build.sh: `IFS=',' read -ra ENV <<< "$FAB_ENVS"` then `fab generate $i` for each entry,
 * so entries are split on commas (a trailing empty one dropped, as read does), the environments of
 * an entry on white space, and an empty entry renders common. Newlines separate entries too.
 */
function bedrockRuns(value) {
    const entries = value.trim().split(/,|\r?\n/);
    if (entries.length > 1 && entries[entries.length - 1].trim() === '')
        entries.pop();
    return entries.map((e) => e.split(/\s+/).filter(Boolean));
}
const generate_inside = (parent, child) => child === parent || child.startsWith(parent.endsWith(external_node_path_.sep) ? parent : parent + external_node_path_.sep);
/**
 * Each `<output>/<folder>` is replaced whole: refuse one that is the HLD, holds it, or holds any of
 * its definitions (component files, config/ folders), e.g. `--output <hld> --environments config`.
 */
async function checkOutput(hld, output, folders) {
    const realHld = await (0,promises_namespaceObject.realpath)(hld).catch(() => hld);
    const realOut = await (0,promises_namespaceObject.realpath)(output).catch(() => output);
    if (generate_inside(realOut, realHld))
        throw new errors/* UsageError */.eb(`input 'output': '${output}' is the HLD folder or holds it; generated folders would replace the HLD's own files`);
    for (const f of folders) {
        const target = (0,external_node_path_.join)(realOut, f);
        if (!generate_inside(realHld, target))
            continue;
        if (await holdsDefinitions(target)) {
            throw new errors/* UsageError */.eb(`input 'output': '${(0,external_node_path_.join)(output, f)}' holds definitions of the HLD (component or config files) and would be replaced; choose another output folder`);
        }
    }
}
async function holdsDefinitions(dir) {
    const names = await (0,promises_namespaceObject.readdir)(dir).catch(() => []);
    if (names.some((n) => /^component\.(ya?ml|json)$/.test(n)))
        return true;
    if (/(^|[/\\])config$/.test(dir) && names.some((n) => /\.(ya?ml|json)$/.test(n)))
        return true;
    return false;
}
/**
 * A folder that ringway creates (recursively) must lie on a real, writable file system: Node's
 * recursive mkdir spins forever under /proc, and elsewhere the error would name no input.
 */
async function checkCreatableFolder(path, input) {
    if (/^\/(proc|sys)(\/|$)/.test(path))
        throw new errors/* UsageError */.eb(`input '${input}': '${path}' is on a virtual file system (/proc, /sys); choose a normal folder`);
    let existing = path;
    for (;;) {
        const st = await (0,promises_namespaceObject.stat)(existing).catch(() => undefined);
        if (st) {
            if (!st.isDirectory())
                throw new errors/* UsageError */.eb(`input '${input}': '${existing}' is a file, not a folder`);
            break;
        }
        const up = (0,external_node_path_.dirname)(existing);
        if (up === existing)
            break;
        existing = up;
    }
    const real = await (0,promises_namespaceObject.realpath)(existing).catch(() => existing);
    if (/^\/(proc|sys)(\/|$)/.test(real))
        throw new errors/* UsageError */.eb(`input '${input}': '${path}' is on a virtual file system (/proc, /sys); choose a normal folder`);
    if (real !== path && (0,external_node_path_.relative)(real, path) !== '' && !(await (0,promises_namespaceObject.access)(real, external_node_fs_.constants.W_OK).then(() => true, () => false))) {
        throw new errors/* UsageError */.eb(`input '${input}': cannot create '${path}': '${existing}' is not writable`);
    }
}
/** Milliseconds a generate may take before each component gets a progress line. */
const PROGRESS_AFTER_MS = 2000;
/**
 * Quiet for a quick run; once it takes more than a moment, one line per component with the
 * running count, so a long cold fetch or render shows that it moves.
 */
function progressLines(host, afterMs = PROGRESS_AFTER_MS, now = () => Date.now()) {
    const start = now();
    return (p) => {
        if (now() - start < afterMs)
            return;
        host.info(`[${p.done}/${p.total}] ${p.component || '(root)'}: ${p.rendered} rendered, ${p.fromCache} from cache`);
    };
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = require("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it uses a non-standard name for the exports (exports).
(() => {
var exports = __webpack_exports__;

Object.defineProperty(exports, "__esModule", ({ value: true }));
// Generated by scripts/build.ts.
const generate_js_1 = __nccwpck_require__(1880);
const azure_js_1 = __nccwpck_require__(893);
void (0, azure_js_1.runAzure)(generate_js_1.step);

})();

module.exports = __webpack_exports__;
/******/ })()
;