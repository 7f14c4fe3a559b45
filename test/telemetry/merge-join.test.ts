import { TableClient } from '@azure/data-tables';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBuildMetadata } from '../../lib/hosts/build-metadata.js';
import { runStep } from '../../lib/hosts/run.js';
import { step as gateStep } from '../../lib/steps/gate.js';
import type { BuildMetadata } from '../../lib/steps/host.js';
import { Inputs } from '../../lib/steps/inputs.js';
import { step as recordDeployment } from '../../lib/steps/record-deployment.js';
import { step as rollbackStep } from '../../lib/steps/rollback.js';
import { step as updateHld } from '../../lib/steps/update-hld.js';
import { mergeClues } from '../../lib/telemetry/merge-messages.js';
import { formatTrailers } from '../../lib/telemetry/trailers.js';
import type { Azurite } from '../../stand-ins/azurite.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';
import { startForgeApi, type ForgeApi } from '../../stand-ins/forge-api.js';
import { startGitHttpServer, type GitHttpServer } from '../../stand-ins/git-http-server.js';
import { commitFiles, tempDir } from '../../stand-ins/git.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { type Forge, forgeMerge, githubPushEvent, type MergeMethod, type MergeResult } from '../support/forge-merge.js';

// A deployment's row joins across the merge of its HLD pull request, for every merge method of
// GitHub and Azure DevOps: update-hld opens the pull request (forge API stand-in, branch pushed
// over smart HTTP), the merge is made with real git the way that forge makes it, and
// record-deployment runs as manifest-generation does, with the messages the orchestrator gives.

const TOKEN = 'merge-join-token-7c1e';
let azurite: Azurite;
let gitServer: GitHttpServer;
const apis = {} as Record<Forge, ForgeApi>;

beforeAll(async () => {
  [azurite, gitServer, apis.github, apis.azure] = await Promise.all([
    azuriteForThisWorker(),
    startGitHttpServer({ token: TOKEN }),
    startForgeApi('github'),
    startForgeApi('azure'),
  ]);
});
// The stand-ins tell pull requests apart by branch, not repository: each test starts with none.
beforeEach(async () => {
  // Once more when the server closed an idle keep-alive connection as the request went out.
  const reset = (api: ForgeApi) => api.reset({ token: TOKEN }).catch(() => api.reset({ token: TOKEN }));
  await Promise.all([reset(apis.github), reset(apis.azure)]);
});
afterAll(async () => {
  await Promise.all([azurite?.stop(), gitServer?.stop(), apis.github?.stop(), apis.azure?.stop()]);
});

let tables = 0;
function storage() {
  return {
    'connection-string': azurite.connectionString,
    'table-name': `merge${++tables}t${Date.now() % 100000}`,
    'partition-key': 'frontend',
  };
}
type Storage = ReturnType<typeof storage>;

async function rows(s: Storage) {
  const client = TableClient.fromConnectionString(s['connection-string'], s['table-name'], {
    allowInsecureConnection: true,
  });
  const out: Record<string, string>[] = [];
  for await (const e of client.listEntities()) out.push(e as unknown as Record<string, string>);
  return out;
}

const record = (s: Storage, values: Record<string, string>, host = new RecordingHost()) =>
  recordDeployment.run(Inputs.of(recordDeployment, { ...s, 'fail-on-error': 'true', ...values }), host);

const dev = (tags: Record<string, string>) =>
  `# dev ring\nsubcomponents:\n${Object.entries(tags)
    .map(([c, t]) => `  ${c}:\n    config:\n      image:\n        tag: ${t}\n`)
    .join('')}`;
const HLD = {
  'component.yaml':
    'name: fabrikam\nsubcomponents:\n  - name: frontend\n    type: helm\n    path: ./chart\n  - name: backend\n    type: helm\n    path: ./chart\n',
  'config/common.yaml':
    'subcomponents:\n  frontend:\n    config:\n      image:\n        repository: ghcr.io/contoso/frontend\n',
  'config/dev.yaml': dev({ frontend: 'master-1', backend: 'master-1' }),
};

let repos = 0;
async function hldRepo(forge: Forge) {
  const n = ++repos;
  const name = forge === 'github' ? `contoso/hld${n}` : `contoso/Fabrikam/_git/hld${n}`;
  const repo = await gitServer.repo(name, { files: HLD });
  const forgeInputs =
    forge === 'github'
      ? { provider: 'github', 'api-url': apis.github.url }
      : { provider: 'azure-devops', 'api-url': `${apis.azure.url}/contoso` };
  return { ...repo, name, forge, forgeInputs: { ...forgeInputs, token: TOKEN } };
}
type Hld = Awaited<ReturnType<typeof hldRepo>>;

/** build-update-hld: the image built, update-hld's pull request, the hld-updated record (as the starter wires them). */
async function buildAndUpdate(
  s: Storage,
  hld: Hld,
  service: string,
  tag: string,
  run: string,
): Promise<Record<string, string>> {
  await record(s, {
    p1: run,
    'image-tag': tag,
    'commit-id': 'ab'.repeat(20),
    service,
    repository: 'https://github.com/contoso/frontend',
  });
  const host = new RecordingHost({ buildId: run, buildNumber: run, pipeline: 'build-update-hld' });
  const out = await updateHld.run(
    Inputs.of(updateHld, {
      'hld-repo': hld.httpUrl,
      ...hld.forgeInputs,
      component: service,
      environment: 'dev',
      'image-tag': tag,
      service,
      ring: 'dev',
    }),
    host,
  );
  await record(s, {
    p2: run,
    'image-tag': tag,
    'hld-commit-id': out.commit,
    env: 'dev',
    pr: out['pull-request-number'],
    'pr-url': out['pull-request-url'],
    repository: hld.httpUrl,
  });
  return { ...out, ...(await pullRequest(hld, out['pull-request-number'])) };
}

/** The pull request as the forge holds it: title and description. */
async function pullRequest(hld: Hld, number: string) {
  const { prs } = await apis[hld.forge].requests();
  const pr = prs.find((p) => String(p.number ?? p.id) === number) as {
    title: string;
    body?: string;
    description?: string;
    head?: string;
    sourceRefName?: string;
  };
  return {
    title: pr.title,
    body: pr.body ?? pr.description ?? '',
    branch: pr.head ?? (pr.sourceRefName ?? '').replace(/^refs\/heads\//, ''),
  };
}

/** The build metadata each orchestrator gives manifest-generation for the push of the merge. */
function orchestrator(hld: Hld, m: MergeResult): BuildMetadata {
  if (hld.forge === 'github') {
    const file = join(tempDir(), 'event.json');
    writeFileSync(file, JSON.stringify(githubPushEvent(m, hld.name)));
    return readBuildMetadata({
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_PATH: file,
      GITHUB_SHA: m.tip,
      GITHUB_RUN_ID: '9001',
      GITHUB_REPOSITORY: hld.name,
    });
  }
  // Azure gives the first line of the message (at most 200 characters).
  const message = m.commits[m.commits.length - 1].message.split('\n')[0].slice(0, 200);
  return readBuildMetadata({
    TF_BUILD: 'True',
    BUILD_SOURCEVERSION: m.tip,
    BUILD_SOURCEVERSIONMESSAGE: message,
    BUILD_BUILDID: '9001',
  });
}

/**
 * manifest-generation after the merge: record-deployment with p3, the merged HLD commit and the
 * manifest commit. GitHub: the event file is enough, so it runs in an empty folder. Azure: the
 * variable is enough for the merge titles (empty folder); a rebase leaves only the commit's own
 * subject there, so that run is in Azure's checkout of the HLD, fetched at depth 1.
 */
async function manifestGeneration(s: Storage, hld: Hld, m: MergeResult, checkout = false) {
  // The manifest commit push-manifests made (only its id matters here).
  const manifestCommit = [...m.tip].reverse().join('');
  const cwd = tempDir('ringway-checkout-');
  if (checkout) execFileSync('git', ['clone', '-q', '--depth', '1', `file://${hld.dir}`, cwd]);
  const host = new RecordingHost(orchestrator(hld, m));
  const here = process.cwd();
  process.chdir(cwd);
  try {
    const out = await record(
      s,
      {
        p3: '9001',
        'hld-commit-id': m.tip,
        'manifest-commit-id': manifestCommit,
        repository: 'https://github.com/contoso/fabrikam-manifests',
      },
      host,
    );
    return { out, host, manifestCommit };
  } finally {
    process.chdir(here);
  }
}

/** flux-sync: the Flux event for the manifest commit, then the gate asked to promote dev → staging. */
async function syncAndGate(s: Storage, manifestCommit: string, tag: string, service = 'frontend') {
  const sync = await fluxSynced(s, manifestCommit);
  const gate = await runStep(
    gateStep,
    new RecordingHost(),
    (d) => ({ ...s, service, 'image-tag': tag, rings: 'dev,staging', 'to-ring': 'staging' })[d.name],
  );
  const outputs = gate.ok ? gate.outputs : (gate.outputs ?? {});
  const synced = (JSON.parse(outputs.conditions ?? '[]') as { name: string; verdict: string }[]).find(
    (c) => c.name === 'synced',
  );
  return { sync, decision: outputs.decision, synced };
}

/** flux-sync: record-deployment with the Flux event that the cluster applied the manifest commit. */
function fluxSynced(s: Storage, manifestCommit: string) {
  const event = {
    involvedObject: {
      kind: 'Kustomization',
      namespace: 'flux-system',
      name: 'apps',
      uid: '0c9c2e41-6d3c-4f0e-9a1e-5b2a3c4d5e6f',
      apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
      resourceVersion: '1201',
    },
    severity: 'info',
    timestamp: new Date().toISOString(),
    message: 'Reconciliation finished in 1.2s, next run in 10m0s',
    reason: 'ReconciliationSucceeded',
    metadata: { revision: `main@sha1:${manifestCommit}`, cluster: 'aks-dev' },
    reportingController: 'kustomize-controller',
    reportingInstance: 'kustomize-controller-7f5d8b9c4-x2x9p',
  };
  return record(s, { 'flux-event': JSON.stringify(event) });
}

const CASES: [Forge, MergeMethod][] = [
  ['github', 'merge'],
  ['github', 'squash'],
  ['github', 'rebase'],
  ['azure', 'merge'],
  ['azure', 'squash'],
  ['azure', 'rebase'],
  ['azure', 'semi-linear'],
];

describe.each(CASES)('%s %s merge of the HLD pull request', (forge, method) => {
  test('one row: service, tag, ring, pull request, merged commit, manifest commit; Flux finds it and the gate sees it synced', async () => {
    const s = storage();
    const hld = await hldRepo(forge);
    const pr = await buildAndUpdate(s, hld, 'frontend', 'master-7', '501');
    // Someone else changed the HLD meanwhile: the merge is a real merge, the rebase a real rebase.
    commitFiles(hld.dir, 'main', { 'config/staging.yaml': 'subcomponents: {}\n' }, 'Add the staging ring');
    const merged = forgeMerge(hld.dir, forge, method, {
      number: pr['pull-request-number'],
      title: pr.title,
      body: pr.body,
      branch: pr.branch,
      repository: hld.name,
    });
    expect(merged.tip).not.toBe(pr.commit);

    const { out, host, manifestCommit } = await manifestGeneration(
      s,
      hld,
      merged,
      forge === 'azure' && method === 'rebase',
    );
    expect(host.lines.filter((l) => l.startsWith('warning:'))).toEqual([]);
    const all = await rows(s);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      service: 'frontend',
      imageTag: 'master-7',
      env: 'dev',
      pr: pr['pull-request-number'],
      prUrl: pr['pull-request-url'],
      p1: '501',
      p2: '501',
      p3: '9001',
      hldCommitId: merged.tip,
      manifestCommitId: manifestCommit,
      prMergedAt: expect.any(String),
    });
    expect(out).toMatchObject({ recorded: 'true', state: 'Ready to deploy', 'deployment-id': all[0].rowKey });

    const { sync, decision, synced } = await syncAndGate(s, manifestCommit, 'master-7');
    expect(sync).toMatchObject({ recorded: 'true', sync: 'synced', 'deployment-id': all[0].rowKey, state: 'Synced' });
    expect(synced?.verdict).toBe('pass');
    expect(decision).toBe('promote');
    expect(await rows(s)).toHaveLength(1);
  });
});

test('a merged rollback pull request (GitHub squash) joins the rollback row, which then syncs', async () => {
  const s = storage();
  const hld = await hldRepo('github');
  // master-7 then master-8 reached dev and synced (recorded as the starters record them).
  for (const [tag, n] of [
    ['master-7', '7'],
    ['master-8', '8'],
  ]) {
    const [hldCommit, manifestCommit] = [n.repeat(40), `${n}e`.repeat(20)];
    await record(s, { p1: `60${n}`, 'image-tag': tag, 'commit-id': 'ab'.repeat(20), service: 'frontend' });
    await record(s, { p2: `60${n}`, 'image-tag': tag, 'hld-commit-id': hldCommit, env: 'dev', pr: `5${n}` });
    await record(s, { p3: `70${n}`, 'hld-commit-id': hldCommit, 'manifest-commit-id': manifestCommit });
    await fluxSynced(s, manifestCommit);
  }
  commitFiles(
    hld.dir,
    'main',
    { 'config/dev.yaml': dev({ frontend: 'master-8', backend: 'master-1' }) },
    'Updating frontend image tag to master-8.',
  );
  const bad = (await rows(s)).find((r) => r.imageTag === 'master-8') as Record<string, string>;
  const rb = await runStep(
    rollbackStep,
    new RecordingHost({ buildId: '700' }),
    (d) =>
      ({
        ...s,
        'hld-repo': hld.httpUrl,
        ...hld.forgeInputs,
        service: 'frontend',
        ring: 'dev',
        rings: 'dev,staging',
        environment: 'dev',
        component: 'frontend',
        reason: 'gate rejected master-8',
      })[d.name],
  );
  if (!rb.ok) throw new Error(JSON.stringify(rb));
  expect(rb.outputs).toMatchObject({ 'from-tag': 'master-8', 'to-tag': 'master-7' });
  const pr = await pullRequest(hld, rb.outputs['pull-request-number']);
  expect(pr.body).toContain(
    formatTrailers({ service: 'frontend', ring: 'dev', tag: 'master-7', rollbackOf: bad.rowKey }).join('\n'),
  );
  const m = forgeMerge(hld.dir, 'github', 'squash', {
    number: rb.outputs['pull-request-number'],
    title: pr.title,
    body: pr.body,
    branch: pr.branch,
    repository: hld.name,
  });
  const { host, manifestCommit } = await manifestGeneration(s, hld, m);
  expect(host.lines.filter((l) => l.startsWith('warning:'))).toEqual([]);

  const all = await rows(s);
  expect(all).toHaveLength(3);
  const back = all.find((r) => r.rowKey === rb.outputs['deployment-id']);
  expect(back).toMatchObject({
    service: 'frontend',
    env: 'dev',
    imageTag: 'master-7',
    rollbackOf: bad.rowKey,
    pr: rb.outputs['pull-request-number'],
    hldCommitId: m.tip,
    manifestCommitId: manifestCommit,
    p3: '9001',
  });
  expect(all.find((r) => r.rowKey === bad.rowKey)).toMatchObject({ rolledBackBy: back?.rowKey });
  const { sync } = await syncAndGate(s, manifestCommit, 'master-7');
  // The manifest commit holds the earlier deployments too (no manifest repository given to tell them apart).
  expect(sync).toMatchObject({ sync: 'synced', state: 'Synced' });
  expect(sync['deployment-id'].split(',')).toContain(back?.rowKey);
  expect((await rows(s)).find((r) => r.rowKey === back?.rowKey)?.syncedAt).toBeTruthy();
});

test("one build that brings two merged pull requests (the messages given in 'commit-message', as `git log --format=%B` prints them) updates both deployments", async () => {
  const s = storage();
  const hld = await hldRepo('github');
  const front = await buildAndUpdate(s, hld, 'frontend', 'master-9', '801');
  const back = await buildAndUpdate(s, hld, 'backend', 'master-4', '802');
  const first = forgeMerge(hld.dir, 'github', 'merge', {
    number: front['pull-request-number'],
    title: front.title,
    body: front.body,
    branch: front.branch,
    repository: hld.name,
  });
  const second = forgeMerge(hld.dir, 'github', 'squash', {
    number: back['pull-request-number'],
    title: back.title,
    body: back.body,
    branch: back.branch,
    repository: hld.name,
  });
  const log = execFileSync('git', ['-C', hld.dir, 'log', '--format=%B', `${first.before}..${second.tip}`], {
    encoding: 'utf8',
  });
  const host = new RecordingHost();
  const out = await record(
    s,
    { p3: '9002', 'hld-commit-id': second.tip, 'manifest-commit-id': 'cd'.repeat(20), 'commit-message': log },
    host,
  );
  const all = await rows(s);
  expect(all).toHaveLength(2);
  for (const [service, tag, pr] of [
    ['frontend', 'master-9', front['pull-request-number']],
    ['backend', 'master-4', back['pull-request-number']],
  ]) {
    expect(all.find((r) => r.service === service)).toMatchObject({
      imageTag: tag,
      env: 'dev',
      pr,
      hldCommitId: second.tip,
      p3: '9002',
      manifestCommitId: 'cd'.repeat(20),
    });
  }
  expect(out['deployment-id'].split(',').sort()).toEqual(all.map((r) => r.rowKey).sort());
});

test('no deployment found: a new row as before, and a warning naming what was looked for', async () => {
  const s = storage();
  const host = new RecordingHost();
  await record(
    s,
    {
      p3: '9003',
      'hld-commit-id': 'ef'.repeat(20),
      'manifest-commit-id': '12'.repeat(20),
      'commit-message': 'Merge pull request #41 from contoso/hotfix\n\nHand edit',
    },
    host,
  );
  expect(await rows(s)).toHaveLength(1);
  expect(host.lines.filter((l) => l.startsWith('warning:'))).toEqual([
    `warning: no recorded deployment carries HLD commit ${'ef'.repeat(20)}, and none was found in 1 commit message(s): pull request 41; recording it as a new deployment (give 'commit-message' with the merged commits' messages, or 'pr')`,
  ]);
});

test('the clues in the forges’ default merge messages and in trailers', () => {
  const trailers = formatTrailers({ service: 'frontend\n::error::x', ring: 'dev', tag: 'master-7' });
  expect(trailers).toEqual([
    'Ringway-Service: frontend ::error::x',
    'Ringway-Ring: dev',
    'Ringway-Image-Tag: master-7',
  ]);
  expect(formatTrailers({ service: '', ring: ' ', tag: 'v1' })).toEqual(['Ringway-Image-Tag: v1']);
  const key = { service: 'frontend', ring: 'dev', tag: 'master-7' };
  expect(
    mergeClues([
      'Merge pull request #12 from contoso/DEPLOY/frontend-dev-master-7\n\nUpdating frontend image tag to master-7.',
    ]),
  ).toEqual([{ pr: '12' }]);
  expect(
    mergeClues([
      `Updating frontend image tag to master-7. (#12)\n\nPR created by: ringway\n\n${trailers.slice(1).join('\n')}\nRingway-Service: frontend`,
    ]),
  ).toEqual([{ pr: '12', key }]);
  expect(mergeClues(['Merged PR 12: Updating frontend image tag to master-7.'])).toEqual([{ pr: '12' }]);
  expect(mergeClues(['Updating frontend image tag to master-7.', 'Fix #12 in the docs', '* Bump (#3)'])).toEqual([]);
});
