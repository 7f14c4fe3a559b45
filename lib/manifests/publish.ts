import { lstatSync, readFileSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { RingwayError } from '../errors.js';
import { walkFiles } from '../fs/walk.js';
import { importBlobs, importCommit, type TreeEntry } from '../git/fast-import.js';
import { pushWithRetries, type CommitPushResult, type PushRetryOptions } from '../git/commit-and-push.js';
import type { GitRepo } from '../git/repo.js';
import { checkShardRecords, type ListedSource, SHARD_RECORD } from './shard-records.js';

export interface PublishOptions extends PushRetryOptions {
  /** Opened with `worktree: false`: `repo.base` is what the commit starts from. */
  repo: GitRepo;
  /**
   * Folder whose files become the target path; several (the shards of a matrix generate) become
   * it together and must not hold the same file.
   */
  source: string | string[];
  /** Folder in the repository ('.' for the root), already checked to stay inside it. */
  targetPath: string;
  /** Names at the top of the target path never deleted (wildcards * and ?). */
  keep: string[];
}

export interface PublishResult extends CommitPushResult {
  /** `A|M|D\tpath` per file the commit changed. */
  files: string[];
}

interface SourceFile {
  /** Path below the source folder, with `/`. */
  path: string;
  mode: '100644' | '100755';
  blob: string;
}

/**
 * generate's staging folders (`.ringway-staging-*`): a killed generate can leave one in its output.
 * Never published, and removed from the target even when `keep` matches dotfiles.
 */
export const STAGING = /^\.ringway-staging-/;

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

/**
 * Publishes `source` as the target path of the branch without a working tree: the files are
 * written into the repository once (one fast-import, one pack), and each attempt writes the commit
 * with one more: the base commit's tree with the target path replaced (entries kept by `keep`
 * stay). A rejected push fetches the new tip and writes only the trees and the commit on it, the
 * blobs already written; nothing is checked out, indexed or compared on disk, which a push of
 * thousands of files spent its time on.
 * The same result as mirroring the files into a checkout and `git add -A` (test/manifests/publish.test.ts
 * compares the two on seeded random trees).
 */
export async function publishTree(opts: PublishOptions): Promise<PublishResult> {
  const { repo } = opts;
  const sourceFiles = await hashSources(repo, [opts.source].flat());
  // Only staging or empty folders (a generate killed before it moved its output): publishing that
  // would delete every manifest, as an empty source folder would.
  if (!sourceFiles.length)
    throw new RingwayError(
      `input 'source': folder ${[opts.source].flat().join(', ')} holds no files to publish; refusing to delete every manifest`,
      { input: 'source', kind: 'usage' },
    );
  const prefix = opts.targetPath === '.' ? '' : `${opts.targetPath.split(sep).join('/')}/`;
  const keepers = opts.keep.map(globToRegExp);
  const { extra: files, ...result } = await pushWithRetries(
    opts,
    async () => {
      const base = repo.base;
      await assertFolderPath(repo, base, prefix);
      const commit = await importCommit(repo, {
        base,
        message: opts.message,
        clear: prefix.slice(0, -1),
        entries: [
          ...(await keptEntries(repo, base, prefix, sourceFiles, keepers)),
          ...sourceFiles.map((f) => ({ path: `${prefix}${f.path}`, mode: f.mode, sha: f.blob })),
        ],
      });
      const changed = await changedFiles(repo, commit);
      // A root commit always changes something: the source is never empty.
      if (base && !changed.length) return { changed: false, base, commit: base, extra: [] as string[] };
      return { changed: true, base, commit, extra: changed };
    },
    () => repo.fetchBase(),
  );
  return { ...result, files: result.changed ? files : [] };
}

/**
 * Every file of the sources, written into the repository as blobs (bytes as they are), all in one
 * pack (one fast-import). A path two sources hold is refused, naming both: one would silently win.
 * Shard records are checked (shard-records.ts), never published.
 */
async function hashSources(repo: GitRepo, sources: string[]): Promise<SourceFile[]> {
  const found: { path: string; full: string; mode: SourceFile['mode'] }[] = [];
  const from = new Map<string, string>();
  const listed: ListedSource[] = [];
  let overlap: RingwayError | undefined;
  for (const source of sources) {
    const here: ListedSource = { dir: source, files: [], records: [] };
    listed.push(here);
    for await (const { path, entry } of walkFiles(source, {
      skip: (e) => e.name === '.git' || STAGING.test(e.name),
    })) {
      const rel = relative(source, path);
      if (!rel.includes(sep) && SHARD_RECORD.test(rel) && entry.isFile()) {
        here.records.push(rel);
        continue;
      }
      if (entry.isSymbolicLink())
        throw new RingwayError(`source '${rel}' is a symbolic link; manifests must be plain files`);
      if (!entry.isFile()) throw new RingwayError(`source '${rel}' is not a regular file`);
      // A tree entry's name ends at a line break in git's text formats.
      if (/[\n\r]/.test(path))
        throw new RingwayError(`source '${rel}': a file name with a line break cannot be published`);
      const posixPath = rel.split(sep).join('/');
      const other = from.get(posixPath);
      if (other !== undefined)
        overlap ??= new RingwayError(
          `input 'source': ${posixPath} is in both ${other} and ${source}; sources must not overlap, nothing was pushed`,
          { input: 'source', kind: 'usage' },
        );
      from.set(posixPath, source);
      here.files.push(posixPath);
      // Synchronous on purpose: thousands of small reads, each awaited through the thread pool,
      // cost more in wake-ups than in reading (seconds on a busy runner).
      found.push({
        path: posixPath,
        full: path,
        mode: (lstatSync(path).mode & 0o111) !== 0 ? '100755' : '100644',
      });
    }
  }
  // Shards that planned differently overlap too: their records say why, so they speak first.
  await checkShardRecords(listed);
  if (overlap) throw overlap;
  const blobs = await importBlobs(
    repo,
    found.map((f) => readFileSync(f.full)),
  );
  return found.map((f, i) => ({ path: f.path, mode: f.mode, blob: blobs[i] }));
}

/**
 * The base's entries at the top of the target path that stay: `keep` spares what the source does
 * not bring (a kept name the source has is mirrored like the rest), never a staging folder.
 */
async function keptEntries(
  repo: GitRepo,
  base: string,
  prefix: string,
  files: SourceFile[],
  keepers: RegExp[],
): Promise<TreeEntry[]> {
  if (!base || !keepers.length) return [];
  const listed = await repo.git(['ls-tree', '-z', base, ...(prefix ? ['--', prefix] : [])]);
  const sourceTops = new Set(files.map((f) => f.path.split('/')[0]));
  const kept: TreeEntry[] = [];
  for (const line of listed.stdout.split('\0').filter(Boolean)) {
    const tab = line.indexOf('\t');
    const [mode, , sha] = line.slice(0, tab).split(' ');
    const path = line.slice(tab + 1);
    const top = path.slice(prefix.length);
    if (!STAGING.test(top) && !sourceTops.has(top) && keepers.some((re) => re.test(top)))
      kept.push({ path, mode, sha });
  }
  return kept;
}

/**
 * Each folder of the target path must be a folder in the base commit, or absent: a committed link
 * there is refused (as in a checkout, ringway never follows links out of it), and a file is too.
 */
async function assertFolderPath(repo: GitRepo, base: string, prefix: string): Promise<void> {
  if (!base || !prefix) return;
  const parts = prefix.slice(0, -1).split('/');
  for (let i = 1; i <= parts.length; i++) {
    const at = parts.slice(0, i).join('/');
    const r = await repo.git(['ls-tree', '-z', base, '--', at]);
    const [meta] = r.stdout.split('\t');
    if (!meta) return;
    const [mode] = meta.split(' ');
    if (mode === '120000')
      throw new RingwayError(
        `input 'path': '${at}' is a symbolic link in the repository; ringway does not follow links out of a checkout`,
        { input: 'path' },
      );
    if (mode !== '040000')
      throw new RingwayError(`input 'path': '${at}' is a file in the repository, not a folder`, { input: 'path' });
  }
}

async function changedFiles(repo: GitRepo, commit: string): Promise<string[]> {
  const r = await repo.git(['diff-tree', '-r', '--root', '--no-renames', '--name-status', '--no-commit-id', commit]);
  return r.stdout.split('\n').filter(Boolean);
}
