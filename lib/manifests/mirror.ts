import { chmod, lstat, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { RingwayError } from '../errors.js';
import { walkFiles } from '../fs/walk.js';

/**
 * Makes `target` an exact copy of `source`: files added, changed, and deleted when they are no
 * longer in the source. Top-level entries of `target` whose names match `keep` are left alone
 * (`.git` always is). Symlinks in the source are refused: a manifest repo holds plain files.
 * Files whose content and mode already match are not rewritten, so git need not rehash them.
 */
/**
 * generate's staging folders (`.ringway-staging-*`): a killed generate can leave one in its output.
 * Never published, and removed from the target even when `keep` matches dotfiles.
 */
export const STAGING = /^\.ringway-staging-/;

export async function mirrorTree(source: string, target: string, keep: string[] = []): Promise<void> {
  await assertPlainTree(source);
  await mkdir(target, { recursive: true });
  const keepers = ['.git', ...keep].map(globToRegExp);
  await syncDir(source, target, (name) => !STAGING.test(name) && keepers.some((re) => re.test(name)));
}

async function syncDir(src: string, dst: string, kept: (name: string) => boolean): Promise<void> {
  const wanted = new Map(
    (await readdir(src, { withFileTypes: true }))
      .filter((e) => e.name !== '.git' && !STAGING.test(e.name))
      .map((e) => [e.name, e]),
  );
  for (const existing of await readdir(dst, { withFileTypes: true })) {
    if (kept(existing.name)) continue;
    const w = wanted.get(existing.name);
    const sameKind = w && (w.isDirectory() ? existing.isDirectory() : existing.isFile());
    if (!sameKind) await rm(join(dst, existing.name), { recursive: true, force: true });
  }
  const files = [...wanted].filter(([, e]) => !e.isDirectory()).map(([name]) => name);
  // Files of one folder in parallel, in slices to bound open file handles.
  for (let i = 0; i < files.length; i += 64) {
    await Promise.all(files.slice(i, i + 64).map((name) => syncFile(join(src, name), join(dst, name))));
  }
  for (const [name, entry] of wanted) {
    if (!entry.isDirectory()) continue;
    await mkdir(join(dst, name), { recursive: true });
    await syncDir(join(src, name), join(dst, name), () => false);
  }
}

async function syncFile(src: string, dst: string): Promise<void> {
  const [content, srcStat] = await Promise.all([readFile(src), lstat(src)]);
  const dstStat = await lstat(dst).catch(() => undefined);
  if (dstStat && dstStat.size === content.length && (await readFile(dst)).equals(content)) {
    if ((dstStat.mode & 0o111) !== (srcStat.mode & 0o111)) await chmod(dst, srcStat.mode & 0o777);
    return;
  }
  await writeFile(dst, content, { mode: srcStat.mode & 0o777 });
  await chmod(dst, srcStat.mode & 0o777);
}

async function assertPlainTree(root: string): Promise<void> {
  for await (const { path, entry } of walkFiles(root, { skip: (e) => STAGING.test(e.name) })) {
    if (entry.isSymbolicLink())
      throw new RingwayError(`source '${relative(root, path)}' is a symbolic link; manifests must be plain files`);
    if (!entry.isFile()) throw new RingwayError(`source '${relative(root, path)}' is not a regular file`);
  }
}

/** `*` and `?` wildcards over one path segment. */
export function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isDirectory();
  } catch {
    return false;
  }
}
