import { shortenBackoff } from '../../lib/git/backoff.js';
import { runStep } from '../../lib/hosts/run.js';
import { evaluateGate } from '../../lib/promotion/evaluate.js';
import { ringPair } from '../../lib/promotion/rings.js';
import { syncTagIncludes } from '../../lib/promotion/sync-tag.js';
import { step as gateStep } from '../../lib/steps/gate.js';
import { Inputs } from '../../lib/steps/inputs.js';
import { step as recordDeployment } from '../../lib/steps/record-deployment.js';
import { DeploymentStore } from '../../lib/telemetry/store.js';
import type { Azurite } from '../../stand-ins/azurite.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';
import { startForgeApi, type ForgeApi } from '../../stand-ins/forge-api.js';
import { startGitLabApi, type GitLabApi } from '../../stand-ins/gitlab-api.js';
import { commitFiles, git } from '../../stand-ins/git.js';
import { startGitHttpServer, type GitHttpServer } from '../../stand-ins/git-http-server.js';
import { startHealthServer, type HealthServer } from '../../stand-ins/health-server.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { runAzureTask, runCli, runGitHubAction } from '../support/run-bundle.js';
import { FORGES, type ForgeCase } from '../support/forge-cases.js';
import { gateQuestion } from '../support/gate-question.js';

const TOKEN = 'gate-token-7f3e9a1c5b';
let azurite: Azurite;
let gitServer: GitHttpServer;
let github: ForgeApi;
let azure: ForgeApi;
let health: HealthServer;
let gitlab: GitLabApi;

beforeAll(async () => {
  // The waits between tries (the table SDK's after a refused connection, the forges' after a 5xx) at a tenth.
  shortenBackoff(0.1);
  [azurite, gitServer, github, azure, health, gitlab] = await Promise.all([
    azuriteForThisWorker(),
    startGitHttpServer({ token: TOKEN }),
    startForgeApi('github'),
    startForgeApi('azure'),
    startHealthServer(),
    startGitLabApi(),
  ]);
});
afterAll(async () => {
  shortenBackoff(1);
  await Promise.all([
    azurite?.stop(),
    gitServer?.stop(),
    github?.stop(),
    azure?.stop(),
    health?.stop(),
    gitlab?.stop(),
  ]);
});

let tables = 0;
function storage() {
  return {
    'connection-string': azurite.connectionString,
    'table-name': `gate${++tables}t${Date.now() % 100000}`,
    'partition-key': 'fabrikam',
  };
}
type Storage = ReturnType<typeof storage>;

const SRC_SHA = '1f'.repeat(20);
const MANIFEST_SHA = '2e'.repeat(20);

/** Records a deployment's stages as the pipelines would, up to `until`. */
async function deploy(
  s: Storage,
  o: {
    tag: string;
    ring: string;
    until: 'hld-updated' | 'manifests-pushed' | 'cluster-synced';
    manifestCommit?: string;
    pr?: string;
    service?: string;
  },
) {
  const host = new RecordingHost();
  const service = o.service ?? 'frontend';
  const record = (v: Record<string, string>) =>
    recordDeployment.run(Inputs.of(recordDeployment, { ...s, 'fail-on-error': 'true', ...v }), host);
  const p1 = `${o.ring}-${o.tag}-build`;
  await record({
    p1,
    'image-tag': o.tag,
    'commit-id': SRC_SHA,
    service,
    repository: 'https://github.com/contoso/frontend',
  });
  await record({
    stage: 'hld-updated',
    p2: `${p1}-hld`,
    'image-tag': o.tag,
    env: o.ring,
    service,
    'hld-commit-id': '3d'.repeat(20),
    pr: o.pr ?? '',
    repository: 'https://github.com/contoso/hld',
  });
  if (o.until === 'hld-updated') return;
  await record({ stage: 'manifests-generated', p3: `${p1}-gen`, 'hld-commit-id': '3d'.repeat(20) });
  await record({
    p3: `${p1}-gen`,
    'manifest-commit-id': o.manifestCommit ?? MANIFEST_SHA,
    repository: 'https://github.com/contoso/manifests',
  });
  if (o.until === 'manifests-pushed') return;
  await record({
    stage: 'cluster-synced',
    'manifest-commit-id': o.manifestCommit ?? MANIFEST_SHA,
    cluster: `aks-${o.ring}`,
  });
}

async function gate(values: Record<string, string>) {
  const host = new RecordingHost();
  const result = await runStep(gateStep, host, (d) => values[d.name]);
  const outputs = result.ok ? result.outputs : (result.outputs ?? {});
  return {
    result,
    outputs,
    conditions: outputs.conditions
      ? (JSON.parse(outputs.conditions) as { name: string; verdict: string; detail: string }[])
      : [],
    host,
  };
}

const verdicts = (c: { name: string; verdict: string }[]) => Object.fromEntries(c.map((x) => [x.name, x.verdict]));

describe('rings', () => {
  test('a promotion is one ring forward; either end is taken from the order', () => {
    expect(ringPair(['dev', 'staging', 'prod'], '', 'staging')).toMatchObject({ from: 'dev', to: 'staging' });
    expect(ringPair(['dev', 'staging', 'prod'], 'staging', '')).toMatchObject({ from: 'staging', to: 'prod' });
    expect(() => ringPair(['dev', 'staging', 'prod'], 'dev', 'prod')).toThrow(
      "ring 'prod' does not follow 'dev' in rings dev, staging, prod; promote one ring at a time",
    );
    expect(() => ringPair(['dev', 'staging', 'prod'], '', 'dev')).toThrow("'dev' is the first ring");
    expect(() => ringPair(['dev', 'staging', 'prod'], 'qa', '')).toThrow(
      "ring 'qa' is not in the rings list dev, staging, prod",
    );
  });
});

describe('gate from the deployment record (Azurite)', () => {
  test('a tag synced in dev may go to staging: decision promote, every condition reported', async () => {
    const s = storage();
    await deploy(s, { tag: 'master-101', ring: 'dev', until: 'cluster-synced' });
    const { result, outputs, conditions, host } = await gate({
      ...s,
      service: 'frontend',
      'image-tag': 'master-101',
      'to-ring': 'staging',
    });
    expect(result.ok).toBe(true);
    expect(outputs).toMatchObject({
      decision: 'promote',
      'image-tag': 'master-101',
      'from-ring': 'dev',
      'to-ring': 'staging',
      'ready-at': '',
    });
    expect(outputs['deployment-id']).toMatch(/^[0-9a-f]{12}$/);
    expect(outputs.reason).toBe('master-101 may go from dev to staging: deployed, synced');
    expect(conditions).toEqual([
      {
        name: 'deployed',
        verdict: 'pass',
        detail: `deployment ${outputs['deployment-id']}: manifest commit 2e2e2e2 in dev`,
      },
      { name: 'synced', verdict: 'pass', detail: expect.stringMatching(/^synced to aks-dev at 20\d\d-/) },
    ]);
    expect(host.summaries[0].rows).toContainEqual(['synced', 'pass', expect.stringContaining('aks-dev')]);
  });

  test('a tag of another service, or never recorded, is no evidence: decision error, the job fails with one line', async () => {
    const s = storage();
    await deploy(s, { tag: 'master-102', ring: 'dev', until: 'cluster-synced', service: 'backend' });
    const { result, outputs } = await gate({
      ...s,
      service: 'frontend',
      'image-tag': 'master-102',
      'to-ring': 'staging',
    });
    expect(result).toMatchObject({
      ok: false,
      usage: false,
      message:
        "gate: error: cannot decide the promotion of master-102 from dev to staging: deployed: no deployment of frontend with image tag master-102 is recorded: check 'service', 'image-tag' and the table",
    });
    expect(outputs).toMatchObject({ decision: 'error', 'deployment-id': '' });
  });

  test('a tag recorded only in dev waits for staging → prod; fail-on-wait fails the job but keeps the outputs', async () => {
    const s = storage();
    await deploy(s, { tag: 'master-103', ring: 'dev', until: 'cluster-synced' });
    const waiting = await gate({ ...s, service: 'frontend', 'image-tag': 'master-103', 'to-ring': 'prod' });
    expect(waiting.result.ok).toBe(true);
    expect(waiting.outputs).toMatchObject({
      decision: 'wait',
      'from-ring': 'staging',
      reason: 'deployed: master-103 is not deployed to staging yet (recorded in: dev)',
    });
    expect(verdicts(waiting.conditions)).toEqual({ deployed: 'wait', synced: 'skip' });
    const strict = await gate({
      ...s,
      service: 'frontend',
      'image-tag': 'master-103',
      'to-ring': 'prod',
      'fail-on-wait': 'true',
    });
    expect(strict.result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^gate: wait promotion of master-103 from staging to prod: deployed: /),
    });
    expect(strict.outputs.decision).toBe('wait');
  });

  test('an HLD pull request not merged yet: wait, naming the state', async () => {
    const s = storage();
    await deploy(s, { tag: 'master-104', ring: 'dev', until: 'hld-updated', pr: '77' });
    const { outputs } = await gate({ ...s, service: 'frontend', 'image-tag': 'master-104', 'to-ring': 'staging' });
    expect(outputs.decision).toBe('wait');
    expect(outputs.reason).toMatch(
      /^deployed: deployment [0-9a-f]{12} to dev is at 'Awaiting approval'; its manifests are not pushed yet$/,
    );
  });

  test('soak: waits with the time it will be ready, then promotes once the time has passed', async () => {
    const s = storage();
    await deploy(s, { tag: 'master-105', ring: 'dev', until: 'cluster-synced' });
    const { outputs, conditions } = await gate({
      ...s,
      service: 'frontend',
      'image-tag': 'master-105',
      'to-ring': 'staging',
      'soak-time': '1h30m',
    });
    expect(outputs.decision).toBe('wait');
    const syncedAt = Date.parse(/at (\S+)$/.exec(conditions[1].detail)?.[1] ?? '');
    expect(Date.parse(outputs['ready-at'])).toBe(syncedAt + 90 * 60e3);
    expect(outputs.reason).toMatch(/^soaked: soaking: \d+s of 1h30m since synced; ready at /);

    // The same record, evaluated when the soak is over.
    const store = DeploymentStore.open({
      connectionString: s['connection-string'],
      tableName: s['table-name'],
      partitionKey: s['partition-key'],
    });
    const later = await evaluateGate(
      gateQuestion({
        imageTag: 'master-105',
        pair: ringPair(['dev', 'staging', 'prod'], '', 'staging'),
        soakMs: 90 * 60e3,
      }),
      {
        rowsForTag: async (tag) => {
          const rows = [];
          for await (const r of store.all(`imageTag eq '${tag}'`)) rows.push(r);
          return rows;
        },
        signals: () => {
          throw new Error('not asked');
        },
        syncTag: () => Promise.reject(new Error('not asked')),
        now: () => syncedAt + 91 * 60e3,
      },
    );
    expect(later).toMatchObject({
      decision: 'promote',
      conditions: [
        { verdict: 'pass' },
        { verdict: 'pass' },
        { name: 'soaked', verdict: 'pass', detail: '1h31m since synced (needs 1h30m)' },
      ],
    });
  });

  test('the table service down: the gate cannot decide (decision error) and fails with one line', async () => {
    const s = {
      ...storage(),
      'connection-string':
        'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;',
    };
    const { result, outputs, conditions } = await gate({
      ...s,
      service: 'frontend',
      'image-tag': 'master-1',
      'to-ring': 'staging',
    });
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^gate: error: cannot decide the promotion of master-1 from dev to staging: deployed: telemetry: cannot reach the table service/,
      ),
    });
    expect(outputs.decision).toBe('error');
    expect(verdicts(conditions)).toEqual({ deployed: 'error', synced: 'skip' });
  });
});

describe('synced through the sync tag of the manifest repository (smart HTTP with a token)', () => {
  test('waits until flux-sync includes the manifest commit, then promotes; the token never shows', async () => {
    const s = storage();
    const repo = await gitServer.repo(`manifests-${Date.now()}`, { files: { 'dev/app.yaml': 'kind: ConfigMap\n' } });
    const old = git(repo.dir, ['rev-parse', 'main']).trim();
    const pushed = commitFiles(
      repo.dir,
      'main',
      { 'dev/app.yaml': 'kind: ConfigMap\ndata: {tag: master-106}\n' },
      'deploy master-106',
    );
    git(repo.dir, ['tag', 'flux-sync', old]);
    await deploy(s, { tag: 'master-106', ring: 'dev', until: 'manifests-pushed', manifestCommit: pushed });
    const ask = {
      ...s,
      service: 'frontend',
      'image-tag': 'master-106',
      'to-ring': 'staging',
      'manifest-repo': repo.httpUrl,
      token: TOKEN,
    };

    const before = await gate(ask);
    expect(before.outputs.decision).toBe('wait');
    expect(before.conditions[1]).toEqual({
      name: 'synced',
      verdict: 'wait',
      detail: `flux-sync is at ${old.slice(0, 7)}, which does not include manifest commit ${pushed.slice(0, 7)} yet`,
    });

    // Flux applied a later commit: the tag moved past ours.
    const after = commitFiles(repo.dir, 'main', { 'dev/other.yaml': 'kind: ConfigMap\n' }, 'another deploy');
    git(repo.dir, ['tag', '-f', '-a', '-m', 'Sync pointer', 'flux-sync', after]);
    const now = await gate(ask);
    expect(now.outputs.decision).toBe('promote');
    expect(now.conditions[1]).toEqual({
      name: 'synced',
      verdict: 'pass',
      detail: `flux-sync (${after.slice(0, 7)}) includes manifest commit ${pushed.slice(0, 7)}`,
    });
    expect(JSON.stringify([before, now].map((g) => [g.outputs, g.host.lines, g.host.summaries]))).not.toContain(TOKEN);
    expect(gitServer.requests().filter((r) => !r.auth)).toEqual([]);
  });

  test('no sync tag yet, a wrong token, a repository that does not exist', async () => {
    const repo = await gitServer.repo(`manifests-notag-${Date.now()}`, { files: { 'a.yaml': 'a: 1\n' } });
    await expect(syncTagIncludes(repo.httpUrl, TOKEN, 'flux-sync', MANIFEST_SHA)).resolves.toEqual({
      tagCommit: '',
      applied: false,
    });
    await expect(syncTagIncludes(repo.httpUrl, 'wrong-token', 'flux-sync', MANIFEST_SHA)).rejects.toThrow(
      `authentication to ${repo.httpUrl} failed (HTTP 401): check the 'token' input`,
    );
    await expect(syncTagIncludes(gitServer.urlFor('missing'), TOKEN, 'flux-sync', MANIFEST_SHA)).rejects.toThrow(
      /repository .*missing\.git was not found/,
    );
  });
});

describe('checks and approvals on GitHub (requests validated against @octokit/openapi)', () => {
  const ghRepo = () => ({
    provider: 'github',
    'api-url': github.url,
    token: TOKEN,
    'checks-repo': 'https://github.com/contoso/frontend',
    'hld-repo': 'https://github.com/contoso/hld',
  });

  test('required checks: pending waits, green promotes, a failure rejects', async () => {
    const s = storage();
    await deploy(s, { tag: 'master-107', ring: 'dev', until: 'cluster-synced' });
    const ask = {
      ...s,
      ...ghRepo(),
      service: 'frontend',
      'image-tag': 'master-107',
      'to-ring': 'staging',
      'required-checks': 'build, e2e',
    };

    await github.reset({
      token: TOKEN,
      checks: { [SRC_SHA]: [{ name: 'build', status: 'completed', conclusion: 'success' }] },
      statuses: { [SRC_SHA]: [{ context: 'e2e', state: 'pending' }] },
    });
    const pending = await gate(ask);
    expect(pending.outputs.decision).toBe('wait');
    expect(pending.outputs.reason).toBe('checks: not green yet on source commit 1f1f1f1: e2e (pending)');

    await github.reset({
      token: TOKEN,
      checks: { [SRC_SHA]: [{ name: 'build', status: 'completed', conclusion: 'success' }] },
      statuses: { [SRC_SHA]: [{ context: 'e2e', state: 'success' }] },
    });
    const green = await gate(ask);
    expect(green.outputs).toMatchObject({
      decision: 'promote',
      reason: 'master-107 may go from dev to staging: deployed, synced, checks',
    });

    await github.reset({
      token: TOKEN,
      checks: { [SRC_SHA]: [{ name: 'build', status: 'completed', conclusion: 'timed_out' }] },
      statuses: { [SRC_SHA]: [{ context: 'e2e', state: 'success' }] },
    });
    const failed = await gate(ask);
    expect(failed.result).toMatchObject({
      ok: false,
      message:
        'gate: reject promotion of master-107 from dev to staging: checks: failed on source commit 1f1f1f1: build (timed_out)',
    });

    const { requests } = await github.requests();
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /repos/contoso/frontend/commits/${SRC_SHA}/check-runs`,
      `GET /repos/contoso/frontend/commits/${SRC_SHA}/status`,
    ]);
    expect(requests.every((r) => r.authorized)).toBe(true);
  });

  test('approvals on the HLD pull request that deployed dev: latest verdict per reviewer counts', async () => {
    const s = storage();
    await deploy(s, { tag: 'master-108', ring: 'dev', until: 'cluster-synced', pr: '42' });
    const ask = {
      ...s,
      ...ghRepo(),
      service: 'frontend',
      'image-tag': 'master-108',
      'to-ring': 'staging',
      'required-approvals': '2',
    };

    await github.reset({
      token: TOKEN,
      reviews: {
        42: [
          { login: 'alice', state: 'APPROVED' },
          { login: 'bob', state: 'COMMENTED' },
        ],
      },
    });
    expect((await gate(ask)).outputs).toMatchObject({
      decision: 'wait',
      reason: 'approvals: pull request 42: 1 of 2 approvals (alice)',
    });

    await github.reset({
      token: TOKEN,
      reviews: {
        42: [
          { login: 'alice', state: 'APPROVED' },
          { login: 'bob', state: 'CHANGES_REQUESTED' },
        ],
      },
    });
    expect((await gate(ask)).result).toMatchObject({
      ok: false,
      message: expect.stringContaining('approvals: pull request 42: changes requested or rejected by bob'),
    });

    await github.reset({
      token: TOKEN,
      reviews: {
        42: [
          { login: 'alice', state: 'APPROVED' },
          { login: 'bob', state: 'CHANGES_REQUESTED' },
          { login: 'bob', state: 'APPROVED' },
        ],
      },
    });
    expect((await gate(ask)).outputs).toMatchObject({ decision: 'promote' });
  });

  test('no pull request recorded for dev (a direct push, or a merge not recorded): no approvals to count, an error', async () => {
    const s = storage();
    await deploy(s, { tag: 'master-109', ring: 'dev', until: 'cluster-synced' });
    const { result, outputs } = await gate({
      ...s,
      ...ghRepo(),
      service: 'frontend',
      'image-tag': 'master-109',
      'to-ring': 'staging',
      'required-approvals': '1',
    });
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^gate: error: .*approvals: deployment [0-9a-f]{12} to dev has no pull request recorded/,
      ),
    });
    expect(outputs.decision).toBe('error');
  });

  test('a token without read access to checks: the reason says which access is missing', async () => {
    const s = storage();
    await deploy(s, { tag: 'master-114', ring: 'dev', until: 'cluster-synced' });
    await github.reset({
      token: TOKEN,
      failures: [
        {
          match: '^GET /repos/contoso/frontend/commits/.*/check-runs$',
          status: 403,
          body: { message: 'Resource not accessible by integration' },
        },
      ],
    });
    const { result, outputs } = await gate({
      ...s,
      ...ghRepo(),
      service: 'frontend',
      'image-tag': 'master-114',
      'to-ring': 'staging',
      'required-checks': 'build',
    });
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining(
        'checks: reading check runs: the token may not do this on contoso/frontend (HTTP 403): it needs read access to checks, commit statuses and pull requests',
      ),
    });
    expect(outputs.decision).toBe('error');
  });

  test('a bad token: the gate cannot tell (error) and says why, and the token is not in it', async () => {
    const s = storage();
    await deploy(s, { tag: 'master-110', ring: 'dev', until: 'cluster-synced' });
    await github.reset({ token: 'another-token' });
    const { result } = await gate({
      ...s,
      ...ghRepo(),
      service: 'frontend',
      'image-tag': 'master-110',
      'to-ring': 'staging',
      'required-checks': 'build',
    });
    expect(result).toMatchObject({
      ok: false,
      message:
        "gate: error: cannot decide the promotion of master-110 from dev to staging: checks: reading check runs: GitHub rejected the token (HTTP 401): check the 'token' input",
    });
  });
});

describe('checks and approvals on Azure DevOps (documented REST 7.1 shapes)', () => {
  test('commit statuses by genre/name and reviewer votes decide', async () => {
    const s = storage();
    await deploy(s, { tag: 'master-111', ring: 'dev', until: 'cluster-synced', pr: '9' });
    const ask = {
      ...s,
      provider: 'azure-devops',
      'api-url': `${azure.url}/contoso`,
      token: TOKEN,
      'checks-repo': 'https://dev.azure.com/contoso/web/_git/frontend',
      'hld-repo': 'https://dev.azure.com/contoso/web/_git/hld',
      service: 'frontend',
      'image-tag': 'master-111',
      'to-ring': 'staging',
      'required-checks': 'ci/build',
      'required-approvals': '1',
    };
    await azure.reset({
      token: TOKEN,
      statuses: { [SRC_SHA]: [{ genre: 'ci', name: 'build', state: 'succeeded' }] },
      reviews: { 9: [{ name: 'carol', vote: 5 }] },
    });
    const ok = await gate(ask);
    expect(ok.outputs.decision).toBe('promote');
    expect(verdicts(ok.conditions)).toEqual({ deployed: 'pass', synced: 'pass', checks: 'pass', approvals: 'pass' });
    expect(ok.conditions[3].detail).toBe('pull request 9 approved by carol@contoso.test');

    await azure.reset({
      token: TOKEN,
      statuses: { [SRC_SHA]: [{ genre: 'ci', name: 'build', state: 'failed' }] },
      reviews: { 9: [{ name: 'carol', vote: -10 }] },
    });
    const bad = await gate(ask);
    expect(bad.result).toMatchObject({
      ok: false,
      message: expect.stringContaining(
        'checks: failed on source commit 1f1f1f1: ci/build (failed); approvals: pull request 9: changes requested or rejected by carol@contoso.test',
      ),
    });
    const { requests } = await azure.requests();
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /contoso/web/_apis/git/repositories/frontend/commits/${SRC_SHA}/statuses`,
      'GET /contoso/web/_apis/git/repositories/hld/pullrequests/9/reviewers',
    ]);
  });
});

describe("checks and approvals on GitLab (requests validated against GitLab's OpenAPI description)", () => {
  test('job statuses and the pipeline decide checks; approvals and requested changes decide approvals', async () => {
    const s = storage();
    await deploy(s, { tag: 'master-113', ring: 'dev', until: 'cluster-synced', pr: '12' });
    const ask = {
      ...s,
      provider: 'gitlab',
      'api-url': gitlab.apiUrl,
      token: TOKEN,
      'checks-repo': 'https://gitlab.com/contoso/web/frontend',
      'hld-repo': 'https://gitlab.com/contoso/hld',
      service: 'frontend',
      'image-tag': 'master-113',
      'to-ring': 'staging',
      'required-checks': 'build, pipeline',
      'required-approvals': '2',
    };
    await gitlab.reset({
      token: TOKEN,
      statuses: { [SRC_SHA]: [{ name: 'build', status: 'success' }] },
      pipelines: { [SRC_SHA]: [{ status: 'running' }] },
      approvals: { 12: ['carol'] },
    });
    const waiting = await gate(ask);
    expect(waiting.outputs.decision).toBe('wait');
    expect(waiting.outputs.reason).toBe(
      'checks: not green yet on source commit 1f1f1f1: pipeline (running); approvals: pull request 12: 1 of 2 approvals (carol)',
    );

    await gitlab.reset({
      token: TOKEN,
      statuses: {
        [SRC_SHA]: [
          { name: 'build', status: 'success' },
          { name: 'lint', status: 'failed', allow_failure: true },
        ],
      },
      pipelines: { [SRC_SHA]: [{ status: 'success' }] },
      approvals: { 12: ['carol', 'dave'] },
      reviewers: { 12: [{ username: 'dave', state: 'approved' }] },
    });
    const ok = await gate(ask);
    expect(ok.outputs.decision).toBe('promote');
    expect(verdicts(ok.conditions)).toEqual({ deployed: 'pass', synced: 'pass', checks: 'pass', approvals: 'pass' });

    await gitlab.reset({
      token: TOKEN,
      statuses: { [SRC_SHA]: [{ name: 'build', status: 'failed' }] },
      pipelines: { [SRC_SHA]: [{ status: 'failed' }] },
      approvals: { 12: ['carol'] },
      reviewers: { 12: [{ username: 'erin', state: 'requested_changes' }] },
    });
    const bad = await gate(ask);
    expect(bad.result).toMatchObject({
      ok: false,
      message: expect.stringContaining(
        'checks: failed on source commit 1f1f1f1: build (failed), pipeline (failed); approvals: pull request 12: changes requested or rejected by erin',
      ),
    });
    const { requests } = await gitlab.requests();
    expect(requests.filter((r) => r.invalid)).toEqual([]);
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /api/v4/projects/contoso%2Fweb%2Ffrontend/repository/commits/${SRC_SHA}/statuses`,
      'GET /api/v4/projects/contoso%2Fweb%2Ffrontend/pipelines',
      'GET /api/v4/projects/contoso%2Fhld/merge_requests/12/approvals',
      'GET /api/v4/projects/contoso%2Fhld/merge_requests/12/reviewers',
    ]);
    expect(requests.every((r) => r.authorized)).toBe(true);
  });
});

describe('health probe', () => {
  test('2xx with the new version promotes; an old version waits; 503 rejects; no answer in time is an error', async () => {
    const s = storage();
    await deploy(s, { tag: 'master-112', ring: 'dev', until: 'cluster-synced' });
    const ask = {
      ...s,
      service: 'frontend',
      'image-tag': 'master-112',
      'to-ring': 'staging',
      'health-url': `${health.url}/healthz`,
      'health-expect': '{image-tag}',
      'health-timeout': '1s',
    };

    await health.answer({ status: 200, body: '{"version":"master-112"}' });
    expect((await gate(ask)).outputs).toMatchObject({
      decision: 'promote',
      reason: 'master-112 may go from dev to staging: deployed, synced, health',
    });

    await health.answer({ status: 200, body: '{"version":"master-100"}' });
    expect((await gate(ask)).outputs).toMatchObject({
      decision: 'wait',
      reason: `health: ${health.url}/healthz is healthy but does not serve 'master-112' yet`,
    });

    await health.answer({ status: 503, body: 'down' });
    const down = await gate({ ...ask, 'health-url': `${health.url}/healthz?code=fn-key-8c1d` });
    expect(down.result).toMatchObject({
      ok: false,
      message: expect.stringMatching(/health: http:\/\/127\.0\.0\.1:\d+\/healthz answered HTTP 503$/),
    });
    expect(JSON.stringify([down.outputs, down.host.lines])).not.toContain('fn-key-8c1d');

    await health.answer({ status: 200, body: 'master-112', delayMs: 3000 });
    const slow = await gate(ask);
    expect(slow.result).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^gate: error: .*health: http:\/\/127\.0\.0\.1:\d+\/healthz unreachable: no answer within 1s$/,
      ),
    });
    expect(slow.outputs.decision).toBe('error');
    await health.answer({ status: 200, body: 'ok' });
  });
});

describe('bad input: one line, exit 2, nothing evaluated', () => {
  test.each([
    [
      { 'to-ring': 'prod', 'from-ring': 'dev' },
      "input 'to-ring': ring 'prod' does not follow 'dev' in rings dev, staging, prod; promote one ring at a time",
    ],
    [
      { 'from-ring': 'qa', 'to-ring': 'staging' },
      "input 'from-ring': ring 'qa' is not in the rings list dev, staging, prod",
    ],
    [{ 'to-ring': 'staging', rings: 'dev,staging,dev' }, "input 'rings': the rings list names 'dev' twice"],
    [
      { 'to-ring': 'staging', 'soak-time': 'an hour' },
      "input 'soak-time': 'an hour' is not a duration like 30m, 1h30m or 2d",
    ],
    [
      { 'to-ring': 'staging', 'health-url': 'ftp://x/health' },
      "input 'health-url': 'ftp://x/health' is not an http(s) URL",
    ],
    [
      { 'to-ring': 'staging', 'required-approvals': 'two' },
      "input 'required-approvals' must be an integer ≥ 0, got 'two'",
    ],
    [{}, "give the input 'to-ring' (or 'from-ring'): the gate needs to know which promotion it guards"],
  ])('%j', async (extra, message) => {
    const { result } = await gate({ ...storage(), service: 'frontend', 'image-tag': 'master-1', ...extra });
    expect(result).toEqual({ ok: false, usage: true, message });
  });
});

describe('surfaces', () => {
  test('CLI: promote prints the outputs and exits 0; error (a tag never recorded) prints them too and exits 1, as reject does', async () => {
    const s = storage();
    await deploy(s, { tag: 'master-113', ring: 'dev', until: 'cluster-synced' });
    const flags = (tag: string) => [
      'gate',
      '--service',
      'frontend',
      '--image-tag',
      tag,
      '--to-ring',
      'staging',
      '--connection-string',
      s['connection-string'],
      '--table-name',
      s['table-name'],
      '--partition-key',
      'fabrikam',
    ];
    const ok = await runCli([...flags('master-113'), '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ decision: 'promote', 'from-ring': 'dev', 'to-ring': 'staging' });
    expect(ok.stderr).toContain('✔ synced: synced to aks-dev');

    const no = await runCli(flags('master-999'));
    expect(no.code).toBe(1);
    expect(no.stdout).toContain('decision=error\n');
    expect(no.stderr.trim().split('\n').pop()).toBe(
      "error: gate: error: cannot decide the promotion of master-999 from dev to staging: deployed: no deployment of frontend with image tag master-999 is recorded: check 'service', 'image-tag' and the table",
    );
    expect(no.stderr).not.toContain('AccountKey');

    const usage = await runCli([
      'gate',
      '--service',
      'frontend',
      '--image-tag',
      'x',
      '--to-ring',
      'qa',
      '--table-name',
      't',
      '--partition-key',
      'p',
      '--connection-string',
      s['connection-string'],
    ]);
    expect(usage.code).toBe(2);
  });

  test('GitHub action and Azure task: an error sets decision=error and fails the step', async () => {
    const s = storage();
    const inputs = { ...s, service: 'frontend', 'image-tag': 'master-998', 'to-ring': 'staging' };
    const gh = await runGitHubAction('gate', inputs);
    expect(gh.code).toBe(1);
    expect(gh.outputs).toMatchObject({ decision: 'error', 'to-ring': 'staging' });
    expect(gh.stdout).toContain('::error::gate: error: cannot decide the promotion of master-998 from dev to staging');
    expect(gh.summary).toContain('ringway gate: master-998 dev → staging: error');

    const az = await runAzureTask('gate', inputs);
    expect(az.result).toBe('Failed');
    expect(az.variables.decision).toEqual({ value: 'error', isOutput: true });
    expect(az.resultMessage).toContain('deployed: no deployment of frontend with image tag master-998 is recorded');
  });
});

// The same gate case on every forge with pull (merge) requests: only the stand-in differs.
describe.each(FORGES)('checks and approvals on $forge (the same case on every forge)', (f) => {
  let api: Awaited<ReturnType<ForgeCase['start']>>;
  beforeAll(async () => {
    api = await f.start();
  });
  afterAll(async () => {
    await api?.stop();
  });

  test("the source commit's check and the HLD pull request's approval decide: wait, promote, reject", async () => {
    const s = storage();
    await deploy(s, { tag: 'master-130', ring: 'dev', until: 'cluster-synced', pr: '42' });
    const ask = {
      ...s,
      ...api.inputs,
      token: f.token,
      'checks-repo': api.gate.checksRepo,
      'hld-repo': api.gate.hldRepo,
      service: 'frontend',
      'image-tag': 'master-130',
      'to-ring': 'staging',
      'required-checks': 'build',
      'required-approvals': '1',
    };
    await api.gate.script(SRC_SHA, 'pending', '42', ['alice']);
    const waiting = await gate(ask);
    expect(waiting.outputs.decision).toBe('wait');
    expect(waiting.outputs.reason).toMatch(/^checks: not green yet on source commit 1f1f1f1: build \(/);

    await api.gate.script(SRC_SHA, 'passed', '42', ['alice']);
    expect((await gate(ask)).outputs).toMatchObject({
      decision: 'promote',
      reason: 'master-130 may go from dev to staging: deployed, synced, checks, approvals',
    });

    await api.gate.script(SRC_SHA, 'passed', '42', []);
    expect((await gate(ask)).outputs).toMatchObject({ decision: 'wait' });

    await api.gate.script(SRC_SHA, 'failed', '42', ['alice']);
    const failed = await gate(ask);
    expect(failed.result).toMatchObject({
      ok: false,
      message: expect.stringContaining('checks: failed on source commit 1f1f1f1: build ('),
    });
  });
});
