// checkComponentPath: a dotted subcomponent path (update-hld's `component` input) proved against
// the HLD's own files, with the error line a user sees for each wrong turn.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { RingwayError } from '../../lib/errors.js';
import { checkComponentPath } from '../../lib/hld/component-path.js';

function writeTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ringway-component-path-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

const hld = () =>
  writeTree({
    'component.yaml': [
      'name: fabrikam',
      'subcomponents:',
      '  - name: trivia',
      '    source: ./trivia',
      '  - name: redis',
      '    type: helm',
      '    path: charts/redis',
      '  - name: ext',
      '    method: git',
      '    source: https://git.example/ext',
      '  - name: away',
      '    source: ../elsewhere',
    ].join('\n'),
    'trivia/component.yaml': 'name: trivia\nsubcomponents:\n  - name: frontend\n    source: ./frontend\n',
    'trivia/frontend/component.yaml':
      'name: frontend\nsubcomponents:\n  - name: dev\n    type: static\n    path: dev\n',
  });

const check = (root: string, path: string) => checkComponentPath(root, root, path.split('.'), path);

describe('checkComponentPath', () => {
  test('a path naming components in the local files is accepted', async () => {
    const root = hld();
    await check(root, 'trivia');
    await check(root, 'trivia.frontend.dev');
    await check(root, 'redis');
  });

  test('a remote git component ends the check: its insides are not fetched', async () => {
    await check(hld(), 'ext.anything.below');
  });

  test.each([
    ['nope', "component 'nope': 'nope' is not a subcomponent of 'fabrikam' (it has: trivia, redis, ext, away)"],
    ['trivia.backend', "component 'trivia.backend': 'backend' is not a subcomponent of 'trivia' (it has: frontend)"],
    [
      'trivia.frontend.dev.x',
      "component 'trivia.frontend.dev.x': 'dev' is a static component and has no subcomponents",
    ],
    [
      'trivia.frontend.prod',
      "component 'trivia.frontend.prod': 'prod' is not a subcomponent of 'trivia.frontend' (it has: dev)",
    ],
    ['redis.master', "component 'redis.master': 'redis' is a helm component and has no subcomponents"],
    ['away.x', "component 'away.x': path '../elsewhere/.' leads outside the HLD"],
  ])('%s is refused: %s', async (path, message) => {
    await expect(check(hld(), path)).rejects.toThrow(new RingwayError(message));
  });

  test("a leaf component's own subcomponents are listed as none", async () => {
    const root = writeTree({ 'component.yaml': 'name: solo\n' });
    await expect(check(root, 'x')).rejects.toThrow("'x' is not a subcomponent of 'solo' (it has: none)");
  });
});
