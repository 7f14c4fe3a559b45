/**
 * The Prometheus provider against a real Prometheus (Debian's package) behind its own Basic auth,
 * and against a recording server for what Prometheus itself does not check (a bearer token,
 * custom headers) or never answers (a proxy's page, a shape from another API).
 */
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { Deadline, withDeadline } from '../../lib/deadline.js';
import { kindOf, RingwayError } from '../../lib/errors.js';
import { prometheusSource } from '../../lib/monitoring/prometheus.js';
import { clearSecrets, redact } from '../../lib/secrets.js';
import { spawnListening, stopByPid } from '../../stand-ins/process.js';
import { startPrometheus, type Prometheus } from '../../stand-ins/prometheus.js';
import { repoRoot } from '../support/run-bundle.js';

const USER = { name: 'gate', password: 'prom-pass-8d1f4c' };
const TOKEN = 'prom-token-3b9e7a21';
let prometheus: Prometheus;
let recorder: Server;
let recorderUrl: string;
let silent: ChildProcess;
let silentUrl: string;
/** What the recording server answers next, and the headers it was sent. */
let reply: { status: number; body: string } | ((res: ServerResponse) => void) = { status: 200, body: '' };
let seen: IncomingHttpHeaders = {};

beforeAll(async () => {
  prometheus = await startPrometheus([], { user: USER });
  recorder = createServer((req, res) => {
    seen = req.headers;
    if (typeof reply === 'function') return reply(res);
    res.writeHead(reply.status, { 'content-type': 'application/json' });
    res.end(reply.body);
  });
  await new Promise<void>((r) => recorder.listen(0, '127.0.0.1', r));
  recorderUrl = `http://127.0.0.1:${(recorder.address() as { port: number }).port}/prometheus`;
  const s = await spawnListening(process.execPath, [join(repoRoot, 'stand-ins/silent-server.mjs')]);
  silent = s.child;
  silentUrl = `http://127.0.0.1:${s.port}`;
}, 90_000);
afterAll(async () => {
  clearSecrets();
  await Promise.all([prometheus?.stop(), new Promise((r) => recorder?.close(r)), silent && stopByPid(silent)]);
});

const real = (password = USER.password) =>
  prometheusSource({ url: prometheus.url, username: USER.name, password, timeoutMs: 10_000 });
const failure = async (p: Promise<unknown>): Promise<RingwayError> => {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof RingwayError)) throw new Error(`expected a RingwayError, got ${String(err)}`);
  return err;
};

describe('a real Prometheus', () => {
  const now = Date.now();

  test('scalars, +Inf and NaN come back as numbers', async () => {
    const src = real();
    expect(await src.instant('1/0', now)).toEqual([{ labels: {}, points: [{ t: now, v: Infinity }] }]);
    const [nan] = await src.instant('0/0', now);
    expect(nan.points[0].v).toBeNaN();
    expect(await src.instant('label_replace(vector(0.25), "code", "500", "", "")', now)).toEqual([
      { labels: { code: '500' }, points: [{ t: now, v: 0.25 }] },
    ]);
  });

  test('a range query gives one point per step, both ends included', async () => {
    const t = Math.floor(now / 1000) * 1000;
    const [s] = await real().range('vector(2)', t - 4000, t, 2000);
    expect(s.points).toEqual([2, 1, 0].map((i) => ({ t: t - i * 2000, v: 2 })));
  });

  test("a bad query: HTTP 400 with Prometheus's own reason (kind server)", async () => {
    const err = await failure(real().instant('sum(rate(x[5m])', now));
    expect(err.status).toBe(400);
    expect(kindOf(err)).toBe('server');
    expect(err.message).toMatch(
      /^querying sum\(rate\(x\[5m\]\): Prometheus at http:\/\/127\.0\.0\.1:\d+ answered HTTP 400 \(bad_data: /,
    );
  });

  test('a string result is not a number to compare', async () => {
    const err = await failure(real().instant('"up"', now));
    expect(kindOf(err)).toBe('invalid-answer');
    expect(err.message).toMatch(/answered a string result/);
  });

  test('a wrong password: unauthorized, and the password is never in the message', async () => {
    const err = await failure(real('wrong-password-77').instant('1', now));
    expect(kindOf(err)).toBe('unauthorized');
    expect(err.message).not.toContain('wrong-password-77');
    expect(redact(`x ${Buffer.from(`${USER.name}:wrong-password-77`).toString('base64')}`)).toBe('x ***');
  });
});

describe('what Prometheus itself does not check', () => {
  const src = () =>
    prometheusSource({
      url: recorderUrl,
      token: TOKEN,
      headers: { 'X-Scope-OrgID': 'tenant-a' },
      timeoutMs: 10_000,
    });
  const vector = (value: unknown) =>
    JSON.stringify({ status: 'success', data: { resultType: 'vector', result: [{ metric: {}, value }] } });

  test('a bearer token and custom headers are sent, under the API root given', async () => {
    reply = { status: 200, body: vector([1765000000, '0.5']) };
    expect(await src().instant('up', 1765000000000)).toEqual([{ labels: {}, points: [{ t: 1765000000000, v: 0.5 }] }]);
    expect(seen.authorization).toBe(`Bearer ${TOKEN}`);
    expect(seen['x-scope-orgid']).toBe('tenant-a');
    expect(redact(`token ${TOKEN}`)).toBe('token ***');
  });

  test.each([
    ['a proxy page', { status: 200, body: '<html>sign in</html>' }, /the body is not JSON/],
    [
      'a value that is a number, not text',
      { status: 200, body: vector([1765000000, 0.5]) },
      /is not \[time, "value"\]/,
    ],
    [
      'a value that is not a number',
      { status: 200, body: vector([1765000000, 'fast']) },
      /the value 'fast', which is not a number/,
    ],
    [
      'status error on 200',
      { status: 200, body: JSON.stringify({ status: 'error', data: { resultType: 'vector', result: [] } }) },
      /status 'error'/,
    ],
  ])('%s is an invalid answer', async (_, answer, why) => {
    reply = answer;
    const err = await failure(src().instant('up', Date.now()));
    expect(kindOf(err)).toBe('invalid-answer');
    expect(err.message).toMatch(why);
  });

  test('an answer larger than 32 MiB is refused before it is read', async () => {
    reply = (res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(40 << 20) });
      res.write('{"status": "success", ');
      setTimeout(() => res.destroy(), 2000).unref();
    };
    const err = await failure(src().instant('up', Date.now()));
    expect(kindOf(err)).toBe('invalid-answer');
    expect(err.message).toMatch(/the answer of Prometheus at .* is larger than 32 MiB$/);
  });

  test('an answer that grows past 32 MiB without announcing its length is cut off and refused', async () => {
    reply = (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(1 << 20, 0x20);
      let sent = 0;
      // 40 MiB in all, written as the client reads it.
      const more = () => {
        while (sent < 40) {
          sent++;
          if (!res.write(chunk)) return res.once('drain', more);
        }
        res.end();
      };
      more();
    };
    const err = await failure(src().instant('up', Date.now()));
    expect(kindOf(err)).toBe('invalid-answer');
    expect(err.message).toMatch(/is larger than 32 MiB$/);
  });

  test('no answer in time: kind timeout', async () => {
    const err = await failure(prometheusSource({ url: silentUrl, timeoutMs: 1000 }).instant('up', Date.now()));
    expect(kindOf(err)).toBe('timeout');
    expect(err.message).toMatch(/gave no answer within 1s/);
  });

  test("the step's deadline cuts a request off before the query's own timeout: the error names input 'timeout'", async () => {
    const src = prometheusSource({ url: silentUrl, timeoutMs: 60_000 });
    const err = await failure(withDeadline(new Deadline("step 'gate'", 500), () => src.instant('up', Date.now())));
    expect(err.input).toBe('timeout');
    expect(err.message).toBe(
      `step 'gate' did not finish within 500ms (input 'timeout'): stopped while waiting for Prometheus at ${silentUrl}`,
    );
  });
});
