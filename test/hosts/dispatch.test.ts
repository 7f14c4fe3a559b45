import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extraCommands } from '../../lib/cli/extra-commands.js';
import { steps } from '../../lib/steps/index.js';
import { stepLoaders } from '../../lib/steps/loaders.js';
import { repoRoot } from '../support/run-bundle.js';

// The top-level action (`uses: ringway/ringway@v1` with `step:`) and the CLI find steps through
// stepLoaders, by the name each is filed under: a step filed under another name than its own would
// be run by a name no manifest or help shows.
test('the top-level action can load every step, by its name', async () => {
  expect(Object.keys(stepLoaders)).toEqual(steps.map((s) => s.name));
  expect(steps.map((s) => s.name)).toEqual([...steps.map((s) => s.name)].sort());
  for (const s of steps) expect((await stepLoaders[s.name]()).step).toBe(s);
});

// The CLI lists and finds its extra commands through the registry (names and summaries) and loads
// a command's module only when it runs: a module missing there, or an entry loading another
// command's module, would be a command `ringway` cannot run or that answers with the wrong help.
test('the CLI registry lists every command module once, under the name its help gives', async () => {
  const dir = join(repoRoot, 'lib/cli/commands');
  const modules: string[] = [];
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    if ('command' in (await import(join(dir, f)))) modules.push(f.replace(/\.ts$/, ''));
  }
  expect(extraCommands.map((c) => c.name)).toEqual(modules);
  for (const c of extraCommands) {
    const { command } = await c.load();
    expect(command).toBe((await import(join(dir, `${c.name}.ts`))).command);
    expect(command.help).toMatch(new RegExp(`^ringway ${c.name}[ :]`));
  }
});
