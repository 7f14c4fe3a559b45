// Bad input fails before any work: no fetch, no commit, nothing pushed or written (a bad number was found by the
// bad-input catalogue, where 'max-attempts' was only read after the fetch and the commit).
import { Inputs } from '../../lib/steps/inputs.js';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { step as generate } from '../../lib/steps/generate.js';
import { step as pushManifests } from '../../lib/steps/push-manifests.js';
import { step as updateHld } from '../../lib/steps/update-hld.js';
import { bareRepo, git, tempDir, writeTree } from '../../stand-ins/git.js';
import { RecordingHost } from '../../stand-ins/host.js';

const refs = (dir: string) => git(dir, ['for-each-ref', '--format=%(refname) %(objectname)']);

test.each(['abc', '0', '-1', '1e3'])("push-manifests: max-attempts '%s' is refused before the fetch", async (value) => {
  const remote = await bareRepo({ files: { 'prod/a.yaml': 'a: 1\n' } });
  const before = refs(remote.dir);
  const host = new RecordingHost();
  const source = writeTree({ 'prod/a.yaml': 'a: 2\n' });
  await expect(
    pushManifests.run(Inputs.of(pushManifests, { source, 'manifest-repo': remote.url, 'max-attempts': value }), host),
  ).rejects.toThrow(`input 'max-attempts' must be an integer ≥ 1, got '${value}'`);
  expect(host.lines.filter((l) => l.startsWith('group:'))).toEqual([]);
  expect(refs(remote.dir)).toBe(before);
});

test("update-hld: max-attempts 'x' is refused before the fetch", async () => {
  const remote = await bareRepo({
    files: { 'component.yaml': 'name: app\n', 'config/common.yaml': 'image:\n  tag: a\n' },
  });
  const before = refs(remote.dir);
  const host = new RecordingHost();
  await expect(
    updateHld.run(
      Inputs.of(updateHld, { 'hld-repo': remote.url, 'image-tag': 'b', 'pull-request': 'false', 'max-attempts': 'x' }),
      host,
    ),
  ).rejects.toThrow("input 'max-attempts' must be an integer ≥ 1, got 'x'");
  expect(host.lines.filter((l) => l.startsWith('group:'))).toEqual([]);
  expect(refs(remote.dir)).toBe(before);
});

test("generate: an 'hld' folder without component.yaml is refused naming the input, before anything is written", async () => {
  const dir = writeTree({ 'README.md': 'not an HLD\n' });
  const cacheDir = join(tempDir(), 'cache');
  const host = new RecordingHost();
  await expect(generate.run(Inputs.of(generate, { hld: dir, 'cache-dir': cacheDir }), host)).rejects.toThrow(
    `input 'hld': ${dir} holds no component.yaml or component.json; it is not an HLD folder`,
  );
  expect(host.lines.filter((l) => l.startsWith('group:'))).toEqual([]);
  expect(readdirSync(dir)).toEqual(['README.md']);
});
