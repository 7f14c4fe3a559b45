// GitRepo.readFiles: the files an edit may write, read from a commit without a checkout, byte for
// byte whatever their encoding; undefined where git's own checkout must decide what a path is.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitRepo } from '../../lib/git/repo.js';
import { git, tempDir } from '../../stand-ins/git.js';

const identity = { name: 'ringway', email: 'ringway@example.test' };
const LATIN1 = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x3a, 0x20, 0xff, 0xfe, 0x0a]); // "café: \xff\xfe\n", not UTF-8
const UTF16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('image:\n  tag: v1\n', 'utf16le')]);

let repo: GitRepo;
beforeAll(async () => {
  const work = tempDir('ringway-readfiles-src-');
  git(work, ['init', '-q', '--initial-branch=main']);
  mkdirSync(join(work, 'config'));
  writeFileSync(join(work, 'config/common.yaml'), 'image:\n  tag: ünïcødé\n');
  writeFileSync(join(work, 'config/latin1.yaml'), LATIN1);
  writeFileSync(join(work, 'config/utf16.yaml'), UTF16);
  writeFileSync(join(work, 'run.sh'), '#!/bin/sh\n');
  execFileSync('chmod', ['+x', join(work, 'run.sh')]);
  symlinkSync('common.yaml', join(work, 'config/link.yaml'));
  git(work, ['add', '-A']);
  git(work, ['-c', 'user.name=x', '-c', 'user.email=x@x', 'commit', '-q', '-m', 'seed']);
  const bare = join(tempDir('ringway-readfiles-'), 'hld.git');
  execFileSync('git', ['clone', '-q', '--bare', work, bare]);
  repo = await GitRepo.checkout({ url: `file://${bare}`, dir: tempDir('ringway-readfiles-work-'), identity });
});

test('every file as its bytes, text or not, with its mode; a path the commit lacks is undefined', async () => {
  const paths = ['config/common.yaml', 'config/latin1.yaml', 'config/utf16.yaml', 'run.sh', 'config/prod.yaml'];
  const tip = await repo.readFiles(repo.tipRef, paths);
  expect(tip?.commit).toBe(git(repo.dir, ['rev-parse', 'HEAD']).trim());
  expect(tip?.files.get('config/common.yaml')).toEqual({
    mode: '100644',
    content: Buffer.from('image:\n  tag: ünïcødé\n'),
  });
  expect(tip?.files.get('config/latin1.yaml')?.content.equals(LATIN1)).toBe(true);
  expect(tip?.files.get('config/utf16.yaml')?.content.equals(UTF16)).toBe(true);
  expect(tip?.files.get('run.sh')?.mode).toBe('100755');
  expect(tip?.files.has('config/prod.yaml')).toBe(true);
  expect(tip?.files.get('config/prod.yaml')).toBeUndefined();
});

test('a link is left to checkout (undefined), and an empty repository has no commit and no files', async () => {
  expect(await repo.readFiles(repo.tipRef, ['config/common.yaml', 'config/link.yaml'])).toBeUndefined();
  expect(await repo.readFiles('', ['config/common.yaml'])).toEqual({
    commit: '',
    files: new Map([['config/common.yaml', undefined]]),
  });
});

test('a folder on the way that is a file or a link is left to checkout', async () => {
  expect(await repo.readFiles(repo.tipRef, ['run.sh/x.yaml'])).toBeUndefined();
  expect(await repo.readFiles(repo.tipRef, ['config/link.yaml/x.yaml'])).toBeUndefined();
});
