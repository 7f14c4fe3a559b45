import type { MetricsReport, WeekPoint } from './compute.js';
import { hours } from './format.js';

/**
 * The dashboard's charts as inline SVG: deployments per week per ring, median lead time per week,
 * failure rate per week. Self-contained (own <style>, no script, no external reference), so the
 * page stays one file that makes no request.
 */

const W = 360;
const H = 200;
const PAD = { left: 40, right: 8, top: 10, bottom: 26 };
const PALETTE = ['#0969da', '#bf8700', '#1a7f37', '#8250df', '#cf222e', '#57606a', '#1b7c83', '#9a6700'];
const RING_ORDER = [
  'dev',
  'development',
  'test',
  'qa',
  'int',
  'staging',
  'stage',
  'preprod',
  'canary',
  'prod',
  'production',
];

const CSS = `
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:12px;padding:0 24px 12px}
.chart{margin:0;background:#fff;border:1px solid var(--line,#dfe3ea);border-radius:8px;padding:10px 12px;min-width:0}
.chart figcaption{font-weight:600;font-size:14px}.chart figcaption span{display:block;font-weight:400;font-size:12px;color:var(--muted,#5c6475)}
.chart svg{display:block;width:100%;height:auto;margin-top:6px}.chart text{font:11px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:#5c6475}
.chart .grid{stroke:#eef1f5}.chart .axis{stroke:#c7ccd5}.chart .empty{font-size:13px;fill:#5c6475}
.legend{display:flex;flex-wrap:wrap;gap:4px 12px;font-size:12px;color:var(--muted,#5c6475);margin-top:4px}.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;vertical-align:-1px}
@media (max-width:600px){.charts{padding:0 12px 12px}}
`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (n: number) => Math.round(n * 10) / 10;

/** A round upper bound and 4 steps to it. */
function scale(max: number): number[] {
  if (max <= 0) return [0, 1];
  const step0 = max / 4;
  const mag = 10 ** Math.floor(Math.log10(step0));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= step0) ?? 10 * mag;
  return Array.from({ length: Math.ceil(max / step - 1e-9) + 1 }, (_, i) => i * step);
}

function frame(
  ticks: number[],
  label: (v: number) => string,
  weeks: WeekPoint[],
): { y: (v: number) => string; x: (i: number) => number; band: number; svg: string } {
  const top = ticks[ticks.length - 1];
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const band = plotW / Math.max(1, weeks.length);
  const y = (v: number) => r1(PAD.top + plotH - (v / top) * plotH).toString();
  const x = (i: number) => r1(PAD.left + band * i);
  const every = weeks.length > 8 ? 2 : 1;
  const parts = ticks.map(
    (t) =>
      `<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(t)}" y2="${y(t)}"/><text x="${PAD.left - 4}" y="${y(t)}" dy="4" text-anchor="end">${esc(label(t))}</text>`,
  );
  parts.push(`<line class="axis" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(0)}" y2="${y(0)}"/>`);
  weeks.forEach((w, i) => {
    if ((weeks.length - 1 - i) % every === 0)
      parts.push(`<text x="${r1(x(i) + band / 2)}" y="${H - 8}" text-anchor="middle">${w.week.slice(5)}</text>`);
  });
  return { y, x, band, svg: parts.join('') };
}

function figure(id: string, title: string, sub: string, aria: string, body: string, legend = ''): string {
  return `<figure class="chart" id="${id}"><figcaption>${esc(title)}<span>${esc(sub)}</span></figcaption><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(aria)}">${body}</svg>${legend}</figure>`;
}

function ringsOf(weeks: WeekPoint[]): string[] {
  const all = [...new Set(weeks.flatMap((w) => Object.keys(w.deploymentsByRing)))];
  const rank = (r: string) => (RING_ORDER.includes(r) ? RING_ORDER.indexOf(r) : RING_ORDER.length);
  return all.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
}

function deploymentsChart(weeks: WeekPoint[]): string {
  const rings = ringsOf(weeks);
  const colour = (r: string) => PALETTE[rings.indexOf(r) % PALETTE.length];
  const f = frame(scale(Math.max(0, ...weeks.map((w) => w.deployments))), (v) => String(v), weeks);
  const bars = weeks.flatMap((w, i) => {
    let base = 0;
    return rings
      .filter((r) => w.deploymentsByRing[r])
      .map((r) => {
        const n = w.deploymentsByRing[r];
        const y0 = Number(f.y(base));
        base += n;
        const y1 = Number(f.y(base));
        return `<rect class="bar" data-ring="${esc(r)}" fill="${colour(r)}" x="${r1(f.x(i) + f.band * 0.15)}" width="${r1(f.band * 0.7)}" y="${r1(y1)}" height="${r1(y0 - y1)}"><title>${esc(`week of ${w.week}: ${n} to ${r}`)}</title></rect>`;
      });
  });
  const legend = `<div class="legend">${rings.map((r) => `<span><i style="background:${colour(r)}"></i>${esc(r)}</span>`).join('')}</div>`;
  const total = weeks.reduce((n, w) => n + w.deployments, 0);
  return figure(
    'chart-deployments',
    'Deployments per week',
    `${total} in ${weeks.length} weeks, by ring`,
    `Deployments per week per ring, ${total} in total`,
    f.svg + bars.join(''),
    legend,
  );
}

function leadTimeChart(weeks: WeekPoint[]): string {
  const values = weeks.map((w) => w.leadTimeMedianHours);
  const known = values.filter((v): v is number => v !== null);
  const f = frame(scale(Math.max(0, ...known)), (v) => (v === 0 ? '0' : hours(v)), weeks);
  const pts = values.map((v, i) =>
    v === null ? null : { x: r1(f.x(i) + f.band / 2), y: f.y(v), v, w: weeks[i].week },
  );
  // The line breaks where a week has no lead time.
  const path = pts.map((p, i) => (p ? `${i && pts[i - 1] ? 'L' : 'M'}${p.x} ${p.y}` : '')).join('');
  const dots = pts
    .map((p) =>
      p
        ? `<circle class="point" cx="${p.x}" cy="${p.y}" r="3.5" fill="#8250df"><title>${esc(`week of ${p.w}: median ${hours(p.v)}`)}</title></circle>`
        : '',
    )
    .join('');
  const body = known.length
    ? `${f.svg}<path d="${path}" fill="none" stroke="#8250df" stroke-width="2"/>${dots}`
    : `${f.svg}<text class="empty" x="${W / 2}" y="${H / 2}" text-anchor="middle">no commit times recorded</text>`;
  return figure(
    'chart-lead-time',
    'Lead time for changes',
    'median per week, commit → synced',
    `Median lead time per week${known.length ? '' : ': no data'}`,
    body,
  );
}

function failureChart(weeks: WeekPoint[]): string {
  const rates = weeks.map((w) => (w.deployments ? (100 * w.failed) / w.deployments : null));
  const f = frame(scale(Math.max(10, ...rates.filter((v): v is number => v !== null))), (v) => `${v}%`, weeks);
  const bars = rates
    .map((v, i) =>
      v === null
        ? ''
        : `<rect class="bar" fill="#cf222e" x="${r1(f.x(i) + f.band * 0.2)}" width="${r1(f.band * 0.6)}" y="${f.y(v)}" height="${r1(Number(f.y(0)) - Number(f.y(v)))}"><title>${esc(`week of ${weeks[i].week}: ${weeks[i].failed} of ${weeks[i].deployments} failed (${Math.round(v)}%)`)}</title></rect>`,
    )
    .join('');
  const failed = weeks.reduce((n, w) => n + w.failed, 0);
  const total = weeks.reduce((n, w) => n + w.deployments, 0);
  return figure(
    'chart-failures',
    'Change failure rate',
    `${failed} of ${total} deployments failed (rolled back, rejected, sync failed)`,
    `Change failure rate per week, ${failed} of ${total}`,
    f.svg + bars,
  );
}

/** The three charts for the weeks of a report. */
export function chartsHtml(r: MetricsReport): string {
  return `<style>${CSS}</style><section class="charts" aria-label="DORA metrics">${deploymentsChart(r.weeks)}${leadTimeChart(r.weeks)}${failureChart(r.weeks)}</section>`;
}
