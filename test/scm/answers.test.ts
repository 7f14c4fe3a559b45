import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RingwayError } from '../../lib/errors.js';
import { RegistryClient } from '../../lib/image/registry.js';
import { AzureDevOpsProvider } from '../../lib/scm/azure-devops.js';
import { GitHubProvider } from '../../lib/scm/github.js';
import { startForgeApi, type ForgeApi } from '../../stand-ins/forge-api.js';
import { tempDir } from '../../stand-ins/git.js';
import { startStaticServer, type StaticServer } from '../../stand-ins/static-http.js';

/**
 * What a forge or registry answers is checked, not cast: an answer of another shape (a proxy's
 * page, an API version that moved a field) fails as one line naming the server, what was being
 * done and the field at fault, with kind 'invalid-answer' — and refusals carry their kind and status.
 */
const TOKEN = 'forge-token-77a1c0de';

/** The error `p` rejects with. */
async function failureOf(p: Promise<unknown>): Promise<RingwayError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(RingwayError);
  return err as RingwayError;
}

describe('GitHub', () => {
  let api: ForgeApi;
  beforeAll(async () => {
    api = await startForgeApi('github');
  });
  afterAll(async () => {
    await api.stop();
  });
  const provider = () => new GitHubProvider({ owner: 'contoso', repo: 'hld', apiUrl: api.url }, TOKEN);

  test('reviews without a state: invalid-answer naming GitHub, the operation and the field', async () => {
    await api.reset({
      token: TOKEN,
      failures: [
        {
          match: '^GET /repos/contoso/hld/pulls/7/reviews$',
          status: 200,
          body: [{ user: { login: 'octocat' }, body: 'looks good' }],
        },
      ],
    });
    const err = await failureOf(provider().reviews('7'));
    expect(err.kind).toBe('invalid-answer');
    expect(err.message).toBe(
      `reading pull request reviews: GitHub's API at ${api.url}/ answered in a shape ringway does not know: [0].state is missing`,
    );
  });

  test('commit statuses that are not a list: invalid-answer', async () => {
    await api.reset({
      token: TOKEN,
      failures: [
        {
          match: '^GET /repos/contoso/hld/commits/[0-9a-f]+/status$',
          status: 200,
          body: { state: 'success', statuses: 'all green' },
        },
      ],
    });
    const err = await failureOf(provider().commitChecks('a'.repeat(40)));
    expect(err.kind).toBe('invalid-answer');
    expect(err.message).toContain("reading commit statuses: GitHub's API at");
    expect(err.message).toContain("statuses is the text 'all green', not a list");
  });

  test('a created pull request without its number: invalid-answer, not a pull request "undefined"', async () => {
    await api.reset({
      token: TOKEN,
      failures: [
        {
          match: '^POST /repos/contoso/hld/pulls$',
          status: 201,
          body: { html_url: 'https://example.test/pr', node_id: 'PR_1' },
        },
      ],
    });
    const spec = {
      sourceBranch: 'deploy/x',
      targetBranch: 'main',
      title: 't',
      body: 'b',
      labels: [],
      reviewers: [],
      autoMerge: false,
      mergeMethod: 'merge' as const,
    };
    const err = await failureOf(provider().openOrUpdate(spec));
    expect(err.kind).toBe('invalid-answer');
    expect(err.message).toMatch(
      /^opening a pull request: GitHub's API at \S+ answered in a shape ringway does not know: number is missing$/,
    );
  });

  test.each([
    [401, 'unauthorized', 'token'],
    [403, 'forbidden', undefined],
    [404, 'not-found', undefined],
    [422, 'server', undefined],
  ])('HTTP %i on a read: kind %s, the status, and the input blamed', async (status, kind, input) => {
    await api.reset({ token: TOKEN, failures: [{ match: '^GET ', status }] });
    const err = await failureOf(provider().reviews('7'));
    expect({ kind: err.kind, status: err.status, input: err.input }).toEqual({ kind, status, input });
  });
});

describe('Azure DevOps', () => {
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

  test('statuses whose context is missing: invalid-answer naming Azure DevOps and the field', async () => {
    await api.reset({
      token: TOKEN,
      failures: [
        {
          match: '/statuses$',
          status: 200,
          body: { value: [{ state: 'succeeded', context: { name: 'ci' } }, { state: 'failed' }], count: 2 },
        },
      ],
    });
    const err = await failureOf(provider().commitChecks('b'.repeat(40)));
    expect(err.kind).toBe('invalid-answer');
    expect(err.message).toBe(
      `reading commit statuses: Azure DevOps ${api.url}/contoso answered in a shape ringway does not know: value[1].context is missing`,
    );
  });

  test('a reviewer list that is a bare text (a sign-in page): invalid-answer', async () => {
    await api.reset({ token: TOKEN, failures: [{ match: '/reviewers$', status: 200, body: '<html>sign in</html>' }] });
    const err = await failureOf(provider().reviews('12'));
    expect(err.kind).toBe('invalid-answer');
    expect(err.message).toBe(
      `reading pull request reviewers: Azure DevOps ${api.url}/contoso answered in a shape ringway does not know: the answer is the text '<html>sign in</html>', not an object`,
    );
  });

  test('HTTP 401 on a read: kind unauthorized, status 401, and the token input blamed', async () => {
    await api.reset({ token: TOKEN, failures: [{ match: '^GET ', status: 401 }] });
    const err = await failureOf(provider().reviews('12'));
    expect({ kind: err.kind, status: err.status, input: err.input }).toEqual({
      kind: 'unauthorized',
      status: 401,
      input: 'token',
    });
  });
});

describe('registry', () => {
  let server: StaticServer;
  let root: string;
  beforeAll(async () => {
    root = tempDir();
    server = await startStaticServer(root);
  });
  afterAll(async () => {
    await server.stop();
  });
  const serve = (path: string, body: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), body);
  };
  const client = () => new RegistryClient(server.url.replace('http://', ''), undefined, true);

  test('a manifest whose layers are not a list: invalid-answer naming the registry and the image', async () => {
    serve(
      'v2/app/manifests/v1',
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { digest: 'sha256:1' },
        layers: { digest: 'sha256:2' },
      }),
    );
    const err = await failureOf(
      client().copy({ registry: 'x', repository: 'app', tag: 'v1' }, { registry: 'x', repository: 'prod', tag: 'v1' }),
    );
    expect(err.kind).toBe('invalid-answer');
    expect(err.message).toBe(
      `reading app:v1: registry ${server.url.replace('http://', '')} answered in a shape ringway does not know: layers is an object, not a list`,
    );
  });

  test('a tag list that is not JSON, and one whose tags are numbers: invalid-answer', async () => {
    serve('v2/web/tags/list', 'Service Unavailable');
    const notJson = await failureOf(client().tags('web'));
    expect(notJson.kind).toBe('invalid-answer');
    expect(notJson.message).toMatch(
      /^listing tags of web: registry \S+ answered in a shape ringway does not know: the body is not JSON$/,
    );
    serve('v2/api/tags/list', JSON.stringify({ name: 'api', tags: ['v1', 2] }));
    expect((await failureOf(client().tags('api'))).message).toMatch(/tags\[1\] is number 2, not a string$/);
  });

  test('labels that are not text: invalid-answer; well-formed answers still read', async () => {
    serve(
      'v2/lab/manifests/v1',
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: { digest: 'sha256:c' },
        layers: [],
      }),
    );
    serve('v2/lab/blobs/sha256:c', JSON.stringify({ config: { Labels: { 'org.opencontainers.image.revision': 42 } } }));
    expect((await failureOf(client().labels('lab', 'v1'))).message).toMatch(
      /^reading the config of lab:v1: registry .* config\.Labels\.org\.opencontainers\.image\.revision is number 42, not a string$/,
    );
    serve(
      'v2/lab/blobs/sha256:c',
      JSON.stringify({ config: { Labels: { 'org.opencontainers.image.revision': 'abc' } } }),
    );
    expect(await client().labels('lab', 'v1')).toEqual({ 'org.opencontainers.image.revision': 'abc' });
    serve('v2/ok/tags/list', JSON.stringify({ name: 'ok', tags: null }));
    expect(await client().tags('ok')).toEqual([]);
  });
});
