"use strict";
exports.id = 711;
exports.ids = [711];
exports.modules = {

/***/ 6711:
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/fs/walk.ts



/**
 * Every entry under `dir` that is not a folder (files, symlinks, others), depth first in the order
 * the file system lists them, with its full path. Folders are entered, never yielded; a symlink is
 * yielded, never followed, so a walk cannot leave the tree or loop.
 */
async function* walkFiles(dir, opts = {}) {
    const entries = opts.skipUnreadable
        ? await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => [])
        : await (0,promises_.readdir)(dir, { withFileTypes: true });
    for (const entry of entries) {
        if (opts.skip?.(entry))
            continue;
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory())
            yield* walkFiles(path, opts);
        else
            yield { path, entry };
    }
}
/**
 * walkFiles with synchronous reads of each folder: for a walk that reads every file anyway,
 * hundreds of folder reads each awaited through the thread pool cost more in wake-ups than in
 * reading. The caller yields to the event loop as it sees fit.
 */
function* walkFilesSync(dir, opts = {}) {
    let entries;
    try {
        entries = readdirSync(dir, { withFileTypes: true });
    }
    catch (err) {
        if (opts.skipUnreadable)
            return;
        throw err;
    }
    // The names come from the folder: no `..` or doubled `/` to normalise away (join's cost here).
    const base = dir.endsWith(sep) ? dir : `${dir}${sep}`;
    for (const entry of entries) {
        if (opts.skip?.(entry))
            continue;
        const path = `${base}${entry.name}`;
        if (entry.isDirectory())
            yield* walkFilesSync(path, opts);
        else
            yield { path, entry };
    }
}

;// CONCATENATED MODULE: ./lib/fs/contained.ts




/**
 * Symlinks are never followed out of a checkout or a source folder. A checkout's content (HLD,
 * manifest repository, fetched component) is untrusted: a committed link to `/home/runner` must not
 * make a step read, write or delete there. These checks run before any read or write, dry-run too.
 */
/** Whether `path` is `root` or below it (by name; links are not followed). */
function inside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel));
}
/**
 * Proves that `path` (which may not exist yet) resolves inside `root` once every link on the way is
 * followed: the deepest existing part of it is resolved; a dangling link is refused (writing
 * through it would create its target, wherever that is). `what` starts the error line.
 */
async function assertResolvesInside(root, path, what) {
    const realRoot = await (0,promises_.realpath)(root);
    let p = path;
    for (;;) {
        if (await (0,promises_.lstat)(p).then(() => true, () => false))
            break;
        const up = (0,external_node_path_.dirname)(p);
        if (up === p)
            return;
        p = up;
    }
    const real = await (0,promises_.realpath)(p).catch(() => undefined);
    if (!real || !inside(realRoot, real)) {
        throw new errors/* RingwayError */.Sy(`${what}: '${(0,external_node_path_.relative)(root, p) || '.'}' is a symbolic link that leads outside ${(0,external_node_path_.relative)((0,external_node_path_.dirname)(root), root) || root}; links are never followed out of a checkout`);
    }
}
/** Refuses when any existing part of `rel` under `root` is a symbolic link, wherever it points. */
async function assertNoLinkOnPath(root, rel, what) {
    let p = root;
    for (const part of rel.split(/[\\/]+/).filter((x) => x && x !== '.')) {
        p = join(p, part);
        const st = await lstat(p).catch(() => undefined);
        if (!st)
            return;
        if (st.isSymbolicLink())
            throw new RingwayError(`${what}: '${relative(root, p)}' is a symbolic link in the repository; ringway does not follow links out of a checkout`);
    }
}
/** Every link among `names` directly in `dir` (and, for a folder, its entries) must resolve inside `root`. */
async function assertEntriesInside(root, dir, names, what) {
    for (const name of names) {
        const p = (0,external_node_path_.join)(dir, name);
        const st = await (0,promises_.lstat)(p).catch(() => undefined);
        if (!st)
            continue;
        if (st.isSymbolicLink())
            await assertResolvesInside(root, p, what);
        else if (st.isDirectory()) {
            for (const e of await (0,promises_.readdir)(p, { withFileTypes: true }))
                if (e.isSymbolicLink())
                    await assertResolvesInside(root, (0,external_node_path_.join)(p, e.name), what);
        }
    }
}
/** Every link anywhere under `dir` must resolve inside `root` (a chart, a static or kustomize folder). */
async function assertTreeInside(root, dir, what) {
    await assertResolvesInside(root, dir, what);
    if (!(await (0,promises_.lstat)(dir).catch(() => undefined))?.isDirectory())
        return;
    for await (const { path, entry } of walkFiles(dir, {
        skip: (e) => e.isDirectory() && e.name === '.git',
        skipUnreadable: true,
    })) {
        if (entry.isSymbolicLink())
            await assertResolvesInside(root, path, what);
    }
}

;// CONCATENATED MODULE: ./lib/fs/temp.ts


/**
 * Removes a temporary folder of ours, retrying while something still writes into it (a git that
 * was slow to exit, an antivirus scan). A folder that cannot be removed is reported through `warn`
 * and left: cleanup never turns a step that did its work into a failure.
 */
async function removeTempDir(dir, warn) {
    try {
        await (0,promises_.rm)(dir, { recursive: true, force: true, maxRetries: 6, retryDelay: 100 });
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
    const names = await (0,promises_.readdir)(dir).catch(() => []);
    for (const name of names) {
        const m = /^\.ringway-staging-(?:(\d+)-)?/.exec(name);
        if (!m)
            continue;
        if (m[1] && alive(Number(m[1])))
            continue;
        await removeTempDir((0,external_node_path_.join)(dir, name), warn);
    }
}

;// CONCATENATED MODULE: ./lib/pool.ts
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

// EXTERNAL MODULE: ./lib/hld/files.ts
var hld_files = __webpack_require__(8290);
// EXTERNAL MODULE: ./lib/hld/names.ts
var hld_names = __webpack_require__(237);
;// CONCATENATED MODULE: ./lib/hld/parsed-files.ts

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
        const bytes = await (0,promises_.readFile)(path);
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
    return memo ? memo.read(path, key, parse) : parse(await (0,promises_.readFile)(path));
}

// EXTERNAL MODULE: ./lib/hld/yaml-engine.ts
var yaml_engine = __webpack_require__(617);
// EXTERNAL MODULE: ./lib/hld/yaml-read.ts
var yaml_read = __webpack_require__(5443);
// EXTERNAL MODULE: ./lib/hld/yaml-source.ts
var yaml_source = __webpack_require__(6598);
;// CONCATENATED MODULE: ./lib/hld/definition.ts








const TYPES = new Set(['component', 'helm', 'static', 'kustomize']);
const METHODS = new Set(['local', 'git', 'helm', 'http', '']);
const HOOKS = new Set(['before-install', 'after-install', 'before-generate', 'after-generate']);
function noDefinition(display) {
    return new errors/* RingwayError */.Sy(`component '${display}': no component.yaml or component.json in ${display}`);
}
/** Loads `component.yaml`, else `component.json`, from a component folder (parsed once per bytes with `parsed`). */
async function loadDefinition(dir, display, parsed) {
    const file = await (0,hld_names/* definitionFile */.yN)(dir);
    if (!file)
        throw noDefinition(display);
    const full = (0,external_node_path_.join)(dir, file);
    const shown = `${display === '.' ? '' : `${display}/`}${file}`;
    return readParsed(parsed, full, shown, async (bytes) => {
        if (file.endsWith('.json'))
            return normalize(goJsonFields((0,hld_files/* parseData */._0)(bytes.toString('utf8'), shown, true)), shown);
        // Fabrikate reads every field into a Go string: `version: 1.10` is "1.10", not 1.1.
        await (0,yaml_engine/* loadYaml */.y)();
        return normalize((0,yaml_read/* parseYaml11 */.z1)((0,yaml_source/* decodeFileBytes */.eU)(bytes, shown), { display: shown, text: true }), shown);
    });
}
/** The fields of Fabrikate's Component struct, as its JSON tags spell them. */
const FIELDS = [
    'name',
    'type',
    'generator',
    'hooks',
    'source',
    'method',
    'path',
    'version',
    'branch',
    'repositories',
    'subcomponents',
];
/**
 * A component.json as Go's encoding/json fills the Component struct: a key matches a field
 * whatever its case (`"Name"`, `"TYPE"`; Go folds 'ſ' to 's' and the Kelvin sign to 'k' too), a
 * later key for one field overwrites an earlier one, and keys of no field are ignored. Keys inside
 * `hooks` and `repositories` are map keys and stay as written.
 */
function goJsonFields(raw) {
    if (!(0,hld_files/* isPlainObject */.Qd)(raw))
        return raw;
    const out = {};
    for (const [k, v] of Object.entries(raw)) {
        const folded = k
            .replace(/\u017f/g, 's')
            .replace(/\u212a/g, 'k')
            .toLowerCase();
        const field = FIELDS.find((f) => f === k) ?? FIELDS.find((f) => f.toLowerCase() === folded);
        if (!field)
            continue;
        out[field] = field === 'subcomponents' && Array.isArray(v) ? v.map(goJsonFields) : v;
    }
    return out;
}
function str(v, field, where) {
    if (v === undefined || v === null)
        return '';
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    throw new errors/* RingwayError */.Sy(`${where}: '${field}' must be a string`);
}
function normalize(raw, where) {
    if (!(0,hld_files/* isPlainObject */.Qd)(raw))
        throw new errors/* RingwayError */.Sy(`${where}: a component definition must be a mapping`);
    const name = str(raw.name, 'name', where);
    if (!name)
        throw new errors/* RingwayError */.Sy(`${where}: component has no 'name'`);
    if (/[/\\]|^\.\.?$/.test(name))
        throw new errors/* RingwayError */.Sy(`${where}: component name '${name}' may not contain '/' or be '.' or '..'`);
    // `generator` is Fabrikate's deprecated spelling of `type`, and wins when both are set.
    const type = str(raw.generator, 'generator', where) || str(raw.type, 'type', where) || 'component';
    if (!TYPES.has(type))
        throw new errors/* RingwayError */.Sy(`${where}: component '${name}' has unknown type '${type}'`);
    const method = str(raw.method, 'method', where);
    if (!METHODS.has(method))
        throw new errors/* RingwayError */.Sy(`${where}: component '${name}' has unknown method '${method}'`);
    const hooks = {};
    if (raw.hooks !== undefined && raw.hooks !== null) {
        if (!(0,hld_files/* isPlainObject */.Qd)(raw.hooks))
            throw new errors/* RingwayError */.Sy(`${where}: 'hooks' of '${name}' must be a mapping`);
        for (const [hook, cmds] of Object.entries(raw.hooks)) {
            if (!HOOKS.has(hook))
                throw new errors/* RingwayError */.Sy(`${where}: unknown hook '${hook}' in '${name}'`);
            if (!Array.isArray(cmds))
                throw new errors/* RingwayError */.Sy(`${where}: hook '${hook}' of '${name}' must be a list of commands`);
            hooks[hook] = cmds.map((c) => str(c, `hooks.${hook}`, where));
        }
    }
    const repositories = {};
    if ((0,hld_files/* isPlainObject */.Qd)(raw.repositories))
        for (const [k, v] of Object.entries(raw.repositories))
            repositories[k] = str(v, `repositories.${k}`, where);
    const subs = raw.subcomponents ?? [];
    if (!Array.isArray(subs))
        throw new errors/* RingwayError */.Sy(`${where}: 'subcomponents' of '${name}' must be a list`);
    const subcomponents = subs.map((s, i) => normalize(s, `${where} subcomponents[${i}]`));
    const seen = new Set();
    for (const s of subcomponents) {
        if (seen.has(s.name))
            throw new errors/* RingwayError */.Sy(`${where}: two subcomponents of '${name}' are named '${s.name}'`);
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

// EXTERNAL MODULE: ./lib/exec.ts
var lib_exec = __webpack_require__(3361);
;// CONCATENATED MODULE: ./lib/hld/hooks.ts


/** Whether a component has a command for `hook` (before-generate, after-install, …). */
function hasHook(node, hook) {
    return (node.def.hooks[hook] ?? []).some((c) => c.trim() !== '');
}
/** Runs a component's commands for `hook` in its folder; the first failing one fails the component. */
async function runHooks(node, hook) {
    for (const cmd of node.def.hooks[hook] ?? []) {
        if (!cmd.trim())
            continue;
        const r = await (0,lib_exec/* exec */.m0)('sh', ['-c', cmd], {
            cwd: node.physical,
            allowFailure: true,
            label: `${hook} hook of component '${node.path}'`,
        });
        if (r.code !== 0)
            throw new errors/* RingwayError */.Sy(`component '${node.path}': ${hook} hook '${cmd}' failed (exit ${r.code}): ${(0,lib_exec/* lastLines */.w$)(r.stderr || r.stdout, 1)}`);
    }
}

// EXTERNAL MODULE: ./lib/hash.ts
var hash = __webpack_require__(2604);
;// CONCATENATED MODULE: ./lib/hld/chart-deps.ts






/** Dependencies a chart declares (Chart.yaml `dependencies`, or helm 2's requirements.yaml). */
async function declared(chartDir) {
    const out = [];
    for (const file of ['Chart.yaml', 'requirements.yaml']) {
        const path = (0,external_node_path_.join)(chartDir, file);
        if (!(await (0,hld_files/* exists */.t2)(path)))
            continue;
        const [text, { parse }] = await Promise.all([(0,promises_.readFile)(path, 'utf8'), (0,yaml_engine/* loadYaml */.y)()]);
        const doc = parse(text);
        if (Array.isArray(doc?.dependencies))
            out.push(...doc.dependencies);
    }
    return out;
}
const inflight = new Map();
/**
 * Fetches the dependencies of a fetched chart (git or helm repository) that are not in its
 * `charts/` folder, as Fabrikate's install does for remote charts: charts kept in git rarely commit
 * their `charts/`. `helm dependency build` follows Chart.lock when there is one (exact versions),
 * else resolves like `update`. Local charts are left as they are: generate never writes into the HLD.
 */
function ensureChartDependencies(chartDir, who) {
    let p = inflight.get(chartDir);
    if (!p) {
        p = build(chartDir, who).finally(() => inflight.delete(chartDir));
        inflight.set(chartDir, p);
    }
    return p;
}
async function build(chartDir, who) {
    if (!(await declared(chartDir)).length)
        return;
    const list = await (0,lib_exec/* exec */.m0)('helm', ['dependency', 'list', chartDir], { allowFailure: true });
    // Rows are "NAME VERSION REPOSITORY STATUS"; anything but ok/unpacked needs fetching.
    const rows = list.stdout
        .split('\n')
        .slice(1)
        .map((l) => l.trim().split(/\t+|\s{2,}/))
        .filter((r) => r.length >= 4);
    if (list.code === 0 && rows.every((r) => /^(ok|unpacked)$/.test(r[r.length - 1].trim())))
        return;
    // The repositories come from the chart (untrusted content) and helm gives them no time limit.
    const timeout = {
        ms: (0,lib_exec/* networkTimeoutMs */.mi)(),
        service: `component '${who}': the chart repositories its dependencies name`,
    };
    const r = await (0,lib_exec/* exec */.m0)('helm', ['dependency', 'build', chartDir], {
        allowFailure: true,
        label: 'helm dependency build',
        timeout,
    });
    if (r.code !== 0) {
        // helm ends with a generic "no cached repository"; the line saying why is earlier.
        const text = `${r.stdout}\n${r.stderr}`;
        const why = text
            .split('\n')
            .reverse()
            .find((l) => /dial tcp|no such host|connection refused|not found|could not|status code|x509/i.test(l));
        throw new errors/* RingwayError */.Sy(`component '${who}': helm dependency build failed: ${(0,lib_exec/* lastLines */.w$)(why ?? text, 1)}`);
    }
}

// EXTERNAL MODULE: ./lib/secrets.ts
var secrets = __webpack_require__(6995);
// EXTERNAL MODULE: ./lib/git/job-token.ts
var job_token = __webpack_require__(3102);
// EXTERNAL MODULE: ./lib/git/trust.ts
var trust = __webpack_require__(2811);
// EXTERNAL MODULE: ./lib/git/validate.ts
var validate = __webpack_require__(9719);
;// CONCATENATED MODULE: ./lib/git/auth.ts



/**
 * The Authorization header git sends for a token. GitHub takes Basic `x-access-token:<token>`
 * (what actions/checkout sends); Azure DevOps takes Basic with an empty user and the PAT, or Bearer
 * for System.AccessToken (a JWT). Other servers get Basic `x-access-token:<token>`.
 */
function authorizationHeader(url, token) {
    if (isAzureDevOpsHost((0,trust/* hostOf */.w)(url))) {
        if (/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(token))
            return `AUTHORIZATION: bearer ${token}`;
        return `AUTHORIZATION: basic ${Buffer.from(`:${token}`).toString('base64')}`;
    }
    return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
}
/** Azure DevOps Services: dev.azure.com (ssh.dev.azure.com too) and <org>.visualstudio.com, any port. */
function isAzureDevOpsHost(host) {
    return /((^|\.)dev\.azure\.com|\.visualstudio\.com)(:\d+)?$/i.test(host);
}
/**
 * Environment that makes one git command send the token. `GIT_CONFIG_COUNT/KEY/VALUE` is the
 * environment form of `git -c http.extraheader=…`: same scope (this command only, never written to
 * .git/config) but not visible in the process list, where `-c` arguments are.
 */
function auth_gitAuthEnv(url, token, base = process.env) {
    const env = { GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' };
    token = (0,job_token/* tokenFor */.fn)(url, token);
    if (!token)
        return env;
    (0,secrets/* registerSecret */.cl)(token);
    const header = authorizationHeader(url, token);
    (0,secrets/* registerSecret */.cl)(header);
    const n = Number(base.GIT_CONFIG_COUNT ?? '0') || 0;
    env.GIT_CONFIG_COUNT = String(n + 1);
    env[`GIT_CONFIG_KEY_${n}`] = 'http.extraheader';
    env[`GIT_CONFIG_VALUE_${n}`] = header;
    return env;
}
// Repository URL rules live in validate.ts; re-exported for the steps that import them from here.

/** The URL with any userinfo removed, for log lines and error messages. */
function auth_displayUrl(url) {
    try {
        const u = new URL(url);
        u.username = '';
        u.password = '';
        return u.toString();
    }
    catch {
        return url;
    }
}

;// CONCATENATED MODULE: ./lib/hld/config.ts








function emptyConfig() {
    return { namespace: '', injectNamespace: false, disabled: false, config: {}, subcomponents: {} };
}
/**
 * Reads the environment's config file (environmentConfigFile); a missing file is an empty config,
 * as in Fabrikate. With `parsed`, the same bytes are parsed once (the result is shared: not to be changed).
 */
async function loadConfigFile(componentDir, env, display, parsed) {
    const file = await (0,hld_names/* environmentConfigFile */.kI)(componentDir, env);
    if (!file.exists)
        return undefined;
    const shown = `${display === '.' ? '' : `${display}/`}${file.rel}`;
    return readParsed(parsed, file.path, shown, async (bytes) => {
        if (file.json)
            return { ...toConfig((0,hld_files/* parseData */._0)(bytes.toString('utf8'), shown, true) ?? {}, shown, ''), file: shown };
        // YAML as Fabrikate reads it (yaml.v2, YAML 1.1) into its ComponentConfig struct.
        await (0,yaml_engine/* loadYaml */.y)();
        return { ...parseConfig((0,yaml_source/* decodeFileBytes */.eU)(bytes, shown), shown), file: shown };
    });
}
function toConfig(raw, file, at) {
    if (!(0,hld_files/* isPlainObject */.Qd)(raw))
        throw new errors/* RingwayError */.Sy(`${file}: ${at || 'the file'} must be a mapping`);
    const c = emptyConfig();
    const where = (k) => `${file}: '${at ? `${at}.` : ''}${k}'`;
    if (raw.namespace !== undefined && raw.namespace !== null) {
        if (typeof raw.namespace !== 'string')
            throw new errors/* RingwayError */.Sy(`${where('namespace')} must be a string`);
        c.namespace = raw.namespace;
    }
    for (const key of ['injectNamespace', 'disabled']) {
        const v = raw[key];
        if (v === undefined || v === null)
            continue;
        if (typeof v !== 'boolean')
            throw new errors/* RingwayError */.Sy(`${where(key)} must be true or false`);
        c[key] = v;
    }
    if (raw.config !== undefined && raw.config !== null) {
        if (!(0,hld_files/* isPlainObject */.Qd)(raw.config))
            throw new errors/* RingwayError */.Sy(`${where('config')} must be a mapping`);
        c.config = raw.config;
        c.configSet = true;
    }
    if (raw.subcomponents !== undefined && raw.subcomponents !== null) {
        if (!(0,hld_files/* isPlainObject */.Qd)(raw.subcomponents))
            throw new errors/* RingwayError */.Sy(`${where('subcomponents')} must be a mapping of subcomponent names`);
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
    if (!(0,hld_files/* isPlainObject */.Qd)(v))
        return v;
    const out = {};
    for (const [k, e] of Object.entries(v))
        (0,yaml_read/* setKey */.qL)(out, k, deepCopy(e));
    return out;
}
function kind(v) {
    if (v === null || v === undefined)
        return 'null';
    if (Array.isArray(v))
        return 'list';
    if ((0,hld_files/* isPlainObject */.Qd)(v))
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
        throw new errors/* RingwayError */.Sy(`${file}: '${at}' is a ${ks === 'map' || ks === 'list' ? ks : `${ks} value`} here but a ${kt} in a higher-priority config`);
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
                (0,yaml_read/* setKey */.qL)(out, k, merged);
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

;// CONCATENATED MODULE: ./lib/hld/access-file.ts




/**
 * Reads an access.yaml (`shown` names it in errors): a mapping of source URLs to the names of the
 * environment variables holding their tokens. Which of them may be read is the step's decision
 * (lib/git/access-tokens.ts), not this file's.
 */
async function readAccessFile(path, shown) {
    const [text] = await Promise.all([(0,promises_.readFile)(path, 'utf8'), (0,yaml_engine/* loadYaml */.y)()]);
    const data = (0,hld_files/* parseData */._0)(text, shown);
    if (data === null || data === undefined)
        return [];
    if (!(0,hld_files/* isPlainObject */.Qd)(data))
        throw new errors/* RingwayError */.Sy(`${shown}: must map repository URLs to environment variable names`);
    const lines = keyLines(text);
    return Object.entries(data).map(([url, variable]) => {
        const line = lines.get(url) ?? 0;
        if (typeof variable !== 'string')
            throw new errors/* RingwayError */.Sy(`${shown}${line ? `:${line}` : ''}: the variable for ${url} must be a name`);
        return { url, variable, line };
    });
}
/** The line of each top-level key (the last one, where a key repeats, as its value is the last). */
function keyLines(text) {
    const { LineCounter, parseDocument, isMap, isScalar } = (0,yaml_engine/* yaml */.o)();
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, lineCounter });
    const lines = new Map();
    if (!isMap(doc.contents))
        return lines;
    for (const pair of doc.contents.items)
        if (isScalar(pair.key) && pair.key.range)
            lines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line);
    return lines;
}

;// CONCATENATED MODULE: ./lib/hld/tree.ts








/**
 * Visits the component tree, parents before children, as Fabrikate does: siblings and cousins
 * concurrently, a node's subcomponents only once `visit` of that node is done. Returns the nodes in
 * breadth-first order. Disabled subcomponents are skipped with their whole subtree. On a failure no
 * new node is visited; the first error is thrown once the visits under way have ended.
 */
/** Files a component folder is read for: links among them must stay inside the HLD or checkout. */
const COMPONENT_FILES = ['component.yaml', 'component.json', 'access.yaml', 'config'];
async function walkTree(opts) {
    await assertEntriesInside(opts.hld, opts.hld, COMPONENT_FILES, 'component .');
    const rootDef = await loadDefinition(opts.hld, '.', opts.parsed);
    const root = {
        def: rootDef,
        physical: opts.hld,
        logical: '.',
        config: await componentConfig(opts.hld, '.', opts.environments, undefined, opts.parsed),
        path: rootDef.name,
        root: opts.hld,
        depth: 0,
    };
    await readAccessTokens(opts.hld, '.', opts);
    const visited = [];
    let failure;
    const walk = async (node, at) => {
        if (failure)
            return;
        try {
            visited.push({ node, at });
            if (opts.visit)
                await opts.visit(node);
            if (failure)
                return;
            const kids = await children(node, opts);
            await Promise.all(kids.map((k, i) => walk(k, [...at, i])));
        }
        catch (err) {
            failure ??= { err };
        }
    };
    await walk(root, []);
    if (failure)
        throw failure.err;
    return visited.sort((a, b) => compareAt(a.at, b.at)).map((v) => v.node);
}
/** Breadth-first order of tree positions: depth first, then sibling indexes from the top. */
function compareAt(a, b) {
    if (a.length !== b.length)
        return a.length - b.length;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return a[i] - b[i];
    return 0;
}
async function children(parent, opts) {
    const out = [];
    for (const sub of parent.def.subcomponents) {
        const entry = parent.config.subcomponents[sub.name];
        if (entry?.disabled)
            continue;
        const path = `${parent.path}.${sub.name}`;
        if (isInlined(sub)) {
            out.push({
                def: sub,
                physical: parent.physical,
                logical: parent.logical,
                config: entry ?? emptyConfig(),
                path,
                root: parent.root,
                depth: parent.depth + 1,
            });
            continue;
        }
        let root = parent.root;
        let physical;
        const installed = sub.method === 'git' ? await installedFolder(parent, 'components', sub.name, path) : undefined;
        if (installed) {
            // What `fab install` left (components/<name>, committed or not): used as it is, offline, as fab generate does.
            physical = await (0,hld_files/* containedPath */.fX)(root, installed, sub.path || '.', `component '${path}'`);
        }
        else if (sub.method === 'git') {
            if (!sub.source)
                throw new errors/* RingwayError */.Sy(`component '${path}': method git needs a 'source' URL`);
            root = await opts.sources.git(sub.source, sub.version, sub.branch, path);
            physical = await (0,hld_files/* containedPath */.fX)(root, root, sub.path || '.', `component '${path}'`);
        }
        else {
            physical = await (0,hld_files/* containedPath */.fX)(parent.root, parent.physical, (0,external_node_path_.join)(sub.source || '.', sub.path || '.'), `component '${path}'`);
        }
        if (!(await (0,hld_files/* exists */.t2)(physical))) {
            const where = external_node_path_.posix.join(sub.source || '.', sub.path || '.');
            throw new errors/* RingwayError */.Sy(`component '${path}': folder '${where}' does not exist${sub.method === 'git' ? ` in ${sub.source}` : ''}`);
        }
        const display = external_node_path_.posix.join(parent.logical, sub.name);
        await assertEntriesInside(root, physical, COMPONENT_FILES, `component '${path}'`);
        const def = await loadDefinition(physical, display, opts.parsed);
        await readAccessTokens(physical, display, opts);
        out.push({
            def,
            physical,
            logical: display,
            config: await componentConfig(physical, display, opts.environments, entry, opts.parsed),
            path,
            root,
            depth: parent.depth + 1,
        });
    }
    return out;
}
/**
 * `<parent folder>/<kind>/<name>` when `fab install` put a source there (`components/` for git
 * components and http files, `helm_repos/` for charts), else undefined. The folder must be inside
 * the HLD (or the checkout it is part of), also through symlinks.
 */
async function installedFolder(node, kind, name, who) {
    const dir = (0,external_node_path_.join)(node.physical, kind, name);
    if (!(await (0,hld_files/* exists */.t2)(dir)))
        return undefined;
    return (0,hld_files/* containedPath */.fX)(node.root, node.physical, `${kind}/${name}`, `component '${who}'`);
}
/** Parent-provided config first, then the component's own environment files, then common. */
async function componentConfig(dir, display, envs, fromParent, parsed) {
    const layers = [];
    if (fromParent)
        layers.push({ config: fromParent, file: `config of the parent of ${display}` });
    for (const env of [...envs, 'common']) {
        const c = await loadConfigFile(dir, env, display, parsed);
        if (c)
            layers.push({ config: c, file: `${display === '.' ? '' : `${display}/`}config/${env}` });
    }
    return layerConfigs(layers);
}
/**
 * Fabrikate's access.yaml: `<source url>: <ENV_VAR>` naming the variable that holds its token. HLD
 * content never chooses where a secret goes: an entry counts only where the step's `access-tokens`
 * input allows that variable for that URL's host; any other is ignored with a warning naming the
 * file and line (a fetch that then fails says which entry was ignored).
 */
async function readAccessTokens(dir, display, opts) {
    const file = (0,external_node_path_.join)(dir, 'access.yaml');
    if (!(await (0,hld_files/* exists */.t2)(file)))
        return;
    const shown = `${display === '.' ? '' : `${display}/`}access.yaml`;
    const { access, named, withheld } = opts.sources;
    for (const { url, variable, line } of await readAccessFile(file, shown)) {
        const at = line ? `${shown}:${line}` : shown;
        const where = auth_displayUrl(url);
        const why = access.refusal(variable, url);
        if (why) {
            opts.warn(`${at}: ${variable} for ${where} is ignored: ${why}`);
            if (!withheld.has(url))
                withheld.set(url, `${at} names ${variable} for it, but ${why}`);
        }
        else if (!access.isSet(variable)) {
            opts.warn(`${at}: environment variable ${variable} for ${where} is not set`);
        }
        else if (!named.has(url))
            named.set(url, variable);
    }
}

;// CONCATENATED MODULE: ./lib/hld/chart-path.ts






/**
 * The folder of a helm component's chart and the root it must stay inside: what `fab install` left
 * in helm_repos/<name> when it is there (used as it is, as fab generate does), else fetched into the
 * cache (with its dependencies), else the chart in the HLD.
 */
async function chartPath(node, sources) {
    const { def } = node;
    const who = node.path;
    const remote = def.method === 'helm' || def.method === 'git';
    const installed = remote ? await installedFolder(node, 'helm_repos', def.name, who) : undefined;
    if (installed) {
        const dir = def.method === 'git'
            ? await (0,hld_files/* containedPath */.fX)(node.root, installed, def.path || '.', `component '${who}'`)
            : installed;
        return { chart: await existingChart(dir, who), root: node.root };
    }
    if (def.method === 'helm') {
        if (!def.source || !def.path)
            throw new errors/* RingwayError */.Sy(`component '${who}': method helm needs 'source' (repository URL) and 'path' (chart name)`);
        const chart = await sources.helmChart(def.source, def.path, def.version, who);
        await ensureChartDependencies(chart, who);
        return { chart, root: chart };
    }
    if (def.method === 'git') {
        if (!def.source)
            throw new errors/* RingwayError */.Sy(`component '${who}': method git needs a 'source' URL`);
        const checkout = await sources.git(def.source, def.version, def.branch, who);
        const chart = await existingChart(await (0,hld_files/* containedPath */.fX)(checkout, checkout, def.path || '.', `component '${who}'`), who);
        await ensureChartDependencies(chart, who);
        return { chart, root: checkout };
    }
    return {
        chart: await existingChart(await (0,hld_files/* containedPath */.fX)(node.root, node.physical, def.path || '.', `component '${who}'`), who),
        root: node.root,
    };
}
/** A chart folder (with Chart.yaml), or a file helm reads as a packaged chart (`charts/x-1.2.3.tgz`), as fab passes `path` to helm. */
async function existingChart(dir, who) {
    if ((await (0,promises_.stat)(dir).catch(() => undefined))?.isFile())
        return dir;
    if (!(await (0,hld_files/* exists */.t2)((0,external_node_path_.join)(dir, 'Chart.yaml'))))
        throw new errors/* RingwayError */.Sy(`component '${who}': no helm chart (Chart.yaml) at ${dir}`);
    return dir;
}

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
        out += `---\n${goMarshal(doc)}\n`;
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
        await (0,promises_.writeFile)(valuesFile, goMarshal(r.values ?? {}), { mode: 0o600 });
        const ns = r.namespace || 'default';
        const res = await (0,lib_exec/* exec */.m0)('helm', ['template', `--values=${valuesFile}`, `--namespace=${ns}`, '--', r.release, r.chart], { allowFailure: true, env: HELM_ENV, label: `helm template of component '${r.who}'` });
        if (res.code !== 0)
            throw new errors/* RingwayError */.Sy(`component '${r.who}': helm template failed: ${(0,lib_exec/* lastLines */.w$)(res.stderr, 2)}`);
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
    const res = await (0,lib_exec/* exec */.m0)('kubectl', ['kustomize', '--', path], {
        allowFailure: true,
        label: `kubectl kustomize of component '${who}'`,
    });
    if (res.code !== 0)
        throw new errors/* RingwayError */.Sy(`component '${who}': kubectl kustomize failed: ${(0,lib_exec/* lastLines */.w$)(res.stderr, 2)}`);
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
                    const installed = await installedFolder(node, 'components', def.name, who);
                    this.rendered++;
                    if (installed) {
                        // The folder is part of the HLD: a committed link in it may not read files outside.
                        await assertTreeInside(node.root, installed, `component '${who}'`);
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
                await assertTreeInside(root, files, `component '${who}'`);
                return renderStatic(files, who);
            }
            case 'kustomize': {
                const base = def.method === 'git' ? await sources.git(def.source, def.version, def.branch, who) : node.physical;
                const root = def.method === 'git' ? base : node.root;
                this.rendered++;
                const dir = await (0,hld_files/* containedPath */.fX)(root, base, def.path || '.', `component '${who}'`);
                await assertTreeInside(root, dir, `component '${who}'`);
                return renderKustomize(dir, config.namespace, config.injectNamespace, who);
            }
            case 'helm': {
                const { chart, root } = await chartPath(node, sources);
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
                asked = (0,lib_exec/* exec */.m0)('helm', ['version', '--short']).then((r) => r.stdout.trim());
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
                            if (!inside(realRoot, target))
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
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./lib/git/access-tokens.ts + 1 modules
var access_tokens = __webpack_require__(4113);
;// CONCATENATED MODULE: ./lib/git/repo.ts







/** The branch of a remote whose HEAD names no branch (an empty repository): git's own default. */
const FALLBACK_BRANCH = 'main';
/**
 * Config for every git command in our temporary clones: no background `gc --auto`/maintenance
 * (it would race the removal of the folder once the step is done), and never the `ext::`
 * transport, which runs commands.
 */
const TEMP_CLONE_CONFIG = ['-c', 'gc.auto=0', '-c', 'maintenance.auto=false', '-c', 'protocol.ext.allow=never'];
/**
 * A working copy of one branch of one remote. Network commands carry the token through the
 * environment (see auth.ts); nothing credential-bearing is ever written to the repository.
 */
class GitRepo {
    dir;
    url;
    branch;
    branchExists;
    token;
    identity;
    depth;
    /** Without a working tree: the commit a change starts from ('' for a root commit). */
    base = '';
    /**
     * The remote-tracking ref the working copy's change starts from: the branch's, the default
     * branch's for a new branch, '' in an empty repository (set by syncToRemote and fetchTip).
     */
    tipRef = '';
    announcedDefault;
    synced = false;
    /** Cloned without blobs (`--filter=blob:none`): nothing it does may need the remote's files. */
    partial = false;
    constructor(dir, url, branch, 
    /** False when the branch does not exist on the remote yet (first push creates it). */
    branchExists, token, 
    /** Author and committer of the commits made here. */
    identity, depth) {
        this.dir = dir;
        this.url = url;
        this.branch = branch;
        this.branchExists = branchExists;
        this.token = token;
        this.identity = identity;
        this.depth = depth;
    }
    static async checkout(opts) {
        checkRepoUrl(opts.url, 'repository URL');
        const given = opts.branch ? checkBranch(opts.branch, 'branch') : '';
        await mkdir(opts.dir, { recursive: true });
        const depth = opts.depth ?? 1;
        const cloned = await GitRepo.clone(opts, given, depth);
        if (cloned instanceof GitRepo)
            return cloned;
        // The clone kept (without a working tree) when the remote's HEAD names no commit: it is an
        // initialized repository with its remote, and ls-remote would find no default branch either.
        if (cloned !== 'unborn') {
            await exec('git', ['init', '-q', opts.dir]);
            await exec('git', ['remote', 'add', '--end-of-options', 'origin', opts.url], { cwd: opts.dir });
        }
        const probe = new GitRepo(opts.dir, opts.url, '', false, opts.token, opts.identity, depth);
        if (cloned === 'unborn')
            probe.announcedDefault = Promise.resolve(FALLBACK_BRANCH);
        const branch = given || (await probe.defaultBranch());
        const repo = new GitRepo(opts.dir, opts.url, branch, false, opts.token, opts.identity, depth);
        repo.announcedDefault = probe.announcedDefault;
        repo.partial = cloned === 'unborn';
        if (opts.worktree === false)
            await repo.fetchBase();
        else
            await repo.syncToRemote();
        return repo;
    }
    /**
     * The common case in one command: `git clone` of the branch (or of the remote's default branch)
     * asks for the refs, fetches and checks out in one connection, where init, remote, ls-remote,
     * fetch and checkout took five commands and two connections. Without a working tree the clone
     * checks nothing out and asks for commits and trees only (`--filter=blob:none`: a change built
     * as a tree never reads the old files); a server that refuses the filter sends the blobs too,
     * with the same result. Not a repository when the remote has no such branch or no commit at all:
     * checkout then starts the branch as it always did, in the folder emptied again, or for
     * 'unborn' (no working tree, the remote's HEAD names no commit) in the clone as it is.
     */
    static async clone(opts, given, depth) {
        const probe = new GitRepo(opts.dir, opts.url, given, false, opts.token, opts.identity, depth);
        const bare = opts.worktree === false;
        const branchArgs = given ? ['--branch', given] : [];
        const cloned = await probe.git([
            'clone',
            '-q',
            '--no-tags',
            '--single-branch',
            `--depth=${depth}`,
            ...(bare ? ['--no-checkout', '--filter=blob:none'] : []),
            ...branchArgs,
            '--end-of-options',
            opts.url,
            '.',
        ], { network: true, allowFailure: true });
        if (cloned.code !== 0 && !/Remote branch .* not found/i.test(cloned.stderr))
            throw classifyNetworkError(opts.url, new ExecError('git clone', cloned));
        // An empty repository clones with no commit: HEAD does not resolve.
        const head = cloned.code === 0 ? await probe.readHead() : undefined;
        const { commit, ref } = head ?? {};
        if (!commit || !ref?.startsWith('refs/heads/') || (given && ref !== `refs/heads/${given}`)) {
            if (bare && cloned.code === 0 && !commit)
                return 'unborn';
            for (const name of await readdir(opts.dir))
                await rm(join(opts.dir, name), { recursive: true, force: true });
            return undefined;
        }
        // The server's answer is untrusted: its branch name passes the same rules as an input's.
        const branch = given || checkRef(ref.slice('refs/heads/'.length), `the default branch announced by ${displayUrl(opts.url)}`);
        const repo = new GitRepo(opts.dir, opts.url, branch, true, opts.token, opts.identity, depth);
        if (!given)
            repo.announcedDefault = Promise.resolve(branch);
        repo.synced = true;
        repo.tipRef = `refs/remotes/origin/${branch}`;
        if (bare)
            repo.base = commit;
        repo.partial = bare;
        return repo;
    }
    /**
     * HEAD of a new clone, its commit and the ref it names ('HEAD' when detached; undefined when it
     * names no commit), read from the files clone wrote (HEAD, the branch's loose or packed ref)
     * rather than by a rev-parse process; rev-parse reads whatever else it finds.
     */
    async readHead() {
        const text = (path) => readFile(join(this.dir, '.git', path), 'utf8').then((s) => s, () => '');
        const id = /^([0-9a-f]{40}|[0-9a-f]{64})$/;
        const head = (await text('HEAD')).trim();
        if (id.test(head))
            return { commit: head, ref: 'HEAD' };
        const ref = /^ref: (refs\/heads\/\S+)$/.exec(head)?.[1];
        if (ref && !ref.split('/').includes('..')) {
            const loose = (await text(ref)).trim();
            if (id.test(loose))
                return { commit: loose, ref };
            const packed = (await text('packed-refs')).split('\n').find((l) => l.endsWith(` ${ref}`));
            const commit = packed?.split(' ')[0];
            if (commit && id.test(commit))
                return { commit, ref };
            if (!loose)
                return undefined;
        }
        const parsed = await this.git(['rev-parse', 'HEAD', '--symbolic-full-name', 'HEAD'], { allowFailure: true });
        if (parsed.code !== 0)
            return undefined;
        const [commit, full] = parsed.stdout.trim().split('\n');
        return commit ? { commit, ref: full ?? '' } : undefined;
    }
    /** Runs git in the working copy. `network` adds the auth header and classifies failures. */
    async git(args, opts = {}) {
        const env = {
            ...opts.env,
            ...(opts.network ? gitAuthEnv(this.url, this.token) : { GIT_TERMINAL_PROMPT: '0' }),
            GIT_AUTHOR_NAME: this.identity.name,
            GIT_AUTHOR_EMAIL: this.identity.email,
            GIT_COMMITTER_NAME: this.identity.name,
            GIT_COMMITTER_EMAIL: this.identity.email,
            // A pipeline has no use for the user's global git config (signing, hooks, helpers).
            GIT_CONFIG_NOSYSTEM: '1',
        };
        try {
            return await exec('git', [
                '-c',
                'credential.helper=',
                '-c',
                'core.hooksPath=/dev/null',
                '-c',
                'commit.gpgsign=false',
                ...TEMP_CLONE_CONFIG,
                ...args,
            ], {
                cwd: this.dir,
                env,
                input: opts.input,
                allowFailure: opts.allowFailure,
                label: `git ${args[args[0] === '-c' ? 2 : 0]}`,
                // A server that accepts and never answers must not hang the step.
                ...(opts.network
                    ? { timeout: { ms: networkTimeoutMs(), service: `git server ${displayUrl(this.url)}` } }
                    : {}),
            });
        }
        catch (err) {
            if (opts.network && err instanceof ExecError)
                throw classifyNetworkError(this.url, err);
            throw err;
        }
    }
    async defaultBranch() {
        // Asked once per run: a checkout without a branch input and a new branch's start ask the same.
        this.announcedDefault ??= this.askDefaultBranch();
        return this.announcedDefault;
    }
    async askDefaultBranch() {
        const { stdout } = await this.git(['ls-remote', '--symref', '--end-of-options', 'origin', 'HEAD'], {
            network: true,
        });
        const m = /^ref: refs\/heads\/(\S+)\s+HEAD/m.exec(stdout);
        // The server's answer is untrusted: its branch name passes the same rules as an input's.
        return m ? checkRef(m[1], `the default branch announced by ${displayUrl(this.url)}`) : FALLBACK_BRANCH;
    }
    /**
     * Fetches the remote's `branch` into `refs/remotes/origin/<branch>`: its last `depth` commits,
     * or without a depth whatever history is missing. With allowFailure a branch the remote does
     * not have is a non-zero code, not an error.
     */
    async fetchBranch(branch, opts = {}) {
        const depth = opts.depth === undefined ? [] : [`--depth=${opts.depth}`];
        return this.git(['fetch', '-q', '--no-tags', ...depth, 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`], { network: true, allowFailure: opts.allowFailure });
    }
    /** Fetches `branch`; false when the remote has no such branch (any other failure is an error). */
    async fetchIfExists(branch) {
        const fetched = await this.fetchBranch(branch, { depth: this.depth, allowFailure: true });
        if (fetched.code === 0)
            return true;
        if (!/couldn't find remote ref|could not find remote ref/i.test(fetched.stderr))
            throw classifyNetworkError(this.url, new ExecError('git fetch', fetched));
        return false;
    }
    /**
     * Without a working tree: fetches the branch tip, or for a branch the remote does not have yet
     * the default branch's tip (a new branch starts there, as in syncToRemote), or nothing in an
     * empty repository. Sets and returns `base`.
     */
    async fetchBase() {
        this.branchExists = await this.fetchIfExists(this.branch);
        let from = this.branchExists ? this.branch : '';
        if (!this.branchExists) {
            const dflt = await this.defaultBranch();
            if (dflt !== this.branch && (await this.fetchIfExists(dflt)))
                from = dflt;
        }
        this.base = from ? await this.fetchedTip() : '';
        return this.base;
    }
    /** The commit the last fetch brought, as FETCH_HEAD records it: a file read, not a rev-parse. */
    async fetchedTip() {
        const m = /^([0-9a-f]{40}|[0-9a-f]{64})\t/.exec(await readFile(join(this.dir, '.git', 'FETCH_HEAD'), 'utf8'));
        if (!m)
            throw new RingwayError(`git fetch from ${displayUrl(this.url)} recorded no commit`);
        return m[1];
    }
    /** Makes the working copy exactly the remote branch tip (or an empty orphan branch). */
    async syncToRemote() {
        if (await this.fetchIfExists(this.branch)) {
            this.branchExists = true;
            await this.checkoutTip(`refs/remotes/origin/${this.branch}`);
            return;
        }
        this.branchExists = false;
        // A new branch starts from the remote's default branch (as `git checkout -b` after a clone
        // does); only an empty repository gets an orphan branch.
        const base = await this.defaultBranch();
        if (base !== this.branch) {
            if (await this.fetchIfExists(base)) {
                await this.checkoutTip(`refs/remotes/origin/${base}`);
                return;
            }
        }
        this.tipRef = '';
        const head = await this.git(['rev-parse', '--verify', '-q', 'HEAD'], { allowFailure: true });
        if (head.code === 0) {
            await this.git(['checkout', '-q', '--orphan', `ringway-tmp-${Date.now()}`]);
        }
        await this.git(['checkout', '-q', '--orphan', this.branch], { allowFailure: true });
        await this.git(['rm', '-q', '-rf', '--cached', '--ignore-unmatch', '.']);
        await this.cleanUntracked();
    }
    /** Makes the working copy (index and files) exactly `ref`, on the local branch. */
    async checkoutTip(ref) {
        // -f: index and files become the tip's, as `reset --hard` would, in the same command.
        await this.git(['checkout', '-q', '-f', '-B', this.branch, ref]);
        await this.cleanUntracked();
        this.tipRef = ref;
    }
    /**
     * After a lost race, without touching the working copy: fetches what was pushed to the branch
     * since the last fetch (no depth: only the commits missing above the tip already here, not a
     * new shallow history), or for a branch the remote does not have, its start as syncToRemote
     * takes it. Sets and returns `tipRef`.
     */
    async fetchTip() {
        const fetched = await this.fetchBranch(this.branch, { allowFailure: true });
        if (fetched.code === 0) {
            this.branchExists = true;
            this.tipRef = `refs/remotes/origin/${this.branch}`;
            return this.tipRef;
        }
        if (!/couldn't find remote ref|could not find remote ref/i.test(fetched.stderr))
            throw classifyNetworkError(this.url, new ExecError('git fetch', fetched));
        this.branchExists = false;
        const dflt = await this.defaultBranch();
        this.tipRef = dflt !== this.branch && (await this.fetchIfExists(dflt)) ? `refs/remotes/origin/${dflt}` : '';
        return this.tipRef;
    }
    /**
     * The commit at `ref` and the named files in it (paths from the root, with `/`), read without a
     * checkout: two git commands however many files. Undefined when git's own checkout must decide
     * what a path is: a folder on the way is a link or a file, or a file is a link or a submodule.
     * `ref` '' is an empty repository: no commit, no files.
     */
    async readFiles(ref, paths) {
        const files = new Map(paths.map((p) => [p, undefined]));
        if (!ref)
            return { commit: '', files };
        // A folder of a path that is a tree is walked, and its other entries are listed beside the
        // paths asked for (skipped); a folder listed itself is a link, a file or a submodule.
        const folders = new Set(paths.flatMap((p) => p
            .split('/')
            .slice(0, -1)
            .map((_, i, a) => a.slice(0, i + 1).join('/'))));
        const listed = await this.git(['ls-tree', '-z', '--full-tree', ref, '--', ...folders, ...paths]);
        const blobs = [];
        for (const entry of listed.stdout.split('\0').filter(Boolean)) {
            const m = /^(\d{6}) (\w+) ([0-9a-f]{40,64})\t(.*)$/s.exec(entry);
            if (!m || folders.has(m[4]))
                return undefined;
            if (!files.has(m[4]))
                continue;
            if (m[1] !== '100644' && m[1] !== '100755')
                return undefined;
            blobs.push({ path: m[4], mode: m[1], oid: m[3] });
        }
        // One `cat-file --batch`: the blobs, then the commit (only its header line is read).
        const out = await this.git(['cat-file', '--batch'], { input: [...blobs.map((b) => b.oid), ref, ''].join('\n') });
        const raw = out.stdoutBytes;
        let at = 0;
        const next = () => {
            const eol = raw.indexOf(0x0a, at);
            const m = eol < 0 ? null : /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(raw.subarray(at, eol).toString());
            if (!m)
                return undefined;
            const end = eol + 1 + Number(m[3]);
            if (raw[end] !== 0x0a)
                return undefined;
            at = end + 1;
            return { oid: m[1], body: raw.subarray(eol + 1, end) };
        };
        for (const b of blobs) {
            const o = next();
            if (!o || o.oid !== b.oid)
                return undefined;
            files.set(b.path, { mode: b.mode, content: Buffer.from(o.body) });
        }
        const commit = next()?.oid;
        return commit ? { commit, files } : undefined;
    }
    /** Removes files the last attempt left; the first sync of a new clone has none to remove. */
    async cleanUntracked() {
        if (this.synced)
            await this.git(['clean', '-q', '-fdx']);
        this.synced = true;
    }
    async head() {
        const r = await this.git(['rev-parse', '--verify', '-q', 'HEAD'], { allowFailure: true });
        return r.code === 0 ? r.stdout.trim() : '';
    }
    /** Stages everything under `paths` (default: all) and reports whether anything differs from HEAD. */
    async stage(paths = ['.']) {
        await this.git(['add', '-A', '--', ...paths]);
        const r = await this.git(['status', '--porcelain', '--', ...paths]);
        return r.stdout.trim() !== '';
    }
    /** Commits the staged change; the message is passed on stdin, so it can be any length. */
    async commit(message) {
        await this.git(['commit', '-q', '--no-verify', '-F', '-'], { input: message });
        return this.head();
    }
    /** Pushes HEAD (or `commit`) to the branch. Returns false when the remote rejected it as not fast-forward. */
    async push(targetBranch = this.branch, opts = {}) {
        const args = [
            'push',
            '--porcelain',
            // A thin pack deltas against the remote's blobs, which a clone without them then fetches.
            ...(this.partial ? ['--no-thin'] : []),
            'origin',
            `${opts.force ? '+' : ''}${opts.commit ?? 'HEAD'}:refs/heads/${targetBranch}`,
        ];
        const r = await this.git(args, { network: true, allowFailure: true });
        if (r.code === 0)
            return true;
        const text = `${r.stdout}\n${r.stderr}`;
        if (/\[rejected\]|non-fast-forward|fetch first|\[remote rejected\].*(lock|failed to update|reference already exists)|stale info/i.test(text)) {
            return false;
        }
        // The connection broke once the pack was on its way (server killed, proxy cut): a ref moves
        // atomically, so the branch has its old tip or the whole push, and a re-run converges.
        if (/remote end hung up|unexpected disconnect|RPC failed|Empty reply from server/i.test(text) &&
            !/HTTP 40[1345]|Authentication failed/i.test(text)) {
            throw new RingwayError(`push to ${displayUrl(this.url)} was cut off: the server closed the connection (${lastLines(r.stderr, 1)}); the branch holds its old tip or the whole push, never part of it: run the step again`, { kind: 'unreachable' });
        }
        throw classifyNetworkError(this.url, new ExecError('git push', r));
    }
    /** Files changed by the commit at HEAD, as `A|M|D\tpath` lines. */
    async changedFiles() {
        const r = await this.git(['show', '--no-renames', '--name-status', '--format=', 'HEAD'], { allowFailure: true });
        return r.stdout.split('\n').filter(Boolean);
    }
}
/**
 * Turns git's transport errors into one line a user can act on, and a kind for code that decides
 * on it. git reports these only as text on stderr, so this is the one place that reads it.
 */
function classifyNetworkError(url, err) {
    const text = `${err.result.stderr}\n${err.result.stdout}`;
    const where = displayUrl(url);
    // An empty `token` input sent the job's own token: say so, or the user looks at the wrong token.
    const job = jobTokenNote(url);
    const instead = job ? `: ${job}: set 'token' to a token for ${where}` : undefined;
    if (/Authentication failed|HTTP 401|401 Unauthorized|could not read Username|terminal prompts disabled|invalid credentials/i.test(text)) {
        return new RingwayError(`authentication to ${where} failed (HTTP 401)${instead ?? ": check the 'token' input"}`, {
            kind: 'unauthorized',
            status: 401,
            input: 'token',
            cause: err,
        });
    }
    if (/HTTP 403|403 Forbidden|Permission to .* denied|permission denied/i.test(text)) {
        return new RingwayError(`access to ${where} was refused (HTTP 403)${instead ?? ': the token lacks permission for this repository'}`, { kind: 'forbidden', status: 403, ...(instead ? { input: 'token' } : {}), cause: err });
    }
    if (/repository .* not found|not found|does not appear to be a git repository|HTTP 404/i.test(text)) {
        return new RingwayError(`repository ${where} was not found${instead ? `, or the token cannot see it${instead}` : ': check the URL'}`, { kind: 'not-found', ...(instead ? { input: 'token' } : {}), cause: err });
    }
    if (/Could not resolve host|Connection refused|Failed to connect|timed out|Couldn't connect/i.test(text)) {
        return new RingwayError(`cannot reach ${where}: ${lastLines(err.result.stderr, 1)}`, {
            kind: 'unreachable',
            cause: err,
        });
    }
    return new RingwayError(`${err.label} ${where} failed: ${lastLines(err.result.stderr || err.result.stdout, 2)}`, {
        cause: err,
    });
}

;// CONCATENATED MODULE: ./lib/limits.ts


/** The most a server's answer (an API's JSON, a manifest, a downloaded file) may hold: 32 MiB. */
const MAX_ANSWER_BYTES = 32 << 20;
/** `1 MiB`, `64 KiB`: a size limit as a person reads it. */
function formatBytes(n) {
    if (n >= 1 << 20 && n % (1 << 20) === 0)
        return `${n / (1 << 20)} MiB`;
    if (n >= 1 << 10 && n % (1 << 10) === 0)
        return `${n / (1 << 10)} KiB`;
    return `${n} bytes`;
}
/**
 * A file of at most `maxBytes`, read without trusting its size: `/dev/zero`, a FIFO or a file still
 * growing is refused once more than the limit has been read, instead of filling the memory.
 * `what` starts the error line (`the event file /dev/zero`).
 */
function readFileLimited(path, maxBytes, what) {
    const fd = openSync(path, 'r');
    try {
        const buf = Buffer.alloc(maxBytes + 1);
        let n = 0;
        for (;;) {
            const got = readSync(fd, buf, n, buf.length - n, null);
            if (got === 0)
                break;
            n += got;
            if (n > maxBytes)
                throw new RingwayError(`${what} is larger than ${formatBytes(maxBytes)}`, { kind: 'usage' });
        }
        return buf.subarray(0, n);
    }
    finally {
        closeSync(fd);
    }
}
/**
 * A response body of at most `maxBytes`, read as it streams: a server sending more (a proxy's
 * endless page, a hostile chart server) is cut off and refused, naming `what` and the limit. A
 * server that stops sending meets the request's timeout signal here, after fetch has returned:
 * `timedOut` gives the caller's one-line error (the service and the input that bounds it) instead
 * of the runtime's "The operation was aborted due to timeout".
 */
async function readBody(res, maxBytes, what, timedOut) {
    const tooLarge = () => new errors/* RingwayError */.Sy(`${what} is larger than ${formatBytes(maxBytes)}`, { kind: 'invalid-answer' });
    if (Number(res.headers.get('content-length')) > maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw tooLarge();
    }
    if (!res.body)
        return Buffer.alloc(0);
    const reader = res.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read().catch((e) => {
            throw e.name === 'TimeoutError' || e.name === 'AbortError' ? timedOut() : e;
        });
        if (done)
            break;
        total += value.byteLength;
        if (total > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw tooLarge();
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./lib/hld/sources.ts















function defaultCacheDir() {
    return process.env.RINGWAY_CACHE_DIR || (0,external_node_path_.join)(process.env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'ringway');
}
async function key(...parts) {
    return (await (0,hash/* sha256 */.s)()).update(parts.join('\0')).digest('hex').slice(0, 32);
}
/**
 * Fetches remote component sources once into a content-addressed cache. A pinned source (git
 * commit or tag, helm chart version) is reused across runs; an unpinned one (branch tip, latest
 * chart) is fetched once per run. Concurrent requests for one source share one fetch.
 */
class SourceCache {
    dir;
    access;
    inflight = new Map();
    /** Source URL → the variable an access.yaml names for it (the first read wins), where the step allows it. */
    named = new Map();
    /** Source URL → why an access.yaml entry for it was ignored, for the error of a fetch that then fails. */
    withheld = new Map();
    /** Folders (real paths) whose repositories git components may name as a local source. */
    localSources;
    constructor(dir, 
    /** The tokens the pipeline author allowed, and for which hosts (the `access-tokens` input). */
    access = access_tokens/* AccessTokens */.z.none(), 
    /** The pipeline author's `local-sources`: folders holding repositories an HLD may read. */
    localSources = []) {
        this.dir = dir;
        this.access = access;
        this.localSources = localSources.map((f) => realOrResolved(f));
    }
    /** A checkout of `url` at `version` (commit/tag) or `branch`, shallow where possible. */
    async git(url, version, branch, who) {
        // HLD content is untrusted: the URL and refs are checked before git sees them (an option-looking
        // `version` would otherwise reach `git fetch` as an option), and follow --end-of-options.
        (0,validate/* checkRepoUrl */.GK)(url, `component '${who}': source`);
        (0,validate/* checkOptionalRef */.Qr)(version, `component '${who}': version`);
        (0,validate/* checkOptionalRef */.Qr)(branch, `component '${who}': branch`);
        this.checkLocal(url, who);
        const pinned = version !== '';
        const id = `git-${await key(url, version, branch)}`;
        return this.once(id, pinned, async (target) => {
            const token = this.access.tokenFor(url, this.named.get(url));
            const env = auth_gitAuthEnv(url, token);
            const timeout = { ms: (0,lib_exec/* networkTimeoutMs */.mi)(), service: `git server ${auth_displayUrl(url)}` };
            const git = (args) => ['-c', 'credential.helper=', ...TEMP_CLONE_CONFIG, ...args];
            const run = (args, cwd) => (0,lib_exec/* exec */.m0)('git', git(args), { cwd, env, label: `git ${args[0]}`, ...(args[0] === 'fetch' ? { timeout } : {}) });
            try {
                await run(['init', '-q', target]);
                const ref = version || (branch ? `refs/heads/${branch}` : 'HEAD');
                // Shallow fetch of exactly the wanted commit; servers that refuse fetching by SHA get a full fetch.
                const shallow = await (0,lib_exec/* exec */.m0)('git', git(['fetch', '-q', '--depth=1', '--end-of-options', url, ref]), {
                    cwd: target,
                    env,
                    allowFailure: true,
                    timeout,
                    label: 'git fetch',
                });
                if (shallow.code !== 0) {
                    if (!version)
                        throw new lib_exec/* ExecError */.cI('git fetch', shallow);
                    await run(['fetch', '-q', '--tags', '--end-of-options', url, '+refs/heads/*:refs/remotes/origin/*'], target);
                    const commit = await (0,lib_exec/* exec */.m0)('git', git(['rev-parse', '--verify', '-q', '--end-of-options', `${version}^{commit}`]), { cwd: target, env, allowFailure: true });
                    if (commit.code !== 0)
                        throw new errors/* RingwayError */.Sy(`no commit, tag or branch '${version}'`);
                    await run(['checkout', '-q', '--detach', commit.stdout.trim()], target);
                }
                else {
                    await run(['checkout', '-q', '--detach', 'FETCH_HEAD'], target);
                }
                await (0,promises_.rm)((0,external_node_path_.join)(target, '.git'), { recursive: true, force: true });
            }
            catch (err) {
                const detail = err instanceof lib_exec/* ExecError */.cI ? (0,lib_exec/* lastLines */.w$)(err.result.stderr, 1) : err.message;
                // Said only where the server answered and refused: not for a timeout or no connection at all.
                const refused = err instanceof lib_exec/* ExecError */.cI && !/Failed to connect|Could not resolve host/i.test(detail);
                const withheld = token || !refused ? undefined : this.withheld.get(url);
                throw new errors/* RingwayError */.Sy(`component '${who}': cannot fetch ${auth_displayUrl(url)}${version ? `@${version}` : branch ? ` (branch ${branch})` : ''}: ${detail}${withheld ? ` (no token was sent: ${withheld})` : ''}`);
            }
        });
    }
    /**
     * An HLD is untrusted content: its git sources name remote repositories. A path or file:// URL
     * would let it render any repository of the runner (another job's checkout, a credentials repo),
     * so one is read only inside a folder the pipeline author listed in `local-sources`.
     */
    checkLocal(url, who) {
        const path = localRepoPath(url);
        if (path === undefined)
            return;
        const real = realOrResolved(path);
        if (this.localSources.some((folder) => inside(folder, real)))
            return;
        throw new errors/* RingwayError */.Sy(`component '${who}': source '${url}' is a repository on this machine; an HLD may name only remote repositories (https://, ssh://, host:path), unless the pipeline lists its folder in input 'local-sources'`);
    }
    /** A chart from a helm repository, untarred; returns the chart folder. */
    async helmChart(repoUrl, chart, version, who) {
        (0,validate/* checkHelmRepoUrl */.a_)(repoUrl, `component '${who}': source`);
        if (chart.startsWith('-') || version.startsWith('-'))
            throw new errors/* RingwayError */.Sy(`component '${who}': chart name and version may not start with '-'`);
        const id = `helm-${await key(repoUrl, chart, version)}`;
        const dir = await this.once(id, version !== '', async (target) => {
            const args = ['pull', `--repo=${repoUrl}`, '--untar', `--untardir=${target}`];
            if (version)
                args.push(`--version=${version}`);
            args.push('--', chart);
            // A chart repository that never answers must not hang generate (helm pull has no timeout of its own).
            const r = await (0,lib_exec/* exec */.m0)('helm', args, {
                allowFailure: true,
                label: 'helm pull',
                timeout: { ms: (0,lib_exec/* networkTimeoutMs */.mi)(), service: `helm repository ${auth_displayUrl(repoUrl)}` },
            }).catch((err) => {
                throw new errors/* RingwayError */.Sy(`component '${who}': ${err.message}`);
            });
            if (r.code !== 0)
                throw new errors/* RingwayError */.Sy(`component '${who}': helm pull ${chart} from ${auth_displayUrl(repoUrl)} failed: ${(0,lib_exec/* lastLines */.w$)(r.stderr, 1)}`);
        });
        const [name] = await (0,promises_.readdir)(dir);
        return (0,external_node_path_.join)(dir, name);
    }
    /** A single manifest file over HTTP(S) (`type: static`, `method: http`). */
    async http(url, name, who) {
        return this.once(`http-${await key(url)}`, false, async (target) => {
            if (!/\.ya?ml$/i.test(new URL(url).pathname)) {
                throw new errors/* RingwayError */.Sy(`component '${who}': source for a static http component must end in .yaml or .yml`);
            }
            const res = await fetch(url, { signal: AbortSignal.timeout((0,lib_exec/* networkTimeoutMs */.mi)()) }).catch((e) => {
                if (e.name === 'TimeoutError')
                    throw new errors/* RingwayError */.Sy(`component '${who}': ${(0,lib_exec/* noAnswerError */.q9)(auth_displayUrl(url)).message}`);
                throw new errors/* RingwayError */.Sy(`component '${who}': cannot download ${auth_displayUrl(url)}: ${e.message}`);
            });
            if (!res.ok)
                throw new errors/* RingwayError */.Sy(`component '${who}': downloading ${auth_displayUrl(url)} failed with HTTP ${res.status}`);
            await (0,promises_.mkdir)(target, { recursive: true });
            const body = await readBody(res, MAX_ANSWER_BYTES, `component '${who}': the download of ${auth_displayUrl(url)}`, () => new errors/* RingwayError */.Sy(`component '${who}': ${(0,lib_exec/* noAnswerError */.q9)(auth_displayUrl(url)).message}`, { kind: 'timeout' }));
            await (0,promises_.writeFile)((0,external_node_path_.join)(target, `${name}.yaml`), body);
        });
    }
    once(id, pinned, fill) {
        let p = this.inflight.get(id);
        if (!p) {
            p = this.fetchInto(id, pinned, fill);
            this.inflight.set(id, p);
        }
        return p;
    }
    async fetchInto(id, pinned, fill) {
        const final = (0,external_node_path_.join)(this.dir, 'sources', id);
        if (pinned && (await (0,hld_files/* exists */.t2)(final)))
            return final;
        await (0,promises_.mkdir)((0,external_node_path_.join)(this.dir, 'sources'), { recursive: true });
        const tmp = await (0,promises_.mkdtemp)((0,external_node_path_.join)(this.dir, 'sources', `.tmp-${id}-`));
        const target = (0,external_node_path_.join)(tmp, 'x');
        try {
            await fill(target);
            await (0,promises_.rm)(final, { recursive: true, force: true });
            // Rename is atomic: a reader sees the old entry or the complete new one, never half.
            await (0,promises_.rename)(target, final).catch(async (err) => {
                if (!(err.code === 'ENOTEMPTY' || err.code === 'EEXIST'))
                    throw err;
            });
            return final;
        }
        finally {
            await (0,promises_.rm)(tmp, { recursive: true, force: true });
        }
    }
}
/** The folder a git source on this machine names (a file:// URL or a path), else undefined. */
function localRepoPath(url) {
    if (/^file:/i.test(url)) {
        try {
            return (0,external_node_url_.fileURLToPath)(url);
        }
        catch {
            return url.replace(/^file:(\/\/)?/i, '/'); // file://host/path: still this machine's file
        }
    }
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url))
        return undefined; // https, ssh, git
    if (/^(?:[^@/]+@)?(?:\[[^\]/]+\]|[^:/]+):/.test(url) && !/^[A-Za-z]:[\\/]/.test(url))
        return undefined; // scp form
    return (0,external_node_path_.resolve)(url);
}
/** The real path of `path`, or of its deepest existing folder with the rest appended. */
function realOrResolved(path) {
    const abs = (0,external_node_path_.resolve)(path);
    try {
        return (0,external_node_fs_.realpathSync)(abs);
    }
    catch {
        const up = (0,external_node_path_.resolve)(abs, '..');
        return up === abs ? abs : (0,external_node_path_.join)(realOrResolved(up), abs.slice(up.length + (up.endsWith('/') ? 0 : 1)));
    }
}

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
    const cacheDir = (0,external_node_path_.resolve)(opts.cacheDir || defaultCacheDir());
    const sources = new SourceCache(cacheDir, opts.access, opts.localSources);
    const groups = opts.environments.length ? opts.environments : [[]];
    const names = groups.map(hld_names/* folderName */.ub);
    for (const n of names)
        if (/[/\\]|^\.\.?$/.test(n))
            throw new errors/* RingwayError */.Sy(`environment folder name '${n}' is not valid`);
    // A folder that is not an HLD fails before anything is written: no empty output folder is left.
    if (!(await (0,hld_names/* definitionFile */.yN)(hld)))
        throw noDefinition('.');
    // A committed `generated` link must not carry the output out of the HLD.
    if (inside(hld, output))
        await assertResolvesInside(hld, output, 'output');
    await (0,promises_.mkdir)(output, { recursive: true });
    // Staging is named after this process: one left by a killed run is removed by the next.
    await removeStaleStaging(output);
    const staging = await (0,promises_.mkdtemp)((0,external_node_path_.join)(output, `.ringway-staging-${process.pid}-`));
    const renderer = new Renderer(cacheDir);
    renderer.warmUp();
    // Each environment set's walk reads the HLD again; files whose bytes did not change are parsed once.
    const parsed = new ParsedFiles();
    const limit = limiter(opts.concurrency || defaultConcurrency());
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
                await runHooks(node, 'after-generate');
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
            const nodes = await walkTree({
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
                    await limit(() => runHooks(node, 'before-generate'));
                    const done = renderOne(node).catch((err) => {
                        failed.push(err);
                    });
                    if (hasHook(node, 'after-generate'))
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
        walked.push(await walkTree({
            hld: ctx.hld,
            environments: envs,
            sources: ctx.sources,
            parsed: ctx.parsed,
            warn: ctx.warn,
            visit: async (node) => {
                found++;
                await limit(() => runHooks(node, 'before-generate'));
                if (!hasHook(node, 'after-generate'))
                    return;
                early.set(node, await limit(() => ctx.render(node)));
                await runHooks(node, 'after-generate');
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
    for await (const { path: file } of walkFiles(folder)) {
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