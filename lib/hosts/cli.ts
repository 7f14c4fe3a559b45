import { registerSecret } from '../secrets.js';
import { readBuildMetadata } from './build-metadata.js';
import type { Host, SummaryTable } from '../steps/host.js';
import { safeText } from './neutralise.js';
import { textTable } from './run.js';

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
