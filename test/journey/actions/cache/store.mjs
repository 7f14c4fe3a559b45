// The folder store behind the cache stand-in: <root>/<sanitised key>/ holds one saved folder.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';

export function root() {
  const dir = process.env.RINGWAY_JOURNEY_CACHE;
  if (!dir) throw new Error('RINGWAY_JOURNEY_CACHE is not set: the journey harness names the cache folder');
  return dir;
}

export const entryDir = (key) => join(root(), encodeURIComponent(key));

export function input(name) {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** One `name=value` line to a runner file (GITHUB_OUTPUT, GITHUB_STATE). */
export function writeRunnerFile(variable, name, value) {
  appendFileSync(process.env[variable], `${name}=${value}\n`);
}
