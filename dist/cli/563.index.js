"use strict";
exports.id = 563;
exports.ids = [563];
exports.modules = {

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

/***/ 8563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PROGRESS_AFTER_MS: () => (/* binding */ PROGRESS_AFTER_MS),
/* harmony export */   bedrockRuns: () => (/* binding */ bedrockRuns),
/* harmony export */   checkCreatableFolder: () => (/* binding */ checkCreatableFolder),
/* harmony export */   environmentGroups: () => (/* binding */ environmentGroups),
/* harmony export */   progressLines: () => (/* binding */ progressLines),
/* harmony export */   step: () => (/* binding */ step)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8115);
/* harmony import */ var _hld_names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(237);
/* harmony import */ var _hld_shard_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5605);
/* harmony import */ var _access_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4094);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2667);








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
        _access_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .accessTokensInput */ .V,
        {
            name: 'local-sources',
            description: "Folders on this machine holding repositories that git components may name as `source` (a path or file:// URL inside one of them), comma-separated; without it a git component must name a remote repository, so an HLD cannot render the runner's other repositories",
            kind: 'list',
        },
        // Remote sources (git, helm repositories, http) give up on a server that never answers.
        _types_js__WEBPACK_IMPORTED_MODULE_7__/* .timeoutInput */ .sR,
        _types_js__WEBPACK_IMPORTED_MODULE_7__/* .requestTimeoutInput */ .LI,
    ],
    positional: { input: 'environments', usage: 'environment' },
    outputs: [
        { name: 'output', description: 'Folder holding the generated environment folders' },
        { name: 'folders', description: 'Environment folders written, comma-separated' },
        { name: 'components', description: 'Components generated' },
        { name: 'rendered', description: 'Components rendered this run (the rest came from the cache)' },
    ],
    async run(inputs, host) {
        const hld = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(inputs.string('hld'));
        if (!(await (0,_hld_names_js__WEBPACK_IMPORTED_MODULE_4__/* .definitionFile */ .yN)(hld)))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`input 'hld': ${hld} holds no component.yaml or component.json; it is not an HLD folder`, {
                input: 'hld',
            });
        const fromBedrock = !inputs.has('environments') && !inputs.has('fab-envs') && !!process.env.FAB_ENVS?.trim();
        const groups = environmentGroups(inputs.list('environments'), inputs.string('fab-envs'), fromBedrock ? (process.env.FAB_ENVS ?? '') : '');
        if (fromBedrock)
            host.info(`environments from FAB_ENVS: ${groups.map((g) => g.join(' ') || 'common').join(', ')}`);
        const concurrency = inputs.string('concurrency') ? inputs.integer('concurrency', 1) : undefined;
        const shard = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .withInput */ .zE)('shard', () => (0,_hld_shard_js__WEBPACK_IMPORTED_MODULE_5__/* .parseShard */ .uK)(inputs.string('shard')));
        const access = (0,_access_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .accessTokens */ .H)(inputs);
        for (const v of access.unset())
            host.warning(`input 'access-tokens': environment variable ${v} is not set; no token is sent for its hosts`);
        const output = inputs.string('output') ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(inputs.string('output')) : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(hld, 'generated');
        await checkOutput(hld, output, groups.map(_hld_names_js__WEBPACK_IMPORTED_MODULE_4__/* .folderName */ .ub));
        const cacheDir = inputs.string('cache-dir') || process.env.RINGWAY_CACHE_DIR || '';
        if (cacheDir)
            await checkCreatableFolder((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cacheDir), 'cache-dir');
        await checkCreatableFolder(output, 'output');
        // The HLD machinery (YAML included) is loaded once the inputs are known to be good.
        const { generate } = await Promise.all(/* import() */[__webpack_require__.e(941), __webpack_require__.e(418), __webpack_require__.e(37), __webpack_require__.e(422)]).then(__webpack_require__.bind(__webpack_require__, 9422));
        const result = await host.group(`Generate ${groups.map((g) => g.join(' ') || 'common').join(', ')}`, () => generate({
            hld,
            environments: groups,
            output,
            concurrency,
            cacheDir: inputs.string('cache-dir') || undefined,
            access,
            validate: inputs.boolean('validate'),
            localSources: inputs.list('local-sources').map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(f)),
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb("inputs 'environments' and 'fab-envs' cannot both be set");
    const runs = fabEnvs.trim() ? fabEnvs : environments.length ? '' : fabEnvsVar;
    if (runs.trim()) {
        const groups = bedrockRuns(runs);
        // The one environment-name rule (config/<environment>.yaml), named after where the list came from.
        for (const e of groups.flat()) {
            if (fabEnvs.trim())
                (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .withInput */ .zE)('fab-envs', () => (0,_hld_names_js__WEBPACK_IMPORTED_MODULE_4__/* .checkEnvironmentName */ .r0)(e));
            else if (!(0,_hld_names_js__WEBPACK_IMPORTED_MODULE_4__/* .isEnvironmentName */ .tq)(e))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`FAB_ENVS: '${e}' is not a valid environment name`);
        }
        return groups.filter((g, i) => !groups.slice(i + 1).some((later) => later.join('-') === g.join('-')));
    }
    for (const e of environments) {
        if (/\s/.test(e))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`input 'environments': '${e}' contains a space; list environments separated by commas, or use 'fab-envs'`, { input: 'environments' });
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .withInput */ .zE)('environments', () => (0,_hld_names_js__WEBPACK_IMPORTED_MODULE_4__/* .checkEnvironmentName */ .r0)(e));
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
const inside = (parent, child) => child === parent || child.startsWith(parent.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? parent : parent + node_path__WEBPACK_IMPORTED_MODULE_2__.sep);
/**
 * Each `<output>/<folder>` is replaced whole: refuse one that is the HLD, holds it, or holds any of
 * its definitions (component files, config/ folders), e.g. `--output <hld> --environments config`.
 */
async function checkOutput(hld, output, folders) {
    const realHld = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(hld).catch(() => hld);
    const realOut = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(output).catch(() => output);
    if (inside(realOut, realHld))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`input 'output': '${output}' is the HLD folder or holds it; generated folders would replace the HLD's own files`, { input: 'output' });
    for (const f of folders) {
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(realOut, f);
        if (!inside(realHld, target))
            continue;
        if (await holdsDefinitions(target)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`input 'output': '${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(output, f)}' holds definitions of the HLD (component or config files) and would be replaced; choose another output folder`, { input: 'output' });
        }
    }
}
async function holdsDefinitions(dir) {
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir).catch(() => []);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`input '${input}': '${path}' is on a virtual file system (/proc, /sys); choose a normal folder`, { input });
    let existing = path;
    for (;;) {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(existing).catch(() => undefined);
        if (st) {
            if (!st.isDirectory())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`input '${input}': '${existing}' is a file, not a folder`, { input });
            break;
        }
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(existing);
        if (up === existing)
            break;
        existing = up;
    }
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(existing).catch(() => existing);
    if (/^\/(proc|sys)(\/|$)/.test(real))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`input '${input}': '${path}' is on a virtual file system (/proc, /sys); choose a normal folder`, { input });
    if (real !== path &&
        (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(real, path) !== '' &&
        !(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK).then(() => true, () => false))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`input '${input}': cannot create '${path}': '${existing}' is not writable`, { input });
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