import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { generate } from '../../lib/hld/generate.js';
import { tempDir } from '../../stand-ins/git.js';
import { nestedHld, readTree } from '../support/hld.js';

// The remote component of the nested fixture is a bare repository in the temp folder.
const localSources = [tmpdir()];

function docs(text: string): Record<string, unknown>[] {
  return parseAllDocuments(text)
    .map((d) => d.toJS())
    .filter((d) => d && typeof d === 'object') as Record<string, unknown>[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- manifest lookups in assertions
function byKind(text: string, kind: string): Record<string, any> {
  const d = docs(text).find((x) => x.kind === kind);
  if (!d) throw new Error(`no ${kind} in\n${text}`);
  return d;
}

describe('generate on a 3-level HLD with two environments and a remote component', () => {
  let hld: string;
  let cacheDir: string;
  let tree: Record<string, string>;

  beforeAll(async () => {
    ({ hld, cacheDir } = await nestedHld());
    const result = await generate({ hld, environments: [['prod', 'east']], cacheDir, localSources });
    expect(result.folders.map((f) => f.name)).toEqual(['prod-east']);
    tree = readTree(join(hld, 'generated'));
  });

  test('one file per component at its logical path, as fab generate lays them out', () => {
    expect(Object.keys(tree).sort()).toEqual([
      'prod-east/cache.yaml',
      'prod-east/fabrikam.yaml',
      'prod-east/frontend/api/api-chart.yaml',
      'prod-east/frontend/api/api.yaml',
      'prod-east/frontend/frontend.yaml',
      'prod-east/frontend/web.yaml',
      'prod-east/monitoring/monitoring.yaml',
      'prod-east/monitoring/prometheus.yaml',
    ]);
    // Container components produce an empty file; debug is disabled in prod, with its subtree.
    expect(tree['prod-east/fabrikam.yaml']).toBe('');
    expect(tree['prod-east/frontend/frontend.yaml']).toBe('');
  });

  test('config priority: first environment wins, then the next, common last; parent beats child', () => {
    const web = byKind(tree['prod-east/frontend/web.yaml'], 'Deployment');
    // frontend/config/common.yaml sets web.replicas 3 (no parent value for web.config.replicas).
    expect(web.spec.replicas).toBe(3);
    expect(web.spec.template.spec.containers[0].image).toBe('registry.local/frontend:prod-42');
    expect(web.metadata.labels.region).toBe('east');
    const api = byKind(tree['prod-east/frontend/api/api-chart.yaml'], 'Deployment');
    // prod.yaml (root, parent) says 5; api's own common.yaml says 9: the parent wins.
    expect(api.spec.replicas).toBe(5);
    expect(api.spec.template.spec.containers[0].image).toBe('nginx:api-common');
  });

  test('helm output is cleaned the way Fabrikate writes it: empty documents dropped, chunks kept verbatim', () => {
    const web = tree['prod-east/frontend/web.yaml'];
    expect(web.startsWith('---\n')).toBe(true);
    expect(docs(web).map((d) => d.kind)).toEqual(['ConfigMap', 'Deployment']);
    // Without namespace injection the chunks of helm's output are kept byte for byte.
    expect(tree['prod-east/frontend/api/api-chart.yaml']).toContain(
      '---\n---\n# Source: web/templates/configmap.yaml\n',
    );
    expect(web).not.toMatch(/name: web-extra/);
  });

  test('namespace travels with injectNamespace; existing namespaces are kept', () => {
    const web = docs(tree['prod-east/frontend/web.yaml']);
    // web's entry sets namespace shop with injectNamespace: helm gets --namespace shop and every
    // document without a namespace gets one.
    expect(web.find((d) => d.kind === 'ConfigMap')?.metadata).toEqual({ name: 'web-settings', namespace: 'shop' });
    expect((web.find((d) => d.kind === 'Deployment')?.metadata as Record<string, unknown>).namespace).toBe('shop');
    // An inlined helm subcomponent gets only its own entry: api's namespace does not reach api-chart.
    const api = docs(tree['prod-east/frontend/api/api-chart.yaml']);
    expect(api.find((d) => d.kind === 'ConfigMap')?.metadata).toEqual({
      name: 'api-chart-settings',
      namespace: 'default',
    });
    expect((api.find((d) => d.kind === 'Deployment')?.metadata as Record<string, unknown>).namespace).toBeUndefined();
    const monitoring = byKind(tree['prod-east/monitoring/prometheus.yaml'], 'ServiceAccount');
    expect(monitoring.metadata).toEqual({ name: 'prometheus' }); // static components are not injected
  });

  test('static folders are concatenated in name order; the remote component came from git', () => {
    expect(tree['prod-east/cache.yaml']).toBe(
      '---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cache\n\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: cache\n\n',
    );
    expect(tree['prod-east/monitoring/prometheus.yaml']).toContain('name: prometheus');
  });

  test('a second run renders nothing again and writes the same bytes; one tag change re-renders one component', async () => {
    const warm = await generate({ hld, environments: [['prod', 'east']], cacheDir, localSources });
    expect(warm.rendered).toBeLessThanOrEqual(4); // static components are read, helm ones come from the cache
    expect(warm.fromCache).toBe(2);
    expect(readTree(join(hld, 'generated'))).toEqual(tree);
    const prod = join(hld, 'config/prod.yaml');
    writeFileSync(prod, readFileSync(prod, 'utf8').replace('prod-42', 'prod-43'));
    const changed = await generate({ hld, environments: [['prod', 'east']], cacheDir, localSources });
    expect(changed.fromCache).toBe(1);
    expect(
      byKind(readTree(join(hld, 'generated'))['prod-east/frontend/web.yaml'], 'Deployment').spec.template.spec
        .containers[0].image,
    ).toBe('registry.local/frontend:prod-43');
  });

  test('several environment sets in one run, each into its own folder; other folders are left alone', async () => {
    mkdirSync(join(hld, 'generated', 'keep-me'), { recursive: true });
    const r = await generate({ hld, environments: [['east'], []], cacheDir, localSources });
    expect(r.folders.map((f) => f.name)).toEqual(['east', 'common']);
    const out = readTree(join(hld, 'generated'));
    expect(byKind(out['east/frontend/web.yaml'], 'Deployment').spec.template.spec.containers[0].image).toBe(
      'registry.local/frontend:east-1',
    );
    expect(byKind(out['common/frontend/web.yaml'], 'Deployment').spec.template.spec.containers[0].image).toBe(
      'registry.local/frontend:common',
    );
    // debug is only disabled in prod
    expect(out['east/frontend/api/debug.yaml']).toContain('kind: Pod');
    expect(existsSync(join(hld, 'generated', 'keep-me'))).toBe(true);
  });
});

describe('several environment sets in one run: each set reads the HLD as it is then', () => {
  test('each folder holds what a run of that set alone writes (files read once serve every set)', async () => {
    const { hld, cacheDir } = await nestedHld();
    const sets = [['prod', 'east'], ['east'], []];
    await generate({ hld, environments: sets, cacheDir, localSources });
    const together = readTree(join(hld, 'generated'));
    for (const set of sets) {
      const output = join(tempDir(), 'alone');
      await generate({ hld, environments: [set], output, cacheDir, localSources });
      const alone = readTree(output);
      expect(Object.keys(alone).length).toBeGreaterThan(4);
      for (const [file, text] of Object.entries(alone)) expect(together[file]).toBe(text);
    }
  });

  test("a hook that rewrites component.yaml during one set's walk: the next set reads the new file", async () => {
    const hld = tempDir('ringway-hook-hld-');
    for (const v of ['first', 'second']) {
      mkdirSync(join(hld, v));
      writeFileSync(join(hld, v, 'cm.yaml'), `kind: ConfigMap\nmetadata:\n  name: ${v}\n`);
    }
    writeFileSync(
      join(hld, 'component.yaml'),
      [
        'name: root',
        'hooks:',
        '  before-generate:',
        '    - sed -i.bak s/first/second/ component.yaml',
        'subcomponents:',
        '  - name: s',
        '    type: static',
        '    path: ./first',
        '',
      ].join('\n'),
    );
    await generate({ hld, environments: [['a'], ['b']], cacheDir: tempDir() });
    const out = readTree(join(hld, 'generated'));
    expect(Object.keys(out).sort()).toEqual(['a/root.yaml', 'a/s.yaml', 'b/root.yaml', 'b/s.yaml']);
    // Set a's walk read component.yaml before the root's hook ran; set b's read it after.
    expect(out['a/s.yaml']).toBe('---\nkind: ConfigMap\nmetadata:\n  name: first\n\n');
    expect(out['b/s.yaml']).toBe('---\nkind: ConfigMap\nmetadata:\n  name: second\n\n');
  });
});

describe('bad HLDs: one clear error naming the component and file; previous output untouched', () => {
  async function failing(
    edit: (hld: string) => void,
  ): Promise<{ message: string; before: Record<string, string>; after: Record<string, string> }> {
    const { hld, cacheDir } = await nestedHld();
    await generate({ hld, environments: [['prod']], cacheDir, localSources });
    const before = readTree(join(hld, 'generated'));
    edit(hld);
    const err = await generate({ hld, environments: [['prod']], cacheDir, localSources }).then(
      () => new Error('generate succeeded'),
      (e: Error) => e,
    );
    return { message: err.message, before, after: readTree(join(hld, 'generated')) };
  }

  test('a broken chart', async () => {
    const r = await failing((hld) =>
      writeFileSync(join(hld, 'frontend/chart/templates/broken.yaml'), 'kind: {{ .Values.nope.deeper }}\n'),
    );
    expect(r.message).toMatch(
      /^component 'fabrikam\.frontend\.(web|api\.api-chart)': helm template failed: .*nil pointer/,
    );
    expect(r.after).toEqual(r.before);
  });

  test('a folder that is not an HLD: named, and nothing written (no empty output folder)', async () => {
    const dir = tempDir('not-an-hld-');
    writeFileSync(join(dir, 'README.md'), 'not an HLD\n');
    await expect(generate({ hld: dir, environments: [['prod']], cacheDir: join(dir, '.cache') })).rejects.toThrow(
      "component '.': no component.yaml or component.json in .",
    );
    expect(readdirSync(dir)).toEqual(['README.md']);
  });

  test('a missing component folder', async () => {
    const r = await failing((hld) =>
      writeFileSync(
        join(hld, 'frontend/component.yaml'),
        'name: frontend\nsubcomponents:\n  - name: api\n    source: ./nowhere\n',
      ),
    );
    expect(r.message).toBe("component 'fabrikam.frontend.api': folder 'nowhere' does not exist");
    expect(r.after).toEqual(r.before);
  });

  test('a config key holding a different kind of value than a higher-priority file', async () => {
    const r = await failing((hld) =>
      writeFileSync(
        join(hld, 'config/common.yaml'),
        'subcomponents:\n  frontend:\n    subcomponents:\n      web:\n        config:\n          image: just-a-string\n',
      ),
    );
    expect(r.message).toBe(
      "config/common.yaml: 'subcomponents.frontend.subcomponents.web.config.image' is a string value here but a map in a higher-priority config",
    );
    expect(r.after).toEqual(r.before);
  });

  test('malformed YAML names file and line', async () => {
    const r = await failing((hld) =>
      writeFileSync(join(hld, 'frontend/config/common.yaml'), 'config:\n  replicas: 2\n  bad: [unclosed\n'),
    );
    expect(r.message).toMatch(/^frontend\/config\/common\.yaml:\d+: invalid YAML: /);
    expect(r.after).toEqual(r.before);
  });

  test('paths cannot leave the HLD: ../, absolute, or a symlink out', async () => {
    const up = await failing((hld) =>
      writeFileSync(
        join(hld, 'frontend/component.yaml'),
        'name: frontend\nsubcomponents:\n  - name: web\n    type: helm\n    path: ../../../etc\n',
      ),
    );
    expect(up.message).toBe("component 'fabrikam.frontend.web': path '../../../etc' leads outside the HLD");
    const abs = await failing((hld) =>
      writeFileSync(
        join(hld, 'component.yaml'),
        'name: x\nsubcomponents:\n  - name: s\n    type: static\n    path: /etc\n',
      ),
    );
    expect(abs.message).toBe("component 'x.s': absolute path '/etc' is not allowed; paths are relative to the HLD");
    const link = await failing((hld) => {
      symlinkSync(tempDir(), join(hld, 'static/out'));
      writeFileSync(
        join(hld, 'component.yaml'),
        'name: x\nsubcomponents:\n  - name: s\n    type: static\n    path: ./static/out\n',
      );
    });
    expect(link.message).toBe("component 'x.s': path './static/out' leads outside the HLD");
  });

  test('YAML alias bombs are refused', async () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'config:',
      '  d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ].join('\n');
    const r = await failing((hld) => writeFileSync(join(hld, 'frontend/config/common.yaml'), bomb));
    expect(r.message).toMatch(/^frontend\/config\/common\.yaml: .*alias/i);
    expect(r.after).toEqual(r.before);
  });
});
