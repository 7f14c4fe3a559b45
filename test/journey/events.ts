// Webhook payloads shaped like GitHub's (docs.github.com "Webhook events and payloads"): the fields
// the starters and ringway read, plus the identifying ones a real delivery always carries.
import { execFileSync } from 'node:child_process';
import type { World, RepoName } from './world.js';

function repository(repo: RepoName) {
  const [owner, name] = repo.split('/');
  return {
    id: 1000 + name.length,
    node_id: `R_${name}`,
    name,
    full_name: repo,
    private: true,
    owner: { login: owner, id: 7, type: 'Organization' },
    html_url: `https://github.com/${repo}`,
    clone_url: `https://github.com/${repo}.git`,
    default_branch: 'main',
    master_branch: 'main',
  };
}

function otherBranches(world: World, repo: RepoName, branch: string, id: string): boolean {
  const out = execFileSync('git', ['for-each-ref', '--contains', id, '--format=%(refname)', 'refs/heads/'], {
    cwd: world.bare(repo),
    env: world.env,
    encoding: 'utf8',
  });
  return out.split('\n').some((r) => r && r !== `refs/heads/${branch}`);
}

const sender = { login: 'journey-dev', id: 42, type: 'User' };

/** A push of `before..after` on `branch`: commits oldest first, head_commit the newest, as GitHub sends. */
export function pushEvent(world: World, repo: RepoName, branch: string, before: string, after: string) {
  const range = /^0+$/.test(before) ? [after] : ['--reverse', `${before}..${after}`];
  const raw = execFileSync('git', ['log', '--format=%H%x1f%T%x1f%an%x1f%ae%x1f%cn%x1f%ce%x1f%cI%x1f%B%x1e', ...range], {
    cwd: world.bare(repo),
    env: world.env,
    encoding: 'utf8',
  });
  const commits = raw
    .split('\x1e')
    .map((r) => r.replace(/^\n/, ''))
    .filter(Boolean)
    .map((r) => {
      const [id, tree, an, ae, cn, ce, time, message] = r.split('\x1f');
      return {
        id,
        tree_id: tree,
        // False for a commit another branch had already (a merged pull request's own commits).
        distinct: !otherBranches(world, repo, branch, id),
        message: message.replace(/\n+$/, ''),
        timestamp: time,
        url: `https://github.com/${repo}/commit/${id}`,
        author: { name: an, email: ae },
        committer: { name: cn, email: ce },
        added: [],
        removed: [],
        modified: [],
      };
    });
  return {
    ref: `refs/heads/${branch}`,
    before,
    after,
    created: /^0+$/.test(before),
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `https://github.com/${repo}/compare/${before.slice(0, 12)}...${after.slice(0, 12)}`,
    commits,
    head_commit: commits[commits.length - 1] ?? null,
    repository: repository(repo),
    pusher: { name: sender.login, email: 'dev@contoso.test' },
    sender,
  };
}

/** workflow_dispatch with its inputs (strings, as GitHub delivers them). */
export function dispatchEvent(repo: RepoName, inputs: Record<string, string>) {
  return { inputs, ref: 'refs/heads/main', repository: repository(repo), sender, workflow: '' };
}

/** repository_dispatch, as Flux's githubdispatch provider sends it. */
export function repositoryDispatchEvent(repo: RepoName, eventType: string, clientPayload: unknown) {
  return {
    action: eventType,
    branch: 'main',
    client_payload: clientPayload,
    repository: repository(repo),
    sender,
    installation: null,
  };
}
