// restRequest (lib/scm/rest.ts) is how the Azure DevOps, GitLab and Gitea providers talk to their
// forge: one JSON request bounded in time and size, waits the server asks for, one more try of a
// read after a 5xx (never of a write), answers checked against a shape, and every failure one
// error a user can act on. Against a local server that answers each path as scripted.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RingwayError } from '../../lib/errors.js';
import { setNetworkTimeout } from '../../lib/exec.js';
import { HttpError, restRequest, type RestForge } from '../../lib/scm/rest.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}
let server: Server;
let base = '';
const seen: Seen[] = [];
/** Per path, the answers in turn (the last repeats): status, headers, body (or 'stall': send nothing). */
let script: Record<string, [number, Record<string, string>, string][]> = {};

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      const answers = script[req.url ?? ''] ?? [[404, {}, '{"message":"no such path"}']];
      const n = seen.filter((s) => s.url === req.url).length;
      const [status, headers, text] = answers[Math.min(n, answers.length) - 1];
      if (text === 'stall') return res.writeHead(status, headers); // and nothing more
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(text);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  setNetworkTimeout(60_000);
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});
beforeEach(() => {
  seen.length = 0;
  script = {};
  setNetworkTimeout(60_000);
});

const sleeps: number[] = [];
const forge = (): RestForge => ({
  forge: 'Forge',
  server: `Forge's API at ${base}`,
  headers: { Authorization: 'Bearer tok-3c9e' },
  retry: { attempts: 4, maxWaitMs: 10_000, sleep: async (ms) => void sleeps.push(ms) },
  explain: (what, err) => new RingwayError(`${what}: HTTP ${err.status}: ${err.body}`, { status: err.status }),
});

test('a JSON request with the forge headers; the answer read through its shape', async () => {
  script['/pulls'] = [[201, {}, '{"number": 7, "html_url": "https://forge.test/pulls/7", "extra": true}']];
  const pr = await restRequest<{ number: number }>(
    forge(),
    'open a pull request',
    'POST',
    `${base}/pulls`,
    { title: 't' },
    {
      number: 'number',
      html_url: 'string',
    },
  );
  expect(pr.number).toBe(7);
  expect(seen).toHaveLength(1);
  expect(seen[0].method).toBe('POST');
  expect(seen[0].headers.authorization).toBe('Bearer tok-3c9e');
  expect(seen[0].headers.accept).toBe('application/json');
  expect(seen[0].headers['content-type']).toBe('application/json');
  expect(JSON.parse(seen[0].body)).toEqual({ title: 't' });
});

test('an answer without a field the caller reads is an invalid-answer error naming the server and the field', async () => {
  script['/pulls'] = [[200, {}, '{"number": "seven"}']];
  const err = await restRequest(forge(), 'read a pull request', 'GET', `${base}/pulls`, undefined, {
    number: 'number',
  }).catch((e: RingwayError) => e);
  expect(err).toBeInstanceOf(RingwayError);
  expect((err as RingwayError).kind).toBe('invalid-answer');
  expect((err as RingwayError).message).toContain(`Forge's API at ${base}`);
  expect((err as RingwayError).message).toContain('number');
});

test('a non-2xx answer goes to the provider to explain, with its status and body', async () => {
  script['/pulls'] = [[403, {}, '{"message":"Resource not accessible by integration"}']];
  const err = (await restRequest(forge(), 'open a pull request', 'POST', `${base}/pulls`, {}).catch(
    (e: unknown) => e,
  )) as RingwayError;
  expect(err.message).toBe('open a pull request: HTTP 403: {"message":"Resource not accessible by integration"}');
  expect(err.status).toBe(403);
  expect(seen).toHaveLength(1);
});

test('a read that meets a 5xx is tried again after a pause; a write is not', async () => {
  script['/pulls'] = [
    [502, {}, 'bad gateway'],
    [200, {}, '[]'],
  ];
  sleeps.length = 0;
  await expect(
    restRequest(forge(), 'list pull requests', 'GET', `${base}/pulls`, undefined, [{ number: 'number' }]),
  ).resolves.toEqual([]);
  expect(seen.map((s) => s.method)).toEqual(['GET', 'GET']);
  expect(sleeps).toEqual([500]);

  seen.length = 0;
  script['/merge'] = [
    [502, {}, 'bad gateway'],
    [200, {}, '{}'],
  ];
  await expect(restRequest(forge(), 'merge', 'PUT', `${base}/merge`, { do: 'merge' })).rejects.toThrow(
    'merge: HTTP 502: bad gateway',
  );
  expect(seen).toHaveLength(1);
});

test('a rate limit waits as Retry-After says, then gives up after the attempts with one line', async () => {
  script['/pulls'] = [
    [429, { 'retry-after': '3' }, '{}'],
    [200, {}, '[]'],
  ];
  sleeps.length = 0;
  await restRequest(forge(), 'list pull requests', 'GET', `${base}/pulls`, undefined, [{ number: 'number' }]);
  expect(sleeps).toEqual([3000]);

  seen.length = 0;
  script['/pulls'] = [[429, { 'retry-after': '1' }, '{}']];
  const err = (await restRequest(forge(), 'list pull requests', 'GET', `${base}/pulls`).catch(
    (e: unknown) => e,
  )) as RingwayError;
  expect(err.kind).toBe('rate-limited');
  expect(err.message).toBe('list pull requests: rate limited by the server after 4 attempts; try again later');
  expect(seen).toHaveLength(4);
});

test('a server that does not answer in time: a timeout naming the server and the input that bounds it', async () => {
  setNetworkTimeout(300);
  script['/slow'] = [[200, {}, 'stall']];
  const err = (await restRequest(forge(), 'list pull requests', 'GET', `${base}/slow`).catch(
    (e: unknown) => e,
  )) as RingwayError;
  expect(err.kind).toBe('timeout');
  expect(err.message).toBe(
    `list pull requests: Forge's API at ${base} did not answer within 0.3 s (input 'request-timeout')`,
  );
});

test('a server nobody listens on is unreachable, said with the system error code', async () => {
  const closed = createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((r) => closed.close(r));
  const err = (await restRequest(forge(), 'list pull requests', 'GET', `http://127.0.0.1:${port}/x`).catch(
    (e: unknown) => e,
  )) as RingwayError;
  expect(err.kind).toBe('unreachable');
  expect(err.message).toBe(`list pull requests: cannot reach Forge's API at ${base}: ECONNREFUSED`);
});

test('HttpError keeps what the provider needs to explain an answer', () => {
  const e = new HttpError(404, { 'x-request-id': 'r1' }, 'not found');
  expect([e.message, e.status, e.headers['x-request-id'], e.body]).toEqual(['HTTP 404', 404, 'r1', 'not found']);
});
