/**
 * The gate separates "bad" from "cannot tell": only evidence (a failed check, a rejected review, a
 * non-2xx health answer from the service) rejects, and only a reject is written to the record as a
 * failed change. An access error, a server error, no answer or a missing record is decision=error:
 * the job fails with one line naming the condition, and the record is left as it was.
 */
import { createServer } from 'node:net';
import { join } from 'node:path';
import { shortenBackoff } from '../../lib/git/backoff.js';
import { clearJobToken } from '../../lib/git/job-token.js';
import { githubInput } from '../../lib/hosts/github.js';
import { runStep } from '../../lib/hosts/run.js';
import { step as gateStep } from '../../lib/steps/gate.js';
import { Inputs } from '../../lib/steps/inputs.js';
import { step as recordDeployment } from '../../lib/steps/record-deployment.js';
import { DeploymentStore } from '../../lib/telemetry/store.js';
import type { Azurite } from '../../stand-ins/azurite.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';
import { startForgeApi, type ForgeApi } from '../../stand-ins/forge-api.js';
import { startHealthServer, type HealthServer } from '../../stand-ins/health-server.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { spawnListening, stopByPid } from '../../stand-ins/process.js';
import { repoRoot } from '../support/run-bundle.js';

const TOKEN = 'gate-errors-token-4b8d2e';
const SRC_SHA = '1f'.repeat(20);
let azurite: Azurite;
let github: ForgeApi;
let health: HealthServer;
let silent: Awaited<ReturnType<typeof spawnListening>>;
let closedPort: number;

beforeAll(async () => {
  // The forge client's pauses before it asks again after a 5xx (0.5 s, 1 s) at a tenth.
  shortenBackoff(0.1);
  [azurite, github, health, silent, closedPort] = await Promise.all([
    azuriteForThisWorker(),
    startForgeApi('github'),
    startHealthServer(),
    spawnListening(process.execPath, [join(repoRoot, 'stand-ins/silent-server.mjs')]),
    freePort(),
  ]);
});
afterAll(async () => {
  shortenBackoff(1);
  await Promise.all([azurite?.stop(), github?.stop(), health?.stop(), silent && stopByPid(silent.child)]);
});
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
  clearJobToken();
});

/** A port nothing listens on: bound, then closed again. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

let tables = 0;
const storage = () => ({
  'connection-string': azurite.connectionString,
  'table-name': `gateerr${++tables}t${Date.now() % 100000}`,
  'partition-key': 'fabrikam',
});
type Storage = ReturnType<typeof storage>;

/** master-<n> built, deployed to dev through pull request 42, manifests pushed and synced. */
async function deployed(tag: string): Promise<Storage> {
  const s = storage();
  const host = new RecordingHost();
  const record = (v: Record<string, string>) =>
    recordDeployment.run(Inputs.of(recordDeployment, { ...s, 'fail-on-error': 'true', ...v }), host);
  await record({
    p1: `${tag}-b`,
    'image-tag': tag,
    'commit-id': SRC_SHA,
    service: 'frontend',
    repository: 'https://github.com/contoso/frontend',
  });
  await record({
    stage: 'hld-updated',
    p2: `${tag}-hld`,
    'image-tag': tag,
    env: 'dev',
    service: 'frontend',
    'hld-commit-id': '3d'.repeat(20),
    pr: '42',
    repository: 'https://github.com/contoso/hld',
  });
  await record({ stage: 'manifests-generated', p3: `${tag}-gen`, 'hld-commit-id': '3d'.repeat(20) });
  await record({
    p3: `${tag}-gen`,
    'manifest-commit-id': '2e'.repeat(20),
    repository: 'https://github.com/contoso/manifests',
  });
  await record({ stage: 'cluster-synced', 'manifest-commit-id': '2e'.repeat(20), cluster: 'aks-dev' });
  return s;
}

async function gate(values: Record<string, string>, input: (name: string) => string | undefined = (n) => values[n]) {
  const host = new RecordingHost();
  const result = await runStep(gateStep, host, (d) => (d.name === 'token' ? input('token') : values[d.name]));
  const outputs = result.outputs ?? {};
  const conditions = outputs.conditions ? (JSON.parse(outputs.conditions) as { name: string; verdict: string }[]) : [];
  return { result, outputs, verdicts: Object.fromEntries(conditions.map((c) => [c.name, c.verdict])), host };
}

/** The gate-rejected mark of the tag's deployments ('' where none was written). */
async function rejectionMarks(s: Storage, tag: string): Promise<string[]> {
  const store = DeploymentStore.open({
    connectionString: s['connection-string'],
    tableName: s['table-name'],
    partitionKey: s['partition-key'],
  });
  return (await store.find({ imageTag: tag })).filter((r) => r.env === 'dev').map((r) => r.gateRejectedAt ?? '');
}

const forge = {
  provider: 'github',
  'api-url': '',
  'checks-repo': 'https://github.com/contoso/frontend',
  'hld-repo': 'https://github.com/contoso/hld',
};
const ask = (s: Storage, tag: string, extra: Record<string, string>) => ({
  ...s,
  ...forge,
  'api-url': github.url,
  token: TOKEN,
  service: 'frontend',
  'image-tag': tag,
  'to-ring': 'staging',
  ...extra,
});

describe('GitHub checks and approvals the gate cannot read: error, never reject, nothing recorded', () => {
  test.each([
    [404, 'repository contoso/frontend was not found, or the token cannot see it (HTTP 404)'],
    [
      403,
      'the token may not do this on contoso/frontend (HTTP 403): it needs read access to checks, commit statuses and pull requests',
    ],
    [401, "GitHub rejected the token (HTTP 401): check the 'token' input"],
    [500, 'GitHub answered HTTP 500'],
  ])('check runs answer HTTP %i', async (status, why) => {
    const s = await deployed(`master-c${status}`);
    await github.reset({
      token: TOKEN,
      failures: [
        { match: '^GET /repos/contoso/frontend/commits/.*/check-runs$', status, body: { message: 'no' }, times: 10 },
      ],
    });
    const { result, outputs, verdicts, host } = await gate(ask(s, `master-c${status}`, { 'required-checks': 'build' }));
    expect(result).toMatchObject({
      ok: false,
      usage: false,
      message: `gate: error: cannot decide the promotion of master-c${status} from dev to staging: checks: reading check runs: ${why}${status === 500 ? ': no' : ''}`,
    });
    expect(outputs).toMatchObject({
      decision: 'error',
      reason: expect.stringMatching(/^checks: reading check runs: /),
    });
    expect(verdicts).toEqual({ deployed: 'pass', synced: 'pass', checks: 'error' });
    expect(host.summaries[0].rows).toContainEqual(['checks', 'error', expect.stringContaining(`HTTP ${status}`)]);
    expect(host.lines.join('\n')).toContain('? checks: reading check runs');
    expect(await rejectionMarks(s, `master-c${status}`)).toEqual(['']);
    // A server error is tried again (three attempts in all); a refusal is not.
    const asked = (await github.requests()).requests.filter((r) => r.path.endsWith('/check-runs')).length;
    expect(asked).toBe(status === 500 ? 3 : 1);
  });

  test('a 502 once, then the answer: the read is tried again and the gate decides', async () => {
    const s = await deployed('master-r1');
    await github.reset({
      token: TOKEN,
      checks: { [SRC_SHA]: [{ name: 'build', status: 'completed', conclusion: 'success' }] },
      failures: [
        { match: '^GET /repos/contoso/frontend/commits/.*/check-runs$', status: 502, body: { message: 'Bad Gateway' } },
      ],
    });
    expect((await gate(ask(s, 'master-r1', { 'required-checks': 'build' }))).outputs).toMatchObject({
      decision: 'promote',
    });
  });

  test('the API unreachable, or answering 200 with something that is not its answer: error', async () => {
    const s = await deployed('master-u1');
    const down = await gate(
      ask(s, 'master-u1', { 'required-checks': 'build', 'api-url': `http://127.0.0.1:${closedPort}` }),
    );
    expect(down.outputs).toMatchObject({
      decision: 'error',
      reason: `checks: reading check runs: cannot reach GitHub's API at http://127.0.0.1:${closedPort}/: ECONNREFUSED`,
    });

    await github.reset({
      token: TOKEN,
      failures: [{ match: '^GET /repos/contoso/frontend/commits/.*/status$', status: 200, body: {}, times: 10 }],
    });
    const odd = await gate(ask(s, 'master-u1', { 'required-checks': 'build' }));
    expect(odd.outputs).toMatchObject({
      decision: 'error',
      reason: expect.stringMatching(
        /^checks: reading commit statuses: GitHub's API at \S+ answered in a shape ringway does not know: statuses is missing$/,
      ),
    });
    expect(await rejectionMarks(s, 'master-u1')).toEqual(['']);
  });

  test('reviews answer HTTP 404: error; a real failed check beside it still rejects, and that reject is recorded', async () => {
    const s = await deployed('master-a1');
    await github.reset({
      token: TOKEN,
      failures: [
        { match: '^GET /repos/contoso/hld/pulls/42/reviews$', status: 404, body: { message: 'Not Found' }, times: 10 },
      ],
    });
    const lost = await gate(ask(s, 'master-a1', { 'required-approvals': '1' }));
    expect(lost.outputs).toMatchObject({
      decision: 'error',
      reason:
        'approvals: reading pull request reviews: repository contoso/hld was not found, or the token cannot see it (HTTP 404)',
    });
    expect(await rejectionMarks(s, 'master-a1')).toEqual(['']);

    // Evidence outweighs an unreadable signal: the failed check decides, the error is still reported.
    await github.reset({
      token: TOKEN,
      checks: { [SRC_SHA]: [{ name: 'build', status: 'completed', conclusion: 'failure' }] },
      failures: [
        { match: '^GET /repos/contoso/hld/pulls/42/reviews$', status: 404, body: { message: 'Not Found' }, times: 10 },
      ],
    });
    const bad = await gate(ask(s, 'master-a1', { 'required-approvals': '1', 'required-checks': 'build' }));
    expect(bad.verdicts).toEqual({ deployed: 'pass', synced: 'pass', checks: 'reject', approvals: 'error' });
    expect(bad.result).toMatchObject({
      ok: false,
      message: expect.stringMatching(
        /^gate: reject promotion of master-a1 from dev to staging: checks: failed on source commit 1f1f1f1: build \(failure\); approvals: reading pull request reviews: /,
      ),
    });
    expect((await rejectionMarks(s, 'master-a1'))[0]).toMatch(/^20\d\d-/);
  });
});

describe('health probes: the service answering non-2xx is evidence; no answer is not', () => {
  test('a closed port and a server that never answers (bounded by health-timeout) are errors; 503 rejects', async () => {
    const s = await deployed('master-h1');
    const probe = (url: string) =>
      gate({
        ...s,
        service: 'frontend',
        'image-tag': 'master-h1',
        'to-ring': 'staging',
        'health-url': url,
        'health-timeout': '1s',
      });

    const closed = await probe(`http://127.0.0.1:${closedPort}/healthz`);
    expect(closed.result).toMatchObject({
      ok: false,
      message: `gate: error: cannot decide the promotion of master-h1 from dev to staging: health: http://127.0.0.1:${closedPort}/healthz unreachable: ECONNREFUSED`,
    });
    expect(closed.outputs.decision).toBe('error');

    const hanging = await probe(`http://127.0.0.1:${silent.port}/healthz`);
    expect(hanging.outputs).toMatchObject({
      decision: 'error',
      reason: `health: http://127.0.0.1:${silent.port}/healthz unreachable: no answer within 1s`,
    });

    // Every error above left the record as it was: nothing to roll back on.
    expect(await rejectionMarks(s, 'master-h1')).toEqual(['']);

    // Any answer of the service that is not 2xx is evidence (a 404 too: the release lost its route).
    await health.answer({ status: 503, body: 'down' });
    const down = await probe(`${health.url}/healthz`);
    expect(down.outputs).toMatchObject({
      decision: 'reject',
      reason: `health: ${health.url}/healthz answered HTTP 503`,
    });
    expect((await rejectionMarks(s, 'master-h1'))[0]).toMatch(/^20\d\d-/);
    await health.answer({ status: 200, body: 'ok' });
  });
});

describe("an empty 'token' input: the job's own token was sent, and the error says so", () => {
  test('GitHub: the forge refuses the job token; the line names the empty input and the repository', async () => {
    const s = await deployed('master-j1');
    await github.reset({ token: TOKEN });
    // As the runner sets it for `token: ${{ secrets.HLD_TOKEN }}` when that secret does not exist.
    Object.assign(process.env, {
      INPUT_TOKEN: '',
      'INPUT_JOB-TOKEN': 'ghs_job_token_5c2a',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: github.url,
    });
    const tokenDef = gateStep.inputs.find((d) => d.name === 'token');
    const { result, outputs } = await gate(ask(s, 'master-j1', { 'required-checks': 'build' }), () =>
      githubInput(tokenDef as (typeof gateStep.inputs)[number]),
    );
    expect(outputs.decision).toBe('error');
    expect(result).toMatchObject({
      ok: false,
      message:
        "gate: error: cannot decide the promotion of master-j1 from dev to staging: checks: reading check runs: GitHub rejected the token (HTTP 401): the 'token' input was empty, so the job's own token was sent, which reaches only the repository the workflow runs in: set 'token' to a token with read access to checks, commit statuses and pull requests on contoso/frontend",
    });
    expect((await github.requests()).requests.every((r) => !r.authorized)).toBe(true);
  });
});
