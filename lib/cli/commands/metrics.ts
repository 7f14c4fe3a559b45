import { UsageError } from '../../errors.js';
import { parseWindow, readMetrics } from '../../metrics/read.js';
import { renderReport } from '../../metrics/format.js';
import { step as metricsStep, writeReport } from '../../steps/metrics.js';
import { envName } from '../../steps/names.js';
import { openStore } from '../../steps/storage-inputs.js';
import { commandInputs } from '../../hosts/cli.js';
import { flagSpecsFor, parseArgs } from '../../hosts/cli-args.js';
import type { CliCommand } from '../commands.js';
import { stepHelp } from '../../hosts/cli-help.js';

/**
 * `ringway metrics`: the metrics step's own inputs as flags, but the report itself (table, JSON
 * or CSV) on stdout instead of name=value outputs, and progress on stderr.
 */
export const command: CliCommand = {
  help: stepHelp(metricsStep)
    .replace(
      /\nOutputs \(printed[\s\S]*?\n\n/,
      '\nPrints the report (--output table|json|csv; --json is --output json) on stdout and a line per 5,000 rows read on stderr.\n\n',
    )
    .replace(/\nBuild metadata[\s\S]*?\n\n/, '\n')
    .replace(
      /\nCommon options:[\s\S]*?\n\n/,
      '\nCommon options:\n  --json                          Same as --output json\n  --help                          Show this help\n\nDefinitions: docs/metrics.md. ',
    ),
  async run(argv) {
    const { flags, positionals } = parseArgs(argv, [
      ...flagSpecsFor(metricsStep.inputs),
      { name: 'json', boolean: true },
    ]);
    if (positionals.length) throw new UsageError(`ringway metrics takes no arguments, got '${positionals[0]}'`);
    // Checked before the inputs: the flag's own words, and --json wins over any --output.
    const output =
      flags.get('json') === 'true' ? 'json' : (flags.get('output') ?? process.env[envName('output')] ?? '') || 'table';
    if (!['table', 'json', 'csv'].includes(output))
      throw new UsageError(`option --output must be table, json or csv, got '${output}'`);
    const inputs = commandInputs(metricsStep, new Map([...flags].filter(([name]) => name !== 'output')));
    const q = {
      service: inputs.string('service'),
      ring: inputs.string('ring'),
      since: inputs.string('since'),
      until: inputs.string('until'),
    };
    const w = parseWindow(q);
    const report = await readMetrics(openStore(inputs), q, w, (n) => process.stderr.write(`read ${n} rows\n`));
    const text = renderReport(report, output);
    if (inputs.string('report-file')) await writeReport(inputs.string('report-file'), text);
    process.stdout.write(text);
    return 0;
  },
};
