"use strict";
exports.id = 359;
exports.ids = [359];
exports.modules = {

/***/ 4822:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _hld_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(237);
/* harmony import */ var _hld_set_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2426);
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
        const pairs = file ? (0,_hld_set_js__WEBPACK_IMPORTED_MODULE_2__/* .flattenFile */ .F)(await (0,_hld_set_js__WEBPACK_IMPORTED_MODULE_2__/* .readSetFile */ .R)(file), file) : [];
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