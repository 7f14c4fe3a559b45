// Writes a generated tree (tree-generator.ts) to disk as an HLD folder, and lists it back as text
// for a failure report.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { CHART_TEMPLATES, type CfgNode, type Comp, PLAIN, type Value } from './tree-generator.js';

/** The YAML the generator writes: block style, strings quoted unless they plainly read as themselves. */
export function toYaml(v: unknown, indent = 0): string {
  const pad = ' '.repeat(indent);
  if (Array.isArray(v)) {
    if (!v.length) return `${pad}[]\n`;
    return v
      .map((item) => {
        if (isMap(item) && Object.keys(item).length) return `${pad}- ${toYaml(item, indent + 2).slice(indent + 2)}`;
        if (Array.isArray(item) && item.length) return `${pad}-\n${toYaml(item, indent + 2)}`;
        return `${pad}- ${scalar(item)}\n`;
      })
      .join('');
  }
  if (isMap(v)) {
    const keys = Object.keys(v);
    if (!keys.length) return `${pad}{}\n`;
    return keys
      .map((k) => {
        const x = v[k];
        if ((isMap(x) && Object.keys(x).length) || (Array.isArray(x) && x.length))
          return `${pad}${scalar(k)}:\n${toYaml(x, isMap(x) ? indent + 2 : indent)}`;
        return `${pad}${scalar(k)}: ${isMap(x) ? '{}' : Array.isArray(x) ? '[]' : scalar(x)}\n`;
      })
      .join('');
  }
  return `${pad}${scalar(v)}\n`;
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const YAML11_WORDS =
  /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~)$/;

function scalar(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = String(v);
  if (s.startsWith(PLAIN)) return s.slice(PLAIN.length);
  if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(s) && !YAML11_WORDS.test(s)) return s;
  return JSON.stringify(s);
}

const JSON_CASE: Record<string, (k: string) => string> = {
  lower: (k) => k,
  title: (k) => k[0].toUpperCase() + k.slice(1),
  upper: (k) => k.toUpperCase(),
};

/** The definition entry of a subcomponent in its parent's file (inline: the whole definition). */
function entry(c: Comp): Record<string, unknown> {
  if (c.kind === 'component') {
    const e: Record<string, unknown> = { name: c.listed ?? c.name };
    if (c.writeType) e.type = 'component';
    if (c.writeMethod) e.method = 'local';
    const folder = c.folder ?? '.';
    if (c.locate === 'source') e.source = folder;
    else if (c.locate === 'both') {
      const [first, ...rest] = folder.split('/');
      e.source = first;
      e.path = rest.join('/') || '.';
    } else e.path = folder;
    return e;
  }
  const e: Record<string, unknown> = { name: c.name, type: c.kind };
  if (c.writeMethod) e.method = 'local';
  e.path = c.kind === 'helm' && c.chart?.packaged ? `${c.asset}/${chartName(c)}-0.1.0.tgz` : c.asset;
  if (c.hooks) e.hooks = c.hooks;
  if (c.children.length) e.subcomponents = c.children.map(entry);
  return e;
}

function chartName(c: Comp): string {
  return `chart-${(c.asset ?? 'x').replace(/[^a-z0-9]/g, '')}`;
}

function definition(c: Comp): string {
  const d: Record<string, unknown> = { name: c.name };
  if (c.writeType) d.type = 'component';
  if (c.writeMethod) d.method = 'local';
  if (c.hooks) d.hooks = c.hooks;
  if (c.children.length) d.subcomponents = c.children.map(entry);
  if (c.defFormat !== 'json') return toYaml(d);
  return `${JSON.stringify(recase(d, JSON_CASE[c.jsonCase ?? 'lower']), null, 2)}\n`;
}

/** Field names of a definition (not the keys of `hooks`) in another case. */
function recase(d: Record<string, unknown>, f: (k: string) => string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(d))
    out[f(k)] = k === 'subcomponents' ? (v as Record<string, unknown>[]).map((s) => recase(s, f)) : v;
  return out;
}

export function configText(format: 'yaml' | 'json', data: CfgNode): string {
  return format === 'json'
    ? `${JSON.stringify(data, (_, v: unknown) => (typeof v === 'string' && v.startsWith(PLAIN) ? v.slice(PLAIN.length) : v), 2)}\n`
    : toYaml(data);
}

/** Writes a folder component (and everything under it) into `dir`. */
export function writeTree(c: Comp, dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, c.defFormat === 'json' ? 'component.json' : 'component.yaml'), definition(c));
  for (const [env, file] of Object.entries(c.configs ?? {})) {
    mkdirSync(join(dir, 'config'), { recursive: true });
    writeFileSync(join(dir, 'config', `${env}.${file.format}`), configText(file.format, file.data));
  }
  const inline = (k: Comp) => {
    writeAsset(k, dir);
    k.children.forEach(inline);
  };
  for (const k of c.children) {
    if (k.kind === 'component') writeTree(k, join(dir, k.folder ?? '.'));
    else inline(k);
  }
}

function writeAsset(c: Comp, dir: string): void {
  const at = join(dir, c.asset ?? '.');
  mkdirSync(at, { recursive: true });
  if (c.kind === 'static') {
    for (const f of c.files ?? [])
      writeFileSync(join(at, f.name), typeof f.content === 'string' ? f.content : Buffer.from(f.content));
  } else if (c.kind === 'kustomize') {
    writeFileSync(join(at, 'kustomization.yaml'), 'resources:\n- cm.yaml\ncommonLabels:\n  from: kustomize\n');
    writeFileSync(join(at, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: k\ndata:\n  a: b\n');
  } else if (c.kind === 'helm' && c.chart) {
    const name = chartName(c);
    const chartDir = c.chart.packaged ? mkdtempSync(join(tmpdir(), 'ringway-chart-')) : '';
    const root = c.chart.packaged ? join(chartDir, name) : at;
    mkdirSync(join(root, 'templates'), { recursive: true });
    writeFileSync(join(root, 'Chart.yaml'), `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n`);
    writeFileSync(join(root, 'values.yaml'), toYaml(c.chart.defaults));
    for (const t of c.chart.templates) writeFileSync(join(root, 'templates', t), CHART_TEMPLATES[t]);
    if (c.chart.packaged) {
      execFileSync('tar', ['-czf', join(at, `${name}-0.1.0.tgz`), '-C', chartDir, name]);
      rmSync(chartDir, { recursive: true, force: true });
    }
  }
}

/** Every file of a folder as text (bytes that are not UTF-8 as hex), for a failure report. */
export function listing(dir: string): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const bytes = readFileSync(full);
        const text = bytes.toString('utf8');
        const shown = name.endsWith('.tgz')
          ? '(packaged chart)'
          : Buffer.from(text, 'utf8').equals(bytes)
            ? text
            : `(bytes) ${bytes.toString('hex')}`;
        out.push(`=== ${relative(dirname(dir), full)}\n${shown}${shown.endsWith('\n') ? '' : '\n'}`);
      }
    }
  };
  walk(dir);
  return out.join('');
}

export type { Value };
