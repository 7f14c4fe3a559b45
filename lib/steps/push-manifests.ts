import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RingwayError, UsageError, withInput } from '../errors.js';
import { removeTempDir } from '../fs/temp.js';
import { displayUrl } from '../git/auth.js';
import { checkRepoInput } from '../git/validate.js';
import { safeRelativePath } from '../git/paths.js';
import { GitRepo } from '../git/repo.js';
import { isDirectory, publishTree, readSources } from '../manifests/publish.js';
import { gitInputs, type StepDef } from './types.js';

export const SOURCE_TRAILER = 'Ringway-Source-Commit';

export const step: StepDef = {
  name: 'push-manifests',
  title: 'Push manifests',
  description:
    'Commits generated Kubernetes manifests to the manifest repository that Flux syncs. The target path becomes an exact copy of the source folder (deleted components disappear), a commit is made only when something changed, and it records the HLD commit it came from.',
  azureTaskId: '5b0f4d0e-6a53-4c1e-9d7e-2f3c1a9b7e41',
  inputs: [
    {
      name: 'source',
      description:
        "Folder of generated manifests to publish; several (comma- or newline-separated: the output folders of generate's shards) are published together, refused when two hold the same file or when a shard of their plan is missing",
      default: 'generated',
      kind: 'list',
      path: true,
    },
    { name: 'manifest-repo', description: 'URL of the manifest repository', required: true },
    { name: 'branch', description: "Branch of the manifest repository; empty = the repository's default branch" },
    {
      name: 'path',
      description:
        'Folder inside the manifest repository to replace; default the repository root (one folder per environment, as Bedrock lays it out)',
      default: '.',
      path: true,
    },
    {
      name: 'keep',
      description:
        'Names at the top of the target path that are never deleted (wildcards * and ?); by default dotfiles and README files, as Bedrock left them; empty for a strict mirror',
      kind: 'list',
      default: '.*,README*',
      // keep: '' is the strict mirror (delete everything the source does not have).
      allowEmpty: true,
    },
    { name: 'message', description: 'Commit message; default names the source commit' },
    {
      name: 'source-commit',
      description: 'HLD commit the manifests were generated from; default the commit being built',
    },
    { name: 'max-attempts', description: 'How many times a rejected push is re-applied and retried', default: '8' },
    ...gitInputs,
  ],
  outputs: [
    { name: 'changed', description: "'true' when the branch moved: a new commit, or a new branch created" },
    {
      name: 'commit',
      description: 'Manifest repository commit holding the manifests (the new one, or the unchanged tip)',
    },
    { name: 'branch', description: 'Branch that was pushed to' },
  ],
  async run(inputs, host) {
    const url = checkRepoInput(inputs.string('manifest-repo'), 'manifest-repo');
    const named = inputs.list('source');
    const sources = named.map((s) => resolve(s));
    if (!sources.length) throw new UsageError(`input 'source' names no folder`, { input: 'source' });
    for (const [i, source] of sources.entries()) {
      if (sources.indexOf(source) !== i)
        throw new UsageError(`input 'source': folder ${named[i]} is named twice`, { input: 'source' });
      if (!(await isDirectory(source)))
        throw new UsageError(`input 'source': folder ${named[i]} does not exist`, { input: 'source' });
      if ((await readdir(source)).length === 0) {
        throw new UsageError(`input 'source': folder ${named[i]} is empty; refusing to delete every manifest`, {
          input: 'source',
        });
      }
    }
    const targetPath = withInput('path', () => safeRelativePath(inputs.string('path')));
    // Checked before any network work, so a bad value fails at once with nothing fetched.
    const maxAttempts = inputs.integer('max-attempts', 1);
    const sourceCommit = inputs.string('source-commit') || host.build.commit;
    const message = buildMessage(
      inputs.string('message') || defaultMessage(sourceCommit, host.build.commitMessage),
      sourceCommit,
    );
    // Read while the repository is fetched (that waits on the network); a bad source is reported
    // after the fetch, as before, and still before anything is written.
    const read = readSources(sources);
    read.catch(() => undefined);
    const work = await mkdtemp(join(tmpdir(), 'ringway-manifests-'));
    try {
      const repo = await host.group(`Fetch ${displayUrl(url)}`, async () => {
        // git's answer names the server; the error adds the input it came from.
        const r = await withInput('manifest-repo', () =>
          GitRepo.checkout({
            url,
            branch: inputs.string('branch'),
            dir: work,
            token: inputs.string('token') || undefined,
            identity: { name: inputs.string('git-user-name'), email: inputs.string('git-user-email') },
            // The manifests become a tree directly (lib/manifests/publish.ts): nothing to check out.
            worktree: false,
          }),
        );
        host.info(
          r.branchExists
            ? `fetched ${r.branch} at ${r.base}`
            : `branch ${r.branch} does not exist yet: the push creates it`,
        );
        return r;
      });
      // The group holds its outcome too: what was pushed, or why nothing was.
      const result = await host.group(`Publish ${named.join(', ')} to ${repo.branch}:${targetPath}`, async () => {
        const result = await publishTree({
          repo,
          source: sources,
          read,
          targetPath,
          keep: inputs.list('keep'),
          message,
          dryRun: inputs.boolean('dry-run'),
          maxAttempts,
          log: (l) => host.info(l),
        });
        if (!result.changed)
          host.info(`manifests in ${repo.branch}:${targetPath} are already up to date; nothing to commit`);
        else if (!result.pushed) host.info(`dry run: commit ${result.commit} was not pushed`);
        else host.info(`pushed ${result.commit} to ${repo.branch} (${result.files.length} files changed)`);
        return result;
      });
      const files = result.files;
      const count = (s: string) => String(files.filter((f) => f.startsWith(s)).length);
      await host.summary({
        title: 'ringway push-manifests',
        rows: [
          ['repository', 'branch', 'path', 'changed', 'commit', 'added', 'modified', 'deleted', 'source commit'],
          [
            displayUrl(url),
            repo.branch,
            targetPath,
            String(result.changed),
            result.commit,
            count('A'),
            count('M'),
            count('D'),
            sourceCommit,
          ],
        ],
      });
      return { changed: String(result.changed), commit: result.commit, branch: repo.branch };
    } finally {
      await removeTempDir(work, (l) => host.debug(l));
    }
  },
};

function defaultMessage(sourceCommit: string, sourceMessage: string): string {
  // Bedrock's build.sh: "Updated k8s manifest files post commit: $COMMIT_MESSAGE".
  const subject = sourceMessage.split('\n')[0].trim();
  return `Updated k8s manifest files post commit: ${subject || sourceCommit || 'unknown'}`;
}

function buildMessage(message: string, sourceCommit: string): string {
  if (!sourceCommit) return `${message.trim()}\n`;
  if (!/^[0-9a-f]{7,64}$/i.test(sourceCommit))
    throw new RingwayError(`input 'source-commit' must be a commit SHA, got '${sourceCommit}'`, {
      input: 'source-commit',
    });
  return `${message.trim()}\n\n${SOURCE_TRAILER}: ${sourceCommit}\n`;
}
