import { optional, type Shape } from '../answer.js';
import { displayUrl } from '../git/auth.js';
import { jobTokenNote } from '../git/job-token.js';
import { kindOf, RingwayError, statusKind, UsageError } from '../errors.js';
import { registerSecret } from '../secrets.js';
import { accessError } from './access-error.js';
import { requireForgeToken } from './forge-token.js';
import { defaultRetry, type RetryPolicy } from './rate-limit.js';
import { HttpError, restRequest, type RestForge } from './rest.js';
import type {
  CommitCheck,
  MergeMethod,
  PullRequestProvider,
  PullRequestResult,
  PullRequestSpec,
  Review,
  ReviewSignals,
} from './types.js';

export interface GiteaRepoRef {
  owner: string;
  repo: string;
  /** REST API root: https://<host>[/<sub-path>]/api/v1. */
  apiUrl: string;
}

/**
 * owner/repo from a clone URL of a Gitea or Forgejo server (the last two path segments, so a server
 * under a sub-path works), and the API root, which a self-hosted server cannot be guessed from.
 */
export function parseGiteaUrl(url: string, apiUrl: string): GiteaRepoRef {
  const u = new URL(url);
  const parts = u.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length < 2)
    throw new RingwayError(`'${url}' is not a Gitea repository URL (https://<host>/<owner>/<repo>)`);
  if (!apiUrl)
    throw new UsageError(
      `input 'api-url': the Gitea or Forgejo API root is required with provider gitea or forgejo (https://<host>/api/v1)`,
      { input: 'api-url' },
    );
  return {
    owner: parts[parts.length - 2],
    repo: parts[parts.length - 1].replace(/\.git$/, ''),
    apiUrl: apiUrl.replace(/\/$/, ''),
  };
}

// Gitea's merge styles (MergePullRequestOption.Do) for ringway's merge methods.
const MERGE_STYLE: Record<MergeMethod, string> = { merge: 'merge', squash: 'squash', rebase: 'rebase' };

interface GiteaPullRequest {
  number: number;
  html_url: string;
  state: string;
  head: { ref: string };
  base: { ref: string };
}

// The fields each answer is read for (Gitea API v1), checked before use.
const PULL_REQUEST: Shape = {
  number: 'number',
  html_url: 'string',
  state: 'string',
  head: { ref: 'string' },
  base: { ref: 'string' },
};
const PULL_REQUESTS: Shape = [PULL_REQUEST];
const LABELS: Shape = [{ id: 'number', name: 'string' }];
const COMBINED_STATUS: Shape = { statuses: optional([{ context: 'string', status: 'string' }]) };
const REVIEWS: Shape = [{ state: 'string', dismissed: 'boolean?', user: optional({ login: 'string' }) }];

/**
 * Gitea works out whether a new pull request merges in the background; until it knows, a merge
 * request is refused with 405 "Please try again later". Tries of that request, and the pause before
 * the next (times the try).
 */
const MERGE_TRIES = 6;
const MERGE_PAUSE_MS = 1000;

/** Items a list page asks for, and the most pages read (Gitea's default maximum page size is 50). */
const PAGE = 50;
const MAX_PAGES = 20;

/** Gitea's own words in a refusal ({"message": …}), else the start of the body. */
function messageOf(body: string): string {
  try {
    const message = (JSON.parse(body) as { message?: unknown }).message;
    if (typeof message === 'string') return message;
  } catch {
    // not JSON: the text itself
  }
  return body.slice(0, 200);
}

/** Pull requests, commit statuses and reviews on a Gitea or Forgejo server through its REST API (v1). */
export class GiteaProvider implements PullRequestProvider, ReviewSignals {
  readonly name = 'gitea';
  private readonly api: RestForge;

  constructor(
    private readonly ref: GiteaRepoRef,
    token: string,
    private readonly retry: RetryPolicy = defaultRetry,
  ) {
    requireForgeToken("Gitea's API", ref.apiUrl, token, { where: displayUrl(ref.apiUrl) });
    // Gitea's documented header for API tokens ("token" then the token).
    const auth = `token ${token}`;
    registerSecret(auth);
    this.api = {
      forge: 'Gitea',
      server: `Gitea's API at ${displayUrl(ref.apiUrl)}`,
      headers: { Authorization: auth },
      retry,
      explain: (what, err) => this.explain(what, err),
    };
  }

  private repoApi(path: string): string {
    return `${this.ref.apiUrl}/repos/${encodeURIComponent(this.ref.owner)}/${encodeURIComponent(this.ref.repo)}${path}`;
  }

  /**
   * One request through the shared REST path (lib/scm/rest.ts); `again`: a refusal worth another
   * try after a pause (Gitea still working out whether a pull request merges).
   */
  private async request<T = unknown>(
    what: string,
    method: string,
    url: string,
    body?: unknown,
    shape?: Shape,
    again?: (status: number, message: string) => boolean,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await restRequest<T>(this.api, what, method, url, body, shape);
      } catch (e) {
        const status = e instanceof RingwayError ? e.status : undefined;
        if (status === undefined || attempt >= MERGE_TRIES || !again?.(status, (e as Error).message)) throw e;
        await this.retry.sleep(MERGE_PAUSE_MS * attempt);
      }
    }
  }

  private explain(what: string, err: HttpError): RingwayError {
    const repo = `${this.ref.owner}/${this.ref.repo}`;
    const denied = accessError(
      what,
      err.status,
      'Gitea',
      repo,
      { read: 'the read:repository scope', write: 'the write:repository and write:issue scopes' },
      jobTokenNote(this.ref.apiUrl),
    );
    if (denied) return denied;
    return new RingwayError(`${what}: Gitea answered HTTP ${err.status}: ${messageOf(err.body)}`, {
      kind: statusKind(err.status),
      status: err.status,
    });
  }

  /** Every page of a list, up to MAX_PAGES of PAGE items. */
  private async list<T>(what: string, url: string, shape: Shape): Promise<T[]> {
    const out: T[] = [];
    const sep = url.includes('?') ? '&' : '?';
    for (let page = 1; page <= MAX_PAGES; page++) {
      const items = await this.request<T[]>(what, 'GET', `${url}${sep}limit=${PAGE}&page=${page}`, undefined, shape);
      out.push(...items);
      if (items.length < PAGE) break;
    }
    return out;
  }

  async preflight(): Promise<void> {
    await this.request('checking access to the repository', 'GET', this.repoApi(''));
  }

  async openOrUpdate(spec: PullRequestSpec): Promise<PullRequestResult> {
    // Labels are given by name and set by id: a name the repository lacks stops here, before any pull request.
    const labelIds = spec.labels.length ? await this.labelIds(spec.labels) : [];
    let pr = await this.findOpen(spec);
    let created = false;
    if (pr) {
      await this.request('updating the pull request', 'PATCH', this.repoApi(`/pulls/${pr.number}`), {
        title: spec.title,
        body: spec.body,
      });
    } else {
      try {
        pr = await this.request<GiteaPullRequest>(
          'opening a pull request',
          'POST',
          this.repoApi('/pulls'),
          { head: spec.sourceBranch, base: spec.targetBranch, title: spec.title, body: spec.body },
          PULL_REQUEST,
        );
        created = true;
      } catch (err) {
        // 409: an open pull request for these branches already exists (a concurrent run).
        pr = kindOf(err) === 'conflict' ? await this.findOpen(spec) : undefined;
        if (!pr) throw err;
      }
    }
    const n = pr.number;
    if (labelIds.length)
      await this.request('labelling the pull request', 'POST', this.repoApi(`/issues/${n}/labels`), {
        labels: labelIds,
      });
    if (spec.reviewers.length)
      await this.request('requesting reviewers', 'POST', this.repoApi(`/pulls/${n}/requested_reviewers`), {
        reviewers: spec.reviewers,
      });
    if (spec.autoMerge) await this.scheduleMerge(n, spec.mergeMethod, created);
    return { number: String(n), url: pr.html_url, created };
  }

  /** Gitea's "merge when checks succeed": merged by the server once the branch's required checks pass. */
  private async scheduleMerge(n: number, method: MergeMethod, created: boolean): Promise<void> {
    try {
      await this.request(
        'scheduling the merge when checks succeed',
        'POST',
        this.repoApi(`/pulls/${n}/merge`),
        // `Do`, as Gitea's description names the field (MergePullRequestForm has no JSON tag).
        { Do: MERGE_STYLE[method], merge_when_checks_succeed: true, delete_branch_after_merge: true },
        undefined,
        // Still working out whether it merges (a pull request just opened or updated).
        (status, message) => status === 405 && /try again later/i.test(message),
      );
    } catch (err) {
      // A re-run: the pull request this branch already had is scheduled (Gitea answers 409).
      if (created || kindOf(err) !== 'conflict') throw err;
    }
  }

  private async labelIds(names: string[]): Promise<number[]> {
    const known = await this.list<{ id: number; name: string }>(
      'reading the repository labels',
      this.repoApi('/labels'),
      LABELS,
    );
    return names.map((name) => {
      const label = known.find((l) => l.name === name);
      if (!label)
        throw new UsageError(
          `input 'labels': ${this.ref.owner}/${this.ref.repo} has no label '${name}' (Gitea sets labels that exist; create it first)`,
          { input: 'labels' },
        );
      return label.id;
    });
  }

  private async findOpen(spec: PullRequestSpec): Promise<GiteaPullRequest | undefined> {
    const q = new URLSearchParams({ state: 'open' });
    const open = await this.list<GiteaPullRequest>(
      'looking for an open pull request',
      this.repoApi(`/pulls?${q}`),
      PULL_REQUESTS,
    );
    return open.find((p) => p.state === 'open' && p.head.ref === spec.sourceBranch && p.base.ref === spec.targetBranch);
  }

  /** The latest status per context of a commit (Gitea's combined status). */
  async commitChecks(sha: string): Promise<CommitCheck[]> {
    const what = 'reading commit statuses';
    const out: CommitCheck[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const combined = await this.request<{ statuses?: { context: string; status: string }[] | null }>(
        what,
        'GET',
        this.repoApi(`/commits/${encodeURIComponent(sha)}/status?limit=${PAGE}&page=${page}`),
        undefined,
        COMBINED_STATUS,
      );
      const statuses = combined.statuses ?? [];
      for (const s of statuses)
        out.push({
          name: s.context,
          state:
            s.status === 'success' || s.status === 'skipped'
              ? 'success'
              : s.status === 'pending'
                ? 'pending'
                : 'failure',
          detail: s.status,
        });
      if (statuses.length < PAGE) break;
    }
    return out;
  }

  /** Each reviewer's latest approving or blocking review; a dismissed one counts for nothing. */
  async reviews(pr: string): Promise<Review[]> {
    const list = await this.list<{ state: string; dismissed?: boolean; user?: { login: string } | null }>(
      'reading pull request reviews',
      this.repoApi(`/pulls/${encodeURIComponent(pr)}/reviews`),
      REVIEWS,
    );
    const latest = new Map<string, Review['verdict']>();
    for (const r of list) {
      const who = r.user?.login ?? '';
      if (r.dismissed) latest.set(who, 'none');
      else if (r.state === 'APPROVED') latest.set(who, 'approved');
      else if (r.state === 'REQUEST_CHANGES') latest.set(who, 'rejected');
    }
    return [...latest].map(([reviewer, verdict]) => ({ reviewer, verdict }));
  }
}
