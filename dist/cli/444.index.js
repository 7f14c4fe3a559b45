"use strict";
exports.id = 444;
exports.ids = [444];
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

/***/ 2811:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ TrustedHosts),
/* harmony export */   w: () => (/* binding */ hostOf)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9719);


/**
 * Where a token may be sent. Only hosts the pipeline author named (repository and API inputs, the
 * `trusted-hosts` input, the orchestrator's own repository) are trusted; a host learnt from a
 * table row, an HLD file or a forge answer is not, so writing a row cannot steer a token.
 */
class TrustedHosts {
    /** host or host:port exactly as URL.host gives it (lower case, default port dropped). */
    exact = new Set();
    /** trusted-hosts entries without a port: that host name on any port. */
    anyPort = new Set();
    /** `urls`: repository/API URLs from inputs ('' ignored). `hosts`: the `trusted-hosts` input. */
    constructor(urls, hosts = []) {
        for (const u of urls) {
            const h = hostOf(u);
            if (h)
                this.exact.add(h);
        }
        for (const entry of hosts) {
            const e = entry.trim().toLowerCase();
            if (!e)
                continue;
            if (e.includes('://')) {
                const h = hostOf(e);
                if (!h)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`'${entry}' is not a host name`);
                this.exact.add(h);
            }
            else if (/^[a-z0-9.-]+:\d{1,5}$|^\[[0-9a-f:.]+\]:\d{1,5}$/.test(e)) {
                this.exact.add(e);
            }
            else if (/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(e) && !e.startsWith('-')) {
                this.anyPort.add(e);
            }
            else {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`'${entry}' is not a host name (host, host:port or a URL)`);
            }
        }
        // GitHub's API lives on its own host: a trusted github.com means api.github.com too.
        if (this.exact.has('github.com') || this.anyPort.has('github.com'))
            this.exact.add('api.github.com');
    }
    /**
     * Whether a token may go where `url` points. URLs git reaches without HTTP (ssh, file, local
     * paths) never carry our token, so they need no trust.
     */
    allows(url) {
        let u;
        try {
            u = new URL(url);
        }
        catch {
            return true;
        }
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            return true;
        // The host the connection goes to, or no token: a URL whose host git and Node read differently.
        const host = (0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .agreedHost */ .rA)(url);
        if (!host)
            return false;
        return this.exact.has(host) || this.anyPort.has(u.hostname.toLowerCase());
    }
}
/**
 * URL.host of an http(s)/ssh/git URL (lower case, with a non-default port), or the host of an
 * scp-like address; '' otherwise (file URLs, local paths). The one host rule of every token
 * decision: trusted hosts, the job token's hosts and the auth header's form.
 */
function hostOf(url) {
    const v = url.trim();
    if (!v)
        return '';
    try {
        const u = new URL(v);
        return u.protocol === 'file:' ? '' : ((0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .agreedHost */ .rA)(v) ?? '');
    }
    catch {
        const scp = /^(?:[^@/]+@)?([^:/]+):/.exec(v);
        return scp ? scp[1].toLowerCase() : '';
    }
}


/***/ }),

/***/ 9719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BI: () => (/* binding */ checkRepoInput),
/* harmony export */   DC: () => (/* binding */ checkBranch),
/* harmony export */   GK: () => (/* binding */ checkRepoUrl),
/* harmony export */   Qr: () => (/* binding */ checkOptionalRef),
/* harmony export */   __: () => (/* binding */ checkRef),
/* harmony export */   a_: () => (/* binding */ checkHelmRepoUrl),
/* harmony export */   rA: () => (/* binding */ agreedHost)
/* harmony export */ });
/* unused harmony exports describe, isLoopback, checkOptionalRepoUrl */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8115);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6995);




/**
 * The one home of the rules for values that reach git (and helm) as operands: repository URLs and
 * refs. Inputs and stored values (table rows, HLD files) both pass through here before any command
 * runs, so an option-looking value (`--upload-pack=…`) is refused with a line naming where it came
 * from, instead of running. docs/security.md states the same rules for users.
 */
/** `what` is an input name (`manifest-repo` → "input 'manifest-repo'") or a phrase used as written. */
function describe(what) {
    return isInputName(what) ? `input '${what}'` : what;
}
function isInputName(what) {
    return /^[a-z][a-z0-9-]*$/.test(what);
}
/** A refused value; when `what` is an input, the error carries it (so `withInput` adds no second name). */
function refused(what, message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(message, isInputName(what) ? { input: what } : {});
}
const MAX_URL = 2048;
const MAX_REF = 255;
const SCHEMES = new Set(['https:', 'http:', 'ssh:', 'git:', 'file:']);
const CONTROL = /[\x00-\x1f\x7f]/;
/** Hosts a plain-http URL may name: the machine itself (tests, local mirrors); elsewhere use https. */
function isLoopback(hostname) {
    const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}
/**
 * The host git (and curl under it) connects to for a `scheme://` URL, when every parser agrees on
 * it: curl ends the authority at the first `/`, `?` or `#`, WHATWG's URL parser also at a backslash
 * and takes the last `@`; IPv4 shorthands (`0x7f.1`) and percent-encoded or non-ASCII hosts are
 * rewritten by one and not the other. Trust and "this machine only" are decided on the host the
 * connection goes to, so any URL they could disagree on is refused rather than interpreted:
 * undefined then. Returns the lower-case `host[:port]` as URL.host writes it (default port dropped).
 */
function agreedHost(url) {
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)/.exec(url.trim());
    if (!m)
        return undefined;
    const authority = m[2];
    if (/[\\\s%]|[^\x21-\x7e]/.test(authority))
        return undefined;
    const at = authority.split('@');
    if (at.length > 2)
        return undefined;
    const hostPort = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~-]+)(?::(\d{0,5}))?$/.exec(at[at.length - 1]);
    if (!hostPort)
        return undefined;
    let u;
    try {
        u = new URL(url.trim());
    }
    catch {
        return undefined;
    }
    if (u.hostname.toLowerCase() !== hostPort[1].toLowerCase())
        return undefined;
    const port = hostPort[2] ? Number(hostPort[2]) : undefined;
    if (port !== undefined && port !== Number(u.port || DEFAULT_PORTS[u.protocol] || NaN))
        return undefined;
    return u.host.toLowerCase();
}
const DEFAULT_PORTS = { 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443, 'ftp:': 21 };
/**
 * A repository URL git may be given: https; http to a loopback host only; ssh (`ssh://` or
 * `[user@]host:path`); git://; file:// and local paths. Never an option (leading `-`), never a
 * remote-helper address (`ext::…`, which runs commands), never credentials in the URL (the `token`
 * input is the one way to authenticate), no control characters. Returns the trimmed URL.
 */
function checkRepoUrl(value, what) {
    const url = value.trim();
    const who = describe(what);
    if (!url)
        throw refused(what, `${who} is required`);
    const bad = (why) => refused(what, `${who}: '${shownUrl(url)}' is not a repository URL git may be given: ${why}`);
    if (url.length > MAX_URL)
        throw bad(`longer than ${MAX_URL} characters`);
    // Before anything prints the URL: its credentials are registered secrets, and refused.
    const credential = credentialIn(url);
    if (credential)
        throw refused(what, `${who} must not contain credentials (${credential}); pass the token in the 'token' input`);
    if (CONTROL.test(url))
        throw bad('it contains control characters');
    if (url.startsWith('-'))
        throw bad("it starts with '-' and would be read as an option");
    if (/^[A-Za-z][A-Za-z0-9+.-]*::/.test(url))
        throw bad('remote-helper addresses (<transport>::<address>) are not supported');
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url)) {
        let u;
        try {
            u = new URL(url);
        }
        catch {
            throw refused(what, `${who} is not a valid URL`);
        }
        if (!SCHEMES.has(u.protocol))
            throw bad(`scheme '${u.protocol.slice(0, -1)}' is not supported (https, http to this machine, ssh, git, file)`);
        if (u.hostname.startsWith('-'))
            throw bad("its host starts with '-'");
        if (u.protocol !== 'file:' && !agreedHost(url))
            throw bad('git would read its host differently from a URL parser (a backslash, several @, a percent-encoded, non-ASCII or abbreviated host); write the host plainly');
        if (u.protocol === 'http:' && !isLoopback(u.hostname))
            throw bad('plain http is only accepted for this machine (localhost); use https');
        if (u.protocol !== 'file:' && !u.hostname)
            throw bad('it names no host');
        return url;
    }
    // scp-like ssh address: [user@]host:path, the colon before any slash (git's own rule).
    const scp = /^(?:([^@/]+)@)?(\[[^\]/]+\]|[^:/]+):(.*)$/.exec(url);
    if (scp && !/^[A-Za-z]:[\\/]/.test(url)) {
        const [, user, host, path] = scp;
        if (host.startsWith('-') || (user ?? '').startsWith('-'))
            throw bad("its host starts with '-'");
        // `javascript:alert(1)`, `mailto:x`: a scheme without `//` is not an ssh address. The scp form
        // needs a host that looks like one — a dotted name, localhost, an [IPv6] address — or a user
        // (`git@alias:repo`, for an alias of ~/.ssh/config).
        if (!isScpHost(host, user !== undefined))
            throw bad(`'${host}' is not a host name: ssh addresses are user@host:path, host.domain:path or ssh://host/path`);
        if (!path)
            throw bad('it names no repository path');
        return url;
    }
    return url; // a local path (absolute, or relative to the working folder)
}
/**
 * Where a repository URL carries a credential, after registering it as a secret: a password (or,
 * for http(s), a user name: `https://<token>@host` authenticates), or a query parameter named like
 * one (`?access_token=…`, `?private_token=…`). undefined when there is none.
 */
function credentialIn(url) {
    const query = /\?([^#]*)/.exec(url)?.[1];
    if (query) {
        const named = [...new URLSearchParams(query)].filter(([k]) => _secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .CREDENTIAL_PARAM */ .kk.test(k));
        for (const [, v] of named)
            (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(v);
        // The raw form too (percent-encoded as given).
        for (const part of query.split('&'))
            if (_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .CREDENTIAL_PARAM */ .kk.test(part.split('=')[0]))
                (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(part.slice(part.indexOf('=') + 1));
        if (named.length)
            return `query parameter '${named[0][0]}'`;
    }
    if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url))
        return undefined;
    let u;
    try {
        u = new URL(url);
    }
    catch {
        return undefined;
    }
    const web = u.protocol === 'https:' || u.protocol === 'http:';
    if (!u.password && !(u.username && web))
        return undefined;
    for (const v of [u.password, u.username]) {
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(v);
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(safeDecode(v));
    }
    return 'userinfo';
}
function safeDecode(v) {
    try {
        return decodeURIComponent(v);
    }
    catch {
        return v;
    }
}
/** A URL for an error line: userinfo and query hidden (they may hold credentials), control characters shown as '?'. */
function shownUrl(url) {
    return shorten(url.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/?#]*@/, '$1***@').replace(/\?[^#]*/, '?…'));
}
/** The host of a scp-like address: a dotted host name, localhost or [IPv6]; any host name after `user@`. */
function isScpHost(host, hasUser) {
    if (/^\[[0-9A-Fa-f:.]+\]$/.test(host))
        return true;
    if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(host))
        return false;
    return hasUser || host.includes('.') || host.toLowerCase() === 'localhost';
}
/**
 * A repository URL given by an input (`hld-repo`, `manifest-repo`): as checkRepoUrl, and a local
 * path must be an existing folder — returned absolute, since git runs in a temporary clone where a
 * relative path would mean something else. Runs before any network work, so a typo fails at once.
 */
function checkRepoInput(value, input) {
    const url = checkRepoUrl(value, input);
    if (!isLocalPath(url))
        return url;
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(url);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory()) {
        throw refused(input, `${describe(input)}: '${shownUrl(url)}' is neither a repository URL (https://…, ssh://…, user@host:path) nor an existing folder`);
    }
    return path;
}
/** A value checkRepoUrl took for a local path: no scheme, not the scp form. */
function isLocalPath(url) {
    if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url))
        return false;
    return !/^(?:[^@/]+@)?[^:/]+:/.test(url) || /^[A-Za-z]:[\\/]/.test(url);
}
/** Optional variant: '' stays ''. */
function checkOptionalRepoUrl(value, what) {
    return value.trim() ? checkRepoUrl(value, what) : '';
}
/**
 * A ref git may be given (branch, tag, commit): git check-ref-format's rules for one ref name, plus
 * never starting with '-'. A commit SHA (hex) passes. Returns the value.
 */
function checkRef(value, what) {
    const ref = value;
    const who = describe(what);
    const bad = (why) => refused(what, `${who}: '${shorten(ref)}' is not a valid git ref: ${why}`);
    if (!ref)
        throw refused(what, `${who} is required`);
    if (ref.length > MAX_REF)
        throw bad(`longer than ${MAX_REF} characters`);
    if (ref.startsWith('-'))
        throw bad("it starts with '-' and would be read as an option");
    if (CONTROL.test(ref) || /[ ~^:?*[\\]/.test(ref))
        throw bad('it contains a space, a control character or one of ~ ^ : ? * [ \\');
    if (ref.includes('..'))
        throw bad("it contains '..'");
    if (ref.includes('@{') || ref === '@')
        throw bad("it contains '@{' or is '@'");
    if (ref.startsWith('/') || ref.endsWith('/') || ref.includes('//'))
        throw bad("it has an empty part between '/'");
    if (ref.endsWith('.'))
        throw bad("it ends with '.'");
    for (const part of ref.split('/')) {
        if (part.startsWith('.'))
            throw bad("a part starts with '.'");
        if (part.endsWith('.lock'))
            throw bad("a part ends with '.lock'");
    }
    return ref;
}
/**
 * A branch as users pass it: `main`, or the full ref that GITHUB_REF and Build.SourceBranch hold
 * (`refs/heads/main`, returned as `main`). Any other full ref (`refs/tags/v1`, `refs/pull/1/head`)
 * is not a branch a step can push to, and is refused rather than created as `refs/heads/refs/…`.
 */
function checkBranch(value, what) {
    const ref = checkRef(value, what);
    if (ref.startsWith('refs/heads/'))
        return notHead(checkRef(ref.slice('refs/heads/'.length), what), what);
    if (ref.startsWith('refs/'))
        throw refused(what, `${describe(what)}: '${shorten(ref)}' is not a branch (a full ref must start with refs/heads/)`);
    return notHead(ref, what);
}
/** `HEAD` names the current commit, never a branch (git refuses to create one). */
function notHead(branch, what) {
    if (branch === 'HEAD')
        throw refused(what, `${describe(what)}: 'HEAD' is not a branch name (git keeps it for the checked-out commit)`);
    return branch;
}
/** Optional variant: '' stays ''. */
function checkOptionalRef(value, what) {
    return value ? checkRef(value, what) : '';
}
function shorten(s) {
    const clean = s.replace(/[\x00-\x1f\x7f]/g, '?');
    return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}
/** A chart repository for `helm pull --repo`: an http(s) or oci URL, never an option. */
function checkHelmRepoUrl(value, what) {
    const url = value.trim();
    const who = describe(what);
    if (!url)
        throw refused(what, `${who} is required`);
    if (url.length > MAX_URL || CONTROL.test(url) || url.startsWith('-') || !/^(https?|oci):\/\/[^-/]/i.test(url)) {
        throw refused(what, `${who}: '${shorten(url)}' is not a chart repository URL (http, https or oci)`);
    }
    return url;
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

/***/ 1854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  repositoryInput: () => (/* binding */ repositoryInput),
  step: () => (/* binding */ step)
});

// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/git/auth.ts
var auth = __webpack_require__(7023);
// EXTERNAL MODULE: ./lib/secrets.ts
var secrets = __webpack_require__(6995);
// EXTERNAL MODULE: ./lib/exec.ts
var exec = __webpack_require__(3361);
;// CONCATENATED MODULE: ./lib/telemetry/commit-messages.ts

/** At most this many commits a merge brought are read (a long-lived branch merged back brings many). */
const MAX_COMMITS = 50;
/**
 * The full messages of `commit` and, when it is a merge whose parents are fetched, of the commits
 * it brought, read with `git log` in `cwd` (the build's checkout of the HLD). Azure Pipelines gives
 * only the first line of the message in a variable; a rebased commit's trailers are below it.
 * A folder that is no repository, or lacks the commit (a shallow or other checkout), gives none.
 */
async function checkoutMessages(cwd, commit) {
    if (!/^[0-9a-f]{7,64}$/i.test(commit))
        return [];
    const git = async (args) => {
        const r = await (0,exec/* exec */.m0)('git', ['-C', cwd, ...args], { allowFailure: true }).catch(() => undefined);
        return r && r.code === 0 ? r.stdout : undefined;
    };
    const own = await git(['log', '-1', '--format=%B', '--end-of-options', commit, '--']);
    if (own === undefined)
        return [];
    // NUL-separated: one entry per commit, whatever blank lines the messages hold.
    const brought = await git([
        'log',
        '-z',
        `--max-count=${MAX_COMMITS}`,
        '--format=%B',
        '--end-of-options',
        `${commit}^1..${commit}^2`,
        '--',
    ]);
    return [own, ...(brought ?? '').split('\0')].map((m) => m.trim()).filter(Boolean);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/telemetry/commit-time.ts



/**
 * When the source commit of an image was made, for lead time (docs/metrics.md). From the input
 * when given; else from the orchestrator's event (GitHub push: head_commit.timestamp) when it is
 * about that commit; else `git log -1 --format=%cI` in the working directory when the commit is
 * there. Unknown stays '' — never guessed.
 */
async function commitTime(given, commitId, env = process.env, cwd = process.cwd()) {
    if (given) {
        const t = Date.parse(given);
        if (Number.isNaN(t) || !/^\d{4}-\d{2}-\d{2}T/.test(given))
            throw new errors/* UsageError */.eb(`commit time must be an ISO 8601 time (2026-11-20T09:30:00Z), got '${given}'`);
        return new Date(t).toISOString();
    }
    if (!/^[0-9a-f]{7,64}$/i.test(commitId))
        return '';
    const fromEvent = githubEventTime(env, commitId);
    if (fromEvent)
        return fromEvent;
    const r = await (0,exec/* exec */.m0)('git', ['-C', cwd, 'log', '-1', '--format=%cI', '--end-of-options', commitId, '--'], {
        allowFailure: true,
    }).catch(() => undefined);
    const t = r && r.code === 0 ? Date.parse(r.stdout.trim()) : NaN;
    return Number.isNaN(t) ? '' : new Date(t).toISOString();
}
function githubEventTime(env, commitId) {
    if (env.GITHUB_ACTIONS !== 'true' || !env.GITHUB_EVENT_PATH)
        return '';
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        const head = event.head_commit;
        if (!head?.id || !head.timestamp || !head.id.toLowerCase().startsWith(commitId.toLowerCase()))
            return '';
        const t = Date.parse(head.timestamp);
        return Number.isNaN(t) ? '' : new Date(t).toISOString();
    }
    catch {
        return '';
    }
}

// EXTERNAL MODULE: ./lib/telemetry/trailers.ts
var trailers = __webpack_require__(5684);
;// CONCATENATED MODULE: ./lib/telemetry/merge-messages.ts

/**
 * The pull request number in a forge's default merge title (the first line of a message):
 * GitHub's merge commit "Merge pull request #12 from owner/branch", GitHub's squash "<title> (#12)",
 * Azure DevOps' merge, squash and semi-linear merge "Merged PR 12: <title>", Gitea's (and Forgejo's)
 * merge and rebase-merge "Merge pull request '<title>' (#12) from <branch> into <target>" (its squash
 * is "<title> (#12)", as GitHub's).
 */
function pullRequestOfTitle(line) {
    const m = /^Merge pull request #(\d+) from \S/.exec(line) ??
        /^Merged PR (\d+): /.exec(line) ??
        /^Merge pull request '.*' \(#(\d+)\) from \S/.exec(line) ??
        (/^\* /.test(line) ? null : /\S.*\(#(\d+)\)\s*$/.exec(line));
    return m?.[1];
}
/**
 * The clues in commit messages. Each text is one message or several separated by blank lines
 * (`git log --format=%B`): a paragraph whose first line is a merge title starts a message, and
 * trailers that follow in the same text belong to its pull request.
 */
function mergeClues(texts) {
    const out = [];
    for (const text of texts) {
        let current;
        for (const paragraph of text.split(/\r?\n[ \t]*(?:\r?\n)+/)) {
            const pr = pullRequestOfTitle(paragraph.trimStart().split(/\r?\n/)[0]);
            if (pr)
                out.push((current = { pr }));
            const key = (0,trailers/* parseTrailers */.aw)(paragraph);
            if (!key)
                continue;
            if (current && !current.key)
                current.key = key;
            else
                out.push({ key });
        }
    }
    // The same clue twice (a commit in the payload's list and as its head commit): once.
    const seen = new Set();
    return out.filter((c) => {
        const id = JSON.stringify(c);
        return !seen.has(id) && Boolean(seen.add(id));
    });
}
/** For warnings: what the clues asked for. */
function describeClues(clues) {
    if (!clues.length)
        return 'no pull request number or Ringway trailer in them';
    return clues
        .map((c) => [
        c.pr ? `pull request ${c.pr}` : '',
        c.key
            ? `${c.key.service ?? '?'} to ${c.key.ring ?? '?'} at ${c.key.tag ?? '?'}${c.key.rollbackOf ? ` (rollback of ${c.key.rollbackOf})` : ''}`
            : '',
    ]
        .filter(Boolean)
        .join(': '))
        .join('; ');
}

// EXTERNAL MODULE: ./lib/telemetry/query.ts
var query = __webpack_require__(9534);
// EXTERNAL MODULE: ./lib/telemetry/record.ts
var telemetry_record = __webpack_require__(5297);
// EXTERNAL MODULE: ./lib/telemetry/row.ts
var telemetry_row = __webpack_require__(5062);
;// CONCATENATED MODULE: ./lib/telemetry/merge-join.ts




/** Stages recorded once the HLD pull request merged: their hld-commit-id is the forge's commit. */
const AFTER_MERGE = new Set(['pr-merged', 'manifests-generated', 'manifests-pushed']);
/**
 * The merge join. A stage after the merge names the HLD commit the forge made (a merge commit, a
 * squash, a rebased commit), which no row carries yet; the deployment(s) it brought are found from
 * the messages of the commits the build brings (Ringway trailers, the pull request number in the
 * forge's merge title), and each gets pr-merged (its HLD commit becomes the merged one, so the
 * next stages find it) and then this stage. Undefined when the stage is not such a stage, or a
 * row already carries the commit (or the pull request given): the ids find the row as usual.
 */
async function recordAcrossMerge(store, r, messages, now = new Date()) {
    const f = r.fields;
    if (!AFTER_MERGE.has(r.stage) || !f.hldCommitId)
        return undefined;
    if ((await store.findAny([{ hldCommitId: f.hldCommitId }, ...(f.pr ? [{ pr: f.pr }] : [])])).length)
        return undefined;
    const texts = await messages();
    const clues = mergeClues(texts);
    const found = await deploymentsOf(store, clues);
    if (!found.length) {
        const keys = clues.filter((c) => c.key?.ring && c.key.tag).map((c) => c.key);
        const one = keys.length === 1 ? keys[0] : undefined;
        const named = one
            ? { env: one.ring?.toLowerCase(), imageTag: one.tag, ...(one.service ? { service: one.service } : {}) }
            : {};
        return { rows: [], lookedFor: `${texts.length} commit message(s): ${describeClues(clues)}`, named };
    }
    const rows = [];
    for (const { row, pr } of found) {
        // The pull request number from the merge title fills an empty column; it never replaces one.
        const merged = {
            hldCommitId: f.hldCommitId,
            ...(pr && !row.pr ? { pr } : {}),
            ...(f.mergedBy ? { mergedBy: f.mergedBy } : {}),
            ...(f.hldRepo ? { hldRepo: f.hldRepo } : {}),
        };
        let [written] = await (0,telemetry_record/* recordStageRows */.BZ)(store, { stage: 'pr-merged', fields: merged, rowKey: row.rowKey }, now);
        if (r.stage !== 'pr-merged')
            [written] = await (0,telemetry_record/* recordStageRows */.BZ)(store, {
                ...r,
                fields: { ...f, ...(f.pr && row.pr && f.pr !== row.pr ? { pr: undefined } : {}) },
                rowKey: written.rowKey,
            }, now);
        rows.push(written);
    }
    return { rows, lookedFor: '', named: {} };
}
/**
 * The deployment each clue names, once each: trailers (service, ring, tag) find the open
 * deployment of that service and tag in that ring, newest first (a rollback's own row first); a
 * pull request number finds the open deployment whose pull request it is.
 */
async function deploymentsOf(store, clues) {
    const out = new Map();
    const byRing = new Map();
    const ring = (env) => {
        if (!byRing.has(env))
            byRing.set(env, store.find({ env }));
        return byRing.get(env);
    };
    for (const c of clues) {
        let row;
        const k = c.key;
        if (k?.ring && k.tag) {
            const tag = k.tag.toLowerCase();
            const candidates = (await ring(k.ring.toLowerCase())).filter((x) => merge_join_open(x) && sameTag(x.imageTag, tag) && (!k.service || (0,query/* matchesService */.zX)(x, k.service)));
            // A rollback's trailer names the deployment it replaced; an update's names none.
            const own = (x) => (k.rollbackOf ? x.rollbackOf === k.rollbackOf : !x.rollbackOf);
            row = [...candidates.filter(own).sort(telemetry_row/* newestFirst */.ll), ...candidates.filter((x) => !own(x)).sort(telemetry_row/* newestFirst */.ll)][0];
        }
        if (!row && c.pr)
            row = (await store.find({ pr: c.pr })).filter(merge_join_open).sort(telemetry_row/* newestFirst */.ll)[0];
        if (row && !out.has(row.rowKey))
            out.set(row.rowKey, { row, pr: c.pr });
    }
    return [...out.values()];
}
/** A deployment to a ring whose pull request has not merged yet (as far as the table knows). */
function merge_join_open(row) {
    return Boolean(row.env) && !row.prMergedAt && !row.p3 && !row.manifestCommitId;
}
/** The row's tag is this tag, or Bedrock's `<repo-service>:<tag>` form of it. */
function sameTag(rowTag, tag) {
    const t = (rowTag ?? '').toLowerCase();
    return t === tag || t.endsWith(`:${tag}`);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/fs/temp.ts
var temp = __webpack_require__(1584);
// EXTERNAL MODULE: ./lib/git/repo.ts
var repo = __webpack_require__(9941);
;// CONCATENATED MODULE: ./lib/telemetry/ancestry.ts







/**
 * The commits a manifest revision contains (itself and every ancestor), read from the manifest
 * repository named by the pipeline (never from a row or an event: the token goes only there).
 * Only commits and trees of the branches are fetched, no blobs. `undefined` when the repository
 * has no such commit on any branch.
 */
async function manifestAncestors(url, token, revision) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ringway-ancestry-'));
    const net = (0,auth/* gitAuthEnv */.Y$)(url, token);
    const local = { GIT_TERMINAL_PROMPT: '0', GIT_NO_LAZY_FETCH: '1' };
    const git = (args, network = false) => (0,exec/* exec */.m0)('git', ['-c', 'credential.helper=', ...repo/* TEMP_CLONE_CONFIG */.oV, ...args], {
        cwd: dir,
        env: network ? net : local,
        allowFailure: !network,
        label: `git ${args[0]}`,
        ...(network ? { timeout: { ms: (0,exec/* networkTimeoutMs */.mi)(), service: `git server ${(0,auth/* displayUrl */.Qy)(url)}` } } : {}),
    });
    try {
        await git(['init', '-q', '--bare', '.']);
        try {
            await git(['fetch', '-q', '--no-tags', '--filter=blob:none', '--', url, '+refs/heads/*:refs/remotes/manifests/*'], true);
        }
        catch (err) {
            throw err instanceof exec/* ExecError */.cI ? (0,repo/* classifyNetworkError */.LW)(url, err) : err;
        }
        // Walk from the branch tips rather than look `revision` up: a missing object in a partial
        // clone would be fetched lazily, without the token.
        const branches = await git(['rev-list', '--remotes=manifests']);
        const all = new Set(branches.stdout.split('\n').filter(Boolean));
        if (!all.has(revision))
            return undefined;
        const own = await git(['rev-list', revision]);
        return new Set(own.stdout.split('\n').filter(Boolean));
    }
    finally {
        await (0,temp/* removeTempDir */.C)(dir);
    }
}

// EXTERNAL MODULE: ./lib/limits.ts
var limits = __webpack_require__(8248);
;// CONCATENATED MODULE: ./lib/telemetry/operator-event.ts


const FLUX_KINDS = ['Kustomization', 'HelmRelease'];
// kustomize-controller and helm-controller reasons (fluxcd/pkg apis/meta conditions.go, helm-controller v2 reasons).
const FLUX_SUCCESS = new Set([
    'ReconciliationSucceeded',
    'Succeeded',
    'InstallSucceeded',
    'UpgradeSucceeded',
    'TestSucceeded',
]);
// Any other reason is progress only (Progressing, ProgressingWithRetry, DependencyNotReady…).
// Everything else at severity error is a failure; these are failures even at info (a rollback means the upgrade did not hold).
const FLUX_FAILED = new Set([
    'HealthCheckFailed',
    'ReconciliationFailed',
    'BuildFailed',
    'PruneFailed',
    'ArtifactFailed',
    'InstallFailed',
    'UpgradeFailed',
    'TestFailed',
    'RollbackSucceeded',
    'RemediationFailed',
]);
/** A cluster or ring name as it may be stored and shown: no spaces, quotes or control characters. */
const NAME = /^[\w.:/@-]{1,200}$/;
/** An operator event is a few kilobytes (Flux's and Argo CD's notifications); 1 MiB is ample. */
const MAX_EVENT_BYTES = 1 << 20;
/** The JSON text of an input: the value itself, or with `@path` the file's content. Errors here name
 * the event; the step adds its input. */
function readEventInput(value) {
    let text = value;
    if (value.startsWith('@')) {
        const file = value.slice(1);
        try {
            text = (0,limits/* readFileLimited */.lB)(file, MAX_EVENT_BYTES, `the event file ${file}`).toString('utf8');
        }
        catch (err) {
            if (err instanceof errors/* RingwayError */.Sy)
                throw new errors/* UsageError */.eb(err.message);
            throw new errors/* UsageError */.eb(`cannot read ${file}: ${err.code ?? 'error'}`);
        }
    }
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new errors/* UsageError */.eb(`the event is not JSON: ${err.message.split('\n')[0]}`);
    }
}
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' ? v : '');
/**
 * Unwraps a GitHub repository_dispatch: the webhook event a workflow sees (`github.event`, file
 * `$GITHUB_EVENT_PATH`: `action` + `client_payload`) or the dispatch request body (`event_type` +
 * `client_payload`). Returns the payload and the dispatch type ('' when not wrapped).
 */
function unwrapDispatch(body) {
    if ('client_payload' in body)
        return { payload: body.client_payload, type: str(body.event_type) || str(body.action) };
    return { payload: body, type: '' };
}
/**
 * The commit a Flux/Argo CD revision names: `main@sha1:<sha>` (Flux ≥ 2.0), `main/<sha>` (Flux
 * < 2.0), `sha1:<sha>`, or a bare 40-hex sha (Argo CD). A chart version or an OCI digest is not a commit.
 */
function commitOfRevision(revision) {
    const r = revision.trim();
    const m = /^(?:.*@)?sha1:([0-9a-f]{40})$/i.exec(r) ?? /^(?:[^@]*\/)?([0-9a-f]{40})$/i.exec(r);
    if (!m)
        throw new errors/* UsageError */.eb(`revision '${printable(r)}' is not a git commit (expected <branch>@sha1:<sha>, <branch>/<sha> or a 40-hex sha)`);
    return m[1].toLowerCase();
}
/** A value from an event, made safe for one log line (no newlines, no runner commands). */
function printable(s) {
    return s
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .replace(/::/g, ': :')
        .replace(/##/g, '# #')
        .slice(0, 200);
}
function operator_event_name(v, what) {
    if (v && !NAME.test(v))
        throw new errors/* UsageError */.eb(`${what} '${printable(v)}' is not a valid name`);
    return v;
}
function time(v) {
    const t = Date.parse(str(v));
    return Number.isNaN(t) ? '' : new Date(t).toISOString();
}
/** A Flux notification-controller Event (plain, or inside a repository_dispatch). */
function parseFluxEvent(body) {
    if (!isObj(body))
        throw new errors/* UsageError */.eb(`the event must be a JSON object (a Flux event)`);
    const { payload, type } = unwrapDispatch(body);
    if (!isObj(payload))
        throw new errors/* UsageError */.eb(`client_payload must be a JSON object (a Flux event)`);
    const obj = payload.involvedObject;
    if (!isObj(obj))
        throw new errors/* UsageError */.eb(`the event has no involvedObject: not a Flux notification-controller event`);
    const kind = str(obj.kind);
    if (!FLUX_KINDS.includes(kind))
        throw new errors/* UsageError */.eb(`kind '${printable(kind)}' is not a Kustomization or HelmRelease`);
    const object = printable(`${kind}/${str(obj.name)}.${str(obj.namespace)}`);
    if (type && type !== object)
        throw new errors/* UsageError */.eb(`dispatch type '${printable(type)}' does not match the event's object ${printable(object)}`);
    const meta = isObj(payload.metadata) ? payload.metadata : {};
    // Same precedence as the event's GetRevision (fluxcd/pkg): commit, then originRevision, then revision.
    const rev = str(meta.commit) || str(meta.originRevision) || str(meta.revision);
    if (!rev)
        throw new errors/* UsageError */.eb(`the event for ${printable(object)} carries no revision metadata`);
    const reason = str(payload.reason);
    const severity = str(payload.severity);
    if (!reason)
        throw new errors/* UsageError */.eb(`the event has no reason`);
    const outcome = FLUX_FAILED.has(reason) || severity === 'error' ? 'failed' : FLUX_SUCCESS.has(reason) ? 'synced' : 'progressing';
    return {
        operator: 'flux',
        object,
        outcome,
        reason: printable(reason),
        revision: commitOfRevision(rev),
        cluster: operator_event_name(str(meta.cluster), 'cluster'),
        ring: operator_event_name(str(meta.ring) || str(meta.env), 'ring').toLowerCase(),
        at: time(payload.timestamp),
    };
}
/**
 * An Argo CD notification in ringway's template (docs/operators.md): app, sync, health, operation,
 * destination. Synced + Healthy is a sync; a failed/errored operation or Degraded health a
 * failure; anything else (Progressing, OutOfSync, Running) is progress only.
 */
function parseArgoEvent(body) {
    if (!isObj(body))
        throw new errors/* UsageError */.eb(`the notification must be a JSON object (an Argo CD notification)`);
    const { payload } = unwrapDispatch(body);
    if (!isObj(payload) || !isObj(payload.app) || !isObj(payload.sync))
        throw new errors/* UsageError */.eb(`not ringway's Argo CD template (needs app.name and sync.revision; see docs/operators.md)`);
    const app = str(payload.app.name);
    if (!app)
        throw new errors/* UsageError */.eb(`app.name is empty`);
    const sync = payload.sync;
    const health = isObj(payload.health) ? str(payload.health.status) : '';
    const op = isObj(payload.operation) ? payload.operation : {};
    const phase = str(op.phase);
    const dest = isObj(payload.destination) ? payload.destination : {};
    const status = str(sync.status);
    const outcome = phase === 'Failed' || phase === 'Error' || health === 'Degraded'
        ? 'failed'
        : status === 'Synced' && health === 'Healthy' && (!phase || phase === 'Succeeded')
            ? 'synced'
            : 'progressing';
    const reason = [phase && `operation ${phase}`, status && `sync ${status}`, health && `health ${health}`]
        .filter(Boolean)
        .join(', ');
    return {
        operator: 'argocd',
        object: `argocd/${printable(app)}`,
        outcome,
        reason: printable(reason),
        revision: commitOfRevision(str(sync.revision)),
        cluster: operator_event_name(str(dest.name) || str(dest.server), 'cluster'),
        ring: operator_event_name(str(payload.ring), 'ring').toLowerCase(),
        at: time(op.finishedAt) || time(payload.time),
    };
}

// EXTERNAL MODULE: ./lib/steps/storage-inputs.ts + 2 modules
var storage_inputs = __webpack_require__(5450);
;// CONCATENATED MODULE: ./lib/telemetry/sync.ts


const lower = (s) => (s ?? '').toLowerCase();
/**
 * Applies an operator event to the deployments of the cluster's ring whose manifest commit is the
 * revision or one of its ancestors (Flux and Argo CD apply the branch head: a later revision syncs
 * every earlier one). Success keeps the earliest sync time per cluster, whatever the arrival
 * order; a failure is recorded on the revision's own deployment, and on the earlier ones this
 * cluster never synced. Progress writes nothing.
 */
async function recordSync(store, ev, ctx) {
    const exact = await store.find({ manifestCommitId: ev.revision });
    let ring = ctx.ring;
    if (!ring) {
        const rings = [...new Set(exact.map((r) => lower(r.env)).filter(Boolean))];
        if (rings.length > 1)
            throw new errors/* UsageError */.eb(`manifest commit ${ev.revision.slice(0, 7)} is recorded for rings ${rings.join(', ')}: give 'env' (the ring cluster ${ctx.cluster} runs)`);
        ring = rings[0] ?? '';
    }
    if (!ring)
        return { written: [], matched: [], ring, unknown: `manifest commit ${ev.revision} is not a recorded deployment` };
    const inRing = (await store.find({ env: ring })).filter((r) => r.manifestCommitId);
    let contained;
    if (ctx.ancestors) {
        const set = await ctx.ancestors(ev.revision);
        if (!set)
            return {
                written: [],
                matched: [],
                ring,
                unknown: `manifest commit ${ev.revision} is not on any branch of the manifest repository`,
            };
        contained = inRing.filter((r) => set.has(lower(r.manifestCommitId)));
    }
    else {
        const pushed = exact
            .map((r) => r.manifestsPushedAt ?? '')
            .filter(Boolean)
            .sort()
            .pop();
        const repos = new Set(exact.map((r) => lower(r.manifestRepo)).filter(Boolean));
        contained = inRing.filter((r) => lower(r.manifestCommitId) === ev.revision ||
            (pushed &&
                r.manifestsPushedAt &&
                r.manifestsPushedAt <= pushed &&
                (!r.manifestRepo || !repos.size || repos.has(lower(r.manifestRepo)))));
    }
    if (!contained.length)
        return {
            written: [],
            matched: [],
            ring,
            unknown: `manifest commit ${ev.revision} contains no recorded deployment to ${ring}`,
        };
    if (ev.outcome === 'progressing')
        return { written: [], matched: contained, ring };
    const at = ev.at || ctx.now.toISOString();
    const written = [];
    for (const row of contained) {
        const own = lower(row.manifestCommitId) === ev.revision;
        const done = await updateRow(store, row, (current) => {
            const map = (0,telemetry_row/* clusterSyncs */.ht)(current);
            const before = JSON.stringify(map[ctx.cluster] ?? {});
            const c = { ...(map[ctx.cluster] ?? {}) };
            if (ev.outcome === 'synced') {
                // An earlier deployment this cluster already runs needs no write for every later revision.
                if (!own && c.syncedAt && !(0,telemetry_row/* clusterFailed */.MT)(c))
                    return undefined;
                c.syncedAt = min(c.syncedAt, at);
                c.okAt = max(c.okAt, at);
            }
            else {
                // An earlier deployment this cluster already ran is not failed by a later revision.
                if (!own && c.syncedAt)
                    return undefined;
                if (!c.failedAt || at >= c.failedAt) {
                    c.failedAt = at;
                    c.reason = ev.reason;
                }
            }
            if (JSON.stringify(c) === before)
                return undefined;
            map[ctx.cluster] = c;
            return columns(current, map);
        });
        if (done)
            written.push(done);
    }
    return { written, matched: contained, ring };
}
/** The row columns that follow from the per-cluster map, merged with what manual stages wrote. */
function columns(row, map) {
    const synced = Object.entries(map).filter(([, c]) => c.syncedAt);
    const first = synced.map(([, c]) => c.syncedAt).sort()[0];
    const failed = Object.values(map)
        .map((c) => c.failedAt ?? '')
        .filter(Boolean)
        .sort()
        .pop();
    const names = new Set([
        ...(row.cluster ?? '')
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ...synced.map(([n]) => n),
    ]);
    const out = { clusters: JSON.stringify(map) };
    if (first)
        out.syncedAt = min(row.syncedAt, first);
    if (names.size)
        out.cluster = [...names].sort().join(',');
    if (failed)
        out.syncFailedAt = max(row.syncFailedAt, failed);
    return out;
}
function min(a, b) {
    return a && a < b ? a : b;
}
function max(a, b) {
    return a && a > b ? a : b;
}
/** Read-modify-write of one row under its ETag; re-read and re-applied on 412. */
async function updateRow(store, row, change) {
    let current = row;
    const rank = telemetry_row/* STAGES */.an.indexOf('cluster-synced') + 1;
    for (let attempt = 1;; attempt++) {
        const set = change(current);
        if (!set)
            return undefined;
        const r = (0,telemetry_row/* ranks */.CS)(current);
        for (const k of Object.keys(set))
            r[k] = Math.max(r[k] ?? 0, rank);
        try {
            await store.update(current, set, r);
            return { ...current, ...set };
        }
        catch (err) {
            const status = err.statusCode;
            if (status !== 412 || attempt >= 30)
                throw err;
            await new Promise((res) => setTimeout(res, Math.random() * 50 * Math.min(attempt, 6)));
            const fresh = await store.find({ rowKey: row.rowKey });
            if (!fresh[0])
                return undefined;
            current = fresh[0];
        }
    }
}

;// CONCATENATED MODULE: ./lib/steps/record-deployment.ts












const step = {
    name: 'record-deployment',
    title: 'Record deployment',
    description: "Records one stage of a deployment (image built, HLD updated, PR merged, manifests generated or pushed, cluster synced) in the Azure Table that Spektate dashboards read, in bedrock-cli's row format. Each stage finds the deployment's row by its ids and updates it with optimistic concurrency. A telemetry failure is a warning unless fail-on-error is true.",
    azureTaskId: 'e7b5c3a1-2d4f-4b6e-8c9a-1f3e5d7b9a20',
    inputs: [
        {
            name: 'stage',
            description: `Stage to record (${telemetry_row/* STAGES */.an.join(', ')}); default inferred from p1/p2/p3 as bedrock-cli does`,
        },
        { name: 'p1', description: 'Id of the build that built the image' },
        { name: 'p2', description: 'Id of the release/build that updated the HLD' },
        { name: 'p3', description: 'Id of the build that generated the manifests' },
        { name: 'image-tag', description: 'Image tag (Bedrock used <repo-service>:<tag>)' },
        { name: 'commit-id', description: 'Source commit the image was built from' },
        { name: 'service', description: 'Service name' },
        { name: 'hld-commit-id', description: 'HLD commit (the PR commit, or the merge commit once merged)' },
        { name: 'env', description: 'Ring / environment' },
        { name: 'pr', description: 'Pull request id of the HLD change' },
        { name: 'manifest-commit-id', description: 'Manifest repository commit' },
        { name: 'repository', description: 'URL of the repository of this stage (source, HLD or manifest repo)' },
        { name: 'author', description: 'Who made the change' },
        { name: 'pr-url', description: 'Web address of the pull request' },
        { name: 'merged-by', description: 'Who merged the pull request' },
        {
            name: 'cluster',
            description: 'Cluster that synced (cluster-synced stage); with an operator event, default the cluster the event names',
        },
        {
            name: 'flux-event',
            description: 'A Flux v2 notification-controller event (generic provider body, or a githubdispatch repository_dispatch event), as JSON text or @file; records cluster-synced or sync-failed for the manifest commit it names',
        },
        {
            name: 'argocd-event',
            description: "An Argo CD notification in ringway's webhook template (docs/operators.md), as JSON text or @file",
        },
        {
            name: 'token',
            description: "Token to read the manifest repository ('repository') when placing an operator event's revision in its history",
            secret: true,
        },
        {
            name: 'commit-message',
            kind: 'multiline',
            description: "Messages of the commits this build brings (several separated by blank lines, as `git log --format=%B` prints them). When 'hld-commit-id' is a commit no deployment carries yet (the forge's merge, squash or rebased commit), the deployment(s) it merged are found from their Ringway-* trailers and the pull request number in the forge's merge title. Default: GitHub, the push event's commit messages; Azure Pipelines, Build.SourceVersionMessage; both add the full message of that commit when the working directory's checkout has it",
        },
        {
            name: 'commit-time',
            description: 'When the source commit was made (ISO 8601), for lead time; image-built reads it from the GitHub event or `git log` in the working directory when not given',
        },
        ...storage_inputs/* storageInputs */.Fd,
        {
            name: 'fail-on-error',
            description: 'Fail the step when telemetry cannot be written (default: warn and go on)',
            kind: 'boolean',
            default: 'false',
        },
    ],
    outputs: [
        {
            name: 'deployment-id',
            description: 'RowKey of the deployment row; comma-separated when a sync marks several deployments',
        },
        { name: 'recorded', description: "'true' when the stage was written" },
        { name: 'state', description: 'State of the deployment after this stage' },
        { name: 'sync', description: 'With an operator event: synced, failed, progressing or unknown' },
    ],
    async run(inputs, host) {
        const event = operatorEvent(inputs);
        if (event)
            return recordEvent(event, inputs, host);
        // Bad input is an error whatever fail-on-error says; a credential is never stored.
        const repository = repositoryInput(inputs.string('repository'));
        try {
            const get = (n) => inputs.string(n);
            const lower = (n) => get(n).toLowerCase();
            const raw = {
                p1: lower('p1'),
                p2: lower('p2'),
                p3: lower('p3'),
                imageTag: get('image-tag'),
                commitId: lower('commit-id'),
                service: get('service'),
                hldCommitId: lower('hld-commit-id'),
                env: lower('env'),
                pr: lower('pr'),
                manifestCommitId: lower('manifest-commit-id'),
                author: get('author'),
                prUrl: get('pr-url'),
                mergedBy: get('merged-by'),
                cluster: get('cluster'),
            };
            const stage = (0,errors/* withInput */.zE)('stage', () => (0,telemetry_record/* stageOf */.gV)(get('stage'), raw));
            // `repository` names the repo of this stage, as in bedrock-cli.
            const repoColumn = {
                'image-built': 'sourceRepo',
                'hld-updated': 'hldRepo',
                'pr-merged': 'hldRepo',
                'manifests-generated': 'hldRepo',
                'manifests-pushed': 'manifestRepo',
                'cluster-synced': 'manifestRepo',
                'sync-failed': 'manifestRepo',
                'gate-rejected': 'hldRepo',
                rollback: 'hldRepo',
            }[stage];
            // Forge URLs are stored in lower case, as Spektate's rows hold them; a local path or file:// URL
            // names a folder, where case matters (the gate fetches from it later), so it is kept as given.
            if (repository)
                raw[repoColumn] = /^(file:|\/)/i.test(repository) ? repository : repository.toLowerCase();
            if (stage === 'image-built' || get('commit-time'))
                raw.commitTime = await (0,errors/* withInput */.zE)('commit-time', () => commitTime(get('commit-time'), raw.commitId ?? ''));
            const record = { stage, fields: raw };
            (0,telemetry_record/* checkRequired */.mp)(record);
            const store = (0,storage_inputs/* openStore */.Ch)(inputs);
            // One row, except a sync the ids name several deployments of the ring for (all are marked),
            // or a merge that brought several deployments (each is updated).
            const rows = await host.group(`Record ${stage}`, async () => {
                const hldCommit = raw.hldCommitId ?? '';
                const join = await recordAcrossMerge(store, record, async () => [
                    ...commitMessages(inputs, host),
                    ...(await checkoutMessages(process.cwd(), hldCommit)),
                ]);
                if (join?.rows.length) {
                    host.info(`HLD commit ${hldCommit} merged ${join.rows.map((r) => `${r.service || '?'} to ${r.env || '?'} at ${r.imageTag || '?'} (pull request ${r.pr || '?'}, deployment ${r.rowKey})`).join(', ')}: recorded pr-merged`);
                    return join.rows;
                }
                if (join) {
                    host.warning(`no recorded deployment carries HLD commit ${hldCommit}, and none was found in ${join.lookedFor}; recording it as a new deployment (give 'commit-message' with the merged commits' messages, or 'pr')`);
                    record.fields = { ...join.named, ...record.fields };
                }
                return (0,telemetry_record/* recordStageRows */.BZ)(store, record);
            });
            const ids = rows.map((r) => r.rowKey).join(',');
            const state = [...new Set(rows.map(telemetry_row/* stateOf */.L4))].join(',');
            host.info(`recorded ${stage} in ${rows.length > 1 ? `${rows.length} deployments ${ids}` : `deployment ${ids}`} (${state})`);
            await host.summary({
                title: `ringway record-deployment: ${stage}`,
                rows: [
                    ['deployment', 'state', 'service', 'ring', 'image tag', 'HLD commit', 'PR', 'manifest commit'],
                    ...rows.map((row) => [
                        row.rowKey,
                        (0,telemetry_row/* stateOf */.L4)(row),
                        row.service ?? '',
                        row.env ?? '',
                        row.imageTag ?? '',
                        row.hldCommitId ?? '',
                        row.pr ?? '',
                        row.manifestCommitId ?? '',
                    ]),
                ],
            });
            return { 'deployment-id': ids, recorded: 'true', state };
        }
        catch (err) {
            if (inputs.boolean('fail-on-error'))
                throw err instanceof errors/* RingwayError */.Sy ? err : new errors/* RingwayError */.Sy((0,secrets/* redact */.E$)((0,errors/* errorMessage */.gJ)(err)));
            host.warning(`deployment telemetry not recorded: ${(0,secrets/* redact */.E$)((0,errors/* errorMessage */.gJ)(err)).split('\n')[0]}`);
            return { 'deployment-id': '', recorded: 'false', state: '' };
        }
    },
};
/**
 * The 'repository' input as a row stores it: a repository URL checked like any other, so one with
 * credentials (userinfo, `?access_token=…`) is refused, naming the input, never printed or stored.
 * The user name Azure Repos writes into Build.Repository.Uri (`https://<org>@dev.azure.com/<org>/…`)
 * names the organisation, not a credential: it is dropped.
 */
function repositoryInput(value) {
    const url = value.trim().replace(/^https:\/\/([A-Za-z0-9-]+)@(dev\.azure\.com\/\1\/)/i, 'https://$2');
    return url ? (0,auth/* checkRepoUrl */.GK)(url, 'repository') : '';
}
/** The messages the join reads: the input, else what the orchestrator says the build brings. */
function commitMessages(inputs, host) {
    const given = inputs.string('commit-message');
    return given.trim() ? [given] : (host.build.commitMessages ?? []);
}
/** The operator event given, parsed; bad input is an error whatever fail-on-error says. */
function operatorEvent(inputs) {
    const flux = inputs.string('flux-event');
    const argo = inputs.string('argocd-event');
    if (!flux && !argo)
        return undefined;
    if (flux && argo)
        throw new errors/* UsageError */.eb("give one of 'flux-event' and 'argocd-event', not both");
    if (inputs.string('stage'))
        throw new errors/* UsageError */.eb("input 'stage' is taken from the operator event; leave it empty with 'flux-event' or 'argocd-event'", { input: 'stage' });
    return flux
        ? (0,errors/* withInput */.zE)('flux-event', () => parseFluxEvent(readEventInput(flux)))
        : (0,errors/* withInput */.zE)('argocd-event', () => parseArgoEvent(readEventInput(argo)));
}
/** Records what an operator event says, on every deployment its revision contains. */
async function recordEvent(ev, inputs, host) {
    const input = ev.operator === 'flux' ? 'flux-event' : 'argocd-event';
    const cluster = inputs.string('cluster') || ev.cluster;
    if (!cluster)
        throw new errors/* UsageError */.eb(`input '${input}': the event names no cluster; give 'cluster' (or set eventMetadata.cluster on the Flux Alert)`, { input });
    const repo = repositoryInput(inputs.string('repository'));
    const token = inputs.string('token') || undefined;
    const what = `${ev.object} ${ev.reason} at ${ev.revision.slice(0, 7)} on ${printable(cluster)}`;
    const none = { 'deployment-id': '', recorded: 'false', state: '' };
    try {
        const store = (0,storage_inputs/* openStore */.Ch)(inputs);
        const res = await host.group(`Record ${ev.outcome === 'synced' ? 'cluster-synced' : ev.outcome === 'failed' ? 'sync-failed' : 'progress'} from ${ev.operator}`, () => recordSync(store, ev, {
            cluster,
            ring: inputs.string('env').toLowerCase() || ev.ring,
            ancestors: repo ? (rev) => manifestAncestors(repo, token, rev) : undefined,
            now: new Date(),
        }));
        if (res.unknown) {
            host.warning(`${what}: ${res.unknown}${repo ? ` in ${(0,auth/* displayUrl */.Qy)(repo)}` : ''}; nothing recorded`);
            return { ...none, state: 'unknown', sync: 'unknown' };
        }
        const ids = res.matched.map((r) => r.rowKey).join(',');
        const latest = new Map(res.written.map((r) => [r.rowKey, r]));
        const rows = res.matched.map((r) => latest.get(r.rowKey) ?? r);
        // The state of the revision's own deployment(s); of all it contains when none is its own.
        const own = rows.filter((r) => r.manifestCommitId === ev.revision);
        const states = [...new Set((own.length ? own : rows).map(telemetry_row/* stateOf */.L4))];
        if (ev.outcome === 'progressing')
            host.info(`${what}: in progress, nothing recorded (deployments ${ids})`);
        else
            host.info(`${what}: ${ev.outcome === 'synced' ? 'cluster-synced' : 'sync-failed'} for ${res.matched.length} deployment(s) to ${res.ring} (${res.written.length} changed): ${ids}`);
        await host.summary({
            title: `ringway record-deployment: ${printable(ev.object)} ${ev.outcome} on ${printable(cluster)}`,
            rows: [
                ['deployment', 'state', 'service', 'ring', 'image tag', 'manifest commit', `${printable(cluster)}`],
                ...rows.map((r) => {
                    const c = (0,telemetry_row/* clusterSyncs */.ht)(r)[cluster];
                    return [
                        r.rowKey,
                        (0,telemetry_row/* stateOf */.L4)(r),
                        r.service ?? '',
                        r.env ?? '',
                        r.imageTag ?? '',
                        r.manifestCommitId ?? '',
                        c?.syncedAt ? `synced ${c.syncedAt}` : c?.failedAt ? `failed ${c.failedAt}` : '',
                    ];
                }),
            ],
        });
        return {
            'deployment-id': ids,
            recorded: res.written.length ? 'true' : 'false',
            state: states.join(','),
            sync: ev.outcome,
        };
    }
    catch (err) {
        if (inputs.boolean('fail-on-error'))
            throw err instanceof errors/* RingwayError */.Sy ? err : new errors/* RingwayError */.Sy((0,secrets/* redact */.E$)((0,errors/* errorMessage */.gJ)(err)));
        host.warning(`deployment telemetry not recorded: ${(0,secrets/* redact */.E$)((0,errors/* errorMessage */.gJ)(err)).split('\n')[0]}`);
        return { ...none, sync: '' };
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