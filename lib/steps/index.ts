import type { StepDef } from './types.js';
import { buildImageStep } from './build-image.js';
import { gateStep } from './gate.js';
import { generateStep } from './generate.js';
import { metricsStep } from './metrics.js';
import { pushManifests } from './push-manifests.js';
import { recordDeployment } from './record-deployment.js';
import { rollbackStep } from './rollback.js';
import { updateHld } from './update-hld.js';

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
