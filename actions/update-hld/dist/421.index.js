"use strict";
exports.id = 421;
exports.ids = [421];
exports.modules = {

/***/ 6421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   setConfig: () => (/* binding */ setConfig)
/* harmony export */ });
/* unused harmony exports configFileCandidates, readConfigValue, flattenFile, readSetFile */
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
            cur = isPlainObject(cur) ? cur[k] : undefined;
        v = cur;
    }
    else {
        const { isScalar } = await loadYaml();
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
    if (path.endsWith('.json'))
        return JSON.parse(await readFile(path, 'utf8'));
    return readYaml11File(path, { display: path, floats: true });
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


/***/ })

};
;