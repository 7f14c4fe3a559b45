// Builds the committed ncc bundles: per step a GitHub Action (actions/<step>/dist) and an Azure
// DevOps task (tasks/<Step>V1), the top-level action (dist/action) and the CLI (dist/cli).
// Code behind a dynamic `import()` goes to chunk files (<n>.index.js) beside index.js, shipped with it.
// Bundles are CommonJS although the sources are ES modules: Node starts a CommonJS entry without
// its ES module loader, 10-15 ms sooner on every step (bench/cold-start.ts).
// dist/bundles.json (committed with the bundles) records, per bundle, a hash of every input it was
// built from and a hash of the files it holds: a bundle whose inputs and files both match is not
// rebuilt, so a fresh clone with current bundles builds nothing. `--check` builds every bundle into a
// temp folder and exits 1 listing the committed bundles that differ, or the records that are stale.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { steps } from '../lib/steps/index.js';
import { taskFolder } from './surfaces.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entriesDir = join(root, 'build/entries');
const check = process.argv.includes('--check');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

interface Bundle {
  /** Folder the bundle's files are copied into. */
  out: string;
  /** Entry module source, written to build/entries/<id>.ts. */
  entry: string;
  id: string;
}

// An action bundle runs itself when the runner runs it (`node dist/index.js`) and only exports
// `run` when another program loads it: @github/local-action loads the entrypoint and calls run().
// Entries are CommonJS modules (build/entries/package.json, `import = require` and `export =` kept
// as written under `module: Preserve`), so `require.main` tells the two apart; lib/ stays ES modules,
// which webpack concatenates.
const runnable = (run: string) => `const run = ${run};\nif (require.main === module) void run();\nexport = { run };\n`;

function bundles(): Bundle[] {
  const list: Bundle[] = [];
  for (const s of steps) {
    // Import the step module itself (not the registry) so a bundle holds only its own step.
    const imp = `import stepModule = require('../../lib/steps/${s.name}.js');\n`;
    list.push({
      id: `github-${s.name}`,
      out: `actions/${s.name}/dist`,
      entry: `${imp}import host = require('../../lib/hosts/github.js');\n${runnable('() => host.runGitHub(stepModule.step)')}`,
    });
    list.push({
      id: `azure-${s.name}`,
      out: taskFolder(s),
      entry: `${imp}import host = require('../../lib/hosts/azure.js');\n\nvoid host.runAzure(stepModule.step);\n`,
    });
  }
  list.push({
    id: 'github-dispatch',
    out: 'dist/action',
    entry: `import host = require('../../lib/hosts/github-dispatch.js');\n${runnable('host.dispatchGitHub')}`,
  });
  list.push({ id: 'cli', out: 'dist/cli', entry: `import '../../lib/cli/entry.js';\n` });
  return only.length ? list.filter((b) => only.some((o) => b.id.includes(o))) : list;
}

/** What every bundle is built from: the sources (all of lib/), the locked dependencies, the compiler settings, this script, and the ncc and TypeScript that run. */
function commonInputs(): Buffer {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(relative(root, p)).update(readFileSync(p));
    }
  };
  walk(join(root, 'lib'));
  for (const f of ['package-lock.json', 'tsconfig.json', 'scripts/build.ts'])
    h.update(f).update(readFileSync(join(root, f)));
  // The installed versions, in case node_modules is not what the lockfile says.
  for (const pkg of ['@vercel/ncc', 'typescript'])
    h.update(
      `${pkg}@${(JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version}`,
    );
  return h.digest();
}

const inputsHash = (common: Buffer, b: Bundle): string =>
  createHash('sha256').update(common).update(b.out).update(b.entry).digest('hex');

/** Hash of the files a bundle folder ships (names and contents), or undefined when it has no index.js. */
function filesHash(dir: string): string | undefined {
  if (!existsSync(join(dir, 'index.js'))) return undefined;
  const h = createHash('sha256');
  for (const f of shippedFiles(dir).sort())
    h.update(f)
      .update('\0')
      .update(readFileSync(join(dir, f)));
  return h.digest('hex');
}

/** dist/bundles.json: per bundle id, the inputs it was built from and the files that build made. */
interface BundleRecord {
  inputs: string;
  files: string;
}
const recordFile = join(root, 'dist/bundles.json');
const RECORD_NOTE =
  'Written by scripts/build.ts: per bundle, a hash of its inputs and of its files. npm run build skips a bundle whose both match; npm run check fails when one is stale.';

function readRecords(): Record<string, BundleRecord> {
  if (!existsSync(recordFile)) return {};
  return (JSON.parse(readFileSync(recordFile, 'utf8')) as { bundles?: Record<string, BundleRecord> }).bundles ?? {};
}

function writeRecords(records: Record<string, BundleRecord>): void {
  const sorted = Object.fromEntries(
    Object.keys(records)
      .sort()
      .map((k) => [k, records[k]]),
  );
  const text = `${JSON.stringify({ note: RECORD_NOTE, bundles: sorted }, null, 2)}\n`;
  if (!existsSync(recordFile) || readFileSync(recordFile, 'utf8') !== text) {
    mkdirSync(dirname(recordFile), { recursive: true });
    writeFileSync(recordFile, text);
  }
}

function ncc(entryFile: string, outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const bin = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
    // --no-cache: ncc's webpack cache (~/.cache/ncc/<hash of cwd>) outlives a checkout; a bundle built
    // over an earlier build's cache came out different from a clean build of the same sources once
    // (CI failed the check on build-image, which no clean build here reproduced). dist/bundles.json
    // already skips unchanged bundles, so the cache bought nothing but that risk.
    const p = spawn(
      process.execPath,
      [
        bin,
        'build',
        entryFile,
        '-o',
        outDir,
        '--quiet',
        '--no-cache',
        // Transpile only: `npm run typecheck` checks the same program (lib/ and build/entries) once,
        // where ncc checked it again for every bundle (~3× the build time).
        '--transpile-only',
        '--license',
        'licenses.txt',
        '--stats-out',
        join(outDir, 'stats.json'),
      ],
      { cwd: root, stdio: ['ignore', 'inherit', 'pipe'] },
    );
    let err = '';
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`ncc ${relative(root, entryFile)} failed:\n${err}`)),
    );
  });
}

/** Where a stale committed file first differs from a fresh build: enough to tell a real change from build noise in a CI log. */
function firstDifference(committed: string, fresh: string): string {
  const a = committed.split('\n');
  const b = fresh.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (l: string | undefined) => JSON.stringify((l ?? '<end of file>').slice(0, 120));
  return ` (line ${i + 1}: committed ${show(a[i])}, built ${show(b[i])}; ${a.length} vs ${b.length} lines)`;
}

/** A chunk ncc splits off for a dynamic `import()` (loaded only when the code reaches it). */
const isChunk = (f: string) => /^\d+\.index\.js$/.test(f);

/**
 * Each bundle folder says its .js files are CommonJS: without it Node would take the repository's
 * (or the npm package's) `"type": "module"` and fail on the first `require`.
 */
const BUNDLE_PACKAGE_JSON = '{\n  "type": "commonjs"\n}\n';

/** Files ncc produces that we ship; other files already in `out` (task.json) are left alone. */
function shippedFiles(dir: string): string[] {
  return readdirSync(dir).filter(
    (f) => f === 'index.js' || f === 'package.json' || f === 'licenses.txt' || f.endsWith('.node') || isChunk(f),
  );
}

/**
 * ncc's licenses.txt lists only the packages of the main chunk; the packages that live only in a
 * lazily loaded chunk (the Table SDK's, octokit's) ship too and need their notices. Adds an entry,
 * in ncc's format (name, licence, text), for every package webpack's stats place in any chunk.
 */
function completeLicenses(dir: string): void {
  const stats = JSON.parse(readFileSync(join(dir, 'stats.json'), 'utf8')) as { modules?: StatsModule[] };
  const packages = new Map<string, string>();
  const visit = (mods: StatsModule[] | undefined) => {
    for (const m of mods ?? []) {
      const id = m.nameForCondition ?? m.name ?? '';
      const at = id.lastIndexOf('node_modules/');
      if (at >= 0) {
        const name = /^((?:@[^/]+\/)?[^/]+)/.exec(id.slice(at + 'node_modules/'.length))?.[1];
        if (name) packages.set(name, join(id.slice(0, at).replace(/^\.\//, root + '/'), 'node_modules', name));
      }
      visit(m.modules);
    }
  };
  visit(stats.modules);
  const file = join(dir, 'licenses.txt');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const listed = (name: string) => text.startsWith(`${name}\n`) || text.includes(`\n${name}\n`);
  const extra: string[] = [];
  for (const [name, pkgDir] of [...packages].sort(([a], [b]) => a.localeCompare(b))) {
    if (listed(name) || !existsSync(join(pkgDir, 'package.json'))) continue;
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { license?: string };
    const licenceFile = readdirSync(pkgDir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    extra.push(
      `${name}\n${pkg.license ?? ''}\n${licenceFile ? readFileSync(join(pkgDir, licenceFile), 'utf8').trim() : ''}`,
    );
  }
  if (extra.length) writeFileSync(file, [text.replace(/\n+$/, ''), ...extra].filter(Boolean).join('\n\n') + '\n');
}

interface StatsModule {
  name?: string;
  nameForCondition?: string;
  modules?: StatsModule[];
}

async function buildOne(b: Bundle, stale: string[]): Promise<void> {
  const entryFile = join(entriesDir, `${b.id}.ts`);
  const inputs = inputsHash(common, b);
  const out = join(root, b.out);
  const recorded = records[b.id];
  if (!check && recorded?.inputs === inputs && recorded.files === filesHash(out)) return;
  const tmp = mkdtempSync(join(tmpdir(), `ringway-ncc-${b.id}-`));
  try {
    await ncc(entryFile, tmp);
    completeLicenses(tmp);
    writeFileSync(join(tmp, 'package.json'), BUNDLE_PACKAGE_JSON);
    const fresh = shippedFiles(tmp);
    // Chunks (and a licence list: a bundle of ringway's own code alone has none) of an earlier build
    // that this one no longer makes.
    for (const f of existsSync(out)
      ? readdirSync(out).filter((f) => (isChunk(f) || f === 'licenses.txt') && !fresh.includes(f))
      : []) {
      if (check) stale.push(relative(root, join(out, f)));
      else rmSync(join(out, f));
    }
    for (const f of fresh) {
      const target = join(out, f);
      const same = existsSync(target) && readFileSync(target).equals(readFileSync(join(tmp, f)));
      if (same) continue;
      if (check)
        stale.push(
          `${relative(root, target)}${existsSync(target) ? firstDifference(readFileSync(target, 'utf8'), readFileSync(join(tmp, f), 'utf8')) : ' (missing)'}`,
        );
      else {
        mkdirSync(out, { recursive: true });
        cpSync(join(tmp, f), target);
      }
    }
    if (!check) records[b.id] = { inputs, files: filesHash(out) as string };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// Entry files of an earlier build (another bundle list, or the ES module entries of older builds)
// would be read with this one's: start from none. The folder's two settings files are
// written once, before any ncc runs: rewritten per bundle, a build running in parallel could read
// a half-written package.json and emit an ES module bundle.
rmSync(entriesDir, { recursive: true, force: true });
mkdirSync(entriesDir, { recursive: true });
// ncc reads the nearest tsconfig. Transpiling one file at a time, TypeScript cannot tell each
// file's module format from package.json as NodeNext does: Preserve keeps what each file says (lib/
// ES modules, entries `import = require`), as the checked NodeNext program means it.
writeFileSync(
  join(entriesDir, 'tsconfig.json'),
  JSON.stringify({
    extends: '../../tsconfig.json',
    include: ['.', '../../lib'],
    compilerOptions: { module: 'Preserve', moduleResolution: 'Bundler' },
  }),
);
// ncc emits CommonJS when the entry's package scope is CommonJS.
writeFileSync(join(entriesDir, 'package.json'), '{ "type": "commonjs" }\n');
const list = bundles();
const queue = [...list];
const common = commonInputs();
const records = readRecords();
// Every entry exists before any ncc runs: ncc reads the folder's tsconfig program, and one read
// while another entry is being written would see half a file.
for (const b of queue) writeFileSync(join(entriesDir, `${b.id}.ts`), `// Generated by scripts/build.ts.\n${b.entry}`);
const stale: string[] = [];
const staleBundles: Bundle[] = [];
const started = Date.now();
// Two at a time: ncc is CPU-bound and CI machines have two cores.
await Promise.all(
  [0, 1].map(async () => {
    for (let b = queue.shift(); b; b = queue.shift()) {
      const mine: string[] = []; // its own list: the other worker adds to `stale` meanwhile
      await buildOne(b, mine);
      if (mine.length) staleBundles.push(b);
      stale.push(...mine);
    }
  }),
);
// A bundle that differs is built once more, alone: if that build matches what is committed, the
// first one was build noise (said on stderr with where it differed), not a stale bundle.
if (check && stale.length) {
  const again: string[] = [];
  for (const b of staleBundles) await buildOne(b, again);
  if (!again.length) {
    console.error(
      `warning: a first build differed from the committed bundles, a second build of the same sources matched:\n  ${stale.join('\n  ')}`,
    );
    stale.length = 0;
  } else stale.splice(0, stale.length, ...again);
}
if (!check) writeRecords(only.length ? records : Object.fromEntries(list.map((b) => [b.id, records[b.id]])));
// Current bundles under a record of other inputs or files: the next build would redo them for
// nothing, or worse skip a bundle the record wrongly calls current.
if (check) {
  for (const b of list) {
    const r = records[b.id];
    if (r?.inputs !== inputsHash(common, b) || r.files !== filesHash(join(root, b.out)))
      stale.push(`${relative(root, recordFile)}: ${r ? 'the record' : 'no record'} of ${b.id} (run npm run build)`);
  }
}
if (check && stale.length) {
  console.error(`committed bundles are out of date (run npm run build):\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
if (!process.argv.includes('--quiet'))
  console.log(`bundles ${check ? 'checked' : 'built'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
