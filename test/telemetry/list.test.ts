import { TableClient } from '@azure/data-tables';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Inputs } from '../../lib/steps/inputs.js';
import { step as recordDeployment } from '../../lib/steps/record-deployment.js';
import type { Azurite } from '../../stand-ins/azurite.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';
import { launchChromium } from '../../stand-ins/browser.js';
import { tempDir } from '../../stand-ins/git.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { runCli } from '../support/run-bundle.js';
import { startStaticServer } from '../../stand-ins/static-http.js';

let azurite: Azurite;
const table = `spektate${Date.now() % 100000}`;
const env = () => ({
  RINGWAY_CONNECTION_STRING: azurite.connectionString,
  RINGWAY_TABLE_NAME: table,
  RINGWAY_PARTITION_KEY: 'hello-bedrock',
});

beforeAll(async () => {
  azurite = await azuriteForThisWorker();
  const client = TableClient.fromConnectionString(azurite.connectionString, table, { allowInsecureConnection: true });
  await client.createTable();
  // Written exactly as bedrock-cli writes them: stage 1 inserts, stage 2 replaces the row (so p3
  // fields are added by stage 3 later), all values strings, RowKey 12 hex characters.
  await client.createEntity({
    partitionKey: 'hello-bedrock',
    rowKey: 'a1b2c3d4e5f6',
    commitId: 'e3d2c1b',
    imageTag: 'hello-bedrock-master-6046',
    p1: '6046',
    service: 'hello-bedrock',
    sourceRepo: 'https://dev.azure.com/org/p/_git/hello-bedrock',
  });
  await client.updateEntity(
    {
      partitionKey: 'hello-bedrock',
      rowKey: 'a1b2c3d4e5f6',
      commitId: 'e3d2c1b',
      env: 'dev',
      hldCommitId: '706685f',
      imageTag: 'hello-bedrock-master-6046',
      p1: '6046',
      p2: '6047',
      service: 'hello-bedrock',
      sourceRepo: 'https://dev.azure.com/org/p/_git/hello-bedrock',
      pr: '1371',
      hldRepo: 'https://dev.azure.com/org/p/_git/hld',
    },
    'Replace',
  );
  await client.updateEntity(
    {
      partitionKey: 'hello-bedrock',
      rowKey: 'a1b2c3d4e5f6',
      p3: '6049',
      manifestCommitId: '8c5f0ce',
      manifestRepo: 'https://dev.azure.com/org/p/_git/manifests',
    },
    'Merge',
  );
  await client.createEntity({
    partitionKey: 'hello-bedrock',
    rowKey: '0f9e8d7c6b5a',
    commitId: '1111111',
    imageTag: 'repo/frontend-master-7',
    p1: '7001',
    service: 'repo/frontend',
  });
  // And one recorded by ringway, in the same partition.
  const s = { 'connection-string': azurite.connectionString, 'table-name': table, 'partition-key': 'hello-bedrock' };
  for (const st of [
    { p1: '9001', 'image-tag': 'api-main-9', 'commit-id': 'abcdef1', service: 'api', author: 'Dana' },
    {
      p2: '9002',
      'image-tag': 'api-main-9',
      'hld-commit-id': 'fff0001',
      env: 'prod',
      pr: '77',
      'pr-url': 'https://github.com/c/hld/pull/77',
    },
    { stage: 'pr-merged', pr: '77', 'merged-by': 'Erin' },
  ]) {
    await recordDeployment.run(
      Inputs.of(recordDeployment, { ...st, ...s, 'fail-on-error': 'true' }),
      new RecordingHost(),
    );
  }
});
afterAll(async () => {
  await azurite?.stop();
});

test('ringway deployments lists rows written the Spektate/bedrock-cli way next to ringway rows', async () => {
  const r = await runCli(['deployments', '--output', 'wide'], env());
  expect(r.code).toBe(0);
  const lines = r.stdout.trim().split('\n');
  expect(lines[0]).toMatch(
    /^State\s+Service\s+Ring\s+Author\s+Image Tag\s+Build\s+HLD Commit\s+PR\s+Merged By\s+Manifest Commit\s+Synced\s+Last Updated\s+Duration$/,
  );
  expect(lines).toHaveLength(5);
  expect(r.stdout).toMatch(
    /Ready to deploy\s+hello-bedrock\s+dev\s+hello-bedrock-master-6046\s+6046\s+706685f\s+1371\s+8c5f0ce/,
  );
  expect(r.stdout).toMatch(/Image built\s+frontend\s+repo\/frontend-master-7\s+7001/);
  expect(r.stdout).toMatch(/Merged\s+api\s+prod\s+Dana\s+api-main-9\s+9001\s+fff0001\s+77\s+Erin/);
});

test('filters: bedrock-cli names (ring, service, build id, top) and author, status; JSON output', async () => {
  const json = async (...args: string[]) => {
    const r = await runCli(['deployments', '--json', ...args], env());
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as Record<string, string>[];
  };
  expect((await json('-r', 'dev')).map((d) => d.deploymentId)).toEqual(['a1b2c3d4e5f6']);
  expect((await json('--service', 'frontend')).map((d) => d.imageTag)).toEqual(['repo/frontend-master-7']);
  expect((await json('-b', '9001'))[0]).toMatchObject({
    service: 'api',
    ring: 'prod',
    pr: '77',
    prUrl: 'https://github.com/c/hld/pull/77',
    mergedBy: 'Erin',
    state: 'Merged',
  });
  expect(await json('--author', 'dana')).toHaveLength(1);
  expect((await json('--status', 'ready to deploy')).map((d) => d.manifestCommitId)).toEqual(['8c5f0ce']);
  expect(await json('--top', '1')).toHaveLength(1);
  // Rows without stage times (written by bedrock-cli) count from the table's own Timestamp.
  expect(await json('--since', '1h')).toHaveLength(3);
  expect(await json('--since', '2999-01-01')).toHaveLength(0);
  const bad = await runCli(['deployments', '--top', 'many'], env());
  expect(bad.code).toBe(2);
  expect(bad.stderr).toBe("error: option --top must be a whole number, got 'many'\n");
});

test('dashboard: one file, no request leaves 127.0.0.1, filters work by clicking, a screenshot is made', async () => {
  const out = tempDir('ringway-dash-');
  const r = await runCli(['dashboard', '--out', out, '--title', 'Fabrikam deployments'], env());
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(`dashboard=${join(out, 'index.html')}\ndeployments=3\n`);
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
  const server = await startStaticServer(out);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const requests: string[] = [];
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(`${server.url}/index.html`);
    await page.waitForSelector('tbody tr');
    expect(await page.locator('tbody tr').count()).toBe(3);
    await page.selectOption('#f-ring', 'prod');
    expect(await page.locator('tbody tr').count()).toBe(1);
    await expect(page.locator('tbody tr td').nth(1).textContent()).resolves.toBe('api');
    expect(await page.locator('#count').textContent()).toBe('1 of 3 deployments');
    await page.selectOption('#f-ring', '');
    await page.fill('#f-keyword', '8c5f0ce');
    expect(await page.locator('tbody tr').count()).toBe(1);
    // "Ready to deploy" in the deployment colour.
    expect(await page.evaluate("getComputedStyle(document.querySelector('tbody .state')).backgroundColor")).toBe(
      'rgb(9, 105, 218)',
    );
    await page.fill('#f-keyword', '');
    // Every state has its colour, and the table fits a laptop screen.
    const colours = await page.evaluate(
      "[...document.querySelectorAll('tbody .state')].map((e) => getComputedStyle(e).backgroundColor)",
    );
    expect((colours as string[]).every((c) => c !== 'rgba(0, 0, 0, 0)')).toBe(true);
    expect(await page.evaluate('document.querySelector("table").getBoundingClientRect().right')).toBeLessThanOrEqual(
      1366,
    );
    const shot = join(dirname(out), 'dashboard.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(existsSync(shot) && statSync(shot).size > 10_000).toBe(true);
    expect(requests.every((u) => new URL(u).hostname === '127.0.0.1')).toBe(true);
    expect(requests).toEqual([`${server.url}/index.html`]);
  } finally {
    await browser.close();
    await server.stop();
  }
});

test('dashboard: a row cannot run script — a javascript: PR link is not a link, and the page runs only its own script (CSP by hash)', async () => {
  const hostile = `hostile${Date.now() % 100000}`;
  const client = TableClient.fromConnectionString(azurite.connectionString, hostile, { allowInsecureConnection: true });
  await client.createTable();
  await client.createEntity({
    partitionKey: 'p',
    rowKey: 'b1b2c3d4e5f6',
    service: 'web',
    imageTag: 'web-1',
    env: 'dev',
    hldCommitId: 'abc1234',
    pr: '5',
    prUrl: 'javascript:window.pwned=1',
  });
  await client.createEntity({
    partitionKey: 'p',
    rowKey: 'c1b2c3d4e5f6',
    service: 'api',
    imageTag: 'api-1',
    env: 'dev',
    hldCommitId: 'def5678',
    pr: '6',
    prUrl: 'https://github.com/c/hld/pull/6',
  });
  const out = tempDir('ringway-dash-');
  const r = await runCli(['dashboard', '--out', out], {
    ...env(),
    RINGWAY_TABLE_NAME: hostile,
    RINGWAY_PARTITION_KEY: 'p',
  });
  expect(r.code).toBe(0);
  const html = readFileSync(join(out, 'index.html'), 'utf8');
  expect(html).not.toContain('javascript:');
  expect(html).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'/);
  expect(html).not.toContain("'unsafe-inline'; img-src");
  const server = await startStaticServer(out);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/index.html`);
    await page.waitForSelector('tbody tr');
    expect(await page.locator('tbody tr').count()).toBe(2);
    expect(await page.evaluate("[...document.querySelectorAll('tbody a')].map((a) => a.href)")).toEqual([
      'https://github.com/c/hld/pull/6',
    ]);
    await page.getByText('PR 5').click();
    expect(await page.evaluate('window.pwned')).toBeUndefined();
    // An inline script that is not the page's own is refused by the CSP.
    writeFileSync(join(out, 'tampered.html'), html.replace('</body>', '<script>window.pwned=2</script></body>'));
    await page.goto(`${server.url}/tampered.html`);
    await page.waitForSelector('tbody tr');
    expect(await page.evaluate('window.pwned')).toBeUndefined();
  } finally {
    await browser.close();
    await server.stop();
  }
});
