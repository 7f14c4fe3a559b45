import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkRequest, checkResponse, type Matched, type Spec } from './rest-spec.js';

/**
 * A Log Analytics query API on 127.0.0.1 for tests. Every request is checked against Azure's
 * published description (specs/log-analytics/, azure-rest-api-specs' operationalinsights
 * data-plane, stable 2022-10-27) before it is answered, and every answer against its documented
 * response schema: what does not match is answered 400 and kept in `violations()`, which a test
 * asserts empty. Answers are `queryResults` tables (columns and rows) from data the test seeds.
 *
 * It does not run KQL. It reads from a query what the docs' examples (docs/gate.md) write:
 * - the rows: the seeded service/ring pairs whose service and ring both appear as string
 *   literals in the query (`AppRoleName == "web"`, `tostring(Properties.ring) == "staging"`);
 * - the columns: `AppRoleName` and `ring` (strings), `requests` (long), then one real column named
 *   by the alias the query gives `percentile(DurationMs, …)` (the seeded p99, in ms) or the
 *   `countif(Success == false)` ratio (the seeded failure ratio): the shape of
 *   `summarize requests = count(), <alias> = … by AppRoleName, ring = tostring(Properties.ring)`.
 */
export interface Traffic {
  requests: number;
  failureRatio: number;
  p99Ms: number;
}

/** How the next matching requests fail. */
export interface ScriptedFailure {
  /** HTTP status answered with the API's error body (400 is a KQL semantic error). */
  status?: number;
  /** A 200 that carries tables and a PartialError. */
  partial?: boolean;
  /** Answer this much later (the client's timeout is what a test exercises). */
  delayMs?: number;
  /** Only requests whose query contains this text; default every one. */
  match?: string;
  /** How many requests it applies to (default all of them). */
  times?: number;
}

export interface RecordedQuery {
  operationId: string;
  workspace: string;
  query: string;
  timespan?: string;
  prefer?: string;
}

export interface LogAnalytics {
  /** The API root (the endpoint input): `/v1/workspaces/{id}/query` is under it. */
  url: string;
  workspace: string;
  token: string;
  /** The traffic of a service in a ring, from now on. */
  seed(service: string, ring: string, t: Partial<Traffic>): void;
  fail(f: ScriptedFailure): void;
  /** Seeded data and failures cleared; recorded queries and violations kept. */
  reset(): void;
  queries(): RecordedQuery[];
  /** Requests or answers the description does not allow, one line each. */
  violations(): string[];
  /** The violations so far, cleared (for a test that sends a bad request on purpose). */
  takeViolations(): string[];
  stop(): Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));
export const LOG_ANALYTICS_SPEC = join(here, 'specs/log-analytics/OperationalInsights.json');
export const loadLogAnalyticsSpec = (): Spec => JSON.parse(readFileSync(LOG_ANALYTICS_SPEC, 'utf8')) as Spec;

/** ISO 8601 as the description says `timespan` is: a duration (PT1H), or start/end, start/duration, duration/end. */
const DURATION =
  /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;
export function isTimespan(text: string): boolean {
  const instant = (s: string) =>
    /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(s) && !Number.isNaN(Date.parse(s));
  const parts = text.split('/');
  if (parts.length === 1) return DURATION.test(text);
  if (parts.length !== 2) return false;
  const [a, b] = parts;
  if (instant(a) && instant(b)) return Date.parse(a) <= Date.parse(b);
  return (instant(a) && DURATION.test(b)) || (DURATION.test(a) && instant(b));
}

const ERRORS: Record<number, { code: string; message: string; innererror?: { code: string; message: string } }> = {
  400: {
    code: 'BadArgumentError',
    message: 'The request had some invalid properties',
    innererror: {
      code: 'SemanticError',
      message: "'where' operator: Failed to resolve column or scalar expression named 'Sucess'",
    },
  },
  401: { code: 'InvalidTokenError', message: 'The provided authentication is not valid for this resource' },
  403: {
    code: 'InsufficientAccessError',
    message: 'The provided credentials have insufficient access to perform the requested operation',
  },
  404: { code: 'WorkspaceNotFoundError', message: 'The workspace could not be found' },
  429: { code: 'ThrottledError', message: 'Your request was throttled: too many requests' },
  500: { code: 'InternalServerError', message: 'An unexpected error occurred' },
  503: { code: 'ServiceUnavailableError', message: 'The service is unavailable' },
};

export async function startLogAnalytics(opts: { token?: string; workspace?: string } = {}): Promise<LogAnalytics> {
  const spec = loadLogAnalyticsSpec();
  const token = opts.token ?? 'la-token-6f2d9e41';
  const workspace = opts.workspace ?? '5c0f8b8e-2d4a-4f53-9a61-0c3f6f1e7a20';
  let traffic = new Map<string, Traffic & { service: string; ring: string }>();
  let failures: ScriptedFailure[] = [];
  const recorded: RecordedQuery[] = [];
  const violations: string[] = [];
  const sockets = new Set<import('node:net').Socket>();

  const send = (res: ServerResponse, matched: Matched | undefined, status: number, body: unknown) => {
    if (matched) for (const f of checkResponse(spec, matched, status, body)) violations.push(`answer: ${f}`);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  const error = (status: number) => ({ error: ERRORS[status] ?? { code: 'Error', message: `HTTP ${status}` } });

  async function handle(req: IncomingMessage, res: ServerResponse, raw: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body: unknown;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        violations.push(`${req.method} ${url.pathname}: the body is not JSON`);
        return send(res, undefined, 400, error(400));
      }
    }
    const { matched, faults } = checkRequest(spec, {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
    });
    const b = (body ?? {}) as { query?: string; timespan?: string };
    if (matched?.operationId === 'Query_Execute' && typeof b.timespan === 'string' && !isTimespan(b.timespan))
      faults.push(`Query_Execute: body.timespan '${b.timespan}' is not an ISO 8601 time period`);
    // The description's security: an Entra (oauth2) bearer token on every request.
    const auth = req.headers.authorization;
    if (!auth?.startsWith('Bearer '))
      faults.push(`${req.method} ${url.pathname}: no bearer token (the description's oauth2 security)`);
    if (faults.length || !matched) {
      violations.push(...faults);
      return send(res, undefined, 400, {
        error: {
          code: 'BadArgumentError',
          message: `request does not match the API description: ${faults.join('; ')}`,
        },
      });
    }
    if (matched.operationId !== 'Query_Execute') return send(res, matched, 404, error(404));
    if (auth !== `Bearer ${token}`) return send(res, matched, 401, error(401));
    const ws = matched.params.workspaceId;
    if (ws.toLowerCase() !== workspace) return send(res, matched, 404, error(404));
    const query = String(b.query);
    recorded.push({
      operationId: matched.operationId,
      workspace: ws,
      query,
      ...(b.timespan ? { timespan: b.timespan } : {}),
      ...(typeof req.headers.prefer === 'string' ? { prefer: req.headers.prefer } : {}),
    });
    const f = failures.find((x) => (x.times === undefined || x.times > 0) && (!x.match || query.includes(x.match)));
    if (f) {
      if (f.times !== undefined) f.times--;
      if (f.delayMs) await new Promise((r) => setTimeout(r, f.delayMs).unref());
      if (f.status) return send(res, matched, f.status, error(f.status));
    }
    const tables = [answer(query)];
    if (f?.partial)
      return send(res, matched, 200, {
        tables,
        error: {
          code: 'PartialError',
          message: 'There were some errors when processing your query.',
          details: [{ code: 'EngineError', message: 'Query result set has exceeded the internal data size limit' }],
          innererror: {
            code: 'E_QUERY_RESULT_SET_TOO_LARGE',
            message: 'Query result set has exceeded the internal data size limit',
          },
        },
      });
    return send(res, matched, 200, { tables });
  }

  function answer(query: string) {
    const literals = new Set([...query.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1] ?? m[2]));
    const p99 = /(\w+)\s*=\s*percentile\s*\(\s*DurationMs/.exec(query);
    const ratio = /(\w+)\s*=\s*todouble\s*\(\s*countif\s*\(\s*Success\s*==\s*false\s*\)\s*\)/.exec(query);
    const value = p99?.[1] ?? ratio?.[1] ?? 'failureRatio';
    const rows = [...traffic.values()]
      .filter((t) => literals.has(t.service) && literals.has(t.ring))
      .map((t) => [t.service, t.ring, t.requests, p99 ? t.p99Ms : t.failureRatio]);
    return {
      name: 'PrimaryResult',
      columns: [
        { name: 'AppRoleName', type: 'string' },
        { name: 'ring', type: 'string' },
        { name: 'requests', type: 'long' },
        { name: value, type: 'real' },
      ],
      rows,
    };
  }

  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (raw += c));
    req.on('end', () => {
      handle(req, res, raw).catch((err: unknown) => {
        violations.push(`stand-in failed: ${String(err)}`);
        res.writeHead(500).end();
      });
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    url,
    workspace,
    token,
    seed(service, ring, t) {
      const key = `${service}\n${ring}`;
      const was = traffic.get(key) ?? { service, ring, requests: 1000, failureRatio: 0, p99Ms: 80 };
      traffic.set(key, { ...was, ...t });
    },
    fail(f) {
      failures.push({ ...f });
    },
    reset() {
      traffic = new Map();
      failures = [];
    },
    queries: () => [...recorded],
    violations: () => [...violations],
    takeViolations: () => violations.splice(0),
    stop: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
