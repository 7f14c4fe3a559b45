import { join } from 'node:path';
import { RingwayError } from '../errors.js';
import { startRingService } from './ring-service.js';

/** Runs one step as `ringway <name>` would; with `show`, prints only those outputs; `mayFail` returns a failed step's outputs. */
export type Step = (title: string, name: string, values: Record<string, string>, opts?: { show?: string[]; mayFail?: boolean }) => Promise<Record<string, string>>;

/** What the demo chain hands on: its step runner and the local repositories it made. */
export interface Chain {
  step: Step;
  /** record-deployment (skipped without storage); `compact` prints only the deployment id and state. */
  record(title: string, values: Record<string, string>, compact?: boolean): Promise<void>;
  /** The next pipeline run's build id. */
  nextRun(): string;
  git(cwd: string, ...args: string[]): Promise<string>;
  log(line: string): void;
  ws: string;
  hldUrl: string;
  /** A clone of the HLD, pulled before each render. */
  hldWork: string;
  manifestsUrl: string;
  imageRepo: string;
  /** The service repository's working copy and its remote. */
  serviceDir: string;
  serviceUrl: string;
}

/**
 * After staging: `good` runs in staging; the next release has a bug. It goes through dev to staging,
 * where its health check fails; the gate rejects it for prod, `rollback` puts `good` back in staging
 * through the HLD (a reviewed commit, never a cluster edit), and the HLD pipeline renders and
 * publishes it. Every hop is the real step; only the running service is a local stand-in.
 */
export async function badRelease(c: Chain, good: string, goodStagingHld: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const bad = `main-${c.nextRun()}`;
  const staging = await startRingService(bad);
  try {
    // What the HLD pipeline does on every merge (every ring rendered), and what Flux reports after.
    const publish = async (title: string, ring: string, tag: string, hldCommit: string) => {
      await c.git(c.hldWork, 'pull', '-q', '--ff-only');
      const gen = await c.step(title, 'generate', { hld: c.hldWork, 'fab-envs': 'dev,staging', 'cache-dir': join(c.ws, 'cache') }, { show: ['folders'] });
      const pushed = await c.step('', 'push-manifests', { source: gen.output, 'manifest-repo': c.manifestsUrl, 'source-commit': hldCommit }, { show: ['commit'] });
      await c.record('', { p3: c.nextRun(), 'hld-commit-id': hldCommit, 'manifest-commit-id': pushed.commit, repository: c.manifestsUrl }, true);
      await c.record('', { stage: 'cluster-synced', 'manifest-commit-id': pushed.commit, cluster: `${ring}-cluster` }, true);
      if (ring === 'staging') staging.runs(tag);
      return pushed.commit;
    };
    const release = async (title: string, ring: string, tag: string) => {
      const hld = await c.step(title, 'update-hld', { 'hld-repo': c.hldUrl, component: 'frontend.web', environment: ring, 'image-tag': tag, 'image-repository': c.imageRepo, service: 'frontend', ring, provider: 'local' }, { show: ['commit'] });
      await c.record('', { p2: c.nextRun(), 'image-tag': tag, 'hld-commit-id': hld.commit, env: ring, repository: c.hldUrl }, true);
      return hld.commit;
    };
    const gate = (title: string, tag: string, to: string, extra: Record<string, string> = {}) =>
      c.step(title, 'gate', { service: 'frontend', 'image-tag': tag, 'to-ring': to, ...extra }, { show: ['decision', 'reason'], mayFail: true });

    c.log(`\n━━ A bad release, caught in staging and rolled back (staging's service: ${staging.url}) ━━`);
    await publish(`Staging: the HLD pipeline renders and publishes ${good}; Flux syncs staging`, 'staging', good, goodStagingHld);

    await c.git(c.serviceDir, 'commit', '-q', '--allow-empty', '-m', 'Tune the frontend (with a bug)');
    await c.git(c.serviceDir, 'push', '-q', c.serviceUrl, 'HEAD:main');
    const commit = await c.git(c.serviceDir, 'rev-parse', 'HEAD');
    await c.record(`The next release, ${bad}, has a bug: its /healthz answers 503 (its image build is not repeated here)`, { p1: c.nextRun(), 'image-tag': bad, 'commit-id': commit, service: 'frontend', author: 'Demo Developer', repository: c.serviceUrl }, true);
    const devHld = await release(`Release ${bad} to dev`, 'dev', bad);
    await publish('Render, publish; Flux syncs dev', 'dev', bad, devHld);
    const toStaging = await gate(`Gate: ${bad} dev → staging (dev has no health check)`, bad, 'staging');
    if (toStaging.decision !== 'promote') throw new RingwayError(`demo: the gate said ${toStaging.decision}: ${toStaging.reason}`);
    const stagingHld = await release(`Promote ${bad} to staging`, 'staging', bad);
    await publish('Render, publish; Flux syncs staging', 'staging', bad, stagingHld);

    const check = await gate(`Gate: ${bad} staging → prod, probing staging's health`, bad, 'prod', { 'health-url': staging.url, 'health-timeout': '5s' });
    out['bad-tag'] = bad;
    out['gate-bad'] = check.decision;
    out['gate-bad-reason'] = check.reason;
    if (check.decision !== 'reject') throw new RingwayError(`demo: the gate said ${check.decision} for ${bad}: ${check.reason}`);

    const rb = await c.step(
      'Rollback: the previous good tag back in staging, through the HLD like any change',
      'rollback',
      { 'hld-repo': c.hldUrl, service: 'frontend', ring: 'staging', component: 'frontend.web', environment: 'staging', provider: 'local', reason: `gate: ${check.reason}` },
      { show: ['from-tag', 'to-tag', 'branch', 'commit', 'deployment-id'] },
    );
    Object.assign(out, { 'rollback-from': rb['from-tag'], 'rollback-to': rb['to-tag'], 'rollback-commit': rb.commit, 'rollback-deployment': rb['deployment-id'] });
    const manifestCommit = await publish('Render, publish; Flux syncs staging', 'staging', rb['to-tag'], rb.commit);

    // The proof: staging's manifest runs the good image again, and its service answers healthy.
    const web = await c.git(join(c.ws, 'remotes', 'fabrikam-manifests.git'), 'show', `${manifestCommit}:staging/frontend/web.yaml`);
    const image = /image: "?([^"\n]+)"?/.exec(web)?.[1] ?? '';
    if (image !== `${c.imageRepo}:${good}`) throw new RingwayError(`demo: staging/frontend/web.yaml runs '${image}', not ${c.imageRepo}:${good}`);
    const health = await fetch(staging.url);
    c.log(`\n▶ staging runs ${image} again; ${staging.url} answers HTTP ${health.status} ${await health.text()}`);
    Object.assign(out, { 'staging-image': image, 'staging-health': String(health.status) });
    return out;
  } finally {
    await staging.close();
  }
}
