import { UsageError } from '../errors.js';
import { agreedHost } from './validate.js';

/**
 * Where a token may be sent. Only hosts the pipeline author named (repository and API inputs, the
 * `trusted-hosts` input, the orchestrator's own repository) are trusted; a host learnt from a
 * table row, an HLD file or a forge answer is not, so writing a row cannot steer a token.
 */
export class TrustedHosts {
  /** host or host:port exactly as URL.host gives it (lower case, default port dropped). */
  private readonly exact = new Set<string>();
  /** trusted-hosts entries without a port: that host name on any port. */
  private readonly anyPort = new Set<string>();

  /** `urls`: repository/API URLs from inputs ('' ignored). `hosts`: the `trusted-hosts` input. */
  constructor(urls: string[], hosts: string[] = []) {
    for (const u of urls) {
      const h = hostOf(u);
      if (h) this.exact.add(h);
    }
    for (const entry of hosts) {
      const e = entry.trim().toLowerCase();
      if (!e) continue;
      if (e.includes('://')) {
        const h = hostOf(e);
        if (!h) throw new UsageError(`'${entry}' is not a host name`);
        this.exact.add(h);
      } else if (/^[a-z0-9.-]+:\d{1,5}$|^\[[0-9a-f:.]+\]:\d{1,5}$/.test(e)) {
        this.exact.add(e);
      } else if (/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/.test(e) && !e.startsWith('-')) {
        this.anyPort.add(e);
      } else {
        throw new UsageError(`'${entry}' is not a host name (host, host:port or a URL)`);
      }
    }
    // GitHub's API lives on its own host: a trusted github.com means api.github.com too.
    if (this.exact.has('github.com') || this.anyPort.has('github.com')) this.exact.add('api.github.com');
  }

  /**
   * Whether a token may go where `url` points. URLs git reaches without HTTP (ssh, file, local
   * paths) never carry our token, so they need no trust.
   */
  allows(url: string): boolean {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return true;
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return true;
    // The host the connection goes to, or no token: a URL whose host git and Node read differently.
    const host = agreedHost(url);
    if (!host) return false;
    return this.exact.has(host) || this.anyPort.has(u.hostname.toLowerCase());
  }
}

/**
 * URL.host of an http(s)/ssh/git URL (lower case, with a non-default port), or the host of an
 * scp-like address; '' otherwise (file URLs, local paths). The one host rule of every token
 * decision: trusted hosts, the job token's hosts and the auth header's form.
 */
export function hostOf(url: string): string {
  const v = url.trim();
  if (!v) return '';
  try {
    const u = new URL(v);
    return u.protocol === 'file:' ? '' : (agreedHost(v) ?? '');
  } catch {
    const scp = /^(?:[^@/]+@)?([^:/]+):/.exec(v);
    return scp ? scp[1].toLowerCase() : '';
  }
}
