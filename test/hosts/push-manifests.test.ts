// push-manifests through the three shipped surfaces, each run as its own process from the
// committed bundles: the CLI, the GitHub Action and the Azure DevOps task.
import { filesAt, logOf, readFileAt, writeTree } from '../../stand-ins/git.js';
import { startGitHttpServer, type GitHttpServer } from '../../stand-ins/git-http-server.js';
import { runAzureTask, runCli, runGitHubAction } from '../support/run-bundle.js';

const token = 'surface-token-5d41402abc4b2a76';
const SHA = 'a94a8fe5ccb19ba61c4c0873d391e987982fbbd3';
let server: GitHttpServer;

beforeAll(async () => {
  server = await startGitHttpServer({ token });
});
afterAll(async () => {
  await server.stop();
});

const generated = (files: Record<string, string>) => writeTree(files, 'ringway-gen-');

function expectNoToken(...texts: string[]) {
  for (const t of texts) {
    expect(t).not.toContain(token);
    expect(t).not.toContain(Buffer.from(`x-access-token:${token}`).toString('base64'));
  }
}

test('CLI: flags in, name=value outputs out; twice with the same content is one commit', async () => {
  const repo = await server.repo('cli', { files: { 'README.md': 'm\n' } });
  const source = generated({ 'prod/app.yaml': 'kind: Deployment\n' });
  const args = [
    'push-manifests',
    '--source',
    source,
    '--manifest-repo',
    repo.httpUrl,
    '--token',
    token,
    '--build-commit',
    SHA,
  ];
  const first = await runCli(args);
  expect(first.stderr).toContain('pushed'); // logs go to stderr, outputs alone on stdout
  expect(first.code).toBe(0);
  const head = logOf(repo.dir, 'main')[0];
  expect(first.stdout).toBe(`changed=true\ncommit=${head.sha}\nbranch=main\n`);
  expect(head.body).toContain(`Ringway-Source-Commit: ${SHA}`);
  const second = await runCli([...args, '--json']);
  expect(second.code).toBe(0);
  expect(JSON.parse(second.stdout)).toEqual({ changed: 'false', commit: head.sha, branch: 'main' });
  expect(logOf(repo.dir, 'main')).toHaveLength(2);
  expectNoToken(first.stdout, first.stderr, second.stdout, second.stderr, JSON.stringify(logOf(repo.dir, 'main')));
});

test('CLI: inputs fall back to RINGWAY_* variables; bad usage exits 2 with one line', async () => {
  const repo = await server.repo('cli-env', {});
  const source = generated({ 'dev/a.yaml': 'a: 1\n' });
  const ok = await runCli(['push-manifests'], {
    RINGWAY_SOURCE: source,
    RINGWAY_MANIFEST_REPO: repo.httpUrl,
    RINGWAY_TOKEN: token,
  });
  expect(ok.code).toBe(0);
  expect(filesAt(repo.dir, 'main')).toEqual(['dev/a.yaml']);
  const bad = await runCli(['push-manifests', '--source', source, '--manifest-repo', repo.httpUrl, '--bogus', '1']);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toBe('error: unknown option --bogus\n');
  const fail = await runCli([
    'push-manifests',
    '--source',
    source,
    '--manifest-repo',
    repo.httpUrl,
    '--token',
    'nope-wrong-token',
  ]);
  expect(fail.code).toBe(1);
  expect(fail.stderr.trim().split('\n').pop()).toBe(
    `error: authentication to ${repo.httpUrl} failed (HTTP 401): check the 'token' input`,
  );
});

test('GitHub Action: INPUT_* in, outputs in GITHUB_OUTPUT, job summary written, token nowhere', async () => {
  const repo = await server.repo('gh', { files: { 'prod/old.yaml': 'old\n' } });
  const source = generated({ 'prod/new.yaml': 'new\n' });
  const run = await runGitHubAction(
    'push-manifests',
    { source, 'manifest-repo': repo.httpUrl, token },
    { GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'org/hld', GITHUB_RUN_ID: '77' },
  );
  expect(run.code).toBe(0);
  const head = logOf(repo.dir, 'main')[0];
  expect(run.outputs).toEqual({ changed: 'true', commit: head.sha, branch: 'main' });
  expect(filesAt(repo.dir, 'main')).toEqual(['prod/new.yaml']);
  expect(head.body).toContain(`Ringway-Source-Commit: ${SHA}`);
  expect(run.summary).toContain('ringway push-manifests');
  expect(run.summary).toContain(head.sha);
  expectNoToken(run.stdout, run.stderr, run.summary);
});

test('GitHub Action: a failure is ::error:: with one line and exit 1, nothing pushed', async () => {
  const repo = await server.repo('gh-fail', { files: { 'prod/a.yaml': 'a\n' } });
  const run = await runGitHubAction('push-manifests', {
    source: generated({ 'prod/a.yaml': 'b\n' }),
    'manifest-repo': repo.httpUrl,
    token: 'bad-token-xyz',
  });
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(`::error::authentication to ${repo.httpUrl} failed (HTTP 401): check the 'token' input`);
  expect(readFileAt(repo.dir, 'main', 'prod/a.yaml')).toBe('a\n');
});

test('top-level action dispatches on step:', async () => {
  const repo = await server.repo('gh-top', {});
  const run = await runGitHubAction('', {
    step: 'push-manifests',
    source: generated({ 'qa/a.yaml': 'a\n' }),
    'manifest-repo': repo.httpUrl,
    token,
  });
  expect(run.code).toBe(0);
  expect(run.outputs.changed).toBe('true');
  const unknown = await runGitHubAction('', { step: 'nope' });
  expect(unknown.code).toBe(1);
  expect(unknown.stdout).toMatch(/::error::input 'step' must be one of .*push-manifests.*, got 'nope'/);
});

test('Azure task: camelCase inputs, isOutput variables, task.complete result, no token in the log', async () => {
  const repo = await server.repo('az', {});
  const source = generated({ 'PROD-WEST/app.yaml': 'a\n' });
  const run = await runAzureTask(
    'push-manifests',
    { source, 'manifest-repo': repo.httpUrl, token, 'git-user-name': 'Automated Account' },
    { BUILD_SOURCEVERSION: SHA, BUILD_SOURCEVERSIONMESSAGE: 'Merged PR 12: bump frontend' },
  );
  expect(run.code).toBe(0);
  expect(run.result).toBe('Succeeded');
  const head = logOf(repo.dir, 'main')[0];
  expect(run.variables).toEqual({
    changed: { value: 'true', isOutput: true },
    commit: { value: head.sha, isOutput: true },
    branch: { value: 'main', isOutput: true },
  });
  expect(head.subject).toBe('Updated k8s manifest files post commit: Merged PR 12: bump frontend');
  expect(head.author).toMatch(/^Automated Account </);
  expect(run.summaries.join('')).toContain(head.sha);
  expectNoToken(run.stdout, run.stderr, run.summaries.join(''));
});

test('Azure task: a failed task still exits 0 but reports result=Failed with one line', async () => {
  const run = await runAzureTask('push-manifests', {
    source: generated({ 'a.yaml': 'a\n' }),
    'manifest-repo': server.urlFor('missing'),
    token,
  });
  expect(run.code).toBe(0);
  expect(run.result).toBe('Failed');
  expect(run.resultMessage).toMatch(
    /^input 'manifestRepo': repository http:\/\/127\.0\.0\.1:\d+\/missing\.git was not found: check the URL$/,
  );
  expectNoToken(run.stdout, run.stderr);
});
