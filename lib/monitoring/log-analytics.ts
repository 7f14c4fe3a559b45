import { checkAnswer, optional, type Shape } from '../answer.js';
import { currentDeadline } from '../deadline.js';
import { errorMessage, RingwayError, statusKind, UsageError } from '../errors.js';
import { formatDuration } from '../duration.js';
import { MAX_ANSWER_BYTES, readBody } from '../limits.js';
import { registerSecret } from '../secrets.js';
import type { MetricSource, Series } from './series.js';

/**
 * Azure Monitor Logs: the Log Analytics query API (`POST {endpoint}/v1/workspaces/{id}/query`,
 * `Query_Execute` in azure-rest-api-specs' operationalinsights data-plane description), KQL in,
 * tables out. Application Insights' workspace-based data (`AppRequests`, …) is queried the same way.
 */
export interface LogAnalyticsOptions {
  /** The workspace ID (a GUID: "Workspace ID" on the workspace's overview, not its name). */
  workspace: string;
  /** API root (default https://api.loganalytics.io; https://api.loganalytics.azure.cn, https://api.loganalytics.us). */
  endpoint?: string;
  /** A Microsoft Entra access token for https://api.loganalytics.io. */
  token: string;
  /** The column compared with the condition; default the only numeric column, else the last one. */
  valueColumn?: string;
  /** How long one query may take, body included (also sent as `Prefer: wait=`). */
  timeoutMs: number;
}

export const LOG_ANALYTICS_ENDPOINT = 'https://api.loganalytics.io';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A workspace ID, checked: it goes into the request path. */
export function workspaceId(text: string): string {
  const id = text.trim();
  if (!GUID.test(id))
    throw new UsageError(
      `'${id.length > 60 ? `${id.slice(0, 57)}...` : id}' is not a workspace ID (a GUID such as 63613592-b6f7-4c3d-a390-22ba13102111, from the workspace's overview)`,
    );
  return id.toLowerCase();
}

/** The API root, checked: https (http only to this machine, for tests), no credentials, query or fragment. */
export function logAnalyticsEndpoint(url: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UsageError(`'${url}' is not a URL`);
  }
  if (u.username || u.password) {
    // Hidden before anything can print the value.
    for (const part of [u.username, u.password]) {
      registerSecret(part);
      try {
        registerSecret(decodeURIComponent(part));
      } catch {
        /* not percent-encoded text: the raw form is registered */
      }
    }
    throw new UsageError(
      'the Log Analytics endpoint carries credentials: the token goes in its own input, not the URL',
    );
  }
  if (
    u.protocol !== 'https:' &&
    !(u.protocol === 'http:' && /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(u.hostname))
  )
    throw new UsageError(`'${u.origin}' is not an https URL (the token is sent to it)`);
  if (u.search || u.hash || !/^\/?$/.test(u.pathname))
    throw new UsageError(
      `the Log Analytics endpoint '${u.origin}${u.pathname}' must be a bare origin, like ${LOG_ANALYTICS_ENDPOINT}`,
    );
  return u;
}

/** The parts of the answer the code reads (`queryResults`, `errorResponse`). */
const COLUMN: Shape = { name: 'string', type: 'string' };
const TABLE: Shape = { name: 'string', columns: [COLUMN], rows: [['unknown']] };
const RESULTS: Shape = { tables: [TABLE], error: optional('unknown') };
const ERROR_INFO: Shape = { code: 'string?', message: 'string?', innererror: optional('unknown') };
const ERROR: Shape = { error: ERROR_INFO };

interface Column {
  name: string;
  type: string;
}
interface Table {
  name: string;
  columns: Column[];
  rows: unknown[][];
}
interface ErrorInfo {
  code?: string;
  message?: string;
  innererror?: unknown;
}

const NUMERIC = new Set(['int', 'long', 'real', 'decimal']);

export function logAnalyticsSource(o: LogAnalyticsOptions): MetricSource {
  const root = logAnalyticsEndpoint(o.endpoint || LOG_ANALYTICS_ENDPOINT);
  const workspace = workspaceId(o.workspace);
  registerSecret(o.token);
  const server = `Log Analytics at ${root.origin} (workspace ${workspace})`;
  const url = new URL(`/v1/workspaces/${workspace}/query`, root);
  const waitSeconds = Math.max(1, Math.floor(o.timeoutMs / 1000));

  /** One query; `timespan` (`from/to`) bounds it on the tables' time column, in addition to its own filters. */
  async function query(kql: string, fromMs: number | undefined, toMs: number, doing: string): Promise<Table> {
    const deadline = currentDeadline();
    const timedOut = (cause?: unknown) =>
      new RingwayError(`${doing}: ${server} gave no answer within ${formatDuration(o.timeoutMs)}`, {
        kind: 'timeout',
        cause,
      });
    let res: Response;
    let body: Buffer;
    try {
      const timeout = AbortSignal.timeout(o.timeoutMs);
      res = await fetch(url, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${o.token}`,
          'Content-Type': 'application/json',
          Accept: 'application/json',
          // The service stops the query on its own a little before we give up, and says so.
          Prefer: `wait=${waitSeconds}`,
        },
        body: JSON.stringify(
          fromMs === undefined ? { query: kql } : { query: kql, timespan: `${iso(fromMs)}/${iso(toMs)}` },
        ),
        signal: deadline ? AbortSignal.any([timeout, deadline.signal]) : timeout,
        redirect: 'error',
      });
      body = await readBody(res, MAX_ANSWER_BYTES, `${doing}: the answer of ${server}`, () =>
        deadline?.signal.aborted ? deadline.error(server) : timedOut(),
      );
    } catch (err) {
      if (deadline?.signal.aborted) throw deadline.error(server);
      if (err instanceof RingwayError) throw err;
      const e = err as { name?: string; cause?: { code?: string } };
      if (e.name === 'TimeoutError') throw timedOut(err);
      throw new RingwayError(`${doing}: ${server} is unreachable: ${e.cause?.code ?? errorMessage(err)}`, {
        kind: 'unreachable',
        cause: err,
      });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      parsed = undefined;
    }
    if (!res.ok) {
      let why = `HTTP ${res.status}`;
      try {
        why += ` (${explain(checkAnswer<{ error: ErrorInfo }>(parsed, ERROR, server, doing).error)})`;
      } catch {
        /* not the service's own error body (a proxy's page): the status says enough */
      }
      const hint =
        res.status === 401
          ? `: the token was refused (expired, or not for ${LOG_ANALYTICS_ENDPOINT}: az account get-access-token --resource ${LOG_ANALYTICS_ENDPOINT})`
          : res.status === 403
            ? ': the identity may not read this workspace (it needs Log Analytics Reader on it)'
            : '';
      throw new RingwayError(`${doing}: ${server} answered ${why}${hint}`, {
        kind: statusKind(res.status),
        status: res.status,
      });
    }
    if (parsed === undefined)
      throw new RingwayError(`${doing}: ${server} answered in a shape ringway does not know: the body is not JSON`, {
        kind: 'invalid-answer',
      });
    const results = checkAnswer<{ tables: Table[]; error?: unknown }>(parsed, RESULTS, server, doing);
    // A 200 with an error is a partial result (a limit hit, a workspace not reached): not data to judge by.
    if (results.error !== undefined && results.error !== null) {
      const info = checkAnswer<ErrorInfo>(results.error, ERROR_INFO, server, `${doing} (its error)`);
      throw new RingwayError(`${doing}: ${server} answered a partial result (${explain(info)})`, { kind: 'server' });
    }
    return results.tables.find((t) => t.name === 'PrimaryResult') ?? results.tables[0] ?? EMPTY;
  }

  // No range query: KQL has no evaluation step, so the gate asks once per measurement.
  return {
    async instant(kql, atMs, fromMs) {
      const doing = `querying ${oneLine(kql)}`;
      return tableSeries(await query(kql, fromMs, atMs, doing), atMs, o.valueColumn, server, doing);
    },
  };
}

const EMPTY: Table = { name: 'PrimaryResult', columns: [], rows: [] };
const iso = (ms: number) => new Date(ms).toISOString();
const oneLine = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 120 ? `${t.slice(0, 117)}...` : t;
};

/** `BadArgumentError: …; SemanticError: 'where' operator: Failed to resolve column …`: the outer and the innermost reason. */
function explain(info: ErrorInfo): string {
  const part = (e: ErrorInfo) =>
    [e.code, (e.message ?? '').split('\n')[0].trim()].filter(Boolean).join(': ') || 'no reason given';
  let inner: ErrorInfo | undefined;
  for (let e: unknown = info.innererror, depth = 0; e && typeof e === 'object' && depth < 10; depth++) {
    inner = e as ErrorInfo;
    e = inner.innererror;
  }
  const text = inner && part(inner) !== part(info) ? `${part(info)}; ${part(inner)}` : part(info);
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}

/**
 * A result table as series: one per row, its value from the value column (named, else the only
 * numeric one, else the last), every other column a label. Numbers may come as JSON numbers or as
 * text (`decimal`, and `real`'s "NaN", "Infinity", "-Infinity"); an empty cell is NaN (inconclusive).
 */
export function tableSeries(
  table: Table,
  t: number,
  valueColumn: string | undefined,
  server: string,
  doing: string,
): Series[] {
  const bad = (why: string) =>
    new RingwayError(`${doing}: ${server} answered ${why}`, {
      kind: 'invalid-answer',
    });
  const names = table.columns.map((c) => c.name);
  if (!table.rows.length) return [];
  let at: number;
  if (valueColumn) {
    at = names.indexOf(valueColumn);
    if (at < 0) throw bad(`no column '${valueColumn}' (value-column); its columns are ${names.join(', ') || 'none'}`);
    if (!NUMERIC.has(table.columns[at].type))
      throw bad(`column '${valueColumn}' of type ${table.columns[at].type}, not a number to compare`);
  } else {
    const numeric = table.columns.flatMap((c, i) => (NUMERIC.has(c.type) ? [i] : []));
    if (!numeric.length)
      throw bad(
        `no numeric column (int, long, real, decimal) to compare; its columns are ${table.columns.map((c) => `${c.name}:${c.type}`).join(', ') || 'none'}`,
      );
    at = numeric[numeric.length - 1];
  }
  return table.rows.map((row, r) => {
    if (row.length !== names.length) throw bad(`row ${r + 1} with ${row.length} cells for ${names.length} columns`);
    const labels: Record<string, string> = {};
    row.forEach((cell, i) => {
      if (i !== at) labels[names[i]] = label(cell);
    });
    return { labels, points: [{ t, v: cellValue(row[at], names[at], r, bad) }] };
  });
}

function cellValue(cell: unknown, column: string, row: number, bad: (why: string) => Error): number {
  if (cell === null) return NaN;
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string') {
    if (cell === 'NaN') return NaN;
    if (cell === 'Infinity' || cell === '+Infinity') return Infinity;
    if (cell === '-Infinity') return -Infinity;
    const v = Number(cell);
    if (cell.trim() !== '' && !Number.isNaN(v)) return v;
  }
  const shown = typeof cell === 'string' ? `'${cell.slice(0, 40)}'` : typeof cell;
  throw bad(`${shown} in column '${column}' of row ${row + 1}, which is not a number`);
}

function label(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'object') return JSON.stringify(cell);
  return String(cell);
}
