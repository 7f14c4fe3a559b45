"use strict";
exports.id = 906;
exports.ids = [906];
exports.modules = {

/***/ 4666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ AccessTokens)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3361);
/* harmony import */ var _key_value_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1117);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6995);
/* harmony import */ var _trust_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2811);





/**
 * Which token goes to which host for remote HLD components: what the pipeline author allowed in the
 * `access-tokens` input (`VARIABLE=host` entries), never what an HLD says. Fabrikate's access.yaml
 * (`<source url>: VARIABLE`) may only pick, among the variables the author allowed for a source's
 * host, which one that source gets; an entry naming any other variable, or a host the author did
 * not name for it, is ignored (lib/hld/tree.ts warns with its file and line).
 */
class AccessTokens {
    allowed;
    constructor(
    /** Variable → the hosts it may go to and its value, in the input's order. */
    allowed) {
        this.allowed = allowed;
    }
    /** No token for any component (no `access-tokens` input). */
    static none() {
        return new AccessTokens(new Map());
    }
    /**
     * Reads `VARIABLE=host` entries (host as in `trusted-hosts`: a name on any port, host:port or a
     * URL); a variable may be listed for several hosts. The values are read from `env` now and
     * registered as secrets: never printed, and taken out of every child's environment.
     */
    static parse(entries, env = process.env) {
        const allowed = new Map();
        const pairs = (0,_key_value_js__WEBPACK_IMPORTED_MODULE_2__/* .parseKeyValues */ .H)(entries, { what: 'entry', form: 'VARIABLE=host', key: /^[A-Za-z_][A-Za-z0-9_]*$/ });
        const hosts = new Map();
        for (const [variable, host] of pairs) {
            // GITHUB_TOKEN only because the author maps it into the step's environment themselves.
            if (_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .RUNNER_CREDENTIALS */ .KN.test(variable) && variable.toUpperCase() !== 'GITHUB_TOKEN')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${variable} is the runner's own credential or a step input, never sent for access.yaml: map the token into a variable of your own (env: HLD_PAT: …) and list that`);
            if (!host.trim())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`entry '${variable}=' names no host`);
            hosts.set(variable, [...(hosts.get(variable) ?? []), host.trim()]);
        }
        for (const [variable, list] of hosts) {
            const value = env[variable] || undefined;
            (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(value);
            allowed.set(variable, { hosts: list, trust: new _trust_js__WEBPACK_IMPORTED_MODULE_4__/* .TrustedHosts */ .V([], list), value });
        }
        return new AccessTokens(allowed);
    }
    /** Why access.yaml may not name `variable` for `url` (undefined when it may). */
    refusal(variable, url) {
        const entry = this.allowed.get(variable);
        if (!entry)
            return `the step's input 'access-tokens' does not list ${variable}`;
        if (!sendsHeader(url) || !entry.trust.allows(url))
            return `the step's input 'access-tokens' allows ${variable} only for ${entry.hosts.join(', ')}, not for ${(0,_trust_js__WEBPACK_IMPORTED_MODULE_4__/* .hostOf */ .w)(url) || url}`;
        return undefined;
    }
    /** The listed variables the environment does not set (a secret the pipeline did not map). */
    unset() {
        return [...this.allowed].filter(([, e]) => !e.value).map(([v]) => v);
    }
    /** Whether `variable` is allowed somewhere and set in the environment. */
    isSet(variable) {
        return Boolean(this.allowed.get(variable)?.value);
    }
    /**
     * The token for fetching `url`: that of `named` (the variable access.yaml names for it) when the
     * author allows it there, else that of the first variable the author allows for the URL's host.
     */
    tokenFor(url, named) {
        if (!sendsHeader(url))
            return undefined;
        const chosen = named && !this.refusal(named, url) ? this.allowed.get(named)?.value : undefined;
        if (chosen)
            return chosen;
        for (const entry of this.allowed.values())
            if (entry.value && entry.trust.allows(url))
                return entry.value;
        return undefined;
    }
}
/** Only http(s) carries our Authorization header; ssh and file URLs never get a token. */
function sendsHeader(url) {
    return /^https?:\/\//i.test(url.trim());
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

/***/ 5605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IG: () => (/* binding */ recordCosts),
/* harmony export */   PV: () => (/* binding */ readCosts),
/* harmony export */   PZ: () => (/* binding */ SHARD_RECORD),
/* harmony export */   pw: () => (/* binding */ shardRecordName),
/* harmony export */   tF: () => (/* binding */ planShards),
/* harmony export */   uK: () => (/* binding */ parseShard),
/* harmony export */   z2: () => (/* binding */ sortedObject)
/* harmony export */ });
/* unused harmony exports MAX_SHARDS, COSTS_FILE */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8115);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2604);
// generate across a CI matrix: which shard renders which output file, the render costs that
// balance the split, and the record each shard leaves beside its output for push-manifests.




/** More shards than any CI matrix runs (GitHub allows 256 jobs per matrix). */
const MAX_SHARDS = 256;
/** `i/n` with 1 ≤ i ≤ n ≤ 256; an empty value is no sharding. */
function parseShard(text) {
    const t = text.trim();
    if (!t)
        return undefined;
    const m = /^(\d{1,3})\s*\/\s*(\d{1,3})$/.exec(t);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || index < 1 || count < 1 || index > count || count > MAX_SHARDS)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`'${t}' is not i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS} (e.g. 2/8: the second of eight shards)`);
    return { index, count };
}
/**
 * The render costs generate records in its cache, in milliseconds per output file
 * (`<component folder>/<name>.yaml`, the same in every environment folder), summed over the
 * environment sets of a run. Only unsharded runs write it: every shard of a matrix must plan from
 * the same record, so shards report theirs in their shard record instead (the starter workflows
 * merge those into the next run's record).
 */
const COSTS_FILE = 'render-costs.json';
/** The recorded costs; none (an empty record) when the file is missing or not this shape: it is a cache. */
async function readCosts(cacheDir) {
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cacheDir, COSTS_FILE), 'utf8').catch(() => '');
    try {
        const data = JSON.parse(text);
        const costs = {};
        if (data && typeof data === 'object' && !Array.isArray(data))
            for (const [k, v] of Object.entries(data))
                if (typeof v === 'number' && Number.isFinite(v) && v >= 0)
                    costs[k] = v;
        return costs;
    }
    catch {
        return {};
    }
}
/** Adds this run's measurements to the record (others stay: other environment sets share the cache). */
async function recordCosts(cacheDir, measured) {
    if (!measured.size)
        return;
    const costs = await readCosts(cacheDir);
    for (const [unit, ms] of measured)
        costs[unit] = Math.round(ms);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cacheDir, COSTS_FILE);
    const tmp = `${file}.${process.pid}`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(tmp, `${JSON.stringify(sortedObject(costs))}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(tmp, file);
}
/**
 * Splits the output files into `count` shards, a pure function of the files and the costs, so
 * every runner given the same HLD and cost record plans the same split. A file without a recorded
 * cost weighs the mean of the recorded ones (1 when none is: balanced by count). Files go heaviest
 * first, each to its first choice among the shards by rendezvous hash that still has room (a
 * shard's load may reach the mean, or hold the one file when that alone is more), else to the
 * least loaded: a file mostly keeps its shard when others are added or removed (about 1 in 100
 * moved per change of a few files), so a shard's own render cache stays warm, and the slowest
 * shard carries 1/n of the cost plus at most about one file. (Room of the mean + 5 % moved fewer,
 * but let a shard carry 5 % more than 1/n: 131 of 1,001 files at n=8 where 126 is the least.)
 */
async function planShards(files, costs, count) {
    const units = [...new Set(files)].sort();
    const known = units.map((u) => costs[u]).filter((c) => c !== undefined);
    const fallback = known.length ? Math.max(known.reduce((a, b) => a + b, 0) / known.length, 1e-3) : 1;
    const cost = (u) => Math.max(costs[u] ?? fallback, 1e-3);
    const total = units.reduce((a, u) => a + cost(u), 0);
    const room = total / count;
    const loads = new Array(count).fill(0);
    const owner = new Map();
    const order = [...units].sort((a, b) => cost(b) - cost(a) || (a < b ? -1 : a > b ? 1 : 0));
    for (const u of order) {
        const c = cost(u);
        const scores = loads.map((_, i) => score(u, i));
        const choices = [...loads.keys()].sort((a, b) => scores[b] - scores[a] || a - b);
        let s = choices.find((i) => loads[i] + c <= Math.max(room, c));
        if (s === undefined)
            s = loads.indexOf(Math.min(...loads));
        loads[s] += c;
        owner.set(u, s + 1);
    }
    const h = await (0,_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .sha256 */ .s)();
    h.update(`${count}\n`);
    for (const u of units)
        h.update(`${owner.get(u)}\t${u}\n`);
    return { owner, loads, digest: h.digest('hex') };
}
/** A well-mixed 32-bit hash of (file, shard): FNV-1a, then murmur3's finaliser. */
function score(unit, shard) {
    let h = 0x811c9dc5;
    const text = `${shard}\0${unit}`;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/** `.ringway-shard-<i>-of-<n>.json`: distinct per shard, so artifacts merged into one folder keep them all. */
const SHARD_RECORD = /^\.ringway-shard-\d+-of-\d+\.json$/;
function shardRecordName(shard) {
    return `.ringway-shard-${shard.index}-of-${shard.count}.json`;
}
function sortedObject(o) {
    return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}


/***/ }),

/***/ 617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ yaml),
/* harmony export */   y: () => (/* binding */ loadYaml)
/* harmony export */ });
let engine;
let loading;
/** Loads the engine once; every async path that reads or writes YAML awaits it first. */
function loadYaml() {
    loading ??= __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)).then((m) => (engine = m));
    return loading;
}
/**
 * The engine, for synchronous code. Called before loadYaml() resolved it throws: that is a bug in
 * the caller (a path that forgot to await), never bad input, and must not read as "no document".
 */
function yaml() {
    if (!engine)
        throw new Error('internal error: YAML read before loadYaml() resolved');
    return engine;
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

/***/ 1810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PROGRESS_AFTER_MS: () => (/* binding */ PROGRESS_AFTER_MS),
  bedrockRuns: () => (/* binding */ bedrockRuns),
  checkCreatableFolder: () => (/* binding */ checkCreatableFolder),
  environmentGroups: () => (/* binding */ environmentGroups),
  progressLines: () => (/* binding */ progressLines),
  step: () => (/* binding */ step)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/hld/names.ts
var names = __webpack_require__(237);
// EXTERNAL MODULE: ./lib/hld/shard.ts
var hld_shard = __webpack_require__(5605);
// EXTERNAL MODULE: ./lib/git/access-tokens.ts
var access_tokens = __webpack_require__(4666);
;// CONCATENATED MODULE: ./lib/steps/access-inputs.ts


/**
 * Tokens for private remote HLD components, shared by generate and the `install` command: the
 * pipeline author names each variable and the hosts it may go to; access.yaml may only pick among
 * them (docs/security.md, "Tokens").
 */
const accessTokensInput = {
    name: 'access-tokens',
    description: 'Tokens for private remote components, as VARIABLE=host entries: the token in environment variable VARIABLE (map it from a secret) is sent only to that host (a name, host:port or a URL), for the git sources there; an access.yaml may pick among these, never add one (other entries are ignored with a warning). Runner credentials (SYSTEM_ACCESSTOKEN, ACTIONS_*, INPUT_*) cannot be listed',
    kind: 'list',
    group: 'credentials',
};
/** The author's access tokens, read from the environment now; an error names the input. */
function accessTokens(inputs, env = process.env) {
    return (0,errors/* withInput */.zE)(accessTokensInput.name, () => access_tokens/* AccessTokens */.z.parse(inputs.list(accessTokensInput.name), env));
}

// EXTERNAL MODULE: ./lib/steps/types.ts
var types = __webpack_require__(2667);
;// CONCATENATED MODULE: ./lib/steps/generate.ts








const step = {
    name: 'generate',
    title: 'Generate manifests',
    description: 'Renders Kubernetes manifests from a Fabrikate-format HLD, writing the same files as `fab generate`: one folder per environment set, one YAML file per component. Components render in parallel, remote components are fetched once into a cache, unchanged components are not rendered again, and a failure leaves the previous output untouched.',
    azureTaskId: '0f6c2a8e-3b4d-4f1a-8e2c-7d9b1c5a6e30',
    inputs: [
        { name: 'hld', description: 'Folder of the HLD (holds the root component.yaml)', default: '.', path: true },
        {
            name: 'environments',
            description: 'Environments in priority order, first wins (`prod,east` is `fab generate prod east` and writes <output>/prod-east; on the command line `ringway generate prod east` works too); when neither this nor fab-envs is given, the FAB_ENVS variable of Bedrock pipelines is read as fab-envs; else common only',
            kind: 'list',
        },
        {
            name: 'fab-envs',
            description: "Several outputs at once in Bedrock's FAB_ENVS syntax: comma-separated runs, spaces separating environments of one run ('DEV,QA,STAGING WEST'), rendered one after another as Bedrock's loop of fab generate",
        },
        {
            name: 'output',
            description: 'Folder receiving one sub-folder per environment set; default <hld>/generated',
            path: true,
        },
        {
            name: 'concurrency',
            description: 'Components rendered at once; default twice the number of CPU cores (each core stays busy while another helm process starts)',
        },
        {
            name: 'cache-dir',
            description: 'Cache of fetched sources and rendered components; default ~/.cache/ringway (or RINGWAY_CACHE_DIR)',
            path: true,
        },
        {
            name: 'validate',
            description: 'Check that every generated document is a Kubernetes object (apiVersion, kind, metadata.name)',
            kind: 'boolean',
            default: 'false',
        },
        {
            name: 'shard',
            description: 'Render one part of the HLD, i/n (`2/8`: the second of eight), for a CI matrix: every shard reads the whole tree and runs its hooks, then renders and writes only its stable 1/n of the output files (balanced by the render costs recorded in the cache, by count without them), plus a record `.ringway-shard-<i>-of-<n>.json` beside the environment folders; push-manifests takes the n output folders together. Give each shard its own cache key. Empty: render everything',
        },
        accessTokensInput,
        {
            name: 'local-sources',
            description: "Folders on this machine holding repositories that git components may name as `source` (a path or file:// URL inside one of them), comma-separated; without it a git component must name a remote repository, so an HLD cannot render the runner's other repositories",
            kind: 'list',
        },
        // Remote sources (git, helm repositories, http) give up on a server that never answers.
        types/* timeoutInput */.sR,
        types/* requestTimeoutInput */.LI,
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
        if (!(await (0,names/* definitionFile */.yN)(hld)))
            throw new errors/* UsageError */.eb(`input 'hld': ${hld} holds no component.yaml or component.json; it is not an HLD folder`, {
                input: 'hld',
            });
        const fromBedrock = !inputs.has('environments') && !inputs.has('fab-envs') && !!process.env.FAB_ENVS?.trim();
        const groups = environmentGroups(inputs.list('environments'), inputs.string('fab-envs'), fromBedrock ? (process.env.FAB_ENVS ?? '') : '');
        if (fromBedrock)
            host.info(`environments from FAB_ENVS: ${groups.map((g) => g.join(' ') || 'common').join(', ')}`);
        const concurrency = inputs.string('concurrency') ? inputs.integer('concurrency', 1) : undefined;
        const shard = (0,errors/* withInput */.zE)('shard', () => (0,hld_shard/* parseShard */.uK)(inputs.string('shard')));
        const access = accessTokens(inputs);
        for (const v of access.unset())
            host.warning(`input 'access-tokens': environment variable ${v} is not set; no token is sent for its hosts`);
        const output = inputs.string('output') ? (0,external_node_path_.resolve)(inputs.string('output')) : (0,external_node_path_.join)(hld, 'generated');
        await checkOutput(hld, output, groups.map(names/* folderName */.ub));
        const cacheDir = inputs.string('cache-dir') || process.env.RINGWAY_CACHE_DIR || '';
        if (cacheDir)
            await checkCreatableFolder((0,external_node_path_.resolve)(cacheDir), 'cache-dir');
        await checkCreatableFolder(output, 'output');
        // The HLD machinery (YAML included) is loaded once the inputs are known to be good.
        const { generate } = await Promise.all(/* import() */[__webpack_require__.e(34), __webpack_require__.e(418), __webpack_require__.e(555)]).then(__webpack_require__.bind(__webpack_require__, 5555));
        const result = await host.group(`Generate ${groups.map((g) => g.join(' ') || 'common').join(', ')}`, () => generate({
            hld,
            environments: groups,
            output,
            concurrency,
            cacheDir: inputs.string('cache-dir') || undefined,
            access,
            validate: inputs.boolean('validate'),
            localSources: inputs.list('local-sources').map((f) => (0,external_node_path_.resolve)(f)),
            log: (l) => host.info(l),
            warn: (l) => host.warning(l),
            progress: progressLines(host),
            shard,
        }));
        await host.summary({
            title: 'ringway generate',
            rows: [['folder', 'components'], ...result.folders.map((f) => [f.name, String(f.files)])],
            notes: [
                `${result.rendered} rendered, ${result.fromCache} reused from the cache`,
                ...(result.shard
                    ? [
                        `shard ${result.shard.index}/${result.shard.count}: ${result.shard.files} of ${result.shard.of} files (plan ${result.shard.plan.slice(0, 12)})`,
                    ]
                    : []),
            ],
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
                (0,errors/* withInput */.zE)('fab-envs', () => (0,names/* checkEnvironmentName */.r0)(e));
            else if (!(0,names/* isEnvironmentName */.tq)(e))
                throw new errors/* UsageError */.eb(`FAB_ENVS: '${e}' is not a valid environment name`);
        }
        return groups.filter((g, i) => !groups.slice(i + 1).some((later) => later.join('-') === g.join('-')));
    }
    for (const e of environments) {
        if (/\s/.test(e))
            throw new errors/* UsageError */.eb(`input 'environments': '${e}' contains a space; list environments separated by commas, or use 'fab-envs'`, { input: 'environments' });
        (0,errors/* withInput */.zE)('environments', () => (0,names/* checkEnvironmentName */.r0)(e));
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
const inside = (parent, child) => child === parent || child.startsWith(parent.endsWith(external_node_path_.sep) ? parent : parent + external_node_path_.sep);
/**
 * Each `<output>/<folder>` is replaced whole: refuse one that is the HLD, holds it, or holds any of
 * its definitions (component files, config/ folders), e.g. `--output <hld> --environments config`.
 */
async function checkOutput(hld, output, folders) {
    const realHld = await (0,promises_.realpath)(hld).catch(() => hld);
    const realOut = await (0,promises_.realpath)(output).catch(() => output);
    if (inside(realOut, realHld))
        throw new errors/* UsageError */.eb(`input 'output': '${output}' is the HLD folder or holds it; generated folders would replace the HLD's own files`, { input: 'output' });
    for (const f of folders) {
        const target = (0,external_node_path_.join)(realOut, f);
        if (!inside(realHld, target))
            continue;
        if (await holdsDefinitions(target)) {
            throw new errors/* UsageError */.eb(`input 'output': '${(0,external_node_path_.join)(output, f)}' holds definitions of the HLD (component or config files) and would be replaced; choose another output folder`, { input: 'output' });
        }
    }
}
async function holdsDefinitions(dir) {
    const names = await (0,promises_.readdir)(dir).catch(() => []);
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
        throw new errors/* UsageError */.eb(`input '${input}': '${path}' is on a virtual file system (/proc, /sys); choose a normal folder`, { input });
    let existing = path;
    for (;;) {
        const st = await (0,promises_.stat)(existing).catch(() => undefined);
        if (st) {
            if (!st.isDirectory())
                throw new errors/* UsageError */.eb(`input '${input}': '${existing}' is a file, not a folder`, { input });
            break;
        }
        const up = (0,external_node_path_.dirname)(existing);
        if (up === existing)
            break;
        existing = up;
    }
    const real = await (0,promises_.realpath)(existing).catch(() => existing);
    if (/^\/(proc|sys)(\/|$)/.test(real))
        throw new errors/* UsageError */.eb(`input '${input}': '${path}' is on a virtual file system (/proc, /sys); choose a normal folder`, { input });
    if (real !== path &&
        (0,external_node_path_.relative)(real, path) !== '' &&
        !(await (0,promises_.access)(real, external_node_fs_.constants.W_OK).then(() => true, () => false))) {
        throw new errors/* UsageError */.eb(`input '${input}': cannot create '${path}': '${existing}' is not writable`, { input });
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


/***/ })

};
;