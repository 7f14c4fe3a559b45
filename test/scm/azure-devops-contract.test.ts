import { RingwayError } from '../../lib/errors.js';
import { AzureDevOpsProvider } from '../../lib/scm/azure-devops.js';
import { startForgeApi, type ForgeApi } from '../../stand-ins/forge-api.js';

// Every request the Azure DevOps provider makes, held to the published Git 7.1 description
// (a verbatim subset of MicrosoftDocs/vsts-rest-api-specs, stand-ins/azure-devops-api/README.md) rather than to shapes written
// here; and what the stand-in says to a request the description does not allow.

const TOKEN = 'azure-token-51c0e9d2';

describe('Azure DevOps, against the published Git 7.1 description', () => {
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

  test("each of the provider's requests is an operation of the description; auto-complete is set by the pull request's creator", async () => {
    const sha = 'e'.repeat(40);
    await api.reset({ token: TOKEN, statuses: { [sha]: [{ genre: 'ci', name: 'build', state: 'succeeded' }] } });
    const p = provider();
    await p.preflight();
    const spec = {
      sourceBranch: 'DEPLOY/frontend-prod-master-42',
      targetBranch: 'main',
      title: 'Updating frontend image tag to master-42.',
      body: 'PR created by: ci',
      labels: ['deploy'],
      reviewers: ['3f2c-guid'],
      autoMerge: true,
      mergeMethod: 'rebase' as const,
    };
    await p.openOrUpdate(spec);
    await p.openOrUpdate(spec);
    await p.commitChecks(sha);
    await p.reviews('100');
    const { requests, prs } = await api.requests();
    expect(
      requests.map((r) => `${r.method} ${r.path.replace('/contoso/Fabrikam/_apis/git/repositories/hld', '…')}`),
    ).toEqual([
      'GET …',
      'GET …/pullrequests',
      'POST …/pullrequests',
      'PATCH …/pullrequests/100',
      'GET …/pullrequests',
      'PATCH …/pullrequests/100',
      'POST …/pullrequests/100/labels',
      'PUT …/pullrequests/100/reviewers/3f2c-guid',
      'PATCH …/pullrequests/100',
      `GET …/commits/${sha}/statuses`,
      'GET …/pullrequests/100/reviewers',
    ]);
    expect(requests.every((r) => r.query['api-version'] === '7.1' && r.authorized)).toBe(true);
    expect(prs[0]).toMatchObject({
      autoCompleteSetBy: { id: 'user-guid' },
      completionOptions: { mergeStrategy: 'rebase', deleteSourceBranch: true },
    });
  });

  test('a request the description does not allow fails: an undocumented path, property, query parameter or enum value', async () => {
    await api.reset({ token: TOKEN });
    const raw = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${api.url}/contoso/Fabrikam${path}`, {
        method,
        headers: {
          Authorization: `Basic ${Buffer.from(`:${TOKEN}`).toString('base64')}`,
          'Content-Type': 'application/json',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return [res.status, ((await res.json()) as { message: string }).message];
    };
    const repo = '/_apis/git/repositories/hld';
    // What the provider sent before: the identity of the token, from an API the Git description does not have.
    expect(await raw('GET', '/_apis/connectionData')).toEqual([
      400,
      'request does not match the API description: no such path in the description: /contoso/Fabrikam/_apis/connectionData',
    ]);
    expect(
      await raw('POST', `${repo}/pullrequests?api-version=7.1`, {
        sourceRefName: 'refs/heads/a',
        targetRefName: 'refs/heads/main',
        title: 't',
        autoMerge: true,
      }),
    ).toEqual([
      400,
      'request does not match the API description: POST /{organization}/{project}/_apis/git/repositories/{repositoryId}/pullrequests (Pull Requests_Create): body.autoMerge is not a property the description names',
    ]);
    expect(await raw('GET', `${repo}/pullrequests?searchCriteria.state=active&api-version=7.1`)).toEqual([
      400,
      "request does not match the API description: GET /{organization}/{project}/_apis/git/repositories/{repositoryId}/pullrequests (Pull Requests_Get Pull Requests): unknown query parameter 'searchCriteria.state'",
    ]);
    expect(
      await raw('PATCH', `${repo}/pullrequests/1?api-version=7.1`, { completionOptions: { mergeStrategy: 'merge' } }),
    ).toEqual([
      400,
      'request does not match the API description: PATCH /{organization}/{project}/_apis/git/repositories/{repositoryId}/pullrequests/{pullRequestId} (Pull Requests_Update): body.completionOptions.mergeStrategy must be one of noFastForward, squash, rebase, rebaseMerge',
    ]);
    expect(await raw('GET', repo)).toEqual([
      400,
      "request does not match the API description: GET /{organization}/{project}/_apis/git/repositories/{repositoryId} (Repositories_Get Repository): required query parameter 'api-version' is missing",
    ]);
    expect((await api.requests()).prs).toHaveLength(0);
  });

  test('the provider meets such a refusal as one error line (HTTP 400 with the reason)', async () => {
    await api.reset({ token: TOKEN });
    const p = new AzureDevOpsProvider(
      { orgUrl: `${api.url}/contoso`, project: 'Fabrikam', repo: 'hld', webUrl: 'https://x' },
      TOKEN,
    );
    let err: RingwayError | undefined;
    try {
      await p.reviews('not-a-number');
    } catch (e) {
      err = e as RingwayError;
    }
    expect({ kind: err?.kind, status: err?.status, message: err?.message }).toEqual({
      kind: 'server',
      status: 400,
      message:
        "reading pull request reviewers: Azure DevOps answered HTTP 400: request does not match the API description: GET /{organization}/{project}/_apis/git/repositories/{repositoryId}/pullRequests/{pullRequestId}/reviewers (Pull Request Reviewers_List): parameter 'pullRequestId' must be an integer, got 'not-a-number'",
    });
  });
});
