"use strict";
exports.id = 908;
exports.ids = [908];
exports.modules = {

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

/***/ 2604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ sha256)
/* harmony export */ });
async function sha256() {
    const { createHash } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 7598, 23));
    return createHash('sha256');
}


/***/ })

};
;