import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { RingwayError } from '../errors.js';
import { loadYaml, yaml } from './yaml-engine.js';

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
 * The first document of a YAML stream, as Go's yaml.Unmarshal reads it; undefined when unparseable.
 * After loadYaml() resolved (the engine is taken outside the try: a missing engine is not "unparseable").
 */
export function firstDocument(text: string): unknown {
  const { parseAllDocuments } = yaml();
  try {
    const docs = parseAllDocuments(text, { uniqueKeys: false });
    if (!Array.isArray(docs)) return undefined;
    const first = docs[0];
    if (!first) return null;
    if (first.errors.length) return undefined;
    return first.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    return undefined;
  }
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Resolves `path` under `base` and proves it stays inside `root` — also through symlinks.
 * `what` names the offending field in the error.
 */
export async function containedPath(root: string, base: string, path: string, what: string): Promise<string> {
  if (isAbsolute(path)) throw new RingwayError(`${what}: absolute path '${path}' is not allowed; paths are relative to the HLD`);
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
