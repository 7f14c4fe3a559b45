import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { sep } from 'node:path';
import { RingwayError } from '../errors.js';
import { walkFilesSync } from '../fs/walk.js';
import { importCommit, type InlineFile } from '../git/fast-import.js';
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
  /**
   * `readSources(source)` started earlier (while the repository was fetched, which waits on the
   * network): its files are what is published. Read here when not given.
   */
  read?: Promise<SourceFiles>;
}

export interface PublishResult extends CommitPushResult {
  /** `A|M|D\tpath` per file the commit changed. */
  files: string[];
}

interface SourceFile {
  /** Path below the source folder, with `/`. */
  path: string;
  full: string;
  mode: '100644' | '100755';
  /** What git hashes: `blob <size>\0` and the bytes. */
  object: Buffer;
  /** The bytes (a view into `object`). */
  data: Buffer;
  /** Blob ids by object format, once computed. */
  ids: Partial<Record<HashAlgo, string>>;
}

/** The repository's object format: SHA-1, or SHA-256 (64-digit ids). */
type HashAlgo = 'sha1' | 'sha256';

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
 * Publishes `source` as the target path of the branch without a working tree. The source files are
 * hashed here (git's blob ids, no process) and compared with the base commit's listing of the
 * target path (one `ls-tree`, trees only: no blob is needed): the same files mean nothing to
 * commit, decided without writing anything. Otherwise one fast-import writes the changed files'
 * blobs, the trees and the commit on the base, as edits (delete, add, replace) of the files that
 * differ; entries kept by `keep` and unchanged files are never touched. A rejected push fetches the
 * new tip and compares again. Nothing is checked out, indexed or compared on disk, which a push of
 * thousands of files spent its time on.
 * The same result as mirroring the files into a checkout and `git add -A` (test/manifests/publish.test.ts
 * compares the two on seeded random trees).
 */
export async function publishTree(opts: PublishOptions): Promise<PublishResult> {
  const { repo } = opts;
  const sourceFiles = (await (opts.read ?? readSources(opts.source))).files;
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
      const target = await listTarget(repo, base, prefix);
      const changes = diffTarget(target, sourceFiles, prefix, keepers, base.length === 64 ? 'sha256' : 'sha1');
      // A root commit always changes something: the source is never empty.
      if (base && !changes.length) return { changed: false, base, commit: base, extra: [] as string[] };
      const remove: string[] = [];
      const written: InlineFile[] = [];
      for (const c of changes) {
        if (c.file) written.push({ path: c.path, mode: c.file.mode, data: c.file.data });
        else remove.push(c.path);
      }
      const commit = await importCommit(repo, { base, message: opts.message, remove, files: written });
      return { changed: true, base, commit, extra: changes.map((c) => `${c.status}\t${c.path}`) };
    },
    () => repo.fetchBase(),
  );
  return { ...result, files: result.changed ? files : [] };
}

/** The files of the sources, read (readSources). */
export interface SourceFiles {
  files: SourceFile[];
}

/**
 * Every file of the sources with its bytes, read once. A path two sources hold is refused, naming
 * both: one would silently win. Shard records are checked (shard-records.ts), never published.
 * Reads are synchronous (thousands of small reads, each awaited through the thread pool, cost more
 * in wake-ups than in reading: seconds on a busy runner), in slices that let the event loop run
 * between them, so the reading fills the time a fetch started beside it waits on the network.
 */
export async function readSources(source: string | string[]): Promise<SourceFiles> {
  crypto ??= await import('node:crypto');
  const sources = [source].flat();
  const found: SourceFile[] = [];
  const from = new Map<string, string>();
  const listed: ListedSource[] = [];
  let overlap: RingwayError | undefined;
  let seen = 0;
  for (const source of sources) {
    const here: ListedSource = { dir: source, files: [], records: [] };
    listed.push(here);
    // walkFilesSync joins names to the folder as given: the path below it is the rest.
    const cut = source.endsWith(sep) ? source.length : source.length + 1;
    for (const { path, entry } of walkFilesSync(source, {
      skip: (e) => e.name === '.git' || STAGING.test(e.name),
    })) {
      if (++seen % SLICE === 0) await yieldToLoop();
      const rel = path.slice(cut);
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
      found.push({ path: posixPath, full: path, mode: '100644', object: EMPTY, data: EMPTY, ids: {} });
    }
  }
  // Shards that planned differently overlap too: their records say why, so they speak first.
  await checkShardRecords(listed);
  if (overlap) throw overlap;
  for (const [i, f] of found.entries()) {
    if (i % SLICE === SLICE - 1) await yieldToLoop();
    Object.assign(f, readRegularFile(f.full));
    // Hashed now, while the fetch runs, in the format nearly every repository uses.
    blobId(f, 'sha1');
  }
  return { files: found };
}

/**
 * A file's bytes and mode from one open (open, fstat, read, close: where lstat + readFile took
 * five calls); O_NOFOLLOW, so a file swapped for a link after the listing is refused, not followed.
 */
function readRegularFile(path: string): Pick<SourceFile, 'mode' | 'object' | 'data'> {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new RingwayError(`source '${path}' is not a regular file`);
    // Read behind git's blob header, so the id is one hash of one buffer.
    const header = Buffer.from(`blob ${st.size}\0`);
    const object = Buffer.allocUnsafe(header.length + st.size);
    header.copy(object);
    let at = header.length;
    while (at < object.length) {
      const n = readSync(fd, object, at, object.length - at, null);
      if (n === 0) break;
      at += n;
    }
    // A file that shrank while read: its header names the size read.
    const whole =
      at === object.length
        ? object
        : Buffer.concat([Buffer.from(`blob ${at - header.length}\0`), object.subarray(header.length, at)]);
    return {
      mode: (st.mode & 0o111) !== 0 ? '100755' : '100644',
      object: whole,
      data: whole.subarray(whole.indexOf(0) + 1),
    };
  } finally {
    closeSync(fd);
  }
}

/** Files read between two turns of the event loop. */
const SLICE = 64;
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const EMPTY = Buffer.alloc(0);

/** The id git gives the file as a blob (`<algo>("blob <size>\0" + data)`), computed once per format. */
function blobId(file: SourceFile, algo: HashAlgo): string {
  if (!crypto) throw new Error('blobId before readSources loaded node:crypto');
  // crypto.hash (Node 20.12+): no Hash object per file, several times faster for small ones.
  const oneShot = (crypto as { hash?: typeof crypto.hash }).hash;
  return (file.ids[algo] ??= oneShot
    ? oneShot(algo, file.object, 'hex')
    : crypto.createHash(algo).update(file.object).digest('hex'));
}

/**
 * node:crypto, loaded by readSources (every path to blobId passes there) rather than with the
 * bundle: it loads Node's stream modules, which a step that stops at its inputs never needs.
 */
let crypto: typeof import('node:crypto') | undefined;

/** A file of the base commit's tree: blob, link or gitlink, by id. */
interface TargetEntry {
  mode: string;
  sha: string;
}

/**
 * The base's files under the target path (full paths), from one `ls-tree -r -t` that also lists
 * the folders leading to it (and what else they hold, passed over): each must be a folder or
 * absent. A committed link there is refused (as in a checkout, ringway never follows links out of
 * it), and a file is too.
 */
async function listTarget(repo: GitRepo, base: string, prefix: string): Promise<Map<string, TargetEntry>> {
  const out = new Map<string, TargetEntry>();
  if (!base) return out;
  const folder = prefix.slice(0, -1);
  // Each folder on the way is named too: a file there matches no longer path.
  const parts = folder ? folder.split('/') : [];
  const ways = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
  const listed = await repo.git(['ls-tree', '-r', '-t', '-z', '--full-tree', base, ...(folder ? ['--', ...ways] : [])]);
  for (const line of listed.stdout.split('\0')) {
    if (!line) continue;
    const tab = line.indexOf('\t');
    const [mode, , sha] = line.slice(0, tab).split(' ');
    const path = line.slice(tab + 1);
    if (!path.startsWith(prefix)) {
      // A folder on the way to the target path.
      if (!folder.startsWith(`${path}/`) && path !== folder) continue;
      if (mode === '120000')
        throw new RingwayError(
          `input 'path': '${path}' is a symbolic link in the repository; ringway does not follow links out of a checkout`,
          { input: 'path' },
        );
      if (mode !== '040000')
        throw new RingwayError(`input 'path': '${path}' is a file in the repository, not a folder`, { input: 'path' });
      continue;
    }
    if (mode !== '040000') out.set(path, { mode, sha });
  }
  return out;
}

/** A file the commit changes: `file` is what it becomes (added, modified, type changed), none when deleted. */
interface Change {
  status: 'A' | 'M' | 'T' | 'D';
  path: string;
  file?: SourceFile;
}

/**
 * What the commit changes, as `git diff-tree -r` names it: the target path's files become the
 * source's, except those under a top name `keep` spares (when the source does not bring that name;
 * never a staging folder). Sorted by path, as git lists them.
 */
function diffTarget(
  target: Map<string, TargetEntry>,
  files: SourceFile[],
  prefix: string,
  keepers: RegExp[],
  algo: HashAlgo,
): Change[] {
  const sourceTops = new Set(files.map((f) => f.path.split('/')[0]));
  const changes: Change[] = [];
  const bySource = new Map(files.map((f) => [`${prefix}${f.path}`, f]));
  for (const [path, entry] of target) {
    const top = path.slice(prefix.length).split('/')[0];
    if (!STAGING.test(top) && !sourceTops.has(top) && keepers.some((re) => re.test(top))) continue;
    const file = bySource.get(path);
    if (!file) changes.push({ status: 'D', path });
    else if (entry.sha !== blobId(file, algo) || entry.mode !== file.mode)
      changes.push({ status: kind(entry.mode) === kind(file.mode) ? 'M' : 'T', path, file });
  }
  for (const [path, file] of bySource) if (!target.has(path)) changes.push({ status: 'A', path, file });
  // Byte order of the UTF-8 names, as git's; each name encoded once.
  const keyed = changes.map((c) => ({ c, key: Buffer.from(c.path) }));
  return keyed.sort((a, b) => Buffer.compare(a.key, b.key)).map(({ c }) => c);
}

/** A file, a link or a submodule: a change between them is a type change (`T`), not `M`. */
function kind(mode: string): string {
  return mode === '120000' || mode === '160000' ? mode : 'file';
}
