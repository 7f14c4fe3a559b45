"use strict";
exports.id = 231;
exports.ids = [231];
exports.modules = {

/***/ 4612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ei: () => (/* binding */ goFloatString),
/* harmony export */   Kt: () => (/* binding */ readsAsOther11),
/* harmony export */   LK: () => (/* binding */ GoFloat),
/* harmony export */   Ym: () => (/* binding */ firstDocument11),
/* harmony export */   aP: () => (/* binding */ readYaml11File),
/* harmony export */   vy: () => (/* binding */ goMarshal)
/* harmony export */ });
/* unused harmony exports resolvePlain, parseYaml11, goKeyCompare */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8115);
/* harmony import */ var _yaml_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(617);
// YAML the way Fabrikate reads and writes it: Go's yaml.v2 (its fork timfpark/yaml), a YAML 1.1
// resolver. Plain `off`/`no`/`y` are booleans, `0644` is octal (420), `1_000` is 1000, a plain
// date stays the text it was; quoted scalars are strings. helm reads values files the same way.



/** Aliases a file may expand; bounds "billion laughs" documents. */
const MAX_ALIASES = 100;
const BOOL = {};
for (const s of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'])
    BOOL[s] = true;
for (const s of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'])
    BOOL[s] = false;
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const SPECIAL_FLOATS = {
    '.nan': NaN, '.NaN': NaN, '.NAN': NaN,
    '.inf': Infinity, '.Inf': Infinity, '.INF': Infinity,
    '+.inf': Infinity, '+.Inf': Infinity, '+.INF': Infinity,
    '-.inf': -Infinity, '-.Inf': -Infinity, '-.INF': -Infinity,
};
const YAML_STYLE_FLOAT = /^[-+]?[0-9]*\.?[0-9]+([eE][-+][0-9]+)?$/;
// Go's time.Parse formats yaml.v2 tries for timestamps.
const TIMESTAMP = [
    /^\d{4}-\d{1,2}-\d{1,2}[Tt]\d{1,2}:\d{2}:\d{2}(\.\d+)?(Z|[-+]\d{2}:\d{2})$/, // RFC3339Nano
    /^\d{4}-\d{1,2}-\d{1,2}[Tt]\d{1,2}:\d{2}:\d{2}(\.\d+)?$/,
    /^\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2}:\d{2}(\.\d+)?$/,
    /^\d{4}-\d{1,2}-\d{1,2}$/,
];
/** Go's strconv.ParseInt(s, 0, 64) on the text without underscores; undefined when not an integer. */
function goInt(plain) {
    const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(plain);
    if (!m)
        return undefined;
    const body = m[2];
    let n;
    if (/^0[xXoObB]/.test(body))
        n = BigInt(body.toLowerCase());
    else if (body.length > 1 && body.startsWith('0'))
        n = BigInt(`0o${body.slice(1)}`);
    else
        n = BigInt(body);
    if (m[1] === '-')
        n = -n;
    if (n > 18446744073709551615n || n < -9223372036854775808n)
        return undefined;
    return Number.isSafeInteger(Number(n)) ? Number(n) : n;
}
/** A plain scalar resolved as yaml.v2 does; `string` when it is text. */
function resolvePlain(s) {
    if (s in BOOL)
        return { tag: 'bool', value: BOOL[s] };
    if (NULLS.has(s))
        return { tag: 'null', value: null };
    if (s in SPECIAL_FLOATS)
        return { tag: 'float', value: SPECIAL_FLOATS[s] };
    if (s === '<<')
        return { tag: 'merge', value: s };
    const c = s[0];
    if (c === '.') {
        if (/^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s))
            return { tag: 'float', value: Number(s) };
    }
    else if (c === '+' || c === '-' || (c >= '0' && c <= '9')) {
        if (/^\d{4}-/.test(s) && TIMESTAMP.some((re) => re.test(s)) && validDate(s))
            return { tag: 'timestamp', value: s };
        const plain = s.replace(/_/g, '');
        const i = goInt(plain);
        if (i !== undefined)
            return { tag: 'int', value: i };
        if (YAML_STYLE_FLOAT.test(plain))
            return { tag: 'float', value: Number(plain) };
        const bin = /^(-?)0b([01]+)$/.exec(plain);
        if (bin)
            return { tag: 'int', value: Number(BigInt(`0b${bin[2]}`)) * (bin[1] ? -1 : 1) };
    }
    return { tag: 'str', value: s };
}
const BASE60 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
/** True when this text, written plain, would not read back as the same string under YAML 1.1. */
function readsAsOther11(s) {
    return resolvePlain(s).tag !== 'str' || BASE60.test(s);
}
function validDate(s) {
    const [y, mo, d] = s.split(/[-Tt ]/).map(Number);
    return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && y >= 0;
}
/**
 * A number as yaml.v2 prints it: integers in decimal; other floats as Go's FormatFloat(f, 'g', -1)
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
        return String(f);
    const e = Math.floor(Math.log10(Math.abs(f)));
    if (e < -4 || e >= 6) {
        const [m, x] = f.toExponential().split('e');
        const n = Number(x);
        return `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
    }
    return String(f);
}
/** A float whose value is a whole number (`1.0`, `1e+06`): yaml.v2 writes it as a float (`1e+06`). */
class GoFloat {
    value;
    constructor(value) {
        this.value = value;
    }
}
/** Parses YAML as yaml.v2 reads it into interface{} values; errors name the file and line. After loadYaml(). */
function parseYaml11(text, opts = { display: 'YAML' }) {
    const { LineCounter, parseDocument } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .yaml */ .o)();
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { version: '1.1', prettyErrors: false, uniqueKeys: false, lineCounter, merge: false });
    const err = doc.errors[0];
    if (err) {
        const line = lineCounter.linePos(err.pos[0]).line;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${opts.display}${line ? `:${line}` : ''}: invalid YAML: ${err.message.split('\n')[0]}`);
    }
    return toGo(doc, opts, text);
}
/** Reads a YAML file as yaml.v2 reads it (parseYaml11), loading the engine while the file is read. */
async function readYaml11File(path, opts) {
    const [text] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'), (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .loadYaml */ .y)()]);
    return parseYaml11(text, opts);
}
/**
 * A key that is not text, as a string: "\0<kind>\0<as Go prints it>" (kind bool, int, float or
 * null). goMarshal prints it plain and sorts it as yaml.v2 does (bools, ints, floats, then text).
 */
function typedKey(k) {
    const v = scalar(k);
    if (typeof v === 'string')
        return v;
    if (v === null)
        return '\0null\0null';
    if (typeof v === 'boolean')
        return `\0bool\0${v}`;
    const n = Number(v);
    const src = String(k.source ?? '');
    const isInt = resolvePlain(src).tag === 'int';
    return `\0${isInt ? 'int' : 'float'}\0${goFloatString(n, !isInt)}`;
}
const KIND_ORDER = { null: 0, bool: 1, int: 2, float: 14 };
function toGo(doc, opts, text) {
    const { isAlias, isMap, isScalar, isSeq } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .yaml */ .o)();
    let aliases = 0;
    const walk = (node) => {
        if (node === null || node === undefined)
            return null;
        if (isAlias(node)) {
            if (++aliases > MAX_ALIASES)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${opts.display}: more than ${MAX_ALIASES} aliases`);
            const target = node.resolve(doc);
            if (!target)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${opts.display}: unknown anchor '${node.source}'`);
            return walk(target);
        }
        if (isScalar(node)) {
            if (opts.text) {
                const src = String(node.source ?? '');
                if (node.type === 'PLAIN' && !node.tag)
                    return resolvePlain(src).tag === 'null' ? null : src;
                return typeof node.value === 'string' ? node.value : src;
            }
            const v = scalar(node);
            if ((opts.typedKeys || opts.floats) && typeof v === 'number' && Number.isInteger(v) && node.type === 'PLAIN' && resolvePlain(String(node.source ?? '')).tag === 'float')
                return new GoFloat(v);
            // libyaml ends a clipped block scalar (`|`, `>`) that runs to the end of the input without a
            // line break with no line break; the JS parser adds one. A helm chunk split on "\n---" ends so.
            if ((node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') && typeof v === 'string' && v.endsWith('\n') && text !== undefined) {
                const [start, , end] = node.range ?? [0, 0, 0];
                if (!/\n\s*$/.test(text) && end >= text.trimEnd().length && !/^[|>][1-9]?\+/.test(text.slice(start)))
                    return v.slice(0, -1);
            }
            return v;
        }
        if (isMap(node)) {
            const out = {};
            const merges = [];
            for (const pair of node.items) {
                const k = pair.key;
                if (isScalar(k) && k.type === 'PLAIN' && !k.tag && k.source === '<<') {
                    const v = walk(pair.value);
                    for (const m of Array.isArray(v) ? v : [v])
                        if (m && typeof m === 'object' && !Array.isArray(m))
                            merges.push(m);
                    continue;
                }
                let key;
                // Fabrikate reads config into map[string]interface{}, and its yaml fork gives nested maps the
                // same string keys: a key keeps its text (`on:` is "on", `0x10:` is "0x10"), as fab shows.
                if (isScalar(k))
                    key = opts.typedKeys ? typedKey(k) : typeof k.value === 'string' ? k.value : String(k.source ?? '');
                else
                    key = JSON.stringify(walk(k));
                out[key] = walk(pair.value);
            }
            for (const m of merges)
                for (const [k, v] of Object.entries(m))
                    if (!(k in out))
                        out[k] = v;
            return out;
        }
        if (isSeq(node))
            return node.items.map((n) => walk(n));
        return null;
    };
    return walk(doc.contents);
}
function scalar(node) {
    const src = typeof node.source === 'string' ? node.source : String(node.value ?? '');
    const tag = node.tag?.replace(/^tag:yaml\.org,2002:/, '!!');
    if (node.type === 'PLAIN' && (!tag || tag === '!')) {
        const r = resolvePlain(src);
        return typeof r.value === 'bigint' ? Number(r.value) : r.value;
    }
    if (tag === '!!str' || tag === undefined || tag === '!')
        return typeof node.value === 'string' ? node.value : src;
    if (tag === '!!int' || tag === '!!float' || tag === '!!bool' || tag === '!!null') {
        const r = resolvePlain(typeof node.value === 'string' ? node.value : src);
        return typeof r.value === 'bigint' ? Number(r.value) : r.value;
    }
    // Other tags (custom, !!binary, !!timestamp): the text.
    return typeof node.value === 'string' ? node.value : src;
}
/** The first document of a stream as yaml.v2's Unmarshal reads it; undefined when it does not parse. After loadYaml(). */
function firstDocument11(text) {
    const { parseAllDocuments } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_2__/* .yaml */ .o)();
    try {
        const docs = parseAllDocuments(text, { version: '1.1', uniqueKeys: false, merge: false });
        if (!Array.isArray(docs))
            return undefined;
        const first = docs[0];
        if (!first)
            return null;
        if (first.errors.length)
            return undefined;
        return toGo(first, { display: 'document', typedKeys: true }, text);
    }
    catch {
        return undefined;
    }
}
// ---- Marshal: the layout of Go's yaml.v2 Marshal (libyaml's emitter), byte for byte for the data
// Fabrikate writes: block style, keys sorted as yaml.v2 sorts them, sequences not indented under
// a key, 80 columns, plain scalars where they read back as the same string.
const BEST_WIDTH = 80;
function isPrintable(cp) {
    return (cp === 0x0a ||
        (cp >= 0x20 && cp <= 0x7e) ||
        cp === 0x85 ||
        (cp >= 0xa0 && cp <= 0xd7ff) ||
        (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff) ||
        (cp >= 0x10000 && cp <= 0x10ffff));
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
        if (v !== null && typeof v === 'object' && !(v instanceof GoFloat))
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
        const keys = Object.keys(map).sort(goKeyCompare);
        if (keys.length === 0) {
            this.indicator('{', true, true, false);
            this.indicator('}', false, false, false);
            return;
        }
        this.increaseIndent(false, false);
        for (const k of keys) {
            this.writeIndent();
            const chars = [...k];
            if (chars.length > 128 || analyze(chars).multiline) {
                // Not a simple key: `? key` / `: value`.
                this.indicator('?', true, false, true);
                this.scalarValue(k);
                this.writeIndent();
                this.indicator(':', true, false, true);
            }
            else {
                this.simpleKey = true;
                if (k.startsWith('\0'))
                    this.scalar(k.split('\0')[2], 'plain');
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
            return this.scalar(goFloatString(v), 'plain');
        if (v instanceof GoFloat)
            return this.scalar(goFloatString(v.value, true), 'plain');
        if (typeof v === 'bigint')
            return this.scalar(String(v), 'plain');
        if (v instanceof Date)
            return this.scalar(v.toISOString(), 'plain');
        const s = String(v);
        // yaml.v2's stringv: multi-line text as a literal block, plain when it reads back as the same
        // string (YAML 1.1 resolution, base-60 numbers quoted too), else double-quoted.
        let style;
        if (s.includes('\n'))
            style = 'literal';
        else if (!readsAsOther11(s))
            style = 'plain';
        else
            style = 'double';
        this.scalar(s, style);
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
        let spaces = false;
        let breaks = false;
        for (let i = 0; i < chars.length; i++) {
            const c = chars[i];
            if (c === ' ') {
                if (allowBreaks && !spaces && this.column > BEST_WIDTH && chars[i + 1] !== ' ')
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
                this.put(c);
                this.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        this.whitespace = false;
        this.indention = false;
    }
    single(chars, allowBreaks) {
        this.indicator("'", true, false, false);
        let spaces = false;
        let breaks = false;
        for (let i = 0; i < chars.length; i++) {
            const c = chars[i];
            if (c === ' ') {
                if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < chars.length - 1 && chars[i + 1] !== ' ')
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
                if (c === "'")
                    this.put("'");
                this.put(c);
                this.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        this.indicator("'", false, false, false);
        this.whitespace = false;
        this.indention = false;
    }
    double(chars, allowBreaks) {
        let spaces = false;
        this.indicator('"', true, false, false);
        for (let i = 0; i < chars.length; i++) {
            const c = chars[i];
            const cp = c.codePointAt(0) ?? 0;
            if (!isPrintable(cp) || cp === 0xfeff || isBreakCh(c) || c === '"' || c === '\\') {
                const esc = {
                    0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r', 0x1b: 'e',
                    0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
                };
                let e = esc[cp];
                if (e === undefined) {
                    const hex = cp.toString(16).toUpperCase();
                    e = cp <= 0xff ? `x${hex.padStart(2, '0')}` : cp <= 0xffff ? `u${hex.padStart(4, '0')}` : `U${hex.padStart(8, '0')}`;
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
/** yaml.v2's key order for string keys: letters before other characters, digit runs by value. */
function goKeyCompare(a, b) {
    if (a.startsWith('\0') || b.startsWith('\0')) {
        // Typed keys (see typedKey): numbers and bools by value, then by kind; text sorts last.
        const [, ka, va] = a.startsWith('\0') ? a.split('\0') : ['', 'string', a];
        const [, kb, vb] = b.startsWith('\0') ? b.split('\0') : ['', 'string', b];
        const num = (k, v) => (k === 'bool' ? (v === 'true' ? 1 : 0) : k === 'int' || k === 'float' ? Number(v) : undefined);
        const na = num(ka, va);
        const nb = num(kb, vb);
        const ord = (k) => KIND_ORDER[k] ?? 24;
        if (na !== undefined && nb !== undefined)
            return na !== nb ? na - nb : ord(ka) - ord(kb);
        return ord(ka) - ord(kb);
    }
    const ar = [...a];
    const br = [...b];
    const isLetter = (c) => /\p{L}/u.test(c);
    const isDigit = (c) => c !== undefined && c >= '0' && c <= '9';
    for (let i = 0; i < ar.length && i < br.length; i++) {
        if (ar[i] === br[i])
            continue;
        const al = isLetter(ar[i]);
        const bl = isLetter(br[i]);
        if (al && bl)
            return ar[i] < br[i] ? -1 : 1;
        if (al || bl)
            return bl ? -1 : 1;
        let an = 0;
        let bn = 0;
        if (ar[i] === '0' || br[i] === '0') {
            for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
                if (ar[j] !== '0') {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        let ai = i;
        let bi = i;
        for (; ai < ar.length && isDigit(ar[ai]); ai++)
            an = an * 10 + Number(ar[ai]);
        for (; bi < br.length && isDigit(br[bi]); bi++)
            bn = bn * 10 + Number(br[bi]);
        if (an !== bn)
            return an < bn ? -1 : 1;
        if (ai !== bi)
            return ai < bi ? -1 : 1;
        return ar[i] < br[i] ? -1 : 1;
    }
    return ar.length - br.length;
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