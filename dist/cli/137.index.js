"use strict";
exports.id = 137;
exports.ids = [137];
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
var tree = __webpack_require__(8621);
;// CONCATENATED MODULE: ./lib/hld/install.ts







/**
 * `fab install`: visits the tree with common config only, runs the install hooks and fetches every
 * remote source (git components, helm charts, static files over http) into the cache, so that a
 * later generate needs no network.
 */
async function install(opts) {
    const hld = (0,external_node_path_.resolve)(opts.hld);
    const sources = new hld_sources/* SourceCache */.G5((0,external_node_path_.resolve)(opts.cacheDir || (0,hld_sources/* defaultCacheDir */.$g)()), opts.access, opts.localSources);
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
    const nodes = await (0,tree/* walkTree */.I)({
        hld,
        environments: [],
        sources,
        warn: opts.warn ?? opts.log ?? (() => undefined),
        visit,
    });
    opts.log?.(`installed ${nodes.length} components, ${fetched} remote sources cached in ${sources.dir}`);
    return { components: nodes.length, fetched };
}

// EXTERNAL MODULE: ./lib/hosts/cli.ts + 1 modules
var cli = __webpack_require__(3931);
// EXTERNAL MODULE: ./lib/hosts/cli-args.ts
var cli_args = __webpack_require__(9728);
// EXTERNAL MODULE: ./lib/steps/access-inputs.ts
var access_inputs = __webpack_require__(4094);
;// CONCATENATED MODULE: ./lib/cli/commands/install.ts





const command = {
    help: `ringway install [path] [--cache-dir <dir>] [--concurrency <n>] [--access-tokens <VARIABLE=host>]
                 [--local-sources <dirs>]

Like Fabrikate's \`fab install [path]\`: walks the HLD at path (default .) with its common config,
runs the before-install and after-install hooks, and fetches every remote source (method git
components, helm charts, static files over http) into the cache, so a later \`ringway generate\`
needs no network. Tokens for private sources: only those --access-tokens allows, each for the
hosts it names; an access.yaml may pick among them for a source, as in Fabrikate, never add one.

Options:
  --cache-dir <dir>     Cache folder (default ~/.cache/ringway, or RINGWAY_CACHE_DIR)
  --concurrency <n>     Sources fetched at once (default: CPU cores)
  --access-tokens <VARIABLE=host>
                        Send the token in environment variable VARIABLE to that host (repeatable,
                        or comma-separated; RINGWAY_ACCESS_TOKENS)
  --local-sources <dirs> Comma-separated folders whose repositories git components may name by
                        path or file:// URL (by default only remote repositories)
`,
    async run(argv) {
        const { flags, positionals } = (0,cli_args/* parseArgs */.Zy)(argv, [
            { name: 'cache-dir' },
            { name: 'concurrency' },
            ...(0,cli_args/* flagSpecsFor */.Mv)([access_inputs/* accessTokensInput */.V]),
            { name: 'local-sources' },
        ]);
        if (positionals.length > 1)
            throw new errors/* UsageError */.eb('ringway install takes at most one path');
        const concurrency = flags.get('concurrency');
        if (concurrency !== undefined && !/^[1-9]\d*$/.test(concurrency))
            throw new errors/* UsageError */.eb(`option --concurrency must be a positive integer, got '${concurrency}'`);
        const access = (0,access_inputs/* accessTokens */.H)((0,cli.commandInputs)({ inputs: [access_inputs/* accessTokensInput */.V] }, flags));
        for (const v of access.unset())
            process.stderr.write(`warning: --access-tokens: environment variable ${v} is not set; no token is sent for its hosts\n`);
        const result = await install({
            hld: positionals[0] ?? '.',
            cacheDir: flags.get('cache-dir') ?? process.env.RINGWAY_CACHE_DIR,
            concurrency: concurrency ? Number(concurrency) : undefined,
            access,
            localSources: (flags.get('local-sources') ?? '')
                .split(',')
                .map((f) => f.trim())
                .filter(Boolean),
            log: (l) => process.stderr.write(`${l}\n`),
            warn: (l) => process.stderr.write(`warning: ${l}\n`),
        });
        process.stdout.write(`components=${result.components}\nfetched=${result.fetched}\n`);
        return 0;
    },
};


/***/ }),

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


/***/ })

};
;