"use strict";
exports.id = 667;
exports.ids = [667];
exports.modules = {

/***/ 2667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _H: () => (/* binding */ gitInputs),
/* harmony export */   sR: () => (/* binding */ timeoutInput)
/* harmony export */ });
/* unused harmony export JOB_TOKEN_INPUT */
/** How long a step waits for a server that does not answer; hosts apply it before the step runs. */
const timeoutInput = {
    name: 'timeout',
    description: 'How long to wait for a server (git, forge API, table service, registry) that does not answer, retries included, e.g. 60s, 2m',
    default: '60s',
};
/**
 * GitHub Action input carrying the job's own token (default `github.token`) for `jobToken` inputs
 * left empty; kept apart from `token` so the job token is sent only to the job's own server.
 */
const JOB_TOKEN_INPUT = 'job-token';
/** Inputs that every step talking to git accepts (SPEC: token, git-user-name, git-user-email, dry-run). */
const gitInputs = [
    { name: 'token', description: "Token for the git server, sent only as an HTTP Authorization header; default the job's own token", secret: true, jobToken: true },
    { name: 'git-user-name', description: 'Author name of commits made by this step', default: 'ringway-bot' },
    { name: 'git-user-email', description: 'Author email of commits made by this step', default: 'ringway-bot@users.noreply.github.com' },
    { name: 'dry-run', description: 'Do everything except push, open pull requests or write remote state', kind: 'boolean', default: 'false' },
    timeoutInput,
];


/***/ })

};
;