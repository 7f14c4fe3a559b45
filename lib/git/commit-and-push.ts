import { RingwayError } from '../errors.js';
import { raceDelay, sleep } from './backoff.js';
import type { GitRepo } from './repo.js';

/** What every push that retries on a moved branch shares. */
export interface PushRetryOptions {
  repo: GitRepo;
  message: string;
  /** Commit but do not push. */
  dryRun?: boolean;
  maxAttempts?: number;
  /** The least attempt time the wait after a lost race is drawn from (raceDelay); default 100 ms. */
  baseDelayMs?: number;
  log?: (line: string) => void;
}

export interface CommitPushOptions extends PushRetryOptions {
  /** Applies the change to the working copy; called again on the new tip after a rejected push. */
  apply: () => Promise<void>;
  /** Paths to stage and compare (default: everything). */
  paths?: string[];
}

export interface CommitPushResult {
  changed: boolean;
  /** The commit that holds the change (or the unchanged tip). */
  commit: string;
  attempts: number;
  pushed: boolean;
}

/**
 * One attempt's commit on the branch's current tip; `changed: false` reuses the tip, `base` (which
 * only a build that changed nothing must give: the answer, or a new branch's start).
 */
export interface AttemptCommit<Extra> {
  changed: boolean;
  base: string;
  commit: string;
  extra: Extra;
}

/**
 * The loop both ways of pushing share: build a commit on the current tip, push it, and when another
 * pipeline pushed first, refresh to the new tip and build again after a wait drawn from the time
 * the lost attempt took (raceDelay), a bounded number of times. Building again (rather than
 * rebasing) means two edits never conflict and none is lost.
 */
export async function pushWithRetries<Extra>(
  opts: PushRetryOptions,
  build: () => Promise<AttemptCommit<Extra>>,
  refresh: () => Promise<unknown>,
): Promise<CommitPushResult & { extra: Extra }> {
  const { repo } = opts;
  const max = opts.maxAttempts ?? 8;
  const least = opts.baseDelayMs ?? 100;
  // An attempt's time runs from reading the tip (the refresh) to the push's answer: the window in
  // which another push makes it lose. The first one's tip came with the checkout.
  let started = Date.now();
  for (let attempt = 1; ; attempt++) {
    const built = await build();
    // Nothing to commit: done, unless the branch is new and has a base commit to start it from.
    if (!built.changed && (repo.branchExists || !built.base))
      return { changed: false, commit: built.base, attempts: attempt, pushed: false, extra: built.extra };
    const result = { changed: true, commit: built.commit, attempts: attempt, extra: built.extra };
    if (opts.dryRun) return { ...result, pushed: false };
    if (await repo.push(repo.branch, { commit: built.commit })) {
      repo.branchExists = true;
      return { ...result, pushed: true };
    }
    if (attempt >= max) {
      throw new RingwayError(
        `push to branch '${repo.branch}' was rejected ${max} times because others kept pushing; nothing was pushed`,
      );
    }
    const delay = raceDelay(Math.max(least, Date.now() - started), attempt);
    opts.log?.(
      `push rejected: '${repo.branch}' moved on; re-applying on the new tip in ${delay} ms (attempt ${attempt + 1}/${max})`,
    );
    await sleep(delay);
    started = Date.now();
    await refresh();
  }
}

/** Apply → commit → push in a working copy, re-applying on the new tip after a rejected push. */
export async function commitAndPush(opts: CommitPushOptions): Promise<CommitPushResult> {
  const { repo } = opts;
  const { extra: _none, ...result } = await pushWithRetries(
    opts,
    async () => {
      await opts.apply();
      const changed = await repo.stage(opts.paths);
      if (changed) return { changed, base: '', commit: await repo.commit(opts.message), extra: undefined };
      // The tip is only read when it is the answer: nothing to commit.
      const tip = await repo.head();
      return { changed, base: tip, commit: tip, extra: undefined };
    },
    () => repo.syncToRemote(),
  );
  return result;
}
