import type { GitRepo } from '../git/repo.js';
import { loadYaml } from './yaml-engine.js';

/** Trailer naming the tag a rollback commit took out, so the history shows it was rolled back. */
export const ROLLED_BACK_TRAILER = 'Ringway-Rolled-Back';

export interface ValueHistory {
  /** The values the key held, newest first, consecutive repeats collapsed. */
  values: string[];
  /** Values that rollback commits took out (their Ringway-Rolled-Back trailer). */
  rolledBack: Set<string>;
}

/**
 * The values a config key of a component held along the checked-out branch's mainline, read from
 * each revision of the config file at `path` (relative to the repository), and the values rollback
 * commits took out. Needs the history fetched (a deep enough clone).
 */
export async function valueHistory(
  repo: GitRepo,
  path: string,
  component: string[],
  keyPath: string[],
): Promise<ValueHistory> {
  const log = await repo.git(['log', '--first-parent', '--format=%H', '--', path], { allowFailure: true });
  const values: string[] = [];
  // Loaded before the loop: a reader that failed to load must not pass for revisions that do not parse.
  const { readConfigValue } = await import('./set.js');
  await loadYaml();
  for (const sha of log.stdout.split('\n').filter(Boolean)) {
    const show = await repo.git(['show', `${sha}:${path}`], { allowFailure: true });
    let v: string | undefined;
    try {
      v = show.code === 0 ? await readConfigValue(show.stdout, path, component, keyPath) : undefined;
    } catch {
      v = undefined; // an old revision that does not parse holds no usable value
    }
    if (v && values[values.length - 1] !== v) values.push(v);
  }
  const trailers = await repo.git(['log', `--format=%(trailers:key=${ROLLED_BACK_TRAILER},valueonly)`, '--', path], {
    allowFailure: true,
  });
  return {
    values,
    rolledBack: new Set(
      trailers.stdout
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  };
}

/** The value held before `current` and not rolled back: past `current`'s own commits, newest first. */
export function previousValue(history: ValueHistory, current: string): string | undefined {
  const past = history.values.slice(
    Math.max(
      0,
      history.values.findIndex((v) => v !== current),
    ),
  );
  return past.find((v) => v !== current && !history.rolledBack.has(v));
}
