import { rateLimitWait } from '../../lib/scm/rate-limit.js';
import { AzureDevOpsProvider, parseAzureUrl } from '../../lib/scm/azure-devops.js';
import { GitHubProvider, parseGitHubUrl } from '../../lib/scm/github.js';
import type { PullRequestSpec } from '../../lib/scm/types.js';
import { Inputs } from '../../lib/steps/inputs.js';
import { step as updateHld } from '../../lib/steps/update-hld.js';
import { branchesOf, readFileAt } from '../../stand-ins/git.js';
import { startGitHttpServer, type GitHttpServer } from '../../stand-ins/git-http-server.js';
import { startForgeApi, type ForgeApi } from '../../stand-ins/forge-api.js';
import { RecordingHost } from '../../stand-ins/host.js';

const TOKEN = 'forge-token-3c2b1a09';
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

test('repository URLs: GitHub, GitHub Enterprise, Azure DevOps and visualstudio.com', () => {
  expect(parseGitHubUrl('https://github.com/contoso/hld.git')).toEqual({
    owner: 'contoso',
    repo: 'hld',
    apiUrl: 'https://api.github.com',
  });
  expect(parseGitHubUrl('https://ghe.contoso.com/platform/hld')).toEqual({
    owner: 'platform',
    repo: 'hld',
    apiUrl: 'https://ghe.contoso.com/api/v3',
  });
  expect(parseAzureUrl('https://dev.azure.com/contoso/Fabrikam%20Web/_git/hld')).toMatchObject({
    orgUrl: 'https://dev.azure.com/contoso',
    project: 'Fabrikam Web',
    repo: 'hld',
  });
  expect(parseAzureUrl('https://contoso.visualstudio.com/Fabrikam/_git/hld')).toMatchObject({
    orgUrl: 'https://contoso.visualstudio.com',
    project: 'Fabrikam',
    repo: 'hld',
  });
  expect(() => parseAzureUrl('https://dev.azure.com/contoso/hld')).toThrow('is not an Azure Repos URL');
});

test('rate limits: Retry-After seconds or date, GitHub quota reset, plain 429', () => {
  expect(rateLimitWait(429, { 'retry-after': '2' })).toBe(2000);
  expect(
    rateLimitWait(403, { 'retry-after': 'Wed, 21 Oct 2026 07:28:05 GMT' }, Date.parse('Wed, 21 Oct 2026 07:28:00 GMT')),
  ).toBe(5000);
  expect(rateLimitWait(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '110' }, 100_000)).toBe(10_000);
  expect(rateLimitWait(403, {})).toBeUndefined();
  expect(rateLimitWait(429, {})).toBe(1000);
});

describe('GitHub, against a server checking requests with @octokit/openapi', () => {
  let api: ForgeApi;
  beforeAll(async () => {
    api = await startForgeApi('github');
  });
  afterAll(async () => {
    await api.stop();
  });
  const provider = () => new GitHubProvider({ owner: 'contoso', repo: 'hld', apiUrl: api.url }, TOKEN);

  test('opens a pull request with labels, reviewers and auto-merge; a re-run updates the same one', async () => {
    await api.reset({ token: TOKEN });
    const first = await provider().openOrUpdate(
      spec({ labels: ['deploy'], reviewers: ['octocat'], autoMerge: true, mergeMethod: 'squash' }),
    );
    expect(first).toEqual({ number: '100', url: `${api.url}/contoso/hld/pull/100`, created: true });
    const second = await provider().openOrUpdate(spec({ title: 'Updating frontend image tag to master-42 (rerun).' }));
    expect(second).toMatchObject({ number: '100', created: false });
    const { requests, prs } = await api.requests();
    expect(prs).toHaveLength(1);
    expect(prs[0]).toMatchObject({
      title: 'Updating frontend image tag to master-42 (rerun).',
      labels: ['deploy'],
      reviewers: ['octocat'],
      autoMerge: { merge_method: 'squash' },
    });
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /repos/contoso/hld/pulls',
      'POST /repos/contoso/hld/pulls',
      'POST /repos/contoso/hld/issues/100/labels',
      'POST /repos/contoso/hld/pulls/100/requested_reviewers',
      'POST /graphql',
      'GET /repos/contoso/hld/pulls',
      'PATCH /repos/contoso/hld/pulls/100',
    ]);
    expect(requests[0].query).toMatchObject({
      head: 'contoso:DEPLOY/frontend-prod-master-42',
      base: 'main',
      state: 'open',
    });
    expect(requests.every((r) => r.authorized)).toBe(true);
  });

  test('422 "already exists" from a concurrent run: finds and updates that pull request', async () => {
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
      // The first search misses it (opened in between), so the create meets the 422.
      failures: [{ match: '^GET /repos/contoso/hld/pulls$', status: 200, body: [] }],
    });
    const r = await provider().openOrUpdate(spec());
    expect(r).toMatchObject({ number: '7', created: false });
  });

  test('rate limited with Retry-After: waits and retries', async () => {
    await api.reset({
      token: TOKEN,
      failures: [
        { match: '^GET ', status: 429, headers: { 'retry-after': '1' }, body: { message: 'API rate limit exceeded' } },
      ],
    });
    const r = await provider().openOrUpdate(spec());
    expect(r.created).toBe(true);
    const { requests } = await api.requests();
    expect(requests.filter((q) => q.method === 'GET')).toHaveLength(2);
  });

  test.each([
    [401, "GitHub rejected the token (HTTP 401): check the 'token' input"],
    [403, 'the token may not do this on contoso/hld (HTTP 403)'],
    [404, 'repository contoso/hld was not found, or the token cannot see it (HTTP 404)'],
  ])('HTTP %i: one clear error', async (status, message) => {
    await api.reset({ token: TOKEN, failures: [{ match: '^GET ', status }] });
    await expect(provider().openOrUpdate(spec())).rejects.toThrow(message);
    expect((await api.requests()).prs).toHaveLength(0);
  });
});

describe('Azure DevOps, against a server checking the documented Pull Requests API', () => {
  let api: ForgeApi;
  beforeAll(async () => {
    api = await startForgeApi('azure');
  });
  afterAll(async () => {
    await api.stop();
  });
  const provider = () =>
    new AzureDevOpsProvider(
      {
        orgUrl: `${api.url}/contoso`,
        project: 'Fabrikam',
        repo: 'hld',
        webUrl: 'https://dev.azure.com/contoso/Fabrikam/_git/hld',
      },
      TOKEN,
    );

  test('creates with labels and reviewers, sets auto-complete; a re-run updates the active one', async () => {
    await api.reset({ token: TOKEN });
    const first = await provider().openOrUpdate(
      spec({ labels: ['deploy'], reviewers: ['3f2c-guid'], autoMerge: true, mergeMethod: 'squash' }),
    );
    expect(first).toEqual({
      number: '100',
      url: 'https://dev.azure.com/contoso/Fabrikam/_git/hld/pullrequest/100',
      created: true,
    });
    const second = await provider().openOrUpdate(spec({ title: 'again' }));
    expect(second).toMatchObject({ number: '100', created: false });
    const { requests, prs } = await api.requests();
    expect(prs).toHaveLength(1);
    expect(prs[0]).toMatchObject({
      title: 'again',
      labels: ['deploy'],
      reviewers: ['3f2c-guid'],
      autoCompleteSetBy: { id: 'user-guid' },
      completionOptions: { mergeStrategy: 'squash', deleteSourceBranch: true },
    });
    expect(requests[0].query).toEqual({
      'searchCriteria.sourceRefName': 'refs/heads/DEPLOY/frontend-prod-master-42',
      'searchCriteria.targetRefName': 'refs/heads/main',
      'searchCriteria.status': 'active',
      'api-version': '7.1',
    });
    expect(requests.every((r) => r.authorized)).toBe(true);
  });

  test('409 TF401179 from a concurrent run: finds the active one', async () => {
    await api.reset({
      token: TOKEN,
      prs: [
        {
          org: 'contoso',
          project: 'Fabrikam',
          repo: 'hld',
          id: 55,
          title: 't',
          description: '',
          sourceRefName: 'refs/heads/DEPLOY/frontend-prod-master-42',
          targetRefName: 'refs/heads/main',
          labels: [],
          reviewers: [],
        },
      ],
      failures: [{ match: '^GET ', status: 200, body: { value: [], count: 0 } }],
    });
    expect(await provider().openOrUpdate(spec())).toMatchObject({ number: '55', created: false });
  });

  test('rate limited with Retry-After, then 401/403/404 each one clear error', async () => {
    await api.reset({ token: TOKEN, failures: [{ match: '^GET ', status: 429, headers: { 'retry-after': '1' } }] });
    expect((await provider().openOrUpdate(spec())).created).toBe(true);
    for (const [status, msg] of [
      [401, "Azure DevOps rejected the token (HTTP 401): check the 'token' input"],
      [403, 'the token may not do this on Fabrikam/hld (HTTP 403)'],
      [404, 'repository Fabrikam/hld was not found, or the token cannot see it (HTTP 404)'],
    ] as [number, string][]) {
      await api.reset({ token: TOKEN, failures: [{ match: '^GET ', status }] });
      await expect(provider().openOrUpdate(spec())).rejects.toThrow(msg);
    }
  });
});

describe('update-hld end to end: branch pushed over smart HTTP, pull request on the API', () => {
  let git: GitHttpServer;
  let api: ForgeApi;
  beforeAll(async () => {
    git = await startGitHttpServer({ token: TOKEN });
    api = await startForgeApi('github');
  });
  afterAll(async () => {
    await git.stop();
    await api.stop();
  });

  test('GitHub: one branch, one pull request, even when run twice; a bad token opens nothing', async () => {
    await api.reset({ token: TOKEN });
    const repo = await git.repo('contoso/hld', {
      files: {
        'component.yaml': 'name: hld\nsubcomponents:\n  - name: frontend\n    type: helm\n    path: ./c\n',
        'config/prod.yaml': '# prod\nsubcomponents: {}\n',
      },
    });
    const values = {
      'hld-repo': repo.httpUrl,
      provider: 'github',
      'api-url': api.url,
      token: TOKEN,
      component: 'frontend',
      environment: 'prod',
      'image-tag': 'master-42',
      ring: 'prod',
      labels: 'deploy',
    };
    const host = new RecordingHost({ buildId: '9', buildUrl: 'https://ci/9' });
    const first = await updateHld.run(Inputs.of(updateHld, values), host);
    expect(first).toMatchObject({
      changed: 'true',
      branch: 'DEPLOY/frontend-prod-master-42',
      'pull-request-number': '100',
      'pull-request-url': `${api.url}/contoso/hld/pull/100`,
    });
    expect(readFileAt(repo.dir, 'DEPLOY/frontend-prod-master-42', 'config/prod.yaml')).toContain('tag: master-42');
    const second = await updateHld.run(Inputs.of(updateHld, values), new RecordingHost());
    expect(second.commit).toBe(first.commit);
    expect(second['pull-request-number']).toBe('100');
    expect((await api.requests()).prs).toHaveLength(1);
    expect(host.output).not.toContain(TOKEN);

    // A token git accepts but the API refuses: the preflight stops it before any push.
    const other = await git.repo('contoso/other', {
      files: { 'component.yaml': 'name: x\nsubcomponents:\n  - name: a\n    type: helm\n    path: ./c\n' },
    });
    await api.reset({ token: 'only-the-api-knows-this' });
    await expect(
      updateHld.run(
        Inputs.of(updateHld, { ...values, 'hld-repo': other.httpUrl, component: 'a' }),
        new RecordingHost(),
      ),
    ).rejects.toThrow(
      "checking access to the repository: GitHub rejected the token (HTTP 401): check the 'token' input",
    );
    expect((await api.requests()).prs).toHaveLength(0);
    expect(branchesOf(other.dir)).toEqual(['main']);
  });
});
