import { steps } from '../../lib/steps/index.js';
import { stepLoaders } from '../../lib/steps/loaders.js';

// The top-level action (`uses: ringway/ringway@v1` with `step:`) finds steps through stepLoaders:
// a step missing there could not be run that way.
test('the top-level action can load every step, by its name', async () => {
  expect(Object.keys(stepLoaders)).toEqual(steps.map((s) => s.name));
  for (const s of steps) expect((await stepLoaders[s.name]()).step).toBe(s);
});
