import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The demo's hops, each the same steps with the same inputs as the starter pipeline that runs it
 * (workflows-examples/): the one ring model of workflows-examples/README.md — every ring's tag in
 * config/<ring>.yaml of component `frontend`, every ring rendered to its own folder, one cluster per
 * ring — and the same records at the same hops, so what the demo prints is what the pipelines do.
 */

/**
 * Runs one step as `ringway <name>` would; with `show`, prints only those outputs; `mayFail` returns
 * a failed step's outputs; `shown` prints an input as the shell would have it (`"$(git log …)"`).
 */
export type Step = (
  title: string,
  name: string,
  values: Record<string, string>,
  opts?: { show?: string[]; mayFail?: boolean; shown?: Record<string, string> },
) => Promise<Record<string, string>>;

/** What the demo chain hands on: its step runner and the local repositories it made. */
export interface Chain {
  step: Step;
  /** record-deployment (skipped without storage); `compact` prints only the deployment id and state. */
  record(
    title: string,
    values: Record<string, string>,
    compact?: boolean,
    shown?: Record<string, string>,
  ): Promise<void>;
  /** The next pipeline run's build id. */
  nextRun(): string;
  git(cwd: string, ...args: string[]): Promise<string>;
  log(line: string): void;
  ws: string;
  hldUrl: string;
  /** A clone of the HLD, pulled before each render (manifest-generation's checkout). */
  hldWork: string;
  /** The HLD's bare repository (the forge's side). */
  hldBare: string;
  manifestsUrl: string;
  imageRepo: string;
  /** The service repository's working copy and its remote. */
  serviceDir: string;
  serviceUrl: string;
}

export const SERVICE = 'frontend';
/** The component path of the service in the HLD, the same in every starter (`fab set --subcomponent`). */
export const COMPONENT = 'frontend';
export const RINGS = 'dev,staging,prod';
/** One cluster per ring, as the gate's ring-clusters and the sync workflows name them. */
export const RING_CLUSTERS: Record<string, string> = { dev: 'aks-dev', staging: 'aks-staging', prod: 'aks-prod' };
const ringClusters = Object.entries(RING_CLUSTERS)
  .map(([ring, cluster]) => `${ring}=${cluster}`)
  .join(',');

/**
 * build-update-hld's second job (for dev) and promote's update (for the next ring): the tag into
 * config/<ring>.yaml through a pull request (the local provider merges it), then hop 2 recorded.
 * Returns the HLD commit the merge made.
 */
export async function updateHld(c: Chain, title: string, ring: string, tag: string): Promise<string> {
  const hld = await c.step(
    title,
    'update-hld',
    {
      'hld-repo': c.hldUrl,
      component: COMPONENT,
      environment: ring,
      'image-tag': tag,
      service: SERVICE,
      ring,
      provider: 'local',
    },
    { show: ['commit'] },
  );
  // The local provider merges at once, so `commit` is the merge; a forge answers with the pull
  // request's own commit (the merge's second parent here, holding the Ringway-* trailers), and that
  // is what the starters record. manifest-generation's record then joins the merge to it.
  const prCommit = await c.git(c.hldBare, 'rev-parse', '--verify', '-q', `${hld.commit}^2`).catch(() => hld.commit);
  await c.record(
    '',
    {
      p2: c.nextRun(),
      'image-tag': tag,
      'hld-commit-id': prCommit,
      env: ring,
      pr: hld['pull-request-number'],
      'pr-url': hld['pull-request-url'],
      service: SERVICE,
      repository: c.hldUrl,
    },
    true,
  );
  return hld.commit;
}

/**
 * manifest-generation, on every merge into the HLD: every ring rendered (generated/dev, …/staging,
 * …/prod), published as dev/, staging/, prod/ of the manifest repository, and hop 3 recorded.
 * Returns the manifest commit.
 */
export async function manifestGeneration(c: Chain, title: string, hldCommit: string): Promise<string> {
  const before = await c.git(c.hldWork, 'rev-parse', 'HEAD');
  await c.git(c.hldWork, 'pull', '-q', '--ff-only');
  const gen = await c.step(
    title,
    'generate',
    { hld: c.hldWork, 'fab-envs': RINGS, 'cache-dir': join(c.ws, 'cache') },
    { show: ['folders'] },
  );
  const pushed = await c.step(
    '',
    'push-manifests',
    { source: gen.output, 'manifest-repo': c.manifestsUrl, 'source-commit': hldCommit },
    { show: ['commit'] },
  );
  // The messages of the commits this merge brings (what GitHub's push event carries): their
  // Ringway-* trailers (or a pull request number) name the deployment the merge belongs to.
  const range = `${before}..${hldCommit}`;
  const messages = await c.git(c.hldWork, 'log', '--format=%B', range, '--');
  const shown = {
    'commit-message': `"$(git -C ${c.hldWork} log --format=%B ${before.slice(0, 7)}..${hldCommit.slice(0, 7)})"`,
  };
  await c.record(
    '',
    {
      p3: c.nextRun(),
      'hld-commit-id': hldCommit,
      'manifest-commit-id': pushed.commit,
      repository: c.manifestsUrl,
      'commit-message': messages,
    },
    true,
    shown,
  );
  return pushed.commit;
}

/**
 * flux-sync: the ring's cluster applied its folder at `manifestCommit`, and Flux's notification
 * (the repository_dispatch event its githubdispatch provider sends) is recorded for that ring.
 */
export async function fluxSync(c: Chain, ring: string, manifestCommit: string): Promise<void> {
  const cluster = RING_CLUSTERS[ring];
  const event = {
    event_type: 'Kustomization/apps.flux-system',
    client_payload: {
      involvedObject: { kind: 'Kustomization', name: 'apps', namespace: 'flux-system' },
      severity: 'info',
      timestamp: new Date().toISOString(),
      message: `Reconciliation finished, next run in 1m0s`,
      reason: 'ReconciliationSucceeded',
      reportingController: 'kustomize-controller',
      metadata: { revision: `main@sha1:${manifestCommit}`, cluster },
    },
  };
  const dir = join(c.ws, 'flux-events');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${cluster}-${manifestCommit.slice(0, 12)}.json`);
  await writeFile(file, JSON.stringify(event, null, 2));
  await c.record('', { 'flux-event': `@${file}`, env: ring, repository: c.manifestsUrl }, true);
}

/** promote's gate: may `tag` go to `toRing`? `extra` adds conditions (health-url, …). */
export function gate(
  c: Chain,
  title: string,
  tag: string,
  toRing: string,
  extra: Record<string, string> = {},
): Promise<Record<string, string>> {
  return c.step(
    title,
    'gate',
    { service: SERVICE, 'image-tag': tag, rings: RINGS, 'to-ring': toRing, 'ring-clusters': ringClusters, ...extra },
    { show: ['decision', 'reason'], mayFail: true },
  );
}

/** promote's (or rollback.yml's) rollback: the ring's previous good tag back into config/<ring>.yaml. */
export function rollback(c: Chain, title: string, ring: string, reason: string): Promise<Record<string, string>> {
  return c.step(
    title,
    'rollback',
    {
      'hld-repo': c.hldUrl,
      service: SERVICE,
      ring,
      rings: RINGS,
      component: COMPONENT,
      environment: ring,
      provider: 'local',
      reason,
    },
    { show: ['from-tag', 'to-tag', 'branch', 'commit', 'deployment-id'] },
  );
}
