// Telemetry against Azurite (in memory, 127.0.0.1): 1,000 stage writes through ringway vs the
// same number of raw @azure/data-tables upserts; listing 10,000 deployments through ringway vs a
// raw listEntities; loading the dashboard of 10,000 deployments in headless Chromium.
// Writes docs/bench-telemetry.md.
import { TableClient, type TransactionAction } from '@azure/data-tables';
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { dashboardHtml } from '../lib/telemetry/dashboard.js';
import { listDeployments } from '../lib/telemetry/query.js';
import { newRowKey, recordStage } from '../lib/telemetry/record.js';
import type { Stage } from '../lib/telemetry/row.js';
import { DeploymentStore } from '../lib/telemetry/store.js';
import { startAzurite } from '../stand-ins/azurite.js';
import { launchChromium } from '../stand-ins/browser.js';
import { tempDir } from '../stand-ins/git.js';
import { startStaticServer } from '../stand-ins/static-http.js';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const az = await startAzurite();
const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;
const results: string[][] = [];
try {
  // 1,000 stage writes: 200 deployments × 5 stages, 10 writers at a time.
  const store = DeploymentStore.open({
    connectionString: az.connectionString,
    tableName: 'benchwrites',
    partitionKey: 'p',
  });
  await store.ensureTable();
  const stages: { stage: Stage; fields: Record<string, string> }[] = [];
  for (let i = 0; i < 200; i++) {
    stages.push(
      { stage: 'image-built', fields: { p1: `${i}`, imageTag: `svc-${i}`, commitId: `c${i}`, service: 'svc' } },
      {
        stage: 'hld-updated',
        fields: { p2: `${i}`, imageTag: `svc-${i}`, hldCommitId: `h${i}`, env: 'dev', pr: `${i}` },
      },
      { stage: 'manifests-generated', fields: { p3: `${i}`, hldCommitId: `h${i}` } },
      { stage: 'manifests-pushed', fields: { p3: `${i}`, manifestCommitId: `m${i}` } },
      { stage: 'cluster-synced', fields: { manifestCommitId: `m${i}` } },
    );
  }
  let t = performance.now();
  for (let g = 0; g < 200; g += 10) {
    await Promise.all(
      Array.from({ length: 10 }, async (_, k) => {
        for (let s = 0; s < 5; s++) await recordStage(store, stages[(g + k) * 5 + s] as never);
      }),
    );
  }
  const ringwayWrites = ms(t);
  const raw = TableClient.fromConnectionString(az.connectionString, 'benchraw', { allowInsecureConnection: true });
  await raw.createTable();
  t = performance.now();
  for (let g = 0; g < 200; g += 10) {
    await Promise.all(
      Array.from({ length: 10 }, async (_, k) => {
        const rowKey = newRowKey();
        for (let s = 0; s < 5; s++)
          await raw.upsertEntity({ partitionKey: 'p', rowKey, ...stages[(g + k) * 5 + s].fields }, 'Merge');
      }),
    );
  }
  const rawWrites = ms(t);
  results.push([
    '1,000 stage writes (200 deployments × 5 stages, 10 at a time)',
    ringwayWrites,
    rawWrites + ' (blind upserts by a known row key)',
  ]);

  // 10,000 deployments listed.
  const big = TableClient.fromConnectionString(az.connectionString, 'benchlist', { allowInsecureConnection: true });
  await big.createTable();
  for (let b = 0; b < 100; b++) {
    const actions: TransactionAction[] = Array.from({ length: 100 }, (_, k) => {
      const i = b * 100 + k;
      return [
        'create',
        {
          partitionKey: 'p',
          rowKey: `${String(i).padStart(12, '0')}`,
          imageTag: `svc-${i}`,
          p1: `${i}`,
          service: `svc${i % 40}`,
          env: ['dev', 'staging', 'prod'][i % 3],
          commitId: `c${i}`,
          hldCommitId: `h${i}`,
          manifestCommitId: `m${i}`,
          imageBuiltAt: new Date(Date.now() - i * 60000).toISOString(),
        },
      ];
    });
    await big.submitTransaction(actions);
  }
  const listStore = DeploymentStore.open({
    connectionString: az.connectionString,
    tableName: 'benchlist',
    partitionKey: 'p',
  });
  t = performance.now();
  const all = await listDeployments(listStore, {});
  const ringwayList = ms(t);
  t = performance.now();
  let n = 0;
  for await (const e of big.listEntities({ queryOptions: { filter: "PartitionKey eq 'p'" } })) n += e ? 1 : 0;
  const rawList = ms(t);
  if (all.length !== 10000 || n !== 10000) throw new Error(`listed ${all.length} / ${n}`);
  results.push([
    'list 10,000 deployments (all pages, sorted, states derived)',
    ringwayList,
    rawList + ' (listEntities, all pages)',
  ]);

  // Dashboard of 10,000 deployments.
  const dir = tempDir('bench-dash-');
  writeFileSync(
    join(dir, 'index.html'),
    await dashboardHtml(all, { title: 'bench', generatedAt: '', source: 'bench' }),
  );
  const server = await startStaticServer(dir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    t = performance.now();
    await page.goto(`${server.url}/index.html`);
    await page.waitForSelector('tbody tr');
    const load = ms(t);
    t = performance.now();
    await page.selectOption('#f-ring', 'prod');
    await page.waitForFunction("document.getElementById('count').textContent.startsWith('3333 of')");
    results.push(['dashboard with 10,000 deployments: load to first rows', load, '—']);
    results.push(['dashboard: filter 10,000 by ring (click to re-render)', ms(t), '—']);
  } finally {
    await browser.close();
    await server.stop();
  }
} finally {
  await az.stop();
}
const md = [
  '## telemetry',
  '',
  'Command: `npm run bench -- telemetry` (`node --import ./scripts/ts-loader.mjs bench/telemetry.ts`), one run.',
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}; Azurite 3.35.0 in memory on 127.0.0.1; Debian Chromium headless.`,
  'ringway stage writes look the row up by its ids, write with the ETag they read, and fold duplicates; the raw baseline',
  'knows the row key and upserts blindly, which is what makes it unsafe with concurrent writers.',
  '',
  '| case | ringway | raw @azure/data-tables |',
  '|---|---|---|',
  ...results.map((r) => `| ${r.join(' | ')} |`),
  '',
].join('\n');
writeFileSync(join(root, 'docs/bench-telemetry.md'), md);
process.stdout.write(md);
