import { join } from 'node:path';
import { RingwayError } from '../errors.js';
import { isPlainObject, parseData } from './files.js';
import { definitionFile } from './names.js';
import { type ParsedFiles, readParsed } from './parsed-files.js';
import { loadYaml } from './yaml-engine.js';
import { parseYaml11 } from './yaml-read.js';
import { decodeFileBytes } from './yaml-source.js';

export type ComponentType = 'component' | 'helm' | 'static' | 'kustomize';
export type Method = 'local' | 'git' | 'helm' | 'http' | '';

/** A component definition (component.yaml / component.json), Fabrikate's schema. */
export interface ComponentDef {
  name: string;
  type: ComponentType;
  method: Method;
  source: string;
  path: string;
  version: string;
  branch: string;
  hooks: Record<string, string[]>;
  repositories: Record<string, string>;
  subcomponents: ComponentDef[];
}

const TYPES = new Set(['component', 'helm', 'static', 'kustomize']);
const METHODS = new Set(['local', 'git', 'helm', 'http', '']);
const HOOKS = new Set(['before-install', 'after-install', 'before-generate', 'after-generate']);

export function noDefinition(display: string): RingwayError {
  return new RingwayError(`component '${display}': no component.yaml or component.json in ${display}`);
}

/** Loads `component.yaml`, else `component.json`, from a component folder (parsed once per bytes with `parsed`). */
export async function loadDefinition(dir: string, display: string, parsed?: ParsedFiles): Promise<ComponentDef> {
  const file = await definitionFile(dir);
  if (!file) throw noDefinition(display);
  const full = join(dir, file);
  const shown = `${display === '.' ? '' : `${display}/`}${file}`;
  return readParsed(parsed, full, shown, async (bytes) => {
    if (file.endsWith('.json')) return normalize(goJsonFields(parseData(bytes.toString('utf8'), shown, true)), shown);
    // Fabrikate reads every field into a Go string: `version: 1.10` is "1.10", not 1.1.
    await loadYaml();
    return normalize(parseYaml11(decodeFileBytes(bytes, shown), { display: shown, text: true }), shown);
  });
}

/** The fields of Fabrikate's Component struct, as its JSON tags spell them. */
const FIELDS = [
  'name',
  'type',
  'generator',
  'hooks',
  'source',
  'method',
  'path',
  'version',
  'branch',
  'repositories',
  'subcomponents',
];

/**
 * A component.json as Go's encoding/json fills the Component struct: a key matches a field
 * whatever its case (`"Name"`, `"TYPE"`; Go folds 'ſ' to 's' and the Kelvin sign to 'k' too), a
 * later key for one field overwrites an earlier one, and keys of no field are ignored. Keys inside
 * `hooks` and `repositories` are map keys and stay as written.
 */
export function goJsonFields(raw: unknown): unknown {
  if (!isPlainObject(raw)) return raw;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    const folded = k
      .replace(/\u017f/g, 's')
      .replace(/\u212a/g, 'k')
      .toLowerCase();
    const field = FIELDS.find((f) => f === k) ?? FIELDS.find((f) => f.toLowerCase() === folded);
    if (!field) continue;
    out[field] = field === 'subcomponents' && Array.isArray(v) ? v.map(goJsonFields) : v;
  }
  return out;
}

function str(v: unknown, field: string, where: string): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new RingwayError(`${where}: '${field}' must be a string`);
}

export function normalize(raw: unknown, where: string): ComponentDef {
  if (!isPlainObject(raw)) throw new RingwayError(`${where}: a component definition must be a mapping`);
  const name = str(raw.name, 'name', where);
  if (!name) throw new RingwayError(`${where}: component has no 'name'`);
  if (/[/\\]|^\.\.?$/.test(name))
    throw new RingwayError(`${where}: component name '${name}' may not contain '/' or be '.' or '..'`);
  // `generator` is Fabrikate's deprecated spelling of `type`, and wins when both are set.
  const type = str(raw.generator, 'generator', where) || str(raw.type, 'type', where) || 'component';
  if (!TYPES.has(type)) throw new RingwayError(`${where}: component '${name}' has unknown type '${type}'`);
  const method = str(raw.method, 'method', where);
  if (!METHODS.has(method)) throw new RingwayError(`${where}: component '${name}' has unknown method '${method}'`);
  const hooks: Record<string, string[]> = {};
  if (raw.hooks !== undefined && raw.hooks !== null) {
    if (!isPlainObject(raw.hooks)) throw new RingwayError(`${where}: 'hooks' of '${name}' must be a mapping`);
    for (const [hook, cmds] of Object.entries(raw.hooks)) {
      if (!HOOKS.has(hook)) throw new RingwayError(`${where}: unknown hook '${hook}' in '${name}'`);
      if (!Array.isArray(cmds))
        throw new RingwayError(`${where}: hook '${hook}' of '${name}' must be a list of commands`);
      hooks[hook] = cmds.map((c) => str(c, `hooks.${hook}`, where));
    }
  }
  const repositories: Record<string, string> = {};
  if (isPlainObject(raw.repositories))
    for (const [k, v] of Object.entries(raw.repositories)) repositories[k] = str(v, `repositories.${k}`, where);
  const subs = raw.subcomponents ?? [];
  if (!Array.isArray(subs)) throw new RingwayError(`${where}: 'subcomponents' of '${name}' must be a list`);
  const subcomponents = subs.map((s, i) => normalize(s, `${where} subcomponents[${i}]`));
  const seen = new Set<string>();
  for (const s of subcomponents) {
    if (seen.has(s.name)) throw new RingwayError(`${where}: two subcomponents of '${name}' are named '${s.name}'`);
    seen.add(s.name);
  }
  return {
    name,
    type: type as ComponentType,
    method: method as Method,
    source: str(raw.source, 'source', where),
    path: str(raw.path, 'path', where),
    version: str(raw.version, 'version', where),
    branch: str(raw.branch, 'branch', where),
    hooks,
    repositories,
    subcomponents,
  };
}

/** Helm and static subcomponents are "inlined": they live in their parent's folder and config. */
export function isInlined(def: ComponentDef): boolean {
  return def.type !== 'component';
}
