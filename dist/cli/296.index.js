"use strict";
exports.id = 296;
exports.ids = [296,754,908];
exports.modules = {

/***/ 7874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JN: () => (/* binding */ readAnswer),
/* harmony export */   dG: () => (/* binding */ checkAnswer),
/* harmony export */   lq: () => (/* binding */ optional)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8115);

class Optional {
    shape;
    constructor(shape) {
        this.shape = shape;
    }
}
/** `shape`, or missing, or null. */
function optional(shape) {
    return new Optional(shape);
}
/**
 * Checks a parsed answer against `shape` instead of casting it: an answer of another shape (a proxy's
 * page, an API version that moved a field) is one `invalid-answer` error naming the server, what was
 * being done and the first field at fault, not a TypeError three calls later. Hand-written rather
 * than a schema library, which would load with every bundle (test/package/start-up.test.ts).
 */
function checkAnswer(value, shape, server, doing) {
    const fault = faultOf(value, shape, '');
    if (fault !== undefined)
        throw invalidAnswer(server, doing, fault);
    return value;
}
/** {@link checkAnswer} of a body as it came: a body that is not JSON (a proxy's HTML page) is an `invalid-answer` too. */
function readAnswer(text, shape, server, doing) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw invalidAnswer(server, doing, 'the body is not JSON');
    }
    return checkAnswer(value, shape, server, doing);
}
function invalidAnswer(server, doing, fault) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RingwayError */ .Sy(`${doing}: ${server} answered in a shape ringway does not know: ${fault}`, {
        kind: 'invalid-answer',
    });
}
function faultOf(value, shape, at) {
    const where = at || 'the answer';
    if (shape instanceof Optional)
        return value === undefined || value === null ? undefined : faultOf(value, shape.shape, at);
    if (value === undefined || value === null)
        return shape === 'unknown' && value === null
            ? undefined
            : typeof shape === 'string' && shape.endsWith('?')
                ? undefined
                : `${where} is missing`;
    if (typeof shape === 'string') {
        const type = shape.replace('?', '');
        if (type === 'unknown' || typeof value === type)
            return undefined;
        return `${where} is ${describe(value)}, not a ${type}`;
    }
    if (Array.isArray(shape)) {
        if (!Array.isArray(value))
            return `${where} is ${describe(value)}, not a list`;
        for (let i = 0; i < value.length; i++) {
            const f = faultOf(value[i], shape[0], `${at}[${i}]`);
            if (f)
                return f;
        }
        return undefined;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return `${where} is ${describe(value)}, not an object`;
    const fields = Object.entries(shape).flatMap(([key, sub]) => key === '*' ? Object.keys(value).map((k) => [k, sub]) : [[key, sub]]);
    for (const [key, sub] of fields) {
        const f = faultOf(value[key], sub, at ? `${at}.${key}` : key);
        if (f)
            return f;
    }
    return undefined;
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'string')
        return `the text '${value.length > 40 ? `${value.slice(0, 37)}...` : value}'`;
    return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}


/***/ }),

/***/ 4908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command),
  writeDashboard: () => (/* binding */ writeDashboard)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/metrics/format.ts
var format = __webpack_require__(4601);
;// CONCATENATED MODULE: ./lib/metrics/charts.ts

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
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (n) => Math.round(n * 10) / 10;
/** A round upper bound and 4 steps to it. */
function scale(max) {
    if (max <= 0)
        return [0, 1];
    const step0 = max / 4;
    const mag = 10 ** Math.floor(Math.log10(step0));
    const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= step0) ?? 10 * mag;
    return Array.from({ length: Math.ceil(max / step - 1e-9) + 1 }, (_, i) => i * step);
}
function charts_frame(ticks, label, weeks) {
    const top = ticks[ticks.length - 1];
    const plotW = W - PAD.left - PAD.right;
    const plotH = H - PAD.top - PAD.bottom;
    const band = plotW / Math.max(1, weeks.length);
    const y = (v) => r1(PAD.top + plotH - (v / top) * plotH).toString();
    const x = (i) => r1(PAD.left + band * i);
    const every = weeks.length > 8 ? 2 : 1;
    const parts = ticks.map((t) => `<line class="grid" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(t)}" y2="${y(t)}"/><text x="${PAD.left - 4}" y="${y(t)}" dy="4" text-anchor="end">${esc(label(t))}</text>`);
    parts.push(`<line class="axis" x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(0)}" y2="${y(0)}"/>`);
    weeks.forEach((w, i) => {
        if ((weeks.length - 1 - i) % every === 0)
            parts.push(`<text x="${r1(x(i) + band / 2)}" y="${H - 8}" text-anchor="middle">${w.week.slice(5)}</text>`);
    });
    return { y, x, band, svg: parts.join('') };
}
function figure(id, title, sub, aria, body, legend = '') {
    return `<figure class="chart" id="${id}"><figcaption>${esc(title)}<span>${esc(sub)}</span></figcaption><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(aria)}">${body}</svg>${legend}</figure>`;
}
function ringsOf(weeks) {
    const all = [...new Set(weeks.flatMap((w) => Object.keys(w.deploymentsByRing)))];
    const rank = (r) => (RING_ORDER.includes(r) ? RING_ORDER.indexOf(r) : RING_ORDER.length);
    return all.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
}
function deploymentsChart(weeks) {
    const rings = ringsOf(weeks);
    const colour = (r) => PALETTE[rings.indexOf(r) % PALETTE.length];
    const f = charts_frame(scale(Math.max(0, ...weeks.map((w) => w.deployments))), (v) => String(v), weeks);
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
    return figure('chart-deployments', 'Deployments per week', `${total} in ${weeks.length} weeks, by ring`, `Deployments per week per ring, ${total} in total`, f.svg + bars.join(''), legend);
}
function leadTimeChart(weeks) {
    const values = weeks.map((w) => w.leadTimeMedianHours);
    const known = values.filter((v) => v !== null);
    const f = charts_frame(scale(Math.max(0, ...known)), (v) => (v === 0 ? '0' : (0,format/* hours */.c$)(v)), weeks);
    const pts = values.map((v, i) => v === null ? null : { x: r1(f.x(i) + f.band / 2), y: f.y(v), v, w: weeks[i].week });
    // The line breaks where a week has no lead time.
    const path = pts.map((p, i) => (p ? `${i && pts[i - 1] ? 'L' : 'M'}${p.x} ${p.y}` : '')).join('');
    const dots = pts
        .map((p) => p
        ? `<circle class="point" cx="${p.x}" cy="${p.y}" r="3.5" fill="#8250df"><title>${esc(`week of ${p.w}: median ${(0,format/* hours */.c$)(p.v)}`)}</title></circle>`
        : '')
        .join('');
    const body = known.length
        ? `${f.svg}<path d="${path}" fill="none" stroke="#8250df" stroke-width="2"/>${dots}`
        : `${f.svg}<text class="empty" x="${W / 2}" y="${H / 2}" text-anchor="middle">no commit times recorded</text>`;
    return figure('chart-lead-time', 'Lead time for changes', 'median per week, commit → synced', `Median lead time per week${known.length ? '' : ': no data'}`, body);
}
function failureChart(weeks) {
    const rates = weeks.map((w) => (w.deployments ? (100 * w.failed) / w.deployments : null));
    const f = charts_frame(scale(Math.max(10, ...rates.filter((v) => v !== null))), (v) => `${v}%`, weeks);
    const bars = rates
        .map((v, i) => v === null
        ? ''
        : `<rect class="bar" fill="#cf222e" x="${r1(f.x(i) + f.band * 0.2)}" width="${r1(f.band * 0.6)}" y="${f.y(v)}" height="${r1(Number(f.y(0)) - Number(f.y(v)))}"><title>${esc(`week of ${weeks[i].week}: ${weeks[i].failed} of ${weeks[i].deployments} failed (${Math.round(v)}%)`)}</title></rect>`)
        .join('');
    const failed = weeks.reduce((n, w) => n + w.failed, 0);
    const total = weeks.reduce((n, w) => n + w.deployments, 0);
    return figure('chart-failures', 'Change failure rate', `${failed} of ${total} deployments failed (rolled back, rejected, sync failed)`, `Change failure rate per week, ${failed} of ${total}`, f.svg + bars);
}
/** The three charts for the weeks of a report. */
function chartsHtml(r) {
    return `<style>${CSS}</style><section class="charts" aria-label="DORA metrics">${deploymentsChart(r.weeks)}${leadTimeChart(r.weeks)}${failureChart(r.weeks)}</section>`;
}

// EXTERNAL MODULE: ./lib/metrics/read.ts + 2 modules
var read = __webpack_require__(833);
// EXTERNAL MODULE: ./lib/hash.ts
var hash = __webpack_require__(2604);
// EXTERNAL MODULE: ./lib/telemetry/query.ts
var query = __webpack_require__(9534);
;// CONCATENATED MODULE: ./lib/telemetry/dashboard.ts


/** Links from rows: only http(s). A row is written by whoever can write the table (`javascript:…`). */
const WEB_LINK = /^https?:\/\/[^\s]+$/i;
/** JSON safe inside a <script> element (no "</script>", no HTML comment openers). */
function scriptJson(data) {
    return JSON.stringify(data)
        .replace(/</g, '\\u003c')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}
const dashboard_CSS = `
:root{--bg:#f6f7f9;--fg:#1d2330;--muted:#5c6475;--line:#dfe3ea;--ok:#1a7f37;--wait:#9a6700;--run:#0969da;--bad:#cf222e}
*{box-sizing:border-box}body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--fg)}
header{padding:16px 24px;background:#fff;border-bottom:1px solid var(--line)}h1{margin:0;font-size:20px}header p{margin:4px 0 0;color:var(--muted)}
.filters{display:flex;flex-wrap:wrap;gap:12px;padding:12px 24px;align-items:end}
label{display:flex;flex-direction:column;font-size:12px;color:var(--muted);gap:2px}
select,input{font:inherit;padding:5px 8px;border:1px solid var(--line);border-radius:6px;background:#fff;min-width:150px}
main{padding:0 24px 24px}table{width:100%;border-collapse:collapse;background:#fff;border:1px solid var(--line)}
th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}th,td:first-child,code{white-space:nowrap}main{overflow-x:auto}th{background:#eef1f5;font-size:12px;text-transform:uppercase;letter-spacing:.03em;color:var(--muted);position:sticky;top:0}
tr:hover td{background:#f9fafb}code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace}
.state{display:inline-block;padding:2px 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff}
.s-synced{background:var(--ok)}.s-ready{background:var(--run)}.s-merged{background:#8250df}.s-awaiting{background:var(--wait)}.s-hld{background:#bf8700}.s-image{background:#57606a}.s-incomplete{background:var(--bad)}.s-sync{background:var(--bad)}.s-rolled{background:#6e7781;text-decoration:line-through}.gate{color:var(--bad);font-weight:600;white-space:nowrap}
#count{color:var(--muted);margin:8px 0}button{font:inherit;padding:6px 12px;border:1px solid var(--line);border-radius:6px;background:#fff;cursor:pointer;margin-top:10px}
`;
// Runs in the page: filters over the embedded data; rows are rendered in slices so 10,000 stay fast.
const JS = `
const data = JSON.parse(document.getElementById('data').textContent);
const ids = ['service','ring','author','state'];
const sel = Object.fromEntries(ids.map((k) => [k, document.getElementById('f-' + k)]));
for (const k of ids) {
  for (const v of [...new Set(data.map((d) => d[k]).filter(Boolean))].sort()) sel[k].add(new Option(v, v));
}
const kw = document.getElementById('f-keyword');
const body = document.querySelector('tbody');
const count = document.getElementById('count');
const more = document.getElementById('more');
const params = new URLSearchParams(location.search);
for (const k of ids) if (params.get(k)) sel[k].value = params.get(k);
if (params.get('keyword')) kw.value = params.get('keyword');
let rows = [], shown = 0;
const cls = (s) => 's-' + (s.split(' ')[0] || 'incomplete').toLowerCase();
function cell(text, code) { const td = document.createElement('td'); if (code) { const c = document.createElement('code'); c.textContent = text; td.append(c); } else td.textContent = text; return td; }
const hm = (t) => t.slice(0, 16).replace('T', ' ');
// Each cluster with its own sync time; a failing cluster shows the operator's reason.
function syncText(d) {
  if (d.clusters && d.clusters.length) return d.clusters.map((c) => c.failing ? '✘ ' + c.name + ' ' + c.reason : c.synced ? '✓ ' + c.name + ' ' + hm(c.synced) : '… ' + c.name).join(', ');
  if (d.state === 'Sync failed') return '✘';
  return d.synced ? '✓ ' + (d.cluster || hm(d.synced)) : '';
}
function render(n) {
  const frag = document.createDocumentFragment();
  for (const d of rows.slice(shown, shown + n)) {
    const tr = document.createElement('tr');
    const st = document.createElement('td'); const b = document.createElement('span'); b.className = 'state ' + cls(d.state); b.textContent = d.state; st.append(b); tr.append(st);
    // A rollback and the deployment it replaced name each other, with the reason, on hover.
    const why = d.rollbackReason ? ': ' + d.rollbackReason : '';
    if (d.rolledBackBy) b.title = 'rolled back by deployment ' + d.rolledBackBy + why;
    else if (d.rollbackOf) { b.title = 'rollback of deployment ' + d.rollbackOf + why; st.append(' ↩'); }
    // What the gate rejected (a metric: its check, value and threshold), on hover.
    if (d.gateText) { const g = document.createElement('span'); g.className = 'gate'; g.textContent = ' ✘ gate'; g.title = 'rejected by the gate at ' + hm(d.gateRejected) + ': ' + d.gateText.replace(/^✘ /, ''); st.append(g); }
    tr.append(cell(d.service), cell(d.ring), cell(d.author));
    tr.append(cell(d.imageTag + (d.buildId ? ' (build ' + d.buildId + ')' : '')));
    const hld = cell(d.hldCommitId.slice(0, 7), true);
    if (d.pr) { const a = document.createElement(d.prUrl ? 'a' : 'span'); if (d.prUrl) a.href = d.prUrl; a.textContent = ' PR ' + d.pr; hld.append(a); }
    tr.append(hld, cell(d.mergedBy), cell(d.manifestCommitId.slice(0, 7), true), cell(syncText(d)));
    tr.append(cell(d.lastUpdated.slice(0, 16).replace('T', ' ')), cell(d.durationMinutes ? d.durationMinutes + ' min' : ''));
    frag.append(tr);
  }
  body.append(frag);
  shown = Math.min(rows.length, shown + n);
  count.textContent = rows.length + ' of ' + data.length + ' deployments' + (shown < rows.length ? ' (showing ' + shown + ')' : '');
  more.hidden = shown >= rows.length;
}
function apply() {
  const k = kw.value.trim().toLowerCase();
  rows = data.filter((d) => ids.every((f) => !sel[f].value || d[f] === sel[f].value) && (!k || JSON.stringify(d).toLowerCase().includes(k)));
  body.textContent = ''; shown = 0; render(200);
}
for (const k of ids) sel[k].addEventListener('change', apply);
kw.addEventListener('input', apply);
more.addEventListener('click', () => render(1000));
apply();
`;
/** One self-contained page: no network, no CDN; data, styles and script inline. */
/** `charts`: self-contained HTML (inline SVG and its own style) shown above the table. */
async function dashboardHtml(rows, meta, charts = '') {
    const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    // Dropped here, not only in the page: the embedded data is what a copy of the page carries.
    const safe = rows.map((r) => ({
        ...r,
        ...(r.prUrl && !WEB_LINK.test(r.prUrl) ? { prUrl: '' } : {}),
        gateText: (0,query/* gateText */.bp)(r),
    }));
    // The page runs only its own script: the CSP names it by hash, so no other inline script runs.
    const scriptHash = (await (0,hash/* sha256 */.s)()).update(JS).digest('base64');
    const filter = (id, label) => `<label>${label}<select id="f-${id}"><option value="">All</option></select></label>`;
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:">
<title>${esc(meta.title)}</title><style>${dashboard_CSS}</style></head>
<body><header><h1>${esc(meta.title)}</h1><p>Where is my container? ${rows.length} deployments from ${esc(meta.source)}, generated ${esc(meta.generatedAt)}</p></header>
${charts}<div class="filters">${filter('service', 'Service')}${filter('ring', 'Ring')}${filter('author', 'Author')}${filter('state', 'State')}<label>Keyword<input id="f-keyword" type="search" placeholder="tag, commit, PR…"></label></div>
<main><div id="count"></div><table><thead><tr><th>State</th><th>Service</th><th>Ring</th><th>Author</th><th>Image</th><th>HLD commit / PR</th><th>Merged by</th><th>Manifest commit</th><th>Synced</th><th>Last updated</th><th>Duration</th></tr></thead><tbody></tbody></table>
<button id="more" hidden>Show more</button></main>
<script id="data" type="application/json">${scriptJson(safe)}</script>
<script>${JS}</script></body></html>
`;
}

// EXTERNAL MODULE: ./lib/hosts/cli-args.ts
var cli_args = __webpack_require__(9728);
// EXTERNAL MODULE: ./lib/cli/commands/storage-flags.ts
var storage_flags = __webpack_require__(8373);
;// CONCATENATED MODULE: ./lib/cli/commands/dashboard.ts









const command = {
    help: `ringway dashboard --out <dir> [--title <text>] [storage options]

Writes <dir>/index.html: charts of the last 12 weeks (deployments per week per ring, lead time,
failure rate; docs/metrics.md), every deployment of the table with Spektate's columns, filters by service,
ring, author, state and keyword, and status colours. The page is one file with its data, styles
and script inline: it makes no network request and can be published as a build artifact.

Storage (or RINGWAY_* variables):
${storage_flags/* storageHelp */.RO}
`,
    async run(argv) {
        const { flags, positionals } = (0,cli_args/* parseArgs */.Zy)(argv, [{ name: 'out' }, { name: 'title' }, ...storage_flags/* storageFlagSpecs */.eA]);
        if (positionals.length)
            throw new errors/* UsageError */.eb(`ringway dashboard takes no arguments, got '${positionals[0]}'`);
        const out = flags.get('out');
        if (!out)
            throw new errors/* UsageError */.eb('option --out is required');
        const { file, count } = await writeDashboard((0,storage_flags/* flagStore */.iK)(flags), out, flags.get('title') ?? 'Deployments');
        process.stderr.write(`wrote ${file} (${count} deployments)\n`);
        process.stdout.write(`dashboard=${file}\ndeployments=${count}\n`);
        return 0;
    },
};
/** Writes <out>/index.html for every deployment of the table; replaced whole, never half-written. */
async function writeDashboard(store, out, title) {
    const rows = await (0,query/* listDeployments */.Jn)(store, {});
    // Charts: the last 12 weeks, by the definitions of docs/metrics.md.
    const now = Date.now();
    const metrics = await (0,read/* readMetrics */.Uw)(store, {}, { since: now - 12 * 7 * 86400e3, until: now });
    const dir = (0,external_node_path_.resolve)(out);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const html = await dashboardHtml(rows, { title, generatedAt: new Date().toISOString().slice(0, 16).replace('T', ' '), source: `table ${store.tableName}` }, chartsHtml(metrics));
    const tmp = (0,external_node_path_.join)(dir, `.index.html.${process.pid}`);
    // Written whole or not at all; a failed write leaves no temporary file behind.
    await (0,promises_.writeFile)(tmp, html)
        .then(() => (0,promises_.rename)(tmp, (0,external_node_path_.join)(dir, 'index.html')))
        .catch(async (err) => {
        await (0,promises_.rm)(tmp, { force: true }).catch(() => undefined);
        throw err;
    });
    return { file: (0,external_node_path_.join)(dir, 'index.html'), count: rows.length };
}


/***/ }),

/***/ 3715:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   command: () => (/* binding */ command)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8115);
/* harmony import */ var _monitoring_prometheus_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9869);
/* harmony import */ var _demo_chain_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4453);
/* harmony import */ var _steps_names_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(270);
/* harmony import */ var _steps_storage_inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5450);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6995);
/* harmony import */ var _hosts_cli_args_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9728);
/* harmony import */ var _storage_flags_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8373);
/* harmony import */ var _dashboard_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4908);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_demo_chain_js__WEBPACK_IMPORTED_MODULE_6__]);
_demo_chain_js__WEBPACK_IMPORTED_MODULE_6__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];













/**
 * The demo data ships beside the CLI (the package's demo/ folder): found upward from the program
 * that runs (dist/cli/index.js, through npx's symlink too), else from the working directory (a
 * clone). Not `import.meta.url`: the CommonJS bundle would carry the build machine's path.
 */
function findDemoRoot() {
    const starts = [
        process.argv[1] && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(process.argv[1]) ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(process.argv[1])) : undefined,
        process.cwd(),
    ];
    for (let dir of starts) {
        for (let i = 0; dir && i < 6; i++) {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'demo', 'hld', 'component.yaml')))
                return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'demo');
            dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(dir);
        }
    }
    return undefined;
}
const command = {
    help: `ringway demo [--workspace <dir>] [--registry <host:port>] [--builder auto|docker|buildah|podman]
             [--isolation <mode>] [--storage-driver <driver>]
             [--ring-service <host:port> --prometheus-url <url>] [storage options]

Runs every step the way a pipeline would, on local stand-ins, and prints each hop as the ringway
command that does it: a service repository, an HLD repository (Fabrikate format) and a manifest
repository are made as bare git repositories in the workspace; the new image tag goes to the HLD
through the local pull-request provider; the HLD is rendered (helm must be on PATH) and pushed to
the manifest repository; the same command again changes nothing.

With --registry, the image of demo/service is built and pushed there, then promoted by a registry
retag. With telemetry storage (flags or RINGWAY_* variables; Azurite works), every hop is recorded,
the gate decides dev → staging (promote) and staging → prod (wait), the tag is proposed to staging,
and <workspace>/dashboard/index.html is written. Then a bad release: the next tag reaches staging,
where its health check (a stand-in service on 127.0.0.1) answers 503; the gate rejects it for prod,
rollback puts the previous tag back in staging through the HLD, and the manifests are pushed again.

With --ring-service and --prometheus-url (a Prometheus that scrapes <host:port>/metrics, the
stand-in staging service's request counters), staging soaks 5s and the gate also checks its 5xx
ratio over the soak window (< 0.01): the bad release is rejected by that metric as well, and the
record names the check, the value and the threshold. \`npm run demo\` starts one (Debian's prometheus).

Outputs (stdout): workspace, image-tag, hld-commit, manifest-commit, dev-image, and with telemetry
the gate decisions, bad-tag, gate-bad-reason (with Prometheus: gate-bad-metric, -value, -threshold),
rollback-from/-to/-commit, staging-image and the dashboard. The workspace is kept for inspection.

Storage (or RINGWAY_* variables):
${_storage_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .storageHelp */ .RO}
`,
    async run(argv) {
        const { flags, positionals } = (0,_hosts_cli_args_js__WEBPACK_IMPORTED_MODULE_9__/* .parseArgs */ .Zy)(argv, [
            { name: 'workspace' },
            { name: 'registry' },
            { name: 'builder' },
            { name: 'isolation' },
            { name: 'storage-driver' },
            { name: 'ring-service' },
            { name: 'prometheus-url' },
            ..._storage_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .storageFlagSpecs */ .eA,
        ]);
        if (positionals.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`ringway demo takes no arguments, got '${positionals[0]}'`);
        const demoRoot = findDemoRoot();
        if (!demoRoot)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('ringway demo: the demo data (demo/hld, demo/service) is not beside this ringway; run it from the ringway package or repository');
        const registry = flags.get('registry');
        if (registry !== undefined && !/^[\w.-]+(:\d+)?$/.test(registry))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`option --registry must be host[:port], got '${registry}'`);
        const ringService = flags.get('ring-service');
        const ringAddress = ringService !== undefined ? /^([\w.-]+):(\d{1,5})$/.exec(ringService) : undefined;
        if (ringAddress === null || (ringAddress && Number(ringAddress[2]) > 65535))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`option --ring-service must be host:port, got '${ringService}'`);
        const prometheus = flags.get('prometheus-url');
        if (prometheus !== undefined) {
            try {
                (0,_monitoring_prometheus_js__WEBPACK_IMPORTED_MODULE_5__/* .prometheusUrl */ .C7)(prometheus);
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`option --prometheus-url: ${err.message}`);
            }
            if (!ringAddress)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('option --prometheus-url needs --ring-service (the address that Prometheus scrapes)');
        }
        let workspace = flags.get('workspace');
        if (workspace) {
            workspace = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(workspace);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(workspace, { recursive: true });
            if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(workspace)).length)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`option --workspace: ${workspace} is not empty`);
        }
        else {
            workspace = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'ringway-demo-'));
        }
        // Storage flags become the RINGWAY_* variables every step reads, so no secret is printed in
        // the command lines the demo shows.
        for (const d of _steps_storage_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .storageInputs */ .Fd) {
            const v = flags.get(d.name);
            if (v === undefined)
                continue;
            if (d.secret)
                (0,_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .registerSecret */ .cl)(v);
            process.env[(0,_steps_names_js__WEBPACK_IMPORTED_MODULE_12__/* .envName */ .pD)(d.name)] = v;
        }
        const telemetry = Boolean(process.env[(0,_steps_names_js__WEBPACK_IMPORTED_MODULE_12__/* .envName */ .pD)('table-name')] &&
            process.env[(0,_steps_names_js__WEBPACK_IMPORTED_MODULE_12__/* .envName */ .pD)('partition-key')] &&
            (process.env[(0,_steps_names_js__WEBPACK_IMPORTED_MODULE_12__/* .envName */ .pD)('connection-string')] || process.env[(0,_steps_names_js__WEBPACK_IMPORTED_MODULE_12__/* .envName */ .pD)('account-name')]));
        const log = (line) => process.stderr.write(`${line}\n`);
        log(`ringway demo: workspace ${workspace}${telemetry ? '' : ' (no telemetry storage: record-deployment, gate and dashboard are skipped)'}`);
        const result = await (0,_demo_chain_js__WEBPACK_IMPORTED_MODULE_6__/* .runDemo */ .n)({
            demoRoot,
            workspace,
            registry,
            builder: {
                builder: flags.get('builder') ?? 'auto',
                isolation: flags.get('isolation') ?? '',
                storageDriver: flags.get('storage-driver') ?? '',
            },
            telemetry,
            log,
            ring: {
                ringService: ringAddress ? { host: ringAddress[1], port: Number(ringAddress[2]) } : undefined,
                prometheusUrl: prometheus,
            },
        });
        if (telemetry) {
            const { file, count } = await (0,_dashboard_js__WEBPACK_IMPORTED_MODULE_11__.writeDashboard)((0,_storage_flags_js__WEBPACK_IMPORTED_MODULE_10__/* .flagStore */ .iK)(new Map()), (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(workspace, 'dashboard'), 'Fabrikam deployments (ringway demo)');
            log(`\n▶ Dashboard: ${file} (${count} deployments)`);
            result.dashboard = file;
        }
        log('\n✓ demo complete: the manifest Flux would apply runs the released image');
        for (const [k, v] of Object.entries(result))
            process.stdout.write(`${k}=${v}\n`);
        return 0;
    },
};

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 8373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RO: () => (/* binding */ storageHelp),
/* harmony export */   eA: () => (/* binding */ storageFlagSpecs),
/* harmony export */   iK: () => (/* binding */ flagStore)
/* harmony export */ });
/* harmony import */ var _hosts_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3931);
/* harmony import */ var _steps_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(270);
/* harmony import */ var _steps_storage_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5450);



const storageFlagSpecs = _steps_storage_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .storageInputs */ .Fd.map((d) => ({ name: d.name }));
const storageHelp = _steps_storage_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .storageInputs */ .Fd
    .map((d) => `  --${d.name} <value>`.padEnd(30) + `${d.description} (env ${(0,_steps_names_js__WEBPACK_IMPORTED_MODULE_2__/* .envName */ .pD)(d.name)})`)
    .join('\n');
/** The deployment table from --flags, else RINGWAY_* variables: the storage inputs, resolved as a step's. */
function flagStore(flags) {
    return (0,_steps_storage_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .openStore */ .Ch)((0,_hosts_cli_js__WEBPACK_IMPORTED_MODULE_0__.commandInputs)({ inputs: _steps_storage_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .storageInputs */ .Fd }, flags));
}


/***/ }),

/***/ 3560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p: () => (/* binding */ badRelease)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/errors.ts
var errors = __webpack_require__(8115);
// EXTERNAL MODULE: ./lib/monitoring/prometheus.ts
var prometheus = __webpack_require__(9869);
// EXTERNAL MODULE: ./lib/demo/pipelines.ts
var pipelines = __webpack_require__(9383);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./lib/demo/ring-service.ts

/** Simulated requests a second, and the share of them a tag with a known bug answers with 500. */
const RPS = 20;
const BROKEN_ERROR_RATIO = 0.25;
/**
 * A stand-in for the service one ring runs, on 127.0.0.1 (or `listen`) for the demo: /healthz
 * answers 200 with the version it runs, or 503 while it runs a tag with a known bug; /metrics
 * counts the requests it serves (simulated, RPS a second) as `http_requests_total{service, ring,
 * version, code}` in Prometheus's text format (its own labels, so any Prometheus that scrapes it
 * can be asked by service and ring), a quarter of them 500 while it runs the broken tag.
 */
async function startRingService(broken, labels, listen = { host: '127.0.0.1', port: 0 }) {
    let running = '';
    const served = new Map();
    let owed = 0;
    let errorsOwed = 0;
    const count = (version, code, n) => {
        const key = `${version} ${code}`;
        const c = served.get(key) ?? { version, code, n: 0 };
        c.n += n;
        served.set(key, c);
    };
    const traffic = setInterval(() => {
        if (!running)
            return;
        owed += RPS / 10;
        const n = Math.floor(owed);
        owed -= n;
        errorsOwed += running === broken ? n * BROKEN_ERROR_RATIO : 0;
        const errors = Math.min(n, Math.floor(errorsOwed));
        errorsOwed -= errors;
        count(running, '200', n - errors);
        if (errors || running === broken)
            count(running, '500', errors);
    }, 100);
    traffic.unref();
    const own = `service=${JSON.stringify(labels.service)},ring=${JSON.stringify(labels.ring)}`;
    const exposition = () => [
        '# HELP http_requests_total Requests served, by version and status code.',
        '# TYPE http_requests_total counter',
        ...[...served.values()].map((c) => `http_requests_total{${own},version=${JSON.stringify(c.version)},code=${JSON.stringify(c.code)}} ${c.n}`),
        '',
    ].join('\n');
    const server = (0,external_node_http_.createServer)((req, res) => {
        if (req.url === '/metrics') {
            res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
            res.end(exposition());
            return;
        }
        const ok = running !== broken;
        const known = req.url === '/healthz';
        res.writeHead(known ? (ok ? 200 : 503) : 404, { 'content-type': 'application/json' });
        res.end(known ? JSON.stringify({ status: ok ? 'ok' : 'failing', version: running }) : '{}');
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(listen.port, listen.host, resolve);
    });
    const address = `${listen.host}:${server.address().port}`;
    return {
        url: `http://${address}/healthz`,
        address,
        runs(tag) {
            running = tag;
        },
        close: () => new Promise((resolve) => {
            clearInterval(traffic);
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}

;// CONCATENATED MODULE: ./lib/demo/bad-release.ts






/** How long staging soaks before the gate asks Prometheus: a few of its 1 s scrapes. */
const SOAK = '5s';
const SOAK_MS = 5000;
/** promote's metric check, as a pipeline keeps it in a file: staging's 5xx share of the tag's requests over the soak. */
const METRICS = `# The 5xx share of the requests the tag served in the from-ring, over the soak window.
- name: http-5xx-ratio
  provider: prometheus
  query: >-
    (sum(rate(http_requests_total{service="{service}",ring="{ring}",version="{tag}",code=~"5.."}[{window}])) or vector(0))
    / sum(rate(http_requests_total{service="{service}",ring="{ring}",version="{tag}"}[{window}]))
  condition: < 0.01
`;
/**
 * The soak: SOAK, and until Prometheus holds three scrapes of the tag's requests (a machine under
 * load scrapes late), so the window has data to measure; at most a minute.
 */
async function soak(c, prometheusUrl, tag) {
    await new Promise((r) => setTimeout(r, SOAK_MS));
    const source = (0,prometheus/* prometheusSource */.m4)({ url: prometheusUrl, timeoutMs: 5000 });
    const scrapes = `max(count_over_time(http_requests_total{version="${tag}"}[1m]))`;
    const until = Date.now() + 60_000;
    while (Date.now() < until) {
        const [s] = await source.instant(scrapes, Date.now()).catch(() => []);
        if ((s?.points[0]?.v ?? 0) >= 3)
            return;
        await new Promise((r) => setTimeout(r, 250));
    }
    c.log(`  (Prometheus at ${prometheusUrl} has not scraped staging's service three times in a minute)`);
}
/**
 * After staging: `good` runs in staging; the next release has a bug. It goes through dev to staging,
 * where its health check fails (and, with a Prometheus scraping staging's service, its 5xx ratio over
 * the soak); the gate rejects it for prod, `rollback` puts `good` back in staging
 * through the HLD (a reviewed commit, never a cluster edit), and the HLD pipeline renders and
 * publishes it. Every hop is the real step with the starters' inputs; only the running service is a
 * local stand-in.
 */
async function badRelease(c, good, goodStagingHld, telemetry = {}) {
    const out = {};
    const bad = `main-${c.nextRun()}`;
    const prometheus = telemetry.prometheusUrl;
    const staging = await startRingService(bad, { service: pipelines/* SERVICE */.YV, ring: 'staging' }, telemetry.ringService);
    try {
        // manifest-generation on the merge, then flux-sync when the ring's cluster applied it.
        const publish = async (title, ring, tag, hldCommit) => {
            const manifestCommit = await (0,pipelines/* manifestGeneration */.sM)(c, title, hldCommit);
            await (0,pipelines/* fluxSync */.Lj)(c, ring, manifestCommit);
            if (ring === 'staging')
                staging.runs(tag);
            return manifestCommit;
        };
        c.log(`\n━━ A bad release, caught in staging and rolled back (staging's service: ${staging.url}${prometheus ? `; Prometheus ${prometheus} scrapes its /metrics` : ''}) ━━`);
        await publish(`Staging: manifest-generation renders every ring and publishes ${good}; Flux syncs staging`, 'staging', good, goodStagingHld);
        await c.git(c.serviceDir, 'commit', '-q', '--allow-empty', '-m', 'Tune the frontend (with a bug)');
        await c.git(c.serviceDir, 'push', '-q', c.serviceUrl, 'HEAD:main');
        const commit = await c.git(c.serviceDir, 'rev-parse', 'HEAD');
        await c.record(`The next release, ${bad}, has a bug: its /healthz answers 503 (its image build is not repeated here)`, { p1: c.nextRun(), 'image-tag': bad, 'commit-id': commit, service: pipelines/* SERVICE */.YV, repository: c.serviceUrl }, true);
        const devHld = await (0,pipelines/* updateHld */.yM)(c, `build-update-hld: ${bad} to dev`, 'dev', bad);
        await publish('manifest-generation; Flux syncs dev', 'dev', bad, devHld);
        const toStaging = await (0,pipelines/* gate */.Gj)(c, `promote: gate ${bad} dev → staging (dev has no health check)`, bad, 'staging');
        if (toStaging.decision !== 'promote')
            throw new errors/* RingwayError */.Sy(`demo: the gate said ${toStaging.decision}: ${toStaging.reason}`);
        const stagingHld = await (0,pipelines/* updateHld */.yM)(c, `promote: ${bad} to staging`, 'staging', bad);
        await publish('manifest-generation; Flux syncs staging', 'staging', bad, stagingHld);
        let checks = { 'health-url': staging.url, 'health-timeout': '5s' };
        if (prometheus) {
            const file = (0,external_node_path_.join)(c.ws, 'gate-metrics.yaml');
            await (0,promises_.writeFile)(file, METRICS);
            c.log(`\n▶ promote's metric check (${file}): staging's 5xx ratio over the soak window, from Prometheus\n${METRICS.replace(/^/gm, '    ').trimEnd()}`);
            c.log(`\n▶ staging soaks ${SOAK} while Prometheus scrapes its service every second`);
            await soak(c, prometheus, bad);
            checks = { ...checks, 'soak-time': SOAK, metrics: `@${file}`, 'prometheus-url': prometheus };
        }
        const asked = prometheus
            ? "probing staging's health and checking its 5xx ratio in Prometheus"
            : "probing staging's health";
        const check = await (0,pipelines/* gate */.Gj)(c, `promote: gate ${bad} staging → prod, ${asked}`, bad, 'prod', checks);
        out['bad-tag'] = bad;
        out['gate-bad'] = check.decision;
        out['gate-bad-reason'] = check.reason;
        if (check.decision !== 'reject')
            throw new errors/* RingwayError */.Sy(`demo: the gate said ${check.decision} for ${bad}: ${check.reason}`);
        if (prometheus) {
            // The story says which metric rejected, what it measured and the threshold, as the record does.
            const metric = JSON.parse(check.conditions).find((m) => m.name === 'metric');
            if (metric?.verdict !== 'reject')
                throw new errors/* RingwayError */.Sy(`demo: the metric check did not reject ${bad}: ${metric?.verdict ?? 'not run'}`);
            Object.assign(out, {
                'gate-bad-metric': metric.check ?? '',
                'gate-bad-metric-value': metric.value ?? '',
                'gate-bad-metric-threshold': metric.threshold ?? '',
            });
            c.log(`\n▶ rejected by the metric check ${metric.check}: staging's 5xx ratio was ${metric.value}, the threshold ${metric.threshold} (and by the health probe); the gate-rejected record says so`);
        }
        // promote.yml rolls the from-ring back on reject (never on error).
        const rb = await (0,pipelines/* rollback */.dU)(c, 'promote: the gate rejected, so rollback puts the previous good tag back in staging, through the HLD like any change', 'staging', `gate: ${check.reason}`);
        Object.assign(out, {
            'rollback-from': rb['from-tag'],
            'rollback-to': rb['to-tag'],
            'rollback-commit': rb.commit,
            'rollback-deployment': rb['deployment-id'],
        });
        const manifestCommit = await publish('manifest-generation; Flux syncs staging', 'staging', rb['to-tag'], rb.commit);
        // The proof: staging's manifest runs the good image again, and its service answers healthy.
        const manifest = await c.git((0,external_node_path_.join)(c.ws, 'remotes', 'fabrikam-manifests.git'), 'show', `${manifestCommit}:staging/frontend.yaml`);
        const image = /image: "?([^"\n]+)"?/.exec(manifest)?.[1] ?? '';
        if (image !== `${c.imageRepo}:${good}`)
            throw new errors/* RingwayError */.Sy(`demo: staging/frontend.yaml runs '${image}', not ${c.imageRepo}:${good}`);
        const health = await fetch(staging.url);
        c.log(`\n▶ staging runs ${image} again; ${staging.url} answers HTTP ${health.status} ${await health.text()}`);
        Object.assign(out, { 'staging-image': image, 'staging-health': String(health.status) });
        return out;
    }
    finally {
        await staging.close();
    }
}


/***/ }),

/***/ 4453:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ runDemo)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8115);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3361);
/* harmony import */ var _hosts_cli_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3931);
/* harmony import */ var _hosts_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(756);
/* harmony import */ var _steps_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5754);
/* harmony import */ var _steps_names_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(270);
/* harmony import */ var _hld_set_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2426);
/* harmony import */ var _bad_release_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3560);
/* harmony import */ var _pipelines_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9383);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_steps_index_js__WEBPACK_IMPORTED_MODULE_6__]);
_steps_index_js__WEBPACK_IMPORTED_MODULE_6__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];











const IDENTITY = {
    GIT_AUTHOR_NAME: 'Demo Developer',
    GIT_AUTHOR_EMAIL: 'dev@example.test',
    GIT_COMMITTER_NAME: 'Demo Developer',
    GIT_COMMITTER_EMAIL: 'dev@example.test',
};
async function git(cwd, ...args) {
    return (await (0,_exec_js__WEBPACK_IMPORTED_MODULE_3__/* .exec */ .m0)('git', ['-c', 'commit.gpgsign=false', ...args], { cwd, env: IDENTITY })).stdout.trim();
}
/** A bare repository seeded with the files of `from` (or empty); returns its file:// URL and seed commit. */
async function seededRepo(ws, name, from, prepare) {
    const bare = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ws, 'remotes', `${name}.git`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(bare, { recursive: true });
    await git(bare, 'init', '-q', '--bare', '--initial-branch=main');
    if (!from)
        return { url: `file://${bare}`, commit: '' };
    const work = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ws, 'seed', name);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.cp)(from, work, { recursive: true });
    await prepare?.(work);
    await git(work, 'init', '-q', '--initial-branch=main');
    await git(work, 'add', '-A');
    await git(work, 'commit', '-q', '-m', `Initial ${name}`);
    await git(work, 'push', '-q', bare, 'HEAD:main');
    return { url: `file://${bare}`, commit: await git(work, 'rev-parse', 'HEAD') };
}
/**
 * The whole ringway chain on local stand-ins: a service repo, an HLD repo and a manifest repo as
 * bare git repositories, the local pull-request provider, and (when given) a registry and a
 * telemetry table. Every hop runs the real step with the inputs the starter pipeline that runs it
 * gives (./pipelines.ts), and is printed as the command line that does it.
 */
async function runDemo(o) {
    const ws = o.workspace;
    const buildId = String(Date.now() % 100000);
    const imageRepo = o.registry ? `${o.registry}/fabrikam-frontend` : 'fabrikam-frontend';
    const service = await seededRepo(ws, 'fabrikam-frontend', (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(o.demoRoot, 'service'));
    // Setting up the HLD repository once (workflows-examples/README.md): config/common.yaml names the
    // image every ring runs; each ring's config/<ring>.yaml holds only its tag.
    const hldUrl = (await seededRepo(ws, 'fabrikam-hld', (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(o.demoRoot, 'hld'), async (work) => {
        o.log(`\n▶ Set up the HLD (once): the image repository every ring shares, in config/common.yaml\n  $ ringway set --environment common --subcomponent ${_pipelines_js__WEBPACK_IMPORTED_MODULE_9__/* .COMPONENT */ .YD} image.repository=${imageRepo}`);
        await (0,_hld_set_js__WEBPACK_IMPORTED_MODULE_7__.setConfig)({
            componentDir: work,
            environment: 'common',
            subcomponent: [_pipelines_js__WEBPACK_IMPORTED_MODULE_9__/* .COMPONENT */ .YD],
            pairs: [{ keyPath: ['image', 'repository'], value: imageRepo }],
        });
    })).url;
    const manifestsUrl = (await seededRepo(ws, 'fabrikam-manifests')).url;
    // The build metadata a CI system would provide, as the RINGWAY_BUILD_* variables hosts read.
    Object.assign(process.env, {
        [(0,_steps_names_js__WEBPACK_IMPORTED_MODULE_10__/* .envName */ .pD)('build-commit')]: service.commit,
        [(0,_steps_names_js__WEBPACK_IMPORTED_MODULE_10__/* .envName */ .pD)('build-branch')]: 'main',
        [(0,_steps_names_js__WEBPACK_IMPORTED_MODULE_10__/* .envName */ .pD)('build-id')]: buildId,
        [(0,_steps_names_js__WEBPACK_IMPORTED_MODULE_10__/* .envName */ .pD)('build-repository-url')]: service.url,
    });
    const result = { workspace: ws };
    const step = async (title, name, values, opts = {}) => {
        const def = (0,_steps_index_js__WEBPACK_IMPORTED_MODULE_6__/* .findStep */ .M)(name);
        if (!def)
            throw new Error(`no step ${name}`);
        const flags = Object.entries(values)
            .filter(([, v]) => v !== '' && v !== undefined)
            .map(([k, v]) => `--${k} ${opts.shown?.[k] ?? (/[\s"']/.test(v) ? JSON.stringify(v) : v)}`);
        o.log(`${title ? `\n▶ ${title}\n` : ''}  $ ringway ${name} ${flags.join(' ')}`);
        // With `show`, only those outputs are printed (the step's own log is quiet; warnings still show).
        const run = await (0,_hosts_run_js__WEBPACK_IMPORTED_MODULE_5__/* .runStep */ .eg)(def, new _hosts_cli_js__WEBPACK_IMPORTED_MODULE_4__.CliHost({ quiet: Boolean(opts.show) }), (d) => values[d.name] || undefined);
        const outputs = run.ok ? run.outputs : (run.outputs ?? {});
        for (const [k, v] of Object.entries(outputs))
            if (k !== 'conditions' && (!opts.show || opts.show.includes(k)))
                o.log(`    ${k}=${v}`);
        if (!run.ok && !(opts.mayFail && run.outputs))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`demo: ringway ${name} failed: ${run.message}`);
        return outputs;
    };
    const record = async (title, values, compact, shown) => {
        if (o.telemetry)
            await step(title, 'record-deployment', { ...values, 'fail-on-error': 'true' }, { ...(compact ? { show: ['deployment-id', 'state'] } : {}), shown });
    };
    // Each later pipeline run gets the next build id.
    let runs = Number(buildId);
    const nextRun = () => String(++runs);
    const hldWork = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ws, 'hld-checkout');
    await git(ws, 'clone', '-q', hldUrl, hldWork);
    const chain = {
        step,
        record,
        nextRun,
        git,
        log: o.log,
        ws,
        hldUrl,
        hldWork,
        hldBare: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ws, 'remotes', 'fabrikam-hld.git'),
        manifestsUrl,
        imageRepo,
        serviceDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ws, 'seed', 'fabrikam-frontend'),
        serviceUrl: service.url,
    };
    // build-update-hld, first job: the image built once, hop 1 recorded.
    let tag = `main-${buildId}`;
    let image = {};
    if (o.registry) {
        image = await step('build-update-hld: build the service image once and push it to the registry', 'build-image', {
            image: imageRepo,
            context: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ws, 'seed', 'fabrikam-frontend'),
            builder: o.builder.builder,
            isolation: o.builder.isolation,
            'storage-driver': o.builder.storageDriver,
        });
        tag = image.tag;
        result['image-ref'] = image['image-ref'];
    }
    else {
        o.log(`\n▶ No --registry: build-image is skipped; the release uses tag ${tag}`);
    }
    result['image-tag'] = tag;
    await record('Record: image built', {
        p1: buildId,
        'image-tag': tag,
        'commit-id': service.commit,
        service: _pipelines_js__WEBPACK_IMPORTED_MODULE_9__/* .SERVICE */ .YV,
        repository: service.url,
    });
    // build-update-hld, second job: the tag into the first ring (config/dev.yaml), hop 2 recorded.
    result['hld-commit'] = await (0,_pipelines_js__WEBPACK_IMPORTED_MODULE_9__/* .updateHld */ .yM)(chain, 'build-update-hld: propose the new tag to the dev ring of the HLD (config/dev.yaml); the pull request is merged', 'dev', tag);
    // manifest-generation on the merge: every ring rendered, each to its own folder; then Flux in dev.
    result['manifest-commit'] = await (0,_pipelines_js__WEBPACK_IMPORTED_MODULE_9__/* .manifestGeneration */ .sM)(chain, 'manifest-generation: render every ring of the HLD (dev, staging, prod) and publish them to the manifest repository', result['hld-commit']);
    if (o.telemetry) {
        o.log('\n▶ flux-sync: the dev cluster (aks-dev) applied dev/; its Flux notification is recorded');
        await (0,_pipelines_js__WEBPACK_IMPORTED_MODULE_9__/* .fluxSync */ .Lj)(chain, 'dev', result['manifest-commit']);
    }
    if (o.telemetry) {
        // promote: gate, then the same tag into config/staging.yaml, recorded as build-update-hld records dev.
        const toStaging = await (0,_pipelines_js__WEBPACK_IMPORTED_MODULE_9__/* .gate */ .Gj)(chain, 'promote: may this tag go from dev to staging?', tag, 'staging');
        result['gate-staging'] = toStaging.decision;
        if (toStaging.decision !== 'promote')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`demo: the gate said ${toStaging.decision}: ${toStaging.reason}`);
        result['staging-hld-commit'] = await (0,_pipelines_js__WEBPACK_IMPORTED_MODULE_9__/* .updateHld */ .yM)(chain, 'promote: the same tag into the staging ring of the HLD (config/staging.yaml)', 'staging', tag);
        const early = await (0,_pipelines_js__WEBPACK_IMPORTED_MODULE_9__/* .gate */ .Gj)(chain, 'promote: staging to prod right away? Not before staging runs it', tag, 'prod');
        result['gate-prod'] = early.decision;
    }
    if (o.registry) {
        const promoted = await step('Promote the image itself: a registry retag, no rebuild', 'build-image', {
            image: imageRepo,
            'source-image': `${imageRepo}:${tag}`,
            tags: `staging-${buildId}`,
        });
        if (promoted.digest !== image.digest)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy('demo: the retag changed the digest');
        result['promoted-tag'] = promoted.tag;
    }
    const again = await step('Run the release again: nothing changes, no commit, no branch', 'update-hld', {
        'hld-repo': hldUrl,
        component: _pipelines_js__WEBPACK_IMPORTED_MODULE_9__/* .COMPONENT */ .YD,
        environment: 'dev',
        'image-tag': tag,
        service: _pipelines_js__WEBPACK_IMPORTED_MODULE_9__/* .SERVICE */ .YV,
        ring: 'dev',
        provider: 'local',
    });
    result['rerun-changed'] = again.changed;
    // The proof: the manifest the dev cluster applies carries the released image.
    const manifests = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(ws, 'manifests-checkout');
    await git(ws, 'clone', '-q', manifestsUrl, manifests);
    const dev = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(manifests, 'dev', 'frontend.yaml'), 'utf8');
    const deployed = /image: "?([^"\n]+)"?/.exec(dev)?.[1] ?? '';
    if (deployed !== `${imageRepo}:${tag}`)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`demo: dev/frontend.yaml runs '${deployed}', not ${imageRepo}:${tag}`);
    result['dev-image'] = deployed;
    // With the records, the gate and rollback: a bad release caught in staging and rolled back.
    if (o.telemetry)
        Object.assign(result, await (0,_bad_release_js__WEBPACK_IMPORTED_MODULE_8__/* .badRelease */ .p)(chain, tag, result['staging-hld-commit'], o.ring));
    return result;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 9383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gj: () => (/* binding */ gate),
/* harmony export */   Lj: () => (/* binding */ fluxSync),
/* harmony export */   YD: () => (/* binding */ COMPONENT),
/* harmony export */   YV: () => (/* binding */ SERVICE),
/* harmony export */   dU: () => (/* binding */ rollback),
/* harmony export */   sM: () => (/* binding */ manifestGeneration),
/* harmony export */   yM: () => (/* binding */ updateHld)
/* harmony export */ });
/* unused harmony exports RINGS, RING_CLUSTERS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const SERVICE = 'frontend';
/** The component path of the service in the HLD, the same in every starter (`fab set --subcomponent`). */
const COMPONENT = 'frontend';
const RINGS = 'dev,staging,prod';
/** One cluster per ring, as the gate's ring-clusters and the sync workflows name them. */
const RING_CLUSTERS = { dev: 'aks-dev', staging: 'aks-staging', prod: 'aks-prod' };
const ringClusters = Object.entries(RING_CLUSTERS)
    .map(([ring, cluster]) => `${ring}=${cluster}`)
    .join(',');
/**
 * build-update-hld's second job (for dev) and promote's update (for the next ring): the tag into
 * config/<ring>.yaml through a pull request (the local provider merges it), then hop 2 recorded.
 * Returns the HLD commit the merge made.
 */
async function updateHld(c, title, ring, tag) {
    const hld = await c.step(title, 'update-hld', {
        'hld-repo': c.hldUrl,
        component: COMPONENT,
        environment: ring,
        'image-tag': tag,
        service: SERVICE,
        ring,
        provider: 'local',
    }, { show: ['commit'] });
    // The local provider merges at once, so `commit` is the merge; a forge answers with the pull
    // request's own commit (the merge's second parent here, holding the Ringway-* trailers), and that
    // is what the starters record. manifest-generation's record then joins the merge to it.
    const prCommit = await c.git(c.hldBare, 'rev-parse', '--verify', '-q', `${hld.commit}^2`).catch(() => hld.commit);
    await c.record('', {
        p2: c.nextRun(),
        'image-tag': tag,
        'hld-commit-id': prCommit,
        env: ring,
        pr: hld['pull-request-number'],
        'pr-url': hld['pull-request-url'],
        service: SERVICE,
        repository: c.hldUrl,
    }, true);
    return hld.commit;
}
/**
 * manifest-generation, on every merge into the HLD: every ring rendered (generated/dev, …/staging,
 * …/prod), published as dev/, staging/, prod/ of the manifest repository, and hop 3 recorded.
 * Returns the manifest commit.
 */
async function manifestGeneration(c, title, hldCommit) {
    const before = await c.git(c.hldWork, 'rev-parse', 'HEAD');
    await c.git(c.hldWork, 'pull', '-q', '--ff-only');
    const gen = await c.step(title, 'generate', { hld: c.hldWork, 'fab-envs': RINGS, 'cache-dir': (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(c.ws, 'cache') }, { show: ['folders'] });
    const pushed = await c.step('', 'push-manifests', { source: gen.output, 'manifest-repo': c.manifestsUrl, 'source-commit': hldCommit }, { show: ['commit'] });
    // The messages of the commits this merge brings (what GitHub's push event carries): their
    // Ringway-* trailers (or a pull request number) name the deployment the merge belongs to.
    const range = `${before}..${hldCommit}`;
    const messages = await c.git(c.hldWork, 'log', '--format=%B', range, '--');
    const shown = {
        'commit-message': `"$(git -C ${c.hldWork} log --format=%B ${before.slice(0, 7)}..${hldCommit.slice(0, 7)})"`,
    };
    await c.record('', {
        p3: c.nextRun(),
        'hld-commit-id': hldCommit,
        'manifest-commit-id': pushed.commit,
        repository: c.manifestsUrl,
        'commit-message': messages,
    }, true, shown);
    return pushed.commit;
}
/**
 * flux-sync: the ring's cluster applied its folder at `manifestCommit`, and Flux's notification
 * (the repository_dispatch event its githubdispatch provider sends) is recorded for that ring.
 */
async function fluxSync(c, ring, manifestCommit) {
    const cluster = RING_CLUSTERS[ring];
    const event = {
        event_type: 'Kustomization/apps.flux-system',
        client_payload: {
            involvedObject: { kind: 'Kustomization', name: 'apps', namespace: 'flux-system' },
            severity: 'info',
            timestamp: new Date().toISOString(),
            message: `Reconciliation finished, next run in 1m0s`,
            reason: 'ReconciliationSucceeded',
            reportingController: 'kustomize-controller',
            metadata: { revision: `main@sha1:${manifestCommit}`, cluster },
        },
    };
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(c.ws, 'flux-events');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${cluster}-${manifestCommit.slice(0, 12)}.json`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, JSON.stringify(event, null, 2));
    await c.record('', { 'flux-event': `@${file}`, env: ring, repository: c.manifestsUrl }, true);
}
/** promote's gate: may `tag` go to `toRing`? `extra` adds conditions (health-url, …). */
function gate(c, title, tag, toRing, extra = {}) {
    return c.step(title, 'gate', { service: SERVICE, 'image-tag': tag, rings: RINGS, 'to-ring': toRing, 'ring-clusters': ringClusters, ...extra }, { show: ['decision', 'reason'], mayFail: true });
}
/** promote's (or rollback.yml's) rollback: the ring's previous good tag back into config/<ring>.yaml. */
function rollback(c, title, ring, reason) {
    return c.step(title, 'rollback', {
        'hld-repo': c.hldUrl,
        service: SERVICE,
        ring,
        rings: RINGS,
        component: COMPONENT,
        environment: ring,
        provider: 'local',
        reason,
    }, { show: ['from-tag', 'to-tag', 'branch', 'commit', 'deployment-id'] });
}


/***/ }),

/***/ 2604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ sha256)
/* harmony export */ });
async function sha256() {
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23));
    return createHash('sha256');
}


/***/ }),

/***/ 5766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ readParsed),
/* harmony export */   p: () => (/* binding */ ParsedFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Files a generate run parses, kept while their bytes stay the same. Each environment set's walk
 * reads the HLD again (a hook may have changed it in between), but the root's component.yaml and
 * config/common.yaml of a 1,000-component HLD are the same bytes every time, and parsing them was
 * most of a walk's CPU; every shard of a matrix walks every environment set. The parsed values
 * are shared: callers must not change them.
 */
class ParsedFiles {
    entries = new Map();
    /** `parse` of the file's bytes, reused for the same path, key and bytes. */
    async read(path, key, parse) {
        const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path);
        const id = `${path}\0${key}`;
        const hit = this.entries.get(id);
        if (hit?.bytes.equals(bytes))
            return hit.value;
        const value = await parse(bytes);
        this.entries.set(id, { bytes, value });
        return value;
    }
}
/** `parse` of the file's bytes, through `memo` when there is one. */
async function readParsed(memo, path, key, parse) {
    return memo ? memo.read(path, key, parse) : parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path));
}


/***/ }),

/***/ 8248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gB: () => (/* binding */ MAX_ANSWER_BYTES),
/* harmony export */   lB: () => (/* binding */ readFileLimited),
/* harmony export */   x8: () => (/* binding */ readBody)
/* harmony export */ });
/* unused harmony export formatBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8115);


/** The most a server's answer (an API's JSON, a manifest, a downloaded file) may hold: 32 MiB. */
const MAX_ANSWER_BYTES = 32 << 20;
/** `1 MiB`, `64 KiB`: a size limit as a person reads it. */
function formatBytes(n) {
    if (n >= 1 << 20 && n % (1 << 20) === 0)
        return `${n / (1 << 20)} MiB`;
    if (n >= 1 << 10 && n % (1 << 10) === 0)
        return `${n / (1 << 10)} KiB`;
    return `${n} bytes`;
}
/**
 * A file of at most `maxBytes`, read without trusting its size: `/dev/zero`, a FIFO or a file still
 * growing is refused once more than the limit has been read, instead of filling the memory.
 * `what` starts the error line (`the event file /dev/zero`).
 */
function readFileLimited(path, maxBytes, what) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    try {
        const buf = Buffer.alloc(maxBytes + 1);
        let n = 0;
        for (;;) {
            const got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, n, buf.length - n, null);
            if (got === 0)
                break;
            n += got;
            if (n > maxBytes)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${what} is larger than ${formatBytes(maxBytes)}`, { kind: 'usage' });
        }
        return buf.subarray(0, n);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * A response body of at most `maxBytes`, read as it streams: a server sending more (a proxy's
 * endless page, a hostile chart server) is cut off and refused, naming `what` and the limit. A
 * server that stops sending meets the request's timeout signal here, after fetch has returned:
 * `timedOut` gives the caller's one-line error (the service and the input that bounds it) instead
 * of the runtime's "The operation was aborted due to timeout".
 */
async function readBody(res, maxBytes, what, timedOut) {
    const tooLarge = () => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RingwayError */ .Sy(`${what} is larger than ${formatBytes(maxBytes)}`, { kind: 'invalid-answer' });
    if (Number(res.headers.get('content-length')) > maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw tooLarge();
    }
    if (!res.body)
        return Buffer.alloc(0);
    const reader = res.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read().catch((e) => {
            throw e.name === 'TimeoutError' || e.name === 'AbortError' ? timedOut() : e;
        });
        if (done)
            break;
        total += value.byteLength;
        if (total > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw tooLarge();
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 9869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ prometheusUrl),
/* harmony export */   QG: () => (/* binding */ parseHeaders),
/* harmony export */   m4: () => (/* binding */ prometheusSource)
/* harmony export */ });
/* harmony import */ var _answer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7874);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7872);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8115);
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5952);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8248);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6995);






/** The API root, checked: http(s), no credentials (they go in the token or password, which are secrets). */
function prometheusUrl(url) {
    let u;
    try {
        u = new URL(url);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`'${url}' is not a URL`);
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`'${url}' is not an http(s) URL`);
    if (u.username || u.password)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`the Prometheus URL carries credentials: give them as the token or the user and password`);
    if (u.search || u.hash)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`the Prometheus URL '${u.origin}${u.pathname}' must have no query or fragment`);
    return u;
}
/** `Name: value` or `Name=value` lines → headers; each value is a secret (it may be a key). */
function parseHeaders(lines) {
    const out = {};
    for (const [i, line] of lines.entries()) {
        const m = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*[:=]\s*(.*)$/.exec(line.trim());
        // Named by its place only: a line without a name may be a bare key.
        if (!m || !m[2])
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`header ${i + 1} is not 'Name: value'`);
        if (/^(authorization|host|content-length)$/i.test(m[1]))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`header ${m[1]} is set by ringway (give a token or a user and password instead)`);
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .registerSecret */ .cl)(m[2]);
        out[m[1]] = m[2];
    }
    return out;
}
const RESULT = { status: 'string', data: { resultType: 'string', result: 'unknown' } };
const VECTOR = [{ metric: { '*': 'string' }, value: ['unknown'] }];
const MATRIX = [{ metric: { '*': 'string' }, values: [['unknown']] }];
const ERROR = { status: 'string', errorType: 'string?', error: 'string?' };
function prometheusSource(o) {
    const root = prometheusUrl(o.url);
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .registerSecret */ .cl)(o.token);
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .registerSecret */ .cl)(o.password);
    const server = `Prometheus at ${root.origin}${root.pathname.replace(/\/$/, '')}`;
    const headers = { Accept: 'application/json', ...o.headers };
    if (o.token)
        headers.Authorization = `Bearer ${o.token}`;
    else if (o.username || o.password) {
        // The encoded pair is as secret as the password: hidden wherever it might be printed.
        const pair = Buffer.from(`${o.username ?? ''}:${o.password ?? ''}`).toString('base64');
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .registerSecret */ .cl)(pair);
        headers.Authorization = `Basic ${pair}`;
    }
    async function get(api, params, doing) {
        const url = new URL(`${root.pathname.replace(/\/$/, '')}/api/v1/${api}`, root);
        for (const [k, v] of Object.entries(params))
            url.searchParams.set(k, v);
        // Prometheus gives up on its own a little before we do, and says why.
        url.searchParams.set('timeout', `${Math.max(1, Math.floor(o.timeoutMs / 1000))}s`);
        let res;
        let text;
        const deadline = (0,_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .currentDeadline */ .SB)();
        const timedOut = (cause) => new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${doing}: ${server} gave no answer within ${(0,_duration_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(o.timeoutMs)}`, {
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
            text = (await (0,_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .readBody */ .x8)(res, _limits_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_ANSWER_BYTES */ .gB, `${doing}: the answer of ${server}`, () => deadline?.signal.aborted ? deadline.error(server) : timedOut())).toString('utf8');
        }
        catch (err) {
            const e = err;
            if (deadline?.signal.aborted)
                throw deadline.error(server);
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy)
                throw err;
            if (e.name === 'TimeoutError')
                throw timedOut(err);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${doing}: ${server} is unreachable: ${e.cause?.code ?? (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err)}`, {
                kind: 'unreachable',
                cause: err,
            });
        }
        if (!res.ok) {
            // Prometheus explains a bad query (400 bad_data, 422 execution, 503 timeout) in JSON; a proxy may not.
            let why = `HTTP ${res.status}`;
            try {
                const body = (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAnswer */ .dG)(JSON.parse(text), ERROR, server, doing);
                if (body.error)
                    why += ` (${body.errorType ? `${body.errorType}: ` : ''}${body.error.split('\n')[0]})`;
            }
            catch {
                /* not Prometheus's own error body: the status says enough */
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${doing}: ${server} answered ${why}`, {
                kind: (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .statusKind */ .BE)(res.status),
                status: res.status,
            });
        }
        const body = (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .readAnswer */ .JN)(text, RESULT, server, doing);
        if (body.status !== 'success')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${doing}: ${server} answered status '${body.status}'`, { kind: 'invalid-answer' });
        return seriesOf(body.data, server, doing);
    }
    return {
        instant: (query, atMs) => get('query', { query, time: seconds(atMs) }, `querying ${oneLine(query)}`),
        range: (query, startMs, endMs, stepMs) => get('query_range', { query, start: seconds(startMs), end: seconds(endMs), step: `${stepMs / 1000}s` }, `querying ${oneLine(query)} over a range`),
    };
}
const seconds = (ms) => String(ms / 1000);
const oneLine = (s) => {
    const t = s.replace(/\s+/g, ' ').trim();
    return t.length > 120 ? `${t.slice(0, 117)}...` : t;
};
/** The answer's data as series: a vector or a matrix by series, a scalar as one unlabelled series. */
function seriesOf(data, server, doing) {
    const point = (p, at) => {
        const [t, v] = p;
        if (p.length !== 2 || typeof t !== 'number' || typeof v !== 'string')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${doing}: ${server} answered in a shape ringway does not know: ${at} is not [time, "value"]`, {
                kind: 'invalid-answer',
            });
        return { t: Math.round(t * 1000), v: sampleValue(v, server, doing) };
    };
    switch (data.resultType) {
        case 'vector':
            return (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAnswer */ .dG)(data.result, VECTOR, server, doing).map((s, i) => ({ labels: s.metric, points: [point(s.value, `data.result[${i}].value`)] }));
        case 'matrix':
            return (0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAnswer */ .dG)(data.result, MATRIX, server, doing).map((s, i) => ({
                labels: s.metric,
                points: s.values.map((p, j) => point(p, `data.result[${i}].values[${j}]`)),
            }));
        case 'scalar':
            return [
                { labels: {}, points: [point((0,_answer_js__WEBPACK_IMPORTED_MODULE_0__/* .checkAnswer */ .dG)(data.result, ['unknown'], server, doing), 'data.result')] },
            ];
        default:
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${doing}: ${server} answered a ${data.resultType} result, which is not a number to compare (use a query that returns a vector or a scalar)`, { kind: 'invalid-answer' });
    }
}
/** Prometheus sends sample values as text: a float, NaN, +Inf or -Inf. */
function sampleValue(text, server, doing) {
    if (text === 'NaN')
        return NaN;
    if (text === '+Inf' || text === 'Inf')
        return Infinity;
    if (text === '-Inf')
        return -Infinity;
    const v = Number(text);
    if (text.trim() === '' || Number.isNaN(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RingwayError */ .Sy(`${doing}: ${server} answered the value '${text.slice(0, 40)}', which is not a number`, {
            kind: 'invalid-answer',
        });
    return v;
}


/***/ }),

/***/ 5754:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ findStep),
/* harmony export */   steps: () => (/* binding */ steps)
/* harmony export */ });
/* harmony import */ var _loaders_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(578);

/** Every step's definition, in the order of the list in loaders.ts (all loaded: import this only where all are needed). */
const steps = [];
// One after another: jest's module loader fails on imports that share modules while they link at once.
for (const load of Object.values(_loaders_js__WEBPACK_IMPORTED_MODULE_0__/* .stepLoaders */ .T))
    steps.push((await load()).step);
function findStep(name) {
    return steps.find((s) => s.name === name);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

};
;