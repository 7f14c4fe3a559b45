"use strict";
exports.id = 330;
exports.ids = [330];
exports.modules = {

/***/ 2729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ assertEntriesInside),
/* harmony export */   RN: () => (/* binding */ assertTreeInside),
/* harmony export */   nx: () => (/* binding */ inside),
/* harmony export */   yp: () => (/* binding */ assertResolvesInside)
/* harmony export */ });
/* unused harmony export assertNoLinkOnPath */
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
    for await (const { path, entry } of (0,_walk_js__WEBPACK_IMPORTED_MODULE_3__/* .walkFiles */ .F)(dir, {
        skip: (e) => e.isDirectory() && e.name === '.git',
        skipUnreadable: true,
    })) {
        if (entry.isSymbolicLink())
            await assertResolvesInside(root, path, what);
    }
}


/***/ }),

/***/ 8627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ walkFiles),
/* harmony export */   s: () => (/* binding */ walkFilesSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Every entry under `dir` that is not a folder (files, symlinks, others), depth first in the order
 * the file system lists them, with its full path. Folders are entered, never yielded; a symlink is
 * yielded, never followed, so a walk cannot leave the tree or loop.
 */
async function* walkFiles(dir, opts = {}) {
    const entries = opts.skipUnreadable
        ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true }).catch(() => [])
        : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { withFileTypes: true });
    for (const entry of entries) {
        if (opts.skip?.(entry))
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, entry.name);
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
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
    }
    catch (err) {
        if (opts.skipUnreadable)
            return;
        throw err;
    }
    // The names come from the folder: no `..` or doubled `/` to normalise away (join's cost here).
    const base = dir.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? dir : `${dir}${node_path__WEBPACK_IMPORTED_MODULE_2__.sep}`;
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


/***/ }),

/***/ 5009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bZ: () => (/* binding */ pushWithRetries),
/* harmony export */   mt: () => (/* binding */ editAndPush)
/* harmony export */ });
/* unused harmony exports commitAndPush, stripspace */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8115);
/* harmony import */ var _fs_contained_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2729);
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8913);
/* harmony import */ var _fast_import_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2889);






/**
 * The loop both ways of pushing share: build a commit on the current tip, push it, and when another
 * pipeline pushed first, refresh to the new tip and build again after a wait drawn from the time
 * the lost attempt took (raceDelay), a bounded number of times. Building again (rather than
 * rebasing) means two edits never conflict and none is lost.
 */
async function pushWithRetries(opts, build, refresh) {
    const { repo } = opts;
    const max = opts.maxAttempts ?? 8;
    const least = opts.baseDelayMs ?? 100;
    // An attempt's time runs from reading the tip (the refresh) to the push's answer: the window in
    // which another push makes it lose. The first one's tip came with the checkout.
    let started = Date.now();
    for (let attempt = 1;; attempt++) {
        const built = await build();
        // Nothing to commit: done, unless the branch is new and has a base commit to start it from.
        if (!built.changed && (repo.branchExists || !built.base))
            return { changed: false, commit: built.base, attempts: attempt, pushed: false, extra: built.extra };
        const result = { changed: true, commit: built.commit, attempts: attempt, extra: built.extra };
        if (opts.dryRun)
            return { ...result, pushed: false };
        if (await repo.push(repo.branch, { commit: built.commit })) {
            repo.branchExists = true;
            return { ...result, pushed: true };
        }
        if (attempt >= max) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`push to branch '${repo.branch}' was rejected ${max} times because others kept pushing; nothing was pushed`);
        }
        const delay = (0,_backoff_js__WEBPACK_IMPORTED_MODULE_5__/* .raceDelay */ .Jd)(Math.max(least, Date.now() - started), attempt);
        opts.log?.(`push rejected: '${repo.branch}' moved on; re-applying on the new tip in ${delay} ms (attempt ${attempt + 1}/${max})`);
        await (0,_backoff_js__WEBPACK_IMPORTED_MODULE_5__/* .sleep */ .yy)(delay);
        started = Date.now();
        await refresh();
    }
}
/** Apply → commit → push in a working copy, re-applying on the new tip after a rejected push. */
async function commitAndPush(opts) {
    const { repo } = opts;
    const { extra: _none, ...result } = await pushWithRetries(opts, () => commitWorkingCopy(opts), () => repo.syncToRemote());
    return result;
}
/**
 * Apply → commit → push where the change touches a few known files: each attempt reads the tip's
 * commit and those files (two git commands), sets the working copy's files to them, lets `apply`
 * edit them, and writes the commit with one `git fast-import`; a lost race then costs one fetch
 * of the new commits, not a checkout, staging and status of the whole tree. Where a path is not a
 * plain file in plain folders at the tip, that attempt checks the tip out and commits as
 * commitAndPush does.
 */
async function editAndPush(opts) {
    const { repo } = opts;
    const message = stripspace(opts.message);
    let first = true;
    const { extra: _none, ...result } = await pushWithRetries(opts, async () => {
        // The checkout read the first tip; a lost race fetched the next one (refresh below).
        const ref = repo.tipRef;
        const tip = await repo.readFiles(ref, opts.files);
        if (!tip) {
            if (!first)
                await repo.checkoutTip(ref);
            first = false;
            return commitWorkingCopy(opts);
        }
        first = false;
        for (const path of opts.files) {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repo.dir, path);
            // The working copy's folders are the first checkout's: never write through a link out of it.
            await (0,_fs_contained_js__WEBPACK_IMPORTED_MODULE_3__/* .assertResolvesInside */ .yp)(repo.dir, file, opts.where ?? `'${path}'`);
            const at = tip.files.get(path);
            if (!at)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(file, { force: true });
            else {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, at.content);
            }
        }
        await opts.apply();
        const files = [];
        for (const path of opts.files) {
            const now = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repo.dir, path)).catch((e) => {
                if (e.code === 'ENOENT')
                    return undefined;
                throw e;
            });
            const at = tip.files.get(path);
            if (!now) {
                if (at)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`'${path}' was removed by the edit; an edit here only writes files`);
                continue;
            }
            if (!at || !now.equals(at.content))
                files.push({ path, mode: at?.mode ?? '100644', data: now });
        }
        if (!files.length)
            return { changed: false, base: tip.commit, commit: tip.commit, extra: undefined };
        const commit = await (0,_fast_import_js__WEBPACK_IMPORTED_MODULE_4__/* .importCommit */ .T)(repo, { base: tip.commit, message, files });
        return { changed: true, base: tip.commit, commit, extra: undefined };
    }, () => repo.fetchTip());
    return result;
}
/** One attempt in the working copy: apply, stage (`paths`, default everything), commit. */
async function commitWorkingCopy(opts) {
    const { repo } = opts;
    await opts.apply();
    if (await repo.stage(opts.paths))
        return { changed: true, base: '', commit: await repo.commit(opts.message), extra: undefined };
    // The tip is only read when it is the answer: nothing to commit.
    const tip = await repo.head();
    return { changed: false, base: tip, commit: tip, extra: undefined };
}
/**
 * The message as `git commit -F` stores it (its default cleanup, "whitespace"): spaces at line
 * ends cut, runs of blank lines made one, none at either end, one newline at the end.
 */
function stripspace(text) {
    const lines = [];
    for (const line of text.split('\n').map((l) => l.replace(/\s+$/, ''))) {
        if (line === '' && (lines.length === 0 || lines[lines.length - 1] === ''))
            continue;
        lines.push(line);
    }
    while (lines.length && lines[lines.length - 1] === '')
        lines.pop();
    return lines.length ? `${lines.join('\n')}\n` : '';
}


/***/ }),

/***/ 2889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ importCommit)
/* harmony export */ });
/* unused harmony export bulkObjectEnv */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8115);



/**
 * Fast-import's process allocates and frees zlib's buffers (about 256 KiB) once per object; glibc
 * gives them back to the kernel each time and faults them in again, which cost more than the
 * compression (0.25 s of system time for 1,200 small files). Keeping freed memory in the process
 * removes that; the user's own GLIBC_TUNABLES, after ours, still win.
 */
function bulkObjectEnv(base = process.env) {
    const ours = 'glibc.malloc.trim_threshold=268435456:glibc.malloc.top_pad=16777216';
    return { GLIBC_TUNABLES: base.GLIBC_TUNABLES ? `${ours}:${base.GLIBC_TUNABLES}` : ours };
}
/** Writes the trees and the commit of `spec`; returns the commit's id. */
async function importCommit(repo, spec) {
    const clean = (s) => s.replace(/[<>\n]/g, '').trim();
    const message = Buffer.from(spec.message);
    const parts = [
        Buffer.from(`commit refs/ringway/import\nmark :1\ncommitter ${clean(repo.identity.name)} <${clean(repo.identity.email)}> now\ndata ${message.length}\n`),
        message,
        NEWLINE,
    ];
    const lines = [];
    if (spec.base)
        lines.push(`from ${spec.base}`);
    if (spec.clear === '')
        lines.push('deleteall');
    else if (spec.clear)
        lines.push(`D ${quotePath(spec.clear)}`);
    for (const path of spec.remove ?? [])
        lines.push(`D ${quotePath(path)}`);
    for (const e of spec.entries ?? [])
        lines.push(`M ${e.mode} ${e.sha} ${quotePath(e.path)}`);
    parts.push(Buffer.from(lines.map((l) => `${l}\n`).join('')));
    for (const f of spec.files ?? []) {
        const data = Buffer.from(f.data);
        parts.push(Buffer.from(`M ${f.mode} inline ${quotePath(f.path)}\ndata ${data.length}\n`), data, NEWLINE);
    }
    const sha = (await runFastImport(repo, parts)).get(1);
    if (!sha)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy('git fast-import wrote no commit');
    return sha;
}
const NEWLINE = Buffer.from('\n');
/** Runs one fast-import stream (ended with `done`, so a cut-off stream fails); returns its marks. */
async function runFastImport(repo, parts) {
    const tmp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repo.dir, '.git', 'ringway-import-'));
    const marksFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(tmp, 'marks');
    try {
        await repo.git(
        // A pack however few the objects (no `unpack-objects` child); --force: the scratch ref is
        // rewritten from another base on every attempt.
        [
            '-c',
            'fastimport.unpackLimit=0',
            'fast-import',
            '--quiet',
            '--done',
            '--force',
            '--date-format=now',
            `--export-marks=${marksFile}`,
        ], { input: Buffer.concat([...parts, Buffer.from('done\n')]), env: bulkObjectEnv() });
        const marks = new Map();
        for (const line of (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(marksFile, 'utf8')).split('\n')) {
            const m = /^:(\d+) ([0-9a-f]{40,64})$/.exec(line);
            if (m)
                marks.set(Number(m[1]), m[2]);
        }
        return marks;
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { recursive: true, force: true });
    }
}
/** A path as fast-import reads it: C-quoted when it starts with a quote (line breaks are refused earlier). */
function quotePath(path) {
    if (/[\n\r]/.test(path))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`'${path.replace(/[\n\r]/g, ' ')}': a path with a line break`);
    return path.startsWith('"') ? `"${path.replace(/["\\]/g, '\\$&')}"` : path;
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


/** A path inside the repository: relative, no `..`; `.` or empty is the root. The step names the input (`withInput`). */
function safeRelativePath(value) {
    const v = value.trim() || '.';
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(v) || /^[a-zA-Z]:[\\/]/.test(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`'${value}' must be relative to the repository root`);
    const n = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.normalize)(v).replace(/\\/g, '/').replace(/\/+$/, '');
    if (n === '..' || n.startsWith('../') || n.split('/').includes('.git')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`'${value}' must stay inside the repository`);
    }
    // Paths follow `--` on every command line; a folder named like an option is still never meant.
    if (n.split('/').some((p) => p.startsWith('-')))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`'${value}' looks like an option (a part starts with '-')`);
    return n || '.';
}


/***/ }),

/***/ 6668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PK: () => (/* binding */ noDefinition),
/* harmony export */   a4: () => (/* binding */ isInlined),
/* harmony export */   yQ: () => (/* binding */ loadDefinition)
/* harmony export */ });
/* unused harmony exports goJsonFields, normalize */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8115);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8290);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(237);
/* harmony import */ var _parsed_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5766);
/* harmony import */ var _yaml_engine_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(617);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5443);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6598);








const TYPES = new Set(['component', 'helm', 'static', 'kustomize']);
const METHODS = new Set(['local', 'git', 'helm', 'http', '']);
const HOOKS = new Set(['before-install', 'after-install', 'before-generate', 'after-generate']);
function noDefinition(display) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`component '${display}': no component.yaml or component.json in ${display}`);
}
/** Loads `component.yaml`, else `component.json`, from a component folder (parsed once per bytes with `parsed`). */
async function loadDefinition(dir, display, parsed) {
    const file = await (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .definitionFile */ .yN)(dir);
    if (!file)
        throw noDefinition(display);
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, file);
    const shown = `${display === '.' ? '' : `${display}/`}${file}`;
    return (0,_parsed_files_js__WEBPACK_IMPORTED_MODULE_4__/* .readParsed */ .m)(parsed, full, shown, async (bytes) => {
        if (file.endsWith('.json'))
            return normalize(goJsonFields((0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .parseData */ ._0)(bytes.toString('utf8'), shown, true)), shown);
        // Fabrikate reads every field into a Go string: `version: 1.10` is "1.10", not 1.1.
        await (0,_yaml_engine_js__WEBPACK_IMPORTED_MODULE_7__/* .loadYaml */ .y)();
        return normalize((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_5__/* .parseYaml11 */ .z1)((0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeFileBytes */ .eU)(bytes, shown), { display: shown, text: true }), shown);
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
    if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(raw))
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${where}: '${field}' must be a string`);
}
function normalize(raw, where) {
    if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(raw))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${where}: a component definition must be a mapping`);
    const name = str(raw.name, 'name', where);
    if (!name)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${where}: component has no 'name'`);
    if (/[/\\]|^\.\.?$/.test(name))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${where}: component name '${name}' may not contain '/' or be '.' or '..'`);
    // `generator` is Fabrikate's deprecated spelling of `type`, and wins when both are set.
    const type = str(raw.generator, 'generator', where) || str(raw.type, 'type', where) || 'component';
    if (!TYPES.has(type))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${where}: component '${name}' has unknown type '${type}'`);
    const method = str(raw.method, 'method', where);
    if (!METHODS.has(method))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${where}: component '${name}' has unknown method '${method}'`);
    const hooks = {};
    if (raw.hooks !== undefined && raw.hooks !== null) {
        if (!(0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(raw.hooks))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${where}: 'hooks' of '${name}' must be a mapping`);
        for (const [hook, cmds] of Object.entries(raw.hooks)) {
            if (!HOOKS.has(hook))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${where}: unknown hook '${hook}' in '${name}'`);
            if (!Array.isArray(cmds))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${where}: hook '${hook}' of '${name}' must be a list of commands`);
            hooks[hook] = cmds.map((c) => str(c, `hooks.${hook}`, where));
        }
    }
    const repositories = {};
    if ((0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(raw.repositories))
        for (const [k, v] of Object.entries(raw.repositories))
            repositories[k] = str(v, `repositories.${k}`, where);
    const subs = raw.subcomponents ?? [];
    if (!Array.isArray(subs))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${where}: 'subcomponents' of '${name}' must be a list`);
    const subcomponents = subs.map((s, i) => normalize(s, `${where} subcomponents[${i}]`));
    const seen = new Set();
    for (const s of subcomponents) {
        if (seen.has(s.name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${where}: two subcomponents of '${name}' are named '${s.name}'`);
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

/***/ 7679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ checkImageTag),
/* harmony export */   Q: () => (/* binding */ parseImageRef),
/* harmony export */   rq: () => (/* binding */ formatRef),
/* harmony export */   vY: () => (/* binding */ renderTag)
/* harmony export */ });
/* unused harmony export TAG_PATTERN */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5078);


/** The OCI distribution spec's tag grammar. */
const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
/**
 * An image tag as the OCI distribution spec writes it: 1 to 128 of letters, digits, `_`, `.`, `-`,
 * not starting with `.` or `-`. Tags reach HLD files, branch names and commit messages, so a value
 * from an input, a table row or an HLD's history passes here first; the caller names where it came from.
 */
function checkImageTag(tag) {
    if (TAG_PATTERN.test(tag))
        return tag;
    const shown = tag.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029]/g, '?');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`'${shown.length > 60 ? `${shown.slice(0, 57)}...` : shown}'${tag.length > 60 ? ` (${tag.length} characters)` : ''} is not an image tag: at most 128 letters, digits, '_', '.' and '-', not starting with '.' or '-'`);
}
/**
 * Fills a tag template from build metadata and makes it a valid tag: characters outside the
 * grammar become '-' (Bedrock turned '/', '.', '_' of branch names into '-': `feature/x` →
 * `feature-x`), leading separators are dropped, and it is cut to 128 characters.
 */
function renderTag(template, build, now = new Date(), surface = 'cli') {
    const values = {
        branch: build.branch,
        sha: build.commit,
        'short-sha': build.commit.slice(0, 7),
        'build-id': build.buildId,
        'build-number': build.buildNumber,
        'run-attempt': build.runAttempt,
        date: now.toISOString().slice(0, 10).replace(/-/g, ''),
    };
    // Errors name the template; the step adds the input it came from.
    const filled = (0,_template_js__WEBPACK_IMPORTED_MODULE_1__/* .fillTemplate */ .o)(template, values, `tag template '${template}'`, (key, v, m) => {
        if (!v)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`tag template '${template}': ${m} is empty: this build has no ${key.replace('-', ' ')} (${emptyHint(key, surface)})`);
        return key === 'branch' ? v.replace(/[/._]/g, '-') : v;
    });
    const tag = filled
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, 128);
    if (!TAG_PATTERN.test(tag))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`tag template '${template}' gives '${filled}', which cannot be made a valid image tag`);
    return tag;
}
/** Where an empty placeholder's value comes from, in the words of the surface the step runs on. */
function emptyHint(key, surface) {
    const flag = `build-${key === 'sha' || key === 'short-sha' ? 'commit' : key}`;
    if (surface === 'cli')
        return `set it with --${flag} or RINGWAY_${flag.replace(/-/g, '_').toUpperCase()}`;
    const where = surface === 'github' ? 'the workflow run' : 'the pipeline run';
    return `${where} does not provide it: use another placeholder`;
}
function parseImageRef(ref) {
    const m = /^(?:([^/]+[.:][^/]*|localhost)\/)?([a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?::([A-Za-z0-9_][A-Za-z0-9._-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/.exec(ref.trim());
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`'${ref}' is not an image reference (registry/repository[:tag])`);
    const registry = m[1] ?? 'registry-1.docker.io';
    const repository = !m[1] && !m[2].includes('/') ? `library/${m[2]}` : m[2];
    return { registry, repository, tag: m[3], digest: m[4] };
}
function formatRef(r) {
    return `${r.registry}/${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}


/***/ }),

/***/ 8324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qz: () => (/* binding */ checkEnvironment),
  df: () => (/* binding */ checkoutHld),
  Wp: () => (/* binding */ hldChangeInputs),
  wD: () => (/* binding */ landHldChange),
  NF: () => (/* binding */ pullRequestBody),
  rG: () => (/* binding */ readHldChange),
  jX: () => (/* binding */ withTrailers)
});

// UNUSED EXPORTS: branchName

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
// EXTERNAL MODULE: ./lib/scm/select.ts + 9 modules
var scm_select = __webpack_require__(214);
// EXTERNAL MODULE: ./lib/telemetry/trailers.ts
var trailers = __webpack_require__(5684);
// EXTERNAL MODULE: ./lib/steps/types.ts
var types = __webpack_require__(2667);
;// CONCATENATED MODULE: ./lib/steps/hld-change.ts


















/**
 * The input group of a reviewed HLD change, in three runs so a step can place its own inputs
 * between them (surfaces list inputs in the step's order): where the change goes, how it is
 * reviewed, and how it is pushed (with the git inputs).
 */
function hldChangeInputs(o) {
    return {
        target: [
            { name: 'hld-repo', description: 'URL of the HLD repository', required: true },
            { name: 'branch', description: "Branch the change is for; empty = the repository's default branch" },
            {
                name: 'hld-path',
                description: 'Folder of the component whose config is edited (where fab set would run)',
                default: '.',
                path: true,
            },
            { name: 'component', description: o.component },
            { name: 'environment', description: 'Config file to edit: config/<environment>.yaml', default: 'common' },
        ],
        review: [
            {
                name: 'pull-request',
                description: 'Propose the change through a pull request; false pushes it to the branch directly',
                kind: 'boolean',
                default: 'true',
            },
            {
                name: 'pr-branch',
                description: o.prBranch.description,
                default: o.prBranch.default,
                visibleWhen: 'pull-request = true',
            },
            {
                name: 'provider',
                description: 'Pull request provider; auto picks it from the repository URL',
                options: [...scm_select/* PROVIDERS */.xq],
                default: 'auto',
                visibleWhen: 'pull-request = true',
            },
            {
                name: 'api-url',
                description: 'REST API root for GitHub Enterprise (https://host/api/v3), an Azure DevOps server collection or a self-managed GitLab (https://host/api/v4); required for Gitea and Forgejo (https://host/api/v1)',
                visibleWhen: 'pull-request = true',
            },
            {
                name: 'auto-merge',
                description: 'Enable auto-merge (GitHub), auto-complete (Azure DevOps), merge when the pipeline succeeds (GitLab) or merge when checks succeed (Gitea, Forgejo) on the pull request',
                kind: 'boolean',
                default: 'false',
                visibleWhen: 'pull-request = true',
            },
            {
                name: 'merge-method',
                description: 'How an auto-merged pull request is merged',
                options: ['merge', 'squash', 'rebase'],
                default: 'merge',
                visibleWhen: 'auto-merge = true',
            },
            { name: 'labels', description: 'Labels for the pull request', kind: 'list', visibleWhen: 'pull-request = true' },
            {
                name: 'reviewers',
                description: 'Reviewers to request (GitHub or Gitea logins; Azure DevOps identity ids)',
                kind: 'list',
                visibleWhen: 'pull-request = true',
            },
        ],
        push: [
            {
                name: 'max-attempts',
                description: 'How many times a rejected direct push is re-applied and retried',
                default: '8',
            },
            ...types/* gitInputs */._H,
        ],
    };
}
function checkEnvironment(environment) {
    return (0,errors/* withInput */.zE)('environment', () => (0,names/* checkEnvironmentName */.r0)(environment));
}
/**
 * Reads the group's inputs. `branchPlaceholders` are the pr-branch template's placeholders the
 * step fills (build-id is added): the template is checked now, before anything is fetched.
 */
function readHldChange(inputs, step, branchPlaceholders) {
    const settings = {
        step,
        url: (0,validate/* checkRepoInput */.BI)(inputs.string('hld-repo'), 'hld-repo'),
        branch: inputs.string('branch'),
        hldPath: (0,errors/* withInput */.zE)('hld-path', () => (0,paths/* safeRelativePath */.l)(inputs.string('hld-path'))),
        environment: checkEnvironment(inputs.string('environment')),
        token: inputs.string('token'),
        identity: { name: inputs.string('git-user-name'), email: inputs.string('git-user-email') },
        dryRun: inputs.boolean('dry-run'),
        maxAttempts: inputs.integer('max-attempts', 1),
    };
    if (!inputs.boolean('pull-request'))
        return settings;
    const branchTemplate = inputs.string('pr-branch');
    branchName(branchTemplate, Object.fromEntries([...branchPlaceholders, 'build-id'].map((k) => [k, 'x'])));
    return {
        ...settings,
        pullRequest: {
            branchTemplate,
            provider: inputs.string('provider'),
            apiUrl: inputs.string('api-url'),
            autoMerge: inputs.boolean('auto-merge'),
            mergeMethod: inputs.string('merge-method'),
            labels: inputs.list('labels'),
            reviewers: inputs.list('reviewers'),
        },
    };
}
/** Clones the HLD's branch into a new temporary folder (removed again when the clone fails). */
async function checkoutHld(settings, host, opts = {}) {
    const { url, branch, token, identity, hldPath, environment } = settings;
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ringway-hld-'));
    const remove = () => (0,temp/* removeTempDir */.C)(work, (l) => host.debug(l));
    try {
        const repo = await host.group(`Fetch ${(0,auth/* displayUrl */.Qy)(url)}`, async () => {
            // git's answer names the server; the error adds the input it came from.
            const r = await (0,errors/* withInput */.zE)('hld-repo', () => git_repo/* GitRepo */.tr.checkout({ url, branch, dir: work, token: token || undefined, identity, depth: opts.depth }));
            host.info(r.branchExists
                ? `fetched ${r.branch} at ${await r.head()}`
                : `branch ${r.branch} does not exist yet: the push creates it`);
            return r;
        });
        const componentDir = await (0,files/* containedPath */.fX)(work, work, hldPath, "input 'hld-path'");
        // A missing folder is the path's fault, not the component's that would be looked for in it.
        if (!(await (0,promises_.stat)(componentDir).catch(() => undefined))?.isDirectory())
            throw new errors/* RingwayError */.Sy(`input 'hld-path': '${hldPath}' is not a folder of the HLD (branch ${repo.branch} of ${(0,auth/* displayUrl */.Qy)(url)})`, { input: 'hld-path', kind: 'not-found' });
        return { repo, work, componentDir, environment, remove };
    }
    catch (err) {
        await remove();
        throw err;
    }
}
/** Checks the edits' components, then lands the change: on its own pull request branch, or pushed to the branch. */
async function landHldChange(settings, checkout, change, host) {
    const { work, componentDir, environment } = checkout;
    for (const e of change.edits)
        await (0,errors/* withInput */.zE)(e.input ?? 'component', () => checkComponentPath(work, componentDir, e.component, e.component.join('.')));
    // Writes the change into the working copy (again, on a new tip, when a push lost a race).
    const apply = async () => {
        await change.guard?.();
        // The config file may be a committed link: it must not lead the write out of the checkout.
        for (const rel of (0,names/* environmentConfigFiles */.Hm)(environment))
            await (0,contained/* assertResolvesInside */.yp)(work, (0,external_node_path_.join)(componentDir, rel), "input 'hld-path'");
        // The config editor (and its YAML engine) loads here, after the inputs and the clone.
        const { setConfig } = await Promise.all(/* import() */[__webpack_require__.e(418), __webpack_require__.e(426)]).then(__webpack_require__.bind(__webpack_require__, 2426));
        // Reviewers see only the edited lines: the layout is kept wherever that gives fab set's data.
        for (const e of change.edits)
            await setConfig({
                componentDir,
                environment,
                subcomponent: e.component,
                pairs: e.pairs,
                layout: 'keep',
                warn: (l) => host.warning(l),
            });
    };
    // Summary rows: component, environment, key, value.
    const rows = [
        ['component', 'environment', 'key', 'value'],
        ...change.edits.flatMap((e) => e.pairs.map((p) => [e.component.join('.') || '(root)', environment, p.keyPath.join('.'), p.value])),
    ];
    // The files an edit can write, from the repository root: the environment's config files.
    const folder = (0,external_node_path_.relative)(work, componentDir).split(external_node_path_.sep).filter(Boolean);
    const files = (0,names/* environmentConfigFiles */.Hm)(environment).map((rel) => [...folder, rel].join('/'));
    const landing = { settings, repo: checkout.repo, change, apply, files, rows };
    return settings.pullRequest
        ? await landPullRequest(host, landing, settings.pullRequest)
        : await landDirect(host, landing);
}
/** Direct: commit to the branch and push, re-applied on the new tip when another pipeline pushed first. */
async function landDirect(host, { settings, repo, change, apply, files, rows }) {
    const { message, body } = change;
    const r = await host.group(`Commit to ${repo.branch}`, () => (0,commit_and_push/* editAndPush */.mt)({
        repo,
        apply,
        files,
        where: "input 'hld-path'",
        message: `${message}\n\n${body}\n`,
        dryRun: settings.dryRun,
        maxAttempts: settings.maxAttempts,
        log: (l) => host.info(l),
    }));
    host.info(r.changed
        ? `${r.pushed ? 'pushed' : 'dry run: did not push'} ${r.commit} to ${repo.branch}`
        : `${repo.branch} already has these values`);
    await host.summary({
        title: `ringway ${settings.step}: ${r.changed ? `committed to ${repo.branch}` : 'no change'}`,
        rows,
    });
    return { changed: r.changed, commit: r.commit, branch: repo.branch, prNumber: '', prUrl: '' };
}
/** Pull request: push the change to its own branch (unless it already holds it) and open or update the pull request. */
async function landPullRequest(host, { settings, repo, change, apply, rows }, pull) {
    const { url, token, dryRun } = settings;
    const { message, body, branchValues } = change;
    const prBranch = branchName(pull.branchTemplate, { ...branchValues, 'build-id': host.build.buildId });
    // The pull request's own branch: pushing the change to the target itself would skip the review.
    if (prBranch === repo.branch)
        throw new errors/* UsageError */.eb(`input 'pr-branch': '${prBranch}' is the branch the pull request goes into; give the pull request a branch of its own`, { input: 'pr-branch' });
    await apply();
    if (!(await repo.stage())) {
        host.info(`${repo.branch} already has these values: no branch, no pull request`);
        await host.summary({ title: `ringway ${settings.step}: no change`, rows });
        return { changed: false, commit: await repo.head(), branch: '', prNumber: '', prUrl: '' };
    }
    // Resolved before anything is pushed: a wrong provider or missing token must leave no branch.
    const forge = (0,errors/* withInput */.zE)('provider', () => (0,scm_select/* pullRequestForge */.U0)(pull.provider, url));
    // The repository URL's errors already name 'hld-repo'; what is left is about the token.
    const provider = (0,errors/* withInput */.zE)('token', () => (0,scm_select/* providerFor */.zG)({ provider: forge, url, apiUrl: pull.apiUrl, token, repo }));
    if (!dryRun)
        await provider.preflight();
    // A re-run for the same change: the open branch already holds exactly this tree.
    const existing = await repo.fetchBranch(prBranch, { depth: 1, allowFailure: true });
    let commit = '';
    if (existing.code === 0 &&
        (await repo.git(['diff', '--cached', '--quiet', `refs/remotes/origin/${prBranch}`], { allowFailure: true }))
            .code === 0) {
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
        labels: pull.labels,
        reviewers: pull.reviewers,
        autoMerge: pull.autoMerge,
        mergeMethod: pull.mergeMethod,
        // Local merges: others changed the same lines meanwhile, so make the change again on their tip.
        reapply: async () => {
            await apply();
            if (!(await repo.stage()))
                return false;
            await repo.commit(`${message}\n\n${body}\n`);
            return true;
        },
    }));
    const what = pr.mergeCommit
        ? `merged into ${repo.branch} as ${pr.mergeCommit}`
        : `${pr.created ? 'opened' : 'updated'} pull request ${pr.number}: ${pr.url}`;
    host.info(what);
    await host.summary({ title: `ringway ${settings.step}: ${what}`, rows });
    return { changed: true, commit: pr.mergeCommit ?? commit, branch: prBranch, prNumber: pr.number, prUrl: pr.url };
}
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
        throw new errors/* UsageError */.eb(`input 'pr-branch': '${template}' gives an empty branch name`, { input: 'pr-branch' });
    // A full ref as users write branches (refs/heads/x) means x; HEAD or another full ref is refused.
    return (0,validate/* checkBranch */.DC)(clean, 'pr-branch');
}
/**
 * The body with the Ringway-* trailers of the deployment as its last paragraph: in the commit
 * (after the subject, so git reads them as trailers) and in the pull request's description, so
 * record-deployment finds the deployment whatever commit the forge's merge makes.
 */
function withTrailers(body, key) {
    const lines = (0,trailers/* formatTrailers */.mb)(key);
    return lines.length ? `${body}\n\n${lines.join('\n')}` : body;
}
/** The pull request's description: who made it, from which build, and one line per value set. */
function pullRequestBody(build, edits, environment) {
    const lines = edits.flatMap((e) => e.pairs.map((p) => `- \`${e.component.join('.') || '(root)'}\` ${environment}: \`${p.keyPath.join('.')}\` = \`${p.value}\``));
    const origin = build.pipeline || build.buildId
        ? `PR created by: ${build.pipeline || 'pipeline'} with buildId: ${build.buildId} and buildNumber: ${build.buildNumber}`
        : 'PR created by: ringway';
    return [
        origin,
        ...(build.buildUrl ? [`Build: ${build.buildUrl}`] : []),
        ...(build.commit ? [`Source commit: ${build.commit}`] : []),
        '',
        ...lines,
    ].join('\n');
}


/***/ }),

/***/ 5684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aw: () => (/* binding */ parseTrailers),
/* harmony export */   mb: () => (/* binding */ formatTrailers)
/* harmony export */ });
/* unused harmony exports TRAILERS, trailerValue */
/**
 * Git trailers that name the deployment an HLD change belongs to. update-hld and rollback write
 * them into the commit they make and into the pull request's description; every forge's merge
 * keeps one of the two (a merge or rebase keeps the commit, a squash takes the commit message or
 * the description), so record-deployment finds the deployment whatever commit the merge made.
 */
const TRAILERS = {
    service: 'Ringway-Service',
    ring: 'Ringway-Ring',
    tag: 'Ringway-Image-Tag',
    /** A rollback: the deployment it replaces. */
    rollbackOf: 'Ringway-Rollback-Of',
};
/** Longest trailer value kept: far past any service, ring, tag or row key. */
const MAX_VALUE = 200;
/**
 * One line of plain text: line breaks and other control characters become spaces, runs of
 * blanks one space, cut at MAX_VALUE. A value cannot start another trailer or paragraph.
 */
function trailerValue(value) {
    return value
        .replace(/[\x00-\x1f\x7f\u0085\u2028\u2029]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, MAX_VALUE)
        .trim();
}
/** The trailer lines for the values known; an empty value gives no line. */
function formatTrailers(key) {
    return Object.keys(TRAILERS).flatMap((k) => {
        const v = trailerValue(key[k] ?? '');
        return v ? [`${TRAILERS[k]}: ${v}`] : [];
    });
}
const BY_NAME = new Map(Object.entries(TRAILERS).map(([k, name]) => [name.toLowerCase(), k]));
/** The deployment key of one paragraph's trailer lines; undefined when it has none. */
function parseTrailers(paragraph) {
    let key;
    for (const line of paragraph.split(/\r?\n/)) {
        const m = /^\s*(Ringway-[A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
        const k = m && BY_NAME.get(m[1].toLowerCase());
        if (!m || !k)
            continue;
        const v = trailerValue(m[2]);
        if (v)
            (key ??= {})[k] = v;
    }
    return key;
}


/***/ })

};
;