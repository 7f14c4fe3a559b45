import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RingwayError } from '../errors.js';
import { exec, lastLines, networkTimeoutMs } from '../exec.js';
import { exists } from './files.js';
import { loadYaml } from './yaml-engine.js';

/** Dependencies a chart declares (Chart.yaml `dependencies`, or helm 2's requirements.yaml). */
async function declared(chartDir: string): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const file of ['Chart.yaml', 'requirements.yaml']) {
    const path = join(chartDir, file);
    if (!(await exists(path))) continue;
    const [text, { parse }] = await Promise.all([readFile(path, 'utf8'), loadYaml()]);
    const doc = parse(text) as { dependencies?: unknown } | null;
    if (Array.isArray(doc?.dependencies)) out.push(...doc.dependencies);
  }
  return out;
}

const inflight = new Map<string, Promise<void>>();

/**
 * Fetches the dependencies of a fetched chart (git or helm repository) that are not in its
 * `charts/` folder, as Fabrikate's install does for remote charts: charts kept in git rarely commit
 * their `charts/`. `helm dependency build` follows Chart.lock when there is one (exact versions),
 * else resolves like `update`. Local charts are left as they are: generate never writes into the HLD.
 */
export function ensureChartDependencies(chartDir: string, who: string): Promise<void> {
  let p = inflight.get(chartDir);
  if (!p) {
    p = build(chartDir, who).finally(() => inflight.delete(chartDir));
    inflight.set(chartDir, p);
  }
  return p;
}

async function build(chartDir: string, who: string): Promise<void> {
  if (!(await declared(chartDir)).length) return;
  const list = await exec('helm', ['dependency', 'list', chartDir], { allowFailure: true });
  // Rows are "NAME VERSION REPOSITORY STATUS"; anything but ok/unpacked needs fetching.
  const rows = list.stdout
    .split('\n')
    .slice(1)
    .map((l) => l.trim().split(/\t+|\s{2,}/))
    .filter((r) => r.length >= 4);
  if (list.code === 0 && rows.every((r) => /^(ok|unpacked)$/.test(r[r.length - 1].trim()))) return;
  // The repositories come from the chart (untrusted content) and helm gives them no time limit.
  const timeout = {
    ms: networkTimeoutMs(),
    service: `component '${who}': the chart repositories its dependencies name`,
  };
  const r = await exec('helm', ['dependency', 'build', chartDir], {
    allowFailure: true,
    label: 'helm dependency build',
    timeout,
  });
  if (r.code !== 0) {
    // helm ends with a generic "no cached repository"; the line saying why is earlier.
    const text = `${r.stdout}\n${r.stderr}`;
    const why = text
      .split('\n')
      .reverse()
      .find((l) => /dial tcp|no such host|connection refused|not found|could not|status code|x509/i.test(l));
    throw new RingwayError(`component '${who}': helm dependency build failed: ${lastLines(why ?? text, 1)}`);
  }
}
