import * as core from './github-commands.js';
import { findStep, steps } from '../steps/index.js';
import { runGitHub } from './github.js';

/** Entry of the top-level action.yml: `step:` names the step to run with the other inputs. */
export async function dispatchGitHub(): Promise<void> {
  const name = core.getInput('step');
  const step = findStep(name);
  if (!step) {
    core.setFailed(`input 'step' must be one of ${steps.map((s) => s.name).join(', ')}, got '${name}'`);
    return;
  }
  await runGitHub(step);
}
