// The dashboard's DORA charts in headless Chromium: drawn from the records, readable at laptop
// and phone widths, and no request leaves the page.
import { TableClient, type TransactionAction } from '@azure/data-tables';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Azurite } from '../../stand-ins/azurite.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';
import { launchChromium } from '../../stand-ins/browser.js';
import { tempDir } from '../../stand-ins/git.js';
import { runCli } from '../support/run-bundle.js';
import { startStaticServer } from '../../stand-ins/static-http.js';

let azurite: Azurite;
const table = `charts${Date.now() % 100000}`;
const PK = 'fabrikam';
const WEEK = 7 * 86400e3;

beforeAll(async () => {
  azurite = await azuriteForThisWorker();
  const client = TableClient.fromConnectionString(azurite.connectionString, table, { allowInsecureConnection: true });
  await client.createTable();
  // Ten weeks of history ending an hour ago: dev every week (2 deployments), staging weeks 0-7,
  // prod every other week; one prod deployment rolled back, one staging sync failed.
  const now = Date.now() - 3600e3;
  const rows: TransactionAction[] = [];
  let n = 0;
  for (let w = 0; w < 10; w++) {
    const at = (h: number) => new Date(now - w * WEEK - h * 3600e3).toISOString();
    const add = (ring: string, h: number, extra: Record<string, string> = {}) =>
      rows.push([
        'create',
        {
          partitionKey: PK,
          rowKey: `c${String(++n).padStart(11, '0')}`,
          service: 'api',
          env: ring,
          syncedAt: at(h),
          commitTime: at(h + 2 + w),
          ...extra,
        },
      ]);
    add('dev', 1);
    add('dev', 30);
    if (w < 8) add('staging', 5, w === 3 ? { syncedAt: '', syncFailedAt: at(5) } : {});
    if (w % 2 === 0) add('prod', 8, w === 4 ? { rolledBackAt: at(7) } : {});
  }
  await client.submitTransaction(
    rows.map(
      ([op, e]) =>
        [
          op,
          Object.fromEntries(Object.entries(e as Record<string, string>).filter(([, v]) => v !== '')),
        ] as TransactionAction,
    ),
  );
});
afterAll(async () => {
  await azurite?.stop();
});

test('three SVG charts above the table, readable at 1366 px and at phone width; no request leaves the page', async () => {
  const out = tempDir('ringway-charts-');
  const r = await runCli(['dashboard', '--out', out], {
    RINGWAY_CONNECTION_STRING: azurite.connectionString,
    RINGWAY_TABLE_NAME: table,
    RINGWAY_PARTITION_KEY: PK,
  });
  expect(r.code).toBe(0);
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  expect(html).not.toMatch(/<(script|link|img|image|use)[^>]+(src|href)=/i);
  expect(html).not.toMatch(/url\(/i);
  const server = await startStaticServer(out);
  const browser = await launchChromium();
  try {
    for (const [name, viewport] of [
      ['laptop', { width: 1366, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
      const requests: string[] = [];
      page.on('request', (req) => requests.push(req.url()));
      await page.goto(`${server.url}/index.html`);
      await page.waitForSelector('#chart-deployments svg');
      // 10 weeks of dev, 8 of staging (one failed sync still counts), 5 of prod: 20 + 8 + 5 bars.
      const bars = (await page.evaluate(
        "[...document.querySelectorAll('#chart-deployments rect.bar')].map((b) => b.dataset.ring)",
      )) as string[];
      expect(bars.filter((b) => b === 'dev')).toHaveLength(10);
      expect(bars.filter((b) => b === 'staging')).toHaveLength(8);
      expect(bars.filter((b) => b === 'prod')).toHaveLength(5);
      expect(await page.locator('#chart-deployments .legend').textContent()).toBe('devstagingprod');
      expect(await page.locator('#chart-deployments figcaption span').textContent()).toBe('33 in 12 weeks, by ring');
      // Lead time: one point per week with deployments; failures: 2 of 33.
      expect(await page.locator('#chart-lead-time circle.point').count()).toBe(10);
      expect(await page.locator('#chart-failures figcaption span').textContent()).toBe(
        '2 of 33 deployments failed (rolled back, rejected, sync failed)',
      );
      expect(await page.locator('#chart-failures rect.bar[height]:not([height="0"])').count()).toBe(2);
      // Readable: the charts fit the viewport, axis text is at least 9 px on screen, and at
      // 1366 px the three sit side by side while a phone stacks them.
      const boxes = (await page.evaluate(
        "[...document.querySelectorAll('.chart')].map((c) => { const b = c.getBoundingClientRect(); return [b.left, b.top, b.right]; })",
      )) as number[][];
      for (const b of boxes) expect(b[2]).toBeLessThanOrEqual(viewport.width);
      const tops = new Set(boxes.map((b) => Math.round(b[1])));
      expect(tops.size).toBe(name === 'laptop' ? 1 : 3);
      const fontPx = (await page.evaluate(
        "Math.min(...[...document.querySelectorAll('.chart svg text')].map((t) => t.getBoundingClientRect().height))",
      )) as number;
      expect(fontPx).toBeGreaterThanOrEqual(9);
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(viewport.width);
      const shot = join(dirname(out), `dashboard-charts-${name}.png`);
      await page.locator('.charts').screenshot({ path: shot });
      expect(existsSync(shot) && statSync(shot).size > 5_000).toBe(true);
      process.stdout.write(`screenshot: ${shot}\n`);
      expect(requests).toEqual([`${server.url}/index.html`]);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
});
