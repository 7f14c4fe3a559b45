// DORA metrics from a generated deployment history in Azurite. Every expected number below is
// worked out by hand from the history written in beforeAll (see the comments there).
import { TableClient, type TransactionAction } from '@azure/data-tables';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runStep } from '../../lib/hosts/run.js';
import type { MetricsReport } from '../../lib/metrics/compute.js';
import { commitTime } from '../../lib/telemetry/commit-time.js';
import { step as gateStep } from '../../lib/steps/gate.js';
import { Inputs } from '../../lib/steps/inputs.js';
import { step as metricsStep } from '../../lib/steps/metrics.js';
import { step as recordDeployment } from '../../lib/steps/record-deployment.js';
import type { Azurite } from '../../stand-ins/azurite.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';
import { git, tempDir } from '../../stand-ins/git.js';
import { startHealthServer, type HealthServer } from '../../stand-ins/health-server.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { runCli } from '../support/run-bundle.js';

let azurite: Azurite;
const PK = 'fabrikam';
const history = `history${Date.now() % 100000}`;

// The window: four whole weeks, 2026-10-04 → 2026-11-01.
const SINCE = '2026-10-04T00:00:00Z';
const UNTIL = '2026-11-01T00:00:00Z';
const day = (n: number, hh: number, mm = 0) =>
  new Date(Date.parse(SINCE) + n * 86400e3 + hh * 3600e3 + mm * 60e3).toISOString();
const minus = (iso: string, hours: number) => new Date(Date.parse(iso) - hours * 3600e3).toISOString();

type Entity = { partitionKey: string; rowKey: string } & Record<string, string>;

function rows(): Entity[] {
  const out: Entity[] = [];
  let n = 0;
  const row = (v: Record<string, string>) =>
    out.push({ partitionKey: PK, rowKey: `r${String(++n).padStart(11, '0')}`, ...v });
  // api/dev: deployments on 3 days of every week (days 0,2,4 / 7,9,11 / 14,16,18 / 21,23,25) at
  // 12:00, the i-th one committed i+1 hours before: lead times 1..12 h.
  [0, 2, 4, 7, 9, 11, 14, 16, 18, 21, 23, 25].forEach((d, i) => {
    const synced = day(d, 12);
    row({
      service: 'api',
      env: 'dev',
      imageTag: `api-${i}`,
      manifestCommitId: `m${i}`,
      manifestsPushedAt: minus(synced, 0.5),
      syncedAt: synced,
      commitTime: minus(synced, i + 1),
    });
  });
  // Outside the window on both sides: not counted.
  row({
    service: 'api',
    env: 'dev',
    imageTag: 'api-old',
    syncedAt: '2026-10-01T12:00:00.000Z',
    commitTime: '2026-10-01T11:00:00.000Z',
  });
  row({
    service: 'api',
    env: 'dev',
    imageTag: 'api-new',
    syncedAt: '2026-11-02T12:00:00.000Z',
    commitTime: '2026-11-02T11:00:00.000Z',
  });
  // api/prod: weekly at day 1, 8, 15, 22 with lead times 24, 48, 72, 96 h; the day-8 one is rolled
  // back at 13:00 and a hotfix committed 12:30 syncs at 13:30 (lead 1 h, restore 30 min).
  [1, 8, 15, 22].forEach((d, i) => {
    const synced = day(d, 12);
    row({
      service: 'api',
      env: 'prod',
      imageTag: `api-p${i}`,
      syncedAt: synced,
      commitTime: minus(synced, 24 * (i + 1)),
      ...(d === 8 ? { rolledBackAt: day(8, 13) } : {}),
    });
  });
  row({ service: 'api', env: 'prod', imageTag: 'api-hotfix', syncedAt: day(8, 13, 30), commitTime: day(8, 12, 30) });
  // web/staging: A synced (lead 2 h); B's sync failed at day 10 10:00; C synced 3 h later (lead
  // 1 h) restores it; D synced day 17 (lead 4 h) and was rejected by the gate 2 h later, with no
  // good deployment since (unrestored).
  row({ service: 'web', env: 'staging', imageTag: 'web-a', syncedAt: day(3, 10), commitTime: day(3, 8) });
  row({
    service: 'web',
    env: 'staging',
    imageTag: 'web-b',
    syncFailedAt: day(10, 10),
    manifestsPushedAt: day(10, 9, 30),
    commitTime: day(10, 9),
  });
  row({ service: 'web', env: 'staging', imageTag: 'web-c', syncedAt: day(10, 13), commitTime: day(10, 12) });
  row({
    service: 'web',
    env: 'staging',
    imageTag: 'web-d',
    syncedAt: day(17, 10),
    commitTime: day(17, 6),
    gateRejectedAt: day(17, 12),
  });
  // legacy/prod: rows from before commit times and syncs were recorded: pushed on day 1, 8, 15, 22.
  for (const d of [1, 8, 15, 22])
    row({
      service: 'legacy',
      env: 'prod',
      imageTag: `legacy-${d}`,
      p3: `b${d}`,
      manifestCommitId: `c${d}`,
      manifestsPushedAt: day(d, 10),
    });
  // Not deployments: an HLD update that went no further, an image never deployed.
  row({ service: 'legacy', env: 'prod', imageTag: 'legacy-hld-only', p2: '77', hldCommitId: 'abc1234' });
  row({ service: 'legacy', imageTag: 'legacy-image-only', p1: '78', commitId: 'def5678' });
  return out;
}

beforeAll(async () => {
  azurite = await azuriteForThisWorker();
  const client = TableClient.fromConnectionString(azurite.connectionString, history, { allowInsecureConnection: true });
  await client.createTable();
  await client.submitTransaction(rows().map((e): TransactionAction => ['create', e]));
});
afterAll(async () => {
  await azurite?.stop();
});

const env = (table = history) => ({
  RINGWAY_CONNECTION_STRING: azurite.connectionString,
  RINGWAY_TABLE_NAME: table,
  RINGWAY_PARTITION_KEY: PK,
});

async function report(...args: string[]): Promise<MetricsReport> {
  const r = await runCli(['metrics', '--since', SINCE, '--until', UNTIL, '--output', 'json', ...args], env());
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as MetricsReport;
}

test('four keys per service and ring, computed by hand', async () => {
  const r = await report();
  expect(r).toMatchObject({
    since: '2026-10-04T00:00:00.000Z',
    until: '2026-11-01T00:00:00.000Z',
    days: 28,
    rowsRead: 29,
  });
  const g = (service: string, ring: string) => r.groups.find((x) => x.service === service && x.ring === ring);
  expect(r.groups.map((x) => `${x.service}/${x.ring}`)).toEqual(['api/dev', 'api/prod', 'legacy/prod', 'web/staging']);

  expect(g('api', 'dev')).toEqual({
    service: 'api',
    ring: 'dev',
    basis: 'cluster-synced',
    deployments: 12,
    deploymentsPerWeek: 3,
    frequency: 'daily',
    leadTime: { count: 12, medianHours: 6.5, p90Hours: 10.9, withoutCommitTime: 0 },
    changeFailure: { failed: 0, rate: 0, rolledBack: 0, gateRejected: 0, syncFailed: 0 },
    timeToRestore: { count: 0, medianHours: null, p90Hours: null, unrestored: 0 },
    band: {
      overall: 'elite',
      deploymentFrequency: 'elite',
      leadTime: 'elite',
      changeFailureRate: 'elite',
      timeToRestore: '',
    },
  });
  // p90 of 1,24,48,72,96: 72 + 0.6 × 24 = 86.4.
  expect(g('api', 'prod')).toEqual({
    service: 'api',
    ring: 'prod',
    basis: 'cluster-synced',
    deployments: 5,
    deploymentsPerWeek: 1.25,
    frequency: 'weekly',
    leadTime: { count: 5, medianHours: 48, p90Hours: 86.4, withoutCommitTime: 0 },
    changeFailure: { failed: 1, rate: 0.2, rolledBack: 1, gateRejected: 0, syncFailed: 0 },
    timeToRestore: { count: 1, medianHours: 0.5, p90Hours: 0.5, unrestored: 0 },
    band: {
      overall: 'high',
      deploymentFrequency: 'high',
      leadTime: 'high',
      changeFailureRate: 'high',
      timeToRestore: 'elite',
    },
  });
  // p90 of 1,2,4: 2 + 0.8 × 2 = 3.6. Half the deployments failed: low, whatever the rest.
  expect(g('web', 'staging')).toEqual({
    service: 'web',
    ring: 'staging',
    basis: 'cluster-synced',
    deployments: 4,
    deploymentsPerWeek: 1,
    frequency: 'weekly',
    leadTime: { count: 3, medianHours: 2, p90Hours: 3.6, withoutCommitTime: 0 },
    changeFailure: { failed: 2, rate: 0.5, rolledBack: 0, gateRejected: 1, syncFailed: 1 },
    timeToRestore: { count: 1, medianHours: 3, p90Hours: 3, unrestored: 1 },
    band: {
      overall: 'low',
      deploymentFrequency: 'high',
      leadTime: 'elite',
      changeFailureRate: 'low',
      timeToRestore: 'high',
    },
  });
  // No sync ever recorded for legacy/prod: counted at manifests-pushed; no commit times: apart.
  expect(g('legacy', 'prod')).toEqual({
    service: 'legacy',
    ring: 'prod',
    basis: 'manifests-pushed',
    deployments: 4,
    deploymentsPerWeek: 1,
    frequency: 'weekly',
    leadTime: { count: 0, medianHours: null, p90Hours: null, withoutCommitTime: 4 },
    changeFailure: { failed: 0, rate: 0, rolledBack: 0, gateRejected: 0, syncFailed: 0 },
    timeToRestore: { count: 0, medianHours: null, p90Hours: null, unrestored: 0 },
    band: { overall: 'high', deploymentFrequency: 'high', leadTime: '', changeFailureRate: 'elite', timeToRestore: '' },
  });
  // All together: 25 deployments, 3 failed; 20 lead times (1,1,1,2,2,3,4,4,5,6,7,…,12,24,48,72,96):
  // median (6+7)/2, p90 48 + 0.1 × 24; restores 0.5 and 3 h; deployments on 5,5,5,4 days a week.
  expect(r.total).toEqual({
    service: '(all)',
    ring: '(all)',
    basis: 'mixed',
    deployments: 25,
    deploymentsPerWeek: 6.25,
    frequency: 'daily',
    leadTime: { count: 20, medianHours: 6.5, p90Hours: 50.4, withoutCommitTime: 4 },
    changeFailure: { failed: 3, rate: 0.12, rolledBack: 1, gateRejected: 1, syncFailed: 1 },
    timeToRestore: { count: 2, medianHours: 1.75, p90Hours: 2.75, unrestored: 1 },
    band: {
      overall: 'high',
      deploymentFrequency: 'elite',
      leadTime: 'elite',
      changeFailureRate: 'high',
      timeToRestore: 'high',
    },
  });
  expect(r.weeks).toEqual([
    {
      week: '2026-10-04',
      deploymentsByRing: { dev: 3, prod: 2, staging: 1 },
      failed: 0,
      deployments: 6,
      leadTimeMedianHours: 2,
    },
    {
      week: '2026-10-11',
      deploymentsByRing: { dev: 3, prod: 3, staging: 2 },
      failed: 2,
      deployments: 8,
      leadTimeMedianHours: 4.5,
    },
    {
      week: '2026-10-18',
      deploymentsByRing: { dev: 3, prod: 2, staging: 1 },
      failed: 1,
      deployments: 6,
      leadTimeMedianHours: 8,
    },
    {
      week: '2026-10-25',
      deploymentsByRing: { dev: 3, prod: 2 },
      failed: 0,
      deployments: 5,
      leadTimeMedianHours: 11.5,
    },
  ]);
});

test('filters by service and ring; the table and CSV say the same', async () => {
  const web = await report('--service', 'web');
  expect(web.groups).toHaveLength(1);
  expect(web.total).toMatchObject({ deployments: 4, changeFailure: { failed: 2, rate: 0.5 } });
  const prod = await report('--ring', 'PROD');
  expect(prod.groups.map((x) => x.service)).toEqual(['api', 'legacy']);
  expect(prod.total).toMatchObject({ deployments: 9, basis: 'mixed', changeFailure: { failed: 1 } });

  const table = await runCli(['metrics', '--since', SINCE, '--until', UNTIL, '--ring', 'prod'], env());
  expect(table.code).toBe(0);
  const lines = table.stdout.split('\n');
  expect(lines[0]).toBe('9 deployments in 2026-10-04 00:00 → 2026-11-01 00:00 UTC (28 days); 10 rows read');
  expect(lines[2]).toMatch(
    /^Service\s+Ring\s+Deployments\s+Per week\s+Frequency\s+Lead time p50\s+p90\s+No commit time\s+Failed\s+Failure rate\s+Restore p50\s+p90\s+Unrestored\s+Band\s+Counted at$/,
  );
  expect(table.stdout).toMatch(
    /\napi\s+prod\s+5\s+1\.25\s+weekly\s+2d\s+3d 14h\s+0\s+1\s+20%\s+30m\s+30m\s+0\s+high\s+cluster-synced\n/,
  );
  expect(table.stdout).toMatch(
    /\nlegacy\s+prod\s+4\s+1\s+weekly\s+–\s+–\s+4\s+0\s+0%\s+–\s+–\s+0\s+high\s+manifests-pushed\n/,
  );
  expect(table.stdout).toMatch(/\n\(all\)\s+\(all\)\s+9\s+/);
  expect(table.stdout).toContain('Failed changes: 1 (rolled back 1, rejected by the gate 0, sync failed 0).');

  const c = await runCli(['metrics', '--since', SINCE, '--until', UNTIL, '--service', 'api', '--output', 'csv'], env());
  const [head, ...body] = c.stdout.trim().split('\n');
  expect(head.split(',').slice(0, 6)).toEqual([
    'service',
    'ring',
    'basis',
    'deployments',
    'deployments_per_week',
    'frequency',
  ]);
  expect(body).toHaveLength(3);
  expect(body[1]).toBe(
    'api,prod,cluster-synced,5,1.25,weekly,5,48,86.4,0,1,0.2,1,0,0,1,0.5,0.5,0,high,high,high,high,elite,2026-10-04T00:00:00.000Z,2026-11-01T00:00:00.000Z',
  );
  expect(body[2].startsWith('(all),(all),cluster-synced,17,')).toBe(true);
});

test('bad input: unparsable window, --until before --since, unknown output: one line, exit 2', async () => {
  const bad = async (args: string[], message: string) => {
    const r = await runCli(['metrics', ...args], env());
    expect({ code: r.code, stderr: r.stderr, stdout: r.stdout }).toEqual({
      code: 2,
      stderr: `error: ${message}\n`,
      stdout: '',
    });
  };
  await bad(
    ['--since', 'last tuesday'],
    "option --since must be a date (2026-11-01, 2026-11-01T12:00Z) or a duration (24h, 30d, 12w, 1d12h), got 'last tuesday'",
  );
  await bad(
    ['--until', '3x'],
    "option --until must be a date (2026-11-01, 2026-11-01T12:00Z) or a duration (24h, 30d, 12w, 1d12h), got '3x'",
  );
  await bad(
    ['--since', '2026-11-01', '--until', '2026-10-01'],
    'option --until (2026-10-01T00:00:00.000Z) must be after option --since (2026-11-01T00:00:00.000Z)',
  );
  await bad(['--output', 'xml'], "option --output must be table, json or csv, got 'xml'");
});

test('an empty table is an empty report that says so (exit 0), in every format', async () => {
  const empty = env(`empty${Date.now() % 100000}`);
  const t = await runCli(['metrics', '--since', '7d'], empty);
  expect(t.code).toBe(0);
  expect(t.stdout).toMatch(
    /^no deployments recorded in \d{4}-\d\d-\d\d \d\d:\d\d → \d{4}-\d\d-\d\d \d\d:\d\d UTC \(7 days\); 0 rows read\n$/,
  );
  const j = await runCli(['metrics', '--json'], empty);
  expect(JSON.parse(j.stdout)).toMatchObject({
    rowsRead: 0,
    groups: [],
    total: { deployments: 0, frequency: null, changeFailure: { rate: null }, band: { overall: '' } },
  });
  const c = await runCli(['metrics', '--output', 'csv'], empty);
  expect(c.stdout.trim().split('\n')).toHaveLength(1);
});

test('a line per 5,000 rows read goes to stderr, the report to stdout', async () => {
  const big = `big${Date.now() % 100000}`;
  const client = TableClient.fromConnectionString(azurite.connectionString, big, { allowInsecureConnection: true });
  await client.createTable();
  for (let b = 0; b < 51; b++) {
    await client.submitTransaction(
      Array.from({ length: 100 }, (_, k): TransactionAction => [
        'create',
        {
          partitionKey: PK,
          rowKey: String(b * 100 + k).padStart(12, '0'),
          service: 'svc',
          env: 'dev',
          syncedAt: new Date(Date.now() - (b * 100 + k) * 1000).toISOString(),
        },
      ]),
    );
  }
  const r = await runCli(['metrics', '--since', '7d', '--output', 'csv'], env(big));
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('read 5000 rows\n');
  expect(r.stdout.split('\n')[1].startsWith('svc,dev,cluster-synced,5100,')).toBe(true);
});

describe('recorded by the pipeline steps themselves (now)', () => {
  const table = `live${Date.now() % 100000}`;
  const s = () => ({ 'connection-string': azurite.connectionString, 'table-name': table, 'partition-key': PK });
  const record = (v: Record<string, string>) =>
    recordDeployment.run(Inputs.of(recordDeployment, { ...s(), 'fail-on-error': 'true', ...v }), new RecordingHost());
  let health: HealthServer;
  beforeAll(async () => {
    health = await startHealthServer();
    await health.answer({ status: 503, body: 'down' });
  });
  afterAll(async () => {
    await health?.stop();
  });

  test('record-deployment fills commitTime from git; the gate records its reject; a bedrock-cli row counts without one', async () => {
    // commit time read with git log from the checkout the step runs in
    const repo = tempDir('ringway-metrics-src-');
    git(repo, ['init', '-q']);
    execFileSync('git', ['commit', '-q', '--allow-empty', '-m', 'first'], {
      cwd: repo,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'a',
        GIT_AUTHOR_EMAIL: 'a@example.test',
        GIT_COMMITTER_NAME: 'a',
        GIT_COMMITTER_EMAIL: 'a@example.test',
        GIT_COMMITTER_DATE: '2026-11-20T08:00:00+02:00',
      },
    });
    const sha = git(repo, ['rev-parse', 'HEAD']).trim();
    expect(await commitTime('', sha, {}, repo)).toBe('2026-11-20T06:00:00.000Z');
    expect(await commitTime('', '0'.repeat(40), {}, repo)).toBe('');
    await expect(commitTime('yesterday', sha)).rejects.toThrow(
      "commit time must be an ISO 8601 time (2026-11-20T09:30:00Z), got 'yesterday'",
    );

    const committed = new Date(Date.now() - 3 * 3600e3).toISOString();
    await record({
      p1: '501',
      'image-tag': 'cart-501',
      'commit-id': 'abcdef1',
      service: 'cart',
      'commit-time': committed,
    });
    await record({ p2: '502', 'image-tag': 'cart-501', 'hld-commit-id': 'hld0001', env: 'dev' });
    await record({ p3: '503', 'hld-commit-id': 'hld0001' });
    await record({ p3: '503', 'manifest-commit-id': 'man0001' });
    await record({ stage: 'cluster-synced', 'manifest-commit-id': 'man0001' });
    // staging's row starts from the image's columns, commit time included
    await record({ p2: '504', 'image-tag': 'cart-501', 'hld-commit-id': 'hld0002', env: 'staging' });
    const rows = TableClient.fromConnectionString(azurite.connectionString, table, { allowInsecureConnection: true });
    const entities: Record<string, unknown>[] = [];
    for await (const e of rows.listEntities<Record<string, unknown>>()) entities.push(e);
    expect(entities.map((e) => [e.env, e.commitTime])).toEqual(
      expect.arrayContaining([
        ['dev', committed],
        ['staging', committed],
      ]),
    );

    // dev → staging: dev's service answers its health probe with 503: reject, recorded once
    const host = new RecordingHost();
    const ask = {
      ...s(),
      service: 'cart',
      'image-tag': 'cart-501',
      'to-ring': 'staging',
      'health-url': `${health.url}/healthz`,
    };
    const gate = await runStep(gateStep, host, (d) => ask[d.name as 'service']);
    expect(gate).toMatchObject({ ok: false, outputs: { decision: 'reject' } });
    const dev = async () =>
      (await rows.listEntities<Record<string, string>>({ queryOptions: { filter: "env eq 'dev'" } }).next())
        .value as Record<string, string>;
    const first = (await dev()).gateRejectedAt;
    expect(Date.parse(first)).toBeGreaterThan(Date.now() - 60e3);
    await runStep(gateStep, new RecordingHost(), (d) => ask[d.name as 'service']);
    // A gate that cannot tell (no pull request recorded to count approvals on) writes nothing.
    const unsure = await runStep(
      gateStep,
      new RecordingHost(),
      (d) =>
        ({ ...s(), service: 'cart', 'image-tag': 'cart-501', 'to-ring': 'staging', 'required-approvals': '1' })[
          d.name as 'service'
        ],
    );
    expect(unsure).toMatchObject({ ok: false, outputs: { decision: 'error' } });
    expect((await dev()).gateRejectedAt).toBe(first);

    // A row written by bedrock-cli (insert, replace, merge): no stage times, no commit time.
    await rows.createEntity({
      partitionKey: PK,
      rowKey: 'a1b2c3d4e5f6',
      commitId: 'e3d2c1b',
      imageTag: 'hello-bedrock-master-6046',
      p1: '6046',
      service: 'hello-bedrock',
    });
    await rows.updateEntity(
      {
        partitionKey: PK,
        rowKey: 'a1b2c3d4e5f6',
        commitId: 'e3d2c1b',
        env: 'dev',
        hldCommitId: '706685f',
        imageTag: 'hello-bedrock-master-6046',
        p1: '6046',
        p2: '6047',
        service: 'hello-bedrock',
      },
      'Replace',
    );
    await rows.updateEntity(
      { partitionKey: PK, rowKey: 'a1b2c3d4e5f6', p3: '6049', manifestCommitId: '8c5f0ce' },
      'Merge',
    );

    // The step: outputs and a job summary.
    const mhost = new RecordingHost();
    const res = await runStep(metricsStep, mhost, (d) => ({ ...s(), since: '1d' })[d.name as 'since']);
    if (!res.ok) throw new Error(res.message);
    expect(res.outputs).toMatchObject({ deployments: '2', 'change-failure-rate': '0.5', band: 'low' });
    expect(Number(res.outputs['lead-time-median-hours'])).toBeCloseTo(3, 1);
    const rep = JSON.parse(res.outputs.report) as MetricsReport;
    expect(
      rep.groups.map((g) => [
        g.service,
        g.ring,
        g.basis,
        g.deployments,
        g.leadTime.count,
        g.leadTime.withoutCommitTime,
        g.changeFailure.gateRejected,
      ]),
    ).toEqual([
      ['cart', 'dev', 'cluster-synced', 1, 1, 0, 1],
      ['cart', 'staging', 'manifests-pushed', 0, 0, 0, 0],
      ['hello-bedrock', 'dev', 'manifests-pushed', 1, 0, 1, 0],
    ]);
    expect(mhost.summaries[0].title).toBe('ringway metrics: all services, all rings');
    expect(mhost.summaries[0].rows[0][0]).toBe('Service');
    expect(mhost.summaries[0].notes?.[1]).toBe(
      'Failed changes: 1 (rolled back 0, rejected by the gate 1, sync failed 0).',
    );

    // report-file in the chosen format, written whole
    const out = join(tempDir('ringway-metrics-out-'), 'dora.csv');
    const withFile = await runStep(
      metricsStep,
      new RecordingHost(),
      (d) => ({ ...s(), since: '1d', output: 'csv', 'report-file': out })[d.name as 'since'],
    );
    expect(withFile.ok).toBe(true);
    expect(readFileSync(out, 'utf8').split('\n')[0].startsWith('service,ring,basis,deployments,')).toBe(true);

    // a report-file that cannot be written (a folder stands there): the input named, no <file>.<pid>.tmp left
    const dir = tempDir('ringway-metrics-bad-');
    mkdirSync(join(dir, 'report.json'));
    const blocked = await runStep(
      metricsStep,
      new RecordingHost(),
      (d) => ({ ...s(), since: '1d', 'report-file': join(dir, 'report.json') })[d.name as 'since'],
    );
    expect(blocked).toMatchObject({
      ok: false,
      message: `input 'report-file': cannot write ${join(dir, 'report.json')} (EISDIR)`,
    });
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
});

test('bad window on the metrics step names the step input, not a CLI flag', async () => {
  const run = (values: Record<string, string>) =>
    runStep(
      metricsStep,
      new RecordingHost(),
      (d) =>
        ({ 'connection-string': azurite.connectionString, 'table-name': history, 'partition-key': PK, ...values })[
          d.name
        ],
    );
  const since = await run({ since: 'last tuesday' });
  expect(since).toMatchObject({
    ok: false,
    message:
      "input 'since' must be a date (2026-11-01, 2026-11-01T12:00Z) or a duration (24h, 30d, 12w, 1d12h), got 'last tuesday'",
  });
  const order = await run({ since: '2026-11-01', until: '2026-10-01' });
  expect(order).toMatchObject({
    ok: false,
    message: "input 'until' (2026-10-01T00:00:00.000Z) must be after input 'since' (2026-11-01T00:00:00.000Z)",
  });
});
