// Reads a module's imports with the TypeScript parser, every form: `import … from`, `import type`,
// a side-effect `import './x.js'`, `export … from`, a dynamic `import()`, `typeof import()` and
// `import x = require()`, in either quote. The layer rules of ARCHITECTURE.md are judged on that
// graph here, as functions of plain values, so test/architecture/import-graph.test.ts can prove
// on small made-up sources that each form and each rule is seen.
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

/** Higher imports lower; folders of one rank do not import each other. Keep in step with ARCHITECTURE.md. */
export const LAYERS: Record<string, number> = {
  errors: 0,
  secrets: 1,
  template: 1,
  duration: 1,
  'text-table': 1,
  hash: 1,
  'key-value': 1,
  answer: 1,
  limits: 1,
  deadline: 1,
  exec: 2,
  fs: 2,
  pool: 2,
  git: 3,
  hld: 4,
  image: 4,
  manifests: 4,
  monitoring: 4,
  scm: 4,
  telemetry: 4,
  promotion: 5,
  metrics: 5,
  steps: 6,
  hosts: 7,
  demo: 8,
  cli: 9,
};

/** The one module of lib/steps/ that imports step modules: the step list. */
export const STEP_LIST = 'steps/loaders.ts';

export interface ModuleInfo {
  /** Module specifiers, as written. */
  specifiers: string[];
  /** Dynamic imports whose specifier is not a string literal: the graph cannot follow them. */
  unreadable: number;
  /** Exports `step` (a step definition). */
  isStep: boolean;
}

/** The imports of one source text, and whether it is a step. */
export function readModule(source: string, fileName = 'module.ts'): ModuleInfo {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const specifiers: string[] = [];
  let unreadable = 0;
  let isStep = false;
  const literal = (n: ts.Node | undefined) =>
    n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : undefined;
  const visit = (n: ts.Node): void => {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) {
      const s = literal(n.moduleSpecifier);
      if (s !== undefined) specifiers.push(s);
      if (ts.isExportDeclaration(n) && !n.moduleSpecifier && n.exportClause && ts.isNamedExports(n.exportClause)) {
        if (n.exportClause.elements.some((e) => e.name.text === 'step')) isStep = true;
      }
    } else if (ts.isImportEqualsDeclaration(n) && ts.isExternalModuleReference(n.moduleReference)) {
      const s = literal(n.moduleReference.expression);
      if (s !== undefined) specifiers.push(s);
    } else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const s = literal(n.arguments[0]);
      if (s !== undefined) specifiers.push(s);
      else unreadable++;
    } else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument)) {
      const s = literal(n.argument.literal);
      if (s !== undefined) specifiers.push(s);
    } else if (ts.isVariableStatement(n) && n.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      if (n.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === 'step')) isStep = true;
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { specifiers, unreadable, isStep };
}

/** A module of the graph: its path and its relative imports, resolved to .ts paths. */
export interface GraphModule {
  file: string;
  imports: string[];
  isStep: boolean;
  unreadable: number;
}

export function graphModule(file: string, source: string): GraphModule {
  const m = readModule(source, file);
  const imports = m.specifiers
    .filter((s) => s.startsWith('./') || s.startsWith('../'))
    .map((s) => resolve(dirname(file), s).replace(/\.js$/, '.ts'));
  return { file, imports, isStep: m.isStep, unreadable: m.unreadable };
}

/** lib/git/repo.ts → git; lib/errors.ts → errors. */
export function layerOf(lib: string, file: string): string {
  return relative(lib, file).split('/')[0].replace(/\.ts$/, '');
}

/** Imports that run upward or sideways between folders, and imports the graph cannot read. */
export function upwardImports(lib: string, modules: GraphModule[]): string[] {
  const out: string[] = [];
  for (const m of modules) {
    if (m.unreadable)
      out.push(`${relative(lib, m.file)}: ${m.unreadable} import() with a computed specifier (not checkable)`);
    for (const to of m.imports) {
      const a = layerOf(lib, m.file);
      const b = layerOf(lib, to);
      if (a !== b && !(LAYERS[a] > LAYERS[b]))
        out.push(`${relative(lib, m.file)} → ${relative(lib, to)} (${a} ${LAYERS[a]} → ${b} ${LAYERS[b]})`);
    }
  }
  return out;
}

/**
 * Imports of a step module from elsewhere in lib/steps/ than the step list: a step uses shared
 * step parts (types, inputs, host, storage-inputs, hld-change, …), never another step.
 */
export function stepToStepImports(lib: string, modules: GraphModule[]): string[] {
  const steps = new Set(modules.filter((m) => m.isStep).map((m) => m.file));
  const out: string[] = [];
  for (const m of modules) {
    const from = relative(lib, m.file);
    if (!from.startsWith('steps/') || from === STEP_LIST) continue;
    for (const to of m.imports) if (steps.has(to) && to !== m.file) out.push(`${from} → ${relative(lib, to)}`);
  }
  return out;
}

/** Sets of modules that import themselves, each as a path round the loop. */
export function importLoops(lib: string, modules: GraphModule[]): string[] {
  const graph = new Map(modules.map((m) => [m.file, m.imports]));
  const loops: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const t of graph.get(f) ?? []) {
      if (state.get(t) === 'open')
        loops.push(
          stack
            .slice(stack.indexOf(t))
            .concat(t)
            .map((p) => relative(lib, p))
            .join(' → '),
        );
      else if (!state.has(t)) visit(t);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return loops;
}
