import { RingwayError } from '../../lib/errors.js';
import { GitLabProvider, gitLabAuthHeader, parseGitLabUrl } from '../../lib/scm/gitlab.js';
import type { PullRequestSpec } from '../../lib/scm/types.js';
import { Inputs } from '../../lib/steps/inputs.js';
import { step as updateHld } from '../../lib/steps/update-hld.js';
import { branchesOf, readFileAt } from '../../stand-ins/git.js';
import { startGitHttpServer, type GitHttpServer } from '../../stand-ins/git-http-server.js';
import { startGitLabApi, type GitLabApi } from '../../stand-ins/gitlab-api.js';
import { RecordingHost } from '../../stand-ins/host.js';

const TOKEN = 'glpat-forge-token-3c2b1a09';
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
const PROJECT = encodeURIComponent('platform/deploy/hld');

test('project URLs: gitlab.com with subgroups, self-managed with its own API root', () => {
  expect(parseGitLabUrl('https://gitlab.com/platform/deploy/hld.git')).toEqual({
    apiUrl: 'https://gitlab.com/api/v4',
    project: 'platform/deploy/hld',
  });
  expect(parseGitLabUrl('https://git.corp.example/gitlab/team/hld', 'https://git.corp.example/gitlab/api/v4/')).toEqual(
    { apiUrl: 'https://git.corp.example/gitlab/api/v4', project: 'gitlab/team/hld' },
  );
  expect(() => parseGitLabUrl('https://gitlab.com/only-group')).toThrow('is not a GitLab project URL');
  expect(() => parseGitLabUrl('https://gitlab.com/g/p/-/merge_requests/3')).toThrow('is not a GitLab project URL');
});

test('tokens: access tokens as PRIVATE-TOKEN, the CI/CD job token as JOB-TOKEN, OAuth tokens as Bearer', () => {
  expect(gitLabAuthHeader('glpat-abc')).toEqual(['PRIVATE-TOKEN', 'glpat-abc']);
  expect(gitLabAuthHeader('glcbt-64_abc')).toEqual(['JOB-TOKEN', 'glcbt-64_abc']);
  expect(gitLabAuthHeader('3f9c0e77aa')).toEqual(['Authorization', 'Bearer 3f9c0e77aa']);
});

describe("GitLab, against a server checking requests with GitLab's OpenAPI description", () => {
  let api: GitLabApi;
  beforeAll(async () => {
    api = await startGitLabApi();
  });
  afterAll(async () => {
    await api.stop();
  });
  const provider = (token = TOKEN) => new GitLabProvider({ apiUrl: api.apiUrl, project: 'platform/deploy/hld' }, token);
  const users = [{ id: 7, username: 'octocat' }];

  test('opens a merge request with labels, reviewers (by username), squash and merge when pipeline succeeds; a re-run updates the same one', async () => {
    await api.reset({ token: TOKEN, users });
    const trailers = 'Ringway-Service: frontend\nRingway-Ring: prod\nRingway-Image-Tag: master-42';
    const first = await provider().openOrUpdate(
      spec({
        labels: ['deploy', 'prod'],
        reviewers: ['octocat'],
        autoMerge: true,
        mergeMethod: 'squash',
        body: `PR created by: ci with buildId: 1\n\n${trailers}`,
      }),
    );
    expect(first).toEqual({
      number: '100',
      url: `${api.url}/platform/deploy/hld/-/merge_requests/100`,
      created: true,
    });
    const second = await provider().openOrUpdate(
      spec({ title: 'Updating frontend image tag to master-42 (rerun).', labels: ['rerun'] }),
    );
    expect(second).toMatchObject({ number: '100', created: false });
    const { requests, mrs } = await api.requests();
    expect(requests.filter((r) => r.invalid)).toEqual([]);
    expect(mrs).toHaveLength(1);
    expect(mrs[0]).toMatchObject({
      title: 'Updating frontend image tag to master-42 (rerun).',
      labels: ['deploy', 'prod', 'rerun'],
      reviewer_ids: [7],
      squash: true,
      remove_source_branch: true,
      merge_when_pipeline_succeeds: true,
    });
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/v4/users',
      `GET /api/v4/projects/${PROJECT}/merge_requests`,
      `POST /api/v4/projects/${PROJECT}/merge_requests`,
      `PUT /api/v4/projects/${PROJECT}/merge_requests/100/merge`,
      `GET /api/v4/projects/${PROJECT}/merge_requests`,
      `PUT /api/v4/projects/${PROJECT}/merge_requests/100`,
    ]);
    // The squash commit GitLab makes carries the change's message, trailers last (GitLab's default is the title).
    expect(requests[3].body).toEqual({
      merge_when_pipeline_succeeds: true,
      squash: true,
      squash_commit_message: `Updating frontend image tag to master-42.\n\nPR created by: ci with buildId: 1\n\n${trailers}\n`,
    });
    expect(requests[1].query).toEqual({
      state: 'opened',
      source_branch: 'DEPLOY/frontend-prod-master-42',
      target_branch: 'main',
      per_page: '10',
    });
    expect(requests.every((r) => r.authorized && r.header === 'PRIVATE-TOKEN')).toBe(true);
  });

  test('an OAuth token goes as Authorization: Bearer', async () => {
    await api.reset({ token: 'oauth-3f9c0e77aa' });
    await provider('oauth-3f9c0e77aa').preflight();
    const { requests } = await api.requests();
    expect(requests.map((r) => [r.path, r.header, r.authorized])).toEqual([
      [`/api/v4/projects/${PROJECT}`, 'Authorization', true],
    ]);
  });

  test('409 "Another open merge request already exists" from a concurrent run: finds and updates that one', async () => {
    await api.reset({
      token: TOKEN,
      mrs: [
        {
          project: 'platform/deploy/hld',
          iid: 7,
          title: 'x',
          source_branch: 'DEPLOY/frontend-prod-master-42',
          target_branch: 'main',
        },
      ],
      // The first search misses it (opened in between), so the create meets the 409.
      failures: [{ match: '^GET /api/v4/projects/[^/]+/merge_requests$', status: 200, body: [] }],
    });
    expect(await provider().openOrUpdate(spec())).toMatchObject({ number: '7', created: false });
    expect((await api.requests()).mrs).toHaveLength(1);
  });

  test('a reviewer GitLab does not know is one clear error, before anything is opened', async () => {
    await api.reset({ token: TOKEN, users });
    const err = (await provider()
      .openOrUpdate(spec({ reviewers: ['nobody'] }))
      .catch((e: unknown) => e)) as RingwayError;
    expect(err.message).toBe(`looking up reviewer nobody: GitLab at ${api.apiUrl} has no user 'nobody'`);
    expect([err.kind, err.input]).toEqual(['not-found', 'reviewers']);
    expect((await api.requests()).mrs).toHaveLength(0);
  });

  test('rate limited with Retry-After: waits and retries; 401/403/404 each one clear error', async () => {
    await api.reset({ token: TOKEN, failures: [{ match: '^GET ', status: 429, headers: { 'retry-after': '1' } }] });
    expect((await provider().openOrUpdate(spec())).created).toBe(true);
    for (const [status, msg] of [
      [401, "GitLab rejected the token (HTTP 401): check the 'token' input"],
      [403, 'the token may not do this on platform/deploy/hld (HTTP 403): it needs the api scope'],
      [404, 'repository platform/deploy/hld was not found, or the token cannot see it (HTTP 404)'],
    ] as [number, string][]) {
      await api.reset({ token: TOKEN, failures: [{ match: '^GET ', status }] });
      await expect(provider().openOrUpdate(spec())).rejects.toThrow(msg);
      expect((await api.requests()).mrs).toHaveLength(0);
    }
  });

  test('a request the description does not allow is refused by the stand-in', async () => {
    await api.reset({ token: TOKEN });
    const project = `${api.apiUrl}/projects/${PROJECT}`;
    const send = (method: string, url: string, body?: unknown) =>
      fetch(url, {
        method,
        headers: { 'PRIVATE-TOKEN': TOKEN, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const refused = [
      await send('GET', `${project}/merge_requests?state=open`), // the enum is opened, not open
      await send('GET', `${project}/merge_requests?head=x`), // GitHub's parameter
      await send('POST', `${project}/merge_requests`, { source_branch: 'a', title: 't' }), // no target_branch
      await send('PUT', `${project}/merge_requests/1/merge`, { merge_method: 'squash' }),
      await send('GET', `${api.apiUrl}/projects/platform/deploy/hld`), // the path not URL-encoded
    ];
    expect(refused.map((r) => r.status)).toEqual([400, 400, 400, 400, 400]);
    const { requests } = await api.requests();
    expect(requests.map((r) => r.invalid)).toEqual([
      "query parameter 'state' of GET /api/v4/projects/{id}/merge_requests is not of its type: open",
      "unknown query parameter 'head' for GET /api/v4/projects/{id}/merge_requests",
      "body of POST /api/v4/projects/{id}/merge_requests lacks required 'target_branch'",
      "body property 'merge_method' is not allowed for PUT /api/v4/projects/{id}/merge_requests/{merge_request_iid}/merge",
      'no such path in the API description: /api/v4/projects/platform/deploy/hld',
    ]);
  });
});

describe('update-hld end to end on GitLab: branch pushed over smart HTTP, merge request on the API', () => {
  let git: GitHttpServer;
  let api: GitLabApi;
  beforeAll(async () => {
    git = await startGitHttpServer({ token: TOKEN });
    api = await startGitLabApi();
  });
  afterAll(async () => {
    await git.stop();
    await api.stop();
  });

  test('one branch, one merge request, even when run twice; a token the API refuses opens nothing', async () => {
    await api.reset({ token: TOKEN });
    const repo = await git.repo('platform/hld', {
      files: {
        'component.yaml': 'name: hld\nsubcomponents:\n  - name: frontend\n    type: helm\n    path: ./c\n',
        'config/prod.yaml': '# prod\nsubcomponents: {}\n',
      },
    });
    const values = {
      'hld-repo': repo.httpUrl,
      provider: 'gitlab',
      'api-url': api.apiUrl,
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
      'pull-request-url': `${api.url}/platform/hld/-/merge_requests/100`,
    });
    expect(readFileAt(repo.dir, 'DEPLOY/frontend-prod-master-42', 'config/prod.yaml')).toContain('tag: master-42');
    const second = await updateHld.run(Inputs.of(updateHld, values), new RecordingHost());
    expect(second.commit).toBe(first.commit);
    expect(second['pull-request-number']).toBe('100');
    const { mrs, requests } = await api.requests();
    expect(mrs).toHaveLength(1);
    expect(mrs[0]).toMatchObject({ labels: ['deploy'], title: 'Updating frontend image tag to master-42.' });
    expect(requests.filter((r) => r.invalid)).toEqual([]);
    expect(host.output).not.toContain(TOKEN);

    const other = await git.repo('platform/other', {
      files: { 'component.yaml': 'name: x\nsubcomponents:\n  - name: a\n    type: helm\n    path: ./c\n' },
    });
    await api.reset({ token: 'glpat-only-the-api-knows-this' });
    await expect(
      updateHld.run(
        Inputs.of(updateHld, { ...values, 'hld-repo': other.httpUrl, component: 'a' }),
        new RecordingHost(),
      ),
    ).rejects.toThrow(
      "checking access to the repository: GitLab rejected the token (HTTP 401): check the 'token' input",
    );
    expect((await api.requests()).mrs).toHaveLength(0);
    expect(branchesOf(other.dir)).toEqual(['main']);
  });
});
