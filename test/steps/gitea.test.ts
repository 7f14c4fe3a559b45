import { runStep } from '../../lib/hosts/run.js';
import { Inputs } from '../../lib/steps/inputs.js';
import { step as gateStep } from '../../lib/steps/gate.js';
import { step as recordDeployment } from '../../lib/steps/record-deployment.js';
import { step as updateHld } from '../../lib/steps/update-hld.js';
import type { Azurite } from '../../stand-ins/azurite.js';
import { startForgeApi, type ForgeApi } from '../../stand-ins/forge-api.js';
import { startGitHttpServer, type GitHttpServer } from '../../stand-ins/git-http-server.js';
import { branchesOf, readFileAt } from '../../stand-ins/git.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';

// update-hld and the gate on a Gitea (or Forgejo) server (rollback: rollback.test.ts, on every forge): git over smart HTTP with a
// token, the API stand-in holding every request to Gitea's swagger.v1.json. The same journeys the
// GitHub provider passes in providers.test.ts, rollback.test.ts and gate.test.ts.

const TOKEN = 'gitea-steps-token-0b7e35a1';
const LABELS = [{ id: 11, name: 'deploy' }];
let git: GitHttpServer;
let api: ForgeApi;
let azurite: Azurite;
beforeAll(async () => {
  [git, api, azurite] = await Promise.all([
    startGitHttpServer({ token: TOKEN }),
    startForgeApi('gitea'),
    azuriteForThisWorker(),
  ]);
});
afterAll(async () => {
  await Promise.all([git?.stop(), api?.stop(), azurite?.stop()]);
});
const giteaInputs = () => ({ provider: 'gitea', 'api-url': `${api.url}/api/v1`, token: TOKEN });

test('update-hld: one branch, one pull request (labelled, merged when checks succeed), even when run twice; a bad token opens nothing', async () => {
  await api.reset({ token: TOKEN, labels: LABELS });
  const repo = await git.repo('contoso/hld', {
    files: {
      'component.yaml': 'name: hld\nsubcomponents:\n  - name: frontend\n    type: helm\n    path: ./c\n',
      'config/prod.yaml': '# prod\nsubcomponents: {}\n',
    },
  });
  const values = {
    ...giteaInputs(),
    'hld-repo': repo.httpUrl,
    component: 'frontend',
    environment: 'prod',
    'image-tag': 'master-42',
    ring: 'prod',
    labels: 'deploy',
    'auto-merge': 'true',
    'merge-method': 'squash',
  };
  const host = new RecordingHost({ buildId: '9', buildUrl: 'https://ci/9' });
  const first = await updateHld.run(Inputs.of(updateHld, values), host);
  expect(first).toMatchObject({
    changed: 'true',
    branch: 'DEPLOY/frontend-prod-master-42',
    'pull-request-number': '100',
    'pull-request-url': `${api.url}/contoso/hld/pulls/100`,
  });
  expect(readFileAt(repo.dir, 'DEPLOY/frontend-prod-master-42', 'config/prod.yaml')).toContain('tag: master-42');
  const second = await updateHld.run(Inputs.of(updateHld, values), new RecordingHost());
  expect(second.commit).toBe(first.commit);
  expect(second['pull-request-number']).toBe('100');
  const { prs } = await api.requests();
  expect(prs).toHaveLength(1);
  expect(prs[0]).toMatchObject({ labels: ['deploy'], autoMerge: { do: 'squash', deleteBranch: true } });
  expect(host.output).not.toContain(TOKEN);

  // A token git accepts but the API refuses: the preflight stops it before any push.
  const other = await git.repo('contoso/other', {
    files: { 'component.yaml': 'name: x\nsubcomponents:\n  - name: a\n    type: helm\n    path: ./c\n' },
  });
  await api.reset({ token: 'only-the-api-knows-this' });
  await expect(
    updateHld.run(Inputs.of(updateHld, { ...values, 'hld-repo': other.httpUrl, component: 'a' }), new RecordingHost()),
  ).rejects.toThrow("checking access to the repository: Gitea rejected the token (HTTP 401): check the 'token' input");
  expect((await api.requests()).prs).toHaveLength(0);
  expect(branchesOf(other.dir)).toEqual(['main']);
}, 180_000);

test('update-hld with provider gitea and no api-url: one error naming the input, nothing pushed', async () => {
  const repo = await git.repo('contoso/no-api', {
    files: { 'component.yaml': 'name: x\nsubcomponents:\n  - name: a\n    type: helm\n    path: ./c\n' },
  });
  const host = new RecordingHost();
  const result = await runStep(
    updateHld,
    host,
    (d) =>
      ({
        provider: 'gitea',
        token: TOKEN,
        'hld-repo': repo.httpUrl,
        component: 'a',
        'image-tag': 'v2',
      })[d.name],
  );
  expect(result).toMatchObject({
    ok: false,
    message:
      "input 'api-url': the Gitea or Forgejo API root is required with provider gitea or forgejo (https://<host>/api/v1)",
  });
  expect(branchesOf(repo.dir)).toEqual(['main']);
}, 120_000);

describe('gate: commit statuses and approvals on Gitea', () => {
  const SRC_SHA = '1f'.repeat(20);
  const MANIFEST_SHA = '2e'.repeat(20);
  let tables = 0;
  const storage = () => ({
    'connection-string': azurite.connectionString,
    'table-name': `giteagate${++tables}t${Date.now() % 100000}`,
    'partition-key': 'fabrikam',
  });

  /** A deployment of `tag` to dev, synced, through the HLD pull request `pr`. */
  async function deployed(s: ReturnType<typeof storage>, tag: string, pr: string) {
    const host = new RecordingHost();
    const record = (v: Record<string, string>) =>
      recordDeployment.run(Inputs.of(recordDeployment, { ...s, 'fail-on-error': 'true', ...v }), host);
    const p1 = `dev-${tag}-build`;
    await record({ p1, 'image-tag': tag, 'commit-id': SRC_SHA, service: 'frontend' });
    await record({
      stage: 'hld-updated',
      p2: `${p1}-hld`,
      'image-tag': tag,
      env: 'dev',
      service: 'frontend',
      'hld-commit-id': '3d'.repeat(20),
      pr,
    });
    await record({ stage: 'manifests-generated', p3: `${p1}-gen`, 'hld-commit-id': '3d'.repeat(20) });
    await record({ p3: `${p1}-gen`, 'manifest-commit-id': MANIFEST_SHA });
    await record({ stage: 'cluster-synced', 'manifest-commit-id': MANIFEST_SHA, cluster: 'aks-dev' });
  }
  async function gate(values: Record<string, string>) {
    const result = await runStep(gateStep, new RecordingHost(), (d) => values[d.name]);
    return { result, outputs: result.ok ? result.outputs : (result.outputs ?? {}) };
  }

  test('required statuses and approvals on the HLD pull request decide: wait, promote, reject', async () => {
    const s = storage();
    await deployed(s, 'master-120', '42');
    const ask = {
      ...s,
      ...giteaInputs(),
      'checks-repo': 'https://git.contoso.test/contoso/frontend',
      'hld-repo': 'https://git.contoso.test/contoso/hld',
      service: 'frontend',
      'image-tag': 'master-120',
      'to-ring': 'staging',
      'required-checks': 'ci/build, e2e',
      'required-approvals': '1',
    };
    const pr42 = {
      owner: 'contoso',
      repo: 'hld',
      number: 42,
      head: 'DEPLOY/x',
      base: 'main',
      title: 't',
      body: '',
      labels: [],
      reviewers: [],
    };

    await api.reset({
      token: TOKEN,
      prs: [pr42],
      statuses: {
        [SRC_SHA]: [
          { context: 'ci/build', status: 'success' },
          { context: 'e2e', status: 'pending' },
        ],
      },
      reviews: { 42: [{ login: 'alice', state: 'APPROVED' }] },
    });
    expect((await gate(ask)).outputs).toMatchObject({
      decision: 'wait',
      reason: 'checks: not green yet on source commit 1f1f1f1: e2e (pending)',
    });

    await api.reset({
      token: TOKEN,
      prs: [pr42],
      statuses: {
        [SRC_SHA]: [
          { context: 'ci/build', status: 'success' },
          { context: 'e2e', status: 'success' },
        ],
      },
      reviews: { 42: [{ login: 'alice', state: 'APPROVED' }] },
    });
    expect((await gate(ask)).outputs).toMatchObject({
      decision: 'promote',
      reason: 'master-120 may go from dev to staging: deployed, synced, checks, approvals',
    });
    const { requests } = await api.requests();
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /api/v1/repos/contoso/frontend/commits/${SRC_SHA}/status`,
      'GET /api/v1/repos/contoso/hld/pulls/42/reviews',
    ]);
    expect(requests.every((r) => r.authorized)).toBe(true);

    await api.reset({
      token: TOKEN,
      prs: [pr42],
      statuses: {
        [SRC_SHA]: [
          { context: 'ci/build', status: 'failure' },
          { context: 'e2e', status: 'success' },
        ],
      },
      reviews: {
        42: [
          { login: 'alice', state: 'APPROVED' },
          { login: 'bob', state: 'REQUEST_CHANGES' },
        ],
      },
    });
    expect((await gate(ask)).result).toMatchObject({
      ok: false,
      message: expect.stringContaining(
        'checks: failed on source commit 1f1f1f1: ci/build (failure); approvals: pull request 42: changes requested or rejected by bob',
      ),
    });
  }, 120_000);

  test('a token Gitea refuses is an error, not a reject', async () => {
    const s = storage();
    await deployed(s, 'master-121', '43');
    await api.reset({ token: 'another-token' });
    const { result } = await gate({
      ...s,
      ...giteaInputs(),
      'checks-repo': 'https://git.contoso.test/contoso/frontend',
      service: 'frontend',
      'image-tag': 'master-121',
      'to-ring': 'staging',
      'required-checks': 'ci/build',
    });
    expect(result).toMatchObject({
      ok: false,
      message:
        "gate: error: cannot decide the promotion of master-121 from dev to staging: checks: reading commit statuses: Gitea rejected the token (HTTP 401): check the 'token' input",
    });
  }, 120_000);
});
