"use strict";
exports.id = 125;
exports.ids = [125];
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

/***/ 5297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BZ: () => (/* binding */ recordStageRows),
/* harmony export */   _3: () => (/* binding */ recordStage),
/* harmony export */   gV: () => (/* binding */ stageOf),
/* harmony export */   mp: () => (/* binding */ checkRequired)
/* harmony export */ });
/* unused harmony exports REQUIRED, newRowKey */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _row_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5062);


/**
 * Which stage bedrock-cli's `deployment create` options describe: p1 → image built, p2 → HLD
 * updated, p3 with a manifest commit → manifests pushed, p3 alone → manifests generated; ringway
 * adds pr-merged and cluster-synced, named with `stage`.
 */
function stageOf(explicit, f) {
    if (explicit) {
        if (!_row_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGES */ .an.includes(explicit))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`stage must be one of ${_row_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGES */ .an.join(', ')}, got '${explicit}'`);
        return explicit;
    }
    if (f.p1)
        return 'image-built';
    if (f.p2)
        return 'hld-updated';
    if (f.p3 && f.manifestCommitId)
        return 'manifests-pushed';
    if (f.p3)
        return 'manifests-generated';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb("nothing to record: give 'p1' (image built), 'p2' (HLD updated), 'p3' (manifests), or name the 'stage'");
}
/** The columns each stage must have (checkRequired); tests build their histories from it. */
const REQUIRED = {
    'image-built': ['p1', 'imageTag', 'commitId', 'service'],
    'hld-updated': ['p2', 'imageTag', 'hldCommitId', 'env'],
    'pr-merged': ['pr'],
    'manifests-generated': ['p3', 'hldCommitId'],
    'manifests-pushed': ['manifestCommitId'],
    'cluster-synced': ['manifestCommitId'],
    'sync-failed': ['manifestCommitId'],
    'gate-rejected': ['imageTag', 'env'],
    rollback: ['imageTag', 'env', 'hldCommitId'],
};
const INPUT_NAME = { imageTag: 'image-tag', commitId: 'commit-id', hldCommitId: 'hld-commit-id', manifestCommitId: 'manifest-commit-id' };
function checkRequired(r) {
    for (const k of REQUIRED[r.stage])
        if (!r.fields[k])
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`stage ${r.stage} needs '${INPUT_NAME[k] ?? k}'`);
}
/** Ids each stage looks its row up by, strongest first (the ids bedrock-cli used come first). */
const LOOKUP = {
    'image-built': ['imageTag'],
    'hld-updated': ['pr', 'hldCommitId', 'p2'],
    'pr-merged': ['pr', 'hldCommitId', 'p2', 'p3', 'manifestCommitId'],
    'manifests-generated': ['hldCommitId', 'pr', 'p3', 'p2', 'manifestCommitId'],
    'manifests-pushed': ['p3', 'manifestCommitId', 'hldCommitId', 'pr', 'p2'],
    'cluster-synced': ['manifestCommitId', 'p3', 'hldCommitId', 'pr', 'p2'],
    'sync-failed': ['manifestCommitId', 'p3', 'hldCommitId', 'pr', 'p2'],
    // The deployment's own ids when given, else its tag and ring (below).
    'gate-rejected': ['p2', 'pr', 'p3', 'manifestCommitId', 'hldCommitId'],
    // A rollback is always a new deployment; only a re-run of the same rollback finds its row.
    rollback: ['hldCommitId', 'pr'],
};
/**
 * The queries a stage looks its row up by. The image tag alone only finds the image's own row
 * (image-built), never a ring's: every ring of a tag shares it.
 */
function lookups(r) {
    const f = r.fields;
    const out = LOOKUP[r.stage].filter((k) => f[k]).map((k) => ({ [k]: f[k] }));
    if (r.stage === 'hld-updated' && f.imageTag)
        out.push({ imageTag: f.imageTag });
    if (r.stage === 'gate-rejected')
        out.push({ imageTag: f.imageTag, env: f.env });
    return out;
}
/**
 * A row this record may complete: nothing in it contradicts the record, and it is the same
 * deployment — linked by one of its ids, or (image-built, hld-updated) the image's own row.
 */
function fits(row, r, rank) {
    if ((0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .contradicts */ .V4)(row, r.fields, rank))
        return false;
    if (r.stage === 'image-built')
        return sameTag(row, r.fields) && (!r.fields.env || row.env === r.fields.env || ((0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .imageOnly */ .UH)(row) && !row.env));
    if (r.stage === 'gate-rejected')
        return sameTag(row, r.fields) && row.env === r.fields.env;
    return (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .linked */ .q)(row, r.fields) || (r.stage === 'hld-updated' && (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .imageOnly */ .UH)(row) && sameTag(row, r.fields));
}
/** The row has these values (as the table service compares them: exactly). */
const matches = (row, where) => Object.entries(where).every(([k, v]) => row[k] === v);
const sameTag = (row, f) => Boolean(row.imageTag && f.imageTag && row.imageTag.toLowerCase() === f.imageTag.toLowerCase());
/** Spektate's RowKey: a v4 uuid with the first '-' removed, cut to 12 characters. */
function newRowKey() {
    return globalThis.crypto.randomUUID().replace('-', '').slice(0, 12);
}
/**
 * Records one stage: finds the deployment row by the stage's ids (as bedrock-cli does), or starts
 * one, and writes only if the row is unchanged since it was read (ETag), retrying on 412. Then
 * folds in any row a concurrent writer started for the same deployment, so stages recorded in any
 * order, at the same time, end in one row.
 */
async function recordStage(store, r, now = new Date()) {
    return (await recordStageRows(store, r, now))[0];
}
/**
 * Stages of one manifest-generation run: every deployment its run id or HLD commit names is in
 * the manifests it rendered (several pull requests merged before one run).
 */
const MANIFEST_STAGES = new Set(['manifests-generated', 'manifests-pushed']);
/** Stages a cluster reports: about every deployment the synced manifests hold, not one row. */
const SYNC_STAGES = new Set(['cluster-synced', 'sync-failed']);
/**
 * {@link recordStage}, returning every row written. A sync stage marks every deployment of the ring
 * its ids name — two services pushed in one manifest commit, or a push that found the manifests
 * unchanged and kept the earlier commit — as the operator-event path does; ids that name
 * deployments to several rings without an `env` are an error, not a guess at the ring.
 */
async function recordStageRows(store, r, now = new Date()) {
    const rank = (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .rankOf */ .IQ)(r.stage);
    // Only what this stage knows: an empty input must not blank a value copied from elsewhere.
    // A reject only marks the deployment: the ids it was named by find it, and are not written.
    const given = Object.fromEntries(Object.entries(r.fields).filter(([k, v]) => v && !(r.stage === 'gate-rejected' && _row_js__WEBPACK_IMPORTED_MODULE_1__/* .LINKS */ .A.includes(k))));
    const fields = { ...given, [_row_js__WEBPACK_IMPORTED_MODULE_1__/* .STAGE_TIME */ .JF[r.stage]]: now.toISOString() };
    for (let attempt = 1;; attempt++) {
        try {
            const byKey = (x, y) => (x.rowKey < y.rowKey ? -1 : 1);
            let targets = [];
            let by = {};
            const wheres = [...(r.rowKey ? [{ RowKey: r.rowKey }] : []), ...lookups(r)];
            const found = (await store.findAny(wheres)).sort(byKey);
            for (const where of wheres) {
                const own = where.RowKey;
                targets = found.filter((row) => (own ? row.rowKey === own && !(0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .contradicts */ .V4)(row, r.fields, rank) : matches(row, where) && fits(row, r, rank)));
                by = where;
                if (targets.length)
                    break;
            }
            // A tag deployed to a ring twice: a reject is about the latest deployment of it there.
            if (r.stage === 'gate-rejected')
                targets.sort(_row_js__WEBPACK_IMPORTED_MODULE_1__/* .newestFirst */ .ll);
            // The image's build columns belong to every ring's row of the tag; a sync to every deployment
            // it names in one ring; any other stage to one row.
            if (SYNC_STAGES.has(r.stage)) {
                const rings = [...new Set(targets.map((t) => (t.env ?? '').toLowerCase()).filter(Boolean))].sort();
                if (rings.length > 1) {
                    const [key, value] = Object.entries(by)[0];
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${INPUT_NAME[key] ?? key} ${value} names deployments to rings ${rings.join(', ')}: give 'env' (the ring the cluster runs)`);
                }
            }
            else if (r.stage !== 'image-built' && !(MANIFEST_STAGES.has(r.stage) && ('p3' in by || 'hldCommitId' in by)))
                targets = targets.slice(0, 1);
            let written;
            if (targets.length) {
                written = [];
                for (const target of targets) {
                    const c = (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .changes */ .Ao)(target, fields, rank);
                    await store.update(target, c.set, c.ranks);
                    written.push({ ...target, ...c.set });
                }
            }
            else if (r.stage === 'gate-rejected') {
                // A reject marks a deployment that exists; it never starts one.
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`no deployment of image tag ${r.fields.imageTag} to ${r.fields.env} is recorded to mark as rejected`);
            }
            else {
                // Another ring of a known image: start its row from what is known of the image (bedrock-cli).
                const template = r.stage === 'hld-updated' && fields.imageTag ? (await store.find({ imageTag: fields.imageTag })).filter((row) => row.p1 && !(0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .contradicts */ .V4)(row, { p1: fields.p1 }, rank)).sort(byKey).pop() : undefined;
                const base = template ? { commitId: template.commitId, p1: template.p1, service: template.service, sourceRepo: template.sourceRepo, imageBuiltAt: template.imageBuiltAt, commitTime: template.commitTime, author: template.author } : {};
                const c = (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .changes */ .Ao)({ partitionKey: '', rowKey: '' }, { ...base, ...fields }, rank);
                written = [await store.insert(c.set, c.ranks, newRowKey())];
            }
            for (const w of SYNC_STAGES.has(r.stage) || MANIFEST_STAGES.has(r.stage) ? written : written.slice(0, 1))
                await foldDuplicates(store, w);
            return written;
        }
        catch (err) {
            const status = err.statusCode;
            if ((status === 412 || status === 409 || status === 404) && attempt < 30) {
                await new Promise((res) => setTimeout(res, Math.random() * 50 * Math.min(attempt, 6)));
                continue;
            }
            throw err;
        }
    }
}
/**
 * Merges rows that describe the same deployment into the oldest-keyed one and deletes the rest; a
 * row that only knows the image is folded into every ring's row of that tag.
 */
async function foldDuplicates(store, row) {
    const seen = new Map();
    for (const r of await store.findAny(['imageTag', ..._row_js__WEBPACK_IMPORTED_MODULE_1__/* .LINKS */ .A].map((k) => ({ [k]: row[k] }))))
        seen.set(r.rowKey, r);
    const mine = seen.get(row.rowKey);
    if (!mine)
        return;
    const others = [...seen.values()].filter((o) => o.rowKey !== mine.rowKey && (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .compatible */ .l1)(mine, o));
    const image = (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .imageOnly */ .UH)(mine) ? mine : others.find((o) => (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .imageOnly */ .UH)(o));
    const rings = [...seen.values()].filter((o) => o !== image && !(0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .imageOnly */ .UH)(o) && image && (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .compatible */ .l1)(image, o));
    if (image && rings.length) {
        for (const ring of rings) {
            const merged = (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .fold */ .AU)(ring, image);
            await store.update(ring, merged.set, merged.ranks);
        }
        await store.remove(image);
        return image === mine ? undefined : foldDuplicates(store, { ...row, etag: undefined });
    }
    const other = others.find((o) => !(0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .imageOnly */ .UH)(o) || (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .imageOnly */ .UH)(mine));
    if (!other)
        return adoptImage(store, mine, [...seen.values()]);
    const [keep, drop] = mine.rowKey < other.rowKey ? [mine, other] : [other, mine];
    const merged = (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .fold */ .AU)(keep, drop);
    await store.update(keep, merged.set, merged.ranks);
    await store.remove(drop);
    return foldDuplicates(store, { ...row, rowKey: keep.rowKey });
}
const IMAGE_COLUMNS = ['commitId', 'p1', 'service', 'sourceRepo', 'imageBuiltAt', 'commitTime'];
/**
 * A ring's row started before its tag's build was known to it (stages in any order): the build
 * columns come from another row of the same tag, as bedrock-cli copies them to a second ring.
 */
async function adoptImage(store, row, rows) {
    if (!row.imageTag || row.p1)
        return;
    const donor = rows.find((o) => o.p1 && o.imageTag === row.imageTag && !((0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .imageOnly */ .UH)(o) && o.env && o.env !== row.env));
    if (!donor)
        return;
    const from = Object.fromEntries(IMAGE_COLUMNS.map((k) => [k, donor[k]]));
    const c = (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .changes */ .Ao)(row, from, 1);
    if (Object.keys(c.set).length)
        await store.update(row, c.set, c.ranks);
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
    return value.replace(/[\x00-\x1f\x7f\u0085\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_VALUE).trim();
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