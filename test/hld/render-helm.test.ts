// renderHelm with the real helm (a child process: the integration project), on small charts written here.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderHelm } from '../../lib/hld/render.js';
import { tempDir } from '../../stand-ins/git.js';

function chart(files: Record<string, string>): string {
  const dir = join(tempDir('ringway-chart-'), 'web');
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
