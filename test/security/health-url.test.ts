import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runStep } from '../../lib/hosts/run.js';
import { evaluateGate, type GateQuestion } from '../../lib/promotion/evaluate.js';
import { ringPair } from '../../lib/promotion/rings.js';
import { redact } from '../../lib/secrets.js';
import { step as gateStep } from '../../lib/steps/gate.js';
import { RecordingHost } from '../../stand-ins/host.js';

/** A health URL's userinfo and key parameters never show: not in details, reasons, logs or errors. */
const PASSWORD = 'pw-secret-81f3';
const KEY = 'fnkey-secret-27c4';

let server: Server;
let port = 0;
const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    res.writeHead(req.url?.startsWith('/down') ? 503 : 200);
    res.end('ok v2');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

function question(urls: string[]): GateQuestion {
  return {
    service: 'web',
    imageTag: 'v2',
    pair: ringPair(['dev', 'staging'], 'dev', 'staging'),
    soakMs: 0,
    requireSynced: false,
    manifestRepo: '',
    syncTag: 'flux-sync',
    requiredChecks: [],
    checksCommit: 'source',
    checksRepo: '',
    requiredApprovals: 0,
    hldRepo: '',
    healthUrls: urls,
    healthExpect: '',
    healthTimeoutMs: 5000,
  } as GateQuestion;
}
const deps = {
  rowsForTag: async () => [],
  signals: () => {
    throw new Error('unused');
  },
  syncTag: async () => ({ tagCommit: '', applied: false }),
  now: () => Date.now(),
};

test('credentials become a Basic header; the detail and reason show scheme, host and path only', async () => {
  const ok = `http://probe:${PASSWORD}@127.0.0.1:${port}/health?code=${KEY}`;
  const down = `http://probe:${PASSWORD}@127.0.0.1:${port}/down?code=${KEY}`;
  const gone = createServer();
  await new Promise<void>((r) => gone.listen(0, '127.0.0.1', r));
  const closedPort = (gone.address() as AddressInfo).port;
  await new Promise((r) => gone.close(r));
  const closed = `http://probe:${PASSWORD}@127.0.0.1:${closedPort}/h?code=${KEY}`;
  const answer = await evaluateGate(question([ok, down, closed]), deps as never);
  const health = answer.conditions.find((c) => c.name === 'health');
  expect(health?.detail).toContain(`http://127.0.0.1:${port}/down answered HTTP 503`);
  expect(health?.detail).toContain(`http://127.0.0.1:${closedPort}/h unreachable: ECONNREFUSED`);
  const text = JSON.stringify(answer);
  expect(text).not.toContain(PASSWORD);
  expect(text).not.toContain(KEY);
  expect(seen.find((r) => r.url.startsWith('/health'))?.headers.authorization).toBe(
    `Basic ${Buffer.from(`probe:${PASSWORD}`).toString('base64')}`,
  );
  expect(seen.find((r) => r.url.startsWith('/health'))?.url).toBe(`/health?code=${KEY}`);
});

test('a bad health-url is refused with a line that names the input but not its secrets', async () => {
  const host = new RecordingHost();
  const r = await runStep(
    gateStep,
    host,
    (d) =>
      ({
        service: 'web',
        'image-tag': 'v2',
        'to-ring': 'staging',
        'connection-string': 'UseDevelopmentStorage=true',
        'table-name': 'deployments',
        'partition-key': 'p',
        'health-url': `ftp://probe:${PASSWORD}@h.example/x?code=${KEY}`,
      })[d.name as 'service'],
  );
  expect(r).toMatchObject({
    ok: false,
    usage: true,
    message: "input 'health-url': 'ftp://h.example/x' is not an http(s) URL",
  });
  expect(JSON.stringify([r, host.lines])).not.toMatch(new RegExp(`${PASSWORD}|${KEY}`));
});

test('a plain health URL stays readable after one with a key was probed', async () => {
  await evaluateGate(question([`http://127.0.0.1:${port}/down?code=${KEY}`]), deps as never);
  const answer = await evaluateGate(question([`http://127.0.0.1:${port}/down`]), deps as never);
  // The reject comes first in the reason (the table here records nothing: 'deployed' is an error after it).
  expect(redact(answer.reason)).toMatch(new RegExp(`^health: http://127\\.0\\.0\\.1:${port}/down answered HTTP 503; `));
});
