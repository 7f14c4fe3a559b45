import { checkAnswer, readAnswer, type Shape } from '../answer.js';
import { currentDeadline } from '../deadline.js';
import { errorMessage, RingwayError, statusKind, UsageError } from '../errors.js';
import { formatDuration } from '../duration.js';
import { MAX_ANSWER_BYTES, readBody } from '../limits.js';
import { registerSecret } from '../secrets.js';
import type { MetricSource, Series } from './series.js';

/**
 * The Prometheus HTTP API (`/api/v1/query`, `/api/v1/query_range`), as Prometheus, Thanos, Mimir,
 * VictoriaMetrics, Grafana Cloud and Azure Monitor's managed Prometheus answer it.
 */
export interface PrometheusOptions {
  /** API root: the URL `/api/v1/query` is appended to (https://prometheus.example, …/prometheus). */
  url: string;
  /** Bearer token (Azure Monitor managed Prometheus, Grafana Cloud access policies). */
  token?: string;
  /** Basic auth (a user and a password or API key). */
  username?: string;
  password?: string;
  /** More request headers (X-Scope-OrgID for Mimir, …). */
  headers?: Record<string, string>;
  /** How long one request may take, body included. */
  timeoutMs: number;
}

/** The API root, checked: http(s), no credentials (they go in the token or password, which are secrets). */
export function prometheusUrl(url: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UsageError(`'${url}' is not a URL`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new UsageError(`'${url}' is not an http(s) URL`);
  if (u.username || u.password)
    throw new UsageError(`the Prometheus URL carries credentials: give them as the token or the user and password`);
  if (u.search || u.hash)
    throw new UsageError(`the Prometheus URL '${u.origin}${u.pathname}' must have no query or fragment`);
  return u;
}

/** `Name: value` or `Name=value` lines → headers; each value is a secret (it may be a key). */
export function parseHeaders(lines: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [i, line] of lines.entries()) {
    const m = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*[:=]\s*(.*)$/.exec(line.trim());
    // Named by its place only: a line without a name may be a bare key.
    if (!m || !m[2]) throw new UsageError(`header ${i + 1} is not 'Name: value'`);
    if (/^(authorization|host|content-length)$/i.test(m[1]))
      throw new UsageError(`header ${m[1]} is set by ringway (give a token or a user and password instead)`);
    registerSecret(m[2]);
    out[m[1]] = m[2];
  }
  return out;
}

const RESULT: Shape = { status: 'string', data: { resultType: 'string', result: 'unknown' } };
const VECTOR: Shape = [{ metric: { '*': 'string' }, value: ['unknown'] }];
const MATRIX: Shape = [{ metric: { '*': 'string' }, values: [['unknown']] }];
const ERROR: Shape = { status: 'string', errorType: 'string?', error: 'string?' };

export function prometheusSource(o: PrometheusOptions): Required<MetricSource> {
  const root = prometheusUrl(o.url);
  registerSecret(o.token);
  registerSecret(o.password);
  const server = `Prometheus at ${root.origin}${root.pathname.replace(/\/$/, '')}`;
  const headers: Record<string, string> = { Accept: 'application/json', ...o.headers };
  if (o.token) headers.Authorization = `Bearer ${o.token}`;
  else if (o.username || o.password) {
    // The encoded pair is as secret as the password: hidden wherever it might be printed.
    const pair = Buffer.from(`${o.username ?? ''}:${o.password ?? ''}`).toString('base64');
    registerSecret(pair);
    headers.Authorization = `Basic ${pair}`;
  }

  async function get(api: string, params: Record<string, string>, doing: string): Promise<unknown> {
    const url = new URL(`${root.pathname.replace(/\/$/, '')}/api/v1/${api}`, root);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    // Prometheus gives up on its own a little before we do, and says why.
    url.searchParams.set('timeout', `${Math.max(1, Math.floor(o.timeoutMs / 1000))}s`);
    let res: Response;
    let text: string;
    const deadline = currentDeadline();
    const timedOut = (cause?: unknown) =>
      new RingwayError(`${doing}: ${server} gave no answer within ${formatDuration(o.timeoutMs)}`, {
        kind: 'timeout',
        cause,
      });
    try {
      // One deadline for the answer and its body: a server that sends headers and then stalls is no answer either.
      // The step's own deadline (input 'timeout') cuts a request off too.
      const timeout = AbortSignal.timeout(o.timeoutMs);
      res = await fetch(url, {
        headers,
        signal: deadline ? AbortSignal.any([timeout, deadline.signal]) : timeout,
        redirect: 'error',
      });
      // Capped like every other answer: a proxy's endless page is refused, not held in memory.
      text = (
        await readBody(res, MAX_ANSWER_BYTES, `${doing}: the answer of ${server}`, () =>
          deadline?.signal.aborted ? deadline.error(server) : timedOut(),
        )
      ).toString('utf8');
    } catch (err) {
      const e = err as { name?: string; cause?: { code?: string } };
      if (deadline?.signal.aborted) throw deadline.error(server);
      if (err instanceof RingwayError) throw err;
      if (e.name === 'TimeoutError') throw timedOut(err);
      throw new RingwayError(`${doing}: ${server} is unreachable: ${e.cause?.code ?? errorMessage(err)}`, {
        kind: 'unreachable',
        cause: err,
      });
    }
    if (!res.ok) {
      // Prometheus explains a bad query (400 bad_data, 422 execution, 503 timeout) in JSON; a proxy may not.
      let why = `HTTP ${res.status}`;
      try {
        const body = checkAnswer<{ errorType?: string; error?: string }>(JSON.parse(text), ERROR, server, doing);
        if (body.error) why += ` (${body.errorType ? `${body.errorType}: ` : ''}${body.error.split('\n')[0]})`;
      } catch {
        /* not Prometheus's own error body: the status says enough */
      }
      throw new RingwayError(`${doing}: ${server} answered ${why}`, {
        kind: statusKind(res.status),
        status: res.status,
      });
    }
    const body = readAnswer<{ status: string; data: { resultType: string; result: unknown } }>(
      text,
      RESULT,
      server,
      doing,
    );
    if (body.status !== 'success')
      throw new RingwayError(`${doing}: ${server} answered status '${body.status}'`, { kind: 'invalid-answer' });
    return seriesOf(body.data, server, doing);
  }

  return {
    instant: (query, atMs) =>
      get('query', { query, time: seconds(atMs) }, `querying ${oneLine(query)}`) as Promise<Series[]>,
    range: (query, startMs, endMs, stepMs) =>
      get(
        'query_range',
        { query, start: seconds(startMs), end: seconds(endMs), step: `${stepMs / 1000}s` },
        `querying ${oneLine(query)} over a range`,
      ) as Promise<Series[]>,
  };
}

const seconds = (ms: number) => String(ms / 1000);
const oneLine = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 120 ? `${t.slice(0, 117)}...` : t;
};

/** The answer's data as series: a vector or a matrix by series, a scalar as one unlabelled series. */
function seriesOf(data: { resultType: string; result: unknown }, server: string, doing: string): Series[] {
  const point = (p: unknown[], at: string): { t: number; v: number } => {
    const [t, v] = p;
    if (p.length !== 2 || typeof t !== 'number' || typeof v !== 'string')
      throw new RingwayError(
        `${doing}: ${server} answered in a shape ringway does not know: ${at} is not [time, "value"]`,
        {
          kind: 'invalid-answer',
        },
      );
    return { t: Math.round(t * 1000), v: sampleValue(v, server, doing) };
  };
  switch (data.resultType) {
    case 'vector':
      return checkAnswer<{ metric: Record<string, string>; value: unknown[] }[]>(
        data.result,
        VECTOR,
        server,
        doing,
      ).map((s, i) => ({ labels: s.metric, points: [point(s.value, `data.result[${i}].value`)] }));
    case 'matrix':
      return checkAnswer<{ metric: Record<string, string>; values: unknown[][] }[]>(
        data.result,
        MATRIX,
        server,
        doing,
      ).map((s, i) => ({
        labels: s.metric,
        points: s.values.map((p, j) => point(p, `data.result[${i}].values[${j}]`)),
      }));
    case 'scalar':
      return [
        { labels: {}, points: [point(checkAnswer<unknown[]>(data.result, ['unknown'], server, doing), 'data.result')] },
      ];
    default:
      throw new RingwayError(
        `${doing}: ${server} answered a ${data.resultType} result, which is not a number to compare (use a query that returns a vector or a scalar)`,
        { kind: 'invalid-answer' },
      );
  }
}

/** Prometheus sends sample values as text: a float, NaN, +Inf or -Inf. */
function sampleValue(text: string, server: string, doing: string): number {
  if (text === 'NaN') return NaN;
  if (text === '+Inf' || text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  const v = Number(text);
  if (text.trim() === '' || Number.isNaN(v))
    throw new RingwayError(`${doing}: ${server} answered the value '${text.slice(0, 40)}', which is not a number`, {
      kind: 'invalid-answer',
    });
  return v;
}
