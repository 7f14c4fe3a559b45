import type { StepDef } from './types.js';
import { step as buildImageStep } from './build-image.js';
import { step as gateStep } from './gate.js';
import { step as generateStep } from './generate.js';
import { step as metricsStep } from './metrics.js';
import { step as pushManifests } from './push-manifests.js';
import { step as recordDeployment } from './record-deployment.js';
import { step as rollbackStep } from './rollback.js';
import { step as updateHld } from './update-hld.js';

/**
 * Every step that ships. A step appears on a surface (action, task, CLI) only when listed here,
 * and it is listed only when it works. Keep alphabetical.
 */
export const steps: StepDef[] = [
  buildImageStep,
  gateStep,
  generateStep,
  metricsStep,
  pushManifests,
  recordDeployment,
  rollbackStep,
  updateHld,
];

export function findStep(name: string): StepDef | undefined {
  return steps.find((s) => s.name === name);
}
