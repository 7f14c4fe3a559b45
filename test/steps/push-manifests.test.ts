import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GitRepo } from '../../lib/git/repo.js';
import { runStep } from '../../lib/hosts/run.js';
import { Inputs } from '../../lib/steps/inputs.js';
import { step as pushManifests } from '../../lib/steps/push-manifests.js';
import { bareRepo, commitFiles, filesAt, git, logOf, readFileAt, tempDir, writeTree } from '../../stand-ins/git.js';
import { startGitHttpServer, type GitHttpServer } from '../../stand-ins/git-http-server.js';
import { RecordingHost } from '../../stand-ins/host.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';

const generated = (files: Record<string, string>) => writeTree(files, 'ringway-gen-');

async function push(values: Record<string, string>, host = new RecordingHost({ commit: SHA })) {
  const outputs = await pushManifests.run(Inputs.of(pushManifests, values), host);
  return { outputs, host };
}

describe('push-manifests', () => {
  test('lays out one folder per environment at the root, with the source commit trailer', async () => {
    const remote = await bareRepo();
    const source = generated({ 'prod/hld.yaml': 'kind: A\n', 'prod/app/web.yaml': 'kind: B\n' });
    const { outputs } = await push({ source, 'manifest-repo': remote.url });
    expect(outputs.changed).toBe('true');
    expect(outputs.branch).toBe('main');
    expect(filesAt(remote.dir, 'main')).toEqual(['prod/app/web.yaml', 'prod/hld.yaml']);
    const [commit] = logOf(remote.dir, 'main');
    expect(commit.sha).toBe(outputs.commit);
    expect(commit.subject).toBe(`Updated k8s manifest files post commit: ${SHA}`);
    expect(commit.body).toContain(`Ringway-Source-Commit: ${SHA}`);
    expect(commit.author).toBe('ringway-bot <ringway-bot@users.noreply.github.com>');
  });

  test('a branch given as the full ref GITHUB_REF holds (refs/heads/main) pushes to main; another full ref is refused before anything is pushed', async () => {
    const remote = await bareRepo({ files: { 'README.md': '# m\n' } });
    const source = generated({ 'dev/a.yaml': 'a: 1\n' });
    const { outputs } = await push({ source, 'manifest-repo': remote.url, branch: 'refs/heads/main' });
    expect(outputs).toMatchObject({ changed: 'true', branch: 'main' });
    const refs = git(remote.dir, ['for-each-ref', '--format=%(refname)']).split('\n').filter(Boolean);
    expect(refs).toEqual(['refs/heads/main']);
    const again = await push({
      source: generated({ 'dev/a.yaml': 'a: 2\n' }),
      'manifest-repo': remote.url,
      branch: 'main',
    });
    expect(again.outputs.changed).toBe('true');
    await expect(push({ source, 'manifest-repo': remote.url, branch: 'refs/tags/v1' })).rejects.toThrow(
      "input 'branch': 'refs/tags/v1' is not a branch (a full ref must start with refs/heads/)",
    );
    expect(git(remote.dir, ['for-each-ref', '--format=%(refname)']).trim()).toBe('refs/heads/main');
  });

  test('the same content twice makes one commit, and the second run reports the unchanged tip', async () => {
    const remote = await bareRepo();
    const source = generated({ 'dev/a.yaml': 'a: 1\n' });
    const first = await push({ source, 'manifest-repo': remote.url });
    const second = await push({ source, 'manifest-repo': remote.url });
    expect(second.outputs).toEqual({ changed: 'false', commit: first.outputs.commit, branch: 'main' });
    expect(logOf(remote.dir, 'main')).toHaveLength(1);
    expect(second.host.output).toContain('already up to date');
  });

  test('a remote that refuses partial clones and one that serves them get the same tree; no git warning reaches the log', async () => {
    const files = { 'dev/a.yaml': 'a: 1\n', 'prod/b.yaml': 'b: 1\n' };
    const refusing = await bareRepo({ files });
    const serving = await bareRepo({ files });
    git(serving.dir, ['config', 'uploadpack.allowFilter', 'true']);
    const source = generated({ 'dev/a.yaml': 'a: 2\n', 'prod/b.yaml': 'b: 1\n' });
    const runs = [
      await push({ source, 'manifest-repo': refusing.url }),
      await push({ source, 'manifest-repo': serving.url }),
    ];
    const trees = [refusing, serving].map((r) => git(r.dir, ['rev-parse', 'main^{tree}']).trim());
    expect(trees[1]).toBe(trees[0]);
    expect(readFileAt(serving.dir, 'main', 'dev/a.yaml')).toBe('a: 2\n');
    for (const run of runs) {
      expect(run.outputs.changed).toBe('true');
      expect(run.host.lines.join('\n')).not.toMatch(/warning|filter/i);
    }
  });

  test('several sources, one a line or comma-separated, publish as one commit; a file in two is refused, naming both, nothing pushed', async () => {
    const remote = await bareRepo({ files: { 'README.md': '# m\n' } });
    const one = generated({ 'prod/a.yaml': 'a: 1\n' });
    const two = generated({ 'prod/b.yaml': 'b: 1\n', 'dev/b.yaml': 'b: 2\n' });
    const { outputs } = await push({ source: `${one}\n${two}`, 'manifest-repo': remote.url });
    expect(outputs.changed).toBe('true');
    expect(filesAt(remote.dir, 'main')).toEqual(['README.md', 'dev/b.yaml', 'prod/a.yaml', 'prod/b.yaml']);
    expect(logOf(remote.dir, 'main')).toHaveLength(2);
    const clash = generated({ 'prod/a.yaml': 'a: 9\n' });
    await expect(push({ source: `${one},${clash}`, 'manifest-repo': remote.url })).rejects.toThrow(
      `input 'source': prod/a.yaml is in both ${one} and ${clash}; sources must not overlap, nothing was pushed`,
    );
    await expect(push({ source: `${one},${one}/`, 'manifest-repo': remote.url })).rejects.toThrow(
      `input 'source': folder ${one}/ is named twice`,
    );
    expect(logOf(remote.dir, 'main')).toHaveLength(2);
    expect(readFileAt(remote.dir, 'main', 'prod/a.yaml')).toBe('a: 1\n');
  });

  test('files of removed components are deleted; README and dotfiles at the root stay', async () => {
    const remote = await bareRepo({
      files: {
        'README.md': '# manifests\n',
        '.flux.yaml': 'x: 1\n',
        'prod/old.yaml': 'old\n',
        'prod/keep.yaml': 'v1\n',
        'stale/x.yaml': 'x\n',
      },
    });
    const source = generated({ 'prod/keep.yaml': 'v2\n', 'prod/new.yaml': 'new\n' });
    const { outputs, host } = await push({ source, 'manifest-repo': remote.url });
    expect(outputs.changed).toBe('true');
    expect(filesAt(remote.dir, 'main')).toEqual(['.flux.yaml', 'README.md', 'prod/keep.yaml', 'prod/new.yaml']);
    expect(readFileAt(remote.dir, 'main', 'prod/keep.yaml')).toBe('v2\n');
    expect(host.summaries[0].rows[1]).toEqual(expect.arrayContaining(['1', '1', '2']));
  });

  test('a target path is replaced exactly and files outside it are untouched', async () => {
    const remote = await bareRepo({
      files: { 'clusters/dev/a.yaml': 'a\n', 'clusters/dev/b.yaml': 'b\n', 'clusters/prod/p.yaml': 'p\n' },
    });
    const source = generated({ 'a.yaml': 'a2\n' });
    await push({ source, 'manifest-repo': remote.url, path: 'clusters/dev', keep: '' });
    expect(filesAt(remote.dir, 'main')).toEqual(['clusters/dev/a.yaml', 'clusters/prod/p.yaml']);
    expect(readFileAt(remote.dir, 'main', 'clusters/dev/a.yaml')).toBe('a2\n');
  });

  test('pushes to a named branch, creating it from the default branch, and uses the default branch otherwise', async () => {
    const remote = await bareRepo({ files: { 'README.md': 'x\n' }, branch: 'master' });
    const source = generated({ 'prod/a.yaml': 'a\n' });
    const def = await push({ source, 'manifest-repo': remote.url });
    expect(def.outputs.branch).toBe('master');
    const named = await push({ source, 'manifest-repo': remote.url, branch: 'release/1' });
    expect(named.outputs.branch).toBe('release/1');
    expect(filesAt(remote.dir, 'release/1')).toEqual(['README.md', 'prod/a.yaml']);
  });

  test('dry-run commits locally but pushes nothing', async () => {
    const remote = await bareRepo({ files: { 'prod/a.yaml': 'a\n' } });
    const before = logOf(remote.dir, 'main');
    const { outputs } = await push({
      source: generated({ 'prod/a.yaml': 'changed\n' }),
      'manifest-repo': remote.url,
      'dry-run': 'true',
    });
    expect(outputs.changed).toBe('true');
    expect(logOf(remote.dir, 'main')).toEqual(before);
  });

  test('concurrent pushes to different paths of one repository all land (rejected pushes are re-applied)', async () => {
    const remote = await bareRepo({ files: { 'README.md': 'r\n' } });
    const runs = Array.from({ length: 6 }, (_, i) =>
      push({
        source: generated({ 'm.yaml': `n: ${i}\n` }),
        'manifest-repo': remote.url,
        path: `env${i}`,
        'max-attempts': '20',
      }),
    );
    const results = await Promise.all(runs);
    expect(results.every((r) => r.outputs.changed === 'true')).toBe(true);
    for (let i = 0; i < 6; i++) expect(readFileAt(remote.dir, 'main', `env${i}/m.yaml`)).toBe(`n: ${i}\n`);
    expect(logOf(remote.dir, 'main')).toHaveLength(7);
  });

  test('a push that races with another commit to the same branch is re-applied on the new tip', async () => {
    const remote = await bareRepo({ files: { 'prod/a.yaml': 'a\n' } });
    const host = new RecordingHost({ commit: SHA });
    // Another pipeline pushes between our fetch and our push: simulate by committing from the apply hook.
    const realCheckout = GitRepo.checkout;
    let raced = false;
    GitRepo.checkout = async (opts) => {
      const repo = await realCheckout(opts);
      if (!raced) {
        raced = true;
        commitFiles(remote.dir, 'main', { 'other/b.yaml': 'b\n' }, 'someone else');
      }
      return repo;
    };
    try {
      const { outputs } = await push(
        { source: generated({ 'a.yaml': 'a2\n' }), 'manifest-repo': remote.url, path: 'prod', keep: '' },
        host,
      );
      expect(outputs.changed).toBe('true');
    } finally {
      GitRepo.checkout = realCheckout;
    }
    expect(readFileAt(remote.dir, 'main', 'other/b.yaml')).toBe('b\n');
    expect(readFileAt(remote.dir, 'main', 'prod/a.yaml')).toBe('a2\n');
    expect(host.output).toMatch(/push rejected.*re-applying/);
  });

  describe('bad input', () => {
    const cases: [string, Record<string, string>, RegExp][] = [
      [
        'missing source folder',
        { source: '/nonexistent/ringway', 'manifest-repo': 'file:///x' },
        /input 'source': folder \/nonexistent\/ringway does not exist/,
      ],
      [
        'path outside the repository',
        { path: '../up', 'manifest-repo': 'file:///x' },
        /input 'path': '\.\.\/up' must stay inside the repository/,
      ],
      ['absolute path', { path: '/etc', 'manifest-repo': 'file:///x' }, /input 'path': '\/etc' must be relative/],
      [
        'credentials in the URL',
        { 'manifest-repo': 'https://user:s3cr3tvalue@example.test/m.git' },
        /input 'manifest-repo' must not contain credentials/,
      ],
      ['missing manifest repo', {}, /input 'manifest-repo' is required/],
      [
        'bad source commit',
        { 'source-commit': 'not a sha', 'manifest-repo': 'file:///x' },
        /input 'source-commit' must be a commit SHA/,
      ],
    ];
    test.each(cases)('%s: one clear line', async (_name, values, expected) => {
      const host = new RecordingHost();
      const source = generated({ 'prod/a.yaml': 'a\n' });
      const result = await runStep(pushManifests, host, (d) => ({ source, ...values })[d.name]);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).toMatch(expected);
        expect(result.message).not.toContain('\n');
        expect(result.message).not.toContain('s3cr3tvalue');
      }
    });

    test('an empty source folder is refused instead of deleting every manifest', async () => {
      const remote = await bareRepo({ files: { 'prod/a.yaml': 'a\n' } });
      const result = await runStep(
        pushManifests,
        new RecordingHost(),
        (d) => ({ source: tempDir(), 'manifest-repo': remote.url })[d.name],
      );
      expect(result.ok).toBe(false);
      expect(filesAt(remote.dir, 'main')).toEqual(['prod/a.yaml']);
    });
  });

  describe('over smart HTTP with a token', () => {
    const token = 'tok-9f8e7d6c5b4a-secret';
    let server: GitHttpServer;
    beforeAll(async () => {
      server = await startGitHttpServer({ token });
    });
    afterAll(async () => {
      await server.stop();
    });

    test('pushes with the token sent only as a header; it is in no log, config or commit', async () => {
      const repo = await server.repo('manifests', { files: { 'README.md': 'r\n' } });
      const host = new RecordingHost({ commit: SHA });
      const { outputs } = await push(
        { source: generated({ 'prod/a.yaml': 'a\n' }), 'manifest-repo': repo.httpUrl, token },
        host,
      );
      expect(outputs.changed).toBe('true');
      expect(readFileAt(repo.dir, 'main', 'prod/a.yaml')).toBe('a\n');
      expect(host.output).not.toContain(token);
      const everything = JSON.stringify(logOf(repo.dir, 'main')) + JSON.stringify(host.summaries);
      expect(everything).not.toContain(token);
      expect(server.requests().some((r) => r.service === 'git-receive-pack' && r.status === 200)).toBe(true);
    });

    test('the working copy keeps no credential in .git/config', async () => {
      const repo = await server.repo('cfg', { files: { 'a.txt': 'a\n' } });
      const dir = tempDir();
      await GitRepo.checkout({ url: repo.httpUrl, dir, token, identity: { name: 'n', email: 'e@x' } });
      const config = readFileSync(join(dir, '.git', 'config'), 'utf8');
      expect(config).toContain(repo.httpUrl);
      expect(config).not.toContain(token);
      expect(config).not.toContain(Buffer.from(`x-access-token:${token}`).toString('base64'));
      expect(config).not.toMatch(/extraheader/i);
    });

    test('a wrong token gives one clear error and pushes nothing', async () => {
      const repo = await server.repo('denied', { files: { 'prod/a.yaml': 'a\n' } });
      const host = new RecordingHost();
      const source = generated({ 'prod/a.yaml': 'changed\n' });
      const result = await runStep(
        pushManifests,
        host,
        (d) => ({ source, 'manifest-repo': repo.httpUrl, token: 'wrong-token-123' })[d.name],
      );
      expect(result).toEqual({
        ok: false,
        usage: false,
        message: `authentication to ${repo.httpUrl} failed (HTTP 401): check the 'token' input`,
      });
      expect(readFileAt(repo.dir, 'main', 'prod/a.yaml')).toBe('a\n');
      expect(logOf(repo.dir, 'main')).toHaveLength(1);
    });

    test('an unknown repository is named in the error', async () => {
      const result = await runStep(
        pushManifests,
        new RecordingHost(),
        (d) => ({ source: generated({ 'a.yaml': 'a\n' }), 'manifest-repo': server.urlFor('nope'), token })[d.name],
      );
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/repository http:\/\/127\.0\.0\.1:\d+\/nope\.git was not found/);
    });
  });
});
