import { optional, type Shape } from '../answer.js';
import { kindOf, RingwayError, statusKind } from '../errors.js';
import { displayUrl } from '../git/auth.js';
import { jobTokenNote } from '../git/job-token.js';
import { registerSecret } from '../secrets.js';
import { accessError } from './access-error.js';
import { requireForgeToken } from './forge-token.js';
import { HttpError, restRequest, type RestForge } from './rest.js';
import { defaultRetry, type RetryPolicy } from './rate-limit.js';
import type {
  CommitCheck,
  PullRequestProvider,
  PullRequestResult,
  PullRequestSpec,
  Review,
  ReviewSignals,
} from './types.js';

export interface GitLabProjectRef {
  /** REST API root: https://gitlab.com/api/v4, or https://<host>[/<relative root>]/api/v4. */
  apiUrl: string;
  /** Full path of the project, subgroups included: group/subgroup/project. */
  project: string;
}

/** Project path and API root from a clone URL (gitlab.com or a self-managed host). */
export function parseGitLabUrl(url: string, apiUrl?: string): GitLabProjectRef {
  const u = new URL(url);
  const parts = u.pathname
    .replace(/\.git\/?$/, '')
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent);
  if (parts.length < 2 || parts.includes('-'))
    throw new RingwayError(`'${url}' is not a GitLab project URL (https://<host>/<group>[/<subgroup>…]/<project>)`);
  return {
    apiUrl: (apiUrl || `${u.protocol}//${u.host}/api/v4`).replace(/\/$/, ''),
    project: parts.join('/'),
  };
}

/** gitlab.com and its subdomains; self-managed hosts are named with `provider: gitlab`. */
export function isGitLabHost(host: string): boolean {
  return /(^|\.)gitlab\.com$/i.test(host);
}

/**
 * The header GitLab reads a token from: access tokens (glpat-, project and group tokens, all
 * prefixed gl…-) as PRIVATE-TOKEN, a CI/CD job token (glcbt-) as JOB-TOKEN, anything else (an
 * OAuth token) as Authorization: Bearer.
 */
export function gitLabAuthHeader(token: string): [string, string] {
  if (/^glcbt-/.test(token)) return ['JOB-TOKEN', token];
  if (/^gl[a-z]+-/.test(token)) return ['PRIVATE-TOKEN', token];
  return ['Authorization', `Bearer ${token}`];
}

interface MergeRequest {
  iid: number;
  web_url: string;
  source_branch: string;
  target_branch: string;
  reviewers?: { id: number }[] | null;
}

// The fields each answer is read for (GitLab REST v4), checked before use.
const MERGE_REQUEST: Shape = {
  iid: 'number',
  web_url: 'string',
  source_branch: 'string',
  target_branch: 'string',
  reviewers: optional([{ id: 'number' }]),
};
const MERGE_REQUESTS: Shape = [MERGE_REQUEST];
const USERS: Shape = [{ id: 'number', username: 'string' }];
const STATUSES: Shape = [{ name: 'string', status: 'string', allow_failure: 'boolean?' }];
const PIPELINES: Shape = [{ id: 'number', status: 'string' }];
const APPROVALS: Shape = { approved_by: optional([{ user: { username: 'string' } }]) };
const REVIEWERS: Shape = [{ user: { username: 'string' }, state: 'string?' }];

/** Merge requests, commit statuses, pipelines and approvals through GitLab's REST API (v4). */
export class GitLabProvider implements PullRequestProvider, ReviewSignals {
  readonly name = 'gitlab';
  private readonly header: [string, string];
  private readonly api: RestForge;

  constructor(
    private readonly ref: GitLabProjectRef,
    token: string,
    private readonly retry: RetryPolicy = defaultRetry,
  ) {
    requireForgeToken("GitLab's API", ref.apiUrl, token);
    this.header = gitLabAuthHeader(token);
    registerSecret(this.header[1]);
    this.api = {
      forge: 'GitLab',
      server: `GitLab's API at ${displayUrl(ref.apiUrl)}`,
      headers: { [this.header[0]]: this.header[1] },
      retry,
      explain: (what, err) => this.explain(what, err),
    };
  }

  /** The project's API path; its full path is one URL-encoded segment (group%2Fsub%2Fproject). */
  private projectApi(path: string): string {
    return `${this.ref.apiUrl}/projects/${encodeURIComponent(this.ref.project)}${path}`;
  }

  /** `shape`: the fields of the answer the caller reads (lib/scm/rest.ts). */
  private request<T = unknown>(what: string, method: string, url: string, body?: unknown, shape?: Shape): Promise<T> {
    return restRequest<T>(this.api, what, method, url, body, shape);
  }

  private explain(what: string, err: HttpError): RingwayError {
    const jobToken = this.header[0] === 'JOB-TOKEN';
    const denied = accessError(
      what,
      err.status,
      'GitLab',
      this.ref.project,
      {
        read: 'the read_api scope (Reporter role or above)',
        write: jobToken
          ? 'a project or personal access token with the api scope: GitLab does not let a CI/CD job token open merge requests'
          : 'the api scope (Developer role or above)',
      },
      jobTokenNote(this.ref.apiUrl),
    );
    if (denied) return denied;
    // GitLab's errors: {"message": "…"}, {"message": {"field": ["…"]}} or {"error": "…"}.
    let detail = err.body.slice(0, 200);
    try {
      const parsed = JSON.parse(err.body) as { message?: unknown; error?: unknown };
      const m = parsed.message ?? parsed.error;
      if (typeof m === 'string') detail = m;
      else if (Array.isArray(m)) detail = m.join('; ');
      else if (m && typeof m === 'object')
        detail = Object.entries(m as Record<string, unknown>)
          .map(([k, v]) => `${k} ${Array.isArray(v) ? v.join(', ') : String(v)}`)
          .join('; ');
    } catch {
      // not JSON: keep the text
    }
    // A second merge request for a branch is refused with 409 ("Another open merge request already exists").
    return new RingwayError(`${what}: GitLab answered HTTP ${err.status}: ${detail}`, {
      kind: statusKind(err.status),
      status: err.status,
    });
  }

  async preflight(): Promise<void> {
    await this.request('checking access to the repository', 'GET', this.projectApi(''));
  }

  async openOrUpdate(spec: PullRequestSpec): Promise<PullRequestResult> {
    // Reviewers are named by username; GitLab's merge requests take user ids.
    const reviewerIds = spec.reviewers.length ? await this.userIds(spec.reviewers) : [];
    const squash = spec.mergeMethod === 'squash';
    let mr = await this.findOpen(spec);
    let created = false;
    if (mr) {
      const ids = [...new Set([...(mr.reviewers ?? []).map((r) => r.id), ...reviewerIds])];
      await this.request('updating the merge request', 'PUT', this.projectApi(`/merge_requests/${mr.iid}`), {
        title: spec.title,
        description: spec.body,
        ...(spec.labels.length ? { add_labels: spec.labels.join(',') } : {}),
        ...(reviewerIds.length ? { reviewer_ids: ids } : {}),
        ...(squash ? { squash } : {}),
      });
    } else {
      try {
        mr = await this.request<MergeRequest>(
          'opening a merge request',
          'POST',
          this.projectApi('/merge_requests'),
          {
            source_branch: spec.sourceBranch,
            target_branch: spec.targetBranch,
            title: spec.title,
            description: spec.body,
            remove_source_branch: true,
            ...(spec.labels.length ? { labels: spec.labels.join(',') } : {}),
            ...(reviewerIds.length ? { reviewer_ids: reviewerIds } : {}),
            ...(squash ? { squash } : {}),
          },
          MERGE_REQUEST,
        );
        created = true;
      } catch (err) {
        // Another run opened it between our search and our create (409).
        mr = kindOf(err) === 'conflict' ? await this.findOpen(spec) : undefined;
        if (!mr) throw err;
      }
    }
    if (spec.autoMerge) {
      // Merges when the pipeline succeeds (merges at once when the project has no pipeline).
      await this.request(
        'setting merge when pipeline succeeds',
        'PUT',
        this.projectApi(`/merge_requests/${mr.iid}/merge`),
        {
          merge_when_pipeline_succeeds: true,
          // GitLab's default squash message is the title alone; the change's own message keeps the
          // Ringway-* trailers (the body's last paragraph) that records read from the merged commit.
          ...(squash ? { squash, squash_commit_message: `${spec.title}\n\n${spec.body}\n` } : {}),
        },
      );
    }
    return { number: String(mr.iid), url: mr.web_url, created };
  }

  private async findOpen(spec: PullRequestSpec): Promise<MergeRequest | undefined> {
    const q = new URLSearchParams({
      state: 'opened',
      source_branch: spec.sourceBranch,
      target_branch: spec.targetBranch,
      per_page: '10',
    });
    const list = await this.request<MergeRequest[]>(
      'looking for an open merge request',
      'GET',
      this.projectApi(`/merge_requests?${q}`),
      undefined,
      MERGE_REQUESTS,
    );
    return list.find((m) => m.source_branch === spec.sourceBranch && m.target_branch === spec.targetBranch);
  }

  private async userIds(usernames: string[]): Promise<number[]> {
    const ids: number[] = [];
    for (const name of usernames) {
      const what = `looking up reviewer ${name}`;
      const users = await this.request<{ id: number; username: string }[]>(
        what,
        'GET',
        `${this.ref.apiUrl}/users?${new URLSearchParams({ username: name })}`,
        undefined,
        USERS,
      );
      const user = users.find((u) => u.username.toLowerCase() === name.toLowerCase());
      if (!user)
        throw new RingwayError(`${what}: GitLab at ${displayUrl(this.ref.apiUrl)} has no user '${name}'`, {
          kind: 'not-found',
          input: 'reviewers',
        });
      ids.push(user.id);
    }
    return ids;
  }

  /**
   * The latest status of each job and external status on the commit (GitLab lists CI jobs as
   * commit statuses), and its latest pipeline as the check `pipeline`.
   */
  async commitChecks(sha: string): Promise<CommitCheck[]> {
    const statuses = await this.request<{ name: string; status: string; allow_failure?: boolean | null }[]>(
      'reading commit statuses',
      'GET',
      this.projectApi(`/repository/commits/${encodeURIComponent(sha)}/statuses?per_page=100`),
      undefined,
      STATUSES,
    );
    const pipelines = await this.request<{ id: number; status: string }[]>(
      'reading pipelines',
      'GET',
      this.projectApi(`/pipelines?${new URLSearchParams({ sha, order_by: 'id', sort: 'desc', per_page: '1' })}`),
      undefined,
      PIPELINES,
    );
    const out = statuses.map((s) => {
      const check = { name: s.name, ...gitLabState(s.status) };
      return check.state === 'failure' && s.allow_failure
        ? { ...check, state: 'success' as const, detail: `${s.status} (allowed to fail)` }
        : check;
    });
    if (pipelines[0]) out.push({ name: 'pipeline', ...gitLabState(pipelines[0].status) });
    return out;
  }

  /** Who approved the merge request, and which reviewers requested changes. */
  async reviews(pr: string): Promise<Review[]> {
    const iid = encodeURIComponent(pr);
    const approvals = await this.request<{ approved_by?: { user: { username: string } }[] | null }>(
      'reading merge request approvals',
      'GET',
      this.projectApi(`/merge_requests/${iid}/approvals`),
      undefined,
      APPROVALS,
    );
    const reviewers = await this.request<{ user: { username: string }; state?: string | null }[]>(
      'reading merge request reviewers',
      'GET',
      this.projectApi(`/merge_requests/${iid}/reviewers`),
      undefined,
      REVIEWERS,
    );
    const verdicts = new Map<string, Review['verdict']>();
    for (const a of approvals.approved_by ?? []) verdicts.set(a.user.username, 'approved');
    for (const r of reviewers)
      if (r.state === 'requested_changes') verdicts.set(r.user.username, 'rejected');
      else if (!verdicts.has(r.user.username)) verdicts.set(r.user.username, 'none');
    return [...verdicts].map(([reviewer, verdict]) => ({ reviewer, verdict }));
  }
}

/** A job, commit status or pipeline state as a check state; skipped counts as green, as on GitHub. */
function gitLabState(status: string): Pick<CommitCheck, 'state' | 'detail'> {
  if (status === 'success' || status === 'skipped') return { state: 'success', detail: status };
  if (status === 'failed' || status === 'canceled' || status === 'canceling')
    return { state: 'failure', detail: status };
  // created, waiting_for_resource, preparing, pending, running, manual, scheduled, waiting_for_callback
  return { state: 'pending', detail: status };
}
