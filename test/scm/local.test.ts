// The local provider merges a pushed branch itself, with real git over file://: the merge commit,
// the deleted branch, a conflict refused, or the change made again on the new tip.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RingwayError } from '../../lib/errors.js';
import { GitRepo } from '../../lib/git/repo.js';
import { LocalMergeProvider } from '../../lib/scm/local.js';
import type { PullRequestSpec } from '../../lib/scm/types.js';
import { bareRepo, branchesOf, commitFiles, git, readFileAt, tempDir } from '../../stand-ins/git.js';

const identity = { name: 'ringway', email: 'ringway@example.test' };

/** Pushes a branch off main that sets `file` to `content`, as update-hld does. */
function pushBranch(bare: string, branch: string, file: string, content: string): void {
  const work = tempDir('ringway-branch-');
  git(work, ['clone', '-q', bare, '.']);
  git(work, ['checkout', '-q', '-b', branch]);
  writeFileSync(join(work, file), content);
  git(work, ['commit', '-q', '-am', `set ${file}`]);
  git(work, ['push', '-q', 'origin', branch]);
}

const spec = (over: Partial<PullRequestSpec> = {}): PullRequestSpec => ({
  sourceBranch: 'DEPLOY/web-v2',
  targetBranch: 'main',
  title: 'Updating web image tag to v2.',
  body: '',
  labels: [],
  reviewers: [],
  autoMerge: false,
  mergeMethod: 'merge',
  ...over,
});

async function setup(): Promise<{ bare: string; repo: GitRepo }> {
  const { dir } = await bareRepo({ files: { 'tag.txt': 'v1\n', 'other.txt': 'x\n' } });
  pushBranch(dir, 'DEPLOY/web-v2', 'tag.txt', 'v2\n');
  const repo = await GitRepo.checkout({
    url: `file://${dir}`,
    branch: 'main',
    dir: tempDir('ringway-local-'),
    identity,
  });
  return { bare: dir, repo };
}

describe('LocalMergeProvider', () => {
  test('merges the branch into the target with a merge commit titled like a pull request, then deletes it', async () => {
    const { bare, repo } = await setup();
    const r = await new LocalMergeProvider(repo).openOrUpdate(spec());
    expect(r).toEqual({ number: '', url: '', created: true, mergeCommit: git(bare, ['rev-parse', 'main']).trim() });
    expect(readFileAt(bare, 'main', 'tag.txt')).toBe('v2\n');
    expect(git(bare, ['log', '-1', '--format=%B', 'main']).trim()).toBe(
      "Merge branch 'DEPLOY/web-v2' into main\n\nUpdating web image tag to v2.",
    );
    expect(git(bare, ['rev-list', '--parents', '-1', 'main']).trim().split(' ')).toHaveLength(3);
    expect(branchesOf(bare)).toEqual(['main']);
  });

  test('a target that moved on elsewhere is merged with too', async () => {
    const { bare, repo } = await setup();
    commitFiles(bare, 'main', { 'other.txt': 'y\n' }, 'someone else');
    await new LocalMergeProvider(repo).openOrUpdate(spec());
    expect([readFileAt(bare, 'main', 'tag.txt'), readFileAt(bare, 'main', 'other.txt')]).toEqual(['v2\n', 'y\n']);
  });

  test('a conflict without a way to make the change again is refused; the branch is still deleted', async () => {
    const { bare, repo } = await setup();
    commitFiles(bare, 'main', { 'tag.txt': 'v9\n' }, 'conflicting');
    await expect(new LocalMergeProvider(repo).openOrUpdate(spec())).rejects.toThrow(
      new RingwayError("cannot merge 'DEPLOY/web-v2' into 'main': the change conflicts with the target branch"),
    );
    expect(readFileAt(bare, 'main', 'tag.txt')).toBe('v9\n');
    expect(branchesOf(bare)).toEqual(['main']);
  });

  test('on a conflict the change is made again on the new tip and wrapped in a merge commit', async () => {
    const { bare, repo } = await setup();
    commitFiles(bare, 'main', { 'tag.txt': 'v9\n' }, 'conflicting');
    let reapplied = 0;
    const reapply = async () => {
      reapplied++;
      writeFileSync(join(repo.dir, 'tag.txt'), 'v2\n');
      await repo.stage();
      await repo.commit('set tag.txt again');
      return true;
    };
    await new LocalMergeProvider(repo).openOrUpdate(spec({ reapply }));
    expect(reapplied).toBe(1);
    expect(readFileAt(bare, 'main', 'tag.txt')).toBe('v2\n');
    expect(git(bare, ['log', '-1', '--format=%s', 'main']).trim()).toBe("Merge branch 'DEPLOY/web-v2' into main");
    expect(branchesOf(bare)).toEqual(['main']);
  });
});
