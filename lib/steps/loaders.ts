import type { StepDef } from './types.js';

/**
 * Each step's module by name, loaded when asked for: the top-level action (`step:` input) and the
 * CLI load only the step they run, not all of them. Kept equal to the list in index.ts by a test.
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
