import { runStep } from '../../lib/hosts/run.js';
import { step as gateStep } from '../../lib/steps/gate.js';
import { Inputs } from '../../lib/steps/inputs.js';
import { step as recordDeployment } from '../../lib/steps/record-deployment.js';
import type { Azurite } from '../../stand-ins/azurite.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';
import { startForgeApi, type ForgeApi } from '../../stand-ins/forge-api.js';
import { RecordingHost } from '../../stand-ins/host.js';

// The gate's `synced` for rings on several clusters: per-cluster syncs recorded from Flux events,
// and Flux commit statuses on the manifest commit (GitHub: context = the Provider's commit status
// id, here set by commitStatusExpr to kustomization/<name>/<cluster>; Azure DevOps: genre fluxcd
// or fluxcd:<summary>, name = the same id), as fluxcd/notification-controller
// 2e46958a67f3af0e3e755a4fcaf7397d5803725e internal/notifier/github.go and azure_devops.go post them.

const TOKEN = 'gate-clusters-token-4b2d';
let azurite: Azurite;
let github: ForgeApi;
let azure: ForgeApi;

beforeAll(async () => {
  [azurite, github, azure] = await Promise.all([
    azuriteForThisWorker(),
    startForgeApi('github'),
    startForgeApi('azure'),
  ]);
});
afterAll(async () => {
  await Promise.all([azurite?.stop(), github?.stop(), azure?.stop()]);
});

let tables = 0;
function storage() {
  return {
    'connection-string': azurite.connectionString,
    'table-name': `gatecl${++tables}t${Date.now() % 100000}`,
    'partition-key': 'fabrikam',
  };
}
type Storage = ReturnType<typeof storage>;

const MANIFEST_SHA = '4c'.repeat(20);

const record = (s: Storage, v: Record<string, string>) =>
  recordDeployment.run(Inputs.of(recordDeployment, { ...s, 'fail-on-error': 'true', ...v }), new RecordingHost());

async function deploy(s: Storage, tag: string, ring: string, manifestRepo = 'https://github.com/contoso/manifests') {
  const p1 = `${ring}-${tag}`;
  await record(s, { p1, 'image-tag': tag, 'commit-id': '1f'.repeat(20), service: 'frontend' });
  await record(s, { p2: `${p1}-hld`, 'image-tag': tag, env: ring, 'hld-commit-id': '3d'.repeat(20) });
  await record(s, { p3: `${p1}-gen`, 'hld-commit-id': '3d'.repeat(20) });
  await record(s, { p3: `${p1}-gen`, 'manifest-commit-id': MANIFEST_SHA, repository: manifestRepo });
}

function flux(reason: string, cluster: string, timestamp: string) {
  return JSON.stringify({
    involvedObject: {
      kind: 'Kustomization',
      namespace: 'flux-system',
      name: 'apps',
      uid: '0c9c2e41-6d3c-4f0e-9a1e-5b2a3c4d5e6f',
      apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
      resourceVersion: '1201',
    },
    severity: reason.endsWith('Failed') ? 'error' : 'info',
    timestamp,
    message: reason,
    reason,
    metadata: { revision: `main@sha1:${MANIFEST_SHA}`, cluster },
    reportingController: 'kustomize-controller',
    reportingInstance: 'kustomize-controller-7f5d8b9c4-x2x9p',
  });
}

async function gate(values: Record<string, string>) {
  const result = await runStep(gateStep, new RecordingHost(), (d) => values[d.name]);
  const outputs = result.ok ? result.outputs : (result.outputs ?? {});
  const conditions = outputs.conditions
    ? (JSON.parse(outputs.conditions) as { name: string; verdict: string; detail: string }[])
    : [];
  return { result, outputs, synced: conditions.find((c) => c.name === 'synced') };
}

const ask = (s: Storage, extra: Record<string, string> = {}) => ({
  ...s,
  service: 'frontend',
  'image-tag': 'master-1',
  rings: 'dev,prod',
  'to-ring': 'prod',
  'ring-clusters': 'dev=aks-weu+aks-eus,prod=aks-prod',
  ...extra,
});

describe('gate: every cluster of the ring (ring-clusters)', () => {
  test('from operator events: waits for the second cluster, then promotes with the soak counted from the last sync', async () => {
    const s = storage();
    await deploy(s, 'master-1', 'dev');
    await record(s, { 'flux-event': flux('ReconciliationSucceeded', 'aks-weu', '2026-11-26T04:00:00Z') });
    const one = await gate(ask(s));
    expect(one.outputs.decision).toBe('wait');
    expect(one.synced?.detail).toBe('not synced yet on aks-eus (synced: aks-weu at 2026-11-26T04:00:00.000Z)');
    await record(s, { 'flux-event': flux('ReconciliationSucceeded', 'aks-eus', '2026-11-26T04:20:00Z') });
    const both = await gate(ask(s, { 'soak-time': '10m' }));
    expect(both.outputs.decision).toBe('promote');
    expect(both.synced?.detail).toBe(
      'synced on aks-weu at 2026-11-26T04:00:00.000Z, aks-eus at 2026-11-26T04:20:00.000Z',
    );
    expect(both.outputs.conditions).toContain('since synced on every cluster');
  });

  test('a sync-failed on a cluster of the from-ring rejects, with or without ring-clusters', async () => {
    const s = storage();
    await deploy(s, 'master-1', 'dev');
    await record(s, { 'flux-event': flux('ReconciliationSucceeded', 'aks-weu', '2026-11-26T04:00:00Z') });
    await record(s, { 'flux-event': flux('HealthCheckFailed', 'aks-eus', '2026-11-26T04:05:00Z') });
    for (const extra of [{}, { 'ring-clusters': '' }] as Record<string, string>[]) {
      const g = await gate(ask(s, extra));
      expect(g.result.ok).toBe(false);
      expect(g.outputs.decision).toBe('reject');
      expect(g.synced?.detail).toMatch(/sync failed on aks-eus at 2026-11-26T04:05:00.000Z \(HealthCheckFailed\)$/);
    }
  });

  test('from Flux commit statuses on GitHub (requests validated against @octokit/openapi): pending waits, success promotes, failure rejects', async () => {
    const s = storage();
    await deploy(s, 'master-1', 'dev');
    const gh = { provider: 'github', 'api-url': github.url, token: TOKEN };
    const statuses = (eus: string) => ({
      [MANIFEST_SHA]: [
        { context: 'kustomization/apps/aks-weu', state: 'success' },
        { context: 'kustomization/apps/aks-eus', state: eus },
      ],
    });
    await github.reset({ token: TOKEN, statuses: statuses('pending') });
    expect((await gate(ask(s, gh))).synced).toMatchObject({
      verdict: 'wait',
      detail: 'not synced yet on aks-eus (synced: aks-weu (commit status kustomization/apps/aks-weu))',
    });
    const { requests } = await github.requests();
    expect(requests.map((r) => `${r.method} ${r.path}`)).toContain(
      `GET /repos/contoso/manifests/commits/${MANIFEST_SHA}/status`,
    );
    await github.reset({ token: TOKEN, statuses: statuses('success') });
    expect((await gate(ask(s, gh))).outputs.decision).toBe('promote');
    await github.reset({ token: TOKEN, statuses: statuses('failure') });
    const failed = await gate(ask(s, gh));
    expect(failed.outputs.decision).toBe('reject');
    expect(failed.synced?.detail).toBe(
      'commit status kustomization/apps/aks-eus on the manifest commit is failure (cluster aks-eus)',
    );
  });

  test('from Flux commit statuses on Azure DevOps (genre fluxcd, name with the cluster) and a recorded sync together', async () => {
    const s = storage();
    await deploy(s, 'master-1', 'dev', 'https://dev.azure.com/contoso/web/_git/manifests');
    await record(s, { 'flux-event': flux('ReconciliationSucceeded', 'aks-weu', '2026-11-26T04:00:00Z') });
    const az = { provider: 'azure-devops', 'api-url': `${azure.url}/contoso`, token: TOKEN };
    await azure.reset({
      token: TOKEN,
      statuses: { [MANIFEST_SHA]: [{ genre: 'fluxcd', name: 'kustomization/apps/aks-eus', state: 'succeeded' }] },
    });
    const g = await gate(ask(s, az));
    expect(g.outputs.decision).toBe('promote');
    expect(g.synced?.detail).toBe(
      'synced on aks-weu at 2026-11-26T04:00:00.000Z, aks-eus (commit status fluxcd/kustomization/apps/aks-eus)',
    );
    await azure.reset({
      token: TOKEN,
      statuses: { [MANIFEST_SHA]: [{ genre: 'fluxcd:aks-eus', name: 'kustomization/apps/0c9c2e41', state: 'error' }] },
    });
    expect((await gate(ask(s, az))).outputs.decision).toBe('reject');
  });

  test('bad ring-clusters: one error naming the input', async () => {
    const s = storage();
    for (const [value, message] of [
      ['dev', "input 'ring-clusters': 'dev' is not <ring>=<cluster>[+<cluster>…]"],
      ['qa=aks-qa', "input 'ring-clusters': ring 'qa' is not in the rings list dev, prod"],
      ['dev=aks dev', "input 'ring-clusters': 'aks dev' is not a cluster name (ring dev)"],
    ]) {
      const g = await gate(ask(s, { 'ring-clusters': value }));
      expect(g.result).toMatchObject({ ok: false, message });
    }
  });
});
