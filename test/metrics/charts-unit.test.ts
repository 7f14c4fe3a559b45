// chartsHtml alone: what the charts say in their captions and titles, and that the page stays
// self-contained. test/metrics/charts.test.ts draws them from records in a browser.
import { chartsHtml } from '../../lib/metrics/charts.js';
import type { WeekPoint } from '../../lib/metrics/compute.js';
import { group, report } from './report-fixture.js';

const week = (w: string, byRing: Record<string, number>, failed = 0, lead: number | null = null): WeekPoint => ({
  week: w,
  deploymentsByRing: byRing,
  deployments: Object.values(byRing).reduce((a, b) => a + b, 0),
  failed,
  leadTimeMedianHours: lead,
});

const titles = (html: string) => [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);

describe('chartsHtml', () => {
  const weeks = [
    week('2026-11-02', { prod: 2, dev: 3 }, 1, 0.5),
    week('2026-11-09', {}, 0, null),
    week('2026-11-16', { canary: 1 }, 0, 26),
  ];
  const html = chartsHtml(report([group()], weeks));

  test('three figures with captions counting what they show', () => {
    expect([...html.matchAll(/<figure class="chart" id="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'chart-deployments',
      'chart-lead-time',
      'chart-failures',
    ]);
    expect(html).toContain('<span>6 in 3 weeks, by ring</span>');
    expect(html).toContain('<span>1 of 6 deployments failed (rolled back, rejected, sync failed)</span>');
  });

  test('bars stack rings in ring order (dev before canary before prod), with a title per bar', () => {
    expect(titles(html)).toEqual([
      'week of 2026-11-02: 3 to dev',
      'week of 2026-11-02: 2 to prod',
      'week of 2026-11-16: 1 to canary',
      'week of 2026-11-02: median 30m',
      'week of 2026-11-16: median 1d 2h',
      'week of 2026-11-02: 1 of 5 failed (20%)',
      'week of 2026-11-16: 0 of 1 failed (0%)',
    ]);
    const legend = /<div class="legend">(.*?)<\/div>/.exec(html)?.[1] ?? '';
    expect([...legend.matchAll(/<\/i>([^<]+)<\/span>/g)].map((m) => m[1])).toEqual(['dev', 'canary', 'prod']);
  });

  test('the lead-time line breaks at a week without a lead time', () => {
    const d = /<path d="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(d.match(/[ML]/g)).toEqual(['M', 'M']);
  });

  test('no commit times: the lead-time chart says so', () => {
    const empty = chartsHtml(report([group()], [week('2026-11-02', { prod: 1 })]));
    expect(empty).toContain('no commit times recorded');
    expect(empty).toContain('aria-label="Median lead time per week: no data"');
  });

  test('ring names are escaped and nothing is fetched or run', () => {
    const odd = chartsHtml(report([group()], [week('2026-11-02', { '<b>"x"': 1 })]));
    expect(odd).toContain('&lt;b&gt;&quot;x&quot;');
    expect(odd).not.toContain('<b>');
    expect(odd).not.toMatch(/<script|href=|src=|url\(/);
  });
});
