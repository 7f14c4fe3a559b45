import { exec } from '../exec.js';

/** At most this many commits a merge brought are read (a long-lived branch merged back brings many). */
const MAX_COMMITS = 50;

/**
 * The full messages of `commit` and, when it is a merge whose parents are fetched, of the commits
 * it brought, read with `git log` in `cwd` (the build's checkout of the HLD). Azure Pipelines gives
 * only the first line of the message in a variable; a rebased commit's trailers are below it.
 * A folder that is no repository, or lacks the commit (a shallow or other checkout), gives none.
 */
export async function checkoutMessages(cwd: string, commit: string): Promise<string[]> {
  if (!/^[0-9a-f]{7,64}$/i.test(commit)) return [];
  const git = async (args: string[]) => {
    const r = await exec('git', ['-C', cwd, ...args], { allowFailure: true }).catch(() => undefined);
    return r && r.code === 0 ? r.stdout : undefined;
  };
  const own = await git(['log', '-1', '--format=%B', '--end-of-options', commit, '--']);
  if (own === undefined) return [];
  // NUL-separated: one entry per commit, whatever blank lines the messages hold.
  const brought = await git([
    'log',
    '-z',
    `--max-count=${MAX_COMMITS}`,
    '--format=%B',
    '--end-of-options',
    `${commit}^1..${commit}^2`,
    '--',
  ]);
  return [own, ...(brought ?? '').split('\0')].map((m) => m.trim()).filter(Boolean);
}
