import { errorMessage, RingwayError, UsageError } from '../errors.js';
import { durationMs, formatDuration } from '../duration.js';
import { workspaceId } from '../monitoring/log-analytics.js';
import { seriesName, type MetricSource, type Series } from '../monitoring/series.js';
import { redact } from '../secrets.js';
import { fillTemplate } from '../template.js';

/**
 * The gate's metric checks (input `metrics`): a query, a condition every value it returns must
 * hold, and how many measurements may fail or be inconclusive (Argo Rollouts' failureLimit and
 * inconclusive/error limits). Plain values in, plain results out: the providers are injected.
 */
export type MetricProvider = 'prometheus' | 'azure-monitor-logs';
const PROVIDERS: MetricProvider[] = ['prometheus', 'azure-monitor-logs'];
/** Fields only one provider reads. */
const ONLY: Record<string, MetricProvider> = { workspace: 'azure-monitor-logs', 'value-column': 'azure-monitor-logs' };

export interface Threshold {
  op: '<' | '<=' | '>' | '>=' | '==' | 'between';
  value: number;
  /** The upper bound of `between`. */
  upper?: number;
  /** As the user wrote it, for reasons. */
  text: string;
}

export interface MetricCheck {
  name: string;
  provider: MetricProvider;
  query: string;
  condition: Threshold;
  /** Time between measurements; 0 with one measurement. */
  intervalMs: number;
  count: number;
  failureLimit: number;
  errorLimit: number;
  /** azure-monitor-logs: the workspace ID (else the step's default workspace). */
  workspace?: string;
  /** azure-monitor-logs: the column compared (else the only numeric column, or the last). */
  valueColumn?: string;
}

/** One measurement of a check, as reported (like an Argo Rollouts measurement). */
export interface Measurement {
  at: string;
  verdict: 'pass' | 'fail' | 'error';
  /** The value that decided (the failing one, else the one farthest from failing); '' when none. */
  value: string;
  detail: string;
}

export interface MetricResult {
  verdict: 'pass' | 'wait' | 'reject' | 'error' | 'skip';
  detail: string;
  query: string;
  measurements: Measurement[];
}

const FIELDS = [
  'name',
  'provider',
  'query',
  'condition',
  'interval',
  'count',
  'failure-limit',
  'error-limit',
  'workspace',
  'value-column',
];
const NAME = /^[A-Za-z0-9][\w.-]{0,62}$/;
const NUMBER = /[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?/.source;
const COMPARE = new RegExp(`^(<=|>=|==|<|>)\\s*(${NUMBER})$`);
const BETWEEN = new RegExp(`^between\\s+(${NUMBER})\\s+and\\s+(${NUMBER})$`, 'i');
/** The placeholders a query may use. */
export const QUERY_PLACEHOLDERS = ['service', 'ring', 'tag', 'from', 'to', 'window'];

/** `< 0.01`, `<= 5`, `> 0`, `>= 0.99`, `== 0`, `between 0 and 0.5` (both ends included). */
export function parseThreshold(text: string): Threshold {
  const t = text.trim();
  const c = COMPARE.exec(t);
  if (c) return { op: c[1] as Threshold['op'], value: Number(c[2]), text: t };
  const b = BETWEEN.exec(t);
  if (b) {
    const [lo, hi] = [Number(b[1]), Number(b[2])];
    if (lo > hi) throw new UsageError(`'${t}': the lower bound is above the upper one`);
    return { op: 'between', value: lo, upper: hi, text: t };
  }
  throw new UsageError(`'${t}' is not a condition like '< 0.01', '>= 0.99', '== 0' or 'between 0 and 0.5'`);
}

/** Whether `v` holds the threshold (±Infinity compares as a number; NaN is handled by the caller). */
export function holds(th: Threshold, v: number): boolean {
  switch (th.op) {
    case '<':
      return v < th.value;
    case '<=':
      return v <= th.value;
    case '>':
      return v > th.value;
    case '>=':
      return v >= th.value;
    case '==':
      return v === th.value;
    case 'between':
      return v >= th.value && v <= (th.upper as number);
  }
}

/**
 * The checks of the `metrics` input, parsed from YAML or JSON already (a list of maps), validated
 * whole before any query runs. Errors name the check and the field; the step names the input.
 */
export function parseMetricChecks(value: unknown): MetricCheck[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value))
    throw new UsageError('expected a list of checks (- name: …, provider: …, query: …, condition: …)');
  const seen = new Set<string>();
  return value.map((item: unknown, i) => {
    const at = `check ${i + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      throw new UsageError(`${at}: expected a map with name, provider, query and condition`);
    const o = item as Record<string, unknown>;
    const rawName = o.name;
    const label = typeof rawName === 'string' && NAME.test(rawName) ? `check '${rawName}'` : at;
    const bad = (field: string, why: string) => new UsageError(`${label}: field '${field}': ${why}`);
    for (const k of Object.keys(o))
      if (!FIELDS.includes(k)) throw bad(k, `unknown field (known: ${FIELDS.join(', ')})`);
    const text = (field: string, required: boolean): string => {
      const v = o[field];
      if (v === undefined || v === null || v === '') {
        if (required) throw bad(field, 'is required');
        return '';
      }
      if (typeof v !== 'string' && typeof v !== 'number') throw bad(field, 'must be text');
      return String(v).trim();
    };
    const int = (field: string, dflt: number, min: number, max: number): number => {
      const v = o[field];
      if (v === undefined || v === null || v === '') return dflt;
      const n = typeof v === 'number' ? v : /^\d+$/.test(String(v).trim()) ? Number(String(v).trim()) : NaN;
      if (!Number.isInteger(n) || n < min || n > max)
        throw bad(field, `'${String(v)}' is not a whole number from ${min} to ${max}`);
      return n;
    };
    const name = text('name', true);
    if (!NAME.test(name)) throw bad('name', `'${name}' is not a name (letters, digits, '.', '_', '-'; at most 63)`);
    if (seen.has(name)) throw bad('name', 'another check has this name');
    seen.add(name);
    const provider = text('provider', true);
    if (!PROVIDERS.includes(provider as MetricProvider))
      throw bad('provider', `'${provider}' is not a provider (known: ${PROVIDERS.join(', ')})`);
    for (const [field, only] of Object.entries(ONLY))
      if (o[field] !== undefined && provider !== only) throw bad(field, `is read by provider ${only} only`);
    const workspace = text('workspace', false);
    try {
      if (workspace) workspaceId(workspace);
    } catch (err) {
      throw bad('workspace', errorMessage(err));
    }
    const valueColumn = text('value-column', false);
    if (valueColumn.length > 256 || /\p{Cc}/u.test(valueColumn)) throw bad('value-column', 'is not a column name');
    const query = text('query', true);
    // Unknown placeholders are found now, not after the soak.
    fillTemplate(query, Object.fromEntries(QUERY_PLACEHOLDERS.map((k) => [k, 'x'])), `${label}: field 'query'`);
    let condition: Threshold;
    try {
      condition = parseThreshold(text('condition', true));
    } catch (err) {
      throw err instanceof UsageError && !err.message.startsWith(label) ? bad('condition', err.message) : err;
    }
    const count = int('count', 1, 1, 100);
    const interval = text('interval', false);
    const intervalMs = interval ? durationMs(interval) : 0;
    if (intervalMs === undefined || (interval && intervalMs < 1000))
      throw bad('interval', `'${interval}' is not a duration of at least 1s, like 1m or 5m`);
    if (count > 1 && !intervalMs)
      throw bad('interval', `is required with count ${count} (the time between measurements)`);
    return {
      name,
      provider: provider as MetricProvider,
      query,
      condition,
      intervalMs: count > 1 ? intervalMs : 0,
      count,
      failureLimit: int('failure-limit', 0, 0, 100),
      errorLimit: int('error-limit', 0, 0, 100),
      ...(workspace ? { workspace: workspaceId(workspace) } : {}),
      ...(valueColumn ? { valueColumn } : {}),
    };
  });
}

/** What a query is filled with: the deployment and its window (from its sync to now). */
export interface MetricWindow {
  service: string;
  ring: string;
  tag: string;
  fromMs: number;
  toMs: number;
}

/** Characters that would change a query's structure if a value carried them (inside a quoted label). */
const UNSAFE = /["'`\\\n\r{}]/;

/**
 * The query with its placeholders filled: {from} and {to} as Unix seconds for PromQL (the `@`
 * modifier, `time()` comparisons) and as ISO 8601 times for KQL (`datetime({from})`); {window} as
 * a duration both read (`3600s`: `rate(x[{window}])`, `bin(TimeGenerated, {window})`).
 */
export function fillQuery(check: MetricCheck, w: MetricWindow): string {
  const time = (ms: number) =>
    check.provider === 'azure-monitor-logs' ? new Date(ms).toISOString() : String(Math.floor(ms / 1000));
  const values = {
    service: w.service,
    ring: w.ring,
    tag: w.tag,
    from: time(w.fromMs),
    to: time(w.toMs),
    window: `${Math.max(1, Math.round((w.toMs - w.fromMs) / 1000))}s`,
  };
  return fillTemplate(check.query, values, `check '${check.name}': field 'query'`, (key, v, m) => {
    if (UNSAFE.test(v))
      throw new UsageError(`check '${check.name}': ${m} is '${v}', which a query cannot quote safely`);
    return v;
  });
}

const show = (v: number) =>
  Number.isNaN(v) ? 'NaN' : v === Infinity ? '+Inf' : v === -Infinity ? '-Inf' : String(+v.toPrecision(6));
const iso = (ms: number) => new Date(ms).toISOString();

/** One measurement: every series' value at `t` must hold; none, or NaN, is inconclusive. */
function measure(check: MetricCheck, series: Series[], t: number): Measurement {
  const values = series.flatMap((s) => s.points.filter((p) => p.t === t).map((p) => ({ s, v: p.v })));
  const at = iso(t);
  if (!values.length) return { at, verdict: 'error', value: '', detail: 'no data: the query returned no series' };
  const th = check.condition;
  const failed = values.filter(({ v }) => !Number.isNaN(v) && !holds(th, v));
  if (failed.length) {
    const worst = failed[0];
    const more = failed.length > 1 ? ` (and ${failed.length - 1} more series)` : '';
    const of = values.length > 1 || Object.keys(worst.s.labels).length ? ` for ${seriesName(worst.s.labels)}` : '';
    return { at, verdict: 'fail', value: show(worst.v), detail: `${show(worst.v)}${of} is not ${th.text}${more}` };
  }
  const nan = values.find(({ v }) => Number.isNaN(v));
  if (nan)
    return {
      at,
      verdict: 'error',
      value: 'NaN',
      detail: `NaN for ${seriesName(nan.s.labels)} (no traffic to measure?)`,
    };
  // The value closest to the limit, so the report shows the margin.
  const edge = [...values].sort((a, b) => distance(th, a.v) - distance(th, b.v))[0];
  return {
    at,
    verdict: 'pass',
    value: show(edge.v),
    detail: `${values.length > 1 ? `${values.length} series, closest ` : ''}${show(edge.v)} ${th.text}`,
  };
}

function distance(th: Threshold, v: number): number {
  if (th.op === 'between') return Math.min(v - th.value, (th.upper as number) - v);
  return Math.abs(v - th.value);
}

/**
 * Runs one check over the window: `count` measurements `interval` apart ending now (one range
 * query, or one query per measurement where the backend has no range query), or one instant query. Failed measurements past `failure-limit` reject; inconclusive ones
 * (a query error, a timeout, no data, NaN) past `error-limit` are an error, and a check that
 * measured nothing is never a pass.
 */
export async function runMetricCheck(check: MetricCheck, w: MetricWindow, source: MetricSource): Promise<MetricResult> {
  let query: string;
  try {
    query = fillQuery(check, w);
  } catch (err) {
    return { verdict: 'error', detail: `${check.name}: ${errorMessage(err)}`, query: check.query, measurements: [] };
  }
  const span = (check.count - 1) * check.intervalMs;
  const start = w.toMs - span;
  if (start < w.fromMs) {
    const readyAt = iso(w.fromMs + span);
    return {
      verdict: 'wait',
      detail: `${check.name}: ${check.count} measurements ${formatDuration(check.intervalMs)} apart need ${formatDuration(span)} since ${iso(w.fromMs)}; ready at ${readyAt}`,
      query,
      measurements: [],
    };
  }
  const times = Array.from({ length: check.count }, (_, i) => start + i * check.intervalMs);
  // Not evidence about the release: counted toward error-limit like any inconclusive measurement.
  const failedAt = (t: number, err: unknown): Measurement => {
    const why = err instanceof RingwayError ? errorMessage(err) : `the answer could not be read (${errorMessage(err)})`;
    return { at: iso(t), verdict: 'error', value: '', detail: redact(why) };
  };
  let measurements: Measurement[];
  if (check.count > 1 && !source.range) {
    // A backend without range queries: one query per measurement, each over the interval before it.
    measurements = [];
    for (const t of times) {
      try {
        measurements.push(measure(check, await source.instant(query, t, t - check.intervalMs), t));
      } catch (err) {
        measurements.push(failedAt(t, err));
      }
    }
  } else {
    try {
      const series =
        check.count > 1 && source.range
          ? await source.range(query, start, w.toMs, check.intervalMs)
          : await source.instant(query, w.toMs, w.fromMs);
      measurements = times.map((t) => measure(check, series, t));
    } catch (err) {
      measurements = times.map((t) => failedAt(t, err));
    }
  }
  return { ...verdictOf(check, measurements), query, measurements };
}

function verdictOf(check: MetricCheck, ms: Measurement[]): Pick<MetricResult, 'verdict' | 'detail'> {
  const failed = ms.filter((m) => m.verdict === 'fail');
  const errors = ms.filter((m) => m.verdict === 'error');
  const of = (n: number) => (ms.length > 1 ? `${n} of ${ms.length} measurements` : 'the measurement');
  if (failed.length > check.failureLimit) {
    const f = failed[failed.length - 1];
    return {
      verdict: 'reject',
      detail: `${check.name}: ${f.detail}${ms.length > 1 ? ` at ${f.at}` : ''}; ${of(failed.length)} failed (failure-limit ${check.failureLimit})`,
    };
  }
  if (errors.length > check.errorLimit || errors.length === ms.length) {
    const e = errors[errors.length - 1];
    return {
      verdict: 'error',
      detail: `${check.name}: ${e.detail}; ${of(errors.length)} inconclusive (error-limit ${check.errorLimit})`,
    };
  }
  const last = ms[ms.length - 1];
  const tally =
    ms.length > 1 ? ` (${ms.length - failed.length - errors.length} of ${ms.length} measurements passed)` : '';
  return {
    verdict: 'pass',
    detail: `${check.name}: ${last.verdict === 'pass' ? last.detail : `holds ${check.condition.text}`}${tally}`,
  };
}
