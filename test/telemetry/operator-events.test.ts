import { TableClient } from '@azure/data-tables';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../lib/errors.js';
import { Inputs } from '../../lib/steps/inputs.js';
import { step as recordDeployment } from '../../lib/steps/record-deployment.js';
import { setTableOpener } from '../../lib/steps/storage-inputs.js';
import { dashboardHtml } from '../../lib/telemetry/dashboard.js';
import { MemoryAccount } from '../../lib/telemetry/memory-table.js';
import { listDeployments } from '../../lib/telemetry/query.js';
import { DeploymentStore } from '../../lib/telemetry/store.js';
import type { Azurite } from '../../stand-ins/azurite.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';
import { launchChromium } from '../../stand-ins/browser.js';
import { bareRepo, commitFiles, tempDir } from '../../stand-ins/git.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { runCli, runGitHubAction } from '../support/run-bundle.js';

/*
 * Payloads are built field for field from the operators' sources:
 * - Flux: fluxcd/pkg apis/event/v1beta1/event.go (Event: involvedObject, severity, timestamp,
 *   message, reason, metadata, reportingController, reportingInstance) and metadata.go (keys
 *   revision, originRevision, commit) at fluxcd/pkg e2cfd1a2d1815a81b3e77ef750e6528282ccccd6;
 *   fluxcd/notification-controller 2e46958a67f3af0e3e755a4fcaf7397d5803725e:
 *   internal/notifier/github_dispatch.go (event_type `<Kind>/<name>.<namespace>`, client_payload =
 *   the event JSON), internal/notifier/forwarder.go (generic provider: POST of the event JSON),
 *   internal/server/event_handlers.go combineEventMetadata (controller group prefix stripped from
 *   metadata keys, Alert .spec.eventMetadata merged in as is).
 * - Argo CD: ringway's webhook template (docs/operators.md), whose fields are the Application's
 *   .metadata.name, .status.sync.{revision,status}, .status.health.status,
 *   .status.operationState.{phase,finishedAt}, .spec.destination (argoproj/notifications-engine
 *   cf274d2e5cf0df418062fcd1b458ccf3468ef070 docs/services/webhook.md).
 */

/*
 * Most cases run the step on the in-memory table (held to Azure's rules by table-contract.test.ts):
 * its storage inputs name the in-memory account. Cases marked "on Azurite", and every case that
 * runs the shipped CLI or Action as a process, use Azurite.
 */
const IN_MEMORY = 'AccountName=in-memory;AccountKey=a2V5;TableEndpoint=http://in-memory.invalid';
const memory = new MemoryAccount();
let azurite: Azurite;
let azureOpener: ReturnType<typeof setTableOpener>;
beforeAll(async () => {
  azurite = await azuriteForThisWorker();
  azureOpener = setTableOpener((o) => (o.connectionString === IN_MEMORY ? memory.open(o) : azureOpener(o)));
});
afterAll(async () => {
  setTableOpener(azureOpener);
  await azurite?.stop();
});

let table = 0;
function storage(on: 'memory' | 'azurite' = 'memory') {
  return {
    'connection-string': on === 'memory' ? IN_MEMORY : azurite.connectionString,
    'table-name': `ops${++table}${Date.now() % 100000}`,
    'partition-key': 'fabrikam',
  };
}
type Storage = ReturnType<typeof storage>;

/** The deployment table the storage inputs name. */
function tableOf(s: Storage) {
  const o = { connectionString: s['connection-string'], tableName: s['table-name'], partitionKey: s['partition-key'] };
  return s['connection-string'] === IN_MEMORY ? memory.open(o) : DeploymentStore.open(o);
}

async function record(values: Record<string, string>, host = new RecordingHost()) {
  return recordDeployment.run(Inputs.of(recordDeployment, values), host);
}

/** Every row as stored: on Azurite read with the SDK itself, not through the code under test. */
async function rows(s: Storage) {
  const out: Record<string, string>[] = [];
  if (s['connection-string'] === IN_MEMORY)
    out.push(...((await tableOf(s).find({})) as unknown as Record<string, string>[]));
  else {
    const client = TableClient.fromConnectionString(s['connection-string'], s['table-name'], {
      allowInsecureConnection: true,
    });
    for await (const e of client.listEntities()) out.push(e as unknown as Record<string, string>);
  }
  return out.sort((a, b) => (a.imageTag < b.imageTag ? -1 : 1));
}

/** The deployment of tag `tag` to `ring`, up to manifests pushed as manifest commit `sha`. */
async function deploy(
  s: Storage,
  tag: string,
  ring: string,
  sha: string,
  manifestRepo = 'https://github.com/contoso/manifests',
) {
  await record({ ...s, p1: `1${tag}`, 'image-tag': tag, 'commit-id': `a${tag}`, service: 'frontend' });
  await record({ ...s, p2: `2${tag}${ring}`, 'image-tag': tag, 'hld-commit-id': `b${tag}${ring}`, env: ring });
  await record({ ...s, p3: `3${tag}${ring}`, 'hld-commit-id': `b${tag}${ring}` });
  await record({ ...s, p3: `3${tag}${ring}`, 'manifest-commit-id': sha, repository: manifestRepo });
}

interface FluxOpts {
  kind?: 'Kustomization' | 'HelmRelease';
  reason: string;
  severity?: 'info' | 'error' | 'trace';
  revision: string;
  cluster?: string;
  timestamp?: string;
  ring?: string;
}

/** A notification-controller Event as the generic provider posts it (after combineEventMetadata). */
function fluxEvent(o: FluxOpts) {
  const helm = o.kind === 'HelmRelease';
  const metadata: Record<string, string> = helm
    ? { revision: '6.5.4', originRevision: o.revision }
    : { revision: o.revision };
  if (o.cluster) metadata.cluster = o.cluster;
  if (o.ring) metadata.ring = o.ring;
  return {
    involvedObject: {
      kind: o.kind ?? 'Kustomization',
      namespace: 'flux-system',
      name: helm ? 'frontend' : 'apps',
      uid: '7d0cdc51-ddcd-4beb-b8e3-de4b1b3dbd1e',
      apiVersion: helm ? 'helm.toolkit.fluxcd.io/v2' : 'kustomize.toolkit.fluxcd.io/v1',
      resourceVersion: '56921',
    },
    severity: o.severity ?? (/Failed$/.test(o.reason) ? 'error' : 'info'),
    timestamp: o.timestamp ?? '2026-11-26T05:00:00Z',
    message:
      o.reason === 'ReconciliationSucceeded'
        ? 'Reconciliation finished in 1.2s, next run in 10m0s'
        : `${o.reason}: see the controller logs`,
    reason: o.reason,
    metadata,
    reportingController: helm ? 'helm-controller' : 'kustomize-controller',
    reportingInstance: helm ? 'helm-controller-5d8b9c4f7-q2w8e' : 'kustomize-controller-7f5d8b9c4-x2x9p',
  };
}

/** What the githubdispatch provider sends (the dispatch body), as the workflow sees it in $GITHUB_EVENT_PATH. */
function dispatched(ev: ReturnType<typeof fluxEvent>) {
  const o = ev.involvedObject;
  return {
    action: `${o.kind}/${o.name}.${o.namespace}`,
    client_payload: ev,
    repository: { full_name: 'contoso/manifests' },
    sender: { login: 'flux-bot' },
  };
}

function argoEvent(o: {
  revision: string;
  sync: string;
  health: string;
  phase?: string;
  cluster?: string;
  finishedAt?: string;
}) {
  return {
    app: { name: 'frontend-dev', namespace: 'argocd' },
    sync: { revision: o.revision, status: o.sync },
    health: { status: o.health },
    operation: { phase: o.phase ?? 'Succeeded', finishedAt: o.finishedAt ?? '2026-11-26T05:00:00Z' },
    destination: {
      name: o.cluster ?? 'aks-dev',
      server: 'https://aks-dev.hcp.westeurope.azmk8s.io:443',
      namespace: 'frontend',
    },
  };
}

/** A manifest repository with commits c1..c3 (real git), shas returned in order. */
async function manifestRepo() {
  const repo = await bareRepo({ files: { 'README.md': 'manifests\n' } });
  const shas = [1, 2, 3, 4].map((i) =>
    commitFiles(repo.dir, 'main', { [`dev/frontend-${i}.yaml`]: `kind: Deployment # ${i}\n` }, `deploy ${i}`),
  );
  return { ...repo, shas };
}

const clusters = (r: Record<string, string>) =>
  JSON.parse(r.clusters ?? '{}') as Record<string, { syncedAt?: string; failedAt?: string; reason?: string }>;

describe('Flux v2 events', () => {
  test('ReconciliationSucceeded in both revision forms marks the deployment synced on the cluster with the event time (on Azurite)', async () => {
    const s = storage('azurite');
    const m = await manifestRepo();
    await deploy(s, 'master-1', 'dev', m.shas[0]);
    await deploy(s, 'master-2', 'dev', m.shas[1]);
    const host = new RecordingHost();
    const out = await record(
      {
        ...s,
        'flux-event': JSON.stringify(
          fluxEvent({ reason: 'ReconciliationSucceeded', revision: `main@sha1:${m.shas[0]}`, cluster: 'aks-dev' }),
        ),
      },
      host,
    );
    expect(out).toMatchObject({ recorded: 'true', state: 'Synced', sync: 'synced' });
    // The older form (Flux < 2.0: <branch>/<sha>) through a githubdispatch payload in a file.
    const file = join(tempDir(), 'event.json');
    writeFileSync(
      file,
      JSON.stringify(
        dispatched(
          fluxEvent({
            reason: 'ReconciliationSucceeded',
            revision: `main/${m.shas[1]}`,
            cluster: 'aks-dev',
            timestamp: '2026-11-26T05:10:00Z',
          }),
        ),
      ),
    );
    expect(await record({ ...s, 'flux-event': `@${file}` })).toMatchObject({ recorded: 'true', sync: 'synced' });
    const [one, two] = await rows(s);
    expect(one.syncedAt).toBe('2026-11-26T05:00:00.000Z');
    expect(one.cluster).toBe('aks-dev');
    expect(clusters(one)['aks-dev'].syncedAt).toBe('2026-11-26T05:00:00.000Z');
    expect(two.syncedAt).toBe('2026-11-26T05:10:00.000Z');
  });

  test('HelmRelease success reads the commit from originRevision; Progressing is informational and writes nothing', async () => {
    const s = storage();
    const m = await manifestRepo();
    await deploy(s, 'master-1', 'dev', m.shas[0]);
    const before = await rows(s);
    const host = new RecordingHost();
    expect(
      await record(
        {
          ...s,
          cluster: 'aks-dev',
          'flux-event': JSON.stringify(fluxEvent({ reason: 'Progressing', revision: `main@sha1:${m.shas[0]}` })),
        },
        host,
      ),
    ).toMatchObject({ recorded: 'false', sync: 'progressing' });
    expect(await rows(s)).toEqual(before);
    for (const reason of ['InstallSucceeded', 'UpgradeSucceeded']) {
      expect(
        await record({
          ...s,
          cluster: 'aks-dev',
          'flux-event': JSON.stringify(fluxEvent({ kind: 'HelmRelease', reason, revision: `main@sha1:${m.shas[0]}` })),
        }),
      ).toMatchObject({ sync: 'synced' });
    }
    expect((await rows(s))[0].syncedAt).toBe('2026-11-26T05:00:00.000Z');
  });

  test.each(['HealthCheckFailed', 'ReconciliationFailed'])(
    '%s records sync-failed with the reason; a later success recovers',
    async (reason) => {
      const s = storage();
      const m = await manifestRepo();
      await deploy(s, 'master-1', 'dev', m.shas[0]);
      const out = await record({
        ...s,
        'flux-event': JSON.stringify(
          fluxEvent({
            reason,
            revision: `main@sha1:${m.shas[0]}`,
            cluster: 'aks-dev',
            timestamp: '2026-11-26T05:05:00Z',
          }),
        ),
      });
      expect(out).toMatchObject({ recorded: 'true', state: 'Sync failed', sync: 'failed' });
      let [row] = await rows(s);
      expect(row.syncFailedAt).toBe('2026-11-26T05:05:00.000Z');
      expect(clusters(row)['aks-dev']).toMatchObject({ failedAt: '2026-11-26T05:05:00.000Z', reason });
      const st = tableOf(s);
      expect((await listDeployments(st, {}))[0]).toMatchObject({
        state: 'Sync failed',
        clusters: [{ name: 'aks-dev', failing: true, reason }],
      });
      // A success from before the failure, arriving late, does not hide it; one after it heals.
      await record({
        ...s,
        'flux-event': JSON.stringify(
          fluxEvent({
            reason: 'ReconciliationSucceeded',
            revision: `main@sha1:${m.shas[0]}`,
            cluster: 'aks-dev',
            timestamp: '2026-11-26T05:01:00Z',
          }),
        ),
      });
      expect((await listDeployments(st, {}))[0].state).toBe('Sync failed');
      await record({
        ...s,
        'flux-event': JSON.stringify(
          fluxEvent({
            reason: 'ReconciliationSucceeded',
            revision: `main@sha1:${m.shas[0]}`,
            cluster: 'aks-dev',
            timestamp: '2026-11-26T05:20:00Z',
          }),
        ),
      });
      [row] = await rows(s);
      expect(row.syncedAt).toBe('2026-11-26T05:01:00.000Z');
      expect((await listDeployments(st, {}))[0].state).toBe('Synced');
    },
  );

  test('several clusters of one ring each keep their own sync time; duplicates and out-of-order events keep the earliest success (on Azurite)', async () => {
    const s = storage('azurite');
    const m = await manifestRepo();
    await deploy(s, 'master-1', 'prod', m.shas[0]);
    const ev = (cluster: string, timestamp: string) =>
      JSON.stringify(
        fluxEvent({ reason: 'ReconciliationSucceeded', revision: `main@sha1:${m.shas[0]}`, cluster, timestamp }),
      );
    await record({ ...s, 'flux-event': ev('aks-weu', '2026-11-26T05:03:00Z') });
    expect(await record({ ...s, 'flux-event': ev('aks-weu', '2026-11-26T05:03:00Z') })).toMatchObject({
      recorded: 'false',
      sync: 'synced',
    });
    await record({ ...s, 'flux-event': ev('aks-eus', '2026-11-26T05:09:00Z') });
    await record({ ...s, 'flux-event': ev('aks-weu', '2026-11-26T05:01:00Z') }); // earlier, delivered late
    await record({ ...s, 'flux-event': ev('aks-eus', '2026-11-26T05:30:00Z') }); // a later re-reconcile
    const [row] = await rows(s);
    expect(clusters(row)['aks-weu'].syncedAt).toBe('2026-11-26T05:01:00.000Z');
    expect(clusters(row)['aks-eus'].syncedAt).toBe('2026-11-26T05:09:00.000Z');
    expect(row.syncedAt).toBe('2026-11-26T05:01:00.000Z');
    expect(row.cluster).toBe('aks-eus,aks-weu');
    // `ringway deployments` (the CLI, as a process) shows each cluster with its own time.
    const cli = await runCli([
      'deployments',
      '--connection-string',
      s['connection-string'],
      '--table-name',
      s['table-name'],
      '--partition-key',
      'fabrikam',
    ]);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('✓ aks-eus 2026-11-26 05:09, ✓ aks-weu 2026-11-26 05:01');
  });

  test('a skipped intermediate commit is synced by the later revision: by git ancestry with the manifest repo, by push order without', async () => {
    for (const withGit of [true, false]) {
      const s = storage();
      const m = await manifestRepo();
      await deploy(s, 'master-1', 'dev', m.shas[0], m.url);
      await deploy(s, 'master-2', 'dev', m.shas[1], m.url);
      await deploy(s, 'master-9', 'prod', m.shas[2], m.url); // a prod commit in between: not dev's
      await deploy(s, 'master-3', 'dev', m.shas[3], m.url);
      // Flux reconciled straight from c0 to c1 (skipping nothing yet), then to c3, skipping c2.
      const repo: Record<string, string> = withGit ? { repository: m.url } : {};
      await record({
        ...s,
        ...repo,
        'flux-event': JSON.stringify(
          fluxEvent({
            reason: 'ReconciliationSucceeded',
            revision: `main@sha1:${m.shas[3]}`,
            cluster: 'aks-dev',
            ring: 'dev',
          }),
        ),
      });
      const all = await rows(s);
      const byTag = Object.fromEntries(all.map((r) => [r.imageTag, r]));
      expect(byTag['master-1'].syncedAt).toBe('2026-11-26T05:00:00.000Z');
      expect(byTag['master-2'].syncedAt).toBe('2026-11-26T05:00:00.000Z');
      expect(byTag['master-3'].syncedAt).toBe('2026-11-26T05:00:00.000Z');
      expect(byTag['master-9'].syncedAt).toBeUndefined();
    }
  });

  test('a revision not in the records: warning, exit 0, state unknown, nothing changed', async () => {
    const s = storage();
    const m = await manifestRepo();
    await deploy(s, 'master-1', 'dev', m.shas[0], m.url);
    const before = await rows(s);
    const host = new RecordingHost();
    const stranger = 'f'.repeat(40);
    const out = await record(
      {
        ...s,
        'flux-event': JSON.stringify(
          fluxEvent({ reason: 'ReconciliationSucceeded', revision: `main@sha1:${stranger}`, cluster: 'aks-dev' }),
        ),
      },
      host,
    );
    expect(out).toMatchObject({ recorded: 'false', state: 'unknown', sync: 'unknown' });
    expect(host.lines.join('\n')).toMatch(/ffffff.* is not a recorded deployment; nothing recorded/);
    // With the manifest repo: a commit that is not on any branch is unknown too.
    const out2 = await record(
      {
        ...s,
        repository: m.url,
        env: 'dev',
        'flux-event': JSON.stringify(
          fluxEvent({ reason: 'HealthCheckFailed', revision: `main@sha1:${stranger}`, cluster: 'aks-dev' }),
        ),
      },
      host,
    );
    expect(out2).toMatchObject({ state: 'unknown' });
    expect(await rows(s)).toEqual(before);
  });

  test('bad input: not JSON, an unknown kind, a revision that is not a commit, a dispatch type that disagrees: one error naming the input, nothing written', async () => {
    const s = storage();
    const m = await manifestRepo();
    await deploy(s, 'master-1', 'dev', m.shas[0]);
    const before = await rows(s);
    const bad: [Record<string, string>, RegExp][] = [
      [{ 'flux-event': '{"involvedObject": ' }, /^input 'flux-event': the event is not JSON/],
      [
        {
          'flux-event': JSON.stringify({
            ...fluxEvent({ reason: 'ReconciliationSucceeded', revision: `main@sha1:${m.shas[0]}`, cluster: 'x' }),
            involvedObject: { kind: 'GitRepository', name: 'flux-system', namespace: 'flux-system' },
          }),
        },
        /^input 'flux-event': kind 'GitRepository' is not a Kustomization or HelmRelease/,
      ],
      [
        {
          'flux-event': JSON.stringify(
            fluxEvent({ reason: 'ReconciliationSucceeded', revision: 'sha256:' + 'a'.repeat(64), cluster: 'x' }),
          ),
        },
        /^input 'flux-event': revision 'sha256:a+' is not a git commit/,
      ],
      [
        {
          'flux-event': JSON.stringify(
            fluxEvent({ kind: 'HelmRelease', reason: 'UpgradeSucceeded', revision: '6.5.4', cluster: 'x' }),
          ),
        },
        /revision '6.5.4' is not a git commit/,
      ],
      [
        {
          'flux-event': JSON.stringify({
            ...dispatched(
              fluxEvent({ reason: 'ReconciliationSucceeded', revision: `main@sha1:${m.shas[0]}`, cluster: 'x' }),
            ),
            action: 'Kustomization/other.flux-system',
          }),
        },
        /dispatch type 'Kustomization\/other.flux-system' does not match/,
      ],
      [
        { 'flux-event': '@/nonexistent/event.json' },
        /^input 'flux-event': cannot read \/nonexistent\/event.json: ENOENT/,
      ],
      // No size of its own: refused once more than the limit is read, instead of filling the memory.
      [{ 'flux-event': '@/dev/zero' }, /^input 'flux-event': the event file \/dev\/zero is larger than 1 MiB$/],
      [{ 'argocd-event': '[1,2]' }, /^input 'argocd-event': the notification must be a JSON object/],
      [
        { 'argocd-event': JSON.stringify(argoEvent({ revision: 'HEAD', sync: 'Synced', health: 'Healthy' })) },
        /^input 'argocd-event': revision 'HEAD' is not a git commit/,
      ],
      [
        {
          'flux-event': JSON.stringify(
            fluxEvent({ reason: 'ReconciliationSucceeded', revision: `main@sha1:${m.shas[0]}` }),
          ),
        },
        /^input 'flux-event': the event names no cluster/,
      ],
    ];
    for (const [values, message] of bad) {
      const err = await record({ ...s, 'fail-on-error': 'false', ...values }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(UsageError);
      expect((err as Error).message).toMatch(message);
    }
    expect(await rows(s)).toEqual(before);
  });
});

describe('Argo CD notifications', () => {
  test('Synced+Healthy syncs on the destination cluster, Degraded and a failed operation are sync-failed, Progressing writes nothing', async () => {
    const s = storage();
    const m = await manifestRepo();
    await deploy(s, 'master-1', 'dev', m.shas[0]);
    await deploy(s, 'master-2', 'dev', m.shas[1]);
    expect(
      await record({
        ...s,
        'argocd-event': JSON.stringify(argoEvent({ revision: m.shas[0], sync: 'Synced', health: 'Progressing' })),
      }),
    ).toMatchObject({ sync: 'progressing', recorded: 'false' });
    expect(
      await record({
        ...s,
        'argocd-event': JSON.stringify(argoEvent({ revision: m.shas[0], sync: 'Synced', health: 'Healthy' })),
      }),
    ).toMatchObject({ sync: 'synced', recorded: 'true' });
    expect(
      await record({
        ...s,
        'argocd-event': JSON.stringify(
          argoEvent({ revision: m.shas[1], sync: 'Synced', health: 'Degraded', finishedAt: '2026-11-26T05:07:00Z' }),
        ),
      }),
    ).toMatchObject({ sync: 'failed', state: 'Sync failed' });
    expect(
      await record({
        ...s,
        'argocd-event': JSON.stringify(
          argoEvent({
            revision: m.shas[1],
            sync: 'OutOfSync',
            health: 'Missing',
            phase: 'Failed',
            cluster: 'aks-dev-2',
            finishedAt: '2026-11-26T05:08:00Z',
          }),
        ),
      }),
    ).toMatchObject({ sync: 'failed' });
    const [one, two] = await rows(s);
    expect(clusters(one)['aks-dev'].syncedAt).toBe('2026-11-26T05:00:00.000Z');
    expect(clusters(two)['aks-dev']).toMatchObject({
      failedAt: '2026-11-26T05:07:00.000Z',
      reason: 'operation Succeeded, sync Synced, health Degraded',
    });
    expect(clusters(two)['aks-dev-2']).toMatchObject({ failedAt: '2026-11-26T05:08:00.000Z' });
    // Failure of c2 does not fail c1, which aks-dev already runs.
    expect(clusters(one)['aks-dev'].failedAt).toBeUndefined();
  });
});

describe('as processes', () => {
  test('the CLI and the GitHub Action bundle take the event file; bad input exits 2 with one line and writes nothing', async () => {
    const s = storage('azurite');
    const m = await manifestRepo();
    await deploy(s, 'master-1', 'dev', m.shas[0], m.url);
    await deploy(s, 'master-2', 'dev', m.shas[1], m.url);
    const dir = tempDir();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"involvedObject": {"kind": "Kustomization"}, ');
    // The connection string from the environment, as the CLI advises (not on the command line).
    const flags = ['--table-name', s['table-name'], '--partition-key', 'fabrikam'];
    const env = { RINGWAY_CONNECTION_STRING: s['connection-string'] };
    const before = await rows(s);
    const refused = await runCli(['record-deployment', '--flux-event', `@${bad}`, ...flags], env);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/input 'flux-event'(: the event)? is not JSON/);
    expect(await rows(s)).toEqual(before);

    const cliEvent = join(dir, 'cli.json');
    writeFileSync(
      cliEvent,
      JSON.stringify(
        fluxEvent({
          reason: 'ReconciliationSucceeded',
          revision: `main@sha1:${m.shas[0]}`,
          cluster: 'aks-dev',
          timestamp: '2026-11-26T04:50:00Z',
        }),
      ),
    );
    const cli = await runCli(
      ['record-deployment', '--flux-event', `@${cliEvent}`, '--repository', m.url, ...flags],
      env,
    );
    expect(cli.code).toBe(0);
    expect(cli.stderr).toContain('cluster-synced for 1 deployment(s) to dev (1 changed)');
    expect(cli.stdout).toContain('sync=synced');

    // The Action, as the runner starts it for flux-sync.yml: the dispatch event file of a later revision.
    const ghEvent = join(dir, 'event.json');
    writeFileSync(
      ghEvent,
      JSON.stringify(
        dispatched(
          fluxEvent({
            reason: 'ReconciliationSucceeded',
            revision: `main/${m.shas[1]}`,
            cluster: 'aks-dev',
            timestamp: '2026-11-26T04:55:00Z',
          }),
        ),
      ),
    );
    const action = await runGitHubAction('record-deployment', { 'flux-event': `@${ghEvent}`, repository: m.url, ...s });
    expect(action.code).toBe(0);
    expect(action.outputs).toMatchObject({ sync: 'synced', recorded: 'true', state: 'Synced' });
    const [one, two] = await rows(s);
    expect(clusters(one)['aks-dev'].syncedAt).toBe('2026-11-26T04:50:00.000Z');
    expect(clusters(two)['aks-dev'].syncedAt).toBe('2026-11-26T04:55:00.000Z');
    expect(action.summary).toContain('aks-dev');
  });
});

describe('what users see', () => {
  test('the dashboard shows Sync failed in red and each cluster with its own time or reason (Chromium)', async () => {
    const s = storage();
    const m = await manifestRepo();
    await deploy(s, 'master-1', 'prod', m.shas[0]);
    await record({
      ...s,
      'flux-event': JSON.stringify(
        fluxEvent({
          reason: 'ReconciliationSucceeded',
          revision: `main@sha1:${m.shas[0]}`,
          cluster: 'aks-weu',
          timestamp: '2026-11-26T05:01:00Z',
        }),
      ),
    });
    // Argo CD through a repository_dispatch (argocd-sync.yml passes the event file as is).
    const argo = {
      action: 'argocd-sync',
      client_payload: argoEvent({
        revision: m.shas[0],
        sync: 'Synced',
        health: 'Degraded',
        cluster: 'aks-eus',
        finishedAt: '2026-11-26T05:04:00Z',
      }),
    };
    expect(await record({ ...s, 'argocd-event': JSON.stringify(argo) })).toMatchObject({
      sync: 'failed',
      state: 'Sync failed',
    });
    const st = tableOf(s);
    const html = await dashboardHtml(await listDeployments(st, {}), {
      title: 'ops',
      generatedAt: '2026-11-26T06:00:00Z',
      source: 'test',
    });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent(html);
      await page.waitForSelector('tbody tr');
      await expect(page.locator('tbody .state').textContent()).resolves.toBe('Sync failed');
      expect(await page.evaluate("getComputedStyle(document.querySelector('tbody .state')).backgroundColor")).toBe(
        'rgb(207, 34, 46)',
      );
      await expect(page.locator('tbody tr').textContent()).resolves.toContain(
        '✘ aks-eus operation Succeeded, sync Synced, health Degraded, ✓ aks-weu 2026-11-26 05:01',
      );
    } finally {
      await browser.close();
    }
  });

  test('a sync-failed stage recorded by hand (no operator event) makes the state Sync failed until a later sync', async () => {
    const s = storage();
    await deploy(s, 'master-1', 'dev', 'ab'.repeat(20));
    expect(
      await record({ ...s, stage: 'sync-failed', 'manifest-commit-id': 'ab'.repeat(20), cluster: 'aks-dev' }),
    ).toMatchObject({ recorded: 'true', state: 'Sync failed' });
    expect(
      await record({ ...s, stage: 'cluster-synced', 'manifest-commit-id': 'ab'.repeat(20), cluster: 'aks-dev' }),
    ).toMatchObject({ state: 'Synced' });
  });
});
