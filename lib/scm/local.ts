import { RingwayError } from '../errors.js';
import type { GitRepo } from '../git/repo.js';
import type { PullRequestProvider, PullRequestResult, PullRequestSpec } from './types.js';

/**
 * For repositories without a forge (and the demo): the pushed branch is merged into the target
 * with a merge commit, as a reviewer's "merge" would, then deleted. A target that moved meanwhile
 * is fetched and the merge redone, a bounded number of times.
 */
export class LocalMergeProvider implements PullRequestProvider {
  readonly name = 'local';

  constructor(
    private readonly repo: GitRepo,
    private readonly maxAttempts = 8,
  ) {}

  async preflight(): Promise<void> {
    // The git fetch that cloned the repository already proved access.
  }

  async openOrUpdate(spec: PullRequestSpec): Promise<PullRequestResult> {
    const src = `refs/remotes/origin/${spec.sourceBranch}`;
    for (let attempt = 1; ; attempt++) {
      await this.repo.syncToRemote();
      await this.repo.git(['fetch', '-q', '--no-tags', 'origin', `+refs/heads/${spec.sourceBranch}:${src}`], { network: true });
      // The merge base may be older than the shallow tip: fetch the history it needs.
      if ((await this.repo.git(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true') {
        await this.repo.git(['fetch', '-q', '--no-tags', '--unshallow', 'origin', `+refs/heads/${spec.targetBranch}:refs/remotes/origin/${spec.targetBranch}`, `+refs/heads/${spec.sourceBranch}:${src}`], {
          network: true,
        });
      }
      const merged = await this.repo.git(['merge', '--no-ff', '--no-edit', '-m', `Merge branch '${spec.sourceBranch}' into ${spec.targetBranch}\n\n${spec.title}`, src], { allowFailure: true });
      if (merged.code !== 0) {
        await this.repo.git(['merge', '--abort'], { allowFailure: true });
        throw new RingwayError(`cannot merge '${spec.sourceBranch}' into '${spec.targetBranch}': the change conflicts with the target branch`);
      }
      if (await this.repo.push(spec.targetBranch)) {
        const mergeCommit = await this.repo.head();
        await this.repo.git(['push', '-q', 'origin', `:refs/heads/${spec.sourceBranch}`], { network: true, allowFailure: true });
        return { number: '', url: '', created: true, mergeCommit };
      }
      if (attempt >= this.maxAttempts) throw new RingwayError(`merging into '${spec.targetBranch}' was rejected ${attempt} times because others kept pushing`);
      await new Promise((r) => setTimeout(r, Math.round(200 * 2 ** Math.min(attempt, 5) * (0.5 + Math.random()))));
    }
  }
}
