// renderHelm and ensureChartDependencies with the real helm, on small charts written here
// (no chart repository is reached).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChartDependencies } from '../../lib/hld/chart-deps.js';
import { renderHelm } from '../../lib/hld/render.js';

function chart(files: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'ringway-chart-')), 'web');
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

const CHART = 'apiVersion: v2\nname: web\nversion: 0.1.0\n';
const TEMPLATE = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: {{ .Release.Name }}',
  'data:',
  '  mode: {{ .Values.mode | quote }}',
  '  ns: {{ .Release.Namespace }}',
  '---',
  '# nothing here',
  '',
].join('\n');

describe('renderHelm', () => {
  test('renders with the values as YAML 1.1 text ("off" stays text) in the namespace; empty documents go', async () => {
    const dir = chart({ 'Chart.yaml': CHART, 'templates/cm.yaml': TEMPLATE });
    const out = await renderHelm({
      release: 'web',
      chart: dir,
      values: { mode: 'off' },
      namespace: 'web-prod',
      injectNamespace: false,
      who: 'fabrikam.web',
    });
    // helm's stream starts with '---'; split on '\n---' as Fabrikate does, the first chunk keeps it.
    expect(out).toBe(
      '---\n---\n# Source: web/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  mode: "off"\n  ns: web-prod\n',
    );
  });

  test('injectNamespace writes the namespace into the metadata', async () => {
    const dir = chart({ 'Chart.yaml': CHART, 'templates/cm.yaml': TEMPLATE });
    const out = await renderHelm({
      release: 'r',
      chart: dir,
      values: {},
      namespace: 'ns1',
      injectNamespace: true,
      who: 'w',
    });
    expect(out).toContain('metadata:\n  name: r\n  namespace: ns1\n');
  });

  test("a failing template is one error naming the component, with helm's words", async () => {
    const dir = chart({
      'Chart.yaml': CHART,
      'templates/bad.yaml': '{{ required "image.tag is required" .Values.image.tag }}\n',
    });
    await expect(
      renderHelm({
        release: 'web',
        chart: dir,
        values: { image: {} },
        namespace: '',
        injectNamespace: false,
        who: 'fabrikam.web',
      }),
    ).rejects.toThrow(/^component 'fabrikam\.web': helm template failed: .*image\.tag is required/);
  });
});

describe('ensureChartDependencies', () => {
  test('a chart without dependencies, or with them all in charts/, runs no fetch', async () => {
    const plain = chart({ 'Chart.yaml': CHART });
    await ensureChartDependencies(plain, 'w');
    expect(existsSync(join(plain, 'charts'))).toBe(false);
    const withDep = chart({
      'Chart.yaml': `${CHART}dependencies:\n  - name: lib\n    version: 0.1.0\n    repository: https://charts.invalid\n`,
      'charts/lib/Chart.yaml': 'apiVersion: v2\nname: lib\nversion: 0.1.0\n',
    });
    await ensureChartDependencies(withDep, 'w');
  });

  test('a dependency from a local folder is built into charts/', async () => {
    const dir = chart({
      'Chart.yaml': `${CHART}dependencies:\n  - name: lib\n    version: 0.1.0\n    repository: file://../lib\n`,
    });
    const lib = join(dir, '..', 'lib');
    mkdirSync(lib);
    writeFileSync(join(lib, 'Chart.yaml'), 'apiVersion: v2\nname: lib\nversion: 0.1.0\n');
    await ensureChartDependencies(dir, 'fabrikam.web');
    expect(existsSync(join(dir, 'charts', 'lib-0.1.0.tgz'))).toBe(true);
    expect(execFileSync('helm', ['dependency', 'list', dir], { encoding: 'utf8' })).toMatch(
      /lib\s+0\.1\.0\s+file:\/\/\.\.\/lib\s+ok/,
    );
  });

  test('a dependency helm cannot get is one error naming the component and why', async () => {
    const dir = chart({
      'Chart.yaml': `${CHART}dependencies:\n  - name: lib\n    version: 0.1.0\n    repository: file://../missing\n`,
    });
    await expect(ensureChartDependencies(dir, 'fabrikam.web')).rejects.toThrow(
      /^component 'fabrikam\.web': helm dependency build failed: .+/,
    );
  });
});
