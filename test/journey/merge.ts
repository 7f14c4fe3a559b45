// Merging an HLD pull request the way GitHub does (test/support/forge-merge.ts: real git on the
// server's bare repository, GitHub's commit shape and default message for each merge method), then
// what GitHub does next: the pull request reads as merged through the API, and the push event goes
// to the HLD's workflows.
import { forgeMerge, githubPushEvent } from '../support/forge-merge.js';
import type { RepoName, World } from './world.js';

export type MergeMethod = 'merge' | 'squash' | 'rebase';

/** A pull request as the API stand-in keeps it (stand-ins/forge-api-process.mjs). */
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
  const merged = forgeMerge(world.bare(repo), 'github', method, {
    number: String(pr.number),
    title: pr.title,
    body: pr.body,
    branch: pr.head,
    repository: repo,
    target: pr.base,
  });
  await world.updatePullRequest({
    ...pr,
    state: 'closed',
    mergedAt: new Date(world.now()).toISOString(),
    mergeCommitSha: merged.tip,
  });
  return {
    before: merged.before,
    after: merged.tip,
    event: githubPushEvent(merged, repo, pr.base) as Record<string, unknown>,
  };
}
