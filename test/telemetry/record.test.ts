import { TableClient } from '@azure/data-tables';
import { runStep } from '../../lib/hosts/run.js';
import { Inputs } from '../../lib/steps/inputs.js';
import { step as recordDeployment } from '../../lib/steps/record-deployment.js';
import { SPEKTATE_COLUMNS } from '../../lib/telemetry/row.js';
import { startAzurite, type Azurite } from '../../stand-ins/azurite.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';
import { RecordingHost } from '../../stand-ins/host.js';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await azuriteForThisWorker();
});
afterAll(async () => {
  await azurite?.stop();
});

let table = 0;
function storage() {
  return {
    'connection-string': azurite.connectionString,
    'table-name': `deployments${++table}${Date.now() % 1000}`,
    'partition-key': 'fabrikam',
  };
}

async function record(values: Record<string, string>, host = new RecordingHost()) {
  return recordDeployment.run(Inputs.of(recordDeployment, values), host);
}

async function rows(s: ReturnType<typeof storage>) {
  const client = TableClient.fromConnectionString(s['connection-string'], s['table-name'], {
    allowInsecureConnection: true,
  });
  const out: Record<string, unknown>[] = [];
  for await (const e of client.listEntities()) out.push(e);
  return out;
}

/** The six stages of one deployment, as each pipeline would report them. */
function stagesOf(i: number): Record<string, string>[] {
  return [
    {
      p1: `${1000 + i}`,
      'image-tag': `frontend:master-${i}`,
      'commit-id': `abc${i}def`,
      service: 'frontend',
      repository: 'https://github.com/contoso/Frontend',
    },
    {
      p2: `${2000 + i}`,
      'image-tag': `frontend:master-${i}`,
      'hld-commit-id': `b${i}a1`,
      env: 'Dev',
      pr: `${300 + i}`,
      repository: 'https://github.com/contoso/hld',
    },
    { stage: 'pr-merged', pr: `${300 + i}`, 'hld-commit-id': `m${i}e2`, 'merged-by': 'Alice' },
    { p3: `${4000 + i}`, 'hld-commit-id': `m${i}e2`, pr: `${300 + i}` },
    { p3: `${4000 + i}`, 'manifest-commit-id': `c${i}d3`, repository: 'https://github.com/contoso/manifests' },
    { stage: 'cluster-synced', 'manifest-commit-id': `c${i}d3`, cluster: 'aks-dev' },
  ];
}

const COMPLETE = (i: number) => ({
  partitionKey: 'fabrikam',
  p1: `${1000 + i}`,
  imageTag: `frontend:master-${i}`,
  commitId: `abc${i}def`,
  service: 'frontend',
  sourceRepo: 'https://github.com/contoso/frontend',
  p2: `${2000 + i}`,
  env: 'dev',
  pr: `${300 + i}`,
  hldRepo: 'https://github.com/contoso/hld',
  hldCommitId: `m${i}e2`,
  mergedBy: 'Alice',
  p3: `${4000 + i}`,
  manifestCommitId: `c${i}d3`,
  manifestRepo: 'https://github.com/contoso/manifests',
  cluster: 'aks-dev',
});

test('stages in pipeline order end in one complete row, in Spektate column names, all strings', async () => {
  const s = storage();
  for (const st of stagesOf(1)) await record({ ...st, ...s });
  const all = await rows(s);
  expect(all).toHaveLength(1);
  expect(all[0]).toMatchObject(COMPLETE(1));
  expect(all[0].rowKey).toMatch(/^[0-9a-f]{12}$/);
  for (const c of SPEKTATE_COLUMNS) expect(typeof all[0][c]).toBe('string');
});

test.each([
  ['reverse', [5, 4, 3, 2, 1, 0]],
  ['shuffled', [2, 5, 0, 3, 1, 4]],
  ['manifests first', [3, 4, 0, 1, 2, 5]],
])('stages in %s order end in the same single row', async (_n, order) => {
  const s = storage();
  const st = stagesOf(2);
  for (const i of order) await record({ ...st[i], ...s });
  const all = await rows(s);
  expect(all).toHaveLength(1);
  expect(all[0]).toMatchObject(COMPLETE(2));
});

test('a second ring of the same image gets its own row, starting from what is known of the image', async () => {
  const s = storage();
  const [built, dev] = stagesOf(3);
  await record({ ...built, ...s, author: 'Dana' });
  await record({ ...dev, ...s });
  await record({ ...dev, ...s, p2: '2999', env: 'prod', 'hld-commit-id': 'pp1', pr: '399' });
  const all = await rows(s);
  expect(all).toHaveLength(2);
  expect(all.map((r) => r.env).sort()).toEqual(['dev', 'prod']);
  // The change's author too: `deployments --author` and the dashboard filter find every ring's row.
  expect(all.map(({ p1, commitId, service, author }) => ({ p1, commitId, service, author }))).toEqual(
    [0, 1].map(() => ({ p1: '1003', commitId: 'abc3def', service: 'frontend', author: 'Dana' })),
  );
});

test('50 concurrent stage writes to 10 deployments lose nothing', async () => {
  const s = storage();
  const writes = Array.from({ length: 10 }, (_, i) => stagesOf(10 + i).slice(0, 5)).flat();
  expect(writes).toHaveLength(50);
  await Promise.all(writes.map((w) => record({ ...w, ...s, 'fail-on-error': 'true' })));
  const all = await rows(s);
  expect(all).toHaveLength(10);
  for (let i = 10; i < 20; i++) {
    const { cluster: _c, ...expected } = COMPLETE(i);
    expect(all.find((r) => r.p1 === `${1000 + i}`)).toMatchObject(expected);
  }
}, 120_000);

test('the output names the row and the state; the summary shows the stage', async () => {
  const s = storage();
  const host = new RecordingHost();
  const out = await record({ ...stagesOf(4)[0], ...s }, host);
  expect(out).toMatchObject({ recorded: 'true', state: 'Image built' });
  expect(out['deployment-id']).toMatch(/^[0-9a-f]{12}$/);
  expect(host.summaries[0].title).toBe('ringway record-deployment: image-built');
});

test('bad input: stage without its ids', async () => {
  const s = storage();
  const result = await runStep(
    recordDeployment,
    new RecordingHost(),
    (d) => ({ ...s, p2: '1', 'fail-on-error': 'true' })[d.name],
  );
  expect(result).toMatchObject({ ok: false, message: "stage hld-updated needs 'image-tag'" });
});

test('Azurite stopped mid-run: the next stage warns and exits 0 by default, fails with --fail-on-error', async () => {
  const { runCli } = await import('../support/run-bundle.js');
  const other = await startAzurite();
  const s = { ...storage(), 'connection-string': other.connectionString };
  const env = {
    RINGWAY_CONNECTION_STRING: s['connection-string'],
    RINGWAY_TABLE_NAME: s['table-name'],
    RINGWAY_PARTITION_KEY: s['partition-key'],
  };
  const built = await runCli(
    ['record-deployment', '--p1', '1', '--image-tag', 'svc-1', '--commit-id', 'abc', '--service', 'svc'],
    env,
  );
  expect(built.code).toBe(0);
  expect(built.stdout).toMatch(/^deployment-id=[0-9a-f]{12}\nrecorded=true\nstate=Image built\n$/);
  await other.stop();
  const next = ['record-deployment', '--p2', '2', '--image-tag', 'svc-1', '--hld-commit-id', 'h1', '--env', 'dev'];
  // Both runs meet the stopped service at once: each waits out the storage SDK's own tries (~7 s).
  const [warned, strict] = await Promise.all([runCli(next, env), runCli([...next, '--fail-on-error'], env)]);
  expect(warned.code).toBe(0);
  expect(warned.stdout).toBe('deployment-id=\nrecorded=false\nstate=\n');
  expect(warned.stderr).toMatch(
    /warning: deployment telemetry not recorded: telemetry: cannot reach the table service/,
  );
  expect(strict.code).toBe(1);
  expect(strict.stderr.trim().split('\n').pop()).toMatch(/^error: telemetry: cannot reach the table service/);
  for (const out of [built, warned, strict]) expect(out.stdout + out.stderr).not.toContain('AccountKey');
});

test('a local repository keeps its case (a folder path is case-sensitive); a forge URL is stored in lower case', async () => {
  const s = storage();
  const stages = stagesOf(7);
  stages[1].repository = 'file:///srv/Git/HLD.git';
  stages[4].repository = '/srv/Git/Manifests';
  for (const st of stages) await record({ ...st, ...s });
  const all = await rows(s);
  expect(all).toHaveLength(1);
  const [row] = all;
  expect({ sourceRepo: row.sourceRepo, hldRepo: row.hldRepo, manifestRepo: row.manifestRepo }).toEqual({
    sourceRepo: 'https://github.com/contoso/frontend',
    hldRepo: 'file:///srv/Git/HLD.git',
    manifestRepo: '/srv/Git/Manifests',
  });
});

test('a manual cluster-synced marks every deployment of the ring in that manifest commit; rings sharing it need env', async () => {
  const s = storage();
  // api and web merged to dev, rendered and pushed in one manifest commit (one repo holds every ring);
  // a staging deployment of api was pushed in the same commit.
  const deploy = async (service: string, ring: string, n: number) => {
    await record({ ...s, p1: `${n}1`, 'image-tag': `${service}:v${n}`, 'commit-id': `a${n}`, service });
    await record({ ...s, p2: `${n}2`, 'image-tag': `${service}:v${n}`, 'hld-commit-id': `h${n}`, env: ring });
    await record({ ...s, p3: `${n}3`, 'hld-commit-id': `h${n}`, 'manifest-commit-id': 'cafe01' });
  };
  await deploy('api', 'dev', 1);
  await deploy('web', 'dev', 2);
  await deploy('api', 'staging', 3);

  const ambiguous = await runStep(
    recordDeployment,
    new RecordingHost(),
    (d) =>
      ({ ...s, stage: 'cluster-synced', 'manifest-commit-id': 'cafe01', cluster: 'aks-dev', 'fail-on-error': 'true' })[
        d.name
      ],
  );
  expect(ambiguous).toMatchObject({
    ok: false,
    message:
      "manifest-commit-id cafe01 names deployments to rings dev, staging: give 'env' (the ring the cluster runs)",
  });
  expect((await rows(s)).filter((r) => r.syncedAt)).toHaveLength(0);

  const host = new RecordingHost();
  const out = await record(
    { ...s, stage: 'cluster-synced', 'manifest-commit-id': 'cafe01', env: 'dev', cluster: 'aks-dev' },
    host,
  );
  const all = await rows(s);
  const synced = all
    .filter((r) => r.syncedAt)
    .map((r) => `${r.service}@${r.env}`)
    .sort();
  expect(synced).toEqual(['api@dev', 'web@dev']);
  expect(out['deployment-id'].split(',').sort()).toEqual(
    all
      .filter((r) => r.syncedAt)
      .map((r) => r.rowKey)
      .sort(),
  );
  expect(out.state).toBe('Synced');
  expect(host.summaries[0].rows).toHaveLength(3);
});
