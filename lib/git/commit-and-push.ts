import { RingwayError } from '../errors.js';
import { backoffDelay, sleep } from './backoff.js';
import type { GitRepo } from './repo.js';

export interface CommitPushOptions {
  repo: GitRepo;
  /** Applies the change to the working copy; called again on the new tip after a rejected push. */
  apply: () => Promise<void>;
  /** Paths to stage and compare (default: everything). */
  paths?: string[];
  message: string;
  /** Commit but do not push. */
  dryRun?: boolean;
  maxAttempts?: number;
  /** Base delay of the exponential backoff; jitter is added. */
  baseDelayMs?: number;
  log?: (line: string) => void;
}

export interface CommitPushResult {
  changed: boolean;
  /** The commit that holds the change (or the unchanged tip). */
  commit: string;
  attempts: number;
  pushed: boolean;
}

/**
 * Apply → commit → push, and when another pipeline pushed first: fetch the new tip, apply the
 * change again on it, and retry after a jittered backoff, a bounded number of times. Re-applying
 * (rather than rebasing) means two edits to one file never conflict and none is lost.
 */
export async function commitAndPush(opts: CommitPushOptions): Promise<CommitPushResult> {
  const max = opts.maxAttempts ?? 8;
  const base = opts.baseDelayMs ?? 250;
  for (let attempt = 1; ; attempt++) {
    await opts.apply();
    const changed = await opts.repo.stage(opts.paths);
    const tip = await opts.repo.head();
    // Nothing to commit: done, unless the branch is new and has a base commit to start it from.
    if (!changed && (opts.repo.branchExists || !tip))
      return { changed: false, commit: tip, attempts: attempt, pushed: false };
    const commit = changed ? await opts.repo.commit(opts.message) : tip;
    if (opts.dryRun) return { changed: true, commit, attempts: attempt, pushed: false };
    if (await opts.repo.push()) {
      opts.repo.branchExists = true;
      return { changed: true, commit, attempts: attempt, pushed: true };
    }
    if (attempt >= max) {
      throw new RingwayError(
        `push to branch '${opts.repo.branch}' was rejected ${max} times because others kept pushing; nothing was pushed`,
      );
    }
    const delay = backoffDelay(base, attempt);
    opts.log?.(
      `push rejected: '${opts.repo.branch}' moved on; re-applying on the new tip in ${delay} ms (attempt ${attempt + 1}/${max})`,
    );
    await sleep(delay);
    await opts.repo.syncToRemote();
  }
}
