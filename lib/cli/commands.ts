/** A CLI command that is not a pipeline step (`ringway set`, `ringway deployments`, ...). */
export interface CliCommand {
  name: string;
  /** One line for `ringway --help`. */
  summary: string;
  /** Full text for `ringway <name> --help`. */
  help: string;
  /** Returns the exit code: 0 success, 1 failure, 2 bad usage (throw UsageError for that). */
  run(argv: string[]): Promise<number>;
}
