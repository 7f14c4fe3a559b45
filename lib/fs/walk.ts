import { type Dirent, readdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';

export interface WalkOptions {
  /** Entries not to yield nor enter (a `.git` folder, staging folders). */
  skip?: (entry: Dirent) => boolean;
  /** A folder that cannot be read is passed over instead of failing the walk. */
  skipUnreadable?: boolean;
}

/**
 * Every entry under `dir` that is not a folder (files, symlinks, others), depth first in the order
 * the file system lists them, with its full path. Folders are entered, never yielded; a symlink is
 * yielded, never followed, so a walk cannot leave the tree or loop.
 */
export async function* walkFiles(dir: string, opts: WalkOptions = {}): AsyncGenerator<{ path: string; entry: Dirent }> {
  const entries = opts.skipUnreadable
    ? await readdir(dir, { withFileTypes: true }).catch(() => [] as Dirent[])
    : await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (opts.skip?.(entry)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFiles(path, opts);
    else yield { path, entry };
  }
}

/**
 * walkFiles with synchronous reads of each folder: for a walk that reads every file anyway,
 * hundreds of folder reads each awaited through the thread pool cost more in wake-ups than in
 * reading. The caller yields to the event loop as it sees fit.
 */
export function* walkFilesSync(dir: string, opts: WalkOptions = {}): Generator<{ path: string; entry: Dirent }> {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    if (opts.skipUnreadable) return;
    throw err;
  }
  // The names come from the folder: no `..` or doubled `/` to normalise away (join's cost here).
  const base = dir.endsWith(sep) ? dir : `${dir}${sep}`;
  for (const entry of entries) {
    if (opts.skip?.(entry)) continue;
    const path = `${base}${entry.name}`;
    if (entry.isDirectory()) yield* walkFilesSync(path, opts);
    else yield { path, entry };
  }
}
