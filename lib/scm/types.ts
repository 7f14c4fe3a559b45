export type MergeMethod = 'merge' | 'squash' | 'rebase';

export interface PullRequestSpec {
  sourceBranch: string;
  targetBranch: string;
  title: string;
  body: string;
  labels: string[];
  reviewers: string[];
  autoMerge: boolean;
  mergeMethod: MergeMethod;
  /**
   * For providers that merge themselves (local): makes the change again on the working copy,
   * which is at the target's new tip, and commits it. Returns false when the tip already holds
   * it. Used when the branch no longer merges cleanly because others changed the same lines.
   */
  reapply?: () => Promise<boolean>;
}

export interface PullRequestResult {
  /** Provider's id or number ('' when the provider has none, like local merges). */
  number: string;
  url: string;
  /** False when an open pull request for the branch already existed and was updated. */
  created: boolean;
  /** Set when the provider merged the change itself (local). */
  mergeCommit?: string;
}

/** Opens or updates the pull request of a branch: one interface, a provider per forge. */
export interface PullRequestProvider {
  readonly name: string;
  /** Proves the token can reach the repository through the API, before anything is pushed. */
  preflight(): Promise<void>;
  openOrUpdate(spec: PullRequestSpec): Promise<PullRequestResult>;
}

/** A commit check (GitHub check run or commit status, Azure DevOps commit status), normalised. */
export interface CommitCheck {
  name: string;
  state: 'success' | 'pending' | 'failure';
  /** The forge's own words: conclusion or state. */
  detail: string;
}

/** One reviewer's latest verdict on a pull request. */
export interface Review {
  reviewer: string;
  verdict: 'approved' | 'rejected' | 'none';
}

/** What a promotion gate asks a forge: checks on a commit, reviews on a pull request. */
export interface ReviewSignals {
  readonly name: string;
  commitChecks(sha: string): Promise<CommitCheck[]>;
  reviews(pr: string): Promise<Review[]>;
}
