import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setNetworkTimeout } from '../../lib/exec.js';
import { runStep } from '../../lib/hosts/run.js';
import { step as generateStep } from '../../lib/steps/generate.js';
import { step as pushManifests } from '../../lib/steps/push-manifests.js';
import { step as recordDeployment } from '../../lib/steps/record-deployment.js';
import type { StepDef } from '../../lib/steps/types.js';
import { step as updateHld } from '../../lib/steps/update-hld.js';
import { bareRepo, tempDir, writeTree } from '../../stand-ins/git.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { spawnListening, stopByPid } from '../../stand-ins/process.js';
import { repoRoot } from '../support/run-bundle.js';

// Servers that accept and never answer; each request is given a 1 s budget (input 'request-timeout'):
// the test waits it out, and the product's 60 s would prove nothing more. The step's deadline (input
// 'timeout', 1s here) is tested below with commands that hang.
let silent: { child: ChildProcess; port: number };
beforeAll(async () => {
  silent = await spawnListening(process.execPath, [join(repoRoot, 'stand-ins/silent-server.mjs')]);
});
afterAll(async () => {
  await stopByPid(silent.child);
  setNetworkTimeout(60_000);
});

async function run(step: StepDef, values: Record<string, string>) {
  const host = new RecordingHost();
  const result = await runStep(step, host, (d) => ({ 'request-timeout': '1s', ...values })[d.name]);
  return { result, host };
}

test('update-hld gives up on a git server that never answers: one line naming it and the input', async () => {
  const { result } = await run(updateHld, {
    'hld-repo': `http://127.0.0.1:${silent.port}/hld.git`,
    component: 'frontend',
    'image-tag': 'master-1',
  });
  expect(result.ok).toBe(false);
  expect(!result.ok && result.message).toBe(
    `git server http://127.0.0.1:${silent.port}/hld.git (git clone) did not answer within 1 s (input 'request-timeout')`,
  );
}, 30_000);

test('push-manifests gives up on a git server that never answers', async () => {
  const source = writeTree({ 'prod/app.yaml': 'kind: ConfigMap\n' });
  const { result } = await run(pushManifests, {
    source,
    'manifest-repo': `http://127.0.0.1:${silent.port}/manifests.git`,
    branch: 'main',
  });
  expect(result.ok).toBe(false);
  expect(!result.ok && result.message).toMatch(
    new RegExp(
      `^git server http://127\\.0\\.0\\.1:${silent.port}/manifests\\.git \\(git clone\\) did not answer within 1 s \\(input 'request-timeout'\\)$`,
    ),
  );
}, 30_000);

test('record-deployment (best effort) warns about a table service that never answers and succeeds', async () => {
  const endpoint = `http://127.0.0.1:${silent.port}/devstoreaccount1`;
  const { result, host } = await run(recordDeployment, {
    'account-name': 'devstoreaccount1',
    'account-key': Buffer.from('k'.repeat(32)).toString('base64'),
    'table-endpoint': endpoint,
    'table-name': 'deployments',
    'partition-key': 'p',
    p1: 'b1',
    'image-tag': 'master-1',
    service: 'frontend',
    'commit-id': '1f'.repeat(20),
  });
  expect(result.ok).toBe(true);
  expect(host.lines.join('\n')).toContain(
    `table service http://127.0.0.1:${silent.port} did not answer within 1 s (input 'request-timeout')`,
  );
}, 30_000);

test('generate gives up on a helm chart repository that never answers (helm pull has no timeout of its own)', async () => {
  const repo = `http://127.0.0.1:${silent.port}/charts`;
  const hld = writeTree({
    'component.yaml': `name: root\nsubcomponents:\n  - name: web\n    type: helm\n    method: helm\n    source: ${repo}\n    path: web\n    version: 1.0.0\n`,
  });
  const { result } = await run(generateStep, { hld, 'cache-dir': tempDir('ringway-cache-') });
  expect(!result.ok && result.message).toBe(
    `component 'root.web': helm repository ${repo} (helm pull) did not answer within 1 s (input 'request-timeout')`,
  );
}, 30_000);

test("generate gives up on the repository of a remote chart's dependency that never answers", async () => {
  const charts = await bareRepo({
    files: {
      'web/Chart.yaml': `apiVersion: v2\nname: web\nversion: 1.0.0\ndependencies:\n  - name: lib\n    version: 1.0.0\n    repository: http://127.0.0.1:${silent.port}/charts\n`,
      'web/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n',
    },
  });
  const hld = writeTree({
    'component.yaml': `name: root\nsubcomponents:\n  - name: web\n    type: helm\n    method: git\n    source: ${charts.url}\n    path: web\n    branch: main\n`,
  });
  const { result } = await run(generateStep, {
    hld,
    'cache-dir': tempDir('ringway-cache-'),
    'local-sources': dirname(charts.dir),
  });
  expect(!result.ok && result.message).toBe(
    "component 'root.web': the chart repositories its dependencies name (helm dependency build) did not answer within 1 s (input 'request-timeout')",
  );
}, 30_000);

test('a bad timeout value names the input', async () => {
  const { result } = await run(updateHld, { timeout: 'soon', 'hld-repo': 'file:///nowhere', 'image-tag': 'x' });
  expect(!result.ok && result.message).toBe("input 'timeout': 'soon' is not a duration like 30m, 1h30m or 2d");
});

test.each([
  ['timeout', '25d'],
  ['timeout', '1000000h'],
  ['request-timeout', '2d'],
])("%s %s (Node's timers overflow past 24.8 days) is refused naming the input and the limit", async (input, value) => {
  const { result } = await run(updateHld, { [input]: value, 'hld-repo': 'file:///nowhere', 'image-tag': 'x' });
  expect(!result.ok && result.message).toBe(`input '${input}': ${value} is longer than the 24h allowed`);
});

describe("the step's deadline (input 'timeout') bounds every command, not only requests", () => {
  test('a never-answering git server: the step stops at its deadline, before its 60 s request bound', async () => {
    const { result } = await run(updateHld, {
      timeout: '1s',
      'request-timeout': '60s',
      'hld-repo': `http://127.0.0.1:${silent.port}/hld.git`,
      component: 'frontend',
      'image-tag': 'master-1',
    });
    expect(!result.ok && result.message).toBe(
      `step 'update-hld' did not finish within 1s (input 'timeout'): stopped while waiting for git server http://127.0.0.1:${silent.port}/hld.git (git clone)`,
    );
  }, 30_000);

  test('kubectl kustomize fetching a remote resource from a server that never answers (kubectl has no timeout of its own)', async () => {
    const hld = writeTree({
      'component.yaml': 'name: root\nsubcomponents:\n  - name: k\n    type: kustomize\n    path: ./k\n',
      'k/kustomization.yaml': `resources:\n  - http://127.0.0.1:${silent.port}/remote.yaml\n`,
    });
    const output = join(tempDir(), 'out');
    const { result } = await run(generateStep, { hld, output, 'cache-dir': tempDir('ringway-cache-'), timeout: '1s' });
    expect(!result.ok && result.message).toBe(
      "step 'generate' did not finish within 1s (input 'timeout'): stopped while waiting for kubectl kustomize of component 'root.k'",
    );
    expect(existsSync(join(output, 'common'))).toBe(false);
  }, 30_000);

  describe('a helm that hangs (a helm on PATH that never exits)', () => {
    const path = process.env.PATH;
    let spawned: string;
    beforeAll(() => {
      const bin = tempDir('ringway-hanging-helm-');
      spawned = join(bin, 'pids');
      // It starts a child of its own that would outlive it unless its whole process group is killed.
      writeFileSync(join(bin, 'helm'), `#!/bin/sh\nsleep 600 &\necho $! >> ${spawned}\nwait\n`, { mode: 0o755 });
      process.env.PATH = `${bin}:${path}`;
    });
    afterAll(() => {
      process.env.PATH = path;
    });

    test('generate stops at its deadline naming the step and the input; helm and what it started are gone', async () => {
      const hld = writeTree({
        'component.yaml': 'name: root\nsubcomponents:\n  - name: web\n    type: helm\n    path: ./chart\n',
        'chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
      });
      const output = join(tempDir(), 'out');
      const { result } = await run(generateStep, {
        hld,
        output,
        'cache-dir': tempDir('ringway-cache-'),
        timeout: '1s',
      });
      expect(!result.ok && result.message).toMatch(
        /^step 'generate' did not finish within 1s \(input 'timeout'\): stopped while waiting for helm\b/,
      );
      expect(existsSync(join(output, 'common'))).toBe(false);
      const pids = readFileSync(spawned, 'utf8').trim().split('\n').map(Number);
      expect(pids.length).toBeGreaterThan(0);
      for (const pid of pids) expect(alive(pid)).toBe(false);
    }, 30_000);
  });
});

/** Whether a process runs (a zombie not yet reaped by its parent counts as gone). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
