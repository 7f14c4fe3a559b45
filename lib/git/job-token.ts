import { hostOf } from './trust.js';

/**
 * The job's own token (GitHub's `github.token`, Azure's System.AccessToken) reaches a step without
 * the pipeline author naming it, so it may go only where the job itself runs: its own server, as
 * actions/checkout sends its default token only to the workflow's GitHub. A token given explicitly
 * is the author's choice and goes where the inputs say.
 */
let job: { token: string; hosts: Set<string>; reach: string } | undefined;

/** Hosts the job token may be sent to, from the orchestrator's own server URLs. */
export function jobTokenHosts(serverUrls: string[]): Set<string> {
  const hosts = new Set<string>();
  for (const u of serverUrls) {
    const h = hostOf(u);
    if (!h) continue;
    hosts.add(h);
    if (h === 'github.com') hosts.add('api.github.com');
    // Azure DevOps answers one organisation under both names.
    const org = /^([a-z0-9-]+)\.visualstudio\.com$/.exec(h)?.[1] ?? (h === 'dev.azure.com' ? orgOf(u) : undefined);
    if (org) {
      hosts.add('dev.azure.com');
      hosts.add(`${org}.visualstudio.com`);
    }
  }
  return hosts;
}

/**
 * Called by a host when a step's `token` input was empty and the job's own token stands in for it.
 * `reach` says what that token may access, for the error line of a server that refuses it.
 */
export function registerJobToken(
  token: string | undefined,
  serverUrls: string[],
  reach = 'the repository the workflow runs in',
): void {
  if (token) job = { token, hosts: jobTokenHosts(serverUrls), reach };
}

/**
 * Why a server refused: when the job's own token went to `url` because the `token` input was
 * empty, the clause that says so (undefined otherwise). Refusals (401/403/404) append it, since
 * a secret that is not set (an unset HLD_TOKEN) expands to an empty input without a word.
 */
export function jobTokenNote(url: string): string | undefined {
  if (!job || !job.hosts.has(hostOf(url))) return undefined;
  return `the 'token' input was empty, so the job's own token was sent, which reaches only ${job.reach}`;
}

/** The token to send to `url`: the job token only to the job's own server, others unchanged. */
export function tokenFor(url: string, token: string | undefined): string | undefined {
  if (!token || !job || token !== job.token) return token;
  return job.hosts.has(hostOf(url)) ? token : undefined;
}

/** For tests. */
export function clearJobToken(): void {
  job = undefined;
}

function orgOf(url: string): string | undefined {
  try {
    return new URL(url).pathname.split('/').filter(Boolean)[0]?.toLowerCase();
  } catch {
    return undefined;
  }
}
