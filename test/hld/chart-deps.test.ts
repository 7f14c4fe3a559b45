// ensureChartDependencies with the real helm, on small charts written here (no chart repository
// is reached: dependencies come from local folders).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChartDependencies } from '../../lib/hld/chart-deps.js';

function chart(files: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'ringway-chart-')), 'web');
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

const CHART = 'apiVersion: v2\nname: web\nversion: 0.1.0\n';

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
