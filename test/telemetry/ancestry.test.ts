// manifestAncestors with real git over file:// (a bare repository stands in for the manifest
// repository the pipeline names).
import { manifestAncestors } from '../../lib/telemetry/ancestry.js';
import { bareRepo, commitFiles } from '../../stand-ins/git.js';

describe('manifestAncestors', () => {
  test('a commit and every ancestor, found from any branch; a later commit is not among them', async () => {
    const repo = await bareRepo({ files: { 'a.yaml': '1' } });
    const c2 = commitFiles(repo.dir, 'main', { 'a.yaml': '2' }, 'two');
    const c3 = commitFiles(repo.dir, 'main', { 'a.yaml': '3' }, 'three');
    const side = commitFiles(repo.dir, 'side', { 'b.yaml': 'x' }, 'orphan side');
    const set = await manifestAncestors(repo.url, undefined, c2);
    expect(set?.has(c2)).toBe(true);
    expect(set?.has(c3)).toBe(false);
    expect(set?.size).toBe(2);
    expect((await manifestAncestors(repo.url, undefined, side))?.has(side)).toBe(true);
  });

  test('a commit on no branch of the repository: undefined', async () => {
    const repo = await bareRepo({ files: { 'a.yaml': '1' } });
    expect(await manifestAncestors(repo.url, undefined, 'f'.repeat(40))).toBeUndefined();
  });

  test('a repository that cannot be fetched is an error naming it', async () => {
    await expect(manifestAncestors('file:///nonexistent/manifests.git', undefined, 'f'.repeat(40))).rejects.toThrow(
      /nonexistent\/manifests\.git/,
    );
  });
});
