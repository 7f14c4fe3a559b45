// The layer test is only as good as its reading of imports: each form it must see, and each rule
// it must apply, proved on small made-up modules of a made-up lib/.
import { graphModule, importLoops, readModule, stepToStepImports, upwardImports } from './import-graph.js';

const lib = '/x/lib';
const mod = (path: string, source: string) => graphModule(`${lib}/${path}`, source);

test.each([
  ['a static import', `import { a } from '../git/repo.js';`],
  ['a type-only import', `import type { A } from '../git/repo.js';`],
  ['a double-quoted specifier', `import { a } from "../git/repo.js";`],
  ['a side-effect import', `import '../git/repo.js';`],
  ['a re-export', `export { a } from '../git/repo.js';`],
  ['a star re-export', `export * from '../git/repo.js';`],
  ['a dynamic import()', `async function f() { return (await import('../git/repo.js')).a; }`],
  ['a dynamic import() in a template literal', 'const m = import(`../git/repo.js`);'],
  ['a type import()', `let r: typeof import('../git/repo.js');`],
  ['an import = require()', `import r = require('../git/repo.js');`],
  ['an import spread over lines', `import {\n  a,\n  b,\n} from '../git/repo.js';`],
])('reads %s', (_, source) => {
  expect(readModule(source).specifiers).toEqual(['../git/repo.js']);
});

test('does not take a specifier out of a string or a comment', () => {
  expect(
    readModule(
      `const s = "import x from '../cli/main.js'"; // import('../cli/main.js')\n/* export * from '../cli/main.js' */`,
    ).specifiers,
  ).toEqual([]);
});

test.each([
  ['an upward dynamic import', `export async function f() { await import('../hosts/cli.js'); }`],
  ['an upward double-quoted import', `import { a } from "../hosts/cli.js";`],
  ['an upward side-effect import', `import '../hosts/cli.js';`],
  ['an upward re-export', `export { runStepCli } from '../hosts/cli.js';`],
])('fails %s', (_, source) => {
  expect(upwardImports(lib, [mod('steps/gate.ts', source)])).toEqual([
    'steps/gate.ts → hosts/cli.ts (steps 6 → hosts 7)',
  ]);
});

test('fails a sideways import between folders of one rank, passes a downward one', () => {
  expect(upwardImports(lib, [mod('hld/set.ts', `import { a } from '../scm/types.js';`)])).toEqual([
    'hld/set.ts → scm/types.ts (hld 4 → scm 4)',
  ]);
  expect(upwardImports(lib, [mod('hld/set.ts', `import { a } from '../git/repo.js'; import '../errors.js';`)])).toEqual(
    [],
  );
});

test('fails an import() it cannot follow', () => {
  expect(
    upwardImports(lib, [
      mod('steps/gate.ts', 'const name = "cli"; export const f = () => import(`../hosts/${name}.js`);'),
    ]),
  ).toEqual(['steps/gate.ts: 1 import() with a computed specifier (not checkable)']);
});

describe('a step imports no other step', () => {
  const stepA = mod('steps/a.ts', `import { shared } from './shared.js';\nexport const step = { name: 'a' };`);
  const shared = mod('steps/shared.ts', `export const shared = 1;`);
  test.each([
    ['statically', `import { step as a } from './a.js';\nexport const step = { name: 'b', inputs: a.inputs };`],
    [
      'through a dynamic import()',
      `export const step = { name: 'b', run: async () => (await import("./a.js")).step.run() };`,
    ],
    ['through a re-export', `export { step as a } from './a.js';\nconst b = { name: 'b' };\nexport { b as step };`],
  ])('fails a step importing a step %s', (_, source) => {
    expect(stepToStepImports(lib, [stepA, shared, mod('steps/b.ts', source)])).toEqual(['steps/b.ts → steps/a.ts']);
  });
  test('fails a shared part importing a step (a step reached through it)', () => {
    expect(stepToStepImports(lib, [stepA, mod('steps/shared.ts', `export { step } from './a.js';`)])).toEqual([
      'steps/shared.ts → steps/a.ts',
    ]);
  });
  test('passes steps sharing a part, and the step list loading them', () => {
    const stepB = mod('steps/b.ts', `import { shared } from './shared.js';\nexport const step = { name: 'b' };`);
    const list = mod(
      'steps/loaders.ts',
      `export const stepLoaders = { a: () => import('./a.js'), b: () => import('./b.js') };`,
    );
    expect(stepToStepImports(lib, [stepA, stepB, shared, list])).toEqual([]);
  });
});

test('fails a loop, one made by a dynamic import too', () => {
  const a = mod('hld/a.ts', `import { b } from './b.js';`);
  const b = mod('hld/b.ts', `export const f = () => import('./a.js');`);
  expect(importLoops(lib, [a, b])).toEqual(['hld/a.ts → hld/b.ts → hld/a.ts']);
});
