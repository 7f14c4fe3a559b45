// `npm run bench [-- <name>…]`: runs each benchmark in bench/ (every bench/<name>.ts or .mjs but
// this file) in its own process, one after another so they do not compete for the two cores.
// Each benchmark writes its section to docs/bench-<name>.md; BENCHMARKS.md is then assembled
// from all sections with the machine they ran on.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
// --assemble-only: rebuild BENCHMARKS.md from the recorded sections without measuring again.
const assembleOnly = process.argv.includes('--assemble-only');
const benches = assembleOnly
  ? []
  : readdirSync(join(root, 'bench'))
      .filter((f) => /\.(ts|mjs)$/.test(f) && f !== 'run.ts' && !f.includes('.lib.') && !f.startsWith('_'))
      .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
      .sort();
let failed = 0;
for (const f of benches) {
  console.log(`\n== bench/${f}`);
  const r = spawnSync(process.execPath, ['--import', './scripts/ts-loader.mjs', join('bench', f)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    console.error(`bench/${f} failed (exit ${r.status})`);
    failed++;
  }
}
const sections = readdirSync(join(root, 'docs'))
  .filter((f) => /^bench-.+\.md$/.test(f))
  .sort()
  .map((f) => readFileSync(join(root, 'docs', f), 'utf8').trim());
const node = process.version;
const header = [
  '# Benchmarks',
  '',
  'Speed and memory, measured by the scripts in `bench/` and run with `npm run bench` (or',
  '`npm run bench -- <name>` for one). Each section names its command, the machine it ran on and the',
  'numbers side by side with the baseline ringway replaces (Fabrikate, bare helm, bare git, raw SDK',
  'calls). They are measurements, not assertions: tests never time anything.',
  '',
  `Last assembled on: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${node}.`,
  '',
].join('\n');
writeFileSync(join(root, 'BENCHMARKS.md'), `${header}\n${sections.join('\n\n')}\n`);
console.log(`\nBENCHMARKS.md assembled from ${sections.length} sections`);
process.exit(failed ? 1 : 0);
