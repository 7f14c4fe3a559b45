"use strict";
exports.id = 257;
exports.ids = [257];
exports.modules = {

/***/ 1257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  setConfig: () => (/* binding */ setConfig)
});

// UNUSED EXPORTS: flattenFile, readConfigValue, readSetFile

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/hld/files.ts
var files = __webpack_require__(8290);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./lib/hld/yaml-resolve.ts
var yaml_resolve = __webpack_require__(4523);
;// CONCATENATED MODULE: ./lib/hld/yaml-emit.ts
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
        if (v !== null && typeof v === 'object' && !(v instanceof yaml_resolve/* GoFloat */.LK) && !(v instanceof yaml_resolve/* GoBytes */.UQ))
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
            const typed = (0,yaml_resolve/* typedKeyParts */.IL)(k);
            if (!typed && (external_node_buffer_.Buffer.byteLength(k) > 128 || analyze([...k]).multiline)) {
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
            return this.scalar((0,yaml_resolve/* goFloatString */.Ei)(v), 'plain');
        if (v instanceof yaml_resolve/* GoFloat */.LK)
            return this.scalar((0,yaml_resolve/* goFloatString */.Ei)(v.value, true), 'plain');
        if (typeof v === 'bigint')
            return this.scalar(String(v), 'plain');
        if (v instanceof yaml_resolve/* GoBytes */.UQ)
            return this.binary(v);
        if (v instanceof Date)
            return this.scalar(v.toISOString(), 'plain');
        const s = String(v);
        // yaml.v2's stringv: multi-line text as a literal block, plain when it reads back as the same
        // string (YAML 1.1 resolution, base-60 numbers quoted too), else double-quoted.
        let style;
        if (s.includes('\n'))
            style = 'literal';
        else if (!(0,yaml_resolve/* readsAsOther11 */.Kt)(s))
            style = 'plain';
        else
            style = 'double';
        this.scalar(s, style);
    }
    /** Bytes that are not UTF-8: yaml.v2 writes `!!binary` and the base64 text, in lines of 70 when longer. */
    binary(v) {
        const b64 = external_node_buffer_.Buffer.from(v.bytes).toString('base64');
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
    const typed = (0,yaml_resolve/* typedKeyParts */.IL)(k);
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

// EXTERNAL MODULE: ./lib/hld/yaml-read.ts
var yaml_read = __webpack_require__(5443);
// EXTERNAL MODULE: ./lib/hld/names.ts
var names = __webpack_require__(237);
// EXTERNAL MODULE: ./lib/hld/yaml-engine.ts
var yaml_engine = __webpack_require__(617);
// EXTERNAL MODULE: ./lib/hld/parsed-files.ts
var parsed_files = __webpack_require__(5766);
// EXTERNAL MODULE: ./lib/hld/yaml-source.ts
var yaml_source = __webpack_require__(6598);
;// CONCATENATED MODULE: ./lib/hld/config.ts








function emptyConfig() {
    return { namespace: '', injectNamespace: false, disabled: false, config: {}, subcomponents: {} };
}
/**
 * Reads the environment's config file (environmentConfigFile); a missing file is an empty config,
 * as in Fabrikate. With `parsed`, the same bytes are parsed once (the result is shared: not to be changed).
 */
async function loadConfigFile(componentDir, env, display, parsed) {
    const file = await environmentConfigFile(componentDir, env);
    if (!file.exists)
        return undefined;
    const shown = `${display === '.' ? '' : `${display}/`}${file.rel}`;
    return readParsed(parsed, file.path, shown, async (bytes) => {
        if (file.json)
            return { ...toConfig(parseData(bytes.toString('utf8'), shown, true) ?? {}, shown, ''), file: shown };
        // YAML as Fabrikate reads it (yaml.v2, YAML 1.1) into its ComponentConfig struct.
        await loadYaml();
        return { ...parseConfig(decodeFileBytes(bytes, shown), shown), file: shown };
    });
}
function toConfig(raw, file, at) {
    if (!isPlainObject(raw))
        throw new RingwayError(`${file}: ${at || 'the file'} must be a mapping`);
    const c = emptyConfig();
    const where = (k) => `${file}: '${at ? `${at}.` : ''}${k}'`;
    if (raw.namespace !== undefined && raw.namespace !== null) {
        if (typeof raw.namespace !== 'string')
            throw new RingwayError(`${where('namespace')} must be a string`);
        c.namespace = raw.namespace;
    }
    for (const key of ['injectNamespace', 'disabled']) {
        const v = raw[key];
        if (v === undefined || v === null)
            continue;
        if (typeof v !== 'boolean')
            throw new RingwayError(`${where(key)} must be true or false`);
        c[key] = v;
    }
    if (raw.config !== undefined && raw.config !== null) {
        if (!isPlainObject(raw.config))
            throw new RingwayError(`${where('config')} must be a mapping`);
        c.config = raw.config;
        c.configSet = true;
    }
    if (raw.subcomponents !== undefined && raw.subcomponents !== null) {
        if (!isPlainObject(raw.subcomponents))
            throw new RingwayError(`${where('subcomponents')} must be a mapping of subcomponent names`);
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
    if (!isPlainObject(v))
        return v;
    const out = {};
    for (const [k, e] of Object.entries(v))
        setKey(out, k, deepCopy(e));
    return out;
}
function kind(v) {
    if (v === null || v === undefined)
        return 'null';
    if (Array.isArray(v))
        return 'list';
    if (isPlainObject(v))
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
        throw new RingwayError(`${file}: '${at}' is a ${ks === 'map' || ks === 'list' ? ks : `${ks} value`} here but a ${kt} in a higher-priority config`);
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
                setKey(out, k, merged);
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
    const parsed = typeof text === 'string' ? (0,yaml_source/* parseFirstDocument */.jE)(text, display) : text;
    if (!parsed)
        return c;
    (0,yaml_read/* decoding */.uw)(display, parsed, () => structInto(new yaml_read/* Decoder */.XM(parsed.doc, false, false, parsed.text), parsed.doc.contents, c, ''));
    return c;
}
function structInto(d, node, c, at) {
    d.deref(node, (n) => {
        const { isMap, isScalar } = (0,yaml_engine/* yaml */.o)();
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
        const { isMap, isScalar } = (0,yaml_engine/* yaml */.o)();
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
            (0,yaml_read/* setKey */.qL)(subs, name, sub);
        }
    });
}

;// CONCATENATED MODULE: ./lib/hld/set-layout.ts



/** Sets `path` to the string `value` in `text`, in place. After loadYaml(). */
function setInPlace(text, path, value) {
    const { isAlias, isMap, isScalar } = (0,yaml_engine/* yaml */.o)();
    const doc = (0,yaml_engine/* yaml */.o)().parseDocument(text, { uniqueKeys: false });
    if (doc.errors.length || doc.warnings.length)
        return { reason: 'the YAML engine reads the file differently from Fabrikate' };
    doc.toJS({ maxAliasCount: files/* MAX_ALIASES */.K1 });
    if (isEmpty(doc.contents)) {
        // Empty (or comment-only) file: append the whole block.
        const sep = text === '' || text.endsWith('\n') ? '' : '\n';
        return { text: `${text}${sep}${nestedLines(path, value, 0)}\n` };
    }
    if (!isMap(doc.contents) || doc.contents.anchor)
        return { reason: 'the file is not a plain mapping' };
    if (doc.contents.flow && doc.contents.items.length === 0) {
        // `{}` alone at the start of a line: the block takes its place.
        const [start, end] = doc.contents.range;
        if (lineStart(text, start) === start)
            return { text: `${text.slice(0, start)}${nestedLines(path, value, 0)}${text.slice(end)}` };
    }
    let map = doc.contents;
    for (let i = 0; i < path.length; i++) {
        const key = path[i];
        const at = `'${path.slice(0, i + 1).join('.')}'`;
        const shared = sharedReason(map, `'${path.slice(0, i).join('.') || '(root)'}'`);
        if (shared)
            return { reason: shared };
        const pairs = map.items.filter((p) => keyString(p.key) === key);
        if (pairs.length > 1)
            return { reason: `${at} is repeated` };
        const pair = pairs[0];
        if (!pair)
            return insertUnder(text, map, path.slice(i), value);
        const v = pair.value;
        if (isAlias(v) || v?.anchor)
            return { reason: `the path passes through the alias or anchor at ${at}` };
        if (i === path.length - 1) {
            if (isEmpty(v))
                return { text: replaceNull(text, pair, [], value) };
            if (!isScalar(v))
                return { reason: `${at} holds a collection` };
            if (v.value === value && typeof v.value === 'string')
                return { text };
            if (typeof v.source !== 'string' ||
                v.source.includes('\n') ||
                v.type === 'BLOCK_FOLDED' ||
                v.type === 'BLOCK_LITERAL')
                return { reason: `${at} is a multi-line value` };
            const [start, end] = v.range;
            // The value keeps its quoting style; a plain one is quoted where YAML 1.1 reads another type.
            const quoted = v.type === 'QUOTE_SINGLE'
                ? `'${value.replace(/'/g, "''")}'`
                : v.type === 'QUOTE_DOUBLE'
                    ? JSON.stringify(value)
                    : scalarText(value);
            return { text: text.slice(0, start) + quoted + text.slice(end) };
        }
        // An empty value (`key:`, `key: ~`) or an empty flow mapping (`key: {}`) becomes a block.
        if (isEmpty(v) || (isMap(v) && v.flow && v.items.length === 0))
            return { text: replaceNull(text, pair, path.slice(i + 1), value) };
        if (!isMap(v))
            return { reason: `${at} is not a mapping` };
        if (v.flow)
            return { reason: `${at} is a flow mapping` };
        map = v;
    }
    return { reason: 'the path is empty' };
}
/** Why editing inside this mapping could change data it shares, or lose data merged into it. */
function sharedReason(map, at) {
    const { isAlias } = (0,yaml_engine/* yaml */.o)();
    if (map.items.some((p) => keyString(p.key) === '<<' || isAlias(p.key)))
        return `${at} has a merge key or an alias key`;
    return undefined;
}
function keyString(key) {
    const { isScalar } = (0,yaml_engine/* yaml */.o)();
    return isScalar(key) ? String(key.value) : String(key);
}
function isEmpty(v) {
    const { isScalar } = (0,yaml_engine/* yaml */.o)();
    return v === null || v === undefined || (isScalar(v) && (v.value === null || v.value === undefined));
}
/** A string as fab set writes it: double-quoted where YAML 1.1 would read another type (`off`, `0644`). */
function scalarText(value) {
    if ((0,yaml_resolve/* readsAsOther11 */.Kt)(value))
        return JSON.stringify(value);
    return (0,yaml_engine/* yaml */.o)().stringify(value, { lineWidth: 0 }).trimEnd();
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
        .map((k, i) => `${' '.repeat(indent + 2 * i)}${scalarText(k)}:${i === keys.length - 1 ? ` ${scalarText(value)}` : ''}`)
        .join('\n');
}
/** Appends `keys: value` as new lines after the last entry of a block mapping, at its indentation. */
function insertUnder(text, map, keys, value) {
    if (map.flow)
        return { reason: 'the new key would go into a flow mapping' };
    const firstKey = map.items[0]?.key;
    if (!firstKey?.range)
        return { reason: 'the mapping has no entries to line the new key up with' };
    const keyStart = firstKey.range[0];
    const indent = keyStart - lineStart(text, keyStart);
    const end = map.range[1];
    // After the line on which the mapping's last value ends (keeping a trailing comment on it).
    const at = lineEnd(text, Math.max(end - 1, 0));
    const block = nestedLines(keys, value, indent);
    return {
        text: at >= text.length
            ? `${text}${text.endsWith('\n') ? '' : '\n'}${block}\n`
            : `${text.slice(0, at)}\n${block}${text.slice(at)}`,
    };
}
/** `key:` with no value (or `~`/`null`/`{}`): give it the nested block or the value. */
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

;// CONCATENATED MODULE: ./lib/hld/set.ts











/**
 * `fab set`: writes each value, as a string, into `config/<environment>.yaml` (or the existing
 * `.json`) at subcomponents.<a>.subcomponents.<b>.config.<key path>. layout 'fab' writes the file
 * the way fab set writes it, byte for byte: the whole file read as Fabrikate reads it and
 * marshalled again (fields in Fabrikate's order, map keys sorted, comments dropped, aliases
 * expanded). layout 'keep' changes only the edited lines when the result holds the same data.
 * Where fab set panics or silently drops the value, ringway stops (in both layouts) with an error
 * naming the file and the entry.
 */
async function setConfig(opts) {
    (0,names/* checkEnvironmentName */.r0)(opts.environment);
    await (0,yaml_engine/* loadYaml */.y)();
    const { path: file, rel, json: useJson, exists: existed, } = await (0,names/* environmentConfigFile */.kI)(opts.componentDir, opts.environment);
    const before = existed ? await (0,promises_.readFile)(file, 'utf8') : undefined;
    const root = before === undefined ? newConfig() : readConfig(before, rel, useJson);
    const at = opts.subcomponent.length ? `subcomponents.${opts.subcomponent.join('.subcomponents.')}` : '';
    for (const pair of opts.pairs) {
        const full = [...opts.subcomponent.flatMap((s) => ['subcomponents', s]), 'config', ...pair.keyPath].join('.');
        if (opts.noNewConfigKeys && !hasConfig(root, opts.subcomponent, pair.keyPath, rel)) {
            throw new errors/* RingwayError */.Sy(`${rel}: '${full}' does not exist and --no-new-config-keys is on`);
        }
        const target = subcomponentConfig(root, opts.subcomponent, rel);
        if (!target.config) {
            // fab set writes into the entry's missing config map and panics.
            throw new errors/* RingwayError */.Sy(`${rel}: '${at}' has no 'config' mapping to set '${pair.keyPath.join('.')}' in (fab set crashes here); add 'config: {}' to it`);
        }
        setValue(target.config, pair.keyPath, pair.value, rel, full);
    }
    const fabText = marshalConfig(root, useJson);
    let text = fabText;
    if (opts.layout === 'keep' && before !== undefined) {
        // No data change (as fab set reads the file): leave the file alone, whatever its layout.
        if (marshalConfig(readConfig(before, rel, useJson), useJson) === fabText)
            return { file: rel, changed: false };
        const kept = useJson
            ? { reason: 'a JSON file is always written as fab set writes it' }
            : keepLayout(before, opts, rel, fabText);
        if ('text' in kept)
            text = kept.text;
        else
            opts.warn?.(`${rel}: wrote the whole file as fab set writes it (comments dropped, keys sorted): ${kept.reason}`);
    }
    if (text === before)
        return { file: rel, changed: false };
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
    await (0,promises_.writeFile)(file, text);
    return { file: rel, changed: true };
}
function readConfig(text, rel, json) {
    return json ? readJsonConfig(text, rel) : readYamlConfig(text, rel);
}
function marshalConfig(root, json) {
    return json ? marshalJsonConfig(root) : marshalYamlConfig(root, 0) || '{}\n';
}
/**
 * Every pair edited in place (set-layout.ts), then checked by construction: the new file, read as
 * fab set and Fabrikate read it, must hold exactly the data of fab set's own output for this edit.
 */
function keepLayout(before, opts, rel, fabText) {
    let text = before;
    try {
        for (const pair of opts.pairs) {
            const r = setInPlace(text, [...opts.subcomponent.flatMap((s) => ['subcomponents', s]), 'config', ...pair.keyPath], pair.value);
            if (!('text' in r))
                return r;
            text = r.text;
        }
        parseConfig(text, rel); // generate reads it too: it must still read
        if (marshalConfig(readYamlConfig(text, rel), false) === fabText)
            return { text };
    }
    catch (err) {
        if (!(err instanceof errors/* RingwayError */.Sy))
            throw err;
    }
    return { reason: "the in-place edit would not read back as fab set's data" };
}
function newConfig() {
    return { namespace: '', injectNamespace: false, disabled: false, config: {}, subcomponents: {} };
}
/** yaml.v2 into the ComponentConfig struct: values as yaml.v2 reads them, `namespace` as its text. */
function readYamlConfig(text, rel) {
    const data = (0,yaml_read/* parseYaml11 */.z1)(text, { display: rel, floats: true });
    const texts = (0,yaml_read/* parseYaml11 */.z1)(text, { display: rel, text: true });
    if (data === null || data === undefined)
        return newConfig();
    return toNode(data, texts, rel, '', true);
}
function readJsonConfig(text, rel) {
    let data;
    try {
        data = text.trim() ? JSON.parse(text) : null;
    }
    catch (err) {
        throw new errors/* RingwayError */.Sy(`${rel}: invalid JSON: ${err.message}`);
    }
    if (data === null)
        throw new errors/* RingwayError */.Sy(`${rel}: invalid JSON: the file is empty`);
    return toNode(data, data, rel, '', true);
}
function toNode(raw, texts, rel, at, top) {
    const where = (k) => `${rel}: '${at}${k}'`;
    if (!(0,files/* isPlainObject */.Qd)(raw))
        throw new errors/* RingwayError */.Sy(`${rel}: ${at ? `'${at.slice(0, -1)}'` : 'the file'} must be a mapping`);
    const t = (0,files/* isPlainObject */.Qd)(texts) ? texts : {};
    // The root starts as fab's NewComponentConfig (config and subcomponents present); entries read
    // from the file have only what the file gives them.
    const node = top ? newConfig() : { namespace: '', injectNamespace: false, disabled: false };
    if (raw.namespace !== undefined && raw.namespace !== null) {
        if (typeof t.namespace !== 'string')
            throw new errors/* RingwayError */.Sy(`${where('namespace')} must be a string`);
        node.namespace = t.namespace;
    }
    for (const key of ['injectNamespace', 'disabled']) {
        const v = raw[key];
        if (v === undefined || v === null)
            continue;
        if (typeof v !== 'boolean')
            throw new errors/* RingwayError */.Sy(`${where(key)} must be true or false`);
        node[key] = v;
    }
    if (raw.config !== undefined) {
        if (raw.config === null)
            node.config = undefined;
        else if (!(0,files/* isPlainObject */.Qd)(raw.config) || raw.config instanceof yaml_resolve/* GoFloat */.LK)
            throw new errors/* RingwayError */.Sy(`${where('config')} must be a mapping`);
        else
            node.config = raw.config;
    }
    if (raw.subcomponents !== undefined) {
        if (raw.subcomponents === null)
            node.subcomponents = undefined;
        else if (!(0,files/* isPlainObject */.Qd)(raw.subcomponents))
            throw new errors/* RingwayError */.Sy(`${where('subcomponents')} must be a mapping of subcomponent names`);
        else {
            const subs = top && node.subcomponents ? node.subcomponents : {};
            const subTexts = (0,files/* isPlainObject */.Qd)(t.subcomponents) ? t.subcomponents : {};
            for (const [name, sub] of Object.entries(raw.subcomponents)) {
                subs[name] = toNode(sub ?? {}, subTexts[name], rel, `${at}subcomponents.${name}.`, false);
            }
            node.subcomponents = subs;
        }
    }
    return node;
}
/**
 * fab's GetSubcomponentConfig: walks (and creates) subcomponent entries. An entry that exists but
 * has no `subcomponents` mapping gets one only in fab's copy, so fab set silently drops the value:
 * ringway stops instead.
 */
function subcomponentConfig(root, path, rel) {
    let cur = root;
    for (const [i, name] of path.entries()) {
        if (!cur.subcomponents) {
            if (i === 0)
                cur.subcomponents = {};
            else
                throw new errors/* RingwayError */.Sy(`${rel}: 'subcomponents.${path.slice(0, i).join('.subcomponents.')}' has no 'subcomponents' mapping for '${name}' (fab set would drop the value); add 'subcomponents: {}' to it`);
        }
        cur.subcomponents[name] ??= newConfig();
        cur = cur.subcomponents[name];
    }
    return cur;
}
function hasConfig(root, path, keyPath, rel) {
    let cur = root;
    for (const name of path) {
        cur = cur.subcomponents?.[name];
        if (!cur)
            return false;
    }
    let level = cur.config ?? {};
    for (const [i, k] of keyPath.entries()) {
        if (!(0,files/* isPlainObject */.Qd)(level) || level instanceof yaml_resolve/* GoFloat */.LK)
            throw new errors/* RingwayError */.Sy(`${rel}: cannot look up '${keyPath.join('.')}': '${keyPath.slice(0, i).join('.')}' holds a value, not a mapping`);
        if (!(k in level))
            return false;
        level = level[k];
    }
    return true;
}
/** fab's SetComponentConfig: creates the missing mappings, sets the last key to the string. */
function setValue(config, keyPath, value, rel, full) {
    let level = config;
    for (const [i, k] of keyPath.slice(0, -1).entries()) {
        if (level[k] === undefined)
            level[k] = {};
        const next = level[k];
        if (!(0,files/* isPlainObject */.Qd)(next) || next instanceof yaml_resolve/* GoFloat */.LK) {
            throw new errors/* RingwayError */.Sy(`${rel}: cannot set '${full}': '${keyPath.slice(0, i + 1).join('.')}' holds ${next === null ? 'null' : 'a value'}, not a mapping`);
        }
        level = next;
    }
    level[keyPath[keyPath.length - 1]] = value;
}
/**
 * yaml.v2's Marshal of the struct at `depth` (two spaces each): fields in the struct's order,
 * empty ones left out (omitempty), maps with their keys sorted. Each field is marshalled nested
 * under `depth` placeholder keys that are then dropped, so that line folding at 80 columns
 * sees the same columns as in the whole document.
 */
function marshalYamlConfig(node, depth) {
    const at = (v) => {
        let wrapped = v;
        for (let i = 0; i < depth; i++)
            wrapped = { x: wrapped };
        return goMarshal(wrapped).split('\n').slice(depth).join('\n');
    };
    let out = '';
    if (node.namespace)
        out += at({ namespace: node.namespace });
    if (node.injectNamespace)
        out += at({ injectNamespace: true });
    if (node.disabled)
        out += at({ disabled: true });
    if (node.config && Object.keys(node.config).length)
        out += at({ config: node.config });
    const subs = node.subcomponents ?? {};
    if (Object.keys(subs).length) {
        out += `${'  '.repeat(depth)}subcomponents:\n`;
        for (const name of Object.keys(subs).sort(goKeyCompare)) {
            const inner = marshalYamlConfig(subs[name], depth + 2);
            const wrap = (v) => {
                let wrapped = { [name]: v };
                for (let i = 0; i < depth + 1; i++)
                    wrapped = { x: wrapped };
                return goMarshal(wrapped)
                    .split('\n')
                    .slice(depth + 1)
                    .join('\n');
            };
            out += inner ? `${wrap(null).replace(/ null\n$/, '\n')}${inner}` : wrap({});
        }
    }
    return out;
}
/** Go's json.MarshalIndent(cc, "", "  "): struct order, sorted map keys, HTML-safe escapes, no final newline. */
function marshalJsonConfig(node) {
    const ordered = (n) => {
        const o = {};
        if (n.namespace)
            o.namespace = n.namespace;
        if (n.injectNamespace)
            o.injectNamespace = true;
        if (n.disabled)
            o.disabled = true;
        if (n.config && Object.keys(n.config).length)
            o.config = sortKeys(n.config);
        if (n.subcomponents && Object.keys(n.subcomponents).length) {
            o.subcomponents = Object.fromEntries(Object.keys(n.subcomponents)
                .sort(compareUtf8)
                .map((k) => [k, ordered(n.subcomponents[k])]));
        }
        return o;
    };
    return JSON.stringify(ordered(node), null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function sortKeys(v) {
    if (Array.isArray(v))
        return v.map(sortKeys);
    if (!(0,files/* isPlainObject */.Qd)(v))
        return v;
    return Object.fromEntries(Object.keys(v)
        .sort(compareUtf8)
        .map((k) => [k, sortKeys(v[k])]));
}
/** Go sorts map keys by their UTF-8 bytes. */
function compareUtf8(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
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
function load(text, rel) {
    const doc = yaml().parseDocument(text, { uniqueKeys: false });
    if (doc.errors.length)
        throw new RingwayError(`${rel}: invalid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    doc.toJS({ maxAliasCount: MAX_ALIASES }); // refuses alias bombs before any edit
    return doc;
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
        return `map[${Object.keys(v)
            .sort()
            .map((k) => `${k}:${goSprintV(v[k])}`)
            .join(' ')}]`;
    return String(v);
}


/***/ })

};
;