"use strict";
exports.id = 361;
exports.ids = [361];
exports.modules = {

/***/ 3361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cI: () => (/* binding */ ExecError),
/* harmony export */   m0: () => (/* binding */ exec),
/* harmony export */   mi: () => (/* binding */ networkTimeoutMs),
/* harmony export */   q9: () => (/* binding */ noAnswerError),
/* harmony export */   s: () => (/* binding */ setNetworkTimeout),
/* harmony export */   w$: () => (/* binding */ lastLines)
/* harmony export */ });
/* unused harmony exports SCRUBBED_ENV, childEnv */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6995);


/**
 * How long a step waits for a server that does not answer (git, forge, table service, registry),
 * retries included: 60 s unless the step's `timeout` input says otherwise.
 */
let networkBudgetMs = 60_000;
function setNetworkTimeout(ms) {
    networkBudgetMs = ms;
}
function networkTimeoutMs() {
    return networkBudgetMs;
}
/** The error for a server that did not answer in time; names the service and the input to raise. */
function noAnswerError(service, ms = networkBudgetMs) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(service)} did not answer within ${formatSeconds(ms)} (input 'timeout')`, {
        kind: 'timeout',
        input: 'timeout',
    });
}
function formatSeconds(ms) {
    return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
// Loaded at the first command, not with the bundle: a step that stops at its inputs starts none.
let modules;
function processModules() {
    modules ??= Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 1421, 23)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 6193, 23))]).then(([cp, sd]) => ({
        spawn: cp.spawn,
        StringDecoder: sd.StringDecoder,
    }));
    return modules;
}
/**
 * Runs a program without a shell and captures its output. Not @actions/exec: that one echoes the
 * full command line to stdout, which would print arguments we keep out of logs, and pulls GitHub
 * formatting into the CLI and Azure surfaces.
 */
async function exec(cmd, args, opts = {}) {
    const { spawn, StringDecoder } = await processModules();
    return new Promise((resolve, reject) => {
        const env = childEnv();
        for (const [k, v] of Object.entries(opts.env ?? {})) {
            if (v === undefined)
                delete env[k];
            else
                env[k] = v;
        }
        // With a timeout the child leads its own process group, so git's helpers die with it.
        const child = spawn(cmd, args, {
            cwd: opts.cwd,
            env,
            stdio: ['pipe', 'pipe', 'pipe'],
            detached: Boolean(opts.timeout),
        });
        let timedOut = false;
        const timer = opts.timeout
            ? setTimeout(() => {
                timedOut = true;
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    child.kill('SIGKILL');
                }
            }, opts.timeout.ms)
            : undefined;
        const out = [];
        const err = [];
        const streams = [
            lineSplitter(opts.onLine, new StringDecoder('utf8')),
            lineSplitter(opts.onLine, new StringDecoder('utf8')),
        ];
        child.stdout.on('data', (d) => (out.push(d), streams[0].push(d)));
        child.stderr.on('data', (d) => (err.push(d), streams[1].push(d)));
        child.on('error', (e) => {
            if (timer)
                clearTimeout(timer);
            if (e.code === 'ENOENT')
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${cmd} is not installed or not on PATH`));
            else
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${opts.label ?? cmd}: ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(e.message)}`));
        });
        child.on('close', (code, signal) => {
            for (const st of streams)
                st.end();
            if (timer)
                clearTimeout(timer);
            if (timedOut && opts.timeout) {
                reject(noAnswerError(`${opts.timeout.service} (${opts.label ?? cmd})`, opts.timeout.ms));
                return;
            }
            const result = {
                code: code ?? (signal ? 128 : 1),
                stdout: Buffer.concat(out).toString('utf8'),
                stderr: Buffer.concat(err).toString('utf8'),
            };
            if (result.code !== 0 && !opts.allowFailure) {
                reject(new ExecError(opts.label ?? `${cmd} ${args[0] ?? ''}`.trim(), result));
            }
            else {
                resolve(result);
            }
        });
        child.stdin.on('error', () => undefined); // child may exit before reading stdin
        child.stdin.end(opts.input ?? '');
    });
}
/**
 * Our inputs travel in the environment (GitHub and Azure `INPUT_*`, the CLI's `RINGWAY_*` fallback),
 * secrets included, and the runner adds its own credentials (`ACTIONS_RUNTIME_TOKEN`,
 * `ACTIONS_ID_TOKEN_REQUEST_TOKEN`). No child process (git, helm, builders, HLD hooks) needs them:
 * they are dropped here, the one place children are started. What a tool needs is passed through
 * `ExecOptions.env` explicitly.
 */
const SCRUBBED_ENV = /^(INPUT_|RINGWAY_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_TOKEN$)/i;
function childEnv(base = process.env) {
    const env = {};
    for (const [k, v] of Object.entries(base))
        if (!SCRUBBED_ENV.test(k))
            env[k] = v;
    return env;
}
/** A failed command; the message carries the last meaningful stderr line, redacted. */
class ExecError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy {
    label;
    result;
    constructor(label, result) {
        super(`${label} failed (exit ${result.code}): ${lastLines(result.stderr || result.stdout)}`);
        this.label = label;
        this.result = result;
        this.name = 'ExecError';
    }
}
function lastLines(text, n = 3) {
    const lines = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(text)
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    return lines.slice(-n).join(' | ') || 'no output';
}
/**
 * Cuts a byte stream into lines for `onLine`; a no-op without a callback. One decoder per stream:
 * a character whose bytes arrive in two chunks is held back until it is whole.
 */
function lineSplitter(onLine, decoder) {
    let rest = '';
    const emit = (text) => {
        const lines = (rest + text).split(/\r?\n|\r/);
        rest = lines.pop() ?? '';
        for (const l of lines)
            onLine?.(l);
    };
    return {
        push(d) {
            if (onLine)
                emit(decoder.write(d));
        },
        end() {
            if (!onLine)
                return;
            emit(decoder.end());
            if (rest)
                onLine(rest);
            rest = '';
        },
    };
}


/***/ })

};
;