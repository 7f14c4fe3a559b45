"use strict";
exports.id = 293;
exports.ids = [293];
exports.modules = {

/***/ 5009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ commitAndPush)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8913);


/**
 * Apply → commit → push, and when another pipeline pushed first: fetch the new tip, apply the
 * change again on it, and retry after a jittered backoff, a bounded number of times. Re-applying
 * (rather than rebasing) means two edits to one file never conflict and none is lost.
 */
async function commitAndPush(opts) {
    const max = opts.maxAttempts ?? 8;
    const base = opts.baseDelayMs ?? 250;
    for (let attempt = 1;; attempt++) {
        await opts.apply();
        const changed = await opts.repo.stage(opts.paths);
        const tip = await opts.repo.head();
        // Nothing to commit: done, unless the branch is new and has a base commit to start it from.
        if (!changed && (opts.repo.branchExists || !tip))
            return { changed: false, commit: tip, attempts: attempt, pushed: false };
        const commit = changed ? await opts.repo.commit(opts.message) : tip;
        if (opts.dryRun)
            return { changed: true, commit, attempts: attempt, pushed: false };
        if (await opts.repo.push()) {
            opts.repo.branchExists = true;
            return { changed: true, commit, attempts: attempt, pushed: true };
        }
        if (attempt >= max) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`push to branch '${opts.repo.branch}' was rejected ${max} times because others kept pushing; nothing was pushed`);
        }
        const delay = (0,_backoff_js__WEBPACK_IMPORTED_MODULE_1__/* .backoffDelay */ .E)(base, attempt);
        opts.log?.(`push rejected: '${opts.repo.branch}' moved on; re-applying on the new tip in ${delay} ms (attempt ${attempt + 1}/${max})`);
        await (0,_backoff_js__WEBPACK_IMPORTED_MODULE_1__/* .sleep */ .y)(delay);
        await opts.repo.syncToRemote();
    }
}


/***/ }),

/***/ 5717:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ safeRelativePath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8115);


/** A path inside the repository: relative, no `..`; `.` or empty is the root. */
function safeRelativePath(value, inputName) {
    const v = value.trim() || '.';
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(v) || /^[a-zA-Z]:[\\/]/.test(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input '${inputName}' must be relative to the repository root, got '${value}'`);
    const n = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.normalize)(v).replace(/\\/g, '/').replace(/\/+$/, '');
    if (n === '..' || n.startsWith('../') || n.split('/').includes('.git')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input '${inputName}' must stay inside the repository, got '${value}'`);
    }
    // Paths follow `--` on every command line; a folder named like an option is still never meant.
    if (n.split('/').some((p) => p.startsWith('-')))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`input '${inputName}': '${value}' looks like an option (a part starts with '-')`);
    return n || '.';
}


/***/ }),

/***/ 8290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fn: () => (/* binding */ loadDataFile),
/* harmony export */   K1: () => (/* binding */ MAX_ALIASES),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   cX: () => (/* binding */ firstDocument),
/* harmony export */   fX: () => (/* binding */ containedPath),
/* harmony export */   t2: () => (/* binding */ exists)
/* harmony export */ });
/* unused harmony export parseData */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8115);
/* harmony import */ var _yaml_engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(617);




/** Aliases a file may expand; bounds "billion laughs" documents. */
const MAX_ALIASES = 100;
async function exists(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).then(() => true, () => false);
}
/**
 * Parses one YAML or JSON file into plain data. Errors name the file and line:
 * `config/prod.yaml:4: …`.
 */
async function loadDataFile(path, display) {
    const json = path.endsWith('.json');
    const [text] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'), json || (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .loadYaml */ .y)()]);
    return parseData(text, display, json);
}
/** Parses YAML or JSON text; YAML after loadYaml() resolved. */
function parseData(text, display, json = false) {
    if (json) {
        try {
            return JSON.parse(text);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${display}: invalid JSON: ${err.message}`);
        }
    }
    const { LineCounter, parseDocument } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .yaml */ .o)();
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, lineCounter });
    const err = doc.errors[0];
    if (err) {
        const line = lineCounter.linePos(err.pos[0]).line;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${display}${line ? `:${line}` : ''}: invalid YAML: ${err.message.split('\n')[0]}`);
    }
    try {
        return doc.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${display}: ${e.message.split('\n')[0]}`);
    }
}
/**
 * The first document of a YAML stream, as Go's yaml.Unmarshal reads it; undefined when unparseable.
 * After loadYaml() resolved (the engine is taken outside the try: a missing engine is not "unparseable").
 */
function firstDocument(text) {
    const { parseAllDocuments } = (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .yaml */ .o)();
    try {
        const docs = parseAllDocuments(text, { uniqueKeys: false });
        if (!Array.isArray(docs))
            return undefined;
        const first = docs[0];
        if (!first)
            return null;
        if (first.errors.length)
            return undefined;
        return first.toJS({ maxAliasCount: MAX_ALIASES });
    }
    catch {
        return undefined;
    }
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * Resolves `path` under `base` and proves it stays inside `root` — also through symlinks.
 * `what` names the offending field in the error.
 */
async function containedPath(root, base, path, what) {
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${what}: absolute path '${path}' is not allowed; paths are relative to the HLD`);
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base, path);
    assertInside(root, full, what, path);
    if (await exists(full)) {
        const [realRoot, realFull] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(full)]);
        assertInside(realRoot, realFull, what, path);
    }
    return full;
}
function assertInside(root, full, what, original) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, full);
    if (rel === '..' || rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${what}: path '${original}' leads outside the HLD`);
    }
}


/***/ }),

/***/ 237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   In: () => (/* binding */ parseSetArg),
/* harmony export */   TL: () => (/* binding */ splitKeyPath),
/* harmony export */   r0: () => (/* binding */ checkEnvironmentName),
/* harmony export */   tq: () => (/* binding */ isEnvironmentName),
/* harmony export */   ub: () => (/* binding */ folderName),
/* harmony export */   yN: () => (/* binding */ definitionFile)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8115);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8290);
// The HLD's names as users type them: environment names and the output folders named after them,
// `fab set`'s `key.path=value` arguments, the definition file of a component folder. No YAML here:
// steps check their inputs with these before anything is fetched or parsed.



/** The definition file of a component folder: `component.yaml`, else `component.json`; undefined when neither exists. */
async function definitionFile(dir) {
    for (const file of ['component.yaml', 'component.json']) {
        if (await (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .exists */ .t2)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, file)))
            return file;
    }
    return undefined;
}
/**
 * Parses `image.tag=123` as `fab set` does: exactly one `=`, the key path split on dots, where a
 * double-quoted segment keeps its dots (`"a.b".c=1` is the keys `a.b`, `c`). Values stay strings.
 */
function parseSetArg(arg) {
    const parts = arg.split('=');
    if (parts.length !== 2 || !parts[0].trim())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`'${shown(arg)}' is not a key=value pair (a key path, one '=', a value)`);
    return { keyPath: splitKeyPath(parts[0].trim(), arg), value: parts[1] };
}
/**
 * A dotted key path (`image.tag`, `"a.b".c`), or a subcomponent path. No part may be empty, nor
 * start with '-': such a key is never meant (it is what an option given in the wrong place becomes).
 */
function splitKeyPath(path, arg = path) {
    const keys = [];
    let cur = '';
    let quoted = false;
    for (const ch of path) {
        if (ch === '"')
            quoted = !quoted;
        else if (ch === '.' && !quoted) {
            keys.push(cur);
            cur = '';
        }
        else
            cur += ch;
    }
    keys.push(cur);
    const what = arg === path ? `'${shown(path)}'` : `'${shown(arg)}': '${shown(path)}'`;
    if (quoted || keys.some((k) => k === ''))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${what} is not a valid key path (an empty part or an unclosed '"')`);
    if (keys.some((k) => k.startsWith('-')))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${what} is not a valid key path: a part starts with '-', like an option`);
    return keys;
}
/**
 * The one rule for an environment name (config/<environment>.yaml): letters, digits, '_', '.',
 * '-', not starting with '.' or '-' (never a hidden file, never an option).
 */
function isEnvironmentName(name) {
    return /^\w[\w.-]*$/.test(name);
}
/** isEnvironmentName, or an error naming the environment (the step adds which input it came from). */
function checkEnvironmentName(environment) {
    if (!isEnvironmentName(environment)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`environment name '${shown(environment)}' is not valid: letters, digits, '_', '.' and '-', not starting with '.' or '-'`);
    }
    return environment;
}
/** A value as messages quote it: one line, at most 80 characters. */
function shown(s) {
    const clean = s.replace(/[\x00-\x1f\x7f]/g, '?');
    return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}
/** Output folder name for a set of environments, as `fab generate prod east` names it. */
function folderName(envs) {
    return envs.length ? envs.join('-') : 'common';
}


/***/ }),

/***/ 617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ yaml),
/* harmony export */   y: () => (/* binding */ loadYaml)
/* harmony export */ });
let engine;
let loading;
/** Loads the engine once; every async path that reads or writes YAML awaits it first. */
function loadYaml() {
    loading ??= __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)).then((m) => (engine = m));
    return loading;
}
/**
 * The engine, for synchronous code. Called before loadYaml() resolved it throws: that is a bug in
 * the caller (a path that forgot to await), never bad input, and must not read as "no document".
 */
function yaml() {
    if (!engine)
        throw new Error('internal error: YAML read before loadYaml() resolved');
    return engine;
}


/***/ }),

/***/ 1293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  branchName: () => (/* binding */ branchName),
  changeHld: () => (/* binding */ changeHld),
  checkEnvironment: () => (/* binding */ checkEnvironment),
  collectEdits: () => (/* binding */ collectEdits),
  pullRequestBody: () => (/* binding */ pullRequestBody),
  step: () => (/* binding */ step)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/template.ts
var lib_template = __webpack_require__(5078);
// EXTERNAL MODULE: ./lib/fs/contained.ts
var contained = __webpack_require__(2729);
// EXTERNAL MODULE: ./lib/fs/temp.ts
var temp = __webpack_require__(1584);
// EXTERNAL MODULE: ./lib/git/auth.ts
var auth = __webpack_require__(7023);
// EXTERNAL MODULE: ./lib/git/paths.ts
var paths = __webpack_require__(5717);
// EXTERNAL MODULE: ./lib/git/validate.ts
var validate = __webpack_require__(9719);
// EXTERNAL MODULE: ./lib/git/repo.ts
var git_repo = __webpack_require__(9941);
// EXTERNAL MODULE: ./lib/git/commit-and-push.ts
var commit_and_push = __webpack_require__(5009);
// EXTERNAL MODULE: ./lib/hld/definition.ts
var definition = __webpack_require__(6668);
// EXTERNAL MODULE: ./lib/hld/files.ts
var files = __webpack_require__(8290);
;// CONCATENATED MODULE: ./lib/hld/component-path.ts



/**
 * Proves a dotted subcomponent path (`trivia.frontend.dev`) names components of the HLD, as far
 * as the local files tell (a remote git component ends the check: its insides are not fetched).
 */
async function checkComponentPath(root, componentDir, path, shown) {
    let dir = componentDir;
    let def = await (0,definition/* loadDefinition */.yQ)(dir, '.');
    for (const [i, name] of path.entries()) {
        const sub = def.subcomponents.find((s) => s.name === name);
        const where = path.slice(0, i).join('.') || def.name;
        if (!sub) {
            const known = def.subcomponents.map((s) => s.name).join(', ') || 'none';
            throw new errors/* RingwayError */.Sy(`component '${shown}': '${name}' is not a subcomponent of '${where}' (it has: ${known})`);
        }
        if (i === path.length - 1)
            return;
        if ((0,definition/* isInlined */.a4)(sub))
            throw new errors/* RingwayError */.Sy(`component '${shown}': '${name}' is a ${sub.type} component and has no subcomponents`);
        if (sub.method === 'git')
            return;
        dir = await (0,files/* containedPath */.fX)(root, dir, `${sub.source || '.'}/${sub.path || '.'}`, `component '${shown}'`);
        def = await (0,definition/* loadDefinition */.yQ)(dir, path.slice(0, i + 1).join('/'));
    }
}

// EXTERNAL MODULE: ./lib/hld/names.ts
var names = __webpack_require__(237);
// EXTERNAL MODULE: ./lib/scm/select.ts + 5 modules
var scm_select = __webpack_require__(5882);
// EXTERNAL MODULE: ./lib/steps/types.ts
var types = __webpack_require__(2667);
;// CONCATENATED MODULE: ./lib/steps/update-hld.ts

















const step = {
    name: 'update-hld',
    title: 'Update HLD',
    description: 'Sets values (by default the image tag) in a Fabrikate HLD with `fab set` semantics, keeping the rest of the config file byte for byte, and proposes the change through a pull request (GitHub, Azure DevOps, or a local merge) or pushes it directly. Re-runs update the same pull request; a change already on the branch does nothing.',
    azureTaskId: '9d3e7b21-4c5a-4e8f-b1d6-3a2c8f7e6d54',
    inputs: [
        { name: 'hld-repo', description: 'URL of the HLD repository', required: true },
        { name: 'branch', description: "Branch the change is for; empty = the repository's default branch" },
        { name: 'hld-path', description: 'Folder of the component whose config is edited (where fab set would run)', default: '.' },
        { name: 'component', description: 'Dotted subcomponent path from that component (fab set --subcomponent), e.g. trivia.frontend.dev' },
        { name: 'environment', description: 'Config file to edit: config/<environment>.yaml', default: 'common' },
        { name: 'set', description: 'Lines of key.path=value, or component:key.path=value for another component', kind: 'multiline' },
        { name: 'image-tag', description: 'Shorthand for set image.tag=<tag>' },
        { name: 'image-repository', description: 'Shorthand for set image.repository=<repository>' },
        { name: 'service', description: 'Service name, for the branch name and messages; default the last component segment' },
        { name: 'ring', description: 'Ring (environment of the deployment), for the branch name; default the environment input' },
        { name: 'pull-request', description: 'Propose the change through a pull request; false pushes it to the branch directly', kind: 'boolean', default: 'true' },
        { name: 'pr-branch', description: 'Branch name template; {service} {ring} {tag} {component} {environment} {build-id}', default: 'DEPLOY/{service}-{ring}-{tag}', visibleWhen: 'pull-request = true' },
        { name: 'provider', description: 'Pull request provider; auto picks it from the repository URL', options: [...scm_select/* PROVIDERS */.xq], default: 'auto', visibleWhen: 'pull-request = true' },
        { name: 'api-url', description: 'REST API root for GitHub Enterprise (https://host/api/v3) or an Azure DevOps server collection', visibleWhen: 'pull-request = true' },
        { name: 'auto-merge', description: 'Enable auto-merge (GitHub) or auto-complete (Azure DevOps) on the pull request', kind: 'boolean', default: 'false', visibleWhen: 'pull-request = true' },
        { name: 'merge-method', description: 'How an auto-merged pull request is merged', options: ['merge', 'squash', 'rebase'], default: 'merge', visibleWhen: 'auto-merge = true' },
        { name: 'labels', description: 'Labels for the pull request', kind: 'list', visibleWhen: 'pull-request = true' },
        { name: 'reviewers', description: 'Reviewers to request (GitHub logins; Azure DevOps identity ids)', kind: 'list', visibleWhen: 'pull-request = true' },
        { name: 'message', description: 'Commit message and pull request title; default names the service, tag and build' },
        { name: 'max-attempts', description: 'How many times a rejected direct push is re-applied and retried', default: '8' },
        ...types/* gitInputs */._H,
    ],
    outputs: [
        { name: 'changed', description: "'true' when the HLD differs from the branch and a commit was made" },
        { name: 'commit', description: 'HLD commit holding the change (the merge commit for the local provider)' },
        { name: 'branch', description: 'Branch pushed to (the pull request branch, or the target in direct mode)' },
        { name: 'pull-request-number', description: 'Pull request number or id', aliases: ['pr-number'] },
        { name: 'pull-request-url', description: 'Pull request web address', aliases: ['pr-url'] },
    ],
    async run(inputs, host) {
        const component = inputs.string('component') ? (0,errors/* withInput */.zE)('component', () => (0,names/* splitKeyPath */.TL)(inputs.string('component'))) : [];
        const environment = checkEnvironment(inputs.string('environment'));
        const edits = collectEdits(inputs.lines('set'), component, inputs.string('image-tag'), inputs.string('image-repository'));
        const tag = inputs.string('image-tag') || edits.flatMap((e) => e.pairs).find((p) => p.keyPath.join('.') === 'image.tag')?.value || '';
        const service = inputs.string('service') || component[component.length - 1] || 'hld';
        const ring = inputs.string('ring') || environment;
        const message = inputs.string('message') || defaultMessage(service, tag, edits, environment);
        const body = pullRequestBody(host.build, edits, environment);
        const r = await changeHld(inputs, host, 'update-hld', async () => ({ edits, message, body, branchValues: { service, ring, tag, component: component.join('.'), environment } }));
        return { changed: String(r.changed), commit: r.commit, branch: r.branch, 'pull-request-number': r.prNumber, 'pull-request-url': r.prUrl };
    },
};
function checkEnvironment(environment) {
    return (0,errors/* withInput */.zE)('environment', () => (0,names/* checkEnvironmentName */.r0)(environment));
}
/**
 * Checks out the HLD named by the repository inputs (hld-repo, branch, hld-path, pull-request,
 * provider, …), lets `plan` decide the change on that checkout, and lands it: a direct push
 * re-applied on a moved tip, or a pull request (re-runs update the open one). Shared by update-hld
 * and rollback, so both take the same reviewed path with the same concurrency safety.
 */
async function changeHld(inputs, host, stepName, plan, opts = {}) {
    const settings = {
        url: (0,validate/* checkRepoInput */.BI)(inputs.string('hld-repo'), 'hld-repo'),
        hldPath: (0,paths/* safeRelativePath */.l)(inputs.string('hld-path'), 'hld-path'),
        environment: checkEnvironment(inputs.string('environment')),
        token: inputs.string('token'),
        dryRun: inputs.boolean('dry-run'),
        // Checked before any network work, so a bad value fails at once with nothing fetched.
        maxAttempts: inputs.integer('max-attempts', 1),
    };
    // The branch template's placeholders too (their values come later, from the checkout).
    if (inputs.boolean('pull-request')) {
        const placeholders = [...BRANCH_PLACEHOLDERS, ...(stepName === 'rollback' ? ['from-tag'] : [])];
        branchName(inputs.string('pr-branch'), Object.fromEntries(placeholders.map((k) => [k, 'x'])));
    }
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ringway-hld-'));
    try {
        const planned = await collectChange(inputs, host, settings, work, plan, opts.depth);
        return inputs.boolean('pull-request') ? await landPullRequest(inputs, host, stepName, settings, planned) : await landDirect(host, stepName, settings, planned);
    }
    finally {
        await (0,temp/* removeTempDir */.C)(work, (l) => host.debug(l));
    }
}
/** Collect: the checkout, the plan made on it, its components checked, and how to apply it. */
async function collectChange(inputs, host, settings, work, plan, depth) {
    const { url, hldPath, environment, token } = settings;
    const repo = await host.group(`Fetch ${(0,auth/* displayUrl */.Qy)(url)}`, async () => {
        // git's answer names the server; the error adds the input it came from.
        const r = await (0,errors/* withInput */.zE)('hld-repo', () => git_repo/* GitRepo */.tr.checkout({ url, branch: inputs.string('branch'), dir: work, token: token || undefined, identity: { name: inputs.string('git-user-name'), email: inputs.string('git-user-email') }, depth }));
        host.info(r.branchExists ? `fetched ${r.branch} at ${await r.head()}` : `branch ${r.branch} does not exist yet: the push creates it`);
        return r;
    });
    const componentDir = await (0,files/* containedPath */.fX)(work, work, hldPath, "input 'hld-path'");
    const change = await plan({ repo, work, componentDir, environment });
    const { edits, guard } = change;
    for (const e of edits)
        await (0,errors/* withInput */.zE)(e.input ?? 'component', () => checkComponentPath(work, componentDir, e.component, e.component.join('.')));
    const apply = async () => {
        await guard?.();
        // The config file may be a committed link: it must not lead the write out of the checkout.
        for (const ext of ['yaml', 'json'])
            await (0,contained/* assertResolvesInside */.yp)(work, (0,external_node_path_.join)(componentDir, 'config', `${environment}.${ext}`), "input 'hld-path'");
        // The config editor (and its YAML engine) loads here, after the inputs and the clone.
        const { setConfig } = await __webpack_require__.e(/* import() */ 421).then(__webpack_require__.bind(__webpack_require__, 6421));
        for (const e of edits)
            await setConfig({ componentDir, environment, subcomponent: e.component, pairs: e.pairs });
    };
    const rows = [['component', 'environment', 'key', 'value'], ...edits.flatMap((e) => e.pairs.map((p) => [e.component.join('.') || '(root)', environment, p.keyPath.join('.'), p.value]))];
    return { repo, change, apply, rows };
}
/** Direct: commit to the branch and push, re-applied on the new tip when another pipeline pushed first. */
async function landDirect(host, stepName, settings, { repo, change, apply, rows }) {
    const { message, body } = change;
    const r = await host.group(`Commit to ${repo.branch}`, () => (0,commit_and_push/* commitAndPush */.t)({ repo, apply, message: `${message}\n\n${body}\n`, dryRun: settings.dryRun, maxAttempts: settings.maxAttempts, log: (l) => host.info(l) }));
    host.info(r.changed ? `${r.pushed ? 'pushed' : 'dry run: did not push'} ${r.commit} to ${repo.branch}` : `${repo.branch} already has these values`);
    await host.summary({ title: `ringway ${stepName}: ${r.changed ? `committed to ${repo.branch}` : 'no change'}`, rows });
    return { changed: r.changed, commit: r.commit, branch: repo.branch, prNumber: '', prUrl: '' };
}
/** Pull request: push the change to its own branch (unless it already holds it) and open or update the pull request. */
async function landPullRequest(inputs, host, stepName, settings, { repo, change, apply, rows }) {
    const { url, token, dryRun } = settings;
    const { message, body, branchValues } = change;
    await apply();
    if (!(await repo.stage())) {
        host.info(`${repo.branch} already has these values: no branch, no pull request`);
        await host.summary({ title: `ringway ${stepName}: no change`, rows });
        return { changed: false, commit: await repo.head(), branch: '', prNumber: '', prUrl: '' };
    }
    // Resolved before anything is pushed: a wrong provider or missing token must leave no branch.
    const forge = (0,errors/* withInput */.zE)('provider', () => (0,scm_select/* pullRequestForge */.U0)(inputs.string('provider'), url));
    // The repository URL's errors already name 'hld-repo'; what is left is about the token.
    const provider = (0,errors/* withInput */.zE)('token', () => (0,scm_select/* providerFor */.zG)({ provider: forge, url, apiUrl: inputs.string('api-url'), token, repo }));
    if (!dryRun)
        await provider.preflight();
    const prBranch = branchName(inputs.string('pr-branch'), { ...branchValues, 'build-id': host.build.buildId });
    // A re-run for the same change: the open branch already holds exactly this tree.
    const existing = await repo.fetchBranch(prBranch, { depth: 1, allowFailure: true });
    let commit = '';
    if (existing.code === 0 && (await repo.git(['diff', '--cached', '--quiet', `refs/remotes/origin/${prBranch}`], { allowFailure: true })).code === 0) {
        commit = (await repo.git(['rev-parse', `refs/remotes/origin/${prBranch}`])).stdout.trim();
        host.info(`branch ${prBranch} already holds this change (${commit})`);
    }
    else {
        commit = await repo.commit(`${message}\n\n${body}\n`);
        if (!dryRun && !(await repo.push(prBranch, { force: true })))
            throw new errors/* UsageError */.eb(`could not push branch '${prBranch}'`);
    }
    if (dryRun) {
        host.info(`dry run: would push ${commit} to ${prBranch} and open a pull request into ${repo.branch}`);
        return { changed: true, commit, branch: prBranch, prNumber: '', prUrl: '' };
    }
    const pr = await host.group(`Pull request ${prBranch} → ${repo.branch} (${provider.name})`, () => provider.openOrUpdate({
        sourceBranch: prBranch,
        targetBranch: repo.branch,
        title: message.split('\n')[0],
        body,
        labels: inputs.list('labels'),
        reviewers: inputs.list('reviewers'),
        autoMerge: inputs.boolean('auto-merge'),
        mergeMethod: inputs.string('merge-method'),
        // Local merges: others changed the same lines meanwhile, so make the change again on their tip.
        reapply: async () => {
            await apply();
            if (!(await repo.stage()))
                return false;
            await repo.commit(`${message}\n\n${body}\n`);
            return true;
        },
    }));
    const what = pr.mergeCommit ? `merged into ${repo.branch} as ${pr.mergeCommit}` : `${pr.created ? 'opened' : 'updated'} pull request ${pr.number}: ${pr.url}`;
    host.info(what);
    await host.summary({ title: `ringway ${stepName}: ${what}`, rows });
    return { changed: true, commit: pr.mergeCommit ?? commit, branch: prBranch, prNumber: pr.number, prUrl: pr.url };
}
function collectEdits(lines, component, imageTag, imageRepository) {
    const byComponent = new Map();
    const add = (comp, pair, input = 'component') => {
        const k = comp.join('.');
        const e = byComponent.get(k) ?? { component: comp, pairs: [], input };
        e.pairs.push(pair);
        byComponent.set(k, e);
    };
    for (const line of lines) {
        const m = /^([^=:\s]+):([^=]+=.*)$/.exec(line);
        (0,errors/* withInput */.zE)('set', () => (m ? add((0,names/* splitKeyPath */.TL)(m[1]), (0,names/* parseSetArg */.In)(m[2]), 'set') : add(component, (0,names/* parseSetArg */.In)(line))));
    }
    if (imageTag)
        add(component, { keyPath: ['image', 'tag'], value: imageTag });
    if (imageRepository)
        add(component, { keyPath: ['image', 'repository'], value: imageRepository });
    if (byComponent.size === 0)
        throw new errors/* UsageError */.eb("nothing to set: give 'image-tag', 'image-repository' or 'set'");
    return [...byComponent.values()];
}
/** Placeholders of update-hld's pr-branch template (rollback adds {from-tag}). */
const BRANCH_PLACEHOLDERS = ['service', 'ring', 'tag', 'component', 'environment', 'build-id'];
/** Fills the branch template and makes the result a valid git branch name. */
function branchName(template, values) {
    const filled = (0,lib_template/* fillTemplate */.o)(template, values, "input 'pr-branch'");
    const clean = filled
        .replace(/[\s~^:?*[\\\x00-\x1f\x7f]+/g, '-')
        .replace(/\.\.+/g, '.')
        .replace(/@\{/g, '-')
        .replace(/\/+/g, '/')
        .replace(/-{2,}/g, '-')
        .replace(/(^[/.-]+)|([/.-]+$)|(\.lock$)/g, '')
        .replace(/\/\./g, '/');
    if (!clean)
        throw new errors/* UsageError */.eb(`input 'pr-branch': '${template}' gives an empty branch name`);
    return (0,validate/* checkRef */.__)(clean, 'pr-branch');
}
function defaultMessage(service, tag, edits, environment) {
    // Bedrock's wording, so history and dashboards read the same after the switch.
    if (tag)
        return `Updating ${service} image tag to ${tag}.`;
    const pairs = edits.flatMap((e) => e.pairs.map((p) => `${p.keyPath.join('.')}=${p.value}`));
    return `Updating ${service} (${environment}): ${pairs.join(', ')}`;
}
function pullRequestBody(build, edits, environment) {
    const lines = edits.flatMap((e) => e.pairs.map((p) => `- \`${e.component.join('.') || '(root)'}\` ${environment}: \`${p.keyPath.join('.')}\` = \`${p.value}\``));
    const origin = build.pipeline || build.buildId ? `PR created by: ${build.pipeline || 'pipeline'} with buildId: ${build.buildId} and buildNumber: ${build.buildNumber}` : 'PR created by: ringway';
    return [origin, ...(build.buildUrl ? [`Build: ${build.buildUrl}`] : []), ...(build.commit ? [`Source commit: ${build.commit}`] : []), '', ...lines].join('\n');
}


/***/ }),

/***/ 5078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ fillTemplate)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);

/**
 * Fills the `{name}` placeholders of a template (image tags, branch names) from `values`. A
 * placeholder not among them is an error that lists those that are; `value` may refine a known
 * one or refuse it (an empty value). `what` begins the error: where the template came from.
 */
function fillTemplate(template, values, what, value = (_k, v) => v) {
    return template.replace(/\{([\w-]+)\}/g, (m, key) => {
        if (!Object.hasOwn(values, key))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what}: unknown placeholder ${m} in '${template}' (known: ${Object.keys(values).map((k) => `{${k}}`).join(', ')})`);
        return value(key, values[key], m);
    });
}


/***/ })

};
;