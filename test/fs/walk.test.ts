import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { walkFiles, walkFilesSync, type WalkOptions } from '../../lib/fs/walk.js';

async function walk(dir: string, opts?: WalkOptions): Promise<string[]> {
  const out: string[] = [];
  for await (const { path } of walkFiles(dir, opts)) out.push(relative(dir, path));
  return out.sort();
}

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ringway-walk-'));
  mkdirSync(join(dir, 'a/b'), { recursive: true });
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'top.yaml'), '');
  writeFileSync(join(dir, 'a/b/deep.yaml'), '');
  writeFileSync(join(dir, '.git/HEAD'), '');
  symlinkSync('/', join(dir, 'a/root-link'));
  symlinkSync('..', join(dir, 'a/b/loop'));
  return dir;
}

describe('walkFiles', () => {
  test('yields every file and link below, never a folder; links are not followed', async () => {
    expect(await walk(tree())).toEqual(['.git/HEAD', 'a/b/deep.yaml', 'a/b/loop', 'a/root-link', 'top.yaml']);
  });

  test('skipped entries are neither yielded nor entered', async () => {
    expect(await walk(tree(), { skip: (e) => e.isDirectory() && e.name === '.git' })).toEqual([
      'a/b/deep.yaml',
      'a/b/loop',
      'a/root-link',
      'top.yaml',
    ]);
  });

  test('a missing folder fails the walk, unless asked to pass over it', async () => {
    await expect(walk('/nonexistent/ringway')).rejects.toThrow(/ENOENT/);
    expect(await walk('/nonexistent/ringway', { skipUnreadable: true })).toEqual([]);
  });
});

describe('walkFilesSync', () => {
  const walkSync = (dir: string, opts?: WalkOptions) =>
    [...walkFilesSync(dir, opts)].map(({ path }) => relative(dir, path)).sort();

  test('yields what walkFiles yields, with the same skips', async () => {
    const dir = tree();
    expect(walkSync(dir)).toEqual(await walk(dir));
    const skip: WalkOptions = { skip: (e) => e.isDirectory() && e.name === '.git' };
    expect(walkSync(dir, skip)).toEqual(await walk(dir, skip));
    expect(walkSync(`${dir}/`)).toEqual(await walk(dir));
  });

  test('a missing folder fails the walk, unless asked to pass over it', () => {
    expect(() => walkSync('/nonexistent/ringway')).toThrow(/ENOENT/);
    expect(walkSync('/nonexistent/ringway', { skipUnreadable: true })).toEqual([]);
  });
});
