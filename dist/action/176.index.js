"use strict";
exports.id = 176;
exports.ids = [176];
exports.modules = {

/***/ 8913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   Jd: () => (/* binding */ raceDelay),
/* harmony export */   vI: () => (/* binding */ shortened),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* unused harmony export shortenBackoff */
/** Every backoff wait is multiplied by this: 1 in the product (see `shortenBackoff`). */
let scale = 1;
/**
 * The wait before retry number `attempt` + 1 when another pipeline won a race: exponential
 * (base · 2^(attempt−1), at most 32 · base) with ±50 % jitter, so pipelines that collided once
 * do not collide again in step.
 */
function backoffDelay(baseMs, attempt) {
    return Math.round(baseMs * scale * 2 ** Math.min(attempt - 1, 5) * (0.5 + Math.random()));
}
/**
 * The wait before retry number `attempt` + 1 of a push that lost a race on a branch, tuned to
 * `attemptMs`, how long the losing attempt took (fetch, re-apply, push): a uniform draw over a window
 * of 2 · (attempt + 1) attempts, at most 40. Whoever pushed first moved the tip; the losers spread
 * over the next few attempt times so fewer of them try per attempt time, the rate at which the
 * branch can take pushes. The window follows the measured time (a slow server or a loaded runner
 * waits longer, a fast one does not wait for a fixed base) and grows with each loss, as the count
 * of pipelines still racing is unknown but at least the losses seen. Twice the attempt count: a lost
 * attempt costs the server a fetch and a push, about what a whole update costs, so fewer losses
 * beat shorter waits (a model of 20 pipelines on 2 cores: 24 % fewer retries, p95 4 % lower).
 */
function raceDelay(attemptMs, attempt) {
    return Math.round(attemptMs * scale * 2 * Math.min(attempt + 1, 20) * Math.random());
}
/**
 * The test seam for the waits above and for other retry waits that go through {@link shortened}
 * (the registry's, the forges' default policy's, the table SDK's): tests that race 20 pipelines in-process, or that make a
 * server fail on purpose, call it with a factor in (0, 1] so the suite does not spend its time
 * asleep. It only shortens the waits (the attempts, the jitter and every outcome stay the
 * product's); the product never calls it.
 */
function shortenBackoff(factor) {
    if (!(factor > 0 && factor <= 1))
        throw new RangeError(`shortenBackoff: factor must be in (0, 1], got ${factor}`);
    scale = factor;
}
/** A retry wait of `ms` as the product draws it, times the factor of {@link shortenBackoff} (1 in the product). */
function shortened(ms) {
    return Math.round(ms * scale);
}
function sleep(ms) {
    return new Promise((r) => setTimeout(r, ms));
}


/***/ }),

/***/ 96:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collectEdits: () => (/* binding */ collectEdits),
/* harmony export */   step: () => (/* binding */ step)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);
/* harmony import */ var _hld_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(237);
/* harmony import */ var _image_tags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7679);
/* harmony import */ var _hld_change_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8324);




/** The reviewed change's inputs (lib/steps/hld-change.ts), with update-hld's branch name. */
const change = (0,_hld_change_js__WEBPACK_IMPORTED_MODULE_3__/* .hldChangeInputs */ .Wp)({
    component: 'Dotted subcomponent path from that component (fab set --subcomponent), e.g. trivia.frontend.dev',
    prBranch: {
        description: 'Branch name template; {service} {ring} {tag} {component} {environment} {build-id}',
        default: 'DEPLOY/{service}-{ring}-{tag}',
    },
});
const step = {
    name: 'update-hld',
    title: 'Update HLD',
    description: 'Sets values (by default the image tag) in a Fabrikate HLD with `fab set` semantics, keeping the rest of the config file byte for byte, and proposes the change through a pull request (GitHub, Azure DevOps, or a local merge) or pushes it directly. Re-runs update the same pull request; a change already on the branch does nothing.',
    azureTaskId: '9d3e7b21-4c5a-4e8f-b1d6-3a2c8f7e6d54',
    inputs: [
        ...change.target,
        {
            name: 'set',
            description: 'Lines of key.path=value, or component:key.path=value for another component',
            kind: 'multiline',
        },
        { name: 'image-tag', description: 'Shorthand for set image.tag=<tag>' },
        { name: 'image-repository', description: 'Shorthand for set image.repository=<repository>' },
        {
            name: 'service',
            description: 'Service name, for the branch name and messages; default the last component segment',
        },
        {
            name: 'ring',
            description: 'Ring (environment of the deployment), for the branch name; default the environment input',
        },
        ...change.review,
        { name: 'message', description: 'Commit message and pull request title; default names the service, tag and build' },
        ...change.push,
    ],
    outputs: [
        { name: 'changed', description: "'true' when the HLD differs from the branch and a commit was made" },
        { name: 'commit', description: 'HLD commit holding the change (the merge commit for the local provider)' },
        { name: 'branch', description: 'Branch pushed to (the pull request branch, or the target in direct mode)' },
        { name: 'pull-request-number', description: 'Pull request number or id', aliases: ['pr-number'] },
        { name: 'pull-request-url', description: 'Pull request web address', aliases: ['pr-url'] },
    ],
    async run(inputs, host) {
        const component = inputs.string('component')
            ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withInput */ .zE)('component', () => (0,_hld_names_js__WEBPACK_IMPORTED_MODULE_1__/* .splitKeyPath */ .TL)(inputs.string('component')))
            : [];
        const environment = (0,_hld_change_js__WEBPACK_IMPORTED_MODULE_3__/* .checkEnvironment */ .Qz)(inputs.string('environment'));
        const imageTag = inputs.string('image-tag') && (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withInput */ .zE)('image-tag', () => (0,_image_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .checkImageTag */ .Gc)(inputs.string('image-tag')));
        const edits = collectEdits(inputs.lines('set'), component, imageTag, inputs.string('image-repository'));
        const tag = inputs.string('image-tag') ||
            edits.flatMap((e) => e.pairs).find((p) => p.keyPath.join('.') === 'image.tag')?.value ||
            '';
        const service = inputs.string('service') || component[component.length - 1] || 'hld';
        const ring = inputs.string('ring') || environment;
        const message = inputs.string('message') || defaultMessage(service, tag, edits, environment);
        // Trailers only for what the inputs name (a default service or ring may not be the deployment's).
        const body = (0,_hld_change_js__WEBPACK_IMPORTED_MODULE_3__/* .withTrailers */ .jX)((0,_hld_change_js__WEBPACK_IMPORTED_MODULE_3__/* .pullRequestBody */ .NF)(host.build, edits, environment), {
            service: inputs.string('service'),
            ring: inputs.string('ring'),
            tag,
        });
        const branchValues = { service, ring, tag, component: component.join('.'), environment };
        const settings = (0,_hld_change_js__WEBPACK_IMPORTED_MODULE_3__/* .readHldChange */ .rG)(inputs, 'update-hld', Object.keys(branchValues));
        const checkout = await (0,_hld_change_js__WEBPACK_IMPORTED_MODULE_3__/* .checkoutHld */ .df)(settings, host);
        const r = await (0,_hld_change_js__WEBPACK_IMPORTED_MODULE_3__/* .landHldChange */ .wD)(settings, checkout, { edits, message, body, branchValues }, host).finally(checkout.remove);
        return {
            changed: String(r.changed),
            commit: r.commit,
            branch: r.branch,
            'pull-request-number': r.prNumber,
            'pull-request-url': r.prUrl,
        };
    },
};
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
        (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .withInput */ .zE)('set', () => (m ? add((0,_hld_names_js__WEBPACK_IMPORTED_MODULE_1__/* .splitKeyPath */ .TL)(m[1]), (0,_hld_names_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSetArg */ .In)(m[2]), 'set') : add(component, (0,_hld_names_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSetArg */ .In)(line))));
    }
    if (imageTag)
        add(component, { keyPath: ['image', 'tag'], value: imageTag });
    if (imageRepository)
        add(component, { keyPath: ['image', 'repository'], value: imageRepository });
    if (byComponent.size === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb("nothing to set: give 'image-tag', 'image-repository' or 'set'");
    return [...byComponent.values()];
}
function defaultMessage(service, tag, edits, environment) {
    // Bedrock's wording, so history and dashboards read the same after the switch.
    if (tag)
        return `Updating ${service} image tag to ${tag}.`;
    const pairs = edits.flatMap((e) => e.pairs.map((p) => `${p.keyPath.join('.')}=${p.value}`));
    return `Updating ${service} (${environment}): ${pairs.join(', ')}`;
}


/***/ })

};
;