import { parse } from 'yaml';
import { runStep } from '../../lib/hosts/run.js';
import { step as updateHld } from '../../lib/steps/update-hld.js';
import { bareRepo, branchesOf, git, readFileAt } from '../../stand-ins/git.js';
import { RecordingHost } from '../../stand-ins/host.js';

const HLD = {
  'component.yaml': 'name: fabrikam\nsubcomponents:\n  - name: frontend\n    type: helm\n    path: ./chart\n',
  'config/common.yaml': 'subcomponents:\n  frontend:\n    config:\n      image:\n        tag: master-0\n',
};

const tagAt = (dir: string) =>
  parse(readFileAt(dir, 'main', 'config/common.yaml') as string).subcomponents.frontend.config.image.tag as string;

// Eight runs at once: their merges race on main and are tried again (a 20-run race is for bench/,
// issue 27).
test('8 concurrent update-hld runs through the local provider all land; no DEPLOY/ branch is left', async () => {
  const hld = await bareRepo({ files: HLD });
  const run = (tag: string) =>
    runStep(
      updateHld,
      new RecordingHost(),
      (d) =>
        ({ 'hld-repo': hld.url, component: 'frontend', 'image-tag': tag, provider: 'local' })[d.name as 'hld-repo'],
    );
  const tags = Array.from({ length: 8 }, (_, i) => `master-${i + 1}`);
  const results = await Promise.all(tags.map(run));
  expect(results.map((r) => (r.ok ? 'ok' : r.message))).toEqual(tags.map(() => 'ok'));
  expect(branchesOf(hld.dir)).toEqual(['main']);
  // Every run's merge commit is in main's history, and every change was committed there once.
  for (const r of results) {
    expect(r.ok && git(hld.dir, ['merge-base', '--is-ancestor', r.outputs.commit, 'main'])).toBe('');
  }
  const subjects = git(hld.dir, ['log', '--format=%s', 'main']).split('\n');
  for (const t of tags) expect(subjects).toContain(`Updating frontend image tag to ${t}.`);
  expect(tags).toContain(tagAt(hld.dir));
  // A re-run afterwards sets its value on top of all of them.
  const again = await run('master-9');
  expect(again.ok).toBe(true);
  expect(tagAt(hld.dir)).toBe('master-9');
  expect(branchesOf(hld.dir)).toEqual(['main']);
}, 240_000);
