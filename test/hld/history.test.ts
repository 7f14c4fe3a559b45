// The HLD history search rollback uses without deployment records: the values a config key held
// along the branch, read from real git history, and the value before the current one.
import { rmSync } from 'node:fs';
import { GitRepo } from '../../lib/git/repo.js';
import { previousValue, ROLLED_BACK_TRAILER, valueHistory } from '../../lib/hld/history.js';
import { bareRepo, commitFiles, tempDir } from '../../stand-ins/git.js';

const config = (tag: string) => `subcomponents:\n  frontend:\n    config:\n      image:\n        tag: ${tag}\n`;

test('reads the tags a component held, newest first, repeats collapsed; skips a revision that does not parse; sees rollback trailers', async () => {
  const hld = await bareRepo({ files: { 'config/prod.yaml': config('v1') } });
  commitFiles(hld.dir, 'main', { 'config/prod.yaml': config('v2') }, 'v2');
  commitFiles(hld.dir, 'main', { 'config/prod.yaml': 'subcomponents: [unclosed\n' }, 'broken');
  commitFiles(hld.dir, 'main', { 'config/prod.yaml': config('v3') }, 'v3');
  commitFiles(hld.dir, 'main', { 'config/prod.yaml': `${config('v3')}# a comment\n` }, 'same tag');
  commitFiles(hld.dir, 'main', { 'other.yaml': 'x: 1\n' }, 'another file');
  commitFiles(hld.dir, 'main', { 'config/prod.yaml': config('v2') }, `roll back\n\n${ROLLED_BACK_TRAILER}: v3`);
  const dir = tempDir('ringway-history-');
  try {
    const repo = await GitRepo.checkout({
      url: hld.url,
      dir,
      identity: { name: 't', email: 't@example.test' },
      depth: 100,
    });
    const history = await valueHistory(repo, 'config/prod.yaml', ['frontend'], ['image', 'tag']);
    expect(history.values).toEqual(['v2', 'v3', 'v2', 'v1']);
    expect([...history.rolledBack]).toEqual(['v3']);
    // v2 runs now; v3 came before it but was rolled back, so v1 is the one to put back.
    expect(previousValue(history, 'v2')).toBe('v1');
    expect(previousValue({ values: ['v2', 'v3', 'v2', 'v1'], rolledBack: new Set() }, 'v2')).toBe('v3');
    expect(previousValue({ values: ['v1'], rolledBack: new Set() }, 'v1')).toBeUndefined();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
