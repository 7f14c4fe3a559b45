// The value rules of Go's yaml.v2 (the fork Fabrikate pins, github.com/timfpark/yaml), shared by
// the reader (yaml-read.ts) and the emitter (yaml-emit.ts): which type a plain scalar resolves to
// (resolve.go), what an explicit tag does with a scalar, the Go value a scalar becomes (whole
// floats, !!binary bytes, typed map keys), and how numbers print. Plain `off`/`no`/`y` are
// booleans, `0644` is octal (420), `1_000` is 1000, `1e6` is text (this fork's float pattern wants
// a signed exponent), a plain date stays the text it was.

/** A float whose value is a whole number (`1.0`, `1e+06`): yaml.v2 writes it as a float (`1e+06`). */
export class GoFloat {
  constructor(readonly value: number) {}
}

/** `!!binary` data that is not UTF-8 text (a Go string holding raw bytes); yaml.v2 writes it back as `!!binary`. */
export class GoBytes {
  constructor(readonly bytes: Uint8Array) {}
}

export type Tag = 'str' | 'bool' | 'int' | 'float' | 'null' | 'timestamp' | 'merge';
export interface Resolved {
  tag: Tag;
  /** number or bigint for int (bigint beyond 2^53), number for float, boolean, null, or the text. */
  value: unknown;
}

const MAP = new Map<string, Resolved>();
for (const s of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'])
  MAP.set(s, { tag: 'bool', value: true });
for (const s of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'])
  MAP.set(s, { tag: 'bool', value: false });
for (const s of ['', '~', 'null', 'Null', 'NULL']) MAP.set(s, { tag: 'null', value: null });
for (const s of ['.nan', '.NaN', '.NAN']) MAP.set(s, { tag: 'float', value: NaN });
for (const s of ['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']) MAP.set(s, { tag: 'float', value: Infinity });
for (const s of ['-.inf', '-.Inf', '-.INF']) MAP.set(s, { tag: 'float', value: -Infinity });

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
const YAML_STYLE_FLOAT = /^[-+]?[0-9]*\.?[0-9]+([eE][-+][0-9]+)?$/;
const BASE60 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

const intValue = (n: bigint): number | bigint =>
  n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;

/** Go's strconv.ParseInt(s, 0, 64), or ParseUint when `unsigned`; undefined when it fails. */
function parseGoInt(s: string, unsigned: boolean): bigint | undefined {
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m || (unsigned && m[1])) return undefined;
  const body = m[2];
  let n: bigint;
  if (/^0[xXoObB]/.test(body)) n = BigInt(body.slice(0, 2).toLowerCase() + body.slice(2));
  else if (body.length > 1 && body.startsWith('0')) n = BigInt(`0o${body.slice(1)}`);
  else n = BigInt(body);
  if (m[1] === '-') n = -n;
  return unsigned ? (n <= UINT64_MAX ? n : undefined) : n >= INT64_MIN && n <= INT64_MAX ? n : undefined;
}

/** Go's strconv.ParseFloat(s, 64) for the decimal forms that reach it; undefined on a syntax or range error. */
function parseGoFloat(s: string): number | undefined {
  if (!/^[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?$/.test(s)) return undefined;
  const f = Number(s);
  return Number.isFinite(f) ? f : undefined;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * yaml.v2's parseTimestamp: Go's time.Parse with "2006-1-2T15:4:5.999999999Z07:00" (T or t),
 * "2006-1-2 15:4:5.999999999" or "2006-1-2"; days are checked against the month.
 */
export function isGoTimestamp(s: string): boolean {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt ])(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(Z|[-+]\d{2}:\d{2})?)?$/.exec(
    s,
  );
  if (!m) return false;
  const [, y, mo, d, sep, h, mi, sec, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day < 1 || day > (month === 2 && leap ? 29 : DAYS[month - 1])) return false;
  if (sep === undefined) return true;
  if (sep === ' ' ? zone !== undefined : zone === undefined) return false;
  if (Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59) return false;
  if (zone && zone !== 'Z' && (Number(zone.slice(1, 3)) > 24 || Number(zone.slice(4)) > 59)) return false;
  return true;
}

/** A plain (untagged) scalar resolved as yaml.v2 resolves it (resolve.go). */
export function resolvePlain(s: string): Resolved {
  const c = s[0];
  const hint =
    s === ''
      ? 'N'
      : c === '+' || c === '-'
        ? 'S'
        : c >= '0' && c <= '9'
          ? 'D'
          : 'yYnNtTfFoO~'.includes(c)
            ? 'M'
            : c === '.'
              ? '.'
              : '';
  if (!hint) return { tag: 'str', value: s };
  const known = MAP.get(s);
  if (known) return known;
  if (hint === '.') {
    const f = /^\./.test(s) ? parseGoFloat(s) : undefined;
    if (f !== undefined) return { tag: 'float', value: f };
  } else if (hint === 'D' || hint === 'S') {
    if (hint === 'D' && isGoTimestamp(s)) return { tag: 'timestamp', value: s };
    const plain = s.replace(/_/g, '');
    const i = parseGoInt(plain, false) ?? parseGoInt(plain, true);
    if (i !== undefined) return { tag: 'int', value: intValue(i) };
    if (YAML_STYLE_FLOAT.test(plain)) {
      const f = parseGoFloat(plain);
      if (f !== undefined) return { tag: 'float', value: f };
    }
    const bin = /^(-?)0b([01]+)$/.exec(plain);
    if (bin) {
      const n = BigInt(`0b${bin[2]}`) * (bin[1] ? -1n : 1n);
      if (n >= INT64_MIN && n <= UINT64_MAX) return { tag: 'int', value: intValue(n) };
    }
  }
  return { tag: 'str', value: s };
}

/**
 * A scalar with an explicit standard tag (`!!int 5`, `!!str yes`): yaml.v2 resolves the text and
 * fails when it is not of that type (a `!!float` may hold an int). Throws the reason.
 */
export function resolveTagged(tag: 'str' | 'bool' | 'int' | 'float' | 'null' | 'timestamp', s: string): Resolved {
  if (tag === 'str') return { tag: 'str', value: s };
  let r = resolvePlain(s);
  if (r.tag === 'merge' || (r.tag === 'timestamp' && tag !== 'timestamp')) r = { tag: 'str', value: s };
  if (r.tag === tag) return r;
  if (tag === 'float' && r.tag === 'int' && typeof r.value === 'number') return { tag: 'float', value: r.value };
  if (tag === 'float' && r.tag === 'int' && typeof r.value === 'bigint' && r.value <= INT64_MAX)
    return { tag: 'float', value: Number(r.value) };
  throw new Error(`cannot decode !!${r.tag} \`${s}\` as a !!${tag}`);
}

/** True when this text, written plain, would not read back as the same string (yaml.v2 quotes it). */
export function readsAsOther11(s: string): boolean {
  return resolvePlain(s).tag !== 'str' || (/^[-+0-9]/.test(s) && s.includes(':') && BASE60.test(s));
}

/**
 * A number as yaml.v2 prints it: integers in decimal; floats as Go's FormatFloat(f, 'g', -1, 64)
 * (exponent form below 1e-4 and from 1e6 up: 1.5e+06, 1e-05).
 */
export function goFloatString(f: number, float = false): string {
  if (Number.isNaN(f)) return '.nan';
  if (f === Infinity) return '.inf';
  if (f === -Infinity) return '-.inf';
  if (Object.is(f, -0)) return float ? '-0' : '0';
  if (f === 0) return '0';
  if (Number.isInteger(f) && !float) return BigInt(f).toString();
  const [m, x] = f.toExponential().split('e');
  const e = Number(x);
  if (e < -4 || e >= 6) return `${m}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  // JavaScript prints fixed notation in this range with the same shortest digits.
  return String(f);
}

/** A resolved scalar as a Go interface{} value: whole floats as GoFloat, timestamps as their text. */
export function goValue(r: Resolved, text: string): unknown {
  if (r.tag === 'float' && typeof r.value === 'number' && (Number.isInteger(r.value) || Object.is(r.value, -0)))
    return new GoFloat(r.value);
  if (r.tag === 'timestamp') return text;
  return r.value;
}

/** Go's base64.StdEncoding.DecodeString (line breaks ignored): a string when the bytes are UTF-8, else GoBytes. */
export function decodeBinary(text: string, bad: () => never): string | GoBytes {
  const s = text.replace(/[\r\n]/g, '');
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s)) bad();
  const bytes = Buffer.from(s, 'base64');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return new GoBytes(new Uint8Array(bytes));
  }
}

export type KeyKind = 'bool' | 'int' | 'float' | 'null';

/**
 * A key that is not text is kept in a JavaScript object as "\0<kind>\0<text>" (kind bool, int,
 * float or null; the text as yaml.v2 prints it), so 1, "1" and true stay three keys as in a Go map.
 */
export function typedKey(kind: KeyKind, text: string): string {
  return `\0${kind}\0${text}`;
}

/** A typed key's kind and text (see typedKey); undefined for a text key. */
export function typedKeyParts(key: string): { kind: KeyKind; text: string } | undefined {
  if (!key.startsWith('\0')) return undefined;
  const [, kind, text] = key.split('\0');
  return { kind: kind as KeyKind, text };
}
