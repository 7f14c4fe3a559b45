"use strict";
exports.id = 426;
exports.ids = [426];
exports.modules = {

/***/ 2426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ flattenFile),
  readConfigValue: () => (/* binding */ readConfigValue),
  R: () => (/* binding */ readSetFile),
  setConfig: () => (/* binding */ setConfig)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/hld/files.ts
var files = __webpack_require__(8290);
// EXTERNAL MODULE: ./lib/hld/yaml-emit.ts
var yaml_emit = __webpack_require__(8652);
// EXTERNAL MODULE: ./lib/hld/yaml-read.ts
var yaml_read = __webpack_require__(5443);
// EXTERNAL MODULE: ./lib/hld/yaml-resolve.ts
var yaml_resolve = __webpack_require__(4523);
// EXTERNAL MODULE: ./lib/hld/names.ts
var names = __webpack_require__(237);
// EXTERNAL MODULE: ./lib/hld/yaml-engine.ts
var yaml_engine = __webpack_require__(617);
// EXTERNAL MODULE: ./lib/hld/config.ts
var config = __webpack_require__(643);
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
        (0,config/* parseConfig */.o4)(text, rel); // generate reads it too: it must still read
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
        return (0,yaml_emit/* goMarshal */.v)(wrapped).split('\n').slice(depth).join('\n');
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
        for (const name of Object.keys(subs).sort(yaml_emit/* goKeyCompare */.R)) {
            const inner = marshalYamlConfig(subs[name], depth + 2);
            const wrap = (v) => {
                let wrapped = { [name]: v };
                for (let i = 0; i < depth + 1; i++)
                    wrapped = { x: wrapped };
                return (0,yaml_emit/* goMarshal */.v)(wrapped)
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
            cur = (0,files/* isPlainObject */.Qd)(cur) ? cur[k] : undefined;
        v = cur;
    }
    else {
        const { isScalar } = await (0,yaml_engine/* loadYaml */.y)();
        v = text.trim() ? load(text, rel).getIn(path) : undefined;
        if (isScalar(v))
            v = v.value;
    }
    return v === undefined || v === null || typeof v === 'object' ? undefined : String(v);
}
function load(text, rel) {
    const doc = (0,yaml_engine/* yaml */.o)().parseDocument(text, { uniqueKeys: false });
    if (doc.errors.length)
        throw new errors/* RingwayError */.Sy(`${rel}: invalid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    doc.toJS({ maxAliasCount: files/* MAX_ALIASES */.K1 }); // refuses alias bombs before any edit
    return doc;
}
/**
 * `fab set --file values.yaml`: the file read as Fabrikate reads it (YAML 1.1: `off` is false) and
 * its mappings flattened into key paths, each leaf written as Go's "%v" prints it (`false`, `1.5`,
 * `1e+06`, lists as `[a b]`, null as `<nil>`); nested mappings flattened at every depth.
 */
function flattenFile(data, file) {
    if (!(0,files/* isPlainObject */.Qd)(data))
        throw new errors/* UsageError */.eb(`${file}: must hold a mapping`);
    const out = [];
    const walk = (v, keys) => {
        if ((0,files/* isPlainObject */.Qd)(v) && !(v instanceof yaml_resolve/* GoFloat */.LK))
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
        return JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    return (0,yaml_read/* readYaml11File */.aP)(path, { display: path, floats: true });
}
/** Go's fmt "%v" of a value read by yaml.v2. */
function goSprintV(v) {
    if (v === null || v === undefined)
        return '<nil>';
    if (v instanceof yaml_resolve/* GoFloat */.LK)
        return (0,yaml_resolve/* goFloatString */.Ei)(v.value, true);
    if (typeof v === 'number')
        return (0,yaml_resolve/* goFloatString */.Ei)(v);
    if (Array.isArray(v))
        return `[${v.map(goSprintV).join(' ')}]`;
    if ((0,files/* isPlainObject */.Qd)(v))
        return `map[${Object.keys(v)
            .sort()
            .map((k) => `${k}:${goSprintV(v[k])}`)
            .join(' ')}]`;
    return String(v);
}


/***/ })

};
;