// The YAML engine (the `yaml` package) is the largest code a step loads: as much start-up time as
// the rest of a bundle. It is loaded on first use through a dynamic import(), which ncc puts in a
// chunk file of its own, so a run that stops at its inputs never loads it and update-hld and
// rollback load it while their clone runs. Nothing in lib/ imports 'yaml' statically (a test
// checks the bundles): synchronous code reads the engine with yaml(), after an async caller
// awaited loadYaml().
import type * as YamlModule from 'yaml';

export type YamlEngine = typeof YamlModule;

let engine: YamlEngine | undefined;
let loading: Promise<YamlEngine> | undefined;

/** Loads the engine once; every async path that reads or writes YAML awaits it first. */
export function loadYaml(): Promise<YamlEngine> {
  loading ??= import('yaml').then((m) => (engine = m));
  return loading;
}

/**
 * The engine, for synchronous code. Called before loadYaml() resolved it throws: that is a bug in
 * the caller (a path that forgot to await), never bad input, and must not read as "no document".
 */
export function yaml(): YamlEngine {
  if (!engine) throw new Error('internal error: YAML read before loadYaml() resolved');
  return engine;
}
