// The layers of lib/ (ARCHITECTURE.md): a module imports only from its own folder or from a
// lower layer, and no set of modules imports itself in a loop. Read from the sources, so a new
// upward arrow fails here the day it is written.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const lib = join(root, 'lib');

/** Higher imports lower; folders of one rank do not import each other. Keep in step with ARCHITECTURE.md. */
export const LAYERS: Record<string, number> = {
  errors: 0,
  answer: 1,
  secrets: 1,
  template: 1,
  duration: 1,
  'text-table': 1,
  hash: 1,
  exec: 2,
  fs: 2,
  pool: 2,
  git: 3,
  hld: 4,
  image: 4,
  manifests: 4,
  scm: 4,
  telemetry: 4,
  promotion: 5,
  metrics: 5,
  steps: 6,
  hosts: 7,
  demo: 8,
  cli: 9,
};

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** lib/git/repo.ts → git; lib/errors.ts → errors. */
function layerOf(file: string): string {
  return relative(lib, file).split('/')[0].replace(/\.ts$/, '');
}

/** Relative imports of a module, resolved to .ts paths (type-only imports count: they are arrows too). */
function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?from\s+'(\.{1,2}\/[^']+)'/g)) {
    out.push(resolve(dirname(file), m[1]).replace(/\.js$/, '.ts'));
  }
  return out;
}

const files = tsFiles(lib);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

test('every folder of lib/ has a layer', () => {
  const unknown = [...new Set(files.map(layerOf))].filter((l) => !(l in LAYERS));
  expect(unknown).toEqual([]);
});

test('imports only run downward (or stay in their folder)', () => {
  const upward: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const a = layerOf(from);
      const b = layerOf(to);
      if (a !== b && !(LAYERS[a] > LAYERS[b])) upward.push(`${relative(root, from)} → ${relative(root, to)} (${a} ${LAYERS[a]} → ${b} ${LAYERS[b]})`);
    }
  }
  expect(upward).toEqual([]);
});

test('no import loops between modules', () => {
  const loops: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const t of graph.get(f) ?? []) {
      if (state.get(t) === 'open') loops.push(stack.slice(stack.indexOf(t)).concat(t).map((p) => relative(lib, p)).join(' → '));
      else if (!state.has(t)) visit(t);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  expect(loops).toEqual([]);
});

test('the scanner reads the imports it judges (an empty graph would pass everything)', () => {
  expect(graph.get(join(lib, 'steps/types.ts'))).toEqual(expect.arrayContaining([join(lib, 'steps/host.ts'), join(lib, 'steps/inputs.ts')]));
});

test('bench/, scripts/ and stand-ins/ never reach into test/ (the stand-ins they start live in stand-ins/)', () => {
  const reach: string[] = [];
  for (const dir of ['bench', 'scripts', 'stand-ins', 'lib']) {
    for (const f of tsFiles(join(root, dir))) {
      for (const t of importsOf(f)) if (relative(root, t).startsWith('test/')) reach.push(`${relative(root, f)} → ${relative(root, t)}`);
    }
  }
  expect(reach).toEqual([]);
});
