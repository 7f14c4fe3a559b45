import { cp, lstat, mkdir, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { RingwayError } from '../errors.js';

/**
 * Makes `target` an exact copy of `source`: files added, changed, and deleted when they are no
 * longer in the source. Top-level entries of `target` whose names match `keep` are left alone
 * (`.git` always is). Symlinks in the source are refused: a manifest repo holds plain files.
 */
export async function mirrorTree(source: string, target: string, keep: string[] = []): Promise<void> {
  await assertPlainTree(source, source);
  await mkdir(target, { recursive: true });
  const keepers = ['.git', ...keep].map(globToRegExp);
  for (const name of await readdir(target)) {
    if (keepers.some((re) => re.test(name))) continue;
    await rm(join(target, name), { recursive: true, force: true });
  }
  for (const name of await readdir(source)) {
    if (name === '.git') continue;
    await cp(join(source, name), join(target, name), { recursive: true, force: true, preserveTimestamps: false });
  }
}

async function assertPlainTree(root: string, dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      throw new RingwayError(`source '${relative(root, full)}' is a symbolic link; manifests must be plain files`);
    }
    if (entry.isDirectory()) await assertPlainTree(root, full);
    else if (!entry.isFile()) throw new RingwayError(`source '${relative(root, full)}' is not a regular file`);
  }
}

/** `*` and `?` wildcards over one path segment. */
export function globToRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isDirectory();
  } catch {
    return false;
  }
}
