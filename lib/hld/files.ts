import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { RingwayError } from '../errors.js';
import { loadYaml, yaml } from './yaml-engine.js';
import { parseYaml11 } from './yaml-read.js';

/** Aliases a file may expand; bounds "billion laughs" documents. */
export const MAX_ALIASES = 100;

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Parses one YAML or JSON file into plain data. Errors name the file and line:
 * `config/prod.yaml:4: …`.
 */
export async function loadDataFile(path: string, display: string): Promise<unknown> {
  const json = path.endsWith('.json');
  const [text] = await Promise.all([readFile(path, 'utf8'), json || loadYaml()]);
  return parseData(text, display, json);
}

/** Parses YAML or JSON text; YAML after loadYaml() resolved. */
export function parseData(text: string, display: string, json = false): unknown {
  if (json) {
    try {
      return JSON.parse(text);
    } catch (err) {
      throw new RingwayError(`${display}: invalid JSON: ${(err as Error).message}`);
    }
  }
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, lineCounter });
  const err = doc.errors[0];
  if (err) {
    const line = lineCounter.linePos(err.pos[0]).line;
    throw new RingwayError(`${display}${line ? `:${line}` : ''}: invalid YAML: ${err.message.split('\n')[0]}`);
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    throw new RingwayError(`${display}: ${(e as Error).message.split('\n')[0]}`);
  }
}

/**
 * The first document of a YAML stream as Go's yaml.v2 reads it (keys typed as in
 * map[interface{}]interface{}); undefined where yaml.v2 fails too (helm's warning lines), as
 * Fabrikate drops those. A document ringway cannot read that names a Kubernetes object is an
 * error, never dropped. After loadYaml() resolved.
 */
export function firstDocument(text: string): unknown {
  try {
    return parseYaml11(text, { display: 'document', typedKeys: true });
  } catch (e) {
    if (!(e instanceof RingwayError)) throw e;
    const kind = /^(apiVersion|kind):.*$/m.exec(text);
    if (kind)
      throw new RingwayError(
        `a rendered document (${kind[0].trim()}) cannot be read: ${e.message.replace(/^document:?/, 'line ')}`,
      );
    return undefined;
  }
}

/** A mapping read from YAML or JSON (not a list, nor a GoFloat or other class instance). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  // An Object.prototype of any realm (structuredClone's results come from Node's own), or none.
  const proto = Object.getPrototypeOf(v) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * Resolves `path` under `base` and proves it stays inside `root` — also through symlinks.
 * `what` names the offending field in the error.
 */
export async function containedPath(root: string, base: string, path: string, what: string): Promise<string> {
  if (isAbsolute(path))
    throw new RingwayError(`${what}: absolute path '${path}' is not allowed; paths are relative to the HLD`);
  const full = resolve(base, path);
  assertInside(root, full, what, path);
  if (await exists(full)) {
    const [realRoot, realFull] = await Promise.all([realpath(root), realpath(full)]);
    assertInside(realRoot, realFull, what, path);
  }
  return full;
}

function assertInside(root: string, full: string, what: string, original: string): void {
  const rel = relative(root, full);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new RingwayError(`${what}: path '${original}' leads outside the HLD`);
  }
}
