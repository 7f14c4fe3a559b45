import { UsageError } from '../errors.js';
import { RUNNER_CREDENTIALS } from '../exec.js';
import { parseKeyValues } from '../key-value.js';
import { registerSecret } from '../secrets.js';
import { hostOf, TrustedHosts } from './trust.js';

/**
 * Which token goes to which host for remote HLD components: what the pipeline author allowed in the
 * `access-tokens` input (`VARIABLE=host` entries), never what an HLD says. Fabrikate's access.yaml
 * (`<source url>: VARIABLE`) may only pick, among the variables the author allowed for a source's
 * host, which one that source gets; an entry naming any other variable, or a host the author did
 * not name for it, is ignored (lib/hld/tree.ts warns with its file and line).
 */
export class AccessTokens {
  private constructor(
    /** Variable → the hosts it may go to and its value, in the input's order. */
    private readonly allowed: Map<string, { hosts: string[]; trust: TrustedHosts; value: string | undefined }>,
  ) {}

  /** No token for any component (no `access-tokens` input). */
  static none(): AccessTokens {
    return new AccessTokens(new Map());
  }

  /**
   * Reads `VARIABLE=host` entries (host as in `trusted-hosts`: a name on any port, host:port or a
   * URL); a variable may be listed for several hosts. The values are read from `env` now and
   * registered as secrets: never printed, and taken out of every child's environment.
   */
  static parse(entries: string[], env: NodeJS.ProcessEnv = process.env): AccessTokens {
    const allowed = new Map<string, { hosts: string[]; trust: TrustedHosts; value: string | undefined }>();
    const pairs = parseKeyValues(entries, { what: 'entry', form: 'VARIABLE=host', key: /^[A-Za-z_][A-Za-z0-9_]*$/ });
    const hosts = new Map<string, string[]>();
    for (const [variable, host] of pairs) {
      // GITHUB_TOKEN only because the author maps it into the step's environment themselves.
      if (RUNNER_CREDENTIALS.test(variable) && variable.toUpperCase() !== 'GITHUB_TOKEN')
        throw new UsageError(
          `${variable} is the runner's own credential or a step input, never sent for access.yaml: map the token into a variable of your own (env: HLD_PAT: …) and list that`,
        );
      if (!host.trim()) throw new UsageError(`entry '${variable}=' names no host`);
      hosts.set(variable, [...(hosts.get(variable) ?? []), host.trim()]);
    }
    for (const [variable, list] of hosts) {
      const value = env[variable] || undefined;
      registerSecret(value);
      allowed.set(variable, { hosts: list, trust: new TrustedHosts([], list), value });
    }
    return new AccessTokens(allowed);
  }

  /** Why access.yaml may not name `variable` for `url` (undefined when it may). */
  refusal(variable: string, url: string): string | undefined {
    const entry = this.allowed.get(variable);
    if (!entry) return `the step's input 'access-tokens' does not list ${variable}`;
    if (!sendsHeader(url) || !entry.trust.allows(url))
      return `the step's input 'access-tokens' allows ${variable} only for ${entry.hosts.join(', ')}, not for ${hostOf(url) || url}`;
    return undefined;
  }

  /** The listed variables the environment does not set (a secret the pipeline did not map). */
  unset(): string[] {
    return [...this.allowed].filter(([, e]) => !e.value).map(([v]) => v);
  }

  /** Whether `variable` is allowed somewhere and set in the environment. */
  isSet(variable: string): boolean {
    return Boolean(this.allowed.get(variable)?.value);
  }

  /**
   * The token for fetching `url`: that of `named` (the variable access.yaml names for it) when the
   * author allows it there, else that of the first variable the author allows for the URL's host.
   */
  tokenFor(url: string, named?: string): string | undefined {
    if (!sendsHeader(url)) return undefined;
    const chosen = named && !this.refusal(named, url) ? this.allowed.get(named)?.value : undefined;
    if (chosen) return chosen;
    for (const entry of this.allowed.values()) if (entry.value && entry.trust.allows(url)) return entry.value;
    return undefined;
  }
}

/** Only http(s) carries our Authorization header; ssh and file URLs never get a token. */
function sendsHeader(url: string): boolean {
  return /^https?:\/\//i.test(url.trim());
}
