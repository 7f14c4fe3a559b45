import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

// Transpiled output is kept by content hash: a CI run starts a dozen scripts through this loader
// (check, build, demo, journeys), each of which would otherwise transpile the same ~150 files again.
const cacheDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.cache', 'ringway-ts-loader');
const require = createRequire(import.meta.url);
// TypeScript itself takes a second of CPU to load: only on a cache miss.
let ts;
const compilerOptions = () => ({
  module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2022,
  sourceMap: false,
  inlineSourceMap: true,
});
const salt = `${require('typescript/package.json').version}\0esnext es2022 inline-source-map\0`;

function transpile(fileName, source) {
  const file = join(
    cacheDir,
    `${createHash('sha256').update(salt).update(fileName).update('\0').update(source).digest('hex')}.js`,
  );
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // not cached yet
  }
  ts ??= require('typescript');
  const out = ts.transpileModule(source, { fileName, compilerOptions: compilerOptions() }).outputText;
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Whole or not at all: another process may read it meanwhile.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, out);
    renameSync(tmp, file);
  } catch {
    // a read-only node_modules: transpile every time
  }
  return out;
}

/** `./x.js` written in TypeScript sources resolves to `./x.ts` when only the latter exists. */
export async function resolve(specifier, context, next) {
  if (/^\.{1,2}\//.test(specifier) && specifier.endsWith('.js') && context.parentURL?.startsWith('file:')) {
    const url = new URL(specifier, context.parentURL);
    if (!existsSync(fileURLToPath(url))) {
      const tsUrl = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
      if (existsSync(fileURLToPath(tsUrl))) return { url: tsUrl.href, shortCircuit: true, format: 'module' };
    }
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const fileName = fileURLToPath(url);
  return { format: 'module', source: transpile(fileName, await readFile(fileName, 'utf8')), shortCircuit: true };
}
