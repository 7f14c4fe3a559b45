import { csv, headline, hours, renderReport, tableRows } from '../../lib/metrics/format.js';
import { group, report } from './report-fixture.js';

describe('hours', () => {
  test.each([
    [null, '–'],
    [0, '0m'],
    [0.5, '30m'],
    [1, '1h'],
    [1.5, '1h 30m'],
    [1 + 5 / 60, '1h 05m'],
    [24, '1d'],
    [26, '1d 2h'],
    [47.9, '2d'],
  ])('%p hours reads %j', (h, text) => expect(hours(h)).toBe(text));
});

describe('the metrics report', () => {
  test('the table has one row per group and a total only when there are several', () => {
    expect(tableRows(report([group()])).map((r) => r[0])).toEqual(['Service', 'web']);
    const two = tableRows(report([group(), group({ service: 'api' })]));
    expect(two.map((r) => r[0])).toEqual(['Service', 'web', 'api', 'all']);
    expect(two[1]).toEqual([
      'web',
      'prod',
      '8',
      '2',
      'weekly',
      '30m',
      '1d 2h',
      '2',
      '1',
      '12.5%',
      '1h 30m',
      '1h 30m',
      '0',
      'high',
      'cluster-synced',
    ]);
  });

  test('missing values read as a dash', () => {
    const row = tableRows(
      report([
        group({
          frequency: null,
          changeFailure: { failed: 0, rate: null, rolledBack: 0, gateRejected: 0, syncFailed: 0 },
          band: { overall: '', deploymentFrequency: '', leadTime: '', changeFailureRate: '', timeToRestore: '' },
        }),
      ]),
    )[1];
    expect([row[4], row[9], row[13]]).toEqual(['–', '–', '–']);
  });

  test('the headline says the window, and the empty case in words', () => {
    expect(headline(report([group()]))).toBe(
      '8 deployments in 2026-11-01 00:00 → 2026-11-29 00:00 UTC (28 days); 40 rows read',
    );
    expect(headline(report([]))).toBe(
      'no deployments recorded in 2026-11-01 00:00 → 2026-11-29 00:00 UTC (28 days); 40 rows read',
    );
  });

  test('text: headline, table and notes; an empty report is its headline alone', () => {
    const text = renderReport(report([group()]), 'table');
    expect(text.split('\n')[0]).toMatch(/^8 deployments in/);
    expect(text).toContain('Service  Ring  Deployments');
    expect(text).toContain('Failed changes: 1 (rolled back 1, rejected by the gate 0, sync failed 0).');
    expect(renderReport(report([]), 'table')).toBe(`${headline(report([]))}\n`);
  });

  test('json is the report itself', () => {
    const r = report([group()]);
    expect(JSON.parse(renderReport(r, 'json'))).toEqual(r);
  });

  test('csv: a header, one line per group, then the total; empty values are empty cells', () => {
    const lines = csv(report([group({ frequency: null })])).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[0].split(',')).toHaveLength(26);
    expect(lines[1]).toBe(
      'web,prod,cluster-synced,8,2,,6,0.5,26,2,1,0.125,1,0,0,1,1.5,1.5,0,high,high,elite,high,high,2026-11-01T00:00:00.000Z,2026-11-29T00:00:00.000Z',
    );
    expect(lines[2].startsWith('all,all,mixed,8,')).toBe(true);
    expect(csv(report([])).split('\n')).toHaveLength(2);
  });

  test('csv quotes commas and quotes, and defuses cells a spreadsheet would run as a formula', () => {
    const line = csv(report([group({ service: '=HYPERLINK("x")', ring: 'a,b' }), group({ service: '-1' })])).split(
      '\n',
    );
    expect(line[1].startsWith(`"'=HYPERLINK(""x"")","a,b",`)).toBe(true);
    expect(line[2].startsWith('-1,prod,')).toBe(true);
    expect(
      csv(report([group({ service: '@sum' })]))
        .split('\n')[1]
        .startsWith("'@sum,"),
    ).toBe(true);
  });
});
