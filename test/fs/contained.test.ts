import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assertEntriesInside,
  assertNoLinkOnPath,
  assertResolvesInside,
  assertTreeInside,
  inside,
} from '../../lib/fs/contained.js';
import { RingwayError } from '../../lib/errors.js';

/** A checkout `hld` with a folder, a file, links inside and out, and a dangling link. */
function checkout(): { root: string; outside: string } {
  const base = mkdtempSync(join(tmpdir(), 'ringway-contained-'));
  const root = join(base, 'hld');
  const outside = join(base, 'outside');
  mkdirSync(join(root, 'app/config'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(root, 'app/component.yaml'), 'name: app\n');
  symlinkSync('config', join(root, 'app/config-link'));
  symlinkSync(outside, join(root, 'app/escape'));
  symlinkSync('../../outside', join(root, 'app/relative-escape'));
  symlinkSync(join(root, 'missing'), join(root, 'app/dangling'));
  return { root, outside };
}

describe('inside', () => {
  test('by name: the root itself and paths below it', () => {
    expect(inside('/w/hld', '/w/hld')).toBe(true);
    expect(inside('/w/hld', '/w/hld/a/b')).toBe(true);
    expect(inside('/w/hld', '/w/hld/..data')).toBe(true);
    expect(inside('/w/hld', '/w/hld-other')).toBe(false);
    expect(inside('/w/hld', '/w')).toBe(false);
    expect(inside('/w/hld', '/etc')).toBe(false);
  });
});

describe('assertResolvesInside', () => {
  test('a path through links that stay inside, or one not made yet, is fine', async () => {
    const { root } = checkout();
    await assertResolvesInside(root, join(root, 'app/config-link/new/file.yaml'), 'x');
    await assertResolvesInside(root, join(root, 'app/not-yet/file.yaml'), 'x');
  });

  test('a link leading out, absolute or relative, is refused naming it', async () => {
    const { root } = checkout();
    await expect(assertResolvesInside(root, join(root, 'app/escape/secret'), 'writing app')).rejects.toThrow(
      new RingwayError(
        "writing app: 'app/escape' is a symbolic link that leads outside hld; links are never followed out of a checkout",
      ),
    );
    await expect(assertResolvesInside(root, join(root, 'app/relative-escape'), 'x')).rejects.toThrow(
      /'app\/relative-escape' is a symbolic link that leads outside hld/,
    );
  });

  test('a dangling link is refused: writing through it would create its target', async () => {
    const { root } = checkout();
    await expect(assertResolvesInside(root, join(root, 'app/dangling'), 'x')).rejects.toThrow(
      /x: 'app\/dangling' is a symbolic link that leads outside/,
    );
  });
});

describe('assertNoLinkOnPath', () => {
  test('refuses any link on the way, even one that stays inside; a missing part ends the check', async () => {
    const { root } = checkout();
    await assertNoLinkOnPath(root, 'app/config/values.yaml', 'x');
    await assertNoLinkOnPath(root, './app//missing/escape', 'x');
    await expect(assertNoLinkOnPath(root, 'app/config-link/values.yaml', 'setting config')).rejects.toThrow(
      new RingwayError(
        "setting config: 'app/config-link' is a symbolic link in the repository; ringway does not follow links out of a checkout",
      ),
    );
  });
});

describe('assertEntriesInside', () => {
  test('checks the links among the names and directly in named folders', async () => {
    const { root } = checkout();
    await assertEntriesInside(root, root, ['app/component.yaml', 'app/config-link', 'nothing'], 'x');
    await expect(assertEntriesInside(root, root, ['app'], 'copying')).rejects.toThrow(
      /^copying: 'app\/(dangling|escape|relative-escape)'/,
    );
    await expect(assertEntriesInside(root, join(root, 'app'), ['escape'], 'copying')).rejects.toThrow(/'app\/escape'/);
  });
});

describe('assertTreeInside', () => {
  test('refuses a link leading out anywhere below, but not under .git', async () => {
    const { root } = checkout();
    await expect(assertTreeInside(root, root, 'chart')).rejects.toThrow(
      /^chart: 'app\/(dangling|escape|relative-escape)'/,
    );
    const clean = join(root, 'app/config');
    mkdirSync(join(clean, '.git'));
    symlinkSync('/', join(clean, '.git/odd'));
    writeFileSync(join(clean, 'values.yaml'), '');
    await assertTreeInside(root, clean, 'chart');
  });

  test('a file or a missing folder is checked as a path', async () => {
    const { root } = checkout();
    await assertTreeInside(root, join(root, 'app/component.yaml'), 'x');
    await assertTreeInside(root, join(root, 'absent'), 'x');
    await expect(assertTreeInside(root, join(root, 'app/escape'), 'x')).rejects.toThrow(/'app\/escape'/);
  });
});
