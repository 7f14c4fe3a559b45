"use strict";
exports.id = 754;
exports.ids = [754,407];
exports.modules = {

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
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2667);






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
        _types_js__WEBPACK_IMPORTED_MODULE_5__/* .timeoutInput */ .sR,
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`input 'hld': ${hld} holds no component.yaml or component.json; it is not an HLD folder`);
        const fromBedrock = !inputs.has('environments') && !inputs.has('fab-envs') && !!process.env.FAB_ENVS?.trim();
        const groups = environmentGroups(inputs.list('environments'), inputs.string('fab-envs'), fromBedrock ? (process.env.FAB_ENVS ?? '') : '');
        if (fromBedrock)
            host.info(`environments from FAB_ENVS: ${groups.map((g) => g.join(' ') || 'common').join(', ')}`);
        const concurrency = inputs.string('concurrency') ? inputs.integer('concurrency', 1) : undefined;
        const output = inputs.string('output') ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(inputs.string('output')) : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(hld, 'generated');
        await checkOutput(hld, output, groups.map(_hld_names_js__WEBPACK_IMPORTED_MODULE_4__/* .folderName */ .ub));
        const cacheDir = inputs.string('cache-dir') || process.env.RINGWAY_CACHE_DIR || '';
        if (cacheDir)
            await checkCreatableFolder((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cacheDir), 'cache-dir');
        await checkCreatableFolder(output, 'output');
        // The HLD machinery (YAML included) is loaded once the inputs are known to be good.
        const { generate } = await Promise.all(/* import() */[__webpack_require__.e(941), __webpack_require__.e(37), __webpack_require__.e(422)]).then(__webpack_require__.bind(__webpack_require__, 9422));
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`input 'environments': '${e}' contains a space; list environments separated by commas, or use 'fab-envs'`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`input 'output': '${output}' is the HLD folder or holds it; generated folders would replace the HLD's own files`);
    for (const f of folders) {
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(realOut, f);
        if (!inside(realHld, target))
            continue;
        if (await holdsDefinitions(target)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`input 'output': '${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(output, f)}' holds definitions of the HLD (component or config files) and would be replaced; choose another output folder`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`input '${input}': '${path}' is on a virtual file system (/proc, /sys); choose a normal folder`);
    let existing = path;
    for (;;) {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(existing).catch(() => undefined);
        if (st) {
            if (!st.isDirectory())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`input '${input}': '${existing}' is a file, not a folder`);
            break;
        }
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(existing);
        if (up === existing)
            break;
        existing = up;
    }
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(existing).catch(() => existing);
    if (/^\/(proc|sys)(\/|$)/.test(real))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`input '${input}': '${path}' is on a virtual file system (/proc, /sys); choose a normal folder`);
    if (real !== path && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(real, path) !== '' && !(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.W_OK).then(() => true, () => false))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`input '${input}': cannot create '${path}': '${existing}' is not writable`);
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

/***/ 5754:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ findStep),
/* harmony export */   steps: () => (/* binding */ steps)
/* harmony export */ });
/* harmony import */ var _build_image_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9468);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3070);
/* harmony import */ var _generate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8563);
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6407);
/* harmony import */ var _push_manifests_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4422);
/* harmony import */ var _record_deployment_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1854);
/* harmony import */ var _rollback_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8251);
/* harmony import */ var _update_hld_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1293);








/**
 * Every step that ships. A step appears on a surface (action, task, CLI) only when listed here,
 * and it is listed only when it works. Keep alphabetical.
 */
const steps = [
    _build_image_js__WEBPACK_IMPORTED_MODULE_0__.step,
    _gate_js__WEBPACK_IMPORTED_MODULE_1__.step,
    _generate_js__WEBPACK_IMPORTED_MODULE_2__.step,
    _metrics_js__WEBPACK_IMPORTED_MODULE_3__.step,
    _push_manifests_js__WEBPACK_IMPORTED_MODULE_4__.step,
    _record_deployment_js__WEBPACK_IMPORTED_MODULE_5__.step,
    _rollback_js__WEBPACK_IMPORTED_MODULE_6__.step,
    _update_hld_js__WEBPACK_IMPORTED_MODULE_7__.step,
];
function findStep(name) {
    return steps.find((s) => s.name === name);
}


/***/ }),

/***/ 6407:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   step: () => (/* binding */ step),
/* harmony export */   writeReport: () => (/* binding */ writeReport)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _metrics_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4601);
/* harmony import */ var _metrics_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(833);
/* harmony import */ var _storage_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5253);
/* harmony import */ var _telemetry_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2659);






/** Written whole or not at all. */
async function writeReport(file, text) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(file);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(`${path}.${process.pid}.tmp`, text);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(`${path}.${process.pid}.tmp`, path);
}
const step = {
    name: 'metrics',
    title: 'DORA metrics',
    description: "DORA's four keys from the deployment records, per service and ring over a window: deployment frequency, lead time for changes (commit to synced), change failure rate (rolled back, rejected by the gate, sync failed) and time to restore, with medians, p90 and the DORA 2024 performance band. Writes them as the job summary; definitions in docs/metrics.md.",
    azureTaskId: 'b6d2f8a4-5c3e-4a7b-9e1d-2c8f4a6b0d37',
    inputs: [
        { name: 'service', description: 'Only this service' },
        { name: 'ring', description: 'Only this ring' },
        { name: 'since', description: 'Start of the window: a date (2026-11-01) or a duration back from until (30d, 12w, 24h)', default: '30d' },
        { name: 'until', description: 'End of the window: a date or a duration back from now; default now' },
        { name: 'output', description: 'Format of report-file and of what `ringway metrics` prints', options: ['table', 'json', 'csv'], default: 'table' },
        { name: 'report-file', description: 'Also write the report to this file, in the output format' },
        ..._storage_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .storageInputs */ .F,
    ],
    outputs: [
        { name: 'deployments', description: 'Deployments in the window (all services and rings asked for)' },
        { name: 'deployment-frequency', description: 'daily, weekly, monthly or less than monthly (Four Keys buckets)' },
        { name: 'lead-time-median-hours', description: 'Median lead time for changes, in hours' },
        { name: 'change-failure-rate', description: 'Failed deployments / deployments (0 to 1)' },
        { name: 'time-to-restore-median-hours', description: 'Median time from a failure record to the next good synced deployment, in hours' },
        { name: 'band', description: 'elite, high, medium or low (DORA 2024 clusters); empty without deployments' },
        { name: 'report', description: 'The whole report as JSON' },
    ],
    async run(inputs, host) {
        const q = { service: inputs.string('service'), ring: inputs.string('ring'), since: inputs.string('since'), until: inputs.string('until') };
        const w = (0,_metrics_read_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWindow */ .Et)(q, Date.now(), { since: "input 'since'", until: "input 'until'" });
        const store = _telemetry_store_js__WEBPACK_IMPORTED_MODULE_4__/* .DeploymentStore */ .$0.open((0,_storage_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .storeOptions */ .S)((n) => inputs.string(n)));
        const report = await host.group('Read deployment records', () => (0,_metrics_read_js__WEBPACK_IMPORTED_MODULE_2__/* .readMetrics */ .Uw)(store, q, w, (n) => host.info(`read ${n} rows`)));
        const [head, ...rest] = (0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_5__/* .notes */ .Q2)(report);
        host.info(head);
        await host.summary({ title: `ringway metrics: ${q.service || 'all services'}, ${q.ring || 'all rings'}`, rows: report.total.deployments ? (0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_5__/* .tableRows */ .QE)(report) : [], notes: [head, ...rest] });
        if (inputs.string('report-file'))
            await writeReport(inputs.string('report-file'), (0,_metrics_format_js__WEBPACK_IMPORTED_MODULE_5__/* .renderReport */ .B1)(report, inputs.string('output')));
        const t = report.total;
        const num = (v) => (v === null ? '' : String(v));
        return {
            deployments: String(t.deployments),
            'deployment-frequency': t.frequency ?? '',
            'lead-time-median-hours': num(t.leadTime.medianHours),
            'change-failure-rate': num(t.changeFailure.rate),
            'time-to-restore-median-hours': num(t.timeToRestore.medianHours),
            band: t.band.overall,
            report: JSON.stringify({ ...report, weeks: undefined }),
        };
    },
};


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
    const wanted = new Map((await (0,promises_.readdir)(src, { withFileTypes: true })).filter((e) => e.name !== '.git' && !STAGING.test(e.name)).map((e) => [e.name, e]));
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
    const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
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
        { name: 'path', description: 'Folder inside the manifest repository to replace; default the repository root (one folder per environment, as Bedrock lays it out)', default: '.' },
        {
            name: 'keep',
            description: 'Names at the top of the target path that are never deleted (wildcards * and ?); by default dotfiles and README files, as Bedrock left them; empty for a strict mirror',
            kind: 'list',
            default: '.*,README*',
            // keep: '' is the strict mirror (delete everything the source does not have).
            allowEmpty: true,
        },
        { name: 'message', description: 'Commit message; default names the source commit' },
        { name: 'source-commit', description: 'HLD commit the manifests were generated from; default the commit being built' },
        { name: 'max-attempts', description: 'How many times a rejected push is re-applied and retried', default: '8' },
        ...types/* gitInputs */._H,
    ],
    outputs: [
        { name: 'changed', description: "'true' when the branch moved: a new commit, or a new branch created" },
        { name: 'commit', description: 'Manifest repository commit holding the manifests (the new one, or the unchanged tip)' },
        { name: 'branch', description: 'Branch that was pushed to' },
    ],
    async run(inputs, host) {
        const url = (0,validate/* checkRepoInput */.BI)(inputs.string('manifest-repo'), 'manifest-repo');
        const source = (0,external_node_path_.resolve)(inputs.string('source'));
        if (!(await isDirectory(source)))
            throw new errors/* UsageError */.eb(`input 'source': folder ${inputs.string('source')} does not exist`);
        if ((await (0,promises_.readdir)(source)).length === 0) {
            throw new errors/* UsageError */.eb(`input 'source': folder ${inputs.string('source')} is empty; refusing to delete every manifest`);
        }
        const targetPath = (0,paths/* safeRelativePath */.l)(inputs.string('path'), 'path');
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
                host.info(r.branchExists ? `fetched ${r.branch} at ${await r.head()}` : `branch ${r.branch} does not exist yet: the push creates it`);
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
                    [(0,auth/* displayUrl */.Qy)(url), repo.branch, targetPath, String(result.changed), result.commit, count('A'), count('M'), count('D'), sourceCommit],
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
        throw new errors/* RingwayError */.Sy(`input 'source-commit' must be a commit SHA, got '${sourceCommit}'`);
    return `${message.trim()}\n\n${SOURCE_TRAILER}: ${sourceCommit}\n`;
}


/***/ }),

/***/ 8251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* binding */ step)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/fs/contained.ts
var contained = __webpack_require__(2729);
// EXTERNAL MODULE: ./lib/hld/files.ts
var files = __webpack_require__(8290);
// EXTERNAL MODULE: ./lib/hld/names.ts
var names = __webpack_require__(237);
// EXTERNAL MODULE: ./lib/hld/yaml-engine.ts
var yaml_engine = __webpack_require__(617);
// EXTERNAL MODULE: ./lib/secrets.ts
var secrets = __webpack_require__(6995);
// EXTERNAL MODULE: ./lib/telemetry/query.ts
var query = __webpack_require__(9534);
// EXTERNAL MODULE: ./lib/telemetry/record.ts
var record = __webpack_require__(5297);
// EXTERNAL MODULE: ./lib/telemetry/row.ts
var telemetry_row = __webpack_require__(5062);
// EXTERNAL MODULE: ./lib/telemetry/store.ts
var telemetry_store = __webpack_require__(2659);
;// CONCATENATED MODULE: ./lib/telemetry/rollback.ts





const same = (a, b) => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
/** Every recorded deployment of `service` to `ring`. */
async function ringRows(store, service, ring) {
    const out = [];
    for await (const row of store.all(`env eq ${(0,telemetry_store/* quote */.hD)(ring.toLowerCase())}`))
        if ((0,query/* matchesService */.zX)(row, service))
            out.push(row);
    return out;
}
/** The deployment of `tag` a rollback replaces: the newest one in the ring not already rolled back. */
function currentDeployment(rows, tag) {
    return rows.filter((r) => same(r.imageTag, tag) && !r.rolledBackAt).sort(telemetry_row/* newestFirst */.ll)[0];
}
/** Tags rolled back in this ring: never chosen again by a rollback, never promoted past it by the gate. */
function rolledBackTags(rows) {
    return new Set(rows.filter((r) => r.rolledBackAt && r.imageTag).map((r) => r.imageTag.toLowerCase()));
}
/**
 * The last tag that reached synced in the ring before the current deployment of `current` started,
 * and was not rolled back itself; undefined when there is none.
 */
function previousGoodTag(rows, current) {
    // Before the current deployment reached the ring (not before its image was built: a good tag may
    // reach the ring in between; not before an earlier deployment of the same tag).
    const mine = currentDeployment(rows, current);
    const since = (mine && (0,telemetry_row/* ringStartedAt */.D7)(mine)) || '\uffff';
    const bad = rolledBackTags(rows);
    const good = rows
        .filter((r) => r.syncedAt && r.imageTag && !same(r.imageTag, current) && !bad.has(r.imageTag.toLowerCase()) && r.syncedAt <= since)
        .sort((a, b) => (a.syncedAt < b.syncedAt ? 1 : -1));
    return good.length ? { tag: good[0].imageTag, row: good[0] } : undefined;
}
/**
 * Records a rollback: a new deployment of the previous tag to the ring (stage `rollback`, linked to
 * the one it replaces by `rollbackOf`), and marks the replaced deployment rolled back, by whom and why.
 */
async function recordRollback(store, r, now = new Date()) {
    const fields = {
        imageTag: r.toTag,
        env: r.ring.toLowerCase(),
        service: r.service,
        hldCommitId: r.hldCommitId.toLowerCase(),
        pr: r.pr.toLowerCase(),
        prUrl: r.prUrl,
        hldRepo: r.hldRepo.toLowerCase(),
        p2: r.p2.toLowerCase(),
        rollbackOf: r.from?.rowKey ?? '',
        rollbackReason: r.reason,
    };
    const row = await (0,record/* recordStage */._3)(store, { stage: 'rollback', fields }, now);
    if (r.from)
        await markRolledBack(store, r.from.rowKey, { rolledBackBy: row.rowKey, rolledBackAt: now.toISOString(), rollbackReason: r.reason });
    return row;
}
async function markRolledBack(store, rowKey, fields) {
    for (let attempt = 1;; attempt++) {
        const [row] = await store.findAny([{ RowKey: rowKey }]);
        if (!row)
            throw new errors/* RingwayError */.Sy(`telemetry: deployment ${rowKey} disappeared while it was being marked rolled back`);
        const c = (0,telemetry_row/* changes */.Ao)(row, fields, (0,telemetry_row/* rankOf */.IQ)('rollback'));
        try {
            await store.update(row, c.set, c.ranks);
            return;
        }
        catch (err) {
            if (err.statusCode !== 412 || attempt >= 20)
                throw err;
        }
    }
}

// EXTERNAL MODULE: ./lib/steps/storage-inputs.ts
var storage_inputs = __webpack_require__(5253);
// EXTERNAL MODULE: ./lib/steps/update-hld.ts + 1 modules
var update_hld = __webpack_require__(1293);
;// CONCATENATED MODULE: ./lib/steps/rollback.ts












/** update-hld's repository inputs, reused as they are (one definition), with rollback's branch name. */
const REPO_INPUTS = ['hld-repo', 'branch', 'hld-path', 'component', 'environment', 'pull-request', 'pr-branch', 'provider', 'api-url', 'auto-merge', 'merge-method', 'labels', 'reviewers', 'max-attempts', 'token', 'git-user-name', 'git-user-email', 'dry-run', 'timeout'];
const repoInputs = REPO_INPUTS.flatMap((name) => update_hld.step.inputs.filter((d) => d.name === name)).map((d) => {
    if (d.name === 'pr-branch')
        return { ...d, description: 'Branch name template; {service} {ring} {tag} (the tag put back) {from-tag} {component} {environment} {build-id}', default: 'ROLLBACK/{service}-{ring}-{tag}' };
    if (d.name === 'component')
        return { ...d, description: 'Dotted subcomponent path holding the service in this ring (fab set --subcomponent); default the service name' };
    return d;
});
// Storage is optional here: without it the previous tag comes from the HLD's history.
const optionalStorage = storage_inputs/* storageInputs */.F.filter((d) => !repoInputs.some((r) => r.name === d.name)).map((d) => ({ ...d, required: false }));
/** Trailer naming the tag a rollback commit took out, so the history shows it was rolled back. */
const TRAILER = 'Ringway-Rolled-Back';
const step = {
    name: 'rollback',
    title: 'Roll back',
    description: "Puts the previous good image tag of a service back in a ring through the same reviewed path as any change: a commit to the HLD (pull request or direct push, like update-hld), never an edit of the cluster. Without to-tag it picks the last tag synced in that ring before the current one and not itself rolled back, from the deployment records when storage is given, else from the HLD's history. Records a rollback stage linking the rolled-back deployment and the new one.",
    azureTaskId: '6f1d2b8a-7c3e-4a59-b0e4-2d8c5f9a1e63',
    inputs: [
        { name: 'service', description: 'Service to roll back (as recorded by record-deployment)', required: true },
        { name: 'ring', description: 'Ring to roll back', required: true },
        { name: 'to-tag', description: 'Tag to put back; default the last tag synced in the ring before the current one and not rolled back' },
        { name: 'reason', description: 'Why, for the commit, the pull request and the record (e.g. the gate reason)' },
        { name: 'rings', description: 'Rings in promotion order', kind: 'list', default: 'dev,staging,prod' },
        { name: 'key', description: 'Config key holding the tag', default: 'image.tag' },
        ...repoInputs,
        ...optionalStorage,
    ],
    outputs: [
        { name: 'from-tag', description: 'Tag rolled back (what the ring ran)' },
        { name: 'to-tag', description: 'Tag put back' },
        { name: 'changed', description: "'true' when a commit was made" },
        { name: 'commit', description: 'HLD commit holding the rollback (the merge commit for the local provider)' },
        { name: 'branch', description: 'Branch pushed to' },
        { name: 'pull-request-number', description: 'Pull request number or id', aliases: ['pr-number'] },
        { name: 'pull-request-url', description: 'Pull request web address', aliases: ['pr-url'] },
        { name: 'deployment-id', description: 'Deployment row of the rollback (with storage)' },
    ],
    async run(inputs, host) {
        const service = inputs.require('service');
        const rings = inputs.list('rings').map((r) => r.trim().toLowerCase()).filter(Boolean);
        const ring = inputs.require('ring').trim().toLowerCase();
        // A ring outside the rings given is bad usage (exit 2); what the HLD and the records hold is
        // checked below and fails the step (exit 1), naming the input all the same.
        if (!rings.includes(ring))
            throw new errors/* UsageError */.eb(`input 'ring': '${ring}' is not one of the rings ${rings.join(', ')}`);
        const wanted = inputs.string('to-tag');
        const reason = inputs.string('reason');
        const keyPath = (0,names/* splitKeyPath */.TL)(inputs.string('key') || 'image.tag');
        const componentInput = inputs.string('component');
        const component = (0,names/* splitKeyPath */.TL)(componentInput || service);
        const storage = inputs.string('connection-string') || inputs.string('account-name');
        const store = storage ? telemetry_store/* DeploymentStore */.$0.open((0,storage_inputs/* storeOptions */.S)((n) => inputs.string(n))) : undefined;
        let fromTag = '';
        let toTag = '';
        let fromRow;
        const result = await (0,update_hld.changeHld)(inputs, host, 'rollback', async ({ repo, work, componentDir, environment }) => {
            // The config reader (and its YAML engine) loads here, after the inputs and the clone.
            const { readConfigValue } = await __webpack_require__.e(/* import() */ 426).then(__webpack_require__.bind(__webpack_require__, 2426));
            const file = await configFile(componentDir, environment);
            const shown = `${(0,external_node_path_.relative)(work, file) || file}`;
            // Read only inside the checkout: a committed link must not lead the read elsewhere.
            const current = async () => {
                await (0,contained/* assertResolvesInside */.yp)(work, file, "input 'hld-path'");
                return (await (0,files/* exists */.t2)(file)) ? await readConfigValue(await (0,promises_.readFile)(file, 'utf8'), shown, component, keyPath) : undefined;
            };
            const named = componentInput ? `component '${componentInput}'` : `service '${service}' (component '${service}')`;
            const now = await current().catch((e) => {
                throw new errors/* RingwayError */.Sy(`${shown}: ${(0,errors/* errorMessage */.gJ)(e)}`);
            });
            if (!now)
                throw new errors/* RingwayError */.Sy(`input '${componentInput ? 'component' : 'service'}': ${named} has no ${keyPath.join('.')} in ${shown}; nothing to roll back`);
            fromTag = now;
            if (store) {
                const rows = await ringRows(store, service, ring);
                if (!rows.length)
                    throw new errors/* RingwayError */.Sy(`input 'service': no deployment of '${service}' to ${ring} is recorded`);
                fromRow = currentDeployment(rows, fromTag);
                if (wanted) {
                    if (!rows.some((r) => r.imageTag?.toLowerCase() === wanted.toLowerCase() && (r.syncedAt || r.manifestCommitId)))
                        throw new errors/* RingwayError */.Sy(`input 'to-tag': ${wanted} was never deployed to ${ring} (no deployment of ${service} with that tag is recorded there)`);
                    toTag = wanted;
                }
                else {
                    const prev = previousGoodTag(rows, fromTag);
                    const skipped = [...rolledBackTags(rows)];
                    if (!prev)
                        throw new errors/* RingwayError */.Sy(`input 'to-tag': no previous good tag of ${service} in ${ring}: no other tag reached synced there before ${fromTag}${skipped.length ? ` (rolled back: ${skipped.join(', ')})` : ''}; name one with 'to-tag'`);
                    toTag = prev.tag;
                }
            }
            else {
                const history = await valueHistory(repo, (0,external_node_path_.relative)(work, file), component, keyPath);
                if (wanted) {
                    if (!history.values.includes(wanted))
                        throw new errors/* RingwayError */.Sy(`input 'to-tag': ${wanted} was never deployed to ${ring} (${shown} of ${named} never held it)`);
                    toTag = wanted;
                }
                else {
                    // Newest first: past the current tag's own commits, the first value not rolled back.
                    const past = history.values.slice(Math.max(0, history.values.findIndex((v) => v !== fromTag)));
                    toTag = past.find((v) => v !== fromTag && !history.rolledBack.has(v)) ?? '';
                    if (!toTag)
                        throw new errors/* RingwayError */.Sy(`input 'to-tag': no previous good tag of ${service} in ${ring}: ${shown} held no other ${keyPath.join('.')} before ${fromTag}${history.rolledBack.size ? ` (rolled back: ${[...history.rolledBack].join(', ')})` : ''}; name one with 'to-tag'`);
                }
            }
            if (toTag === fromTag)
                throw new errors/* RingwayError */.Sy(`input 'to-tag': ${ring} already runs ${toTag}; nothing to roll back`);
            host.info(`rolling back ${service} in ${ring}: ${fromTag} → ${toTag}${reason ? ` (${reason})` : ''}`);
            const edits = [{ component, pairs: [{ keyPath, value: toTag }] }];
            const body = (0,update_hld.withTrailers)([`Rolls ${service} in ${ring} back from ${fromTag} to ${toTag}.`, `Reason: ${reason || 'not given'}`, ...(fromRow ? [`Rolled-back deployment: ${fromRow.rowKey}`] : []), '', (0,update_hld.pullRequestBody)(host.build, edits, environment)].join('\n'), { service, ring, tag: toTag, rollbackOf: fromRow?.rowKey }).concat(`\n${TRAILER}: ${fromTag}`);
            return {
                edits,
                message: `Rolling back ${service} in ${ring} from ${fromTag} to ${toTag}.`,
                body,
                branchValues: { service, ring, tag: toTag, 'from-tag': fromTag, component: component.join('.'), environment },
                // Re-applied on a moved tip: only while the ring still runs the tag being rolled back.
                guard: async () => {
                    const v = await current();
                    if (v !== fromTag && v !== toTag)
                        throw new errors/* RingwayError */.Sy(`${ring} moved on from ${fromTag} to ${v ?? 'nothing'} while rolling back; nothing pushed — run rollback again`);
                },
            };
        }, { depth: store ? undefined : 1000 });
        let deploymentId = '';
        if (store && result.commit && !inputs.boolean('dry-run')) {
            try {
                const row = await recordRollback(store, { service, ring, toTag, from: fromRow, hldCommitId: result.commit, pr: result.prNumber, prUrl: result.prUrl, hldRepo: inputs.string('hld-repo'), p2: host.build.buildId, reason });
                deploymentId = row.rowKey;
                host.info(`recorded rollback deployment ${row.rowKey}${fromRow ? ` (replaces ${fromRow.rowKey})` : ''}`);
            }
            catch (err) {
                host.warning(`rollback not recorded: ${(0,secrets/* redact */.E$)((0,errors/* errorMessage */.gJ)(err)).split('\n')[0]}`);
            }
        }
        return {
            'from-tag': fromTag,
            'to-tag': toTag,
            changed: String(result.changed),
            commit: result.commit,
            branch: result.branch,
            'pull-request-number': result.prNumber,
            'pull-request-url': result.prUrl,
            'deployment-id': deploymentId,
        };
    },
};
/** The environment's config file, as setConfig picks it (YAML, else an existing JSON). */
async function configFile(componentDir, environment) {
    const yaml = (0,external_node_path_.join)(componentDir, 'config', `${environment}.yaml`);
    const json = (0,external_node_path_.join)(componentDir, 'config', `${environment}.json`);
    return !(await (0,files/* exists */.t2)(yaml)) && (await (0,files/* exists */.t2)(json)) ? json : yaml;
}
/**
 * The values the key held along the branch's mainline, newest first (consecutive repeats
 * collapsed), and the tags rollback commits took out (their trailer).
 */
async function valueHistory(repo, path, component, keyPath) {
    const log = await repo.git(['log', '--first-parent', '--format=%H', '--', path], { allowFailure: true });
    const values = [];
    // Loaded before the loop: a reader that failed to load must not pass for revisions that do not parse.
    const { readConfigValue } = await __webpack_require__.e(/* import() */ 426).then(__webpack_require__.bind(__webpack_require__, 2426));
    await (0,yaml_engine/* loadYaml */.y)();
    for (const sha of log.stdout.split('\n').filter(Boolean)) {
        const show = await repo.git(['show', `${sha}:${path}`], { allowFailure: true });
        let v;
        try {
            v = show.code === 0 ? await readConfigValue(show.stdout, path, component, keyPath) : undefined;
        }
        catch {
            v = undefined; // an old revision that does not parse holds no usable value
        }
        if (v && values[values.length - 1] !== v)
            values.push(v);
    }
    const trailers = await repo.git(['log', `--format=%(trailers:key=${TRAILER},valueonly)`, '--', path], { allowFailure: true });
    return { values, rolledBack: new Set(trailers.stdout.split('\n').map((l) => l.trim()).filter(Boolean)) };
}


/***/ })

};
;