// The step contract's view of the orchestrator: what a step may ask of it. Hosts (lib/hosts)
// implement it; steps depend only on these types, never on a host.

/**
 * Facts about the build that runs a step, read from the orchestrator's own environment
 * variables (GitHub Actions, Azure Pipelines) or from RINGWAY_* variables elsewhere.
 */
export interface BuildMetadata {
  orchestrator: 'github' | 'azure' | 'other';
  /** Full commit SHA of the source being built. */
  commit: string;
  /** Branch name without refs/heads/ (PR builds: the PR's source branch). */
  branch: string;
  /** Unique id of the run (GitHub run id, Azure Build.BuildId). */
  buildId: string;
  /** Human build number (GitHub run number, Azure Build.BuildNumber like 20200318.1). */
  buildNumber: string;
  runAttempt: string;
  buildUrl: string;
  /** owner/name (GitHub) or repository name (Azure). */
  repository: string;
  repositoryUrl: string;
  /** Pipeline / workflow name. */
  pipeline: string;
  /** Who triggered the run. */
  actor: string;
  /** Commit message of the source commit, when the orchestrator exposes it. */
  commitMessage: string;
  /**
   * Messages of the commits this build brings, as the orchestrator gives them (GitHub push: every
   * pushed commit's full message; Azure: the source commit's first line); read on first use.
   */
  commitMessages?: string[];
}

/** A table for the run summary: first row is the header. */
export interface SummaryTable {
  title: string;
  rows: string[][];
  /** Optional markdown/plain lines under the table. */
  notes?: string[];
}

/**
 * What a step may ask of the orchestrator it runs in. One implementation per surface:
 * GitHub Actions, Azure Pipelines, the CLI. All text passes through secret redaction.
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
