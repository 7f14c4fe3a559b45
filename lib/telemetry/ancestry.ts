import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec, ExecError, networkTimeoutMs } from '../exec.js';
import { removeTempDir } from '../fs/temp.js';
import { displayUrl, gitAuthEnv } from '../git/auth.js';
import { classifyNetworkError, TEMP_CLONE_CONFIG } from '../git/repo.js';

/**
 * The commits a manifest revision contains (itself and every ancestor), read from the manifest
 * repository named by the pipeline (never from a row or an event: the token goes only there).
 * Only commits and trees of the branches are fetched, no blobs. `undefined` when the repository
 * has no such commit on any branch.
 */
export async function manifestAncestors(
  url: string,
  token: string | undefined,
  revision: string,
): Promise<Set<string> | undefined> {
  const dir = await mkdtemp(join(tmpdir(), 'ringway-ancestry-'));
  const net = gitAuthEnv(url, token);
  const local = { GIT_TERMINAL_PROMPT: '0', GIT_NO_LAZY_FETCH: '1' };
  const git = (args: string[], network = false) =>
    exec('git', ['-c', 'credential.helper=', ...TEMP_CLONE_CONFIG, ...args], {
      cwd: dir,
      env: network ? net : local,
      allowFailure: !network,
      label: `git ${args[0]}`,
      ...(network ? { timeout: { ms: networkTimeoutMs(), service: `git server ${displayUrl(url)}` } } : {}),
    });
  try {
    await git(['init', '-q', '--bare', '.']);
    try {
      await git(
        ['fetch', '-q', '--no-tags', '--filter=blob:none', '--', url, '+refs/heads/*:refs/remotes/manifests/*'],
        true,
      );
    } catch (err) {
      throw err instanceof ExecError ? classifyNetworkError(url, err) : err;
    }
    // Walk from the branch tips rather than look `revision` up: a missing object in a partial
    // clone would be fetched lazily, without the token.
    const branches = await git(['rev-list', '--remotes=manifests']);
    const all = new Set(branches.stdout.split('\n').filter(Boolean));
    if (!all.has(revision)) return undefined;
    const own = await git(['rev-list', revision]);
    return new Set(own.stdout.split('\n').filter(Boolean));
  } finally {
    await removeTempDir(dir);
  }
}
