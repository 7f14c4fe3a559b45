import { RingwayError, UsageError, errorMessage } from '../errors.js';
import { runStepCli } from '../hosts/cli.js';
import { redact } from '../secrets.js';
import { findStep, steps } from '../steps/index.js';
import type { CliCommand } from './commands.js';
import { extraCommands } from './extra-commands.js';
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
