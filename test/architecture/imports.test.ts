// The layers of lib/ (ARCHITECTURE.md): a module imports only from its own folder or from a
// lower layer, no step imports another step, and no set of modules imports itself in a loop.
// Read from the sources with the TypeScript parser (every import form: import-graph.ts), so a new
// upward arrow fails here the day it is written.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { graphModule, importLoops, LAYERS, layerOf, stepToStepImports, upwardImports } from './import-graph.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const lib = join(root, 'lib');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const read = (file: string) => graphModule(file, readFileSync(file, 'utf8'));
const modules = tsFiles(lib).map(read);

test('every folder of lib/ has a layer', () => {
  const unknown = [...new Set(modules.map((m) => layerOf(lib, m.file)))].filter((l) => !(l in LAYERS));
  expect(unknown).toEqual([]);
});

test('imports only run downward (or stay in their folder)', () => {
  expect(upwardImports(lib, modules)).toEqual([]);
});

test('no step imports another step (shared step parts live in their own modules)', () => {
  expect(stepToStepImports(lib, modules)).toEqual([]);
});

test('no import loops between modules', () => {
  expect(importLoops(lib, modules)).toEqual([]);
});

test('the scanner reads the imports it judges (an empty graph would pass everything)', () => {
  const of = (f: string) => modules.find((m) => m.file === join(lib, f));
  expect(of('steps/types.ts')?.imports).toEqual(
    expect.arrayContaining([join(lib, 'steps/host.ts'), join(lib, 'steps/inputs.ts')]),
  );
  // The step list's dynamic imports, and the steps it finds.
  expect(of('steps/loaders.ts')?.imports).toContain(join(lib, 'steps/update-hld.ts'));
  expect(
    modules
      .filter((m) => m.isStep)
      .map((m) => relative(lib, m.file))
      .sort(),
  ).toEqual(expect.arrayContaining(['steps/rollback.ts', 'steps/update-hld.ts']));
});

test('bench/, scripts/ and stand-ins/ never reach into test/ (the stand-ins they start live in stand-ins/)', () => {
  const reach: string[] = [];
  for (const dir of ['bench', 'scripts', 'stand-ins', 'lib']) {
    for (const m of tsFiles(join(root, dir)).map(read)) {
      for (const t of m.imports)
        if (relative(root, t).startsWith('test/')) reach.push(`${relative(root, m.file)} → ${relative(root, t)}`);
    }
  }
  expect(reach).toEqual([]);
});
