"use strict";
exports.id = 422;
exports.ids = [422];
exports.modules = {

/***/ 1584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ removeTempDir),
/* harmony export */   z: () => (/* binding */ removeStaleStaging)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Removes a temporary folder of ours, retrying while something still writes into it (a git that
 * was slow to exit, an antivirus scan). A folder that cannot be removed is reported through `warn`
 * and left: cleanup never turns a step that did its work into a failure.
 */
async function removeTempDir(dir, warn) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true, maxRetries: 6, retryDelay: 100 });
    }
    catch (err) {
        warn?.(`could not remove temporary folder ${dir}: ${err.code ?? err.message}`);
    }
}
/** Whether a process with this id runs on this machine (EPERM: it runs, as another user). */
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/**
 * Removes `.ringway-staging-<pid>-*` folders in `dir` whose generate is gone (killed, out of memory,
 * runner cancelled), and unnamed ones from before staging carried a pid. A running generate's
 * staging folder is left alone.
 */
async function removeStaleStaging(dir, warn) {
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir).catch(() => []);
    for (const name of names) {
        const m = /^\.ringway-staging-(?:(\d+)-)?/.exec(name);
        if (!m)
            continue;
        if (m[1] && alive(Number(m[1])))
            continue;
        await removeTempDir((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), warn);
    }
}


/***/ }),

/***/ 9422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  generate: () => (/* binding */ generate)
});

// UNUSED EXPORTS: defaultConcurrency

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/fs/contained.ts
var contained = __webpack_require__(2729);
// EXTERNAL MODULE: ./lib/fs/temp.ts
var temp = __webpack_require__(1584);
// EXTERNAL MODULE: ./lib/fs/walk.ts
var walk = __webpack_require__(8627);
// EXTERNAL MODULE: ./lib/pool.ts
var pool = __webpack_require__(5574);
// EXTERNAL MODULE: ./lib/hld/files.ts
var hld_files = __webpack_require__(8290);
// EXTERNAL MODULE: ./lib/hld/definition.ts
var definition = __webpack_require__(6668);
// EXTERNAL MODULE: ./lib/hld/hooks.ts
var hooks = __webpack_require__(6297);
// EXTERNAL MODULE: ./lib/hld/names.ts
var hld_names = __webpack_require__(237);
// EXTERNAL MODULE: ./lib/hld/parsed-files.ts
var parsed_files = __webpack_require__(5766);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/hash.ts
var hash = __webpack_require__(2604);
// EXTERNAL MODULE: ./lib/exec.ts
var exec = __webpack_require__(3361);
// EXTERNAL MODULE: ./lib/hld/chart-path.ts + 1 modules
var chart_path = __webpack_require__(6322);
// EXTERNAL MODULE: ./lib/hld/yaml-emit.ts
var yaml_emit = __webpack_require__(8652);
// EXTERNAL MODULE: ./lib/hld/yaml-read.ts
var yaml_read = __webpack_require__(5443);
// EXTERNAL MODULE: ./lib/hld/yaml-engine.ts
var yaml_engine = __webpack_require__(617);
;// CONCATENATED MODULE: ./lib/hld/render.ts









/**
 * Keeps the documents of a multi-document stream that parse to a non-empty mapping, each written
 * as `---\n<text>\n` — byte for byte the way Fabrikate cleans `helm template` output (it splits on
 * "\n---" and keeps each chunk's text as it was, warnings and empty documents dropped). After loadYaml().
 */
function cleanManifests(manifests) {
    let out = '';
    for (const chunk of manifests.split('\n---')) {
        const doc = (0,hld_files/* firstDocument */.cX)(chunk);
        if (!(0,hld_files/* isPlainObject */.Qd)(doc) || Object.keys(doc).length === 0)
            continue;
        out += `---\n${chunk}\n`;
    }
    return out;
}
/**
 * Sets metadata.namespace where a document has metadata but no namespace. Documents are
 * re-serialised (keys sorted, as Fabrikate's YAML library writes them); order is kept. After loadYaml().
 */
function injectNamespace(manifests, namespace) {
    let out = '';
    for (const chunk of manifests.split('\n---')) {
        const doc = (0,yaml_read/* firstDocument11 */.Ym)(chunk);
        if (!(0,hld_files/* isPlainObject */.Qd)(doc) || Object.keys(doc).length === 0)
            continue;
        const meta = doc.metadata;
        if ((0,hld_files/* isPlainObject */.Qd)(meta) && (meta.namespace === undefined || meta.namespace === null))
            meta.namespace = namespace;
        out += `---\n${(0,yaml_emit/* goMarshal */.v)(doc)}\n`;
    }
    return out;
}
/** How values files are written; part of the render cache key, so renders from before a change are not reused. */
const VALUES_FORMAT = 'yaml.v2';
/**
 * helm is a short-lived Go process: about 60 of its ~75 ms per render are package init (k8s
 * schemes, kubectl, JSON schema), which allocates heavily, so much of a render's CPU is garbage
 * collection. A heap allowed to grow to 5× its live size (GOGC=400; Go's default is 100) measured
 * here, five interleaved rounds: 40 renders of small charts 2.52 s CPU at GOGC=200 → 2.29 s, a
 * 3.5 MB render of 20,000 objects 1.79 s → 1.60 s, its peak memory 109 → 139 MiB; ordinary
 * charts stay at ~55 MiB. (GOGC=off with a GOMEMLIMIT saved about as much but makes a render whose
 * live heap passes the limit collect without pause.) A GOGC the user set is kept.
 */
const HELM_ENV = { GOGC: process.env.GOGC ?? '400' };
/** `helm template <release> <chart> --values <config> --namespace <ns>`, cleaned as Fabrikate does. */
async function renderHelm(r) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ringway-values-'));
    const valuesFile = (0,external_node_path_.join)(dir, 'values.yaml');
    try {
        // Quoted where YAML 1.1 would read another type: helm must see "off" as text, as with fab.
        await (0,promises_.writeFile)(valuesFile, (0,yaml_emit/* goMarshal */.v)(r.values ?? {}), { mode: 0o600 });
        const ns = r.namespace || 'default';
        const res = await (0,exec/* exec */.m0)('helm', ['template', `--values=${valuesFile}`, `--namespace=${ns}`, '--', r.release, r.chart], { allowFailure: true, env: HELM_ENV, label: `helm template of component '${r.who}'` });
        if (res.code !== 0)
            throw new errors/* RingwayError */.Sy(`component '${r.who}': helm template failed: ${(0,exec/* lastLines */.w$)(res.stderr, 2)}`);
        await (0,yaml_engine/* loadYaml */.y)();
        // fab reads helm's combined output: warnings helm prints first (a symlinked subchart) make the
        // first chunk of the manifest start on an empty line. Its warnings come before the manifest.
        const cleaned = cleanManifests(res.stderr + res.stdout);
        return r.injectNamespace && r.namespace ? injectNamespace(cleaned, r.namespace) : cleaned;
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/**
 * Every file of a folder in name order, each as `---\n<content>\n` (Fabrikate's static
 * generator), byte for byte: a file that is not UTF-8 (Latin-1 text, binary) is copied as it is.
 * ringway also accepts a single file, which Fabrikate 0.x does not.
 */
async function renderStatic(path, who) {
    const st = await (0,promises_.stat)(path).catch(() => undefined);
    if (!st)
        throw new errors/* RingwayError */.Sy(`component '${who}': static path ${path} does not exist`);
    if (st.isFile())
        return framed([await (0,promises_.readFile)(path)]);
    // Go's ioutil.ReadDir sorts names by their UTF-8 bytes; JavaScript compares UTF-16 code units,
    // which orders 'ﬁ' (U+FB01) after '😀' (a surrogate pair) where Go puts it before.
    const names = (await (0,promises_.readdir)(path)).sort(compareUtf8);
    const parts = [];
    for (const name of names) {
        const full = (0,external_node_path_.join)(path, name);
        if ((await (0,promises_.stat)(full)).isDirectory())
            throw new errors/* RingwayError */.Sy(`component '${who}': static folder ${path} contains a folder '${name}'; only files are read`);
        parts.push(await (0,promises_.readFile)(full));
    }
    return framed(parts);
}
const SEPARATOR = Buffer.from('---\n');
const NEWLINE = Buffer.from('\n');
function framed(parts) {
    return Buffer.concat(parts.flatMap((p) => [SEPARATOR, p, NEWLINE]));
}
/** Byte order of the UTF-8 encodings, as Go compares strings. */
function compareUtf8(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/** `kubectl kustomize <dir>`, one `---` document per resource. */
async function renderKustomize(path, namespace, inject, who) {
    // Remote resources make kubectl fetch with no timeout of its own: the step's deadline bounds it.
    const res = await (0,exec/* exec */.m0)('kubectl', ['kustomize', '--', path], {
        allowFailure: true,
        label: `kubectl kustomize of component '${who}'`,
    });
    if (res.code !== 0)
        throw new errors/* RingwayError */.Sy(`component '${who}': kubectl kustomize failed: ${(0,exec/* lastLines */.w$)(res.stderr, 2)}`);
    const docs = res.stdout
        .split(/^---\s*$/m)
        .map((d) => d.replace(/^\n+|\n+$/g, ''))
        .filter(Boolean);
    const out = docs.map((d) => `---\n${d}\n`).join('');
    if (!inject || !namespace)
        return out;
    await (0,yaml_engine/* loadYaml */.y)();
    return injectNamespace(out, namespace);
}

// EXTERNAL MODULE: ./lib/hld/tree.ts + 1 modules
var tree = __webpack_require__(8621);
;// CONCATENATED MODULE: ./lib/hld/render-cache.ts











/**
 * A component's values as cache-key text: JSON (a hundred times cheaper than YAML, which a warm run
 * paid per component), with what JSON cannot tell apart made distinct: NaN, ±Infinity and -0, and
 * objects that are not plain data (dates, GoFloat) become the text "\u0001<kind>:<value>"; a string
 * or key of the user's that starts with \0 or \u0001 gets a \0 in front, so none reads as a tag.
 * Equal text means equal values, so a cached render is never reused for other values.
 */
function valuesKey(values) {
    const esc = (s) => (s.startsWith('\0') || s.startsWith('\u0001') ? `\0${s}` : s);
    // A returned string is written as it is (not visited again), so tags are strings.
    return JSON.stringify(values, function (key) {
        const raw = this[key];
        if (typeof raw === 'string')
            return esc(raw);
        if (typeof raw === 'number')
            return Number.isFinite(raw) && !Object.is(raw, -0) ? raw : `\u0001number:${String(raw)}`;
        if (typeof raw === 'bigint')
            return `\u0001bigint:${String(raw)}`;
        if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
            return raw;
        const proto = Object.getPrototypeOf(raw);
        if (proto !== Object.prototype && proto !== null) {
            return `\u0001${raw.constructor?.name ?? 'object'}:${raw instanceof Date ? raw.toISOString() : `${String(raw)}:${JSON.stringify(Object.entries(raw))}`}`;
        }
        return Object.fromEntries(Object.entries(raw).map(([k, v]) => [esc(k), v]));
    });
}
/** Changes when ringway writes a rendered component differently, so older cache entries are not reused. */
const RENDER_FORMAT = 'render-2';
/** 256 MiB: some 50,000 rendered components of a few KiB. */
const DEFAULT_RENDER_CACHE_BYTES = 256 * 2 ** 20;
/** helm's version by binary (path, size, mtime), as this process asked it. */
const helmVersions = new Map();
/** Renders components, reusing a cached result when chart, values, namespace and helm are unchanged. */
class Renderer {
    cacheDir;
    rendered = 0;
    fromCache = 0;
    helmVersion;
    chartHashes = new Map();
    /** Render cache entries this run read or wrote. */
    used = new Set();
    /** Components whose manifest came from the cache: their render cost was not measured. */
    cachedNodes = new WeakSet();
    constructor(cacheDir) {
        this.cacheDir = cacheDir;
    }
    /**
     * Bounds the render cache: entries this run used are kept (and marked recent); the others go,
     * least recently used first, until the whole cache is under `maxBytes`. Runs of other
     * environments sharing the cache keep their entries while there is room.
     */
    async evict(maxBytes) {
        const dir = (0,external_node_path_.join)(this.cacheDir, 'render');
        const names = await (0,promises_.readdir)(dir).catch(() => []);
        const now = new Date();
        const entries = await Promise.all(names.map(async (name) => {
            const full = (0,external_node_path_.join)(dir, name);
            const st = await (0,promises_.stat)(full).catch(() => undefined);
            if (this.used.has(name))
                await (0,promises_.utimes)(full, now, now).catch(() => undefined);
            return { full, size: st?.size ?? 0, mtime: st?.mtimeMs ?? 0, used: this.used.has(name) };
        }));
        let bytes = entries.reduce((n, e) => n + e.size, 0);
        let removed = 0;
        for (const e of entries.filter((x) => !x.used).sort((a, b) => a.mtime - b.mtime)) {
            if (bytes <= maxBytes)
                break;
            await (0,promises_.rm)(e.full, { force: true });
            bytes -= e.size;
            removed++;
        }
        return { kept: entries.length - removed, removed, bytes };
    }
    /** A component's manifest: text, or bytes for static files (copied as they are). */
    async render(node, sources) {
        const { def, config } = node;
        const who = node.path;
        switch (def.type) {
            case 'component':
                return '';
            case 'static': {
                if (def.method === 'http') {
                    // fab install downloads into components/<name>/ and fab generate reads that whole folder.
                    const installed = await (0,tree/* installedFolder */.Z)(node, 'components', def.name, who);
                    this.rendered++;
                    if (installed) {
                        // The folder is part of the HLD: a committed link in it may not read files outside.
                        await (0,contained/* assertTreeInside */.RN)(node.root, installed, `component '${who}'`);
                        return renderStatic(installed, who);
                    }
                    return renderStatic((0,external_node_path_.join)(await sources.http(def.source, def.name, who), `${def.name}.yaml`), who);
                }
                if (def.method === 'git' && (!def.path || (await (0,hld_files/* exists */.t2)((0,external_node_path_.join)(node.physical, def.path))))) {
                    // fab never fetches a static component: it reads `path` in the HLD, ignoring `source`.
                    // Where that folder exists fab renders it; ringway would render the repository's.
                    throw new errors/* RingwayError */.Sy(`component '${who}': static with method git reads 'path' ${def.path ? `'${def.path}'` : '(empty: the component folder)'} from the repository, but fab reads it from the HLD, ignoring 'source'; ${def.path ? 'rename or remove the folder in the HLD' : "set 'path'"}`);
                }
                const base = def.method === 'git' ? await sources.git(def.source, def.version, def.branch, who) : node.physical;
                const root = def.method === 'git' ? base : node.root;
                this.rendered++;
                const files = await (0,hld_files/* containedPath */.fX)(root, base, def.path || '.', `component '${who}'`);
                await (0,contained/* assertTreeInside */.RN)(root, files, `component '${who}'`);
                return renderStatic(files, who);
            }
            case 'kustomize': {
                const base = def.method === 'git' ? await sources.git(def.source, def.version, def.branch, who) : node.physical;
                const root = def.method === 'git' ? base : node.root;
                this.rendered++;
                const dir = await (0,hld_files/* containedPath */.fX)(root, base, def.path || '.', `component '${who}'`);
                await (0,contained/* assertTreeInside */.RN)(root, dir, `component '${who}'`);
                return renderKustomize(dir, config.namespace, config.injectNamespace, who);
            }
            case 'helm': {
                const { chart, root } = await (0,chart_path/* chartPath */.Y)(node, sources);
                const key = (await (0,hash/* sha256 */.s)())
                    .update(JSON.stringify([
                    RENDER_FORMAT,
                    VALUES_FORMAT,
                    await this.helm(),
                    await this.hashChart(chart, root, who),
                    def.name,
                    config.namespace,
                    config.injectNamespace,
                    valuesKey(config.config ?? {}),
                ]))
                    .digest('hex');
                const cached = (0,external_node_path_.join)(this.cacheDir, 'render', `${key}.yaml`);
                this.used.add(`${key}.yaml`);
                const hit = await (0,promises_.readFile)(cached, 'utf8').catch(() => undefined);
                if (hit !== undefined) {
                    this.fromCache++;
                    this.cachedNodes.add(node);
                    return hit;
                }
                const manifest = await renderHelm({
                    release: def.name,
                    chart,
                    values: config.config,
                    namespace: config.namespace,
                    injectNamespace: config.injectNamespace,
                    who,
                });
                this.rendered++;
                await (0,promises_.mkdir)((0,external_node_path_.join)(this.cacheDir, 'render'), { recursive: true });
                const tmp = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}`;
                await (0,promises_.writeFile)(tmp, manifest);
                await (0,promises_.rename)(tmp, cached);
                return manifest;
            }
        }
    }
    /**
     * Starts finding helm's version (part of every helm render's cache key) now, so that a cold
     * run asks helm while the HLD is still being read instead of before its first render. A failure
     * (no helm) is reported by the first helm component that needs the version, not here: an HLD
     * without one never needs helm.
     */
    warmUp() {
        this.helm().catch(() => undefined);
    }
    /**
     * helm's version, part of every render cache key. Asking helm costs a process per run, so the
     * answer is kept in the cache next to the binary's path, size and mtime, and asked again only
     * when the binary changes; within one process it is also kept per binary (a process that runs
     * many generates on fresh caches, as the conformance suites' do, asks once), and still written
     * to each cache.
     */
    helm() {
        this.helmVersion ??= (async () => {
            const bin = (process.env.PATH ?? '')
                .split(external_node_path_.delimiter)
                .map((d) => (0,external_node_path_.join)(d, 'helm'))
                .find((f) => (0,external_node_fs_.existsSync)(f));
            const st = bin ? await (0,promises_.stat)(bin) : undefined;
            const id = bin && st ? `${bin}:${st.size}:${st.mtimeMs}` : '';
            const file = (0,external_node_path_.join)(this.cacheDir, 'helm-version.json');
            const known = await (0,promises_.readFile)(file, 'utf8').then((t) => JSON.parse(t), () => undefined);
            if (id && known?.id === id)
                return known.version;
            let asked = id ? helmVersions.get(id) : undefined;
            if (!asked) {
                asked = (0,exec/* exec */.m0)('helm', ['version', '--short']).then((r) => r.stdout.trim());
                if (id) {
                    helmVersions.set(id, asked);
                    asked.catch(() => helmVersions.delete(id));
                }
            }
            const version = await asked;
            if (id) {
                await (0,promises_.mkdir)(this.cacheDir, { recursive: true });
                await (0,promises_.writeFile)(file, JSON.stringify({ id, version }));
            }
            return version;
        })();
        return this.helmVersion;
    }
    /**
     * Content hash of every file of a chart (names and bytes), computed once per run. Symlinks are
     * followed as helm follows them (a subchart folder linked from a shared one), but only while
     * they stay inside `root`, the HLD or the fetched source: a link leading out is an error.
     */
    hashChart(dir, root, who) {
        let p = this.chartHashes.get(dir);
        if (!p) {
            p = (async () => {
                const h = await (0,hash/* sha256 */.s)();
                // A packaged chart (.tgz) is one file: its bytes are the chart.
                if ((await (0,promises_.stat)(dir)).isFile())
                    return h.update(await (0,promises_.readFile)(dir)).digest('hex');
                const realRoot = await (0,promises_.realpath)(root);
                const seen = new Set();
                const walk = async (d, real) => {
                    if (seen.has(real))
                        return; // a link back up the tree: helm would loop, we list it once
                    seen.add(real);
                    for (const e of (await (0,promises_.readdir)(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
                        const full = (0,external_node_path_.join)(d, e.name);
                        let isDir = e.isDirectory();
                        let target = (0,external_node_path_.join)(real, e.name);
                        if (e.isSymbolicLink()) {
                            target = await (0,promises_.realpath)(full).catch(() => {
                                throw new errors/* RingwayError */.Sy(`component '${who}': symlink ${(0,external_node_path_.relative)(root, full)} in its chart points to nothing`);
                            });
                            if (!(0,contained/* inside */.nx)(realRoot, target))
                                throw new errors/* RingwayError */.Sy(`component '${who}': symlink ${(0,external_node_path_.relative)(root, full)} in its chart leads outside the HLD`);
                            isDir = (await (0,promises_.stat)(target)).isDirectory();
                        }
                        if (isDir)
                            await walk(full, target);
                        else {
                            h.update((0,external_node_path_.relative)(dir, full)).update('\0');
                            h.update(await (0,promises_.readFile)(full));
                        }
                    }
                };
                await walk(dir, await (0,promises_.realpath)(dir));
                return h.digest('hex');
            })();
            this.chartHashes.set(dir, p);
        }
        return p;
    }
}

// EXTERNAL MODULE: ./lib/hld/shard.ts
var hld_shard = __webpack_require__(5605);
// EXTERNAL MODULE: ./lib/hld/sources.ts
var hld_sources = __webpack_require__(3367);
;// CONCATENATED MODULE: ./lib/hld/generate.ts
// The generate walk: renders a Fabrikate HLD environment set by environment set into staging
// folders that replace the output only when every component succeeded. Rendering and its cache
// are in render-cache.ts, hooks in hooks.ts, `fab install` in install.ts.


















/**
 * Renders a Fabrikate HLD into `<output>/<env…>/`. Components render in parallel, bounded by
 * `concurrency`; each manifest is written to a staging folder as soon as it is ready, and the
 * staging folders replace the previous output only when every component of every environment
 * succeeded, so a failure leaves the previous output as it was.
 */
async function generate(opts) {
    const hld = (0,external_node_path_.resolve)(opts.hld);
    const output = (0,external_node_path_.resolve)(opts.output ?? (0,external_node_path_.join)(hld, 'generated'));
    const log = opts.log ?? (() => undefined);
    const warn = opts.warn ?? log;
    const cacheDir = (0,external_node_path_.resolve)(opts.cacheDir || (0,hld_sources/* defaultCacheDir */.$g)());
    const sources = new hld_sources/* SourceCache */.G5(cacheDir, opts.access, opts.localSources);
    const groups = opts.environments.length ? opts.environments : [[]];
    const names = groups.map(hld_names/* folderName */.ub);
    for (const n of names)
        if (/[/\\]|^\.\.?$/.test(n))
            throw new errors/* RingwayError */.Sy(`environment folder name '${n}' is not valid`);
    // A folder that is not an HLD fails before anything is written: no empty output folder is left.
    if (!(await (0,hld_names/* definitionFile */.yN)(hld)))
        throw (0,definition/* noDefinition */.PK)('.');
    // A committed `generated` link must not carry the output out of the HLD.
    if ((0,contained/* inside */.nx)(hld, output))
        await (0,contained/* assertResolvesInside */.yp)(hld, output, 'output');
    await (0,promises_.mkdir)(output, { recursive: true });
    // Staging is named after this process: one left by a killed run is removed by the next.
    await (0,temp/* removeStaleStaging */.z)(output);
    const staging = await (0,promises_.mkdtemp)((0,external_node_path_.join)(output, `.ringway-staging-${process.pid}-`));
    const renderer = new Renderer(cacheDir);
    renderer.warmUp();
    // Each environment set's walk reads the HLD again; files whose bytes did not change are parsed once.
    const parsed = new parsed_files/* ParsedFiles */.p();
    const limit = (0,pool/* limiter */.T)(opts.concurrency || defaultConcurrency());
    // Render cost per output file (ms, summed over the environment sets), measured where helm or a
    // copy ran: it balances the shards of later runs (shard.ts).
    const measured = new Map();
    const timedRender = async (node) => {
        const start = performance.now();
        const manifest = await renderer.render(node, sources);
        const unit = outputFile(node);
        if (!renderer.cachedNodes.has(node))
            measured.set(unit, (measured.get(unit) ?? 0) + performance.now() - start);
        return manifest;
    };
    try {
        const folders = [];
        let components = 0;
        let done = 0;
        let found = 0;
        let sharded;
        if (opts.shard) {
            sharded = await renderShard({
                ...opts,
                shard: opts.shard,
                hld,
                output,
                groups,
                names,
                staging,
                cacheDir,
                sources,
                parsed,
                renderer,
                limit,
                warn,
                measured,
                render: timedRender,
                folders,
            });
            components = sharded.components;
        }
        // One environment set after another, as Bedrock runs `fab generate` once per FAB_ENVS entry:
        // hooks of one component never run twice at once. Inside a set, components render in parallel.
        for (const [g, envs] of opts.shard ? [] : groups.entries()) {
            const folder = (0,external_node_path_.join)(staging, names[g]);
            await (0,promises_.mkdir)(folder, { recursive: true });
            // Output file → its last writer. Two components write one file when a subcomponent has its
            // parent's name in the parent's folder: fab keeps the one it finishes last, nearly always the
            // subcomponent (it starts after its parent is done), so the deeper component's output is
            // kept here whichever renders first.
            const writers = new Map();
            const failed = []; // the first failure of a render; later ones are its consequences
            const pending = [];
            const renderOne = async (node) => {
                const manifest = await limit(() => timedRender(node));
                await (0,hooks/* runHooks */.E)(node, 'after-generate');
                const file = (0,external_node_path_.join)(folder, outputFile(node));
                const prev = writers.get(file);
                if (prev)
                    warn(`components '${prev.path}' and '${node.path}' both write ${(0,external_node_path_.relative)(staging, file)}; the subcomponent's output is kept, as fab keeps it`);
                if (!prev || prev.depth <= node.depth) {
                    const write = (prev?.done ?? Promise.resolve()).then(async () => {
                        await (0,promises_.mkdir)((0,external_node_path_.join)(folder, node.logical), { recursive: true });
                        await (0,promises_.writeFile)(file, manifest, { mode: 0o644 });
                    });
                    writers.set(file, { depth: node.depth, path: node.path, done: write });
                    await write;
                }
                opts.progress?.({
                    done: ++done,
                    total: found,
                    component: node.path,
                    rendered: renderer.rendered,
                    fromCache: renderer.fromCache,
                });
            };
            const nodes = await (0,tree/* walkTree */.I)({
                hld,
                environments: envs,
                sources,
                warn,
                parsed,
                // Fabrikate's order: a component's before-generate, render and after-generate all end before
                // its subcomponents are read. Only an after-generate hook makes the children wait for the
                // render; without one they are read while it runs (rendering writes nothing into the HLD).
                visit: async (node) => {
                    if (failed.length)
                        throw failed[0];
                    found++;
                    await limit(() => (0,hooks/* runHooks */.E)(node, 'before-generate'));
                    const done = renderOne(node).catch((err) => {
                        failed.push(err);
                    });
                    if ((0,hooks/* hasHook */.A)(node, 'after-generate'))
                        await done;
                    else
                        pending.push(done);
                    if (failed.length)
                        throw failed[0];
                },
            }).catch(async (err) => {
                await Promise.all(pending);
                throw err;
            });
            await Promise.all(pending);
            if (failed.length)
                throw failed[0];
            if (opts.validate)
                await validateFolder(folder, names[g]);
            folders.push({ name: names[g], path: (0,external_node_path_.join)(output, names[g]), files: nodes.length });
            components += nodes.length;
        }
        // Previous folders are moved aside, not deleted in place: deleting a large folder takes a while,
        // and a kill meanwhile would leave half of it for push-manifests to publish.
        const previous = await (0,promises_.mkdtemp)((0,external_node_path_.join)(output, `.ringway-staging-${process.pid}-`));
        try {
            for (const name of names) {
                await (0,promises_.rename)((0,external_node_path_.join)(output, name), (0,external_node_path_.join)(previous, name)).catch((err) => {
                    if (err.code !== 'ENOENT')
                        throw err;
                });
                await (0,promises_.rename)((0,external_node_path_.join)(staging, name), (0,external_node_path_.join)(output, name));
            }
            // A shard record names the files beside it: an older one (another shard, or before an
            // unsharded run) would no longer be true, so it goes; this shard's comes in last.
            for (const name of await (0,promises_.readdir)(output))
                if (hld_shard/* SHARD_RECORD */.PZ.test(name))
                    await (0,promises_.rename)((0,external_node_path_.join)(output, name), (0,external_node_path_.join)(previous, name));
            if (sharded)
                await (0,promises_.rename)((0,external_node_path_.join)(staging, sharded.record), (0,external_node_path_.join)(output, sharded.record));
        }
        finally {
            await (0,promises_.rm)(previous, { recursive: true, force: true });
        }
        await renderer.evict(opts.renderCacheBytes ?? DEFAULT_RENDER_CACHE_BYTES);
        // Every shard of a matrix plans from the one record it restored: only whole runs update it.
        if (!opts.shard)
            await (0,hld_shard/* recordCosts */.IG)(cacheDir, measured).catch(() => undefined);
        log(`generated ${folders.map((f) => f.name).join(', ')} in ${output}${sharded ? ` (shard ${sharded.result.index}/${sharded.result.count}: ${sharded.result.files} of ${sharded.result.of} files)` : ''}: ${renderer.rendered} rendered, ${renderer.fromCache} from cache`);
        return {
            folders,
            components,
            rendered: renderer.rendered,
            fromCache: renderer.fromCache,
            ...(sharded ? { shard: sharded.result } : {}),
        };
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}
/** The file a component writes, relative to its environment folder: `<component folder>/<name>.yaml`. */
function outputFile(node) {
    return external_node_path_.posix.join(node.logical, `${node.def.name}.yaml`);
}
/**
 * One shard of a generate: every shard reads the whole tree and runs every hook, in Fabrikate's
 * order (a hook may shape the tree, so each shard must see the same one); the output files are
 * then split by `planShards` and this shard renders and writes only its own. A component with an
 * after-generate hook is rendered during the walk, before its hook as fab does, on every shard
 * (kept by its owner only). The shard record goes into the staging folder beside the environment
 * folders; it returns the record's name.
 */
async function renderShard(ctx) {
    const { shard, renderer, limit } = ctx;
    const walked = [];
    const early = new Map();
    let found = 0;
    for (const envs of ctx.groups) {
        walked.push(await (0,tree/* walkTree */.I)({
            hld: ctx.hld,
            environments: envs,
            sources: ctx.sources,
            parsed: ctx.parsed,
            warn: ctx.warn,
            visit: async (node) => {
                found++;
                await limit(() => (0,hooks/* runHooks */.E)(node, 'before-generate'));
                if (!(0,hooks/* hasHook */.A)(node, 'after-generate'))
                    return;
                early.set(node, await limit(() => ctx.render(node)));
                await (0,hooks/* runHooks */.E)(node, 'after-generate');
            },
        }));
    }
    const costs = await (0,hld_shard/* readCosts */.PV)(ctx.cacheDir);
    const plan = await (0,hld_shard/* planShards */.tF)(walked.flat().map(outputFile), costs, shard.count);
    const record = { shard: shard.index, of: shard.count, plan: plan.digest, files: [], costs: {} };
    let done = 0;
    let components = 0;
    for (const [g, nodes] of walked.entries()) {
        const folder = (0,external_node_path_.join)(ctx.staging, ctx.names[g]);
        await (0,promises_.mkdir)(folder, { recursive: true });
        const mine = nodes.filter((n) => plan.owner.get(outputFile(n)) === shard.index);
        components += mine.length;
        // Two writers of one file: the deeper one's output is kept, as in a whole run (generate above).
        const kept = new Map();
        for (const n of mine) {
            const prev = kept.get(outputFile(n));
            if (prev)
                ctx.warn(`components '${prev.path}' and '${n.path}' both write ${ctx.names[g]}/${outputFile(n)}; the subcomponent's output is kept, as fab keeps it`);
            if (!prev || prev.depth <= n.depth)
                kept.set(outputFile(n), n);
        }
        const settled = await Promise.allSettled(mine.map(async (n) => {
            const manifest = early.get(n) ?? (await limit(() => ctx.render(n)));
            if (kept.get(outputFile(n)) === n) {
                await (0,promises_.mkdir)((0,external_node_path_.join)(folder, n.logical), { recursive: true });
                await (0,promises_.writeFile)((0,external_node_path_.join)(folder, outputFile(n)), manifest, { mode: 0o644 });
            }
            ctx.progress?.({
                done: ++done,
                total: found,
                component: n.path,
                rendered: renderer.rendered,
                fromCache: renderer.fromCache,
            });
        }));
        const failure = settled.find((r) => r.status === 'rejected');
        if (failure)
            throw failure.reason;
        if (ctx.validate)
            await validateFolder(folder, ctx.names[g]);
        for (const unit of kept.keys()) {
            record.files.push(`${ctx.names[g]}/${unit}`);
            const cost = ctx.measured.get(unit) ?? costs[unit];
            if (cost !== undefined)
                record.costs[unit] = Math.round(cost);
        }
        ctx.folders.push({ name: ctx.names[g], path: (0,external_node_path_.join)(ctx.output, ctx.names[g]), files: kept.size });
    }
    record.files.sort();
    record.costs = (0,hld_shard/* sortedObject */.z2)(record.costs);
    const name = (0,hld_shard/* shardRecordName */.pw)(shard);
    await (0,promises_.writeFile)((0,external_node_path_.join)(ctx.staging, name), `${JSON.stringify(record, null, 2)}
`, { mode: 0o644 });
    return {
        result: {
            index: shard.index,
            count: shard.count,
            plan: plan.digest,
            files: record.files.length,
            of: walked.reduce((n, nodes) => n + new Set(nodes.map(outputFile)).size, 0),
        },
        record: name,
        components,
    };
}
/**
 * Renders at once by default: two per core. Every render is a short `helm template` process
 * whose start-up, file reads and exit leave its core idle for a moment; with one extra per core
 * another render is always ready to take it (the concurrency table in BENCHMARKS.md: cores + 1
 * still left the cores partly idle).
 */
function defaultConcurrency() {
    return (0,external_node_os_.cpus)().length * 2;
}
/** Offline check that each generated document is a Kubernetes object. */
async function validateFolder(folder, name) {
    await (0,yaml_engine/* loadYaml */.y)();
    for await (const { path: file } of (0,walk/* walkFiles */.F)(folder)) {
        if ((await (0,promises_.stat)(file)).size === 0)
            continue;
        const text = await (0,promises_.readFile)(file, 'utf8');
        for (const chunk of text.split(/^---$/m)) {
            if (!chunk.trim())
                continue;
            const doc = (0,hld_files/* firstDocument */.cX)(chunk);
            if (doc === null)
                continue;
            const where = `${name}/${(0,external_node_path_.relative)(folder, file)}`;
            if (!(0,hld_files/* isPlainObject */.Qd)(doc))
                throw new errors/* RingwayError */.Sy(`validate: ${where} holds a document that is not a mapping`);
            const meta = doc.metadata;
            if (typeof doc.apiVersion !== 'string' ||
                typeof doc.kind !== 'string' ||
                !(0,hld_files/* isPlainObject */.Qd)(meta) ||
                typeof meta.name !== 'string') {
                throw new errors/* RingwayError */.Sy(`validate: ${where} holds a document without apiVersion, kind and metadata.name`);
            }
        }
    }
}


/***/ })

};
;