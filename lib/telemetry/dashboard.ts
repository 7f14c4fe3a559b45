import { sha256 } from '../hash.js';
import { type DeploymentView, gateText } from './query.js';

/** Links from rows: only http(s). A row is written by whoever can write the table (`javascript:…`). */
const WEB_LINK = /^https?:\/\/[^\s]+$/i;

/** JSON safe inside a <script> element (no "</script>", no HTML comment openers). */
function scriptJson(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const CSS = `
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
export async function dashboardHtml(
  rows: DeploymentView[],
  meta: { title: string; generatedAt: string; source: string },
  charts = '',
): Promise<string> {
  const esc = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  // Dropped here, not only in the page: the embedded data is what a copy of the page carries.
  const safe = rows.map((r) => ({
    ...r,
    ...(r.prUrl && !WEB_LINK.test(r.prUrl) ? { prUrl: '' } : {}),
    gateText: gateText(r),
  }));
  // The page runs only its own script: the CSP names it by hash, so no other inline script runs.
  const scriptHash = (await sha256()).update(JS).digest('base64');
  const filter = (id: string, label: string) =>
    `<label>${label}<select id="f-${id}"><option value="">All</option></select></label>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:">
<title>${esc(meta.title)}</title><style>${CSS}</style></head>
<body><header><h1>${esc(meta.title)}</h1><p>Where is my container? ${rows.length} deployments from ${esc(meta.source)}, generated ${esc(meta.generatedAt)}</p></header>
${charts}<div class="filters">${filter('service', 'Service')}${filter('ring', 'Ring')}${filter('author', 'Author')}${filter('state', 'State')}<label>Keyword<input id="f-keyword" type="search" placeholder="tag, commit, PR…"></label></div>
<main><div id="count"></div><table><thead><tr><th>State</th><th>Service</th><th>Ring</th><th>Author</th><th>Image</th><th>HLD commit / PR</th><th>Merged by</th><th>Manifest commit</th><th>Synced</th><th>Last updated</th><th>Duration</th></tr></thead><tbody></tbody></table>
<button id="more" hidden>Show more</button></main>
<script id="data" type="application/json">${scriptJson(safe)}</script>
<script>${JS}</script></body></html>
`;
}
