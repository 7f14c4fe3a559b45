import { UsageError } from '../errors.js';
import { CREDENTIAL_PARAM as SECRET_PARAM, registerSecret } from '../secrets.js';

export interface HealthTarget {
  /** What is fetched: the URL without userinfo. */
  url: string;
  /** Basic auth from the URL's userinfo, sent as a header (fetch refuses URLs with credentials). */
  headers: Record<string, string>;
  /** What is shown in logs, reasons, conditions and summaries: scheme, host and path only. */
  shown: string;
}

/**
 * A health URL from the `health-url` input, checked, with every secret part of it registered for
 * redaction before anything can print it: the userinfo, the query string and key-like parameters.
 */
export function healthTarget(value: string): HealthTarget {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new UsageError(`'${shownOf(value)}' is not an http(s) URL`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw new UsageError(`'${shownOf(value)}' is not an http(s) URL`);
  const user = decodeURIComponent(u.username);
  const password = decodeURIComponent(u.password);
  registerSecret(password);
  registerSecret(u.password);
  registerSecret(u.search.slice(1));
  for (const [k, v] of u.searchParams) if (SECRET_PARAM.test(k)) registerSecret(v);
  const headers: Record<string, string> = {};
  if (user || password) {
    const basic = Buffer.from(`${user}:${password}`).toString('base64');
    registerSecret(basic);
    headers.authorization = `Basic ${basic}`;
  }
  u.username = '';
  u.password = '';
  const shown = `${u.protocol}//${u.host}${u.pathname}`;
  // The whole URL is a secret only for what it adds to `shown` (registering `shown` would hide it).
  for (const whole of [value, u.toString()])
    if (whole.replace(/\/$/, '') !== shown.replace(/\/$/, '')) registerSecret(whole);
  return { url: u.toString(), headers, shown };
}

/** Scheme, host and path of a URL-ish text, for error lines: no userinfo, query or fragment. */
function shownOf(value: string): string {
  return value
    .replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1')
    .replace(/[?#].*$/s, '')
    .slice(0, 200);
}
