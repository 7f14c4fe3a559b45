import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

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
