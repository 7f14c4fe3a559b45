"use strict";
exports.id = 758;
exports.ids = [758];
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
// EXTERNAL MODULE: ./lib/hld/tree.ts + 1 modules
var tree = __webpack_require__(1740);
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

/***/ 2729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ assertEntriesInside),
/* harmony export */   RN: () => (/* binding */ assertTreeInside),
/* harmony export */   nx: () => (/* binding */ inside),
/* harmony export */   wG: () => (/* binding */ assertNoLinkOnPath),
/* harmony export */   yp: () => (/* binding */ assertResolvesInside)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8115);
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8627);




/**
 * Symlinks are never followed out of a checkout or a source folder. A checkout's content (HLD,
 * manifest repository, fetched component) is untrusted: a committed link to `/home/runner` must not
 * make a step read, write or delete there. These checks run before any read or write, dry-run too.
 */
/** Whether `path` is `root` or below it (by name; links are not followed). */
function inside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel));
}
/**
 * Proves that `path` (which may not exist yet) resolves inside `root` once every link on the way is
 * followed: the deepest existing part of it is resolved; a dangling link is refused (writing
 * through it would create its target, wherever that is). `what` starts the error line.
 */
async function assertResolvesInside(root, path, what) {
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root);
    let p = path;
    for (;;) {
        if (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(p).then(() => true, () => false))
            break;
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p);
        if (up === p)
            return;
        p = up;
    }
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(p).catch(() => undefined);
    if (!real || !inside(realRoot, real)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${what}: '${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, p) || '.'}' is a symbolic link that leads outside ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(root), root) || root}; links are never followed out of a checkout`);
    }
}
/** Refuses when any existing part of `rel` under `root` is a symbolic link, wherever it points. */
async function assertNoLinkOnPath(root, rel, what) {
    let p = root;
    for (const part of rel.split(/[\\/]+/).filter((x) => x && x !== '.')) {
        p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(p, part);
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(p).catch(() => undefined);
        if (!st)
            return;
        if (st.isSymbolicLink())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${what}: '${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, p)}' is a symbolic link in the repository; ringway does not follow links out of a checkout`);
    }
}
/** Every link among `names` directly in `dir` (and, for a folder, its entries) must resolve inside `root`. */
async function assertEntriesInside(root, dir, names, what) {
    for (const name of names) {
        const p = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(p).catch(() => undefined);
        if (!st)
            continue;
        if (st.isSymbolicLink())
            await assertResolvesInside(root, p, what);
        else if (st.isDirectory()) {
            for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(p, { withFileTypes: true }))
                if (e.isSymbolicLink())
                    await assertResolvesInside(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(p, e.name), what);
        }
    }
}
/** Every link anywhere under `dir` must resolve inside `root` (a chart, a static or kustomize folder). */
async function assertTreeInside(root, dir, what) {
    await assertResolvesInside(root, dir, what);
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(dir).catch(() => undefined))?.isDirectory())
        return;
    for await (const { path, entry } of (0,_walk_js__WEBPACK_IMPORTED_MODULE_3__/* .walkFiles */ .F)(dir, { skip: (e) => e.isDirectory() && e.name === '.git', skipUnreadable: true })) {
        if (entry.isSymbolicLink())
            await assertResolvesInside(root, path, what);
    }
}


/***/ }),

/***/ 8627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ walkFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Every entry under `dir` that is not a folder (files, symlinks, others), depth first in the order
 * the file system lists them, with its full path. Folders are entered, never yielded; a symlink is
 * yielded, never followed, so a walk cannot leave the tree or loop.
 */
async function* walkFiles(dir, opts = {}) {
    const entries = opts.skipUnreadable ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true }).catch(() => []) : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    for (const entry of entries) {
        if (opts.skip?.(entry))
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
        if (entry.isDirectory())
            yield* walkFiles(path, opts);
        else
            yield { path, entry };
    }
}


/***/ }),

/***/ 6668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a4: () => (/* binding */ isInlined),
/* harmony export */   yQ: () => (/* binding */ loadDefinition)
/* harmony export */ });
/* unused harmony export normalize */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8115);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8290);
/* harmony import */ var _yaml11_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4612);





const TYPES = new Set(['component', 'helm', 'static', 'kustomize']);
const METHODS = new Set(['local', 'git', 'helm', 'http', '']);
const HOOKS = new Set(['before-install', 'after-install', 'before-generate', 'after-generate']);
/** Loads `component.yaml`, else `component.json`, from a component folder. */
async function loadDefinition(dir, display) {
    for (const file of ['component.yaml', 'component.json']) {
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, file);
        if (await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .exists */ .t2)(full)) {
            const shown = `${display === '.' ? '' : `${display}/`}${file}`;
            // Fabrikate reads every field into a Go string: `version: 1.10` is "1.10", not 1.1.
            const raw = file.endsWith('.json') ? await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .loadDataFile */ .Fn)(full, shown) : (0,_yaml11_js__WEBPACK_IMPORTED_MODULE_4__/* .parseYaml11 */ .z1)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(full, 'utf8'), { display: shown, text: true });
            return normalize(raw, shown);
        }
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`component '${display}': no component.yaml or component.json in ${display}`);
}
function str(v, field, where) {
    if (v === undefined || v === null)
        return '';
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where}: '${field}' must be a string`);
}
function normalize(raw, where) {
    if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(raw))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where}: a component definition must be a mapping`);
    const name = str(raw.name, 'name', where);
    if (!name)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where}: component has no 'name'`);
    if (/[/\\]|^\.\.?$/.test(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where}: component name '${name}' may not contain '/' or be '.' or '..'`);
    // `generator` is Fabrikate's deprecated spelling of `type`, and wins when both are set.
    const type = str(raw.generator, 'generator', where) || str(raw.type, 'type', where) || 'component';
    if (!TYPES.has(type))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where}: component '${name}' has unknown type '${type}'`);
    const method = str(raw.method, 'method', where);
    if (!METHODS.has(method))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where}: component '${name}' has unknown method '${method}'`);
    const hooks = {};
    if (raw.hooks !== undefined && raw.hooks !== null) {
        if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(raw.hooks))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where}: 'hooks' of '${name}' must be a mapping`);
        for (const [hook, cmds] of Object.entries(raw.hooks)) {
            if (!HOOKS.has(hook))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where}: unknown hook '${hook}' in '${name}'`);
            if (!Array.isArray(cmds))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where}: hook '${hook}' of '${name}' must be a list of commands`);
            hooks[hook] = cmds.map((c) => str(c, `hooks.${hook}`, where));
        }
    }
    const repositories = {};
    if ((0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(raw.repositories))
        for (const [k, v] of Object.entries(raw.repositories))
            repositories[k] = str(v, `repositories.${k}`, where);
    const subs = raw.subcomponents ?? [];
    if (!Array.isArray(subs))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where}: 'subcomponents' of '${name}' must be a list`);
    const subcomponents = subs.map((s, i) => normalize(s, `${where} subcomponents[${i}]`));
    const seen = new Set();
    for (const s of subcomponents) {
        if (seen.has(s.name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${where}: two subcomponents of '${name}' are named '${s.name}'`);
        seen.add(s.name);
    }
    return {
        name,
        type: type,
        method: method,
        source: str(raw.source, 'source', where),
        path: str(raw.path, 'path', where),
        version: str(raw.version, 'version', where),
        branch: str(raw.branch, 'branch', where),
        hooks,
        repositories,
        subcomponents,
    };
}
/** Helm and static subcomponents are "inlined": they live in their parent's folder and config. */
function isInlined(def) {
    return def.type !== 'component';
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


/***/ }),

/***/ 5574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ limiter),
/* harmony export */   d: () => (/* binding */ pool)
/* harmony export */ });
// Bounded concurrency for work that spawns processes or does I/O: a pool over a list, and a
// limiter that any number of callers share.
/** Runs `fn` over `items` with at most `limit` at a time; the first failure wins and stops new work. */
async function pool(items, limit, fn) {
    let next = 0;
    let failure;
    const worker = async () => {
        while (failure === undefined && next < items.length) {
            const item = items[next++];
            try {
                await fn(item);
            }
            catch (err) {
                failure ??= err;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (failure !== undefined)
        throw failure;
}
/** A bound on work under way: `limit(fn)` runs fn once fewer than `n` others run. */
function limiter(n) {
    let running = 0;
    const waiting = [];
    return async (fn) => {
        if (running >= n)
            await new Promise((r) => waiting.push(r));
        else
            running++;
        try {
            return await fn();
        }
        finally {
            const next = waiting.shift();
            if (next)
                next(); // the slot passes to the next waiter
            else
                running--;
        }
    };
}


/***/ })

};
;