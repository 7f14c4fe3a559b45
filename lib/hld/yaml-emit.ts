// yaml.v2's Marshal (libyaml's emitter as Go's yaml.v2 drives it), byte for byte for the data
// ringway reads with yaml-read.ts: block style, keys sorted as yaml.v2 sorts them, sequences not
// indented under a key, 80 columns, plain scalars where they read back as the same string.
import { Buffer } from 'node:buffer';
import { GoBytes, GoFloat, goFloatString, readsAsOther11, typedKeyParts } from './yaml-resolve.js';

const BEST_WIDTH = 80;

function isPrintable(cp: number): boolean {
  return (
    cp === 0x0a ||
    (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff)
  );
}
const isBreakCh = (c: string | undefined) =>
  c === '\n' || c === '\r' || c === '\u0085' || c === '\u2028' || c === '\u2029';
const isBlankCh = (c: string | undefined) => c === ' ' || c === '\t';

interface Analysis {
  multiline: boolean;
  blockPlain: boolean;
  singleQuoted: boolean;
  block: boolean;
}

/** libyaml's yaml_emitter_analyze_scalar (block context). */
function analyze(chars: string[]): Analysis {
  if (chars.length === 0) return { multiline: false, blockPlain: true, singleQuoted: true, block: false };
  let blockIndicators = false;
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let prevSpace = false;
  let prevBreak = false;
  const s = chars.join('');
  if (s.startsWith('---') || s.startsWith('...')) blockIndicators = true;
  let precededByWhitespace = true;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const next = chars[i + 1];
    const followedByWhitespace = next === undefined || isBlankCh(next) || isBreakCh(next);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) blockIndicators = true;
      else if ((c === '?' || c === ':' || c === '-') && followedByWhitespace) blockIndicators = true;
    } else if ((c === ':' && followedByWhitespace) || (c === '#' && precededByWhitespace)) blockIndicators = true;
    if (!isPrintable(c.codePointAt(0) ?? 0)) special = true;
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (i === chars.length - 1) trailingSpace = true;
      if (prevBreak) breakSpace = true;
      prevSpace = true;
      prevBreak = false;
    } else if (isBreakCh(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === chars.length - 1) trailingBreak = true;
      if (prevSpace) spaceBreak = true;
      prevSpace = false;
      prevBreak = true;
    } else {
      prevSpace = false;
      prevBreak = false;
    }
    precededByWhitespace = isBlankCh(c) || isBreakCh(c);
  }
  const a: Analysis = { multiline: lineBreaks, blockPlain: true, singleQuoted: true, block: true };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) a.blockPlain = false;
  if (trailingSpace) a.block = false;
  if (breakSpace) a.blockPlain = a.singleQuoted = false;
  if (spaceBreak || special) a.blockPlain = a.singleQuoted = a.block = false;
  if (lineBreaks) a.blockPlain = false;
  if (blockIndicators) a.blockPlain = false;
  return a;
}

type Style = 'plain' | 'single' | 'double' | 'literal';

class Emitter {
  out = '';
  column = 0;
  whitespace = true;
  indention = true;
  indent = -1;
  private indents: number[] = [];
  private simpleKey = false;

  private put(s: string): void {
    this.out += s;
    this.column += [...s].length;
  }
  private putBreak(): void {
    this.out += '\n';
    this.column = 0;
  }
  private increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? 2 : 0;
    else if (!indentless) this.indent += 2;
  }
  private popIndent(): void {
    this.indent = this.indents.pop() ?? -1;
  }
  writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }
  private indicator(ind: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.put(ind);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  node(v: unknown, ctx: 'root' | 'mapping' | 'sequence'): void {
    if (Array.isArray(v)) return this.sequence(v, ctx);
    if (v !== null && typeof v === 'object' && !(v instanceof GoFloat) && !(v instanceof GoBytes))
      return this.mapping(v as Record<string, unknown>);
    this.scalarValue(v);
  }

  private sequence(items: unknown[], ctx: string): void {
    if (items.length === 0) {
      this.indicator('[', true, true, false);
      this.indicator(']', false, false, false);
      return;
    }
    this.increaseIndent(false, ctx === 'mapping' && !this.indention);
    for (const item of items) {
      this.writeIndent();
      this.indicator('-', true, false, true);
      this.node(item, 'sequence');
    }
    this.popIndent();
  }

  private mapping(map: Record<string, unknown>): void {
    // Sorted as text first: where yaml.v2's Less gives no one order (it is not transitive, and Go
    // walks maps in random order, so fab's order changes between runs) the order depends on the
    // key set alone, not on the order the keys were read or set in.
    const keys = Object.keys(map).sort().sort(goKeyCompare);
    if (keys.length === 0) {
      this.indicator('{', true, true, false);
      this.indicator('}', false, false, false);
      return;
    }
    this.increaseIndent(false, false);
    for (const k of keys) {
      this.writeIndent();
      const typed = typedKeyParts(k);
      if (!typed && (Buffer.byteLength(k) > 128 || analyze([...k]).multiline)) {
        // Not a simple key: `? key` / `: value`.
        this.indicator('?', true, false, true);
        this.scalarValue(k);
        this.writeIndent();
        this.indicator(':', true, false, true);
      } else {
        this.simpleKey = true;
        if (typed) this.scalar(typed.text, 'plain');
        else this.scalarValue(k);
        this.simpleKey = false;
        this.indicator(':', false, false, false);
      }
      this.node(map[k], 'mapping');
    }
    this.popIndent();
  }

  private scalarValue(v: unknown): void {
    if (v === null || v === undefined) return this.scalar('null', 'plain');
    if (typeof v === 'boolean') return this.scalar(v ? 'true' : 'false', 'plain');
    if (typeof v === 'number') return this.scalar(goFloatString(v), 'plain');
    if (v instanceof GoFloat) return this.scalar(goFloatString(v.value, true), 'plain');
    if (typeof v === 'bigint') return this.scalar(String(v), 'plain');
    if (v instanceof GoBytes) return this.binary(v);
    if (v instanceof Date) return this.scalar(v.toISOString(), 'plain');
    const s = String(v);
    // yaml.v2's stringv: multi-line text as a literal block, plain when it reads back as the same
    // string (YAML 1.1 resolution, base-60 numbers quoted too), else double-quoted.
    let style: Style;
    if (s.includes('\n')) style = 'literal';
    else if (!readsAsOther11(s)) style = 'plain';
    else style = 'double';
    this.scalar(s, style);
  }

  /** Bytes that are not UTF-8: yaml.v2 writes `!!binary` and the base64 text, in lines of 70 when longer. */
  private binary(v: GoBytes): void {
    const b64 = Buffer.from(v.bytes).toString('base64');
    const multi = b64.length >= 70;
    let s = '';
    for (let i = 0; i < b64.length; i += 70) s += b64.slice(i, i + 70) + (multi ? '\n' : '');
    this.indicator('!!binary', true, false, false);
    this.scalar(s, multi ? 'literal' : 'plain');
  }

  /** libyaml's select_scalar_style + process_scalar. */
  private scalar(s: string, requested: Style): void {
    const chars = [...s];
    const a = analyze(chars);
    let style = requested;
    if (this.simpleKey && a.multiline) style = 'double';
    if (style === 'plain') {
      if (!a.blockPlain || (chars.length === 0 && this.simpleKey)) style = 'single';
    }
    if (style === 'single' && !a.singleQuoted) style = 'double';
    if (style === 'literal' && (!a.block || this.simpleKey)) style = 'double';
    this.increaseIndent(true, false);
    const breaks = !this.simpleKey;
    if (style === 'plain') this.plain(chars, breaks);
    else if (style === 'single') this.single(chars, breaks);
    else if (style === 'double') this.double(chars, breaks);
    else this.literal(chars);
    this.popIndent();
  }

  private writeBreakChar(c: string): void {
    if (c === '\n') this.putBreak();
    else {
      this.out += c;
      this.column = 0;
    }
  }

  private plain(chars: string[], allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ');
    this.text(chars, allowBreaks, false);
    this.whitespace = false;
    this.indention = false;
  }

  private single(chars: string[], allowBreaks: boolean): void {
    this.indicator("'", true, false, false);
    this.text(chars, allowBreaks, true);
    this.indicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  /**
   * The text of a plain or single-quoted scalar (libyaml's write_plain and write_single_quoted, one
   * loop): a space past the width folds the line, the first break of a run is written twice (it
   * reads back as one), a quote in single-quoted text is doubled. A quoted scalar never folds at its
   * first or last character (a plain one has no space there).
   */
  private text(chars: string[], allowBreaks: boolean, quoted: boolean): void {
    let spaces = false;
    let breaks = false;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      if (c === ' ') {
        const edge = quoted && (i === 0 || i === chars.length - 1);
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && !edge && chars[i + 1] !== ' ') this.writeIndent();
        else this.put(c);
        spaces = true;
      } else if (isBreakCh(c)) {
        if (!breaks && c === '\n') this.putBreak();
        this.writeBreakChar(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        if (quoted && c === "'") this.put("'");
        this.put(c);
        this.indention = false;
        spaces = false;
        breaks = false;
      }
    }
  }

  private double(chars: string[], allowBreaks: boolean): void {
    let spaces = false;
    this.indicator('"', true, false, false);
    // yaml.v2's is_bom tests the first character whatever the position: after a leading U+FEFF it
    // escapes every character (`\uFEFF\x78`).
    const bomFirst = chars[0] === '\ufeff';
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      const cp = c.codePointAt(0) ?? 0;
      if (bomFirst || !isPrintable(cp) || isBreakCh(c) || c === '"' || c === '\\') {
        const esc: Record<number, string> = {
          0x00: '0',
          0x07: 'a',
          0x08: 'b',
          0x09: 't',
          0x0a: 'n',
          0x0b: 'v',
          0x0c: 'f',
          0x0d: 'r',
          0x1b: 'e',
          0x22: '"',
          0x5c: '\\',
          0x85: 'N',
          0xa0: '_',
          0x2028: 'L',
          0x2029: 'P',
        };
        let e = esc[cp];
        if (e === undefined) {
          const hex = cp.toString(16).toUpperCase();
          e =
            cp <= 0xff
              ? `x${hex.padStart(2, '0')}`
              : cp <= 0xffff
                ? `u${hex.padStart(4, '0')}`
                : `U${hex.padStart(8, '0')}`;
        }
        this.put(`\\${e}`);
        spaces = false;
      } else if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < chars.length - 1) {
          this.writeIndent();
          if (chars[i + 1] === ' ') this.put('\\');
        } else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        spaces = false;
      }
    }
    this.indicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private literal(chars: string[]): void {
    this.indicator('|', true, false, false);
    if (chars[0] === ' ' || isBreakCh(chars[0])) this.indicator('2', false, false, false);
    let chomp = '';
    if (chars.length === 0) chomp = '-';
    else {
      const last = chars.length - 1;
      if (!isBreakCh(chars[last])) chomp = '-';
      else if (last === 0 || isBreakCh(chars[last - 1])) chomp = '+';
    }
    if (chomp) this.indicator(chomp, false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const c of chars) {
      if (isBreakCh(c)) {
        this.writeBreakChar(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(c);
        this.indention = false;
        breaks = false;
      }
    }
  }
}

// reflect.Kind order, which yaml.v2 sorts keys of different kinds by: bool, int, uint64, float64,
// nil (an interface), string.
const KIND_ORDER: Record<string, number> = { bool: 1, int: 2, uint: 11, float: 14, null: 20, string: 24 };
const INT64_MAX = 2n ** 63n - 1n;
const FLOAT_TEXT: Record<string, number> = { '.inf': Infinity, '-.inf': -Infinity, '.nan': NaN };

interface KeyInfo {
  kind: string;
  num?: number;
  exact?: bigint;
  text: string;
}

function keyInfo(k: string): KeyInfo {
  const typed = typedKeyParts(k);
  if (!typed) return { kind: 'string', text: k };
  const { kind, text } = typed;
  if (kind === 'bool') return { kind, num: text === 'true' ? 1 : 0, text };
  if (kind === 'int') {
    const exact = BigInt(text);
    return { kind: exact > INT64_MAX ? 'uint' : 'int', num: Number(exact), exact, text };
  }
  if (kind === 'float') return { kind, num: FLOAT_TEXT[text] ?? Number(text), text };
  return { kind, text };
}

const isLetter = (cp: number) => /\p{L}/u.test(String.fromCodePoint(cp));
const isDigit = (cp: number | undefined) => cp !== undefined && /\p{Nd}/u.test(String.fromCodePoint(cp));

/** yaml.v2's keyList.Less as a comparator: numbers and bools by value then kind, then nil, then text (letters before other characters, digit runs by value). */
export function goKeyCompare(a: string, b: string): number {
  const less = goKeyLess(a, b);
  return less ? -1 : goKeyLess(b, a) ? 1 : 0;
}

function goKeyLess(a: string, b: string): boolean {
  const ka = keyInfo(a);
  const kb = keyInfo(b);
  if (ka.num !== undefined && kb.num !== undefined) {
    if (ka.num !== kb.num) return ka.num < kb.num;
    if (ka.kind !== kb.kind) return KIND_ORDER[ka.kind] < KIND_ORDER[kb.kind];
    if (ka.exact !== undefined && kb.exact !== undefined) return ka.exact < kb.exact;
    return false;
  }
  if (ka.kind !== 'string' || kb.kind !== 'string') return KIND_ORDER[ka.kind] < KIND_ORDER[kb.kind];
  const ar = [...a].map((c) => c.codePointAt(0) ?? 0);
  const br = [...b].map((c) => c.codePointAt(0) ?? 0);
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return ar[i] < br[i];
    if (al || bl) return bl;
    // Digit runs compare by value (int64 arithmetic, as in Go); a run after a non-zero digit counts from 1.
    let an = 0n;
    let bn = 0n;
    if (ar[i] === 0x30 || br[i] === 0x30) {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== 0x30) {
          an = 1n;
          bn = 1n;
          break;
        }
      }
    }
    let ai = i;
    let bi = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = BigInt.asIntN(64, an * 10n + BigInt(ar[ai] - 0x30));
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = BigInt.asIntN(64, bn * 10n + BigInt(br[bi] - 0x30));
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i] < br[i];
  }
  return ar.length < br.length;
}

/** `yaml.Marshal(value)` of Go's yaml.v2, for data read with parseYaml11. */
export function goMarshal(value: unknown): string {
  const e = new Emitter();
  e.node(value, 'root');
  // Document end: a final line break.
  e.writeIndent();
  return e.out;
}
