import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite, type Azurite } from '../../stand-ins/azurite.js';
import { launchChromium } from '../../stand-ins/browser.js';
import { startPrometheus, type Prometheus } from '../../stand-ins/prometheus.js';
import { freePort } from '../../stand-ins/registry.js';
import { startStaticServer } from '../../stand-ins/static-http.js';
import { logOf, readFileAt, tempDir } from '../../stand-ins/git.js';
import { runCli } from '../support/run-bundle.js';

let azurite: Azurite;
let prometheus: Prometheus;
/** Where the demo's staging service listens: the target the test's Prometheus scrapes every second. */
let ringService: string;
beforeAll(async () => {
  ringService = `127.0.0.1:${await freePort()}`;
  [azurite, prometheus] = await Promise.all([
    startAzurite(),
    startPrometheus([{ job: 'staging', target: ringService }]),
  ]);
}, 90_000);
afterAll(async () => {
  await Promise.all([azurite?.stop(), prometheus?.stop()]);
});

const outputsOf = (stdout: string) =>
  Object.fromEntries(
    stdout
      .trim()
      .split('\n')
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );

test('ringway demo on git and helm alone: the dev ring merged, every ring rendered to its folder, re-run changes nothing', async () => {
  const ws = tempDir('ringway-demo-test-');
  const r = await runCli(['demo', '--workspace', ws]);
  expect(r.code).toBe(0);
  const out = outputsOf(r.stdout);
  expect(out).toMatchObject({
    workspace: ws,
    'image-tag': expect.stringMatching(/^main-\d+$/),
    'rerun-changed': 'false',
    'dev-image': `fabrikam-frontend:${out['image-tag']}`,
  });
  expect(out).not.toHaveProperty('gate-staging');
  expect(r.stderr).toContain('no telemetry storage: record-deployment, gate and dashboard are skipped');
  // The starters' ring model: component frontend, the ring's own config file; every ring rendered.
  expect(r.stderr).toContain(
    `$ ringway update-hld --hld-repo file://${ws}/remotes/fabrikam-hld.git --component frontend --environment dev --image-tag ${out['image-tag']} --service frontend --ring dev --provider local`,
  );
  expect(r.stderr).toContain(`$ ringway generate --hld ${ws}/hld-checkout --fab-envs dev,staging,prod`);
  const hld = join(ws, 'remotes', 'fabrikam-hld.git');
  expect(readFileAt(hld, 'main', 'config/dev.yaml')).toContain(`tag: ${out['image-tag']}`);
  expect(readFileAt(hld, 'main', 'config/common.yaml')).toContain('repository: fabrikam-frontend');
  expect(readFileAt(hld, 'main', 'config/common.yaml')).not.toContain('tag:');
  const manifests = join(ws, 'remotes', 'fabrikam-manifests.git');
  expect(readFileAt(manifests, 'main', 'dev/frontend.yaml')).toContain(
    `image: fabrikam-frontend:${out['image-tag']}\n`,
  );
  for (const ring of ['staging', 'prod'])
    expect(readFileAt(manifests, 'main', `${ring}/frontend.yaml`)).toContain('image: fabrikam-frontend:latest');
  expect(logOf(manifests, 'main')[0].body).toContain(`Ringway-Source-Commit: ${out['hld-commit']}`);
});

test('ringway demo with a table and Prometheus: every hop recorded, the gate promotes to staging and waits for prod; a bad release is rejected in staging by its health and its 5xx ratio, and rolled back', async () => {
  const ws = tempDir('ringway-demo-test-');
  const storage = ['--table-name', 'demo', '--partition-key', 'fabrikam'];
  const env = { RINGWAY_CONNECTION_STRING: azurite.connectionString };
  const metrics = ['--ring-service', ringService, '--prometheus-url', prometheus.url];
  const r = await runCli(['demo', '--workspace', ws, ...storage, ...metrics], env);
  expect(r.code).toBe(0);
  const out = outputsOf(r.stdout);
  const [good, bad] = [out['image-tag'], out['bad-tag']];
  expect(bad).toMatch(/^main-\d+$/);
  expect(bad).not.toBe(good);
  expect(out).toMatchObject({
    'gate-staging': 'promote',
    'gate-prod': 'wait',
    dashboard: join(ws, 'dashboard', 'index.html'),
  });
  expect(r.stdout + r.stderr).not.toContain('AccountKey');

  // The bad tag went through dev to staging; staging's health check answered 503 and a quarter of its
  // requests failed (Prometheus scraped them), so the gate rejected it by both.
  expect(out['gate-bad']).toBe('reject');
  expect(out['gate-bad-reason']).toMatch(
    new RegExp(
      `^health: http://${ringService}/healthz answered HTTP 503; metric: http-5xx-ratio: 0\\.\\d+ is not < 0\\.01; the measurement failed \\(failure-limit 0\\)$`,
    ),
  );
  expect(out).toMatchObject({ 'gate-bad-metric': 'http-5xx-ratio', 'gate-bad-metric-threshold': '< 0.01' });
  const ratio = out['gate-bad-metric-value'];
  // The service answers 25% of the bad tag's requests with 500.
  expect(Number(ratio)).toBeGreaterThan(0.1);
  expect(Number(ratio)).toBeLessThan(0.4);
  expect(out['gate-bad-reason']).toContain(`http-5xx-ratio: ${ratio} is not < 0.01`);
  expect(r.stderr).toContain(
    `$ ringway gate --service frontend --image-tag ${bad} --rings dev,staging,prod --to-ring prod --ring-clusters dev=aks-dev,staging=aks-staging,prod=aks-prod --health-url http://${ringService}/healthz --health-timeout 5s --soak-time 5s --metrics @${ws}/gate-metrics.yaml --prometheus-url ${prometheus.url}`,
  );
  expect(r.stderr).toContain(
    `▶ rejected by the metric check http-5xx-ratio: staging's 5xx ratio was ${ratio}, the threshold < 0.01`,
  );
  // rollback put the previous good tag back in staging, with the gate's reason.
  expect(out).toMatchObject({
    'rollback-from': bad,
    'rollback-to': good,
    'staging-image': `fabrikam-frontend:${good}`,
    'staging-health': '200',
  });
  expect(r.stderr).toContain(
    `$ ringway rollback --hld-repo file://${ws}/remotes/fabrikam-hld.git --service frontend --ring staging --rings dev,staging,prod --component frontend --environment staging --provider local --reason "gate: ${out['gate-bad-reason']}"`,
  );
  // Promotions are recorded as the starters record them; the clusters' syncs arrive as Flux events.
  expect(r.stderr).toContain(
    `$ ringway update-hld --hld-repo file://${ws}/remotes/fabrikam-hld.git --component frontend --environment staging --image-tag ${bad} --service frontend --ring staging --provider local`,
  );
  expect(r.stderr).toMatch(
    new RegExp(
      `\\$ ringway record-deployment --p2 \\d+ --image-tag ${bad} --hld-commit-id [0-9a-f]{40} --env staging --service frontend --repository file://`,
    ),
  );
  expect(r.stderr).toMatch(
    new RegExp(
      `\\$ ringway record-deployment --flux-event @${ws}/flux-events/aks-staging-[0-9a-f]{12}\\.json --env staging --repository file://`,
    ),
  );

  // The HLD: a reviewed change restoring the previous tag in staging; dev keeps the bad tag.
  const hld = join(ws, 'remotes', 'fabrikam-hld.git');
  expect(readFileAt(hld, 'main', 'config/staging.yaml')).toContain(`tag: ${good}`);
  expect(readFileAt(hld, 'main', 'config/dev.yaml')).toContain(`tag: ${bad}`);
  const history = logOf(hld, 'main');
  // Through the local pull-request provider: the merge commit of ROLLBACK/…, its title naming both tags.
  expect(history[0]).toMatchObject({
    sha: out['rollback-commit'],
    subject: `Merge branch 'ROLLBACK/frontend-staging-${good}' into main`,
    body: `Rolling back frontend in staging from ${bad} to ${good}.`,
  });
  const restore = history.find((c) => c.subject === `Rolling back frontend in staging from ${bad} to ${good}.`);
  expect(restore?.body).toContain(`Reason: gate: ${out['gate-bad-reason']}`);
  // Regenerated and pushed: the manifests Flux applies run the previous tag in staging again.
  const manifests = join(ws, 'remotes', 'fabrikam-manifests.git');
  expect(readFileAt(manifests, 'main', 'staging/frontend.yaml')).toContain(`image: fabrikam-frontend:${good}\n`);
  expect(readFileAt(manifests, 'main', 'dev/frontend.yaml')).toContain(`image: fabrikam-frontend:${bad}\n`);
  expect(readFileAt(manifests, 'main', 'prod/frontend.yaml')).toContain('image: fabrikam-frontend:latest');
  expect(logOf(manifests, 'main')[0].body).toContain(`Ringway-Source-Commit: ${out['rollback-commit']}`);

  // `ringway deployments`: the bad tag's staging deployment is marked rolled back, by the rollback's deployment.
  const json = await runCli(['deployments', '--json', ...storage], env);
  const rows = JSON.parse(json.stdout) as (Record<string, string> & { gateRejectedBy: unknown })[];
  const rolledBack = rows.find((v) => v.ring === 'staging' && v.imageTag === bad);
  expect(rolledBack).toMatchObject({
    state: 'Rolled back',
    rolledBackBy: out['rollback-deployment'],
    rollbackReason: `gate: ${out['gate-bad-reason']}`,
    // The gate-rejected record names the metric check, its value and threshold, and the health probe.
    gateRejected: expect.stringMatching(/^\d{4}-/),
    gateRejectedBy: [
      { condition: 'health', detail: `http://${ringService}/healthz answered HTTP 503` },
      {
        condition: 'metric',
        check: 'http-5xx-ratio',
        value: ratio,
        threshold: '< 0.01',
        detail: expect.stringContaining(`http-5xx-ratio: ${ratio} is not < 0.01`),
      },
    ],
  });
  expect(rows.map((v) => [v.ring, v.imageTag, v.state, v.rollbackOf]).sort()).toEqual(
    [
      ['dev', good, 'Synced', ''],
      ['dev', bad, 'Synced', ''],
      ['staging', good, 'Synced', ''],
      ['staging', bad, 'Rolled back', ''],
      ['staging', good, 'Synced', rolledBack?.deploymentId],
    ].sort(),
  );
  expect(rows.find((v) => v.deploymentId === out['rollback-deployment'])).toMatchObject({
    hldCommitId: out['rollback-commit'],
    cluster: 'aks-staging',
  });
  // Each update recorded its pull request's own commit, as on a forge; manifest-generation's record
  // joined the merge to it through the merged commits' Ringway-* trailers (no extra row above).
  expect(rows.find((v) => v.ring === 'dev' && v.imageTag === good)).toMatchObject({
    hldCommitId: out['hld-commit'],
    cluster: 'aks-dev',
  });
  expect(r.stderr).toMatch(
    new RegExp(
      `\\$ ringway record-deployment --p3 \\d+ --hld-commit-id ${out['hld-commit']} --manifest-commit-id [0-9a-f]{40} --repository file://\\S+ --commit-message "\\$\\(git -C ${ws}/hld-checkout log --format=%B [0-9a-f]{7}\\.\\.${out['hld-commit'].slice(0, 7)}\\)"`,
    ),
  );
  const table = await runCli(['deployments', '--ring', 'staging', ...storage], env);
  expect(table.stdout.split('\n')[0]).toMatch(/ Gate$/);
  expect(table.stdout.split('\n').filter((l) => l.includes(bad))).toEqual([
    expect.stringMatching(
      new RegExp(
        `^Rolled back +frontend +staging .* ✘ health: http://${ringService}/healthz answered HTTP 503; metric http-5xx-ratio = ${ratio.replace('.', '\\.')} \\(threshold < 0\\.01\\)$`,
      ),
    ),
  ]);
  // The dashboard, in a browser: the same states; each badge names the other deployment and why.
  const server = await startStaticServer(join(ws, 'dashboard'));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/index.html`);
    await page.waitForSelector('tbody tr');
    const shown = (await page.evaluate(
      `[...document.querySelectorAll('tbody tr')].map((tr) => [tr.cells[2].textContent, tr.cells[4].textContent.split(' ')[0], tr.cells[0].textContent, tr.querySelector('.state').title, tr.querySelector('.gate')?.title ?? ''])`,
    )) as string[][];
    const why = `gate: ${out['gate-bad-reason']}`;
    const rejected = `rejected by the gate at ${rolledBack?.gateRejected.slice(0, 16).replace('T', ' ')}: health: http://${ringService}/healthz answered HTTP 503; metric http-5xx-ratio = ${ratio} (threshold < 0.01)`;
    expect(shown.filter(([ring]) => ring === 'staging').sort()).toEqual(
      [
        ['staging', good, 'Synced', '', ''],
        [
          'staging',
          bad,
          'Rolled back ✘ gate',
          `rolled back by deployment ${out['rollback-deployment']}: ${why}`,
          rejected,
        ],
        ['staging', good, 'Synced ↩', `rollback of deployment ${rolledBack?.deploymentId}: ${why}`, ''],
      ].sort(),
    );
  } finally {
    await browser.close();
    await server.stop();
  }
});

test('a workspace that is not empty is refused before anything is made', async () => {
  const ws = tempDir('ringway-demo-test-');
  writeFileSync(join(ws, 'keep.txt'), 'mine');
  const r = await runCli(['demo', '--workspace', ws]);
  expect(r.code).toBe(2);
  expect(r.stderr.trim()).toBe(`error: option --workspace: ${ws} is not empty`);
  expect(existsSync(join(ws, 'remotes'))).toBe(false);
  // A bad option is refused before the workspace is made.
  const fresh = join(tempDir('ringway-demo-test-'), 'ws');
  const bad = await runCli(['demo', '--workspace', fresh, '--registry', 'http://127.0.0.1:5000']);
  expect(bad.code).toBe(2);
  expect(bad.stderr.trim()).toBe("error: option --registry must be host[:port], got 'http://127.0.0.1:5000'");
  expect(existsSync(fresh)).toBe(false);
  // A Prometheus with no service address to scrape, or a URL that is not one, likewise.
  for (const [args, line] of [
    [
      ['--prometheus-url', 'http://127.0.0.1:9090'],
      'option --prometheus-url needs --ring-service (the address that Prometheus scrapes)',
    ],
    [
      ['--ring-service', '127.0.0.1', '--prometheus-url', 'http://127.0.0.1:9090'],
      "option --ring-service must be host:port, got '127.0.0.1'",
    ],
    [
      ['--ring-service', '127.0.0.1:8080', '--prometheus-url', 'ftp://x'],
      "option --prometheus-url: 'ftp://x' is not an http(s) URL",
    ],
  ]) {
    const refused = await runCli(['demo', '--workspace', fresh, ...args]);
    expect([refused.code, refused.stderr.trim()]).toEqual([2, `error: ${line}`]);
    expect(existsSync(fresh)).toBe(false);
  }
});
