/**
 * The gate's azure-monitor-logs checks on the three shipped surfaces (CLI, GitHub action, Azure
 * task), against the Log Analytics stand-in that checks every request against Azure's published
 * description, with the records in Azurite: healthy promotes, a failing KQL check rejects, a query
 * error is an error (never a reject), and the token never reaches a log.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../stand-ins/git.js';
import { startLogAnalytics, type LogAnalytics } from '../../stand-ins/log-analytics.js';
import type { Azurite } from '../../stand-ins/azurite.js';
import { DeploymentStore } from '../../lib/telemetry/store.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';
import { runAzureTask, runCli, runGitHubAction } from '../support/run-bundle.js';

const TOKEN = 'la-bearer-0c8e5a93d1';
let azurite: Azurite;
let la: LogAnalytics;

beforeAll(async () => {
  [azurite, la] = await Promise.all([azuriteForThisWorker(), startLogAnalytics({ token: TOKEN })]);
}, 90_000);
afterAll(async () => {
  await Promise.all([la?.stop(), azurite?.stop()]);
});
afterEach(() => expect(la.violations()).toEqual([]));

/** The checks as a pipeline keeps them: a YAML file in the repository, given as @file. */
const checksFile = join(tempDir('ringway-kql-checks-'), 'checks.yaml');
writeFileSync(
  checksFile,
  [
    '- name: failure-ratio',
    '  provider: azure-monitor-logs',
    '  query: |',
    '    AppRequests',
    '    | where AppRoleName == "{service}" and tostring(Properties.ring) == "{ring}"',
    '    | summarize requests = count(), failureRatio = todouble(countif(Success == false)) / count()',
    '        by AppRoleName, ring = tostring(Properties.ring)',
    '  condition: < 0.01',
    '  count: 2',
    '  interval: 1m',
    '',
  ].join('\n'),
);

let tables = 0;
/** A deployment of `tag` to staging, synced three minutes ago, in a table of its own. */
async function deployed(tag: string) {
  const s = {
    'connection-string': azurite.connectionString,
    'table-name': `gatelogsurf${++tables}t${Date.now() % 100000}`,
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
      manifestsPushedAt: ago(240_000),
      syncedAt: ago(180_000),
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
    'log-analytics-workspace': la.workspace,
    'log-analytics-token': TOKEN,
    'log-analytics-endpoint': la.url,
  };
}

describe('KQL checks on every surface', () => {
  test('healthy: the GitHub action and the Azure task promote, with a summary table per check', async () => {
    la.reset();
    la.seed('web', 'staging', { failureRatio: 0.001 });

    const gh = await runGitHubAction('gate', await deployed('v1'));
    expect(gh.code).toBe(0);
    expect(gh.outputs.decision).toBe('promote');
    expect(JSON.parse(gh.outputs.conditions)).toContainEqual(
      expect.objectContaining({ name: 'metric', check: 'failure-ratio', verdict: 'pass' }),
    );
    expect(gh.summary).toContain('metric failure-ratio: pass');
    expect(gh.stdout + gh.stderr + gh.summary).not.toContain(TOKEN);

    const az = await runAzureTask('gate', await deployed('v2'));
    expect(az.result).toBe('Succeeded');
    expect(az.variables.decision).toEqual({ value: 'promote', isOutput: true });
    expect(az.summaries.join('\n')).toContain('metric failure-ratio: pass');
    expect(az.stdout + az.stderr).not.toContain(TOKEN);
    expect(la.queries()).toHaveLength(4);
  }, 120_000);

  test('failing: the CLI and the Azure task reject, naming the check, the value and the threshold', async () => {
    la.reset();
    la.seed('web', 'staging', { failureRatio: 0.25 });

    const inputs = await deployed('v3');
    const cli = await runCli(['gate', ...Object.entries(inputs).flatMap(([k, v]) => [`--${k}`, v])]);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain('decision=reject\n');
    expect(cli.stderr.trim().split('\n').pop()).toMatch(
      /^error: gate: reject promotion of v3 from staging to prod: metric: failure-ratio: 0\.25 for \{AppRoleName="web", requests="1000", ring="staging"\} is not < 0\.01 at \S+; 2 of 2 measurements failed \(failure-limit 0\)$/,
    );
    expect(cli.stdout + cli.stderr).not.toContain(TOKEN);

    const az = await runAzureTask('gate', await deployed('v4'));
    expect(az.result).toBe('Failed');
    expect(az.variables.decision).toEqual({ value: 'reject', isOutput: true });
  }, 120_000);

  test('a query error is an error on every surface, never a reject', async () => {
    la.reset();
    la.seed('web', 'staging', { failureRatio: 0.25 });
    la.fail({ status: 500 });

    const gh = await runGitHubAction('gate', await deployed('v5'));
    expect(gh.code).toBe(1);
    expect(gh.outputs.decision).toBe('error');
    expect(gh.stdout).toMatch(
      /::error::.*failure-ratio: querying AppRequests .* answered HTTP 500 \(InternalServerError/,
    );

    const cli = await runCli(['gate', ...Object.entries(await deployed('v6')).flatMap(([k, v]) => [`--${k}`, v])]);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain('decision=error\n');

    const az = await runAzureTask('gate', await deployed('v7'));
    expect(az.result).toBe('Failed');
    expect(az.variables.decision).toEqual({ value: 'error', isOutput: true });
  }, 120_000);
});
