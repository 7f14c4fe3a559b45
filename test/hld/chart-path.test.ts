// Where a helm component's chart is read from: the HLD, what `fab install` left, or a fetch
// (stood in here: no chart repository or git server is reached, and no chart declares dependencies).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { RingwayError } from '../../lib/errors.js';
import { chartPath } from '../../lib/hld/chart-path.js';
import { emptyConfig } from '../../lib/hld/config.js';
import { normalize } from '../../lib/hld/definition.js';
import type { SourceCache } from '../../lib/hld/sources.js';
import type { ComponentNode } from '../../lib/hld/tree.js';

const CHART = 'apiVersion: v2\nname: web\nversion: 0.1.0\n';

function writeTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ringway-chart-path-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

const node = (hld: string, def: Record<string, unknown>): ComponentNode => ({
  def: normalize({ name: 'web', type: 'helm', ...def }, 'component.yaml'),
  physical: hld,
  logical: '.',
  config: emptyConfig(),
  path: 'fabrikam.web',
  root: hld,
  depth: 1,
});

/** Fetches hand back folders written here, and are logged. */
function sources(fetched: Record<string, string> = {}): SourceCache & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    tokens: new Map(),
    helmChart: async (url: string, chart: string, version: string) => {
      calls.push(`helm ${url} ${chart} ${version}`);
      return writeTree({ 'Chart.yaml': CHART, ...fetched });
    },
    git: async (url: string, version: string, branch: string) => {
      calls.push(`git ${url} ${version} ${branch}`);
      return writeTree({ 'charts/web/Chart.yaml': CHART, ...fetched });
    },
  } as unknown as SourceCache & { calls: string[] };
}

describe('chartPath', () => {
  test('a chart in the HLD is read where it is', async () => {
    const hld = writeTree({ 'charts/web/Chart.yaml': CHART });
    expect(await chartPath(node(hld, { path: 'charts/web' }), sources())).toEqual({
      chart: join(hld, 'charts/web'),
      root: hld,
    });
  });

  test('a packaged chart file is passed to helm as it is', async () => {
    const hld = writeTree({ 'charts/web-0.1.0.tgz': 'not really a tarball' });
    expect((await chartPath(node(hld, { path: 'charts/web-0.1.0.tgz' }), sources())).chart).toBe(
      join(hld, 'charts/web-0.1.0.tgz'),
    );
  });

  test('a folder without Chart.yaml, or a path out of the HLD, is one error naming the component', async () => {
    const hld = writeTree({ 'charts/web/values.yaml': '' });
    await expect(chartPath(node(hld, { path: 'charts/web' }), sources())).rejects.toThrow(
      new RingwayError(`component 'fabrikam.web': no helm chart (Chart.yaml) at ${join(hld, 'charts/web')}`),
    );
    await expect(chartPath(node(hld, { path: '../elsewhere' }), sources())).rejects.toThrow(
      "component 'fabrikam.web': path '../elsewhere' leads outside the HLD",
    );
  });

  test('what fab install left in helm_repos/<name> is used without a fetch', async () => {
    const hld = writeTree({ 'helm_repos/web/Chart.yaml': CHART, 'helm_repos/web/sub/Chart.yaml': CHART });
    const s = sources();
    expect(await chartPath(node(hld, { method: 'helm', source: 'https://charts.example', path: 'web' }), s)).toEqual({
      chart: join(hld, 'helm_repos/web'),
      root: hld,
    });
    expect((await chartPath(node(hld, { method: 'git', source: 'https://git.example/c', path: 'sub' }), s)).chart).toBe(
      join(hld, 'helm_repos/web/sub'),
    );
    expect(s.calls).toEqual([]);
  });

  test('method helm fetches the chart of the repository at the version; the chart is its own root', async () => {
    const hld = writeTree({});
    const s = sources();
    const r = await chartPath(
      node(hld, { method: 'helm', source: 'https://charts.example', path: 'web', version: '1.2.3' }),
      s,
    );
    expect(s.calls).toEqual(['helm https://charts.example web 1.2.3']);
    expect(r.root).toBe(r.chart);
  });

  test('method git fetches the repository at the version or branch; the chart is read at path inside it', async () => {
    const hld = writeTree({});
    const s = sources();
    const r = await chartPath(
      node(hld, { method: 'git', source: 'https://git.example/c', path: 'charts/web', branch: 'release' }),
      s,
    );
    expect(s.calls).toEqual(['git https://git.example/c  release']);
    expect(r.chart).toBe(join(r.root, 'charts/web'));
  });

  test('a fetched component missing its source or chart name is one error', async () => {
    const hld = writeTree({});
    await expect(chartPath(node(hld, { method: 'helm', source: 'https://charts.example' }), sources())).rejects.toThrow(
      "component 'fabrikam.web': method helm needs 'source' (repository URL) and 'path' (chart name)",
    );
    await expect(chartPath(node(hld, { method: 'git', path: 'x' }), sources())).rejects.toThrow(
      "component 'fabrikam.web': method git needs a 'source' URL",
    );
  });

  test('a path out of a fetched checkout is refused', async () => {
    const hld = writeTree({});
    await expect(
      chartPath(node(hld, { method: 'git', source: 'https://git.example/c', path: '../../etc' }), sources()),
    ).rejects.toThrow("component 'fabrikam.web': path '../../etc' leads outside the HLD");
  });
});
