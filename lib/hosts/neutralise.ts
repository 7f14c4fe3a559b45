import { redact } from '../secrets.js';

/**
 * Text that did not come from ringway's own code (table rows, HLD content, forge and registry
 * answers, git output, operator events) may hold orchestrator commands. What the runners read as
 * one, from their source (restated, with the commits read, in test/support/runner-parsers.ts):
 * - GitHub (actions/runner, ActionCommand.TryParseV2 / TryParse): a line that starts with `::` once
 *   .NET's TrimStart removed its leading whitespace (U+0085, U+2028, U+2029, \v, \f included),
 *   and `##[` anywhere in a line;
 * - Azure (azure-pipelines-agent, Command.TryParse): `##vso[` anywhere in a line, and the
 *   `##[group]`-style formatting commands.
 * Both split lines at \n, \r and \r\n only, and find markers with culture-sensitive StartsWith /
 * IndexOf, which under ICU skip ignorable characters: a zero-width character inside a marker does
 * not break it. So neither defence below relies on an invisible character:
 * - GitHub's documented switch, `::stop-commands::<token>` … `::<token>::` around text that may
 *   hold a marker (`stopCommands`): the runner reads no command in between; the text is unchanged.
 * - In-band, where there is no such switch (the Azure agent) or extra lines would corrupt data (the
 *   CLI's stdout, outputs): a visible space inside the marker (`: :`, `# #[`, `# #vso[`), counting
 *   every character the parsers may skip as absent.
 */

/**
 * What ICU may ignore when comparing, never trusted to separate: controls, format and zero-width
 * characters, marks, unassigned code points, and the few letters and signs ICU's root collation
 * gives no weight (tatweel, NKo lajanyalan, Mongolian nirugu, Vedic nihshvasa, Arabic tail
 * fragment; test/hosts/neutralise.test.ts checks the set against ICU's collator).
 */
const IGNORABLE = '\\p{Cc}\\p{Cf}\\p{Cn}\\p{M}\\p{Default_Ignorable_Code_Point}\\u0640\\u07fa\\u180a\\u1cd3\\ufe73';
/** `::` at a line start after blanks (JS \s plus U+0085, which .NET trims too) or after a Unicode line break. */
const LEADING_COLONS = new RegExp(`(^|[\\u0085\\u2028\\u2029\\v\\f])([\\s${IGNORABLE}]*):[${IGNORABLE}]*:`, 'gu');
/** `##[` and `##vso[` (any case), ignorable characters anywhere inside. */
const HASHES = new RegExp(
  `#[${IGNORABLE}]*#(?=[${IGNORABLE}]*(?:v[${IGNORABLE}]*s[${IGNORABLE}]*o[${IGNORABLE}]*)?\\[)`,
  'giu',
);

/** One line (no \r or \n): markers broken by a visible space, the rest unchanged. */
function neutraliseLine(line: string): string {
  // Both markers hold a literal `:` or `#`: a line without either is left as it is, and the
  // Unicode patterns are not even compiled (a few ms of start-up in a step that prints outputs).
  if (!line.includes(':') && !line.includes('#')) return line;
  return line.replace(LEADING_COLONS, '$1$2: :').replace(HASHES, '# #');
}

/** Neutralises every line of `text`; line breaks become `\n` (a lone `\r` also ends a line for runners). */
export function neutralise(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(neutraliseLine)
    .join('\n');
}

/** Ignorable characters a JSON string may hold raw (not \t or \n, which pretty JSON uses between tokens). */
const JSON_RAW_IGNORABLE = new RegExp(`(?![\\t\\n\\r])[${IGNORABLE}\\u2028\\u2029]`, 'gu');

/**
 * For JSON written to stdout: inside strings, every ignorable character and Unicode line break is
 * written as a `\uXXXX` escape, and a `#` before `#` as `\u0023`, so the decoded value is unchanged
 * and no line holds a marker. (Those characters occur only inside strings; no line of
 * JSON.stringify output starts with `:`.)
 */
export function neutraliseJson(json: string): string {
  return json
    .replace(JSON_RAW_IGNORABLE, (c) =>
      Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
    )
    .replace(/#(?=#)/g, '\\u0023');
}

/**
 * A step output value. Hosts set outputs through the orchestrator's own API (escaped there), but
 * the value is later expanded into other steps' scripts and logs: JSON values keep their decoded
 * content (`\u` escapes), other values are neutralised like log text, line breaks kept.
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

/**
 * True when `text` may hold a command marker for either runner: with every character outside
 * printable ASCII removed (more than any parser skips), it holds `::` or `##`.
 */
export function mayHoldCommand(text: string): boolean {
  return /::|##/.test(text.replace(/[^\x21-\x7e]/g, ''));
}

/**
 * `text` between `::stop-commands::<token>` and `::<token>::` when it may hold a marker (GitHub's
 * documented way to print untrusted text): the runner processes no command until the token, a
 * fresh random UUID not in the text. Text without a marker is returned as is.
 */
export function stopCommands(text: string): string {
  if (!mayHoldCommand(text)) return text;
  let token: string;
  do token = globalThis.crypto.randomUUID();
  while (text.includes(token));
  return `::stop-commands::${token}\n${text}${text.endsWith('\n') ? '' : '\n'}::${token}::`;
}

/**
 * Wraps a stream's write so that everything written to it is inert (the CLI, whose output a GitHub
 * or Azure job reads when `ringway` runs in a script step). With `stop`, whole lines that may hold
 * a marker go between stop-commands lines (stderr under GitHub Actions); otherwise, and for a
 * partial line, markers are broken in-band. Tracks whether the next chunk starts a line, since
 * `::` only matters there.
 */
export function guardStream(stream: NodeJS.WriteStream, opts: { stop?: boolean } = {}): void {
  let atLineStart = true;
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: unknown, ...rest: unknown[]): boolean => {
    if (typeof chunk !== 'string' && !Buffer.isBuffer(chunk)) return write(chunk, ...rest);
    const text = typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    let safe: string;
    if (opts.stop && atLineStart && /\n$/.test(text)) {
      safe = stopCommands(text);
      if (safe !== text) safe += '\n';
    } else {
      safe = neutralise(atLineStart ? text : `x${text}`);
      if (!atLineStart) safe = safe.slice(1);
    }
    if (text.length) atLineStart = /[\r\n]$/.test(text);
    return write(safe, ...rest);
  }) as typeof stream.write;
}
