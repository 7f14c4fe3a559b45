import { UsageError } from '../errors.js';
import { registerSecret } from '../secrets.js';
import type { Host, SummaryTable } from '../steps/host.js';
import { envName } from '../steps/names.js';
import type { Inputs } from '../steps/inputs.js';
import type { InputDef, StepDef } from '../steps/types.js';
import { readBuildMetadata } from './build-metadata.js';
import { flagSpecsFor, parseArgs } from './cli-args.js';
import { buildMetadataFlags, stepHelp } from './cli-help.js';
import { neutraliseJson, safeText } from './neutralise.js';
import { resolveInputs, runStep, timeoutMs } from './run.js';
import { Deadline, enterDeadline } from '../deadline.js';
import { textTable } from '../text-table.js';

/**
 * The terminal: logs and summaries go to stderr so that stdout carries only the outputs
 * (`name=value` lines, or one JSON object with --json) for scripts to read.
 */
export class CliHost implements Host {
  readonly kind = 'cli' as const;
  readonly build = readBuildMetadata();
  private depth = 0;

  constructor(private readonly opts: { verbose?: boolean; quiet?: boolean } = {}) {}

  private write(line: string): void {
    process.stderr.write(`${'  '.repeat(this.depth)}${safeText(line)}\n`);
  }
  info(message: string): void {
    if (!this.opts.quiet) this.write(message);
  }
  warning(message: string): void {
    this.write(`warning: ${message}`);
  }
  debug(message: string): void {
    if (this.opts.verbose || process.env.RUNNER_DEBUG === '1') this.write(`debug: ${message}`);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.info(`▸ ${name}`);
    this.depth++;
    try {
      return await fn();
    } finally {
      this.depth--;
    }
  }
  setSecret(value: string): void {
    registerSecret(value);
  }
  async summary(table: SummaryTable): Promise<void> {
    if (this.opts.quiet) return;
    process.stderr.write(safeText(`\n${table.title}\n${textTable(table.rows)}\n${(table.notes ?? []).join('\n')}\n`));
  }
}

/** A flag's value is in the process list (`ps`) for every user of the machine: say so, once. */
function warnSecretFlags(inputs: InputDef[], flags: Map<string, string>, host: Host): void {
  const secretFlags = inputs.filter((d) => d.secret && flags.get(d.name)).map((d) => `--${d.name}`);
  if (secretFlags.length) {
    host.warning(
      `${secretFlags.join(', ')} on the command line can be read by other users of this machine (ps); set ${secretFlags.map((f) => envName(f.slice(2))).join(', ')} in the environment instead`,
    );
  }
}

/**
 * The inputs a CLI command declares, from its flags (else RINGWAY_* variables), through the same
 * path as a step's: validation, secrets, the network budget, the warning for secret flags.
 */
export function commandInputs(declared: { inputs: InputDef[] }, flags: Map<string, string>): Inputs {
  const host = new CliHost();
  warnSecretFlags(declared.inputs, flags, host);
  const inputs = resolveInputs(declared, host, (def) => flags.get(def.name));
  // The command's `timeout` bounds the rest of it, as a step's bounds the step.
  if (declared.inputs.some((d) => d.name === 'timeout'))
    enterDeadline(new Deadline('the command', timeoutMs(inputs, 'timeout'), inputs.string('timeout').trim()));
  return inputs;
}

/** Runs one step from the command line; returns the exit code. */
export async function runStepCli(step: StepDef, argv: string[]): Promise<number> {
  const specs = [
    ...flagSpecsFor(step.inputs),
    ...buildMetadataFlags.map((f) => ({ name: f.name })),
    { name: 'json', boolean: true },
    { name: 'verbose', boolean: true },
    { name: 'quiet', boolean: true },
    { name: 'help', boolean: true },
  ];
  // `ringway generate --validate prod east`: a word after a boolean flag is a positional there.
  const { flags, positionals } = parseArgs(argv, specs, { positionals: !!step.positional });
  if (flags.get('help') === 'true') {
    process.stdout.write(stepHelp(step));
    return 0;
  }
  if (positionals.length) {
    const target = step.positional?.input;
    if (!target) throw new UsageError(`ringway ${step.name} takes no positional arguments, got '${positionals[0]}'`);
    if (flags.has(target))
      throw new UsageError(`give ${step.positional?.usage ?? target} as arguments or with --${target}, not both`);
    flags.set(target, positionals.join('\n'));
  }
  // Build metadata flags feed the same variables a non-GitHub/Azure orchestrator would set.
  for (const f of buildMetadataFlags) {
    const v = flags.get(f.name);
    if (v !== undefined) process.env[f.env] = v;
  }
  const host = new CliHost({ verbose: flags.get('verbose') === 'true', quiet: flags.get('quiet') === 'true' });
  warnSecretFlags(step.inputs, flags, host);
  const result = await runStep(step, host, (def) => flags.get(def.name));
  // Outputs are printed on failure too when the step has them (a gate's decision=reject).
  const { outputs } = result;
  if (outputs) {
    if (flags.get('json') === 'true') process.stdout.write(neutraliseJson(JSON.stringify(outputs)) + '\n');
    else for (const [k, v] of Object.entries(outputs)) process.stdout.write(`${k}=${v}\n`);
  }
  if (!result.ok) {
    process.stderr.write(`error: ${result.message}\n`);
    return result.usage ? 2 : 1;
  }
  return 0;
}
