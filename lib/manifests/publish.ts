import { lstat, mkdtemp, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { RingwayError } from '../errors.js';
import { walkFiles } from '../fs/walk.js';
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

const REMOVE = `0 ${'0'.repeat(40)}\t`;

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
 * hashed into the repository once, the new tree is the base commit's tree with the target path
 * replaced in a private index (entries kept by `keep` stay), and a commit is pushed. A rejected
 * push fetches the new tip and rebuilds only the index on it, the blobs already written; nothing
 * is checked out or compared on disk, which a push of thousands of files spent its time on.
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
  const tmp = await mkdtemp(join(repo.dir, '.git', 'ringway-index-'));
  const env = { GIT_INDEX_FILE: join(tmp, 'index') };
  try {
    const { extra: files, ...result } = await pushWithRetries(
      opts,
      async () => {
        const base = repo.base;
        await assertFolderPath(repo, base, prefix);
        await repo.git(base ? ['read-tree', base] : ['read-tree', '--empty'], { env });
        await repo.git(['update-index', '-z', '--index-info'], {
          env,
          input: await indexChanges(repo, env, prefix, sourceFiles, keepers),
        });
        const tree = (await repo.git(['write-tree'], { env })).stdout.trim();
        const baseTree = base ? (await repo.git(['rev-parse', `${base}^{tree}`])).stdout.trim() : '';
        const changed = tree !== baseTree;
        if (!changed) return { changed, base, commit: base, extra: [] as string[] };
        const parents = base ? ['-p', base] : [];
        const commit = (
          await repo.git(['commit-tree', tree, ...parents, '-F', '-'], { input: opts.message })
        ).stdout.trim();
        return { changed, base, commit, extra: await changedFiles(repo, commit) };
      },
      () => repo.fetchBase(),
    );
    return { ...result, files: result.changed ? files : [] };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/**
 * Every file of the sources, written into the repository as blobs (bytes as they are). A path two
 * sources hold is refused, naming both: one would silently win. Shard records are checked
 * (shard-records.ts), never published.
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
      // --stdin-paths reads one path per line.
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
      found.push({
        path: posixPath,
        full: path,
        mode: ((await lstat(path)).mode & 0o111) !== 0 ? '100755' : '100644',
      });
    }
  }
  // Shards that planned differently overlap too: their records say why, so they speak first.
  await checkShardRecords(listed);
  if (overlap) throw overlap;
  if (!found.length) return [];
  const { stdout } = await repo.git(['hash-object', '-w', '--no-filters', '--stdin-paths'], {
    input: `${found.map((f) => f.full).join('\n')}\n`,
  });
  const blobs = stdout.split('\n').filter(Boolean);
  if (blobs.length !== found.length)
    throw new RingwayError(`git hash-object wrote ${blobs.length} of ${found.length} files`);
  return found.map((f, i) => ({ path: f.path, mode: f.mode, blob: blobs[i] }));
}

/**
 * `update-index --index-info` input: every entry below the target path removed unless its first
 * name there is kept, then every source file added.
 */
async function indexChanges(
  repo: GitRepo,
  env: Record<string, string>,
  prefix: string,
  files: SourceFile[],
  keepers: RegExp[],
): Promise<string> {
  const listed = await repo.git(['ls-files', '-z', '--', prefix || '.'], { env });
  // `keep` spares what the source does not bring: a kept name the source has is mirrored like the rest.
  const sourceTops = new Set(files.map((f) => f.path.split('/')[0]));
  const out: string[] = [];
  for (const path of listed.stdout.split('\0').filter(Boolean)) {
    const rel = path.slice(prefix.length);
    const top = rel.split('/')[0];
    const kept = !STAGING.test(top) && !sourceTops.has(top) && keepers.some((re) => re.test(top));
    if (!kept) out.push(`${REMOVE}${path}`);
  }
  for (const f of files) out.push(`${f.mode} ${f.blob}\t${prefix}${f.path}`);
  return out.map((l) => `${l}\0`).join('');
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
