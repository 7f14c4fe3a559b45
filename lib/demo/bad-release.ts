import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RingwayError } from '../errors.js';
import { prometheusSource } from '../monitoring/prometheus.js';
import { type Chain, fluxSync, gate, manifestGeneration, rollback, SERVICE, updateHld } from './pipelines.js';
import { startRingService } from './ring-service.js';

/** Where staging's stand-in service listens, and the Prometheus that scrapes it (its /metrics) every second. */
export interface RingTelemetry {
  ringService?: { host: string; port: number };
  prometheusUrl?: string;
}

/** How long staging soaks before the gate asks Prometheus: a few of its 1 s scrapes. */
const SOAK = '5s';
const SOAK_MS = 5000;

/** promote's metric check, as a pipeline keeps it in a file: staging's 5xx share of the tag's requests over the soak. */
const METRICS = `# The 5xx share of the requests the tag served in the from-ring, over the soak window.
- name: http-5xx-ratio
  provider: prometheus
  query: >-
    (sum(rate(http_requests_total{service="{service}",ring="{ring}",version="{tag}",code=~"5.."}[{window}])) or vector(0))
    / sum(rate(http_requests_total{service="{service}",ring="{ring}",version="{tag}"}[{window}]))
  condition: < 0.01
`;

/**
 * The soak: SOAK, and until Prometheus holds three scrapes of the tag's requests (a machine under
 * load scrapes late), so the window has data to measure; at most a minute.
 */
async function soak(c: Chain, prometheusUrl: string, tag: string): Promise<void> {
  await new Promise((r) => setTimeout(r, SOAK_MS));
  const source = prometheusSource({ url: prometheusUrl, timeoutMs: 5000 });
  const scrapes = `max(count_over_time(http_requests_total{version="${tag}"}[1m]))`;
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const [s] = await source.instant(scrapes, Date.now()).catch(() => []);
    if ((s?.points[0]?.v ?? 0) >= 3) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  c.log(`  (Prometheus at ${prometheusUrl} has not scraped staging's service three times in a minute)`);
}

/**
 * After staging: `good` runs in staging; the next release has a bug. It goes through dev to staging,
 * where its health check fails (and, with a Prometheus scraping staging's service, its 5xx ratio over
 * the soak); the gate rejects it for prod, `rollback` puts `good` back in staging
 * through the HLD (a reviewed commit, never a cluster edit), and the HLD pipeline renders and
 * publishes it. Every hop is the real step with the starters' inputs; only the running service is a
 * local stand-in.
 */
export async function badRelease(
  c: Chain,
  good: string,
  goodStagingHld: string,
  telemetry: RingTelemetry = {},
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const bad = `main-${c.nextRun()}`;
  const prometheus = telemetry.prometheusUrl;
  const staging = await startRingService(bad, { service: SERVICE, ring: 'staging' }, telemetry.ringService);
  try {
    // manifest-generation on the merge, then flux-sync when the ring's cluster applied it.
    const publish = async (title: string, ring: string, tag: string, hldCommit: string) => {
      const manifestCommit = await manifestGeneration(c, title, hldCommit);
      await fluxSync(c, ring, manifestCommit);
      if (ring === 'staging') staging.runs(tag);
      return manifestCommit;
    };

    c.log(
      `\n━━ A bad release, caught in staging and rolled back (staging's service: ${staging.url}${prometheus ? `; Prometheus ${prometheus} scrapes its /metrics` : ''}) ━━`,
    );
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

    let checks: Record<string, string> = { 'health-url': staging.url, 'health-timeout': '5s' };
    if (prometheus) {
      const file = join(c.ws, 'gate-metrics.yaml');
      await writeFile(file, METRICS);
      c.log(
        `\n▶ promote's metric check (${file}): staging's 5xx ratio over the soak window, from Prometheus\n${METRICS.replace(/^/gm, '    ').trimEnd()}`,
      );
      c.log(`\n▶ staging soaks ${SOAK} while Prometheus scrapes its service every second`);
      await soak(c, prometheus, bad);
      checks = { ...checks, 'soak-time': SOAK, metrics: `@${file}`, 'prometheus-url': prometheus };
    }
    const asked = prometheus
      ? "probing staging's health and checking its 5xx ratio in Prometheus"
      : "probing staging's health";
    const check = await gate(c, `promote: gate ${bad} staging → prod, ${asked}`, bad, 'prod', checks);
    out['bad-tag'] = bad;
    out['gate-bad'] = check.decision;
    out['gate-bad-reason'] = check.reason;
    if (check.decision !== 'reject')
      throw new RingwayError(`demo: the gate said ${check.decision} for ${bad}: ${check.reason}`);
    if (prometheus) {
      // The story says which metric rejected, what it measured and the threshold, as the record does.
      const metric = (
        JSON.parse(check.conditions) as {
          name: string;
          check?: string;
          verdict: string;
          value?: string;
          threshold?: string;
        }[]
      ).find((m) => m.name === 'metric');
      if (metric?.verdict !== 'reject')
        throw new RingwayError(`demo: the metric check did not reject ${bad}: ${metric?.verdict ?? 'not run'}`);
      Object.assign(out, {
        'gate-bad-metric': metric.check ?? '',
        'gate-bad-metric-value': metric.value ?? '',
        'gate-bad-metric-threshold': metric.threshold ?? '',
      });
      c.log(
        `\n▶ rejected by the metric check ${metric.check}: staging's 5xx ratio was ${metric.value}, the threshold ${metric.threshold} (and by the health probe); the gate-rejected record says so`,
      );
    }

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
