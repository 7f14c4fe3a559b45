import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { entryDir, input } from './store.mjs';

const path = input('path');
const key = input('key');
if (process.env.STATE_hit === 'true') {
  console.log(`Cache hit occurred on the primary key ${key}, not saving cache.`);
} else if (!existsSync(path)) {
  console.log(`Path does not exist, not saving cache: ${path}`);
} else {
  // Written beside the entry, then renamed: a concurrent job never restores half a folder.
  const tmp = `${entryDir(key)}.tmp-${process.pid}`;
  cpSync(path, tmp, { recursive: true });
  rmSync(entryDir(key), { recursive: true, force: true });
  renameSync(tmp, entryDir(key));
  console.log(`Cache saved with key: ${key}`);
}
