// What generate writes for a component, from the renderers' own inputs: Fabrikate's cleaning of
// helm output, namespace injection, static folders byte for byte. helm itself: render-helm.test.ts.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RingwayError } from '../../lib/errors.js';
import { cleanManifests, compareUtf8, injectNamespace, renderStatic } from '../../lib/hld/render.js';
import { loadYaml } from '../../lib/hld/yaml-engine.js';

beforeAll(async () => {
  await loadYaml();
});

describe('cleanManifests', () => {
  test('keeps non-empty mappings, each chunk as written; drops warnings, empty and scalar documents', () => {
    const helm = [
      'walk.go:74: found symbolic link in path: /c/sub resolves to /x. Contents of linked file included and used',
      '---',
      '# Source: web/templates/a.yaml',
      'kind: Service',
      'metadata: {name: a}   # kept as is',
      '---',
      '# Source: web/templates/empty.yaml',
      '---',
      '{}',
      '---',
      'just text',
      '---',
      'kind: ConfigMap',
    ].join('\n');
    expect(cleanManifests(helm)).toBe(
      '---\n\n# Source: web/templates/a.yaml\nkind: Service\nmetadata: {name: a}   # kept as is\n---\n\nkind: ConfigMap\n',
    );
  });

  test('nothing renderable is empty', () => expect(cleanManifests('')).toBe(''));
});

describe('injectNamespace', () => {
  test('sets the namespace where a document has metadata without one; sorts keys as Fabrikate writes them', () => {
    const out = injectNamespace(
      '---\nkind: Service\nmetadata:\n  name: a\n---\nkind: Namespace\nmetadata:\n  name: b\n  namespace: keep\n---\nkind: List\nitems: []\n',
      'web-prod',
    );
    expect(out).toBe(
      '---\nkind: Service\nmetadata:\n  name: a\n  namespace: web-prod\n\n---\nkind: Namespace\nmetadata:\n  name: b\n  namespace: keep\n\n---\nitems: []\nkind: List\n\n',
    );
  });
});

describe('renderStatic', () => {
  const folder = () => mkdtempSync(join(tmpdir(), 'ringway-static-'));

  test('every file of a folder in UTF-8 byte order, each framed; bytes kept as they are', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'b.yaml'), 'kind: B');
    writeFileSync(join(dir, 'a.yaml'), 'kind: A\n');
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const out = await renderStatic(dir, 'web');
    expect(
      out.equals(Buffer.concat([Buffer.from('---\nkind: A\n\n---\nkind: B\n---\ncaf'), Buffer.from([0xe9, 0x0a])])),
    ).toBe(true);
  });

  test('a single file is framed alone', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'one.yaml'), 'kind: One\n');
    expect((await renderStatic(join(dir, 'one.yaml'), 'web')).toString()).toBe('---\nkind: One\n\n');
  });

  test('a missing path or a folder inside is one error naming the component', async () => {
    const dir = folder();
    await expect(renderStatic(join(dir, 'nope'), 'fabrikam.web')).rejects.toThrow(
      new RingwayError(`component 'fabrikam.web': static path ${join(dir, 'nope')} does not exist`),
    );
    mkdirSync(join(dir, 'sub'));
    await expect(renderStatic(dir, 'fabrikam.web')).rejects.toThrow(
      new RingwayError(`component 'fabrikam.web': static folder ${dir} contains a folder 'sub'; only files are read`),
    );
  });
});

describe('compareUtf8', () => {
  test('orders by UTF-8 bytes as Go does, not by UTF-16 units', () => {
    expect(['😀', 'ﬁ', 'a', 'B'].sort(compareUtf8)).toEqual(['B', 'a', 'ﬁ', '😀']);
    expect(['😀', 'ﬁ'].sort()).toEqual(['😀', 'ﬁ']);
  });
});
