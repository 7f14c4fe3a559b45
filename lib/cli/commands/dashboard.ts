import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { chartsHtml } from '../../metrics/charts.js';
import { readMetrics } from '../../metrics/read.js';
import { dashboardHtml } from '../../telemetry/dashboard.js';
import { listDeployments } from '../../telemetry/query.js';
import type { DeploymentTable } from '../../telemetry/table.js';
import { parseArgs } from '../../hosts/cli-args.js';
import type { CliCommand } from '../commands.js';
import { flagStore, storageFlagSpecs, storageHelp } from './storage-flags.js';

export const command: CliCommand = {
  help: `ringway dashboard --out <dir> [--title <text>] [storage options]

Writes <dir>/index.html: charts of the last 12 weeks (deployments per week per ring, lead time,
failure rate; docs/metrics.md), every deployment of the table with Spektate's columns, filters by service,
ring, author, state and keyword, and status colours. The page is one file with its data, styles
and script inline: it makes no network request and can be published as a build artifact.

Storage (or RINGWAY_* variables):
${storageHelp}
`,
  async run(argv) {
    const { flags, positionals } = parseArgs(argv, [{ name: 'out' }, { name: 'title' }, ...storageFlagSpecs]);
    if (positionals.length) throw new UsageError(`ringway dashboard takes no arguments, got '${positionals[0]}'`);
    const out = flags.get('out');
    if (!out) throw new UsageError('option --out is required');
    const { file, count } = await writeDashboard(flagStore(flags), out, flags.get('title') ?? 'Deployments');
    process.stderr.write(`wrote ${file} (${count} deployments)\n`);
    process.stdout.write(`dashboard=${file}\ndeployments=${count}\n`);
    return 0;
  },
};

/** Writes <out>/index.html for every deployment of the table; replaced whole, never half-written. */
export async function writeDashboard(
  store: DeploymentTable,
  out: string,
  title: string,
): Promise<{ file: string; count: number }> {
  const rows = await listDeployments(store, {});
  // Charts: the last 12 weeks, by the definitions of docs/metrics.md.
  const now = Date.now();
  const metrics = await readMetrics(store, {}, { since: now - 12 * 7 * 86400e3, until: now });
  const dir = resolve(out);
  await mkdir(dir, { recursive: true });
  const html = await dashboardHtml(
    rows,
    { title, generatedAt: new Date().toISOString().slice(0, 16).replace('T', ' '), source: `table ${store.tableName}` },
    chartsHtml(metrics),
  );
  const tmp = join(dir, `.index.html.${process.pid}`);
  // Written whole or not at all; a failed write leaves no temporary file behind.
  await writeFile(tmp, html)
    .then(() => rename(tmp, join(dir, 'index.html')))
    .catch(async (err: unknown) => {
      await rm(tmp, { force: true }).catch(() => undefined);
      throw err;
    });
  return { file: join(dir, 'index.html'), count: rows.length };
}
