"use strict";
exports.id = 555;
exports.ids = [555];
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

/***/ 5555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  generate: () => (/* binding */ generate)
});

// UNUSED EXPORTS: defaultConcurrency

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/fs/contained.ts
var contained = __webpack_require__(2729);
// EXTERNAL MODULE: ./lib/fs/temp.ts
var temp = __webpack_require__(1584);
// EXTERNAL MODULE: ./lib/fs/walk.ts
var walk = __webpack_require__(8627);
// EXTERNAL MODULE: ./lib/pool.ts
var pool = __webpack_require__(5574);
// EXTERNAL MODULE: ./lib/hld/files.ts
var hld_files = __webpack_require__(8290);
// EXTERNAL MODULE: ./lib/hld/definition.ts
var definition = __webpack_require__(6668);
// EXTERNAL MODULE: ./lib/exec.ts
var exec = __webpack_require__(3361);
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
        const r = await (0,exec/* exec */.m0)('sh', ['-c', cmd], {
            cwd: node.physical,
            allowFailure: true,
            label: `${hook} hook of component '${node.path}'`,
        });
        if (r.code !== 0)
            throw new errors/* RingwayError */.Sy(`component '${node.path}': ${hook} hook '${cmd}' failed (exit ${r.code}): ${(0,exec/* lastLines */.w$)(r.stderr || r.stdout, 1)}`);
    }
}

// EXTERNAL MODULE: ./lib/hld/names.ts
var hld_names = __webpack_require__(237);
// EXTERNAL MODULE: ./lib/hld/parsed-files.ts
var parsed_files = __webpack_require__(5766);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/hash.ts
var hash = __webpack_require__(2604);
// EXTERNAL MODULE: ./lib/hld/yaml-engine.ts
var yaml_engine = __webpack_require__(617);
;// CONCATENATED MODULE: ./lib/hld/chart-deps.ts






/** Dependencies a chart declares (Chart.yaml `dependencies`, or helm 2's requirements.yaml). */
async function declared(chartDir) {
    const out = [];
    for (const file of ['Chart.yaml', 'requirements.yaml']) {
        const path = (0,external_node_path_.join)(chartDir, file);
        if (!(await (0,hld_files/* exists */.t2)(path)))
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

// EXTERNAL MODULE: ./lib/git/auth.ts
var auth = __webpack_require__(7023);
// EXTERNAL MODULE: ./lib/hld/config.ts
var config = __webpack_require__(5881);
;// CONCATENATED MODULE: ./lib/hld/access-file.ts




/**
 * Reads an access.yaml (`shown` names it in errors): a mapping of source URLs to the names of the
 * environment variables holding their tokens. Which of them may be read is the step's decision
 * (lib/git/access-tokens.ts), not this file's.
 */
async function readAccessFile(path, shown) {
    const [text] = await Promise.all([(0,promises_.readFile)(path, 'utf8'), (0,yaml_engine/* loadYaml */.y)()]);
    const data = (0,hld_files/* parseData */._0)(text, shown);
    if (data === null || data === undefined)
        return [];
    if (!(0,hld_files/* isPlainObject */.Qd)(data))
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
            physical = await (0,hld_files/* containedPath */.fX)(root, installed, sub.path || '.', `component '${path}'`);
        }
        else if (sub.method === 'git') {
            if (!sub.source)
                throw new errors/* RingwayError */.Sy(`component '${path}': method git needs a 'source' URL`);
            root = await opts.sources.git(sub.source, sub.version, sub.branch, path);
            physical = await (0,hld_files/* containedPath */.fX)(root, root, sub.path || '.', `component '${path}'`);
        }
        else {
            physical = await (0,hld_files/* containedPath */.fX)(parent.root, parent.physical, (0,external_node_path_.join)(sub.source || '.', sub.path || '.'), `component '${path}'`);
        }
        if (!(await (0,hld_files/* exists */.t2)(physical))) {
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
    if (!(await (0,hld_files/* exists */.t2)(dir)))
        return undefined;
    return (0,hld_files/* containedPath */.fX)(node.root, node.physical, `${kind}/${name}`, `component '${who}'`);
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
    if (!(await (0,hld_files/* exists */.t2)(file)))
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
        const dir = def.method === 'git'
            ? await (0,hld_files/* containedPath */.fX)(node.root, installed, def.path || '.', `component '${who}'`)
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
        const chart = await existingChart(await (0,hld_files/* containedPath */.fX)(checkout, checkout, def.path || '.', `component '${who}'`), who);
        await ensureChartDependencies(chart, who);
        return { chart, root: checkout };
    }
    return {
        chart: await existingChart(await (0,hld_files/* containedPath */.fX)(node.root, node.physical, def.path || '.', `component '${who}'`), who),
        root: node.root,
    };
}
/** A chart folder (with Chart.yaml), or a file helm reads as a packaged chart (`charts/x-1.2.3.tgz`), as fab passes `path` to helm. */
async function existingChart(dir, who) {
    if ((await (0,promises_.stat)(dir).catch(() => undefined))?.isFile())
        return dir;
    if (!(await (0,hld_files/* exists */.t2)((0,external_node_path_.join)(dir, 'Chart.yaml'))))
        throw new errors/* RingwayError */.Sy(`component '${who}': no helm chart (Chart.yaml) at ${dir}`);
    return dir;
}

// EXTERNAL MODULE: ./lib/hld/yaml-emit.ts
var yaml_emit = __webpack_require__(8652);
// EXTERNAL MODULE: ./lib/hld/yaml-read.ts
var yaml_read = __webpack_require__(5443);
;// CONCATENATED MODULE: ./lib/hld/render.ts









/**
 * Keeps the documents of a multi-document stream that parse to a non-empty mapping, each written
 * as `---\n<text>\n` — byte for byte the way Fabrikate cleans `helm template` output (it splits on
 * "\n---" and keeps each chunk's text as it was, warnings and empty documents dropped). After loadYaml().
 */
function cleanManifests(manifests) {
    let out = '';
    for (const chunk of manifests.split('\n---')) {
        const doc = (0,hld_files/* firstDocument */.cX)(chunk);
        if (!(0,hld_files/* isPlainObject */.Qd)(doc) || Object.keys(doc).length === 0)
            continue;
        out += `---\n${chunk}\n`;
    }
    return out;
}
/**
 * Sets metadata.namespace where a document has metadata but no namespace. Documents are
 * re-serialised (keys sorted, as Fabrikate's YAML library writes them); order is kept. After loadYaml().
 */
function injectNamespace(manifests, namespace) {
    let out = '';
    for (const chunk of manifests.split('\n---')) {
        const doc = (0,yaml_read/* firstDocument11 */.Ym)(chunk);
        if (!(0,hld_files/* isPlainObject */.Qd)(doc) || Object.keys(doc).length === 0)
            continue;
        const meta = doc.metadata;
        if ((0,hld_files/* isPlainObject */.Qd)(meta) && (meta.namespace === undefined || meta.namespace === null))
            meta.namespace = namespace;
        out += `---\n${(0,yaml_emit/* goMarshal */.v)(doc)}\n`;
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
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ringway-values-'));
    const valuesFile = (0,external_node_path_.join)(dir, 'values.yaml');
    try {
        // Quoted where YAML 1.1 would read another type: helm must see "off" as text, as with fab.
        await (0,promises_.writeFile)(valuesFile, (0,yaml_emit/* goMarshal */.v)(r.values ?? {}), { mode: 0o600 });
        const ns = r.namespace || 'default';
        const res = await (0,exec/* exec */.m0)('helm', ['template', `--values=${valuesFile}`, `--namespace=${ns}`, '--', r.release, r.chart], { allowFailure: true, env: HELM_ENV, label: `helm template of component '${r.who}'` });
        if (res.code !== 0)
            throw new errors/* RingwayError */.Sy(`component '${r.who}': helm template failed: ${(0,exec/* lastLines */.w$)(res.stderr, 2)}`);
        await (0,yaml_engine/* loadYaml */.y)();
        // fab reads helm's combined output: warnings helm prints first (a symlinked subchart) make the
        // first chunk of the manifest start on an empty line. Its warnings come before the manifest.
        const cleaned = cleanManifests(res.stderr + res.stdout);
        return r.injectNamespace && r.namespace ? injectNamespace(cleaned, r.namespace) : cleaned;
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/**
 * Every file of a folder in name order, each as `---\n<content>\n` (Fabrikate's static
 * generator), byte for byte: a file that is not UTF-8 (Latin-1 text, binary) is copied as it is.
 * ringway also accepts a single file, which Fabrikate 0.x does not.
 */
async function renderStatic(path, who) {
    const st = await (0,promises_.stat)(path).catch(() => undefined);
    if (!st)
        throw new errors/* RingwayError */.Sy(`component '${who}': static path ${path} does not exist`);
    if (st.isFile())
        return framed([await (0,promises_.readFile)(path)]);
    // Go's ioutil.ReadDir sorts names by their UTF-8 bytes; JavaScript compares UTF-16 code units,
    // which orders 'ﬁ' (U+FB01) after '😀' (a surrogate pair) where Go puts it before.
    const names = (await (0,promises_.readdir)(path)).sort(compareUtf8);
    const parts = [];
    for (const name of names) {
        const full = (0,external_node_path_.join)(path, name);
        if ((await (0,promises_.stat)(full)).isDirectory())
            throw new errors/* RingwayError */.Sy(`component '${who}': static folder ${path} contains a folder '${name}'; only files are read`);
        parts.push(await (0,promises_.readFile)(full));
    }
    return framed(parts);
}
const SEPARATOR = Buffer.from('---\n');
const NEWLINE = Buffer.from('\n');
function framed(parts) {
    return Buffer.concat(parts.flatMap((p) => [SEPARATOR, p, NEWLINE]));
}
/** Byte order of the UTF-8 encodings, as Go compares strings. */
function compareUtf8(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/** `kubectl kustomize <dir>`, one `---` document per resource. */
async function renderKustomize(path, namespace, inject, who) {
    // Remote resources make kubectl fetch with no timeout of its own: the step's deadline bounds it.
    const res = await (0,exec/* exec */.m0)('kubectl', ['kustomize', '--', path], {
        allowFailure: true,
        label: `kubectl kustomize of component '${who}'`,
    });
    if (res.code !== 0)
        throw new errors/* RingwayError */.Sy(`component '${who}': kubectl kustomize failed: ${(0,exec/* lastLines */.w$)(res.stderr, 2)}`);
    const docs = res.stdout
        .split(/^---\s*$/m)
        .map((d) => d.replace(/^\n+|\n+$/g, ''))
        .filter(Boolean);
    const out = docs.map((d) => `---\n${d}\n`).join('');
    if (!inject || !namespace)
        return out;
    await (0,yaml_engine/* loadYaml */.y)();
    return injectNamespace(out, namespace);
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
/** helm's version by binary (path, size, mtime), as this process asked it. */
const helmVersions = new Map();
/** Renders components, reusing a cached result when chart, values, namespace and helm are unchanged. */
class Renderer {
    cacheDir;
    rendered = 0;
    fromCache = 0;
    helmVersion;
    chartHashes = new Map();
    /** Render cache entries this run read or wrote. */
    used = new Set();
    /** Components whose manifest came from the cache: their render cost was not measured. */
    cachedNodes = new WeakSet();
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
        const names = await (0,promises_.readdir)(dir).catch(() => []);
        const now = new Date();
        const entries = await Promise.all(names.map(async (name) => {
            const full = (0,external_node_path_.join)(dir, name);
            const st = await (0,promises_.stat)(full).catch(() => undefined);
            if (this.used.has(name))
                await (0,promises_.utimes)(full, now, now).catch(() => undefined);
            return { full, size: st?.size ?? 0, mtime: st?.mtimeMs ?? 0, used: this.used.has(name) };
        }));
        let bytes = entries.reduce((n, e) => n + e.size, 0);
        let removed = 0;
        for (const e of entries.filter((x) => !x.used).sort((a, b) => a.mtime - b.mtime)) {
            if (bytes <= maxBytes)
                break;
            await (0,promises_.rm)(e.full, { force: true });
            bytes -= e.size;
            removed++;
        }
        return { kept: entries.length - removed, removed, bytes };
    }
    /** A component's manifest: text, or bytes for static files (copied as they are). */
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
                    if (installed) {
                        // The folder is part of the HLD: a committed link in it may not read files outside.
                        await (0,contained/* assertTreeInside */.RN)(node.root, installed, `component '${who}'`);
                        return renderStatic(installed, who);
                    }
                    return renderStatic((0,external_node_path_.join)(await sources.http(def.source, def.name, who), `${def.name}.yaml`), who);
                }
                if (def.method === 'git' && (!def.path || (await (0,hld_files/* exists */.t2)((0,external_node_path_.join)(node.physical, def.path))))) {
                    // fab never fetches a static component: it reads `path` in the HLD, ignoring `source`.
                    // Where that folder exists fab renders it; ringway would render the repository's.
                    throw new errors/* RingwayError */.Sy(`component '${who}': static with method git reads 'path' ${def.path ? `'${def.path}'` : '(empty: the component folder)'} from the repository, but fab reads it from the HLD, ignoring 'source'; ${def.path ? 'rename or remove the folder in the HLD' : "set 'path'"}`);
                }
                const base = def.method === 'git' ? await sources.git(def.source, def.version, def.branch, who) : node.physical;
                const root = def.method === 'git' ? base : node.root;
                this.rendered++;
                const files = await (0,hld_files/* containedPath */.fX)(root, base, def.path || '.', `component '${who}'`);
                await (0,contained/* assertTreeInside */.RN)(root, files, `component '${who}'`);
                return renderStatic(files, who);
            }
            case 'kustomize': {
                const base = def.method === 'git' ? await sources.git(def.source, def.version, def.branch, who) : node.physical;
                const root = def.method === 'git' ? base : node.root;
                this.rendered++;
                const dir = await (0,hld_files/* containedPath */.fX)(root, base, def.path || '.', `component '${who}'`);
                await (0,contained/* assertTreeInside */.RN)(root, dir, `component '${who}'`);
                return renderKustomize(dir, config.namespace, config.injectNamespace, who);
            }
            case 'helm': {
                const { chart, root } = await chartPath(node, sources);
                const key = (await (0,hash/* sha256 */.s)())
                    .update(JSON.stringify([
                    RENDER_FORMAT,
                    VALUES_FORMAT,
                    await this.helm(),
                    await this.hashChart(chart, root, who),
                    def.name,
                    config.namespace,
                    config.injectNamespace,
                    valuesKey(config.config ?? {}),
                ]))
                    .digest('hex');
                const cached = (0,external_node_path_.join)(this.cacheDir, 'render', `${key}.yaml`);
                this.used.add(`${key}.yaml`);
                const hit = await (0,promises_.readFile)(cached, 'utf8').catch(() => undefined);
                if (hit !== undefined) {
                    this.fromCache++;
                    this.cachedNodes.add(node);
                    return hit;
                }
                const manifest = await renderHelm({
                    release: def.name,
                    chart,
                    values: config.config,
                    namespace: config.namespace,
                    injectNamespace: config.injectNamespace,
                    who,
                });
                this.rendered++;
                await (0,promises_.mkdir)((0,external_node_path_.join)(this.cacheDir, 'render'), { recursive: true });
                const tmp = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}`;
                await (0,promises_.writeFile)(tmp, manifest);
                await (0,promises_.rename)(tmp, cached);
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
     * when the binary changes; within one process it is also kept per binary (a process that runs
     * many generates on fresh caches, as the conformance suites' do, asks once), and still written
     * to each cache.
     */
    helm() {
        this.helmVersion ??= (async () => {
            const bin = (process.env.PATH ?? '')
                .split(external_node_path_.delimiter)
                .map((d) => (0,external_node_path_.join)(d, 'helm'))
                .find((f) => (0,external_node_fs_.existsSync)(f));
            const st = bin ? await (0,promises_.stat)(bin) : undefined;
            const id = bin && st ? `${bin}:${st.size}:${st.mtimeMs}` : '';
            const file = (0,external_node_path_.join)(this.cacheDir, 'helm-version.json');
            const known = await (0,promises_.readFile)(file, 'utf8').then((t) => JSON.parse(t), () => undefined);
            if (id && known?.id === id)
                return known.version;
            let asked = id ? helmVersions.get(id) : undefined;
            if (!asked) {
                asked = (0,exec/* exec */.m0)('helm', ['version', '--short']).then((r) => r.stdout.trim());
                if (id) {
                    helmVersions.set(id, asked);
                    asked.catch(() => helmVersions.delete(id));
                }
            }
            const version = await asked;
            if (id) {
                await (0,promises_.mkdir)(this.cacheDir, { recursive: true });
                await (0,promises_.writeFile)(file, JSON.stringify({ id, version }));
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
                const h = await (0,hash/* sha256 */.s)();
                // A packaged chart (.tgz) is one file: its bytes are the chart.
                if ((await (0,promises_.stat)(dir)).isFile())
                    return h.update(await (0,promises_.readFile)(dir)).digest('hex');
                const realRoot = await (0,promises_.realpath)(root);
                const seen = new Set();
                const walk = async (d, real) => {
                    if (seen.has(real))
                        return; // a link back up the tree: helm would loop, we list it once
                    seen.add(real);
                    for (const e of (await (0,promises_.readdir)(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
                        const full = (0,external_node_path_.join)(d, e.name);
                        let isDir = e.isDirectory();
                        let target = (0,external_node_path_.join)(real, e.name);
                        if (e.isSymbolicLink()) {
                            target = await (0,promises_.realpath)(full).catch(() => {
                                throw new errors/* RingwayError */.Sy(`component '${who}': symlink ${(0,external_node_path_.relative)(root, full)} in its chart points to nothing`);
                            });
                            if (!(0,contained/* inside */.nx)(realRoot, target))
                                throw new errors/* RingwayError */.Sy(`component '${who}': symlink ${(0,external_node_path_.relative)(root, full)} in its chart leads outside the HLD`);
                            isDir = (await (0,promises_.stat)(target)).isDirectory();
                        }
                        if (isDir)
                            await walk(full, target);
                        else {
                            h.update((0,external_node_path_.relative)(dir, full)).update('\0');
                            h.update(await (0,promises_.readFile)(full));
                        }
                    }
                };
                await walk(dir, await (0,promises_.realpath)(dir));
                return h.digest('hex');
            })();
            this.chartHashes.set(dir, p);
        }
        return p;
    }
}

// EXTERNAL MODULE: ./lib/hld/shard.ts
var hld_shard = __webpack_require__(5605);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./lib/git/access-tokens.ts
var access_tokens = __webpack_require__(4666);
// EXTERNAL MODULE: ./lib/git/repo.ts
var repo = __webpack_require__(9941);
// EXTERNAL MODULE: ./lib/git/validate.ts
var validate = __webpack_require__(9719);
// EXTERNAL MODULE: ./lib/limits.ts
var limits = __webpack_require__(8248);
;// CONCATENATED MODULE: ./lib/hld/sources.ts















function defaultCacheDir() {
    return process.env.RINGWAY_CACHE_DIR || (0,external_node_path_.join)(process.env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'ringway');
}
async function key(...parts) {
    return (await (0,hash/* sha256 */.s)()).update(parts.join('\0')).digest('hex').slice(0, 32);
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
    access = access_tokens/* AccessTokens */.z.none(), 
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
        (0,validate/* checkRepoUrl */.GK)(url, `component '${who}': source`);
        (0,validate/* checkOptionalRef */.Qr)(version, `component '${who}': version`);
        (0,validate/* checkOptionalRef */.Qr)(branch, `component '${who}': branch`);
        this.checkLocal(url, who);
        const pinned = version !== '';
        const id = `git-${await key(url, version, branch)}`;
        return this.once(id, pinned, async (target) => {
            const token = this.access.tokenFor(url, this.named.get(url));
            const env = (0,auth/* gitAuthEnv */.Y$)(url, token);
            const timeout = { ms: (0,exec/* networkTimeoutMs */.mi)(), service: `git server ${(0,auth/* displayUrl */.Qy)(url)}` };
            const git = (args) => ['-c', 'credential.helper=', ...repo/* TEMP_CLONE_CONFIG */.oV, ...args];
            const run = (args, cwd) => (0,exec/* exec */.m0)('git', git(args), { cwd, env, label: `git ${args[0]}`, ...(args[0] === 'fetch' ? { timeout } : {}) });
            try {
                await run(['init', '-q', target]);
                const ref = version || (branch ? `refs/heads/${branch}` : 'HEAD');
                // Shallow fetch of exactly the wanted commit; servers that refuse fetching by SHA get a full fetch.
                const shallow = await (0,exec/* exec */.m0)('git', git(['fetch', '-q', '--depth=1', '--end-of-options', url, ref]), {
                    cwd: target,
                    env,
                    allowFailure: true,
                    timeout,
                    label: 'git fetch',
                });
                if (shallow.code !== 0) {
                    if (!version)
                        throw new exec/* ExecError */.cI('git fetch', shallow);
                    await run(['fetch', '-q', '--tags', '--end-of-options', url, '+refs/heads/*:refs/remotes/origin/*'], target);
                    const commit = await (0,exec/* exec */.m0)('git', git(['rev-parse', '--verify', '-q', '--end-of-options', `${version}^{commit}`]), { cwd: target, env, allowFailure: true });
                    if (commit.code !== 0)
                        throw new errors/* RingwayError */.Sy(`no commit, tag or branch '${version}'`);
                    await run(['checkout', '-q', '--detach', commit.stdout.trim()], target);
                }
                else {
                    await run(['checkout', '-q', '--detach', 'FETCH_HEAD'], target);
                }
                await (0,promises_.rm)((0,external_node_path_.join)(target, '.git'), { recursive: true, force: true });
            }
            catch (err) {
                const detail = err instanceof exec/* ExecError */.cI ? (0,exec/* lastLines */.w$)(err.result.stderr, 1) : err.message;
                // Said only where the server answered and refused: not for a timeout or no connection at all.
                const refused = err instanceof exec/* ExecError */.cI && !/Failed to connect|Could not resolve host/i.test(detail);
                const withheld = token || !refused ? undefined : this.withheld.get(url);
                throw new errors/* RingwayError */.Sy(`component '${who}': cannot fetch ${(0,auth/* displayUrl */.Qy)(url)}${version ? `@${version}` : branch ? ` (branch ${branch})` : ''}: ${detail}${withheld ? ` (no token was sent: ${withheld})` : ''}`);
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
        if (this.localSources.some((folder) => (0,contained/* inside */.nx)(folder, real)))
            return;
        throw new errors/* RingwayError */.Sy(`component '${who}': source '${url}' is a repository on this machine; an HLD may name only remote repositories (https://, ssh://, host:path), unless the pipeline lists its folder in input 'local-sources'`);
    }
    /** A chart from a helm repository, untarred; returns the chart folder. */
    async helmChart(repoUrl, chart, version, who) {
        (0,validate/* checkHelmRepoUrl */.a_)(repoUrl, `component '${who}': source`);
        if (chart.startsWith('-') || version.startsWith('-'))
            throw new errors/* RingwayError */.Sy(`component '${who}': chart name and version may not start with '-'`);
        const id = `helm-${await key(repoUrl, chart, version)}`;
        const dir = await this.once(id, version !== '', async (target) => {
            const args = ['pull', `--repo=${repoUrl}`, '--untar', `--untardir=${target}`];
            if (version)
                args.push(`--version=${version}`);
            args.push('--', chart);
            // A chart repository that never answers must not hang generate (helm pull has no timeout of its own).
            const r = await (0,exec/* exec */.m0)('helm', args, {
                allowFailure: true,
                label: 'helm pull',
                timeout: { ms: (0,exec/* networkTimeoutMs */.mi)(), service: `helm repository ${(0,auth/* displayUrl */.Qy)(repoUrl)}` },
            }).catch((err) => {
                throw new errors/* RingwayError */.Sy(`component '${who}': ${err.message}`);
            });
            if (r.code !== 0)
                throw new errors/* RingwayError */.Sy(`component '${who}': helm pull ${chart} from ${(0,auth/* displayUrl */.Qy)(repoUrl)} failed: ${(0,exec/* lastLines */.w$)(r.stderr, 1)}`);
        });
        const [name] = await (0,promises_.readdir)(dir);
        return (0,external_node_path_.join)(dir, name);
    }
    /** A single manifest file over HTTP(S) (`type: static`, `method: http`). */
    async http(url, name, who) {
        return this.once(`http-${await key(url)}`, false, async (target) => {
            if (!/\.ya?ml$/i.test(new URL(url).pathname)) {
                throw new errors/* RingwayError */.Sy(`component '${who}': source for a static http component must end in .yaml or .yml`);
            }
            const res = await fetch(url, { signal: AbortSignal.timeout((0,exec/* networkTimeoutMs */.mi)()) }).catch((e) => {
                if (e.name === 'TimeoutError')
                    throw new errors/* RingwayError */.Sy(`component '${who}': ${(0,exec/* noAnswerError */.q9)((0,auth/* displayUrl */.Qy)(url)).message}`);
                throw new errors/* RingwayError */.Sy(`component '${who}': cannot download ${(0,auth/* displayUrl */.Qy)(url)}: ${e.message}`);
            });
            if (!res.ok)
                throw new errors/* RingwayError */.Sy(`component '${who}': downloading ${(0,auth/* displayUrl */.Qy)(url)} failed with HTTP ${res.status}`);
            await (0,promises_.mkdir)(target, { recursive: true });
            const body = await (0,limits/* readBody */.x8)(res, limits/* MAX_ANSWER_BYTES */.gB, `component '${who}': the download of ${(0,auth/* displayUrl */.Qy)(url)}`, () => new errors/* RingwayError */.Sy(`component '${who}': ${(0,exec/* noAnswerError */.q9)((0,auth/* displayUrl */.Qy)(url)).message}`, { kind: 'timeout' }));
            await (0,promises_.writeFile)((0,external_node_path_.join)(target, `${name}.yaml`), body);
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
        if (pinned && (await (0,hld_files/* exists */.t2)(final)))
            return final;
        await (0,promises_.mkdir)((0,external_node_path_.join)(this.dir, 'sources'), { recursive: true });
        const tmp = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.dir, 'sources', `.tmp-${id}-`));
        const target = (0,external_node_path_.join)(tmp, 'x');
        try {
            await fill(target);
            await (0,promises_.rm)(final, { recursive: true, force: true });
            // Rename is atomic: a reader sees the old entry or the complete new one, never half.
            await (0,promises_.rename)(target, final).catch(async (err) => {
                if (!(err.code === 'ENOTEMPTY' || err.code === 'EEXIST'))
                    throw err;
            });
            return final;
        }
        finally {
            await (0,promises_.rm)(tmp, { recursive: true, force: true });
        }
    }
}
/** The folder a git source on this machine names (a file:// URL or a path), else undefined. */
function localRepoPath(url) {
    if (/^file:/i.test(url)) {
        try {
            return (0,external_node_url_.fileURLToPath)(url);
        }
        catch {
            return url.replace(/^file:(\/\/)?/i, '/'); // file://host/path: still this machine's file
        }
    }
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url))
        return undefined; // https, ssh, git
    if (/^(?:[^@/]+@)?(?:\[[^\]/]+\]|[^:/]+):/.test(url) && !/^[A-Za-z]:[\\/]/.test(url))
        return undefined; // scp form
    return (0,external_node_path_.resolve)(url);
}
/** The real path of `path`, or of its deepest existing folder with the rest appended. */
function realOrResolved(path) {
    const abs = (0,external_node_path_.resolve)(path);
    try {
        return (0,external_node_fs_.realpathSync)(abs);
    }
    catch {
        const up = (0,external_node_path_.resolve)(abs, '..');
        return up === abs ? abs : (0,external_node_path_.join)(realOrResolved(up), abs.slice(up.length + (up.endsWith('/') ? 0 : 1)));
    }
}

;// CONCATENATED MODULE: ./lib/hld/generate.ts
// The generate walk: renders a Fabrikate HLD environment set by environment set into staging
// folders that replace the output only when every component succeeded. Rendering and its cache
// are in render-cache.ts, hooks in hooks.ts, `fab install` in install.ts.


















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
    const sources = new SourceCache(cacheDir, opts.access, opts.localSources);
    const groups = opts.environments.length ? opts.environments : [[]];
    const names = groups.map(hld_names/* folderName */.ub);
    for (const n of names)
        if (/[/\\]|^\.\.?$/.test(n))
            throw new errors/* RingwayError */.Sy(`environment folder name '${n}' is not valid`);
    // A folder that is not an HLD fails before anything is written: no empty output folder is left.
    if (!(await (0,hld_names/* definitionFile */.yN)(hld)))
        throw (0,definition/* noDefinition */.PK)('.');
    // A committed `generated` link must not carry the output out of the HLD.
    if ((0,contained/* inside */.nx)(hld, output))
        await (0,contained/* assertResolvesInside */.yp)(hld, output, 'output');
    await (0,promises_.mkdir)(output, { recursive: true });
    // Staging is named after this process: one left by a killed run is removed by the next.
    await (0,temp/* removeStaleStaging */.z)(output);
    const staging = await (0,promises_.mkdtemp)((0,external_node_path_.join)(output, `.ringway-staging-${process.pid}-`));
    const renderer = new Renderer(cacheDir);
    renderer.warmUp();
    // Each environment set's walk reads the HLD again; files whose bytes did not change are parsed once.
    const parsed = new parsed_files/* ParsedFiles */.p();
    const limit = (0,pool/* limiter */.T)(opts.concurrency || defaultConcurrency());
    // Render cost per output file (ms, summed over the environment sets), measured where helm or a
    // copy ran: it balances the shards of later runs (shard.ts).
    const measured = new Map();
    const timedRender = async (node) => {
        const start = performance.now();
        const manifest = await renderer.render(node, sources);
        const unit = outputFile(node);
        if (!renderer.cachedNodes.has(node))
            measured.set(unit, (measured.get(unit) ?? 0) + performance.now() - start);
        return manifest;
    };
    try {
        const folders = [];
        let components = 0;
        let done = 0;
        let found = 0;
        let sharded;
        if (opts.shard) {
            sharded = await renderShard({
                ...opts,
                shard: opts.shard,
                hld,
                output,
                groups,
                names,
                staging,
                cacheDir,
                sources,
                parsed,
                renderer,
                limit,
                warn,
                measured,
                render: timedRender,
                folders,
            });
            components = sharded.components;
        }
        // One environment set after another, as Bedrock runs `fab generate` once per FAB_ENVS entry:
        // hooks of one component never run twice at once. Inside a set, components render in parallel.
        for (const [g, envs] of opts.shard ? [] : groups.entries()) {
            const folder = (0,external_node_path_.join)(staging, names[g]);
            await (0,promises_.mkdir)(folder, { recursive: true });
            // Output file → its last writer. Two components write one file when a subcomponent has its
            // parent's name in the parent's folder: fab keeps the one it finishes last, nearly always the
            // subcomponent (it starts after its parent is done), so the deeper component's output is
            // kept here whichever renders first.
            const writers = new Map();
            const failed = []; // the first failure of a render; later ones are its consequences
            const pending = [];
            const renderOne = async (node) => {
                const manifest = await limit(() => timedRender(node));
                await runHooks(node, 'after-generate');
                const file = (0,external_node_path_.join)(folder, outputFile(node));
                const prev = writers.get(file);
                if (prev)
                    warn(`components '${prev.path}' and '${node.path}' both write ${(0,external_node_path_.relative)(staging, file)}; the subcomponent's output is kept, as fab keeps it`);
                if (!prev || prev.depth <= node.depth) {
                    const write = (prev?.done ?? Promise.resolve()).then(async () => {
                        await (0,promises_.mkdir)((0,external_node_path_.join)(folder, node.logical), { recursive: true });
                        await (0,promises_.writeFile)(file, manifest, { mode: 0o644 });
                    });
                    writers.set(file, { depth: node.depth, path: node.path, done: write });
                    await write;
                }
                opts.progress?.({
                    done: ++done,
                    total: found,
                    component: node.path,
                    rendered: renderer.rendered,
                    fromCache: renderer.fromCache,
                });
            };
            const nodes = await walkTree({
                hld,
                environments: envs,
                sources,
                warn,
                parsed,
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
        const previous = await (0,promises_.mkdtemp)((0,external_node_path_.join)(output, `.ringway-staging-${process.pid}-`));
        try {
            for (const name of names) {
                await (0,promises_.rename)((0,external_node_path_.join)(output, name), (0,external_node_path_.join)(previous, name)).catch((err) => {
                    if (err.code !== 'ENOENT')
                        throw err;
                });
                await (0,promises_.rename)((0,external_node_path_.join)(staging, name), (0,external_node_path_.join)(output, name));
            }
            // A shard record names the files beside it: an older one (another shard, or before an
            // unsharded run) would no longer be true, so it goes; this shard's comes in last.
            for (const name of await (0,promises_.readdir)(output))
                if (hld_shard/* SHARD_RECORD */.PZ.test(name))
                    await (0,promises_.rename)((0,external_node_path_.join)(output, name), (0,external_node_path_.join)(previous, name));
            if (sharded)
                await (0,promises_.rename)((0,external_node_path_.join)(staging, sharded.record), (0,external_node_path_.join)(output, sharded.record));
        }
        finally {
            await (0,promises_.rm)(previous, { recursive: true, force: true });
        }
        await renderer.evict(opts.renderCacheBytes ?? DEFAULT_RENDER_CACHE_BYTES);
        // Every shard of a matrix plans from the one record it restored: only whole runs update it.
        if (!opts.shard)
            await (0,hld_shard/* recordCosts */.IG)(cacheDir, measured).catch(() => undefined);
        log(`generated ${folders.map((f) => f.name).join(', ')} in ${output}${sharded ? ` (shard ${sharded.result.index}/${sharded.result.count}: ${sharded.result.files} of ${sharded.result.of} files)` : ''}: ${renderer.rendered} rendered, ${renderer.fromCache} from cache`);
        return {
            folders,
            components,
            rendered: renderer.rendered,
            fromCache: renderer.fromCache,
            ...(sharded ? { shard: sharded.result } : {}),
        };
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}
/** The file a component writes, relative to its environment folder: `<component folder>/<name>.yaml`. */
function outputFile(node) {
    return external_node_path_.posix.join(node.logical, `${node.def.name}.yaml`);
}
/**
 * One shard of a generate: every shard reads the whole tree and runs every hook, in Fabrikate's
 * order (a hook may shape the tree, so each shard must see the same one); the output files are
 * then split by `planShards` and this shard renders and writes only its own. A component with an
 * after-generate hook is rendered during the walk, before its hook as fab does, on every shard
 * (kept by its owner only). The shard record goes into the staging folder beside the environment
 * folders; it returns the record's name.
 */
async function renderShard(ctx) {
    const { shard, renderer, limit } = ctx;
    const walked = [];
    const early = new Map();
    let found = 0;
    for (const envs of ctx.groups) {
        walked.push(await walkTree({
            hld: ctx.hld,
            environments: envs,
            sources: ctx.sources,
            parsed: ctx.parsed,
            warn: ctx.warn,
            visit: async (node) => {
                found++;
                await limit(() => runHooks(node, 'before-generate'));
                if (!hasHook(node, 'after-generate'))
                    return;
                early.set(node, await limit(() => ctx.render(node)));
                await runHooks(node, 'after-generate');
            },
        }));
    }
    const costs = await (0,hld_shard/* readCosts */.PV)(ctx.cacheDir);
    const plan = await (0,hld_shard/* planShards */.tF)(walked.flat().map(outputFile), costs, shard.count);
    const record = { shard: shard.index, of: shard.count, plan: plan.digest, files: [], costs: {} };
    let done = 0;
    let components = 0;
    for (const [g, nodes] of walked.entries()) {
        const folder = (0,external_node_path_.join)(ctx.staging, ctx.names[g]);
        await (0,promises_.mkdir)(folder, { recursive: true });
        const mine = nodes.filter((n) => plan.owner.get(outputFile(n)) === shard.index);
        components += mine.length;
        // Two writers of one file: the deeper one's output is kept, as in a whole run (generate above).
        const kept = new Map();
        for (const n of mine) {
            const prev = kept.get(outputFile(n));
            if (prev)
                ctx.warn(`components '${prev.path}' and '${n.path}' both write ${ctx.names[g]}/${outputFile(n)}; the subcomponent's output is kept, as fab keeps it`);
            if (!prev || prev.depth <= n.depth)
                kept.set(outputFile(n), n);
        }
        const settled = await Promise.allSettled(mine.map(async (n) => {
            const manifest = early.get(n) ?? (await limit(() => ctx.render(n)));
            if (kept.get(outputFile(n)) === n) {
                await (0,promises_.mkdir)((0,external_node_path_.join)(folder, n.logical), { recursive: true });
                await (0,promises_.writeFile)((0,external_node_path_.join)(folder, outputFile(n)), manifest, { mode: 0o644 });
            }
            ctx.progress?.({
                done: ++done,
                total: found,
                component: n.path,
                rendered: renderer.rendered,
                fromCache: renderer.fromCache,
            });
        }));
        const failure = settled.find((r) => r.status === 'rejected');
        if (failure)
            throw failure.reason;
        if (ctx.validate)
            await validateFolder(folder, ctx.names[g]);
        for (const unit of kept.keys()) {
            record.files.push(`${ctx.names[g]}/${unit}`);
            const cost = ctx.measured.get(unit) ?? costs[unit];
            if (cost !== undefined)
                record.costs[unit] = Math.round(cost);
        }
        ctx.folders.push({ name: ctx.names[g], path: (0,external_node_path_.join)(ctx.output, ctx.names[g]), files: kept.size });
    }
    record.files.sort();
    record.costs = (0,hld_shard/* sortedObject */.z2)(record.costs);
    const name = (0,hld_shard/* shardRecordName */.pw)(shard);
    await (0,promises_.writeFile)((0,external_node_path_.join)(ctx.staging, name), `${JSON.stringify(record, null, 2)}
`, { mode: 0o644 });
    return {
        result: {
            index: shard.index,
            count: shard.count,
            plan: plan.digest,
            files: record.files.length,
            of: walked.reduce((n, nodes) => n + new Set(nodes.map(outputFile)).size, 0),
        },
        record: name,
        components,
    };
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
    await (0,yaml_engine/* loadYaml */.y)();
    for await (const { path: file } of (0,walk/* walkFiles */.F)(folder)) {
        if ((await (0,promises_.stat)(file)).size === 0)
            continue;
        const text = await (0,promises_.readFile)(file, 'utf8');
        for (const chunk of text.split(/^---$/m)) {
            if (!chunk.trim())
                continue;
            const doc = (0,hld_files/* firstDocument */.cX)(chunk);
            if (doc === null)
                continue;
            const where = `${name}/${(0,external_node_path_.relative)(folder, file)}`;
            if (!(0,hld_files/* isPlainObject */.Qd)(doc))
                throw new errors/* RingwayError */.Sy(`validate: ${where} holds a document that is not a mapping`);
            const meta = doc.metadata;
            if (typeof doc.apiVersion !== 'string' ||
                typeof doc.kind !== 'string' ||
                !(0,hld_files/* isPlainObject */.Qd)(meta) ||
                typeof meta.name !== 'string') {
                throw new errors/* RingwayError */.Sy(`validate: ${where} holds a document without apiVersion, kind and metadata.name`);
            }
        }
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