import { RingwayError } from '../../lib/errors.js';
import type { MetricSource, Series } from '../../lib/monitoring/series.js';
import {
  fillQuery,
  holds,
  parseMetricChecks,
  parseThreshold,
  runMetricCheck,
  type MetricCheck,
} from '../../lib/promotion/metric-checks.js';

const check = (o: Record<string, unknown> = {}) =>
  parseMetricChecks([
    { name: 'errors', provider: 'prometheus', query: 'ratio{service="{service}"}', condition: '< 0.01', ...o },
  ])[0];

describe('conditions', () => {
  test.each([
    ['< 0.01', 0.005, true],
    ['< 0.01', 0.01, false],
    ['<= 0.01', 0.01, true],
    ['> 0', 0, false],
    ['>= 0.99', 0.995, true],
    ['== 0', 0, true],
    ['between 0 and 0.5', 0.5, true],
    ['between 0 and 0.5', 0.51, false],
    ['< 1e3', Infinity, false],
  ])('%s with %p holds: %p', (text, v, want) => {
    expect(holds(parseThreshold(text), v)).toBe(want);
  });

  test.each(['~ 3', '< x', 'between 2 and 1', 'less than 3', ''])("'%s' is refused", (text) => {
    expect(() => parseThreshold(text)).toThrow(/condition like|lower bound/);
  });
});

describe('the metrics input: one error line naming the check and the field', () => {
  test.each<[unknown, RegExp]>([
    [{ name: 'x' }, /expected a list of checks/],
    [[{ provider: 'prometheus', query: 'up', condition: '> 0' }], /^check 1: field 'name': is required$/],
    [[{ name: 'up', query: 'up', condition: '> 0' }], /^check 'up': field 'provider': is required$/],
    [
      [{ name: 'up', provider: 'datadog', query: 'up', condition: '> 0' }],
      /^check 'up': field 'provider': 'datadog' is not a provider/,
    ],
    [
      [{ name: 'up', provider: 'prometheus', query: 'up', condition: '> 0', workspace: 'x' }],
      /^check 'up': field 'workspace': is read by provider azure-monitor-logs only$/,
    ],
    [
      [{ name: 'up', provider: 'azure-monitor-logs', query: 'AppRequests', condition: '> 0', workspace: 'fabrikam' }],
      /^check 'up': field 'workspace': 'fabrikam' is not a workspace ID \(a GUID/,
    ],
    [
      [{ name: 'up', provider: 'azure-monitor-logs', query: 'AppRequests', condition: '> 0', 'value-column': 'a\nb' }],
      /^check 'up': field 'value-column': is not a column name$/,
    ],
    [[{ name: 'up', provider: 'prometheus', condition: '> 0' }], /^check 'up': field 'query': is required$/],
    [
      [{ name: 'up', provider: 'prometheus', query: 'up{job="{job}"}', condition: '> 0' }],
      /check 'up': field 'query': unknown placeholder \{job\}/,
    ],
    [
      [{ name: 'up', provider: 'prometheus', query: 'up', condition: 'over 9000' }],
      /^check 'up': field 'condition': 'over 9000' is not a condition/,
    ],
    [
      [{ name: 'up', provider: 'prometheus', query: 'up', condition: '> 0', count: 3 }],
      /^check 'up': field 'interval': is required with count 3/,
    ],
    [
      [{ name: 'up', provider: 'prometheus', query: 'up', condition: '> 0', count: 0 }],
      /^check 'up': field 'count': '0' is not a whole number from 1 to 100$/,
    ],
    [
      [{ name: 'up', provider: 'prometheus', query: 'up', condition: '> 0', interval: 'soon', count: 2 }],
      /^check 'up': field 'interval': 'soon' is not a duration/,
    ],
    [
      [{ name: 'up', provider: 'prometheus', query: 'up', condition: '> 0', failureLimit: 2 }],
      /^check 'up': field 'failureLimit': unknown field \(known: .*failure-limit/,
    ],
    [
      [
        { name: 'up', provider: 'prometheus', query: 'up', condition: '> 0' },
        { name: 'up', provider: 'prometheus', query: 'up', condition: '> 0' },
      ],
      /^check 'up': field 'name': another check has this name$/,
    ],
  ])('%j', (value, message) => {
    expect(() => parseMetricChecks(value)).toThrow(message);
  });

  test('defaults: one measurement, no failure or error allowed', () => {
    expect(check()).toMatchObject({ count: 1, intervalMs: 0, failureLimit: 0, errorLimit: 0 });
  });
});

describe('queries are filled with the deployment and its window', () => {
  const w = { service: 'web', ring: 'staging', tag: 'v7', fromMs: 1_765_000_000_000, toMs: 1_765_003_600_000 };
  test('{from} and {to} as Unix seconds, {window} as a PromQL duration', () => {
    const c = check({ query: 'x{service="{service}",ring="{ring}",tag="{tag}"}[{window}] @ {to} - {from}' });
    expect(fillQuery(c, w)).toBe('x{service="web",ring="staging",tag="v7"}[3600s] @ 1765003600 - 1765000000');
  });
  test('KQL: {from} and {to} as ISO 8601 times, for datetime()', () => {
    const c = check({
      provider: 'azure-monitor-logs',
      query:
        'AppRequests | where TimeGenerated between (datetime({from}) .. datetime({to})) | summarize by bin(TimeGenerated, {window})',
    });
    expect(fillQuery(c, w)).toBe(
      'AppRequests | where TimeGenerated between (datetime(2025-12-06T05:46:40.000Z) .. datetime(2025-12-06T06:46:40.000Z)) | summarize by bin(TimeGenerated, 3600s)',
    );
  });
  test('a value that could break out of a quoted label is refused', () => {
    expect(() => fillQuery(check(), { ...w, service: 'web"} or vector(0) #' })).toThrow(/cannot quote safely/);
  });
});

/** A source that answers from a table of series, or fails as told: the backend is tested on its own. */
function source(answer: Series[] | Error): MetricSource & { asked: unknown[][] } {
  const asked: unknown[][] = [];
  const reply = async (...args: unknown[]) => {
    asked.push(args);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { asked, instant: (q, at) => reply(q, at), range: (q, s, e, st) => reply(q, s, e, st) };
}

describe('verdicts: a failed condition rejects, an inconclusive one is an error, never a pass', () => {
  const to = 1_765_003_600_000;
  const w = { service: 'web', ring: 'staging', tag: 'v7', fromMs: to - 3_600_000, toMs: to };
  const one = (v: number, labels = { code: '5xx' }): Series => ({ labels, points: [{ t: to, v }] });
  const run = (c: MetricCheck, s: MetricSource) => runMetricCheck(c, w, s);

  test('every series holds: pass, instant query at the end of the window', async () => {
    const s = source([one(0.001), one(0.002, { code: '4xx' })]);
    const r = await run(check(), s);
    expect(r.verdict).toBe('pass');
    expect(s.asked).toEqual([['ratio{service="web"}', to]]);
  });

  test('one series fails: reject, naming the check, the value, the series and the threshold', async () => {
    const r = await run(check(), source([one(0.001, { code: '4xx' }), one(0.25)]));
    expect(r.verdict).toBe('reject');
    expect(r.detail).toBe('errors: 0.25 for {code="5xx"} is not < 0.01; the measurement failed (failure-limit 0)');
  });

  test.each<[string, Series[] | Error, RegExp]>([
    ['no series', [], /no data/],
    ['NaN (no traffic)', [one(NaN)], /NaN/],
    [
      'a query error',
      new RingwayError('Prometheus answered HTTP 400 (bad_data: parse error)', { kind: 'server' }),
      /bad_data/,
    ],
    ['a timeout', new RingwayError('no answer within 30s', { kind: 'timeout' }), /no answer/],
  ])('%s: error, not reject', async (_, answer, why) => {
    const r = await run(check(), source(answer));
    expect(r.verdict).toBe('error');
    expect(r.detail).toMatch(why);
  });

  test('error-limit never turns a check that measured nothing into a pass', async () => {
    expect((await run(check({ 'error-limit': 5 }), source([]))).verdict).toBe('error');
  });

  test('count × interval: one range query, each measurement reported, failures up to failure-limit allowed', async () => {
    const c = check({ count: 3, interval: '5m', 'failure-limit': 1 });
    const at = (i: number) => to - (2 - i) * 300_000;
    const series: Series[] = [{ labels: {}, points: [0.001, 0.5, 0.002].map((v, i) => ({ t: at(i), v })) }];
    const s = source(series);
    const r = await run(c, s);
    expect(s.asked).toEqual([['ratio{service="web"}', at(0), to, 300_000]]);
    expect(r.measurements.map((m) => m.verdict)).toEqual(['pass', 'fail', 'pass']);
    expect(r.verdict).toBe('pass');
    const strict = await run(check({ count: 3, interval: '5m' }), source(series));
    expect(strict.verdict).toBe('reject');
    expect(strict.detail).toMatch(/0\.5 is not < 0\.01 at .*; 1 of 3 measurements failed/);
  });

  test('a missing point is an inconclusive measurement; past error-limit the check is an error', async () => {
    const series: Series[] = [{ labels: {}, points: [{ t: to, v: 0.001 }] }];
    const r = await run(check({ count: 2, interval: '1m' }), source(series));
    expect(r.measurements.map((m) => m.verdict)).toEqual(['error', 'pass']);
    expect(r.verdict).toBe('error');
    expect((await run(check({ count: 2, interval: '1m', 'error-limit': 1 }), source(series))).verdict).toBe('pass');
  });

  test('a backend without range queries (Log Analytics) is asked once per measurement, each over its interval; a failed one is inconclusive alone', async () => {
    const asked: [number, number | undefined][] = [];
    const stepwise: MetricSource = {
      async instant(_q, at, from) {
        asked.push([at, from]);
        if (asked.length === 2) throw new RingwayError('Log Analytics answered a partial result (PartialError: …)');
        return [{ labels: {}, points: [{ t: at, v: 0.001 }] }];
      },
    };
    const c = check({ provider: 'azure-monitor-logs', count: 3, interval: '5m', 'error-limit': 1 });
    const r = await run(c, stepwise);
    const at = (i: number) => to - (2 - i) * 300_000;
    expect(asked).toEqual([0, 1, 2].map((i) => [at(i), at(i) - 300_000]));
    expect(r.measurements.map((m) => m.verdict)).toEqual(['pass', 'error', 'pass']);
    expect(r.measurements[1].detail).toMatch(/partial result/);
    expect(r.verdict).toBe('pass');
    asked.length = 0;
    const strict = await run(check({ provider: 'azure-monitor-logs', count: 3, interval: '5m' }), stepwise);
    expect(strict.verdict).toBe('error');
    expect(strict.detail).toMatch(/partial result.*; 1 of 3 measurements inconclusive \(error-limit 0\)/);
  });

  test('an instant query is given the window start too (Log Analytics bounds its query with it)', async () => {
    const seen: unknown[] = [];
    await run(check(), { instant: async (...args) => (seen.push(args), [one(0.001)]) });
    expect(seen).toEqual([['ratio{service="web"}', to, w.fromMs]]);
  });

  test('measurements that would reach before the sync wait for the window', async () => {
    const r = await run(check({ count: 3, interval: '1h' }), source([]));
    expect(r.verdict).toBe('wait');
    expect(r.detail).toMatch(/need 2h since .*; ready at/);
  });
});
