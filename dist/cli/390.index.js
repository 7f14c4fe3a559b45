"use strict";
exports.id = 390;
exports.ids = [390,667];
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
    for await (const { path, entry } of (0,_walk_js__WEBPACK_IMPORTED_MODULE_3__/* .walkFiles */ .F)(dir, { skip: (e) => e.isDirectory() && e.name === '.git', skipUnreadable: true })) {
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
    const entries = opts.skipUnreadable ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true }).catch(() => []) : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
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

/***/ 6668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a4: () => (/* binding */ isInlined),
/* harmony export */   yQ: () => (/* binding */ loadDefinition)
/* harmony export */ });
/* unused harmony export normalize */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8115);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8290);
/* harmony import */ var _yaml11_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4612);





const TYPES = new Set(['component', 'helm', 'static', 'kustomize']);
const METHODS = new Set(['local', 'git', 'helm', 'http', '']);
const HOOKS = new Set(['before-install', 'after-install', 'before-generate', 'after-generate']);
/** Loads `component.yaml`, else `component.json`, from a component folder. */
async function loadDefinition(dir, display) {
    for (const file of ['component.yaml', 'component.json']) {
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, file);
        if (await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .exists */ .t2)(full)) {
            const shown = `${display === '.' ? '' : `${display}/`}${file}`;
            // Fabrikate reads every field into a Go string: `version: 1.10` is "1.10", not 1.1.
            const raw = file.endsWith('.json') ? await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .loadDataFile */ .Fn)(full, shown) : (0,_yaml11_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYaml11 */ .z1)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(full, 'utf8'), { display: shown, text: true });
            return normalize(raw, shown);
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`component '${display}': no component.yaml or component.json in ${display}`);
}
function str(v, field, where) {
    if (v === undefined || v === null)
        return '';
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where}: '${field}' must be a string`);
}
function normalize(raw, where) {
    if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(raw))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where}: a component definition must be a mapping`);
    const name = str(raw.name, 'name', where);
    if (!name)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where}: component has no 'name'`);
    if (/[/\\]|^\.\.?$/.test(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where}: component name '${name}' may not contain '/' or be '.' or '..'`);
    // `generator` is Fabrikate's deprecated spelling of `type`, and wins when both are set.
    const type = str(raw.generator, 'generator', where) || str(raw.type, 'type', where) || 'component';
    if (!TYPES.has(type))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where}: component '${name}' has unknown type '${type}'`);
    const method = str(raw.method, 'method', where);
    if (!METHODS.has(method))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where}: component '${name}' has unknown method '${method}'`);
    const hooks = {};
    if (raw.hooks !== undefined && raw.hooks !== null) {
        if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(raw.hooks))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where}: 'hooks' of '${name}' must be a mapping`);
        for (const [hook, cmds] of Object.entries(raw.hooks)) {
            if (!HOOKS.has(hook))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where}: unknown hook '${hook}' in '${name}'`);
            if (!Array.isArray(cmds))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where}: hook '${hook}' of '${name}' must be a list of commands`);
            hooks[hook] = cmds.map((c) => str(c, `hooks.${hook}`, where));
        }
    }
    const repositories = {};
    if ((0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(raw.repositories))
        for (const [k, v] of Object.entries(raw.repositories))
            repositories[k] = str(v, `repositories.${k}`, where);
    const subs = raw.subcomponents ?? [];
    if (!Array.isArray(subs))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where}: 'subcomponents' of '${name}' must be a list`);
    const subcomponents = subs.map((s, i) => normalize(s, `${where} subcomponents[${i}]`));
    const seen = new Set();
    for (const s of subcomponents) {
        if (seen.has(s.name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where}: two subcomponents of '${name}' are named '${s.name}'`);
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

/***/ 6421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ flattenFile),
/* harmony export */   In: () => (/* binding */ parseSetArg),
/* harmony export */   Nk: () => (/* binding */ setConfig),
/* harmony export */   RY: () => (/* binding */ readSetFile),
/* harmony export */   TL: () => (/* binding */ splitKeyPath),
/* harmony export */   kN: () => (/* binding */ readConfigValue),
/* harmony export */   r0: () => (/* binding */ checkEnvironmentName),
/* harmony export */   tq: () => (/* binding */ isEnvironmentName)
/* harmony export */ });
/* unused harmony export configFileCandidates */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8115);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8290);
/* harmony import */ var _yaml11_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4612);






/**
 * Parses `image.tag=123` as `fab set` does: exactly one `=`, the key path split on dots, where a
 * double-quoted segment keeps its dots (`"a.b".c=1` is the keys `a.b`, `c`). Values stay strings.
 */
function parseSetArg(arg) {
    const parts = arg.split('=');
    if (parts.length !== 2 || !parts[0].trim())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`'${shown(arg)}' is not a key=value pair (a key path, one '=', a value)`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${what} is not a valid key path (an empty part or an unclosed '"')`);
    if (keys.some((k) => k.startsWith('-')))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${what} is not a valid key path: a part starts with '-', like an option`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`environment name '${shown(environment)}' is not valid: letters, digits, '_', '.' and '-', not starting with '.' or '-'`);
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
    const yamlFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(opts.componentDir, 'config', `${opts.environment}.yaml`);
    const jsonFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(opts.componentDir, 'config', `${opts.environment}.json`);
    const useJson = !(await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .exists */ .t2)(yamlFile)) && (await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .exists */ .t2)(jsonFile));
    const file = useJson ? jsonFile : yamlFile;
    const rel = `config/${opts.environment}.${useJson ? 'json' : 'yaml'}`;
    const before = (await (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .exists */ .t2)(file)) ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8') : '';
    const prefix = opts.subcomponent.flatMap((s) => ['subcomponents', s]);
    let text = before;
    for (const pair of opts.pairs) {
        const path = [...prefix, 'config', ...pair.keyPath];
        if (opts.noNewConfigKeys && !hasPath(text, path, useJson, rel)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RingwayError */ .Sy(`${rel}: '${path.join('.')}' does not exist and --no-new-config-keys is on`);
        }
        text = useJson ? setJson(text, path, pair.value, rel) : setYaml(text, path, pair.value, rel);
    }
    if (text === before)
        return { file: rel, changed: false };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, text);
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
            cur = (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(cur) ? cur[k] : undefined;
        v = cur;
    }
    else {
        v = text.trim() ? load(text, rel).getIn(path) : undefined;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(v))
            v = v.value;
    }
    return v === undefined || v === null || typeof v === 'object' ? undefined : String(v);
}
function hasPath(text, path, json, rel) {
    if (json) {
        let cur = text.trim() ? JSON.parse(text) : {};
        for (const k of path) {
            if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(cur) || !(k in cur))
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RingwayError */ .Sy(`${rel}: invalid JSON: ${err.message}`);
    }
    if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(root))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RingwayError */ .Sy(`${rel}: must hold a mapping`);
    let cur = root;
    for (const [i, k] of path.slice(0, -1).entries()) {
        const next = cur[k];
        if (next === undefined || next === null)
            cur[k] = {};
        else if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(next))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RingwayError */ .Sy(`${rel}: cannot set '${path.join('.')}': '${path.slice(0, i + 1).join('.')}' holds a value, not a mapping`);
        cur = cur[k];
    }
    const last = path[path.length - 1];
    if (cur[last] === value)
        return text;
    if ((0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(cur[last]) || Array.isArray(cur[last]))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RingwayError */ .Sy(`${rel}: cannot set '${path.join('.')}': it holds a ${Array.isArray(cur[last]) ? 'list' : 'mapping'}, not a value`);
    cur[last] = value;
    return `${JSON.stringify(root, null, 2)}\n`;
}
function load(text, rel) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { uniqueKeys: false });
    if (doc.errors.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RingwayError */ .Sy(`${rel}: invalid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    doc.toJS({ maxAliasCount: _files_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_ALIASES */ .K1 }); // refuses alias bombs before any edit
    return doc;
}
/**
 * A string as a scalar that reads back as that string — under YAML 1.1 too, as Fabrikate and helm
 * read it: `off`, `y`, `0644`, `2020-01-01` and `1:30` are double-quoted, as `fab set` writes them.
 */
function scalarText(value) {
    if ((0,_yaml11_js__WEBPACK_IMPORTED_MODULE_5__/* .readsAsOther11 */ .Kt)(value))
        return JSON.stringify(value);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .stringify */ .As)(value, { lineWidth: 0 }).trimEnd();
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
    if (doc.contents === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(doc.contents) && (doc.contents.value === null || doc.contents.value === undefined))) {
        // Empty (or comment-only) file: append the whole block.
        const sep = text === '' || text.endsWith('\n') ? '' : '\n';
        return verify(`${text}${sep}${nestedLines(path, value, 0)}\n`, path, value, rel);
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(doc.contents))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RingwayError */ .Sy(`${rel}: must hold a mapping`);
    let map = doc.contents;
    for (let i = 0; i < path.length; i++) {
        const key = path[i];
        const pair = map.items.find((p) => ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(p.key) ? String(p.key.value) : String(p.key)) === key);
        const last = i === path.length - 1;
        if (!pair)
            return verify(insertUnder(text, map, path.slice(i), value, rel, path), path, value, rel);
        const v = pair.value;
        if (last) {
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(v) && v.value !== null && v.value !== undefined) {
                if (v.value === value && typeof v.value === 'string')
                    return text;
                if (typeof v.source === 'string' && v.source.includes('\n'))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RingwayError */ .Sy(`${rel}: cannot edit the multi-line value at '${path.join('.')}'`);
                const [start, end] = v.range;
                const quoted = v.type === 'QUOTE_SINGLE' ? `'${value.replace(/'/g, "''")}'` : v.type === 'QUOTE_DOUBLE' ? JSON.stringify(value) : scalarText(value);
                return verify(text.slice(0, start) + quoted + text.slice(end), path, value, rel);
            }
            if (v === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(v) && (v.value === null || v.value === undefined))) {
                return verify(replaceNull(text, pair, [], value), path, value, rel);
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RingwayError */ .Sy(`${rel}: cannot set '${path.join('.')}': it holds a ${(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(v) ? 'mapping' : 'list'}, not a value`);
        }
        // An empty value (`key:`, `key: ~`) or an empty flow mapping (`key: {}`) becomes a block.
        if (v === null || ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(v) && (v.value === null || v.value === undefined)) || ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(v) && v.flow && v.items.length === 0)) {
            return verify(replaceNull(text, pair, path.slice(i + 1), value), path, value, rel);
        }
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(v))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RingwayError */ .Sy(`${rel}: cannot set '${path.join('.')}': '${path.slice(0, i + 1).join('.')}' holds a value, not a mapping`);
        if (v.flow)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RingwayError */ .Sy(`${rel}: cannot edit inside the flow mapping at '${path.slice(0, i + 1).join('.')}'; write it as a block mapping`);
        map = v;
    }
    return text;
}
/** Appends `keys: value` as new lines after the last entry of a block mapping, at its indentation. */
function insertUnder(text, map, keys, value, rel, full) {
    if (map.flow)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RingwayError */ .Sy(`${rel}: cannot edit inside a flow mapping to set '${full.join('.')}'; write it as a block mapping`);
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
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text);
    if (doc.errors.length || doc.getIn(path) !== value) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .RingwayError */ .Sy(`${rel}: could not set '${path.join('.')}' without changing the rest of the file; please report this file layout`);
    }
    return text;
}
/**
 * `fab set --file values.yaml`: the file read as Fabrikate reads it (YAML 1.1: `off` is false) and
 * its mappings flattened into key paths, each leaf written as Go's "%v" prints it (`false`, `1.5`,
 * `1e+06`, lists as `[a b]`, null as `<nil>`); nested mappings flattened at every depth.
 */
function flattenFile(data, file) {
    if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(data))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${file}: must hold a mapping`);
    const out = [];
    const walk = (v, keys) => {
        if ((0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(v) && !(v instanceof _yaml11_js__WEBPACK_IMPORTED_MODULE_5__/* .GoFloat */ .LK))
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
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    return path.endsWith('.json') ? JSON.parse(text) : (0,_yaml11_js__WEBPACK_IMPORTED_MODULE_5__/* .parseYaml11 */ .z1)(text, { display: path, floats: true });
}
/** Go's fmt "%v" of a value read by yaml.v2. */
function goSprintV(v) {
    if (v === null || v === undefined)
        return '<nil>';
    if (v instanceof _yaml11_js__WEBPACK_IMPORTED_MODULE_5__/* .GoFloat */ .LK)
        return (0,_yaml11_js__WEBPACK_IMPORTED_MODULE_5__/* .goFloatString */ .Ei)(v.value, true);
    if (typeof v === 'number')
        return (0,_yaml11_js__WEBPACK_IMPORTED_MODULE_5__/* .goFloatString */ .Ei)(v);
    if (Array.isArray(v))
        return `[${v.map(goSprintV).join(' ')}]`;
    if ((0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .isPlainObject */ .Qd)(v))
        return `map[${Object.keys(v).sort().map((k) => `${k}:${goSprintV(v[k])}`).join(' ')}]`;
    return String(v);
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


/***/ }),

/***/ 2667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _H: () => (/* binding */ gitInputs),
/* harmony export */   sR: () => (/* binding */ timeoutInput)
/* harmony export */ });
/* unused harmony export JOB_TOKEN_INPUT */
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


/***/ })

};
;