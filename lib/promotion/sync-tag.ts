import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RingwayError } from '../errors.js';
import { exec, ExecError, networkTimeoutMs } from '../exec.js';
import { removeTempDir } from '../fs/temp.js';
import { displayUrl, gitAuthEnv } from '../git/auth.js';
import { classifyNetworkError, TEMP_CLONE_CONFIG } from '../git/repo.js';
import { checkRef, checkRepoUrl } from '../git/validate.js';

export interface SyncTagResult {
  /** The commit the tag points at ('' when the repository has no such tag). */
  tagCommit: string;
  /** Whether `commit` is the tagged commit or one of its ancestors, i.e. the cluster has applied it. */
  applied: boolean;
}

/**
 * Reads the sync tag the GitOps operator moves to the manifest commit it last applied (Flux v1's
 * `flux-sync`, as Bedrock set it up) and tells whether `commit` is included. Only commits and
 * trees are fetched (no blobs), so a large manifest repository costs little.
 */
export async function syncTagIncludes(
  url: string,
  token: string | undefined,
  tag: string,
  commit: string,
  what = 'manifest repository',
): Promise<SyncTagResult> {
  // The URL may come from a table row: checked before git sees it, and passed after --end-of-options.
  checkRepoUrl(url, what);
  checkRef(tag, 'sync-tag');
  checkRef(`refs/tags/${tag}`, 'sync-tag');
  if (commit && !/^[0-9a-f]{4,64}$/i.test(commit))
    throw new RingwayError(
      `the manifest commit '${commit.slice(0, 80)}' recorded for the deployment is not a commit SHA`,
    );
  const dir = await mkdtemp(join(tmpdir(), 'ringway-sync-'));
  const git = (args: string[], network = false) =>
    exec('git', ['-c', 'credential.helper=', ...TEMP_CLONE_CONFIG, ...args], {
      cwd: dir,
      env: network ? gitAuthEnv(url, token) : { GIT_TERMINAL_PROMPT: '0', GIT_NO_LAZY_FETCH: '1' },
      allowFailure: !network,
      label: `git ${args[0]}`,
      ...(network ? { timeout: { ms: networkTimeoutMs(), service: `git server ${displayUrl(url)}` } } : {}),
    });
  try {
    await git(['init', '-q', '--bare', '.']);
    const ref = `refs/tags/${tag}`;
    try {
      const listed = await git(['ls-remote', '--end-of-options', url, ref, `${ref}^{}`], true);
      if (!listed.stdout.trim()) return { tagCommit: '', applied: false };
      await git(['fetch', '-q', '--no-tags', '--filter=blob:none', '--end-of-options', url, `+${ref}:${ref}`], true);
    } catch (err) {
      throw err instanceof ExecError ? classifyNetworkError(url, err) : err;
    }
    const tagCommit = (await git(['rev-parse', '--verify', '-q', '--end-of-options', `${ref}^{commit}`])).stdout.trim();
    // Walk the commits we have rather than ask about `commit` directly: looking up a missing
    // object in a partial clone would make git fetch it from the server, without the token.
    const history = await git(['rev-list', '--end-of-options', tagCommit]);
    const want = commit.toLowerCase();
    if (!want) return { tagCommit, applied: false };
    return { tagCommit, applied: history.stdout.split('\n').some((c) => c && c.startsWith(want)) };
  } finally {
    await removeTempDir(dir);
  }
}
