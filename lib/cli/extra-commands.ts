import type { CliCommandEntry } from './commands.js';

/**
 * CLI commands beside the steps (Fabrikate's `set`/`install`, `deployments`, `dashboard`, `demo`).
 * Each lives in its own module (help text and run), loaded only when the command runs: `ringway
 * --help` needs no more than the names and summaries here. Keep alphabetical. A command named like
 * a step replaces that step's generic CLI surface (`metrics` prints its report instead of name=value).
 */
export const extraCommands: CliCommandEntry[] = [
  {
    name: 'dashboard',
    summary: 'Write a self-contained HTML dashboard of the deployments',
    load: () => import('./commands/dashboard.js'),
  },
  {
    name: 'demo',
    summary: 'Run the whole chain on local repositories (and a local registry and table, when given)',
    load: () => import('./commands/demo.js'),
  },
  {
    name: 'deployments',
    summary: 'List deployments from the telemetry table: where is my container? (bedrock deployment get)',
    load: () => import('./commands/deployments.js'),
  },
  {
    name: 'install',
    summary: "Fetch an HLD's remote components and charts into the cache (fab install)",
    load: () => import('./commands/install.js'),
  },
  {
    name: 'metrics',
    summary: "DORA's four keys from the deployment records (table, JSON or CSV)",
    load: () => import('./commands/metrics.js'),
  },
  {
    name: 'set',
    summary: "Set config values in the current component's config file (fab set)",
    load: () => import('./commands/set.js'),
  },
];

export function findExtraCommand(name: string): CliCommandEntry | undefined {
  return extraCommands.find((c) => c.name === name);
}
