/**
 * A gate rejected by a metric check writes, on its `gate-rejected` row (Azurite), which check
 * rejected, the value it measured and the threshold; the `conditions` output, the job summary and
 * `ringway deployments` (table and JSON view) say the same. Real Prometheus (Debian's package)
 * scraping a stand-in service that answers half its requests with 500.
 */
import { deploymentTable } from '../../lib/cli/commands/deployments.js';
import { runStep } from '../../lib/hosts/run.js';
import { step as gateStep } from '../../lib/steps/gate.js';
import { gateRejectionColumn, gateRejections } from '../../lib/telemetry/gate-rejection.js';
import { listDeployments } from '../../lib/telemetry/query.js';
import { DeploymentStore } from '../../lib/telemetry/store.js';
import type { Azurite } from '../../stand-ins/azurite.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { startMetricsService, type MetricsService } from '../../stand-ins/metrics-service.js';
import { startPrometheus, type Prometheus } from '../../stand-ins/prometheus.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';

let azurite: Azurite;
let service: MetricsService;
let prometheus: Prometheus;
beforeAll(async () => {
  // Prometheus starts while Azurite does (its first scrape comes about 5 s after it is ready); it
  // scrapes every 250 ms: the failing rate shows after two scrapes.
  [azurite, prometheus] = await Promise.all([
    azuriteForThisWorker(),
    startMetricsService().then(async (s) => {
      service = s;
      await s.traffic({ errorRatio: 0.5 });
      return startPrometheus([{ job: 'web', target: s.target, labels: { service: 'web', ring: 'staging' } }], {
        scrapeInterval: '250ms',
      });
    }),
  ]);
}, 90_000);
afterAll(async () => {
  await Promise.all([prometheus?.stop(), service?.stop(), azurite?.stop()]);
});

const ERROR_RATIO =
  'sum(rate(http_requests_total{service="{service}",ring="{ring}",code=~"5.."}[5s])) / sum(rate(http_requests_total{service="{service}",ring="{ring}"}[5s]))';
const CHECKS = JSON.stringify([
  { name: 'error-rate', provider: 'prometheus', query: ERROR_RATIO, condition: '< 0.05' },
  // Holds: a passing check is not named on the row.
  { name: 'traffic', provider: 'prometheus', query: 'sum(up{service="{service}"})', condition: '>= 1' },
]);

/** Polls Prometheus's own API until the service's error ratio shows (no fixed sleeps). */
async function untilFailing(): Promise<void> {
  const q = ERROR_RATIO.replace(/\{service\}/g, 'web').replace(/\{ring\}/g, 'staging');
  for (;;) {
    const [s] = await prometheus.query(q);
    if (s && s.value > 0.3) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

test('rejected by error-rate: the row, the conditions output, the summary and the listing name the check, the value and the threshold', async () => {
  const storage = {
    'connection-string': azurite.connectionString,
    'table-name': `rejectmetric${Date.now() % 100000}`,
    'partition-key': 'fabrikam',
  };
  const store = DeploymentStore.open({
    connectionString: storage['connection-string'],
    tableName: storage['table-name'],
    partitionKey: storage['partition-key'],
  });
  const at = (ago: number) => new Date(Date.now() - ago).toISOString();
  await store.insert(
    {
      service: 'web',
      imageTag: 'v4',
      env: 'staging',
      p2: '42',
      manifestCommitId: '2e'.repeat(20),
      manifestsPushedAt: at(180_000),
      syncedAt: at(120_000),
    },
    {},
    'a4a4a4a4a4a4',
  );
  await untilFailing();

  const host = new RecordingHost();
  const run = await runStep(
    gateStep,
    host,
    (d) =>
      ({
        ...storage,
        service: 'web',
        'image-tag': 'v4',
        'from-ring': 'staging',
        metrics: CHECKS,
        'prometheus-url': prometheus.url,
      })[d.name],
  );
  const outputs = run.ok ? run.outputs : (run.outputs ?? {});
  expect(outputs.decision).toBe('reject');
  const conditions = JSON.parse(outputs.conditions) as Record<string, unknown>[];
  const rate = conditions.find((c) => c.check === 'error-rate');
  expect(rate).toMatchObject({ name: 'metric', verdict: 'reject', threshold: '< 0.05' });
  const value = rate?.value as string;
  expect(Number(value)).toBeGreaterThan(0.3);
  expect(conditions.find((c) => c.check === 'traffic')).toMatchObject({ verdict: 'pass', value: '1' });

  // The row: the same check, value and threshold, and only the rejecting condition.
  const [row] = await store.find({ imageTag: 'v4' });
  expect(row.gateRejectedAt).toBeTruthy();
  expect(gateRejections(row)).toEqual([
    {
      condition: 'metric',
      check: 'error-rate',
      value,
      threshold: '< 0.05',
      detail: expect.stringMatching(new RegExp(`^error-rate: ${value.replace('.', '\\.')} is not < 0\\.05;`)),
    },
  ]);
  // Spektate's own columns keep their meaning: the ids that found the row are not rewritten.
  expect(row).toMatchObject({ env: 'staging', imageTag: 'v4', p2: '42', service: 'web' });

  // The job summary says it too.
  expect(host.summaries[0].rows).toContainEqual(['metric error-rate', 'reject', expect.stringContaining(value)]);
  expect(host.summaries[0].notes).toContain(
    `Recorded on deployment a4a4a4a4a4a4: rejected by metric error-rate = ${value} (threshold < 0.05)`,
  );

  // ringway deployments: a Gate column when a listed deployment was rejected, and the JSON view.
  const [shown] = await listDeployments(store, { imageTag: 'v4' });
  expect(shown).toMatchObject({ gateRejected: row.gateRejectedAt, gateRejectedBy: gateRejections(row) });
  const table = deploymentTable([shown], false).split('\n');
  expect(table[0]).toMatch(/\s+Gate$/);
  expect(table[2]).toMatch(new RegExp(`✘ metric error-rate = ${value.replace('.', '\\.')} \\(threshold < 0\\.05\\)$`));

  // A second reject of the same deployment keeps the first record.
  await runStep(gateStep, new RecordingHost(), (d) =>
    d.name === 'metrics'
      ? JSON.stringify([{ name: 'traffic', provider: 'prometheus', query: 'sum(up)', condition: '> 5' }])
      : { ...storage, service: 'web', 'image-tag': 'v4', 'from-ring': 'staging', 'prometheus-url': prometheus.url }[
          d.name
        ],
  );
  const [again] = await store.find({ imageTag: 'v4' });
  expect(again.gateRejectedBy).toBe(row.gateRejectedBy);
}, 120_000);

test('the column is bounded and read defensively: a row is anyone’s data', () => {
  const long = 'x'.repeat(5000);
  const column = gateRejectionColumn(
    Array.from({ length: 30 }, () => ({
      condition: 'metric',
      check: long,
      value: long,
      threshold: long,
      detail: long,
    })),
  );
  expect(column.length).toBeLessThan(16_000);
  expect(gateRejections({ gateRejectedBy: column })).toHaveLength(10);
  for (const bad of ['not json', '{"condition":"metric"}', '[1,null,{"detail":"no condition"}]', '[{"condition":7}]'])
    expect(gateRejections({ gateRejectedBy: bad })).toEqual([]);
  expect(gateRejections({ gateRejectedBy: '[{"condition":"health","detail":"503","value":{"x":1}}]' })).toEqual([
    { condition: 'health', detail: '503' },
  ]);
});
