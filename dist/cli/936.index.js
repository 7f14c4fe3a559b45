"use strict";
exports.id = 936;
exports.ids = [936];
exports.modules = {

/***/ 5952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   pc: () => (/* binding */ durationMs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);

const UNIT_MS = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 604800e3 };
/**
 * `90s`, `30m`, `1h30m`, `2d`, `0` → milliseconds (Go/Flux-style durations plus days and weeks);
 * undefined when the text is not a duration. One grammar for every input and option that takes one.
 */
function durationMs(value) {
    const v = value.trim();
    if (v === '' || v === '0')
        return 0;
    if (!/^(\d+(\.\d+)?[smhdw])+$/.test(v))
        return undefined;
    let ms = 0;
    for (const m of v.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g))
        ms += Number(m[1]) * UNIT_MS[m[2]];
    return Math.round(ms);
}
/** {@link durationMs}, or an error naming the value; the step names the input (`withInput`). */
function parseDuration(value) {
    const ms = durationMs(value);
    if (ms === undefined)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`'${value}' is not a duration like 30m, 1h30m or 2d`);
    return ms;
}
/** 5400000 → `1h30m`, for reasons a person reads. */
function formatDuration(ms) {
    if (ms <= 0)
        return '0s';
    let rest = Math.ceil(ms / 1000);
    const parts = [];
    for (const [unit, secs] of [
        ['d', 86400],
        ['h', 3600],
        ['m', 60],
        ['s', 1],
    ]) {
        if (rest >= secs) {
            parts.push(`${Math.floor(rest / secs)}${unit}`);
            rest %= secs;
        }
    }
    return parts.slice(0, 2).join('');
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

/***/ 9869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ prometheusUrl),
/* harmony export */   QG: () => (/* binding */ parseHeaders),
/* harmony export */   m4: () => (/* binding */ prometheusSource)
/* harmony export */ });
/* harmony import */ var _answer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7874);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7872);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8115);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5952);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8248);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6995);






/** The API root, checked: http(s), no credentials (they go in the token or password, which are secrets). */
function prometheusUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`'${url}' is not a URL`);
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`'${url}' is not an http(s) URL`);
    if (u.username || u.password)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`the Prometheus URL carries credentials: give them as the token or the user and password`);
    if (u.search || u.hash)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`the Prometheus URL '${u.origin}${u.pathname}' must have no query or fragment`);
    return u;
}
/** `Name: value` or `Name=value` lines → headers; each value is a secret (it may be a key). */
function parseHeaders(lines) {
    const out = {};
    for (const [i, line] of lines.entries()) {
        const m = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*[:=]\s*(.*)$/.exec(line.trim());
        // Named by its place only: a line without a name may be a bare key.
        if (!m || !m[2])
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`header ${i + 1} is not 'Name: value'`);
        if (/^(authorization|host|content-length)$/i.test(m[1]))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`header ${m[1]} is set by ringway (give a token or a user and password instead)`);
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .registerSecret */ .cl)(m[2]);
        out[m[1]] = m[2];
    }
    return out;
}
const RESULT = { status: 'string', data: { resultType: 'string', result: 'unknown' } };
const VECTOR = [{ metric: { '*': 'string' }, value: ['unknown'] }];
const MATRIX = [{ metric: { '*': 'string' }, values: [['unknown']] }];
const ERROR = { status: 'string', errorType: 'string?', error: 'string?' };
function prometheusSource(o) {
    const root = prometheusUrl(o.url);
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .registerSecret */ .cl)(o.token);
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .registerSecret */ .cl)(o.password);
    const server = `Prometheus at ${root.origin}${root.pathname.replace(/\/$/, '')}`;
    const headers = { Accept: 'application/json', ...o.headers };
    if (o.token)
        headers.Authorization = `Bearer ${o.token}`;
    else if (o.username || o.password) {
        // The encoded pair is as secret as the password: hidden wherever it might be printed.
        const pair = Buffer.from(`${o.username ?? ''}:${o.password ?? ''}`).toString('base64');
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .registerSecret */ .cl)(pair);
        headers.Authorization = `Basic ${pair}`;
    }
    async function get(api, params, doing) {
        const url = new URL(`${root.pathname.replace(/\/$/, '')}/api/v1/${api}`, root);
        for (const [k, v] of Object.entries(params))
            url.searchParams.set(k, v);
        // Prometheus gives up on its own a little before we do, and says why.
        url.searchParams.set('timeout', `${Math.max(1, Math.floor(o.timeoutMs / 1000))}s`);
        let res;
        let text;
        const deadline = (0,_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .currentDeadline */ .SB)();
        const timedOut = (cause) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${doing}: ${server} gave no answer within ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(o.timeoutMs)}`, {
            kind: 'timeout',
            cause,
        });
        try {
            // One deadline for the answer and its body: a server that sends headers and then stalls is no answer either.
            // The step's own deadline (input 'timeout') cuts a request off too.
            const timeout = AbortSignal.timeout(o.timeoutMs);
            res = await fetch(url, {
                headers,
                signal: deadline ? AbortSignal.any([timeout, deadline.signal]) : timeout,
                redirect: 'error',
            });
            // Capped like every other answer: a proxy's endless page is refused, not held in memory.
            text = (await (0,_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .readBody */ .x8)(res, _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_ANSWER_BYTES */ .gB, `${doing}: the answer of ${server}`, () => deadline?.signal.aborted ? deadline.error(server) : timedOut())).toString('utf8');
        }
        catch (err) {
            const e = err;
            if (deadline?.signal.aborted)
                throw deadline.error(server);
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy)
                throw err;
            if (e.name === 'TimeoutError')
                throw timedOut(err);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${doing}: ${server} is unreachable: ${e.cause?.code ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`, {
                kind: 'unreachable',
                cause: err,
            });
        }
        if (!res.ok) {
            // Prometheus explains a bad query (400 bad_data, 422 execution, 503 timeout) in JSON; a proxy may not.
            let why = `HTTP ${res.status}`;
            try {
                const body = (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAnswer */ .dG)(JSON.parse(text), ERROR, server, doing);
                if (body.error)
                    why += ` (${body.errorType ? `${body.errorType}: ` : ''}${body.error.split('\n')[0]})`;
            }
            catch {
                /* not Prometheus's own error body: the status says enough */
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${doing}: ${server} answered ${why}`, {
                kind: (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .statusKind */ .BE)(res.status),
                status: res.status,
            });
        }
        const body = (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .readAnswer */ .JN)(text, RESULT, server, doing);
        if (body.status !== 'success')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${doing}: ${server} answered status '${body.status}'`, { kind: 'invalid-answer' });
        return seriesOf(body.data, server, doing);
    }
    return {
        instant: (query, atMs) => get('query', { query, time: seconds(atMs) }, `querying ${oneLine(query)}`),
        range: (query, startMs, endMs, stepMs) => get('query_range', { query, start: seconds(startMs), end: seconds(endMs), step: `${stepMs / 1000}s` }, `querying ${oneLine(query)} over a range`),
    };
}
const seconds = (ms) => String(ms / 1000);
const oneLine = (s) => {
    const t = s.replace(/\s+/g, ' ').trim();
    return t.length > 120 ? `${t.slice(0, 117)}...` : t;
};
/** The answer's data as series: a vector or a matrix by series, a scalar as one unlabelled series. */
function seriesOf(data, server, doing) {
    const point = (p, at) => {
        const [t, v] = p;
        if (p.length !== 2 || typeof t !== 'number' || typeof v !== 'string')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${doing}: ${server} answered in a shape ringway does not know: ${at} is not [time, "value"]`, {
                kind: 'invalid-answer',
            });
        return { t: Math.round(t * 1000), v: sampleValue(v, server, doing) };
    };
    switch (data.resultType) {
        case 'vector':
            return (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAnswer */ .dG)(data.result, VECTOR, server, doing).map((s, i) => ({ labels: s.metric, points: [point(s.value, `data.result[${i}].value`)] }));
        case 'matrix':
            return (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAnswer */ .dG)(data.result, MATRIX, server, doing).map((s, i) => ({
                labels: s.metric,
                points: s.values.map((p, j) => point(p, `data.result[${i}].values[${j}]`)),
            }));
        case 'scalar':
            return [
                { labels: {}, points: [point((0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAnswer */ .dG)(data.result, ['unknown'], server, doing), 'data.result')] },
            ];
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${doing}: ${server} answered a ${data.resultType} result, which is not a number to compare (use a query that returns a vector or a scalar)`, { kind: 'invalid-answer' });
    }
}
/** Prometheus sends sample values as text: a float, NaN, +Inf or -Inf. */
function sampleValue(text, server, doing) {
    if (text === 'NaN')
        return NaN;
    if (text === '+Inf' || text === 'Inf')
        return Infinity;
    if (text === '-Inf')
        return -Infinity;
    const v = Number(text);
    if (text.trim() === '' || Number.isNaN(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${doing}: ${server} answered the value '${text.slice(0, 40)}', which is not a number`, {
            kind: 'invalid-answer',
        });
    return v;
}


/***/ }),

/***/ 8936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* binding */ step)
});

// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/git/auth.ts
var auth = __webpack_require__(7023);
// EXTERNAL MODULE: ./lib/git/validate.ts
var validate = __webpack_require__(9719);
// EXTERNAL MODULE: ./lib/git/trust.ts
var git_trust = __webpack_require__(2811);
// EXTERNAL MODULE: ./lib/duration.ts
var duration = __webpack_require__(5952);
// EXTERNAL MODULE: ./lib/secrets.ts
var secrets = __webpack_require__(6995);
// EXTERNAL MODULE: ./lib/telemetry/query.ts
var query = __webpack_require__(9534);
// EXTERNAL MODULE: ./lib/telemetry/row.ts
var telemetry_row = __webpack_require__(5062);
// EXTERNAL MODULE: ./lib/telemetry/row-value.ts
var row_value = __webpack_require__(5550);
;// CONCATENATED MODULE: ./lib/promotion/clusters.ts



/** Which clusters run each ring: `dev=aks-dev,prod=aks-weu+aks-eus` (comma or newline separated). Errors name the entry; the step adds the input. */
function parseRingClusters(entries, rings) {
    const out = {};
    for (const raw of entries) {
        const entry = raw.trim();
        if (!entry)
            continue;
        const m = /^([^=\s]+)\s*=\s*(.+)$/.exec(entry);
        if (!m)
            throw new errors/* UsageError */.eb(`'${entry}' is not <ring>=<cluster>[+<cluster>…]`);
        const ring = m[1].toLowerCase();
        if (!rings.includes(ring))
            throw new errors/* UsageError */.eb(`ring '${ring}' is not in the rings list ${rings.join(', ')}`);
        if (out[ring])
            throw new errors/* UsageError */.eb(`ring '${ring}' has clusters twice`);
        const clusters = m[2].split('+').map((c) => c.trim());
        const bad = clusters.find((c) => !/^[\w.:/@-]{1,200}$/.test(c));
        if (bad !== undefined)
            throw new errors/* UsageError */.eb(`'${bad}' is not a cluster name (ring ${ring})`);
        out[ring] = clusters;
    }
    return out;
}
/** A commit status is about a cluster when the cluster is one of its name's `/` or `:` separated parts. */
function statusOfCluster(check, cluster) {
    return check.name
        .toLowerCase()
        .split(/[/:\s]+/)
        .includes(cluster.toLowerCase());
}
/** A recorded failure on a cluster of the ring that has not recovered. */
function failureOf(row) {
    const failing = Object.entries((0,telemetry_row/* clusterSyncs */.ht)(row)).filter(([, c]) => (0,telemetry_row/* clusterFailed */.MT)(c));
    if (failing.length)
        return failing
            .map(([n, c]) => `sync failed on ${n} at ${c.failedAt}${c.reason ? ` (${c.reason})` : ''}`)
            .join('; ');
    if ((0,telemetry_row/* syncFailed */.zm)(row))
        return `sync failed at ${row.syncFailedAt}`;
    return undefined;
}
/**
 * Every named cluster of the ring must have applied the deployment: recorded by an operator event
 * (or a cluster-synced stage naming it), else a Flux / Argo CD commit status on the manifest
 * commit whose name contains the cluster. A failed status rejects, a pending one waits, and
 * statuses that cannot be read leave the gate unable to tell (error).
 */
async function clustersSynced(row, clusters, statuses) {
    const map = (0,telemetry_row/* clusterSyncs */.ht)(row);
    const manual = new Set((row.cluster ?? '')
        .split(',')
        .map((c) => c.trim().toLowerCase())
        .filter(Boolean));
    const times = [];
    const done = [];
    let missing = [];
    for (const c of clusters) {
        const rec = map[c];
        if (rec?.syncedAt) {
            times.push(rec.syncedAt);
            done.push(`${c} at ${rec.syncedAt}`);
        }
        else if (manual.has(c.toLowerCase()) && row.syncedAt) {
            times.push(row.syncedAt);
            done.push(`${c} at ${row.syncedAt}`);
        }
        else
            missing.push(c);
    }
    let fromStatus = false;
    if (missing.length && statuses) {
        let found;
        try {
            found = await statuses();
        }
        catch (err) {
            return {
                verdict: 'error',
                detail: `cannot read commit statuses of the manifest commit: ${(0,secrets/* redact */.E$)((0,errors/* errorMessage */.gJ)(err))}`,
            };
        }
        const still = [];
        for (const c of missing) {
            const mine = found.filter((s) => statusOfCluster(s, c));
            const failed = mine.find((s) => s.state === 'failure');
            if (failed)
                return {
                    verdict: 'reject',
                    detail: `commit status ${failed.name} on the manifest commit is ${failed.detail} (cluster ${c})`,
                };
            if (mine.length && mine.every((s) => s.state === 'success')) {
                done.push(`${c} (commit status ${mine[0].name})`);
                fromStatus = true;
            }
            else
                still.push(c);
        }
        missing = still;
    }
    if (missing.length)
        return {
            verdict: 'wait',
            detail: `not synced yet on ${missing.join(', ')}${done.length ? ` (synced: ${done.join(', ')})` : ''}`,
        };
    if (fromStatus && row.manifestsPushedAt)
        times.push(row.manifestsPushedAt);
    const since = times.sort().pop();
    return {
        verdict: 'pass',
        detail: `synced on ${done.join(', ')}`,
        since,
        sinceWhat: fromStatus && since === row.manifestsPushedAt ? 'manifests pushed' : 'synced on every cluster',
    };
}

;// CONCATENATED MODULE: ./lib/promotion/health-url.ts


/**
 * A health URL from the `health-url` input, checked, with every secret part of it registered for
 * redaction before anything can print it: the userinfo, the query string and key-like parameters.
 */
function healthTarget(value) {
    let u;
    try {
        u = new URL(value);
    }
    catch {
        throw new errors/* UsageError */.eb(`'${shownOf(value)}' is not an http(s) URL`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        throw new errors/* UsageError */.eb(`'${shownOf(value)}' is not an http(s) URL`);
    const user = decodeURIComponent(u.username);
    const password = decodeURIComponent(u.password);
    (0,secrets/* registerSecret */.cl)(password);
    (0,secrets/* registerSecret */.cl)(u.password);
    (0,secrets/* registerSecret */.cl)(u.search.slice(1));
    for (const [k, v] of u.searchParams)
        if (secrets/* CREDENTIAL_PARAM */.kk.test(k))
            (0,secrets/* registerSecret */.cl)(v);
    const headers = {};
    if (user || password) {
        const basic = Buffer.from(`${user}:${password}`).toString('base64');
        (0,secrets/* registerSecret */.cl)(basic);
        headers.authorization = `Basic ${basic}`;
    }
    u.username = '';
    u.password = '';
    const shown = `${u.protocol}//${u.host}${u.pathname}`;
    // The whole URL is a secret only for what it adds to `shown` (registering `shown` would hide it).
    for (const whole of [value, u.toString()])
        if (whole.replace(/\/$/, '') !== shown.replace(/\/$/, ''))
            (0,secrets/* registerSecret */.cl)(whole);
    return { url: u.toString(), headers, shown };
}
/** Scheme, host and path of a URL-ish text, for error lines: no userinfo, query or fragment. */
function shownOf(value) {
    return value
        .replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1')
        .replace(/[?#].*$/s, '')
        .slice(0, 200);
}

// EXTERNAL MODULE: ./lib/answer.ts
var answer = __webpack_require__(7874);
// EXTERNAL MODULE: ./lib/deadline.ts
var lib_deadline = __webpack_require__(7872);
// EXTERNAL MODULE: ./lib/limits.ts
var limits = __webpack_require__(8248);
;// CONCATENATED MODULE: ./lib/monitoring/log-analytics.ts






const LOG_ANALYTICS_ENDPOINT = 'https://api.loganalytics.io';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A workspace ID, checked: it goes into the request path. */
function workspaceId(text) {
    const id = text.trim();
    if (!GUID.test(id))
        throw new errors/* UsageError */.eb(`'${id.length > 60 ? `${id.slice(0, 57)}...` : id}' is not a workspace ID (a GUID such as 63613592-b6f7-4c3d-a390-22ba13102111, from the workspace's overview)`);
    return id.toLowerCase();
}
/** The API root, checked: https (http only to this machine, for tests), no credentials, query or fragment. */
function logAnalyticsEndpoint(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new errors/* UsageError */.eb(`'${url}' is not a URL`);
    }
    if (u.username || u.password) {
        // Hidden before anything can print the value.
        for (const part of [u.username, u.password]) {
            (0,secrets/* registerSecret */.cl)(part);
            try {
                (0,secrets/* registerSecret */.cl)(decodeURIComponent(part));
            }
            catch {
                /* not percent-encoded text: the raw form is registered */
            }
        }
        throw new errors/* UsageError */.eb('the Log Analytics endpoint carries credentials: the token goes in its own input, not the URL');
    }
    if (u.protocol !== 'https:' &&
        !(u.protocol === 'http:' && /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(u.hostname)))
        throw new errors/* UsageError */.eb(`'${u.origin}' is not an https URL (the token is sent to it)`);
    if (u.search || u.hash || !/^\/?$/.test(u.pathname))
        throw new errors/* UsageError */.eb(`the Log Analytics endpoint '${u.origin}${u.pathname}' must be a bare origin, like ${LOG_ANALYTICS_ENDPOINT}`);
    return u;
}
/** The parts of the answer the code reads (`queryResults`, `errorResponse`). */
const COLUMN = { name: 'string', type: 'string' };
const TABLE = { name: 'string', columns: [COLUMN], rows: [['unknown']] };
const RESULTS = { tables: [TABLE], error: (0,answer/* optional */.lq)('unknown') };
const ERROR_INFO = { code: 'string?', message: 'string?', innererror: (0,answer/* optional */.lq)('unknown') };
const ERROR = { error: ERROR_INFO };
const NUMERIC = new Set(['int', 'long', 'real', 'decimal']);
function logAnalyticsSource(o) {
    const root = logAnalyticsEndpoint(o.endpoint || LOG_ANALYTICS_ENDPOINT);
    const workspace = workspaceId(o.workspace);
    (0,secrets/* registerSecret */.cl)(o.token);
    const server = `Log Analytics at ${root.origin} (workspace ${workspace})`;
    const url = new URL(`/v1/workspaces/${workspace}/query`, root);
    const waitSeconds = Math.max(1, Math.floor(o.timeoutMs / 1000));
    /** One query; `timespan` (`from/to`) bounds it on the tables' time column, in addition to its own filters. */
    async function query(kql, fromMs, toMs, doing) {
        const deadline = (0,lib_deadline/* currentDeadline */.SB)();
        const timedOut = (cause) => new errors/* RingwayError */.Sy(`${doing}: ${server} gave no answer within ${(0,duration/* formatDuration */.a3)(o.timeoutMs)}`, {
            kind: 'timeout',
            cause,
        });
        let res;
        let body;
        try {
            const timeout = AbortSignal.timeout(o.timeoutMs);
            res = await fetch(url, {
                method: 'POST',
                headers: {
                    Authorization: `Bearer ${o.token}`,
                    'Content-Type': 'application/json',
                    Accept: 'application/json',
                    // The service stops the query on its own a little before we give up, and says so.
                    Prefer: `wait=${waitSeconds}`,
                },
                body: JSON.stringify(fromMs === undefined ? { query: kql } : { query: kql, timespan: `${iso(fromMs)}/${iso(toMs)}` }),
                signal: deadline ? AbortSignal.any([timeout, deadline.signal]) : timeout,
                redirect: 'error',
            });
            body = await (0,limits/* readBody */.x8)(res, limits/* MAX_ANSWER_BYTES */.gB, `${doing}: the answer of ${server}`, () => deadline?.signal.aborted ? deadline.error(server) : timedOut());
        }
        catch (err) {
            if (deadline?.signal.aborted)
                throw deadline.error(server);
            if (err instanceof errors/* RingwayError */.Sy)
                throw err;
            const e = err;
            if (e.name === 'TimeoutError')
                throw timedOut(err);
            throw new errors/* RingwayError */.Sy(`${doing}: ${server} is unreachable: ${e.cause?.code ?? (0,errors/* errorMessage */.gJ)(err)}`, {
                kind: 'unreachable',
                cause: err,
            });
        }
        let parsed;
        try {
            parsed = JSON.parse(body.toString('utf8'));
        }
        catch {
            parsed = undefined;
        }
        if (!res.ok) {
            let why = `HTTP ${res.status}`;
            try {
                why += ` (${explain((0,answer/* checkAnswer */.dG)(parsed, ERROR, server, doing).error)})`;
            }
            catch {
                /* not the service's own error body (a proxy's page): the status says enough */
            }
            const hint = res.status === 401
                ? `: the token was refused (expired, or not for ${LOG_ANALYTICS_ENDPOINT}: az account get-access-token --resource ${LOG_ANALYTICS_ENDPOINT})`
                : res.status === 403
                    ? ': the identity may not read this workspace (it needs Log Analytics Reader on it)'
                    : '';
            throw new errors/* RingwayError */.Sy(`${doing}: ${server} answered ${why}${hint}`, {
                kind: (0,errors/* statusKind */.BE)(res.status),
                status: res.status,
            });
        }
        if (parsed === undefined)
            throw new errors/* RingwayError */.Sy(`${doing}: ${server} answered in a shape ringway does not know: the body is not JSON`, {
                kind: 'invalid-answer',
            });
        const results = (0,answer/* checkAnswer */.dG)(parsed, RESULTS, server, doing);
        // A 200 with an error is a partial result (a limit hit, a workspace not reached): not data to judge by.
        if (results.error !== undefined && results.error !== null) {
            const info = (0,answer/* checkAnswer */.dG)(results.error, ERROR_INFO, server, `${doing} (its error)`);
            throw new errors/* RingwayError */.Sy(`${doing}: ${server} answered a partial result (${explain(info)})`, { kind: 'server' });
        }
        return results.tables.find((t) => t.name === 'PrimaryResult') ?? results.tables[0] ?? EMPTY;
    }
    // No range query: KQL has no evaluation step, so the gate asks once per measurement.
    return {
        async instant(kql, atMs, fromMs) {
            const doing = `querying ${oneLine(kql)}`;
            return tableSeries(await query(kql, fromMs, atMs, doing), atMs, o.valueColumn, server, doing);
        },
    };
}
const EMPTY = { name: 'PrimaryResult', columns: [], rows: [] };
const iso = (ms) => new Date(ms).toISOString();
const oneLine = (s) => {
    const t = s.replace(/\s+/g, ' ').trim();
    return t.length > 120 ? `${t.slice(0, 117)}...` : t;
};
/** `BadArgumentError: …; SemanticError: 'where' operator: Failed to resolve column …`: the outer and the innermost reason. */
function explain(info) {
    const part = (e) => [e.code, (e.message ?? '').split('\n')[0].trim()].filter(Boolean).join(': ') || 'no reason given';
    let inner;
    for (let e = info.innererror, depth = 0; e && typeof e === 'object' && depth < 10; depth++) {
        inner = e;
        e = inner.innererror;
    }
    const text = inner && part(inner) !== part(info) ? `${part(info)}; ${part(inner)}` : part(info);
    return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
/**
 * A result table as series: one per row, its value from the value column (named, else the only
 * numeric one, else the last), every other column a label. Numbers may come as JSON numbers or as
 * text (`decimal`, and `real`'s "NaN", "Infinity", "-Infinity"); an empty cell is NaN (inconclusive).
 */
function tableSeries(table, t, valueColumn, server, doing) {
    const bad = (why) => new errors/* RingwayError */.Sy(`${doing}: ${server} answered ${why}`, {
        kind: 'invalid-answer',
    });
    const names = table.columns.map((c) => c.name);
    if (!table.rows.length)
        return [];
    let at;
    if (valueColumn) {
        at = names.indexOf(valueColumn);
        if (at < 0)
            throw bad(`no column '${valueColumn}' (value-column); its columns are ${names.join(', ') || 'none'}`);
        if (!NUMERIC.has(table.columns[at].type))
            throw bad(`column '${valueColumn}' of type ${table.columns[at].type}, not a number to compare`);
    }
    else {
        const numeric = table.columns.flatMap((c, i) => (NUMERIC.has(c.type) ? [i] : []));
        if (!numeric.length)
            throw bad(`no numeric column (int, long, real, decimal) to compare; its columns are ${table.columns.map((c) => `${c.name}:${c.type}`).join(', ') || 'none'}`);
        at = numeric[numeric.length - 1];
    }
    return table.rows.map((row, r) => {
        if (row.length !== names.length)
            throw bad(`row ${r + 1} with ${row.length} cells for ${names.length} columns`);
        const labels = {};
        row.forEach((cell, i) => {
            if (i !== at)
                labels[names[i]] = label(cell);
        });
        return { labels, points: [{ t, v: cellValue(row[at], names[at], r, bad) }] };
    });
}
function cellValue(cell, column, row, bad) {
    if (cell === null)
        return NaN;
    if (typeof cell === 'number')
        return cell;
    if (typeof cell === 'string') {
        if (cell === 'NaN')
            return NaN;
        if (cell === 'Infinity' || cell === '+Infinity')
            return Infinity;
        if (cell === '-Infinity')
            return -Infinity;
        const v = Number(cell);
        if (cell.trim() !== '' && !Number.isNaN(v))
            return v;
    }
    const shown = typeof cell === 'string' ? `'${cell.slice(0, 40)}'` : typeof cell;
    throw bad(`${shown} in column '${column}' of row ${row + 1}, which is not a number`);
}
function label(cell) {
    if (cell === null || cell === undefined)
        return '';
    if (typeof cell === 'string')
        return cell;
    if (typeof cell === 'object')
        return JSON.stringify(cell);
    return String(cell);
}

;// CONCATENATED MODULE: ./lib/monitoring/series.ts
/** `{code="500", ingress="web"}`: a series as a person reads it ('{}' when it has no labels). */
function seriesName(labels) {
    const parts = Object.entries(labels)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => `${k}="${v}"`);
    return `{${parts.join(', ')}}`;
}

// EXTERNAL MODULE: ./lib/template.ts
var template = __webpack_require__(5078);
;// CONCATENATED MODULE: ./lib/promotion/metric-checks.ts






const PROVIDERS = ['prometheus', 'azure-monitor-logs'];
/** Fields only one provider reads. */
const ONLY = { workspace: 'azure-monitor-logs', 'value-column': 'azure-monitor-logs' };
const FIELDS = [
    'name',
    'provider',
    'query',
    'condition',
    'interval',
    'count',
    'failure-limit',
    'error-limit',
    'workspace',
    'value-column',
];
const NAME = /^[A-Za-z0-9][\w.-]{0,62}$/;
const NUMBER = /[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?/.source;
const COMPARE = new RegExp(`^(<=|>=|==|<|>)\\s*(${NUMBER})$`);
const BETWEEN = new RegExp(`^between\\s+(${NUMBER})\\s+and\\s+(${NUMBER})$`, 'i');
/** The placeholders a query may use. */
const QUERY_PLACEHOLDERS = ['service', 'ring', 'tag', 'from', 'to', 'window'];
/** `< 0.01`, `<= 5`, `> 0`, `>= 0.99`, `== 0`, `between 0 and 0.5` (both ends included). */
function parseThreshold(text) {
    const t = text.trim();
    const c = COMPARE.exec(t);
    if (c)
        return { op: c[1], value: Number(c[2]), text: t };
    const b = BETWEEN.exec(t);
    if (b) {
        const [lo, hi] = [Number(b[1]), Number(b[2])];
        if (lo > hi)
            throw new errors/* UsageError */.eb(`'${t}': the lower bound is above the upper one`);
        return { op: 'between', value: lo, upper: hi, text: t };
    }
    throw new errors/* UsageError */.eb(`'${t}' is not a condition like '< 0.01', '>= 0.99', '== 0' or 'between 0 and 0.5'`);
}
/** Whether `v` holds the threshold (±Infinity compares as a number; NaN is handled by the caller). */
function holds(th, v) {
    switch (th.op) {
        case '<':
            return v < th.value;
        case '<=':
            return v <= th.value;
        case '>':
            return v > th.value;
        case '>=':
            return v >= th.value;
        case '==':
            return v === th.value;
        case 'between':
            return v >= th.value && v <= th.upper;
    }
}
/**
 * The checks of the `metrics` input, parsed from YAML or JSON already (a list of maps), validated
 * whole before any query runs. Errors name the check and the field; the step names the input.
 */
function parseMetricChecks(value) {
    if (value === null || value === undefined)
        return [];
    if (!Array.isArray(value))
        throw new errors/* UsageError */.eb('expected a list of checks (- name: …, provider: …, query: …, condition: …)');
    const seen = new Set();
    return value.map((item, i) => {
        const at = `check ${i + 1}`;
        if (typeof item !== 'object' || item === null || Array.isArray(item))
            throw new errors/* UsageError */.eb(`${at}: expected a map with name, provider, query and condition`);
        const o = item;
        const rawName = o.name;
        const label = typeof rawName === 'string' && NAME.test(rawName) ? `check '${rawName}'` : at;
        const bad = (field, why) => new errors/* UsageError */.eb(`${label}: field '${field}': ${why}`);
        for (const k of Object.keys(o))
            if (!FIELDS.includes(k))
                throw bad(k, `unknown field (known: ${FIELDS.join(', ')})`);
        const text = (field, required) => {
            const v = o[field];
            if (v === undefined || v === null || v === '') {
                if (required)
                    throw bad(field, 'is required');
                return '';
            }
            if (typeof v !== 'string' && typeof v !== 'number')
                throw bad(field, 'must be text');
            return String(v).trim();
        };
        const int = (field, dflt, min, max) => {
            const v = o[field];
            if (v === undefined || v === null || v === '')
                return dflt;
            const n = typeof v === 'number' ? v : /^\d+$/.test(String(v).trim()) ? Number(String(v).trim()) : NaN;
            if (!Number.isInteger(n) || n < min || n > max)
                throw bad(field, `'${String(v)}' is not a whole number from ${min} to ${max}`);
            return n;
        };
        const name = text('name', true);
        if (!NAME.test(name))
            throw bad('name', `'${name}' is not a name (letters, digits, '.', '_', '-'; at most 63)`);
        if (seen.has(name))
            throw bad('name', 'another check has this name');
        seen.add(name);
        const provider = text('provider', true);
        if (!PROVIDERS.includes(provider))
            throw bad('provider', `'${provider}' is not a provider (known: ${PROVIDERS.join(', ')})`);
        for (const [field, only] of Object.entries(ONLY))
            if (o[field] !== undefined && provider !== only)
                throw bad(field, `is read by provider ${only} only`);
        const workspace = text('workspace', false);
        try {
            if (workspace)
                workspaceId(workspace);
        }
        catch (err) {
            throw bad('workspace', (0,errors/* errorMessage */.gJ)(err));
        }
        const valueColumn = text('value-column', false);
        if (valueColumn.length > 256 || /\p{Cc}/u.test(valueColumn))
            throw bad('value-column', 'is not a column name');
        const query = text('query', true);
        // Unknown placeholders are found now, not after the soak.
        (0,template/* fillTemplate */.o)(query, Object.fromEntries(QUERY_PLACEHOLDERS.map((k) => [k, 'x'])), `${label}: field 'query'`);
        let condition;
        try {
            condition = parseThreshold(text('condition', true));
        }
        catch (err) {
            throw err instanceof errors/* UsageError */.eb && !err.message.startsWith(label) ? bad('condition', err.message) : err;
        }
        const count = int('count', 1, 1, 100);
        const interval = text('interval', false);
        const intervalMs = interval ? (0,duration/* durationMs */.pc)(interval) : 0;
        if (intervalMs === undefined || (interval && intervalMs < 1000))
            throw bad('interval', `'${interval}' is not a duration of at least 1s, like 1m or 5m`);
        if (count > 1 && !intervalMs)
            throw bad('interval', `is required with count ${count} (the time between measurements)`);
        return {
            name,
            provider: provider,
            query,
            condition,
            intervalMs: count > 1 ? intervalMs : 0,
            count,
            failureLimit: int('failure-limit', 0, 0, 100),
            errorLimit: int('error-limit', 0, 0, 100),
            ...(workspace ? { workspace: workspaceId(workspace) } : {}),
            ...(valueColumn ? { valueColumn } : {}),
        };
    });
}
/** Characters that would change a query's structure if a value carried them (inside a quoted label). */
const UNSAFE = /["'`\\\n\r{}]/;
/**
 * The query with its placeholders filled: {from} and {to} as Unix seconds for PromQL (the `@`
 * modifier, `time()` comparisons) and as ISO 8601 times for KQL (`datetime({from})`); {window} as
 * a duration both read (`3600s`: `rate(x[{window}])`, `bin(TimeGenerated, {window})`).
 */
function fillQuery(check, w) {
    const time = (ms) => check.provider === 'azure-monitor-logs' ? new Date(ms).toISOString() : String(Math.floor(ms / 1000));
    const values = {
        service: w.service,
        ring: w.ring,
        tag: w.tag,
        from: time(w.fromMs),
        to: time(w.toMs),
        window: `${Math.max(1, Math.round((w.toMs - w.fromMs) / 1000))}s`,
    };
    return (0,template/* fillTemplate */.o)(check.query, values, `check '${check.name}': field 'query'`, (key, v, m) => {
        if (UNSAFE.test(v))
            throw new errors/* UsageError */.eb(`check '${check.name}': ${m} is '${v}', which a query cannot quote safely`);
        return v;
    });
}
const show = (v) => Number.isNaN(v) ? 'NaN' : v === Infinity ? '+Inf' : v === -Infinity ? '-Inf' : String(+v.toPrecision(6));
const metric_checks_iso = (ms) => new Date(ms).toISOString();
/** One measurement: every series' value at `t` must hold; none, or NaN, is inconclusive. */
function measure(check, series, t) {
    const values = series.flatMap((s) => s.points.filter((p) => p.t === t).map((p) => ({ s, v: p.v })));
    const at = metric_checks_iso(t);
    if (!values.length)
        return { at, verdict: 'error', value: '', detail: 'no data: the query returned no series' };
    const th = check.condition;
    const failed = values.filter(({ v }) => !Number.isNaN(v) && !holds(th, v));
    if (failed.length) {
        const worst = failed[0];
        const more = failed.length > 1 ? ` (and ${failed.length - 1} more series)` : '';
        const of = values.length > 1 || Object.keys(worst.s.labels).length ? ` for ${seriesName(worst.s.labels)}` : '';
        return { at, verdict: 'fail', value: show(worst.v), detail: `${show(worst.v)}${of} is not ${th.text}${more}` };
    }
    const nan = values.find(({ v }) => Number.isNaN(v));
    if (nan)
        return {
            at,
            verdict: 'error',
            value: 'NaN',
            detail: `NaN for ${seriesName(nan.s.labels)} (no traffic to measure?)`,
        };
    // The value closest to the limit, so the report shows the margin.
    const edge = [...values].sort((a, b) => distance(th, a.v) - distance(th, b.v))[0];
    return {
        at,
        verdict: 'pass',
        value: show(edge.v),
        detail: `${values.length > 1 ? `${values.length} series, closest ` : ''}${show(edge.v)} ${th.text}`,
    };
}
function distance(th, v) {
    if (th.op === 'between')
        return Math.min(v - th.value, th.upper - v);
    return Math.abs(v - th.value);
}
/**
 * Runs one check over the window: `count` measurements `interval` apart ending now (one range
 * query, or one query per measurement where the backend has no range query), or one instant query. Failed measurements past `failure-limit` reject; inconclusive ones
 * (a query error, a timeout, no data, NaN) past `error-limit` are an error, and a check that
 * measured nothing is never a pass.
 */
async function runMetricCheck(check, w, source) {
    let query;
    try {
        query = fillQuery(check, w);
    }
    catch (err) {
        return { verdict: 'error', detail: `${check.name}: ${(0,errors/* errorMessage */.gJ)(err)}`, query: check.query, measurements: [] };
    }
    const span = (check.count - 1) * check.intervalMs;
    const start = w.toMs - span;
    if (start < w.fromMs) {
        const readyAt = metric_checks_iso(w.fromMs + span);
        return {
            verdict: 'wait',
            detail: `${check.name}: ${check.count} measurements ${(0,duration/* formatDuration */.a3)(check.intervalMs)} apart need ${(0,duration/* formatDuration */.a3)(span)} since ${metric_checks_iso(w.fromMs)}; ready at ${readyAt}`,
            query,
            measurements: [],
        };
    }
    const times = Array.from({ length: check.count }, (_, i) => start + i * check.intervalMs);
    // Not evidence about the release: counted toward error-limit like any inconclusive measurement.
    const failedAt = (t, err) => {
        const why = err instanceof errors/* RingwayError */.Sy ? (0,errors/* errorMessage */.gJ)(err) : `the answer could not be read (${(0,errors/* errorMessage */.gJ)(err)})`;
        return { at: metric_checks_iso(t), verdict: 'error', value: '', detail: (0,secrets/* redact */.E$)(why) };
    };
    let measurements;
    if (check.count > 1 && !source.range) {
        // A backend without range queries: one query per measurement, each over the interval before it.
        measurements = [];
        for (const t of times) {
            try {
                measurements.push(measure(check, await source.instant(query, t, t - check.intervalMs), t));
            }
            catch (err) {
                measurements.push(failedAt(t, err));
            }
        }
    }
    else {
        try {
            const series = check.count > 1 && source.range
                ? await source.range(query, start, w.toMs, check.intervalMs)
                : await source.instant(query, w.toMs, w.fromMs);
            measurements = times.map((t) => measure(check, series, t));
        }
        catch (err) {
            measurements = times.map((t) => failedAt(t, err));
        }
    }
    return { ...verdictOf(check, measurements), query, measurements };
}
function verdictOf(check, ms) {
    const failed = ms.filter((m) => m.verdict === 'fail');
    const errors = ms.filter((m) => m.verdict === 'error');
    const of = (n) => (ms.length > 1 ? `${n} of ${ms.length} measurements` : 'the measurement');
    if (failed.length > check.failureLimit) {
        const f = failed[failed.length - 1];
        return {
            verdict: 'reject',
            detail: `${check.name}: ${f.detail}${ms.length > 1 ? ` at ${f.at}` : ''}; ${of(failed.length)} failed (failure-limit ${check.failureLimit})`,
        };
    }
    if (errors.length > check.errorLimit || errors.length === ms.length) {
        const e = errors[errors.length - 1];
        return {
            verdict: 'error',
            detail: `${check.name}: ${e.detail}; ${of(errors.length)} inconclusive (error-limit ${check.errorLimit})`,
        };
    }
    const last = ms[ms.length - 1];
    const tally = ms.length > 1 ? ` (${ms.length - failed.length - errors.length} of ${ms.length} measurements passed)` : '';
    return {
        verdict: 'pass',
        detail: `${check.name}: ${last.verdict === 'pass' ? last.detail : `holds ${check.condition.text}`}${tally}`,
    };
}

;// CONCATENATED MODULE: ./lib/promotion/evaluate.ts










/** Most severe first: evidence of a bad release outweighs not being able to read another signal. */
const SEVERITY = ['reject', 'error', 'wait'];
const evaluate_short = (sha = '') => sha.slice(0, 7);
/** The most advanced deployment of the tag to a ring: synced, then pushed, then newest. */
function bestRow(rows) {
    const score = (r) => (r.syncedAt ? 2 : r.manifestCommitId ? 1 : 0);
    const when = (r) => r.syncedAt ?? r.manifestsPushedAt ?? r.timestamp ?? '';
    return [...rows].sort((a, b) => score(b) - score(a) || (when(b) > when(a) ? 1 : when(b) < when(a) ? -1 : 0))[0];
}
/**
 * Decides whether `imageTag` may move from `pair.from` to `pair.to`. Every condition asked for is
 * evaluated and reported, in this order, one function each; a new condition is one more function
 * called here. A reject anywhere rejects, else an error anywhere errs, else a wait anywhere
 * waits, else promote (docs/gate.md, "Decision").
 */
async function evaluateGate(q, deps) {
    const records = await readRecords(q, deps);
    const deployed = deployedCondition(q, records);
    // The conditions that read the deployment are skipped (saying why) until it is there.
    const row = deployed.verdict === 'pass' ? records.row : undefined;
    const needs = (name) => ({
        name,
        verdict: 'skip',
        detail: records.unread === undefined ? `needs a deployment to ${q.pair.from}` : 'needs the deployment record',
    });
    const conditions = [deployed, ...rolledBackCondition(q, records.rows)];
    const synced = !q.requireSynced
        ? syncNotRequired(row)
        : row
            ? await syncedCondition(q, row, deps)
            : { condition: needs('synced'), soak: {} };
    conditions.push(synced.condition);
    let readyAt;
    if (q.soakMs > 0) {
        const soaked = row ? soakedCondition(q, synced.soak, deps) : { condition: needs('soaked') };
        conditions.push(soaked.condition);
        readyAt = soaked.readyAt;
    }
    if (q.requiredChecks.length)
        conditions.push(row ? await checksCondition(q, row, deps) : needs('checks'));
    if (q.requiredApprovals > 0)
        conditions.push(row ? await approvalsCondition(q, row, deps) : needs('approvals'));
    if (q.healthUrls.length)
        conditions.push(await healthCondition(q));
    if (q.metrics?.length)
        conditions.push(...(await metricConditions(q, row ? synced.soak : undefined, deps)));
    return decide(q, conditions, records.row, readyAt);
}
async function readRecords(q, deps) {
    let rows = [];
    let unread;
    try {
        rows = (await deps.rowsForTag(q.imageTag)).filter((r) => (0,query/* matchesService */.zX)(r, q.service));
    }
    catch (err) {
        // A bad storage input is bad usage (exit 2); a table that does not answer leaves the gate unable to tell.
        if (err instanceof errors/* UsageError */.eb)
            throw err;
        unread = err;
    }
    const row = bestRow(rows.filter((r) => (r.env ?? '').toLowerCase() === q.pair.from));
    return { rows, row, unread };
}
/** The tag is deployed to the from-ring with its manifests pushed. */
function deployedCondition(q, { rows, row, unread }) {
    const { from } = q.pair;
    if (unread !== undefined)
        return cannotTell('deployed', unread);
    // No record at all is no evidence either way (a wrong tag, service or table, or a pipeline that did not record).
    if (!rows.length)
        return {
            name: 'deployed',
            verdict: 'error',
            detail: `no deployment of ${q.service} with image tag ${q.imageTag} is recorded: check 'service', 'image-tag' and the table`,
        };
    if (!row) {
        const rings = [...new Set(rows.map((r) => r.env).filter(Boolean))];
        return {
            name: 'deployed',
            verdict: 'wait',
            detail: `${q.imageTag} is not deployed to ${from} yet${rings.length ? ` (recorded in: ${rings.join(', ')})` : ' (image built, HLD not updated)'}`,
        };
    }
    if (!row.manifestCommitId)
        return {
            name: 'deployed',
            verdict: 'wait',
            detail: `deployment ${row.rowKey} to ${from} is at '${(0,telemetry_row/* stateOf */.L4)(row)}'; its manifests are not pushed yet`,
        };
    return {
        name: 'deployed',
        verdict: 'pass',
        detail: `deployment ${row.rowKey}: manifest commit ${evaluate_short(row.manifestCommitId)} in ${from}`,
    };
}
/** A tag rolled back in a ring is rejected for every later ring (reported only when it was). */
function rolledBackCondition(q, rows) {
    const ringIndex = (r) => q.pair.rings.indexOf((r.env ?? '').toLowerCase());
    const rolledBack = rows.filter((r) => r.rolledBackAt && ringIndex(r) >= 0 && ringIndex(r) < q.pair.rings.indexOf(q.pair.to));
    if (!rolledBack.length)
        return [];
    const r = rolledBack[0];
    return [
        {
            name: 'rolled-back',
            verdict: 'reject',
            detail: `${q.imageTag} was rolled back in ${r.env} at ${r.rolledBackAt} (deployment ${r.rowKey}${r.rollbackReason ? `: ${r.rollbackReason}` : ''}); it does not go further`,
        },
    ];
}
/** `require-synced: false`: the soak counts from the push. */
function syncNotRequired(row) {
    return {
        condition: { name: 'synced', verdict: 'skip', detail: 'not required' },
        soak: { at: row?.manifestsPushedAt, what: 'manifests pushed', from: row && { row, column: 'manifestsPushedAt' } },
    };
}
/**
 * The from-ring applied the deployment: the cluster-synced stage, every cluster of the ring
 * (`ring-clusters`), else the operator's sync tag on the manifest repository.
 */
async function syncedCondition(q, row, deps) {
    const { from } = q.pair;
    // An operator reported that the ring's cluster could not apply (or keep healthy) this deployment.
    if (failureOf(row))
        return {
            condition: { name: 'synced', verdict: 'reject', detail: `deployment ${row.rowKey}: ${failureOf(row)}` },
            soak: {},
        };
    if (q.ringClusters?.[from]?.length) {
        const repo = q.manifestRepo || row.manifestRepo || '';
        const sha = row.manifestCommitId;
        const v = await clustersSynced(row, q.ringClusters[from], repo && q.syncStatuses ? () => deps.signals(repo, 'manifest-repo').commitChecks(sha) : undefined);
        return {
            condition: { name: 'synced', verdict: v.verdict, detail: v.detail },
            soak: {
                at: v.since,
                what: v.sinceWhat,
                from: { row, column: v.since === row.manifestsPushedAt ? 'manifestsPushedAt' : 'clusters' },
            },
        };
    }
    if (row.syncedAt)
        return {
            condition: {
                name: 'synced',
                verdict: 'pass',
                detail: `synced${row.cluster ? ` to ${row.cluster}` : ''} at ${row.syncedAt}`,
            },
            soak: { at: row.syncedAt, what: 'synced', from: { row, column: 'syncedAt' } },
        };
    return syncTagCondition(q, row, deps);
}
/** Synced, read from the operator's sync tag: it includes the manifest commit. */
async function syncTagCondition(q, row, deps) {
    const repo = q.manifestRepo || row.manifestRepo || '';
    if (!repo)
        return {
            condition: {
                name: 'synced',
                verdict: 'wait',
                detail: `no cluster-synced stage recorded for deployment ${row.rowKey}, and no 'manifest-repo' to read the ${q.syncTag} tag from`,
            },
            soak: {},
        };
    const commit = row.manifestCommitId;
    // The row's value goes to git: a commit SHA, or nothing is fetched.
    if (commit && !COMMIT_SHA.test(commit))
        return {
            condition: {
                name: 'synced',
                verdict: 'error',
                detail: `${(0,row_value/* rowColumn */.Zy)(row, 'manifestCommitId')}: '${(0,row_value/* shownValue */.JJ)(commit)}' is not a commit SHA`,
            },
            soak: {},
        };
    // Through an async function, so a URL refused before any request is caught like a failed one.
    const tag = await (async () => deps.syncTag(repo, q.syncTag, commit))().catch((err) => cannotTell('synced', err, `reading ${q.syncTag}: `));
    if ('verdict' in tag)
        return { condition: tag, soak: {} };
    // The tag does not say when it moved: soak counts from the push, the earliest it could have.
    if (tag.applied)
        return {
            condition: {
                name: 'synced',
                verdict: 'pass',
                detail: `${q.syncTag} (${evaluate_short(tag.tagCommit)}) includes manifest commit ${evaluate_short(commit)}`,
            },
            soak: { at: row.manifestsPushedAt, what: 'manifests pushed', from: { row, column: 'manifestsPushedAt' } },
        };
    return {
        condition: {
            name: 'synced',
            verdict: 'wait',
            detail: tag.tagCommit
                ? `${q.syncTag} is at ${evaluate_short(tag.tagCommit)}, which does not include manifest commit ${evaluate_short(commit)} yet`
                : `${(0,auth/* displayUrl */.Qy)(repo)} has no ${q.syncTag} tag yet`,
        },
        soak: {},
    };
}
/** `soak-time` has passed since the soak started; while it has not, when it will (readyAt). */
function soakedCondition(q, soak, deps) {
    if (!soak.at)
        return {
            condition: {
                name: 'soaked',
                verdict: 'wait',
                detail: q.requireSynced
                    ? 'the soak starts once the ring is synced'
                    : 'no manifests-pushed time recorded to count the soak from',
            },
        };
    const since = soak.what ?? '';
    const start = Date.parse(soak.at);
    // A row's time that is not one: the soak cannot be counted, and the line says which row and column.
    if (Number.isNaN(start) || Number.isNaN(new Date(start + q.soakMs).getTime()))
        return {
            condition: {
                name: 'soaked',
                verdict: 'error',
                detail: `${soak.from ? (0,row_value/* rowColumn */.Zy)(soak.from.row, soak.from.column) : 'the deployment record'}: '${(0,row_value/* shownValue */.JJ)(soak.at)}' is not a time (ISO 8601)`,
            },
        };
    const elapsed = deps.now() - start;
    if (elapsed >= q.soakMs)
        return {
            condition: {
                name: 'soaked',
                verdict: 'pass',
                detail: `${(0,duration/* formatDuration */.a3)(elapsed)} since ${since} (needs ${(0,duration/* formatDuration */.a3)(q.soakMs)})`,
            },
        };
    const readyAt = new Date(start + q.soakMs).toISOString();
    return {
        condition: {
            name: 'soaked',
            verdict: 'wait',
            detail: `soaking: ${(0,duration/* formatDuration */.a3)(Math.max(0, elapsed))} of ${(0,duration/* formatDuration */.a3)(q.soakMs)} since ${since}; ready at ${readyAt}`,
        },
        readyAt,
    };
}
/** The decision from the conditions (the most severe verdict), and the one line that explains it. */
function decide(q, conditions, row, readyAt) {
    const decision = SEVERITY.find((v) => conditions.some((c) => c.verdict === v)) ?? 'promote';
    // The condition that decided comes first, so the one line a failed job shows starts with it.
    const open = SEVERITY.flatMap((v) => conditions.filter((c) => c.verdict === v));
    const checked = conditions.filter((c) => c.verdict === 'pass').map((c) => c.name);
    const reason = decision === 'promote'
        ? `${q.imageTag} may go from ${q.pair.from} to ${q.pair.to}: ${checked.join(', ')}`
        : open.map((c) => `${c.name}: ${c.detail}`).join('; ');
    const onlySoak = decision === 'wait' && open.every((c) => c.name === 'soaked');
    return { decision, reason, conditions, deployment: row, ...(onlySoak && readyAt ? { readyAt } : {}) };
}
/**
 * A condition the gate could not evaluate: an access error, no answer, an unusable answer, a
 * missing input. Bad usage found only now (a token the API needs) counts too: the step still
 * reports decision=error rather than stopping without a decision.
 */
function cannotTell(name, err, doing = '') {
    // Our errors explain themselves; anything else is an answer of a shape nobody expected (an empty body).
    const why = err instanceof errors/* RingwayError */.Sy ? (0,errors/* errorMessage */.gJ)(err) : `the answer could not be read (${(0,errors/* errorMessage */.gJ)(err)})`;
    return { name, verdict: 'error', detail: `${doing}${(0,secrets/* redact */.E$)(why)}` };
}
/** Hex, as a (possibly abbreviated) commit SHA is: never an option, a path or a query. */
const COMMIT_SHA = /^[0-9a-f]{1,64}$/i;
const COMMIT_OF = {
    source: { commit: 'commitId', repo: 'sourceRepo', label: 'source commit' },
    hld: { commit: 'hldCommitId', repo: 'hldRepo', label: 'HLD commit' },
    manifest: { commit: 'manifestCommitId', repo: 'manifestRepo', label: 'manifest commit' },
};
async function checksCondition(q, row, deps) {
    const which = COMMIT_OF[q.checksCommit];
    const sha = row[which.commit];
    const repo = q.checksRepo || row[which.repo] || '';
    if (!sha)
        return {
            name: 'checks',
            verdict: 'error',
            detail: `deployment ${row.rowKey} has no ${which.label} recorded to read checks from`,
        };
    if (!repo)
        return { name: 'checks', verdict: 'error', detail: `no repository for the ${which.label}: set 'checks-repo'` };
    // The row's value goes into a forge API path: a commit SHA, or nothing is asked.
    if (!COMMIT_SHA.test(sha))
        return {
            name: 'checks',
            verdict: 'error',
            detail: `${(0,row_value/* rowColumn */.Zy)(row, which.commit)}: '${(0,row_value/* shownValue */.JJ)(sha)}' is not a commit SHA`,
        };
    let found;
    try {
        found = await deps.signals(repo, 'checks-repo').commitChecks(sha);
    }
    catch (err) {
        return cannotTell('checks', err);
    }
    const failed = [];
    const pending = [];
    for (const name of q.requiredChecks) {
        const mine = found.filter((c) => c.name.toLowerCase() === name.toLowerCase());
        if (!mine.length)
            pending.push(`${name} (not reported)`);
        else if (mine.some((c) => c.state === 'failure'))
            failed.push(`${name} (${mine.find((c) => c.state === 'failure')?.detail})`);
        else if (mine.some((c) => c.state === 'pending'))
            pending.push(`${name} (${mine.find((c) => c.state === 'pending')?.detail})`);
    }
    const on = `on ${which.label} ${evaluate_short(sha)}`;
    if (failed.length)
        return { name: 'checks', verdict: 'reject', detail: `failed ${on}: ${failed.join(', ')}` };
    if (pending.length)
        return { name: 'checks', verdict: 'wait', detail: `not green yet ${on}: ${pending.join(', ')}` };
    return { name: 'checks', verdict: 'pass', detail: `${q.requiredChecks.join(', ')} green ${on}` };
}
async function approvalsCondition(q, row, deps) {
    // A direct push, or a merge the record did not join: a missing record, not evidence against the release.
    if (!row.pr)
        return {
            name: 'approvals',
            verdict: 'error',
            detail: `deployment ${row.rowKey} to ${q.pair.from} has no pull request recorded (pushed directly, or its merge was not recorded): there are no approvals to count`,
        };
    if (!/^[0-9]{1,10}$/.test(row.pr))
        return {
            name: 'approvals',
            verdict: 'error',
            detail: `${(0,row_value/* rowColumn */.Zy)(row, 'pr')}: '${(0,row_value/* shownValue */.JJ)(row.pr)}' is not a pull request number`,
        };
    const repo = q.hldRepo || row.hldRepo || '';
    if (!repo)
        return {
            name: 'approvals',
            verdict: 'error',
            detail: "no HLD repository recorded for the pull request: set 'hld-repo'",
        };
    try {
        const reviews = await deps.signals(repo, 'hld-repo').reviews(row.pr);
        const approved = reviews.filter((r) => r.verdict === 'approved').map((r) => r.reviewer);
        const rejected = reviews.filter((r) => r.verdict === 'rejected').map((r) => r.reviewer);
        const of = `pull request ${row.pr}`;
        if (rejected.length)
            return {
                name: 'approvals',
                verdict: 'reject',
                detail: `${of}: changes requested or rejected by ${rejected.join(', ')}`,
            };
        if (approved.length < q.requiredApprovals)
            return {
                name: 'approvals',
                verdict: 'wait',
                detail: `${of}: ${approved.length} of ${q.requiredApprovals} approvals${approved.length ? ` (${approved.join(', ')})` : ''}`,
            };
        return { name: 'approvals', verdict: 'pass', detail: `${of} approved by ${approved.join(', ')}` };
    }
    catch (err) {
        return cannotTell('approvals', err);
    }
}
/**
 * An answer from a proxy on the way (it wants its own login), not from the service: it says nothing
 * about the release, so it is an error. Every answer of the service that is not 2xx is evidence
 * (SPEC: "a non-2xx health answer"), a 404 included: a release that lost its route is bad.
 */
const PROBE_REFUSED = new Set([407]);
/**
 * Every URL must answer 2xx in time; with `healthExpect`, its body must show the new version.
 * Any other answer from the service is evidence (reject); no answer at all is not (error).
 */
async function healthCondition(q) {
    const expect = q.healthExpect.replace(/\{image-tag\}/g, q.imageTag);
    const results = await Promise.all(q.healthUrls.map(async (url) => {
        // Shown without credentials or query: health URLs may carry keys (?code=… on Azure Functions).
        // Userinfo becomes a Basic header: fetch refuses URLs with credentials (and repeats them).
        const target = healthTarget(url);
        const shown = target.shown;
        try {
            // One deadline for the answer and its body: a service that sends headers and then stalls is no answer either.
            const res = await fetch(target.url, {
                headers: target.headers,
                signal: AbortSignal.timeout(q.healthTimeoutMs),
                redirect: 'follow',
            });
            const body = await res.text();
            if (PROBE_REFUSED.has(res.status))
                return {
                    verdict: 'error',
                    detail: `${shown} answered HTTP ${res.status}, from a proxy, not the service: check the runner's proxy settings`,
                };
            if (!res.ok)
                return { verdict: 'reject', detail: `${shown} answered HTTP ${res.status}` };
            if (expect && !body.includes(expect))
                return { verdict: 'wait', detail: `${shown} is healthy but does not serve '${expect}' yet` };
            return { verdict: 'pass', detail: `${shown} HTTP ${res.status}` };
        }
        catch (err) {
            const e = err;
            const why = e.name === 'TimeoutError'
                ? `no answer within ${(0,duration/* formatDuration */.a3)(q.healthTimeoutMs)}`
                : (e.cause?.code ?? (0,secrets/* redact */.E$)((0,errors/* errorMessage */.gJ)(err).split(target.url).join(shown)));
            return { verdict: 'error', detail: `${shown} unreachable: ${why}` };
        }
    }));
    const verdict = SEVERITY.find((v) => results.some((r) => r.verdict === v)) ?? 'pass';
    return {
        name: 'health',
        verdict,
        detail: results
            .filter((r) => verdict === 'pass' || r.verdict !== 'pass')
            .map((r) => r.detail)
            .join('; '),
    };
}
/**
 * Each metric check over the soak window, from its start (the sync, as the records give it) to
 * now: its failed measurements are evidence (reject), its inconclusive ones are not (error).
 */
async function metricConditions(q, soak, deps) {
    const checks = q.metrics ?? [];
    const fromMs = soak?.at ? Date.parse(soak.at) : NaN;
    if (!soak?.at || Number.isNaN(fromMs)) {
        const why = !soak
            ? `needs a deployment to ${q.pair.from}`
            : soak.at
                ? `the soak start '${soak.at}' (${soak.what ?? 'recorded'}) is not a time`
                : 'the window starts once the ring is synced';
        const verdict = soak?.at ? 'error' : 'skip';
        return checks.map((c) => ({ name: 'metric', check: c.name, verdict, detail: `${c.name}: ${why}` }));
    }
    const window = { service: q.service, ring: q.pair.from, tag: q.imageTag, fromMs, toMs: deps.now() };
    return Promise.all(checks.map(async (c) => {
        let source;
        try {
            if (!deps.metricSource)
                throw new errors/* RingwayError */.Sy(`no ${c.provider} source is configured`);
            source = deps.metricSource(c);
        }
        catch (err) {
            return { ...cannotTell('metric', err, `${c.name}: `), check: c.name };
        }
        const r = await runMetricCheck(c, window, source);
        // The measurement the verdict names: the last failed one on a reject, else the latest.
        const failed = r.measurements.filter((m) => m.verdict === 'fail');
        const decided = (r.verdict === 'reject' ? failed : r.measurements).at(-1);
        return {
            name: 'metric',
            check: c.name,
            verdict: r.verdict,
            detail: r.detail,
            ...(decided?.value ? { value: decided.value } : {}),
            threshold: c.condition.text,
            query: r.query,
            measurements: r.measurements,
        };
    }));
}

;// CONCATENATED MODULE: ./lib/promotion/rings.ts

/** The rings in promotion order, lower-cased: at least two, none twice. */
function ringOrder(ringsList) {
    const rings = ringsList.map((r) => r.trim().toLowerCase()).filter(Boolean);
    if (rings.length < 2)
        throw new errors/* UsageError */.eb(`the rings list needs at least two rings in order (dev,staging,prod), got '${ringsList.join(',')}'`);
    const dup = rings.find((r, i) => rings.indexOf(r) !== i);
    if (dup)
        throw new errors/* UsageError */.eb(`the rings list names '${dup}' twice`);
    return rings;
}
/** A ring name as given (lower-cased; '' when left out), which must be one of `rings`. */
function ringIn(rings, name) {
    const ring = name.trim().toLowerCase();
    if (ring && !rings.includes(ring))
        throw new errors/* UsageError */.eb(`ring '${ring}' is not in the rings list ${rings.join(', ')}`);
    return ring;
}
/**
 * The hop a gate guards. Rings are ordered; a promotion moves one ring forward. Either end may be
 * left out and is taken from the order (to: the next one; from: the one before). Errors name the
 * ring; the step adds which input it came from.
 */
function ringPair(ringsList, fromRing, toRing) {
    const rings = ringOrder(ringsList);
    const from = ringIn(rings, fromRing);
    const to = ringIn(rings, toRing);
    if (!from && !to)
        throw new errors/* UsageError */.eb("give the input 'to-ring' (or 'from-ring'): the gate needs to know which promotion it guards", { input: 'to-ring' });
    if (from && to) {
        if (rings.indexOf(to) !== rings.indexOf(from) + 1)
            throw new errors/* UsageError */.eb(`ring '${to}' does not follow '${from}' in rings ${rings.join(', ')}; promote one ring at a time`);
        return { rings, from, to };
    }
    if (to) {
        const j = rings.indexOf(to);
        if (j === 0)
            throw new errors/* UsageError */.eb(`ring '${to}' is the first ring; there is nothing to promote from`);
        return { rings, from: rings[j - 1], to };
    }
    const i = rings.indexOf(from);
    if (i === rings.length - 1)
        throw new errors/* UsageError */.eb(`ring '${from}' is the last ring; there is nothing to promote to`);
    return { rings, from, to: rings[i + 1] };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/exec.ts
var exec = __webpack_require__(3361);
// EXTERNAL MODULE: ./lib/fs/temp.ts
var temp = __webpack_require__(1584);
// EXTERNAL MODULE: ./lib/git/repo.ts
var repo = __webpack_require__(9941);
;// CONCATENATED MODULE: ./lib/promotion/sync-tag.ts









/**
 * Reads the sync tag the GitOps operator moves to the manifest commit it last applied (Flux v1's
 * `flux-sync`, as Bedrock set it up) and tells whether `commit` is included. Only commits and
 * trees are fetched (no blobs), so a large manifest repository costs little.
 */
async function syncTagIncludes(url, token, tag, commit, what = 'manifest repository') {
    // The URL may come from a table row: checked before git sees it, and passed after --end-of-options.
    (0,validate/* checkRepoUrl */.GK)(url, what);
    (0,validate/* checkRef */.__)(tag, 'sync-tag');
    (0,validate/* checkRef */.__)(`refs/tags/${tag}`, 'sync-tag');
    if (commit && !/^[0-9a-f]{4,64}$/i.test(commit))
        throw new errors/* RingwayError */.Sy(`the manifest commit '${commit.slice(0, 80)}' recorded for the deployment is not a commit SHA`);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ringway-sync-'));
    const git = (args, network = false) => (0,exec/* exec */.m0)('git', ['-c', 'credential.helper=', ...repo/* TEMP_CLONE_CONFIG */.oV, ...args], {
        cwd: dir,
        env: network ? (0,auth/* gitAuthEnv */.Y$)(url, token) : { GIT_TERMINAL_PROMPT: '0', GIT_NO_LAZY_FETCH: '1' },
        allowFailure: !network,
        label: `git ${args[0]}`,
        ...(network ? { timeout: { ms: (0,exec/* networkTimeoutMs */.mi)(), service: `git server ${(0,auth/* displayUrl */.Qy)(url)}` } } : {}),
    });
    try {
        await git(['init', '-q', '--bare', '.']);
        const ref = `refs/tags/${tag}`;
        try {
            const listed = await git(['ls-remote', '--end-of-options', url, ref, `${ref}^{}`], true);
            if (!listed.stdout.trim())
                return { tagCommit: '', applied: false };
            await git(['fetch', '-q', '--no-tags', '--filter=blob:none', '--end-of-options', url, `+${ref}:${ref}`], true);
        }
        catch (err) {
            throw err instanceof exec/* ExecError */.cI ? (0,repo/* classifyNetworkError */.LW)(url, err) : err;
        }
        const tagCommit = (await git(['rev-parse', '--verify', '-q', '--end-of-options', `${ref}^{commit}`])).stdout.trim();
        // Walk the commits we have rather than ask about `commit` directly: looking up a missing
        // object in a partial clone would make git fetch it from the server, without the token.
        const history = await git(['rev-list', '--end-of-options', tagCommit]);
        const want = commit.toLowerCase();
        if (!want)
            return { tagCommit, applied: false };
        return { tagCommit, applied: history.stdout.split('\n').some((c) => c && c.startsWith(want)) };
    }
    finally {
        await (0,temp/* removeTempDir */.C)(dir);
    }
}

// EXTERNAL MODULE: ./lib/scm/select.ts + 9 modules
var scm_select = __webpack_require__(214);
// EXTERNAL MODULE: ./lib/hld/yaml-engine.ts
var yaml_engine = __webpack_require__(617);
// EXTERNAL MODULE: ./lib/monitoring/prometheus.ts
var monitoring_prometheus = __webpack_require__(9869);
;// CONCATENATED MODULE: ./lib/steps/metric-inputs.ts







/** The gate's metric checks and the backends that answer them (docs/gate.md, "Metric checks"). */
const metricInputs = [
    {
        name: 'metrics',
        description: "Metric checks over the soak window, as a YAML or JSON list (or @file): each with name, provider (prometheus or azure-monitor-logs), query (PromQL or KQL with {service}, {ring}, {tag}, {from}, {to}, {window}), condition ('< 0.01', 'between 0 and 0.5'), and optional interval, count, failure-limit, error-limit (azure-monitor-logs: workspace, value-column). A failed condition rejects; a query error or no data is an error, never a reject",
        kind: 'multiline',
    },
    {
        name: 'prometheus-url',
        description: 'Prometheus HTTP API root (Prometheus, Thanos, Mimir, VictoriaMetrics, Azure Monitor managed Prometheus query endpoint)',
    },
    { name: 'prometheus-token', description: 'Bearer token for the Prometheus API', secret: true },
    { name: 'prometheus-user', description: 'User for Basic auth to the Prometheus API (with prometheus-password)' },
    {
        name: 'prometheus-password',
        description: 'Password or API key for Basic auth to the Prometheus API',
        secret: true,
    },
    {
        name: 'prometheus-headers',
        description: "More request headers for the Prometheus API, 'Name: value' one per line (X-Scope-OrgID: tenant)",
        kind: 'list',
        secret: true,
    },
    {
        name: 'log-analytics-workspace',
        description: 'Log Analytics workspace ID (a GUID) for azure-monitor-logs checks that name no workspace',
        label: 'Log Analytics workspace ID',
    },
    {
        name: 'log-analytics-token',
        description: `Microsoft Entra access token for the Log Analytics query API (az account get-access-token --resource ${LOG_ANALYTICS_ENDPOINT})`,
        secret: true,
        label: 'Log Analytics token',
    },
    {
        name: 'log-analytics-endpoint',
        description: 'Log Analytics query API root (sovereign clouds: https://api.loganalytics.azure.cn, https://api.loganalytics.us)',
        default: LOG_ANALYTICS_ENDPOINT,
        label: 'Log Analytics endpoint',
    },
    { name: 'metrics-timeout', description: 'How long each metric query may take', default: '30s' },
];
/** The `metrics` input: YAML or JSON text, or `@file`; parsed and validated whole, before anything runs. */
async function readMetricChecks(inputs) {
    const value = inputs.string('metrics');
    if (!value.trim())
        return [];
    const checks = await (0,errors/* withInput */.zE)('metrics', async () => {
        let text = value;
        if (value.trim().startsWith('@')) {
            const file = value.trim().slice(1);
            text = await (0,promises_.readFile)(file, 'utf8').catch((err) => {
                throw new errors/* UsageError */.eb(`cannot read ${file}: ${err.code ?? 'error'}`);
            });
        }
        const { parse } = await (0,yaml_engine/* loadYaml */.y)();
        let parsed;
        try {
            parsed = parse(text, { uniqueKeys: true });
        }
        catch (err) {
            // A plain `condition: > 0.5` starts a folded scalar in YAML: say how to write it.
            const hint = /:\s*>/.test(text) ? ` (quote a condition that starts with '>': condition: "> 0.5")` : '';
            throw new errors/* UsageError */.eb(`not YAML or JSON: ${err.message.split('\n')[0].replace(/:$/, '')}${hint}`);
        }
        return parseMetricChecks(parsed);
    });
    // Each backend a check uses must be configured: said now, not after the soak.
    const required = (input, check) => {
        const value = inputs.string(input);
        if (check && !value)
            throw new errors/* UsageError */.eb(`input '${input}' is required by check '${check.name}'`, { input });
        return value;
    };
    const prometheus = checks.find((c) => c.provider === 'prometheus');
    if (prometheus) {
        const url = required('prometheus-url', prometheus);
        (0,errors/* withInput */.zE)('prometheus-url', () => (0,monitoring_prometheus/* prometheusUrl */.C7)(url));
        (0,errors/* withInput */.zE)('prometheus-headers', () => (0,monitoring_prometheus/* parseHeaders */.QG)(inputs.list('prometheus-headers')));
    }
    const logs = checks.filter((c) => c.provider === 'azure-monitor-logs');
    if (logs.length) {
        const workspace = required('log-analytics-workspace', logs.find((c) => !c.workspace));
        if (workspace)
            (0,errors/* withInput */.zE)('log-analytics-workspace', () => workspaceId(workspace));
        required('log-analytics-token', logs[0]);
        (0,errors/* withInput */.zE)('log-analytics-endpoint', () => logAnalyticsEndpoint(inputs.string('log-analytics-endpoint')));
    }
    if (checks.length)
        (0,errors/* withInput */.zE)('metrics-timeout', () => (0,duration/* parseDuration */.E9)(inputs.string('metrics-timeout')));
    return checks;
}
/** The backend of each check, from the inputs checked by readMetricChecks. */
function metricSources(inputs) {
    return (check) => {
        const timeoutMs = (0,duration/* parseDuration */.E9)(inputs.string('metrics-timeout')) || 30_000;
        if (check.provider === 'azure-monitor-logs')
            return logAnalyticsSource({
                workspace: check.workspace ?? inputs.string('log-analytics-workspace'),
                endpoint: inputs.string('log-analytics-endpoint') || undefined,
                token: inputs.string('log-analytics-token'),
                valueColumn: check.valueColumn,
                timeoutMs,
            });
        return (0,monitoring_prometheus/* prometheusSource */.m4)({
            url: inputs.string('prometheus-url'),
            token: inputs.string('prometheus-token') || undefined,
            username: inputs.string('prometheus-user') || undefined,
            password: inputs.string('prometheus-password') || undefined,
            headers: (0,monitoring_prometheus/* parseHeaders */.QG)(inputs.list('prometheus-headers')),
            timeoutMs,
        });
    };
}

// EXTERNAL MODULE: ./lib/steps/storage-inputs.ts + 2 modules
var storage_inputs = __webpack_require__(5450);
// EXTERNAL MODULE: ./lib/telemetry/record.ts
var record = __webpack_require__(5297);
// EXTERNAL MODULE: ./lib/telemetry/gate-rejection.ts
var gate_rejection = __webpack_require__(213);
;// CONCATENATED MODULE: ./lib/steps/gate.ts
















const step = {
    name: 'gate',
    title: 'Promotion gate',
    description: 'Decides whether an image tag may be promoted from one ring to the next (promote, wait, reject or error) and says why. It reads the deployment record of the source ring and checks, each only when asked: deployed there, synced by the cluster, soaked long enough, required commit checks green, pull request approvals, HTTP health. reject is evidence the release is bad (a failed check, a rejected review, an unhealthy answer, a failed sync, a rolled-back tag); error means the gate could not tell (no access, no answer, a missing record) and is never a reason to roll back. Fails the job on reject and error (and on wait with fail-on-wait). Promotion itself is an update-hld of the next ring with the same tag.',
    azureTaskId: '3e8a5c7d-1f2b-4d6e-9a0c-8b7f6e5d4c21',
    inputs: [
        {
            name: 'service',
            description: 'Service whose image is promoted (as recorded by record-deployment)',
            required: true,
        },
        { name: 'image-tag', description: 'Image tag to promote', required: true },
        { name: 'rings', description: 'Rings in promotion order', kind: 'list', default: 'dev,staging,prod' },
        { name: 'from-ring', description: 'Ring the tag must already run in; default the ring before to-ring' },
        { name: 'to-ring', description: 'Ring to promote to; default the ring after from-ring' },
        {
            name: 'soak-time',
            description: 'How long the tag must have run in from-ring (since synced), e.g. 30m, 2h, 1d',
            default: '0',
        },
        {
            name: 'require-synced',
            description: 'Require the cluster to have applied the from-ring manifests (cluster-synced stage, or the sync tag)',
            kind: 'boolean',
            default: 'true',
        },
        {
            name: 'manifest-repo',
            description: 'Manifest repository whose sync tag shows what the cluster applied; default the recorded one',
        },
        {
            name: 'ring-clusters',
            description: 'Clusters of each ring, all of which must have synced: dev=aks-dev,prod=aks-weu+aks-eus (from operator events, or Flux / Argo CD commit statuses on the manifest commit naming the cluster)',
            kind: 'list',
        },
        {
            name: 'sync-tag',
            description: 'Tag the GitOps operator moves to the commit it applied (Flux v1 flux-sync)',
            default: 'flux-sync',
        },
        {
            name: 'required-checks',
            description: 'Commit checks (GitHub check runs or statuses, Azure DevOps statuses as genre/name, Gitea statuses) that must be green',
            kind: 'list',
        },
        {
            name: 'checks-commit',
            description: 'Which recorded commit the checks are read from',
            options: ['source', 'hld', 'manifest'],
            default: 'source',
        },
        { name: 'checks-repo', description: 'Repository of that commit; default the recorded one' },
        {
            name: 'required-approvals',
            description: 'Approvals needed on the HLD pull request that deployed the tag to from-ring',
            default: '0',
        },
        { name: 'hld-repo', description: 'HLD repository of that pull request; default the recorded one' },
        {
            name: 'provider',
            description: 'Forge for checks and approvals; auto picks it from the repository URL',
            options: ['auto', 'github', 'azure-devops', 'gitlab', 'gitea', 'forgejo'],
            default: 'auto',
        },
        {
            name: 'api-url',
            description: 'REST API root for GitHub Enterprise (https://host/api/v3), an Azure DevOps server collection or a self-managed GitLab (https://host/api/v4); required for Gitea and Forgejo (https://host/api/v1)',
        },
        {
            name: 'token',
            description: "Token for the forge API and the manifest repository; default the job's own token",
            secret: true,
            jobToken: true,
        },
        {
            name: 'trusted-hosts',
            description: "Hosts (host, host:port or URL) the token may also be sent to when a repository comes from the deployment record; the hosts of manifest-repo, checks-repo, hld-repo, api-url and of the pipeline's own repository are always trusted",
            kind: 'list',
        },
        { name: 'health-url', description: 'URLs that must answer HTTP 2xx (the from-ring deployment)', kind: 'list' },
        {
            name: 'health-expect',
            description: 'Text the health answer must contain, e.g. {image-tag} once the new version serves',
        },
        { name: 'health-timeout', description: 'How long each health probe may take', default: '10s' },
        {
            name: 'fail-on-wait',
            description: 'Fail the job when the decision is wait (default: succeed with decision=wait)',
            kind: 'boolean',
            default: 'false',
        },
        ...metricInputs,
        ...storage_inputs/* storageInputs */.Fd,
    ],
    outputs: [
        {
            name: 'decision',
            description: 'promote, wait, reject (evidence the release is bad: the only decision to roll back on) or error (the gate could not tell: an access error, no answer, a missing record or input)',
        },
        { name: 'reason', description: 'Why, in one line' },
        { name: 'image-tag', description: 'The image tag the decision is about' },
        { name: 'from-ring', description: 'Ring promoted from' },
        { name: 'to-ring', description: 'Ring promoted to' },
        { name: 'deployment-id', description: 'Deployment row of the tag in from-ring' },
        { name: 'ready-at', description: 'When only the soak is left: the time it ends (ISO 8601)' },
        {
            name: 'conditions',
            description: "Every condition with its verdict (pass, wait, reject, error or skip) and detail, as JSON; a metric's also its check, value, threshold, query and measurements",
        },
    ],
    async run(inputs, host) {
        // Domain errors name the ring; each is blamed on the input it came from.
        const rings = (0,errors/* withInput */.zE)('rings', () => ringOrder(inputs.list('rings')));
        const fromRing = (0,errors/* withInput */.zE)('from-ring', () => ringIn(rings, inputs.string('from-ring')));
        const toRing = (0,errors/* withInput */.zE)('to-ring', () => ringIn(rings, inputs.string('to-ring')));
        const pair = (0,errors/* withInput */.zE)(toRing ? 'to-ring' : 'from-ring', () => ringPair(rings, fromRing, toRing));
        const imageTag = inputs.require('image-tag');
        const optionalRepo = (name) => (inputs.string(name) ? (0,validate/* checkRepoInput */.BI)(inputs.string(name), name) : '');
        const question = {
            service: inputs.require('service'),
            imageTag,
            pair,
            soakMs: (0,errors/* withInput */.zE)('soak-time', () => (0,duration/* parseDuration */.E9)(inputs.string('soak-time'))),
            requireSynced: inputs.boolean('require-synced'),
            manifestRepo: optionalRepo('manifest-repo'),
            syncTag: inputs.string('sync-tag'),
            requiredChecks: inputs.list('required-checks'),
            checksCommit: inputs.string('checks-commit'),
            checksRepo: optionalRepo('checks-repo'),
            requiredApprovals: inputs.integer('required-approvals'),
            hldRepo: optionalRepo('hld-repo'),
            // Checked (and its keys registered as secrets) before anything can print it.
            healthUrls: inputs.list('health-url').map((u) => ((0,errors/* withInput */.zE)('health-url', () => healthTarget(u)), u)),
            healthExpect: inputs.string('health-expect'),
            healthTimeoutMs: (0,errors/* withInput */.zE)('health-timeout', () => (0,duration/* parseDuration */.E9)(inputs.string('health-timeout'))) || 10_000,
            ringClusters: (0,errors/* withInput */.zE)('ring-clusters', () => parseRingClusters(inputs.list('ring-clusters'), pair.rings)),
            syncStatuses: Boolean(inputs.string('token')),
            metrics: await readMetricChecks(inputs),
        };
        (0,validate/* checkRef */.__)(question.syncTag, 'sync-tag');
        const token = inputs.string('token') || undefined;
        // Tokens go only to hosts the pipeline author named, never to one a table row names.
        const trust = (0,errors/* withInput */.zE)('trusted-hosts', () => new git_trust/* TrustedHosts */.V([
            question.manifestRepo,
            question.checksRepo,
            question.hldRepo,
            inputs.string('api-url'),
            host.build.repositoryUrl,
        ], inputs.list('trusted-hosts')));
        const withheld = (url) => `the token is not sent to ${(0,git_trust/* hostOf */.w)(url)}, a host learnt from the deployment record: name the repository in an input or its host in 'trusted-hosts'`;
        const store = (0,storage_inputs/* openStore */.Ch)(inputs);
        const mark = { pass: '✔', wait: '…', reject: '✘', error: '?', skip: '–' };
        // The group holds what it names: each condition's verdict and the decision.
        const answer = await host.group(`Gate ${imageTag}: ${pair.from} → ${pair.to}`, async () => {
            const a = await evaluateGate(question, {
                rowsForTag: (tag) => store.find({ imageTag: tag }),
                signals: (url, input) => {
                    const fromInput = url === question.checksRepo || url === question.hldRepo;
                    if (!fromInput)
                        asRecorded(() => (0,auth/* checkRepoUrl */.GK)(url, `the repository recorded in the deployment table (set '${input}' to choose one)`));
                    // Without api-url the API host is the repository's: it must be trusted to get the token.
                    if (token && !inputs.string('api-url') && !trust.allows(url))
                        throw new errors/* RingwayError */.Sy(withheld(url));
                    const forge = (0,errors/* withInput */.zE)('provider', () => (0,scm_select/* reviewForge */.cp)(inputs.string('provider'), url));
                    // The repository URL's errors already name their input; what is left is about the token.
                    return (0,errors/* withInput */.zE)('token', () => (0,scm_select/* signalsFor */.rT)({ provider: forge, url, apiUrl: inputs.string('api-url'), token: token ?? '', input }));
                },
                syncTag: (url, tag, commit) => {
                    const fromInput = url === question.manifestRepo;
                    const trusted = !token || trust.allows(url);
                    if (!trusted)
                        host.warning(withheld(url));
                    if (fromInput)
                        return syncTagIncludes(url, token, tag, commit, 'manifest-repo');
                    const what = "the manifest repository recorded in the deployment table (set 'manifest-repo' to choose one)";
                    asRecorded(() => (0,auth/* checkRepoUrl */.GK)(url, what));
                    return syncTagIncludes(url, trusted ? token : undefined, tag, commit, what).catch((err) => {
                        throw trusted || !(err instanceof errors/* RingwayError */.Sy)
                            ? err
                            : new errors/* RingwayError */.Sy(`${err.message}; ${withheld(url)}`);
                    });
                },
                now: () => Date.now(),
                metricSource: metricSources(inputs),
            });
            for (const c of a.conditions) {
                host.info(`${mark[c.verdict]} ${c.name}: ${c.detail}`);
                if ((c.measurements?.length ?? 0) > 1)
                    for (const m of c.measurements ?? [])
                        host.info(`    ${m.at} ${m.verdict}: ${m.detail}`);
            }
            return a;
        });
        host.info(`decision: ${answer.decision} (${answer.reason})`);
        // What a reject records (gateRejectedBy): the rejecting conditions, a metric's check, value and threshold.
        const rejections = answer.conditions
            .filter((c) => c.verdict === 'reject')
            .map((c) => ({
            condition: c.name,
            ...(c.check ? { check: c.check } : {}),
            ...(c.value ? { value: c.value } : {}),
            ...(c.threshold ? { threshold: c.threshold } : {}),
            detail: (0,secrets/* redact */.E$)(c.detail),
        }));
        // A reject of a deployed tag is a failed change in from-ring (docs/metrics.md); the first one is kept.
        // An error is not: the gate could not tell, so nothing is written.
        const recordReject = answer.decision === 'reject' && answer.deployment && !answer.deployment.gateRejectedAt
            ? answer.deployment
            : undefined;
        await host.summary({
            title: `ringway gate: ${imageTag} ${pair.from} → ${pair.to}: ${answer.decision}`,
            rows: [
                ['condition', 'verdict', 'detail'],
                ...answer.conditions.map((c) => [c.check ? `${c.name} ${c.check}` : c.name, c.verdict, c.detail]),
            ],
            notes: [
                answer.reason,
                ...(recordReject
                    ? [
                        `Recorded on deployment ${recordReject.rowKey}: rejected by ${rejections.map(gate_rejection/* gateRejectionText */._3).join('; ')}`,
                    ]
                    : []),
            ],
        });
        // A table per metric check: the query as sent and each measurement.
        for (const c of answer.conditions.filter((c) => c.measurements?.length))
            await host.summary({
                title: `metric ${c.check}: ${c.verdict}`,
                rows: [
                    ['measured at', 'value', 'verdict', 'detail'],
                    ...(c.measurements ?? []).map((m) => [m.at, m.value, m.verdict, m.detail]),
                ],
                notes: [`query: ${c.query}`],
            });
        const outputs = {
            decision: answer.decision,
            reason: answer.reason,
            'image-tag': imageTag,
            'from-ring': pair.from,
            'to-ring': pair.to,
            'deployment-id': answer.deployment?.rowKey ?? '',
            'ready-at': answer.readyAt ?? '',
            conditions: JSON.stringify(answer.conditions),
        };
        if (recordReject) {
            const d = recordReject;
            // Named by its ids as well: the same tag may have been deployed to the ring more than once.
            const ids = { p2: d.p2, pr: d.pr, p3: d.p3, manifestCommitId: d.manifestCommitId, hldCommitId: d.hldCommitId };
            await (0,record/* recordStage */._3)(store, {
                stage: 'gate-rejected',
                fields: {
                    imageTag: d.imageTag ?? imageTag,
                    env: d.env ?? pair.from,
                    ...ids,
                    gateRejectedBy: (0,gate_rejection/* gateRejectionColumn */.zG)(rejections),
                },
            }).catch((e) => host.warning(`gate reject not recorded: ${(0,errors/* errorMessage */.gJ)(e).split('\n')[0]}`));
        }
        if (answer.decision === 'error') {
            throw new errors/* StepFailure */.pH(`gate: error: cannot decide the promotion of ${imageTag} from ${pair.from} to ${pair.to}: ${answer.reason}`, outputs);
        }
        if (answer.decision === 'reject' || (answer.decision === 'wait' && inputs.boolean('fail-on-wait'))) {
            throw new errors/* StepFailure */.pH(`gate: ${answer.decision} promotion of ${imageTag} from ${pair.from} to ${pair.to}: ${answer.reason}`, outputs);
        }
        return outputs;
    },
};
/** A stored value that fails a rule is bad data, not bad usage: an error (exit 1) naming where it came from. */
function asRecorded(check) {
    try {
        return check();
    }
    catch (err) {
        if (err instanceof errors/* UsageError */.eb)
            throw new errors/* RingwayError */.Sy(err.message);
        throw err;
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