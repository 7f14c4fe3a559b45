// DeploymentStore.scan reads a partition bigger than one page as RowKey ranges: every row must
// come back exactly once, whatever its key, and nothing from another partition or outside `where`.
import { TableClient, type TransactionAction } from '@azure/data-tables';
import { createHash } from 'node:crypto';
import { parseWindow, readMetrics } from '../../lib/metrics/read.js';
import { DeploymentStore, rangesAbove } from '../../lib/telemetry/store.js';
import type { Azurite } from '../../stand-ins/azurite.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';

let azurite: Azurite;
const table = `scan${Date.now() % 100000}`;
const PK = 'fabrikam';
const hex = (i: number) => createHash('sha1').update(String(i)).digest('hex').slice(0, 12);

// 1,000 keys up to and including the first page's last key, which holds a quote: "-dash" (below
// '0'), 998 keys starting with '0', and "0zz'q" (above every other '0' key). Above it: hex keys
// of every first digit, and keys that are not hex at all (between '9' and 'a', above 'f').
const keys = [
  '-dash',
  ...Array.from({ length: 998 }, (_, i) => `0${hex(i).slice(1)}`),
  "0zz'q",
  ...Array.from({ length: 2000 }, (_, i) => hex(10_000 + i)).filter((k) => k[0] !== '0'),
  'Zulu',
  'a',
  'f',
  'ffffffffffffff',
  'g-after-hex',
  '~tilde',
];

beforeAll(async () => {
  azurite = await azuriteForThisWorker();
  const client = TableClient.fromConnectionString(azurite.connectionString, table, { allowInsecureConnection: true });
  await client.createTable();
  const now = Date.now();
  const rows = (pk: string) =>
    keys.map((rowKey, i) => ({
      partitionKey: pk,
      rowKey,
      service: `svc${i % 7}`,
      env: i % 2 ? 'dev' : 'prod',
      syncedAt: new Date(now - i * 60e3).toISOString(),
    }));
  for (const pk of [PK, 'other-partition']) {
    const all = rows(pk);
    for (let i = 0; i < all.length; i += 100)
      await client.submitTransaction(all.slice(i, i + 100).map((e): TransactionAction => ['create', e]));
  }
});
afterAll(async () => {
  await azurite?.stop();
});

const store = () =>
  DeploymentStore.open({ connectionString: azurite.connectionString, tableName: table, partitionKey: PK });

test('a partition of several pages: every row exactly once, keys of any shape, no other partition', async () => {
  const seen: string[] = [];
  await store().scan({}, (page) => seen.push(...page.map((e) => `${e.partitionKey}/${e.rowKey}`)));
  expect(seen).toHaveLength(keys.length);
  expect(new Set(seen)).toEqual(new Set(keys.map((k) => `${PK}/${k}`)));
  // With a column selection too (the ranges need each page's RowKey, selected or not).
  const selected: string[] = [];
  await store().scan({ select: ['service'] }, (page) => selected.push(...page.map((e) => `${e.service}/${e.rowKey}`)));
  expect(selected.sort()).toEqual(keys.map((k, i) => `svc${i % 7}/${k}`).sort());
});

test('the match holds in every range', async () => {
  const seen: string[] = [];
  await store().scan({ match: { env: 'dev' } }, (page) => seen.push(...page.map((e) => `${e.env}/${e.rowKey}`)));
  const dev = keys.filter((_, i) => i % 2);
  expect(seen.sort()).toEqual(dev.map((k) => `dev/${k}`).sort());
});

test('metrics over the partition count every deployment once, per ring', async () => {
  const report = await readMetrics(store(), {}, parseWindow({ since: '30d' }));
  expect(report.rowsRead).toBe(keys.length);
  expect(report.total.deployments).toBe(keys.length);
  const dev = await readMetrics(store(), { ring: 'dev' }, parseWindow({ since: '30d' }));
  expect(dev.total.deployments).toBe(keys.filter((_, i) => i % 2).length);
});

test('the ranges above any last key hold every key above it exactly once, and none below', () => {
  // Reads back the clauses scan() sends: RowKey gt/ge/lt '<OData string>'.
  const holds = (range: string[], key: string) =>
    range.every((c) => {
      const [, op, lit] = /^RowKey (gt|ge|lt) '(.*)'$/.exec(c) ?? [];
      const v = lit.replace(/''/g, "'");
      return op === 'gt' ? key > v : op === 'ge' ? key >= v : key < v;
    });
  const sample = [...keys, '', '0', '1', '10', '7', '7abc', '9zz', 'A', 'b', 'e~', "it's"];
  const wrong: string[] = [];
  for (const last of ['-', "0zz'q", '1', '7abc', '9', 'Zulu', 'a', 'f', 'ffff', 'zzz']) {
    const ranges = rangesAbove(last);
    for (const key of sample) {
      const n = ranges.filter((r) => holds(r, key)).length;
      if (n !== (key > last ? 1 : 0)) wrong.push(`key '${key}' above '${last}' is in ${n} ranges`);
    }
  }
  expect(wrong).toEqual([]);
});
