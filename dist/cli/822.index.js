"use strict";
exports.id = 822;
exports.ids = [822,421];
exports.modules = {

/***/ 4822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _hld_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(237);
/* harmony import */ var _hld_set_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6421);
/* harmony import */ var _hosts_cli_args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9728);




const command = {
    help: `ringway set [--environment <env>] [--subcomponent <a.b>] [--no-new-config-keys] [--file <values.yaml>] <key.path=value>...

Like Fabrikate's \`fab set\`, run in a component's folder: writes each value, as a string, to
config/<env>.yaml (or the existing config/<env>.json), under subcomponents.<a>.subcomponents.<b>.config
when --subcomponent is given. Unlike fab set, the rest of a YAML file keeps its comments, key order,
quoting and blank lines.

Options:
  --environment, -e <env>   Config file to edit (default: common)
  --subcomponent, -s <a.b>  Dotted subcomponent path the values belong to
  --no-new-config-keys      Fail instead of creating a key or subcomponent entry that does not exist
  --file, -f <file>         A YAML file whose keys are flattened into key paths and set
`,
    async run(argv) {
        const aliases = { '-e': '--environment', '-s': '--subcomponent', '-f': '--file' };
        const expanded = argv.map((a) => aliases[a] ?? a);
        const { flags, positionals } = (0,_hosts_cli_args_js__WEBPACK_IMPORTED_MODULE_3__/* .parseArgs */ .Zy)(expanded, [
            { name: 'environment' },
            { name: 'subcomponent' },
            { name: 'no-new-config-keys', boolean: true },
            { name: 'file' },
        ]);
        // As fab set: the file's values first, then the arguments (the later of two equal keys wins).
        const file = flags.get('file');
        const pairs = file ? (0,_hld_set_js__WEBPACK_IMPORTED_MODULE_2__/* .flattenFile */ .Fv)(await (0,_hld_set_js__WEBPACK_IMPORTED_MODULE_2__/* .readSetFile */ .RY)(file), file) : [];
        pairs.push(...positionals.map(_hld_names_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSetArg */ .In));
        if (!pairs.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('ringway set needs at least one key.path=value, or --file');
        const sub = flags.get('subcomponent');
        const result = await (0,_hld_set_js__WEBPACK_IMPORTED_MODULE_2__.setConfig)({
            componentDir: process.cwd(),
            environment: flags.get('environment') || 'common',
            subcomponent: sub ? (0,_hld_names_js__WEBPACK_IMPORTED_MODULE_1__/* .splitKeyPath */ .TL)(sub) : [],
            pairs,
            noNewConfigKeys: flags.get('no-new-config-keys') === 'true',
        });
        process.stderr.write(result.changed ? `updated ${result.file}\n` : `${result.file} already has these values\n`);
        return 0;
    },
};


/***/ }),

/***/ 8290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fn: () => (/* binding */ loadDataFile),
/* harmony export */   K1: () => (/* binding */ MAX_ALIASES),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   cX: () => (/* binding */ firstDocument),
/* harmony export */   fX: () => (/* binding */ containedPath),
/* harmony export */   t2: () => (/* binding */ exists)
/* harmony export */ });
/* unused harmony export parseData */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8115);
/* harmony import */ var _yaml_engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(617);




/** Aliases a file may expand; bounds "billion laughs" documents. */
const MAX_ALIASES = 100;
async function exists(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).then(() => true, () => false);
}
/**
 * Parses one YAML or JSON file into plain data. Errors name the file and line:
 * `config/prod.yaml:4: …`.
 */
async function loadDataFile(path, display) {
    const json = path.endsWith('.json');
    const [text] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'), json || (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .loadYaml */ .y)()]);
    return parseData(text, display, json);
}
/** Parses YAML or JSON text; YAML after loadYaml() resolved. */
function parseData(text, display, json = false) {
    if (json) {
        try {
            return JSON.parse(text);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${display}: invalid JSON: ${err.message}`);
        }
    }
    const { LineCounter, parseDocument } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .yaml */ .o)();
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, lineCounter });
    const err = doc.errors[0];
    if (err) {
        const line = lineCounter.linePos(err.pos[0]).line;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${display}${line ? `:${line}` : ''}: invalid YAML: ${err.message.split('\n')[0]}`);
    }
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${display}: ${e.message.split('\n')[0]}`);
    }
}
/**
 * The first document of a YAML stream, as Go's yaml.Unmarshal reads it; undefined when unparseable.
 * After loadYaml() resolved (the engine is taken outside the try: a missing engine is not "unparseable").
 */
function firstDocument(text) {
    const { parseAllDocuments } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .yaml */ .o)();
    try {
        const docs = parseAllDocuments(text, { uniqueKeys: false });
        if (!Array.isArray(docs))
            return undefined;
        const first = docs[0];
        if (!first)
            return null;
        if (first.errors.length)
            return undefined;
        return first.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch {
        return undefined;
    }
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * Resolves `path` under `base` and proves it stays inside `root` — also through symlinks.
 * `what` names the offending field in the error.
 */
async function containedPath(root, base, path, what) {
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${what}: absolute path '${path}' is not allowed; paths are relative to the HLD`);
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base, path);
    assertInside(root, full, what, path);
    if (await exists(full)) {
        const [realRoot, realFull] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(full)]);
        assertInside(realRoot, realFull, what, path);
    }
    return full;
}
function assertInside(root, full, what, original) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, full);
    if (rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${what}: path '${original}' leads outside the HLD`);
    }
}


/***/ }),

/***/ 237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   In: () => (/* binding */ parseSetArg),
/* harmony export */   TL: () => (/* binding */ splitKeyPath),
/* harmony export */   r0: () => (/* binding */ checkEnvironmentName),
/* harmony export */   tq: () => (/* binding */ isEnvironmentName),
/* harmony export */   ub: () => (/* binding */ folderName),
/* harmony export */   yN: () => (/* binding */ definitionFile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8115);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8290);
// The HLD's names as users type them: environment names and the output folders named after them,
// `fab set`'s `key.path=value` arguments, the definition file of a component folder. No YAML here:
// steps check their inputs with these before anything is fetched or parsed.



/** The definition file of a component folder: `component.yaml`, else `component.json`; undefined when neither exists. */
async function definitionFile(dir) {
    for (const file of ['component.yaml', 'component.json']) {
        if (await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, file)))
            return file;
    }
    return undefined;
}
/**
 * Parses `image.tag=123` as `fab set` does: exactly one `=`, the key path split on dots, where a
 * double-quoted segment keeps its dots (`"a.b".c=1` is the keys `a.b`, `c`). Values stay strings.
 */
function parseSetArg(arg) {
    const parts = arg.split('=');
    if (parts.length !== 2 || !parts[0].trim())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`'${shown(arg)}' is not a key=value pair (a key path, one '=', a value)`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${what} is not a valid key path (an empty part or an unclosed '"')`);
    if (keys.some((k) => k.startsWith('-')))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${what} is not a valid key path: a part starts with '-', like an option`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`environment name '${shown(environment)}' is not valid: letters, digits, '_', '.' and '-', not starting with '.' or '-'`);
    }
    return environment;
}
/** A value as messages quote it: one line, at most 80 characters. */
function shown(s) {
    const clean = s.replace(/[\x00-\x1f\x7f]/g, '?');
    return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}
/** Output folder name for a set of environments, as `fab generate prod east` names it. */
function folderName(envs) {
    return envs.length ? envs.join('-') : 'common';
}


/***/ }),

/***/ 6421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ flattenFile),
/* harmony export */   RY: () => (/* binding */ readSetFile),
/* harmony export */   readConfigValue: () => (/* binding */ readConfigValue),
/* harmony export */   setConfig: () => (/* binding */ setConfig)
/* harmony export */ });
/* unused harmony export configFileCandidates */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8115);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8290);
/* harmony import */ var _yaml11_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4612);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(237);
/* harmony import */ var _yaml_engine_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(617);







/**
 * `fab set`: writes each value, as a string, into `config/<environment>.yaml` (or the existing
 * `.json`) at subcomponents.<a>.subcomponents.<b>.config.<key path>. Unlike fab set, a YAML file
 * keeps its comments, key order, quoting and blank lines: only the edited lines change.
 */
async function setConfig(opts) {
    (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .checkEnvironmentName */ .r0)(opts.environment);
    await (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_6__/* .loadYaml */ .y)();
    const yamlFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(opts.componentDir, 'config', `${opts.environment}.yaml`);
    const jsonFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(opts.componentDir, 'config', `${opts.environment}.json`);
    const useJson = !(await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .exists */ .t2)(yamlFile)) && (await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .exists */ .t2)(jsonFile));
    const file = useJson ? jsonFile : yamlFile;
    const rel = `config/${opts.environment}.${useJson ? 'json' : 'yaml'}`;
    const before = (await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .exists */ .t2)(file)) ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8') : '';
    const prefix = opts.subcomponent.flatMap((s) => ['subcomponents', s]);
    let text = before;
    for (const pair of opts.pairs) {
        const path = [...prefix, 'config', ...pair.keyPath];
        if (opts.noNewConfigKeys && !hasPath(text, path, useJson, rel)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${rel}: '${path.join('.')}' does not exist and --no-new-config-keys is on`);
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
async function readConfigValue(text, rel, subcomponent, keyPath) {
    const path = [...subcomponent.flatMap((s) => ['subcomponents', s]), 'config', ...keyPath];
    let v;
    if (rel.endsWith('.json')) {
        let cur = text.trim() ? JSON.parse(text) : {};
        for (const k of path)
            cur = (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(cur) ? cur[k] : undefined;
        v = cur;
    }
    else {
        const { isScalar } = await (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_6__/* .loadYaml */ .y)();
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
            if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(cur) || !(k in cur))
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${rel}: invalid JSON: ${err.message}`);
    }
    if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(root))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${rel}: must hold a mapping`);
    let cur = root;
    for (const [i, k] of path.slice(0, -1).entries()) {
        const next = cur[k];
        if (next === undefined || next === null)
            cur[k] = {};
        else if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(next))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${rel}: cannot set '${path.join('.')}': '${path.slice(0, i + 1).join('.')}' holds a value, not a mapping`);
        cur = cur[k];
    }
    const last = path[path.length - 1];
    if (cur[last] === value)
        return text;
    if ((0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(cur[last]) || Array.isArray(cur[last]))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${rel}: cannot set '${path.join('.')}': it holds a ${Array.isArray(cur[last]) ? 'list' : 'mapping'}, not a value`);
    cur[last] = value;
    return `${JSON.stringify(root, null, 2)}\n`;
}
function load(text, rel) {
    const doc = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_6__/* .yaml */ .o)().parseDocument(text, { uniqueKeys: false });
    if (doc.errors.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${rel}: invalid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    doc.toJS({ maxAliasCount: _files_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_ALIASES */ .K1 }); // refuses alias bombs before any edit
    return doc;
}
/**
 * A string as a scalar that reads back as that string — under YAML 1.1 too, as Fabrikate and helm
 * read it: `off`, `y`, `0644`, `2020-01-01` and `1:30` are double-quoted, as `fab set` writes them.
 */
function scalarText(value) {
    if ((0,_yaml11_js__WEBPACK_IMPORTED_MODULE_4__/* .readsAsOther11 */ .Kt)(value))
        return JSON.stringify(value);
    return (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_6__/* .yaml */ .o)().stringify(value, { lineWidth: 0 }).trimEnd();
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
    const { isMap, isScalar } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_6__/* .yaml */ .o)();
    const doc = load(text, rel);
    if (doc.contents === null || (isScalar(doc.contents) && (doc.contents.value === null || doc.contents.value === undefined))) {
        // Empty (or comment-only) file: append the whole block.
        const sep = text === '' || text.endsWith('\n') ? '' : '\n';
        return verify(`${text}${sep}${nestedLines(path, value, 0)}\n`, path, value, rel);
    }
    if (!isMap(doc.contents))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${rel}: must hold a mapping`);
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
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${rel}: cannot edit the multi-line value at '${path.join('.')}'`);
                const [start, end] = v.range;
                const quoted = v.type === 'QUOTE_SINGLE' ? `'${value.replace(/'/g, "''")}'` : v.type === 'QUOTE_DOUBLE' ? JSON.stringify(value) : scalarText(value);
                return verify(text.slice(0, start) + quoted + text.slice(end), path, value, rel);
            }
            if (v === null || (isScalar(v) && (v.value === null || v.value === undefined))) {
                return verify(replaceNull(text, pair, [], value), path, value, rel);
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${rel}: cannot set '${path.join('.')}': it holds a ${isMap(v) ? 'mapping' : 'list'}, not a value`);
        }
        // An empty value (`key:`, `key: ~`) or an empty flow mapping (`key: {}`) becomes a block.
        if (v === null || (isScalar(v) && (v.value === null || v.value === undefined)) || (isMap(v) && v.flow && v.items.length === 0)) {
            return verify(replaceNull(text, pair, path.slice(i + 1), value), path, value, rel);
        }
        if (!isMap(v))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${rel}: cannot set '${path.join('.')}': '${path.slice(0, i + 1).join('.')}' holds a value, not a mapping`);
        if (v.flow)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${rel}: cannot edit inside the flow mapping at '${path.slice(0, i + 1).join('.')}'; write it as a block mapping`);
        map = v;
    }
    return text;
}
/** Appends `keys: value` as new lines after the last entry of a block mapping, at its indentation. */
function insertUnder(text, map, keys, value, rel, full) {
    if (map.flow)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${rel}: cannot edit inside a flow mapping to set '${full.join('.')}'; write it as a block mapping`);
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
    const doc = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_6__/* .yaml */ .o)().parseDocument(text);
    if (doc.errors.length || doc.getIn(path) !== value) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${rel}: could not set '${path.join('.')}' without changing the rest of the file; please report this file layout`);
    }
    return text;
}
/**
 * `fab set --file values.yaml`: the file read as Fabrikate reads it (YAML 1.1: `off` is false) and
 * its mappings flattened into key paths, each leaf written as Go's "%v" prints it (`false`, `1.5`,
 * `1e+06`, lists as `[a b]`, null as `<nil>`); nested mappings flattened at every depth.
 */
function flattenFile(data, file) {
    if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(data))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${file}: must hold a mapping`);
    const out = [];
    const walk = (v, keys) => {
        if ((0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(v) && !(v instanceof _yaml11_js__WEBPACK_IMPORTED_MODULE_4__/* .GoFloat */ .LK))
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
    if (path.endsWith('.json'))
        return JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
    return (0,_yaml11_js__WEBPACK_IMPORTED_MODULE_4__/* .readYaml11File */ .aP)(path, { display: path, floats: true });
}
/** Go's fmt "%v" of a value read by yaml.v2. */
function goSprintV(v) {
    if (v === null || v === undefined)
        return '<nil>';
    if (v instanceof _yaml11_js__WEBPACK_IMPORTED_MODULE_4__/* .GoFloat */ .LK)
        return (0,_yaml11_js__WEBPACK_IMPORTED_MODULE_4__/* .goFloatString */ .Ei)(v.value, true);
    if (typeof v === 'number')
        return (0,_yaml11_js__WEBPACK_IMPORTED_MODULE_4__/* .goFloatString */ .Ei)(v);
    if (Array.isArray(v))
        return `[${v.map(goSprintV).join(' ')}]`;
    if ((0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(v))
        return `map[${Object.keys(v).sort().map((k) => `${k}:${goSprintV(v[k])}`).join(' ')}]`;
    return String(v);
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

/***/ 9728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LV: () => (/* binding */ wrap),
/* harmony export */   Mv: () => (/* binding */ flagSpecsFor),
/* harmony export */   Zy: () => (/* binding */ parseArgs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);

/**
 * Parses `--name value`, `--name=value`, boolean `--flag` / `--no-flag`, and `--` ending flags.
 * Unknown flags are a usage error naming the flag.
 */
function parseArgs(argv, specs, opts = {}) {
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
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown option ${arg}`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`unknown option --${name}`);
        if (value === undefined) {
            if (spec.boolean) {
                const next = argv[i + 1];
                if (next !== undefined && BOOLEAN_WORD.test(next))
                    value = argv[++i];
                else if (next !== undefined && !opts.positionals && !next.startsWith('-') && !next.includes('=')) {
                    // `--dry-run maybe`: a mistyped value, not a positional argument (those are key=value).
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`option --${name} takes true or false (or no value), got '${next}'`);
                }
                else
                    value = 'true';
            }
            else {
                if (i + 1 >= argv.length)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`option --${name} needs a value`);
                value = argv[++i];
            }
        }
        const prev = flags.get(name);
        flags.set(name, spec.repeatable && prev !== undefined ? `${prev}\n${value}` : value);
    }
    return { flags, positionals };
}
/** Values a boolean flag accepts as its next argument (as inputs do). */
const BOOLEAN_WORD = /^(true|false|yes|no|on|off|1|0)$/i;
const shortAliases = { '-h': '--help' };
function flagSpecsFor(inputs) {
    // Former input names stay accepted as flags (the step warns that they are deprecated).
    return inputs.flatMap((d) => [d.name, ...(d.aliases ?? [])].map((name) => ({
        name,
        boolean: d.kind === 'boolean',
        repeatable: d.kind === 'list' || d.kind === 'multiline',
    })));
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


/***/ })

};
;