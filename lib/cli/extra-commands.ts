import type { CliCommand } from './commands.js';

/**
 * CLI commands beside the steps (Fabrikate's `set`/`install`, `deployments`, `dashboard`, `demo`).
 * Each lives in its own module and is listed here. Keep alphabetical.
 */
export const extraCommands: CliCommand[] = [];
