"use strict";
exports.id = 462;
exports.ids = [462];
exports.modules = {

/***/ 6462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/exec.ts
var exec = __webpack_require__(3361);
// EXTERNAL MODULE: ./lib/hosts/cli.ts + 1 modules
var cli = __webpack_require__(3931);
// EXTERNAL MODULE: ./lib/hosts/run.ts + 1 modules
var hosts_run = __webpack_require__(756);
// EXTERNAL MODULE: ./lib/steps/index.ts
var steps = __webpack_require__(5754);
// EXTERNAL MODULE: ./lib/steps/names.ts
var names = __webpack_require__(270);
// EXTERNAL MODULE: ./lib/hld/set.ts + 1 modules
var set = __webpack_require__(2426);
;// CONCATENATED MODULE: ./lib/demo/pipelines.ts


const SERVICE = 'frontend';
/** The component path of the service in the HLD, the same in every starter (`fab set --subcomponent`). */
const COMPONENT = 'frontend';
const RINGS = 'dev,staging,prod';
/** One cluster per ring, as the gate's ring-clusters and the sync workflows name them. */
const RING_CLUSTERS = { dev: 'aks-dev', staging: 'aks-staging', prod: 'aks-prod' };
const ringClusters = Object.entries(RING_CLUSTERS)
    .map(([ring, cluster]) => `${ring}=${cluster}`)
    .join(',');
/**
 * build-update-hld's second job (for dev) and promote's update (for the next ring): the tag into
 * config/<ring>.yaml through a pull request (the local provider merges it), then hop 2 recorded.
 * Returns the HLD commit the merge made.
 */
async function updateHld(c, title, ring, tag) {
    const hld = await c.step(title, 'update-hld', { 'hld-repo': c.hldUrl, component: COMPONENT, environment: ring, 'image-tag': tag, service: SERVICE, ring, provider: 'local' }, { show: ['commit'] });
    // The local provider merges at once, so `commit` is the merge; a forge answers with the pull
    // request's own commit (the merge's second parent here, holding the Ringway-* trailers), and that
    // is what the starters record. manifest-generation's record then joins the merge to it.
    const prCommit = await c.git(c.hldBare, 'rev-parse', '--verify', '-q', `${hld.commit}^2`).catch(() => hld.commit);
    await c.record('', { p2: c.nextRun(), 'image-tag': tag, 'hld-commit-id': prCommit, env: ring, pr: hld['pull-request-number'], 'pr-url': hld['pull-request-url'], service: SERVICE, repository: c.hldUrl }, true);
    return hld.commit;
}
/**
 * manifest-generation, on every merge into the HLD: every ring rendered (generated/dev, …/staging,
 * …/prod), published as dev/, staging/, prod/ of the manifest repository, and hop 3 recorded.
 * Returns the manifest commit.
 */
async function manifestGeneration(c, title, hldCommit) {
    const before = await c.git(c.hldWork, 'rev-parse', 'HEAD');
    await c.git(c.hldWork, 'pull', '-q', '--ff-only');
    const gen = await c.step(title, 'generate', { hld: c.hldWork, 'fab-envs': RINGS, 'cache-dir': (0,external_node_path_.join)(c.ws, 'cache') }, { show: ['folders'] });
    const pushed = await c.step('', 'push-manifests', { source: gen.output, 'manifest-repo': c.manifestsUrl, 'source-commit': hldCommit }, { show: ['commit'] });
    // The messages of the commits this merge brings (what GitHub's push event carries): their
    // Ringway-* trailers (or a pull request number) name the deployment the merge belongs to.
    const range = `${before}..${hldCommit}`;
    const messages = await c.git(c.hldWork, 'log', '--format=%B', range, '--');
    const shown = { 'commit-message': `"$(git -C ${c.hldWork} log --format=%B ${before.slice(0, 7)}..${hldCommit.slice(0, 7)})"` };
    await c.record('', { p3: c.nextRun(), 'hld-commit-id': hldCommit, 'manifest-commit-id': pushed.commit, repository: c.manifestsUrl, 'commit-message': messages }, true, shown);
    return pushed.commit;
}
/**
 * flux-sync: the ring's cluster applied its folder at `manifestCommit`, and Flux's notification
 * (the repository_dispatch event its githubdispatch provider sends) is recorded for that ring.
 */
async function fluxSync(c, ring, manifestCommit) {
    const cluster = RING_CLUSTERS[ring];
    const event = {
        event_type: 'Kustomization/apps.flux-system',
        client_payload: {
            involvedObject: { kind: 'Kustomization', name: 'apps', namespace: 'flux-system' },
            severity: 'info',
            timestamp: new Date().toISOString(),
            message: `Reconciliation finished, next run in 1m0s`,
            reason: 'ReconciliationSucceeded',
            reportingController: 'kustomize-controller',
            metadata: { revision: `main@sha1:${manifestCommit}`, cluster },
        },
    };
    const dir = (0,external_node_path_.join)(c.ws, 'flux-events');
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, `${cluster}-${manifestCommit.slice(0, 12)}.json`);
    await (0,promises_.writeFile)(file, JSON.stringify(event, null, 2));
    await c.record('', { 'flux-event': `@${file}`, env: ring, repository: c.manifestsUrl }, true);
}
/** promote's gate: may `tag` go to `toRing`? `extra` adds conditions (health-url, …). */
function gate(c, title, tag, toRing, extra = {}) {
    return c.step(title, 'gate', { service: SERVICE, 'image-tag': tag, rings: RINGS, 'to-ring': toRing, 'ring-clusters': ringClusters, ...extra }, { show: ['decision', 'reason'], mayFail: true });
}
/** promote's (or rollback.yml's) rollback: the ring's previous good tag back into config/<ring>.yaml. */
function rollback(c, title, ring, reason) {
    return c.step(title, 'rollback', { 'hld-repo': c.hldUrl, service: SERVICE, ring, rings: RINGS, component: COMPONENT, environment: ring, provider: 'local', reason }, { show: ['from-tag', 'to-tag', 'branch', 'commit', 'deployment-id'] });
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./lib/demo/ring-service.ts

/**
 * A stand-in for the service one ring runs, on 127.0.0.1 for the demo: /healthz answers 200 with the
 * version it runs, or 503 while it runs a tag with a known bug.
 */
async function startRingService(broken) {
    let running = '';
    const server = (0,external_node_http_.createServer)((req, res) => {
        const ok = running !== broken;
        const known = req.url === '/healthz';
        res.writeHead(known ? (ok ? 200 : 503) : 404, { 'content-type': 'application/json' });
        res.end(known ? JSON.stringify({ status: ok ? 'ok' : 'failing', version: running }) : '{}');
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
    });
    return {
        url: `http://127.0.0.1:${server.address().port}/healthz`,
        runs(tag) {
            running = tag;
        },
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}

;// CONCATENATED MODULE: ./lib/demo/bad-release.ts




/**
 * After staging: `good` runs in staging; the next release has a bug. It goes through dev to staging,
 * where its health check fails; the gate rejects it for prod, `rollback` puts `good` back in staging
 * through the HLD (a reviewed commit, never a cluster edit), and the HLD pipeline renders and
 * publishes it. Every hop is the real step with the starters' inputs; only the running service is a
 * local stand-in.
 */
async function badRelease(c, good, goodStagingHld) {
    const out = {};
    const bad = `main-${c.nextRun()}`;
    const staging = await startRingService(bad);
    try {
        // manifest-generation on the merge, then flux-sync when the ring's cluster applied it.
        const publish = async (title, ring, tag, hldCommit) => {
            const manifestCommit = await manifestGeneration(c, title, hldCommit);
            await fluxSync(c, ring, manifestCommit);
            if (ring === 'staging')
                staging.runs(tag);
            return manifestCommit;
        };
        c.log(`\n━━ A bad release, caught in staging and rolled back (staging's service: ${staging.url}) ━━`);
        await publish(`Staging: manifest-generation renders every ring and publishes ${good}; Flux syncs staging`, 'staging', good, goodStagingHld);
        await c.git(c.serviceDir, 'commit', '-q', '--allow-empty', '-m', 'Tune the frontend (with a bug)');
        await c.git(c.serviceDir, 'push', '-q', c.serviceUrl, 'HEAD:main');
        const commit = await c.git(c.serviceDir, 'rev-parse', 'HEAD');
        await c.record(`The next release, ${bad}, has a bug: its /healthz answers 503 (its image build is not repeated here)`, { p1: c.nextRun(), 'image-tag': bad, 'commit-id': commit, service: SERVICE, repository: c.serviceUrl }, true);
        const devHld = await updateHld(c, `build-update-hld: ${bad} to dev`, 'dev', bad);
        await publish('manifest-generation; Flux syncs dev', 'dev', bad, devHld);
        const toStaging = await gate(c, `promote: gate ${bad} dev → staging (dev has no health check)`, bad, 'staging');
        if (toStaging.decision !== 'promote')
            throw new errors/* RingwayError */.Sy(`demo: the gate said ${toStaging.decision}: ${toStaging.reason}`);
        const stagingHld = await updateHld(c, `promote: ${bad} to staging`, 'staging', bad);
        await publish('manifest-generation; Flux syncs staging', 'staging', bad, stagingHld);
        const check = await gate(c, `promote: gate ${bad} staging → prod, probing staging's health`, bad, 'prod', { 'health-url': staging.url, 'health-timeout': '5s' });
        out['bad-tag'] = bad;
        out['gate-bad'] = check.decision;
        out['gate-bad-reason'] = check.reason;
        if (check.decision !== 'reject')
            throw new errors/* RingwayError */.Sy(`demo: the gate said ${check.decision} for ${bad}: ${check.reason}`);
        // promote.yml rolls the from-ring back on reject (never on error).
        const rb = await rollback(c, 'promote: the gate rejected, so rollback puts the previous good tag back in staging, through the HLD like any change', 'staging', `gate: ${check.reason}`);
        Object.assign(out, { 'rollback-from': rb['from-tag'], 'rollback-to': rb['to-tag'], 'rollback-commit': rb.commit, 'rollback-deployment': rb['deployment-id'] });
        const manifestCommit = await publish('manifest-generation; Flux syncs staging', 'staging', rb['to-tag'], rb.commit);
        // The proof: staging's manifest runs the good image again, and its service answers healthy.
        const manifest = await c.git((0,external_node_path_.join)(c.ws, 'remotes', 'fabrikam-manifests.git'), 'show', `${manifestCommit}:staging/frontend.yaml`);
        const image = /image: "?([^"\n]+)"?/.exec(manifest)?.[1] ?? '';
        if (image !== `${c.imageRepo}:${good}`)
            throw new errors/* RingwayError */.Sy(`demo: staging/frontend.yaml runs '${image}', not ${c.imageRepo}:${good}`);
        const health = await fetch(staging.url);
        c.log(`\n▶ staging runs ${image} again; ${staging.url} answers HTTP ${health.status} ${await health.text()}`);
        Object.assign(out, { 'staging-image': image, 'staging-health': String(health.status) });
        return out;
    }
    finally {
        await staging.close();
    }
}

;// CONCATENATED MODULE: ./lib/demo/chain.ts











const IDENTITY = { GIT_AUTHOR_NAME: 'Demo Developer', GIT_AUTHOR_EMAIL: 'dev@example.test', GIT_COMMITTER_NAME: 'Demo Developer', GIT_COMMITTER_EMAIL: 'dev@example.test' };
async function git(cwd, ...args) {
    return (await (0,exec/* exec */.m0)('git', ['-c', 'commit.gpgsign=false', ...args], { cwd, env: IDENTITY })).stdout.trim();
}
/** A bare repository seeded with the files of `from` (or empty); returns its file:// URL and seed commit. */
async function seededRepo(ws, name, from, prepare) {
    const bare = (0,external_node_path_.join)(ws, 'remotes', `${name}.git`);
    await (0,promises_.mkdir)(bare, { recursive: true });
    await git(bare, 'init', '-q', '--bare', '--initial-branch=main');
    if (!from)
        return { url: `file://${bare}`, commit: '' };
    const work = (0,external_node_path_.join)(ws, 'seed', name);
    await (0,promises_.cp)(from, work, { recursive: true });
    await prepare?.(work);
    await git(work, 'init', '-q', '--initial-branch=main');
    await git(work, 'add', '-A');
    await git(work, 'commit', '-q', '-m', `Initial ${name}`);
    await git(work, 'push', '-q', bare, 'HEAD:main');
    return { url: `file://${bare}`, commit: await git(work, 'rev-parse', 'HEAD') };
}
/**
 * The whole ringway chain on local stand-ins: a service repo, an HLD repo and a manifest repo as
 * bare git repositories, the local pull-request provider, and (when given) a registry and a
 * telemetry table. Every hop runs the real step with the inputs the starter pipeline that runs it
 * gives (./pipelines.ts), and is printed as the command line that does it.
 */
async function runDemo(o) {
    const ws = o.workspace;
    const buildId = String(Date.now() % 100000);
    const imageRepo = o.registry ? `${o.registry}/fabrikam-frontend` : 'fabrikam-frontend';
    const service = await seededRepo(ws, 'fabrikam-frontend', (0,external_node_path_.join)(o.demoRoot, 'service'));
    // Setting up the HLD repository once (workflows-examples/README.md): config/common.yaml names the
    // image every ring runs; each ring's config/<ring>.yaml holds only its tag.
    const hldUrl = (await seededRepo(ws, 'fabrikam-hld', (0,external_node_path_.join)(o.demoRoot, 'hld'), async (work) => {
        o.log(`\n▶ Set up the HLD (once): the image repository every ring shares, in config/common.yaml\n  $ ringway set --environment common --subcomponent ${COMPONENT} image.repository=${imageRepo}`);
        await (0,set.setConfig)({ componentDir: work, environment: 'common', subcomponent: [COMPONENT], pairs: [{ keyPath: ['image', 'repository'], value: imageRepo }] });
    })).url;
    const manifestsUrl = (await seededRepo(ws, 'fabrikam-manifests')).url;
    // The build metadata a CI system would provide, as the RINGWAY_BUILD_* variables hosts read.
    Object.assign(process.env, { [(0,names/* envName */.pD)('build-commit')]: service.commit, [(0,names/* envName */.pD)('build-branch')]: 'main', [(0,names/* envName */.pD)('build-id')]: buildId, [(0,names/* envName */.pD)('build-repository-url')]: service.url });
    const result = { workspace: ws };
    const step = async (title, name, values, opts = {}) => {
        const def = (0,steps/* findStep */.M)(name);
        if (!def)
            throw new Error(`no step ${name}`);
        const flags = Object.entries(values)
            .filter(([, v]) => v !== '' && v !== undefined)
            .map(([k, v]) => `--${k} ${opts.shown?.[k] ?? (/[\s"']/.test(v) ? JSON.stringify(v) : v)}`);
        o.log(`${title ? `\n▶ ${title}\n` : ''}  $ ringway ${name} ${flags.join(' ')}`);
        // With `show`, only those outputs are printed (the step's own log is quiet; warnings still show).
        const run = await (0,hosts_run/* runStep */.e)(def, new cli.CliHost({ quiet: Boolean(opts.show) }), (d) => values[d.name] || undefined);
        const outputs = run.ok ? run.outputs : (run.outputs ?? {});
        for (const [k, v] of Object.entries(outputs))
            if (k !== 'conditions' && (!opts.show || opts.show.includes(k)))
                o.log(`    ${k}=${v}`);
        if (!run.ok && !(opts.mayFail && run.outputs))
            throw new errors/* RingwayError */.Sy(`demo: ringway ${name} failed: ${run.message}`);
        return outputs;
    };
    const record = async (title, values, compact, shown) => {
        if (o.telemetry)
            await step(title, 'record-deployment', { ...values, 'fail-on-error': 'true' }, { ...(compact ? { show: ['deployment-id', 'state'] } : {}), shown });
    };
    // Each later pipeline run gets the next build id.
    let runs = Number(buildId);
    const nextRun = () => String(++runs);
    const hldWork = (0,external_node_path_.join)(ws, 'hld-checkout');
    await git(ws, 'clone', '-q', hldUrl, hldWork);
    const chain = { step, record, nextRun, git, log: o.log, ws, hldUrl, hldWork, hldBare: (0,external_node_path_.join)(ws, 'remotes', 'fabrikam-hld.git'), manifestsUrl, imageRepo, serviceDir: (0,external_node_path_.join)(ws, 'seed', 'fabrikam-frontend'), serviceUrl: service.url };
    // build-update-hld, first job: the image built once, hop 1 recorded.
    let tag = `main-${buildId}`;
    let image = {};
    if (o.registry) {
        image = await step('build-update-hld: build the service image once and push it to the registry', 'build-image', {
            image: imageRepo,
            context: (0,external_node_path_.join)(ws, 'seed', 'fabrikam-frontend'),
            builder: o.builder.builder,
            isolation: o.builder.isolation,
            'storage-driver': o.builder.storageDriver,
        });
        tag = image.tag;
        result['image-ref'] = image['image-ref'];
    }
    else {
        o.log(`\n▶ No --registry: build-image is skipped; the release uses tag ${tag}`);
    }
    result['image-tag'] = tag;
    await record('Record: image built', { p1: buildId, 'image-tag': tag, 'commit-id': service.commit, service: SERVICE, repository: service.url });
    // build-update-hld, second job: the tag into the first ring (config/dev.yaml), hop 2 recorded.
    result['hld-commit'] = await updateHld(chain, 'build-update-hld: propose the new tag to the dev ring of the HLD (config/dev.yaml); the pull request is merged', 'dev', tag);
    // manifest-generation on the merge: every ring rendered, each to its own folder; then Flux in dev.
    result['manifest-commit'] = await manifestGeneration(chain, 'manifest-generation: render every ring of the HLD (dev, staging, prod) and publish them to the manifest repository', result['hld-commit']);
    if (o.telemetry) {
        o.log('\n▶ flux-sync: the dev cluster (aks-dev) applied dev/; its Flux notification is recorded');
        await fluxSync(chain, 'dev', result['manifest-commit']);
    }
    if (o.telemetry) {
        // promote: gate, then the same tag into config/staging.yaml, recorded as build-update-hld records dev.
        const toStaging = await gate(chain, 'promote: may this tag go from dev to staging?', tag, 'staging');
        result['gate-staging'] = toStaging.decision;
        if (toStaging.decision !== 'promote')
            throw new errors/* RingwayError */.Sy(`demo: the gate said ${toStaging.decision}: ${toStaging.reason}`);
        result['staging-hld-commit'] = await updateHld(chain, 'promote: the same tag into the staging ring of the HLD (config/staging.yaml)', 'staging', tag);
        const early = await gate(chain, 'promote: staging to prod right away? Not before staging runs it', tag, 'prod');
        result['gate-prod'] = early.decision;
    }
    if (o.registry) {
        const promoted = await step('Promote the image itself: a registry retag, no rebuild', 'build-image', { image: imageRepo, 'source-image': `${imageRepo}:${tag}`, tags: `staging-${buildId}` });
        if (promoted.digest !== image.digest)
            throw new errors/* RingwayError */.Sy('demo: the retag changed the digest');
        result['promoted-tag'] = promoted.tag;
    }
    const again = await step('Run the release again: nothing changes, no commit, no branch', 'update-hld', {
        'hld-repo': hldUrl, component: COMPONENT, environment: 'dev', 'image-tag': tag, service: SERVICE, ring: 'dev', provider: 'local',
    });
    result['rerun-changed'] = again.changed;
    // The proof: the manifest the dev cluster applies carries the released image.
    const manifests = (0,external_node_path_.join)(ws, 'manifests-checkout');
    await git(ws, 'clone', '-q', manifestsUrl, manifests);
    const dev = await (0,promises_.readFile)((0,external_node_path_.join)(manifests, 'dev', 'frontend.yaml'), 'utf8');
    const deployed = /image: "?([^"\n]+)"?/.exec(dev)?.[1] ?? '';
    if (deployed !== `${imageRepo}:${tag}`)
        throw new errors/* RingwayError */.Sy(`demo: dev/frontend.yaml runs '${deployed}', not ${imageRepo}:${tag}`);
    result['dev-image'] = deployed;
    // With the records, the gate and rollback: a bad release caught in staging and rolled back.
    if (o.telemetry)
        Object.assign(result, await badRelease(chain, tag, result['staging-hld-commit']));
    return result;
}

// EXTERNAL MODULE: ./lib/steps/storage-inputs.ts
var storage_inputs = __webpack_require__(5253);
// EXTERNAL MODULE: ./lib/secrets.ts
var secrets = __webpack_require__(6995);
// EXTERNAL MODULE: ./lib/hosts/cli-args.ts
var cli_args = __webpack_require__(9728);
// EXTERNAL MODULE: ./lib/cli/commands/storage-flags.ts
var storage_flags = __webpack_require__(8373);
// EXTERNAL MODULE: ./lib/cli/commands/dashboard.ts + 2 modules
var dashboard = __webpack_require__(4908);
;// CONCATENATED MODULE: ./lib/cli/commands/demo.ts












/**
 * The demo data ships beside the CLI (the package's demo/ folder): found upward from the program
 * that runs (dist/cli/index.js, through npx's symlink too), else from the working directory (a
 * clone). Not `import.meta.url`: the CommonJS bundle would carry the build machine's path.
 */
function findDemoRoot() {
    const starts = [process.argv[1] && (0,external_node_fs_.existsSync)(process.argv[1]) ? (0,external_node_path_.dirname)((0,external_node_fs_.realpathSync)(process.argv[1])) : undefined, process.cwd()];
    for (let dir of starts) {
        for (let i = 0; dir && i < 6; i++) {
            if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'demo', 'hld', 'component.yaml')))
                return (0,external_node_path_.join)(dir, 'demo');
            dir = (0,external_node_path_.dirname)(dir);
        }
    }
    return undefined;
}
const command = {
    help: `ringway demo [--workspace <dir>] [--registry <host:port>] [--builder auto|docker|buildah|podman]
             [--isolation <mode>] [--storage-driver <driver>] [storage options]

Runs every step the way a pipeline would, on local stand-ins, and prints each hop as the ringway
command that does it: a service repository, an HLD repository (Fabrikate format) and a manifest
repository are made as bare git repositories in the workspace; the new image tag goes to the HLD
through the local pull-request provider; the HLD is rendered (helm must be on PATH) and pushed to
the manifest repository; the same command again changes nothing.

With --registry, the image of demo/service is built and pushed there, then promoted by a registry
retag. With telemetry storage (flags or RINGWAY_* variables; Azurite works), every hop is recorded,
the gate decides dev → staging (promote) and staging → prod (wait), the tag is proposed to staging,
and <workspace>/dashboard/index.html is written. Then a bad release: the next tag reaches staging,
where its health check (a stand-in service on 127.0.0.1) answers 503; the gate rejects it for prod,
rollback puts the previous tag back in staging through the HLD, and the manifests are pushed again.

Outputs (stdout): workspace, image-tag, hld-commit, manifest-commit, dev-image, and with telemetry
the gate decisions, bad-tag, gate-bad-reason, rollback-from/-to/-commit, staging-image and the
dashboard. The workspace is kept for inspection.

Storage (or RINGWAY_* variables):
${storage_flags/* storageHelp */.RO}
`,
    async run(argv) {
        const { flags, positionals } = (0,cli_args/* parseArgs */.Zy)(argv, [{ name: 'workspace' }, { name: 'registry' }, { name: 'builder' }, { name: 'isolation' }, { name: 'storage-driver' }, ...storage_flags/* storageFlagSpecs */.eA]);
        if (positionals.length)
            throw new errors/* UsageError */.eb(`ringway demo takes no arguments, got '${positionals[0]}'`);
        const demoRoot = findDemoRoot();
        if (!demoRoot)
            throw new errors/* UsageError */.eb('ringway demo: the demo data (demo/hld, demo/service) is not beside this ringway; run it from the ringway package or repository');
        const registry = flags.get('registry');
        if (registry !== undefined && !/^[\w.-]+(:\d+)?$/.test(registry))
            throw new errors/* UsageError */.eb(`option --registry must be host[:port], got '${registry}'`);
        let workspace = flags.get('workspace');
        if (workspace) {
            workspace = (0,external_node_path_.resolve)(workspace);
            await (0,promises_.mkdir)(workspace, { recursive: true });
            if ((await (0,promises_.readdir)(workspace)).length)
                throw new errors/* UsageError */.eb(`option --workspace: ${workspace} is not empty`);
        }
        else {
            workspace = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'ringway-demo-'));
        }
        // Storage flags become the RINGWAY_* variables every step reads, so no secret is printed in
        // the command lines the demo shows.
        for (const d of storage_inputs/* storageInputs */.F) {
            const v = flags.get(d.name);
            if (v === undefined)
                continue;
            if (d.secret)
                (0,secrets/* registerSecret */.cl)(v);
            process.env[(0,names/* envName */.pD)(d.name)] = v;
        }
        const telemetry = Boolean(process.env[(0,names/* envName */.pD)('table-name')] && process.env[(0,names/* envName */.pD)('partition-key')] && (process.env[(0,names/* envName */.pD)('connection-string')] || process.env[(0,names/* envName */.pD)('account-name')]));
        const log = (line) => process.stderr.write(`${line}\n`);
        log(`ringway demo: workspace ${workspace}${telemetry ? '' : ' (no telemetry storage: record-deployment, gate and dashboard are skipped)'}`);
        const result = await runDemo({
            demoRoot,
            workspace,
            registry,
            builder: { builder: flags.get('builder') ?? 'auto', isolation: flags.get('isolation') ?? '', storageDriver: flags.get('storage-driver') ?? '' },
            telemetry,
            log,
        });
        if (telemetry) {
            const { file, count } = await (0,dashboard.writeDashboard)((0,storage_flags/* openStore */.Ch)(new Map()), (0,external_node_path_.join)(workspace, 'dashboard'), 'Fabrikam deployments (ringway demo)');
            log(`\n▶ Dashboard: ${file} (${count} deployments)`);
            result.dashboard = file;
        }
        log('\n✓ demo complete: the manifest Flux would apply runs the released image');
        for (const [k, v] of Object.entries(result))
            process.stdout.write(`${k}=${v}\n`);
        return 0;
    },
};


/***/ }),

/***/ 2990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ buildMetadataFlags),
/* harmony export */   S: () => (/* binding */ stepHelp)
/* harmony export */ });
/* harmony import */ var _steps_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(270);
/* harmony import */ var _cli_args_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9728);


/** CLI flags for build metadata; each sets the RINGWAY_BUILD_* variable of the same name. */
const buildMetadataFlags = [
    ['build-commit', 'Source commit SHA of this build'],
    ['build-branch', 'Source branch of this build'],
    ['build-id', 'Unique id of this build'],
    ['build-number', 'Human build number'],
    ['build-url', 'Link to this build'],
    ['build-repository', 'Source repository name'],
    ['build-repository-url', 'Source repository URL'],
    ['build-commit-message', 'Commit message of the source commit'],
    ['build-actor', 'Who triggered the build'],
].map(([name, description]) => ({ name, description, env: (0,_steps_names_js__WEBPACK_IMPORTED_MODULE_1__/* .envName */ .pD)(name) }));
/** `ringway <step> --help`, generated from the step definition (the same source as action.yml and task.json). */
function stepHelp(step) {
    const out = [];
    out.push(`ringway ${step.name}: ${step.title}`, '', (0,_cli_args_js__WEBPACK_IMPORTED_MODULE_0__/* .wrap */ .LV)(step.description, 100, 0), '', 'Usage:', `  ringway ${step.name} [options]${step.positional ? ` [${step.positional.usage}…]` : ''}`, '', 'Inputs:');
    for (const d of step.inputs) {
        const flag = d.kind === 'boolean' ? `--${d.name}` : `--${d.name} <${d.kind === 'list' || d.kind === 'multiline' ? 'value…' : 'value'}>`;
        const notes = [
            d.required ? 'required' : '',
            d.default !== undefined ? `default: ${JSON.stringify(d.default)}` : '',
            d.options ? `one of: ${d.options.join(', ')}` : '',
            d.secret ? 'secret' : '',
            d.kind === 'list' || d.kind === 'multiline' ? 'repeatable' : '',
            d.aliases?.length ? `formerly ${d.aliases.map((a) => `--${a}`).join(', ')}` : '',
        ].filter(Boolean);
        const desc = `${d.description}${notes.length ? ` (${notes.join('; ')})` : ''}. Env ${(0,_steps_names_js__WEBPACK_IMPORTED_MODULE_1__/* .envName */ .pD)(d.name)}; Azure input ${(0,_steps_names_js__WEBPACK_IMPORTED_MODULE_1__/* .camelCase */ .xQ)(d.name)}.`;
        out.push(`  ${flag}`, `      ${(0,_cli_args_js__WEBPACK_IMPORTED_MODULE_0__/* .wrap */ .LV)(desc, 100, 6)}`);
    }
    out.push('', 'Outputs (printed as name=value, or one JSON object with --json):');
    for (const o of step.outputs)
        out.push(`  ${o.name.padEnd(16)} ${o.description}${o.aliases?.length ? ` (also as ${o.aliases.join(', ')}, deprecated)` : ''}`);
    out.push('', 'Build metadata (read from GitHub/Azure variables when run there):');
    for (const f of buildMetadataFlags)
        out.push(`  --${f.name} <value>`.padEnd(34) + `${f.description} (env ${f.env})`);
    out.push('', 'Common options:', '  --json                          Print outputs as one JSON object', '  --verbose                       Show debug lines', '  --help                          Show this help', '', 'Exit codes: 0 success, 1 failure, 2 bad usage.');
    return out.join('\n') + '\n';
}


/***/ }),

/***/ 3931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CliHost: () => (/* binding */ CliHost),
  runStepCli: () => (/* binding */ runStepCli)
});

// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/secrets.ts
var secrets = __webpack_require__(6995);
// EXTERNAL MODULE: ./lib/steps/names.ts
var names = __webpack_require__(270);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./lib/hosts/build-metadata.ts

function readBuildMetadata(env = process.env) {
    const e = (k) => env[k] ?? '';
    if (e('GITHUB_ACTIONS') === 'true') {
        let pushed;
        const server = e('GITHUB_SERVER_URL') || 'https://github.com';
        const repo = e('GITHUB_REPOSITORY');
        return {
            orchestrator: 'github',
            commit: e('GITHUB_SHA'),
            branch: e('GITHUB_HEAD_REF') || e('GITHUB_REF_NAME'),
            buildId: e('GITHUB_RUN_ID'),
            buildNumber: e('GITHUB_RUN_NUMBER'),
            runAttempt: e('GITHUB_RUN_ATTEMPT') || '1',
            buildUrl: repo && e('GITHUB_RUN_ID') ? `${server}/${repo}/actions/runs/${e('GITHUB_RUN_ID')}` : '',
            repository: repo,
            repositoryUrl: repo ? `${server}/${repo}` : '',
            pipeline: e('GITHUB_WORKFLOW'),
            actor: e('GITHUB_ACTOR'),
            commitMessage: e('RINGWAY_BUILD_COMMIT_MESSAGE'),
            get commitMessages() {
                return (pushed ??= pushedMessages(e('GITHUB_EVENT_PATH')));
            },
        };
    }
    if (e('TF_BUILD').toLowerCase() === 'true') {
        const collection = e('SYSTEM_COLLECTIONURI') || e('SYSTEM_TEAMFOUNDATIONCOLLECTIONURI');
        const project = e('SYSTEM_TEAMPROJECT');
        const buildId = e('BUILD_BUILDID');
        const branch = e('SYSTEM_PULLREQUEST_SOURCEBRANCH') || e('BUILD_SOURCEBRANCH');
        return {
            orchestrator: 'azure',
            commit: e('BUILD_SOURCEVERSION'),
            branch: branch.replace(/^refs\/heads\//, '') || e('BUILD_SOURCEBRANCHNAME'),
            buildId,
            buildNumber: e('BUILD_BUILDNUMBER'),
            runAttempt: e('SYSTEM_JOBATTEMPT') || '1',
            buildUrl: collection && project && buildId
                ? `${collection.replace(/\/$/, '')}/${encodeURIComponent(project)}/_build/results?buildId=${buildId}`
                : '',
            repository: e('BUILD_REPOSITORY_NAME'),
            repositoryUrl: e('BUILD_REPOSITORY_URI'),
            pipeline: e('BUILD_DEFINITIONNAME'),
            actor: e('BUILD_REQUESTEDFOR'),
            commitMessage: e('BUILD_SOURCEVERSIONMESSAGE'),
            // Azure gives the first line (at most 200 characters) only.
            commitMessages: e('BUILD_SOURCEVERSIONMESSAGE') ? [e('BUILD_SOURCEVERSIONMESSAGE')] : [],
        };
    }
    return {
        orchestrator: 'other',
        commit: e('RINGWAY_BUILD_COMMIT'),
        branch: e('RINGWAY_BUILD_BRANCH'),
        buildId: e('RINGWAY_BUILD_ID'),
        buildNumber: e('RINGWAY_BUILD_NUMBER') || e('RINGWAY_BUILD_ID'),
        runAttempt: e('RINGWAY_BUILD_RUN_ATTEMPT') || '1',
        buildUrl: e('RINGWAY_BUILD_URL'),
        repository: e('RINGWAY_BUILD_REPOSITORY'),
        repositoryUrl: e('RINGWAY_BUILD_REPOSITORY_URL'),
        pipeline: e('RINGWAY_BUILD_PIPELINE'),
        actor: e('RINGWAY_BUILD_ACTOR') || e('USER'),
        commitMessage: e('RINGWAY_BUILD_COMMIT_MESSAGE'),
        commitMessages: [],
    };
}
/**
 * The full messages of the commits a GitHub push event brought (`commits[].message`, oldest first,
 * then `head_commit.message`), once each; none for other events or an unreadable file.
 */
function pushedMessages(path) {
    if (!path)
        return [];
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        const all = [...(Array.isArray(event.commits) ? event.commits : []).map((c) => c?.message), event.head_commit?.message];
        return [...new Set(all.filter((m) => typeof m === 'string' && m.trim() !== ''))];
    }
    catch {
        return [];
    }
}

// EXTERNAL MODULE: ./lib/hosts/cli-args.ts
var cli_args = __webpack_require__(9728);
// EXTERNAL MODULE: ./lib/hosts/cli-help.ts
var cli_help = __webpack_require__(2990);
// EXTERNAL MODULE: ./lib/hosts/neutralise.ts
var neutralise = __webpack_require__(2014);
// EXTERNAL MODULE: ./lib/hosts/run.ts + 1 modules
var run = __webpack_require__(756);
// EXTERNAL MODULE: ./lib/text-table.ts
var text_table = __webpack_require__(5286);
;// CONCATENATED MODULE: ./lib/hosts/cli.ts









/**
 * The terminal: logs and summaries go to stderr so that stdout carries only the outputs
 * (`name=value` lines, or one JSON object with --json) for scripts to read.
 */
class CliHost {
    opts;
    kind = 'cli';
    build = readBuildMetadata();
    depth = 0;
    constructor(opts = {}) {
        this.opts = opts;
    }
    write(line) {
        process.stderr.write(`${'  '.repeat(this.depth)}${(0,neutralise/* safeText */.Hk)(line)}\n`);
    }
    info(message) {
        if (!this.opts.quiet)
            this.write(message);
    }
    warning(message) {
        this.write(`warning: ${message}`);
    }
    debug(message) {
        if (this.opts.verbose || process.env.RUNNER_DEBUG === '1')
            this.write(`debug: ${message}`);
    }
    async group(name, fn) {
        this.info(`▸ ${name}`);
        this.depth++;
        try {
            return await fn();
        }
        finally {
            this.depth--;
        }
    }
    setSecret(value) {
        (0,secrets/* registerSecret */.cl)(value);
    }
    async summary(table) {
        if (this.opts.quiet)
            return;
        process.stderr.write((0,neutralise/* safeText */.Hk)(`\n${table.title}\n${(0,text_table/* textTable */.e)(table.rows)}\n${(table.notes ?? []).join('\n')}\n`));
    }
}
/** Runs one step from the command line; returns the exit code. */
async function runStepCli(step, argv) {
    const specs = [
        ...(0,cli_args/* flagSpecsFor */.Mv)(step.inputs),
        ...cli_help/* buildMetadataFlags */.R.map((f) => ({ name: f.name })),
        { name: 'json', boolean: true },
        { name: 'verbose', boolean: true },
        { name: 'quiet', boolean: true },
        { name: 'help', boolean: true },
    ];
    // `ringway generate --validate prod east`: a word after a boolean flag is a positional there.
    const { flags, positionals } = (0,cli_args/* parseArgs */.Zy)(argv, specs, { positionals: !!step.positional });
    if (flags.get('help') === 'true') {
        process.stdout.write((0,cli_help/* stepHelp */.S)(step));
        return 0;
    }
    if (positionals.length) {
        const target = step.positional?.input;
        if (!target)
            throw new errors/* UsageError */.eb(`ringway ${step.name} takes no positional arguments, got '${positionals[0]}'`);
        if (flags.has(target))
            throw new errors/* UsageError */.eb(`give ${step.positional?.usage ?? target} as arguments or with --${target}, not both`);
        flags.set(target, positionals.join('\n'));
    }
    // Build metadata flags feed the same variables a non-GitHub/Azure orchestrator would set.
    for (const f of cli_help/* buildMetadataFlags */.R) {
        const v = flags.get(f.name);
        if (v !== undefined)
            process.env[f.env] = v;
    }
    const host = new CliHost({ verbose: flags.get('verbose') === 'true', quiet: flags.get('quiet') === 'true' });
    // A flag's value is in the process list (`ps`) for every user of the machine: say so, once.
    const secretFlags = step.inputs.filter((d) => d.secret && flags.get(d.name)).map((d) => `--${d.name}`);
    if (secretFlags.length) {
        host.warning(`${secretFlags.join(', ')} on the command line can be read by other users of this machine (ps); set ${secretFlags.map((f) => (0,names/* envName */.pD)(f.slice(2))).join(', ')} in the environment instead`);
    }
    const result = await (0,run/* runStep */.e)(step, host, (def) => flags.get(def.name));
    // Outputs are printed on failure too when the step has them (a gate's decision=reject).
    const { outputs } = result;
    if (outputs) {
        if (flags.get('json') === 'true')
            process.stdout.write((0,neutralise/* neutraliseJson */.rb)(JSON.stringify(outputs)) + '\n');
        else
            for (const [k, v] of Object.entries(outputs))
                process.stdout.write(`${k}=${v}\n`);
    }
    if (!result.ok) {
        process.stderr.write(`error: ${result.message}\n`);
        return result.usage ? 2 : 1;
    }
    return 0;
}


/***/ }),

/***/ 756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ runStep)
});

// UNUSED EXPORTS: markdownTable

// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/exec.ts
var exec = __webpack_require__(3361);
// EXTERNAL MODULE: ./lib/duration.ts
var duration = __webpack_require__(5952);
// EXTERNAL MODULE: ./lib/secrets.ts
var secrets = __webpack_require__(6995);
// EXTERNAL MODULE: ./lib/steps/names.ts
var names = __webpack_require__(270);
;// CONCATENATED MODULE: ./lib/steps/inputs.ts



const MAX_VALUE = 64 * 1024;
const MAX_MULTILINE = 1024 * 1024;
const TRUE = new Set(['true', 'yes', 'y', 'on', '1']);
const FALSE = new Set(['false', 'no', 'n', 'off', '0']);
/**
 * Resolved, validated input values of one step run. Getters are typed by kind; asking for an
 * input the step does not declare is a programming error and throws.
 */
class Inputs {
    defs;
    values;
    deprecations;
    constructor(defs, values, 
    /** One warning per former input name used in this run. */
    deprecations = []) {
        this.defs = defs;
        this.values = values;
        this.deprecations = deprecations;
    }
    static resolve(step, source, env = process.env) {
        const defs = new Map(step.inputs.map((d) => [d.name, d]));
        const values = new Map();
        const deprecations = [];
        for (const def of step.inputs) {
            let raw = source(def);
            // '' given explicitly is a value only for inputs where empty means something (keep: '').
            // Whitespace only is blank: a required input given as '  ' fails as missing, by name.
            const given = (v) => v !== undefined && (v.trim() !== '' || (v === '' && Boolean(def.allowEmpty)));
            // A former name counts when the input itself is absent or only carries its default (GitHub
            // fills in action.yml defaults, so "absent" there looks like the default).
            if (!given(raw) || raw === def.default) {
                for (const alias of def.aliases ?? []) {
                    const v = source({ ...def, name: alias }) ?? env[(0,names/* envName */.pD)(alias)];
                    if (v === undefined || v === '')
                        continue;
                    raw = v;
                    deprecations.push(`input '${alias}' is deprecated: use '${def.name}'`);
                    break;
                }
            }
            if (!given(raw))
                raw = env[(0,names/* envName */.pD)(def.name)];
            if (!given(raw))
                raw = def.default;
            if (raw === '' && def.allowEmpty) {
                values.set(def.name, '');
                continue;
            }
            if (raw === undefined || raw === '') {
                if (def.required)
                    throw new errors/* UsageError */.eb(`input '${def.name}' is required`);
                continue;
            }
            if (def.secret)
                (0,secrets/* registerSecret */.cl)(raw.trim());
            const kind = def.kind ?? 'string';
            // Values reach commands and URLs: far past any real value, refuse before the OS does (E2BIG).
            const limit = kind === 'multiline' ? MAX_MULTILINE : MAX_VALUE;
            if (raw.length > limit)
                throw new errors/* UsageError */.eb(`input '${def.name}' is ${raw.length} characters long; at most ${limit} are accepted`);
            if (kind === 'boolean') {
                const v = raw.trim().toLowerCase();
                if (!TRUE.has(v) && !FALSE.has(v)) {
                    throw new errors/* UsageError */.eb(`input '${def.name}' must be true or false, got '${raw}'`);
                }
            }
            if (def.options && !def.options.includes(raw.trim())) {
                throw new errors/* UsageError */.eb(`input '${def.name}' must be one of ${def.options.join(', ')}, got '${raw.trim()}'`);
            }
            values.set(def.name, kind === 'multiline' ? raw : raw.trim());
        }
        return new Inputs(defs, values, deprecations);
    }
    /** For tests and for steps calling steps: values given directly. */
    static of(step, values) {
        return Inputs.resolve(step, (def) => {
            const v = values[def.name];
            return v === undefined ? undefined : String(v);
        }, {});
    }
    def(name) {
        const d = this.defs.get(name);
        if (!d)
            throw new Error(`step has no input '${name}'`);
        return d;
    }
    has(name) {
        this.def(name);
        return this.values.has(name);
    }
    /** The value, or '' when not given and without default. */
    string(name) {
        this.def(name);
        return this.values.get(name) ?? '';
    }
    /** The value, or throws a usage error naming the input when it is empty. */
    require(name) {
        const v = this.string(name);
        if (!v)
            throw new errors/* UsageError */.eb(`input '${name}' is required`);
        return v;
    }
    boolean(name) {
        this.def(name);
        const v = this.values.get(name);
        return v !== undefined && TRUE.has(v.toLowerCase());
    }
    /** Comma- or newline-separated values, trimmed, empties dropped. */
    list(name) {
        return splitList(this.string(name));
    }
    /** Non-empty lines, trimmed; commas are kept (values like `a=1,2`). */
    lines(name) {
        return this.string(name)
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter(Boolean);
    }
    integer(name, min = 0) {
        const v = this.string(name);
        if (v === '')
            return NaN;
        if (!/^\d+$/.test(v) || Number(v) < min) {
            throw new errors/* UsageError */.eb(`input '${name}' must be an integer ≥ ${min}, got '${v}'`);
        }
        return Number(v);
    }
}
function splitList(value) {
    return value
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
}

// EXTERNAL MODULE: ./lib/hosts/neutralise.ts
var neutralise = __webpack_require__(2014);
;// CONCATENATED MODULE: ./lib/hosts/run.ts





/**
 * The one place a step is executed, whatever the surface: resolve and validate inputs, run,
 * check that it returned the outputs it declares. Errors become one redacted line.
 */
async function runStep(step, host, source) {
    try {
        const inputs = Inputs.resolve(step, source);
        if (step.inputs.some((d) => d.name === 'timeout')) {
            const ms = (0,duration/* parseDuration */.E9)(inputs.string('timeout'), 'timeout');
            if (!ms)
                throw new errors/* UsageError */.eb("input 'timeout' must be a duration above zero, e.g. 60s or 2m");
            (0,exec/* setNetworkTimeout */.s)(ms);
        }
        for (const def of step.inputs)
            if (def.secret && inputs.has(def.name))
                host.setSecret(inputs.string(def.name));
        for (const w of inputs.deprecations)
            host.warning(w);
        const outputs = await step.run(inputs, host);
        for (const name of Object.keys(outputs)) {
            if (!step.outputs.some((o) => o.name === name))
                throw new Error(`step ${step.name} returned undeclared output '${name}'`);
        }
        return { ok: true, outputs: withOutputAliases(step, outputs) };
    }
    catch (err) {
        const message = (0,neutralise/* safeText */.Hk)(err instanceof errors/* RingwayError */.Sy ? err.message : `${step.name}: ${(0,errors/* errorMessage */.gJ)(err)}`);
        if (!(err instanceof errors/* RingwayError */.Sy) && err instanceof Error && err.stack)
            host.debug(err.stack);
        const outputs = err instanceof errors/* StepFailure */.pH ? withOutputAliases(step, err.outputs) : undefined;
        return { ok: false, message: firstLine(message), usage: err instanceof errors/* UsageError */.eb, ...(outputs ? { outputs } : {}) };
    }
}
/** Former output names carry the same value, so pipelines reading them keep working. */
function withOutputAliases(step, outputs) {
    const all = { ...outputs };
    for (const o of step.outputs)
        for (const a of o.aliases ?? [])
            if (o.name in outputs)
                all[a] = outputs[o.name];
    return all;
}
function firstLine(s) {
    const line = s.split('\n').find((l) => l.trim()) ?? s;
    return line.trim();
}
/** A markdown table for GitHub's job summary and Azure's uploaded summary. */
function markdownTable(rows) {
    if (rows.length === 0)
        return '';
    const esc = (c) => c.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    const [head, ...body] = rows;
    return [
        `| ${head.map(esc).join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...body.map((r) => `| ${r.map(esc).join(' | ')} |`),
    ].join('\n');
}


/***/ })

};
;