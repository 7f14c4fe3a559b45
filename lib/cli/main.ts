import { RingwayError, UsageError, errorMessage } from '../errors.js';
import { CliHost } from '../hosts/cli.js';
import { neutraliseJson } from '../hosts/neutralise.js';
import { runStep } from '../hosts/run.js';
import { redact } from '../secrets.js';
import { findStep, steps } from '../steps/index.js';
import { envName } from '../steps/inputs.js';
import type { StepDef } from '../steps/types.js';
import { flagSpecsFor, parseArgs } from './args.js';
import type { CliCommand } from './commands.js';
import { extraCommands } from './extra-commands.js';
import { buildMetadataFlags, stepHelp } from './help.js';
import { VERSION } from './version.js';

export function mainHelp(): string {
  const lines = ['ringway: GitOps pipeline steps for Kubernetes', '', 'Usage: ringway <command> [options]', '', 'Steps:'];
  for (const s of steps) lines.push(`  ${s.name.padEnd(20)} ${s.title}`);
  if (extraCommands.length) {
    lines.push('', 'Commands:');
    for (const c of extraCommands.filter((e) => !findStep(e.name))) lines.push(`  ${c.name.padEnd(20)} ${c.summary}`);
  }
  lines.push('', 'Run `ringway <command> --help` for its options. Exit codes: 0 success, 1 failure, 2 bad usage.');
  return lines.join('\n') + '\n';
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
    if (flags.has(target)) throw new UsageError(`give ${step.positional?.usage ?? target} as arguments or with --${target}, not both`);
    flags.set(target, positionals.join('\n'));
  }
  // Build metadata flags feed the same variables a non-GitHub/Azure orchestrator would set.
  for (const f of buildMetadataFlags) {
    const v = flags.get(f.name);
    if (v !== undefined) process.env[f.env] = v;
  }
  const host = new CliHost({ verbose: flags.get('verbose') === 'true', quiet: flags.get('quiet') === 'true' });
  // A flag's value is in the process list (`ps`) for every user of the machine: say so, once.
  const secretFlags = step.inputs.filter((d) => d.secret && flags.get(d.name)).map((d) => `--${d.name}`);
  if (secretFlags.length) {
    host.warning(`${secretFlags.join(', ')} on the command line can be read by other users of this machine (ps); set ${secretFlags.map((f) => envName(f.slice(2))).join(', ')} in the environment instead`);
  }
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

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      if (cmd === 'help' && rest[0]) return main([rest[0], '--help']);
      process.stdout.write(mainHelp());
      return cmd ? 0 : 2;
    }
    if (cmd === '--version' || cmd === 'version') {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const extra: CliCommand | undefined = extraCommands.find((c) => c.name === cmd);
    const step = findStep(cmd);
    if (step && !extra) return await runStepCli(step, rest);
    if (extra) {
      if (rest.includes('--help') || rest.includes('-h')) {
        process.stdout.write(extra.help.endsWith('\n') ? extra.help : extra.help + '\n');
        return 0;
      }
      return await extra.run(rest);
    }
    throw new UsageError(`unknown command '${cmd}' (run ringway --help)`);
  } catch (err) {
    process.stderr.write(`error: ${redact(err instanceof RingwayError ? err.message : errorMessage(err))}\n`);
    return err instanceof UsageError ? 2 : 1;
  }
}
