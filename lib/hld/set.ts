import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { RingwayError, UsageError } from '../errors.js';
import { exists, isPlainObject, MAX_ALIASES } from './files.js';
import { GoFloat, goFloatString, readsAsOther11, readYaml11File } from './yaml11.js';
import { checkEnvironmentName, type SetPair } from './names.js';
import { loadYaml, yaml } from './yaml-engine.js';

export interface SetOptions {
  /** Folder of the component whose config file is edited (where `fab set` runs). */
  componentDir: string;
  environment: string;
  /** `--subcomponent a.b` split on dots: the value goes under subcomponents.a.subcomponents.b. */
  subcomponent: string[];
  pairs: SetPair[];
  /** `--no-new-config-keys`: refuse to create a key or subcomponent entry that does not exist. */
  noNewConfigKeys?: boolean;
}

export interface SetResult {
  /** Config file edited, relative to componentDir. */
  file: string;
  changed: boolean;
}

/**
 * `fab set`: writes each value, as a string, into `config/<environment>.yaml` (or the existing
 * `.json`) at subcomponents.<a>.subcomponents.<b>.config.<key path>. Unlike fab set, a YAML file
 * keeps its comments, key order, quoting and blank lines: only the edited lines change.
 */
export async function setConfig(opts: SetOptions): Promise<SetResult> {
  checkEnvironmentName(opts.environment);
  await loadYaml();
  const yamlFile = join(opts.componentDir, 'config', `${opts.environment}.yaml`);
  const jsonFile = join(opts.componentDir, 'config', `${opts.environment}.json`);
  const useJson = !(await exists(yamlFile)) && (await exists(jsonFile));
  const file = useJson ? jsonFile : yamlFile;
  const rel = `config/${opts.environment}.${useJson ? 'json' : 'yaml'}`;
  const before = (await exists(file)) ? await readFile(file, 'utf8') : '';
  const prefix = opts.subcomponent.flatMap((s) => ['subcomponents', s]);
  let text = before;
  for (const pair of opts.pairs) {
    const path = [...prefix, 'config', ...pair.keyPath];
    if (opts.noNewConfigKeys && !hasPath(text, path, useJson, rel)) {
      throw new RingwayError(`${rel}: '${path.join('.')}' does not exist and --no-new-config-keys is on`);
    }
    text = useJson ? setJson(text, path, pair.value, rel) : setYaml(text, path, pair.value, rel);
  }
  if (text === before) return { file: rel, changed: false };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
  return { file: rel, changed: true };
}

/** The config file `setConfig` edits for this environment, relative to the component folder. */
export function configFileCandidates(environment: string): { yaml: string; json: string } {
  return { yaml: `config/${environment}.yaml`, json: `config/${environment}.json` };
}

/**
 * The value `fab set` wrote at subcomponents.<a>…config.<key path> in one config file's text, read
 * with the same parser `setConfig` edits with; undefined when the file does not set it.
 */
export async function readConfigValue(text: string, rel: string, subcomponent: string[], keyPath: string[]): Promise<string | undefined> {
  const path = [...subcomponent.flatMap((s) => ['subcomponents', s]), 'config', ...keyPath];
  let v: unknown;
  if (rel.endsWith('.json')) {
    let cur: unknown = text.trim() ? JSON.parse(text) : {};
    for (const k of path) cur = isPlainObject(cur) ? cur[k] : undefined;
    v = cur;
  } else {
    const { isScalar } = await loadYaml();
    v = text.trim() ? load(text, rel).getIn(path) : undefined;
    if (isScalar(v)) v = v.value;
  }
  return v === undefined || v === null || typeof v === 'object' ? undefined : String(v);
}

function hasPath(text: string, path: string[], json: boolean, rel: string): boolean {
  if (json) {
    let cur: unknown = text.trim() ? JSON.parse(text) : {};
    for (const k of path) {
      if (!isPlainObject(cur) || !(k in cur)) return false;
      cur = cur[k];
    }
    return true;
  }
  return load(text, rel).hasIn(path);
}

function setJson(text: string, path: string[], value: string, rel: string): string {
  let root: unknown;
  try {
    root = text.trim() ? JSON.parse(text) : {};
  } catch (err) {
    throw new RingwayError(`${rel}: invalid JSON: ${(err as Error).message}`);
  }
  if (!isPlainObject(root)) throw new RingwayError(`${rel}: must hold a mapping`);
  let cur: Record<string, unknown> = root;
  for (const [i, k] of path.slice(0, -1).entries()) {
    const next = cur[k];
    if (next === undefined || next === null) cur[k] = {};
    else if (!isPlainObject(next)) throw new RingwayError(`${rel}: cannot set '${path.join('.')}': '${path.slice(0, i + 1).join('.')}' holds a value, not a mapping`);
    cur = cur[k] as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (cur[last] === value) return text;
  if (isPlainObject(cur[last]) || Array.isArray(cur[last])) throw new RingwayError(`${rel}: cannot set '${path.join('.')}': it holds a ${Array.isArray(cur[last]) ? 'list' : 'mapping'}, not a value`);
  cur[last] = value;
  return `${JSON.stringify(root, null, 2)}\n`;
}

function load(text: string, rel: string): Document {
  const doc = yaml().parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length) throw new RingwayError(`${rel}: invalid YAML: ${doc.errors[0].message.split('\n')[0]}`);
  doc.toJS({ maxAliasCount: MAX_ALIASES }); // refuses alias bombs before any edit
  return doc;
}

/**
 * A string as a scalar that reads back as that string — under YAML 1.1 too, as Fabrikate and helm
 * read it: `off`, `y`, `0644`, `2020-01-01` and `1:30` are double-quoted, as `fab set` writes them.
 */
function scalarText(value: string): string {
  if (readsAsOther11(value)) return JSON.stringify(value);
  return yaml().stringify(value, { lineWidth: 0 }).trimEnd();
}

function keyText(key: string): string {
  return scalarText(key);
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
    .map((k, i) => `${' '.repeat(indent + 2 * i)}${keyText(k)}:${i === keys.length - 1 ? ` ${scalarText(value)}` : ''}`)
    .join('\n');
}

function setYaml(text: string, path: string[], value: string, rel: string): string {
  const { isMap, isScalar } = yaml();
  const doc = load(text, rel);
  if (doc.contents === null || (isScalar(doc.contents) && (doc.contents.value === null || doc.contents.value === undefined))) {
    // Empty (or comment-only) file: append the whole block.
    const sep = text === '' || text.endsWith('\n') ? '' : '\n';
    return verify(`${text}${sep}${nestedLines(path, value, 0)}\n`, path, value, rel);
  }
  if (!isMap(doc.contents)) throw new RingwayError(`${rel}: must hold a mapping`);
  let map: YAMLMap = doc.contents;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const pair = map.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === key) as Pair<Node, Node | null> | undefined;
    const last = i === path.length - 1;
    if (!pair) return verify(insertUnder(text, map, path.slice(i), value, rel, path), path, value, rel);
    const v = pair.value;
    if (last) {
      if (isScalar(v) && v.value !== null && v.value !== undefined) {
        if (v.value === value && typeof v.value === 'string') return text;
        if (typeof v.source === 'string' && v.source.includes('\n')) throw new RingwayError(`${rel}: cannot edit the multi-line value at '${path.join('.')}'`);
        const [start, end] = v.range as [number, number, number];
        const quoted = v.type === 'QUOTE_SINGLE' ? `'${value.replace(/'/g, "''")}'` : v.type === 'QUOTE_DOUBLE' ? JSON.stringify(value) : scalarText(value);
        return verify(text.slice(0, start) + quoted + text.slice(end), path, value, rel);
      }
      if (v === null || (isScalar(v) && (v.value === null || v.value === undefined))) {
        return verify(replaceNull(text, pair, [], value), path, value, rel);
      }
      throw new RingwayError(`${rel}: cannot set '${path.join('.')}': it holds a ${isMap(v) ? 'mapping' : 'list'}, not a value`);
    }
    // An empty value (`key:`, `key: ~`) or an empty flow mapping (`key: {}`) becomes a block.
    if (v === null || (isScalar(v) && (v.value === null || v.value === undefined)) || (isMap(v) && v.flow && v.items.length === 0)) {
      return verify(replaceNull(text, pair, path.slice(i + 1), value), path, value, rel);
    }
    if (!isMap(v)) throw new RingwayError(`${rel}: cannot set '${path.join('.')}': '${path.slice(0, i + 1).join('.')}' holds a value, not a mapping`);
    if (v.flow) throw new RingwayError(`${rel}: cannot edit inside the flow mapping at '${path.slice(0, i + 1).join('.')}'; write it as a block mapping`);
    map = v;
  }
  return text;
}

/** Appends `keys: value` as new lines after the last entry of a block mapping, at its indentation. */
function insertUnder(text: string, map: YAMLMap, keys: string[], value: string, rel: string, full: string[]): string {
  if (map.flow) throw new RingwayError(`${rel}: cannot edit inside a flow mapping to set '${full.join('.')}'; write it as a block mapping`);
  const firstKey = map.items[0]?.key as Node | undefined;
  const keyStart = firstKey?.range?.[0] ?? 0;
  const indent = keyStart - lineStart(text, keyStart);
  const end = (map.range as [number, number, number])[1];
  // After the line on which the mapping's last value ends (keeping a trailing comment on it).
  const at = lineEnd(text, Math.max(end - 1, 0));
  const block = nestedLines(keys, value, indent);
  return at >= text.length ? `${text}${text.endsWith('\n') ? '' : '\n'}${block}\n` : `${text.slice(0, at)}\n${block}${text.slice(at)}`;
}

/** `key:` with no value (or `~`/`null`): give it the nested block or the value. */
function replaceNull(text: string, pair: Pair<Node, Node | null>, keys: string[], value: string): string {
  const key = pair.key as Node;
  const [kStart, kEnd] = key.range as [number, number, number];
  const indent = kStart - lineStart(text, kStart);
  const colon = text.indexOf(':', kEnd);
  const v = pair.value as Node | null;
  const valueEnd = v?.range ? (v.range as [number, number, number])[1] : colon + 1;
  if (keys.length === 0) return `${text.slice(0, colon + 1)} ${scalarText(value)}${text.slice(valueEnd)}`;
  const eol = lineEnd(text, valueEnd);
  const rest = text.slice(valueEnd, eol);
  const comment = rest.trim().startsWith('#') ? ` ${rest.trim()}` : '';
  return `${text.slice(0, colon + 1)}${comment}\n${nestedLines(keys, value, indent + 2)}${text.slice(eol)}`;
}

function verify(text: string, path: string[], value: string, rel: string): string {
  const doc = yaml().parseDocument(text);
  if (doc.errors.length || doc.getIn(path) !== value) {
    throw new RingwayError(`${rel}: could not set '${path.join('.')}' without changing the rest of the file; please report this file layout`);
  }
  return text;
}

/**
 * `fab set --file values.yaml`: the file read as Fabrikate reads it (YAML 1.1: `off` is false) and
 * its mappings flattened into key paths, each leaf written as Go's "%v" prints it (`false`, `1.5`,
 * `1e+06`, lists as `[a b]`, null as `<nil>`); nested mappings flattened at every depth.
 */
export function flattenFile(data: unknown, file: string): SetPair[] {
  if (!isPlainObject(data)) throw new UsageError(`${file}: must hold a mapping`);
  const out: SetPair[] = [];
  const walk = (v: unknown, keys: string[]) => {
    if (isPlainObject(v) && !(v instanceof GoFloat)) for (const [k, child] of Object.entries(v)) walk(child, [...keys, k]);
    else out.push({ keyPath: keys, value: goSprintV(v) });
  };
  walk(data, []);
  return out;
}

/** Reads a `--file` for set: YAML 1.1 as yaml.v2 reads it (JSON as JSON). */
export async function readSetFile(path: string): Promise<unknown> {
  if (path.endsWith('.json')) return JSON.parse(await readFile(path, 'utf8'));
  return readYaml11File(path, { display: path, floats: true });
}

/** Go's fmt "%v" of a value read by yaml.v2. */
function goSprintV(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (v instanceof GoFloat) return goFloatString(v.value, true);
  if (typeof v === 'number') return goFloatString(v);
  if (Array.isArray(v)) return `[${v.map(goSprintV).join(' ')}]`;
  if (isPlainObject(v)) return `map[${Object.keys(v).sort().map((k) => `${k}:${goSprintV(v[k])}`).join(' ')}]`;
  return String(v);
}
