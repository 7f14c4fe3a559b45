import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite, type Azurite } from '../../stand-ins/azurite.js';
import { launchChromium } from '../../stand-ins/browser.js';
import { startStaticServer } from '../../stand-ins/static-http.js';
import { logOf, readFileAt, tempDir } from '../../stand-ins/git.js';
import { runCli } from '../support/run-bundle.js';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
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

test('ringway demo with a table: every hop recorded, the gate promotes to staging and waits for prod; a bad release is rejected in staging and rolled back', async () => {
  const ws = tempDir('ringway-demo-test-');
  const storage = ['--table-name', 'demo', '--partition-key', 'fabrikam'];
  const env = { RINGWAY_CONNECTION_STRING: azurite.connectionString };
  const r = await runCli(['demo', '--workspace', ws, ...storage], env);
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

  // The bad tag went through dev to staging; staging's health check answered 503, so the gate rejected it.
  expect(out['gate-bad']).toBe('reject');
  expect(out['gate-bad-reason']).toMatch(/^health: http:\/\/127\.0\.0\.1:\d+\/healthz answered HTTP 503$/);
  expect(r.stderr).toContain(
    `$ ringway gate --service frontend --image-tag ${bad} --rings dev,staging,prod --to-ring prod --ring-clusters dev=aks-dev,staging=aks-staging,prod=aks-prod --health-url http://127.0.0.1:`,
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
  const rows = JSON.parse(json.stdout) as Record<string, string>[];
  const rolledBack = rows.find((v) => v.ring === 'staging' && v.imageTag === bad);
  expect(rolledBack).toMatchObject({
    state: 'Rolled back',
    rolledBackBy: out['rollback-deployment'],
    rollbackReason: `gate: ${out['gate-bad-reason']}`,
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
  expect(table.stdout.split('\n').filter((l) => l.includes(bad))).toEqual([
    expect.stringMatching(/^Rolled back +frontend +staging /),
  ]);
  // The dashboard, in a browser: the same states; each badge names the other deployment and why.
  const server = await startStaticServer(join(ws, 'dashboard'));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/index.html`);
    await page.waitForSelector('tbody tr');
    const shown = (await page.evaluate(
      `[...document.querySelectorAll('tbody tr')].map((tr) => [tr.cells[2].textContent, tr.cells[4].textContent.split(' ')[0], tr.cells[0].textContent, tr.querySelector('.state').title])`,
    )) as string[][];
    const why = `gate: ${out['gate-bad-reason']}`;
    expect(shown.filter(([ring]) => ring === 'staging').sort()).toEqual(
      [
        ['staging', good, 'Synced', ''],
        ['staging', bad, 'Rolled back', `rolled back by deployment ${out['rollback-deployment']}: ${why}`],
        ['staging', good, 'Synced ↩', `rollback of deployment ${rolledBack?.deploymentId}: ${why}`],
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
});
