// The HLD's names as users type them: environment names and the output folders named after them,
// `fab set`'s `key.path=value` arguments, the definition file and the config files of a component
// folder. No YAML here:
// steps check their inputs with these before anything is fetched or parsed.
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { exists } from './files.js';

/** The definition file of a component folder: `component.yaml`, else `component.json`; undefined when neither exists. */
export async function definitionFile(dir: string): Promise<'component.yaml' | 'component.json' | undefined> {
  for (const file of ['component.yaml', 'component.json'] as const) {
    if (await exists(join(dir, file))) return file;
  }
  return undefined;
}

/**
 * The files an environment's config may be in, relative to the component folder, in the order
 * Fabrikate looks: `config/<environment>.yaml`, then `config/<environment>.json`.
 */
export function environmentConfigFiles(environment: string): [yaml: string, json: string] {
  return [`config/${environment}.yaml`, `config/${environment}.json`];
}

/** The config file of an environment in a component folder (environmentConfigFile). */
export interface EnvironmentConfigFile {
  /** Absolute path. */
  path: string;
  /** Relative to the component folder: `config/prod.yaml`. */
  rel: string;
  json: boolean;
  exists: boolean;
}

/**
 * The one rule for which file holds an environment's config: the YAML file, else an existing JSON
 * one, as Fabrikate reads it and `fab set` writes it. When neither exists, the YAML file (not there
 * yet): where a new config is written.
 */
export async function environmentConfigFile(componentDir: string, environment: string): Promise<EnvironmentConfigFile> {
  const [yaml, json] = environmentConfigFiles(environment);
  for (const rel of [yaml, json]) {
    const path = join(componentDir, rel);
    if (await exists(path)) return { path, rel, json: rel === json, exists: true };
  }
  return { path: join(componentDir, yaml), rel: yaml, json: false, exists: false };
}

/** One `key.path=value` of `fab set`. */
export interface SetPair {
  keyPath: string[];
  value: string;
}

/**
 * Parses `image.tag=123` as `fab set` does: exactly one `=`, the key path split on dots, where a
 * double-quoted segment keeps its dots (`"a.b".c=1` is the keys `a.b`, `c`). Values stay strings.
 */
export function parseSetArg(arg: string): SetPair {
  const parts = arg.split('=');
  if (parts.length !== 2 || !parts[0].trim())
    throw new UsageError(`'${shown(arg)}' is not a key=value pair (a key path, one '=', a value)`);
  return { keyPath: splitKeyPath(parts[0].trim(), arg), value: parts[1] };
}

/**
 * A dotted key path (`image.tag`, `"a.b".c`), or a subcomponent path. No part may be empty, nor
 * start with '-': such a key is never meant (it is what an option given in the wrong place becomes).
 */
export function splitKeyPath(path: string, arg = path): string[] {
  const keys: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of path) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '.' && !quoted) {
      keys.push(cur);
      cur = '';
    } else cur += ch;
  }
  keys.push(cur);
  const what = arg === path ? `'${shown(path)}'` : `'${shown(arg)}': '${shown(path)}'`;
  if (quoted || keys.some((k) => k === ''))
    throw new UsageError(`${what} is not a valid key path (an empty part or an unclosed '"')`);
  if (keys.some((k) => k.startsWith('-')))
    throw new UsageError(`${what} is not a valid key path: a part starts with '-', like an option`);
  return keys;
}

/**
 * The one rule for an environment name (config/<environment>.yaml): letters, digits, '_', '.',
 * '-', not starting with '.' or '-' (never a hidden file, never an option).
 */
export function isEnvironmentName(name: string): boolean {
  return /^\w[\w.-]*$/.test(name);
}

/** isEnvironmentName, or an error naming the environment (the step adds which input it came from). */
export function checkEnvironmentName(environment: string): string {
  if (!isEnvironmentName(environment)) {
    throw new UsageError(
      `environment name '${shown(environment)}' is not valid: letters, digits, '_', '.' and '-', not starting with '.' or '-'`,
    );
  }
  return environment;
}

/** A value as messages quote it: one line, at most 80 characters. */
function shown(s: string): string {
  const clean = s.replace(/[\x00-\x1f\x7f]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}

/** Output folder name for a set of environments, as `fab generate prod east` names it. */
export function folderName(envs: string[]): string {
  return envs.length ? envs.join('-') : 'common';
}
