"use strict";
exports.id = 418;
exports.ids = [418];
exports.modules = {

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HT: () => (/* binding */ loadConfigFile),
/* harmony export */   i4: () => (/* binding */ emptyConfig),
/* harmony export */   o4: () => (/* binding */ parseConfig),
/* harmony export */   r3: () => (/* binding */ layerConfigs)
/* harmony export */ });
/* unused harmony export toConfig */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8290);
/* harmony import */ var _parsed_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5766);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(237);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5443);
/* harmony import */ var _yaml_engine_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(617);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6598);








function emptyConfig() {
    return { namespace: '', injectNamespace: false, disabled: false, config: {}, subcomponents: {} };
}
/**
 * Reads the environment's config file (environmentConfigFile); a missing file is an empty config,
 * as in Fabrikate. With `parsed`, the same bytes are parsed once (the result is shared: not to be changed).
 */
async function loadConfigFile(componentDir, env, display, parsed) {
    const file = await (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .environmentConfigFile */ .kI)(componentDir, env);
    if (!file.exists)
        return undefined;
    const shown = `${display === '.' ? '' : `${display}/`}${file.rel}`;
    return (0,_parsed_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readParsed */ .m)(parsed, file.path, shown, async (bytes) => {
        if (file.json)
            return { ...toConfig((0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .parseData */ ._0)(bytes.toString('utf8'), shown, true) ?? {}, shown, ''), file: shown };
        // YAML as Fabrikate reads it (yaml.v2, YAML 1.1) into its ComponentConfig struct.
        await (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_6__/* .loadYaml */ .y)();
        return { ...parseConfig((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_5__/* .decodeFileBytes */ .eU)(bytes, shown), shown), file: shown };
    });
}
function toConfig(raw, file, at) {
    if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(raw))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${file}: ${at || 'the file'} must be a mapping`);
    const c = emptyConfig();
    const where = (k) => `${file}: '${at ? `${at}.` : ''}${k}'`;
    if (raw.namespace !== undefined && raw.namespace !== null) {
        if (typeof raw.namespace !== 'string')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${where('namespace')} must be a string`);
        c.namespace = raw.namespace;
    }
    for (const key of ['injectNamespace', 'disabled']) {
        const v = raw[key];
        if (v === undefined || v === null)
            continue;
        if (typeof v !== 'boolean')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${where(key)} must be true or false`);
        c[key] = v;
    }
    if (raw.config !== undefined && raw.config !== null) {
        if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(raw.config))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${where('config')} must be a mapping`);
        c.config = raw.config;
        c.configSet = true;
    }
    if (raw.subcomponents !== undefined && raw.subcomponents !== null) {
        if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(raw.subcomponents))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${where('subcomponents')} must be a mapping of subcomponent names`);
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
    return deepCopy(c);
}
function mergeConfig(target, source, file, at) {
    const out = {
        // Struct fields are never empty to conjungo: the target's value stays…
        namespace: target.namespace,
        injectNamespace: target.injectNamespace,
        disabled: target.disabled,
        config: target.configSet
            ? mergeValues(target.config, source.config, file, `${at}config`)
            : deepCopy(source.config),
        configSet: target.configSet || source.configSet,
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
/**
 * A copy of plain data; GoFloat, GoBytes and bigint values are immutable and shared. (Not
 * structuredClone: it would turn GoFloat into a plain object, and its objects come from another
 * realm under a test runner's VM.)
 */
function deepCopy(v) {
    if (Array.isArray(v))
        return v.map(deepCopy);
    if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(v))
        return v;
    const out = {};
    for (const [k, e] of Object.entries(v))
        (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .setKey */ .qL)(out, k, deepCopy(e));
    return out;
}
function kind(v) {
    if (v === null || v === undefined)
        return 'null';
    if (Array.isArray(v))
        return 'list';
    if ((0,_files_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(v))
        return 'map';
    return typeof v;
}
function mergeValues(t, s, file, at) {
    if (s === null || s === undefined)
        return t;
    if (t === null || t === undefined)
        return deepCopy(s);
    const kt = kind(t);
    const ks = kind(s);
    // conjungo (Overwrite off) picks the merge by the higher-priority value: a map merges only with a
    // map and a list only with a list (else it is an error); a scalar simply stays, whatever is below.
    if ((kt === 'map' || kt === 'list') && kt !== ks) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${file}: '${at}' is a ${ks === 'map' || ks === 'list' ? ks : `${ks} value`} here but a ${kt} in a higher-priority config`);
    }
    if (kt === 'list')
        return [...t, ...deepCopy(s)];
    if (kt === 'map') {
        const out = { ...t };
        for (const [k, v] of Object.entries(s)) {
            // A lower layer's null under a key the higher layer lacks adds nothing: conjungo sets the
            // target's missing (zero) value, which deletes the key.
            const merged = mergeValues(Object.hasOwn(out, k) ? out[k] : undefined, v, file, `${at}.${k}`);
            if (merged !== undefined)
                (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .setKey */ .qL)(out, k, merged);
        }
        return out;
    }
    return t;
}
/**
 * A config file's text decoded as Go's yaml.v2 decodes it into Fabrikate's ComponentConfig struct:
 * a repeated field merges into what came before (two `subcomponents:` blocks give both entries;
 * a repeated `config:` adds its keys), `<<` merges apply in place, `namespace: 2024` is the text
 * "2024", and `disabled`/`injectNamespace` take YAML 1.1 booleans only. After loadYaml().
 */
function parseConfig(text, display) {
    const c = emptyConfig();
    const parsed = typeof text === 'string' ? (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFirstDocument */ .jE)(text, display) : text;
    if (!parsed)
        return c;
    (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .decoding */ .uw)(display, parsed, () => structInto(new _yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .Decoder */ .XM(parsed.doc, false, false, parsed.text), parsed.doc.contents, c, ''));
    return c;
}
function structInto(d, node, c, at) {
    d.deref(node, (n) => {
        const { isMap, isScalar } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_6__/* .yaml */ .o)();
        if (n === null || (isScalar(n) && d.scalar(n).r.tag === 'null'))
            return Object.assign(c, emptyConfig());
        if (!isMap(n))
            d.fail(`cannot unmarshal ${isScalar(n) ? 'a scalar' : 'a list'} into a component config${at ? ` ('${at}')` : ''}`, n);
        for (const pair of n.items) {
            if (d.isMerge(pair.key)) {
                d.merge(pair.value, (m) => structInto(d, m, c, at));
                continue;
            }
            const name = d.key(pair.key);
            const field = `${at ? `${at}.` : ''}${name}`;
            if (name === 'namespace')
                c.namespace = d.stringOf(pair.value);
            else if (name === 'injectNamespace' || name === 'disabled')
                c[name] = d.boolOf(pair.value, `'${field}'`);
            else if (name === 'config') {
                d.mapInto(pair.value, c.config);
                c.configSet = d.deref(pair.value, (v) => isMap(v)) === true;
            }
            else if (name === 'subcomponents')
                subcomponentsInto(d, pair.value, c.subcomponents, field);
        }
    });
}
function subcomponentsInto(d, node, subs, at) {
    d.deref(node, (n) => {
        const { isMap, isScalar } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_6__/* .yaml */ .o)();
        if (n === null || (isScalar(n) && d.scalar(n).r.tag === 'null')) {
            for (const k of Object.keys(subs))
                delete subs[k];
            return;
        }
        if (!isMap(n))
            d.fail(`'${at}' must be a mapping of subcomponent names`, n);
        for (const pair of n.items) {
            if (d.isMerge(pair.key)) {
                d.merge(pair.value, (m) => subcomponentsInto(d, m, subs, at));
                continue;
            }
            const name = d.key(pair.key);
            const sub = emptyConfig();
            structInto(d, pair.value, sub, `${at}.${name}`);
            (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_4__/* .setKey */ .qL)(subs, name, sub);
        }
    });
}


/***/ }),

/***/ 8652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ goKeyCompare),
/* harmony export */   v: () => (/* binding */ goMarshal)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _yaml_resolve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4523);
// yaml.v2's Marshal (libyaml's emitter as Go's yaml.v2 drives it), byte for byte for the data
// ringway reads with yaml-read.ts: block style, keys sorted as yaml.v2 sorts them, sequences not
// indented under a key, 80 columns, plain scalars where they read back as the same string.


const BEST_WIDTH = 80;
function isPrintable(cp) {
    return (cp === 0x0a ||
        (cp >= 0x20 && cp <= 0x7e) ||
        (cp >= 0xa0 && cp <= 0xd7ff) ||
        (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff));
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
        if (v !== null && typeof v === 'object' && !(v instanceof _yaml_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .GoFloat */ .LK) && !(v instanceof _yaml_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .GoBytes */ .UQ))
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
        // Sorted as text first: where yaml.v2's Less gives no one order (it is not transitive, and Go
        // walks maps in random order, so fab's order changes between runs) the order depends on the
        // key set alone, not on the order the keys were read or set in.
        const keys = Object.keys(map).sort().sort(goKeyCompare);
        if (keys.length === 0) {
            this.indicator('{', true, true, false);
            this.indicator('}', false, false, false);
            return;
        }
        this.increaseIndent(false, false);
        for (const k of keys) {
            this.writeIndent();
            const typed = (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .typedKeyParts */ .IL)(k);
            if (!typed && (node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.byteLength(k) > 128 || analyze([...k]).multiline)) {
                // Not a simple key: `? key` / `: value`.
                this.indicator('?', true, false, true);
                this.scalarValue(k);
                this.writeIndent();
                this.indicator(':', true, false, true);
            }
            else {
                this.simpleKey = true;
                if (typed)
                    this.scalar(typed.text, 'plain');
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
            return this.scalar((0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .goFloatString */ .Ei)(v), 'plain');
        if (v instanceof _yaml_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .GoFloat */ .LK)
            return this.scalar((0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .goFloatString */ .Ei)(v.value, true), 'plain');
        if (typeof v === 'bigint')
            return this.scalar(String(v), 'plain');
        if (v instanceof _yaml_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .GoBytes */ .UQ)
            return this.binary(v);
        if (v instanceof Date)
            return this.scalar(v.toISOString(), 'plain');
        const s = String(v);
        // yaml.v2's stringv: multi-line text as a literal block, plain when it reads back as the same
        // string (YAML 1.1 resolution, base-60 numbers quoted too), else double-quoted.
        let style;
        if (s.includes('\n'))
            style = 'literal';
        else if (!(0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .readsAsOther11 */ .Kt)(s))
            style = 'plain';
        else
            style = 'double';
        this.scalar(s, style);
    }
    /** Bytes that are not UTF-8: yaml.v2 writes `!!binary` and the base64 text, in lines of 70 when longer. */
    binary(v) {
        const b64 = node_buffer__WEBPACK_IMPORTED_MODULE_0__.Buffer.from(v.bytes).toString('base64');
        const multi = b64.length >= 70;
        let s = '';
        for (let i = 0; i < b64.length; i += 70)
            s += b64.slice(i, i + 70) + (multi ? '\n' : '');
        this.indicator('!!binary', true, false, false);
        this.scalar(s, multi ? 'literal' : 'plain');
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
        this.text(chars, allowBreaks, false);
        this.whitespace = false;
        this.indention = false;
    }
    single(chars, allowBreaks) {
        this.indicator("'", true, false, false);
        this.text(chars, allowBreaks, true);
        this.indicator("'", false, false, false);
        this.whitespace = false;
        this.indention = false;
    }
    /**
     * The text of a plain or single-quoted scalar (libyaml's write_plain and write_single_quoted, one
     * loop): a space past the width folds the line, the first break of a run is written twice (it
     * reads back as one), a quote in single-quoted text is doubled. A quoted scalar never folds at its
     * first or last character (a plain one has no space there).
     */
    text(chars, allowBreaks, quoted) {
        let spaces = false;
        let breaks = false;
        for (let i = 0; i < chars.length; i++) {
            const c = chars[i];
            if (c === ' ') {
                const edge = quoted && (i === 0 || i === chars.length - 1);
                if (allowBreaks && !spaces && this.column > BEST_WIDTH && !edge && chars[i + 1] !== ' ')
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
                if (quoted && c === "'")
                    this.put("'");
                this.put(c);
                this.indention = false;
                spaces = false;
                breaks = false;
            }
        }
    }
    double(chars, allowBreaks) {
        let spaces = false;
        this.indicator('"', true, false, false);
        // yaml.v2's is_bom tests the first character whatever the position: after a leading U+FEFF it
        // escapes every character (`\uFEFF\x78`).
        const bomFirst = chars[0] === '\ufeff';
        for (let i = 0; i < chars.length; i++) {
            const c = chars[i];
            const cp = c.codePointAt(0) ?? 0;
            if (bomFirst || !isPrintable(cp) || isBreakCh(c) || c === '"' || c === '\\') {
                const esc = {
                    0x00: '0',
                    0x07: 'a',
                    0x08: 'b',
                    0x09: 't',
                    0x0a: 'n',
                    0x0b: 'v',
                    0x0c: 'f',
                    0x0d: 'r',
                    0x1b: 'e',
                    0x22: '"',
                    0x5c: '\\',
                    0x85: 'N',
                    0xa0: '_',
                    0x2028: 'L',
                    0x2029: 'P',
                };
                let e = esc[cp];
                if (e === undefined) {
                    const hex = cp.toString(16).toUpperCase();
                    e =
                        cp <= 0xff
                            ? `x${hex.padStart(2, '0')}`
                            : cp <= 0xffff
                                ? `u${hex.padStart(4, '0')}`
                                : `U${hex.padStart(8, '0')}`;
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
// reflect.Kind order, which yaml.v2 sorts keys of different kinds by: bool, int, uint64, float64,
// nil (an interface), string.
const KIND_ORDER = { bool: 1, int: 2, uint: 11, float: 14, null: 20, string: 24 };
const INT64_MAX = 2n ** 63n - 1n;
const FLOAT_TEXT = { '.inf': Infinity, '-.inf': -Infinity, '.nan': NaN };
function keyInfo(k) {
    const typed = (0,_yaml_resolve_js__WEBPACK_IMPORTED_MODULE_1__/* .typedKeyParts */ .IL)(k);
    if (!typed)
        return { kind: 'string', text: k };
    const { kind, text } = typed;
    if (kind === 'bool')
        return { kind, num: text === 'true' ? 1 : 0, text };
    if (kind === 'int') {
        const exact = BigInt(text);
        return { kind: exact > INT64_MAX ? 'uint' : 'int', num: Number(exact), exact, text };
    }
    if (kind === 'float')
        return { kind, num: FLOAT_TEXT[text] ?? Number(text), text };
    return { kind, text };
}
const isLetter = (cp) => /\p{L}/u.test(String.fromCodePoint(cp));
const isDigit = (cp) => cp !== undefined && /\p{Nd}/u.test(String.fromCodePoint(cp));
/** yaml.v2's keyList.Less as a comparator: numbers and bools by value then kind, then nil, then text (letters before other characters, digit runs by value). */
function goKeyCompare(a, b) {
    const less = goKeyLess(a, b);
    return less ? -1 : goKeyLess(b, a) ? 1 : 0;
}
function goKeyLess(a, b) {
    const ka = keyInfo(a);
    const kb = keyInfo(b);
    if (ka.num !== undefined && kb.num !== undefined) {
        if (ka.num !== kb.num)
            return ka.num < kb.num;
        if (ka.kind !== kb.kind)
            return KIND_ORDER[ka.kind] < KIND_ORDER[kb.kind];
        if (ka.exact !== undefined && kb.exact !== undefined)
            return ka.exact < kb.exact;
        return false;
    }
    if (ka.kind !== 'string' || kb.kind !== 'string')
        return KIND_ORDER[ka.kind] < KIND_ORDER[kb.kind];
    const ar = [...a].map((c) => c.codePointAt(0) ?? 0);
    const br = [...b].map((c) => c.codePointAt(0) ?? 0);
    for (let i = 0; i < ar.length && i < br.length; i++) {
        if (ar[i] === br[i])
            continue;
        const al = isLetter(ar[i]);
        const bl = isLetter(br[i]);
        if (al && bl)
            return ar[i] < br[i];
        if (al || bl)
            return bl;
        // Digit runs compare by value (int64 arithmetic, as in Go); a run after a non-zero digit counts from 1.
        let an = 0n;
        let bn = 0n;
        if (ar[i] === 0x30 || br[i] === 0x30) {
            for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
                if (ar[j] !== 0x30) {
                    an = 1n;
                    bn = 1n;
                    break;
                }
            }
        }
        let ai = i;
        let bi = i;
        for (; ai < ar.length && isDigit(ar[ai]); ai++)
            an = BigInt.asIntN(64, an * 10n + BigInt(ar[ai] - 0x30));
        for (; bi < br.length && isDigit(br[bi]); bi++)
            bn = BigInt.asIntN(64, bn * 10n + BigInt(br[bi] - 0x30));
        if (an !== bn)
            return an < bn;
        if (ai !== bi)
            return ai < bi;
        return ar[i] < br[i];
    }
    return ar.length < br.length;
}
/** `yaml.Marshal(value)` of Go's yaml.v2, for data read with parseYaml11. */
function goMarshal(value) {
    const e = new Emitter();
    e.node(value, 'root');
    // Document end: a final line break.
    e.writeIndent();
    return e.out;
}


/***/ })

};
;