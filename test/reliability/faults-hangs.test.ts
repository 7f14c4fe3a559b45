import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runStep } from '../../lib/hosts/run.js';
import { step as generateStep } from '../../lib/steps/generate.js';
import { step as gateStep } from '../../lib/steps/gate.js';
import { step as recordDeployment } from '../../lib/steps/record-deployment.js';
import type { StepDef } from '../../lib/steps/types.js';
import { step as updateHld } from '../../lib/steps/update-hld.js';
import { DEV_ACCOUNT, DEV_KEY, type Azurite } from '../../stand-ins/azurite.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';
import { startFaultProxy, type FaultProxy } from '../../stand-ins/fault-proxy.js';
import { startForgeApi, type ForgeApi } from '../../stand-ins/forge-api.js';
import { branchesOf, readFileAt, tempDir } from '../../stand-ins/git.js';
import { startGitHttpServer, type GitHttpServer } from '../../stand-ins/git-http-server.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { readTree } from '../support/hld.js';

// Servers that stop answering in the middle of a step (test/reliability/timeouts.test.ts has the
// ones that never answer at all): stand-ins/fault-proxy.mjs in front of the real server swallows
// one request, the step gives up within its 'request-timeout' naming the service, and the same step run
// again, once the server answers, ends where a run without the fault would have.
const TOKEN = 'hang-token-4b3a2c1d0e';

/**
 * A run meant to hit the fault gets a 1 s budget (the test waits it out); the re-runs keep the
 * default (a busy machine is no fault).
 */
async function run(step: StepDef, values: Record<string, string>, timeout = '1s') {
  const host = new RecordingHost();
  const result = await runStep(step, host, (d) => ({ 'request-timeout': timeout, ...values })[d.name]);
  return { result, host };
}
const rerun = (step: StepDef, values: Record<string, string>) => run(step, values, '60s');

// All servers start at once (Azurite alone can take seconds); each has its proxy.
let git: GitHttpServer;
let api: ForgeApi;
let azurite: Azurite;
let forgeProxy: FaultProxy;
let tableProxy: FaultProxy;
let gitProxy: FaultProxy;
beforeAll(async () => {
  [git, api, azurite] = await Promise.all([
    startGitHttpServer({ token: TOKEN }),
    startForgeApi('github'),
    azuriteForThisWorker(),
  ]);
  [forgeProxy, tableProxy, gitProxy] = await Promise.all([
    startFaultProxy(new URL(api.url).host),
    startFaultProxy(new URL(azurite.endpoint).host),
    startFaultProxy(`127.0.0.1:${git.port}`),
  ]);
  process.env.SHARED_REPO_TOKEN = TOKEN;
}, 60_000);
afterAll(async () => {
  delete process.env.SHARED_REPO_TOKEN;
  await Promise.all([forgeProxy, tableProxy, gitProxy].map((p) => p?.stop()));
  await Promise.all([git?.stop(), api?.stop(), azurite?.stop()]);
});

describe('forge API', () => {
  test('GitHub opens the pull request but its answer never comes: update-hld gives up naming the API; the re-run finds that pull request instead of opening a second', async () => {
    await api.reset({ token: TOKEN });
    const repo = await git.repo('contoso/hld', {
      files: {
        'component.yaml': 'name: hld\nsubcomponents:\n  - name: frontend\n    type: helm\n    path: ./c\n',
        'config/prod.yaml': 'subcomponents: {}\n',
      },
    });
    await forgeProxy.faults([{ method: 'POST', path: '^/repos/contoso/hld/pulls$', after: true, hang: true }]);
    const values = {
      'hld-repo': repo.httpUrl,
      provider: 'github',
      'api-url': `http://${forgeProxy.host}`,
      token: TOKEN,
      component: 'frontend',
      environment: 'prod',
      'image-tag': 'master-42',
      ring: 'prod',
    };

    // The git fetch and push in this run are healthy: a budget they meet on a busy machine.
    const failed = await run(updateHld, values, '6s');
    expect(failed.result.ok).toBe(false);
    const message = failed.result.ok ? '' : failed.result.message;
    expect(message).toMatch(
      new RegExp(
        `GitHub API http://${forgeProxy.host.replace(/\./g, '\\.')} did not answer within 6 s \\(input 'request-timeout'\\)$`,
      ),
    );
    expect(message + failed.host.output).not.toContain(TOKEN);
    expect((await api.requests()).prs).toHaveLength(1);

    const again = await rerun(updateHld, values);
    expect(again.result.ok && again.result.outputs).toMatchObject({
      changed: 'true',
      branch: 'DEPLOY/frontend-prod-master-42',
      'pull-request-number': '100',
    });
    expect(again.host.output).toContain('already holds this change');
    expect((await api.requests()).prs).toHaveLength(1);
    expect(branchesOf(repo.dir).sort()).toEqual(['DEPLOY/frontend-prod-master-42', 'main']);
    expect(readFileAt(repo.dir, 'DEPLOY/frontend-prod-master-42', 'config/prod.yaml')).toContain('tag: master-42');
  }, 60_000);
});

describe('table service', () => {
  test('the table service stops answering the gate: it fails naming the service; the re-run decides', async () => {
    const storage = {
      'account-name': DEV_ACCOUNT,
      'account-key': DEV_KEY,
      'table-name': 'hangs',
      'partition-key': 'fabrikam',
    };
    const record = async (values: Record<string, string>) => {
      const r = await rerun(recordDeployment, {
        ...storage,
        'table-endpoint': azurite.endpoint,
        'fail-on-error': 'true',
        ...values,
      });
      expect(r.result.ok).toBe(true);
    };
    // master-7 went through every hop of dev (the cluster sync is not asked for).
    const tag = { service: 'frontend', 'image-tag': 'master-7' };
    await record({ ...tag, p1: 'b7', 'commit-id': '1f'.repeat(20) });
    await record({ ...tag, stage: 'hld-updated', p2: 'b7-hld', env: 'dev', 'hld-commit-id': '3d'.repeat(20) });
    await record({ stage: 'manifests-generated', p3: 'b7-gen', 'hld-commit-id': '3d'.repeat(20) });
    await record({ p3: 'b7-gen', 'manifest-commit-id': '2e'.repeat(20) });
    await tableProxy.faults([{ method: 'GET', path: `^/${DEV_ACCOUNT}/hangs`, hang: true }]);
    const values = {
      ...storage,
      'table-endpoint': `http://${tableProxy.host}/${DEV_ACCOUNT}`,
      service: 'frontend',
      'image-tag': 'master-7',
      'to-ring': 'staging',
      'require-synced': 'false',
    };

    const failed = await run(gateStep, values);
    expect(failed.result.ok).toBe(false);
    expect(!failed.result.ok && failed.result.message).toMatch(
      new RegExp(
        `table service http://${tableProxy.host.replace(/\./g, '\\.')} did not answer within 1 s \\(input 'request-timeout'\\)$`,
      ),
    );
    // No answer is no evidence: decision=error, which no starter rolls back on.
    expect(!failed.result.ok && failed.result.outputs?.decision).toBe('error');

    const again = await rerun(gateStep, values);
    expect(again.result.ok && again.result.outputs).toMatchObject({
      decision: 'promote',
      'from-ring': 'dev',
      'to-ring': 'staging',
    });
  }, 60_000);
});

describe('git server of a remote component', () => {
  test('the fetch of a remote component hangs: generate gives up naming the component and the server, keeps the previous output; the re-run renders it', async () => {
    await git.repo('shared', {
      files: {
        'private/component.yaml': 'name: private\nsubcomponents:\n  - name: cm\n    type: static\n    path: ./m\n',
        'private/m/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: private\n',
      },
    });
    const url = `http://${gitProxy.host}/shared.git`;
    const hld = join(tempDir('ringway-hld-'), 'hld');
    mkdirSync(join(hld, 'generated', 'common'), { recursive: true });
    writeFileSync(join(hld, 'generated', 'common', 'root.yaml'), '# previous output\n');
    writeFileSync(
      join(hld, 'component.yaml'),
      `name: root\nsubcomponents:\n  - name: private\n    method: git\n    source: ${url}\n    path: private\n    branch: main\n`,
    );
    writeFileSync(join(hld, 'access.yaml'), `${url}: SHARED_REPO_TOKEN\n`);
    await gitProxy.faults([{ method: 'POST', path: '^/shared.git/git-upload-pack$', hang: true }]);
    // The token goes to the component's server because the step allows it there (access.yaml picks it).
    const values = {
      hld,
      'cache-dir': tempDir('ringway-cache-'),
      'access-tokens': `SHARED_REPO_TOKEN=${gitProxy.host}`,
    };

    const failed = await run(generateStep, values);
    expect(failed.result.ok).toBe(false);
    expect(!failed.result.ok && failed.result.message).toBe(
      `component 'root.private': cannot fetch ${url} (branch main): git server ${url} (git fetch) did not answer within 1 s (input 'request-timeout')`,
    );
    expect(readTree(join(hld, 'generated'))).toEqual({ 'common/root.yaml': '# previous output\n' });

    const again = await rerun(generateStep, values);
    expect(again.result.ok && again.result.outputs.components).toBe('3');
    expect(Object.keys(readTree(join(hld, 'generated'))).sort()).toEqual([
      'common/private/cm.yaml',
      'common/private/private.yaml',
      'common/root.yaml',
    ]);
    expect(readTree(join(hld, 'generated'))['common/private/cm.yaml']).toContain('name: private');
  }, 60_000);
});
