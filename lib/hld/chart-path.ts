import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { RingwayError } from '../errors.js';
import { ensureChartDependencies } from './chart-deps.js';
import { containedPath, exists } from './files.js';
import type { SourceCache } from './sources.js';
import { type ComponentNode, installedFolder } from './tree.js';

/**
 * The folder of a helm component's chart and the root it must stay inside: what `fab install` left
 * in helm_repos/<name> when it is there (used as it is, as fab generate does), else fetched into the
 * cache (with its dependencies), else the chart in the HLD.
 */
export async function chartPath(node: ComponentNode, sources: SourceCache): Promise<{ chart: string; root: string }> {
  const { def } = node;
  const who = node.path;
  const remote = def.method === 'helm' || def.method === 'git';
  const installed = remote ? await installedFolder(node, 'helm_repos', def.name, who) : undefined;
  if (installed) {
    const dir =
      def.method === 'git'
        ? await containedPath(node.root, installed, def.path || '.', `component '${who}'`)
        : installed;
    return { chart: await existingChart(dir, who), root: node.root };
  }
  if (def.method === 'helm') {
    if (!def.source || !def.path)
      throw new RingwayError(`component '${who}': method helm needs 'source' (repository URL) and 'path' (chart name)`);
    const chart = await sources.helmChart(def.source, def.path, def.version, who);
    await ensureChartDependencies(chart, who);
    return { chart, root: chart };
  }
  if (def.method === 'git') {
    if (!def.source) throw new RingwayError(`component '${who}': method git needs a 'source' URL`);
    const checkout = await sources.git(def.source, def.version, def.branch, who);
    const chart = await existingChart(
      await containedPath(checkout, checkout, def.path || '.', `component '${who}'`),
      who,
    );
    await ensureChartDependencies(chart, who);
    return { chart, root: checkout };
  }
  return {
    chart: await existingChart(
      await containedPath(node.root, node.physical, def.path || '.', `component '${who}'`),
      who,
    ),
    root: node.root,
  };
}

/** A chart folder (with Chart.yaml), or a file helm reads as a packaged chart (`charts/x-1.2.3.tgz`), as fab passes `path` to helm. */
async function existingChart(dir: string, who: string): Promise<string> {
  if ((await stat(dir).catch(() => undefined))?.isFile()) return dir;
  if (!(await exists(join(dir, 'Chart.yaml'))))
    throw new RingwayError(`component '${who}': no helm chart (Chart.yaml) at ${dir}`);
  return dir;
}
