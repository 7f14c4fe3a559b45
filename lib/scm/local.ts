import { RingwayError } from '../errors.js';
import { backoffDelay, sleep } from '../git/backoff.js';
import type { GitRepo } from '../git/repo.js';
import type { PullRequestProvider, PullRequestResult, PullRequestSpec } from './types.js';

/**
 * For repositories without a forge (and the demo): the pushed branch is merged into the target
 * with a merge commit, as a reviewer's "merge" would, then deleted. A target that moved meanwhile
 * is fetched and the merge redone; when others changed the same lines, the change is made again
 * on the new tip (spec.reapply) and the branch replaced, as direct mode does; a bounded number of
 * times. The branch is deleted whatever the outcome: no reviewer will ever look at it.
 */
export class LocalMergeProvider implements PullRequestProvider {
  readonly name = 'local';

  constructor(
    private readonly repo: GitRepo,
    private readonly maxAttempts = 20,
  ) {}

  async preflight(): Promise<void> {
    // The git fetch that cloned the repository already proved access.
  }

  async openOrUpdate(spec: PullRequestSpec): Promise<PullRequestResult> {
    try {
      return await this.merge(spec);
    } catch (err) {
      await this.deleteBranch(spec.sourceBranch);
      throw err;
    }
  }

  private async merge(spec: PullRequestSpec): Promise<PullRequestResult> {
    const src = `refs/remotes/origin/${spec.sourceBranch}`;
    const subject = `Merge branch '${spec.sourceBranch}' into ${spec.targetBranch}\n\n${spec.title}`;
    for (let attempt = 1; ; attempt++) {
      await this.repo.syncToRemote();
      // First the branch as pushed; after a conflict or a lost race, the change made again on the
      // new tip (cheaper than fetching the branch's history again, and never conflicts).
      if (attempt === 1 || !spec.reapply) {
        if (!(await this.mergeBranch(spec, src, subject))) {
          if (!spec.reapply) {
            throw new RingwayError(
              `cannot merge '${spec.sourceBranch}' into '${spec.targetBranch}': the change conflicts with the target branch`,
            );
          }
          await this.repo.syncToRemote();
          if (!(await this.reapplyAsMerge(spec, subject))) return this.landed(spec.sourceBranch);
        }
      } else if (!(await this.reapplyAsMerge(spec, subject))) {
        return this.landed(spec.sourceBranch);
      }
      if (await this.repo.push(spec.targetBranch)) return this.landed(spec.sourceBranch);
      if (attempt >= this.maxAttempts)
        throw new RingwayError(
          `merging into '${spec.targetBranch}' was rejected ${attempt} times because others kept pushing`,
        );
      await sleep(backoffDelay(150, attempt));
    }
  }

  /** Merges the pushed branch into the working copy (at the target's tip); false on a conflict. */
  private async mergeBranch(spec: PullRequestSpec, src: string, subject: string): Promise<boolean> {
    await this.repo.fetchBranch(spec.sourceBranch);
    // The merge base may be older than the shallow tip: fetch the history it needs.
    if ((await this.repo.git(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true') {
      await this.repo.git(
        [
          'fetch',
          '-q',
          '--no-tags',
          '--unshallow',
          'origin',
          `+refs/heads/${spec.targetBranch}:refs/remotes/origin/${spec.targetBranch}`,
          `+refs/heads/${spec.sourceBranch}:${src}`,
        ],
        {
          network: true,
        },
      );
    }
    const merged = await this.repo.git(['merge', '--no-ff', '--no-edit', '-m', subject, '--', src], {
      allowFailure: true,
    });
    if (merged.code === 0) return true;
    await this.repo.git(['merge', '--abort'], { allowFailure: true });
    return false;
  }

  /**
   * Makes the change again on the tip and wraps it in a merge commit (tip + change), the shape a
   * merged pull request has. False when the tip already holds the change.
   */
  private async reapplyAsMerge(spec: PullRequestSpec, subject: string): Promise<boolean> {
    const tip = await this.repo.head();
    if (!(await spec.reapply?.())) return false;
    const change = await this.repo.head();
    const merge = (
      await this.repo.git(['commit-tree', '-p', tip, '-p', change, '-F', '-', `${change}^{tree}`], { input: subject })
    ).stdout.trim();
    await this.repo.git(['reset', '-q', '--hard', merge]);
    return true;
  }

  /** Done: the branch is deleted; the merge commit is the working copy's head. */
  private async landed(branch?: string): Promise<PullRequestResult> {
    const mergeCommit = await this.repo.head();
    if (branch) await this.deleteBranch(branch);
    return { number: '', url: '', created: true, mergeCommit };
  }

  private async deleteBranch(branch: string): Promise<void> {
    await this.repo.git(['push', '-q', 'origin', '--', `:refs/heads/${branch}`], { network: true, allowFailure: true });
  }
}
