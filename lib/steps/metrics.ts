import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { RingwayError } from '../errors.js';
import { dirname, resolve } from 'node:path';
import { notes, renderReport, tableRows } from '../metrics/format.js';
import { parseWindow, readMetrics } from '../metrics/read.js';
import { openStore, storageInputs } from './storage-inputs.js';
import type { StepDef } from './types.js';

/** Written whole or not at all: on any failure the temporary file is removed and the input named. */
export async function writeReport(file: string, text: string): Promise<void> {
  const path = resolve(file);
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(tmp, text);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    const code = (err as NodeJS.ErrnoException).code;
    throw new RingwayError(`input 'report-file': cannot write ${file}${code ? ` (${code})` : ''}`, {
      input: 'report-file',
      cause: err,
    });
  }
}

export const step: StepDef = {
  name: 'metrics',
  title: 'DORA metrics',
  description:
    "DORA's four keys from the deployment records, per service and ring over a window: deployment frequency, lead time for changes (commit to synced), change failure rate (rolled back, rejected by the gate, sync failed) and time to restore, with medians, p90 and the DORA 2024 performance band. Writes them as the job summary; definitions in docs/metrics.md.",
  azureTaskId: 'b6d2f8a4-5c3e-4a7b-9e1d-2c8f4a6b0d37',
  inputs: [
    { name: 'service', description: 'Only this service' },
    { name: 'ring', description: 'Only this ring' },
    {
      name: 'since',
      description: 'Start of the window: a date (2026-11-01) or a duration back from until (30d, 12w, 24h)',
      default: '30d',
    },
    { name: 'until', description: 'End of the window: a date or a duration back from now; default now' },
    {
      name: 'output',
      description: 'Format of report-file and of what `ringway metrics` prints',
      options: ['table', 'json', 'csv'],
      default: 'table',
    },
    { name: 'report-file', description: 'Also write the report to this file, in the output format', path: true },
    ...storageInputs,
  ],
  outputs: [
    { name: 'deployments', description: 'Deployments in the window (all services and rings asked for)' },
    { name: 'deployment-frequency', description: 'daily, weekly, monthly or less than monthly (Four Keys buckets)' },
    { name: 'lead-time-median-hours', description: 'Median lead time for changes, in hours' },
    { name: 'change-failure-rate', description: 'Failed deployments / deployments (0 to 1)' },
    {
      name: 'time-to-restore-median-hours',
      description: 'Median time from a failure record to the next good synced deployment, in hours',
    },
    { name: 'band', description: 'elite, high, medium or low (DORA 2024 clusters); empty without deployments' },
    { name: 'report', description: 'The whole report as JSON' },
  ],
  async run(inputs, host) {
    const q = {
      service: inputs.string('service'),
      ring: inputs.string('ring'),
      since: inputs.string('since'),
      until: inputs.string('until'),
    };
    const w = parseWindow(q, Date.now(), { since: "input 'since'", until: "input 'until'" });
    const store = openStore(inputs);
    const report = await host.group('Read deployment records', () =>
      readMetrics(store, q, w, (n) => host.info(`read ${n} rows`)),
    );
    const [head, ...rest] = notes(report);
    host.info(head);
    await host.summary({
      title: `ringway metrics: ${q.service || 'all services'}, ${q.ring || 'all rings'}`,
      rows: report.total.deployments ? tableRows(report) : [],
      notes: [head, ...rest],
    });
    if (inputs.string('report-file'))
      await writeReport(inputs.string('report-file'), renderReport(report, inputs.string('output')));
    const t = report.total;
    const num = (v: number | null) => (v === null ? '' : String(v));
    return {
      deployments: String(t.deployments),
      'deployment-frequency': t.frequency ?? '',
      'lead-time-median-hours': num(t.leadTime.medianHours),
      'change-failure-rate': num(t.changeFailure.rate),
      'time-to-restore-median-hours': num(t.timeToRestore.medianHours),
      band: t.band.overall,
      report: JSON.stringify({ ...report, weeks: undefined }),
    };
  },
};
