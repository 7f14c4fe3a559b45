import type { CliCommand } from './commands.js';
import { dashboardCommand } from './commands/dashboard.js';
import { demoCommand } from './commands/demo.js';
import { deploymentsCommand } from './commands/deployments.js';
import { installCommand } from './commands/install.js';
import { metricsCommand } from './commands/metrics.js';
import { setCommand } from './commands/set.js';

/**
 * CLI commands beside the steps (Fabrikate's `set`/`install`, `deployments`, `dashboard`, `demo`).
 * Each lives in its own module and is listed here. Keep alphabetical. A command named like a step
 * replaces that step's generic CLI surface (`metrics` prints its report instead of name=value).
 */
export const extraCommands: CliCommand[] = [dashboardCommand, demoCommand, deploymentsCommand, installCommand, metricsCommand, setCommand];
