import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { exec } from '../exec.js';

/**
 * When the source commit of an image was made, for lead time (docs/metrics.md). From the input
 * when given; else from the orchestrator's event (GitHub push: head_commit.timestamp) when it is
 * about that commit; else `git log -1 --format=%cI` in the working directory when the commit is
 * there. Unknown stays '' — never guessed.
 */
export async function commitTime(
  given: string,
  commitId: string,
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): Promise<string> {
  if (given) {
    const t = Date.parse(given);
    if (Number.isNaN(t) || !/^\d{4}-\d{2}-\d{2}T/.test(given))
      throw new UsageError(`commit time must be an ISO 8601 time (2026-11-20T09:30:00Z), got '${given}'`);
    return new Date(t).toISOString();
  }
  if (!/^[0-9a-f]{7,64}$/i.test(commitId)) return '';
  const fromEvent = githubEventTime(env, commitId);
  if (fromEvent) return fromEvent;
  const r = await exec('git', ['-C', cwd, 'log', '-1', '--format=%cI', '--end-of-options', commitId, '--'], {
    allowFailure: true,
  }).catch(() => undefined);
  const t = r && r.code === 0 ? Date.parse(r.stdout.trim()) : NaN;
  return Number.isNaN(t) ? '' : new Date(t).toISOString();
}

function githubEventTime(env: NodeJS.ProcessEnv, commitId: string): string {
  if (env.GITHUB_ACTIONS !== 'true' || !env.GITHUB_EVENT_PATH) return '';
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      head_commit?: { id?: string; timestamp?: string };
    };
    const head = event.head_commit;
    if (!head?.id || !head.timestamp || !head.id.toLowerCase().startsWith(commitId.toLowerCase())) return '';
    const t = Date.parse(head.timestamp);
    return Number.isNaN(t) ? '' : new Date(t).toISOString();
  } catch {
    return '';
  }
}
