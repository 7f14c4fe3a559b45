import type { Shape } from '../answer.js';
import { kindOf, RingwayError, statusKind } from '../errors.js';
import { jobTokenNote } from '../git/job-token.js';
import { registerSecret } from '../secrets.js';
import { accessError } from './access-error.js';
import { requireForgeToken } from './forge-token.js';
import { HttpError, restRequest, type RestForge } from './rest.js';
import { defaultRetry, type RetryPolicy } from './rate-limit.js';
import type {
  CommitCheck,
  MergeMethod,
  PullRequestProvider,
  PullRequestResult,
  PullRequestSpec,
  Review,
  ReviewSignals,
} from './types.js';

const API = 'api-version=7.1';

export interface AzureRepoRef {
  /** Organization root of the REST API: https://dev.azure.com/<org>. */
  orgUrl: string;
  project: string;
  repo: string;
  /** Web address of the repository, for pull request links. */
  webUrl: string;
}

/** Org, project and repository from an Azure Repos clone URL (dev.azure.com or *.visualstudio.com). */
export function parseAzureUrl(url: string, apiUrl?: string): AzureRepoRef {
  const u = new URL(url);
  let org: string;
  let rest: string[];
  const parts = u.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (/\.visualstudio\.com$/i.test(u.hostname)) {
    org = u.hostname.split('.')[0];
    rest = parts;
  } else {
    [org, ...rest] = parts;
  }
  const git = rest.indexOf('_git');
  if (!org || git < 1 || !rest[git + 1])
    throw new RingwayError(`'${url}' is not an Azure Repos URL (https://dev.azure.com/<org>/<project>/_git/<repo>)`);
  const project = rest[git - 1];
  const repo = rest[git + 1].replace(/\.git$/, '');
  const orgUrl = (
    apiUrl ||
    (/\.visualstudio\.com$/i.test(u.hostname)
      ? `${u.protocol}//${u.host}`
      : `${u.protocol}//${u.host}/${encodeURIComponent(org)}`)
  ).replace(/\/$/, '');
  return {
    orgUrl,
    project,
    repo,
    webUrl: `${u.protocol}//${u.host}${u.pathname.replace(/\.git$/, '').replace(/\/$/, '')}`,
  };
}

const STRATEGY: Record<MergeMethod, string> = { merge: 'noFastForward', squash: 'squash', rebase: 'rebase' };

interface AzurePullRequest {
  pullRequestId: number;
  sourceRefName: string;
  targetRefName: string;
  createdBy: { id: string };
}

// The fields each answer is read for (Azure DevOps REST 7.1), checked before use.
const PULL_REQUEST: Shape = {
  pullRequestId: 'number',
  sourceRefName: 'string',
  targetRefName: 'string',
  createdBy: { id: 'string' },
};
const PULL_REQUESTS: Shape = { value: [PULL_REQUEST] };
const STATUSES: Shape = { value: [{ state: 'string', context: { name: 'string', genre: 'string?' } }] };
const REVIEWERS: Shape = { value: [{ id: 'string', uniqueName: 'string?', displayName: 'string?', vote: 'number' }] };

/** Pull requests on Azure Repos through its REST API (7.1). */
export class AzureDevOpsProvider implements PullRequestProvider, ReviewSignals {
  readonly name = 'azure-devops';
  private readonly api: RestForge;

  constructor(
    private readonly ref: AzureRepoRef,
    token: string,
    private readonly retry: RetryPolicy = defaultRetry,
  ) {
    requireForgeToken('the Azure DevOps API', ref.orgUrl, token, { own: 'organisation' });
    const auth = `Basic ${Buffer.from(`:${token}`).toString('base64')}`;
    registerSecret(auth);
    this.api = {
      forge: 'Azure DevOps',
      server: `Azure DevOps ${ref.orgUrl}`,
      headers: { Authorization: auth },
      retry,
      explain: (what, err) => this.explain(what, err),
    };
  }

  private repoApi(path: string): string {
    return `${this.ref.orgUrl}/${encodeURIComponent(this.ref.project)}/_apis/git/repositories/${encodeURIComponent(this.ref.repo)}${path}`;
  }

  /** `shape`: the fields of the answer the caller reads (lib/scm/rest.ts). */
  private request<T = unknown>(what: string, method: string, url: string, body?: unknown, shape?: Shape): Promise<T> {
    return restRequest<T>(this.api, what, method, url, body, shape);
  }

  private explain(what: string, err: HttpError): RingwayError {
    const repo = `${this.ref.project}/${this.ref.repo}`;
    const denied = accessError(
      what,
      err.status,
      'Azure DevOps',
      repo,
      { read: 'Code (read) scope', write: 'Code (read & write) scope' },
      jobTokenNote(this.ref.orgUrl),
    );
    if (denied) return denied;
    let detail = err.body.slice(0, 200);
    try {
      detail = (JSON.parse(err.body) as { message?: string }).message ?? detail;
    } catch {
      // not JSON: keep the text
    }
    return new RingwayError(`${what}: Azure DevOps answered HTTP ${err.status}: ${detail}`, {
      kind: statusKind(err.status),
      status: err.status,
    });
  }

  async preflight(): Promise<void> {
    await this.request('checking access to the repository', 'GET', this.repoApi(`?${API}`));
  }

  async openOrUpdate(spec: PullRequestSpec): Promise<PullRequestResult> {
    const source = `refs/heads/${spec.sourceBranch}`;
    const target = `refs/heads/${spec.targetBranch}`;
    let pr = await this.findActive(source, target);
    let created = false;
    if (pr) {
      await this.request(
        'updating the pull request',
        'PATCH',
        this.repoApi(`/pullrequests/${pr.pullRequestId}?${API}`),
        { title: spec.title, description: spec.body },
      );
    } else {
      try {
        pr = await this.request<AzurePullRequest>(
          'opening a pull request',
          'POST',
          this.repoApi(`/pullrequests?${API}`),
          {
            sourceRefName: source,
            targetRefName: target,
            title: spec.title,
            description: spec.body,
            labels: spec.labels.map((name) => ({ name })),
            reviewers: spec.reviewers.map((id) => ({ id })),
          },
          PULL_REQUEST,
        );
        created = true;
      } catch (err) {
        // 409 (TF401179): an active pull request for these branches already exists (a concurrent run).
        pr = kindOf(err) === 'conflict' ? await this.findActive(source, target) : undefined;
        if (!pr) throw err;
      }
    }
    const id = pr.pullRequestId;
    if (!created) {
      for (const name of spec.labels)
        await this.request('labelling the pull request', 'POST', this.repoApi(`/pullrequests/${id}/labels?${API}`), {
          name,
        });
      for (const reviewer of spec.reviewers) {
        await this.request(
          'adding a reviewer',
          'PUT',
          this.repoApi(`/pullrequests/${id}/reviewers/${encodeURIComponent(reviewer)}?${API}`),
          { vote: 0 },
        );
      }
    }
    if (spec.autoMerge) {
      // Auto-complete is set in the name of the pull request's creator: the token's identity when this
      // run opened it, and the identity of the run that did otherwise. (connectionData, which would
      // name the token's identity, is not part of the published Git REST description.)
      await this.request('setting auto-complete', 'PATCH', this.repoApi(`/pullrequests/${id}?${API}`), {
        autoCompleteSetBy: { id: pr.createdBy.id },
        completionOptions: { mergeStrategy: STRATEGY[spec.mergeMethod], deleteSourceBranch: true },
      });
    }
    return { number: String(id), url: `${this.ref.webUrl}/pullrequest/${id}`, created };
  }

  private async findActive(source: string, target: string): Promise<AzurePullRequest | undefined> {
    const q = new URLSearchParams({
      'searchCriteria.sourceRefName': source,
      'searchCriteria.targetRefName': target,
      'searchCriteria.status': 'active',
    });
    const res = await this.request<{ value: AzurePullRequest[] }>(
      'looking for an active pull request',
      'GET',
      this.repoApi(`/pullrequests?${q}&${API}`),
      undefined,
      PULL_REQUESTS,
    );
    return res.value.find((p) => p.sourceRefName === source && p.targetRefName === target);
  }

  /** Latest status per context of a commit; a check is named `genre/name` or just `name`. */
  async commitChecks(sha: string): Promise<CommitCheck[]> {
    const res = await this.request<{
      value: { state: string; description?: string; context: { name: string; genre?: string } }[];
    }>(
      'reading commit statuses',
      'GET',
      this.repoApi(`/commits/${encodeURIComponent(sha)}/statuses?latestOnly=true&${API}`),
      undefined,
      STATUSES,
    );
    return res.value.map((s) => ({
      name: s.context.genre ? `${s.context.genre}/${s.context.name}` : s.context.name,
      state:
        s.state === 'succeeded' || s.state === 'notApplicable'
          ? 'success'
          : s.state === 'pending' || s.state === 'notSet'
            ? 'pending'
            : 'failure',
      detail: s.state,
    }));
  }

  /** Reviewer votes: 10 approved, 5 approved with suggestions, -5 waiting for author, -10 rejected. */
  async reviews(pr: string): Promise<Review[]> {
    const res = await this.request<{
      value: { id: string; uniqueName?: string; displayName?: string; vote: number }[];
    }>(
      'reading pull request reviewers',
      'GET',
      this.repoApi(`/pullrequests/${encodeURIComponent(pr)}/reviewers?${API}`),
      undefined,
      REVIEWERS,
    );
    return res.value.map((r) => ({
      reviewer: r.uniqueName || r.displayName || r.id,
      verdict: r.vote >= 5 ? 'approved' : r.vote <= -10 ? 'rejected' : 'none',
    }));
  }
}
