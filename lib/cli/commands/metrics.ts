import { UsageError } from '../../errors.js';
import { parseWindow, readMetrics } from '../../metrics/read.js';
import { renderReport } from '../../metrics/format.js';
import { step as metricsStep, writeReport } from '../../steps/metrics.js';
import { envName } from '../../steps/names.js';
import { flagSpecsFor, parseArgs } from '../../hosts/cli-args.js';
import type { CliCommand } from '../commands.js';
import { stepHelp } from '../../hosts/cli-help.js';
import { openStore } from './storage-flags.js';

/**
 * `ringway metrics`: the metrics step's own inputs as flags, but the report itself (table, JSON
 * or CSV) on stdout instead of name=value outputs, and progress on stderr.
 */
export const command: CliCommand = {
  help: stepHelp(metricsStep)
    .replace(/\nOutputs \(printed[\s\S]*?\n\n/, '\nPrints the report (--output table|json|csv; --json is --output json) on stdout and a line per 5,000 rows read on stderr.\n\n')
    .replace(/\nBuild metadata[\s\S]*?\n\n/, '\n')
    .replace(/\nCommon options:[\s\S]*?\n\n/, '\nCommon options:\n  --json                          Same as --output json\n  --help                          Show this help\n\nDefinitions: docs/metrics.md. '),
  async run(argv) {
    const { flags, positionals } = parseArgs(argv, [...flagSpecsFor(metricsStep.inputs), { name: 'json', boolean: true }]);
    if (positionals.length) throw new UsageError(`ringway metrics takes no arguments, got '${positionals[0]}'`);
    const get = (name: string) => flags.get(name) ?? process.env[envName(name)] ?? '';
    const output = flags.get('json') === 'true' ? 'json' : get('output') || 'table';
    if (!['table', 'json', 'csv'].includes(output)) throw new UsageError(`option --output must be table, json or csv, got '${output}'`);
    const q = { service: get('service'), ring: get('ring'), since: get('since'), until: get('until') };
    const w = parseWindow(q);
    const store = openStore(flags);
    const report = await readMetrics(store, q, w, (n) => process.stderr.write(`read ${n} rows\n`));
    const text = renderReport(report, output);
    if (get('report-file')) await writeReport(get('report-file'), text);
    process.stdout.write(text);
    return 0;
  },
};
