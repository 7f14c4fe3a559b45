import { UsageError } from '../errors.js';
import type { InputDef } from '../steps/types.js';

export interface FlagSpec {
  name: string;
  boolean?: boolean;
  /** Repeating the flag adds lines instead of replacing the value. */
  repeatable?: boolean;
}

export interface ParsedArgs {
  flags: Map<string, string>;
  positionals: string[];
}

/**
 * Parses `--name value`, `--name=value`, boolean `--flag` / `--no-flag`, and `--` ending flags.
 * Unknown flags are a usage error naming the flag.
 */
export function parseArgs(argv: string[], specs: FlagSpec[], opts: { positionals?: boolean } = {}): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const flags = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '--') {
      if (arg.startsWith('-') && arg.length > 1 && !/^-\d/.test(arg)) {
        const long = shortAliases[arg];
        if (!long) throw new UsageError(`unknown option ${arg}`);
        argv = [...argv.slice(0, i), long, ...argv.slice(i + 1)];
        i--;
        continue;
      }
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    let name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    let value: string | undefined = eq > 0 ? arg.slice(eq + 1) : undefined;
    let spec = byName.get(name);
    if (!spec && name.startsWith('no-') && byName.get(name.slice(3))?.boolean && value === undefined) {
      name = name.slice(3);
      spec = byName.get(name);
      value = 'false';
    }
    if (!spec) throw new UsageError(`unknown option --${name}`);
    if (value === undefined) {
      if (spec.boolean) {
        const next = argv[i + 1];
        if (next !== undefined && BOOLEAN_WORD.test(next)) value = argv[++i];
        else if (next !== undefined && !opts.positionals && !next.startsWith('-') && !next.includes('=')) {
          // `--dry-run maybe`: a mistyped value, not a positional argument (those are key=value).
          throw new UsageError(`option --${name} takes true or false (or no value), got '${next}'`);
        } else value = 'true';
      } else {
        if (i + 1 >= argv.length) throw new UsageError(`option --${name} needs a value`);
        value = argv[++i];
      }
    }
    const prev = flags.get(name);
    flags.set(name, spec.repeatable && prev !== undefined ? `${prev}\n${value}` : value);
  }
  return { flags, positionals };
}

/** Values a boolean flag accepts as its next argument (as inputs do). */
const BOOLEAN_WORD = /^(true|false|yes|no|on|off|1|0)$/i;

const shortAliases: Record<string, string> = { '-h': '--help' };

export function flagSpecsFor(inputs: InputDef[]): FlagSpec[] {
  // Former input names stay accepted as flags (the step warns that they are deprecated).
  return inputs.flatMap((d) =>
    [d.name, ...(d.aliases ?? [])].map((name) => ({
      name,
      boolean: d.kind === 'boolean',
      repeatable: d.kind === 'list' || d.kind === 'multiline',
    })),
  );
}

/** Word-wraps help text to the terminal width used by help output. */
export function wrap(text: string, width: number, indent: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width - indent) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}`);
}
