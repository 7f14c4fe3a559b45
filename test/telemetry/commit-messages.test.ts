// checkoutMessages reads the full messages of a build's commit (and what a merge brought) from
// the checkout with real git: Azure Pipelines gives only a message's first line.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkoutMessages } from '../../lib/telemetry/commit-messages.js';
import { git, tempDir } from '../../stand-ins/git.js';

function commit(dir: string, file: string, message: string): string {
  writeFileSync(join(dir, file), `${file} ${Math.random()}\n`);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', message]);
  return git(dir, ['rev-parse', 'HEAD']).trim();
}

function repo(): string {
  const dir = tempDir('ringway-messages-');
  git(dir, ['init', '-q', '--initial-branch=main']);
  commit(dir, 'base', 'base');
  return dir;
}

describe('checkoutMessages', () => {
  test("a commit's whole message, trailers below its first line included", async () => {
    const dir = repo();
    const sha = commit(dir, 'a', 'update web\n\nbody line\n\nRingway-Ring: prod\nRingway-Image-Tag: v2');
    expect(await checkoutMessages(dir, sha)).toEqual([
      'update web\n\nbody line\n\nRingway-Ring: prod\nRingway-Image-Tag: v2',
    ]);
    expect(await checkoutMessages(dir, sha.slice(0, 7).toUpperCase())).toHaveLength(1);
  });

  test('a merge: its own message, then each commit it brought, newest first', async () => {
    const dir = repo();
    git(dir, ['checkout', '-q', '-b', 'feature']);
    commit(dir, 'f1', 'first\n\nRingway-Image-Tag: v1');
    commit(dir, 'f2', 'second\n\nparagraph two\n\nparagraph three');
    git(dir, ['checkout', '-q', 'main']);
    commit(dir, 'm', 'on main');
    git(dir, ['merge', '-q', '--no-ff', '-m', 'Merge pull request #7 from org/feature', 'feature']);
    const merge = git(dir, ['rev-parse', 'HEAD']).trim();
    expect(await checkoutMessages(dir, merge)).toEqual([
      'Merge pull request #7 from org/feature',
      'second\n\nparagraph two\n\nparagraph three',
      'first\n\nRingway-Image-Tag: v1',
    ]);
  });

  test('no repository, a commit it lacks, or a value that is not a commit id: none', async () => {
    const dir = repo();
    expect(await checkoutMessages(tempDir('ringway-not-a-repo-'), 'a'.repeat(40))).toEqual([]);
    expect(await checkoutMessages(dir, 'b'.repeat(40))).toEqual([]);
    expect(await checkoutMessages(dir, 'HEAD')).toEqual([]);
    expect(await checkoutMessages(dir, '--output=/tmp/x')).toEqual([]);
  });
});
