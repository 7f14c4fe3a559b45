import { RingwayError, statusKind } from '../errors.js';

/** What a forge's token needs, for reads (the gate: checks, statuses, reviews) and for writes (update-hld). */
export interface TokenNeeds {
  read: string;
  write: string;
}

/**
 * A forge's 401, 403 and 404 answers, explained alike on every forge: who refused the token, what
 * it needs, which repository. `what` says what was being done ('reading …' for reads). `jobToken`
 * (from jobTokenNote) says the `token` input was empty and the job's own token was sent instead.
 * Undefined for any other status, where the forge's own words explain better.
 */
export function accessError(
  what: string,
  status: number | undefined,
  forge: string,
  repo: string,
  needs: TokenNeeds,
  jobToken?: string,
): RingwayError | undefined {
  const need = what.startsWith('reading') ? needs.read : needs.write;
  const instead = jobToken ? `: ${jobToken}: set 'token' to a token with ${need} on ${repo}` : undefined;
  // The message names the 'token' input when it blames the token (a 401, or the job's token standing in).
  const context = (s: number, blamesToken: boolean) => ({
    kind: statusKind(s),
    status: s,
    ...(blamesToken ? { input: 'token' } : {}),
  });
  switch (status) {
    case 401:
      return new RingwayError(
        `${what}: ${forge} rejected the token (HTTP 401)${instead ?? ": check the 'token' input"}`,
        context(401, true),
      );
    case 403:
      return new RingwayError(
        `${what}: the token may not do this on ${repo} (HTTP 403)${instead ?? `: it needs ${need}`}`,
        context(403, Boolean(instead)),
      );
    case 404:
      return new RingwayError(
        `${what}: repository ${repo} was not found, or the token cannot see it (HTTP 404)${instead ?? ''}`,
        context(404, Boolean(instead)),
      );
    default:
      return undefined;
  }
}
