import { RingwayError } from '../../lib/errors.js';
import type { GitRepo } from '../../lib/git/repo.js';
import { GiteaProvider, parseGiteaUrl } from '../../lib/scm/gitea.js';
import { providerFor, signalsFor } from '../../lib/scm/select.js';
import type { PullRequestSpec } from '../../lib/scm/types.js';
import { startForgeApi, type ForgeApi } from '../../stand-ins/forge-api.js';

// The Gitea provider against a stand-in that holds every request to Gitea's published
// swagger.v1.json (a verbatim subset, stand-ins/gitea-api/README.md): the cases the GitHub provider passes in
// providers.test.ts, on Gitea.

const TOKEN = 'gitea-token-8d2f4b61';
const spec = (over: Partial<PullRequestSpec> = {}): PullRequestSpec => ({
  sourceBranch: 'DEPLOY/frontend-prod-master-42',
  targetBranch: 'main',
  title: 'Updating frontend image tag to master-42.',
  body: 'PR created by: ci with buildId: 1',
  labels: [],
  reviewers: [],
  autoMerge: false,
  mergeMethod: 'merge',
  ...over,
});
const LABELS = [
  { id: 3, name: 'deploy' },
  { id: 7, name: 'rollback' },
];
const failureOf = async (p: Promise<unknown>): Promise<RingwayError> => {
  try {
    await p;
  } catch (err) {
    return err as RingwayError;
  }
  throw new Error('did not fail');
};

describe('repository URL and the provider choice', () => {
  test('owner/repo from the last two segments (a server under a sub-path too); api-url is required', () => {
    expect(parseGiteaUrl('https://git.contoso.test/platform/hld.git', 'https://git.contoso.test/api/v1/')).toEqual({
      owner: 'platform',
      repo: 'hld',
      apiUrl: 'https://git.contoso.test/api/v1',
    });
    expect(parseGiteaUrl('https://contoso.test/gitea/platform/hld', 'https://contoso.test/gitea/api/v1')).toMatchObject(
      {
        owner: 'platform',
        repo: 'hld',
      },
    );
    expect(() => parseGiteaUrl('https://git.contoso.test/hld', 'https://git.contoso.test/api/v1')).toThrow(
      "'https://git.contoso.test/hld' is not a Gitea repository URL",
    );
  });

  test("provider gitea builds the Gitea provider; without api-url one error naming 'api-url'", () => {
    const base = { provider: 'gitea', url: 'https://git.contoso.test/platform/hld', token: 't0ken' };
    expect(providerFor({ ...base, apiUrl: 'https://git.contoso.test/api/v1', repo: {} as GitRepo })).toBeInstanceOf(
      GiteaProvider,
    );
    expect(signalsFor({ ...base, apiUrl: 'https://git.contoso.test/api/v1', input: 'checks-repo' })).toBeInstanceOf(
      GiteaProvider,
    );
    let err: RingwayError | undefined;
    try {
      providerFor({ ...base, apiUrl: '', repo: {} as GitRepo });
    } catch (e) {
      err = e as RingwayError;
    }
    expect({ input: err?.input, kind: err?.kind, message: err?.message }).toEqual({
      input: 'api-url',
      kind: 'usage',
      message:
        "input 'api-url': the Gitea or Forgejo API root is required with provider gitea or forgejo (https://<host>/api/v1)",
    });
  });
});

describe("Gitea, against a server checking requests with Gitea's swagger.v1.json", () => {
  let api: ForgeApi;
  beforeAll(async () => {
    api = await startForgeApi('gitea');
  });
  afterAll(async () => {
    await api.stop();
  });
  const provider = () =>
    new GiteaProvider({ owner: 'contoso', repo: 'hld', apiUrl: `${api.url}/api/v1` }, TOKEN, {
      attempts: 4,
      maxWaitMs: 120_000,
      sleep: async () => {},
    });
  const calls = async () => (await api.requests()).requests.map((r) => `${r.method} ${r.path}`);

  test('opens a pull request with labels (by id), reviewers and merge when checks succeed; a re-run updates the same one', async () => {
    await api.reset({ token: TOKEN, labels: LABELS });
    const first = await provider().openOrUpdate(
      spec({ labels: ['deploy'], reviewers: ['octocat'], autoMerge: true, mergeMethod: 'squash' }),
    );
    expect(first).toEqual({ number: '100', url: `${api.url}/contoso/hld/pulls/100`, created: true });
    const second = await provider().openOrUpdate(
      spec({ title: 'Updating frontend image tag to master-42 (rerun).', labels: ['deploy'], autoMerge: true }),
    );
    expect(second).toEqual({ number: '100', url: `${api.url}/contoso/hld/pulls/100`, created: false });
    const { requests, prs } = await api.requests();
    expect(prs).toHaveLength(1);
    expect(prs[0]).toMatchObject({
      title: 'Updating frontend image tag to master-42 (rerun).',
      labels: ['deploy'],
      reviewers: ['octocat'],
      autoMerge: { do: 'squash', deleteBranch: true },
    });
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/v1/repos/contoso/hld/labels',
      'GET /api/v1/repos/contoso/hld/pulls',
      'POST /api/v1/repos/contoso/hld/pulls',
      'POST /api/v1/repos/contoso/hld/issues/100/labels',
      'POST /api/v1/repos/contoso/hld/pulls/100/requested_reviewers',
      'POST /api/v1/repos/contoso/hld/pulls/100/merge',
      'GET /api/v1/repos/contoso/hld/labels',
      'GET /api/v1/repos/contoso/hld/pulls',
      'PATCH /api/v1/repos/contoso/hld/pulls/100',
      'POST /api/v1/repos/contoso/hld/issues/100/labels',
      // Already scheduled (409): the re-run leaves it so.
      'POST /api/v1/repos/contoso/hld/pulls/100/merge',
    ]);
    expect(requests[1].query).toEqual({ state: 'open', limit: '50', page: '1' });
    expect(requests[3].body).toEqual({ labels: [3] });
    expect(requests[5].body).toEqual({
      Do: 'squash',
      merge_when_checks_succeed: true,
      delete_branch_after_merge: true,
    });
    expect(requests.every((r) => r.authorized)).toBe(true);
  });

  test('a pull request Gitea is still checking (405 "Please try again later"): the merge is scheduled on a later try; another 405 is one error', async () => {
    await api.reset({
      token: TOKEN,
      failures: [{ match: '/merge$', status: 405, body: { message: 'Please try again later', url: '' }, times: 2 }],
    });
    const waits: number[] = [];
    const patient = new GiteaProvider({ owner: 'contoso', repo: 'hld', apiUrl: `${api.url}/api/v1` }, TOKEN, {
      attempts: 4,
      maxWaitMs: 120_000,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(await patient.openOrUpdate(spec({ autoMerge: true }))).toMatchObject({ created: true });
    expect((await calls()).filter((c) => c.endsWith('/merge'))).toHaveLength(3);
    expect(waits).toEqual([1000, 2000]);
    expect((await api.requests()).prs[0]).toMatchObject({ autoMerge: { do: 'merge', deleteBranch: true } });

    await api.reset({
      token: TOKEN,
      failures: [{ match: '/merge$', status: 405, body: { message: 'User not allowed to merge PR', url: '' } }],
    });
    const err = await failureOf(provider().openOrUpdate(spec({ autoMerge: true })));
    expect(err.message).toBe(
      'scheduling the merge when checks succeed: Gitea answered HTTP 405: User not allowed to merge PR',
    );
    expect((await calls()).filter((c) => c.endsWith('/merge'))).toHaveLength(1);
  });

  test('409 "already exists" from a concurrent run: finds and updates that pull request', async () => {
    await api.reset({
      token: TOKEN,
      prs: [
        {
          owner: 'contoso',
          repo: 'hld',
          number: 7,
          head: 'DEPLOY/frontend-prod-master-42',
          base: 'main',
          title: 'x',
          body: '',
          labels: [],
          reviewers: [],
          autoMerge: null,
        },
      ],
      // The first search misses it (opened in between), so the create meets the 409.
      failures: [{ match: '^GET /api/v1/repos/contoso/hld/pulls$', status: 200, body: [] }],
    });
    expect(await provider().openOrUpdate(spec())).toMatchObject({ number: '7', created: false });
    expect(await calls()).toEqual([
      'GET /api/v1/repos/contoso/hld/pulls',
      'POST /api/v1/repos/contoso/hld/pulls',
      'GET /api/v1/repos/contoso/hld/pulls',
    ]);
  });

  test('a label the repository lacks: one error naming the label input, and no pull request', async () => {
    await api.reset({ token: TOKEN, labels: LABELS });
    const err = await failureOf(provider().openOrUpdate(spec({ labels: ['deploy', 'hotfix'] })));
    expect({ input: err.input, kind: err.kind, message: err.message }).toEqual({
      input: 'labels',
      kind: 'usage',
      message: "input 'labels': contoso/hld has no label 'hotfix' (Gitea sets labels that exist; create it first)",
    });
    expect((await api.requests()).prs).toHaveLength(0);
  });

  test('rate limited with Retry-After: waits and retries', async () => {
    await api.reset({
      token: TOKEN,
      failures: [{ match: '^GET ', status: 429, headers: { 'retry-after': '1' }, body: { message: 'rate limited' } }],
    });
    expect((await provider().openOrUpdate(spec())).created).toBe(true);
    expect((await calls()).filter((c) => c.startsWith('GET '))).toHaveLength(2);
  });

  test.each([
    [401, "Gitea rejected the token (HTTP 401): check the 'token' input"],
    [403, 'the token may not do this on contoso/hld (HTTP 403): it needs the write:repository and write:issue scopes'],
    [404, 'repository contoso/hld was not found, or the token cannot see it (HTTP 404)'],
  ])('HTTP %i: one clear error, nothing opened', async (status, message) => {
    await api.reset({ token: TOKEN, failures: [{ match: '^GET ', status }] });
    await expect(provider().openOrUpdate(spec())).rejects.toThrow(message);
    expect((await api.requests()).prs).toHaveLength(0);
  });

  test('a wrong token: the preflight stops at 401', async () => {
    await api.reset({ token: 'another-token' });
    const err = await failureOf(provider().preflight());
    expect({ kind: err.kind, status: err.status, input: err.input }).toEqual({
      kind: 'unauthorized',
      status: 401,
      input: 'token',
    });
  });

  test('commit statuses: the latest per context, success, pending or failure in the forge own words', async () => {
    const sha = 'c'.repeat(40);
    await api.reset({
      token: TOKEN,
      statuses: {
        [sha]: [
          { context: 'ci/build', status: 'success' },
          { context: 'ci/e2e', status: 'pending' },
          { context: 'lint', status: 'warning' },
          { context: 'docs', status: 'skipped' },
        ],
      },
    });
    expect(await provider().commitChecks(sha)).toEqual([
      { name: 'ci/build', state: 'success', detail: 'success' },
      { name: 'ci/e2e', state: 'pending', detail: 'pending' },
      { name: 'lint', state: 'failure', detail: 'warning' },
      { name: 'docs', state: 'success', detail: 'skipped' },
    ]);
    expect(await calls()).toEqual([`GET /api/v1/repos/contoso/hld/commits/${sha}/status`]);
  });

  test('reviews: the latest verdict per reviewer; a dismissed review counts for nothing', async () => {
    await api.reset({
      token: TOKEN,
      prs: [
        {
          owner: 'contoso',
          repo: 'hld',
          number: 12,
          head: 'x',
          base: 'main',
          title: 't',
          body: '',
          labels: [],
          reviewers: [],
        },
      ],
      reviews: {
        12: [
          { login: 'alice', state: 'REQUEST_CHANGES' },
          { login: 'alice', state: 'APPROVED' },
          { login: 'bob', state: 'COMMENT' },
          { login: 'carol', state: 'APPROVED', dismissed: true },
          { login: 'dave', state: 'REQUEST_CHANGES' },
        ],
      },
    });
    expect(await provider().reviews('12')).toEqual([
      { reviewer: 'alice', verdict: 'approved' },
      { reviewer: 'carol', verdict: 'none' },
      { reviewer: 'dave', verdict: 'rejected' },
    ]);
  });

  test('an answer of another shape (statuses whose context is missing): invalid-answer naming Gitea and the field', async () => {
    await api.reset({
      token: TOKEN,
      failures: [{ match: '/status$', status: 200, body: { state: 'success', statuses: [{ status: 'success' }] } }],
    });
    const err = await failureOf(provider().commitChecks('d'.repeat(40)));
    expect(err.kind).toBe('invalid-answer');
    expect(err.message).toBe(
      `reading commit statuses: Gitea's API at ${api.url}/api/v1 answered in a shape ringway does not know: statuses[0].context is missing`,
    );
  });

  test('a request the description does not allow fails: an undocumented body property, an unknown query parameter, a wrong type', async () => {
    await api.reset({ token: TOKEN, labels: LABELS });
    // A provider that sent GitHub's field names to Gitea would be told at once, not ignored as Gitea does.
    class Drifted extends GiteaProvider {
      override async preflight() {
        await (this as unknown as { request: (...a: unknown[]) => Promise<unknown> }).request(
          'opening a pull request',
          'POST',
          `${api.url}/api/v1/repos/contoso/hld/pulls`,
          { head: 'a', base: 'main', title: 't', draft: true },
        );
      }
    }
    const err = await failureOf(
      new Drifted({ owner: 'contoso', repo: 'hld', apiUrl: `${api.url}/api/v1` }, TOKEN).preflight(),
    );
    expect(err.message).toBe(
      'opening a pull request: Gitea answered HTTP 400: request does not match the API description: POST /repos/{owner}/{repo}/pulls (repoCreatePullRequest): body.draft is not a property the description names',
    );
    const raw = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${api.url}/api/v1${path}`, {
        method,
        headers: { Authorization: `token ${TOKEN}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return [res.status, ((await res.json()) as { message: string }).message];
    };
    expect(await raw('GET', '/repos/contoso/hld/pulls?head=DEPLOY/x')).toEqual([
      400,
      "request does not match the API description: GET /repos/{owner}/{repo}/pulls (repoListPullRequests): unknown query parameter 'head'",
    ]);
    expect(await raw('POST', '/repos/contoso/hld/issues/1/labels', { labels: 'deploy' })).toEqual([
      400,
      'request does not match the API description: POST /repos/{owner}/{repo}/issues/{index}/labels (issueAddLabel): body.labels must be a list',
    ]);
    expect(await raw('POST', '/repos/contoso/hld/pulls/1/merge', { merge_when_checks_succeed: true })).toEqual([
      400,
      "request does not match the API description: POST /repos/{owner}/{repo}/pulls/{index}/merge (repoMergePullRequest): body lacks required 'Do'",
    ]);
    expect(await raw('GET', '/repos/contoso/hld/pulls/abc/reviews')).toEqual([
      400,
      "request does not match the API description: GET /repos/{owner}/{repo}/pulls/{index}/reviews (repoListPullReviews): parameter 'index' must be an integer, got 'abc'",
    ]);
    expect((await api.requests()).prs).toHaveLength(0);
  });
});
