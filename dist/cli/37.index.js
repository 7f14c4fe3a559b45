"use strict";
exports.id = 37;
exports.ids = [37];
exports.modules = {

/***/ 2729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ assertEntriesInside),
/* harmony export */   RN: () => (/* binding */ assertTreeInside),
/* harmony export */   nx: () => (/* binding */ inside),
/* harmony export */   yp: () => (/* binding */ assertResolvesInside)
/* harmony export */ });
/* unused harmony export assertNoLinkOnPath */
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

/***/ 8627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ walkFiles),
/* harmony export */   s: () => (/* binding */ walkFilesSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Every entry under `dir` that is not a folder (files, symlinks, others), depth first in the order
 * the file system lists them, with its full path. Folders are entered, never yielded; a symlink is
 * yielded, never followed, so a walk cannot leave the tree or loop.
 */
async function* walkFiles(dir, opts = {}) {
    const entries = opts.skipUnreadable
        ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true }).catch(() => [])
        : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true });
    for (const entry of entries) {
        if (opts.skip?.(entry))
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, entry.name);
        if (entry.isDirectory())
            yield* walkFiles(path, opts);
        else
            yield { path, entry };
    }
}
/**
 * walkFiles with synchronous reads of each folder: for a walk that reads every file anyway,
 * hundreds of folder reads each awaited through the thread pool cost more in wake-ups than in
 * reading. The caller yields to the event loop as it sees fit.
 */
function* walkFilesSync(dir, opts = {}) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
    }
    catch (err) {
        if (opts.skipUnreadable)
            return;
        throw err;
    }
    // The names come from the folder: no `..` or doubled `/` to normalise away (join's cost here).
    const base = dir.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? dir : `${dir}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`;
    for (const entry of entries) {
        if (opts.skip?.(entry))
            continue;
        const path = `${base}${entry.name}`;
        if (entry.isDirectory())
            yield* walkFilesSync(path, opts);
        else
            yield { path, entry };
    }
}


/***/ }),

/***/ 6322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ chartPath)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/exec.ts
var exec = __webpack_require__(3361);
// EXTERNAL MODULE: ./lib/hld/files.ts
var files = __webpack_require__(8290);
// EXTERNAL MODULE: ./lib/hld/yaml-engine.ts
var yaml_engine = __webpack_require__(617);
;// CONCATENATED MODULE: ./lib/hld/chart-deps.ts






/** Dependencies a chart declares (Chart.yaml `dependencies`, or helm 2's requirements.yaml). */
async function declared(chartDir) {
    const out = [];
    for (const file of ['Chart.yaml', 'requirements.yaml']) {
        const path = (0,external_node_path_.join)(chartDir, file);
        if (!(await (0,files/* exists */.t2)(path)))
            continue;
        const [text, { parse }] = await Promise.all([(0,promises_.readFile)(path, 'utf8'), (0,yaml_engine/* loadYaml */.y)()]);
        const doc = parse(text);
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
    const list = await (0,exec/* exec */.m0)('helm', ['dependency', 'list', chartDir], { allowFailure: true });
    // Rows are "NAME VERSION REPOSITORY STATUS"; anything but ok/unpacked needs fetching.
    const rows = list.stdout
        .split('\n')
        .slice(1)
        .map((l) => l.trim().split(/\t+|\s{2,}/))
        .filter((r) => r.length >= 4);
    if (list.code === 0 && rows.every((r) => /^(ok|unpacked)$/.test(r[r.length - 1].trim())))
        return;
    // The repositories come from the chart (untrusted content) and helm gives them no time limit.
    const timeout = {
        ms: (0,exec/* networkTimeoutMs */.mi)(),
        service: `component '${who}': the chart repositories its dependencies name`,
    };
    const r = await (0,exec/* exec */.m0)('helm', ['dependency', 'build', chartDir], {
        allowFailure: true,
        label: 'helm dependency build',
        timeout,
    });
    if (r.code !== 0) {
        // helm ends with a generic "no cached repository"; the line saying why is earlier.
        const text = `${r.stdout}\n${r.stderr}`;
        const why = text
            .split('\n')
            .reverse()
            .find((l) => /dial tcp|no such host|connection refused|not found|could not|status code|x509/i.test(l));
        throw new errors/* RingwayError */.Sy(`component '${who}': helm dependency build failed: ${(0,exec/* lastLines */.w$)(why ?? text, 1)}`);
    }
}

// EXTERNAL MODULE: ./lib/hld/tree.ts + 1 modules
var tree = __webpack_require__(8621);
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
    const installed = remote ? await (0,tree/* installedFolder */.Z)(node, 'helm_repos', def.name, who) : undefined;
    if (installed) {
        const dir = def.method === 'git'
            ? await (0,files/* containedPath */.fX)(node.root, installed, def.path || '.', `component '${who}'`)
            : installed;
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
        const chart = await existingChart(await (0,files/* containedPath */.fX)(checkout, checkout, def.path || '.', `component '${who}'`), who);
        await ensureChartDependencies(chart, who);
        return { chart, root: checkout };
    }
    return {
        chart: await existingChart(await (0,files/* containedPath */.fX)(node.root, node.physical, def.path || '.', `component '${who}'`), who),
        root: node.root,
    };
}
/** A chart folder (with Chart.yaml), or a file helm reads as a packaged chart (`charts/x-1.2.3.tgz`), as fab passes `path` to helm. */
async function existingChart(dir, who) {
    if ((await (0,promises_.stat)(dir).catch(() => undefined))?.isFile())
        return dir;
    if (!(await (0,files/* exists */.t2)((0,external_node_path_.join)(dir, 'Chart.yaml'))))
        throw new errors/* RingwayError */.Sy(`component '${who}': no helm chart (Chart.yaml) at ${dir}`);
    return dir;
}


/***/ }),

/***/ 6668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PK: () => (/* binding */ noDefinition),
/* harmony export */   a4: () => (/* binding */ isInlined),
/* harmony export */   yQ: () => (/* binding */ loadDefinition)
/* harmony export */ });
/* unused harmony exports goJsonFields, normalize */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8115);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8290);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(237);
/* harmony import */ var _parsed_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5766);
/* harmony import */ var _yaml_engine_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(617);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5443);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6598);








const TYPES = new Set(['component', 'helm', 'static', 'kustomize']);
const METHODS = new Set(['local', 'git', 'helm', 'http', '']);
const HOOKS = new Set(['before-install', 'after-install', 'before-generate', 'after-generate']);
function noDefinition(display) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`component '${display}': no component.yaml or component.json in ${display}`);
}
/** Loads `component.yaml`, else `component.json`, from a component folder (parsed once per bytes with `parsed`). */
async function loadDefinition(dir, display, parsed) {
    const file = await (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .definitionFile */ .yN)(dir);
    if (!file)
        throw noDefinition(display);
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, file);
    const shown = `${display === '.' ? '' : `${display}/`}${file}`;
    return (0,_parsed_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readParsed */ .m)(parsed, full, shown, async (bytes) => {
        if (file.endsWith('.json'))
            return normalize(goJsonFields((0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .parseData */ ._0)(bytes.toString('utf8'), shown, true)), shown);
        // Fabrikate reads every field into a Go string: `version: 1.10` is "1.10", not 1.1.
        await (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_7__/* .loadYaml */ .y)();
        return normalize((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .parseYaml11 */ .z1)((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeFileBytes */ .eU)(bytes, shown), { display: shown, text: true }), shown);
    });
}
/** The fields of Fabrikate's Component struct, as its JSON tags spell them. */
const FIELDS = [
    'name',
    'type',
    'generator',
    'hooks',
    'source',
    'method',
    'path',
    'version',
    'branch',
    'repositories',
    'subcomponents',
];
/**
 * A component.json as Go's encoding/json fills the Component struct: a key matches a field
 * whatever its case (`"Name"`, `"TYPE"`; Go folds 'ſ' to 's' and the Kelvin sign to 'k' too), a
 * later key for one field overwrites an earlier one, and keys of no field are ignored. Keys inside
 * `hooks` and `repositories` are map keys and stay as written.
 */
function goJsonFields(raw) {
    if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(raw))
        return raw;
    const out = {};
    for (const [k, v] of Object.entries(raw)) {
        const folded = k
            .replace(/\u017f/g, 's')
            .replace(/\u212a/g, 'k')
            .toLowerCase();
        const field = FIELDS.find((f) => f === k) ?? FIELDS.find((f) => f.toLowerCase() === folded);
        if (!field)
            continue;
        out[field] = field === 'subcomponents' && Array.isArray(v) ? v.map(goJsonFields) : v;
    }
    return out;
}
function str(v, field, where) {
    if (v === undefined || v === null)
        return '';
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${where}: '${field}' must be a string`);
}
function normalize(raw, where) {
    if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(raw))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${where}: a component definition must be a mapping`);
    const name = str(raw.name, 'name', where);
    if (!name)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${where}: component has no 'name'`);
    if (/[/\\]|^\.\.?$/.test(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${where}: component name '${name}' may not contain '/' or be '.' or '..'`);
    // `generator` is Fabrikate's deprecated spelling of `type`, and wins when both are set.
    const type = str(raw.generator, 'generator', where) || str(raw.type, 'type', where) || 'component';
    if (!TYPES.has(type))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${where}: component '${name}' has unknown type '${type}'`);
    const method = str(raw.method, 'method', where);
    if (!METHODS.has(method))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${where}: component '${name}' has unknown method '${method}'`);
    const hooks = {};
    if (raw.hooks !== undefined && raw.hooks !== null) {
        if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(raw.hooks))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${where}: 'hooks' of '${name}' must be a mapping`);
        for (const [hook, cmds] of Object.entries(raw.hooks)) {
            if (!HOOKS.has(hook))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${where}: unknown hook '${hook}' in '${name}'`);
            if (!Array.isArray(cmds))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${where}: hook '${hook}' of '${name}' must be a list of commands`);
            hooks[hook] = cmds.map((c) => str(c, `hooks.${hook}`, where));
        }
    }
    const repositories = {};
    if ((0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(raw.repositories))
        for (const [k, v] of Object.entries(raw.repositories))
            repositories[k] = str(v, `repositories.${k}`, where);
    const subs = raw.subcomponents ?? [];
    if (!Array.isArray(subs))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${where}: 'subcomponents' of '${name}' must be a list`);
    const subcomponents = subs.map((s, i) => normalize(s, `${where} subcomponents[${i}]`));
    const seen = new Set();
    for (const s of subcomponents) {
        if (seen.has(s.name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${where}: two subcomponents of '${name}' are named '${s.name}'`);
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


/***/ }),

/***/ 6297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ hasHook),
/* harmony export */   E: () => (/* binding */ runHooks)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3361);


/** Whether a component has a command for `hook` (before-generate, after-install, …). */
function hasHook(node, hook) {
    return (node.def.hooks[hook] ?? []).some((c) => c.trim() !== '');
}
/** Runs a component's commands for `hook` in its folder; the first failing one fails the component. */
async function runHooks(node, hook) {
    for (const cmd of node.def.hooks[hook] ?? []) {
        if (!cmd.trim())
            continue;
        const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .exec */ .m0)('sh', ['-c', cmd], {
            cwd: node.physical,
            allowFailure: true,
            label: `${hook} hook of component '${node.path}'`,
        });
        if (r.code !== 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`component '${node.path}': ${hook} hook '${cmd}' failed (exit ${r.code}): ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .lastLines */ .w$)(r.stderr || r.stdout, 1)}`);
    }
}


/***/ }),

/***/ 5766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ readParsed),
/* harmony export */   p: () => (/* binding */ ParsedFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Files a generate run parses, kept while their bytes stay the same. Each environment set's walk
 * reads the HLD again (a hook may have changed it in between), but the root's component.yaml and
 * config/common.yaml of a 1,000-component HLD are the same bytes every time, and parsing them was
 * most of a walk's CPU; every shard of a matrix walks every environment set. The parsed values
 * are shared: callers must not change them.
 */
class ParsedFiles {
    entries = new Map();
    /** `parse` of the file's bytes, reused for the same path, key and bytes. */
    async read(path, key, parse) {
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path);
        const id = `${path}\0${key}`;
        const hit = this.entries.get(id);
        if (hit?.bytes.equals(bytes))
            return hit.value;
        const value = await parse(bytes);
        this.entries.set(id, { bytes, value });
        return value;
    }
}
/** `parse` of the file's bytes, through `memo` when there is one. */
async function readParsed(memo, path, key, parse) {
    return memo ? memo.read(path, key, parse) : parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path));
}


/***/ }),

/***/ 3367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ defaultCacheDir),
/* harmony export */   G5: () => (/* binding */ SourceCache)
/* harmony export */ });
/* unused harmony export localRepoPath */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8115);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(2604);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3361);
/* harmony import */ var _git_access_tokens_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4666);
/* harmony import */ var _git_auth_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7023);
/* harmony import */ var _git_repo_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9941);
/* harmony import */ var _git_validate_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9719);
/* harmony import */ var _fs_contained_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2729);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(8248);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(8290);















function defaultCacheDir() {
    return process.env.RINGWAY_CACHE_DIR || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(process.env.XDG_CACHE_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.cache'), 'ringway');
}
async function key(...parts) {
    return (await (0,_hash_js__WEBPACK_IMPORTED_MODULE_14__/* .sha256 */ .s)()).update(parts.join('\0')).digest('hex').slice(0, 32);
}
/**
 * Fetches remote component sources once into a content-addressed cache. A pinned source (git
 * commit or tag, helm chart version) is reused across runs; an unpinned one (branch tip, latest
 * chart) is fetched once per run. Concurrent requests for one source share one fetch.
 */
class SourceCache {
    dir;
    access;
    inflight = new Map();
    /** Source URL → the variable an access.yaml names for it (the first read wins), where the step allows it. */
    named = new Map();
    /** Source URL → why an access.yaml entry for it was ignored, for the error of a fetch that then fails. */
    withheld = new Map();
    /** Folders (real paths) whose repositories git components may name as a local source. */
    localSources;
    constructor(dir, 
    /** The tokens the pipeline author allowed, and for which hosts (the `access-tokens` input). */
    access = _git_access_tokens_js__WEBPACK_IMPORTED_MODULE_7__/* .AccessTokens */ .z.none(), 
    /** The pipeline author's `local-sources`: folders holding repositories an HLD may read. */
    localSources = []) {
        this.dir = dir;
        this.access = access;
        this.localSources = localSources.map((f) => realOrResolved(f));
    }
    /** A checkout of `url` at `version` (commit/tag) or `branch`, shallow where possible. */
    async git(url, version, branch, who) {
        // HLD content is untrusted: the URL and refs are checked before git sees them (an option-looking
        // `version` would otherwise reach `git fetch` as an option), and follow --end-of-options.
        (0,_git_validate_js__WEBPACK_IMPORTED_MODULE_10__/* .checkRepoUrl */ .GK)(url, `component '${who}': source`);
        (0,_git_validate_js__WEBPACK_IMPORTED_MODULE_10__/* .checkOptionalRef */ .Qr)(version, `component '${who}': version`);
        (0,_git_validate_js__WEBPACK_IMPORTED_MODULE_10__/* .checkOptionalRef */ .Qr)(branch, `component '${who}': branch`);
        this.checkLocal(url, who);
        const pinned = version !== '';
        const id = `git-${await key(url, version, branch)}`;
        return this.once(id, pinned, async (target) => {
            const token = this.access.tokenFor(url, this.named.get(url));
            const env = (0,_git_auth_js__WEBPACK_IMPORTED_MODULE_8__/* .gitAuthEnv */ .Y$)(url, token);
            const timeout = { ms: (0,_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .networkTimeoutMs */ .mi)(), service: `git server ${(0,_git_auth_js__WEBPACK_IMPORTED_MODULE_8__/* .displayUrl */ .Qy)(url)}` };
            const git = (args) => ['-c', 'credential.helper=', ..._git_repo_js__WEBPACK_IMPORTED_MODULE_9__/* .TEMP_CLONE_CONFIG */ .oV, ...args];
            const run = (args, cwd) => (0,_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .exec */ .m0)('git', git(args), { cwd, env, label: `git ${args[0]}`, ...(args[0] === 'fetch' ? { timeout } : {}) });
            try {
                await run(['init', '-q', target]);
                const ref = version || (branch ? `refs/heads/${branch}` : 'HEAD');
                // Shallow fetch of exactly the wanted commit; servers that refuse fetching by SHA get a full fetch.
                const shallow = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .exec */ .m0)('git', git(['fetch', '-q', '--depth=1', '--end-of-options', url, ref]), {
                    cwd: target,
                    env,
                    allowFailure: true,
                    timeout,
                    label: 'git fetch',
                });
                if (shallow.code !== 0) {
                    if (!version)
                        throw new _exec_js__WEBPACK_IMPORTED_MODULE_6__/* .ExecError */ .cI('git fetch', shallow);
                    await run(['fetch', '-q', '--tags', '--end-of-options', url, '+refs/heads/*:refs/remotes/origin/*'], target);
                    const commit = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .exec */ .m0)('git', git(['rev-parse', '--verify', '-q', '--end-of-options', `${version}^{commit}`]), { cwd: target, env, allowFailure: true });
                    if (commit.code !== 0)
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RingwayError */ .Sy(`no commit, tag or branch '${version}'`);
                    await run(['checkout', '-q', '--detach', commit.stdout.trim()], target);
                }
                else {
                    await run(['checkout', '-q', '--detach', 'FETCH_HEAD'], target);
                }
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(target, '.git'), { recursive: true, force: true });
            }
            catch (err) {
                const detail = err instanceof _exec_js__WEBPACK_IMPORTED_MODULE_6__/* .ExecError */ .cI ? (0,_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .lastLines */ .w$)(err.result.stderr, 1) : err.message;
                // Said only where the server answered and refused: not for a timeout or no connection at all.
                const refused = err instanceof _exec_js__WEBPACK_IMPORTED_MODULE_6__/* .ExecError */ .cI && !/Failed to connect|Could not resolve host/i.test(detail);
                const withheld = token || !refused ? undefined : this.withheld.get(url);
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RingwayError */ .Sy(`component '${who}': cannot fetch ${(0,_git_auth_js__WEBPACK_IMPORTED_MODULE_8__/* .displayUrl */ .Qy)(url)}${version ? `@${version}` : branch ? ` (branch ${branch})` : ''}: ${detail}${withheld ? ` (no token was sent: ${withheld})` : ''}`);
            }
        });
    }
    /**
     * An HLD is untrusted content: its git sources name remote repositories. A path or file:// URL
     * would let it render any repository of the runner (another job's checkout, a credentials repo),
     * so one is read only inside a folder the pipeline author listed in `local-sources`.
     */
    checkLocal(url, who) {
        const path = localRepoPath(url);
        if (path === undefined)
            return;
        const real = realOrResolved(path);
        if (this.localSources.some((folder) => (0,_fs_contained_js__WEBPACK_IMPORTED_MODULE_11__/* .inside */ .nx)(folder, real)))
            return;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RingwayError */ .Sy(`component '${who}': source '${url}' is a repository on this machine; an HLD may name only remote repositories (https://, ssh://, host:path), unless the pipeline lists its folder in input 'local-sources'`);
    }
    /** A chart from a helm repository, untarred; returns the chart folder. */
    async helmChart(repoUrl, chart, version, who) {
        (0,_git_validate_js__WEBPACK_IMPORTED_MODULE_10__/* .checkHelmRepoUrl */ .a_)(repoUrl, `component '${who}': source`);
        if (chart.startsWith('-') || version.startsWith('-'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RingwayError */ .Sy(`component '${who}': chart name and version may not start with '-'`);
        const id = `helm-${await key(repoUrl, chart, version)}`;
        const dir = await this.once(id, version !== '', async (target) => {
            const args = ['pull', `--repo=${repoUrl}`, '--untar', `--untardir=${target}`];
            if (version)
                args.push(`--version=${version}`);
            args.push('--', chart);
            // A chart repository that never answers must not hang generate (helm pull has no timeout of its own).
            const r = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .exec */ .m0)('helm', args, {
                allowFailure: true,
                label: 'helm pull',
                timeout: { ms: (0,_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .networkTimeoutMs */ .mi)(), service: `helm repository ${(0,_git_auth_js__WEBPACK_IMPORTED_MODULE_8__/* .displayUrl */ .Qy)(repoUrl)}` },
            }).catch((err) => {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RingwayError */ .Sy(`component '${who}': ${err.message}`);
            });
            if (r.code !== 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RingwayError */ .Sy(`component '${who}': helm pull ${chart} from ${(0,_git_auth_js__WEBPACK_IMPORTED_MODULE_8__/* .displayUrl */ .Qy)(repoUrl)} failed: ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .lastLines */ .w$)(r.stderr, 1)}`);
        });
        const [name] = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir);
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name);
    }
    /** A single manifest file over HTTP(S) (`type: static`, `method: http`). */
    async http(url, name, who) {
        return this.once(`http-${await key(url)}`, false, async (target) => {
            if (!/\.ya?ml$/i.test(new URL(url).pathname)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RingwayError */ .Sy(`component '${who}': source for a static http component must end in .yaml or .yml`);
            }
            const res = await fetch(url, { signal: AbortSignal.timeout((0,_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .networkTimeoutMs */ .mi)()) }).catch((e) => {
                if (e.name === 'TimeoutError')
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RingwayError */ .Sy(`component '${who}': ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .noAnswerError */ .q9)((0,_git_auth_js__WEBPACK_IMPORTED_MODULE_8__/* .displayUrl */ .Qy)(url)).message}`);
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RingwayError */ .Sy(`component '${who}': cannot download ${(0,_git_auth_js__WEBPACK_IMPORTED_MODULE_8__/* .displayUrl */ .Qy)(url)}: ${e.message}`);
            });
            if (!res.ok)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RingwayError */ .Sy(`component '${who}': downloading ${(0,_git_auth_js__WEBPACK_IMPORTED_MODULE_8__/* .displayUrl */ .Qy)(url)} failed with HTTP ${res.status}`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(target, { recursive: true });
            const body = await (0,_limits_js__WEBPACK_IMPORTED_MODULE_12__/* .readBody */ .x8)(res, _limits_js__WEBPACK_IMPORTED_MODULE_12__/* .MAX_ANSWER_BYTES */ .gB, `component '${who}': the download of ${(0,_git_auth_js__WEBPACK_IMPORTED_MODULE_8__/* .displayUrl */ .Qy)(url)}`, () => new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .RingwayError */ .Sy(`component '${who}': ${(0,_exec_js__WEBPACK_IMPORTED_MODULE_6__/* .noAnswerError */ .q9)((0,_git_auth_js__WEBPACK_IMPORTED_MODULE_8__/* .displayUrl */ .Qy)(url)).message}`, { kind: 'timeout' }));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(target, `${name}.yaml`), body);
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
        const final = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, 'sources', id);
        if (pinned && (await (0,_files_js__WEBPACK_IMPORTED_MODULE_13__/* .exists */ .t2)(final)))
            return final;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, 'sources'), { recursive: true });
        const tmp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.dir, 'sources', `.tmp-${id}-`));
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tmp, 'x');
        try {
            await fill(target);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(final, { recursive: true, force: true });
            // Rename is atomic: a reader sees the old entry or the complete new one, never half.
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rename)(target, final).catch(async (err) => {
                if (!(err.code === 'ENOTEMPTY' || err.code === 'EEXIST'))
                    throw err;
            });
            return final;
        }
        finally {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { recursive: true, force: true });
        }
    }
}
/** The folder a git source on this machine names (a file:// URL or a path), else undefined. */
function localRepoPath(url) {
    if (/^file:/i.test(url)) {
        try {
            return (0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(url);
        }
        catch {
            return url.replace(/^file:(\/\/)?/i, '/'); // file://host/path: still this machine's file
        }
    }
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url))
        return undefined; // https, ssh, git
    if (/^(?:[^@/]+@)?(?:\[[^\]/]+\]|[^:/]+):/.test(url) && !/^[A-Za-z]:[\\/]/.test(url))
        return undefined; // scp form
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(url);
}
/** The real path of `path`, or of its deepest existing folder with the rest appended. */
function realOrResolved(path) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(path);
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(abs);
    }
    catch {
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(abs, '..');
        return up === abs ? abs : (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(realOrResolved(up), abs.slice(up.length + (up.endsWith('/') ? 0 : 1)));
    }
}


/***/ }),

/***/ 8621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ installedFolder),
  I: () => (/* binding */ walkTree)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/fs/contained.ts
var contained = __webpack_require__(2729);
// EXTERNAL MODULE: ./lib/git/auth.ts
var auth = __webpack_require__(7023);
// EXTERNAL MODULE: ./lib/hld/config.ts
var config = __webpack_require__(643);
// EXTERNAL MODULE: ./lib/hld/definition.ts
var definition = __webpack_require__(6668);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/hld/files.ts
var files = __webpack_require__(8290);
// EXTERNAL MODULE: ./lib/hld/yaml-engine.ts
var yaml_engine = __webpack_require__(617);
;// CONCATENATED MODULE: ./lib/hld/access-file.ts




/**
 * Reads an access.yaml (`shown` names it in errors): a mapping of source URLs to the names of the
 * environment variables holding their tokens. Which of them may be read is the step's decision
 * (lib/git/access-tokens.ts), not this file's.
 */
async function readAccessFile(path, shown) {
    const [text] = await Promise.all([(0,promises_.readFile)(path, 'utf8'), (0,yaml_engine/* loadYaml */.y)()]);
    const data = (0,files/* parseData */._0)(text, shown);
    if (data === null || data === undefined)
        return [];
    if (!(0,files/* isPlainObject */.Qd)(data))
        throw new errors/* RingwayError */.Sy(`${shown}: must map repository URLs to environment variable names`);
    const lines = keyLines(text);
    return Object.entries(data).map(([url, variable]) => {
        const line = lines.get(url) ?? 0;
        if (typeof variable !== 'string')
            throw new errors/* RingwayError */.Sy(`${shown}${line ? `:${line}` : ''}: the variable for ${url} must be a name`);
        return { url, variable, line };
    });
}
/** The line of each top-level key (the last one, where a key repeats, as its value is the last). */
function keyLines(text) {
    const { LineCounter, parseDocument, isMap, isScalar } = (0,yaml_engine/* yaml */.o)();
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, lineCounter });
    const lines = new Map();
    if (!isMap(doc.contents))
        return lines;
    for (const pair of doc.contents.items)
        if (isScalar(pair.key) && pair.key.range)
            lines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line);
    return lines;
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
    await (0,contained/* assertEntriesInside */.BO)(opts.hld, opts.hld, COMPONENT_FILES, 'component .');
    const rootDef = await (0,definition/* loadDefinition */.yQ)(opts.hld, '.', opts.parsed);
    const root = {
        def: rootDef,
        physical: opts.hld,
        logical: '.',
        config: await componentConfig(opts.hld, '.', opts.environments, undefined, opts.parsed),
        path: rootDef.name,
        root: opts.hld,
        depth: 0,
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
        if ((0,definition/* isInlined */.a4)(sub)) {
            out.push({
                def: sub,
                physical: parent.physical,
                logical: parent.logical,
                config: entry ?? (0,config/* emptyConfig */.i4)(),
                path,
                root: parent.root,
                depth: parent.depth + 1,
            });
            continue;
        }
        let root = parent.root;
        let physical;
        const installed = sub.method === 'git' ? await installedFolder(parent, 'components', sub.name, path) : undefined;
        if (installed) {
            // What `fab install` left (components/<name>, committed or not): used as it is, offline, as fab generate does.
            physical = await (0,files/* containedPath */.fX)(root, installed, sub.path || '.', `component '${path}'`);
        }
        else if (sub.method === 'git') {
            if (!sub.source)
                throw new errors/* RingwayError */.Sy(`component '${path}': method git needs a 'source' URL`);
            root = await opts.sources.git(sub.source, sub.version, sub.branch, path);
            physical = await (0,files/* containedPath */.fX)(root, root, sub.path || '.', `component '${path}'`);
        }
        else {
            physical = await (0,files/* containedPath */.fX)(parent.root, parent.physical, (0,external_node_path_.join)(sub.source || '.', sub.path || '.'), `component '${path}'`);
        }
        if (!(await (0,files/* exists */.t2)(physical))) {
            const where = external_node_path_.posix.join(sub.source || '.', sub.path || '.');
            throw new errors/* RingwayError */.Sy(`component '${path}': folder '${where}' does not exist${sub.method === 'git' ? ` in ${sub.source}` : ''}`);
        }
        const display = external_node_path_.posix.join(parent.logical, sub.name);
        await (0,contained/* assertEntriesInside */.BO)(root, physical, COMPONENT_FILES, `component '${path}'`);
        const def = await (0,definition/* loadDefinition */.yQ)(physical, display, opts.parsed);
        await readAccessTokens(physical, display, opts);
        out.push({
            def,
            physical,
            logical: display,
            config: await componentConfig(physical, display, opts.environments, entry, opts.parsed),
            path,
            root,
            depth: parent.depth + 1,
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
    if (!(await (0,files/* exists */.t2)(dir)))
        return undefined;
    return (0,files/* containedPath */.fX)(node.root, node.physical, `${kind}/${name}`, `component '${who}'`);
}
/** Parent-provided config first, then the component's own environment files, then common. */
async function componentConfig(dir, display, envs, fromParent, parsed) {
    const layers = [];
    if (fromParent)
        layers.push({ config: fromParent, file: `config of the parent of ${display}` });
    for (const env of [...envs, 'common']) {
        const c = await (0,config/* loadConfigFile */.HT)(dir, env, display, parsed);
        if (c)
            layers.push({ config: c, file: `${display === '.' ? '' : `${display}/`}config/${env}` });
    }
    return (0,config/* layerConfigs */.r3)(layers);
}
/**
 * Fabrikate's access.yaml: `<source url>: <ENV_VAR>` naming the variable that holds its token. HLD
 * content never chooses where a secret goes: an entry counts only where the step's `access-tokens`
 * input allows that variable for that URL's host; any other is ignored with a warning naming the
 * file and line (a fetch that then fails says which entry was ignored).
 */
async function readAccessTokens(dir, display, opts) {
    const file = (0,external_node_path_.join)(dir, 'access.yaml');
    if (!(await (0,files/* exists */.t2)(file)))
        return;
    const shown = `${display === '.' ? '' : `${display}/`}access.yaml`;
    const { access, named, withheld } = opts.sources;
    for (const { url, variable, line } of await readAccessFile(file, shown)) {
        const at = line ? `${shown}:${line}` : shown;
        const where = (0,auth/* displayUrl */.Qy)(url);
        const why = access.refusal(variable, url);
        if (why) {
            opts.warn(`${at}: ${variable} for ${where} is ignored: ${why}`);
            if (!withheld.has(url))
                withheld.set(url, `${at} names ${variable} for it, but ${why}`);
        }
        else if (!access.isSet(variable)) {
            opts.warn(`${at}: environment variable ${variable} for ${where} is not set`);
        }
        else if (!named.has(url))
            named.set(url, variable);
    }
}


/***/ }),

/***/ 8248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gB: () => (/* binding */ MAX_ANSWER_BYTES),
/* harmony export */   lB: () => (/* binding */ readFileLimited),
/* harmony export */   x8: () => (/* binding */ readBody)
/* harmony export */ });
/* unused harmony export formatBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8115);


/** The most a server's answer (an API's JSON, a manifest, a downloaded file) may hold: 32 MiB. */
const MAX_ANSWER_BYTES = 32 << 20;
/** `1 MiB`, `64 KiB`: a size limit as a person reads it. */
function formatBytes(n) {
    if (n >= 1 << 20 && n % (1 << 20) === 0)
        return `${n / (1 << 20)} MiB`;
    if (n >= 1 << 10 && n % (1 << 10) === 0)
        return `${n / (1 << 10)} KiB`;
    return `${n} bytes`;
}
/**
 * A file of at most `maxBytes`, read without trusting its size: `/dev/zero`, a FIFO or a file still
 * growing is refused once more than the limit has been read, instead of filling the memory.
 * `what` starts the error line (`the event file /dev/zero`).
 */
function readFileLimited(path, maxBytes, what) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const buf = Buffer.alloc(maxBytes + 1);
        let n = 0;
        for (;;) {
            const got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, n, buf.length - n, null);
            if (got === 0)
                break;
            n += got;
            if (n > maxBytes)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${what} is larger than ${formatBytes(maxBytes)}`, { kind: 'usage' });
        }
        return buf.subarray(0, n);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * A response body of at most `maxBytes`, read as it streams: a server sending more (a proxy's
 * endless page, a hostile chart server) is cut off and refused, naming `what` and the limit. A
 * server that stops sending meets the request's timeout signal here, after fetch has returned:
 * `timedOut` gives the caller's one-line error (the service and the input that bounds it) instead
 * of the runtime's "The operation was aborted due to timeout".
 */
async function readBody(res, maxBytes, what, timedOut) {
    const tooLarge = () => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${what} is larger than ${formatBytes(maxBytes)}`, { kind: 'invalid-answer' });
    if (Number(res.headers.get('content-length')) > maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw tooLarge();
    }
    if (!res.body)
        return Buffer.alloc(0);
    const reader = res.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read().catch((e) => {
            throw e.name === 'TimeoutError' || e.name === 'AbortError' ? timedOut() : e;
        });
        if (done)
            break;
        total += value.byteLength;
        if (total > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw tooLarge();
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 5574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ limiter),
/* harmony export */   d: () => (/* binding */ pool)
/* harmony export */ });
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


/***/ })

};
;