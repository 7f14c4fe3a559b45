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
when --subcomponent is given. The file is written byte for byte as fab set writes it (the whole
file marshalled again: keys sorted, comments dropped); where fab set would crash or drop the
value, set stops and names the entry.

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
/* harmony import */ var _yaml11_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(275);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(237);
/* harmony import */ var _yaml_engine_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(617);







/**
 * `fab set`: writes each value, as a string, into `config/<environment>.yaml` (or the existing
 * `.json`) at subcomponents.<a>.subcomponents.<b>.config.<key path>, and writes the file the way
 * fab set writes it, byte for byte: the whole file read as Fabrikate reads it and marshalled again
 * (fields in Fabrikate's order, map keys sorted, comments dropped, aliases expanded). Where fab set
 * panics or silently drops the value, ringway stops with an error naming the file and the entry.
 */
async function setConfig(opts) {
    (0,_names_js__WEBPACK_IMPORTED_MODULE_5__/* .checkEnvironmentName */ .r0)(opts.environment);
    await (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_6__/* .loadYaml */ .y)();
    const yamlFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(opts.componentDir, 'config', `${opts.environment}.yaml`);
    const jsonFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(opts.componentDir, 'config', `${opts.environment}.json`);
    const useJson = !(await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .exists */ .t2)(yamlFile)) && (await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .exists */ .t2)(jsonFile));
    const file = useJson ? jsonFile : yamlFile;
    const rel = `config/${opts.environment}.${useJson ? 'json' : 'yaml'}`;
    const before = (await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .exists */ .t2)(file)) ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8') : undefined;
    const root = before === undefined ? newConfig() : useJson ? readJsonConfig(before, rel) : readYamlConfig(before, rel);
    const at = opts.subcomponent.length ? `subcomponents.${opts.subcomponent.join('.subcomponents.')}` : '';
    for (const pair of opts.pairs) {
        const full = [...opts.subcomponent.flatMap((s) => ['subcomponents', s]), 'config', ...pair.keyPath].join('.');
        if (opts.noNewConfigKeys && !hasConfig(root, opts.subcomponent, pair.keyPath, rel)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${rel}: '${full}' does not exist and --no-new-config-keys is on`);
        }
        const target = subcomponentConfig(root, opts.subcomponent, rel);
        if (!target.config) {
            // fab set writes into the entry's missing config map and panics.
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${rel}: '${at}' has no 'config' mapping to set '${pair.keyPath.join('.')}' in (fab set crashes here); add 'config: {}' to it`);
        }
        setValue(target.config, pair.keyPath, pair.value, rel, full);
    }
    const text = useJson ? marshalJsonConfig(root) : marshalYamlConfig(root, 0) || '{}\n';
    if (text === before)
        return { file: rel, changed: false };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, text);
    return { file: rel, changed: true };
}
function newConfig() {
    return { namespace: '', injectNamespace: false, disabled: false, config: {}, subcomponents: {} };
}
/** yaml.v2 into the ComponentConfig struct: values as yaml.v2 reads them, `namespace` as its text. */
function readYamlConfig(text, rel) {
    const data = (0,_yaml11_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYaml11 */ .z1)(text, { display: rel, floats: true });
    const texts = (0,_yaml11_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYaml11 */ .z1)(text, { display: rel, text: true });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${rel}: invalid JSON: ${err.message}`);
    }
    if (data === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${rel}: invalid JSON: the file is empty`);
    return toNode(data, data, rel, '', true);
}
function toNode(raw, texts, rel, at, top) {
    const where = (k) => `${rel}: '${at}${k}'`;
    if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(raw))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${rel}: ${at ? `'${at.slice(0, -1)}'` : 'the file'} must be a mapping`);
    const t = (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(texts) ? texts : {};
    // The root starts as fab's NewComponentConfig (config and subcomponents present); entries read
    // from the file have only what the file gives them.
    const node = top ? newConfig() : { namespace: '', injectNamespace: false, disabled: false };
    if (raw.namespace !== undefined && raw.namespace !== null) {
        if (typeof t.namespace !== 'string')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where('namespace')} must be a string`);
        node.namespace = t.namespace;
    }
    for (const key of ['injectNamespace', 'disabled']) {
        const v = raw[key];
        if (v === undefined || v === null)
            continue;
        if (typeof v !== 'boolean')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where(key)} must be true or false`);
        node[key] = v;
    }
    if (raw.config !== undefined) {
        if (raw.config === null)
            node.config = undefined;
        else if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(raw.config) || raw.config instanceof _yaml11_js__WEBPACK_IMPORTED_MODULE_4__/* .GoFloat */ .LK)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where('config')} must be a mapping`);
        else
            node.config = raw.config;
    }
    if (raw.subcomponents !== undefined) {
        if (raw.subcomponents === null)
            node.subcomponents = undefined;
        else if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(raw.subcomponents))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where('subcomponents')} must be a mapping of subcomponent names`);
        else {
            const subs = top && node.subcomponents ? node.subcomponents : {};
            const subTexts = (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(t.subcomponents) ? t.subcomponents : {};
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
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${rel}: 'subcomponents.${path.slice(0, i).join('.subcomponents.')}' has no 'subcomponents' mapping for '${name}' (fab set would drop the value); add 'subcomponents: {}' to it`);
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
        if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(level) || level instanceof _yaml11_js__WEBPACK_IMPORTED_MODULE_4__/* .GoFloat */ .LK)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${rel}: cannot look up '${keyPath.join('.')}': '${keyPath.slice(0, i).join('.')}' holds a value, not a mapping`);
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
        if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(next) || next instanceof _yaml11_js__WEBPACK_IMPORTED_MODULE_4__/* .GoFloat */ .LK) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${rel}: cannot set '${full}': '${keyPath.slice(0, i + 1).join('.')}' holds ${next === null ? 'null' : 'a value'}, not a mapping`);
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
        return (0,_yaml11_js__WEBPACK_IMPORTED_MODULE_4__/* .goMarshal */ .vy)(wrapped).split('\n').slice(depth).join('\n');
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
        for (const name of Object.keys(subs).sort(_yaml11_js__WEBPACK_IMPORTED_MODULE_4__/* .goKeyCompare */ .Ry)) {
            const inner = marshalYamlConfig(subs[name], depth + 2);
            const wrap = (v) => {
                let wrapped = { [name]: v };
                for (let i = 0; i < depth + 1; i++)
                    wrapped = { x: wrapped };
                return (0,_yaml11_js__WEBPACK_IMPORTED_MODULE_4__/* .goMarshal */ .vy)(wrapped).split('\n').slice(depth + 1).join('\n');
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
            o.subcomponents = Object.fromEntries(Object.keys(n.subcomponents).sort(compareUtf8).map((k) => [k, ordered(n.subcomponents[k])]));
        }
        return o;
    };
    return JSON.stringify(ordered(node), null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function sortKeys(v) {
    if (Array.isArray(v))
        return v.map(sortKeys);
    if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(v))
        return v;
    return Object.fromEntries(Object.keys(v).sort(compareUtf8).map((k) => [k, sortKeys(v[k])]));
}
/** Go sorts map keys by their UTF-8 bytes. */
function compareUtf8(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
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
function load(text, rel) {
    const doc = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_6__/* .yaml */ .o)().parseDocument(text, { uniqueKeys: false });
    if (doc.errors.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${rel}: invalid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    doc.toJS({ maxAliasCount: _files_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_ALIASES */ .K1 }); // refuses alias bombs before any edit
    return doc;
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