import type { BuildMetadata, Host, SummaryTable } from '../lib/steps/host.js';
import { redact } from '../lib/secrets.js';

/** A Host for in-process step tests: records every line, summary and secret it is given. */
export class RecordingHost implements Host {
  readonly kind = 'cli' as const;
  readonly lines: string[] = [];
  readonly summaries: SummaryTable[] = [];
  readonly secrets: string[] = [];
  readonly build: BuildMetadata;

  constructor(build: Partial<BuildMetadata> = {}) {
    this.build = {
      orchestrator: 'other',
      commit: '',
      branch: '',
      buildId: '',
      buildNumber: '',
      runAttempt: '1',
      buildUrl: '',
      repository: '',
      repositoryUrl: '',
      pipeline: '',
      actor: '',
      commitMessage: '',
      ...build,
    };
  }
  info(m: string): void {
    this.lines.push(redact(m));
  }
  warning(m: string): void {
    this.lines.push(`warning: ${redact(m)}`);
  }
  debug(m: string): void {
    this.lines.push(`debug: ${redact(m)}`);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push(`group: ${redact(name)}`);
    return fn();
  }
  setSecret(v: string): void {
    this.secrets.push(v);
  }
  async summary(t: SummaryTable): Promise<void> {
    this.summaries.push(t);
  }
  get output(): string {
    return this.lines.join('\n');
  }
}
