import { type DeploymentKey, parseTrailers } from './trailers.js';

/** What one commit message says about the deployment(s) a merge brought. */
export interface MergeClue {
  /** From Ringway-* trailers. */
  key?: DeploymentKey;
  /** Pull request number from the forge's merge title. */
  pr?: string;
}

/**
 * The pull request number in a forge's default merge title (the first line of a message):
 * GitHub's merge commit "Merge pull request #12 from owner/branch", GitHub's squash "<title> (#12)",
 * Azure DevOps' merge, squash and semi-linear merge "Merged PR 12: <title>", Gitea's (and Forgejo's)
 * merge and rebase-merge "Merge pull request '<title>' (#12) from <branch> into <target>" (its squash
 * is "<title> (#12)", as GitHub's).
 */
export function pullRequestOfTitle(line: string): string | undefined {
  const m =
    /^Merge pull request #(\d+) from \S/.exec(line) ??
    /^Merged PR (\d+): /.exec(line) ??
    /^Merge pull request '.*' \(#(\d+)\) from \S/.exec(line) ??
    (/^\* /.test(line) ? null : /\S.*\(#(\d+)\)\s*$/.exec(line));
  return m?.[1];
}

/**
 * The clues in commit messages. Each text is one message or several separated by blank lines
 * (`git log --format=%B`): a paragraph whose first line is a merge title starts a message, and
 * trailers that follow in the same text belong to its pull request.
 */
export function mergeClues(texts: string[]): MergeClue[] {
  const out: MergeClue[] = [];
  for (const text of texts) {
    let current: MergeClue | undefined;
    for (const paragraph of text.split(/\r?\n[ \t]*(?:\r?\n)+/)) {
      const pr = pullRequestOfTitle(paragraph.trimStart().split(/\r?\n/)[0]);
      if (pr) out.push((current = { pr }));
      const key = parseTrailers(paragraph);
      if (!key) continue;
      if (current && !current.key) current.key = key;
      else out.push({ key });
    }
  }
  // The same clue twice (a commit in the payload's list and as its head commit): once.
  const seen = new Set<string>();
  return out.filter((c) => {
    const id = JSON.stringify(c);
    return !seen.has(id) && Boolean(seen.add(id));
  });
}

/** For warnings: what the clues asked for. */
export function describeClues(clues: MergeClue[]): string {
  if (!clues.length) return 'no pull request number or Ringway trailer in them';
  return clues
    .map((c) =>
      [
        c.pr ? `pull request ${c.pr}` : '',
        c.key
          ? `${c.key.service ?? '?'} to ${c.key.ring ?? '?'} at ${c.key.tag ?? '?'}${c.key.rollbackOf ? ` (rollback of ${c.key.rollbackOf})` : ''}`
          : '',
      ]
        .filter(Boolean)
        .join(': '),
    )
    .join('; ');
}
