import { Inputs } from '../../lib/steps/inputs.js';
import { step as recordDeployment } from '../../lib/steps/record-deployment.js';
import type { Azurite } from '../../stand-ins/azurite.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { HOSTILE } from '../support/hostile-text.js';
import { runAzureTask, runCli, runGitHubAction } from '../support/run-bundle.js';
import { foreignAzureCommands, foreignGitHubCommands } from '../support/runner-parsers.js';

// The shipped bundles, with a cluster name as someone with write access to the table could record
// it (every command form behind every character the runners trim or skip: test/support/hostile-text.ts),
// checked with the runners' own rules (test/support/runner-parsers.ts). Every output path of every
// surface, from source: test/security/runner-commands.test.ts.

/** Commands either runner would take from text outside a GitHub job. */
const liveInjected = (text: string) => [...foreignGitHubCommands(`${text}\n`), ...foreignAzureCommands(`${text}\n`)];

describe('a hostile table value is printed inert on every surface', () => {
  let azurite: Azurite;
  let storage: Record<string, string>;
  beforeAll(async () => {
    azurite = await azuriteForThisWorker();
    storage = {
      'connection-string': azurite.connectionString,
      'table-name': `inject${Date.now() % 100000}`,
      'partition-key': 'fabrikam',
    };
    const host = new RecordingHost();
    const record = (v: Record<string, string>) =>
      recordDeployment.run(Inputs.of(recordDeployment, { ...storage, 'fail-on-error': 'true', ...v }), host);
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
  }, 60_000);
  afterAll(async () => {
    await azurite?.stop();
  });
  const gateInputs = () => ({ ...storage, service: 'frontend', 'image-tag': 'master-7', 'to-ring': 'staging' });

  test('GitHub: gate logs, outputs and summary carry the value without a live command', async () => {
    const r = await runGitHubAction('gate', gateInputs());
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('pwn'); // printed, so the check below can fail
    expect(foreignGitHubCommands(r.stdout)).toEqual([]);
    expect(liveInjected(r.summary)).toEqual([]);
    expect(r.outputs.decision).toBe('promote');
    expect(r.outputs.conditions).toContain('pwn');
    expect(liveInjected(r.outputs.conditions)).toEqual([]);
  }, 60_000);

  test('Azure: gate logs, output variables and uploaded summary carry the value without a live command', async () => {
    const r = await runAzureTask('gate', gateInputs());
    expect(r.stdout).toContain('pwn');
    expect(foreignAzureCommands(r.stdout)).toEqual([]);
    for (const s of r.summaries) expect(liveInjected(s)).toEqual([]);
    expect(r.variables.decision?.value).toBe('promote');
    expect(r.result).toBe('Succeeded');
  }, 60_000);

  test('CLI: gate and deployments, text and JSON, print no live command', async () => {
    const flags = Object.entries(gateInputs()).flatMap(([k, v]) => [`--${k}`, v]);
    for (const args of [
      ['gate', ...flags],
      ['gate', ...flags, '--json'],
    ]) {
      const r = await runCli(args);
      expect(r.code).toBe(0);
      expect(`${r.stdout}${r.stderr}`).toContain('pwn');
      expect(liveInjected(r.stdout)).toEqual([]);
      expect(liveInjected(r.stderr)).toEqual([]);
    }
    const store = [
      '--connection-string',
      storage['connection-string'],
      '--table-name',
      storage['table-name'],
      '--partition-key',
      'fabrikam',
    ];
    for (const out of ['wide', 'json']) {
      const r = await runCli(['deployments', ...store, '--output', out]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('pwn');
      expect(liveInjected(r.stdout)).toEqual([]);
    }
    const json = await runCli(['deployments', ...store, '--json']);
    expect((JSON.parse(json.stdout) as { cluster: string }[])[0].cluster).toBe(HOSTILE);
  }, 90_000);
});
