import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec, ExecError, networkTimeoutMs } from '../exec.js';
import { displayUrl, gitAuthEnv } from '../git/auth.js';
import { classifyNetworkError } from '../git/repo.js';

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
export async function syncTagIncludes(url: string, token: string | undefined, tag: string, commit: string): Promise<SyncTagResult> {
  const dir = await mkdtemp(join(tmpdir(), 'ringway-sync-'));
  const git = (args: string[], network = false) =>
    exec('git', ['-c', 'credential.helper=', ...args], { cwd: dir, env: network ? gitAuthEnv(url, token) : { GIT_TERMINAL_PROMPT: '0', GIT_NO_LAZY_FETCH: '1' }, allowFailure: !network, label: `git ${args[0]}`, ...(network ? { timeout: { ms: networkTimeoutMs(), service: `git server ${displayUrl(url)}` } } : {}) });
  try {
    await git(['init', '-q', '--bare', '.']);
    const ref = `refs/tags/${tag}`;
    try {
      const listed = await git(['ls-remote', url, ref, `${ref}^{}`], true);
      if (!listed.stdout.trim()) return { tagCommit: '', applied: false };
      await git(['fetch', '-q', '--no-tags', '--filter=blob:none', url, `+${ref}:${ref}`], true);
    } catch (err) {
      throw err instanceof ExecError ? classifyNetworkError(url, err) : err;
    }
    const tagCommit = (await git(['rev-parse', `${ref}^{commit}`])).stdout.trim();
    // Walk the commits we have rather than ask about `commit` directly: looking up a missing
    // object in a partial clone would make git fetch it from the server, without the token.
    const history = await git(['rev-list', tagCommit]);
    const want = commit.toLowerCase();
    if (!want) return { tagCommit, applied: false };
    return { tagCommit, applied: history.stdout.split('\n').some((c) => c && c.startsWith(want)) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
