/**
 * The gate's metric checks on the three shipped surfaces (CLI, GitHub action, Azure task), against
 * a real Prometheus scraping a stand-in service, with the records in Azurite: healthy promotes,
 * failing rejects, and the Prometheus token never reaches a log.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../stand-ins/git.js';
import { startMetricsService, type MetricsService } from '../../stand-ins/metrics-service.js';
import { startPrometheus, type Prometheus } from '../../stand-ins/prometheus.js';
import type { Azurite } from '../../stand-ins/azurite.js';
import { DeploymentStore } from '../../lib/telemetry/store.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';
import { runAzureTask, runCli, runGitHubAction } from '../support/run-bundle.js';

const TOKEN = 'prom-bearer-5e8c1d07';
let azurite: Azurite;
let service: MetricsService;
let prometheus: Prometheus;

beforeAll(async () => {
  // Prometheus starts while Azurite does (its first scrape comes about 5 s after it is ready); it
  // scrapes every 250 ms: the data the checks need builds up in seconds.
  [azurite, prometheus] = await Promise.all([
    azuriteForThisWorker(),
    startMetricsService().then((s) => {
      service = s;
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
  'sum(rate(http_requests_total{service="{service}",ring="{ring}",code=~"5.."}[2s])) / sum(rate(http_requests_total{service="{service}",ring="{ring}"}[2s]))';
const filled = ERROR_RATIO.replace(/\{service\}/g, 'web').replace(/\{ring\}/g, 'staging');

/** The checks as a pipeline keeps them: a YAML file in the repository, given as @file. */
const checksFile = join(tempDir('ringway-checks-'), 'checks.yaml');
writeFileSync(
  checksFile,
  [
    '- name: error-rate',
    '  provider: prometheus',
    `  query: '${ERROR_RATIO}'`,
    '  condition: < 0.05',
    '  count: 2',
    '  interval: 1s',
    '',
  ].join('\n'),
);

async function until(promql: string, ok: (v: number) => boolean): Promise<void> {
  for (;;) {
    const [s] = await prometheus.query(promql);
    if (s && ok(s.value)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

let tables = 0;
/** A deployment of `tag` to staging, synced two minutes ago, in a table of its own. */
async function deployed(tag: string) {
  const s = {
    'connection-string': azurite.connectionString,
    'table-name': `gatemetricsurf${++tables}t${Date.now() % 100000}`,
    'partition-key': 'fabrikam',
  };
  const store = DeploymentStore.open({
    connectionString: s['connection-string'],
    tableName: s['table-name'],
    partitionKey: s['partition-key'],
  });
  const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
  await store.insert(
    {
      service: 'web',
      imageTag: tag,
      env: 'staging',
      manifestCommitId: '2e'.repeat(20),
      manifestsPushedAt: ago(180_000),
      syncedAt: ago(120_000),
    },
    {},
    `r${tables}`,
  );
  return {
    ...s,
    service: 'web',
    'image-tag': tag,
    'from-ring': 'staging',
    metrics: `@${checksFile}`,
    'prometheus-url': prometheus.url,
    'prometheus-token': TOKEN,
  };
}

describe('metric checks on every surface', () => {
  test('healthy: the GitHub action and the Azure task promote, with a summary table per check', async () => {
    await service.traffic({ errorRatio: 0 });
    // Scrapes from 3–4 s ago: the 2 measurements 1 s apart, each over 2 s, both have data.
    await until('count_over_time(up{job="web"}[1s] offset 3s)', (n) => n >= 2);
    await until(filled, (v) => v === 0);

    const gh = await runGitHubAction('gate', await deployed('v1'));
    expect(gh.code).toBe(0);
    expect(gh.outputs.decision).toBe('promote');
    expect(JSON.parse(gh.outputs.conditions)).toContainEqual(
      expect.objectContaining({ name: 'metric', check: 'error-rate', verdict: 'pass' }),
    );
    expect(gh.summary).toContain('metric error-rate: pass');
    expect(gh.stdout + gh.stderr + gh.summary).not.toContain(TOKEN);

    const az = await runAzureTask('gate', await deployed('v2'));
    expect(az.result).toBe('Succeeded');
    expect(az.variables.decision).toEqual({ value: 'promote', isOutput: true });
    expect(az.summaries.join('\n')).toContain('metric error-rate: pass');
    expect(az.stdout + az.stderr).not.toContain(TOKEN);
  }, 180_000);

  test('failing: the CLI and the GitHub action reject, naming the check, the value and the threshold', async () => {
    await service.traffic({ errorRatio: 0.5 });
    // Until both measurement windows (the last 3 s) have mostly the failing traffic.
    await until(`min_over_time((${filled})[2s:250ms])`, (v) => v > 0.3);

    const inputs = await deployed('v3');
    const cli = await runCli(['gate', ...Object.entries(inputs).flatMap(([k, v]) => [`--${k}`, v])]);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain('decision=reject\n');
    expect(cli.stderr.trim().split('\n').pop()).toMatch(
      /^error: gate: reject promotion of v3 from staging to prod: metric: error-rate: 0\.\d+ is not < 0\.05 at \S+; 2 of 2 measurements failed \(failure-limit 0\)$/,
    );
    expect(cli.stdout + cli.stderr).not.toContain(TOKEN);

    const gh = await runGitHubAction('gate', await deployed('v4'));
    expect(gh.code).toBe(1);
    expect(gh.outputs.decision).toBe('reject');
    expect(gh.stdout).toMatch(/::error::gate: reject promotion of v4 from staging to prod: metric: error-rate: /);
  }, 180_000);
});
