import { registerSecret } from '../secrets.js';
import { tokenFor } from './job-token.js';
import { hostOf } from './trust.js';

/**
 * The Authorization header git sends for a token. GitHub takes Basic `x-access-token:<token>`
 * (what actions/checkout sends); Azure DevOps takes Basic with an empty user and the PAT, or Bearer
 * for System.AccessToken (a JWT). Other servers get Basic `x-access-token:<token>`.
 */
export function authorizationHeader(url: string, token: string): string {
  if (isAzureDevOpsHost(hostOf(url))) {
    if (/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) return `AUTHORIZATION: bearer ${token}`;
    return `AUTHORIZATION: basic ${Buffer.from(`:${token}`).toString('base64')}`;
  }
  return `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
}

/** Azure DevOps Services: dev.azure.com (ssh.dev.azure.com too) and <org>.visualstudio.com, any port. */
export function isAzureDevOpsHost(host: string): boolean {
  return /((^|\.)dev\.azure\.com|\.visualstudio\.com)(:\d+)?$/i.test(host);
}

/**
 * Environment that makes one git command send the token. `GIT_CONFIG_COUNT/KEY/VALUE` is the
 * environment form of `git -c http.extraheader=…`: same scope (this command only, never written to
 * .git/config) but not visible in the process list, where `-c` arguments are.
 */
export function gitAuthEnv(
  url: string,
  token: string | undefined,
  base: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  const env: Record<string, string> = { GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' };
  token = tokenFor(url, token);
  if (!token) return env;
  registerSecret(token);
  const header = authorizationHeader(url, token);
  registerSecret(header);
  const n = Number(base.GIT_CONFIG_COUNT ?? '0') || 0;
  env.GIT_CONFIG_COUNT = String(n + 1);
  env[`GIT_CONFIG_KEY_${n}`] = 'http.extraheader';
  env[`GIT_CONFIG_VALUE_${n}`] = header;
  return env;
}

// Repository URL rules live in validate.ts; re-exported for the steps that import them from here.
export { checkRepoUrl } from './validate.js';

/** The URL with any userinfo removed, for log lines and error messages. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return url;
  }
}
