// Telemetry against Azurite (in memory, 127.0.0.1): 1,000 stage writes through ringway vs the
// same number of raw @azure/data-tables upserts; listing 10,000 deployments through ringway vs a
// raw listEntities; loading the dashboard of 10,000 deployments in headless Chromium.
// Writes docs/bench-telemetry.md.
import { TableClient, type TransactionAction } from '@azure/data-tables';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { dashboardHtml } from '../lib/telemetry/dashboard.js';
import { listDeployments } from '../lib/telemetry/query.js';
import { newRowKey, recordStage } from '../lib/telemetry/record.js';
import type { Stage } from '../lib/telemetry/row.js';
import { DeploymentStore } from '../lib/telemetry/store.js';
import type { DeploymentTable } from '../lib/telemetry/table.js';
import { startAzurite } from '../stand-ins/azurite.js';
import { launchChromium } from '../stand-ins/browser.js';
import { tempDir } from '../stand-ins/git.js';
import { startStaticServer } from '../stand-ins/static-http.js';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const az = await startAzurite();
const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;
const results: string[][] = [];
/** Deployments from..to-1, 10 at a time: each wave waits for its slowest. */
async function waves(from: number, to: number, one: (i: number) => Promise<void>): Promise<void> {
  for (let g = from; g < to; g += 10)
    await Promise.all(Array.from({ length: Math.min(10, to - g) }, (_, k) => one(g + k)));
}
try {
  // 1,000 stage writes: 200 deployments × 5 stages, 10 writers at a time.
  const store = DeploymentStore.open({
    connectionString: az.connectionString,
    tableName: 'benchwrites',
    partitionKey: 'p',
  });
  await store.ensureTable();
  const stages: { stage: Stage; fields: Record<string, string> }[] = [];
  for (let i = 0; i < 220; i++) {
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
  // Table calls per kind, each one request (the bench's lookups fit one page).
  const calls = { queries: 0, writes: 0 };
  const counted: DeploymentTable = new Proxy(store, {
    get(target, key) {
      const value = Reflect.get(target, key, target) as unknown;
      if (typeof value !== 'function') return value;
      const kind = key === 'find' || key === 'findAny' ? 'queries' : 'writes';
      return (...args: unknown[]) => {
        calls[kind]++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  const ringwayDeployments = (table: DeploymentTable, from: number, to: number) =>
    waves(from, to, async (i) => {
      for (let s = 0; s < 5; s++) await recordStage(table, stages[i * 5 + s] as never);
    });
  const raw = TableClient.fromConnectionString(az.connectionString, 'benchraw', { allowInsecureConnection: true });
  await raw.createTable();
  const rawDeployments = (from: number, to: number) =>
    waves(from, to, async (i) => {
      const rowKey = newRowKey();
      for (let s = 0; s < 5; s++)
        await raw.upsertEntity({ partitionKey: 'p', rowKey, ...stages[i * 5 + s].fields }, 'Merge');
    });
  // The floors of a safe write, same shape (1,000 writes, 10 at a time) on a table of the size the
  // stage writes end with (1,100 rows): a point read then an ETag'd merge (a write whose row key is
  // known), a query by one column then an ETag'd merge (a write that finds its row by an id), and a
  // point read then the merge sent as a one-operation $batch (entity-group transaction).
  const floor = TableClient.fromConnectionString(az.connectionString, 'benchfloor', { allowInsecureConnection: true });
  await floor.createTable();
  const floorKey = (i: number) => String(i).padStart(12, '0');
  for (let b = 0; b < 11; b++)
    await floor.submitTransaction(
      Array.from({ length: 100 }, (_, k): TransactionAction => {
        const i = b * 100 + k;
        return ['create', { partitionKey: 'p', rowKey: floorKey(i), p3: `${i}`, imageTag: `svc-${i}` }];
      }),
    );
  const floorDeployments = (one: (i: number, s: number) => Promise<void>) => (from: number, to: number) =>
    waves(from, to, async (i) => {
      for (let s = 0; s < 5; s++) await one(i, s);
    });
  const paths = {
    ringway: (from: number, to: number) => ringwayDeployments(counted, from, to),
    raw: rawDeployments,
    point: floorDeployments(async (i, s) => {
      const e = await floor.getEntity('p', floorKey(i));
      await floor.updateEntity({ partitionKey: 'p', rowKey: floorKey(i), [`read${s}`]: 'x' }, 'Merge', {
        etag: e.etag,
      });
    }),
    query: floorDeployments(async (i, s) => {
      for await (const e of floor.listEntities({ queryOptions: { filter: `PartitionKey eq 'p' and p3 eq '${i}'` } }))
        await floor.updateEntity({ partitionKey: 'p', rowKey: e.rowKey as string, [`query${s}`]: 'x' }, 'Merge', {
          etag: e.etag,
        });
    }),
    batch: floorDeployments(async (i, s) => {
      const e = await floor.getEntity('p', floorKey(i));
      await floor.submitTransaction([
        ['update', { partitionKey: 'p', rowKey: floorKey(i), [`batch${s}`]: 'x' }, 'Merge', { etag: e.etag }],
      ]);
    }),
  };
  // Every path once untimed (deployments 200–219, their own rows), so none pays Azurite's and the
  // SDK's JIT warm-up for another.
  await ringwayDeployments(store, 200, 220);
  for (const [name, run] of Object.entries(paths)) if (name !== 'ringway') await run(200, 220);
  // Then 20 deployments of each path in turn, ten times: a machine whose load changes during the
  // run slows every path alike, instead of whichever ran at the busy moment.
  // Wall time, and the CPU time Azurite's process spent serving each path (from /proc: the table
  // service's own work, which the machine's other load barely changes).
  const azuriteCpuMs = (): number => {
    try {
      const fields = readFileSync(`/proc/${az.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in ticks of 1/100 s
    } catch {
      return NaN;
    }
  };
  const spent: Record<keyof typeof paths, number> = { ringway: 0, raw: 0, point: 0, query: 0, batch: 0 };
  const served: Record<keyof typeof paths, number> = { ringway: 0, raw: 0, point: 0, query: 0, batch: 0 };
  for (let g = 0; g < 200; g += 20)
    for (const name of Object.keys(paths) as (keyof typeof paths)[]) {
      const t0 = performance.now();
      const c0 = azuriteCpuMs();
      await paths[name](g, g + 20);
      spent[name] += performance.now() - t0;
      served[name] += azuriteCpuMs() - c0;
    }
  const vsRaw = (name: keyof typeof paths) =>
    `${spent[name].toFixed(0)} ms (${(spent[name] / spent.raw).toFixed(2)}×), Azurite CPU ${served[name].toFixed(0)} ms (${(served[name] / served.raw).toFixed(2)}×)`;
  results.push(
    [
      '1,000 stage writes (200 deployments × 5 stages, 10 at a time)',
      `${vsRaw('ringway')}; ${calls.queries + calls.writes} requests: ${calls.queries} queries, ${calls.writes} writes`,
      `${spent.raw.toFixed(0)} ms, Azurite CPU ${served.raw.toFixed(0)} ms (1,000 blind upserts by a known row key)`,
    ],
    ['floor: 1,000 point reads + ETag merges by a known row key (2,000 requests)', '—', vsRaw('point')],
    ['floor: 1,000 one-column queries + ETag merges, 1,100-row table (2,000 requests)', '—', vsRaw('query')],
    ['1,000 point reads + ETag merges sent as one-operation $batch (2,000 requests)', '—', vsRaw('batch')],
  );

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
  let t = performance.now();
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
  "ringway stage writes look the row up by the stage's ids (one query), write with the ETag they read, and, after a",
  'write that inserted a row or gave it an id, look for duplicates by the tag and every id of the row (one more query). The raw',
  'baseline knows the row key and upserts blindly, which is what makes it unsafe with concurrent writers. The floor rows',
  'are what one safe write costs whatever the code around it: a read (point read by a known key, or a query by one id)',
  'and an ETag-conditional merge. Every path writes 20 deployments untimed first (JIT warm-up of Azurite and the SDK),',
  'then the paths take turns, 20 deployments each, ten times, so a change of machine load slows all of them alike.',
  "Beside the wall time, the CPU time Azurite's process spent serving each path (/proc): the table service's own",
  'cost, which the load of other processes on the machine changes far less than the wall time.',
  '',
  '| case | ringway | raw @azure/data-tables |',
  '|---|---|---|',
  ...results.map((r) => `| ${r.join(' | ')} |`),
  '',
].join('\n');
writeFileSync(join(root, 'docs/bench-telemetry.md'), md);
process.stdout.write(md);
