// Types only: octokit is loaded when the first request is made (see `call`).
import type { getOctokit } from '@actions/github';
import { displayUrl } from '../git/auth.js';
import { jobTokenNote } from '../git/job-token.js';
import { checkAnswer, type Shape } from '../answer.js';
import { kindOf, RingwayError, statusKind } from '../errors.js';
import { networkTimeoutMs, noAnswerError } from '../exec.js';
import { accessError } from './access-error.js';
import { requireForgeToken } from './forge-token.js';
import { defaultRetry, rateLimitWait, withRateLimitRetry, type RetryPolicy } from './rate-limit.js';
import type {
  CommitCheck,
  MergeMethod,
  PullRequestProvider,
  PullRequestResult,
  PullRequestSpec,
  Review,
  ReviewSignals,
} from './types.js';

export interface GitHubRepoRef {
  owner: string;
  repo: string;
  /** REST API root: https://api.github.com, or https://<host>/api/v3 for GitHub Enterprise. */
  apiUrl: string;
}

/** owner/repo and API root from a clone URL (github.com or a GitHub Enterprise host). */
export function parseGitHubUrl(url: string, apiUrl?: string): GitHubRepoRef {
  const u = new URL(url);
  const m = /^\/([^/]+)\/([^/]+?)(\.git)?\/?$/.exec(u.pathname);
  if (!m) throw new RingwayError(`'${url}' is not a GitHub repository URL (https://<host>/<owner>/<repo>)`);
  const api = apiUrl || (u.hostname === 'github.com' ? 'https://api.github.com' : `${u.protocol}//${u.host}/api/v3`);
  return { owner: m[1], repo: m[2], apiUrl: api.replace(/\/$/, '') };
}

type Octokit = ReturnType<typeof getOctokit>;

interface RequestErrorLike {
  status?: number;
  response?: {
    headers?: Record<string, string | undefined>;
    data?: { message?: string; errors?: { message?: string }[] };
  };
}

function asRequestError(err: unknown): RequestErrorLike {
  return (typeof err === 'object' && err !== null ? err : {}) as RequestErrorLike;
}

// The fields each answer is read for, checked before use: octokit's types say what GitHub should
// answer, not what a proxy or a GitHub Enterprise version in between did.
const PULL_REQUEST: Shape = { number: 'number', html_url: 'string', node_id: 'string' };
const PULL_REQUESTS: Shape = [{ ...PULL_REQUEST, head: { ref: 'string' } }];
const CHECK_RUNS: Shape = [{ name: 'string', status: 'string', conclusion: 'string?' }];
const COMBINED_STATUS: Shape = { statuses: [{ context: 'string', state: 'string' }] };
const REVIEWS: Shape = [{ state: 'string' }];

const GRAPHQL_MERGE: Record<MergeMethod, string> = { merge: 'MERGE', squash: 'SQUASH', rebase: 'REBASE' };

/** Pull requests on GitHub through @actions/github's octokit. */
export class GitHubProvider implements PullRequestProvider, ReviewSignals {
  readonly name = 'github';
  private octokit?: Promise<Octokit>;
  private readonly clientOptions: { token: string; baseUrl: string; fetch: typeof fetch };

  constructor(
    private readonly ref: GitHubRepoRef,
    token: string,
    private readonly retry: RetryPolicy = defaultRetry,
  ) {
    requireForgeToken("GitHub's API", ref.apiUrl, token);
    // Every request is bounded: a forge that accepts and never answers must not hang the step.
    const apiUrl = ref.apiUrl;
    const timedFetch = (url: string | URL | Request, init?: RequestInit) =>
      fetch(url, { ...init, signal: AbortSignal.timeout(networkTimeoutMs()) }).catch((e: Error) => {
        throw e.name === 'TimeoutError' ? noAnswerError(`GitHub API ${apiUrl}`) : e;
      });
    this.clientOptions = { token, baseUrl: ref.apiUrl, fetch: timedFetch as typeof fetch };
  }

  /** What GitHub answered for `what`, checked against `shape` (the fields the caller reads). */
  private checked<T>(answer: T, shape: Shape, what: string): T {
    return checkAnswer<T>(answer, shape, `GitHub's API at ${displayUrl(this.ref.apiUrl)}`, what);
  }

  /** `read`: an idempotent GET, tried again after a server error (5xx). */
  private async call<T>(what: string, fn: (octokit: Octokit) => Promise<T>, read = false): Promise<T> {
    const { token, baseUrl, fetch } = this.clientOptions;
    this.octokit ??= import('@actions/github').then((m) => m.getOctokit(token, { baseUrl, request: { fetch } }));
    const octokit = await this.octokit;
    const serverError = (e: unknown) => {
      const r = asRequestError(e);
      return read && Boolean(r.response) && (r.status ?? 0) >= 500;
    };
    try {
      return await withRateLimitRetry(
        what,
        () => fn(octokit),
        (e) => {
          const r = asRequestError(e);
          return r.status ? rateLimitWait(r.status, r.response?.headers ?? {}) : undefined;
        },
        this.retry,
        serverError,
      );
    } catch (err) {
      if (err instanceof RingwayError) throw err;
      throw this.explain(what, err);
    }
  }

  private explain(what: string, err: unknown): Error {
    const r = asRequestError(err);
    const repo = `${this.ref.owner}/${this.ref.repo}`;
    // octokit wraps what fetch threw (our timeout error among them) as the cause of a RequestError.
    const cause = (err as { cause?: unknown }).cause;
    if (cause instanceof RingwayError && cause.kind === 'timeout')
      return new RingwayError(`${what}: ${cause.message}`, { kind: 'timeout', input: cause.input, cause: err });
    if (!r.response) {
      // No HTTP answer at all (octokit reports it as a 500 without a response): unreachable, not a server error.
      const c = cause as { message?: string; cause?: { code?: string } } | undefined;
      return new RingwayError(
        `${what}: cannot reach GitHub's API at ${displayUrl(this.ref.apiUrl)}: ${c?.cause?.code ?? c?.message ?? (err as Error).message}`,
        { kind: 'unreachable', cause: err },
      );
    }
    const denied = accessError(
      what,
      r.status,
      'GitHub',
      repo,
      {
        read: 'read access to checks, commit statuses and pull requests',
        write: 'contents and pull-requests write access',
      },
      jobTokenNote(this.ref.apiUrl),
    );
    if (denied) return denied;
    const errors = r.response?.data?.errors;
    const detail = errors?.[0]?.message ?? r.response?.data?.message ?? (err as Error).message;
    const status = r.status ?? 0;
    // GitHub refuses a second pull request for a branch with 422 and says so in the error list (code 'custom').
    const exists =
      status === 422 &&
      Array.isArray(errors) &&
      errors.some((e) => typeof e?.message === 'string' && e.message.includes('already exists'));
    return new RingwayError(`${what}: GitHub answered HTTP ${r.status ?? '?'}: ${detail}`, {
      kind: exists ? 'conflict' : statusKind(status),
      ...(status ? { status } : {}),
      cause: err,
    });
  }

  async preflight(): Promise<void> {
    const { owner, repo } = this.ref;
    await this.call('checking access to the repository', (o) => o.rest.repos.get({ owner, repo }));
  }

  async openOrUpdate(spec: PullRequestSpec): Promise<PullRequestResult> {
    const { owner, repo } = this.ref;
    const existing = await this.findOpen(spec);
    let number: number;
    let url: string;
    let nodeId: string;
    let created = false;
    if (existing) {
      ({ number, html_url: url, node_id: nodeId } = existing);
      await this.call('updating the pull request', (o) =>
        o.rest.pulls.update({ owner, repo, pull_number: number, title: spec.title, body: spec.body }),
      );
    } else {
      try {
        const what = 'opening a pull request';
        const res = await this.call(what, (o) =>
          o.rest.pulls.create({
            owner,
            repo,
            head: spec.sourceBranch,
            base: spec.targetBranch,
            title: spec.title,
            body: spec.body,
          }),
        );
        ({ number, html_url: url, node_id: nodeId } = this.checked(res.data, PULL_REQUEST, what));
        created = true;
      } catch (err) {
        // Another run opened it between our search and our create (422 "A pull request already exists").
        const again = kindOf(err) === 'conflict' ? await this.findOpen(spec) : undefined;
        if (!again) throw err;
        ({ number, html_url: url, node_id: nodeId } = again);
      }
    }
    if (spec.labels.length) {
      await this.call('labelling the pull request', (o) =>
        o.rest.issues.addLabels({ owner, repo, issue_number: number, labels: spec.labels }),
      );
    }
    if (spec.reviewers.length) {
      await this.call('requesting reviewers', (o) =>
        o.rest.pulls.requestReviewers({ owner, repo, pull_number: number, reviewers: spec.reviewers }),
      );
    }
    if (spec.autoMerge) {
      await this.call('enabling auto-merge', (o) =>
        o.graphql(
          'mutation($pullRequestId: ID!, $mergeMethod: PullRequestMergeMethod!) { enablePullRequestAutoMerge(input: {pullRequestId: $pullRequestId, mergeMethod: $mergeMethod}) { pullRequest { number } } }',
          { pullRequestId: nodeId, mergeMethod: GRAPHQL_MERGE[spec.mergeMethod] },
        ),
      );
    }
    return { number: String(number), url, created };
  }

  private async findOpen(spec: PullRequestSpec) {
    const { owner, repo } = this.ref;
    const what = 'looking for an open pull request';
    const res = await this.call(what, (o) =>
      o.rest.pulls.list({
        owner,
        repo,
        state: 'open',
        head: `${owner}:${spec.sourceBranch}`,
        base: spec.targetBranch,
        per_page: 10,
      }),
    );
    return this.checked(res.data, PULL_REQUESTS, what).find((p) => p.head.ref === spec.sourceBranch);
  }

  /** Check runs (latest per name) and commit statuses (latest per context) of a commit. */
  async commitChecks(sha: string): Promise<CommitCheck[]> {
    const { owner, repo } = this.ref;
    const runs = this.checked(
      await this.call(
        'reading check runs',
        (o) => o.paginate(o.rest.checks.listForRef, { owner, repo, ref: sha, filter: 'latest', per_page: 100 }),
        true,
      ),
      CHECK_RUNS,
      'reading check runs',
    );
    const combined = await this.call(
      'reading commit statuses',
      (o) => o.rest.repos.getCombinedStatusForRef({ owner, repo, ref: sha, per_page: 100 }),
      true,
    );
    this.checked(combined.data, COMBINED_STATUS, 'reading commit statuses');
    const out: CommitCheck[] = runs.map((r) => {
      if (r.status !== 'completed') return { name: r.name, state: 'pending', detail: r.status };
      const ok = r.conclusion === 'success' || r.conclusion === 'neutral' || r.conclusion === 'skipped';
      return { name: r.name, state: ok ? 'success' : 'failure', detail: r.conclusion ?? 'completed' };
    });
    for (const st of combined.data.statuses) {
      out.push({
        name: st.context,
        state: st.state === 'success' ? 'success' : st.state === 'pending' ? 'pending' : 'failure',
        detail: st.state,
      });
    }
    return out;
  }

  /** Each reviewer's latest approving or blocking review (comments do not change a verdict). */
  async reviews(pr: string): Promise<Review[]> {
    const { owner, repo } = this.ref;
    const what = 'reading pull request reviews';
    const list = this.checked(
      await this.call(
        what,
        (o) => o.paginate(o.rest.pulls.listReviews, { owner, repo, pull_number: Number(pr), per_page: 100 }),
        true,
      ),
      REVIEWS,
      what,
    );
    const latest = new Map<string, Review['verdict']>();
    for (const r of list) {
      const who = r.user?.login ?? '';
      if (r.state === 'APPROVED') latest.set(who, 'approved');
      else if (r.state === 'CHANGES_REQUESTED') latest.set(who, 'rejected');
      else if (r.state === 'DISMISSED') latest.set(who, 'none');
    }
    return [...latest].map(([reviewer, verdict]) => ({ reviewer, verdict }));
  }
}
