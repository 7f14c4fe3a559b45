import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goJsonFields, isInlined, loadDefinition, normalize } from '../../lib/hld/definition.js';
import { RingwayError } from '../../lib/errors.js';

const where = 'component.yaml';
const refusal = (raw: unknown): string => {
  try {
    normalize(raw, where);
  } catch (err) {
    expect(err).toBeInstanceOf(RingwayError);
    return (err as Error).message;
  }
  throw new Error('accepted');
};

describe('normalize', () => {
  test('fills Fabrikate defaults and reads scalars as Go strings', () => {
    expect(normalize({ name: 'app', version: 1.1, branch: true }, where)).toEqual({
      name: 'app',
      type: 'component',
      method: '',
      source: '',
      path: '',
      version: '1.1',
      branch: 'true',
      hooks: {},
      repositories: {},
      subcomponents: [],
    });
  });

  test("'generator' (the deprecated spelling) wins over 'type'", () => {
    expect(normalize({ name: 'a', type: 'helm', generator: 'static' }, where).type).toBe('static');
  });

  test('reads hooks, repositories and nested subcomponents', () => {
    const def = normalize(
      {
        name: 'root',
        hooks: { 'before-generate': ['make', 2] },
        repositories: { stable: 'https://charts' },
        subcomponents: [{ name: 'web', type: 'helm', method: 'git', source: 'https://g', path: 'charts/web' }],
      },
      where,
    );
    expect(def.hooks).toEqual({ 'before-generate': ['make', '2'] });
    expect(def.repositories).toEqual({ stable: 'https://charts' });
    expect(def.subcomponents.map((s) => [s.name, s.type, s.method, s.path])).toEqual([
      ['web', 'helm', 'git', 'charts/web'],
    ]);
  });

  test.each<[unknown, string]>([
    [[], 'component.yaml: a component definition must be a mapping'],
    [{}, "component.yaml: component has no 'name'"],
    [{ name: 'a/b' }, "component.yaml: component name 'a/b' may not contain '/' or be '.' or '..'"],
    [{ name: '..' }, "component.yaml: component name '..' may not contain '/' or be '.' or '..'"],
    [{ name: { x: 1 } }, "component.yaml: 'name' must be a string"],
    [{ name: 'a', type: 'chart' }, "component.yaml: component 'a' has unknown type 'chart'"],
    [{ name: 'a', method: 'ftp' }, "component.yaml: component 'a' has unknown method 'ftp'"],
    [{ name: 'a', hooks: ['x'] }, "component.yaml: 'hooks' of 'a' must be a mapping"],
    [{ name: 'a', hooks: { 'on-push': ['x'] } }, "component.yaml: unknown hook 'on-push' in 'a'"],
    [
      { name: 'a', hooks: { 'after-install': 'x' } },
      "component.yaml: hook 'after-install' of 'a' must be a list of commands",
    ],
    [{ name: 'a', subcomponents: { b: 1 } }, "component.yaml: 'subcomponents' of 'a' must be a list"],
    [
      { name: 'a', subcomponents: [{ name: 'b' }, { name: 'b' }] },
      "component.yaml: two subcomponents of 'a' are named 'b'",
    ],
    [
      { name: 'a', subcomponents: [{ name: 'b' }, { type: 'helm' }] },
      "component.yaml subcomponents[1]: component has no 'name'",
    ],
  ])('%j is refused: %s', (raw, message) => expect(refusal(raw)).toBe(message));
});

describe('goJsonFields', () => {
  test('matches field names whatever their case, as Go does; a later key wins; unknown keys go', () => {
    expect(
      goJsonFields({ Name: 'first', NAME: 'app', TYPE: 'helm', extra: 1, Hooks: { 'Before-Install': [] } }),
    ).toEqual({
      name: 'app',
      type: 'helm',
      hooks: { 'Before-Install': [] },
    });
  });

  test('folds the long s and the Kelvin sign as Go does, and reaches into subcomponents', () => {
    expect(goJsonFields({ ſource: 'x', Keep: 1, subcomponents: [{ NAME: 'b' }] })).toEqual({
      source: 'x',
      subcomponents: [{ name: 'b' }],
    });
  });

  test('anything but a mapping passes through', () => expect(goJsonFields([1])).toEqual([1]));
});

describe('loadDefinition', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'ringway-def-'));

  test('prefers component.yaml and reads version 1.10 as the text 1.10', async () => {
    const d = dir();
    writeFileSync(join(d, 'component.yaml'), 'name: app\nversion: 1.10\n');
    writeFileSync(join(d, 'component.json'), '{"name": "other"}');
    expect(await loadDefinition(d, '.')).toMatchObject({ name: 'app', version: '1.10' });
  });

  test('reads component.json with Go field matching', async () => {
    const d = dir();
    writeFileSync(join(d, 'component.json'), '{"Name": "app", "Subcomponents": [{"name": "b", "type": "static"}]}');
    const def = await loadDefinition(d, '.');
    expect(def.name).toBe('app');
    expect(isInlined(def)).toBe(false);
    expect(isInlined(def.subcomponents[0])).toBe(true);
  });

  test('an error names the file under the component shown', async () => {
    const d = dir();
    writeFileSync(join(d, 'component.yaml'), 'name: app\ntype: chart\n');
    await expect(loadDefinition(d, 'infra/app')).rejects.toThrow(
      "infra/app/component.yaml: component 'app' has unknown type 'chart'",
    );
  });

  test('a folder without a definition is one error naming it', async () => {
    await expect(loadDefinition(dir(), 'infra')).rejects.toThrow(
      "component 'infra': no component.yaml or component.json in infra",
    );
  });
});
