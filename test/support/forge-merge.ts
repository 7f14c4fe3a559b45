import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../stand-ins/git.js';

/**
 * A pull request merged the way a forge merges it, with real git on the bare repository: the
 * commit shape and the default message of each merge method.
 * - GitHub (docs.github.com, "About merge methods on GitHub"; REST "Update a repository":
 *   squash_merge_commit_title COMMIT_OR_PR_TITLE, squash_merge_commit_message COMMIT_MESSAGES by
 *   default): merge = a merge commit "Merge pull request #N from owner/branch\n\n<PR title>";
 *   squash = one commit; for a one-commit pull request its message is that commit's title with
 *   " (#N)" and that commit's body; rebase = each commit re-created on the target (same message
 *   and author, GitHub as committer). GitHub commits as "GitHub <noreply@github.com>".
 * - Azure DevOps (learn.microsoft.com, "Complete a pull request", merge types): merge (no
 *   fast-forward) = a merge commit "Merged PR N: <title>"; squash = one commit "Merged PR N:
 *   <title>\n\n<description>"; rebase and fast-forward = the commits rebased, the target moved to
 *   the last; semi-linear = rebased, then a merge commit "Merged PR N: <title>".
 */
export type Forge = 'github' | 'azure';
export type MergeMethod = 'merge' | 'squash' | 'rebase' | 'semi-linear';

export interface PullRequestToMerge {
  number: string;
  title: string;
  /** Description (GitHub body, Azure DevOps description). */
  body: string;
  /** Source branch, e.g. DEPLOY/frontend-dev-master-7. */
  branch: string;
  /** owner/name of the repository on GitHub (for the merge title). */
  repository?: string;
  target?: string;
}

export interface MergedCommit {
  id: string;
  treeId: string;
  message: string;
  author: { name: string; email: string };
  committer: { name: string; email: string };
  timestamp: string;
  /** Not pushed before (a merge commit brings the pull request's own commits, pushed already). */
  distinct: boolean;
}

export interface MergeResult {
  before: string;
  tip: string;
  /** The commits the push to the target brought, oldest first (what a push event lists). */
  commits: MergedCommit[];
}

const MERGER: Record<Forge, { name: string; email: string }> = {
  github: { name: 'GitHub', email: 'noreply@github.com' },
  azure: { name: 'Mona Reviewer', email: 'mona@contoso.test' },
};

function run(cwd: string, args: string[], committer: { name: string; email: string }): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: committer.name,
      GIT_AUTHOR_EMAIL: committer.email,
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
    },
  }).trim();
}

/** Merges the pull request in the bare repository `bareDir` as `forge` does with `method`; deletes the source branch. */
export function forgeMerge(bareDir: string, forge: Forge, method: MergeMethod, pr: PullRequestToMerge): MergeResult {
  if (forge === 'github' && method === 'semi-linear') throw new Error('GitHub has no semi-linear merge');
  const target = pr.target ?? 'main';
  const work = tempDir('ringway-forge-merge-');
  const who = MERGER[forge];
  const g = (...args: string[]) => run(work, args, who);
  try {
    g('clone', '-q', '--no-checkout', bareDir, '.');
    g('checkout', '-q', target);
    const before = g('rev-parse', 'HEAD');
    const src = `origin/${pr.branch}`;
    const pushed = new Set(g('rev-list', `${target}..${src}`).split('\n').filter(Boolean));
    const title =
      forge === 'github'
        ? `Merge pull request #${pr.number} from ${pr.repository ?? 'contoso/hld'}/${pr.branch}`
        : `Merged PR ${pr.number}: ${pr.title}`;
    const mergeCommit = (from: string, message: string) => {
      const file = join(work, '.git', 'MERGE_MESSAGE_FILE');
      writeFileSync(file, message);
      g('merge', '-q', '--no-ff', '-F', file, from);
    };
    // Each commit of the pull request re-created on the target: message and author kept.
    const rebaseOnto = () => {
      for (const c of g('rev-list', '--reverse', `${target}..${src}`).split('\n').filter(Boolean))
        g('cherry-pick', '--allow-empty', '--keep-redundant-commits', c);
    };
    if (method === 'merge') {
      mergeCommit(src, forge === 'github' ? `${title}\n\n${pr.title}\n` : `${title}\n`);
    } else if (method === 'squash') {
      const commits = g('rev-list', `${target}..${src}`).split('\n').filter(Boolean);
      let message: string;
      if (forge === 'azure') message = `${title}\n\n${pr.body}\n`;
      else if (commits.length === 1) {
        const [subject, body] = g('log', '-1', '--format=%s%x00%b', src).split('\0');
        message = `${subject} (#${pr.number})\n\n${body.trim()}\n`;
      } else {
        message = `${pr.title} (#${pr.number})\n\n${commits
          .reverse()
          .map((c) => `* ${g('log', '-1', '--format=%B', c)}`)
          .join('\n\n')}\n`;
      }
      g('merge', '-q', '--squash', src);
      const file = join(work, '.git', 'SQUASH_MESSAGE_FILE');
      writeFileSync(file, message);
      // The squash commit's author is the pull request's author (its first commit's).
      const author = g('log', '-1', '--format=%an%x00%ae', src).split('\0');
      run(
        work,
        [
          '-c',
          `user.name=${who.name}`,
          '-c',
          `user.email=${who.email}`,
          'commit',
          '-q',
          '--cleanup=verbatim',
          '-F',
          file,
          '--author',
          `${author[0]} <${author[1]}>`,
        ],
        who,
      );
    } else if (method === 'rebase') {
      rebaseOnto();
    } else {
      g('checkout', '-q', '-b', 'rebased', src);
      g('reset', '-q', '--hard', target);
      rebaseOnto();
      g('checkout', '-q', target);
      mergeCommit('rebased', `${title}\n`);
    }
    g('push', '-q', 'origin', `HEAD:refs/heads/${target}`, `:refs/heads/${pr.branch}`);
    const tip = g('rev-parse', 'HEAD');
    // One git log for every commit the push brought: fields split by NUL, commits by RS.
    const log = g(
      'log',
      '--reverse',
      '--topo-order',
      '--format=%H%x00%T%x00%an%x00%ae%x00%cn%x00%ce%x00%cI%x00%B%x1e',
      `${before}..${tip}`,
    );
    const commits = log
      .split('\x1e')
      .map((r) => r.trim())
      .filter(Boolean)
      .map((r) => {
        const [id, treeId, an, ae, cn, ce, ts, message] = r.split('\0');
        return {
          id,
          treeId,
          message: message.trim(),
          author: { name: an, email: ae },
          committer: { name: cn, email: ce },
          timestamp: ts,
          distinct: !pushed.has(id),
        };
      });
    return { before, tip, commits };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The push event GitHub sends for the merge (docs.github.com "Webhook events and payloads": push),
 * as a workflow finds it in $GITHUB_EVENT_PATH; commits oldest first, head_commit the tip.
 */
export function githubPushEvent(m: MergeResult, repository: string, target = 'main'): unknown {
  const server = 'https://github.com';
  const commit = (c: MergedCommit) => ({
    id: c.id,
    tree_id: c.treeId,
    distinct: c.distinct,
    message: c.message,
    timestamp: c.timestamp,
    url: `${server}/${repository}/commit/${c.id}`,
    author: { ...c.author, username: c.author.name.toLowerCase().replace(/\s+/g, '-') },
    committer: { ...c.committer, username: c.committer.name === 'GitHub' ? 'web-flow' : c.committer.name },
    added: [],
    removed: [],
    modified: ['config/dev.yaml'],
  });
  return {
    ref: `refs/heads/${target}`,
    before: m.before,
    after: m.tip,
    repository: {
      id: 1296269,
      name: repository.split('/')[1],
      full_name: repository,
      default_branch: target,
      html_url: `${server}/${repository}`,
    },
    pusher: { name: 'mona', email: 'mona@contoso.test' },
    sender: { login: 'mona', id: 1, type: 'User' },
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `${server}/${repository}/compare/${m.before.slice(0, 12)}...${m.tip.slice(0, 12)}`,
    commits: m.commits.map(commit),
    head_commit: commit(m.commits[m.commits.length - 1]),
  };
}
