import * as core from './github-commands.js';
import { stepLoaders } from '../steps/loaders.js';
import { runGitHub } from './github.js';

/** Entry of the top-level action.yml: `step:` names the step to run with the other inputs. */
export async function dispatchGitHub(): Promise<void> {
  const name = core.getInput('step');
  const load = Object.hasOwn(stepLoaders, name) ? stepLoaders[name] : undefined;
  if (!load) {
    core.setFailed(`input 'step' must be one of ${Object.keys(stepLoaders).join(', ')}, got '${name}'`);
    return;
  }
  // Only the named step's code is loaded (a chunk file beside index.js).
  await runGitHub((await load()).step);
}
