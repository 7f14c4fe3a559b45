import { stepLoaders } from './loaders.js';
import type { StepDef } from './types.js';

/** Every step's definition, in the order of the list in loaders.ts (all loaded: import this only where all are needed). */
export const steps: StepDef[] = [];
// One after another: jest's module loader fails on imports that share modules while they link at once.
for (const load of Object.values(stepLoaders)) steps.push((await load()).step);

export function findStep(name: string): StepDef | undefined {
  return steps.find((s) => s.name === name);
}
