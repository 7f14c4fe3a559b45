// walkTree over HLDs in temp folders (local components only; a git component's fetch is not
// reached): the order, folders and layered config of what generate renders, and the errors.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { AccessTokens } from '../../lib/git/access-tokens.js';
import type { SourceCache } from '../../lib/hld/sources.js';
import { type ComponentNode, walkTree } from '../../lib/hld/tree.js';

/** A temp folder holding `files` (relative path → content). */
function writeTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ringway-tree-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

/** Source fetches fail: these HLDs are read from their own files only. */
const offline = (access = AccessTokens.none()): SourceCache =>
  ({
    access,
    named: new Map<string, string>(),
    withheld: new Map<string, string>(),
    git: async (url: string) => {
      throw new Error(`fetched ${url}`);
    },
  }) as unknown as SourceCache;

const HLD = {
  'component.yaml': [
    'name: fabrikam',
    'subcomponents:',
    '  - name: web',
    '    source: ./web',
    '  - name: redis',
    '    type: helm',
    '    path: charts/redis',
    '  - name: legacy',
    '    source: ./legacy',
  ].join('\n'),
  'config/common.yaml': 'subcomponents:\n  legacy:\n    disabled: true\n  web:\n    config:\n      replicas: 1\n',
  'config/prod.yaml': 'subcomponents:\n  web:\n    namespace: web-prod\n    config:\n      image: {tag: v2}\n',
  'web/component.yaml': 'name: web\nsubcomponents:\n  - name: api\n    source: ./api\n',
  'web/config/common.yaml': 'config:\n  image: {tag: v1, repo: web}\n  replicas: 3\n',
  'web/api/component.yaml': 'name: api\ntype: static\npath: manifests\n',
  'legacy/component.yaml': 'name: legacy\n',
};

const summary = (nodes: ComponentNode[], hld: string) =>
  nodes.map((n) => ({
    path: n.path,
    logical: n.logical,
    physical: n.physical.slice(hld.length) || '/',
    depth: n.depth,
  }));

describe('walkTree', () => {
  test('parents before children, breadth first; inlined components live in their parent; disabled ones are skipped', async () => {
    const hld = writeTree(HLD);
    const nodes = await walkTree({ hld, environments: ['prod'], sources: offline(), warn: () => undefined });
    expect(summary(nodes, hld)).toEqual([
      { path: 'fabrikam', logical: '.', physical: '/', depth: 0 },
      { path: 'fabrikam.web', logical: 'web', physical: '/web', depth: 1 },
      { path: 'fabrikam.redis', logical: '.', physical: '/', depth: 1 },
      { path: 'fabrikam.web.api', logical: 'web/api', physical: '/web/api', depth: 2 },
    ]);
  });

  test("config layers: the parent's environment file, then the component's own, then common; first wins", async () => {
    const hld = writeTree(HLD);
    const nodes = await walkTree({ hld, environments: ['prod'], sources: offline(), warn: () => undefined });
    const web = nodes.find((n) => n.path === 'fabrikam.web');
    expect(web?.config.namespace).toBe('web-prod');
    expect(web?.config.config).toEqual({ image: { tag: 'v2', repo: 'web' }, replicas: 1 });
  });

  test('visit runs before the children are read: a parent may write a child (as a before-generate hook does)', async () => {
    const files: Record<string, string> = { ...HLD };
    delete files['web/api/component.yaml'];
    const hld = writeTree(files);
    const seen: string[] = [];
    await walkTree({
      hld,
      environments: [],
      sources: offline(),
      warn: () => undefined,
      visit: async (n) => {
        seen.push(n.path);
        if (n.path !== 'fabrikam.web') return;
        mkdirSync(join(hld, 'web/api'));
        writeFileSync(join(hld, 'web/api/component.yaml'), 'name: api\n');
      },
    });
    expect(seen).toContain('fabrikam.web.api');
    expect(seen.indexOf('fabrikam.web')).toBeLessThan(seen.indexOf('fabrikam.web.api'));
  });

  test('the first failure ends the walk: no later component is visited', async () => {
    const hld = writeTree(HLD);
    const seen: string[] = [];
    await expect(
      walkTree({
        hld,
        environments: [],
        sources: offline(),
        warn: () => undefined,
        visit: async (n) => {
          seen.push(n.path);
          if (n.path === 'fabrikam.web') throw new Error('hook failed');
        },
      }),
    ).rejects.toThrow('hook failed');
    expect(seen).not.toContain('fabrikam.web.api');
  });

  test('a subcomponent folder that does not exist is one error naming the component', async () => {
    const hld = writeTree({ 'component.yaml': 'name: root\nsubcomponents:\n  - name: web\n    source: ./nowhere\n' });
    await expect(walkTree({ hld, environments: [], sources: offline(), warn: () => undefined })).rejects.toThrow(
      "component 'root.web': folder 'nowhere' does not exist",
    );
  });

  test('a git component without a source, or one fab install left in components/, is not fetched', async () => {
    const noSource = writeTree({ 'component.yaml': 'name: root\nsubcomponents:\n  - name: ext\n    method: git\n' });
    await expect(
      walkTree({ hld: noSource, environments: [], sources: offline(), warn: () => undefined }),
    ).rejects.toThrow("component 'root.ext': method git needs a 'source' URL");
    const installed = writeTree({
      'component.yaml':
        'name: root\nsubcomponents:\n  - name: ext\n    method: git\n    source: https://git.example/ext\n    path: sub\n',
      'components/ext/sub/component.yaml': 'name: ext\n',
    });
    const nodes = await walkTree({ hld: installed, environments: [], sources: offline(), warn: () => undefined });
    expect(summary(nodes, installed)[1]).toEqual({
      path: 'root.ext',
      logical: 'ext',
      physical: '/components/ext/sub',
      depth: 1,
    });
  });

  test('a component folder may not lead out of the HLD', async () => {
    const hld = writeTree({ 'component.yaml': 'name: root\nsubcomponents:\n  - name: web\n    source: ../outside\n' });
    await expect(walkTree({ hld, environments: [], sources: offline(), warn: () => undefined })).rejects.toThrow(
      /component 'root\.web'/,
    );
    const linked = writeTree({ 'component.yaml': 'name: root\nsubcomponents:\n  - name: web\n    source: ./web\n' });
    mkdirSync(join(linked, 'web'));
    symlinkSync('/etc/hostname', join(linked, 'web/component.yaml'));
    await expect(
      walkTree({ hld: linked, environments: [], sources: offline(), warn: () => undefined }),
    ).rejects.toThrow(/component 'root\.web': 'web\/component\.yaml' is a symbolic link that leads outside/);
  });

  test('access.yaml: an entry the step allows names the variable; an unset or unlisted one is a warning naming file and line', async () => {
    const hld = writeTree({
      'component.yaml': 'name: root\n',
      'access.yaml':
        'https://git.example/a: RINGWAY_TEST_TOKEN_A\nhttps://git.example/b: RINGWAY_TEST_UNSET_B\nhttps://other.example/c: RINGWAY_TEST_TOKEN_A\nhttps://git.example/d: SYSTEM_ACCESSTOKEN\n',
    });
    const access = AccessTokens.parse(['RINGWAY_TEST_TOKEN_A=git.example', 'RINGWAY_TEST_UNSET_B=git.example'], {
      RINGWAY_TEST_TOKEN_A: 'tok-a',
    });
    const sources = offline(access);
    const warnings: string[] = [];
    await walkTree({ hld, environments: [], sources, warn: (m) => warnings.push(m) });
    expect([...sources.named]).toEqual([['https://git.example/a', 'RINGWAY_TEST_TOKEN_A']]);
    expect(warnings).toEqual([
      'access.yaml:2: environment variable RINGWAY_TEST_UNSET_B for https://git.example/b is not set',
      "access.yaml:3: RINGWAY_TEST_TOKEN_A for https://other.example/c is ignored: the step's input 'access-tokens' allows RINGWAY_TEST_TOKEN_A only for git.example, not for other.example",
      "access.yaml:4: SYSTEM_ACCESSTOKEN for https://git.example/d is ignored: the step's input 'access-tokens' does not list SYSTEM_ACCESSTOKEN",
    ]);
  });

  test('an access.yaml that is not a map of names is one error', async () => {
    const hld = writeTree({ 'component.yaml': 'name: root\n', 'access.yaml': 'https://git.example/a: [X]\n' });
    await expect(walkTree({ hld, environments: [], sources: offline(), warn: () => undefined })).rejects.toThrow(
      'access.yaml:1: the variable for https://git.example/a must be a name',
    );
  });
});
