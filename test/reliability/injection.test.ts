import { isLiveCommand, neutralise, neutraliseJson } from '../../lib/hosts/neutralise.js';
import { Inputs } from '../../lib/steps/inputs.js';
import { step as recordDeployment } from '../../lib/steps/record-deployment.js';
import type { Azurite } from '../../stand-ins/azurite.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { runAzureTask, runCli, runGitHubAction } from '../support/run-bundle.js';

// A cluster name as someone with write access to the table could record it: each line would be
// a live runner command if printed as-is.
const HOSTILE =
  [
    'aks-dev',
    '::error title=pwned::injected-gh',
    '  ::add-mask::injected-mask',
    '##vso[task.prependpath]/tmp/injected-path',
    'x ##vso[task.setvariable variable=injected;]1',
    '##[group]injected-group',
    '::stop-commands::injected-stop',
  ].join('\n') + '\r##VSO[task.complete result=Succeeded;]injected-cr';
const MARKERS = [
  'injected-gh',
  'injected-mask',
  'injected-path',
  'variable=injected',
  'injected-group',
  'injected-stop',
  'injected-cr',
];

/**
 * Lines a runner would take as an injected command: a command line whose command itself carries
 * injected text, or whose data (after our own command, e.g. a set-variable) still holds a marker.
 */
function liveInjected(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((l) => {
    if (!isLiveCommand(l) || !MARKERS.some((m) => l.includes(m))) return false;
    const own =
      /^(##vso\[(task\.(setvariable|debug|logissue|complete|uploadsummary))[^\]]*\]|::(debug|error|warning|notice|group)[^:]*::)/i.exec(
        l,
      );
    if (!own) return true;
    return /##(vso)?\[/i.test(l.slice(own[0].length));
  });
}

describe('neutralise', () => {
  test('every command marker is broken, the text stays readable, clean text is unchanged', () => {
    const out = neutralise(HOSTILE);
    expect(liveInjected(out)).toEqual([]);
    for (const m of MARKERS) expect(out).toContain(m);
    expect(out.split('\n').every((l) => !isLiveCommand(l))).toBe(true);
    expect(neutralise('promote: synced to aks-dev at 2026-11-26T05:00:00Z')).toBe(
      'promote: synced to aks-dev at 2026-11-26T05:00:00Z',
    );
  });
  test('JSON keeps its decoded value but holds no marker', () => {
    const json = neutraliseJson(JSON.stringify({ cluster: HOSTILE }));
    expect(JSON.parse(json)).toEqual({ cluster: HOSTILE });
    expect(json.split('\n').some(isLiveCommand)).toBe(false);
  });
});

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
    expect(r.stdout).toContain('injected-path'); // printed, so the check below can fail
    expect(liveInjected(r.stdout)).toEqual([]);
    expect(liveInjected(r.summary)).toEqual([]);
    expect(r.outputs.decision).toBe('promote');
    expect(r.outputs.conditions).toContain('injected-path');
  }, 60_000);

  test('Azure: gate logs, output variables and uploaded summary carry the value without a live command', async () => {
    const r = await runAzureTask('gate', gateInputs());
    expect(r.stdout).toContain('injected-path');
    expect(liveInjected(r.stdout)).toEqual([]);
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
      expect(`${r.stdout}${r.stderr}`).toContain('injected-path');
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
      expect(r.stdout).toContain('injected');
      expect(liveInjected(r.stdout)).toEqual([]);
    }
    const json = await runCli(['deployments', ...store, '--json']);
    expect((JSON.parse(json.stdout) as { cluster: string }[])[0].cluster).toBe(HOSTILE);
  }, 90_000);
});
