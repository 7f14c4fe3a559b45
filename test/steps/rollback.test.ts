import { parse } from 'yaml';
import { runStep } from '../../lib/hosts/run.js';
import { evaluateGate } from '../../lib/promotion/evaluate.js';
import { ringPair } from '../../lib/promotion/rings.js';
import { Inputs } from '../../lib/steps/inputs.js';
import { step as rollbackStep } from '../../lib/steps/rollback.js';
import { step as updateHld } from '../../lib/steps/update-hld.js';
import { listDeployments } from '../../lib/telemetry/query.js';
import { recordStage } from '../../lib/telemetry/record.js';
import { stateOf } from '../../lib/telemetry/row.js';
import { DeploymentStore } from '../../lib/telemetry/store.js';
import type { Azurite } from '../../stand-ins/azurite.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';
import { startGitHttpServer, type GitHttpServer } from '../../stand-ins/git-http-server.js';
import { bareRepo, branchesOf, commitFiles, logOf, readFileAt } from '../../stand-ins/git.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { runCli } from '../support/run-bundle.js';
import { gateQuestion } from '../support/gate-question.js';
import { FORGES, type ForgeCase } from '../support/forge-cases.js';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await azuriteForThisWorker();
});
afterAll(async () => {
  await azurite?.stop();
});

const config = (frontend: string, backend = 'b-1') => `# prod ring
subcomponents:
  frontend:
    config:
      image:
        tag: ${frontend} # pipelines bump this
  backend:
    config:
      image:
        tag: ${backend}
`;
const FILES = (tag: string) => ({
  'component.yaml':
    'name: fabrikam\nsubcomponents:\n  - name: frontend\n    type: helm\n    path: ./chart\n  - name: backend\n    type: helm\n    path: ./chart\n',
  'config/prod.yaml': config(tag),
});
const tagIn = (dir: string, c = 'frontend') =>
  parse(readFileAt(dir, 'main', 'config/prod.yaml') as string).subcomponents[c].config.image.tag;

let tables = 0;
function storage() {
  return {
    'connection-string': azurite.connectionString,
    'table-name': `rollback${++tables}t${Date.now() % 100000}`,
    'partition-key': 'fabrikam',
  };
}
const store = (s: ReturnType<typeof storage>) =>
  DeploymentStore.open({
    connectionString: s['connection-string'],
    tableName: s['table-name'],
    partitionKey: s['partition-key'],
  });

/** A deployment of `tag` to `ring`, synced (or not) at `at`. */
async function deployed(
  s: ReturnType<typeof storage>,
  tag: string,
  ring: string,
  n: number,
  at: string,
  synced = true,
) {
  const st = store(s);
  await recordStage(
    st,
    { stage: 'image-built', fields: { p1: `1${n}`, imageTag: tag, commitId: `c${n}`, service: 'frontend' } },
    new Date(at),
  );
  await recordStage(
    st,
    { stage: 'hld-updated', fields: { p2: `2${n}`, imageTag: tag, env: ring, hldCommitId: `h${n}` } },
    new Date(at),
  );
  await recordStage(
    st,
    { stage: 'manifests-pushed', fields: { p3: `3${n}`, hldCommitId: `h${n}`, manifestCommitId: `m${n}` } },
    new Date(at),
  );
  if (synced) await recordStage(st, { stage: 'cluster-synced', fields: { manifestCommitId: `m${n}` } }, new Date(at));
}

const base = (url: string) => ({
  'hld-repo': url,
  service: 'frontend',
  ring: 'prod',
  environment: 'prod',
  'pull-request': 'false',
});
async function rollback(values: Record<string, string>) {
  const host = new RecordingHost({ buildId: '77' });
  const result = await runStep(rollbackStep, host, (d) => values[d.name]);
  return { result, outputs: result.ok ? result.outputs : (result.outputs ?? {}), host };
}

describe('from the deployment records (Azurite)', () => {
  test('puts back the last tag synced before the current one, skipping a rolled-back one; records both ends; the gate then rejects the bad tag', async () => {
    const s = storage();
    await deployed(s, 'v1', 'prod', 1, '2026-11-20T10:00:00Z');
    await deployed(s, 'v2', 'prod', 2, '2026-11-21T10:00:00Z');
    await deployed(s, 'v3', 'prod', 3, '2026-11-22T10:00:00Z');
    await deployed(s, 'v2', 'dev', 4, '2026-11-20T12:00:00Z');
    const hld = await bareRepo({ files: FILES('v3') });
    const first = await rollback({ ...base(hld.url), ...s, reason: 'health: /healthz answered HTTP 503' });
    expect(first.result.ok).toBe(true);
    expect(first.outputs).toMatchObject({ 'from-tag': 'v3', 'to-tag': 'v2', changed: 'true', branch: 'main' });
    expect(tagIn(hld.dir)).toBe('v2');
    expect(readFileAt(hld.dir, 'main', 'config/prod.yaml')).toBe(config('v2'));
    const [head] = logOf(hld.dir, 'main');
    expect(head.sha).toBe(first.outputs.commit);
    expect(head.subject).toBe('Rolling back frontend in prod from v3 to v2.');
    expect(head.body).toContain('Reason: health: /healthz answered HTTP 503');

    const rows = await store(s).find({ env: 'prod' });
    const replaced = rows.find((r) => r.imageTag === 'v3');
    const restore = rows.find((r) => r.rowKey === first.outputs['deployment-id']);
    expect(restore).toMatchObject({
      imageTag: 'v2',
      env: 'prod',
      hldCommitId: first.outputs.commit,
      rollbackOf: replaced?.rowKey,
      service: 'frontend',
    });
    expect(replaced).toMatchObject({
      rolledBackBy: restore?.rowKey,
      rollbackReason: 'health: /healthz answered HTTP 503',
    });
    expect(stateOf(replaced!)).toBe('Rolled back');
    // `ringway deployments` (and the dashboard, which shows the same views) list it as such.
    const listed = await listDeployments(store(s), { ring: 'prod' });
    expect(listed.find((v) => v.imageTag === 'v3')).toMatchObject({
      state: 'Rolled back',
      rolledBackBy: restore?.rowKey,
      rollbackReason: 'health: /healthz answered HTTP 503',
    });
    expect(listed.find((v) => v.deploymentId === restore?.rowKey)).toMatchObject({ rollbackOf: replaced?.rowKey });

    // The gate: v3 rolled back in prod; asked to promote v3 from staging… no: from dev to staging it
    // is still fine (prod is later), but anything going past prod's predecessors is rejected.
    const rejected = await evaluateGate(
      gateQuestion({ pair: ringPair(['dev', 'staging', 'prod', 'global'], 'prod', 'global') }),
      {
        rowsForTag: (t: string) => store(s).find({ imageTag: t }),
        signals: () => {
          throw new Error('unused');
        },
        syncTag: async () => ({ applied: false, tagCommit: '' }),
        now: () => Date.now(),
      } as unknown as Parameters<typeof evaluateGate>[1],
    );
    expect(rejected.decision).toBe('reject');
    expect(rejected.conditions.find((c) => c.name === 'rolled-back')).toMatchObject({ verdict: 'reject' });

    // A second rollback skips v3 (rolled back) and v2 (current): back to v1.
    await recordStage(
      store(s),
      { stage: 'cluster-synced', fields: { hldCommitId: first.outputs.commit, manifestCommitId: 'm9' } },
      new Date('2026-11-23T10:00:00Z'),
    ).catch(() => undefined);
    const second = await rollback({ ...base(hld.url), ...s, reason: 'still bad' });
    expect(second.outputs).toMatchObject({ 'from-tag': 'v2', 'to-tag': 'v1' });
    expect(tagIn(hld.dir)).toBe('v1');
  }, 180_000);

  test('"before the current one" counts from when it reached the ring: not from its build, not from an earlier deployment of it', async () => {
    const s = storage();
    const st = store(s);
    const at = (t: string) => new Date(`2026-11-${t}:00Z`);
    // v6 is built on the 19th, but v5 only reaches prod on the 20th and v6 on the 21st.
    await recordStage(
      st,
      { stage: 'image-built', fields: { p1: '16', imageTag: 'v6', commitId: 'c6', service: 'frontend' } },
      at('19T08:00'),
    );
    await deployed(s, 'v5', 'prod', 5, '2026-11-20T10:00:00Z');
    await recordStage(
      st,
      { stage: 'hld-updated', fields: { p2: '26', imageTag: 'v6', env: 'prod', hldCommitId: 'h6' } },
      at('21T10:00'),
    );
    await recordStage(
      st,
      { stage: 'manifests-pushed', fields: { p3: '36', hldCommitId: 'h6', manifestCommitId: 'm6' } },
      at('21T10:05'),
    );
    await recordStage(st, { stage: 'cluster-synced', fields: { manifestCommitId: 'm6' } }, at('21T10:10'));
    const hld = await bareRepo({ files: FILES('v6') });
    expect((await rollback({ ...base(hld.url), ...s })).outputs).toMatchObject({ 'from-tag': 'v6', 'to-tag': 'v5' });

    // v4, then v5, then v4 again: rolling back v4 puts v5 back, the tag before this deployment of v4.
    const t = storage();
    await deployed(t, 'v4', 'prod', 1, '2026-11-20T10:00:00Z');
    await deployed(t, 'v5', 'prod', 2, '2026-11-21T10:00:00Z');
    await deployed(t, 'v4', 'prod', 3, '2026-11-22T10:00:00Z');
    const again = await bareRepo({ files: FILES('v4') });
    const back = await rollback({ ...base(again.url), ...t });
    expect(back.outputs).toMatchObject({ 'from-tag': 'v4', 'to-tag': 'v5' });
    // The deployment rolled back is the latest one of v4.
    const rows = await store(t).find({ imageTag: 'v4' });
    expect(rows.filter((r) => r.rolledBackAt).map((r) => r.p2)).toEqual(['23']);
  }, 180_000);

  test('bad input: unknown ring, unknown service, to-tag never deployed, no previous good tag: one error naming the input, nothing pushed', async () => {
    const s = storage();
    await deployed(s, 'v3', 'prod', 3, '2026-11-22T10:00:00Z');
    const hld = await bareRepo({ files: FILES('v3') });
    const cases: [Record<string, string>, RegExp][] = [
      [{ ring: 'qa' }, /^input 'ring': 'qa' is not one of the rings dev, staging, prod$/],
      [
        { service: 'payments' },
        /^input 'service': service 'payments' \(component 'payments'\) has no image\.tag in config\/prod\.yaml|^component 'payments'/,
      ],
      [{ 'to-tag': 'v9' }, /^input 'to-tag': v9 was never deployed to prod/],
      [{}, /^input 'to-tag': no previous good tag of frontend in prod/],
    ];
    for (const [extra, message] of cases) {
      const { result } = await rollback({ ...base(hld.url), ...s, ...extra });
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.message).toMatch(message);
    }
    expect(logOf(hld.dir, 'main')).toHaveLength(1);
    expect(branchesOf(hld.dir)).toEqual(['main']);
  }, 180_000);

  test('rows are data: a previous tag that is not an image tag (an option, a line break, 10,000 characters) is refused naming its row and column; the HLD is untouched', async () => {
    const hld = await bareRepo({ files: FILES('v3') });
    for (const [i, bad] of [
      `--upload-pack=touch /tmp/ringway-rollback-pwned`,
      'v1\nRingway-Service: other',
      'x'.repeat(10_000),
    ].entries()) {
      const s = storage();
      await deployed(s, bad, 'prod', 1, '2026-11-20T10:00:00Z');
      await deployed(s, 'v3', 'prod', 3, '2026-11-22T10:00:00Z');
      const { result } = await rollback({ ...base(hld.url), ...s });
      expect(result.ok).toBe(false);
      expect(result.ok ? '' : result.message).toMatch(
        /^deployment [0-9a-f]+ \(partition fabrikam\), column 'imageTag': '.*'( \(\d+ characters\))? is not an image tag: /,
      );
      expect(result.ok ? '' : result.message).not.toContain('\n');
      if (i === 2) expect(result.ok ? '' : result.message.length).toBeLessThan(300);
    }
    // An input is checked the same way, and named.
    const { result } = await rollback({ ...base(hld.url), ...storage(), 'to-tag': '--upload-pack=x' });
    expect(result.ok ? '' : result.message).toMatch(/^input 'to-tag': '--upload-pack=x' is not an image tag/);
    expect(logOf(hld.dir, 'main')).toHaveLength(1);
    expect(branchesOf(hld.dir)).toEqual(['main']);
  }, 180_000);
});

describe('on the command line (the CLI bundle)', () => {
  test('a ring outside the rings is bad usage (exit 2); what the HLD and the records do not hold fails (exit 1); one line naming the input, nothing pushed', async () => {
    const s = storage();
    await deployed(s, 'v3', 'prod', 3, '2026-11-22T10:00:00Z');
    const hld = await bareRepo({ files: FILES('v3') });
    const env = {
      RINGWAY_CONNECTION_STRING: s['connection-string'],
      RINGWAY_TABLE_NAME: s['table-name'],
      RINGWAY_PARTITION_KEY: s['partition-key'],
    };
    const cases: [string[], number, string][] = [
      [['--ring', 'qa'], 2, "error: input 'ring': 'qa' is not one of the rings dev, staging, prod"],
      [
        ['--ring', 'prod'],
        1,
        "error: input 'to-tag': no previous good tag of frontend in prod: no other tag reached synced there before v3; name one with 'to-tag'",
      ],
      [
        ['--ring', 'prod', '--to-tag', 'v1'],
        1,
        "error: input 'to-tag': v1 was never deployed to prod (no deployment of frontend with that tag is recorded there)",
      ],
      [
        ['--ring', 'prod', '--service', 'payments'],
        1,
        "error: input 'service': service 'payments' (component 'payments') has no image.tag in config/prod.yaml; nothing to roll back",
      ],
    ];
    for (const [extra, code, line] of cases) {
      const r = await runCli(
        [
          'rollback',
          '--hld-repo',
          hld.url,
          '--service',
          'frontend',
          '--environment',
          'prod',
          '--pull-request',
          'false',
          ...extra,
        ],
        env,
      );
      expect([r.code, r.stderr.trim().split('\n').pop()]).toEqual([code, line]);
      expect(r.stdout).toBe('');
    }
    expect(logOf(hld.dir, 'main')).toHaveLength(1);
    expect(branchesOf(hld.dir)).toEqual(['main']);
  }, 180_000);
});

// The same case on every forge with pull (merge) requests: only the stand-in differs.
describe.each(FORGES)('on $forge (git over smart HTTP with a token; API requests checked against $against)', (f) => {
  let server: GitHttpServer;
  let api: Awaited<ReturnType<ForgeCase['start']>>;
  beforeAll(async () => {
    [server, api] = await Promise.all([startGitHttpServer({ token: f.token }), f.start()]);
  });
  afterAll(async () => {
    await Promise.all([server?.stop(), api?.stop()]);
  });

  test('a pull request from ROLLBACK/{service}-{ring}-{tag}: its title and body say what is rolled back and why; nothing merged before review', async () => {
    await api.reset(f.token);
    const repo = await server.repo(f.repoPath, { files: FILES('v1') });
    commitFiles(repo.dir, 'main', { 'config/prod.yaml': config('v2') }, 'Updating frontend image tag to v2.');
    const reason = 'gate: health: https://fabrikam.example/healthz answered HTTP 503';
    const r = await rollback({
      ...base(repo.httpUrl),
      ...api.inputs,
      'pull-request': 'true',
      token: f.token,
      reason,
    });
    expect(r.outputs).toMatchObject({
      'from-tag': 'v2',
      'to-tag': 'v1',
      branch: 'ROLLBACK/frontend-prod-v1',
      'pull-request-number': '100',
      'pull-request-url': api.proposalUrl('100', repo.httpUrl),
    });
    const proposals = await api.proposals();
    expect(proposals).toHaveLength(1);
    expect(proposals[0].title).toBe('Rolling back frontend in prod from v2 to v1.');
    expect(proposals[0].body).toContain('Rolls frontend in prod back from v2 to v1.');
    expect(proposals[0].body).toContain(`Reason: ${reason}`);
    expect(proposals[0].autoMerge).toBe(false);
    expect(readFileAt(repo.dir, 'ROLLBACK/frontend-prod-v1', 'config/prod.yaml')).toBe(config('v1'));
    expect(tagIn(repo.dir)).toBe('v2');
    expect(r.host.output).not.toContain(f.token);
  }, 180_000);
});

describe("from the HLD's history (no storage)", () => {
  test('the value before the current one, skipping a tag a rollback took out; a pull request on ROLLBACK/ (local provider)', async () => {
    const hld = await bareRepo({ files: FILES('v1') });
    commitFiles(hld.dir, 'main', { 'config/prod.yaml': config('v2') }, 'Updating frontend image tag to v2.');
    commitFiles(hld.dir, 'main', { 'config/prod.yaml': config('v3') }, 'Updating frontend image tag to v3.');
    const first = await rollback({ ...base(hld.url), reason: 'gate rejected' });
    expect(first.outputs).toMatchObject({ 'from-tag': 'v3', 'to-tag': 'v2', 'deployment-id': '' });
    commitFiles(hld.dir, 'main', { 'config/prod.yaml': config('v4') }, 'Updating frontend image tag to v4.');
    commitFiles(hld.dir, 'main', { 'config/prod.yaml': config('v3') }, 'Updating frontend image tag to v3 again.');
    // v3 was rolled back (trailer), so from v3 the previous good one is v4.
    const pr = await rollback({ ...base(hld.url), 'pull-request': 'true', provider: 'local', reason: 'bad again' });
    expect(pr.outputs).toMatchObject({ 'from-tag': 'v3', 'to-tag': 'v4', branch: 'ROLLBACK/frontend-prod-v4' });
    expect(tagIn(hld.dir)).toBe('v4');
    const explicit = await rollback({ ...base(hld.url), 'to-tag': 'v1' });
    expect(explicit.outputs).toMatchObject({ 'from-tag': 'v4', 'to-tag': 'v1' });
    const never = await rollback({ ...base(hld.url), 'to-tag': 'v7' });
    expect(never.result.ok ? '' : never.result.message).toMatch(/^input 'to-tag': v7 was never deployed to prod/);
  }, 180_000);

  test('a rollback racing with update-hld of the same HLD: both land, none lost', async () => {
    const hld = await bareRepo({ files: FILES('v1') });
    commitFiles(hld.dir, 'main', { 'config/prod.yaml': config('v2') }, 'v2');
    const [rb, up] = await Promise.all([
      rollback({ ...base(hld.url), reason: 'race' }),
      updateHld.run(
        Inputs.of(updateHld, {
          'hld-repo': hld.url,
          component: 'backend',
          environment: 'prod',
          'image-tag': 'b-7',
          'pull-request': 'false',
        }),
        new RecordingHost(),
      ),
    ]);
    expect(rb.result.ok).toBe(true);
    expect(up.changed).toBe('true');
    expect(tagIn(hld.dir)).toBe('v1');
    expect(tagIn(hld.dir, 'backend')).toBe('b-7');
  }, 180_000);

  test('a rollback racing with update-hld of the same service in the ring: the rollback lands before it, after it (of what it read), or is refused with a clear error; the update is never lost', async () => {
    for (let round = 0; round < 3; round++) {
      const hld = await bareRepo({ files: FILES('v1') });
      commitFiles(hld.dir, 'main', { 'config/prod.yaml': config('v2') }, 'v2');
      const [rb, up] = await Promise.all([
        rollback({ ...base(hld.url), reason: 'race' }),
        updateHld.run(
          Inputs.of(updateHld, {
            'hld-repo': hld.url,
            component: 'frontend',
            environment: 'prod',
            'image-tag': 'v4',
            'pull-request': 'false',
          }),
          new RecordingHost(),
        ),
      ]);
      const history = logOf(hld.dir, 'main').map((c) => c.sha);
      expect(up.changed).toBe('true');
      expect(history).toContain(up.commit);
      if (!rb.result.ok) {
        // The update landed between the rollback's read and its push: refused, nothing pushed.
        expect(rb.result.message).toBe(
          'prod moved on from v2 to v4 while rolling back; nothing pushed — run rollback again',
        );
        expect(tagIn(hld.dir)).toBe('v4');
        expect(history).toHaveLength(3);
        continue;
      }
      expect(history).toContain(rb.outputs.commit);
      if (rb.outputs['from-tag'] === 'v2') {
        // Rolled back first (v2 → v1), then the update on top of it.
        expect(rb.outputs['to-tag']).toBe('v1');
        expect(history.indexOf(up.commit)).toBeLessThan(history.indexOf(rb.outputs.commit));
        expect(tagIn(hld.dir)).toBe('v4');
      } else {
        // The rollback read the HLD after the update: it rolled back what it found (v4 → v2).
        expect(rb.outputs).toMatchObject({ 'from-tag': 'v4', 'to-tag': 'v2' });
        expect(tagIn(hld.dir)).toBe('v2');
      }
    }
  }, 300_000);
});
