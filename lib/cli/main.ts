import { RingwayError, UsageError, errorMessage } from '../errors.js';
import { redact } from '../secrets.js';
import { stepLoaders } from '../steps/loaders.js';
import { findExtraCommand, extraCommands } from './extra-commands.js';
import { VERSION } from './version.js';

// Only light modules above: a command's code (a step with its domain code, an extra command with
// its help and run) is imported once argv has named it, so `ringway --version` loads nothing else.

const isStep = (name: string) => Object.hasOwn(stepLoaders, name);

/** `ringway --help`: every step's title, so every step definition, and the extra commands' summaries. */
export async function mainHelp(): Promise<string> {
  const { steps } = await import('../steps/index.js');
  const lines = [
    'ringway: GitOps pipeline steps for Kubernetes',
    '',
    'Usage: ringway <command> [options]',
    '',
    'Steps:',
  ];
  for (const s of steps) lines.push(`  ${s.name.padEnd(20)} ${s.title}`);
  if (extraCommands.length) {
    lines.push('', 'Commands:');
    for (const c of extraCommands.filter((e) => !isStep(e.name))) lines.push(`  ${c.name.padEnd(20)} ${c.summary}`);
  }
  lines.push('', 'Run `ringway <command> --help` for its options. Exit codes: 0 success, 1 failure, 2 bad usage.');
  return lines.join('\n') + '\n';
}

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      if (cmd === 'help' && rest[0]) return main([rest[0], '--help']);
      process.stdout.write(await mainHelp());
      return cmd ? 0 : 2;
    }
    if (cmd === '--version' || cmd === 'version') {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    // An extra command named like a step wins over the step's generic surface.
    const extra = findExtraCommand(cmd);
    if (extra) {
      const { command } = await extra.load();
      if (rest.includes('--help') || rest.includes('-h')) {
        process.stdout.write(command.help.endsWith('\n') ? command.help : command.help + '\n');
        return 0;
      }
      return await command.run(rest);
    }
    if (isStep(cmd)) {
      const [{ step }, { runStepCli }] = await Promise.all([stepLoaders[cmd](), import('../hosts/cli.js')]);
      return await runStepCli(step, rest);
    }
    throw new UsageError(`unknown command '${cmd}' (run ringway --help)`);
  } catch (err) {
    process.stderr.write(`error: ${redact(err instanceof RingwayError ? err.message : errorMessage(err))}\n`);
    return err instanceof UsageError ? 2 : 1;
  }
}
