"use strict";
exports.id = 523;
exports.ids = [523];
exports.modules = {

/***/ 7874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JN: () => (/* binding */ readAnswer),
/* harmony export */   dG: () => (/* binding */ checkAnswer),
/* harmony export */   lq: () => (/* binding */ optional)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);

class Optional {
    shape;
    constructor(shape) {
        this.shape = shape;
    }
}
/** `shape`, or missing, or null. */
function optional(shape) {
    return new Optional(shape);
}
/**
 * Checks a parsed answer against `shape` instead of casting it: an answer of another shape (a proxy's
 * page, an API version that moved a field) is one `invalid-answer` error naming the server, what was
 * being done and the first field at fault, not a TypeError three calls later. Hand-written rather
 * than a schema library, which would load with every bundle (test/package/start-up.test.ts).
 */
function checkAnswer(value, shape, server, doing) {
    const fault = faultOf(value, shape, '');
    if (fault !== undefined)
        throw invalidAnswer(server, doing, fault);
    return value;
}
/** {@link checkAnswer} of a body as it came: a body that is not JSON (a proxy's HTML page) is an `invalid-answer` too. */
function readAnswer(text, shape, server, doing) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw invalidAnswer(server, doing, 'the body is not JSON');
    }
    return checkAnswer(value, shape, server, doing);
}
function invalidAnswer(server, doing, fault) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${doing}: ${server} answered in a shape ringway does not know: ${fault}`, {
        kind: 'invalid-answer',
    });
}
function faultOf(value, shape, at) {
    const where = at || 'the answer';
    if (shape instanceof Optional)
        return value === undefined || value === null ? undefined : faultOf(value, shape.shape, at);
    if (value === undefined || value === null)
        return shape === 'unknown' && value === null
            ? undefined
            : typeof shape === 'string' && shape.endsWith('?')
                ? undefined
                : `${where} is missing`;
    if (typeof shape === 'string') {
        const type = shape.replace('?', '');
        if (type === 'unknown' || typeof value === type)
            return undefined;
        return `${where} is ${describe(value)}, not a ${type}`;
    }
    if (Array.isArray(shape)) {
        if (!Array.isArray(value))
            return `${where} is ${describe(value)}, not a list`;
        for (let i = 0; i < value.length; i++) {
            const f = faultOf(value[i], shape[0], `${at}[${i}]`);
            if (f)
                return f;
        }
        return undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return `${where} is ${describe(value)}, not an object`;
    const fields = Object.entries(shape).flatMap(([key, sub]) => key === '*' ? Object.keys(value).map((k) => [k, sub]) : [[key, sub]]);
    for (const [key, sub] of fields) {
        const f = faultOf(value[key], sub, at ? `${at}.${key}` : key);
        if (f)
            return f;
    }
    return undefined;
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return `the text '${value.length > 40 ? `${value.slice(0, 37)}...` : value}'`;
    return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
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

/***/ 8248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gB: () => (/* binding */ MAX_ANSWER_BYTES),
/* harmony export */   lB: () => (/* binding */ readFileLimited),
/* harmony export */   x8: () => (/* binding */ readBody)
/* harmony export */ });
/* unused harmony export formatBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8115);


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
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const buf = Buffer.alloc(maxBytes + 1);
        let n = 0;
        for (;;) {
            const got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, n, buf.length - n, null);
            if (got === 0)
                break;
            n += got;
            if (n > maxBytes)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${what} is larger than ${formatBytes(maxBytes)}`, { kind: 'usage' });
        }
        return buf.subarray(0, n);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
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
    const tooLarge = () => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${what} is larger than ${formatBytes(maxBytes)}`, { kind: 'invalid-answer' });
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


/***/ }),

/***/ 214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xq: () => (/* binding */ PROVIDERS),
  zG: () => (/* binding */ providerFor),
  U0: () => (/* binding */ pullRequestForge),
  cp: () => (/* binding */ reviewForge),
  rT: () => (/* binding */ signalsFor)
});

// EXTERNAL MODULE: ./lib/errors.ts
var lib_errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/git/auth.ts
var git_auth = __webpack_require__(7023);
// EXTERNAL MODULE: ./lib/git/job-token.ts
var job_token = __webpack_require__(3102);
// EXTERNAL MODULE: ./lib/secrets.ts
var secrets = __webpack_require__(6995);
;// CONCATENATED MODULE: ./lib/scm/access-error.ts

/**
 * A forge's 401, 403 and 404 answers, explained alike on every forge: who refused the token, what
 * it needs, which repository. `what` says what was being done ('reading …' for reads). `jobToken`
 * (from jobTokenNote) says the `token` input was empty and the job's own token was sent instead.
 * Undefined for any other status, where the forge's own words explain better.
 */
function accessError(what, status, forge, repo, needs, jobToken) {
    const need = what.startsWith('reading') ? needs.read : needs.write;
    const instead = jobToken ? `: ${jobToken}: set 'token' to a token with ${need} on ${repo}` : undefined;
    // The message names the 'token' input when it blames the token (a 401, or the job's token standing in).
    const context = (s, blamesToken) => ({
        kind: (0,lib_errors/* statusKind */.BE)(s),
        status: s,
        ...(blamesToken ? { input: 'token' } : {}),
    });
    switch (status) {
        case 401:
            return new lib_errors/* RingwayError */.Sy(`${what}: ${forge} rejected the token (HTTP 401)${instead ?? ": check the 'token' input"}`, context(401, true));
        case 403:
            return new lib_errors/* RingwayError */.Sy(`${what}: the token may not do this on ${repo} (HTTP 403)${instead ?? `: it needs ${need}`}`, context(403, Boolean(instead)));
        case 404:
            return new lib_errors/* RingwayError */.Sy(`${what}: repository ${repo} was not found, or the token cannot see it (HTTP 404)${instead ?? ''}`, context(404, Boolean(instead)));
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/scm/forge-token.ts


/**
 * The one check every REST provider makes before its first request: a token is given, and it is
 * not the job's own token on its way to another server. `api` names the API in the error ("GitLab's
 * API"), `where` is its URL as the error shows it, `own` what the job token is bound to.
 */
function requireForgeToken(api, url, token, { where = url, own = 'server' } = {}) {
    if (!token)
        throw new lib_errors/* UsageError */.eb(`a token is required for ${api}`);
    if (!(0,job_token/* tokenFor */.fn)(url, token))
        throw new lib_errors/* UsageError */.eb(`a token for ${api} at ${where} is required: the job's own token is sent only to the job's own ${own}`);
}

// EXTERNAL MODULE: ./lib/answer.ts
var lib_answer = __webpack_require__(7874);
// EXTERNAL MODULE: ./lib/exec.ts
var exec = __webpack_require__(3361);
// EXTERNAL MODULE: ./lib/limits.ts
var limits = __webpack_require__(8248);
// EXTERNAL MODULE: ./lib/git/backoff.ts
var backoff = __webpack_require__(8913);
;// CONCATENATED MODULE: ./lib/scm/rate-limit.ts


/** The product's policy; its waits are the ones asked for (a test may shorten them: `shortenBackoff`). */
const defaultRetry = {
    attempts: 4,
    maxWaitMs: 120_000,
    sleep: (ms) => (0,backoff/* sleep */.yy)((0,backoff/* shortened */.vI)(ms)),
};
/**
 * How long a rate-limited response asks us to wait: `Retry-After` (seconds or HTTP date), else
 * GitHub's `x-ratelimit-reset` when the remaining quota is 0. Undefined when it is not a rate limit.
 */
function rateLimitWait(status, headers, now = Date.now()) {
    const retryAfter = headers['retry-after'];
    if (retryAfter !== undefined && (status === 429 || status === 403 || status === 503)) {
        const secs = Number(retryAfter);
        if (Number.isFinite(secs))
            return Math.max(0, secs * 1000);
        const at = Date.parse(retryAfter);
        if (!Number.isNaN(at))
            return Math.max(0, at - now);
    }
    if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset']) {
        return Math.max(0, Number(headers['x-ratelimit-reset']) * 1000 - now);
    }
    if (status === 429)
        return 1000;
    return undefined;
}
/** Attempts of a read that met a server error (5xx), and the pause before the next (times the attempt). */
const SERVER_ERROR_ATTEMPTS = 3;
const SERVER_ERROR_PAUSE_MS = 500;
/**
 * Runs `call`; when it is rate limited, waits as told and tries again, a bounded number of times.
 * `transient` marks the errors of an idempotent read worth one more try (a 5xx): tried again after
 * a short pause, then reported as they are.
 */
async function withRateLimitRetry(what, call, limitOf, policy = defaultRetry, transient) {
    for (let attempt = 1;; attempt++) {
        try {
            return await call();
        }
        catch (err) {
            const wait = limitOf(err);
            if (wait === undefined) {
                if (!transient?.(err) || attempt >= Math.min(policy.attempts, SERVER_ERROR_ATTEMPTS))
                    throw err;
                await policy.sleep(SERVER_ERROR_PAUSE_MS * attempt);
                continue;
            }
            if (attempt >= policy.attempts || wait > policy.maxWaitMs) {
                throw new lib_errors/* RingwayError */.Sy(`${what}: rate limited by the server after ${attempt} attempts; try again later`, {
                    kind: 'rate-limited',
                });
            }
            await policy.sleep(wait);
        }
    }
}

;// CONCATENATED MODULE: ./lib/scm/rest.ts





/** A forge's answer other than 2xx, kept whole for the provider to explain. */
class HttpError extends Error {
    status;
    headers;
    body;
    constructor(status, headers, body) {
        super(`HTTP ${status}`);
        this.status = status;
        this.headers = headers;
        this.body = body;
    }
}
/**
 * One JSON request, bounded in time and size, tried again when the server asks for a wait (and a
 * GET once more after a 5xx). `shape`: the fields of the answer the caller reads; checked, so a
 * different answer is an `invalid-answer` error. Only the answers a caller reads are parsed.
 */
async function restRequest(api, what, method, url, body, shape) {
    try {
        return await withRateLimitRetry(what, async () => {
            const res = await fetch(url, {
                method,
                headers: {
                    ...api.headers,
                    Accept: 'application/json',
                    ...(body ? { 'Content-Type': 'application/json' } : {}),
                },
                body: body ? JSON.stringify(body) : undefined,
                signal: AbortSignal.timeout((0,exec/* networkTimeoutMs */.mi)()),
            }).catch((e) => {
                throw e.name === 'TimeoutError' ? (0,exec/* noAnswerError */.q9)(api.server) : e;
            });
            const text = (await (0,limits/* readBody */.x8)(res, limits/* MAX_ANSWER_BYTES */.gB, `the answer of ${api.forge} to ${what}`, () => (0,exec/* noAnswerError */.q9)(api.server))).toString('utf8');
            if (!res.ok)
                throw new HttpError(res.status, Object.fromEntries(res.headers), text);
            return (shape ? (0,lib_answer/* readAnswer */.JN)(text, shape, api.server, what) : undefined);
        }, (e) => (e instanceof HttpError ? rateLimitWait(e.status, e.headers) : undefined), api.retry, 
        // A GET changes nothing: one more try after a server error.
        (e) => method === 'GET' && e instanceof HttpError && e.status >= 500);
    }
    catch (err) {
        if (err instanceof HttpError)
            throw api.explain(what, err);
        if (err instanceof lib_errors/* RingwayError */.Sy && err.kind === 'timeout')
            throw new lib_errors/* RingwayError */.Sy(`${what}: ${err.message}`, { kind: 'timeout', input: err.input, cause: err });
        if (err instanceof lib_errors/* RingwayError */.Sy)
            throw err;
        const cause = err.cause;
        throw new lib_errors/* RingwayError */.Sy(`${what}: cannot reach ${api.server}: ${cause?.code ?? err.message}`, {
            kind: 'unreachable',
            cause: err,
        });
    }
}

;// CONCATENATED MODULE: ./lib/scm/azure-devops.ts







const API = 'api-version=7.1';
/** Org, project and repository from an Azure Repos clone URL (dev.azure.com or *.visualstudio.com). */
function parseAzureUrl(url, apiUrl) {
    const u = new URL(url);
    let org;
    let rest;
    const parts = u.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (/\.visualstudio\.com$/i.test(u.hostname)) {
        org = u.hostname.split('.')[0];
        rest = parts;
    }
    else {
        [org, ...rest] = parts;
    }
    const git = rest.indexOf('_git');
    if (!org || git < 1 || !rest[git + 1])
        throw new lib_errors/* RingwayError */.Sy(`'${url}' is not an Azure Repos URL (https://dev.azure.com/<org>/<project>/_git/<repo>)`);
    const project = rest[git - 1];
    const repo = rest[git + 1].replace(/\.git$/, '');
    const orgUrl = (apiUrl ||
        (/\.visualstudio\.com$/i.test(u.hostname)
            ? `${u.protocol}//${u.host}`
            : `${u.protocol}//${u.host}/${encodeURIComponent(org)}`)).replace(/\/$/, '');
    return {
        orgUrl,
        project,
        repo,
        webUrl: `${u.protocol}//${u.host}${u.pathname.replace(/\.git$/, '').replace(/\/$/, '')}`,
    };
}
const STRATEGY = { merge: 'noFastForward', squash: 'squash', rebase: 'rebase' };
// The fields each answer is read for (Azure DevOps REST 7.1), checked before use.
const PULL_REQUEST = {
    pullRequestId: 'number',
    sourceRefName: 'string',
    targetRefName: 'string',
    createdBy: { id: 'string' },
};
const PULL_REQUESTS = { value: [PULL_REQUEST] };
const STATUSES = { value: [{ state: 'string', context: { name: 'string', genre: 'string?' } }] };
const REVIEWERS = { value: [{ id: 'string', uniqueName: 'string?', displayName: 'string?', vote: 'number' }] };
/** Pull requests on Azure Repos through its REST API (7.1). */
class AzureDevOpsProvider {
    ref;
    retry;
    name = 'azure-devops';
    api;
    constructor(ref, token, retry = defaultRetry) {
        this.ref = ref;
        this.retry = retry;
        requireForgeToken('the Azure DevOps API', ref.orgUrl, token, { own: 'organisation' });
        const auth = `Basic ${Buffer.from(`:${token}`).toString('base64')}`;
        (0,secrets/* registerSecret */.cl)(auth);
        this.api = {
            forge: 'Azure DevOps',
            server: `Azure DevOps ${ref.orgUrl}`,
            headers: { Authorization: auth },
            retry,
            explain: (what, err) => this.explain(what, err),
        };
    }
    repoApi(path) {
        return `${this.ref.orgUrl}/${encodeURIComponent(this.ref.project)}/_apis/git/repositories/${encodeURIComponent(this.ref.repo)}${path}`;
    }
    /** `shape`: the fields of the answer the caller reads (lib/scm/rest.ts). */
    request(what, method, url, body, shape) {
        return restRequest(this.api, what, method, url, body, shape);
    }
    explain(what, err) {
        const repo = `${this.ref.project}/${this.ref.repo}`;
        const denied = accessError(what, err.status, 'Azure DevOps', repo, { read: 'Code (read) scope', write: 'Code (read & write) scope' }, (0,job_token/* jobTokenNote */.rt)(this.ref.orgUrl));
        if (denied)
            return denied;
        let detail = err.body.slice(0, 200);
        try {
            detail = JSON.parse(err.body).message ?? detail;
        }
        catch {
            // not JSON: keep the text
        }
        return new lib_errors/* RingwayError */.Sy(`${what}: Azure DevOps answered HTTP ${err.status}: ${detail}`, {
            kind: (0,lib_errors/* statusKind */.BE)(err.status),
            status: err.status,
        });
    }
    async preflight() {
        await this.request('checking access to the repository', 'GET', this.repoApi(`?${API}`));
    }
    async openOrUpdate(spec) {
        const source = `refs/heads/${spec.sourceBranch}`;
        const target = `refs/heads/${spec.targetBranch}`;
        let pr = await this.findActive(source, target);
        let created = false;
        if (pr) {
            await this.request('updating the pull request', 'PATCH', this.repoApi(`/pullrequests/${pr.pullRequestId}?${API}`), { title: spec.title, description: spec.body });
        }
        else {
            try {
                pr = await this.request('opening a pull request', 'POST', this.repoApi(`/pullrequests?${API}`), {
                    sourceRefName: source,
                    targetRefName: target,
                    title: spec.title,
                    description: spec.body,
                    labels: spec.labels.map((name) => ({ name })),
                    reviewers: spec.reviewers.map((id) => ({ id })),
                }, PULL_REQUEST);
                created = true;
            }
            catch (err) {
                // 409 (TF401179): an active pull request for these branches already exists (a concurrent run).
                pr = (0,lib_errors/* kindOf */.I)(err) === 'conflict' ? await this.findActive(source, target) : undefined;
                if (!pr)
                    throw err;
            }
        }
        const id = pr.pullRequestId;
        if (!created) {
            for (const name of spec.labels)
                await this.request('labelling the pull request', 'POST', this.repoApi(`/pullrequests/${id}/labels?${API}`), {
                    name,
                });
            for (const reviewer of spec.reviewers) {
                await this.request('adding a reviewer', 'PUT', this.repoApi(`/pullrequests/${id}/reviewers/${encodeURIComponent(reviewer)}?${API}`), { vote: 0 });
            }
        }
        if (spec.autoMerge) {
            // Auto-complete is set in the name of the pull request's creator: the token's identity when this
            // run opened it, and the identity of the run that did otherwise. (connectionData, which would
            // name the token's identity, is not part of the published Git REST description.)
            await this.request('setting auto-complete', 'PATCH', this.repoApi(`/pullrequests/${id}?${API}`), {
                autoCompleteSetBy: { id: pr.createdBy.id },
                completionOptions: { mergeStrategy: STRATEGY[spec.mergeMethod], deleteSourceBranch: true },
            });
        }
        return { number: String(id), url: `${this.ref.webUrl}/pullrequest/${id}`, created };
    }
    async findActive(source, target) {
        const q = new URLSearchParams({
            'searchCriteria.sourceRefName': source,
            'searchCriteria.targetRefName': target,
            'searchCriteria.status': 'active',
        });
        const res = await this.request('looking for an active pull request', 'GET', this.repoApi(`/pullrequests?${q}&${API}`), undefined, PULL_REQUESTS);
        return res.value.find((p) => p.sourceRefName === source && p.targetRefName === target);
    }
    /** Latest status per context of a commit; a check is named `genre/name` or just `name`. */
    async commitChecks(sha) {
        const res = await this.request('reading commit statuses', 'GET', this.repoApi(`/commits/${encodeURIComponent(sha)}/statuses?latestOnly=true&${API}`), undefined, STATUSES);
        return res.value.map((s) => ({
            name: s.context.genre ? `${s.context.genre}/${s.context.name}` : s.context.name,
            state: s.state === 'succeeded' || s.state === 'notApplicable'
                ? 'success'
                : s.state === 'pending' || s.state === 'notSet'
                    ? 'pending'
                    : 'failure',
            detail: s.state,
        }));
    }
    /** Reviewer votes: 10 approved, 5 approved with suggestions, -5 waiting for author, -10 rejected. */
    async reviews(pr) {
        const res = await this.request('reading pull request reviewers', 'GET', this.repoApi(`/pullrequests/${encodeURIComponent(pr)}/reviewers?${API}`), undefined, REVIEWERS);
        return res.value.map((r) => ({
            reviewer: r.uniqueName || r.displayName || r.id,
            verdict: r.vote >= 5 ? 'approved' : r.vote <= -10 ? 'rejected' : 'none',
        }));
    }
}

;// CONCATENATED MODULE: ./lib/scm/github.ts








/** owner/repo and API root from a clone URL (github.com or a GitHub Enterprise host). */
function parseGitHubUrl(url, apiUrl) {
    const u = new URL(url);
    const m = /^\/([^/]+)\/([^/]+?)(\.git)?\/?$/.exec(u.pathname);
    if (!m)
        throw new lib_errors/* RingwayError */.Sy(`'${url}' is not a GitHub repository URL (https://<host>/<owner>/<repo>)`);
    const api = apiUrl || (u.hostname === 'github.com' ? 'https://api.github.com' : `${u.protocol}//${u.host}/api/v3`);
    return { owner: m[1], repo: m[2], apiUrl: api.replace(/\/$/, '') };
}
function asRequestError(err) {
    return (typeof err === 'object' && err !== null ? err : {});
}
// The fields each answer is read for, checked before use: octokit's types say what GitHub should
// answer, not what a proxy or a GitHub Enterprise version in between did.
const github_PULL_REQUEST = { number: 'number', html_url: 'string', node_id: 'string' };
const github_PULL_REQUESTS = [{ ...github_PULL_REQUEST, head: { ref: 'string' } }];
const CHECK_RUNS = [{ name: 'string', status: 'string', conclusion: 'string?' }];
const COMBINED_STATUS = { statuses: [{ context: 'string', state: 'string' }] };
const REVIEWS = [{ state: 'string' }];
const GRAPHQL_MERGE = { merge: 'MERGE', squash: 'SQUASH', rebase: 'REBASE' };
/** Pull requests on GitHub through @actions/github's octokit. */
class GitHubProvider {
    ref;
    retry;
    name = 'github';
    octokit;
    clientOptions;
    constructor(ref, token, retry = defaultRetry) {
        this.ref = ref;
        this.retry = retry;
        requireForgeToken("GitHub's API", ref.apiUrl, token);
        // Every request is bounded: a forge that accepts and never answers must not hang the step.
        const apiUrl = ref.apiUrl;
        const timedFetch = (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout((0,exec/* networkTimeoutMs */.mi)()) }).catch((e) => {
            throw e.name === 'TimeoutError' ? (0,exec/* noAnswerError */.q9)(`GitHub API ${apiUrl}`) : e;
        });
        this.clientOptions = { token, baseUrl: ref.apiUrl, fetch: timedFetch };
    }
    /** What GitHub answered for `what`, checked against `shape` (the fields the caller reads). */
    checked(answer, shape, what) {
        return (0,lib_answer/* checkAnswer */.dG)(answer, shape, `GitHub's API at ${(0,git_auth/* displayUrl */.Qy)(this.ref.apiUrl)}`, what);
    }
    /** `read`: an idempotent GET, tried again after a server error (5xx). */
    async call(what, fn, read = false) {
        const { token, baseUrl, fetch } = this.clientOptions;
        this.octokit ??= __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413)).then((m) => m.getOctokit(token, { baseUrl, request: { fetch } }));
        const octokit = await this.octokit;
        const serverError = (e) => {
            const r = asRequestError(e);
            return read && Boolean(r.response) && (r.status ?? 0) >= 500;
        };
        try {
            return await withRateLimitRetry(what, () => fn(octokit), (e) => {
                const r = asRequestError(e);
                return r.status ? rateLimitWait(r.status, r.response?.headers ?? {}) : undefined;
            }, this.retry, serverError);
        }
        catch (err) {
            if (err instanceof lib_errors/* RingwayError */.Sy)
                throw err;
            throw this.explain(what, err);
        }
    }
    explain(what, err) {
        const r = asRequestError(err);
        const repo = `${this.ref.owner}/${this.ref.repo}`;
        // octokit wraps what fetch threw (our timeout error among them) as the cause of a RequestError.
        const cause = err.cause;
        if (cause instanceof lib_errors/* RingwayError */.Sy && cause.kind === 'timeout')
            return new lib_errors/* RingwayError */.Sy(`${what}: ${cause.message}`, { kind: 'timeout', input: cause.input, cause: err });
        if (!r.response) {
            // No HTTP answer at all (octokit reports it as a 500 without a response): unreachable, not a server error.
            const c = cause;
            return new lib_errors/* RingwayError */.Sy(`${what}: cannot reach GitHub's API at ${(0,git_auth/* displayUrl */.Qy)(this.ref.apiUrl)}: ${c?.cause?.code ?? c?.message ?? err.message}`, { kind: 'unreachable', cause: err });
        }
        const denied = accessError(what, r.status, 'GitHub', repo, {
            read: 'read access to checks, commit statuses and pull requests',
            write: 'contents and pull-requests write access',
        }, (0,job_token/* jobTokenNote */.rt)(this.ref.apiUrl));
        if (denied)
            return denied;
        const errors = r.response?.data?.errors;
        const detail = errors?.[0]?.message ?? r.response?.data?.message ?? err.message;
        const status = r.status ?? 0;
        // GitHub refuses a second pull request for a branch with 422 and says so in the error list (code 'custom').
        const exists = status === 422 &&
            Array.isArray(errors) &&
            errors.some((e) => typeof e?.message === 'string' && e.message.includes('already exists'));
        return new lib_errors/* RingwayError */.Sy(`${what}: GitHub answered HTTP ${r.status ?? '?'}: ${detail}`, {
            kind: exists ? 'conflict' : (0,lib_errors/* statusKind */.BE)(status),
            ...(status ? { status } : {}),
            cause: err,
        });
    }
    async preflight() {
        const { owner, repo } = this.ref;
        await this.call('checking access to the repository', (o) => o.rest.repos.get({ owner, repo }));
    }
    async openOrUpdate(spec) {
        const { owner, repo } = this.ref;
        const existing = await this.findOpen(spec);
        let number;
        let url;
        let nodeId;
        let created = false;
        if (existing) {
            ({ number, html_url: url, node_id: nodeId } = existing);
            await this.call('updating the pull request', (o) => o.rest.pulls.update({ owner, repo, pull_number: number, title: spec.title, body: spec.body }));
        }
        else {
            try {
                const what = 'opening a pull request';
                const res = await this.call(what, (o) => o.rest.pulls.create({
                    owner,
                    repo,
                    head: spec.sourceBranch,
                    base: spec.targetBranch,
                    title: spec.title,
                    body: spec.body,
                }));
                ({ number, html_url: url, node_id: nodeId } = this.checked(res.data, github_PULL_REQUEST, what));
                created = true;
            }
            catch (err) {
                // Another run opened it between our search and our create (422 "A pull request already exists").
                const again = (0,lib_errors/* kindOf */.I)(err) === 'conflict' ? await this.findOpen(spec) : undefined;
                if (!again)
                    throw err;
                ({ number, html_url: url, node_id: nodeId } = again);
            }
        }
        if (spec.labels.length) {
            await this.call('labelling the pull request', (o) => o.rest.issues.addLabels({ owner, repo, issue_number: number, labels: spec.labels }));
        }
        if (spec.reviewers.length) {
            await this.call('requesting reviewers', (o) => o.rest.pulls.requestReviewers({ owner, repo, pull_number: number, reviewers: spec.reviewers }));
        }
        if (spec.autoMerge) {
            await this.call('enabling auto-merge', (o) => o.graphql('mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) { enablePullRequestAutoMerge(input: {pullRequestId: $pullRequestId, mergeMethod: $mergeMethod}) { pullRequest { number } } }', { pullRequestId: nodeId, mergeMethod: GRAPHQL_MERGE[spec.mergeMethod] }));
        }
        return { number: String(number), url, created };
    }
    async findOpen(spec) {
        const { owner, repo } = this.ref;
        const what = 'looking for an open pull request';
        const res = await this.call(what, (o) => o.rest.pulls.list({
            owner,
            repo,
            state: 'open',
            head: `${owner}:${spec.sourceBranch}`,
            base: spec.targetBranch,
            per_page: 10,
        }));
        return this.checked(res.data, github_PULL_REQUESTS, what).find((p) => p.head.ref === spec.sourceBranch);
    }
    /** Check runs (latest per name) and commit statuses (latest per context) of a commit. */
    async commitChecks(sha) {
        const { owner, repo } = this.ref;
        const runs = this.checked(await this.call('reading check runs', (o) => o.paginate(o.rest.checks.listForRef, { owner, repo, ref: sha, filter: 'latest', per_page: 100 }), true), CHECK_RUNS, 'reading check runs');
        const combined = await this.call('reading commit statuses', (o) => o.rest.repos.getCombinedStatusForRef({ owner, repo, ref: sha, per_page: 100 }), true);
        this.checked(combined.data, COMBINED_STATUS, 'reading commit statuses');
        const out = runs.map((r) => {
            if (r.status !== 'completed')
                return { name: r.name, state: 'pending', detail: r.status };
            const ok = r.conclusion === 'success' || r.conclusion === 'neutral' || r.conclusion === 'skipped';
            return { name: r.name, state: ok ? 'success' : 'failure', detail: r.conclusion ?? 'completed' };
        });
        for (const st of combined.data.statuses) {
            out.push({
                name: st.context,
                state: st.state === 'success' ? 'success' : st.state === 'pending' ? 'pending' : 'failure',
                detail: st.state,
            });
        }
        return out;
    }
    /** Each reviewer's latest approving or blocking review (comments do not change a verdict). */
    async reviews(pr) {
        const { owner, repo } = this.ref;
        const what = 'reading pull request reviews';
        const list = this.checked(await this.call(what, (o) => o.paginate(o.rest.pulls.listReviews, { owner, repo, pull_number: Number(pr), per_page: 100 }), true), REVIEWS, what);
        const latest = new Map();
        for (const r of list) {
            const who = r.user?.login ?? '';
            if (r.state === 'APPROVED')
                latest.set(who, 'approved');
            else if (r.state === 'CHANGES_REQUESTED')
                latest.set(who, 'rejected');
            else if (r.state === 'DISMISSED')
                latest.set(who, 'none');
        }
        return [...latest].map(([reviewer, verdict]) => ({ reviewer, verdict }));
    }
}

;// CONCATENATED MODULE: ./lib/scm/gitea.ts









/**
 * owner/repo from a clone URL of a Gitea or Forgejo server (the last two path segments, so a server
 * under a sub-path works), and the API root, which a self-hosted server cannot be guessed from.
 */
function parseGiteaUrl(url, apiUrl) {
    const u = new URL(url);
    const parts = u.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts.length < 2)
        throw new lib_errors/* RingwayError */.Sy(`'${url}' is not a Gitea repository URL (https://<host>/<owner>/<repo>)`);
    if (!apiUrl)
        throw new lib_errors/* UsageError */.eb(`input 'api-url': the Gitea or Forgejo API root is required with provider gitea or forgejo (https://<host>/api/v1)`, { input: 'api-url' });
    return {
        owner: parts[parts.length - 2],
        repo: parts[parts.length - 1].replace(/\.git$/, ''),
        apiUrl: apiUrl.replace(/\/$/, ''),
    };
}
// Gitea's merge styles (MergePullRequestOption.Do) for ringway's merge methods.
const MERGE_STYLE = { merge: 'merge', squash: 'squash', rebase: 'rebase' };
// The fields each answer is read for (Gitea API v1), checked before use.
const gitea_PULL_REQUEST = {
    number: 'number',
    html_url: 'string',
    state: 'string',
    head: { ref: 'string' },
    base: { ref: 'string' },
};
const gitea_PULL_REQUESTS = [gitea_PULL_REQUEST];
const LABELS = [{ id: 'number', name: 'string' }];
const gitea_COMBINED_STATUS = { statuses: (0,lib_answer/* optional */.lq)([{ context: 'string', status: 'string' }]) };
const gitea_REVIEWS = [{ state: 'string', dismissed: 'boolean?', user: (0,lib_answer/* optional */.lq)({ login: 'string' }) }];
/**
 * Gitea works out whether a new pull request merges in the background; until it knows, a merge
 * request is refused with 405 "Please try again later". Tries of that request, and the pause before
 * the next (times the try).
 */
const MERGE_TRIES = 6;
const MERGE_PAUSE_MS = 1000;
/** Items a list page asks for, and the most pages read (Gitea's default maximum page size is 50). */
const PAGE = 50;
const MAX_PAGES = 20;
/** Gitea's own words in a refusal ({"message": …}), else the start of the body. */
function messageOf(body) {
    try {
        const message = JSON.parse(body).message;
        if (typeof message === 'string')
            return message;
    }
    catch {
        // not JSON: the text itself
    }
    return body.slice(0, 200);
}
/** Pull requests, commit statuses and reviews on a Gitea or Forgejo server through its REST API (v1). */
class GiteaProvider {
    ref;
    retry;
    name = 'gitea';
    api;
    constructor(ref, token, retry = defaultRetry) {
        this.ref = ref;
        this.retry = retry;
        requireForgeToken("Gitea's API", ref.apiUrl, token, { where: (0,git_auth/* displayUrl */.Qy)(ref.apiUrl) });
        // Gitea's documented header for API tokens ("token" then the token).
        const auth = `token ${token}`;
        (0,secrets/* registerSecret */.cl)(auth);
        this.api = {
            forge: 'Gitea',
            server: `Gitea's API at ${(0,git_auth/* displayUrl */.Qy)(ref.apiUrl)}`,
            headers: { Authorization: auth },
            retry,
            explain: (what, err) => this.explain(what, err),
        };
    }
    repoApi(path) {
        return `${this.ref.apiUrl}/repos/${encodeURIComponent(this.ref.owner)}/${encodeURIComponent(this.ref.repo)}${path}`;
    }
    /**
     * One request through the shared REST path (lib/scm/rest.ts); `again`: a refusal worth another
     * try after a pause (Gitea still working out whether a pull request merges).
     */
    async request(what, method, url, body, shape, again) {
        for (let attempt = 1;; attempt++) {
            try {
                return await restRequest(this.api, what, method, url, body, shape);
            }
            catch (e) {
                const status = e instanceof lib_errors/* RingwayError */.Sy ? e.status : undefined;
                if (status === undefined || attempt >= MERGE_TRIES || !again?.(status, e.message))
                    throw e;
                await this.retry.sleep(MERGE_PAUSE_MS * attempt);
            }
        }
    }
    explain(what, err) {
        const repo = `${this.ref.owner}/${this.ref.repo}`;
        const denied = accessError(what, err.status, 'Gitea', repo, { read: 'the read:repository scope', write: 'the write:repository and write:issue scopes' }, (0,job_token/* jobTokenNote */.rt)(this.ref.apiUrl));
        if (denied)
            return denied;
        return new lib_errors/* RingwayError */.Sy(`${what}: Gitea answered HTTP ${err.status}: ${messageOf(err.body)}`, {
            kind: (0,lib_errors/* statusKind */.BE)(err.status),
            status: err.status,
        });
    }
    /** Every page of a list, up to MAX_PAGES of PAGE items. */
    async list(what, url, shape) {
        const out = [];
        const sep = url.includes('?') ? '&' : '?';
        for (let page = 1; page <= MAX_PAGES; page++) {
            const items = await this.request(what, 'GET', `${url}${sep}limit=${PAGE}&page=${page}`, undefined, shape);
            out.push(...items);
            if (items.length < PAGE)
                break;
        }
        return out;
    }
    async preflight() {
        await this.request('checking access to the repository', 'GET', this.repoApi(''));
    }
    async openOrUpdate(spec) {
        // Labels are given by name and set by id: a name the repository lacks stops here, before any pull request.
        const labelIds = spec.labels.length ? await this.labelIds(spec.labels) : [];
        let pr = await this.findOpen(spec);
        let created = false;
        if (pr) {
            await this.request('updating the pull request', 'PATCH', this.repoApi(`/pulls/${pr.number}`), {
                title: spec.title,
                body: spec.body,
            });
        }
        else {
            try {
                pr = await this.request('opening a pull request', 'POST', this.repoApi('/pulls'), { head: spec.sourceBranch, base: spec.targetBranch, title: spec.title, body: spec.body }, gitea_PULL_REQUEST);
                created = true;
            }
            catch (err) {
                // 409: an open pull request for these branches already exists (a concurrent run).
                pr = (0,lib_errors/* kindOf */.I)(err) === 'conflict' ? await this.findOpen(spec) : undefined;
                if (!pr)
                    throw err;
            }
        }
        const n = pr.number;
        if (labelIds.length)
            await this.request('labelling the pull request', 'POST', this.repoApi(`/issues/${n}/labels`), {
                labels: labelIds,
            });
        if (spec.reviewers.length)
            await this.request('requesting reviewers', 'POST', this.repoApi(`/pulls/${n}/requested_reviewers`), {
                reviewers: spec.reviewers,
            });
        if (spec.autoMerge)
            await this.scheduleMerge(n, spec.mergeMethod, created);
        return { number: String(n), url: pr.html_url, created };
    }
    /** Gitea's "merge when checks succeed": merged by the server once the branch's required checks pass. */
    async scheduleMerge(n, method, created) {
        try {
            await this.request('scheduling the merge when checks succeed', 'POST', this.repoApi(`/pulls/${n}/merge`), 
            // `Do`, as Gitea's description names the field (MergePullRequestForm has no JSON tag).
            { Do: MERGE_STYLE[method], merge_when_checks_succeed: true, delete_branch_after_merge: true }, undefined, 
            // Still working out whether it merges (a pull request just opened or updated).
            (status, message) => status === 405 && /try again later/i.test(message));
        }
        catch (err) {
            // A re-run: the pull request this branch already had is scheduled (Gitea answers 409).
            if (created || (0,lib_errors/* kindOf */.I)(err) !== 'conflict')
                throw err;
        }
    }
    async labelIds(names) {
        const known = await this.list('reading the repository labels', this.repoApi('/labels'), LABELS);
        return names.map((name) => {
            const label = known.find((l) => l.name === name);
            if (!label)
                throw new lib_errors/* UsageError */.eb(`input 'labels': ${this.ref.owner}/${this.ref.repo} has no label '${name}' (Gitea sets labels that exist; create it first)`, { input: 'labels' });
            return label.id;
        });
    }
    async findOpen(spec) {
        const q = new URLSearchParams({ state: 'open' });
        const open = await this.list('looking for an open pull request', this.repoApi(`/pulls?${q}`), gitea_PULL_REQUESTS);
        return open.find((p) => p.state === 'open' && p.head.ref === spec.sourceBranch && p.base.ref === spec.targetBranch);
    }
    /** The latest status per context of a commit (Gitea's combined status). */
    async commitChecks(sha) {
        const what = 'reading commit statuses';
        const out = [];
        for (let page = 1; page <= MAX_PAGES; page++) {
            const combined = await this.request(what, 'GET', this.repoApi(`/commits/${encodeURIComponent(sha)}/status?limit=${PAGE}&page=${page}`), undefined, gitea_COMBINED_STATUS);
            const statuses = combined.statuses ?? [];
            for (const s of statuses)
                out.push({
                    name: s.context,
                    state: s.status === 'success' || s.status === 'skipped'
                        ? 'success'
                        : s.status === 'pending'
                            ? 'pending'
                            : 'failure',
                    detail: s.status,
                });
            if (statuses.length < PAGE)
                break;
        }
        return out;
    }
    /** Each reviewer's latest approving or blocking review; a dismissed one counts for nothing. */
    async reviews(pr) {
        const list = await this.list('reading pull request reviews', this.repoApi(`/pulls/${encodeURIComponent(pr)}/reviews`), gitea_REVIEWS);
        const latest = new Map();
        for (const r of list) {
            const who = r.user?.login ?? '';
            if (r.dismissed)
                latest.set(who, 'none');
            else if (r.state === 'APPROVED')
                latest.set(who, 'approved');
            else if (r.state === 'REQUEST_CHANGES')
                latest.set(who, 'rejected');
        }
        return [...latest].map(([reviewer, verdict]) => ({ reviewer, verdict }));
    }
}

;// CONCATENATED MODULE: ./lib/scm/gitlab.ts









/** Project path and API root from a clone URL (gitlab.com or a self-managed host). */
function parseGitLabUrl(url, apiUrl) {
    const u = new URL(url);
    const parts = u.pathname
        .replace(/\.git\/?$/, '')
        .split('/')
        .filter(Boolean)
        .map(decodeURIComponent);
    if (parts.length < 2 || parts.includes('-'))
        throw new lib_errors/* RingwayError */.Sy(`'${url}' is not a GitLab project URL (https://<host>/<group>[/<subgroup>…]/<project>)`);
    return {
        apiUrl: (apiUrl || `${u.protocol}//${u.host}/api/v4`).replace(/\/$/, ''),
        project: parts.join('/'),
    };
}
/** gitlab.com and its subdomains; self-managed hosts are named with `provider: gitlab`. */
function isGitLabHost(host) {
    return /(^|\.)gitlab\.com$/i.test(host);
}
/**
 * The header GitLab reads a token from: access tokens (glpat-, project and group tokens, all
 * prefixed gl…-) as PRIVATE-TOKEN, a CI/CD job token (glcbt-) as JOB-TOKEN, anything else (an
 * OAuth token) as Authorization: Bearer.
 */
function gitLabAuthHeader(token) {
    if (/^glcbt-/.test(token))
        return ['JOB-TOKEN', token];
    if (/^gl[a-z]+-/.test(token))
        return ['PRIVATE-TOKEN', token];
    return ['Authorization', `Bearer ${token}`];
}
// The fields each answer is read for (GitLab REST v4), checked before use.
const MERGE_REQUEST = {
    iid: 'number',
    web_url: 'string',
    source_branch: 'string',
    target_branch: 'string',
    reviewers: (0,lib_answer/* optional */.lq)([{ id: 'number' }]),
};
const MERGE_REQUESTS = [MERGE_REQUEST];
const USERS = [{ id: 'number', username: 'string' }];
const gitlab_STATUSES = [{ name: 'string', status: 'string', allow_failure: 'boolean?' }];
const PIPELINES = [{ id: 'number', status: 'string' }];
const APPROVALS = { approved_by: (0,lib_answer/* optional */.lq)([{ user: { username: 'string' } }]) };
const gitlab_REVIEWERS = [{ user: { username: 'string' }, state: 'string?' }];
/** Merge requests, commit statuses, pipelines and approvals through GitLab's REST API (v4). */
class GitLabProvider {
    ref;
    retry;
    name = 'gitlab';
    header;
    api;
    constructor(ref, token, retry = defaultRetry) {
        this.ref = ref;
        this.retry = retry;
        requireForgeToken("GitLab's API", ref.apiUrl, token);
        this.header = gitLabAuthHeader(token);
        (0,secrets/* registerSecret */.cl)(this.header[1]);
        this.api = {
            forge: 'GitLab',
            server: `GitLab's API at ${(0,git_auth/* displayUrl */.Qy)(ref.apiUrl)}`,
            headers: { [this.header[0]]: this.header[1] },
            retry,
            explain: (what, err) => this.explain(what, err),
        };
    }
    /** The project's API path; its full path is one URL-encoded segment (group%2Fsub%2Fproject). */
    projectApi(path) {
        return `${this.ref.apiUrl}/projects/${encodeURIComponent(this.ref.project)}${path}`;
    }
    /** `shape`: the fields of the answer the caller reads (lib/scm/rest.ts). */
    request(what, method, url, body, shape) {
        return restRequest(this.api, what, method, url, body, shape);
    }
    explain(what, err) {
        const jobToken = this.header[0] === 'JOB-TOKEN';
        const denied = accessError(what, err.status, 'GitLab', this.ref.project, {
            read: 'the read_api scope (Reporter role or above)',
            write: jobToken
                ? 'a project or personal access token with the api scope: GitLab does not let a CI/CD job token open merge requests'
                : 'the api scope (Developer role or above)',
        }, (0,job_token/* jobTokenNote */.rt)(this.ref.apiUrl));
        if (denied)
            return denied;
        // GitLab's errors: {"message": "…"}, {"message": {"field": ["…"]}} or {"error": "…"}.
        let detail = err.body.slice(0, 200);
        try {
            const parsed = JSON.parse(err.body);
            const m = parsed.message ?? parsed.error;
            if (typeof m === 'string')
                detail = m;
            else if (Array.isArray(m))
                detail = m.join('; ');
            else if (m && typeof m === 'object')
                detail = Object.entries(m)
                    .map(([k, v]) => `${k} ${Array.isArray(v) ? v.join(', ') : String(v)}`)
                    .join('; ');
        }
        catch {
            // not JSON: keep the text
        }
        // A second merge request for a branch is refused with 409 ("Another open merge request already exists").
        return new lib_errors/* RingwayError */.Sy(`${what}: GitLab answered HTTP ${err.status}: ${detail}`, {
            kind: (0,lib_errors/* statusKind */.BE)(err.status),
            status: err.status,
        });
    }
    async preflight() {
        await this.request('checking access to the repository', 'GET', this.projectApi(''));
    }
    async openOrUpdate(spec) {
        // Reviewers are named by username; GitLab's merge requests take user ids.
        const reviewerIds = spec.reviewers.length ? await this.userIds(spec.reviewers) : [];
        const squash = spec.mergeMethod === 'squash';
        let mr = await this.findOpen(spec);
        let created = false;
        if (mr) {
            const ids = [...new Set([...(mr.reviewers ?? []).map((r) => r.id), ...reviewerIds])];
            await this.request('updating the merge request', 'PUT', this.projectApi(`/merge_requests/${mr.iid}`), {
                title: spec.title,
                description: spec.body,
                ...(spec.labels.length ? { add_labels: spec.labels.join(',') } : {}),
                ...(reviewerIds.length ? { reviewer_ids: ids } : {}),
                ...(squash ? { squash } : {}),
            });
        }
        else {
            try {
                mr = await this.request('opening a merge request', 'POST', this.projectApi('/merge_requests'), {
                    source_branch: spec.sourceBranch,
                    target_branch: spec.targetBranch,
                    title: spec.title,
                    description: spec.body,
                    remove_source_branch: true,
                    ...(spec.labels.length ? { labels: spec.labels.join(',') } : {}),
                    ...(reviewerIds.length ? { reviewer_ids: reviewerIds } : {}),
                    ...(squash ? { squash } : {}),
                }, MERGE_REQUEST);
                created = true;
            }
            catch (err) {
                // Another run opened it between our search and our create (409).
                mr = (0,lib_errors/* kindOf */.I)(err) === 'conflict' ? await this.findOpen(spec) : undefined;
                if (!mr)
                    throw err;
            }
        }
        if (spec.autoMerge) {
            // Merges when the pipeline succeeds (merges at once when the project has no pipeline).
            await this.request('setting merge when pipeline succeeds', 'PUT', this.projectApi(`/merge_requests/${mr.iid}/merge`), {
                merge_when_pipeline_succeeds: true,
                // GitLab's default squash message is the title alone; the change's own message keeps the
                // Ringway-* trailers (the body's last paragraph) that records read from the merged commit.
                ...(squash ? { squash, squash_commit_message: `${spec.title}\n\n${spec.body}\n` } : {}),
            });
        }
        return { number: String(mr.iid), url: mr.web_url, created };
    }
    async findOpen(spec) {
        const q = new URLSearchParams({
            state: 'opened',
            source_branch: spec.sourceBranch,
            target_branch: spec.targetBranch,
            per_page: '10',
        });
        const list = await this.request('looking for an open merge request', 'GET', this.projectApi(`/merge_requests?${q}`), undefined, MERGE_REQUESTS);
        return list.find((m) => m.source_branch === spec.sourceBranch && m.target_branch === spec.targetBranch);
    }
    async userIds(usernames) {
        const ids = [];
        for (const name of usernames) {
            const what = `looking up reviewer ${name}`;
            const users = await this.request(what, 'GET', `${this.ref.apiUrl}/users?${new URLSearchParams({ username: name })}`, undefined, USERS);
            const user = users.find((u) => u.username.toLowerCase() === name.toLowerCase());
            if (!user)
                throw new lib_errors/* RingwayError */.Sy(`${what}: GitLab at ${(0,git_auth/* displayUrl */.Qy)(this.ref.apiUrl)} has no user '${name}'`, {
                    kind: 'not-found',
                    input: 'reviewers',
                });
            ids.push(user.id);
        }
        return ids;
    }
    /**
     * The latest status of each job and external status on the commit (GitLab lists CI jobs as
     * commit statuses), and its latest pipeline as the check `pipeline`.
     */
    async commitChecks(sha) {
        const statuses = await this.request('reading commit statuses', 'GET', this.projectApi(`/repository/commits/${encodeURIComponent(sha)}/statuses?per_page=100`), undefined, gitlab_STATUSES);
        const pipelines = await this.request('reading pipelines', 'GET', this.projectApi(`/pipelines?${new URLSearchParams({ sha, order_by: 'id', sort: 'desc', per_page: '1' })}`), undefined, PIPELINES);
        const out = statuses.map((s) => {
            const check = { name: s.name, ...gitLabState(s.status) };
            return check.state === 'failure' && s.allow_failure
                ? { ...check, state: 'success', detail: `${s.status} (allowed to fail)` }
                : check;
        });
        if (pipelines[0])
            out.push({ name: 'pipeline', ...gitLabState(pipelines[0].status) });
        return out;
    }
    /** Who approved the merge request, and which reviewers requested changes. */
    async reviews(pr) {
        const iid = encodeURIComponent(pr);
        const approvals = await this.request('reading merge request approvals', 'GET', this.projectApi(`/merge_requests/${iid}/approvals`), undefined, APPROVALS);
        const reviewers = await this.request('reading merge request reviewers', 'GET', this.projectApi(`/merge_requests/${iid}/reviewers`), undefined, gitlab_REVIEWERS);
        const verdicts = new Map();
        for (const a of approvals.approved_by ?? [])
            verdicts.set(a.user.username, 'approved');
        for (const r of reviewers)
            if (r.state === 'requested_changes')
                verdicts.set(r.user.username, 'rejected');
            else if (!verdicts.has(r.user.username))
                verdicts.set(r.user.username, 'none');
        return [...verdicts].map(([reviewer, verdict]) => ({ reviewer, verdict }));
    }
}
/** A job, commit status or pipeline state as a check state; skipped counts as green, as on GitHub. */
function gitLabState(status) {
    if (status === 'success' || status === 'skipped')
        return { state: 'success', detail: status };
    if (status === 'failed' || status === 'canceled' || status === 'canceling')
        return { state: 'failure', detail: status };
    // created, waiting_for_resource, preparing, pending, running, manual, scheduled, waiting_for_callback
    return { state: 'pending', detail: status };
}

;// CONCATENATED MODULE: ./lib/scm/local.ts


/**
 * For repositories without a forge (and the demo): the pushed branch is merged into the target
 * with a merge commit, as a reviewer's "merge" would, then deleted. A target that moved meanwhile
 * is fetched and the merge redone; when others changed the same lines, the change is made again
 * on the new tip (spec.reapply) and the branch replaced, as direct mode does; a bounded number of
 * times. The branch is deleted whatever the outcome: no reviewer will ever look at it.
 */
class LocalMergeProvider {
    repo;
    maxAttempts;
    name = 'local';
    constructor(repo, maxAttempts = 20) {
        this.repo = repo;
        this.maxAttempts = maxAttempts;
    }
    async preflight() {
        // The git fetch that cloned the repository already proved access.
    }
    async openOrUpdate(spec) {
        try {
            return await this.merge(spec);
        }
        catch (err) {
            await this.deleteBranch(spec.sourceBranch);
            throw err;
        }
    }
    async merge(spec) {
        const src = `refs/remotes/origin/${spec.sourceBranch}`;
        const subject = `Merge branch '${spec.sourceBranch}' into ${spec.targetBranch}\n\n${spec.title}`;
        for (let attempt = 1;; attempt++) {
            await this.repo.syncToRemote();
            // First the branch as pushed; after a conflict or a lost race, the change made again on the
            // new tip (cheaper than fetching the branch's history again, and never conflicts).
            if (attempt === 1 || !spec.reapply) {
                if (!(await this.mergeBranch(spec, src, subject))) {
                    if (!spec.reapply) {
                        throw new lib_errors/* RingwayError */.Sy(`cannot merge '${spec.sourceBranch}' into '${spec.targetBranch}': the change conflicts with the target branch`);
                    }
                    await this.repo.syncToRemote();
                    if (!(await this.reapplyAsMerge(spec, subject)))
                        return this.landed(spec.sourceBranch);
                }
            }
            else if (!(await this.reapplyAsMerge(spec, subject))) {
                return this.landed(spec.sourceBranch);
            }
            if (await this.repo.push(spec.targetBranch))
                return this.landed(spec.sourceBranch);
            if (attempt >= this.maxAttempts)
                throw new lib_errors/* RingwayError */.Sy(`merging into '${spec.targetBranch}' was rejected ${attempt} times because others kept pushing`);
            await (0,backoff/* sleep */.yy)((0,backoff/* backoffDelay */.EY)(150, attempt));
        }
    }
    /** Merges the pushed branch into the working copy (at the target's tip); false on a conflict. */
    async mergeBranch(spec, src, subject) {
        await this.repo.fetchBranch(spec.sourceBranch);
        // The merge base may be older than the shallow tip: fetch the history it needs.
        if ((await this.repo.git(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true') {
            await this.repo.git([
                'fetch',
                '-q',
                '--no-tags',
                '--unshallow',
                'origin',
                `+refs/heads/${spec.targetBranch}:refs/remotes/origin/${spec.targetBranch}`,
                `+refs/heads/${spec.sourceBranch}:${src}`,
            ], {
                network: true,
            });
        }
        const merged = await this.repo.git(['merge', '--no-ff', '--no-edit', '-m', subject, '--', src], {
            allowFailure: true,
        });
        if (merged.code === 0)
            return true;
        await this.repo.git(['merge', '--abort'], { allowFailure: true });
        return false;
    }
    /**
     * Makes the change again on the tip and wraps it in a merge commit (tip + change), the shape a
     * merged pull request has. False when the tip already holds the change.
     */
    async reapplyAsMerge(spec, subject) {
        const tip = await this.repo.head();
        if (!(await spec.reapply?.()))
            return false;
        const change = await this.repo.head();
        const merge = (await this.repo.git(['commit-tree', '-p', tip, '-p', change, '-F', '-', `${change}^{tree}`], { input: subject })).stdout.trim();
        await this.repo.git(['reset', '-q', '--hard', merge]);
        return true;
    }
    /** Done: the branch is deleted; the merge commit is the working copy's head. */
    async landed(branch) {
        const mergeCommit = await this.repo.head();
        if (branch)
            await this.deleteBranch(branch);
        return { number: '', url: '', created: true, mergeCommit };
    }
    async deleteBranch(branch) {
        await this.repo.git(['push', '-q', 'origin', '--', `:refs/heads/${branch}`], { network: true, allowFailure: true });
    }
}

;// CONCATENATED MODULE: ./lib/scm/select.ts







const PROVIDERS = ['auto', 'github', 'azure-devops', 'gitlab', 'gitea', 'forgejo', 'local'];
/**
 * The pull request provider `provider` names, or (auto) the one the repository URL belongs to.
 * Errors name the provider; the step adds its input.
 */
function pullRequestForge(provider, url) {
    const name = forgeOf(provider, url, 'pull request provider', 'github, azure-devops, gitlab, gitea, forgejo or local');
    if (!PROVIDERS.includes(name))
        throw new lib_errors/* UsageError */.eb(`the pull request provider must be one of ${PROVIDERS.join(', ')}, got '${name}'`);
    return name;
}
/** The provider of `provider`, or of the URL, built with the repository and token (whose errors name them). */
function providerFor(opts) {
    const name = pullRequestForge(opts.provider, opts.url);
    switch (name) {
        case 'github':
            return new GitHubProvider((0,lib_errors/* withInput */.zE)('hld-repo', () => parseGitHubUrl(opts.url, opts.apiUrl)), opts.token);
        case 'azure-devops':
            return new AzureDevOpsProvider((0,lib_errors/* withInput */.zE)('hld-repo', () => parseAzureUrl(opts.url, opts.apiUrl)), opts.token);
        case 'gitlab':
            return new GitLabProvider((0,lib_errors/* withInput */.zE)('hld-repo', () => parseGitLabUrl(opts.url, opts.apiUrl)), opts.token);
        case 'gitea':
        case 'forgejo': // Forgejo serves Gitea's API (/api/v1)
            return new GiteaProvider((0,lib_errors/* withInput */.zE)('hld-repo', () => parseGiteaUrl(opts.url, opts.apiUrl)), opts.token);
        default: // 'local': pullRequestForge lets nothing else through
            return new LocalMergeProvider(opts.repo);
    }
}
/** The forge a URL belongs to, unless `provider` names one. */
function forgeOf(provider, url, what, choices) {
    if (provider && provider !== 'auto')
        return provider;
    let host = '';
    try {
        host = new URL(url).hostname;
    }
    catch {
        // scp-like or file paths: no forge to guess
    }
    if (host === 'github.com' || /^api\.github\.com$/.test(host))
        return 'github';
    if ((0,git_auth/* isAzureDevOpsHost */.Ls)(host))
        return 'azure-devops';
    if (isGitLabHost(host))
        return 'gitlab';
    throw new lib_errors/* UsageError */.eb(`cannot tell the ${what} of ${url}; name it: ${choices}`);
}
/** The forge with checks and reviews that `provider` names, or (auto) the one the URL belongs to. */
function reviewForge(provider, url) {
    const name = forgeOf(provider, url, 'forge', 'github, azure-devops, gitlab, gitea or forgejo');
    if (name === 'forgejo')
        return 'gitea'; // Forgejo serves Gitea's API (/api/v1)
    if (name !== 'github' && name !== 'azure-devops' && name !== 'gitlab' && name !== 'gitea')
        throw new lib_errors/* UsageError */.eb(`${name} has no commit checks or reviews; use github, azure-devops, gitlab, gitea or forgejo`);
    return name;
}
/** Checks and reviews of a repository on GitHub, Azure DevOps, GitLab or Gitea/Forgejo (a local repository has neither). */
function signalsFor(opts) {
    const forge = reviewForge(opts.provider, opts.url);
    if (forge === 'gitea')
        return new GiteaProvider((0,lib_errors/* withInput */.zE)(opts.input, () => parseGiteaUrl(opts.url, opts.apiUrl)), opts.token);
    if (forge === 'gitlab')
        return new GitLabProvider((0,lib_errors/* withInput */.zE)(opts.input, () => parseGitLabUrl(opts.url, opts.apiUrl)), opts.token);
    return forge === 'github'
        ? new GitHubProvider((0,lib_errors/* withInput */.zE)(opts.input, () => parseGitHubUrl(opts.url, opts.apiUrl)), opts.token)
        : new AzureDevOpsProvider((0,lib_errors/* withInput */.zE)(opts.input, () => parseAzureUrl(opts.url, opts.apiUrl)), opts.token);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what}: unknown placeholder ${m} in '${template}' (known: ${Object.keys(values)
                .map((k) => `{${k}}`)
                .join(', ')})`);
        return value(key, values[key], m);
    });
}


/***/ })

};
;