"use strict";
exports.id = 539;
exports.ids = [539];
exports.modules = {

/***/ 9539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/pool.ts
var pool = __webpack_require__(5574);
// EXTERNAL MODULE: ./lib/hld/chart-path.ts + 1 modules
var chart_path = __webpack_require__(6322);
// EXTERNAL MODULE: ./lib/hld/hooks.ts
var hooks = __webpack_require__(6297);
// EXTERNAL MODULE: ./lib/hld/sources.ts
var hld_sources = __webpack_require__(3367);
// EXTERNAL MODULE: ./lib/hld/tree.ts
var tree = __webpack_require__(2861);
;// CONCATENATED MODULE: ./lib/hld/install.ts







/**
 * `fab install`: visits the tree with common config only, runs the install hooks and fetches every
 * remote source (git components, helm charts, static files over http) into the cache, so that a
 * later generate needs no network.
 */
async function install(opts) {
    const hld = (0,external_node_path_.resolve)(opts.hld);
    const sources = new hld_sources/* SourceCache */.G((0,external_node_path_.resolve)(opts.cacheDir || (0,hld_sources/* defaultCacheDir */.$)()));
    const limit = (0,pool/* limiter */.T)(opts.concurrency || (0,external_node_os_.cpus)().length);
    let fetched = 0;
    // As in Fabrikate, a component's install (hooks included) ends before its subcomponents are read.
    const visit = (node) => limit(async () => {
        const { def } = node;
        await (0,hooks/* runHooks */.E)(node, 'before-install');
        if (def.type === 'helm' && (def.method === 'helm' || def.method === 'git') && def.source) {
            await (0,chart_path/* chartPath */.Y)(node, sources); // the chart and the dependencies it lacks
            fetched++;
        }
        else if (def.method === 'helm' && def.source && def.path) {
            await sources.helmChart(def.source, def.path, def.version, node.path);
            fetched++;
        }
        else if (def.method === 'git' && def.source && def.type !== 'component') {
            await sources.git(def.source, def.version, def.branch, node.path);
            fetched++;
        }
        else if (def.method === 'http' && def.source) {
            await sources.http(def.source, def.name, node.path);
            fetched++;
        }
        else if (def.method === 'git' && def.type === 'component') {
            fetched++; // fetched by the walk itself
        }
        await (0,hooks/* runHooks */.E)(node, 'after-install');
    });
    const nodes = await (0,tree/* walkTree */.I)({ hld, environments: [], sources, warn: opts.warn ?? opts.log ?? (() => undefined), visit });
    opts.log?.(`installed ${nodes.length} components, ${fetched} remote sources cached in ${sources.dir}`);
    return { components: nodes.length, fetched };
}

// EXTERNAL MODULE: ./lib/hosts/cli-args.ts
var cli_args = __webpack_require__(9728);
;// CONCATENATED MODULE: ./lib/cli/commands/install.ts



const command = {
    help: `ringway install [path] [--cache-dir <dir>] [--concurrency <n>]

Like Fabrikate's \`fab install [path]\`: walks the HLD at path (default .) with its common config,
runs the before-install and after-install hooks, and fetches every remote source (method git
components, helm charts, static files over http) into the cache, so a later \`ringway generate\`
needs no network. Tokens for private sources come from access.yaml, as in Fabrikate.

Options:
  --cache-dir <dir>     Cache folder (default ~/.cache/ringway, or RINGWAY_CACHE_DIR)
  --concurrency <n>     Sources fetched at once (default: CPU cores)
`,
    async run(argv) {
        const { flags, positionals } = (0,cli_args/* parseArgs */.Zy)(argv, [{ name: 'cache-dir' }, { name: 'concurrency' }]);
        if (positionals.length > 1)
            throw new errors/* UsageError */.eb('ringway install takes at most one path');
        const concurrency = flags.get('concurrency');
        if (concurrency !== undefined && !/^[1-9]\d*$/.test(concurrency))
            throw new errors/* UsageError */.eb(`option --concurrency must be a positive integer, got '${concurrency}'`);
        const result = await install({
            hld: positionals[0] ?? '.',
            cacheDir: flags.get('cache-dir') ?? process.env.RINGWAY_CACHE_DIR,
            concurrency: concurrency ? Number(concurrency) : undefined,
            log: (l) => process.stderr.write(`${l}\n`),
            warn: (l) => process.stderr.write(`warning: ${l}\n`),
        });
        process.stdout.write(`components=${result.components}\nfetched=${result.fetched}\n`);
        return 0;
    },
};


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