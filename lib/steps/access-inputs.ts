import { withInput } from '../errors.js';
import { AccessTokens } from '../git/access-tokens.js';
import type { Inputs } from './inputs.js';
import type { InputDef } from './types.js';

/**
 * Tokens for private remote HLD components, shared by generate and the `install` command: the
 * pipeline author names each variable and the hosts it may go to; access.yaml may only pick among
 * them (docs/security.md, "Tokens").
 */
export const accessTokensInput: InputDef = {
  name: 'access-tokens',
  description:
    'Tokens for private remote components, as VARIABLE=host entries: the token in environment variable VARIABLE (map it from a secret) is sent only to that host (a name, host:port or a URL), for the git sources there; an access.yaml may pick among these, never add one (other entries are ignored with a warning). Runner credentials (SYSTEM_ACCESSTOKEN, ACTIONS_*, INPUT_*) cannot be listed',
  kind: 'list',
  group: 'credentials',
};

/** The author's access tokens, read from the environment now; an error names the input. */
export function accessTokens(inputs: Inputs, env: NodeJS.ProcessEnv = process.env): AccessTokens {
  return withInput(accessTokensInput.name, () => AccessTokens.parse(inputs.list(accessTokensInput.name), env));
}
