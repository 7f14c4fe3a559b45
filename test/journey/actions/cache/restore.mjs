import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { entryDir, input, root, writeRunnerFile } from './store.mjs';

const path = input('path');
const key = input('key');
const prefixes = input('restore-keys')
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);
mkdirSync(root(), { recursive: true });

let hit = existsSync(entryDir(key)) ? key : undefined;
const exact = Boolean(hit);
if (!hit) {
  // The newest entry matching the first prefix that matches anything, as actions/cache chooses.
  const entries = readdirSync(root())
    .filter((d) => !d.includes('.tmp-'))
    .map((d) => ({ key: decodeURIComponent(d), time: statSync(`${root()}/${d}`).mtimeMs }));
  for (const p of prefixes) {
    const found = entries.filter((e) => e.key.startsWith(p)).sort((a, b) => b.time - a.time)[0];
    if (found) {
      hit = found.key;
      break;
    }
  }
}
if (hit) {
  rmSync(path, { recursive: true, force: true });
  cpSync(entryDir(hit), path, { recursive: true });
  console.log(`Cache restored from key: ${hit}`);
} else {
  console.log(`Cache not found for input keys: ${[key, ...prefixes].join(', ')}`);
}
writeRunnerFile('GITHUB_OUTPUT', 'cache-hit', String(exact));
writeRunnerFile('GITHUB_STATE', 'hit', String(exact));
