import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Document } from 'yaml';
import { RingwayError, UsageError } from '../errors.js';
import { isPlainObject, MAX_ALIASES } from './files.js';
import { goKeyCompare, goMarshal } from './yaml-emit.js';
import { parseYaml11, readYaml11File } from './yaml-read.js';
import { GoFloat, goFloatString } from './yaml-resolve.js';
import { checkEnvironmentName, environmentConfigFile, type SetPair } from './names.js';
import { loadYaml, yaml } from './yaml-engine.js';
import { parseConfig } from './config.js';
import { type InPlace, setInPlace } from './set-layout.js';

export interface SetOptions {
  /** Folder of the component whose config file is edited (where `fab set` runs). */
  componentDir: string;
  environment: string;
  /** `--subcomponent a.b` split on dots: the value goes under subcomponents.a.subcomponents.b. */
  subcomponent: string[];
  pairs: SetPair[];
  /** `--no-new-config-keys`: refuse to create a key or subcomponent entry that does not exist. */
  noNewConfigKeys?: boolean;
  /**
   * 'fab' (the default, `ringway set`): the whole file written as fab set writes it. 'keep'
   * (update-hld, rollback): only the edited lines change, comments and layout stay; where that
   * cannot be sure to give fab set's data, the whole file is written as fab set writes it.
   */
  layout?: 'fab' | 'keep';
  /** Told why a 'keep' edit wrote the whole file instead. */
  warn?: (line: string) => void;
}

export interface SetResult {
  /** Config file edited, relative to componentDir. */
  file: string;
  changed: boolean;
}

/**
 * `fab set`: writes each value, as a string, into `config/<environment>.yaml` (or the existing
 * `.json`) at subcomponents.<a>.subcomponents.<b>.config.<key path>. layout 'fab' writes the file
 * the way fab set writes it, byte for byte: the whole file read as Fabrikate reads it and
 * marshalled again (fields in Fabrikate's order, map keys sorted, comments dropped, aliases
 * expanded). layout 'keep' changes only the edited lines when the result holds the same data.
 * Where fab set panics or silently drops the value, ringway stops (in both layouts) with an error
 * naming the file and the entry.
 */
export async function setConfig(opts: SetOptions): Promise<SetResult> {
  checkEnvironmentName(opts.environment);
  await loadYaml();
  const {
    path: file,
    rel,
    json: useJson,
    exists: existed,
  } = await environmentConfigFile(opts.componentDir, opts.environment);
  const before = existed ? await readFile(file, 'utf8') : undefined;
  const root = before === undefined ? newConfig() : readConfig(before, rel, useJson);
  const at = opts.subcomponent.length ? `subcomponents.${opts.subcomponent.join('.subcomponents.')}` : '';
  for (const pair of opts.pairs) {
    const full = [...opts.subcomponent.flatMap((s) => ['subcomponents', s]), 'config', ...pair.keyPath].join('.');
    if (opts.noNewConfigKeys && !hasConfig(root, opts.subcomponent, pair.keyPath, rel)) {
      throw new RingwayError(`${rel}: '${full}' does not exist and --no-new-config-keys is on`);
    }
    const target = subcomponentConfig(root, opts.subcomponent, rel);
    if (!target.config) {
      // fab set writes into the entry's missing config map and panics.
      throw new RingwayError(
        `${rel}: '${at}' has no 'config' mapping to set '${pair.keyPath.join('.')}' in (fab set crashes here); add 'config: {}' to it`,
      );
    }
    setValue(target.config, pair.keyPath, pair.value, rel, full);
  }
  const fabText = marshalConfig(root, useJson);
  let text = fabText;
  if (opts.layout === 'keep' && before !== undefined) {
    // No data change (as fab set reads the file): leave the file alone, whatever its layout.
    if (marshalConfig(readConfig(before, rel, useJson), useJson) === fabText) return { file: rel, changed: false };
    const kept = useJson
      ? { reason: 'a JSON file is always written as fab set writes it' }
      : keepLayout(before, opts, rel, fabText);
    if ('text' in kept) text = kept.text;
    else
      opts.warn?.(`${rel}: wrote the whole file as fab set writes it (comments dropped, keys sorted): ${kept.reason}`);
  }
  if (text === before) return { file: rel, changed: false };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
  return { file: rel, changed: true };
}

function readConfig(text: string, rel: string, json: boolean): SetConfigNode {
  return json ? readJsonConfig(text, rel) : readYamlConfig(text, rel);
}

function marshalConfig(root: SetConfigNode, json: boolean): string {
  return json ? marshalJsonConfig(root) : marshalYamlConfig(root, 0) || '{}\n';
}

/**
 * Every pair edited in place (set-layout.ts), then checked by construction: the new file, read as
 * fab set and Fabrikate read it, must hold exactly the data of fab set's own output for this edit.
 */
function keepLayout(before: string, opts: SetOptions, rel: string, fabText: string): InPlace {
  let text = before;
  try {
    for (const pair of opts.pairs) {
      const r = setInPlace(
        text,
        [...opts.subcomponent.flatMap((s) => ['subcomponents', s]), 'config', ...pair.keyPath],
        pair.value,
      );
      if (!('text' in r)) return r;
      text = r.text;
    }
    parseConfig(text, rel); // generate reads it too: it must still read
    if (marshalConfig(readYamlConfig(text, rel), false) === fabText) return { text };
  } catch (err) {
    if (!(err instanceof RingwayError)) throw err;
  }
  return { reason: "the in-place edit would not read back as fab set's data" };
}

/** Fabrikate's ComponentConfig as fab set reads and writes it. */
interface SetConfigNode {
  namespace: string;
  injectNamespace: boolean;
  disabled: boolean;
  config?: Record<string, unknown>;
  subcomponents?: Record<string, SetConfigNode>;
}

function newConfig(): SetConfigNode {
  return { namespace: '', injectNamespace: false, disabled: false, config: {}, subcomponents: {} };
}

/** yaml.v2 into the ComponentConfig struct: values as yaml.v2 reads them, `namespace` as its text. */
function readYamlConfig(text: string, rel: string): SetConfigNode {
  const data = parseYaml11(text, { display: rel, floats: true });
  const texts = parseYaml11(text, { display: rel, text: true });
  if (data === null || data === undefined) return newConfig();
  return toNode(data, texts, rel, '', true);
}

function readJsonConfig(text: string, rel: string): SetConfigNode {
  let data: unknown;
  try {
    data = text.trim() ? JSON.parse(text) : null;
  } catch (err) {
    throw new RingwayError(`${rel}: invalid JSON: ${(err as Error).message}`);
  }
  if (data === null) throw new RingwayError(`${rel}: invalid JSON: the file is empty`);
  return toNode(data, data, rel, '', true);
}

function toNode(raw: unknown, texts: unknown, rel: string, at: string, top: boolean): SetConfigNode {
  const where = (k: string) => `${rel}: '${at}${k}'`;
  if (!isPlainObject(raw))
    throw new RingwayError(`${rel}: ${at ? `'${at.slice(0, -1)}'` : 'the file'} must be a mapping`);
  const t = isPlainObject(texts) ? texts : {};
  // The root starts as fab's NewComponentConfig (config and subcomponents present); entries read
  // from the file have only what the file gives them.
  const node: SetConfigNode = top ? newConfig() : { namespace: '', injectNamespace: false, disabled: false };
  if (raw.namespace !== undefined && raw.namespace !== null) {
    if (typeof t.namespace !== 'string') throw new RingwayError(`${where('namespace')} must be a string`);
    node.namespace = t.namespace;
  }
  for (const key of ['injectNamespace', 'disabled'] as const) {
    const v = raw[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'boolean') throw new RingwayError(`${where(key)} must be true or false`);
    node[key] = v;
  }
  if (raw.config !== undefined) {
    if (raw.config === null) node.config = undefined;
    else if (!isPlainObject(raw.config) || raw.config instanceof GoFloat)
      throw new RingwayError(`${where('config')} must be a mapping`);
    else node.config = raw.config;
  }
  if (raw.subcomponents !== undefined) {
    if (raw.subcomponents === null) node.subcomponents = undefined;
    else if (!isPlainObject(raw.subcomponents))
      throw new RingwayError(`${where('subcomponents')} must be a mapping of subcomponent names`);
    else {
      const subs: Record<string, SetConfigNode> = top && node.subcomponents ? node.subcomponents : {};
      const subTexts = isPlainObject(t.subcomponents) ? t.subcomponents : {};
      for (const [name, sub] of Object.entries(raw.subcomponents)) {
        subs[name] = toNode(sub ?? {}, subTexts[name], rel, `${at}subcomponents.${name}.`, false);
      }
      node.subcomponents = subs;
    }
  }
  return node;
}

/**
 * fab's GetSubcomponentConfig: walks (and creates) subcomponent entries. An entry that exists but
 * has no `subcomponents` mapping gets one only in fab's copy, so fab set silently drops the value:
 * ringway stops instead.
 */
function subcomponentConfig(root: SetConfigNode, path: string[], rel: string): SetConfigNode {
  let cur = root;
  for (const [i, name] of path.entries()) {
    if (!cur.subcomponents) {
      if (i === 0) cur.subcomponents = {};
      else
        throw new RingwayError(
          `${rel}: 'subcomponents.${path.slice(0, i).join('.subcomponents.')}' has no 'subcomponents' mapping for '${name}' (fab set would drop the value); add 'subcomponents: {}' to it`,
        );
    }
    cur.subcomponents[name] ??= newConfig();
    cur = cur.subcomponents[name];
  }
  return cur;
}

function hasConfig(root: SetConfigNode, path: string[], keyPath: string[], rel: string): boolean {
  let cur: SetConfigNode | undefined = root;
  for (const name of path) {
    cur = cur.subcomponents?.[name];
    if (!cur) return false;
  }
  let level: unknown = cur.config ?? {};
  for (const [i, k] of keyPath.entries()) {
    if (!isPlainObject(level) || level instanceof GoFloat)
      throw new RingwayError(
        `${rel}: cannot look up '${keyPath.join('.')}': '${keyPath.slice(0, i).join('.')}' holds a value, not a mapping`,
      );
    if (!(k in level)) return false;
    level = level[k];
  }
  return true;
}

/** fab's SetComponentConfig: creates the missing mappings, sets the last key to the string. */
function setValue(config: Record<string, unknown>, keyPath: string[], value: string, rel: string, full: string): void {
  let level = config;
  for (const [i, k] of keyPath.slice(0, -1).entries()) {
    if (level[k] === undefined) level[k] = {};
    const next = level[k];
    if (!isPlainObject(next) || next instanceof GoFloat) {
      throw new RingwayError(
        `${rel}: cannot set '${full}': '${keyPath.slice(0, i + 1).join('.')}' holds ${next === null ? 'null' : 'a value'}, not a mapping`,
      );
    }
    level = next;
  }
  level[keyPath[keyPath.length - 1]] = value;
}

/**
 * yaml.v2's Marshal of the struct at `depth` (two spaces each): fields in the struct's order,
 * empty ones left out (omitempty), maps with their keys sorted. Each field is marshalled nested
 * under `depth` placeholder keys that are then dropped, so that line folding at 80 columns
 * sees the same columns as in the whole document.
 */
function marshalYamlConfig(node: SetConfigNode, depth: number): string {
  const at = (v: Record<string, unknown>) => {
    let wrapped: Record<string, unknown> = v;
    for (let i = 0; i < depth; i++) wrapped = { x: wrapped };
    return goMarshal(wrapped).split('\n').slice(depth).join('\n');
  };
  let out = '';
  if (node.namespace) out += at({ namespace: node.namespace });
  if (node.injectNamespace) out += at({ injectNamespace: true });
  if (node.disabled) out += at({ disabled: true });
  if (node.config && Object.keys(node.config).length) out += at({ config: node.config });
  const subs = node.subcomponents ?? {};
  if (Object.keys(subs).length) {
    out += `${'  '.repeat(depth)}subcomponents:\n`;
    for (const name of Object.keys(subs).sort(goKeyCompare)) {
      const inner = marshalYamlConfig(subs[name], depth + 2);
      const wrap = (v: unknown) => {
        let wrapped: Record<string, unknown> = { [name]: v };
        for (let i = 0; i < depth + 1; i++) wrapped = { x: wrapped };
        return goMarshal(wrapped)
          .split('\n')
          .slice(depth + 1)
          .join('\n');
      };
      out += inner ? `${wrap(null).replace(/ null\n$/, '\n')}${inner}` : wrap({});
    }
  }
  return out;
}

/** Go's json.MarshalIndent(cc, "", "  "): struct order, sorted map keys, HTML-safe escapes, no final newline. */
function marshalJsonConfig(node: SetConfigNode): string {
  const ordered = (n: SetConfigNode): Record<string, unknown> => {
    const o: Record<string, unknown> = {};
    if (n.namespace) o.namespace = n.namespace;
    if (n.injectNamespace) o.injectNamespace = true;
    if (n.disabled) o.disabled = true;
    if (n.config && Object.keys(n.config).length) o.config = sortKeys(n.config);
    if (n.subcomponents && Object.keys(n.subcomponents).length) {
      o.subcomponents = Object.fromEntries(
        Object.keys(n.subcomponents)
          .sort(compareUtf8)
          .map((k) => [k, ordered((n.subcomponents as Record<string, SetConfigNode>)[k])]),
      );
    }
    return o;
  };
  return JSON.stringify(ordered(node), null, 2).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (!isPlainObject(v)) return v;
  return Object.fromEntries(
    Object.keys(v)
      .sort(compareUtf8)
      .map((k) => [k, sortKeys(v[k])]),
  );
}

/** Go sorts map keys by their UTF-8 bytes. */
function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/**
 * The value `fab set` wrote at subcomponents.<a>…config.<key path> in one config file's text, read
 * with the same parser `setConfig` edits with; undefined when the file does not set it.
 */
export async function readConfigValue(
  text: string,
  rel: string,
  subcomponent: string[],
  keyPath: string[],
): Promise<string | undefined> {
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

function load(text: string, rel: string): Document {
  const doc = yaml().parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length) throw new RingwayError(`${rel}: invalid YAML: ${doc.errors[0].message.split('\n')[0]}`);
  doc.toJS({ maxAliasCount: MAX_ALIASES }); // refuses alias bombs before any edit
  return doc;
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
    if (isPlainObject(v) && !(v instanceof GoFloat))
      for (const [k, child] of Object.entries(v)) walk(child, [...keys, k]);
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
  if (isPlainObject(v))
    return `map[${Object.keys(v)
      .sort()
      .map((k) => `${k}:${goSprintV(v[k])}`)
      .join(' ')}]`;
  return String(v);
}
