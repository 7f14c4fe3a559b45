// The few GitHub Actions runner commands the GitHub host uses, written to the runner's protocol
// (workflow commands on stdout, file commands for outputs and the job summary). Not @actions/core:
// it loads an HTTP client (undici, for OIDC tokens ringway never asks for) that doubled the
// start-up time of every action. Output is what @actions/core writes for the same calls.
import { appendFileSync, existsSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import { writeStdout } from './stdout.js';

/** `::name::message`, with the message escaped so it stays one command. */
function command(name: string, message = ''): void {
  writeStdout(`::${name}::${escape(message)}${EOL}`);
}

function escape(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The environment variable the runner passes input `name` in: INPUT_<NAME>, spaces as `_`. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** The value of input `name`, trimmed; '' when not given. */
export function getInput(name: string): string {
  return (process.env[inputVariable(name)] || '').trim();
}

export function info(message: string): void {
  writeStdout(message + EOL);
}

export function warning(message: string): void {
  command('warning', message);
}

export function debug(message: string): void {
  command('debug', message);
}

export function error(message: string): void {
  command('error', message);
}

/** Marks the step failed (exit code 1 when the process ends) with an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** Runs `fn` inside a collapsible log group. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  command('group', name);
  try {
    return await fn();
  } finally {
    command('endgroup');
  }
}

/** An output: to the GITHUB_OUTPUT file between a random delimiter (never read as a command). */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT || '';
  if (!file) {
    writeStdout(EOL);
    writeStdout(`::set-output name=${escape(name).replace(/:/g, '%3A').replace(/,/g, '%2C')}::${escape(value)}${EOL}`);
    return;
  }
  // Web Crypto's randomUUID: the global, so node:crypto (and its streams) is not loaded with the bundle.
  const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`output ${name} holds the delimiter`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

/** An element; an empty one is written as its opening tag alone, as @actions/core does. */
function wrap(tag: string, content: string): string {
  return content ? `<${tag}>${content}</${tag}>` : `<${tag}>`;
}

/** A table cell: a header cell, or plain data. */
export type SummaryCell = string | { data: string; header: true };

/** The job summary as HTML (the markup @actions/core's summary writes), appended to GITHUB_STEP_SUMMARY. */
export class Summary {
  private buffer = '';

  addHeading(text: string, level: 1 | 2 | 3 | 4 | 5 | 6): this {
    return this.addRaw(wrap(`h${level}`, text), true);
  }

  addTable(rows: SummaryCell[][]): this {
    const cell = (c: SummaryCell) => (typeof c === 'string' ? wrap('td', c) : wrap('th', c.data));
    return this.addRaw(wrap('table', rows.map((r) => wrap('tr', r.map(cell).join(''))).join('')), true);
  }

  addRaw(text: string, addEOL = false): this {
    this.buffer += addEOL ? text + EOL : text;
    return this;
  }

  async write(): Promise<void> {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY');
    await appendFile(file, this.buffer, { encoding: 'utf8' });
    this.buffer = '';
  }
}
