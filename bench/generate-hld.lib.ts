// The bench HLD of generate's benchmarks (bench/generate.ts, bench/generate-shard.ts): n helm
// components over 20 local charts, each environment's config setting every component's values.
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const chartSrc = join(root, 'test/fixtures/hld/nested/frontend/chart');

export function makeHld(n: number, envs: string[]): string {
  const hld = mkdtempSync(join(tmpdir(), 'bench-hld-'));
  const subs = [];
  for (let c = 0; c < 20; c++) cpSync(chartSrc, join(hld, 'charts', `chart${c}`), { recursive: true });
  for (let i = 0; i < n; i++) subs.push({ name: `svc${i}`, type: 'helm', path: `./charts/chart${i % 20}` });
  writeFileSync(join(hld, 'component.yaml'), stringify({ name: 'bench', subcomponents: subs }));
  mkdirSync(join(hld, 'config'));
  for (const env of envs) {
    const cfg: Record<string, unknown> = {};
    for (let i = 0; i < n; i++)
      cfg[`svc${i}`] = {
        namespace: `ns${i % 7}`,
        config: { replicas: (i % 3) + 1, image: { repository: `registry.local/svc${i}`, tag: `${env}-${i}` } },
      };
    writeFileSync(join(hld, `config/${env}.yaml`), stringify({ subcomponents: cfg }));
  }
  writeFileSync(
    join(hld, 'config/common.yaml'),
    stringify({ subcomponents: Object.fromEntries(subs.map((s) => [s.name, { config: { region: 'west' } }])) }),
  );
  return hld;
}
