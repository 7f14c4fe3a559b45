import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { mirrorTree } from '../../lib/manifests/mirror.js';
import { tempDir } from '../../stand-ins/git.js';

function tree(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(join(dir, p, '..'), { recursive: true });
    writeFileSync(join(dir, p), c);
  }
  return dir;
}

test('target becomes the source: added, changed, deleted, file↔folder swaps; kept names survive', async () => {
  const src = tree({ 'a.yaml': 'a2', 'sub/b.yaml': 'b', 'x/inner.yaml': 'i' });
  const dst = tree({
    'a.yaml': 'a1',
    'old.yaml': 'o',
    'sub/gone.yaml': 'g',
    x: 'was a file',
    'README.md': 'r',
    '.git/HEAD': 'h',
  });
  await mirrorTree(src, dst, ['README*']);
  expect(readFileSync(join(dst, 'a.yaml'), 'utf8')).toBe('a2');
  expect(readFileSync(join(dst, 'sub/b.yaml'), 'utf8')).toBe('b');
  expect(readFileSync(join(dst, 'x/inner.yaml'), 'utf8')).toBe('i');
  expect(existsSync(join(dst, 'old.yaml'))).toBe(false);
  expect(existsSync(join(dst, 'sub/gone.yaml'))).toBe(false);
  expect(readFileSync(join(dst, 'README.md'), 'utf8')).toBe('r');
  expect(readFileSync(join(dst, '.git/HEAD'), 'utf8')).toBe('h');
});

test('unchanged files are not rewritten; the executable bit follows the source', async () => {
  const src = tree({ 'same.yaml': 'x', 'run.sh': '#!/bin/sh' });
  chmodSync(join(src, 'run.sh'), 0o755);
  const dst = tree({ 'same.yaml': 'x', 'run.sh': '#!/bin/sh' });
  const old = new Date('2001-01-01T00:00:00Z');
  utimesSync(join(dst, 'same.yaml'), old, old);
  await mirrorTree(src, dst);
  expect(statSync(join(dst, 'same.yaml')).mtime.toISOString()).toBe(old.toISOString());
  expect(statSync(join(dst, 'run.sh')).mode & 0o111).not.toBe(0);
});

test('a symlink in the source is refused before anything is touched', async () => {
  const src = tree({ 'a.yaml': 'a' });
  symlinkSync('/etc/passwd', join(src, 'link.yaml'));
  const dst = tree({ 'keep.yaml': 'k' });
  await expect(mirrorTree(src, dst)).rejects.toThrow(
    "source 'link.yaml' is a symbolic link; manifests must be plain files",
  );
  expect(readFileSync(join(dst, 'keep.yaml'), 'utf8')).toBe('k');
});
