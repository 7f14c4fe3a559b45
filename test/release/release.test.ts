// npm run release on a real repository with a bare origin: vX.Y.Z on HEAD, vX moved to it,
// refused (nothing tagged) on a dirty tree, an existing tag, a missing CHANGELOG entry or a stale dist.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { steps } from '../../lib/steps/index.js';
import { docReferenceMismatches, release } from '../../scripts/release.js';
import { taskFolder } from '../../scripts/surfaces.js';
import { repoRoot } from '../support/run-bundle.js';
import { bareRepo, git, tempDir } from '../../stand-ins/git.js';

async function project(version: string, changelog = `# Changelog\n\n## ${version}\n\n- first\n`) {
  const origin = await bareRepo({
    files: { 'package.json': JSON.stringify({ name: 'x', version }), 'CHANGELOG.md': changelog },
  });
  const dir = join(tempDir('ringway-release-'), 'repo');
  git(tempDir(), ['clone', '-q', origin.url, dir]);
  git(dir, ['config', 'user.email', 't@example.com']);
  git(dir, ['config', 'user.name', 't']);
  return { dir, origin };
}
const ok = () => undefined;
const tagCommit = (dir: string, tag: string) => git(dir, ['rev-parse', `${tag}^{commit}`]).trim();

test('tags vX.Y.Z, moves vX on the next release, and pushes both with --push', async () => {
  const { dir, origin } = await project('1.2.0');
  const first = release({ cwd: dir, check: ok, push: true });
  expect(first).toMatchObject({ tag: 'v1.2.0', major: 'v1' });
  expect(tagCommit(dir, 'v1')).toBe(first.commit);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', version: '1.3.0' }));
  writeFileSync(join(dir, 'CHANGELOG.md'), '# Changelog\n\n## 1.3.0\n\n- more\n\n## 1.2.0\n');
  git(dir, ['commit', '-qam', 'v1.3.0']);
  const second = release({ cwd: dir, check: ok, push: true });
  expect(second.commit).not.toBe(first.commit);
  expect(tagCommit(origin.dir, 'v1')).toBe(second.commit);
  expect(tagCommit(origin.dir, 'v1.2.0')).toBe(first.commit);
  expect(tagCommit(origin.dir, 'v1.3.0')).toBe(second.commit);
});

test.each([
  [
    'a dirty tree',
    async (dir: string) => writeFileSync(join(dir, 'package.json'), '{"version":"1.0.0","x":1}'),
    ok,
    'uncommitted changes',
  ],
  ['an existing tag', async (dir: string) => git(dir, ['tag', 'v1.0.0']), ok, 'v1.0.0 already exists'],
  [
    'a stale dist',
    async () => undefined,
    () => {
      throw new Error('committed bundles are out of date');
    },
    'committed bundles are out of date',
  ],
] as const)('refuses on %s and tags nothing new', async (_n, spoil, check, message) => {
  const { dir } = await project('1.0.0');
  await spoil(dir);
  const before = git(dir, ['tag', '--list']);
  expect(() => release({ cwd: dir, check })).toThrow(message);
  expect(git(dir, ['tag', '--list'])).toBe(before);
});

test('refuses a version CHANGELOG.md does not describe', async () => {
  const { dir } = await project('2.0.0', '# Changelog\n\n## 1.0.0\n');
  expect(() => release({ cwd: dir, check: ok })).toThrow("CHANGELOG.md has no '## 2.0.0' section");
});

test('refuses when a doc names another major tag than the version has, and names the line', async () => {
  const { dir } = await project('2.0.0', '# Changelog\n\n## 2.0.0\n');
  writeFileSync(
    join(dir, 'README.md'),
    '# x\n\n    uses: ringway/ringway/actions/gate@v2\n    uses: ringway/ringway/actions/gate@v1\n\n`npx ringway@1.4.0 generate`\n',
  );
  git(dir, ['add', 'README.md']);
  git(dir, ['commit', '-qm', 'docs']);
  expect(() => release({ cwd: dir, check: ok })).toThrow(
    'the docs name another major version than v2: README.md:4: ringway/ringway/actions/gate@v1, README.md:6: ringway@1.4.0',
  );
  expect(git(dir, ['tag', '--list'])).toBe('');
});

test("this repository: README, docs, starter workflows and the marketplace page name package.json's major tag and version; the extension and every task carry the version", () => {
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const [major, minor, patch] = version.split('.').map(Number);
  expect(docReferenceMismatches(repoRoot, major)).toEqual([]);
  // The scan sees the references (under another major they would all be reported).
  expect(docReferenceMismatches(repoRoot, major + 1).length).toBeGreaterThan(10);
  expect(docReferenceMismatches(repoRoot, major + 1).join('\n')).toContain(
    `workflows-examples/cli/Jenkinsfile:11: ringway@${version}`,
  );
  expect(JSON.parse(readFileSync(join(repoRoot, 'vss-extension.json'), 'utf8')).version).toBe(version);
  for (const s of steps)
    expect(JSON.parse(readFileSync(join(repoRoot, taskFolder(s), 'task.json'), 'utf8')).version).toEqual({
      Major: major,
      Minor: minor,
      Patch: patch,
    });
});
