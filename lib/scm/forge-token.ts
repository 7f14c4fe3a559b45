import { UsageError } from '../errors.js';
import { tokenFor } from '../git/job-token.js';

/**
 * The one check every REST provider makes before its first request: a token is given, and it is
 * not the job's own token on its way to another server. `api` names the API in the error ("GitLab's
 * API"), `where` is its URL as the error shows it, `own` what the job token is bound to.
 */
export function requireForgeToken(
  api: string,
  url: string,
  token: string,
  { where = url, own = 'server' }: { where?: string; own?: string } = {},
): void {
  if (!token) throw new UsageError(`a token is required for ${api}`);
  if (!tokenFor(url, token))
    throw new UsageError(
      `a token for ${api} at ${where} is required: the job's own token is sent only to the job's own ${own}`,
    );
}
