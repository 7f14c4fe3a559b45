import { lstat, readdir, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { RingwayError } from '../errors.js';
import { walkFiles } from './walk.js';

/**
 * Symlinks are never followed out of a checkout or a source folder. A checkout's content (HLD,
 * manifest repository, fetched component) is untrusted: a committed link to `/home/runner` must not
 * make a step read, write or delete there. These checks run before any read or write, dry-run too.
 */

/** Whether `path` is `root` or below it (by name; links are not followed). */
export function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Proves that `path` (which may not exist yet) resolves inside `root` once every link on the way is
 * followed: the deepest existing part of it is resolved; a dangling link is refused (writing
 * through it would create its target, wherever that is). `what` starts the error line.
 */
export async function assertResolvesInside(root: string, path: string, what: string): Promise<void> {
  const realRoot = await realpath(root);
  let p = path;
  for (;;) {
    if (
      await lstat(p).then(
        () => true,
        () => false,
      )
    )
      break;
    const up = dirname(p);
    if (up === p) return;
    p = up;
  }
  const real = await realpath(p).catch(() => undefined);
  if (!real || !inside(realRoot, real)) {
    throw new RingwayError(
      `${what}: '${relative(root, p) || '.'}' is a symbolic link that leads outside ${relative(dirname(root), root) || root}; links are never followed out of a checkout`,
    );
  }
}

/** Refuses when any existing part of `rel` under `root` is a symbolic link, wherever it points. */
export async function assertNoLinkOnPath(root: string, rel: string, what: string): Promise<void> {
  let p = root;
  for (const part of rel.split(/[\\/]+/).filter((x) => x && x !== '.')) {
    p = join(p, part);
    const st = await lstat(p).catch(() => undefined);
    if (!st) return;
    if (st.isSymbolicLink())
      throw new RingwayError(
        `${what}: '${relative(root, p)}' is a symbolic link in the repository; ringway does not follow links out of a checkout`,
      );
  }
}

/** Every link among `names` directly in `dir` (and, for a folder, its entries) must resolve inside `root`. */
export async function assertEntriesInside(root: string, dir: string, names: string[], what: string): Promise<void> {
  for (const name of names) {
    const p = join(dir, name);
    const st = await lstat(p).catch(() => undefined);
    if (!st) continue;
    if (st.isSymbolicLink()) await assertResolvesInside(root, p, what);
    else if (st.isDirectory()) {
      for (const e of await readdir(p, { withFileTypes: true }))
        if (e.isSymbolicLink()) await assertResolvesInside(root, join(p, e.name), what);
    }
  }
}

/** Every link anywhere under `dir` must resolve inside `root` (a chart, a static or kustomize folder). */
export async function assertTreeInside(root: string, dir: string, what: string): Promise<void> {
  await assertResolvesInside(root, dir, what);
  if (!(await lstat(dir).catch(() => undefined))?.isDirectory()) return;
  for await (const { path, entry } of walkFiles(dir, {
    skip: (e) => e.isDirectory() && e.name === '.git',
    skipUnreadable: true,
  })) {
    if (entry.isSymbolicLink()) await assertResolvesInside(root, path, what);
  }
}
