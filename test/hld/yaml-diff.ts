// The differential harness: runs documents through the yaml.v2 oracle (tools/yaml-oracle) and
// through ringway's reader and writer, compares the typed values and the bytes, and shrinks a
// mismatching document to a minimal one.
import { execFileSync, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { type ComponentConfig, parseConfig } from '../../lib/hld/config.js';
import { goKeyCompare, goMarshal } from '../../lib/hld/yaml-emit.js';
import { readGoMap } from '../../lib/hld/yaml-read.js';
import { GoBytes, GoFloat, goFloatString } from '../../lib/hld/yaml-resolve.js';
import { decodeFileBytes, type ParsedDocument, parseFirstDocument } from '../../lib/hld/yaml-source.js';

export interface Reading {
  value?: string;
  out?: string;
  values?: string;
  err?: string;
  panic?: string;
  /** A mapping of the value has keys yaml.v2's Less does not order (see keysWithoutOrder): its `out` is one of several. */
  unordered?: boolean;
}
export interface Answer {
  id: string;
  map: Reading;
  struct: Reading;
}

const repo = resolve(import.meta.dirname, '../..');

/** Builds the oracle when needed (quiet when built) and returns its path; undefined without Go. */
export function oraclePath(): string | undefined {
  if (process.env.YAML_ORACLE) return process.env.YAML_ORACLE;
  try {
    return (
      execFileSync('bash', [resolve(repo, 'scripts/tools/yaml-oracle.sh'), '--print'], { encoding: 'utf8' }).trim() ||
      undefined
    );
  } catch {
    return undefined;
  }
}

/** One oracle process answers every document (text, or raw bytes as a Buffer). */
export async function askOracle(oracle: string, docs: (string | Buffer)[]): Promise<Answer[]> {
  const child = spawn(oracle, [], { stdio: ['pipe', 'pipe', 'inherit'] });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => chunks.push(b));
  const done = new Promise<void>((ok, fail) =>
    child.on('close', (code) => (code === 0 ? ok() : fail(new Error(`yaml-oracle exited ${code}`)))),
  );
  const lines = docs.map((d, i) =>
    JSON.stringify(typeof d === 'string' ? { id: String(i), text: d } : { id: String(i), b64: d.toString('base64') }),
  );
  child.stdin.end(`${lines.join('\n')}\n`);
  await done;
  return Buffer.concat(chunks)
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Answer);
}

/** The oracle's canonical quoting: printable ASCII as is, everything else (and `"`, `\`) as \u{hex}. */
function quote(s: string): string {
  let out = '"';
  for (const c of s) {
    const cp = c.codePointAt(0) ?? 0;
    out += cp >= 0x20 && cp < 0x7f && c !== '"' && c !== '\\' ? c : `\\u{${cp.toString(16)}}`;
  }
  return `${out}"`;
}

const goG = (f: number) =>
  Number.isNaN(f) ? 'NaN' : f === Infinity ? '+Inf' : f === -Infinity ? '-Inf' : goFloatString(f, true);

/** ringway's value in the oracle's typed canonical form (see tools/yaml-oracle canon). */
export function canon(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return `bool:${v}`;
  if (typeof v === 'bigint') return `int:${v}`;
  if (typeof v === 'number') return Number.isInteger(v) && !Object.is(v, -0) ? `int:${v}` : `float:${goG(v)}`;
  if (v instanceof GoFloat) return `float:${goG(v.value)}`;
  if (v instanceof GoBytes) return `bytes:${Buffer.from(v.bytes).toString('hex')}`;
  if (typeof v === 'string') return quote(v);
  if (Array.isArray(v)) return `[${v.map(canon).join(',')}]`;
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).map(([k, e]) => `${canonKey(k)}:${canon(e)}`);
    return `{${entries.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(',')}}`;
  }
  return `other:${typeof v}:${String(v)}`;
}

/** Typed keys are "\0<kind>\0<text>" (see yaml-resolve.ts typedKey). */
function canonKey(k: string): string {
  if (!k.startsWith('\0')) return quote(k);
  const [, kind, text] = k.split('\0');
  if (kind === 'null') return 'null';
  if (kind === 'float')
    return `float:${goG(({ '.inf': Infinity, '-.inf': -Infinity, '.nan': NaN } as Record<string, number>)[text] ?? Number(text))}`;
  return `${kind}:${text}`;
}

function canonConfig(c: ComponentConfig): string {
  const subs = Object.entries(c.subcomponents).map(([k, s]) => `${quote(k)}:${canonConfig(s)}`);
  return `struct{namespace:${quote(c.namespace)},injectNamespace:${c.injectNamespace},disabled:${c.disabled},config:${canon(c.config)},subcomponents:{${subs.sort().join(',')}}}`;
}

/**
 * Whether some mapping in `v` has keys that yaml.v2's keyList.Less does not put in one order:
 * its Less is not transitive (`5` < `10G` < `1e3` < `5`: digit runs by value, letters before
 * digits) and ties distinct keys, and Go ranges over a map in random order, so yaml.v2 (and fab)
 * writes such a mapping's keys in an order that changes from run to run. ringway's order is one of
 * them and stable; only the values can be compared.
 */
export function keysWithoutOrder(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(keysWithoutOrder);
  if (v === null || typeof v !== 'object' || ![Object.prototype, null].includes(Object.getPrototypeOf(v))) return false;
  const keys = Object.keys(v).sort(goKeyCompare);
  for (let i = 0; i < keys.length; i++)
    for (let j = i + 1; j < keys.length; j++) if (goKeyCompare(keys[i], keys[j]) >= 0) return true;
  return Object.values(v).some(keysWithoutOrder);
}

/** ringway's readings of one document, in the oracle's shape. */
export function ringway(input: string | Buffer): { map: Reading; struct: Reading } {
  const map: Reading = {};
  const struct: Reading = {};
  let doc: string;
  try {
    // Bytes as ringway reads a file (UTF-16 with a byte order mark, UTF-8 checked).
    doc = typeof input === 'string' ? input : decodeFileBytes(input, 'doc');
  } catch (e) {
    return { map: { err: (e as Error).message }, struct: { err: (e as Error).message } };
  }
  // One parse for both readings, as the two decoders never change the syntax tree.
  let parsed: ParsedDocument | undefined;
  try {
    parsed = parseFirstDocument(doc, 'doc');
  } catch (e) {
    return { map: { err: (e as Error).message }, struct: { err: (e as Error).message } };
  }
  try {
    const v = readGoMap(parsed, 'doc');
    map.value = canon(v);
    map.out = goMarshal(v);
    map.unordered = keysWithoutOrder(v);
  } catch (e) {
    map.err = (e as Error).message;
  }
  try {
    const c = parseConfig(parsed, 'doc');
    struct.value = canonConfig(c);
    struct.values = goMarshal(c.config);
    struct.unordered = keysWithoutOrder(c.config);
  } catch (e) {
    struct.err = (e as Error).message;
  }
  return { map, struct };
}

/** How ringway's readings differ from the oracle's; undefined when they agree. */
export function differ(o: Answer, r: { map: Reading; struct: Reading }): string | undefined {
  const problems: string[] = [];
  const side = (name: string, a: Reading, b: Reading, fields: ('value' | 'out' | 'values')[]) => {
    if (a.panic !== undefined || a.err !== undefined) {
      if (b.err === undefined)
        problems.push(
          `${name}: yaml.v2 ${a.panic !== undefined ? `panics (${a.panic})` : `fails (${a.err})`}, ringway reads ${b.value}`,
        );
      return;
    }
    if (b.err !== undefined) {
      problems.push(`${name}: yaml.v2 reads ${a.value}, ringway fails: ${b.err}`);
      return;
    }
    for (const f of fields)
      if (a[f] !== b[f] && !(f !== 'value' && b.unordered && a.value === b.value))
        problems.push(
          `${name}.${f}: yaml.v2 ${JSON.stringify(a[f])}\n${' '.repeat(name.length + f.length + 3)}ringway ${JSON.stringify(b[f])}`,
        );
  };
  side('map', o.map, r.map, ['value', 'out']);
  side('struct', o.struct, r.struct, ['value', 'values']);
  return problems.length ? problems.join('\n') : undefined;
}

/** A short name for the kind of a difference, to count mismatch classes. */
export function mismatchClass(d: string): string {
  return d
    .split('\n')
    .filter((l) => /^\S/.test(l))
    .map((l) => l.replace(/:.*?(fails|reads|panics).*$/, ': $1').replace(/^(\w+\.\w+):.*$/, '$1'))
    .join(' + ');
}

/**
 * Greedy shrinking: drop lines, then characters from the ends of lines, while the document
 * still mismatches (any mismatch: a smaller document that shows another class is still a find).
 * When nothing shorter mismatches, lines are blanked to spaces of the same byte length: a
 * difference that hangs on where a character falls in the file (yaml.v2 reads 512 bytes at a
 * time) survives no deletion before it, but shows its few lines among blank ones.
 */
export async function shrink(
  oracle: string,
  doc: string,
  stillFails: (a: Answer, d: string) => boolean,
): Promise<string> {
  let best = doc;
  for (let round = 0; round < 100; round++) {
    const before = best;
    const lines = best.split('\n');
    const candidates: string[] = [];
    for (let i = 0; i < lines.length; i++) candidates.push([...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'));
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      const blank = ' '.repeat(Buffer.byteLength(l));
      for (const cut of [l.slice(0, Math.floor(l.length / 2)), l.slice(0, -1), l.replace(/^(\s*)\S+\s?/, '$1'), blank])
        if (cut !== l) candidates.push([...lines.slice(0, i), cut, ...lines.slice(i + 1)].join('\n'));
    }
    // Ask the oracle in batches; take the shortest candidate that still fails.
    const answers = await askOracle(oracle, candidates);
    // Shortest first; of equal length, the one with fewer non-blank characters.
    const weight = (c: string) => Buffer.byteLength(c) * 1e6 + c.replace(/\s/g, '').length;
    const failing = candidates.filter((c, i) => stillFails(answers[i], c)).sort((a, b) => weight(a) - weight(b));
    if (failing.length) best = failing[0];
    if (best === before) break;
  }
  return best;
}
