import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startAzurite, type Azurite } from '../../stand-ins/azurite.js';
import { logOf, readFileAt, tempDir } from '../../stand-ins/git.js';
import { runCli } from '../support/run-bundle.js';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

const outputsOf = (stdout: string) => Object.fromEntries(stdout.trim().split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));

test('ringway demo on git and helm alone: HLD merged, manifests pushed, re-run changes nothing', async () => {
  const ws = tempDir('ringway-demo-test-');
  const r = await runCli(['demo', '--workspace', ws]);
  expect(r.code).toBe(0);
  const out = outputsOf(r.stdout);
  expect(out).toMatchObject({ workspace: ws, 'image-tag': expect.stringMatching(/^main-\d+$/), 'rerun-changed': 'false', 'dev-image': `fabrikam-frontend:${out['image-tag']}` });
  expect(out).not.toHaveProperty('gate-staging');
  expect(r.stderr).toContain('no telemetry storage: record-deployment, gate and dashboard are skipped');
  expect(r.stderr).toContain(`$ ringway update-hld --hld-repo file://${ws}/remotes/fabrikam-hld.git --component frontend.web --environment dev --image-tag ${out['image-tag']}`);
  const manifests = join(ws, 'remotes', 'fabrikam-manifests.git');
  expect(readFileAt(manifests, 'main', 'dev/frontend/web.yaml')).toContain(`image: "fabrikam-frontend:${out['image-tag']}"`);
  expect(logOf(manifests, 'main')[0].body).toContain(`Ringway-Source-Commit: ${out['hld-commit']}`);
});

test('ringway demo with a table: every hop recorded, the gate promotes to staging and waits for prod', async () => {
  const ws = tempDir('ringway-demo-test-');
  const r = await runCli(['demo', '--workspace', ws, '--table-name', 'demo', '--partition-key', 'fabrikam'], { RINGWAY_CONNECTION_STRING: azurite.connectionString });
  expect(r.code).toBe(0);
  const out = outputsOf(r.stdout);
  expect(out).toMatchObject({ 'gate-staging': 'promote', 'gate-prod': 'wait', dashboard: join(ws, 'dashboard', 'index.html') });
  // Promoted: the staging ring of the HLD now names the same tag.
  expect(readFileAt(join(ws, 'remotes', 'fabrikam-hld.git'), 'main', 'config/staging.yaml')).toContain(`tag: ${out['image-tag']}`);
  expect(readFileSync(out.dashboard, 'utf8')).toContain(out['image-tag']);
  expect(r.stdout + r.stderr).not.toContain('AccountKey');

  const list = await runCli(['deployments', '--json', '--table-name', 'demo', '--partition-key', 'fabrikam'], { RINGWAY_CONNECTION_STRING: azurite.connectionString });
  expect(JSON.parse(list.stdout)).toEqual([expect.objectContaining({ state: 'Synced', service: 'frontend', ring: 'dev', imageTag: out['image-tag'], manifestCommitId: out['manifest-commit'], cluster: 'dev-cluster' })]);
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
