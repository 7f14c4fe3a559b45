// What a Bedrock/Fabrikate user relies on: hooks that prepare children, subcharts linked from a
// shared folder, what `fab install` left in the HLD, `fab generate prod east` and FAB_ENVS; and a
// render cache that stays bounded. test/conformance compares the same HLDs with the real fab.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '../../lib/hld/generate.js';
import { bedrockRuns, environmentGroups } from '../../lib/steps/generate.js';
import { tempDir } from '../../stand-ins/git.js';
import { fixtures, readTree } from '../support/hld.js';
import { runCli } from '../support/run-bundle.js';

const chartDir = join(fixtures, 'nested', 'frontend', 'chart');
const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;

function hldWith(files: Record<string, string>): string {
  const hld = join(tempDir('ringway-hld-'), 'hld');
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(join(hld, p, '..'), { recursive: true });
    writeFileSync(join(hld, p), c);
  }
  return hld;
}

async function failure(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => 'succeeded',
    (e: Error) => e.message,
  );
}

describe('hooks run in Fabrikate order: a component before its subcomponents', () => {
  test("a parent's before-generate hook writes a whole child (definition, config, files); its after-generate adds a template to an inlined chart", async () => {
    const hld = hldWith({
      'component.yaml':
        'name: root\nhooks:\n  before-generate:\n    - sh ./before.sh\n  after-generate:\n    - sh ./after.sh\nsubcomponents:\n  - name: app\n    path: ./app\n  - name: web\n    type: helm\n    path: ./chart\n',
      // The child does not exist before the hook runs: it is read only after the parent's hooks.
      'before.sh': [
        'sleep 0.3',
        'mkdir -p app/manifests app/config',
        `printf 'name: app\\nsubcomponents:\\n  - name: files\\n    type: static\\n    path: ./manifests\\n' > app/component.yaml`,
        `printf 'subcomponents:\\n  files:\\n    disabled: false\\n' > app/config/common.yaml`,
        `printf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: from-hook\\n' > app/manifests/cm.yaml`,
      ].join('\n'),
      'after.sh': `printf 'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: after-hook\\n' > chart/templates/late.yaml\n`,
      'chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
      'chart/templates/base.yaml': cm('base'),
    });
    await generate({ hld, environments: [[]], cacheDir: tempDir() });
    const out = readTree(join(hld, 'generated'));
    expect(Object.keys(out).sort()).toEqual([
      'common/app/app.yaml',
      'common/app/files.yaml',
      'common/root.yaml',
      'common/web.yaml',
    ]);
    expect(out['common/app/files.yaml']).toBe(`---\n${cm('from-hook')}\n`);
    expect(out['common/web.yaml']).toContain('name: after-hook');
    expect(out['common/web.yaml']).toContain('name: base');
  });

  test('a failing hook stops the run before its subcomponents: error names the component, previous output kept', async () => {
    const hld = hldWith({
      'component.yaml': 'name: root\nsubcomponents:\n  - name: app\n    path: ./app\n',
      'app/component.yaml':
        'name: app\nhooks:\n  before-generate:\n    - test -f ready\nsubcomponents:\n  - name: files\n    type: static\n    path: ./m\n',
      'app/m/cm.yaml': cm('x'),
      'app/ready': '',
    });
    const cacheDir = tempDir();
    await generate({ hld, environments: [[]], cacheDir });
    const before = readTree(join(hld, 'generated'));
    writeFileSync(join(hld, 'app/m/cm.yaml'), cm('changed'));
    rmSync(join(hld, 'app/ready'));
    expect(await failure(generate({ hld, environments: [[]], cacheDir }))).toMatch(
      /^component 'root\.app': before-generate hook 'test -f ready' failed \(exit 1\)/,
    );
    expect(readTree(join(hld, 'generated'))).toEqual(before);
  });
});

describe('symlinked subchart folders (charts/common -> ../../shared/common)', () => {
  function linkedHld(target: string): string {
    const hld = hldWith({
      'component.yaml': 'name: root\nsubcomponents:\n  - name: web\n    type: helm\n    path: ./charts/web\n',
      'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n',
      'charts/web/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-web\n',
      'shared/common/Chart.yaml': 'apiVersion: v2\nname: common\nversion: 0.1.0\n',
      'shared/common/templates/cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-common\n',
    });
    mkdirSync(join(hld, 'charts/web/charts'));
    symlinkSync(target, join(hld, 'charts/web/charts/common'));
    return hld;
  }

  test('a link inside the HLD renders as helm follows it, and editing the shared chart re-renders', async () => {
    const hld = linkedHld('../../../shared/common');
    const cacheDir = tempDir();
    await generate({ hld, environments: [[]], cacheDir });
    const web = readFileSync(join(hld, 'generated/common/web.yaml'), 'utf8');
    // helm warns about the link on stderr; fab reads that with the manifest, hence the empty first line.
    expect(web).toMatch(/^---\n\n# Source: web\/charts\/common\/templates\/cm\.yaml\n/);
    expect(web).toContain('name: web-common');
    writeFileSync(
      join(hld, 'shared/common/templates/cm.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-edited\n',
    );
    const again = await generate({ hld, environments: [[]], cacheDir });
    expect(again.rendered).toBe(1);
    expect(readFileSync(join(hld, 'generated/common/web.yaml'), 'utf8')).toContain('name: web-edited');
  });

  test('a link leading out of the HLD, or to nothing, is one error naming the component and the link', async () => {
    const outside = tempDir('ringway-outside-');
    cpSync(join(chartDir), join(outside, 'common'), { recursive: true });
    const out = linkedHld(join(outside, 'common'));
    expect(await failure(generate({ hld: out, environments: [[]], cacheDir: tempDir() }))).toBe(
      "component 'root.web': symlink charts/web/charts/common in its chart leads outside the HLD",
    );
    const dangling = linkedHld('../../../shared/nothing');
    expect(await failure(generate({ hld: dangling, environments: [[]], cacheDir: tempDir() }))).toBe(
      "component 'root.web': symlink charts/web/charts/common in its chart points to nothing",
    );
  });
});

test('what `fab install` left (components/, helm_repos/) is used as it is, with every source unreachable', async () => {
  const dead = 'http://127.0.0.1:9';
  const hld = hldWith({
    'component.yaml': [
      'name: root',
      'subcomponents:',
      `  - {name: remote, method: git, source: ${dead}/remote.git, version: v1.0.0}`,
      `  - {name: pulled, type: helm, method: helm, source: ${dead}/charts, path: web, version: 0.1.0}`,
      `  - {name: gitchart, type: helm, method: git, source: ${dead}/charts.git, path: charts/web}`,
      `  - {name: downloaded, type: static, method: http, source: ${dead}/files/cm.yaml}`,
      '',
    ].join('\n'),
    'config/common.yaml': 'subcomponents:\n  pulled:\n    config:\n      image:\n        tag: offline\n',
    'components/remote/component.yaml':
      'name: remote\nsubcomponents:\n  - name: files\n    type: static\n    path: ./manifests\n',
    'components/remote/manifests/cm.yaml': cm('remote'),
    'components/downloaded/cm.yaml': cm('downloaded'),
  });
  cpSync(chartDir, join(hld, 'helm_repos/pulled'), { recursive: true });
  cpSync(chartDir, join(hld, 'helm_repos/gitchart/charts/web'), { recursive: true });
  const cacheDir = tempDir();
  await generate({ hld, environments: [[]], cacheDir });
  const out = readTree(join(hld, 'generated'));
  expect(Object.keys(out).sort()).toEqual([
    'common/downloaded.yaml',
    'common/gitchart.yaml',
    'common/pulled.yaml',
    'common/remote/files.yaml',
    'common/remote/remote.yaml',
    'common/root.yaml',
  ]);
  expect(out['common/remote/files.yaml']).toBe(`---\n${cm('remote')}\n`);
  expect(out['common/downloaded.yaml']).toBe(`---\n${cm('downloaded')}\n`);
  expect(out['common/pulled.yaml']).toMatch(/image: .*:offline/);
  expect(out['common/gitchart.yaml']).toContain('name: gitchart-settings');
  // Nothing was fetched: the cache holds no sources.
  expect(readdirSync(cacheDir).includes('sources') ? readdirSync(join(cacheDir, 'sources')) : []).toEqual([]);
});

describe('choosing environments as Bedrock pipelines do', () => {
  test("FAB_ENVS is read like Bedrock's build.sh, and only when no environments are given", () => {
    expect(bedrockRuns('DEV,QA,STAGING WEST')).toEqual([['DEV'], ['QA'], ['STAGING', 'WEST']]);
    expect(bedrockRuns('prod,')).toEqual([['prod']]); // read -ra drops a trailing empty entry
    expect(bedrockRuns('prod,,dev')).toEqual([['prod'], [], ['dev']]); // an empty entry is `fab generate`: common
    expect(environmentGroups([], '', 'prod east,dev')).toEqual([['prod', 'east'], ['dev']]);
    expect(environmentGroups(['prod'], '', 'ignored')).toEqual([['prod']]);
    expect(environmentGroups([], 'qa', 'ignored')).toEqual([['qa']]);
    expect(environmentGroups([], 'prod east,prod-east')).toEqual([['prod-east']]); // one folder, the last run wins
  });

  test('`ringway generate prod east` as `fab generate prod east`; FAB_ENVS from the environment; not both forms', async () => {
    const hld = hldWith({
      'component.yaml': 'name: root\nsubcomponents:\n  - name: files\n    type: static\n    path: ./m\n',
      'm/cm.yaml': cm('x'),
      'config/prod.yaml': 'namespace: p\n',
    });
    const cacheDir = tempDir();
    const positional = await runCli(['generate', '--hld', hld, '--cache-dir', cacheDir, '--validate', 'prod', 'east']);
    expect(positional.code).toBe(0);
    expect(positional.stdout).toContain('folders=prod-east\n');
    const bedrock = await runCli(['generate', '--hld', hld, '--cache-dir', cacheDir], {
      FAB_ENVS: 'DEV,QA,STAGING WEST',
    });
    expect(bedrock.code).toBe(0);
    expect(bedrock.stdout).toContain('folders=DEV,QA,STAGING-WEST\n');
    expect(readdirSync(join(hld, 'generated')).sort()).toEqual(['DEV', 'QA', 'STAGING-WEST', 'prod-east']);
    const both = await runCli(['generate', '--hld', hld, '--environments', 'prod', 'east']);
    expect(both.code).toBe(2);
    expect(both.stderr).toBe('error: give environment as arguments or with --environments, not both\n');
  });
});

describe('the render cache stays bounded', () => {
  function manyCharts(n: number): string {
    const subs = Array.from({ length: n }, (_, i) => `  - name: c${i}\n    type: helm\n    path: ./chart\n`).join('');
    const hld = hldWith({
      'component.yaml': `name: root\nsubcomponents:\n${subs}`,
      'config/a.yaml': 'config:\n  x: a\n',
      'config/b.yaml': 'config:\n  x: b\n',
    });
    cpSync(chartDir, join(hld, 'chart'), { recursive: true });
    writeFileSync(
      join(hld, 'config/a.yaml'),
      `subcomponents:\n${Array.from({ length: n }, (_, i) => `  c${i}:\n    config:\n      image:\n        tag: a\n`).join('')}`,
    );
    writeFileSync(
      join(hld, 'config/b.yaml'),
      `subcomponents:\n${Array.from({ length: n }, (_, i) => `  c${i}:\n    config:\n      image:\n        tag: b\n`).join('')}`,
    );
    return hld;
  }
  const entries = (cacheDir: string) => readdirSync(join(cacheDir, 'render')).filter((f) => f.endsWith('.yaml'));

  test("over the cap, entries the last run did not use go first; the run's own are kept, and reused", async () => {
    const hld = manyCharts(3);
    const cacheDir = tempDir();
    await generate({ hld, environments: [['a']], cacheDir });
    expect(entries(cacheDir)).toHaveLength(3);
    // A roomy cache keeps both environments' renders; a tiny one keeps only what the last run used.
    await generate({ hld, environments: [['b']], cacheDir });
    expect(entries(cacheDir)).toHaveLength(6);
    const bOnly = await generate({ hld, environments: [['b']], cacheDir, renderCacheBytes: 1 });
    expect(bOnly.fromCache).toBe(3);
    expect(entries(cacheDir)).toHaveLength(3);
    const a = await generate({ hld, environments: [['a']], cacheDir, renderCacheBytes: 1 });
    expect(a.fromCache).toBe(0); // a's entries were evicted
    expect(a.rendered).toBe(3);
    // Both sets in one run: all six are in use and kept whatever the cap.
    await generate({ hld, environments: [['a'], ['b']], cacheDir, renderCacheBytes: 1 });
    expect(entries(cacheDir)).toHaveLength(6);
  });
});
