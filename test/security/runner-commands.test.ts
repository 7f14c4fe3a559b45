import { TableClient } from '@azure/data-tables';
import { Inputs } from '../../lib/steps/inputs.js';
import { step as recordDeployment } from '../../lib/steps/record-deployment.js';
import type { Azurite } from '../../stand-ins/azurite.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { HOSTILE } from '../support/hostile-text.js';
import { runAzureTask, runCli, runGitHubAction } from '../support/run-bundle.js';
import { foreignAzureCommands, foreignGitHubCommands } from '../support/runner-parsers.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';

/**
 * Row values that would be runner commands (test/support/hostile-text.ts: every command form behind
 * U+0085, U+2028, U+2029, \v, \f, a BOM, zero-width characters; markers split by characters ICU
 * skips) go through every output path of the three surfaces — logs, warnings, errors, group names,
 * summaries, outputs, CLI stdout and stderr — and the runners' own rules, restated from their
 * source (test/support/runner-parsers.ts), find no command ringway did not write. The surfaces
 * are the shipped bundles (test/support/run-bundle.ts), as the runners start them.
 */

/** An environment variable or argument holds no NUL: the same value without it. */
const HOSTILE_INPUT = HOSTILE.replace(/\0/g, '');
const github = runGitHubAction;
const azure = async (step: string, inputs: Record<string, string>) => {
  const r = await runAzureTask(step, inputs);
  return { ...r, variables: Object.values(r.variables).map((v) => v.value) };
};
const cli = (args: string[], env: Record<string, string> = {}) => runCli(args, env);

/** Commands either runner would take from text outside a GitHub job (Azure logs, files, values). */
const foreign = (text: string) => [...foreignGitHubCommands(`${text}\n`), ...foreignAzureCommands(`${text}\n`)];

let azurite: Azurite;
let storage: Record<string, string>;
let store: string[];

beforeAll(async () => {
  azurite = await azuriteForThisWorker();
  storage = {
    'connection-string': azurite.connectionString,
    'table-name': `commands${Date.now() % 100000}`,
    'partition-key': 'fabrikam',
  };
  store = Object.entries(storage).flatMap(([k, v]) => [`--${k}`, v]);
  const host = new RecordingHost();
  const record = (v: Record<string, string>) =>
    recordDeployment.run(Inputs.of(recordDeployment, { ...storage, 'fail-on-error': 'true', ...v }), host);
  // A deployment of frontend master-7 that reached dev and synced on a cluster named with commands.
  await record({
    p1: 'b1',
    'image-tag': 'master-7',
    'commit-id': '1f'.repeat(20),
    service: 'frontend',
    repository: 'https://github.com/contoso/frontend',
  });
  await record({
    stage: 'hld-updated',
    p2: 'b1-hld',
    'image-tag': 'master-7',
    env: 'dev',
    service: 'frontend',
    'hld-commit-id': '3d'.repeat(20),
  });
  await record({ stage: 'manifests-generated', p3: 'b1-gen', 'hld-commit-id': '3d'.repeat(20) });
  await record({ p3: 'b1-gen', 'manifest-commit-id': '2e'.repeat(20) });
  await record({ stage: 'cluster-synced', 'manifest-commit-id': '2e'.repeat(20), cluster: HOSTILE });
  // Columns nothing validates on the way in, written as anyone with the table's key could.
  const client = TableClient.fromConnectionString(storage['connection-string'], storage['table-name'], {
    allowInsecureConnection: true,
  });
  for await (const e of client.listEntities<Record<string, string>>()) {
    await client.updateEntity(
      {
        partitionKey: e.partitionKey ?? '',
        rowKey: e.rowKey ?? '',
        rollbackReason: HOSTILE,
        author: HOSTILE,
        mergedBy: HOSTILE,
        // What the gate rejected: every field of a recorded rejection (ringway deployments' Gate column).
        gateRejectedAt: HOSTILE,
        gateRejectedBy: JSON.stringify([
          { condition: HOSTILE, check: HOSTILE, value: HOSTILE, threshold: HOSTILE, detail: HOSTILE },
          { condition: 'health', detail: HOSTILE },
        ]),
      },
      'Merge',
    );
  }
  // Another service whose every text column is hostile, its sync time included.
  await client.createEntity({
    partitionKey: 'fabrikam',
    rowKey: 'hostile-row',
    service: HOSTILE,
    env: HOSTILE,
    imageTag: HOSTILE,
    cluster: HOSTILE,
    syncedAt: HOSTILE,
    rollbackReason: HOSTILE,
  });
}, 120_000);

afterAll(async () => {
  await azurite?.stop();
});

const gate = () => ({ ...storage, service: 'frontend', 'image-tag': 'master-7', 'to-ring': 'staging' });
// Built when a test runs: the storage inputs exist once beforeAll ran.
const stepRuns: [string, string, () => Record<string, string>][] = [
  ['gate, a row with commands in its cluster and other columns', 'gate', gate],
  [
    'gate on a hostile service and image tag (a failing gate: errors)',
    'gate',
    () => ({ ...gate(), service: HOSTILE_INPUT, 'image-tag': HOSTILE_INPUT }),
  ],
  ['metrics over every row', 'metrics', () => ({ ...storage, since: '3650d' })],
];

describe('GitHub Actions: the runner reads no command ringway did not write', () => {
  test.each(stepRuns)(
    '%s',
    async (_, step, inputs) => {
      const r = await github(step, inputs());
      expect(`${r.stdout}${r.summary}`).toContain('pwn'); // printed, so the check can fail
      expect(foreignGitHubCommands(r.stdout + r.stderr)).toEqual([]);
      // Not read by the runner (file commands), but expanded into later steps and shown on the run page.
      for (const v of Object.values(r.outputs)) expect(foreign(v)).toEqual([]);
      expect(foreign(r.summary)).toEqual([]);
    },
    90_000,
  );
});

describe('Azure Pipelines: the agent reads no command ringway did not write', () => {
  test.each(stepRuns)(
    '%s',
    async (_, step, inputs) => {
      const r = await azure(step, inputs());
      expect(`${r.stdout}${r.summaries.join('')}`).toContain('pwn');
      expect(foreignAzureCommands(r.stdout + r.stderr)).toEqual([]);
      for (const v of r.variables) expect(foreign(v)).toEqual([]);
      for (const s of r.summaries) expect(foreign(s)).toEqual([]);
    },
    90_000,
  );
});

describe('CLI in a script step: stdout and stderr hold no command, stdout stays data', () => {
  const flags = (inputs: Record<string, string>) => Object.entries(inputs).flatMap(([k, v]) => [`--${k}`, v]);
  const runs: [string, () => string[]][] = [
    ['gate', () => ['gate', ...flags(gate())]],
    ['gate --json', () => ['gate', ...flags(gate()), '--json']],
    [
      'gate failing on hostile inputs',
      () => ['gate', ...flags({ ...gate(), service: HOSTILE_INPUT, 'image-tag': HOSTILE_INPUT })],
    ],
    ['deployments', () => ['deployments', ...store]],
    ['deployments --output wide', () => ['deployments', ...store, '--output', 'wide']],
    ['deployments --output json', () => ['deployments', ...store, '--output', 'json']],
    ['metrics', () => ['metrics', ...store, '--since', '3650d']],
    ['metrics --output csv', () => ['metrics', ...store, '--since', '3650d', '--output', 'csv']],
    ['metrics --json', () => ['metrics', ...store, '--since', '3650d', '--json']],
  ];
  test.each(runs)(
    '%s: under GitHub Actions (stop-commands on stderr) and elsewhere',
    async (_, args) => {
      for (const underGitHub of [true, false]) {
        const r = await cli(args(), underGitHub ? { GITHUB_ACTIONS: 'true' } : {});
        expect(`${r.stdout}${r.stderr}`).toContain('pwn');
        if (underGitHub) {
          expect(foreignGitHubCommands(r.stdout)).toEqual([]);
          expect(foreignGitHubCommands(r.stderr)).toEqual([]);
        } else {
          expect(foreign(r.stdout)).toEqual([]);
          expect(foreign(r.stderr)).toEqual([]);
        }
        // stdout is data: never a stop-commands line; JSON decodes to the rows' own values.
        expect(r.stdout).not.toMatch(/^::stop-commands::/m);
        if (args().some((a) => a === 'json' || a === '--json'))
          expect(JSON.stringify(JSON.parse(r.stdout))).toContain('pwn');
      }
    },
    120_000,
  );
});
