/**
 * A CLI command that is not a pipeline step (`ringway set`, `ringway deployments`, ...): what its
 * module in commands/ exports as `command`, loaded only when that command is asked for.
 */
export interface CliCommand {
  /** Full text for `ringway <name> --help`. */
  help: string;
  /** Returns the exit code: 0 success, 1 failure, 2 bad usage (throw UsageError for that). */
  run(argv: string[]): Promise<number>;
}

/** A command as `ringway --help` lists it: its name and one line, without loading its module. */
export interface CliCommandEntry {
  name: string;
  /** One line for `ringway --help`. */
  summary: string;
  load(): Promise<{ command: CliCommand }>;
}
