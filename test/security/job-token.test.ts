// The job's own token (github.token / System.AccessToken) is used only for the job's own server;
// a token the author gave goes wherever the inputs say.
import { clearJobToken, jobTokenHosts, jobTokenNote, registerJobToken, tokenFor } from '../../lib/git/job-token.js';
import { githubInput } from '../../lib/hosts/github.js';
import { Inputs } from '../../lib/steps/inputs.js';
import { step as pushManifests } from '../../lib/steps/push-manifests.js';
import { filesAt, writeTree } from '../../stand-ins/git.js';
import { startGitHttpServer, type GitHttpServer } from '../../stand-ins/git-http-server.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { runGitHubAction } from '../support/run-bundle.js';

const JOB = 'ghs_jobtoken_0123456789';
const tokenDef = { name: 'token', description: 'token', secret: true, jobToken: true };
let own: GitHttpServer;
let other: GitHttpServer;
/** The workflow's own server, whose repositories want another token (the HLD_TOKEN the author forgot). */
let guarded: GitHttpServer;
const saved = { ...process.env };

beforeAll(async () => {
  // Both accept the same token, so only where ringway sends it decides what happens.
  own = await startGitHttpServer({ token: JOB });
  other = await startGitHttpServer({ token: JOB });
  guarded = await startGitHttpServer({ token: 'hld-token-9e4f1a' });
});
afterAll(async () => {
  await own.stop();
  await other.stop();
  await guarded.stop();
});
afterEach(() => {
  process.env = { ...saved };
  clearJobToken();
});

function jobTokenFromGitHub(): string | undefined {
  process.env['INPUT_JOB-TOKEN'] = JOB;
  process.env.GITHUB_SERVER_URL = `http://127.0.0.1:${own.port}`;
  delete process.env.INPUT_TOKEN;
  return githubInput(tokenDef);
}

const push = (token: string | undefined, url: string) =>
  pushManifests.run(
    Inputs.of(pushManifests, {
      source: writeTree({ 'dev/a.yaml': 'a: 1\n' }, 'ringway-gen-'),
      'manifest-repo': url,
      token,
    }),
    new RecordingHost({ commit: '0123456789abcdef0123456789abcdef01234567' }),
  );

test("an empty token on GitHub becomes the job token, which reaches the workflow's own server", async () => {
  const repo = await own.repo('own-manifests');
  const token = jobTokenFromGitHub();
  expect(token).toBe(JOB);
  const out = await push(token, repo.httpUrl);
  expect(out.changed).toBe('true');
  expect(filesAt(repo.dir, 'main')).toEqual(['dev/a.yaml']);
});

test('the job token is never sent to a repository on another server', async () => {
  const repo = await other.repo('elsewhere');
  const token = jobTokenFromGitHub();
  await expect(push(token, repo.httpUrl)).rejects.toThrow();
  expect(other.requests().length).toBeGreaterThan(0);
  expect(other.requests().some((r) => r.auth)).toBe(false);
});

test('a token the author gave goes to the server the inputs name', async () => {
  const repo = await other.repo('explicit');
  process.env.INPUT_TOKEN = JOB;
  process.env['INPUT_JOB-TOKEN'] = 'ghs_other_job_token';
  process.env.GITHUB_SERVER_URL = `http://127.0.0.1:${own.port}`;
  const token = githubInput(tokenDef);
  expect(token).toBe(JOB);
  expect((await push(token, repo.httpUrl)).changed).toBe('true');
});

test('Azure DevOps: the job token goes to its organisation under either host name, and nowhere else', () => {
  expect([...jobTokenHosts(['https://dev.azure.com/contoso/'])].sort()).toEqual([
    'contoso.visualstudio.com',
    'dev.azure.com',
  ]);
  expect([...jobTokenHosts(['https://contoso.visualstudio.com/'])].sort()).toEqual([
    'contoso.visualstudio.com',
    'dev.azure.com',
  ]);
  expect([...jobTokenHosts(['https://github.com'])].sort()).toEqual(['api.github.com', 'github.com']);
});

test('tokenFor withholds only the job token, and only from other hosts', async () => {
  const { registerJobToken } = await import('../../lib/git/job-token.js');
  registerJobToken(JOB, ['https://github.com']);
  expect(tokenFor('https://github.com/o/r.git', JOB)).toBe(JOB);
  expect(tokenFor('https://api.github.com', JOB)).toBe(JOB);
  expect(tokenFor('https://evil.example.com/o/r.git', JOB)).toBeUndefined();
  expect(tokenFor('https://evil.example.com/o/r.git', 'author-given')).toBe('author-given');
});

describe("an empty 'token' input whose stand-in (the job token) is refused: the error says so", () => {
  test("the note is given only where the job token went: the job's own server, not another host", () => {
    expect(jobTokenNote('https://dev.azure.com/contoso/web/_git/hld')).toBeUndefined();
    registerJobToken(JOB, ['https://dev.azure.com/contoso/'], "what the pipeline's build service may access");
    expect(jobTokenNote('https://contoso.visualstudio.com/web/_git/hld')).toBe(
      "the 'token' input was empty, so the job's own token was sent, which reaches only what the pipeline's build service may access",
    );
    expect(jobTokenNote('https://github.com/contoso/hld.git')).toBeUndefined();
  });

  test('in process: the 401 names the empty input, the job token and the repository', async () => {
    const repo = await guarded.repo('hld-in-process');
    process.env['INPUT_JOB-TOKEN'] = JOB;
    process.env.GITHUB_SERVER_URL = `http://127.0.0.1:${guarded.port}`;
    process.env.INPUT_TOKEN = '';
    const token = githubInput(tokenDef);
    await expect(push(token, repo.httpUrl)).rejects.toThrow(
      `authentication to ${repo.httpUrl} failed (HTTP 401): the 'token' input was empty, so the job's own token was sent, which reaches only the repository the workflow runs in: set 'token' to a token for ${repo.httpUrl}`,
    );
    // A token the author gave and the server refused: no word about the job token.
    clearJobToken();
    await expect(push('author-token', repo.httpUrl)).rejects.toThrow(
      `authentication to ${repo.httpUrl} failed (HTTP 401): check the 'token' input`,
    );
  });

  test('the GitHub action, as the runner starts it with `token: ${{ secrets.HLD_TOKEN }}` unset: one error line that says so', async () => {
    const repo = await guarded.repo('hld-action');
    const source = writeTree({ 'dev/a.yaml': 'a: 1\n' }, 'ringway-gen-');
    const r = await runGitHubAction(
      'push-manifests',
      { source, 'manifest-repo': repo.httpUrl, token: '', 'job-token': JOB },
      { GITHUB_SERVER_URL: `http://127.0.0.1:${guarded.port}` },
    );
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toEqual([
      expect.stringContaining(
        `authentication to ${repo.httpUrl} failed (HTTP 401): the 'token' input was empty, so the job's own token was sent, which reaches only the repository the workflow runs in: set 'token' to a token for ${repo.httpUrl}`,
      ),
    ]);
    expect(r.stdout + r.stderr).not.toContain(JOB);
    expect(guarded.requests().some((q) => q.auth)).toBe(true);
  });
});
