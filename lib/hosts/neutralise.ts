import { redact } from '../secrets.js';

/**
 * Text that did not come from ringway's own code (table rows, HLD content, forge and registry
 * answers, git output, operator events) may contain orchestrator commands. Runners read commands
 * from a job's output line by line:
 * - GitHub: a line whose first non-blank characters are `::` (`::error::`, `::add-mask::`, …), and
 *   the legacy `##[command]` form anywhere in a line;
 * - Azure Pipelines: `##vso[` anywhere in a line (any case), and `##[group]`-style formatting
 *   commands.
 * Both split lines at `\n` and at a lone `\r`. `neutralise` breaks every such marker with a
 * zero-width space (U+200B), so the text reads the same to a person and is inert to the runner.
 * Every host's log, summary and error writer passes its text through here.
 */
const ZWSP = '\u200b';

/** One line (no line breaks): markers broken, the rest unchanged. */
function neutraliseLine(line: string): string {
  let out = line.replace(/##(?=(vso)?\[)/gi, `#${ZWSP}#`);
  // `::` after leading blanks starts a GitHub command (the runner trims leading whitespace).
  out = out.replace(/^(\s*)(?=::)/, `$1${ZWSP}`);
  return out;
}

/** Neutralises every line of `text`; line breaks become `\n` (a lone `\r` also ends a line for runners). */
export function neutralise(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(neutraliseLine)
    .join('\n');
}

/**
 * For JSON written to stdout: `#` inside strings is written as `\u0023` where it starts `##`, so
 * the decoded value is unchanged and no line holds a command marker. (`#` only occurs inside
 * strings in JSON; `::` cannot start a line of JSON.stringify output.)
 */
export function neutraliseJson(json: string): string {
  return json.replace(/#(?=#)/g, '\\u0023');
}

/**
 * A step output value. Hosts set outputs through the orchestrator's own API (escaped there), but
 * the value is later expanded into other steps' scripts and logs: JSON values keep their decoded
 * content (`\u0023` escapes), other values are neutralised like log text, line breaks kept.
 */
export function safeOutput(value: string): string {
  if (/^\s*[[{]/.test(value)) {
    try {
      JSON.parse(value);
      return neutraliseJson(value);
    } catch {
      // not JSON: treated as text below
    }
  }
  return neutralise(value);
}

/** Secret redaction, then neutralisation: what every host prints. */
export function safeText(text: string): string {
  return neutralise(redact(text));
}

/** safeText on one line, for what a runner shows as one (group names, headings, the failure). */
export function oneLine(text: string): string {
  return safeText(text).replace(/\n/g, ' ');
}

/** True when a line would be read as a command by a GitHub or Azure runner (for tests and checks). */
export function isLiveCommand(line: string): boolean {
  return /^\s*::/.test(line) || /##vso\[/i.test(line) || /##\[/.test(line);
}

/**
 * Wraps a stream's write so that everything written to it is neutralised line by line (the CLI,
 * whose output a GitHub or Azure job may read when `ringway` runs in a script step). Tracks
 * whether the next chunk starts a line, since `::` only matters there.
 */
export function guardStream(stream: NodeJS.WriteStream): void {
  let atLineStart = true;
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]): boolean => {
    if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) return write(chunk, ...rest);
    const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    let safe = neutralise(atLineStart ? text : `x${text}`);
    if (!atLineStart) safe = safe.slice(1);
    if (text.length) atLineStart = /[\r\n]$/.test(text);
    return write(safe, ...rest);
  }) as typeof stream.write;
}
