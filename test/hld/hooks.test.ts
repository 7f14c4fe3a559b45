// Component hooks run with sh in the component's folder (Fabrikate's before-/after- hooks).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RingwayError } from '../../lib/errors.js';
import { normalize } from '../../lib/hld/definition.js';
import { hasHook, runHooks } from '../../lib/hld/hooks.js';
import type { ComponentNode } from '../../lib/hld/tree.js';
import { emptyConfig } from '../../lib/hld/config.js';
import { tempDir } from '../../stand-ins/git.js';

const node = (hooks: Record<string, string[]>): ComponentNode => {
  const dir = tempDir('ringway-hooks-');
  return {
    def: normalize({ name: 'web', hooks }, 'component.yaml'),
    physical: dir,
    logical: 'web',
    config: emptyConfig(),
    path: 'fabrikam.web',
    root: dir,
    depth: 1,
  };
};

describe('hooks', () => {
  test('a hook with only blank commands is no hook', () => {
    expect(hasHook(node({ 'before-generate': ['  ', ''] }), 'before-generate')).toBe(false);
    expect(hasHook(node({ 'before-generate': ['make'] }), 'before-generate')).toBe(true);
    expect(hasHook(node({ 'before-generate': ['make'] }), 'after-generate')).toBe(false);
  });

  test("runs each command in order, in the component's folder", async () => {
    const n = node({ 'before-generate': ['echo one > out.txt', '', 'echo two >> out.txt'] });
    await runHooks(n, 'before-generate');
    expect(readFileSync(join(n.physical, 'out.txt'), 'utf8')).toBe('one\ntwo\n');
  });

  test('the first failing command fails the component with its exit code and last line; later ones do not run', async () => {
    const n = node({ 'after-generate': ['echo first >&2; echo "chart not found" >&2; exit 3', 'touch later'] });
    await expect(runHooks(n, 'after-generate')).rejects.toThrow(
      new RingwayError(
        "component 'fabrikam.web': after-generate hook 'echo first >&2; echo \"chart not found\" >&2; exit 3' failed (exit 3): chart not found",
      ),
    );
    expect(existsSync(join(n.physical, 'later'))).toBe(false);
  });

  test('no commands for the hook: nothing runs', async () => {
    await runHooks(node({}), 'before-install');
  });
});
