import type { BuildMetadata } from './build-metadata.js';

/** A table for the run summary: first row is the header. */
export interface SummaryTable {
  title: string;
  rows: string[][];
  /** Optional markdown/plain lines under the table. */
  notes?: string[];
}

/**
 * What a step may ask of the orchestrator it runs in. One implementation per surface:
 * GitHub Actions, Azure Pipelines, the CLI. All text passes through secret redaction and
 * command neutralisation (neutralise.ts): values from tables, HLDs and servers are printed inert.
 */
export interface Host {
  readonly kind: 'github' | 'azure' | 'cli';
  readonly build: BuildMetadata;
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Mask a value in every later log line (the orchestrator's own masking too). */
  setSecret(value: string): void;
  /** Written to the run summary: GitHub job summary, Azure uploaded summary, terminal table. */
  summary(table: SummaryTable): Promise<void>;
}
