"use strict";
exports.id = 72;
exports.ids = [72];
exports.modules = {

/***/ 9072:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* binding */ step)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/fs/contained.ts
var contained = __webpack_require__(2729);
// EXTERNAL MODULE: ./lib/hld/files.ts
var files = __webpack_require__(8290);
// EXTERNAL MODULE: ./lib/hld/yaml-engine.ts
var yaml_engine = __webpack_require__(617);
;// CONCATENATED MODULE: ./lib/hld/history.ts

/** Trailer naming the tag a rollback commit took out, so the history shows it was rolled back. */
const ROLLED_BACK_TRAILER = 'Ringway-Rolled-Back';
/**
 * The values a config key of a component held along the checked-out branch's mainline, read from
 * each revision of the config file at `path` (relative to the repository), and the values rollback
 * commits took out. Needs the history fetched (a deep enough clone).
 */
async function valueHistory(repo, path, component, keyPath) {
    const log = await repo.git(['log', '--first-parent', '--format=%H', '--', path], { allowFailure: true });
    const values = [];
    // Loaded before the loop: a reader that failed to load must not pass for revisions that do not parse.
    const { readConfigValue } = await Promise.all(/* import() */[__webpack_require__.e(418), __webpack_require__.e(426)]).then(__webpack_require__.bind(__webpack_require__, 2426));
    await (0,yaml_engine/* loadYaml */.y)();
    for (const sha of log.stdout.split('\n').filter(Boolean)) {
        const show = await repo.git(['show', `${sha}:${path}`], { allowFailure: true });
        let v;
        try {
            v = show.code === 0 ? await readConfigValue(show.stdout, path, component, keyPath) : undefined;
        }
        catch {
            v = undefined; // an old revision that does not parse holds no usable value
        }
        if (v && values[values.length - 1] !== v)
            values.push(v);
    }
    const trailers = await repo.git(['log', `--format=%(trailers:key=${ROLLED_BACK_TRAILER},valueonly)`, '--', path], {
        allowFailure: true,
    });
    return {
        values,
        rolledBack: new Set(trailers.stdout
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)),
    };
}
/** The value held before `current` and not rolled back: past `current`'s own commits, newest first. */
function previousValue(history, current) {
    const past = history.values.slice(Math.max(0, history.values.findIndex((v) => v !== current)));
    return past.find((v) => v !== current && !history.rolledBack.has(v));
}

// EXTERNAL MODULE: ./lib/hld/names.ts
var names = __webpack_require__(237);
// EXTERNAL MODULE: ./lib/image/tags.ts
var tags = __webpack_require__(7679);
// EXTERNAL MODULE: ./lib/secrets.ts
var secrets = __webpack_require__(6995);
// EXTERNAL MODULE: ./lib/telemetry/query.ts
var query = __webpack_require__(9534);
// EXTERNAL MODULE: ./lib/telemetry/record.ts
var record = __webpack_require__(5297);
// EXTERNAL MODULE: ./lib/telemetry/row.ts
var telemetry_row = __webpack_require__(5062);
;// CONCATENATED MODULE: ./lib/telemetry/rollback.ts




const same = (a, b) => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
/** Every recorded deployment of `service` to `ring`. */
async function ringRows(store, service, ring) {
    return (await store.find({ env: ring.toLowerCase() })).filter((row) => (0,query/* matchesService */.zX)(row, service));
}
/** The deployment of `tag` a rollback replaces: the newest one in the ring not already rolled back. */
function currentDeployment(rows, tag) {
    return rows.filter((r) => same(r.imageTag, tag) && !r.rolledBackAt).sort(telemetry_row/* newestFirst */.ll)[0];
}
/** Tags rolled back in this ring: never chosen again by a rollback, never promoted past it by the gate. */
function rolledBackTags(rows) {
    return new Set(rows.filter((r) => r.rolledBackAt && r.imageTag).map((r) => r.imageTag.toLowerCase()));
}
/**
 * The last tag that reached synced in the ring before the current deployment of `current` started,
 * and was not rolled back itself; undefined when there is none.
 */
function previousGoodTag(rows, current) {
    // Before the current deployment reached the ring (not before its image was built: a good tag may
    // reach the ring in between; not before an earlier deployment of the same tag).
    const mine = currentDeployment(rows, current);
    const since = (mine && (0,telemetry_row/* ringStartedAt */.D7)(mine)) || '\uffff';
    const bad = rolledBackTags(rows);
    const good = rows
        .filter((r) => r.syncedAt &&
        r.imageTag &&
        !same(r.imageTag, current) &&
        !bad.has(r.imageTag.toLowerCase()) &&
        r.syncedAt <= since)
        .sort((a, b) => (a.syncedAt < b.syncedAt ? 1 : -1));
    return good.length ? { tag: good[0].imageTag, row: good[0] } : undefined;
}
/**
 * Records a rollback: a new deployment of the previous tag to the ring (stage `rollback`, linked to
 * the one it replaces by `rollbackOf`), and marks the replaced deployment rolled back, by whom and why.
 */
async function recordRollback(store, r, now = new Date()) {
    const fields = {
        imageTag: r.toTag,
        env: r.ring.toLowerCase(),
        service: r.service,
        hldCommitId: r.hldCommitId.toLowerCase(),
        pr: r.pr.toLowerCase(),
        prUrl: r.prUrl,
        hldRepo: r.hldRepo.toLowerCase(),
        p2: r.p2.toLowerCase(),
        rollbackOf: r.from?.rowKey ?? '',
        rollbackReason: r.reason,
    };
    const row = await (0,record/* recordStage */._3)(store, { stage: 'rollback', fields }, now);
    if (r.from)
        await markRolledBack(store, r.from.rowKey, {
            rolledBackBy: row.rowKey,
            rolledBackAt: now.toISOString(),
            rollbackReason: r.reason,
        });
    return row;
}
async function markRolledBack(store, rowKey, fields) {
    for (let attempt = 1;; attempt++) {
        const [row] = await store.find({ rowKey });
        if (!row)
            throw new errors/* RingwayError */.Sy(`telemetry: deployment ${rowKey} disappeared while it was being marked rolled back`);
        const c = (0,telemetry_row/* changes */.Ao)(row, fields, (0,telemetry_row/* rankOf */.IQ)('rollback'));
        try {
            await store.update(row, c.set, c.ranks);
            return;
        }
        catch (err) {
            if (err.statusCode !== 412 || attempt >= 20)
                throw err;
        }
    }
}

// EXTERNAL MODULE: ./lib/telemetry/row-value.ts
var row_value = __webpack_require__(5550);
// EXTERNAL MODULE: ./lib/steps/storage-inputs.ts + 2 modules
var storage_inputs = __webpack_require__(5450);
// EXTERNAL MODULE: ./lib/steps/hld-change.ts + 1 modules
var hld_change = __webpack_require__(8324);
;// CONCATENATED MODULE: ./lib/steps/rollback.ts













/** The reviewed change's inputs (lib/steps/hld-change.ts), as update-hld has them, with rollback's branch name. */
const change = (0,hld_change/* hldChangeInputs */.Wp)({
    component: 'Dotted subcomponent path holding the service in this ring (fab set --subcomponent); default the service name',
    prBranch: {
        description: 'Branch name template; {service} {ring} {tag} (the tag put back) {from-tag} {component} {environment} {build-id}',
        default: 'ROLLBACK/{service}-{ring}-{tag}',
    },
});
const repoInputs = [...change.target, ...change.review, ...change.push];
/** The pr-branch template's placeholders rollback fills (build-id is added). */
const BRANCH_PLACEHOLDERS = ['service', 'ring', 'tag', 'from-tag', 'component', 'environment'];
// Storage is optional here: without it the previous tag comes from the HLD's history.
const optionalStorage = storage_inputs/* storageInputs */.Fd
    .filter((d) => !repoInputs.some((r) => r.name === d.name))
    .map((d) => ({ ...d, required: false }));
const step = {
    name: 'rollback',
    title: 'Roll back',
    description: "Puts the previous good image tag of a service back in a ring through the same reviewed path as any change: a commit to the HLD (pull request or direct push, like update-hld), never an edit of the cluster. Without to-tag it picks the last tag synced in that ring before the current one and not itself rolled back, from the deployment records when storage is given, else from the HLD's history. Records a rollback stage linking the rolled-back deployment and the new one.",
    azureTaskId: '6f1d2b8a-7c3e-4a59-b0e4-2d8c5f9a1e63',
    inputs: [
        { name: 'service', description: 'Service to roll back (as recorded by record-deployment)', required: true },
        { name: 'ring', description: 'Ring to roll back', required: true },
        {
            name: 'to-tag',
            description: 'Tag to put back; default the last tag synced in the ring before the current one and not rolled back',
        },
        { name: 'reason', description: 'Why, for the commit, the pull request and the record (e.g. the gate reason)' },
        { name: 'rings', description: 'Rings in promotion order', kind: 'list', default: 'dev,staging,prod' },
        { name: 'key', description: 'Config key holding the tag', default: 'image.tag' },
        ...repoInputs,
        ...optionalStorage,
    ],
    outputs: [
        { name: 'from-tag', description: 'Tag rolled back (what the ring ran)' },
        { name: 'to-tag', description: 'Tag put back' },
        { name: 'changed', description: "'true' when a commit was made" },
        { name: 'commit', description: 'HLD commit holding the rollback (the merge commit for the local provider)' },
        { name: 'branch', description: 'Branch pushed to' },
        { name: 'pull-request-number', description: 'Pull request number or id', aliases: ['pr-number'] },
        { name: 'pull-request-url', description: 'Pull request web address', aliases: ['pr-url'] },
        { name: 'deployment-id', description: 'Deployment row of the rollback (with storage)' },
    ],
    async run(inputs, host) {
        const service = inputs.require('service');
        const rings = inputs
            .list('rings')
            .map((r) => r.trim().toLowerCase())
            .filter(Boolean);
        const ring = inputs.require('ring').trim().toLowerCase();
        // A ring outside the rings given is bad usage (exit 2); what the HLD and the records hold is
        // checked below and fails the step (exit 1), naming the input all the same.
        if (!rings.includes(ring))
            throw new errors/* UsageError */.eb(`input 'ring': '${ring}' is not one of the rings ${rings.join(', ')}`, { input: 'ring' });
        const wanted = inputs.string('to-tag') && (0,errors/* withInput */.zE)('to-tag', () => (0,tags/* checkImageTag */.Gc)(inputs.string('to-tag')));
        const reason = inputs.string('reason');
        const keyPath = (0,names/* splitKeyPath */.TL)(inputs.string('key') || 'image.tag');
        const componentInput = inputs.string('component');
        const component = (0,names/* splitKeyPath */.TL)(componentInput || service);
        const storage = inputs.string('connection-string') || inputs.string('account-name');
        const store = storage ? (0,storage_inputs/* openStore */.Ch)(inputs) : undefined;
        let fromTag = '';
        let toTag = '';
        let fromRow;
        const settings = (0,hld_change/* readHldChange */.rG)(inputs, 'rollback', BRANCH_PLACEHOLDERS);
        // Without storage, the tag to put back is searched in the HLD's history: fetch enough of it.
        const checkout = await (0,hld_change/* checkoutHld */.df)(settings, host, { depth: store ? undefined : 1000 });
        let result;
        try {
            const { repo, work, componentDir, environment } = checkout;
            // The config reader (and its YAML engine) loads here, after the inputs and the clone.
            const { readConfigValue } = await Promise.all(/* import() */[__webpack_require__.e(418), __webpack_require__.e(426)]).then(__webpack_require__.bind(__webpack_require__, 2426));
            const file = (await (0,names/* environmentConfigFile */.kI)(componentDir, environment)).path;
            const shown = `${(0,external_node_path_.relative)(work, file) || file}`;
            // Read only inside the checkout: a committed link must not lead the read elsewhere.
            const current = async () => {
                await (0,contained/* assertResolvesInside */.yp)(work, file, "input 'hld-path'");
                return (await (0,files/* exists */.t2)(file))
                    ? await readConfigValue(await (0,promises_.readFile)(file, 'utf8'), shown, component, keyPath)
                    : undefined;
            };
            const named = componentInput ? `component '${componentInput}'` : `service '${service}' (component '${service}')`;
            const now = await current().catch((e) => {
                throw new errors/* RingwayError */.Sy(`${shown}: ${(0,errors/* errorMessage */.gJ)(e)}`);
            });
            if (!now)
                throw new errors/* RingwayError */.Sy(`input '${componentInput ? 'component' : 'service'}': ${named} has no ${keyPath.join('.')} in ${shown}; nothing to roll back`);
            // HLD values go into the branch name, the commit and the record: a tag, or nothing is done.
            const hldTag = (value, what) => {
                try {
                    return (0,tags/* checkImageTag */.Gc)(value);
                }
                catch (err) {
                    throw new errors/* RingwayError */.Sy(`${shown}: ${what}: ${(0,errors/* errorMessage */.gJ)(err)}`, { cause: err });
                }
            };
            fromTag = hldTag(now, `${keyPath.join('.')} of ${named}`);
            if (store) {
                const rows = await ringRows(store, service, ring);
                if (!rows.length)
                    throw new errors/* RingwayError */.Sy(`input 'service': no deployment of '${service}' to ${ring} is recorded`, {
                        input: 'service',
                    });
                fromRow = currentDeployment(rows, fromTag);
                if (wanted) {
                    if (!rows.some((r) => r.imageTag?.toLowerCase() === wanted.toLowerCase() && (r.syncedAt || r.manifestCommitId)))
                        throw new errors/* RingwayError */.Sy(`input 'to-tag': ${wanted} was never deployed to ${ring} (no deployment of ${service} with that tag is recorded there)`, { input: 'to-tag' });
                    toTag = wanted;
                }
                else {
                    const prev = previousGoodTag(rows, fromTag);
                    // Row values in a log line: one line, each shortened.
                    const skipped = [...rolledBackTags(rows)].map(row_value/* shownValue */.JJ);
                    if (!prev)
                        throw new errors/* RingwayError */.Sy(`input 'to-tag': no previous good tag of ${service} in ${ring}: no other tag reached synced there before ${fromTag}${skipped.length ? ` (rolled back: ${skipped.join(', ')})` : ''}; name one with 'to-tag'`, { input: 'to-tag' });
                    // A row's tag reaches the HLD: checked, and named by its row and column when it is not a tag.
                    toTag = (0,row_value/* checkedRowValue */.Hm)(prev.row, 'imageTag', tags/* checkImageTag */.Gc);
                }
            }
            else {
                const history = await valueHistory(repo, (0,external_node_path_.relative)(work, file), component, keyPath);
                if (wanted) {
                    if (!history.values.includes(wanted))
                        throw new errors/* RingwayError */.Sy(`input 'to-tag': ${wanted} was never deployed to ${ring} (${shown} of ${named} never held it)`, { input: 'to-tag' });
                    toTag = wanted;
                }
                else {
                    toTag = previousValue(history, fromTag) ?? '';
                    if (toTag)
                        toTag = hldTag(toTag, `the ${keyPath.join('.')} ${named} held before ${fromTag}`);
                    if (!toTag)
                        throw new errors/* RingwayError */.Sy(`input 'to-tag': no previous good tag of ${service} in ${ring}: ${shown} held no other ${keyPath.join('.')} before ${fromTag}${history.rolledBack.size ? ` (rolled back: ${[...history.rolledBack].join(', ')})` : ''}; name one with 'to-tag'`, { input: 'to-tag' });
                }
            }
            if (toTag === fromTag)
                throw new errors/* RingwayError */.Sy(`input 'to-tag': ${ring} already runs ${toTag}; nothing to roll back`, {
                    input: 'to-tag',
                });
            host.info(`rolling back ${service} in ${ring}: ${fromTag} → ${toTag}${reason ? ` (${reason})` : ''}`);
            const edits = [{ component, pairs: [{ keyPath, value: toTag }] }];
            const body = (0,hld_change/* withTrailers */.jX)([
                `Rolls ${service} in ${ring} back from ${fromTag} to ${toTag}.`,
                `Reason: ${reason || 'not given'}`,
                ...(fromRow ? [`Rolled-back deployment: ${fromRow.rowKey}`] : []),
                '',
                (0,hld_change/* pullRequestBody */.NF)(host.build, edits, environment),
            ].join('\n'), { service, ring, tag: toTag, rollbackOf: fromRow?.rowKey }).concat(`\n${ROLLED_BACK_TRAILER}: ${fromTag}`);
            result = await (0,hld_change/* landHldChange */.wD)(settings, checkout, {
                edits,
                message: `Rolling back ${service} in ${ring} from ${fromTag} to ${toTag}.`,
                body,
                branchValues: { service, ring, tag: toTag, 'from-tag': fromTag, component: component.join('.'), environment },
                // Re-applied on a moved tip: only while the ring still runs the tag being rolled back.
                guard: async () => {
                    const v = await current();
                    if (v !== fromTag && v !== toTag)
                        throw new errors/* RingwayError */.Sy(`${ring} moved on from ${fromTag} to ${v ?? 'nothing'} while rolling back; nothing pushed — run rollback again`);
                },
            }, host);
        }
        finally {
            await checkout.remove();
        }
        let deploymentId = '';
        if (store && result.commit && !inputs.boolean('dry-run')) {
            try {
                const row = await recordRollback(store, {
                    service,
                    ring,
                    toTag,
                    from: fromRow,
                    hldCommitId: result.commit,
                    pr: result.prNumber,
                    prUrl: result.prUrl,
                    hldRepo: inputs.string('hld-repo'),
                    p2: host.build.buildId,
                    reason,
                });
                deploymentId = row.rowKey;
                host.info(`recorded rollback deployment ${row.rowKey}${fromRow ? ` (replaces ${fromRow.rowKey})` : ''}`);
            }
            catch (err) {
                host.warning(`rollback not recorded: ${(0,secrets/* redact */.E$)((0,errors/* errorMessage */.gJ)(err)).split('\n')[0]}`);
            }
        }
        return {
            'from-tag': fromTag,
            'to-tag': toTag,
            changed: String(result.changed),
            commit: result.commit,
            branch: result.branch,
            'pull-request-number': result.prNumber,
            'pull-request-url': result.prUrl,
            'deployment-id': deploymentId,
        };
    },
};


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
const INPUT_NAME = {
    imageTag: 'image-tag',
    commitId: 'commit-id',
    hldCommitId: 'hld-commit-id',
    manifestCommitId: 'manifest-commit-id',
};
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
    // Whether a write of this call could tie rows together (a row inserted, an id added): then the
    // rows written are folded, on a retry too (the write landed, a conflict interrupted the fold).
    let foldOwed = false;
    for (let attempt = 1;; attempt++) {
        try {
            const byKey = (x, y) => (x.rowKey < y.rowKey ? -1 : 1);
            let targets = [];
            let by = {};
            const wheres = [...(r.rowKey ? [{ rowKey: r.rowKey }] : []), ...lookups(r)];
            const found = (await store.findAny(wheres)).sort(byKey);
            for (const where of wheres) {
                const own = where.rowKey;
                targets = found.filter((row) => own ? row.rowKey === own && !(0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .contradicts */ .V4)(row, r.fields, rank) : matches(row, where) && fits(row, r, rank));
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
                    if (joins(target, c))
                        foldOwed = true;
                    written.push({ ...target, ...c.set });
                }
            }
            else if (r.stage === 'gate-rejected') {
                // A reject marks a deployment that exists; it never starts one.
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`no deployment of image tag ${r.fields.imageTag} to ${r.fields.env} is recorded to mark as rejected`);
            }
            else {
                // Another ring of a known image: start its row from what is known of the image (bedrock-cli).
                // The lookup read every row of the tag already (hld-updated looks up by it).
                const template = r.stage === 'hld-updated' && fields.imageTag
                    ? found
                        .filter((row) => row.imageTag === fields.imageTag)
                        .filter((row) => row.p1 && !(0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .contradicts */ .V4)(row, { p1: fields.p1 }, rank))
                        .sort(byKey)
                        .pop()
                    : undefined;
                const base = template
                    ? {
                        commitId: template.commitId,
                        p1: template.p1,
                        service: template.service,
                        sourceRepo: template.sourceRepo,
                        imageBuiltAt: template.imageBuiltAt,
                        commitTime: template.commitTime,
                        author: template.author,
                    }
                    : {};
                const c = (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .changes */ .Ao)({ partitionKey: '', rowKey: '' }, { ...base, ...fields }, rank);
                written = [await store.insert(c.set, c.ranks, newRowKey())];
                foldOwed = true;
            }
            if (foldOwed)
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
/** Columns that decide which rows are one deployment ({@link compatible}) and that the fold looks rows up by. */
const JOINING = new Set([..._row_js__WEBPACK_IMPORTED_MODULE_1__/* .IDENTITY */ .zK, ..._row_js__WEBPACK_IMPORTED_MODULE_1__/* .LINKS */ .A]);
/**
 * Whether a write can make `row` one deployment with a row it was not one with before: it sets an
 * id (or the tag, ring, run), or changes which stage the HLD commit counts as. A write that adds
 * only stage times and details cannot, so it needs no fold: a duplicate sharing an id the row
 * already had is folded by whichever of the two writers came second (the one that gave the row
 * that id folds after its write; the one that started the duplicate, after its insert).
 */
function joins(row, c) {
    return Object.keys(c.set).some((k) => JOINING.has(k)) || ((0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .ranks */ .CS)(row).hldCommitId ?? 0) !== (c.ranks.hldCommitId ?? 0);
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

/***/ 5550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hm: () => (/* binding */ checkedRowValue),
/* harmony export */   JJ: () => (/* binding */ shownValue),
/* harmony export */   Zy: () => (/* binding */ rowColumn)
/* harmony export */ });
/* unused harmony export rowTime */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);

/**
 * Rows are data written by every pipeline that can write the table: a value read from one is
 * checked before it reaches git, the HLD or a log line, and a bad one is named by its row and
 * column, never by the parser's own words ("Invalid time value").
 */
/** A row's value for an error line: line breaks and other control characters as '?', at most 60 characters. */
function shownValue(value) {
    const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
    return clean.length > 60 ? `${clean.slice(0, 57)}... (${value.length} characters)` : clean;
}
/** Which row and column a bad value came from: `deployment <RowKey> (partition <PartitionKey>), column '<name>'`. */
function rowColumn(row, column) {
    return `deployment ${shownValue(row.rowKey)} (partition ${shownValue(row.partitionKey)}), column '${column}'`;
}
/**
 * `row[column]` passed through `check` (which returns the value or throws an error naming the
 * value); a refusal becomes one line naming the row and the column.
 */
function checkedRowValue(row, column, check) {
    const value = row[column] ?? '';
    try {
        return check(value);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${rowColumn(row, column)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(err)}`, { cause: err });
    }
}
/** A time a row holds, in milliseconds; a value that is not one is named by row and column. */
function rowTime(row, column) {
    const t = Date.parse(row[column] ?? '');
    if (Number.isNaN(t))
        throw new RingwayError(`${rowColumn(row, column)}: '${shownValue(row[column] ?? '')}' is not a time (ISO 8601)`);
    return t;
}


/***/ })

};
;