import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface BareRepo {
  /** Path of the bare repository. */
  dir: string;
  /** file:// URL of it. */
  url: string;
}

const identity = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.test',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.test',
};

export function git(cwd: string, args: string[], input?: string): string {
  return execFileSync('git', args, {
    cwd,
    env: { ...process.env, ...identity },
    input,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

export function tempDir(prefix = 'ringway-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A new temp folder holding `files` (relative path → content). */
export function writeTree(files: Record<string, string>, prefix = 'ringway-tree-'): string {
  const dir = tempDir(prefix);
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), c);
  }
  return dir;
}

/**
 * A bare repository whose `branch` (default main) holds `files` in one commit; with no files the
 * repository is empty (no branches), like a freshly created manifest repo.
 */
export async function bareRepo(
  opts: { files?: Record<string, string>; branch?: string; dir?: string } = {},
): Promise<BareRepo> {
  const dir = opts.dir ?? join(tempDir('ringway-bare-'), 'repo.git');
  const branch = opts.branch ?? 'main';
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '--bare', `--initial-branch=${branch}`]);
  if (opts.files && Object.keys(opts.files).length) commitFiles(dir, branch, opts.files, 'initial');
  return { dir, url: `file://${dir}` };
}

/** Commits `files` (path → content; null deletes) on top of `branch` of a bare repo, as another user would. */
export function commitFiles(
  bareDir: string,
  branch: string,
  files: Record<string, string | null>,
  message: string,
): string {
  const work = tempDir('ringway-work-');
  try {
    git(work, ['init', '-q']);
    git(work, ['remote', 'add', 'origin', bareDir]);
    const exists = git(bareDir, ['branch', '--list', branch]).trim() !== '';
    if (exists) {
      git(work, ['fetch', '-q', 'origin', branch]);
      git(work, ['checkout', '-q', '-b', branch, 'FETCH_HEAD']);
    } else {
      git(work, ['checkout', '-q', '--orphan', branch]);
    }
    for (const [path, content] of Object.entries(files)) {
      const full = join(work, path);
      if (content === null) rmSync(full, { force: true, recursive: true });
      else {
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
    }
    git(work, ['add', '-A']);
    git(work, ['commit', '-q', '--allow-empty', '-m', message]);
    git(work, ['push', '-q', 'origin', `HEAD:refs/heads/${branch}`]);
    return git(work, ['rev-parse', 'HEAD']).trim();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** File content at `branch`, or undefined when the file is not there. */
export function readFileAt(bareDir: string, branch: string, path: string): string | undefined {
  try {
    return git(bareDir, ['show', `${branch}:${path}`]);
  } catch {
    return undefined;
  }
}

/** Every file path on `branch`, sorted. */
export function filesAt(bareDir: string, branch: string): string[] {
  return git(bareDir, ['ls-tree', '-r', '--name-only', branch]).split('\n').filter(Boolean).sort();
}

export interface LogEntry {
  sha: string;
  subject: string;
  body: string;
  author: string;
}

/** Commits of `branch`, newest first. */
export function logOf(bareDir: string, branch: string): LogEntry[] {
  const out = git(bareDir, ['log', '--format=%H%x1f%s%x1f%b%x1f%an <%ae>%x1e', branch]);
  return out
    .split('\x1e')
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r) => {
      const [sha, subject, body, author] = r.split('\x1f');
      return { sha, subject, body: body.trim(), author };
    });
}

export function branchesOf(bareDir: string): string[] {
  return git(bareDir, ['for-each-ref', '--format=%(refname:short)', 'refs/heads']).split('\n').filter(Boolean);
}
