import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { RingwayError } from '../errors.js';
import type { GitRepo } from './repo.js';

// A commit written with one `git fast-import`: its new blobs, trees and the commit go into one
// pack, with no working tree, no index and no loose objects (a push then sends the pack's objects
// as they are). One process where `hash-object` + `read-tree` + `update-index` + `write-tree` +
// `commit-tree` took five, and thousands of loose files.

/** A tree entry by object id: a blob (100644, 100755, 120000), a tree (040000) or a gitlink (160000). */
export interface TreeEntry {
  /** Path from the repository root, with `/`. */
  path: string;
  mode: string;
  sha: string;
}

/** A file written with its content. */
export interface InlineFile {
  path: string;
  mode: '100644' | '100755';
  data: Buffer | string;
}

export interface CommitSpec {
  /** The parent ('' for a root commit): the commit starts with its tree. */
  base: string;
  message: string;
  /** Folder removed before the entries are added, '' for the whole tree. */
  clear?: string;
  /** Paths removed (files, or folders with all they hold) before the entries are added. */
  remove?: string[];
  entries?: TreeEntry[];
  files?: InlineFile[];
}

/**
 * Fast-import's process allocates and frees zlib's buffers (about 256 KiB) once per object; glibc
 * gives them back to the kernel each time and faults them in again, which cost more than the
 * compression (0.25 s of system time for 1,200 small files). Keeping freed memory in the process
 * removes that; the user's own GLIBC_TUNABLES, after ours, still win.
 */
export function bulkObjectEnv(base: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const ours = 'glibc.malloc.trim_threshold=268435456:glibc.malloc.top_pad=16777216';
  return { GLIBC_TUNABLES: base.GLIBC_TUNABLES ? `${ours}:${base.GLIBC_TUNABLES}` : ours };
}

/** Writes the trees and the commit of `spec`; returns the commit's id. */
export async function importCommit(repo: GitRepo, spec: CommitSpec): Promise<string> {
  const clean = (s: string) => s.replace(/[<>\n]/g, '').trim();
  const message = Buffer.from(spec.message);
  const parts: Buffer[] = [
    Buffer.from(
      `commit refs/ringway/import\nmark :1\ncommitter ${clean(repo.identity.name)} <${clean(repo.identity.email)}> now\ndata ${message.length}\n`,
    ),
    message,
    NEWLINE,
  ];
  const lines: string[] = [];
  if (spec.base) lines.push(`from ${spec.base}`);
  if (spec.clear === '') lines.push('deleteall');
  else if (spec.clear) lines.push(`D ${quotePath(spec.clear)}`);
  for (const path of spec.remove ?? []) lines.push(`D ${quotePath(path)}`);
  for (const e of spec.entries ?? []) lines.push(`M ${e.mode} ${e.sha} ${quotePath(e.path)}`);
  parts.push(Buffer.from(lines.map((l) => `${l}\n`).join('')));
  for (const f of spec.files ?? []) {
    const data = Buffer.from(f.data);
    parts.push(Buffer.from(`M ${f.mode} inline ${quotePath(f.path)}\ndata ${data.length}\n`), data, NEWLINE);
  }
  const sha = (await runFastImport(repo, parts)).get(1);
  if (!sha) throw new RingwayError('git fast-import wrote no commit');
  return sha;
}

const NEWLINE = Buffer.from('\n');

/** Runs one fast-import stream (ended with `done`, so a cut-off stream fails); returns its marks. */
async function runFastImport(repo: GitRepo, parts: Buffer[]): Promise<Map<number, string>> {
  const tmp = await mkdtemp(join(repo.dir, '.git', 'ringway-import-'));
  const marksFile = join(tmp, 'marks');
  try {
    await repo.git(
      // A pack however few the objects (no `unpack-objects` child); --force: the scratch ref is
      // rewritten from another base on every attempt.
      [
        '-c',
        'fastimport.unpackLimit=0',
        'fast-import',
        '--quiet',
        '--done',
        '--force',
        '--date-format=now',
        `--export-marks=${marksFile}`,
      ],
      { input: Buffer.concat([...parts, Buffer.from('done\n')]), env: bulkObjectEnv() },
    );
    const marks = new Map<number, string>();
    for (const line of (await readFile(marksFile, 'utf8')).split('\n')) {
      const m = /^:(\d+) ([0-9a-f]{40,64})$/.exec(line);
      if (m) marks.set(Number(m[1]), m[2]);
    }
    return marks;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** A path as fast-import reads it: C-quoted when it starts with a quote (line breaks are refused earlier). */
function quotePath(path: string): string {
  if (/[\n\r]/.test(path)) throw new RingwayError(`'${path.replace(/[\n\r]/g, ' ')}': a path with a line break`);
  return path.startsWith('"') ? `"${path.replace(/["\\]/g, '\\$&')}"` : path;
}
