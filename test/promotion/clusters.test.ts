import { UsageError } from '../../lib/errors.js';
import { clustersSynced, failureOf, parseRingClusters, statusOfCluster } from '../../lib/promotion/clusters.js';
import { clearSecrets, registerSecret } from '../../lib/secrets.js';
import type { CommitCheck } from '../../lib/scm/types.js';
import type { DeploymentRow } from '../../lib/telemetry/row.js';

describe('parseRingClusters', () => {
  const rings = ['dev', 'prod'];

  test('reads ring=cluster[+cluster…] entries; blank entries are skipped, ring names folded to lower case', () => {
    expect(parseRingClusters(['dev=aks-dev', ' PROD = aks-weu + aks-eus ', ''], rings)).toEqual({
      dev: ['aks-dev'],
      prod: ['aks-weu', 'aks-eus'],
    });
  });

  test.each([
    ['dev', "'dev' is not <ring>=<cluster>[+<cluster>…]"],
    ['=aks', "'=aks' is not <ring>=<cluster>[+<cluster>…]"],
    ['qa=aks-qa', "ring 'qa' is not in the rings list dev, prod"],
    ['dev=a+', "'' is not a cluster name (ring dev)"],
    ['dev=a b', "'a b' is not a cluster name (ring dev)"],
  ])('%j is refused: %s', (entry, message) => {
    expect(() => parseRingClusters([entry], rings)).toThrow(UsageError);
    expect(() => parseRingClusters([entry], rings)).toThrow(new Error(message));
  });

  test('a ring given twice is refused', () => {
    expect(() => parseRingClusters(['dev=a', 'dev=b'], rings)).toThrow(new Error("ring 'dev' has clusters twice"));
  });
});

describe('statusOfCluster', () => {
  const check = (name: string): CommitCheck => ({ name, state: 'success', detail: 'success' });

  test('a status is about a cluster when the cluster is one of its name parts, in any case', () => {
    expect(statusOfCluster(check('flux/AKS-WEU/kustomization'), 'aks-weu')).toBe(true);
    expect(statusOfCluster(check('kustomization:aks-weu'), 'aks-weu')).toBe(true);
    expect(statusOfCluster(check('argocd aks-weu'), 'aks-weu')).toBe(true);
    expect(statusOfCluster(check('flux/aks-weu2'), 'aks-weu')).toBe(false);
    expect(statusOfCluster(check('flux-aks-weu'), 'aks-weu')).toBe(false);
  });
});

const row = (over: Partial<DeploymentRow> = {}): DeploymentRow => ({ partitionKey: 'web', rowKey: 'r1', ...over });

describe('failureOf', () => {
  test('names every failing cluster with its time and reason; a recovered cluster is not failing', () => {
    const clusters = JSON.stringify({
      a: { failedAt: '2026-12-01T10:00:00Z', reason: 'ImagePullBackOff' },
      b: { failedAt: '2026-12-01T10:00:00Z', okAt: '2026-12-01T11:00:00Z' },
      c: { failedAt: '2026-12-01T12:00:00Z', okAt: '2026-12-01T11:00:00Z' },
    });
    expect(failureOf(row({ clusters }))).toBe(
      'sync failed on a at 2026-12-01T10:00:00Z (ImagePullBackOff); sync failed on c at 2026-12-01T12:00:00Z',
    );
  });

  test('without clusters, a sync-failed stage after the last sync', () => {
    expect(failureOf(row({ syncFailedAt: '2026-12-01T10:00:00Z' }))).toBe('sync failed at 2026-12-01T10:00:00Z');
    expect(failureOf(row({ syncFailedAt: '2026-12-01T10:00:00Z', syncedAt: '2026-12-01T11:00:00Z' }))).toBeUndefined();
    expect(failureOf(row())).toBeUndefined();
  });
});

describe('clustersSynced', () => {
  const T1 = '2026-12-01T10:00:00Z';
  const T2 = '2026-12-01T11:00:00Z';
  const pushed = '2026-12-01T09:00:00Z';
  const statuses = (list: CommitCheck[]) => async () => list;

  test('passes when every cluster recorded a sync, since the last of them', async () => {
    const clusters = JSON.stringify({ a: { syncedAt: T2 }, b: { syncedAt: T1 } });
    expect(await clustersSynced(row({ clusters }), ['a', 'b'], undefined)).toEqual({
      verdict: 'pass',
      detail: `synced on a at ${T2}, b at ${T1}`,
      since: T2,
      sinceWhat: 'synced on every cluster',
    });
  });

  test('a manual cluster-synced stage naming the cluster counts', async () => {
    const r = await clustersSynced(row({ cluster: 'A, b', syncedAt: T1 }), ['a'], undefined);
    expect(r).toMatchObject({ verdict: 'pass', detail: `synced on a at ${T1}` });
  });

  test('waits, naming the clusters not synced yet and those that are', async () => {
    const clusters = JSON.stringify({ a: { syncedAt: T1 } });
    expect(await clustersSynced(row({ clusters }), ['a', 'b'], undefined)).toEqual({
      verdict: 'wait',
      detail: `not synced yet on b (synced: a at ${T1})`,
    });
  });

  test('a successful commit status on the manifest commit stands in for a record; since is then the push', async () => {
    const r = await clustersSynced(
      row({ manifestsPushedAt: pushed }),
      ['b'],
      statuses([{ name: 'flux/b', state: 'success', detail: 'success' }]),
    );
    expect(r).toEqual({
      verdict: 'pass',
      detail: 'synced on b (commit status flux/b)',
      since: pushed,
      sinceWhat: 'manifests pushed',
    });
  });

  test('a failed status rejects, a pending one waits', async () => {
    expect(
      await clustersSynced(row(), ['b'], statuses([{ name: 'flux/b', state: 'failure', detail: 'failed' }])),
    ).toEqual({ verdict: 'reject', detail: 'commit status flux/b on the manifest commit is failed (cluster b)' });
    expect(
      await clustersSynced(
        row(),
        ['b'],
        statuses([
          { name: 'flux/b', state: 'success', detail: 'success' },
          { name: 'argo:b', state: 'pending', detail: 'progressing' },
        ]),
      ),
    ).toEqual({ verdict: 'wait', detail: 'not synced yet on b' });
  });

  test('statuses that cannot be read are an error, redacted', async () => {
    clearSecrets();
    registerSecret('s3cr3t-token');
    const failing = async (): Promise<CommitCheck[]> => {
      throw new Error('HTTP 500 from https://x?token=s3cr3t-token');
    };
    expect(await clustersSynced(row(), ['b'], failing)).toEqual({
      verdict: 'error',
      detail: 'cannot read commit statuses of the manifest commit: HTTP 500 from https://x?token=***',
    });
    clearSecrets();
  });

  test('statuses are not read when every cluster has a record', async () => {
    const never = async (): Promise<CommitCheck[]> => {
      throw new Error('read');
    };
    const r = await clustersSynced(row({ clusters: JSON.stringify({ a: { syncedAt: T1 } }) }), ['a'], never);
    expect(r.verdict).toBe('pass');
  });
});
