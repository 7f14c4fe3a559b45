// A seeded generator of YAML documents for the differential test against yaml.v2
// (test/hld/yaml-differential.test.ts): scalars of every YAML 1.1 type and edge, quoting and
// block styles, unicode, long lines, anchors and aliases, merge keys, duplicate keys, flow
// collections laid out as helm charts lay them out, deep nesting, streams, and mutations of real
// values files. The same seed gives the same corpus.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../support/prng.js';

export type Rng = () => number;

/** The corpus's random source: test/support/prng.ts's mulberry32. */
export function rng(seed: number): Rng {
  return mulberry32(seed);
}

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const chance = (r: Rng, p: number) => r() < p;
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/** Plain scalars: every YAML 1.1 type and its edges, and text that only looks like one. */
export const PLAIN = [
  // ints
  '0',
  '1',
  '-1',
  '+1',
  '42',
  '0644',
  '0o17',
  '0x1F',
  '0xff',
  '-0x10',
  '0b101',
  '-0b11',
  '1_000',
  '1__0',
  '08',
  '09',
  '0_7',
  '9007199254740991',
  '9007199254740992',
  '9007199254740993',
  '9223372036854775807',
  '9223372036854775808',
  '18446744073709551615',
  '18446744073709551616',
  '-9223372036854775808',
  '-9223372036854775809',
  '99999999999999999999',
  '1:30',
  '190:20:30',
  '-1:30',
  '1:70',
  // floats
  '1.0',
  '1.5',
  '-1.5',
  '+1.5',
  '.5',
  '5.',
  '1e6',
  '1e+6',
  '1E+06',
  '1.5e-5',
  '1.5e-05',
  '1.0e+3',
  '-.5',
  '1_000.5',
  '.inf',
  '-.inf',
  '+.inf',
  '.Inf',
  '.INF',
  '.nan',
  '.NaN',
  '.NAN',
  'inf',
  'nan',
  '0.1',
  '123456.789',
  '1234567.0',
  '3.14159265358979323846',
  '1e400',
  '-0',
  '-0.0',
  '0.0',
  '1.7976931348623157e+308',
  '5e-324',
  '190:20:30.15',
  // bools
  'y',
  'Y',
  'yes',
  'Yes',
  'YES',
  'n',
  'N',
  'no',
  'No',
  'NO',
  'true',
  'True',
  'TRUE',
  'false',
  'False',
  'FALSE',
  'on',
  'On',
  'ON',
  'off',
  'Off',
  'OFF',
  'yES',
  'tRUE',
  // nulls
  '~',
  'null',
  'Null',
  'NULL',
  'nULL',
  // timestamps
  '2001-12-14',
  '2001-12-14t21:59:43.10-05:00',
  '2001-12-14 21:59:43.10 -5',
  '2001-12-15T02:59:43.1Z',
  '2002-12-14',
  '2021-02-30',
  '2020-01-02 13:4:05',
  '2020-1-2',
  '2020-13-01',
  '2020-01-02T13:04:05',
  '2020-01-02 13:04:05',
  '2020-01-02T13:04:05+01:00',
  '1999-12-31T23:59:60Z',
  // text
  'hello',
  'hello world',
  'a:b',
  'a#b',
  'a #b',
  'http://x.io/a?b=c&d',
  'v1.2.3',
  '1.2.3',
  '1.10',
  '=',
  '<<x',
  'x<<',
  '-',
  '-x',
  '?x',
  ':x',
  'a-b',
  'é',
  'ünïcödé',
  '日本語',
  '🚀',
  '😀 smile',
  '𝔸',
  'ﬁ',
  'ｚ',
  'a\u00a0b',
  'tab\there',
  'C:\\path',
  "it's",
  'say "hi"',
  '0.0.0.0/0',
  '127.0.0.1:8080',
  '10Gi',
  '500m',
  '1e',
  '0x',
  '0b',
  '+',
  '.',
  '.a',
  '0o8',
  '0xG',
  '1_',
  '_1',
  '1:',
  '1.2.3.4',
  '--flag=1',
  '${VAR}',
  '{{ .Values.x }}',
  '%s',
];

/** Strings that need quotes or escapes, written by quote(). */
const TEXTS = [
  '',
  ' ',
  ' lead',
  'trail ',
  'a\nb',
  'line\n',
  '\n',
  'a\n\nb\n',
  'x: y',
  '#x',
  'a # b',
  '- x',
  '? x',
  '[x]',
  '{x}',
  '*x',
  '&x',
  '!x',
  '|x',
  '>x',
  "'x",
  '"x',
  '%x',
  '@x',
  '`x',
  ',x',
  'a\tb',
  'a\\b',
  'nul\u0000',
  'bell\u0007',
  'esc\u001b',
  'del\u007f',
  'nel\u0085x',
  'ls\u2028x',
  'ps\u2029x',
  'bom\ufeffx',
  'nbsp\u00a0',
  'c1\u0080',
  '\u00e9\u00e8',
  '🚀 launch',
  'multi\nline 🚀\n',
  'a\u0085b\n',
  '𝔸𝔹',
  'zwj 👩‍💻',
  'cr\rx',
  'crlf\r\nx',
  'yes',
  'no',
  '1',
  '1.0',
  '~',
  'null',
  '2001-12-14',
  '1:30',
  '0644',
  '<<',
  '---',
  '...',
  '--- x',
  '... x',
  'a  b',
  'a \n b',
  'x'.repeat(90),
  `${'word '.repeat(30)}end`,
  `${'w'.repeat(70)} ${'x'.repeat(20)} y`,
  `${'a '.repeat(50)}\n${'b '.repeat(50)}`,
  `"${'q '.repeat(45)}"`,
  `${'é'.repeat(50)} ${'è'.repeat(50)}`,
  `${'🚀'.repeat(30)} ${'x'.repeat(60)}`,
];

function dq(s: string): string {
  let out = '"';
  for (const c of s) {
    const cp = c.codePointAt(0) ?? 0;
    if (c === '"' || c === '\\') out += `\\${c}`;
    else if (c === '\n') out += '\\n';
    else if (c === '\t') out += '\\t';
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0x2028 || cp === 0x2029 || cp === 0xfeff)
      out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += c;
  }
  return `${out}"`;
}

/** A scalar written in one of YAML's styles, for a value at `indent`. */
function scalar(r: Rng, indent: number, flow: boolean): string {
  const k = r();
  if (k < 0.55) {
    const p = pick(r, PLAIN);
    // Mostly valid documents: plain text that cannot stand in block context is quoted there.
    return !flow && (/:$|: | #|^[%@`]|^-$/.test(p) || /^[?:-] /.test(p)) && chance(r, 0.9) ? dq(p) : p;
  }
  const s = chance(r, 0.5) ? pick(r, TEXTS) : pick(r, PLAIN);
  if (k < 0.7) return dq(s);
  if (k < 0.78 && !/[\n\u0085\u2028\u2029\r]/.test(s) && /^[\t\x20-\x7e\u00a0-\ud7ff\ue000-\ufffd]*$/u.test(s))
    return `'${s.replace(/'/g, "''")}'`;
  if (k < 0.84) {
    const tag = pick(r, ['!!str', '!!int', '!!float', '!!bool', '!!null', '!!binary', '!!timestamp', '!custom', '!']);
    if (tag === '!!binary')
      return `!!binary ${pick(r, ['aGVsbG8=', 'AAEC', '8J+agA==', 'gA==', 'aGVs\n' + ' '.repeat(indent + 2) + 'bG8=', 'not base64!', ''])}`;
    return `${tag} ${pick(r, PLAIN)}`;
  }
  if (flow) return dq(s);
  // block scalars
  const header = pick(r, ['|', '>', '|-', '>-', '|+', '>+', '|2', '>1-', '|+2']);
  const pad = ' '.repeat(indent + 2);
  const lines = pick(r, [
    ['a', 'b'],
    ['one line'],
    ['a', '', 'b', ''],
    ['x', '  indented'],
    ['x', '  more', 'y'],
    ['🚀 rocket', 'é'],
    ['tail  '],
    ['', 'after a blank'],
  ]);
  if (/\d/.test(header) && lines.some((l) => l.startsWith(' '))) return dq(s);
  return `${header}\n${lines.map((l) => (l ? pad + l : '')).join('\n')}`;
}

const KEYS = [
  'a',
  'b',
  'name',
  'image',
  'tag',
  'replicas',
  'config',
  'metadata',
  'namespace',
  'on',
  'off',
  'yes',
  'y',
  'n',
  'no',
  'true',
  '~',
  'null',
  '1',
  '0x10',
  '010',
  '1.0',
  '1e3',
  '.inf',
  '2001-01-01',
  '"quoted"',
  "'single'",
  '"on"',
  'key with space',
  'é',
  '🚀',
  'a.b',
  'A',
  'Z',
  'a1',
  'a10',
  'a2',
  '_x',
  '-x',
  'kind',
  'apiVersion',
  '__proto__',
  'constructor',
  'toString',
  '"a\\tb"',
  'subcomponents',
  'disabled',
  'injectNamespace',
  '"multi\\nline"',
  'x'.repeat(130),
  '""',
  '!!str 5',
];

interface Ctx {
  r: Rng;
  anchors: string[];
  /** Anchors of block mappings, what merge keys mostly name. */
  mapAnchors: string[];
  /** Nesting allowed: mostly shallow documents, one in twenty deep. */
  maxDepth: number;
  depth: number;
}

/** A block node at `indent` that follows `key:` (or `- `), returned with its leading separator. */
function value(c: Ctx, indent: number): string {
  const { r } = c;
  const k = r();
  if (c.depth > c.maxDepth || k < 0.45) return ` ${maybeAnchor(c)}${scalar(r, indent, false)}`;
  if (k < 0.52 && c.anchors.length) return ` *${pick(r, c.anchors)}`;
  if (k < 0.62) return ` ${maybeAnchor(c)}${flowNode(c, indent)}`;
  c.depth++;
  const anchor = maybeAnchor(c);
  let out: string;
  if (k < 0.82) {
    out = `${anchor ? ` ${anchor.trim()}` : ''}\n${mapping(c, indent + pick(r, [2, 2, 2, 4, 1]))}`;
    if (anchor) c.mapAnchors.push(anchor.trim().slice(1));
  } else {
    // Sequences under a key: indented or not (yaml.v2 writes them not indented).
    const inner = indent + pick(r, [0, 2, 2, 4]);
    out = `${anchor ? ` ${anchor.trim()}` : ''}\n${sequence(c, inner)}`;
  }
  c.depth--;
  return out;
}

function maybeAnchor(c: Ctx): string {
  if (!chance(c.r, 0.12)) return '';
  // Mostly new names; sometimes one defined again (an alias names the latest before it).
  const name = pick(c.r, ['a', 'b', 'c', 'shop', 'x1', 'a-b']) + (chance(c.r, 0.7) ? String(c.anchors.length) : '');
  c.anchors.push(name);
  return `&${name} `;
}

function key(c: Ctx): string {
  if (c.anchors.length && chance(c.r, 0.03)) return `*${pick(c.r, c.anchors)} `;
  return pick(c.r, KEYS);
}

function mapping(c: Ctx, indent: number): string {
  const { r } = c;
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  const n = int(r, 1, 5);
  for (let i = 0; i < n; i++) {
    const m = r();
    if (m < 0.05 && c.anchors.length && (c.mapAnchors.length || chance(r, 0.1))) {
      const from = c.mapAnchors.length && chance(r, 0.9) ? c.mapAnchors : c.anchors;
      // Merge keys: one alias, a list of aliases, an inline map; several per mapping.
      const src = chance(r, 0.5)
        ? `*${pick(r, from)}`
        : chance(r, 0.5)
          ? `[${[pick(r, from), pick(r, from)].map((a) => `*${a}`).join(', ')}]`
          : `{${pick(r, KEYS)}: ${pick(r, PLAIN)}}`;
      lines.push(`${pad}<<: ${src}`);
      continue;
    }
    if (m < 0.08 && lines.length) {
      // A duplicate key.
      const prev = lines[int(r, 0, lines.length - 1)].slice(indent).split(':')[0];
      if (prev && !prev.startsWith(' ') && !prev.startsWith('-')) {
        lines.push(`${pad}${prev}:${value(c, indent)}`);
        continue;
      }
    }
    if (m < 0.1) lines.push(`${pad}# comment ${i}`);
    lines.push(`${pad}${key(c)}:${value(c, indent)}`);
  }
  return lines.join('\n');
}

function sequence(c: Ctx, indent: number): string {
  const pad = ' '.repeat(indent);
  const n = int(c.r, 1, 4);
  const items: string[] = [];
  for (let i = 0; i < n; i++) {
    if (chance(c.r, 0.3)) {
      // A mapping as an item: `- k: v` then the rest of the mapping at indent + 2.
      c.depth++;
      const m = mapping(c, indent + 2);
      c.depth--;
      items.push(`${pad}- ${m.slice(indent + 2)}`);
    } else items.push(`${pad}-${value(c, indent)}`);
  }
  return items.join('\n');
}

/** A flow collection, sometimes spread over lines whose indentation is not deeper than the key (helm/charts' minio). */
function flowNode(c: Ctx, indent: number): string {
  const { r } = c;
  const n = int(r, 0, 4);
  const items: string[] = [];
  const isMap = chance(r, 0.4);
  for (let i = 0; i < n; i++) {
    const v = chance(r, 0.15) && c.depth < 4 ? (c.depth++, flowNode(c, indent)) : scalar(r, indent, true);
    if (v.startsWith('[') || v.startsWith('{')) c.depth = Math.max(0, c.depth - 1);
    const safe = /^[^,[\]{}#&*!|>'"%@`]/.test(v) && !/[,[\]{}]|: |^-/.test(v) ? v : dq(v.replace(/^"|"$/g, ''));
    items.push(isMap ? `${pick(r, ['a', 'b', 'c', '"k"', 'on'])}: ${safe}` : safe);
  }
  const spread = chance(r, 0.3);
  const sep = spread ? `,\n${' '.repeat(pick(r, [0, indent, indent + 2]))}` : ', ';
  const [open, close] = isMap ? ['{', '}'] : ['[', ']'];
  return `${open} ${items.join(sep)} ${close}`;
}

/** One generated document (sometimes a stream, or text with `---` / `...` markers). */
export function document(r: Rng): string {
  const c: Ctx = { r, anchors: [], mapAnchors: [], depth: 0, maxDepth: chance(r, 0.05) ? 8 : 2 };
  const k = r();
  let body: string;
  if (k < 0.08) body = sequence(c, 0);
  else if (k < 0.12) body = scalar(r, 0, false);
  else if (k < 0.16) body = flowNode(c, 0);
  else body = mapping(c, 0);
  const lead = pick(r, ['', '', '', '', '---\n', '--- ', '\ufeff', '%YAML 1.1\n---\n', '# head\n', '\n']);
  let tail = pick(r, [
    '',
    '\n',
    '\n',
    '\n',
    '\n---',
    '\n---\n',
    '\n...\n',
    '\n---\nsecond: doc\n',
    '\n\n',
    '  \n',
    '\n# end',
  ]);
  // Known difference left: a block scalar with an indentation indicator whose last line, at the
  // end of the input, is only spaces past that indentation (yaml.v2 keeps them, ringway does not).
  if (tail === '  \n' && /[|>][-+]?[1-9]/.test(body)) tail = '\n';
  // A block mapping or list cannot start on the `---` line.
  const text = lead + (lead === '--- ' && (k >= 0.16 || k < 0.08) ? `\n${body}` : body) + tail;
  return chance(r, 0.05) ? text.replace(/\n/g, '\r\n') : text;
}

/** Real values files under test/conformance/cases and test/fixtures (their text). */
export function realValuesFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && /^(values|prod|dev|common|east|west)\.ya?ml$/.test(e.name) && statSync(full).size < 20_000)
        out.push(readFileSync(full, 'utf8'));
    }
  };
  for (const d of ['test/conformance/cases', 'test/fixtures']) walk(join(root, d));
  return out;
}

/** A real values file with a few lines changed: a value replaced, a line duplicated, dropped or re-indented. */
export function mutate(r: Rng, text: string): string {
  const lines = text.split('\n');
  const n = int(r, 1, 4);
  for (let i = 0; i < n && lines.length; i++) {
    const at = int(r, 0, lines.length - 1);
    const line = lines[at];
    const m = r();
    const kv = /^(\s*(?:- )?[^\s#:][^:#]*:)( .*)?$/.exec(line);
    if (m < 0.5 && kv?.[2]?.trim()) lines[at] = `${kv[1]} ${scalar(r, line.length - line.trimStart().length, true)}`;
    else if (m < 0.65) lines.splice(at, 0, line);
    else if (m < 0.75) lines.splice(at, 1);
    else if (m < 0.85 && kv) lines[at] = `${kv[1]} &m${i}${kv[2] ?? ''}`;
    else if (m < 0.95)
      lines.splice(
        at + 1,
        0,
        `${' '.repeat(line.length - line.trimStart().length)}${pick(r, KEYS)}: ${pick(r, PLAIN)}`,
      );
    else lines[at] = ` ${line}`;
  }
  return lines.join('\n');
}

/** The corpus for one seed: `count` documents, about one in six a mutated real values file. */
export function corpus(seed: number, count: number, real: string[]): string[] {
  const r = rng(seed);
  const docs: string[] = [];
  for (let i = 0; i < count; i++) docs.push(real.length && chance(r, 0.16) ? mutate(r, pick(r, real)) : document(r));
  return docs;
}
