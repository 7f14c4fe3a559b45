"use strict";
exports.id = 237;
exports.ids = [237];
exports.modules = {

/***/ 8290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K1: () => (/* binding */ MAX_ALIASES),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   _0: () => (/* binding */ parseData),
/* harmony export */   cX: () => (/* binding */ firstDocument),
/* harmony export */   fX: () => (/* binding */ containedPath),
/* harmony export */   t2: () => (/* binding */ exists)
/* harmony export */ });
/* unused harmony export loadDataFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8115);
/* harmony import */ var _yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(617);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5443);





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
    const [text] = await Promise.all([readFile(path, 'utf8'), json || loadYaml()]);
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
    const { LineCounter, parseDocument } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)();
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
 * The first document of a YAML stream as Go's yaml.v2 reads it (keys typed as in
 * map[interface{}]interface{}); undefined where yaml.v2 fails too (helm's warning lines), as
 * Fabrikate drops those. A document ringway cannot read that names a Kubernetes object is an
 * error, never dropped. After loadYaml() resolved.
 */
function firstDocument(text) {
    try {
        return (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYaml11 */ .z1)(text, { display: 'document', typedKeys: true });
    }
    catch (e) {
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy))
            throw e;
        const kind = /^(apiVersion|kind):.*$/m.exec(text);
        if (kind)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`a rendered document (${kind[0].trim()}) cannot be read: ${e.message.replace(/^document:?/, 'line ')}`);
        return undefined;
    }
}
/** A mapping read from YAML or JSON (not a list, nor a GoFloat or other class instance). */
function isPlainObject(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return false;
    // An Object.prototype of any realm (structuredClone's results come from Node's own), or none.
    const proto = Object.getPrototypeOf(v);
    return proto === null || Object.getPrototypeOf(proto) === null;
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
/* harmony export */   Hm: () => (/* binding */ environmentConfigFiles),
/* harmony export */   In: () => (/* binding */ parseSetArg),
/* harmony export */   TL: () => (/* binding */ splitKeyPath),
/* harmony export */   kI: () => (/* binding */ environmentConfigFile),
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
// `fab set`'s `key.path=value` arguments, the definition file and the config files of a component
// folder. No YAML here:
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
 * The files an environment's config may be in, relative to the component folder, in the order
 * Fabrikate looks: `config/<environment>.yaml`, then `config/<environment>.json`.
 */
function environmentConfigFiles(environment) {
    return [`config/${environment}.yaml`, `config/${environment}.json`];
}
/**
 * The one rule for which file holds an environment's config: the YAML file, else an existing JSON
 * one, as Fabrikate reads it and `fab set` writes it. When neither exists, the YAML file (not there
 * yet): where a new config is written.
 */
async function environmentConfigFile(componentDir, environment) {
    const [yaml, json] = environmentConfigFiles(environment);
    for (const rel of [yaml, json]) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(componentDir, rel);
        if (await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2)(path))
            return { path, rel, json: rel === json, exists: true };
    }
    return { path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(componentDir, yaml), rel: yaml, json: false, exists: false };
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

/***/ 5443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XM: () => (/* binding */ Decoder),
/* harmony export */   Ym: () => (/* binding */ firstDocument11),
/* harmony export */   aP: () => (/* binding */ readYaml11File),
/* harmony export */   qL: () => (/* binding */ setKey),
/* harmony export */   uw: () => (/* binding */ decoding),
/* harmony export */   z1: () => (/* binding */ parseYaml11)
/* harmony export */ });
/* unused harmony exports MAX_ALIASED_NODES, readGoMap */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8115);
/* harmony import */ var _yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4523);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6598);
/* harmony import */ var _yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(617);
// The reader of YAML the way Fabrikate reads it: Go's yaml.v2 (the fork github.com/timfpark/yaml that
// Fabrikate pins), a YAML 1.1 reader. The `yaml` package parses (yaml-source.ts first makes the
// text what it accepts); this module decodes its syntax tree with yaml.v2's rules: scalar values by
// the value rules of yaml-resolve.ts, merge keys applied in order with the later one winning,
// duplicate keys (last wins), keys typed as in a Go map[interface{}]interface{}, and Go struct
// decoding for Fabrikate's config files (config.ts). yaml-emit.ts writes the values back as yaml.v2 does.





/**
 * Nodes a document may decode through aliases; bounds "billion laughs" documents (yaml.v2's fork
 * has no bound and runs out of memory). Real configs expand a few anchors, helm output none.
 */
const MAX_ALIASED_NODES = 10_000;
/** A decoding failure: yaml.v2's message and the node it is about. */
class DecodeError {
    message;
    node;
    // Not an Error: decoding() always turns it into a RingwayError, and a stack trace per
    // refused document cost more than the decode.
    constructor(message, node) {
        this.message = message;
        this.node = node;
    }
}
const surveys = new WeakMap();
/** Sets a key, also `__proto__`, as an own property. */
function setKey(obj, key, value) {
    if (key === '__proto__')
        Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
    else
        obj[key] = value;
}
/** Decodes one parsed document with yaml.v2's rules. */
class Decoder {
    doc;
    typedKeys;
    text;
    source;
    aliased = 0;
    expanding = new Set();
    /** The last node defined with each anchor name (the fork checks merge sources by name against it). */
    lastAnchor;
    /** Call inside decoding(): throws what libyaml refuses and the `yaml` package accepts. */
    constructor(doc, typedKeys, text = false, source = '') {
        this.doc = doc;
        this.typedKeys = typedKeys;
        this.text = text;
        this.source = source;
        let survey = surveys.get(doc);
        if (!survey) {
            survey = this.survey();
            surveys.set(doc, survey);
        }
        this.lastAnchor = survey.lastAnchor;
        if (survey.refusal)
            throw survey.refusal;
    }
    /** One pass over the document (shared by every decoder of it). */
    survey() {
        const lastAnchor = new Map();
        const { isAlias, isPair, visit } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)();
        const doc = this.doc;
        try {
            visit(doc, (_key, node, path) => {
                const anchor = node?.anchor;
                if (anchor)
                    lastAnchor.set(anchor, node);
                // yaml.v2 refuses an unknown anchor while parsing, also where the value is never decoded.
                // The visit goes in document order, so the anchors seen so far are those an alias here can
                // name (what node.resolve(doc) finds, walking the whole document again for each alias).
                if (isAlias(node) && !lastAnchor.has(node.source))
                    this.fail(`unknown anchor '${node.source}' referenced`, node);
                const s = node;
                if (s?.type === 'PLAIN' && typeof s.source === 'string') {
                    const parent = path[path.length - 1];
                    const coll = (isPair(parent) ? path[path.length - 2] : parent);
                    if (!coll?.flow)
                        return;
                    // In a flow collection libyaml ends a plain scalar at `?` and cannot start one with `:`.
                    if (s.source.startsWith(':'))
                        this.fail('did not find expected node content', node);
                    if (s.source.includes('?'))
                        this.fail(`'?' in a plain scalar inside a flow collection (quote it): yaml.v2 fails or reads a key there, ringway cannot read it`, node);
                    // `[x:]` is the text "x:" to libyaml and a mapping to the `yaml` package: refuse rather than differ.
                    const end = s.range?.[1] ?? 0;
                    if (this.source[end] === ':' && /[,\]}]/.test(this.source[end + 1] ?? ''))
                        this.fail(`a plain scalar ending in ':' inside a flow collection (quote it): ringway cannot read it as yaml.v2 does`, node);
                }
            });
        }
        catch (e) {
            if (e instanceof DecodeError)
                return { lastAnchor, refusal: e };
            throw e;
        }
        return { lastAnchor };
    }
    fail(message, node) {
        throw new DecodeError(message, node);
    }
    count() {
        if (this.expanding.size && ++this.aliased > MAX_ALIASED_NODES)
            this.fail(`more than ${MAX_ALIASED_NODES} nodes expanded through aliases (an alias bomb?)`);
    }
    /** Follows aliases to the node they name (yaml.v2 refuses an anchor that contains itself). */
    deref(node, fn) {
        const { isAlias } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)();
        if (!isAlias(node))
            return fn(node);
        const target = node.resolve(this.doc);
        if (!target)
            this.fail(`unknown anchor '${node.source}' referenced`, node);
        if (this.expanding.has(target))
            this.fail(`anchor '${node.source}' value contains itself`, node);
        this.expanding.add(target);
        try {
            return this.deref(target, fn);
        }
        finally {
            this.expanding.delete(target);
        }
    }
    /** A scalar's resolved type and value (tags applied), and the node's text. */
    scalar(node) {
        const s = node;
        let text = typeof s.source === 'string' ? s.source : String(s.value ?? '');
        // libyaml ends a block scalar (`|`, `>`, also `|+`) that runs to the end of input without a
        // line break with no line break; the `yaml` package adds one. A helm chunk split on "\n---" ends so.
        if ((s.type === 'BLOCK_LITERAL' || s.type === 'BLOCK_FOLDED') &&
            text.endsWith('\n') &&
            this.source &&
            !/[\n\r]$/.test(this.source)) {
            const [start, end] = s.range ?? [0, 0];
            if (!/\S/.test(this.source.slice(end))) {
                // The `yaml` package ends the last line with a break when it has text, or when no line has any.
                const lines = this.source.slice(start, end).split('\n').slice(1);
                // With an indentation indicator, spaces past that indentation are text too.
                const n = Number(/^[|>](?:([1-9])[-+]?|[-+]([1-9]))/.exec(this.source.slice(start))?.slice(1).find(Boolean) ?? 0);
                const lineStart = this.source.lastIndexOf('\n', start) + 1;
                const parent = /^ */.exec(this.source.slice(lineStart))?.[0].length ?? 0;
                const hasText = (l) => l.trim() !== '' || (n > 0 && l.length > parent + n);
                if (hasText(lines[lines.length - 1] ?? '') || !lines.some(hasText))
                    text = text.slice(0, -1);
            }
        }
        const tag = s.tag?.replace(/^tag:yaml\.org,2002:/, '!!');
        if (!tag)
            return { r: s.type === 'PLAIN' ? (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .resolvePlain */ .Rg)(text) : { tag: 'str', value: text }, text };
        if (tag === '!!binary')
            return {
                r: {
                    tag: 'str',
                    value: (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeBinary */ .AQ)(text, () => this.fail('!!binary value contains invalid base64 data', node)),
                },
                text,
            };
        const std = /^!!(str|bool|int|float|null|timestamp)$/.exec(tag);
        if (std) {
            try {
                return { r: (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveTagged */ .ht)(std[1], text), text };
            }
            catch (e) {
                this.fail(e.message, node);
            }
        }
        if (tag === '!!merge' && text === '<<')
            return { r: { tag: 'merge', value: '<<' }, text };
        // Any other tag (custom, `!`, `!!map` on a scalar): the text, as yaml.v2 leaves it.
        return { r: { tag: 'str', value: text }, text };
    }
    /** A node decoded into interface{}. */
    value(node) {
        return this.deref(node, (n) => {
            this.count();
            const { isMap, isScalar, isSeq } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)();
            if (n === null || n === undefined)
                return null;
            if (isScalar(n)) {
                const { r, text } = this.scalar(n);
                if (this.text)
                    return r.tag === 'null' ? null : typeof r.value === 'string' || r.value instanceof _yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .GoBytes */ .UQ ? r.value : text;
                return (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .goValue */ .Av)(r, text);
            }
            if (isMap(n)) {
                const out = {};
                this.mapInto(n, out);
                return out;
            }
            if (isSeq(n))
                return n.items.map((item) => this.value(item));
            return null;
        });
    }
    /** True for a `<<` merge key (plain and untagged, or tagged !!merge). */
    isMerge(key) {
        const { isScalar } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)();
        if (!isScalar(key))
            return false;
        const k = key;
        return k.source === '<<' && ((k.type === 'PLAIN' && !k.tag) || k.tag === 'tag:yaml.org,2002:merge');
    }
    /** yaml.v2's merge: a mapping, an alias of one, or a list of them applied last to first. */
    merge(node, into) {
        const { isAlias, isMap, isSeq } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)();
        const wantMap = () => this.fail('map merge requires map or sequence of maps as the value', node);
        const checkAlias = (a) => {
            const last = this.lastAnchor.get(String(a.source));
            if (last && !isMap(last))
                wantMap();
        };
        if (isMap(node))
            into(node);
        else if (isAlias(node)) {
            checkAlias(node);
            into(node);
        }
        else if (isSeq(node)) {
            for (const item of [...node.items].reverse()) {
                if (isAlias(item))
                    checkAlias(item);
                else if (!isMap(item))
                    wantMap();
                into(item);
            }
        }
        else
            wantMap();
    }
    /** Decodes a mapping node (or an alias of one) into an existing Go map, in order: later keys and merges win. */
    mapInto(node, out) {
        this.deref(node, (n) => {
            const { isMap } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)();
            if (n === null || ((0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)().isScalar(n) && this.scalar(n).r.tag === 'null')) {
                // null decoded into a map that is not addressable clears it (yaml.v2's resetMap).
                for (const k of Object.keys(out))
                    delete out[k];
                return;
            }
            if (!isMap(n))
                this.fail(`cannot unmarshal ${kindName(n)} into map`, n);
            for (const pair of n.items) {
                if (this.isMerge(pair.key)) {
                    this.merge(pair.value, (m) => this.mapInto(m, out));
                    continue;
                }
                const key = this.key(pair.key);
                setKey(out, key, this.value(pair.value));
            }
        });
    }
    /** A map key: typed (map[interface{}]) or its text (map[string]). */
    key(node) {
        return this.deref(node, (n) => {
            const { isScalar } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)();
            if (!isScalar(n)) {
                if (n === null)
                    return this.typedKeys ? (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .typedKey */ .uR)('null', 'null') : '';
                this.fail(this.typedKeys ? `invalid map key: a ${kindName(n)}` : `cannot unmarshal ${kindName(n)} into string`, n);
            }
            const { r, text } = this.scalar(n);
            if (!this.typedKeys)
                return stringField(r, text);
            const v = (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .goValue */ .Av)(r, text);
            if (v === null)
                return (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .typedKey */ .uR)('null', 'null');
            if (typeof v === 'boolean')
                return (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .typedKey */ .uR)('bool', String(v));
            if (typeof v === 'number' && Number.isNaN(v))
                this.fail('a .nan key: yaml.v2 writes such a map in a random order, ringway cannot read it the same', n);
            if (v instanceof _yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .GoFloat */ .LK)
                return (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .typedKey */ .uR)('float', (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .goFloatString */ .Ei)(v.value, true));
            if (typeof v === 'number')
                return Number.isInteger(v) && r.tag === 'int'
                    ? (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .typedKey */ .uR)('int', String(v))
                    : (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .typedKey */ .uR)('float', (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .goFloatString */ .Ei)(v, true));
            if (typeof v === 'bigint')
                return (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .typedKey */ .uR)('int', String(v));
            if (v instanceof _yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .GoBytes */ .UQ)
                this.fail('a !!binary key that is not UTF-8 text: ringway cannot read it', n);
            const s = String(v);
            if (s.startsWith('\0'))
                this.fail('a key starting with a NUL character: ringway cannot read it', n);
            return s;
        });
    }
    /** A scalar decoded into a Go string field: its text (null is ""; !!binary decoded). */
    stringOf(node) {
        return this.deref(node, (n) => {
            const { isScalar } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)();
            if (n === null)
                return '';
            if (!isScalar(n))
                this.fail(`cannot unmarshal ${kindName(n)} into string`, n);
            const { r, text } = this.scalar(n);
            return stringField(r, text);
        });
    }
    /** A scalar decoded into a Go bool field: null is false; anything but a YAML 1.1 bool is an error. */
    boolOf(node, field) {
        return this.deref(node, (n) => {
            const { isScalar } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)();
            if (n === null)
                return false;
            if (!isScalar(n))
                this.fail(`cannot unmarshal ${kindName(n)} into bool (${field})`, n);
            const { r, text } = this.scalar(n);
            if (r.tag === 'null')
                return false;
            if (r.tag !== 'bool')
                this.fail(`cannot unmarshal !!${r.tag === 'merge' ? 'merge' : r.tag} \`${text}\` into bool (${field} must be true or false)`, n);
            return r.value;
        });
    }
}
function stringField(r, text) {
    if (r.tag === 'null')
        return '';
    if (typeof r.value === 'string')
        return r.value;
    if (r.value instanceof _yaml_resolve_js__WEBPACK_IMPORTED_MODULE_2__/* .GoBytes */ .UQ)
        throw new DecodeError('a !!binary value that is not UTF-8 text where Fabrikate wants text: ringway cannot read it');
    return text;
}
function kindName(n) {
    const { isMap, isSeq } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)();
    return isMap(n) ? '!!map' : isSeq(n) ? '!!seq' : '!!str';
}
/** Runs a decode, turning its failures into one error line naming the file and line. */
function decoding(display, doc, fn) {
    try {
        return fn();
    }
    catch (e) {
        if (!(e instanceof DecodeError))
            throw e;
        const pos = e.node?.range?.[0];
        const line = pos === undefined ? 0 : doc.lineOf(pos);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${display}${line ? `:${line}` : ''}: ${e.message}`);
    }
}
/** Parses the first document of a YAML stream as yaml.v2 reads it into interface{} values; errors name the file and line. After loadYaml(). */
function parseYaml11(text, opts = { display: 'YAML' }) {
    const parsed = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFirstDocument */ .jE)(text, opts.display);
    if (!parsed)
        return null;
    return decoding(opts.display, parsed, () => new Decoder(parsed.doc, opts.typedKeys ?? false, opts.text ?? false, parsed.text).value(parsed.doc.contents));
}
/** Reads a YAML file as yaml.v2 reads it (parseYaml11), loading the engine while the file is read. */
async function readYaml11File(path, opts) {
    const [bytes] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path), (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .loadYaml */ .y)()]);
    return parseYaml11((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeFileBytes */ .eU)(bytes, opts.display), opts);
}
/**
 * The first document of a stream as Fabrikate reads helm's output (yaml.Unmarshal into
 * map[interface{}]interface{}): a mapping with typed keys, {} for an empty document; throws a
 * RingwayError naming `display` and the line where yaml.v2 would fail too. After loadYaml().
 */
function readGoMap(text, display) {
    const parsed = typeof text === 'string' ? (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFirstDocument */ .jE)(text, display) : text;
    if (!parsed)
        return {};
    return decoding(display, parsed, () => {
        const d = new Decoder(parsed.doc, true, false, parsed.text);
        const out = {};
        const root = parsed.doc.contents;
        d.deref(root, (n) => {
            if (n !== null && !(0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)().isMap(n) && !((0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .yaml */ .o)().isScalar(n) && d.scalar(n).r.tag === 'null'))
                d.fail(`cannot unmarshal ${kindName(n)} into a mapping`, n);
        });
        d.mapInto(root, out);
        return out;
    });
}
/** readGoMap, or undefined where it fails. After loadYaml(). */
function firstDocument11(text) {
    try {
        return readGoMap(text, 'document');
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy)
            return undefined;
        throw e;
    }
}


/***/ }),

/***/ 4523:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AQ: () => (/* binding */ decodeBinary),
/* harmony export */   Av: () => (/* binding */ goValue),
/* harmony export */   Ei: () => (/* binding */ goFloatString),
/* harmony export */   IL: () => (/* binding */ typedKeyParts),
/* harmony export */   Kt: () => (/* binding */ readsAsOther11),
/* harmony export */   LK: () => (/* binding */ GoFloat),
/* harmony export */   Rg: () => (/* binding */ resolvePlain),
/* harmony export */   UQ: () => (/* binding */ GoBytes),
/* harmony export */   ht: () => (/* binding */ resolveTagged),
/* harmony export */   uR: () => (/* binding */ typedKey)
/* harmony export */ });
/* unused harmony export isGoTimestamp */
// The value rules of Go's yaml.v2 (the fork Fabrikate pins, github.com/timfpark/yaml), shared by
// the reader (yaml-read.ts) and the emitter (yaml-emit.ts): which type a plain scalar resolves to
// (resolve.go), what an explicit tag does with a scalar, the Go value a scalar becomes (whole
// floats, !!binary bytes, typed map keys), and how numbers print. Plain `off`/`no`/`y` are
// booleans, `0644` is octal (420), `1_000` is 1000, `1e6` is text (this fork's float pattern wants
// a signed exponent), a plain date stays the text it was.
/** A float whose value is a whole number (`1.0`, `1e+06`): yaml.v2 writes it as a float (`1e+06`). */
class GoFloat {
    value;
    constructor(value) {
        this.value = value;
    }
}
/** `!!binary` data that is not UTF-8 text (a Go string holding raw bytes); yaml.v2 writes it back as `!!binary`. */
class GoBytes {
    bytes;
    constructor(bytes) {
        this.bytes = bytes;
    }
}
const MAP = new Map();
for (const s of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'])
    MAP.set(s, { tag: 'bool', value: true });
for (const s of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'])
    MAP.set(s, { tag: 'bool', value: false });
for (const s of ['', '~', 'null', 'Null', 'NULL'])
    MAP.set(s, { tag: 'null', value: null });
for (const s of ['.nan', '.NaN', '.NAN'])
    MAP.set(s, { tag: 'float', value: NaN });
for (const s of ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'])
    MAP.set(s, { tag: 'float', value: Infinity });
for (const s of ['-.inf', '-.Inf', '-.INF'])
    MAP.set(s, { tag: 'float', value: -Infinity });
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
const YAML_STYLE_FLOAT = /^[-+]?[0-9]*\.?[0-9]+([eE][-+][0-9]+)?$/;
const BASE60 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const intValue = (n) => n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
/** Go's strconv.ParseInt(s, 0, 64), or ParseUint when `unsigned`; undefined when it fails. */
function parseGoInt(s, unsigned) {
    const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
    if (!m || (unsigned && m[1]))
        return undefined;
    const body = m[2];
    let n;
    if (/^0[xXoObB]/.test(body))
        n = BigInt(body.slice(0, 2).toLowerCase() + body.slice(2));
    else if (body.length > 1 && body.startsWith('0'))
        n = BigInt(`0o${body.slice(1)}`);
    else
        n = BigInt(body);
    if (m[1] === '-')
        n = -n;
    return unsigned ? (n <= UINT64_MAX ? n : undefined) : n >= INT64_MIN && n <= INT64_MAX ? n : undefined;
}
/** Go's strconv.ParseFloat(s, 64) for the decimal forms that reach it; undefined on a syntax or range error. */
function parseGoFloat(s) {
    if (!/^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$/.test(s))
        return undefined;
    const f = Number(s);
    return Number.isFinite(f) ? f : undefined;
}
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/**
 * yaml.v2's parseTimestamp: Go's time.Parse with "2006-1-2T15:4:5.999999999Z07:00" (T or t),
 * "2006-1-2 15:4:5.999999999" or "2006-1-2"; days are checked against the month.
 */
function isGoTimestamp(s) {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt ])(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(Z|[-+]\d{2}:\d{2})?)?$/.exec(s);
    if (!m)
        return false;
    const [, y, mo, d, sep, h, mi, sec, zone] = m;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    if (month < 1 || month > 12)
        return false;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    if (day < 1 || day > (month === 2 && leap ? 29 : DAYS[month - 1]))
        return false;
    if (sep === undefined)
        return true;
    if (sep === ' ' ? zone !== undefined : zone === undefined)
        return false;
    if (Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59)
        return false;
    if (zone && zone !== 'Z' && (Number(zone.slice(1, 3)) > 24 || Number(zone.slice(4)) > 59))
        return false;
    return true;
}
/** A plain (untagged) scalar resolved as yaml.v2 resolves it (resolve.go). */
function resolvePlain(s) {
    const c = s[0];
    const hint = s === ''
        ? 'N'
        : c === '+' || c === '-'
            ? 'S'
            : c >= '0' && c <= '9'
                ? 'D'
                : 'yYnNtTfFoO~'.includes(c)
                    ? 'M'
                    : c === '.'
                        ? '.'
                        : '';
    if (!hint)
        return { tag: 'str', value: s };
    const known = MAP.get(s);
    if (known)
        return known;
    if (hint === '.') {
        const f = /^\./.test(s) ? parseGoFloat(s) : undefined;
        if (f !== undefined)
            return { tag: 'float', value: f };
    }
    else if (hint === 'D' || hint === 'S') {
        if (hint === 'D' && isGoTimestamp(s))
            return { tag: 'timestamp', value: s };
        const plain = s.replace(/_/g, '');
        const i = parseGoInt(plain, false) ?? parseGoInt(plain, true);
        if (i !== undefined)
            return { tag: 'int', value: intValue(i) };
        if (YAML_STYLE_FLOAT.test(plain)) {
            const f = parseGoFloat(plain);
            if (f !== undefined)
                return { tag: 'float', value: f };
        }
        const bin = /^(-?)0b([01]+)$/.exec(plain);
        if (bin) {
            const n = BigInt(`0b${bin[2]}`) * (bin[1] ? -1n : 1n);
            if (n >= INT64_MIN && n <= UINT64_MAX)
                return { tag: 'int', value: intValue(n) };
        }
    }
    return { tag: 'str', value: s };
}
/**
 * A scalar with an explicit standard tag (`!!int 5`, `!!str yes`): yaml.v2 resolves the text and
 * fails when it is not of that type (a `!!float` may hold an int). Throws the reason.
 */
function resolveTagged(tag, s) {
    if (tag === 'str')
        return { tag: 'str', value: s };
    let r = resolvePlain(s);
    if (r.tag === 'merge' || (r.tag === 'timestamp' && tag !== 'timestamp'))
        r = { tag: 'str', value: s };
    if (r.tag === tag)
        return r;
    if (tag === 'float' && r.tag === 'int' && typeof r.value === 'number')
        return { tag: 'float', value: r.value };
    if (tag === 'float' && r.tag === 'int' && typeof r.value === 'bigint' && r.value <= INT64_MAX)
        return { tag: 'float', value: Number(r.value) };
    throw new Error(`cannot decode !!${r.tag} \`${s}\` as a !!${tag}`);
}
/** True when this text, written plain, would not read back as the same string (yaml.v2 quotes it). */
function readsAsOther11(s) {
    return resolvePlain(s).tag !== 'str' || (/^[-+0-9]/.test(s) && s.includes(':') && BASE60.test(s));
}
/**
 * A number as yaml.v2 prints it: integers in decimal; floats as Go's FormatFloat(f, 'g', -1, 64)
 * (exponent form below 1e-4 and from 1e6 up: 1.5e+06, 1e-05).
 */
function goFloatString(f, float = false) {
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
        return BigInt(f).toString();
    const [m, x] = f.toExponential().split('e');
    const e = Number(x);
    if (e < -4 || e >= 6)
        return `${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
    // JavaScript prints fixed notation in this range with the same shortest digits.
    return String(f);
}
/** A resolved scalar as a Go interface{} value: whole floats as GoFloat, timestamps as their text. */
function goValue(r, text) {
    if (r.tag === 'float' && typeof r.value === 'number' && (Number.isInteger(r.value) || Object.is(r.value, -0)))
        return new GoFloat(r.value);
    if (r.tag === 'timestamp')
        return text;
    return r.value;
}
/** Go's base64.StdEncoding.DecodeString (line breaks ignored): a string when the bytes are UTF-8, else GoBytes. */
function decodeBinary(text, bad) {
    const s = text.replace(/[\r\n]/g, '');
    if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s))
        bad();
    const bytes = Buffer.from(s, 'base64');
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        return new GoBytes(new Uint8Array(bytes));
    }
}
/**
 * A key that is not text is kept in a JavaScript object as "\0<kind>\0<text>" (kind bool, int,
 * float or null; the text as yaml.v2 prints it), so 1, "1" and true stay three keys as in a Go map.
 */
function typedKey(kind, text) {
    return `\0${kind}\0${text}`;
}
/** A typed key's kind and text (see typedKey); undefined for a text key. */
function typedKeyParts(key) {
    if (!key.startsWith('\0'))
        return undefined;
    const [, kind, text] = key.split('\0');
    return { kind: kind, text };
}


/***/ }),

/***/ 6598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eU: () => (/* binding */ decodeFileBytes),
/* harmony export */   jE: () => (/* binding */ parseFirstDocument)
/* harmony export */ });
/* unused harmony exports misreadMark, indentQuoted, fixFlow */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(617);


/**
 * A file's bytes as libyaml reads them: UTF-16 (LE or BE) when it starts with that byte order
 * mark, else UTF-8; the mark stays at the start of the text; bytes that are not valid UTF-8 are an error.
 */
function decodeFileBytes(bytes, display) {
    const le = bytes[0] === 0xff && bytes[1] === 0xfe;
    const be = bytes[0] === 0xfe && bytes[1] === 0xff;
    try {
        // The mark is kept (parseFirstDocument drops it): where yaml.v2 misreads a later U+FEFF depends on it.
        const opts = { fatal: true, ignoreBOM: true };
        if (le || be)
            return new TextDecoder(le ? 'utf-16le' : 'utf-16be', opts).decode(bytes);
        return new TextDecoder('utf-8', opts).decode(bytes);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${display}: invalid YAML: the file is not valid ${le || be ? 'UTF-16' : 'UTF-8'} text`);
    }
}
/** libyaml's allowed characters: tab, line breaks, printable ASCII, NEL and the rest of Unicode but surrogates, U+FFFE and U+FFFF. */
const NOT_ALLOWED = /[^\t\n\r\x20-\x7e\u0085\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
/**
 * The first document of a stream, parsed as libyaml parses it; undefined for a stream with no
 * document. Throws a RingwayError naming `display` and the line where the text is not YAML.
 * After loadYaml().
 */
function parseFirstDocument(source, display) {
    let text = source.startsWith('\ufeff') ? source.slice(1) : source;
    const bad = NOT_ALLOWED.exec(text);
    if (bad) {
        const line = text.slice(0, bad.index).split(/\r\n|\r|\n|\u0085/).length;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${display}:${line}: invalid YAML: control characters are not allowed (U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`);
    }
    const bom = misreadMark(source);
    if (bom)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${display}:${bom}: a byte order mark (U+FEFF) at the start of the text or just before a 512-byte boundary, where yaml.v2 drops the first character of the lines after it (write it as "\\uFEFF" in double quotes): ringway cannot read it as yaml.v2 does`);
    text = text.replace(/\u0085/g, '\n');
    // Plain `x:` and `-` inside flow collections (rare: only texts that have the pattern are scanned).
    if (/:[,\]}]|(?:[[{,]|:\s)\s*-[,\]}]/.test(text))
        text = fixFlow(text, false);
    const first = parse(text);
    if (!first.error)
        return first.result;
    const flowFixed = first.flowIndent ? fixFlow(text, true) : undefined;
    const quoteFixed = /^Missing closing/.test(first.error.message) ? indentQuoted(text) : undefined;
    for (const retry of [flowFixed, quoteFixed, dedentedEnd(text), flowFixed && dedentedEnd(flowFixed)]) {
        if (retry === undefined)
            continue;
        const second = parse(retry);
        if (!second.error)
            return second.result;
    }
    const { line, message } = first.error;
    const colon = /[^\s,[{'"]:[,\]}]/.exec(text);
    if (colon) {
        const at = text.slice(0, colon.index).split('\n').length;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${display}:${at}: a plain scalar ending in ':' inside a flow collection (quote it): ringway cannot read it as yaml.v2 does`);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${display}${line ? `:${line}` : ''}: invalid YAML: ${message}`);
}
/**
 * The line of a U+FEFF that yaml.v2 may misread the text after, if any. yaml.v2's scanner skips a
 * byte order mark at the start of a line, but its test (is_bom) looks at the first three bytes of
 * its decode buffer, not at the current position: once the buffer was refilled while the scanner
 * stood on a U+FEFF (the buffer refills 512 bytes of the file at a time, when fewer than four
 * characters are left), every line the scanner starts until the next refill loses its first
 * character (`...` reads as `..`, `key:` as `ey:`, an empty line joins the next). Emulating the
 * refill schedule would mean emulating the scanner; so a U+FEFF that can start a refill (the
 * first character, or fewer than three characters before a 512-byte boundary or the end, in UTF-8
 * or UTF-16) with a line after it, before the next boundary, that does not start with a space is
 * refused.
 */
function misreadMark(source) {
    const lead = source.startsWith('\ufeff') ? 1 : 0;
    let at = source.indexOf('\ufeff', lead);
    if (at < 0)
        return undefined;
    // UTF-8 byte offset of each UTF-16 index (UTF-16's is twice the index).
    const utf8 = new Uint32Array(source.length + 1);
    for (let i = 0; i < source.length; i++) {
        const c = source.charCodeAt(i);
        utf8[i + 1] =
            utf8[i] + (c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3);
    }
    // The text came from UTF-8 or UTF-16 (decodeFileBytes keeps a leading mark): both layouts count.
    const layouts = [
        { total: utf8[source.length], byteAt: (i) => utf8[i] },
        { total: source.length * 2, byteAt: (i) => 2 * i },
    ];
    for (; at >= 0; at = source.indexOf('\ufeff', at + 1)) {
        for (const { total, byteAt } of layouts) {
            // Where the buffer that holds the mark ends, and how many characters follow the mark in it.
            const boundary = Math.min(total, Math.ceil(byteAt(at) / 512) * 512);
            let after = 0;
            while (after < 3 && at + 1 + after < source.length && byteAt(at + 2 + after) <= boundary)
                after++;
            // The scanner reads on when fewer than 4 characters are left: standing on the mark, or the
            // mark is the first character of a fresh buffer.
            const refill = at === lead || byteAt(at) === boundary || byteAt(at + 1) > boundary || after < 3;
            if (!refill)
                continue;
            const end = at === lead ? Math.min(total, 512) : Math.min(total, boundary + 512);
            // Lines starting after the mark and before the buffer refills again.
            const lineStart = /(?:\r\n|[\n\r\u0085\u2028\u2029])(?=[^ ])/g;
            lineStart.lastIndex = at + 1;
            for (let m = lineStart.exec(source); m; m = lineStart.exec(source)) {
                const start = m.index + m[0].length;
                if (byteAt(start) > end)
                    break;
                return source.slice(lead, at).split(/\r\n|[\n\r\u0085]/).length;
            }
        }
    }
    return undefined;
}
function parse(text) {
    const { LineCounter, parseAllDocuments } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_1__/* .yaml */ .o)();
    const lineCounter = new LineCounter();
    // The `yaml` package makes an Error per problem; their stack traces cost more than the parse.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    let docs;
    try {
        docs = parseAllDocuments(text, {
            version: '1.1',
            prettyErrors: false,
            uniqueKeys: false,
            merge: false,
            lineCounter,
            keepSourceTokens: false,
        });
    }
    finally {
        Error.stackTraceLimit = limit;
    }
    const lineOf = (pos) => lineCounter.linePos(pos).line;
    // An empty stream comes back as an object with errors but no documents.
    const errors = Array.isArray(docs) && docs.length
        ? docs[0].errors
        : (docs.errors ?? []);
    const directive = /^%(?!YAML[ \t]+1\.\d+[ \t]*(#.*)?$|TAG[ \t]+\S+[ \t]+\S+[ \t]*(#.*)?$)/m.exec(text.split(/^---/m)[0]);
    if (errors.length) {
        const err = errors[0];
        return {
            error: {
                line: lineOf(err.pos[0]),
                message: err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
            },
            flowIndent: errors.some((e) => /^Flow (sequence|map|collection) in block collection must be sufficiently indented/.test(e.message)),
        };
    }
    if (directive)
        return {
            error: { line: text.slice(0, directive.index).split('\n').length, message: 'unknown or malformed directive' },
        };
    if (!Array.isArray(docs) || docs.length === 0)
        return {};
    return { result: { doc: docs[0], text, lineOf } };
}
/**
 * Continuation lines of quoted scalars indented past the line the scalar opened on. libyaml reads
 * a quoted scalar across lines whatever their indentation (a NEL inside quotes is such a line
 * break); the `yaml` package ends the node at a line indented less. Both drop a continuation
 * line's leading spaces, so the value is unchanged. Undefined when no line needed it.
 */
function indentQuoted(text) {
    const lines = text.split('\n');
    let quote = '';
    let pad = '';
    let blockParent = -1; // inside a block scalar's body: the indentation of the line that opened it
    let changed = false;
    for (let i = 0; i < lines.length; i++) {
        const indent = lines[i].length - lines[i].trimStart().length;
        if (quote) {
            if (lines[i].trim() && indent < pad.length) {
                lines[i] = pad + lines[i].trimStart();
                changed = true;
            }
        }
        else if (blockParent >= 0) {
            if (!lines[i].trim() || indent > blockParent)
                continue;
            blockParent = -1;
        }
        const line = lines[i];
        let j = quote ? 0 : indent;
        for (; j < line.length; j++) {
            const c = line[j];
            if (quote === '"') {
                if (c === '\\')
                    j++;
                else if (c === '"')
                    quote = '';
            }
            else if (quote === "'") {
                if (c === "'" && line[j + 1] === "'")
                    j++;
                else if (c === "'")
                    quote = '';
            }
            else if (c === '#' && (j === 0 || line[j - 1] === ' ' || line[j - 1] === '\t')) {
                break;
            }
            else if ((c === '"' || c === "'") && opensScalar(line, j, indent)) {
                quote = c;
                // Past the opening quote is past any key or list item the scalar belongs to.
                pad = ' '.repeat(j + 1);
            }
        }
        if (!quote && /(?:^|[\s:?-])[|>][0-9+-]*[ \t]*(?:#.*)?\r?$/.test(line.replace(/^\s*-\s+/, ' ')))
            blockParent = indent;
    }
    return changed ? lines.join('\n') : undefined;
}
/** A quote at `j` starts a scalar: first on its line, or after `:`, `-`, `?`, `[`, `{`, `,`, an anchor or a tag. */
function opensScalar(line, j, indent) {
    if (j === indent)
        return true;
    const before = line.slice(indent, j);
    if (/[[{,]\s*$/.test(before))
        return true;
    return /:\s+$/.test(before) || /(?:^|\s)(?:[-?]|[&!]\S*)\s+$/.test(before);
}
/**
 * The text up to a line indented less than the document's first node: libyaml ends the document
 * there (the rest starts the next one, which yaml.v2's Unmarshal never reads); the `yaml` package
 * calls it an error. Undefined when there is no such line.
 */
function dedentedEnd(text) {
    const lines = text.split('\n');
    let rootIndent = -1;
    let offset = 0;
    for (const line of lines) {
        // A line with only an anchor or a tag gives the node below it, not an indentation.
        const content = !/^\s*(#.*)?\r?$/.test(line) &&
            !/^(---|\.\.\.)(\s|$)/.test(line) &&
            !line.startsWith('%') &&
            !/^\s*([&!]\S*\s*)+(#.*)?\r?$/.test(line);
        if (content) {
            const indent = line.length - line.trimStart().length;
            if (rootIndent < 0) {
                if (indent === 0)
                    return undefined;
                rootIndent = indent;
            }
            else if (indent < rootIndent)
                return text.slice(0, offset);
        }
        offset += line.length + 1;
    }
    return undefined;
}
/**
 * Flow collections made what the `yaml` package reads as libyaml does. With `indent`, continuation
 * lines are indented past the column where the collection opened (libyaml ignores indentation
 * inside flow collections; quoted and plain scalars drop a continuation line's leading spaces
 * anyway). Always, a plain scalar that libyaml ends with `:` right before `,`, `]` or `}` (`[x:]`
 * is the text "x:") and a lone `-` (the text "-") are single-quoted: both are text either way,
 * and the `yaml` package would read a mapping or a block list. Lines keep their place.
 */
function fixFlow(text, indent) {
    const lines = text.split('\n');
    let depth = 0;
    let openCol = 0;
    let quote = '';
    let blockIndent = -1;
    // Where a node may start in block context: at the line's start, after `- `, `? `, `: `, an anchor or a tag.
    const nodeStart = (before) => before === '' || /(^|\s)[-?:]$/.test(before) || /:$/.test(before) || /(^|\s)[&!]\S*$/.test(before);
    for (let li = 0; li < lines.length; li++) {
        let line = lines[li];
        const lead = line.length - line.replace(/^ +/, '').length;
        if (blockIndent >= 0) {
            if (line.trim() === '' || lead > blockIndent)
                continue;
            blockIndent = -1;
        }
        if (indent && depth > 0 && line.trim() !== '' && lead <= openCol && !/^(---|\.\.\.)(\s|$)/.test(line)) {
            line = ' '.repeat(openCol + 1 - lead) + line;
            lines[li] = line;
        }
        let prev = ' ';
        for (let i = 0; i < line.length; i++) {
            const c = line[i];
            if (quote) {
                if (quote === '"' && c === '\\')
                    i++;
                else if (c === quote) {
                    if (quote === "'" && line[i + 1] === "'")
                        i++;
                    else
                        quote = '';
                }
                prev = c;
                continue;
            }
            if (c === '#' && /\s/.test(prev))
                break;
            const special = '"\'[]{}|>'.includes(c);
            // In a flow collection a token starts after `[`, `{`, `,`, or `: `.
            const atToken = depth > 0 &&
                (prev === ' ' || '[{,'.includes(prev)) &&
                /(?:[[{,]|:\s)\s*$/.test(line.slice(Math.max(0, i - 40), i));
            if (!special && !(atToken && !' ,:?#'.includes(c))) {
                prev = c;
                continue;
            }
            if (!special) {
                // A plain scalar in a flow collection: where libyaml ends it.
                let j = i;
                while (j < line.length &&
                    !',[]{}'.includes(line[j]) &&
                    !(line[j] === ':' && /[\s]/.test(line[j + 1] ?? ' ')) &&
                    !(line[j] === '#' && line[j - 1] === ' ')) {
                    if (line[j] === ':' && ',]}'.includes(line[j + 1] ?? '')) {
                        j++;
                        break;
                    }
                    j++;
                }
                const token = line.slice(i, j).trimEnd();
                if ((token === '-' && ',]}'.includes(line[i + 1] ?? '')) ||
                    (token.endsWith(':') && ',]}'.includes(line[j] ?? ''))) {
                    const quoted = `'${token.replace(/'/g, "''")}'`;
                    line = line.slice(0, i) + quoted + line.slice(i + token.length);
                    lines[li] = line;
                    i += quoted.length - 1;
                }
                else
                    i = j - 1;
                prev = line[i];
                continue;
            }
            const before = line.slice(0, i).trimEnd();
            const start = depth > 0 ? /(^|[[{,:?])$/.test(before) : nodeStart(before);
            if ((c === '"' || c === "'") && start)
                quote = c;
            else if (depth === 0) {
                if ((c === '[' || c === '{') && start) {
                    depth = 1;
                    openCol = i;
                }
                else if ((c === '|' || c === '>') && start && /^[|>][-+0-9]*\s*(#.*)?$/.test(line.slice(i))) {
                    // Its text is indented deeper than the mapping it is a value of (after any `- `).
                    blockIndent = /^ *(?:- +)*/.exec(line)?.[0].length ?? lead;
                    break;
                }
            }
            else if (c === '[' || c === '{')
                depth++;
            else if (c === ']' || c === '}')
                depth--;
            prev = c;
        }
    }
    return lines.join('\n');
}


/***/ })

};
;