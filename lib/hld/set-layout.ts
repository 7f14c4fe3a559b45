// The layout-keeping edit of a YAML config file: only the edited scalar (or the lines a new key
// needs) change; comments, key order, quoting and blank lines stay byte for byte. It gives up
// (returns a reason) wherever an in-place edit could change other data: a path through an alias,
// an anchor or a merge key (issue 23), a repeated key, a flow mapping, a multi-line value. The
// caller then writes the file as fab set does and checks every kept edit against that data.
import type { Node, Pair, YAMLMap } from 'yaml';
import { MAX_ALIASES } from './files.js';
import { readsAsOther11 } from './yaml-resolve.js';
import { yaml } from './yaml-engine.js';

export type InPlace = { text: string } | { reason: string };

/** Sets `path` to the string `value` in `text`, in place. After loadYaml(). */
export function setInPlace(text: string, path: string[], value: string): InPlace {
  const { isAlias, isMap, isScalar } = yaml();
  const doc = yaml().parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length || doc.warnings.length)
    return { reason: 'the YAML engine reads the file differently from Fabrikate' };
  doc.toJS({ maxAliasCount: MAX_ALIASES });
  if (isEmpty(doc.contents)) {
    // Empty (or comment-only) file: append the whole block.
    const sep = text === '' || text.endsWith('\n') ? '' : '\n';
    return { text: `${text}${sep}${nestedLines(path, value, 0)}\n` };
  }
  if (!isMap(doc.contents) || doc.contents.anchor) return { reason: 'the file is not a plain mapping' };
  if (doc.contents.flow && doc.contents.items.length === 0) {
    // `{}` alone at the start of a line: the block takes its place.
    const [start, end] = doc.contents.range as [number, number, number];
    if (lineStart(text, start) === start)
      return { text: `${text.slice(0, start)}${nestedLines(path, value, 0)}${text.slice(end)}` };
  }
  let map: YAMLMap = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const at = `'${path.slice(0, i + 1).join('.')}'`;
    const shared = sharedReason(map, `'${path.slice(0, i).join('.') || '(root)'}'`);
    if (shared) return { reason: shared };
    const pairs = map.items.filter((p) => keyString(p.key) === key) as Pair<Node, Node | null>[];
    if (pairs.length > 1) return { reason: `${at} is repeated` };
    const pair = pairs[0];
    if (!pair) return insertUnder(text, map, path.slice(i), value);
    const v = pair.value;
    if (isAlias(v) || v?.anchor) return { reason: `the path passes through the alias or anchor at ${at}` };
    if (i === path.length - 1) {
      if (isEmpty(v)) return { text: replaceNull(text, pair, [], value) };
      if (!isScalar(v)) return { reason: `${at} holds a collection` };
      if (v.value === value && typeof v.value === 'string') return { text };
      if (
        typeof v.source !== 'string' ||
        v.source.includes('\n') ||
        v.type === 'BLOCK_FOLDED' ||
        v.type === 'BLOCK_LITERAL'
      )
        return { reason: `${at} is a multi-line value` };
      const [start, end] = v.range as [number, number, number];
      // The value keeps its quoting style; a plain one is quoted where YAML 1.1 reads another type.
      const quoted =
        v.type === 'QUOTE_SINGLE'
          ? `'${value.replace(/'/g, "''")}'`
          : v.type === 'QUOTE_DOUBLE'
            ? JSON.stringify(value)
            : scalarText(value);
      return { text: text.slice(0, start) + quoted + text.slice(end) };
    }
    // An empty value (`key:`, `key: ~`) or an empty flow mapping (`key: {}`) becomes a block.
    if (isEmpty(v) || (isMap(v) && v.flow && v.items.length === 0))
      return { text: replaceNull(text, pair, path.slice(i + 1), value) };
    if (!isMap(v)) return { reason: `${at} is not a mapping` };
    if (v.flow) return { reason: `${at} is a flow mapping` };
    map = v;
  }
  return { reason: 'the path is empty' };
}

/** Why editing inside this mapping could change data it shares, or lose data merged into it. */
function sharedReason(map: YAMLMap, at: string): string | undefined {
  const { isAlias } = yaml();
  if (map.items.some((p) => keyString(p.key) === '<<' || isAlias(p.key)))
    return `${at} has a merge key or an alias key`;
  return undefined;
}

function keyString(key: unknown): string {
  const { isScalar } = yaml();
  return isScalar(key) ? String(key.value) : String(key);
}

function isEmpty(v: unknown): boolean {
  const { isScalar } = yaml();
  return v === null || v === undefined || (isScalar(v) && (v.value === null || v.value === undefined));
}

/** A string as fab set writes it: double-quoted where YAML 1.1 would read another type (`off`, `0644`). */
function scalarText(value: string): string {
  if (readsAsOther11(value)) return JSON.stringify(value);
  return yaml().stringify(value, { lineWidth: 0 }).trimEnd();
}

function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1;
}

function lineEnd(text: string, pos: number): number {
  const i = text.indexOf('\n', pos);
  return i < 0 ? text.length : i;
}

function nestedLines(keys: string[], value: string, indent: number): string {
  return keys
    .map(
      (k, i) => `${' '.repeat(indent + 2 * i)}${scalarText(k)}:${i === keys.length - 1 ? ` ${scalarText(value)}` : ''}`,
    )
    .join('\n');
}

/** Appends `keys: value` as new lines after the last entry of a block mapping, at its indentation. */
function insertUnder(text: string, map: YAMLMap, keys: string[], value: string): InPlace {
  if (map.flow) return { reason: 'the new key would go into a flow mapping' };
  const firstKey = map.items[0]?.key as Node | undefined;
  if (!firstKey?.range) return { reason: 'the mapping has no entries to line the new key up with' };
  const keyStart = firstKey.range[0];
  const indent = keyStart - lineStart(text, keyStart);
  const end = (map.range as [number, number, number])[1];
  // After the line on which the mapping's last value ends (keeping a trailing comment on it).
  const at = lineEnd(text, Math.max(end - 1, 0));
  const block = nestedLines(keys, value, indent);
  return {
    text:
      at >= text.length
        ? `${text}${text.endsWith('\n') ? '' : '\n'}${block}\n`
        : `${text.slice(0, at)}\n${block}${text.slice(at)}`,
  };
}

/** `key:` with no value (or `~`/`null`/`{}`): give it the nested block or the value. */
function replaceNull(text: string, pair: Pair<Node, Node | null>, keys: string[], value: string): string {
  const key = pair.key;
  const [kStart, kEnd] = key.range as [number, number, number];
  const indent = kStart - lineStart(text, kStart);
  const colon = text.indexOf(':', kEnd);
  const v = pair.value;
  const valueEnd = v?.range ? v.range[1] : colon + 1;
  if (keys.length === 0) return `${text.slice(0, colon + 1)} ${scalarText(value)}${text.slice(valueEnd)}`;
  const eol = lineEnd(text, valueEnd);
  const rest = text.slice(valueEnd, eol);
  const comment = rest.trim().startsWith('#') ? ` ${rest.trim()}` : '';
  return `${text.slice(0, colon + 1)}${comment}\n${nestedLines(keys, value, indent + 2)}${text.slice(eol)}`;
}
