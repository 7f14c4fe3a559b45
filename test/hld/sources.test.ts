import { setNetworkTimeout } from '../../lib/exec.js';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generate } from '../../lib/hld/generate.js';
import { runStep } from '../../lib/hosts/run.js';
import { step as generateStep } from '../../lib/steps/generate.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { bareRepo, tempDir, writeTree } from '../../stand-ins/git.js';
import { startGitHttpServer } from '../../stand-ins/git-http-server.js';
import { fixtures, readTree } from '../support/hld.js';
import { runCli } from '../support/run-bundle.js';
import { startStaticServer } from '../../stand-ins/static-http.js';

const chartDir = join(fixtures, 'nested', 'frontend', 'chart');

function hldWith(componentYaml: string, files: Record<string, string> = {}): string {
  const hld = join(tempDir('ringway-hld-'), 'hld');
  mkdirSync(hld, { recursive: true });
  writeFileSync(join(hld, 'component.yaml'), componentYaml);
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(join(hld, p, '..'), { recursive: true });
    writeFileSync(join(hld, p), c);
  }
  return hld;
}

test('method helm: a chart pulled from a chart repository, pinned versions cached for later offline runs', async () => {
  const repoDir = tempDir('ringway-charts-');
  execFileSync('helm', ['package', chartDir, '--destination', repoDir], { stdio: 'ignore' });
  const server = await startStaticServer(repoDir);
  try {
    execFileSync('helm', ['repo', 'index', repoDir, '--url', server.url], { stdio: 'ignore' });
    const hld = hldWith(
      `name: root\nsubcomponents:\n  - name: web\n    type: helm\n    method: helm\n    source: ${server.url}\n    path: web\n    version: 0.1.0\n`,
      {
        'config/common.yaml': 'subcomponents:\n  web:\n    config:\n      image:\n        tag: from-repo\n',
      },
    );
    const cacheDir = tempDir();
    // ringway install fetches it (as fab install does); generate then works with the server gone.
    const installed = await runCli(['install', hld, '--cache-dir', cacheDir]);
    expect(installed.stderr).toContain('installed 2 components');
    expect(installed.code).toBe(0);
    expect(installed.stdout).toBe('components=2\nfetched=1\n');
    await server.stop();
    await generate({ hld, environments: [[]], cacheDir });
    expect(readFileSync(join(hld, 'generated/common/web.yaml'), 'utf8')).toContain('image: "nginx:from-repo"');
  } finally {
    await server.stop();
  }
});

test('method git helm chart, and a private component whose token the author allowed for its host (access.yaml picks it)', async () => {
  const token = 'access-yaml-token-77';
  const server = await startGitHttpServer({ token });
  try {
    const files: Record<string, string> = {};
    for (const [p, c] of Object.entries(readTree(chartDir))) files[`charts/web/${p}`] = c;
    files['private/component.yaml'] = 'name: private\nsubcomponents:\n  - name: cm\n    type: static\n    path: ./m\n';
    files['private/m/cm.yaml'] = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: private\n';
    const remote = await server.repo('shared', { files });
    const hld = hldWith(
      `name: root\nsubcomponents:\n  - name: web\n    type: helm\n    method: git\n    source: ${remote.httpUrl}\n    path: charts/web\n  - name: private\n    method: git\n    source: ${remote.httpUrl}\n    path: private\n`,
      { 'access.yaml': `${remote.httpUrl}: SHARED_REPO_TOKEN\n` },
    );
    // A Bedrock HLD as it is: access.yaml alone sends nothing, and says what the step must allow.
    const alone = await runCli(['generate', '--hld', hld, '--cache-dir', tempDir()], { SHARED_REPO_TOKEN: token });
    expect(alone.code).toBe(1);
    expect(alone.stderr).toContain(
      `warning: access.yaml:1: SHARED_REPO_TOKEN for ${remote.httpUrl} is ignored: the step's input 'access-tokens' does not list SHARED_REPO_TOKEN`,
    );
    expect(alone.stderr).toMatch(
      /error: component 'root\.(web|private)': cannot fetch http:\/\/127\.0\.0\.1:\d+\/shared\.git: .*\(no token was sent: access\.yaml:1 names SHARED_REPO_TOKEN for it, but the step's input 'access-tokens' does not list SHARED_REPO_TOKEN\)/,
    );
    expect(server.requests().some((r) => r.auth)).toBe(false);
    const allow = ['--access-tokens', `SHARED_REPO_TOKEN=127.0.0.1:${server.port}`];
    const unset = await runCli(['generate', '--hld', hld, '--cache-dir', tempDir(), ...allow]);
    expect(unset.code).toBe(1);
    expect(unset.stderr).toContain(
      "warning: input 'access-tokens': environment variable SHARED_REPO_TOKEN is not set; no token is sent for its hosts",
    );
    expect(unset.stderr).toContain(
      `warning: access.yaml:1: environment variable SHARED_REPO_TOKEN for ${remote.httpUrl} is not set`,
    );
    const withToken = await runCli(['generate', '--hld', hld, '--cache-dir', tempDir(), ...allow], {
      SHARED_REPO_TOKEN: token,
    });
    expect(withToken.code).toBe(0);
    expect(withToken.stdout).toContain('folders=common\n');
    expect(withToken.stderr).not.toContain('warning');
    expect(withToken.stderr + withToken.stdout).not.toContain(token);
    const out = readTree(join(hld, 'generated'));
    expect(Object.keys(out).sort()).toEqual([
      'common/private/cm.yaml',
      'common/private/private.yaml',
      'common/root.yaml',
      'common/web.yaml',
    ]);
    expect(out['common/web.yaml']).toContain('kind: Deployment');
    // ringway install takes the same allow-list.
    const installed = await runCli(['install', hld, '--cache-dir', tempDir(), ...allow], { SHARED_REPO_TOKEN: token });
    expect(installed.code).toBe(0);
    expect(installed.stdout).toContain('components=4\n');
  } finally {
    await server.stop();
  }
});

test('a chart in git whose dependencies are not committed: install fetches them, generate renders offline', async () => {
  // The dependency lives in a chart repository; the app chart in git has no charts/ folder.
  const sub = writeTree(
    {
      'Chart.yaml': 'apiVersion: v2\nname: sub\nversion: 0.2.0\n',
      'templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: sub-{{ .Values.flavour }}\n',
      'values.yaml': 'flavour: plain\n',
    },
    'ringway-sub-',
  );
  const repoDir = tempDir('ringway-charts-');
  execFileSync('helm', ['package', sub, '--destination', repoDir], { stdio: 'ignore' });
  const server = await startStaticServer(repoDir);
  try {
    execFileSync('helm', ['repo', 'index', repoDir, '--url', server.url], { stdio: 'ignore' });
    const remote = await bareRepo({
      files: {
        'charts/app/Chart.yaml': `apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: sub\n    version: 0.2.0\n    repository: ${server.url}\n`,
        'charts/app/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n',
      },
    });
    // Pinned, so install's checkout (with the fetched dependency) is what generate reuses offline.
    const version = execFileSync('git', ['rev-parse', 'main'], { cwd: remote.dir, encoding: 'utf8' }).trim();
    const hld = hldWith(
      `name: root\nsubcomponents:\n  - name: app\n    type: helm\n    method: git\n    source: ${remote.url}\n    path: charts/app\n    version: ${version}\n`,
      {
        'config/common.yaml': 'subcomponents:\n  app:\n    config:\n      sub:\n        flavour: spicy\n',
      },
    );
    const cacheDir = tempDir();
    const installed = await runCli(['install', hld, '--cache-dir', cacheDir, '--local-sources', tmpdir()]);
    expect(installed.code).toBe(0);
    await server.stop();
    await generate({ hld, environments: [[]], cacheDir, localSources: [tmpdir()] });
    const out = readFileSync(join(hld, 'generated/common/app.yaml'), 'utf8');
    expect(out).toContain('name: app\n');
    expect(out).toContain('name: sub-spicy\n'); // the dependency, with the HLD's values for it
  } finally {
    await server.stop();
  }
});

test('a chart dependency that cannot be fetched: one error naming the component, nothing written', async () => {
  const remote = await bareRepo({
    files: {
      'charts/app/Chart.yaml':
        'apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: sub\n    version: 0.2.0\n    repository: http://127.0.0.1:9/charts\n',
      'charts/app/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n',
    },
  });
  const hld = hldWith(
    `name: root\nsubcomponents:\n  - name: app\n    type: helm\n    method: git\n    source: ${remote.url}\n    path: charts/app\n`,
  );
  const r = await runCli(['generate', '--hld', hld, '--cache-dir', tempDir(), '--local-sources', tmpdir()]);
  expect(r.code).toBe(1);
  expect(r.stderr.trim().split('\n').pop()).toMatch(
    /^error: component 'root\.app': helm dependency build failed: .*127\.0\.0\.1:9/,
  );
  const generated = join(hld, 'generated');
  expect(existsSync(generated) ? readdirSync(generated) : []).toEqual([]);
});

test('a git component pinned to a version is fetched at that commit', async () => {
  const files = {
    'c/component.yaml': 'name: c\nsubcomponents:\n  - name: s\n    type: static\n    path: ./m\n',
    'c/m/a.yaml': 'v: 1\n',
  };
  const remote = await bareRepo({ files });
  const v1 = execFileSync('git', ['rev-parse', 'main'], { cwd: remote.dir, encoding: 'utf8' }).trim();
  const { commitFiles } = await import('../../stand-ins/git.js');
  commitFiles(remote.dir, 'main', { 'c/m/a.yaml': 'v: 2\n' }, 'v2');
  const hld = hldWith(
    `name: root\nsubcomponents:\n  - name: c\n    method: git\n    source: ${remote.url}\n    path: c\n    version: ${v1}\n`,
  );
  await generate({ hld, environments: [[]], cacheDir: tempDir(), localSources: [tmpdir()] });
  expect(readFileSync(join(hld, 'generated/common/c/s.yaml'), 'utf8')).toBe('---\nv: 1\n\n');
});

describe('git sources on this machine (a path or file:// URL)', () => {
  const files = { 'c/component.yaml': 'name: c\ntype: static\npath: ./m\n', 'c/m/a.yaml': 'v: 1\n' };
  const hldFor = (source: string) =>
    hldWith(`name: root\nsubcomponents:\n  - name: other\n    method: git\n    source: ${source}\n    path: c\n`);

  test.each([
    ['a file:// URL', (dir: string) => `file://${dir}`],
    ['an absolute path', (dir: string) => dir],
  ])('%s in an HLD is refused unless the pipeline lists its folder in local-sources', async (_what, source) => {
    const remote = await bareRepo({ files });
    const hld = hldFor(source(remote.dir));
    const output = join(tempDir(), 'out');
    await expect(generate({ hld, environments: [[]], output, cacheDir: tempDir() })).rejects.toThrow(
      `component 'root.other': source '${source(remote.dir)}' is a repository on this machine; an HLD may name only remote repositories`,
    );
    expect(existsSync(output) ? readdirSync(output) : []).toEqual([]);
    // A folder listed elsewhere does not cover it, nor does `..` out of a listed one.
    const elsewhere = tempDir('ringway-listed-');
    await expect(
      generate({ hld, environments: [[]], output, cacheDir: tempDir(), localSources: [elsewhere] }),
    ).rejects.toThrow('is a repository on this machine');
    const escaping = hldFor(source(join(elsewhere, '..', remote.dir.slice(tmpdir().length))));
    await expect(
      generate({ hld: escaping, environments: [[]], output, cacheDir: tempDir(), localSources: [elsewhere] }),
    ).rejects.toThrow('is a repository on this machine');

    await generate({ hld, environments: [[]], output, cacheDir: tempDir(), localSources: [dirname(remote.dir)] });
    expect(readTree(join(output, 'common'))).toMatchObject({ 'other/c.yaml': '---\nv: 1\n\n' });
  });

  test("the generate step takes the author's folders from input 'local-sources'", async () => {
    const remote = await bareRepo({ files });
    const hld = hldFor(remote.url);
    const run = (values: Record<string, string>) =>
      runStep(generateStep, new RecordingHost(), (d) => ({ hld, 'cache-dir': tempDir(), ...values })[d.name]);
    const refused = await run({});
    expect(!refused.ok && refused.message).toMatch(
      /^component 'root\.other': source 'file:\/\/.*' is a repository on this machine; .* input 'local-sources'$/,
    );
    const allowed = await run({ 'local-sources': dirname(remote.dir) });
    expect(allowed.ok && allowed.outputs.components).toBe('2');
  });
});

test('a method http download larger than 32 MiB (a server that streams without end) is cut off, naming the component and the limit', async () => {
  const { createServer } = await import('node:http');
  const chunk = Buffer.alloc(1 << 20, 'a');
  let sent = 0;
  // Bounded: it stops by itself after 64 MiB, whether or not the client went away.
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/yaml' });
    const more = () => {
      while (sent < 64 << 20) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', more);
      }
      res.end();
    };
    res.on('close', () => res.destroy());
    more();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/big.yaml`;
    const hld = hldWith(
      `name: root\nsubcomponents:\n  - name: big\n    type: static\n    method: http\n    source: ${url}\n`,
    );
    const output = join(tempDir(), 'out');
    await expect(generate({ hld, environments: [[]], output, cacheDir: tempDir() })).rejects.toThrow(
      `component 'root.big': the download of ${url} is larger than 32 MiB`,
    );
    expect(existsSync(output) ? readdirSync(output) : []).toEqual([]);
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
});

test('a method http server that stops sending mid-body fails at the request bound, naming the component and the input', async () => {
  const { createServer } = await import('node:http');
  // Headers and half a file, then nothing: fetch has returned, the body never ends.
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/yaml', 'content-length': '100' });
    res.write('kind: ConfigMap\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  setNetworkTimeout(1_000);
  try {
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/stalled.yaml`;
    const hld = hldWith(
      `name: root\nsubcomponents:\n  - name: web\n    type: static\n    method: http\n    source: ${url}\n`,
    );
    await expect(generate({ hld, environments: [[]], cacheDir: tempDir() })).rejects.toThrow(
      `component 'root.web': ${url} did not answer within 1 s (input 'request-timeout')`,
    );
  } finally {
    setNetworkTimeout(60_000);
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
});

test('hooks run in the component folder, before and after generating', async () => {
  const hld = hldWith(
    'name: root\nhooks:\n  before-generate:\n    - echo before > hook.log\n  after-generate:\n    - echo after >> hook.log\n',
  );
  await generate({ hld, environments: [[]], cacheDir: tempDir() });
  expect(readFileSync(join(hld, 'hook.log'), 'utf8')).toBe('before\nafter\n');
  writeFileSync(join(hld, 'component.yaml'), "name: root\nhooks:\n  before-generate:\n    - 'exit 3'\n");
  await expect(generate({ hld, environments: [[]], cacheDir: tempDir() })).rejects.toThrow(
    "component 'root': before-generate hook 'exit 3' failed (exit 3)",
  );
});

test('type kustomize renders an overlay with kubectl kustomize', async () => {
  const hld = hldWith('name: root\nsubcomponents:\n  - name: app\n    type: kustomize\n    path: ./overlay\n', {
    'base/kustomization.yaml': 'resources:\n  - cm.yaml\n',
    'base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  a: "1"\n',
    'overlay/kustomization.yaml': 'resources:\n  - ../base\nnamePrefix: prod-\n',
    'config/common.yaml': 'subcomponents:\n  app:\n    namespace: shop\n    injectNamespace: true\n',
  });
  await generate({ hld, environments: [[]], cacheDir: tempDir() });
  expect(readFileSync(join(hld, 'generated/common/app.yaml'), 'utf8')).toBe(
    // Injected documents are re-serialised with sorted keys and end in a blank line, as in Fabrikate.
    '---\napiVersion: v1\ndata:\n  a: "1"\nkind: ConfigMap\nmetadata:\n  name: prod-app\n  namespace: shop\n\n',
  );
});

test('the generate step from the CLI: environments, fab-envs, outputs, usage errors', async () => {
  const src = join(fixtures, 'nested');
  const hld = join(tempDir(), 'hld');
  cpSync(src, hld, { recursive: true });
  // Drop the remote component: this test is about the surface.
  writeFileSync(
    join(hld, 'component.yaml'),
    readFileSync(join(hld, 'component.yaml'), 'utf8').replace(/  - name: monitoring\n(    .*\n)+?(?=  - name)/, ''),
  );
  const r = await runCli([
    'generate',
    '--hld',
    hld,
    '--fab-envs',
    'prod,prod east',
    '--cache-dir',
    tempDir(),
    '--validate',
  ]);
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(
    `output=${join(hld, 'generated')}\nfolders=prod,prod-east\ncomponents=12\nrendered=${r.stdout.match(/rendered=(\d+)/)?.[1]}\n`,
  );
  expect(existsSync(join(hld, 'generated/prod-east/frontend/web.yaml'))).toBe(true);
  const both = await runCli(['generate', '--hld', hld, '--environments', 'prod', '--fab-envs', 'a']);
  expect(both.code).toBe(2);
  expect(both.stderr).toBe("error: inputs 'environments' and 'fab-envs' cannot both be set\n");
});
