import type { StepDef } from './types.js';

/**
 * Every step that ships, by name, and how to load its module: the one list of steps. A step
 * appears on a surface (action, task, CLI) only when listed here, and it is listed only when it
 * works. The top-level action (`step:` input) and the CLI load only the step they run;
 * `index.ts` loads them all for the generators, the help and the demo. Keep alphabetical.
 */
export const stepLoaders: Record<string, () => Promise<{ step: StepDef }>> = {
  'build-image': () => import('./build-image.js'),
  gate: () => import('./gate.js'),
  generate: () => import('./generate.js'),
  metrics: () => import('./metrics.js'),
  'push-manifests': () => import('./push-manifests.js'),
  'record-deployment': () => import('./record-deployment.js'),
  rollback: () => import('./rollback.js'),
  'update-hld': () => import('./update-hld.js'),
};
