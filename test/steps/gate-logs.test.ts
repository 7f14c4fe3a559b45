/**
 * The gate's azure-monitor-logs checks against the Log Analytics stand-in, which checks every
 * request against Azure's published description and answers from a failure ratio and a p99 the
 * test seeds per service and ring: healthy promotes, a failing KQL check rejects, and a query that
 * cannot be answered (a server error, a PartialError, no rows, no access) is an error, never a
 * reject. The records are on the in-memory table.
 */
import { runStep } from '../../lib/hosts/run.js';
import { step as gateStep } from '../../lib/steps/gate.js';
import { setTableOpener } from '../../lib/steps/storage-inputs.js';
import { MemoryAccount } from '../../lib/telemetry/memory-table.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { startLogAnalytics, type LogAnalytics } from '../../stand-ins/log-analytics.js';

const IN_MEMORY = 'AccountName=in-memory;AccountKey=a2V5;TableEndpoint=http://in-memory.invalid';
const memory = new MemoryAccount();
let opener: ReturnType<typeof setTableOpener>;
let la: LogAnalytics;

beforeAll(async () => {
  opener = setTableOpener((o) => (o.connectionString === IN_MEMORY ? memory.open(o) : opener(o)));
  la = await startLogAnalytics();
});
afterAll(async () => {
  setTableOpener(opener);
  await la?.stop();
});
beforeEach(() => {
  la.reset();
  la.seed('web', 'staging', { failureRatio: 0.002, p99Ms: 120 });
  // Another ring's data, which no query of staging may pick up.
  la.seed('web', 'prod', { failureRatio: 0.4, p99Ms: 900 });
});
afterEach(() => expect(la.violations()).toEqual([]));

/** The docs' queries (docs/gate.md): the failure ratio and the p99 duration of Application Insights' requests. */
const BY = 'by AppRoleName, ring = tostring(Properties.ring)';
const WHERE = 'AppRequests\n| where AppRoleName == "{service}" and tostring(Properties.ring) == "{ring}"';
const RATIO = `${WHERE}\n| summarize requests = count(), failureRatio = todouble(countif(Success == false)) / count() ${BY}`;
const P99 = `${WHERE}\n| summarize requests = count(), p99 = percentile(DurationMs, 99) ${BY}`;
const filled = (q: string) => q.replace('{service}', 'web').replace('{ring}', 'staging');

const checks = (over: Record<string, unknown> = {}) =>
  JSON.stringify([
    {
      name: 'failure-ratio',
      provider: 'azure-monitor-logs',
      query: RATIO,
      condition: '< 0.01',
      count: 3,
      interval: '10s',
      ...over,
    },
    { name: 'p99-duration', provider: 'azure-monitor-logs', query: P99, condition: 'between 0 and 500' },
  ]);

let tables = 0;
/** A deployment of `tag` to staging, synced two minutes ago. */
async function deployed(tag: string) {
  const s = { 'connection-string': IN_MEMORY, 'table-name': `gatelogs${++tables}`, 'partition-key': 'fabrikam' };
  const at = (ago: number) => new Date(Date.now() - ago).toISOString();
  await memory.open({ tableName: s['table-name'], partitionKey: s['partition-key'] }).insert(
    {
      service: 'web',
      imageTag: tag,
      env: 'staging',
      manifestCommitId: '2e'.repeat(20),
      manifestsPushedAt: at(180_000),
      syncedAt: at(120_000),
    },
    {},
    `r${tables}`,
  );
  return {
    inputs: {
      service: 'web',
      'image-tag': tag,
      rings: 'dev,staging,prod',
      'from-ring': 'staging',
      metrics: checks(),
      'log-analytics-workspace': la.workspace,
      'log-analytics-token': la.token,
      'log-analytics-endpoint': la.url,
      ...s,
    } as Record<string, string>,
    rows: () => memory.open({ tableName: s['table-name'], partitionKey: 'fabrikam' }).find({}),
  };
}

async function gate(values: Record<string, string>) {
  const host = new RecordingHost();
  const result = await runStep(gateStep, host, (d) => values[d.name]);
  const outputs = result.ok ? result.outputs : (result.outputs ?? {});
  const conditions = JSON.parse(outputs.conditions ?? '[]') as {
    name: string;
    check?: string;
    verdict: string;
    detail: string;
    query?: string;
    measurements?: { at: string; verdict: string; value: string; detail: string }[];
  }[];
  return { result, outputs, conditions, host, metric: conditions.filter((c) => c.name === 'metric') };
}

describe('gate with KQL checks on the Log Analytics stand-in', () => {
  test('healthy: promote; one query per measurement, each over its interval, the p99 over the whole soak', async () => {
    const { inputs } = await deployed('v1');
    const { result, outputs, metric, host } = await gate(inputs);
    expect(outputs.decision).toBe('promote');
    expect(result.ok).toBe(true);
    expect(metric.map((c) => [c.check, c.verdict])).toEqual([
      ['failure-ratio', 'pass'],
      ['p99-duration', 'pass'],
    ]);
    expect(metric[0].measurements?.map((m) => [m.verdict, m.value])).toEqual([
      ['pass', '0.002'],
      ['pass', '0.002'],
      ['pass', '0.002'],
    ]);
    expect(metric[0].query).toBe(filled(RATIO));
    expect(metric[1].measurements?.[0].value).toBe('120');
    // The checks run side by side: their queries interleave.
    const span = (q: { timespan?: string }) => (q.timespan ?? '').split('/').map(Date.parse);
    const ratio = la
      .queries()
      .filter((q) => q.query === filled(RATIO))
      .map(span);
    const p99 = la
      .queries()
      .filter((q) => q.query === filled(P99))
      .map(span);
    // 10 s apart, each over the 10 s before it; the p99 from the sync to now.
    expect(ratio.map(([a, b]) => b - a)).toEqual([10_000, 10_000, 10_000]);
    expect(ratio.map(([, b]) => b - ratio[2][1])).toEqual([-20_000, -10_000, 0]);
    expect(p99).toHaveLength(1);
    expect(p99[0][1] - p99[0][0]).toBeGreaterThanOrEqual(120_000);
    expect(la.queries().every((q) => q.prefer === 'wait=30')).toBe(true);
    expect(host.summaries.map((s) => s.title)).toEqual([
      'ringway gate: v1 staging → prod: promote',
      'metric failure-ratio: pass',
      'metric p99-duration: pass',
    ]);
  });

  test('failing (a fifth of the requests fail): reject, naming the check, the row, the value and the threshold', async () => {
    la.seed('web', 'staging', { failureRatio: 0.2 });
    const { inputs, rows } = await deployed('v2');
    const { result, outputs, metric } = await gate(inputs);
    expect(outputs.decision).toBe('reject');
    expect(result.ok).toBe(false);
    expect(metric.map((c) => [c.check, c.verdict])).toEqual([
      ['failure-ratio', 'reject'],
      ['p99-duration', 'pass'],
    ]);
    expect(outputs.reason).toMatch(
      /^metric: failure-ratio: 0\.2 for \{AppRoleName="web", requests="1000", ring="staging"\} is not < 0\.01 at \S+; 3 of 3 measurements failed \(failure-limit 0\)/,
    );
    expect((await rows())[0].gateRejectedAt).toBeTruthy();
  });

  test.each<[string, Parameters<LogAnalytics['fail']>[0], RegExp]>([
    ['a server error', { status: 500 }, /answered HTTP 500 \(InternalServerError: /],
    ['a KQL error', { status: 400 }, /answered HTTP 400 \(BadArgumentError: .*SemanticError/],
    ['a PartialError on a 200', { partial: true }, /answered a partial result \(PartialError: /],
    ['no read access', { status: 403 }, /answered HTTP 403 .*Log Analytics Reader/],
  ])('%s on every query is an error, never a reject: nothing is recorded against the release', async (_, f, why) => {
    la.seed('web', 'staging', { failureRatio: 0.2 });
    la.fail(f);
    const { inputs, rows } = await deployed('v3');
    const { result, outputs, metric } = await gate(inputs);
    expect(outputs.decision).toBe('error');
    expect(result.ok).toBe(false);
    expect(metric.map((c) => c.verdict)).toEqual(['error', 'error']);
    expect(metric[0].detail).toMatch(why);
    expect(metric[0].detail).toMatch(/; 3 of 3 measurements inconclusive \(error-limit 0\)$/);
    expect((await rows())[0].gateRejectedAt).toBeUndefined();
  });

  test('no rows for the ring (a wrong name, no traffic): inconclusive, an error', async () => {
    la.reset();
    la.seed('web', 'prod', { failureRatio: 0.4 });
    const { inputs, rows } = await deployed('v4');
    const { outputs, metric } = await gate(inputs);
    expect(outputs.decision).toBe('error');
    expect(metric.map((c) => c.verdict)).toEqual(['error', 'error']);
    expect(metric[1].detail).toMatch(
      /^p99-duration: no data: the query returned no series; the measurement inconclusive/,
    );
    expect((await rows())[0].gateRejectedAt).toBeUndefined();
  });

  test('one failed query within error-limit: the other measurements decide', async () => {
    la.fail({ status: 503, times: 1, match: 'failureRatio' });
    const { inputs } = await deployed('v5');
    const { outputs, metric } = await gate({ ...inputs, metrics: checks({ 'error-limit': 1 }) });
    expect(outputs.decision).toBe('promote');
    expect(metric[0].measurements?.map((m) => m.verdict)).toEqual(['error', 'pass', 'pass']);
    expect(metric[0].detail).toBe('failure-ratio: 0.002 < 0.01 (2 of 3 measurements passed)');
  });

  test('a check may name its own workspace and value column', async () => {
    const { inputs } = await deployed('v6');
    const metrics = JSON.stringify([
      {
        name: 'traffic',
        provider: 'azure-monitor-logs',
        workspace: la.workspace.toUpperCase(),
        query: RATIO,
        'value-column': 'requests',
        condition: '>= 100',
      },
    ]);
    const { outputs, metric } = await gate({ ...inputs, metrics, 'log-analytics-workspace': '' });
    expect(outputs.decision).toBe('promote');
    expect(metric[0].measurements?.[0].value).toBe('1000');
  });
});
