// Merging a pull request the way GitHub does, on the git server's bare repository, for each merge
// method (docs.github.com "About merge methods on GitHub"), with GitHub's default messages:
//   merge   a merge commit (--no-ff), "Merge pull request #N from <owner>/<branch>" + blank line + title;
//   squash  one commit on the base: "<title> (#N)", body the commit's body (one commit) or a
//           "* <message>" list (several); the PR author is its author;
//   rebase  each commit replayed on the base, messages and authors kept, committer GitHub.
// The committer is always GitHub (noreply@github.com), as on github.com. The pull request is then
// marked merged on the forge stand-in, and the push event GitHub would deliver is returned.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pushEvent } from './events.js';
import type { RepoName, World } from './world.js';

export type MergeMethod = 'merge' | 'squash' | 'rebase';

export interface PullRequest {
  owner: string;
  repo: string;
  number: number;
  head: string;
  base: string;
  title: string;
  body: string;
  state?: string;
  mergedAt?: string;
  mergeCommitSha?: string;
}

export async function mergePullRequest(world: World, repo: RepoName, pr: PullRequest, method: MergeMethod) {
  const work = mkdtempSync(join(world.dir, 'merge-'));
  const github = { ...world.clockEnv(), GIT_COMMITTER_NAME: 'GitHub', GIT_COMMITTER_EMAIL: 'noreply@github.com' };
  const git = (args: string[], env: NodeJS.ProcessEnv = {}) => world.gitIn(work, args, { ...github, ...env });
  try {
    git(['clone', '-q', world.bare(repo), '.']);
    git(['fetch', '-q', 'origin', `+refs/heads/${pr.head}:refs/remotes/origin/${pr.head}`]);
    git(['checkout', '-q', pr.base]);
    const before = git(['rev-parse', 'HEAD']);
    const head = `origin/${pr.head}`;
    const commits = git(['rev-list', '--reverse', `${pr.base}..${head}`]).split('\n').filter(Boolean);
    const merger = { GIT_AUTHOR_NAME: 'Journey Reviewer', GIT_AUTHOR_EMAIL: 'reviewer@contoso.test' };
    if (method === 'merge') {
      git(['merge', '-q', '--no-ff', '--no-edit', '-m', `Merge pull request #${pr.number} from ${pr.owner}/${pr.head}\n\n${pr.title}`, head], merger);
    } else if (method === 'squash') {
      const author = git(['log', '-1', '--format=%an%x1f%ae', commits[0]]).split('\x1f');
      const body = commits.length === 1 ? git(['log', '-1', '--format=%b', commits[0]]) : commits.map((c) => `* ${git(['log', '-1', '--format=%B', c])}`).join('\n\n');
      git(['merge', '-q', '--squash', head]);
      git(['commit', '-q', '-m', `${commits.length === 1 ? git(['log', '-1', '--format=%s', commits[0]]) : pr.title} (#${pr.number})\n\n${body}`], { GIT_AUTHOR_NAME: author[0], GIT_AUTHOR_EMAIL: author[1] });
    } else {
      // Replayed even when a fast-forward is possible: GitHub always writes new commits.
      for (const c of commits) {
        git(['cherry-pick', '--allow-empty', '--keep-redundant-commits', c]);
      }
    }
    const after = git(['rev-parse', 'HEAD']);
    git(['push', '-q', 'origin', `HEAD:refs/heads/${pr.base}`]);
    await world.updatePullRequest({ ...pr, state: 'closed', mergedAt: new Date(world.now()).toISOString(), mergeCommitSha: after });
    return { before, after, event: pushEvent(world, repo, pr.base, before, after) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
