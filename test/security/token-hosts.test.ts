import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TrustedHosts } from '../../lib/git/trust.js';
import { runStep } from '../../lib/hosts/run.js';
import { step as gateStep } from '../../lib/steps/gate.js';
import { step as generateStep } from '../../lib/steps/generate.js';
import { Inputs } from '../../lib/steps/inputs.js';
import { step as recordDeployment } from '../../lib/steps/record-deployment.js';
import type { Azurite } from '../../stand-ins/azurite.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';
import { commitFiles, git, tempDir, writeTree } from '../../stand-ins/git.js';
import { startGitHttpServer, type GitHttpServer } from '../../stand-ins/git-http-server.js';
import { RecordingHost } from '../../stand-ins/host.js';

/**
 * Tokens go only to hosts the pipeline author named. A deployment row is written by whoever can
 * write the table: its repository must not steer the gate's git token or forge token elsewhere.
 */

const TOKEN = 'trusted-host-token-5d1c9e';
let azurite: Azurite;
let named: GitHttpServer;
let other: GitHttpServer;

beforeAll(async () => {
  [azurite, named, other] = await Promise.all([
    azuriteForThisWorker(),
    startGitHttpServer({ token: TOKEN }),
    startGitHttpServer({ token: TOKEN }),
  ]);
});
afterAll(async () => {
  await Promise.all([azurite?.stop(), named?.stop(), other?.stop()]);
});

let tables = 0;
const storage = () => ({
  'connection-string': azurite.connectionString,
  'table-name': `trust${++tables}t${Date.now() % 100000}`,
  'partition-key': 'p',
});

/** A deployment of `tag` to dev, manifests pushed to `manifestRepo`, not synced yet. */
async function deployed(
  s: ReturnType<typeof storage>,
  tag: string,
  manifestRepo: string,
  manifestCommit: string,
  sourceRepo = 'https://github.com/contoso/web',
) {
  const host = new RecordingHost();
  const record = (v: Record<string, string>) =>
    recordDeployment.run(Inputs.of(recordDeployment, { ...s, 'fail-on-error': 'true', ...v }), host);
  await record({
    p1: `${tag}-b`,
    'image-tag': tag,
    'commit-id': '1f'.repeat(20),
    service: 'web',
    repository: sourceRepo,
  });
  await record({
    stage: 'hld-updated',
    p2: `${tag}-h`,
    'image-tag': tag,
    env: 'dev',
    service: 'web',
    'hld-commit-id': '3d'.repeat(20),
  });
  await record({ stage: 'manifests-generated', p3: `${tag}-g`, 'hld-commit-id': '3d'.repeat(20) });
  await record({ p3: `${tag}-g`, 'manifest-commit-id': manifestCommit, repository: manifestRepo });
}

async function gate(values: Record<string, string>) {
  const host = new RecordingHost();
  const result = await runStep(gateStep, host, (d) => values[d.name]);
  return { result, host };
}

test('trust: input hosts exactly, trusted-hosts by name (any port) or host:port, github.com implies its API host', () => {
  const t = new TrustedHosts(
    ['http://127.0.0.1:8001/m.git', 'https://github.com/o/r'],
    ['ghe.example.com', '10.0.0.5:8443'],
  );
  expect(t.allows('http://127.0.0.1:8001/other.git')).toBe(true);
  expect(t.allows('http://127.0.0.1:8002/m.git')).toBe(false);
  expect(t.allows('https://api.github.com/repos/o/r')).toBe(true);
  expect(t.allows('https://ghe.example.com:9443/o/r')).toBe(true);
  expect(t.allows('https://10.0.0.5:8443/o/r')).toBe(true);
  expect(t.allows('https://10.0.0.5/o/r')).toBe(false);
  expect(t.allows('https://evil.example.com/o/r')).toBe(false);
  expect(t.allows('git@evil.example.com:o/r.git')).toBe(true); // ssh never carries our token
  expect(() => new TrustedHosts([], ['not a host'])).toThrow("'not a host' is not a host name");
});

test('a row naming a manifest repository on another server: the git token is not sent there, unless trusted-hosts names it', async () => {
  const s = storage();
  const repo = await other.repo(`m-${Date.now()}`, { files: { 'dev/a.yaml': 'a: 1\n' } });
  const pushed = commitFiles(repo.dir, 'main', { 'dev/a.yaml': 'a: 2\n' }, 'deploy');
  git(repo.dir, ['tag', 'flux-sync', pushed]);
  await deployed(s, 'rowhost-1', repo.httpUrl, pushed);

  // The pipeline names its own manifest server; the row points at another one.
  const ask = {
    ...s,
    service: 'web',
    'image-tag': 'rowhost-1',
    'to-ring': 'staging',
    token: TOKEN,
    'checks-repo': named.urlFor('src'),
  };
  const before = other.requests().length;
  const refused = await gate(ask);
  const seen = other.requests().slice(before);
  expect(seen.length).toBeGreaterThan(0); // it was asked, tokenless (a public repository would work)
  expect(seen.filter((r) => r.auth)).toEqual([]);
  expect(refused.result).toMatchObject({
    ok: false,
    message: expect.stringContaining(
      `the token is not sent to 127.0.0.1:${other.port}, a host learnt from the deployment record`,
    ),
  });
  expect(refused.host.output).toContain(`warning: the token is not sent to 127.0.0.1:${other.port}`);

  const trusted = await gate({ ...ask, 'trusted-hosts': `127.0.0.1:${other.port}` });
  expect(trusted.result).toMatchObject({ ok: true, outputs: { decision: 'promote' } });
  expect(
    other
      .requests()
      .slice(before + seen.length)
      .every((r) => r.auth),
  ).toBe(true);
  expect(JSON.stringify([refused, trusted].map((g) => [g.result, g.host.lines, g.host.summaries]))).not.toContain(
    TOKEN,
  );
});

describe('forge token', () => {
  let capture: Server;
  let port = 0;
  const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
  beforeAll(async () => {
    capture = createServer((req, res) => {
      seen.push({ url: req.url ?? '', headers: req.headers });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(req.url?.includes('check-runs') ? '{"total_count":0,"check_runs":[]}' : '[]');
    });
    await new Promise<void>((r) => capture.listen(0, '127.0.0.1', r));
    port = (capture.address() as AddressInfo).port;
  });
  afterAll(async () => {
    capture.closeAllConnections();
    await new Promise((r) => capture.close(r));
  });

  test('a row naming a source repository on another host: no API request carries the token there', async () => {
    const s = storage();
    await deployed(s, 'rowhost-2', 'file:///nonexistent.git', '2e'.repeat(20), `http://127.0.0.1:${port}/contoso/web`);
    const ask = {
      ...s,
      service: 'web',
      'image-tag': 'rowhost-2',
      'to-ring': 'staging',
      token: TOKEN,
      provider: 'github',
      'required-checks': 'build',
      'require-synced': 'false',
    };

    const refused = await gate(ask);
    expect(seen).toEqual([]);
    expect(refused.result).toMatchObject({
      ok: false,
      message: expect.stringContaining(`checks: the token is not sent to 127.0.0.1:${port}`),
    });

    // Positive control: once the author trusts the host, the request (with the token) arrives.
    await gate({ ...ask, 'trusted-hosts': `http://127.0.0.1:${port}` });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((r) => r.headers.authorization?.includes(TOKEN))).toBe(true);
  });
});

/** A server on another loopback address that records who asked, with which Authorization header. */
async function captureServer(address: string): Promise<{ server: Server; port: number; seen: IncomingHttpHeaders[] }> {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="capture"' }).end();
  });
  await new Promise<void>((done) => server.listen(0, address, done));
  return { server, port: (server.address() as AddressInfo).port, seen };
}

test('a URL git reads with another host than a URL parser (backslash before @) is refused, and never trusted for the token', async () => {
  const capture = await captureServer('127.0.0.2');
  try {
    const tricky = `http://127.0.0.1:${named.port}\\@127.0.0.2:${capture.port}/bs.git`;
    // The premise: git itself connects to the host after the '@', not to the trusted one.
    const { execFile } = await import('node:child_process');
    await new Promise((done) =>
      execFile(
        'git',
        ['-c', 'credential.helper=', 'ls-remote', '--', tricky],
        { env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }, timeout: 20000 },
        done,
      ),
    );
    expect(capture.seen.length).toBeGreaterThan(0);

    const trust = new TrustedHosts([], [`127.0.0.1:${named.port}`]);
    expect(trust.allows(`http://127.0.0.1:${named.port}/bs.git`)).toBe(true);
    expect(trust.allows(tricky)).toBe(false);
    expect(trust.allows('https://github.com\\@127.0.0.2/x.git')).toBe(false);
    expect(new TrustedHosts(['https://github.com/o/r']).allows('https://github.com\\@evil.example/x')).toBe(false);
    const { checkRepoUrl } = await import('../../lib/git/validate.js');
    expect(() => checkRepoUrl(tricky, 'manifest-repo')).toThrow(
      /^input 'manifest-repo': .* git would read its host differently from a URL parser/,
    );
    for (const u of [
      'http://0x7f.1/x.git',
      'https://a@b@github.com/x.git',
      'https://%67ithub.com/x.git',
      'https://gïthub.com/x.git',
    ]) {
      expect(() => checkRepoUrl(u, 'hld-repo')).toThrow(/input 'hld-repo'/);
    }
    expect(checkRepoUrl('https://GitHub.com:443/o/r.git', 'hld-repo')).toBe('https://GitHub.com:443/o/r.git');
  } finally {
    capture.server.close();
  }
});

describe('access.yaml (HLD content) never chooses where a secret goes', () => {
  // Variables a runner or the CLI holds while generate runs: the CLI's token input, GitHub's runtime
  // token and job-token input, Azure's mapped System.AccessToken, a mapped GITHUB_TOKEN, and the
  // author's own PAT (allowed for the named server only).
  const secrets: Record<string, string> = {
    RINGWAY_TOKEN: 'cli-token-a11f0e',
    ACTIONS_RUNTIME_TOKEN: 'runtime-token-b22f0e',
    'INPUT_JOB-TOKEN': 'job-token-c33f0e',
    SYSTEM_ACCESSTOKEN: 'system-access-d44f0e',
    GITHUB_TOKEN: 'github-token-e55f0e',
    HLD_PAT: TOKEN,
  };
  const saved = { ...process.env };
  beforeEach(() => Object.assign(process.env, secrets));
  afterEach(() => {
    process.env = { ...saved };
  });

  async function generate(hld: string, accessTokens: string) {
    const host = new RecordingHost();
    const values: Record<string, string> = { hld, 'cache-dir': tempDir(), 'access-tokens': accessTokens };
    const result = await runStep(generateStep, host, (d) => values[d.name]);
    return { result, host, text: JSON.stringify([result, host.lines]) };
  }

  test('an entry naming any variable the author did not allow for that host: no Authorization header reaches it, a warning names file and line', async () => {
    const capture = await captureServer('127.0.0.2');
    try {
      for (const variable of Object.keys(secrets)) {
        const url = `http://127.0.0.2:${capture.port}/${variable.toLowerCase()}.git`;
        const hld = writeTree({
          'component.yaml': `name: root\nsubcomponents:\n  - name: lib\n    method: git\n    source: ${url}\n`,
          'access.yaml': `# tokens of our private components\n${url}: ${variable}\n`,
        });
        const before = capture.seen.length;
        const run = await generate(hld, `HLD_PAT=127.0.0.1:${named.port}`);
        expect(capture.seen.length).toBeGreaterThan(before); // git asked, without a token
        const why =
          variable === 'HLD_PAT'
            ? `the step's input 'access-tokens' allows HLD_PAT only for 127.0.0.1:${named.port}, not for 127.0.0.2:${capture.port}`
            : `the step's input 'access-tokens' does not list ${variable}`;
        expect(run.host.lines).toContain(`warning: access.yaml:2: ${variable} for ${url} is ignored: ${why}`);
        expect(run.result).toMatchObject({
          ok: false,
          message: expect.stringContaining(`(no token was sent: access.yaml:2 names ${variable} for it, but ${why})`),
        });
        for (const value of Object.values(secrets)) expect(run.text).not.toContain(value);
      }
      expect(capture.seen.filter((h) => h.authorization)).toEqual([]);
    } finally {
      capture.server.close();
    }
  });

  test("a fetched remote component's access.yaml cannot send the author's token elsewhere; where the author allowed it, it goes", async () => {
    const capture = await captureServer('127.0.0.2');
    try {
      const elsewhere = `http://127.0.0.2:${capture.port}/stolen.git`;
      const shared = await named.repo(`shared-${Date.now()}`, {
        files: {
          'lib/component.yaml': `name: lib\nsubcomponents:\n  - name: x\n    method: git\n    source: ${elsewhere}\n`,
          'lib/access.yaml': `${elsewhere}: HLD_PAT\n`,
        },
      });
      const hld = writeTree({
        'component.yaml': `name: root\nsubcomponents:\n  - name: shared\n    method: git\n    source: ${shared.httpUrl}\n    path: lib\n`,
        'access.yaml': `${shared.httpUrl}: HLD_PAT\n`,
      });
      const before = named.requests().length;
      const run = await generate(hld, `HLD_PAT=127.0.0.1:${named.port}`);
      // The named server got the token (its repository is private: the fetch worked) ...
      const toNamed = named.requests().slice(before);
      expect(toNamed.length).toBeGreaterThan(0);
      expect(toNamed.every((r) => r.auth)).toBe(true);
      // ... the host the remote component's access.yaml named got none.
      expect(capture.seen.length).toBeGreaterThan(0);
      expect(capture.seen.filter((h) => h.authorization)).toEqual([]);
      expect(run.host.lines).toContain(
        `warning: shared/access.yaml:1: HLD_PAT for ${elsewhere} is ignored: the step's input 'access-tokens' allows HLD_PAT only for 127.0.0.1:${named.port}, not for 127.0.0.2:${capture.port}`,
      );
      expect(run.result).toMatchObject({ ok: false, message: expect.stringContaining("component 'root.shared.x'") });
      expect(run.text).not.toContain(TOKEN);
    } finally {
      capture.server.close();
    }
  });
});
