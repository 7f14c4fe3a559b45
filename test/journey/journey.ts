// The journey: the GitHub starters, copied unchanged into a service, an HLD and a manifest
// repository, run by nektos/act against local stand-ins (test/journey/README.md), from a service
// push to a rollback, then `ringway deployments` checked row by row. `npm run journey`.
// RINGWAY_JOURNEY_SOURCE=<checkout> takes the starters and demo files from another checkout.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runAct, repoRoot, type ActRun } from './act.js';
import { checkDeployments, deploymentTable, listDeployments, type ExpectedDeployment } from './deployments.js';
import { dispatchEvent, pushEvent, repositoryDispatchEvent } from './events.js';
import { mergePullRequest, type MergeMethod, type PullRequest } from './merge.js';
import { pushServiceChange, seedRepos } from './seed.js';
import { journeyPath } from './tools.js';
import { REPOS, startWorld, type World } from './world.js';

const source = process.env.RINGWAY_JOURNEY_SOURCE ?? repoRoot;
const started = Date.now();
const timings: [string, number][] = [];
let seq = 0;
const runNumbers = new Map<string, number>();

function log(line: string): void {
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}`);
}

/** Runs a workflow under act; a run whose outcome is not `expect` ends the journey with its log. */
async function act(
  world: World,
  title: string,
  run: Omit<ActRun, 'seq' | 'runNumber'>,
  expect: 'success' | 'failure' = 'success',
) {
  const workflow = `${run.repo}/${run.workflow}`;
  runNumbers.set(workflow, (runNumbers.get(workflow) ?? 0) + 1);
  const r = await runAct(world, { ...run, seq: ++seq, runNumber: runNumbers.get(workflow) ?? 1 });
  timings.push([title, r.seconds]);
  log(`${title}: ${r.ok ? 'succeeded' : 'failed'} in ${r.seconds.toFixed(1)}s`);
  if (r.ok !== (expect === 'success')) {
    console.log(r.log.split('\n').slice(-80).join('\n'));
    throw new Error(
      `${title}: expected the run to ${expect === 'success' ? 'succeed' : 'fail'} (act exited ${r.code}); log above`,
    );
  }
  return r;
}

/** The open pull request on the HLD that the last run opened. */
async function openPullRequest(world: World): Promise<PullRequest> {
  const open = (await world.pullRequests()).filter((p) => (p.state ?? 'open') === 'open');
  if (open.length !== 1) throw new Error(`expected one open pull request on the HLD, found ${open.length}`);
  return open[0];
}

/** Merges the HLD pull request by `method` and runs manifest-generation on the push it makes. */
async function mergeAndGenerate(world: World, method: MergeMethod, what: string) {
  const pr = await openPullRequest(world);
  const merged = await mergePullRequest(world, REPOS.hld, pr, method);
  log(`merged HLD pull request #${pr.number} (${method}) as ${merged.after.slice(0, 12)}`);
  await act(world, `manifest-generation after ${what} (${method})`, {
    repo: REPOS.hld,
    workflow: 'manifest-generation.yml',
    event: 'push',
    payload: merged.event,
  });
  return {
    pr,
    hldCommit: merged.after,
    manifestCommit: world.gitIn(world.bare(REPOS.manifests), ['rev-parse', 'main']),
  };
}

/** Flux in `ring`'s cluster applied the manifest repository's tip: its githubdispatch event. */
async function fluxSynced(world: World, ring: string) {
  const sha = world.gitIn(world.bare(REPOS.manifests), ['rev-parse', 'main']);
  const event = {
    involvedObject: {
      kind: 'Kustomization',
      namespace: 'flux-system',
      name: 'apps',
      uid: '5e1c0a1e-0000-4000-8000-000000000001',
      apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
      resourceVersion: '4711',
    },
    severity: 'info',
    timestamp: new Date(world.now()).toISOString().replace(/\.\d+Z$/, 'Z'),
    message: 'Reconciliation finished in 1.4s, next run in 10m0s',
    reason: 'ReconciliationSucceeded',
    metadata: { revision: `main@sha1:${sha}`, cluster: `aks-${ring}` },
    reportingController: 'kustomize-controller',
    reportingInstance: 'kustomize-controller-7f5d8b9c4-x2x9p',
  };
  await act(world, `flux-sync ${ring}`, {
    repo: REPOS.manifests,
    workflow: 'flux-sync.yml',
    event: 'repository_dispatch',
    payload: repositoryDispatchEvent(REPOS.manifests, 'Kustomization/apps.flux-system', event),
  });
}

/** build-update-hld on a service push; returns the image tag it built. */
async function release(world: World, push: { before: string; after: string }, what: string): Promise<string> {
  const r = await act(world, `build-update-hld for ${what}`, {
    repo: REPOS.service,
    workflow: 'build-update-hld.yml',
    event: 'push',
    payload: pushEvent(world, REPOS.service, 'main', push.before, push.after),
  });
  const tag = /::set-output:: tag=(\S+)/.exec(r.log)?.[1];
  if (!tag) throw new Error(`build-update-hld for ${what}: no tag output in its log`);
  return tag;
}

/** promote.yml by hand (workflow_dispatch), as its inputs are offered. */
async function promote(world: World, tag: string, toRing: string, expect: 'success' | 'failure' = 'success') {
  return act(
    world,
    `promote ${tag} to ${toRing}`,
    {
      repo: REPOS.hld,
      workflow: 'promote.yml',
      event: 'workflow_dispatch',
      payload: dispatchEvent(REPOS.hld, { 'image-tag': tag, 'to-ring': toRing }),
    },
    expect,
  );
}

/** What the gate decided in a promote run (its `decision` output). */
function decisionOf(log: string): string {
  return /::set-output:: decision=(\S+)/.exec(log)?.[1] ?? '(none)';
}

function expectDecision(log: string, want: string, what: string): void {
  const got = decisionOf(log);
  if (got !== want) throw new Error(`${what}: the gate decided ${got}, expected ${want}`);
  log_(`${what}: gate decided ${got}`);
}
const log_ = (l: string) => log(l);

/** The metrics CSV's row for each ring of frontend holds these values. */
function checkMetrics(csv: string, want: Record<string, Record<string, string>>): void {
  const [head, ...lines] = csv
    .trim()
    .split('\n')
    .map((l) => l.split(','));
  const rows = lines.map((l) => Object.fromEntries(head.map((h, i) => [h, l[i]])));
  for (const [ring, values] of Object.entries(want)) {
    const row = rows.find((r) => r.service === 'frontend' && r.ring === ring);
    for (const [k, v] of Object.entries(values)) {
      if (row?.[k] !== v)
        throw new Error(`dora-metrics: ${ring} ${k} is ${row?.[k] ?? '(no row)'}, expected ${v}\n${csv}`);
    }
  }
}

const e2e = (conclusion: 'success' | 'failure') => [{ name: 'e2e', status: 'completed', conclusion }];
const MINUTE = 60_000;

const world = await startWorld({ path: journeyPath() });
let ok = false;
try {
  log(`world in ${world.dir}`);
  seedRepos(world, source);
  const first = { before: '0'.repeat(40), after: world.gitIn(world.bare(REPOS.service), ['rev-parse', 'main']) };
  const expected: ExpectedDeployment[] = [];
  const expect = (
    ring: string,
    imageTag: string,
    state: string,
    commitId: string,
    hop: { pr: PullRequest; hldCommit: string; manifestCommit: string },
    rollback: 'yes' | 'no' = 'no',
  ) =>
    expected.push({
      service: 'frontend',
      ring,
      imageTag,
      state,
      pr: String(hop.pr.number),
      commitId,
      hldCommitId: hop.hldCommit,
      manifestCommitId: hop.manifestCommit,
      rollback,
    });

  const good = await release(world, first, 'the first release');
  expect('dev', good, 'Synced', first.after, await mergeAndGenerate(world, 'merge', 'dev'));
  await fluxSynced(world, 'dev');

  // dev → staging once dev has synced, soaked (30m in promote.yml) and the service's e2e passed.
  await world.setChecks(first.after, e2e('success'));
  world.advanceClock(31 * MINUTE);
  expectDecision((await promote(world, good, 'staging')).log, 'promote', `${good} to staging`);
  expect('staging', good, 'Synced', first.after, await mergeAndGenerate(world, 'merge', 'staging'));
  await fluxSynced(world, 'staging');

  // staging → prod: 24h of soak. First too early (wait, nothing changes), then a day later.
  expectDecision((await promote(world, good, 'prod')).log, 'wait', `${good} to prod, just after staging synced`);
  if ((await world.pullRequests()).some((p) => (p.state ?? 'open') === 'open'))
    throw new Error('a gate that waits opened a pull request');
  world.advanceClock(24 * 60 * MINUTE + MINUTE);
  expectDecision((await promote(world, good, 'prod')).log, 'promote', `${good} to prod, a day later`);
  expect('prod', good, 'Synced', first.after, await mergeAndGenerate(world, 'merge', 'prod'));
  await fluxSynced(world, 'prod');

  // A bad release: its e2e fails; the gate rejects it for staging and dev gets the good tag back.
  const badPush = pushServiceChange(
    world,
    'Tune the frontend (breaks e2e)',
    '<!doctype html><title>fabrikam</title><h1>Hello, brokenly</h1>\n',
  );
  const bad = await release(world, badPush, 'a bad release');
  expect('dev', bad, 'Rolled back', badPush.after, await mergeAndGenerate(world, 'merge', 'dev'));
  await fluxSynced(world, 'dev');
  await world.setChecks(badPush.after, e2e('failure'));
  world.advanceClock(31 * MINUTE);
  expectDecision((await promote(world, bad, 'staging', 'failure')).log, 'reject', `${bad} to staging with e2e failing`);
  expect('dev', good, 'Synced', first.after, await mergeAndGenerate(world, 'merge', 'the rollback of dev'), 'yes');
  await fluxSynced(world, 'dev');

  // The other merge methods: a release each, its HLD pull request squashed / rebased, recorded.
  for (const method of ['squash', 'rebase'] as const) {
    const push = pushServiceChange(
      world,
      `Frontend copy edit (${method})`,
      `<!doctype html><title>fabrikam</title><h1>Hello (${method})</h1>\n`,
    );
    const tag = await release(world, push, `a release merged by ${method}`);
    expect('dev', tag, 'Ready to deploy', push.after, await mergeAndGenerate(world, method, 'dev'));
  }

  const rows = listDeployments(world);
  log(`ringway deployments: ${rows.length} rows`);
  console.log(deploymentTable(world));
  checkDeployments(rows, expected);
  log('every deployment listed as the journey made it');

  // The weekly DORA report over what the journey did, kept as the run's artifact.
  const metrics = await act(world, 'dora-metrics', {
    repo: REPOS.hld,
    workflow: 'metrics.yml',
    event: 'workflow_dispatch',
    payload: dispatchEvent(REPOS.hld, { since: '28d' }),
  });
  const csv = readFileSync(join(world.dir, 'artifacts', String(metrics.runId), 'dora-metrics', 'metrics.csv'), 'utf8');
  checkMetrics(csv, {
    dev: { deployments: '3', rolled_back: '1' },
    staging: { deployments: '1', rolled_back: '0' },
    prod: { deployments: '1', rolled_back: '0' },
  });
  log('the DORA report counts the synced deployments and the rollback, per ring');
  ok = true;
} finally {
  await world.stop();
  log(`timings: ${timings.map(([t, s]) => `${t} ${s.toFixed(1)}s`).join('; ')}`);
  if (ok && !process.env.RINGWAY_JOURNEY_KEEP) rmSync(world.dir, { recursive: true, force: true });
  else log(`kept ${world.dir} (act logs under runs/)`);
}
