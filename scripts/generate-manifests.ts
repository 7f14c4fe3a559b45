// Writes action.yml, task.json, vss-extension.json and the CLI reference from the step
// definitions. `--check` writes nothing and exits 1 listing the files that are out of date.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { steps } from '../lib/steps/index.js';
import { generatedFiles } from './surfaces.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const stale: string[] = [];
for (const [rel, content] of await generatedFiles(steps, pkg.version)) {
  const file = join(root, rel);
  const current = existsSync(file) ? readFileSync(file) : undefined;
  if (current?.equals(Buffer.from(content))) continue;
  stale.push(rel);
  if (!check) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}
if (check && stale.length) {
  console.error(`generated files are out of date (run npm run generate:manifests): ${stale.join(', ')}`);
  process.exit(1);
}
if (!check) console.log(stale.length ? `wrote ${stale.join(', ')}` : 'generated files are up to date');
