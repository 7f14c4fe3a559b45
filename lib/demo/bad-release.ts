import { join } from 'node:path';
import { RingwayError } from '../errors.js';
import { type Chain, fluxSync, gate, manifestGeneration, rollback, SERVICE, updateHld } from './pipelines.js';
import { startRingService } from './ring-service.js';

/**
 * After staging: `good` runs in staging; the next release has a bug. It goes through dev to staging,
 * where its health check fails; the gate rejects it for prod, `rollback` puts `good` back in staging
 * through the HLD (a reviewed commit, never a cluster edit), and the HLD pipeline renders and
 * publishes it. Every hop is the real step with the starters' inputs; only the running service is a
 * local stand-in.
 */
export async function badRelease(c: Chain, good: string, goodStagingHld: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const bad = `main-${c.nextRun()}`;
  const staging = await startRingService(bad);
  try {
    // manifest-generation on the merge, then flux-sync when the ring's cluster applied it.
    const publish = async (title: string, ring: string, tag: string, hldCommit: string) => {
      const manifestCommit = await manifestGeneration(c, title, hldCommit);
      await fluxSync(c, ring, manifestCommit);
      if (ring === 'staging') staging.runs(tag);
      return manifestCommit;
    };

    c.log(`\n━━ A bad release, caught in staging and rolled back (staging's service: ${staging.url}) ━━`);
    await publish(
      `Staging: manifest-generation renders every ring and publishes ${good}; Flux syncs staging`,
      'staging',
      good,
      goodStagingHld,
    );

    await c.git(c.serviceDir, 'commit', '-q', '--allow-empty', '-m', 'Tune the frontend (with a bug)');
    await c.git(c.serviceDir, 'push', '-q', c.serviceUrl, 'HEAD:main');
    const commit = await c.git(c.serviceDir, 'rev-parse', 'HEAD');
    await c.record(
      `The next release, ${bad}, has a bug: its /healthz answers 503 (its image build is not repeated here)`,
      { p1: c.nextRun(), 'image-tag': bad, 'commit-id': commit, service: SERVICE, repository: c.serviceUrl },
      true,
    );
    const devHld = await updateHld(c, `build-update-hld: ${bad} to dev`, 'dev', bad);
    await publish('manifest-generation; Flux syncs dev', 'dev', bad, devHld);
    const toStaging = await gate(c, `promote: gate ${bad} dev → staging (dev has no health check)`, bad, 'staging');
    if (toStaging.decision !== 'promote')
      throw new RingwayError(`demo: the gate said ${toStaging.decision}: ${toStaging.reason}`);
    const stagingHld = await updateHld(c, `promote: ${bad} to staging`, 'staging', bad);
    await publish('manifest-generation; Flux syncs staging', 'staging', bad, stagingHld);

    const check = await gate(c, `promote: gate ${bad} staging → prod, probing staging's health`, bad, 'prod', {
      'health-url': staging.url,
      'health-timeout': '5s',
    });
    out['bad-tag'] = bad;
    out['gate-bad'] = check.decision;
    out['gate-bad-reason'] = check.reason;
    if (check.decision !== 'reject')
      throw new RingwayError(`demo: the gate said ${check.decision} for ${bad}: ${check.reason}`);

    // promote.yml rolls the from-ring back on reject (never on error).
    const rb = await rollback(
      c,
      'promote: the gate rejected, so rollback puts the previous good tag back in staging, through the HLD like any change',
      'staging',
      `gate: ${check.reason}`,
    );
    Object.assign(out, {
      'rollback-from': rb['from-tag'],
      'rollback-to': rb['to-tag'],
      'rollback-commit': rb.commit,
      'rollback-deployment': rb['deployment-id'],
    });
    const manifestCommit = await publish('manifest-generation; Flux syncs staging', 'staging', rb['to-tag'], rb.commit);

    // The proof: staging's manifest runs the good image again, and its service answers healthy.
    const manifest = await c.git(
      join(c.ws, 'remotes', 'fabrikam-manifests.git'),
      'show',
      `${manifestCommit}:staging/frontend.yaml`,
    );
    const image = /image: "?([^"\n]+)"?/.exec(manifest)?.[1] ?? '';
    if (image !== `${c.imageRepo}:${good}`)
      throw new RingwayError(`demo: staging/frontend.yaml runs '${image}', not ${c.imageRepo}:${good}`);
    const health = await fetch(staging.url);
    c.log(`\n▶ staging runs ${image} again; ${staging.url} answers HTTP ${health.status} ${await health.text()}`);
    Object.assign(out, { 'staging-image': image, 'staging-health': String(health.status) });
    return out;
  } finally {
    await staging.close();
  }
}
