/**
 * The azure-monitor-logs provider against the Log Analytics stand-in, which checks every request
 * (and its own answers) against Azure's published description (stand-ins/specs/log-analytics):
 * the request shape, tables mapped to series, and every failure the API documents as an error of
 * its kind, never data. Plus the description checker itself: a request it does not allow fails.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { Deadline, withDeadline } from '../../lib/deadline.js';
import { kindOf, RingwayError } from '../../lib/errors.js';
import {
  logAnalyticsEndpoint,
  logAnalyticsSource,
  tableSeries,
  workspaceId,
} from '../../lib/monitoring/log-analytics.js';
import { clearSecrets } from '../../lib/secrets.js';
import { loadLogAnalyticsSpec, startLogAnalytics, type LogAnalytics } from '../../stand-ins/log-analytics.js';
import { checkRequest, checkResponse, checkValue } from '../../stand-ins/rest-spec.js';
import { repoRoot } from '../support/run-bundle.js';

let la: LogAnalytics;
beforeAll(async () => {
  la = await startLogAnalytics();
});
afterAll(async () => {
  clearSecrets();
  await la?.stop();
});
beforeEach(() => la.reset());
// Every request the provider sent, and every answer the stand-in gave, is one the description allows.
afterEach(() => expect(la.violations()).toEqual([]));

const spec = loadLogAnalyticsSpec();
const source = (o: { token?: string; workspace?: string; valueColumn?: string; timeoutMs?: number } = {}) =>
  logAnalyticsSource({
    endpoint: la.url,
    workspace: o.workspace ?? la.workspace,
    token: o.token ?? la.token,
    valueColumn: o.valueColumn,
    timeoutMs: o.timeoutMs ?? 10_000,
  });
const RATIO = `AppRequests
| where AppRoleName == "web" and tostring(Properties.ring) == "staging"
| summarize requests = count(), failureRatio = todouble(countif(Success == false)) / count() by AppRoleName, ring = tostring(Properties.ring)`;
const P99 = RATIO.replace(
  'failureRatio = todouble(countif(Success == false)) / count()',
  'p99 = percentile(DurationMs, 99)',
);
const to = Date.parse('2026-12-07T12:00:00Z');
const from = to - 3_600_000;

const failure = async (p: Promise<unknown>): Promise<RingwayError> => {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof RingwayError)) throw new Error(`expected a RingwayError, got ${String(err)}`);
  return err;
};

describe('queries, as the description allows them', () => {
  test('POST /v1/workspaces/{id}/query with {query, timespan}: one series per row, the value from the last numeric column', async () => {
    la.seed('web', 'staging', { failureRatio: 0.004, requests: 1200 });
    la.seed('web', 'prod', { failureRatio: 0.5 });
    expect(await source().instant(RATIO, to, from)).toEqual([
      {
        labels: { AppRoleName: 'web', ring: 'staging', requests: '1200' },
        points: [{ t: to, v: 0.004 }],
      },
    ]);
    expect(la.queries()).toEqual([
      {
        operationId: 'Query_Execute',
        workspace: la.workspace,
        query: RATIO,
        timespan: '2026-12-07T11:00:00.000Z/2026-12-07T12:00:00.000Z',
        prefer: 'wait=10',
      },
    ]);
  });

  test('value-column names the column compared', async () => {
    la.seed('web', 'staging', { p99Ms: 180, requests: 900 });
    const [s] = await source({ valueColumn: 'requests' }).instant(P99, to, from);
    expect(s).toEqual({ labels: { AppRoleName: 'web', ring: 'staging', p99: '180' }, points: [{ t: to, v: 900 }] });
  });

  test('no rows: no series (the gate calls it inconclusive)', async () => {
    expect(await source().instant(RATIO, to, from)).toEqual([]);
  });

  test('without a window start, no timespan: the query bounds itself', async () => {
    await source().instant(RATIO, to);
    expect(la.queries().at(-1)).not.toHaveProperty('timespan');
  });
});

describe('failures are errors of their kind, never data', () => {
  test.each<[string, Parameters<LogAnalytics['fail']>[0], string, RegExp]>([
    [
      'a KQL error (400)',
      { status: 400 },
      'server',
      /answered HTTP 400 \(BadArgumentError: The request had some invalid properties; SemanticError: 'where' operator: Failed to resolve column/,
    ],
    ['a server error (500)', { status: 500 }, 'server', /answered HTTP 500 \(InternalServerError: /],
    [
      'no read access (403)',
      { status: 403 },
      'forbidden',
      /answered HTTP 403 \(InsufficientAccessError: .*\): the identity may not read this workspace/,
    ],
    ['throttled (429)', { status: 429 }, 'rate-limited', /HTTP 429 \(ThrottledError/],
    [
      'a 200 with a PartialError',
      { partial: true },
      'server',
      /answered a partial result \(PartialError: There were some errors when processing your query\.; E_QUERY_RESULT_SET_TOO_LARGE: /,
    ],
  ])('%s', async (_, f, kind, message) => {
    la.seed('web', 'staging', {});
    la.fail(f);
    const err = await failure(source().instant(RATIO, to, from));
    expect(kindOf(err)).toBe(kind);
    expect(err.message).toMatch(
      /^querying AppRequests \| where AppRoleName == "web" .*: Log Analytics at http:\/\/127\.0\.0\.1:\d+ \(workspace [0-9a-f-]{36}\) /,
    );
    expect(err.message).toMatch(message);
  });

  test('a token the API refuses: unauthorized, with how to get one; the token is in no message', async () => {
    const err = await failure(source({ token: 'expired-token-4d1c' }).instant(RATIO, to, from));
    expect(kindOf(err)).toBe('unauthorized');
    expect(err.message).toMatch(
      /HTTP 401 \(InvalidTokenError: .*\): the token was refused .*az account get-access-token --resource https:\/\/api\.loganalytics\.io/,
    );
    expect(err.message).not.toContain('expired-token-4d1c');
  });

  test('a workspace that is not there: not-found', async () => {
    const err = await failure(source({ workspace: '00000000-0000-0000-0000-000000000001' }).instant(RATIO, to, from));
    expect(kindOf(err)).toBe('not-found');
    expect(err.message).toMatch(/HTTP 404 \(WorkspaceNotFoundError/);
  });

  test('no answer in time: timeout', async () => {
    la.fail({ delayMs: 3000 });
    const err = await failure(source({ timeoutMs: 1000 }).instant(RATIO, to, from));
    expect(kindOf(err)).toBe('timeout');
    expect(err.message).toMatch(/gave no answer within 1s$/);
  });

  test("the step's deadline cuts a query off: the error names input 'timeout'", async () => {
    la.fail({ delayMs: 3000 });
    const src = source({ timeoutMs: 60_000 });
    const err = await failure(withDeadline(new Deadline("step 'gate'", 500), () => src.instant(RATIO, to, from)));
    expect(err.input).toBe('timeout');
    expect(err.message).toMatch(/stopped while waiting for Log Analytics at /);
  });

  test('unreachable: kind unreachable', async () => {
    const closed = await startLogAnalytics();
    await closed.stop();
    const err = await failure(
      logAnalyticsSource({ endpoint: closed.url, workspace: la.workspace, token: 't', timeoutMs: 5000 }).instant(
        RATIO,
        to,
        from,
      ),
    );
    expect(kindOf(err)).toBe('unreachable');
    expect(err.message).toMatch(/is unreachable: ECONNREFUSED/);
  });
});

describe('what the API itself never answers (a proxy in the way)', () => {
  let proxy: Server;
  let reply: (res: import('node:http').ServerResponse) => void = (res) => res.end();
  beforeAll(async () => {
    proxy = createServer((_req, res) => reply(res));
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
  });
  afterAll(() => new Promise((r) => proxy.close(r)));
  const viaProxy = () =>
    logAnalyticsSource({
      endpoint: `http://127.0.0.1:${(proxy.address() as { port: number }).port}`,
      workspace: la.workspace,
      token: la.token,
      timeoutMs: 5000,
    }).instant(RATIO, to, from);

  test('a sign-in page on 200: an invalid answer', async () => {
    reply = (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>sign in</html>');
    const err = await failure(viaProxy());
    expect(kindOf(err)).toBe('invalid-answer');
    expect(err.message).toMatch(/answered in a shape ringway does not know: the body is not JSON$/);
  });

  test('an answer larger than 32 MiB is refused before it is read', async () => {
    reply = (res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(40 << 20) });
      res.write('{"tables": [');
      setTimeout(() => res.destroy(), 2000).unref();
    };
    const err = await failure(viaProxy());
    expect(kindOf(err)).toBe('invalid-answer');
    expect(err.message).toMatch(/the answer of Log Analytics at .* is larger than 32 MiB$/);
  });

  test('a 502 page from a gateway: the status alone, kind server', async () => {
    reply = (res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad Gateway</html>');
    const err = await failure(viaProxy());
    expect(kindOf(err)).toBe('server');
    expect(err.message).toMatch(/answered HTTP 502$/);
  });
});

describe('tables as series', () => {
  const doc = JSON.parse(
    readFileSync(join(repoRoot, 'stand-ins/specs/log-analytics/examples/la-post-example.json'), 'utf8'),
  ) as { parameters: { body: unknown }; responses: { 200: { body: { tables: Parameters<typeof tableSeries>[0][] } } } };
  const table = doc.responses[200].body.tables[0];
  const map = (t = table, column?: string) => tableSeries(t, to, column, 'Log Analytics', 'querying');

  test("the description's own example: numbers sent as text are numbers; the other columns label each row", () => {
    const series = map();
    expect(series.map((s) => s.points[0].v)).toEqual([0.076408, 0.106767]);
    expect(series[0].labels).toMatchObject({ Computer: 'ContosoSQLSrv1', LinkedResourceUri: '', IsBillable: 'true' });
    expect(series[0].labels).not.toHaveProperty('Quantity');
    expect(map(table, 'AvgLatencyInSeconds').map((s) => s.points[0].v)).toEqual([1.286, 1.7]);
  });

  const one = (type: string, cells: unknown[]) => ({
    name: 'PrimaryResult',
    columns: [
      { name: 'AppRoleName', type: 'string' },
      { name: 'v', type },
    ],
    rows: cells.map((c) => ['web', c]),
  });

  test('NaN, ±Infinity (as text) and an empty cell (NaN: inconclusive)', () => {
    const v = map(one('real', ['NaN', 'Infinity', '-Infinity', null, 0.5])).map((s) => s.points[0].v);
    expect(v).toEqual([NaN, Infinity, -Infinity, NaN, 0.5]);
  });

  test.each<[string, Parameters<typeof tableSeries>[0], string | undefined, RegExp]>([
    [
      'a value column that is not there',
      one('real', [1]),
      'ratio',
      /no column 'ratio' \(value-column\); its columns are AppRoleName, v/,
    ],
    ['a value column of text', one('string', ['x']), 'v', /column 'v' of type string, not a number to compare/],
    [
      'no numeric column',
      one('string', ['x']),
      undefined,
      /no numeric column .*; its columns are AppRoleName:string, v:string/,
    ],
    [
      'a cell that is not a number',
      one('real', ['fast']),
      undefined,
      /'fast' in column 'v' of row 1, which is not a number/,
    ],
    [
      'a row shorter than the columns',
      { ...one('real', [1]), rows: [['web']] },
      undefined,
      /row 1 with 1 cells for 2 columns/,
    ],
  ])('%s is an invalid answer', (_, t, column, why) => {
    expect(() => map(t, column)).toThrow(why);
    try {
      map(t, column);
    } catch (err) {
      expect(kindOf(err)).toBe('invalid-answer');
    }
  });
});

describe('the description checker', () => {
  const post = (body: unknown, extra: Partial<Parameters<typeof checkRequest>[1]> = {}) =>
    checkRequest(spec, {
      method: 'POST',
      path: '/v1/workspaces/63613592-b6f7-4c3d-a390-22ba13102111/query',
      query: new URLSearchParams(),
      headers: { 'content-type': 'application/json' },
      body,
      ...extra,
    }).faults;

  test("the description's example request and answer are allowed", () => {
    expect(post(doc().parameters.body)).toEqual([]);
    const matched = checkRequest(spec, {
      method: 'POST',
      path: '/v1/workspaces/x/query',
      query: new URLSearchParams(),
      headers: {},
      body: undefined,
    }).matched;
    expect(matched?.operationId).toBe('Query_Execute');
    expect(checkResponse(spec, matched!, 200, doc().responses[200].body)).toEqual([]);
  });

  test.each<[string, () => string[], RegExp]>([
    ['no query', () => post({ timespan: 'PT1H' }), /body\.query: is required/],
    [
      'a timespan that is not text',
      () => post({ query: 'x', timespan: 3600 }),
      /body\.timespan: is number, not string/,
    ],
    [
      'workspaces that are not a list',
      () => post({ query: 'x', workspaces: 'a,b' }),
      /body\.workspaces: is string, not array/,
    ],
    ['no body', () => post(undefined), /a JSON body is required/],
    [
      'a query parameter POST does not take',
      () => post({ query: 'x' }, { query: new URLSearchParams('timespan=PT1H') }),
      /unknown query parameter 'timespan'/,
    ],
    [
      'a form body',
      () => post({ query: 'x' }, { headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
      /content type .* is not one of application\/json/,
    ],
    [
      'a path the API does not have',
      () => post({ query: 'x' }, { path: '/v1/workspaces/x/queries' }),
      /no path of the description matches/,
    ],
    [
      'outside the base path',
      () => post({ query: 'x' }, { path: '/workspaces/x/query' }),
      /not under the API's base path \/v1/,
    ],
    [
      'a method the path does not have',
      () => post({ query: 'x' }, { method: 'DELETE' }),
      /DELETE is not an operation of \/workspaces\/\{workspaceId\}\/query/,
    ],
    [
      'GET without its required query parameter',
      () => post(undefined, { method: 'GET' }),
      /query parameter 'query' is required/,
    ],
  ])('%s is refused', (_, faults, why) => {
    expect(faults().join('\n')).toMatch(why);
  });

  test('an answer of another shape is a fault of the stand-in, not allowed through', () => {
    expect(
      checkValue(
        spec,
        { $ref: '#/definitions/queryResults' },
        { tables: [{ name: 'x', columns: [{ name: 'a', type: 'number' }], rows: [] }] },
        'answer',
      ),
    ).toEqual([
      'answer.tables[0].columns[0].type: "number" is not one of bool, datetime, dynamic, int, long, real, string, guid, decimal, timespan',
    ]);
  });

  test('a request the description does not allow is answered 400 and fails the test that sent it', async () => {
    const res = await fetch(`${la.url}/v1/workspaces/${la.workspace}/query`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${la.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ kql: 'AppRequests' }),
    });
    expect(res.status).toBe(400);
    // Taken back, so this test's own afterEach passes; any other test sending it would fail.
    expect(la.takeViolations()).toEqual(['POST Query_Execute: body.query: is required']);
  });

  function doc() {
    return JSON.parse(
      readFileSync(join(repoRoot, 'stand-ins/specs/log-analytics/examples/la-post-example.json'), 'utf8'),
    ) as { parameters: { body: unknown }; responses: { 200: { body: unknown } } };
  }
});

describe('settings', () => {
  test.each([
    ['http://api.loganalytics.io', /is not an https URL/],
    ['https://user:pw@api.loganalytics.io', /carries credentials/],
    ['https://api.loganalytics.io/v1', /must be a bare origin/],
    ['not a url', /is not a URL/],
  ])('endpoint %s is refused', (url, why) => {
    expect(() => logAnalyticsEndpoint(url)).toThrow(why);
  });
  test('sovereign clouds and this machine are endpoints', () => {
    expect(logAnalyticsEndpoint('https://api.loganalytics.azure.cn').origin).toBe('https://api.loganalytics.azure.cn');
    expect(logAnalyticsEndpoint('http://127.0.0.1:8080/').origin).toBe('http://127.0.0.1:8080');
  });
  test('a workspace is its ID, not its name', () => {
    expect(() => workspaceId('fabrikam-logs')).toThrow(/'fabrikam-logs' is not a workspace ID \(a GUID/);
    expect(workspaceId(' 63613592-B6F7-4C3D-A390-22BA13102111 ')).toBe('63613592-b6f7-4c3d-a390-22ba13102111');
  });
});
