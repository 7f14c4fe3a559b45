// The reader of YAML the way Fabrikate reads it: Go's yaml.v2 (the fork github.com/timfpark/yaml that
// Fabrikate pins), a YAML 1.1 reader. The `yaml` package parses (yaml-source.ts first makes the
// text what it accepts); this module decodes its syntax tree with yaml.v2's rules: scalar values by
// the value rules of yaml-resolve.ts, merge keys applied in order with the later one winning,
// duplicate keys (last wins), keys typed as in a Go map[interface{}]interface{}, and Go struct
// decoding for Fabrikate's config files (config.ts). yaml-emit.ts writes the values back as yaml.v2 does.
import { readFile } from 'node:fs/promises';
import type { Document, Node, Pair } from 'yaml';
import { RingwayError } from '../errors.js';
import {
  decodeBinary,
  GoBytes,
  GoFloat,
  goFloatString,
  goValue,
  resolvePlain,
  resolveTagged,
  type Resolved,
  typedKey,
} from './yaml-resolve.js';
import { decodeFileBytes, type ParsedDocument, parseFirstDocument } from './yaml-source.js';
import { loadYaml, yaml } from './yaml-engine.js';

/**
 * Nodes a document may decode through aliases; bounds "billion laughs" documents (yaml.v2's fork
 * has no bound and runs out of memory). Real configs expand a few anchors, helm output none.
 */
export const MAX_ALIASED_NODES = 10_000;

export interface ParseOptions {
  /** Error messages name this file. */
  display: string;
  /**
   * Keys as yaml.v2 reads them into map[interface{}]interface{}: `on:` is the key true, `0x10:` is
   * 16 (kept as a typed key, see yaml-resolve.ts typedKey). Without it, keys keep their text as in
   * Fabrikate's map[string]interface{} (its config): `on:` is "on", `0x10:` is "0x10".
   */
  typedKeys?: boolean;
  /** @deprecated whole-number floats are always GoFloat now. */
  floats?: boolean;
  /** Every scalar as its text (Go string fields: `version: 1.10` is "1.10", `name: yes` is "yes"); null stays null. */
  text?: boolean;
}

/** A decoding failure: yaml.v2's message and the node it is about. */
class DecodeError {
  // Not an Error: decoding() always turns it into a RingwayError, and a stack trace per
  // refused document cost more than the decode.
  constructor(
    readonly message: string,
    readonly node?: Node | null,
  ) {}
}

/** What the pass over a document found: its anchors and the first thing libyaml refuses. */
interface Survey {
  lastAnchor: Map<string, Node>;
  refusal?: DecodeError;
}
const surveys = new WeakMap<Document, Survey>();

export type GoMap = Record<string, unknown>;

/** Sets a key, also `__proto__`, as an own property. */
export function setKey(obj: GoMap, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

/** Decodes one parsed document with yaml.v2's rules. */
export class Decoder {
  private aliased = 0;
  private readonly expanding = new Set<Node>();
  /** The last node defined with each anchor name (the fork checks merge sources by name against it). */
  private readonly lastAnchor: Map<string, Node>;

  /** Call inside decoding(): throws what libyaml refuses and the `yaml` package accepts. */
  constructor(
    readonly doc: Document,
    private readonly typedKeys: boolean,
    private readonly text = false,
    private readonly source = '',
  ) {
    let survey = surveys.get(doc);
    if (!survey) {
      survey = this.survey();
      surveys.set(doc, survey);
    }
    this.lastAnchor = survey.lastAnchor;
    if (survey.refusal) throw survey.refusal;
  }

  /** One pass over the document (shared by every decoder of it). */
  private survey(): Survey {
    const lastAnchor = new Map<string, Node>();
    const { isAlias, isPair, visit } = yaml();
    const doc = this.doc;
    try {
      visit(doc, (_key, node, path) => {
        const anchor = (node as { anchor?: string } | null)?.anchor;
        if (anchor) lastAnchor.set(anchor, node as Node);
        // yaml.v2 refuses an unknown anchor while parsing, also where the value is never decoded.
        // The visit goes in document order, so the anchors seen so far are those an alias here can
        // name (what node.resolve(doc) finds, walking the whole document again for each alias).
        if (isAlias(node) && !lastAnchor.has(node.source))
          this.fail(`unknown anchor '${node.source}' referenced`, node);
        const s = node as { type?: string; source?: unknown; range?: [number, number, number] } | null;
        if (s?.type === 'PLAIN' && typeof s.source === 'string') {
          const parent = path[path.length - 1];
          const coll = (isPair(parent) ? path[path.length - 2] : parent) as { flow?: boolean } | undefined;
          if (!coll?.flow) return;
          // In a flow collection libyaml ends a plain scalar at `?` and cannot start one with `:`.
          if (s.source.startsWith(':')) this.fail('did not find expected node content', node as Node);
          if (s.source.includes('?'))
            this.fail(
              `'?' in a plain scalar inside a flow collection (quote it): yaml.v2 fails or reads a key there, ringway cannot read it`,
              node as Node,
            );
          // `[x:]` is the text "x:" to libyaml and a mapping to the `yaml` package: refuse rather than differ.
          const end = s.range?.[1] ?? 0;
          if (this.source[end] === ':' && /[,\]}]/.test(this.source[end + 1] ?? ''))
            this.fail(
              `a plain scalar ending in ':' inside a flow collection (quote it): ringway cannot read it as yaml.v2 does`,
              node as Node,
            );
        }
      });
    } catch (e) {
      if (e instanceof DecodeError) return { lastAnchor, refusal: e };
      throw e;
    }
    return { lastAnchor };
  }

  fail(message: string, node?: Node | null): never {
    throw new DecodeError(message, node);
  }

  private count(): void {
    if (this.expanding.size && ++this.aliased > MAX_ALIASED_NODES)
      this.fail(`more than ${MAX_ALIASED_NODES} nodes expanded through aliases (an alias bomb?)`);
  }

  /** Follows aliases to the node they name (yaml.v2 refuses an anchor that contains itself). */
  deref(node: Node | null, fn: (n: Node | null) => unknown): unknown {
    const { isAlias } = yaml();
    if (!isAlias(node)) return fn(node);
    const target = node.resolve(this.doc) as Node | undefined;
    if (!target) this.fail(`unknown anchor '${node.source}' referenced`, node);
    if (this.expanding.has(target)) this.fail(`anchor '${node.source}' value contains itself`, node);
    this.expanding.add(target);
    try {
      return this.deref(target, fn);
    } finally {
      this.expanding.delete(target);
    }
  }

  /** A scalar's resolved type and value (tags applied), and the node's text. */
  scalar(node: Node): { r: Resolved; text: string } {
    const s = node as unknown as {
      type?: string;
      tag?: string;
      source?: unknown;
      value?: unknown;
      range?: [number, number, number];
    };
    let text = typeof s.source === 'string' ? s.source : String(s.value ?? '');
    // libyaml ends a block scalar (`|`, `>`, also `|+`) that runs to the end of input without a
    // line break with no line break; the `yaml` package adds one. A helm chunk split on "\n---" ends so.
    if (
      (s.type === 'BLOCK_LITERAL' || s.type === 'BLOCK_FOLDED') &&
      text.endsWith('\n') &&
      this.source &&
      !/[\n\r]$/.test(this.source)
    ) {
      const [start, end] = s.range ?? [0, 0];
      if (!/\S/.test(this.source.slice(end))) {
        // The `yaml` package ends the last line with a break when it has text, or when no line has any.
        const lines = this.source.slice(start, end).split('\n').slice(1);
        // With an indentation indicator, spaces past that indentation are text too.
        const n = Number(
          /^[|>](?:([1-9])[-+]?|[-+]([1-9]))/.exec(this.source.slice(start))?.slice(1).find(Boolean) ?? 0,
        );
        const lineStart = this.source.lastIndexOf('\n', start) + 1;
        const parent = /^ */.exec(this.source.slice(lineStart))?.[0].length ?? 0;
        const hasText = (l: string) => l.trim() !== '' || (n > 0 && l.length > parent + n);
        if (hasText(lines[lines.length - 1] ?? '') || !lines.some(hasText)) text = text.slice(0, -1);
      }
    }
    const tag = s.tag?.replace(/^tag:yaml\.org,2002:/, '!!');
    if (!tag) return { r: s.type === 'PLAIN' ? resolvePlain(text) : { tag: 'str', value: text }, text };
    if (tag === '!!binary')
      return {
        r: {
          tag: 'str',
          value: decodeBinary(text, () => this.fail('!!binary value contains invalid base64 data', node)),
        },
        text,
      };
    const std = /^!!(str|bool|int|float|null|timestamp)$/.exec(tag);
    if (std) {
      try {
        return { r: resolveTagged(std[1] as 'str', text), text };
      } catch (e) {
        this.fail((e as Error).message, node);
      }
    }
    if (tag === '!!merge' && text === '<<') return { r: { tag: 'merge', value: '<<' }, text };
    // Any other tag (custom, `!`, `!!map` on a scalar): the text, as yaml.v2 leaves it.
    return { r: { tag: 'str', value: text }, text };
  }

  /** A node decoded into interface{}. */
  value(node: Node | null): unknown {
    return this.deref(node, (n) => {
      this.count();
      const { isMap, isScalar, isSeq } = yaml();
      if (n === null || n === undefined) return null;
      if (isScalar(n)) {
        const { r, text } = this.scalar(n);
        if (this.text)
          return r.tag === 'null' ? null : typeof r.value === 'string' || r.value instanceof GoBytes ? r.value : text;
        return goValue(r, text);
      }
      if (isMap(n)) {
        const out: GoMap = {};
        this.mapInto(n, out);
        return out;
      }
      if (isSeq(n)) return n.items.map((item) => this.value(item as Node | null));
      return null;
    });
  }

  /** True for a `<<` merge key (plain and untagged, or tagged !!merge). */
  isMerge(key: unknown): boolean {
    const { isScalar } = yaml();
    if (!isScalar(key)) return false;
    const k = key as unknown as { type?: string; tag?: string; source?: unknown };
    return k.source === '<<' && ((k.type === 'PLAIN' && !k.tag) || k.tag === 'tag:yaml.org,2002:merge');
  }

  /** yaml.v2's merge: a mapping, an alias of one, or a list of them applied last to first. */
  merge(node: Node | null, into: (n: Node) => void): void {
    const { isAlias, isMap, isSeq } = yaml();
    const wantMap = () => this.fail('map merge requires map or sequence of maps as the value', node);
    const checkAlias = (a: Node) => {
      const last = this.lastAnchor.get(String((a as unknown as { source: string }).source));
      if (last && !isMap(last)) wantMap();
    };
    if (isMap(node)) into(node);
    else if (isAlias(node)) {
      checkAlias(node);
      into(node);
    } else if (isSeq(node)) {
      for (const item of [...node.items].reverse() as (Node | null)[]) {
        if (isAlias(item)) checkAlias(item);
        else if (!isMap(item)) wantMap();
        into(item as Node);
      }
    } else wantMap();
  }

  /** Decodes a mapping node (or an alias of one) into an existing Go map, in order: later keys and merges win. */
  mapInto(node: Node | null, out: GoMap): void {
    this.deref(node, (n) => {
      const { isMap } = yaml();
      if (n === null || (yaml().isScalar(n) && this.scalar(n).r.tag === 'null')) {
        // null decoded into a map that is not addressable clears it (yaml.v2's resetMap).
        for (const k of Object.keys(out)) delete out[k];
        return;
      }
      if (!isMap(n)) this.fail(`cannot unmarshal ${kindName(n)} into map`, n);
      for (const pair of n.items as Pair<Node | null, Node | null>[]) {
        if (this.isMerge(pair.key)) {
          this.merge(pair.value, (m) => this.mapInto(m, out));
          continue;
        }
        const key = this.key(pair.key);
        setKey(out, key, this.value(pair.value));
      }
    });
  }

  /** A map key: typed (map[interface{}]) or its text (map[string]). */
  key(node: Node | null): string {
    return this.deref(node, (n) => {
      const { isScalar } = yaml();
      if (!isScalar(n)) {
        if (n === null) return this.typedKeys ? typedKey('null', 'null') : '';
        this.fail(
          this.typedKeys ? `invalid map key: a ${kindName(n)}` : `cannot unmarshal ${kindName(n)} into string`,
          n,
        );
      }
      const { r, text } = this.scalar(n);
      if (!this.typedKeys) return stringField(r, text);
      const v = goValue(r, text);
      if (v === null) return typedKey('null', 'null');
      if (typeof v === 'boolean') return typedKey('bool', String(v));
      if (typeof v === 'number' && Number.isNaN(v))
        this.fail('a .nan key: yaml.v2 writes such a map in a random order, ringway cannot read it the same', n);
      if (v instanceof GoFloat) return typedKey('float', goFloatString(v.value, true));
      if (typeof v === 'number')
        return Number.isInteger(v) && r.tag === 'int'
          ? typedKey('int', String(v))
          : typedKey('float', goFloatString(v, true));
      if (typeof v === 'bigint') return typedKey('int', String(v));
      if (v instanceof GoBytes) this.fail('a !!binary key that is not UTF-8 text: ringway cannot read it', n);
      const s = String(v);
      if (s.startsWith('\0')) this.fail('a key starting with a NUL character: ringway cannot read it', n);
      return s;
    }) as string;
  }

  /** A scalar decoded into a Go string field: its text (null is ""; !!binary decoded). */
  stringOf(node: Node | null): string {
    return this.deref(node, (n) => {
      const { isScalar } = yaml();
      if (n === null) return '';
      if (!isScalar(n)) this.fail(`cannot unmarshal ${kindName(n)} into string`, n);
      const { r, text } = this.scalar(n);
      return stringField(r, text);
    }) as string;
  }

  /** A scalar decoded into a Go bool field: null is false; anything but a YAML 1.1 bool is an error. */
  boolOf(node: Node | null, field: string): boolean {
    return this.deref(node, (n) => {
      const { isScalar } = yaml();
      if (n === null) return false;
      if (!isScalar(n)) this.fail(`cannot unmarshal ${kindName(n)} into bool (${field})`, n);
      const { r, text } = this.scalar(n);
      if (r.tag === 'null') return false;
      if (r.tag !== 'bool')
        this.fail(
          `cannot unmarshal !!${r.tag === 'merge' ? 'merge' : r.tag} \`${text}\` into bool (${field} must be true or false)`,
          n,
        );
      return r.value as boolean;
    }) as boolean;
  }
}

function stringField(r: Resolved, text: string): string {
  if (r.tag === 'null') return '';
  if (typeof r.value === 'string') return r.value;
  if (r.value instanceof GoBytes)
    throw new DecodeError('a !!binary value that is not UTF-8 text where Fabrikate wants text: ringway cannot read it');
  return text;
}

function kindName(n: unknown): string {
  const { isMap, isSeq } = yaml();
  return isMap(n) ? '!!map' : isSeq(n) ? '!!seq' : '!!str';
}

/** Runs a decode, turning its failures into one error line naming the file and line. */
export function decoding<T>(display: string, doc: { lineOf(pos: number): number }, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof DecodeError)) throw e;
    const pos = (e.node as { range?: [number, number, number] } | null | undefined)?.range?.[0];
    const line = pos === undefined ? 0 : doc.lineOf(pos);
    throw new RingwayError(`${display}${line ? `:${line}` : ''}: ${e.message}`);
  }
}

/** Parses the first document of a YAML stream as yaml.v2 reads it into interface{} values; errors name the file and line. After loadYaml(). */
export function parseYaml11(text: string, opts: ParseOptions = { display: 'YAML' }): unknown {
  const parsed = parseFirstDocument(text, opts.display);
  if (!parsed) return null;
  return decoding(opts.display, parsed, () =>
    new Decoder(parsed.doc, opts.typedKeys ?? false, opts.text ?? false, parsed.text).value(
      parsed.doc.contents as Node | null,
    ),
  );
}

/** Reads a YAML file as yaml.v2 reads it (parseYaml11), loading the engine while the file is read. */
export async function readYaml11File(path: string, opts: ParseOptions): Promise<unknown> {
  const [bytes] = await Promise.all([readFile(path), loadYaml()]);
  return parseYaml11(decodeFileBytes(bytes, opts.display), opts);
}

/**
 * The first document of a stream as Fabrikate reads helm's output (yaml.Unmarshal into
 * map[interface{}]interface{}): a mapping with typed keys, {} for an empty document; throws a
 * RingwayError naming `display` and the line where yaml.v2 would fail too. After loadYaml().
 */
export function readGoMap(text: string | ParsedDocument | undefined, display: string): GoMap {
  const parsed = typeof text === 'string' ? parseFirstDocument(text, display) : text;
  if (!parsed) return {};
  return decoding(display, parsed, () => {
    const d = new Decoder(parsed.doc, true, false, parsed.text);
    const out: GoMap = {};
    const root = parsed.doc.contents as Node | null;
    d.deref(root, (n) => {
      if (n !== null && !yaml().isMap(n) && !(yaml().isScalar(n) && d.scalar(n).r.tag === 'null'))
        d.fail(`cannot unmarshal ${kindName(n)} into a mapping`, n);
    });
    d.mapInto(root, out);
    return out;
  });
}

/** readGoMap, or undefined where it fails. After loadYaml(). */
export function firstDocument11(text: string): unknown {
  try {
    return readGoMap(text, 'document');
  } catch (e) {
    if (e instanceof RingwayError) return undefined;
    throw e;
  }
}
