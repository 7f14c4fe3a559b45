/**
 * The gate's metric checks against a real Prometheus (Debian's package, scripts/tools/prometheus.sh)
 * scraping a stand-in service every 250 ms (so the data the checks need builds up in seconds) whose
 * error rate and latency the test sets: the gate promotes while the service is healthy, rejects once
 * it fails, and a query that cannot be answered (bad PromQL, Prometheus down) is an error, never a
 * reject. The records are on the in-memory table.
 */
import { runStep } from '../../lib/hosts/run.js';
import { step as gateStep } from '../../lib/steps/gate.js';
import { setTableOpener } from '../../lib/steps/storage-inputs.js';
import { MemoryAccount } from '../../lib/telemetry/memory-table.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { startMetricsService, type MetricsService } from '../../stand-ins/metrics-service.js';
import { startPrometheus, type Prometheus } from '../../stand-ins/prometheus.js';
import { freePort } from '../../stand-ins/registry.js';

const IN_MEMORY = 'AccountName=in-memory;AccountKey=a2V5;TableEndpoint=http://in-memory.invalid';
const memory = new MemoryAccount();
let opener: ReturnType<typeof setTableOpener>;
let service: MetricsService;
let prometheus: Prometheus;

beforeAll(async () => {
  opener = setTableOpener((o) => (o.connectionString === IN_MEMORY ? memory.open(o) : opener(o)));
  service = await startMetricsService();
  prometheus = await startPrometheus(
    [{ job: 'web', target: service.target, labels: { service: 'web', ring: 'staging' } }],
    { scrapeInterval: '250ms' },
  );
}, 90_000);
afterAll(async () => {
  setTableOpener(opener);
  await Promise.all([prometheus?.stop(), service?.stop()]);
});

/** The 5xx share of requests, and the p99 latency, over the last 2 s (8 scrapes). */
const ERROR_RATIO =
  'sum(rate(http_requests_total{service="{service}",ring="{ring}",code=~"5.."}[2s])) / sum(rate(http_requests_total{service="{service}",ring="{ring}"}[2s]))';
const P99 =
  'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="{service}",ring="{ring}"}[2s])))';
const filled = (q: string) => q.replace(/\{service\}/g, 'web').replace(/\{ring\}/g, 'staging');

const CHECKS = JSON.stringify([
  { name: 'error-rate', provider: 'prometheus', query: ERROR_RATIO, condition: '< 0.05', count: 3, interval: '1s' },
  { name: 'p99-latency', provider: 'prometheus', query: P99, condition: 'between 0 and 0.25' },
]);

/** Polls Prometheus's own API until `ok` holds for the query's values (no fixed sleeps). */
async function until(promql: string, ok: (values: number[]) => boolean): Promise<void> {
  for (;;) {
    const values = (await prometheus.query(promql)).map((s) => s.value);
    if (values.length && ok(values)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

let tables = 0;
/** A deployment of `tag` to staging, synced two minutes ago: the soak window holds Prometheus's whole data. */
async function deployed(tag: string) {
  const s = { 'connection-string': IN_MEMORY, 'table-name': `gatemetrics${++tables}`, 'partition-key': 'fabrikam' };
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
  return { table: s, rows: () => memory.open({ tableName: s['table-name'], partitionKey: 'fabrikam' }).find({}) };
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
    measurements?: { at: string; verdict: string; value: string }[];
  }[];
  return { result, outputs, conditions, host };
}

const base = (table: Record<string, string>, tag: string) => ({
  service: 'web',
  'image-tag': tag,
  rings: 'dev,staging,prod',
  'from-ring': 'staging',
  metrics: CHECKS,
  'prometheus-url': prometheus.url,
  ...table,
});

// One story, in order: healthy, then failing; the broken queries run on a healthy service.
describe('gate with metric checks on a real Prometheus', () => {
  test('healthy: promote, each check and each measurement reported', async () => {
    await service.traffic({ errorRatio: 0, latency: 0.02 });
    // Scrapes from 4–5 s ago: the 3 measurements 1 s apart, each over 2 s, all have data.
    await until('count_over_time(up{job="web"}[1s] offset 4s)', ([n]) => n >= 2);
    await until(filled(ERROR_RATIO), ([v]) => v === 0);
    const { table } = await deployed('v1');
    const { result, outputs, conditions, host } = await gate(base(table, 'v1'));
    expect(outputs.decision).toBe('promote');
    expect(result.ok).toBe(true);
    const metric = conditions.filter((c) => c.name === 'metric');
    expect(metric.map((c) => [c.check, c.verdict])).toEqual([
      ['error-rate', 'pass'],
      ['p99-latency', 'pass'],
    ]);
    expect(metric[0].measurements?.map((m) => m.verdict)).toEqual(['pass', 'pass', 'pass']);
    expect(metric[0].query).toBe(filled(ERROR_RATIO));
    // The p99 of requests taking 20 ms sits in the 25 ms bucket.
    expect(Number(metric[1].measurements?.[0].value)).toBeLessThanOrEqual(0.025);
    expect(host.summaries.map((s) => s.title)).toEqual([
      'ringway gate: v1 staging → prod: promote',
      'metric error-rate: pass',
      'metric p99-latency: pass',
    ]);
    expect(host.summaries[1].rows).toHaveLength(4);
  }, 120_000);

  test('a broken query (bad PromQL) is an error, never a reject: nothing is recorded against the release', async () => {
    const { table, rows } = await deployed('v2');
    const checks = JSON.stringify([
      {
        name: 'error-rate',
        provider: 'prometheus',
        query: 'sum(rate(http_requests_total{service="{service}"}[5s])',
        condition: '< 0.05',
      },
    ]);
    const { result, outputs, conditions } = await gate({ ...base(table, 'v2'), metrics: checks });
    expect(outputs.decision).toBe('error');
    expect(result.ok).toBe(false);
    expect(conditions.find((c) => c.name === 'metric')?.detail).toMatch(
      /^error-rate: querying .*answered HTTP 400 \(bad_data: .*\); the measurement inconclusive/,
    );
    expect((await rows())[0].gateRejectedAt).toBeUndefined();
  }, 60_000);

  test('Prometheus down: an error naming the server, never a reject', async () => {
    const { table, rows } = await deployed('v3');
    const closed = `http://127.0.0.1:${await freePort()}`;
    const { outputs, conditions } = await gate({ ...base(table, 'v3'), 'prometheus-url': closed });
    expect(outputs.decision).toBe('error');
    expect(conditions.filter((c) => c.name === 'metric').map((c) => c.verdict)).toEqual(['error', 'error']);
    expect(outputs.reason).toContain(`Prometheus at ${closed} is unreachable: ECONNREFUSED`);
    expect((await rows())[0].gateRejectedAt).toBeUndefined();
  }, 60_000);

  test('failing (half the requests answer 500): reject, naming the check, the value and the threshold', async () => {
    await service.traffic({ errorRatio: 0.5 });
    // Until every measurement window (the last 4 s) has mostly the failing traffic.
    await until(`min_over_time((${filled(ERROR_RATIO)})[2s:250ms])`, ([v]) => v > 0.3);
    const { table, rows } = await deployed('v4');
    const { result, outputs, conditions } = await gate(base(table, 'v4'));
    expect(outputs.decision).toBe('reject');
    expect(result.ok).toBe(false);
    const rate = conditions.find((c) => c.check === 'error-rate');
    expect(rate?.verdict).toBe('reject');
    expect(rate?.measurements?.map((m) => m.verdict)).toEqual(['fail', 'fail', 'fail']);
    expect(outputs.reason).toMatch(
      /^metric: error-rate: 0\.\d+ is not < 0\.05 at \S+; 3 of 3 measurements failed \(failure-limit 0\)/,
    );
    expect(conditions.find((c) => c.check === 'p99-latency')?.verdict).toBe('pass');
    // The reject is recorded as a failed change in staging.
    expect((await rows())[0].gateRejectedAt).toBeTruthy();
  }, 120_000);
});
