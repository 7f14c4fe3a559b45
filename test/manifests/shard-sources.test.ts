// push-manifests of several source folders (the shards of a matrix generate): published together
// as one commit, refused with one line and nothing pushed when two hold the same file, when a shard
// of their plan is missing, or when the shards planned differently.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '../../lib/hld/generate.js';
import { GitRepo } from '../../lib/git/repo.js';
import { publishTree } from '../../lib/manifests/publish.js';
import { bareRepo, filesAt, logOf, readFileAt, tempDir, writeTree } from '../../stand-ins/git.js';

const identity = { name: 'ringway', email: 'ringway@example.test' };

async function publish(url: string, source: string[]) {
  const repo = await GitRepo.checkout({
    url,
    branch: 'main',
    dir: tempDir('ringway-publish-'),
    identity,
    worktree: false,
  });
  return publishTree({ repo, source, targetPath: '.', keep: ['.*', 'README*'], message: 'publish\n' });
}

/** An HLD of `n` static components (no helm: quick), each one manifest. */
function staticHld(n: number): string {
  const hld = tempDir('ringway-shard-hld-');
  const subs = Array.from({ length: n }, (_, i) => `- name: s${i}\n  type: static\n  path: ./s${i}\n`).join('');
  writeFileSync(join(hld, 'component.yaml'), `name: root\nsubcomponents:\n${subs}`);
  for (let i = 0; i < n; i++) {
    mkdirSync(join(hld, `s${i}`));
    writeFileSync(join(hld, `s${i}`, 'cm.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: s${i}\n`);
  }
  return hld;
}

async function shards(hld: string, count: number): Promise<string[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, k) => {
      const output = tempDir(`ringway-shard-${k + 1}-`);
      await generate({
        hld,
        environments: [['prod']],
        output,
        cacheDir: tempDir('ringway-cache-'),
        shard: { index: k + 1, count },
      });
      return output;
    }),
  );
}

test('the shards of a generate publish as one commit holding what a whole run holds, their records left out', async () => {
  const hld = staticHld(9);
  const whole = tempDir('ringway-whole-');
  await generate({ hld, environments: [['prod']], output: whole, cacheDir: tempDir('ringway-cache-') });
  const parts = await shards(hld, 3);
  const a = await bareRepo({ files: { 'README.md': 'r' } });
  const b = await bareRepo({ files: { 'README.md': 'r' } });
  await publish(a.url, [whole]);
  const r = await publish(b.url, parts);
  expect(r).toMatchObject({ changed: true, pushed: true });
  expect(filesAt(b.dir, 'main')).toEqual(filesAt(a.dir, 'main'));
  expect(filesAt(b.dir, 'main')).toHaveLength(11); // README, root.yaml, 9 components
  for (const f of filesAt(a.dir, 'main')) expect(readFileAt(b.dir, 'main', f)).toBe(readFileAt(a.dir, 'main', f));
});

test('a file in two sources is refused, naming it and both folders; nothing is pushed', async () => {
  const remote = await bareRepo({ files: { 'prod/a.yaml': 'a' } });
  const one = writeTree({ 'prod/a.yaml': 'a1', 'prod/b.yaml': 'b' });
  const two = writeTree({ 'prod/a.yaml': 'a2', 'prod/c.yaml': 'c' });
  await expect(publish(remote.url, [one, two])).rejects.toThrow(
    `input 'source': prod/a.yaml is in both ${one} and ${two}; sources must not overlap, nothing was pushed`,
  );
  expect(logOf(remote.dir, 'main')).toHaveLength(1);
  expect(readFileAt(remote.dir, 'main', 'prod/a.yaml')).toBe('a');
});

test('a missing shard is refused: publishing without it would delete its manifests', async () => {
  const hld = staticHld(6);
  const parts = await shards(hld, 3);
  const remote = await bareRepo({ files: { 'prod/root.yaml': '' } });
  await expect(publish(remote.url, [parts[0], parts[2]])).rejects.toThrow(
    "input 'source': shard 2/3 missing (the sources hold 1, 3 of 3); publishing without it would delete its manifests",
  );
  expect(logOf(remote.dir, 'main')).toHaveLength(1);
});

test('shards that planned differently, or a folder that is not what its record lists, are refused', async () => {
  const hld = staticHld(6);
  const parts = await shards(hld, 2);
  const remote = await bareRepo({ files: { 'x.yaml': 'x' } });
  // Shard 2 planned from another HLD (a component more): the split may leave a file to no shard.
  const other = staticHld(7);
  const [, otherTwo] = await shards(other, 2);
  await expect(publish(remote.url, [parts[0], otherTwo])).rejects.toThrow(
    /the shards split the HLD differently \(each must start from the same HLD commit and render-cost record\)$/,
  );
  // A file added to a shard's folder after generate (or left by another job) is listed by no record.
  const tampered = tempDir('ringway-tampered-');
  cpSync(parts[1], tampered, { recursive: true });
  writeFileSync(join(tampered, 'prod', 'extra.yaml'), 'x');
  await expect(publish(remote.url, [parts[0], tampered])).rejects.toThrow(
    `input 'source': ${tampered}/prod/extra.yaml is listed by no shard record of that folder`,
  );
  // A file of the record removed from the folder.
  const record = JSON.parse(readFileSync(join(parts[1], '.ringway-shard-2-of-2.json'), 'utf8')) as { files: string[] };
  const gone = record.files[0];
  rmSync(join(parts[1], gone));
  await expect(publish(remote.url, [parts[0], parts[1]])).rejects.toThrow(
    `input 'source': ${parts[1]}/${gone} is listed by its shard record but missing from the folder`,
  );
  expect(filesAt(remote.dir, 'main')).toEqual(['x.yaml']);
});

test('shard artifacts downloaded into one folder publish when whole, and not when one is missing', async () => {
  const hld = staticHld(5);
  const parts = await shards(hld, 2);
  const merged = tempDir('ringway-merged-');
  for (const p of parts) cpSync(p, merged, { recursive: true });
  const remote = await bareRepo({ files: { 'README.md': 'r' } });
  await publish(remote.url, [merged]);
  expect(filesAt(remote.dir, 'main')).toHaveLength(7);
  const half = tempDir('ringway-half-');
  cpSync(parts[0], half, { recursive: true });
  await expect(publish(remote.url, [half])).rejects.toThrow("input 'source': shard 2/2 missing");
});
