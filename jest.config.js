// Jest runs the TypeScript sources as ES modules (NODE_OPTIONS=--experimental-vm-modules),
// the same module system the ncc bundles and Node 20 use.
//
// Three projects, read from what each suite uses so a new suite lands in the right one:
//   package      runs a shipped bundle (test/support/run-bundle.ts's runners, bin/ringway, dist/)
//                or lives in test/package, test/release, test/demo: needs `npm run build` first;
//   integration  starts a process or server (stand-ins/, node:child_process), itself or through a
//                helper under test/;
//   unit         neither: lib code in this process, seconds in all (`npm run test:quick`).
// The integration and package projects share one Azurite per worker (test/support/shared-stand-ins.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const RUNS_A_BUNDLE = /\b(runCli|runGitHubAction|runAzureTask|shippedBundles|runNode)\(|bin\/ringway|\bdist\//;
const STARTS_PROCESSES = /['"](\.\.\/)+stand-ins\/|['"]node:child_process['"]/;
const RUN_BUNDLE = join(root, 'test/support/run-bundle.ts');
const PACKAGE_FOLDERS = /^test\/(package|release|demo)\//;

const suites = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? suites(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );

/** Whether a file under test/, or a test helper it imports, starts processes or servers. */
function startsProcesses(file, seen = new Set()) {
  if (seen.has(file)) return false;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  if (STARTS_PROCESSES.test(text)) return true;
  for (const [, spec] of text.matchAll(/from\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
    // run-bundle.ts's runners are read above (RUNS_A_BUNDLE); repoRoot alone starts nothing.
    if (relative(join(root, 'test'), target).startsWith('..') || target === RUN_BUNDLE || !existsSync(target)) continue;
    if (startsProcesses(target, seen)) return true;
  }
  return false;
}

const projectOf = (file) => {
  const rel = relative(root, file);
  if (PACKAGE_FOLDERS.test(rel) || RUNS_A_BUNDLE.test(readFileSync(file, 'utf8'))) return 'package';
  return startsProcesses(file) ? 'integration' : 'unit';
};
const all = suites(join(root, 'test'));
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  // Per-suite CPU seconds (worker and children) into this file, for finding the slow suites.
  ...(process.env.RINGWAY_TEST_CPU ? { setupFilesAfterEnv: ['<rootDir>/test/support/cpu-profile.ts'] } : {}),
};
const project = (name, shared) => ({
  ...common,
  displayName: name,
  // Exact paths: a project holds its own suites and no other.
  testMatch: all.filter((f) => projectOf(f) === name),
  ...(shared
    ? {
        globalSetup: '<rootDir>/test/support/global-setup.mjs',
        globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
      }
    : {}),
});

export default {
  projects: [project('unit', false), project('integration', true), project('package', true)],
  testTimeout: 120000,
  // Three workers on a 2-core machine: many suites wait (on servers, runners, timeouts they test)
  // while the others compute; measured on 2 cores, 2 → 3 workers took the run from 250 to 205 s,
  // and 4 gained nothing more.
  maxWorkers: 3,
  // In a fresh clone (no cached durations), the known-slow suites first.
  testSequencer: '<rootDir>/test/support/sequencer.mjs',
};
