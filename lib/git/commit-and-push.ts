import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { RingwayError } from '../errors.js';
import { assertResolvesInside } from '../fs/contained.js';
import { raceDelay, sleep } from './backoff.js';
import { importCommit, type InlineFile } from './fast-import.js';
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
    () => commitWorkingCopy(opts),
    () => repo.syncToRemote(),
  );
  return result;
}

export interface EditPushOptions extends PushRetryOptions {
  /** The files the edit may write, from the repository root with `/`: every other file stays the tip's. */
  files: string[];
  /** Writes the change into those files of the working copy; called again on the new tip after a rejected push. */
  apply: () => Promise<void>;
  /** How an error names where the files are (default: the file itself), e.g. "input 'hld-path'". */
  where?: string;
}

/**
 * Apply → commit → push where the change touches a few known files: each attempt reads the tip's
 * commit and those files (two git commands), sets the working copy's files to them, lets `apply`
 * edit them, and writes the commit with one `git fast-import`; a lost race then costs one fetch
 * of the new commits, not a checkout, staging and status of the whole tree. Where a path is not a
 * plain file in plain folders at the tip, that attempt checks the tip out and commits as
 * commitAndPush does.
 */
export async function editAndPush(opts: EditPushOptions): Promise<CommitPushResult> {
  const { repo } = opts;
  const message = stripspace(opts.message);
  let first = true;
  const { extra: _none, ...result } = await pushWithRetries(
    opts,
    async () => {
      // The checkout read the first tip; a lost race fetched the next one (refresh below).
      const ref = repo.tipRef;
      const tip = await repo.readFiles(ref, opts.files);
      if (!tip) {
        if (!first) await repo.checkoutTip(ref);
        first = false;
        return commitWorkingCopy(opts);
      }
      first = false;
      for (const path of opts.files) {
        const file = join(repo.dir, path);
        // The working copy's folders are the first checkout's: never write through a link out of it.
        await assertResolvesInside(repo.dir, file, opts.where ?? `'${path}'`);
        const at = tip.files.get(path);
        if (!at) await rm(file, { force: true });
        else {
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, at.content);
        }
      }
      await opts.apply();
      const files: InlineFile[] = [];
      for (const path of opts.files) {
        const now = await readFile(join(repo.dir, path)).catch((e: NodeJS.ErrnoException) => {
          if (e.code === 'ENOENT') return undefined;
          throw e;
        });
        const at = tip.files.get(path);
        if (!now) {
          if (at) throw new RingwayError(`'${path}' was removed by the edit; an edit here only writes files`);
          continue;
        }
        if (!at || !now.equals(at.content)) files.push({ path, mode: at?.mode ?? '100644', data: now });
      }
      if (!files.length) return { changed: false, base: tip.commit, commit: tip.commit, extra: undefined };
      const commit = await importCommit(repo, { base: tip.commit, message, files });
      return { changed: true, base: tip.commit, commit, extra: undefined };
    },
    () => repo.fetchTip(),
  );
  return result;
}

/** One attempt in the working copy: apply, stage (`paths`, default everything), commit. */
async function commitWorkingCopy(opts: CommitPushOptions): Promise<AttemptCommit<undefined>> {
  const { repo } = opts;
  await opts.apply();
  if (await repo.stage(opts.paths))
    return { changed: true, base: '', commit: await repo.commit(opts.message), extra: undefined };
  // The tip is only read when it is the answer: nothing to commit.
  const tip = await repo.head();
  return { changed: false, base: tip, commit: tip, extra: undefined };
}

/**
 * The message as `git commit -F` stores it (its default cleanup, "whitespace"): spaces at line
 * ends cut, runs of blank lines made one, none at either end, one newline at the end.
 */
export function stripspace(text: string): string {
  const lines: string[] = [];
  for (const line of text.split('\n').map((l) => l.replace(/\s+$/, ''))) {
    if (line === '' && (lines.length === 0 || lines[lines.length - 1] === '')) continue;
    lines.push(line);
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.length ? `${lines.join('\n')}\n` : '';
}
