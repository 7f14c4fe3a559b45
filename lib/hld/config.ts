import { RingwayError } from '../errors.js';
import { isPlainObject, parseData } from './files.js';
import { type ParsedFiles, readParsed } from './parsed-files.js';
import { environmentConfigFile } from './names.js';
import type { Node, Pair } from 'yaml';
import { Decoder, decoding, setKey } from './yaml-read.js';
import { yaml } from './yaml-engine.js';
import { decodeFileBytes, type ParsedDocument, parseFirstDocument } from './yaml-source.js';
import { loadYaml } from './yaml-engine.js';

/** One component's config (Fabrikate's ComponentConfig). */
export interface ComponentConfig {
  namespace: string;
  injectNamespace: boolean;
  disabled: boolean;
  /** Helm values and other generator config. */
  config: Record<string, unknown>;
  /**
   * The file gave `config` a mapping (even `{}`); absent or null is Go's nil map, into which
   * conjungo copies a lower layer's whole map, nulls included, instead of merging key by key.
   */
  configSet?: boolean;
  subcomponents: Record<string, ComponentConfig>;
  /** The file it was read from (`frontend/config/prod.yaml`), for errors. */
  file?: string;
}

export function emptyConfig(): ComponentConfig {
  return { namespace: '', injectNamespace: false, disabled: false, config: {}, subcomponents: {} };
}

/**
 * Reads the environment's config file (environmentConfigFile); a missing file is an empty config,
 * as in Fabrikate. With `parsed`, the same bytes are parsed once (the result is shared: not to be changed).
 */
export async function loadConfigFile(
  componentDir: string,
  env: string,
  display: string,
  parsed?: ParsedFiles,
): Promise<ComponentConfig | undefined> {
  const file = await environmentConfigFile(componentDir, env);
  if (!file.exists) return undefined;
  const shown = `${display === '.' ? '' : `${display}/`}${file.rel}`;
  return readParsed(parsed, file.path, shown, async (bytes) => {
    if (file.json) return { ...toConfig(parseData(bytes.toString('utf8'), shown, true) ?? {}, shown, ''), file: shown };
    // YAML as Fabrikate reads it (yaml.v2, YAML 1.1) into its ComponentConfig struct.
    await loadYaml();
    return { ...parseConfig(decodeFileBytes(bytes, shown), shown), file: shown };
  });
}

export function toConfig(raw: unknown, file: string, at: string): ComponentConfig {
  if (!isPlainObject(raw)) throw new RingwayError(`${file}: ${at || 'the file'} must be a mapping`);
  const c = emptyConfig();
  const where = (k: string) => `${file}: '${at ? `${at}.` : ''}${k}'`;
  if (raw.namespace !== undefined && raw.namespace !== null) {
    if (typeof raw.namespace !== 'string') throw new RingwayError(`${where('namespace')} must be a string`);
    c.namespace = raw.namespace;
  }
  for (const key of ['injectNamespace', 'disabled'] as const) {
    const v = raw[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'boolean') throw new RingwayError(`${where(key)} must be true or false`);
    c[key] = v;
  }
  if (raw.config !== undefined && raw.config !== null) {
    if (!isPlainObject(raw.config)) throw new RingwayError(`${where('config')} must be a mapping`);
    c.config = raw.config;
    c.configSet = true;
  }
  if (raw.subcomponents !== undefined && raw.subcomponents !== null) {
    if (!isPlainObject(raw.subcomponents))
      throw new RingwayError(`${where('subcomponents')} must be a mapping of subcomponent names`);
    for (const [name, sub] of Object.entries(raw.subcomponents)) {
      c.subcomponents[name] = toConfig(sub ?? {}, file, `${at ? `${at}.` : ''}subcomponents.${name}`);
    }
  }
  return c;
}

/**
 * Layers configs in priority order, first wins, with Fabrikate's rules (conjungo, Overwrite off):
 * maps merge key by key, lists concatenate in layer order, a scalar keeps the first value set
 * (whatever the lower layers hold), and a map or list meeting another kind below it is an error. `disabled` comes from the
 * first layer that mentions the component; `namespace` and `injectNamespace` travel together from
 * the first layer that sets a namespace.
 */
export function layerConfigs(layers: { config: ComponentConfig; file: string }[]): ComponentConfig {
  let acc: ComponentConfig | undefined;
  for (const layer of layers)
    acc = acc ? mergeConfig(acc, layer.config, layer.config.file ?? layer.file, '') : clone(layer.config);
  return acc ?? emptyConfig();
}

function clone(c: ComponentConfig): ComponentConfig {
  return deepCopy(c) as ComponentConfig;
}

function mergeConfig(target: ComponentConfig, source: ComponentConfig, file: string, at: string): ComponentConfig {
  const out: ComponentConfig = {
    // Struct fields are never empty to conjungo: the target's value stays…
    namespace: target.namespace,
    injectNamespace: target.injectNamespace,
    disabled: target.disabled,
    config: target.configSet
      ? (mergeValues(target.config, source.config, file, `${at}config`) as Record<string, unknown>)
      : (deepCopy(source.config) as Record<string, unknown>),
    configSet: target.configSet || source.configSet,
    subcomponents: { ...target.subcomponents },
  };
  for (const [name, sub] of Object.entries(source.subcomponents)) {
    const existing = target.subcomponents[name];
    out.subcomponents[name] = existing ? mergeConfig(existing, sub, file, `${at}subcomponents.${name}.`) : clone(sub);
  }
  // …except namespace, which Fabrikate fills from the next layer when still empty (with its
  // injectNamespace), for this config and every subcomponent entry it has.
  applyNamespace(out, source);
  return out;
}

function applyNamespace(c: ComponentConfig, source: ComponentConfig | undefined): void {
  if (c.namespace === '') {
    c.namespace = source?.namespace ?? '';
    c.injectNamespace = source?.injectNamespace ?? false;
  }
  for (const [name, sub] of Object.entries(c.subcomponents)) applyNamespace(sub, source?.subcomponents[name]);
}

/**
 * A copy of plain data; GoFloat, GoBytes and bigint values are immutable and shared. (Not
 * structuredClone: it would turn GoFloat into a plain object, and its objects come from another
 * realm under a test runner's VM.)
 */
function deepCopy(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(deepCopy);
  if (!isPlainObject(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, e] of Object.entries(v)) setKey(out, k, deepCopy(e));
  return out;
}

function kind(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'list';
  if (isPlainObject(v)) return 'map';
  return typeof v;
}

function mergeValues(t: unknown, s: unknown, file: string, at: string): unknown {
  if (s === null || s === undefined) return t;
  if (t === null || t === undefined) return deepCopy(s);
  const kt = kind(t);
  const ks = kind(s);
  // conjungo (Overwrite off) picks the merge by the higher-priority value: a map merges only with a
  // map and a list only with a list (else it is an error); a scalar simply stays, whatever is below.
  if ((kt === 'map' || kt === 'list') && kt !== ks) {
    throw new RingwayError(
      `${file}: '${at}' is a ${ks === 'map' || ks === 'list' ? ks : `${ks} value`} here but a ${kt} in a higher-priority config`,
    );
  }
  if (kt === 'list') return [...(t as unknown[]), ...(deepCopy(s) as unknown[])];
  if (kt === 'map') {
    const out: Record<string, unknown> = { ...(t as Record<string, unknown>) };
    for (const [k, v] of Object.entries(s as Record<string, unknown>)) {
      // A lower layer's null under a key the higher layer lacks adds nothing: conjungo sets the
      // target's missing (zero) value, which deletes the key.
      const merged = mergeValues(Object.hasOwn(out, k) ? out[k] : undefined, v, file, `${at}.${k}`);
      if (merged !== undefined) setKey(out, k, merged);
    }
    return out;
  }
  return t;
}

/**
 * A config file's text decoded as Go's yaml.v2 decodes it into Fabrikate's ComponentConfig struct:
 * a repeated field merges into what came before (two `subcomponents:` blocks give both entries;
 * a repeated `config:` adds its keys), `<<` merges apply in place, `namespace: 2024` is the text
 * "2024", and `disabled`/`injectNamespace` take YAML 1.1 booleans only. After loadYaml().
 */
export function parseConfig(text: string | ParsedDocument | undefined, display: string): ComponentConfig {
  const c = emptyConfig();
  const parsed = typeof text === 'string' ? parseFirstDocument(text, display) : text;
  if (!parsed) return c;
  decoding(display, parsed, () =>
    structInto(new Decoder(parsed.doc, false, false, parsed.text), parsed.doc.contents as Node | null, c, ''),
  );
  return c;
}

function structInto(d: Decoder, node: Node | null, c: ComponentConfig, at: string): void {
  d.deref(node, (n) => {
    const { isMap, isScalar } = yaml();
    if (n === null || (isScalar(n) && d.scalar(n).r.tag === 'null')) return Object.assign(c, emptyConfig());
    if (!isMap(n))
      d.fail(
        `cannot unmarshal ${isScalar(n) ? 'a scalar' : 'a list'} into a component config${at ? ` ('${at}')` : ''}`,
        n,
      );
    for (const pair of n.items as Pair<Node | null, Node | null>[]) {
      if (d.isMerge(pair.key)) {
        d.merge(pair.value, (m) => structInto(d, m, c, at));
        continue;
      }
      const name = d.key(pair.key);
      const field = `${at ? `${at}.` : ''}${name}`;
      if (name === 'namespace') c.namespace = d.stringOf(pair.value);
      else if (name === 'injectNamespace' || name === 'disabled') c[name] = d.boolOf(pair.value, `'${field}'`);
      else if (name === 'config') {
        d.mapInto(pair.value, c.config);
        c.configSet = d.deref(pair.value, (v) => isMap(v)) === true;
      } else if (name === 'subcomponents') subcomponentsInto(d, pair.value, c.subcomponents, field);
    }
  });
}

function subcomponentsInto(d: Decoder, node: Node | null, subs: Record<string, ComponentConfig>, at: string): void {
  d.deref(node, (n) => {
    const { isMap, isScalar } = yaml();
    if (n === null || (isScalar(n) && d.scalar(n).r.tag === 'null')) {
      for (const k of Object.keys(subs)) delete subs[k];
      return;
    }
    if (!isMap(n)) d.fail(`'${at}' must be a mapping of subcomponent names`, n);
    for (const pair of n.items as Pair<Node | null, Node | null>[]) {
      if (d.isMerge(pair.key)) {
        d.merge(pair.value, (m) => subcomponentsInto(d, m, subs, at));
        continue;
      }
      const name = d.key(pair.key);
      const sub = emptyConfig();
      structInto(d, pair.value, sub, `${at}.${name}`);
      setKey(subs, name, sub);
    }
  });
}
