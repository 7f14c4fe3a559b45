import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { CREDENTIAL_PARAM, registerSecret } from '../secrets.js';

/**
 * The one home of the rules for values that reach git (and helm) as operands: repository URLs and
 * refs. Inputs and stored values (table rows, HLD files) both pass through here before any command
 * runs, so an option-looking value (`--upload-pack=…`) is refused with a line naming where it came
 * from, instead of running. docs/security.md states the same rules for users.
 */

/** `what` is an input name (`manifest-repo` → "input 'manifest-repo'") or a phrase used as written. */
export function describe(what: string): string {
  return isInputName(what) ? `input '${what}'` : what;
}

function isInputName(what: string): boolean {
  return /^[a-z][a-z0-9-]*$/.test(what);
}

/** A refused value; when `what` is an input, the error carries it (so `withInput` adds no second name). */
function refused(what: string, message: string): UsageError {
  return new UsageError(message, isInputName(what) ? { input: what } : {});
}

const MAX_URL = 2048;
const MAX_REF = 255;
const SCHEMES = new Set(['https:', 'http:', 'ssh:', 'git:', 'file:']);
const CONTROL = /[\x00-\x1f\x7f]/;

/** Hosts a plain-http URL may name: the machine itself (tests, local mirrors); elsewhere use https. */
export function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/**
 * The host git (and curl under it) connects to for a `scheme://` URL, when every parser agrees on
 * it: curl ends the authority at the first `/`, `?` or `#`, WHATWG's URL parser also at a backslash
 * and takes the last `@`; IPv4 shorthands (`0x7f.1`) and percent-encoded or non-ASCII hosts are
 * rewritten by one and not the other. Trust and "this machine only" are decided on the host the
 * connection goes to, so any URL they could disagree on is refused rather than interpreted:
 * undefined then. Returns the lower-case `host[:port]` as URL.host writes it (default port dropped).
 */
export function agreedHost(url: string): string | undefined {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)/.exec(url.trim());
  if (!m) return undefined;
  const authority = m[2];
  if (/[\\\s%]|[^\x21-\x7e]/.test(authority)) return undefined;
  const at = authority.split('@');
  if (at.length > 2) return undefined;
  const hostPort = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~-]+)(?::(\d{0,5}))?$/.exec(at[at.length - 1]);
  if (!hostPort) return undefined;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (u.hostname.toLowerCase() !== hostPort[1].toLowerCase()) return undefined;
  const port = hostPort[2] ? Number(hostPort[2]) : undefined;
  if (port !== undefined && port !== Number(u.port || DEFAULT_PORTS[u.protocol] || NaN)) return undefined;
  return u.host.toLowerCase();
}

const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443, 'ftp:': 21 };

/**
 * A repository URL git may be given: https; http to a loopback host only; ssh (`ssh://` or
 * `[user@]host:path`); git://; file:// and local paths. Never an option (leading `-`), never a
 * remote-helper address (`ext::…`, which runs commands), never credentials in the URL (the `token`
 * input is the one way to authenticate), no control characters. Returns the trimmed URL.
 */
export function checkRepoUrl(value: string, what: string): string {
  const url = value.trim();
  const who = describe(what);
  if (!url) throw refused(what, `${who} is required`);
  const bad = (why: string) =>
    refused(what, `${who}: '${shownUrl(url)}' is not a repository URL git may be given: ${why}`);
  if (url.length > MAX_URL) throw bad(`longer than ${MAX_URL} characters`);
  // Before anything prints the URL: its credentials are registered secrets, and refused.
  const credential = credentialIn(url);
  if (credential)
    throw refused(what, `${who} must not contain credentials (${credential}); pass the token in the 'token' input`);
  if (CONTROL.test(url)) throw bad('it contains control characters');
  if (url.startsWith('-')) throw bad("it starts with '-' and would be read as an option");
  if (/^[A-Za-z][A-Za-z0-9+.-]*::/.test(url))
    throw bad('remote-helper addresses (<transport>::<address>) are not supported');
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url)) {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      throw refused(what, `${who} is not a valid URL`);
    }
    if (!SCHEMES.has(u.protocol))
      throw bad(`scheme '${u.protocol.slice(0, -1)}' is not supported (https, http to this machine, ssh, git, file)`);
    if (u.hostname.startsWith('-')) throw bad("its host starts with '-'");
    if (u.protocol !== 'file:' && !agreedHost(url))
      throw bad(
        'git would read its host differently from a URL parser (a backslash, several @, a percent-encoded, non-ASCII or abbreviated host); write the host plainly',
      );
    if (u.protocol === 'http:' && !isLoopback(u.hostname))
      throw bad('plain http is only accepted for this machine (localhost); use https');
    if (u.protocol !== 'file:' && !u.hostname) throw bad('it names no host');
    return url;
  }
  // scp-like ssh address: [user@]host:path, the colon before any slash (git's own rule).
  const scp = /^(?:([^@/]+)@)?(\[[^\]/]+\]|[^:/]+):(.*)$/.exec(url);
  if (scp && !/^[A-Za-z]:[\\/]/.test(url)) {
    const [, user, host, path] = scp;
    if (host.startsWith('-') || (user ?? '').startsWith('-')) throw bad("its host starts with '-'");
    // `javascript:alert(1)`, `mailto:x`: a scheme without `//` is not an ssh address. The scp form
    // needs a host that looks like one — a dotted name, localhost, an [IPv6] address — or a user
    // (`git@alias:repo`, for an alias of ~/.ssh/config).
    if (!isScpHost(host, user !== undefined))
      throw bad(`'${host}' is not a host name: ssh addresses are user@host:path, host.domain:path or ssh://host/path`);
    if (!path) throw bad('it names no repository path');
    return url;
  }
  return url; // a local path (absolute, or relative to the working folder)
}

/**
 * Where a repository URL carries a credential, after registering it as a secret: a password (or,
 * for http(s), a user name: `https://<token>@host` authenticates), or a query parameter named like
 * one (`?access_token=…`, `?private_token=…`). undefined when there is none.
 */
function credentialIn(url: string): string | undefined {
  const query = /\?([^#]*)/.exec(url)?.[1];
  if (query) {
    const named = [...new URLSearchParams(query)].filter(([k]) => CREDENTIAL_PARAM.test(k));
    for (const [, v] of named) registerSecret(v);
    // The raw form too (percent-encoded as given).
    for (const part of query.split('&'))
      if (CREDENTIAL_PARAM.test(part.split('=')[0])) registerSecret(part.slice(part.indexOf('=') + 1));
    if (named.length) return `query parameter '${named[0][0]}'`;
  }
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url)) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const web = u.protocol === 'https:' || u.protocol === 'http:';
  if (!u.password && !(u.username && web)) return undefined;
  for (const v of [u.password, u.username]) {
    registerSecret(v);
    registerSecret(safeDecode(v));
  }
  return 'userinfo';
}

function safeDecode(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}

/** A URL for an error line: userinfo and query hidden (they may hold credentials), control characters shown as '?'. */
function shownUrl(url: string): string {
  return shorten(url.replace(/^([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/?#]*@/, '$1***@').replace(/\?[^#]*/, '?…'));
}

/** The host of a scp-like address: a dotted host name, localhost or [IPv6]; any host name after `user@`. */
function isScpHost(host: string, hasUser: boolean): boolean {
  if (/^\[[0-9A-Fa-f:.]+\]$/.test(host)) return true;
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/.test(host))
    return false;
  return hasUser || host.includes('.') || host.toLowerCase() === 'localhost';
}

/**
 * A repository URL given by an input (`hld-repo`, `manifest-repo`): as checkRepoUrl, and a local
 * path must be an existing folder — returned absolute, since git runs in a temporary clone where a
 * relative path would mean something else. Runs before any network work, so a typo fails at once.
 */
export function checkRepoInput(value: string, input: string): string {
  const url = checkRepoUrl(value, input);
  if (!isLocalPath(url)) return url;
  const path = resolve(url);
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    throw refused(
      input,
      `${describe(input)}: '${shownUrl(url)}' is neither a repository URL (https://…, ssh://…, user@host:path) nor an existing folder`,
    );
  }
  return path;
}

/** A value checkRepoUrl took for a local path: no scheme, not the scp form. */
function isLocalPath(url: string): boolean {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(url)) return false;
  return !/^(?:[^@/]+@)?[^:/]+:/.test(url) || /^[A-Za-z]:[\\/]/.test(url);
}

/** Optional variant: '' stays ''. */
export function checkOptionalRepoUrl(value: string, what: string): string {
  return value.trim() ? checkRepoUrl(value, what) : '';
}

/**
 * A ref git may be given (branch, tag, commit): git check-ref-format's rules for one ref name, plus
 * never starting with '-'. A commit SHA (hex) passes. Returns the value.
 */
export function checkRef(value: string, what: string): string {
  const ref = value;
  const who = describe(what);
  const bad = (why: string) => refused(what, `${who}: '${shorten(ref)}' is not a valid git ref: ${why}`);
  if (!ref) throw refused(what, `${who} is required`);
  if (ref.length > MAX_REF) throw bad(`longer than ${MAX_REF} characters`);
  if (ref.startsWith('-')) throw bad("it starts with '-' and would be read as an option");
  if (CONTROL.test(ref) || /[ ~^:?*[\\]/.test(ref))
    throw bad('it contains a space, a control character or one of ~ ^ : ? * [ \\');
  if (ref.includes('..')) throw bad("it contains '..'");
  if (ref.includes('@{') || ref === '@') throw bad("it contains '@{' or is '@'");
  if (ref.startsWith('/') || ref.endsWith('/') || ref.includes('//')) throw bad("it has an empty part between '/'");
  if (ref.endsWith('.')) throw bad("it ends with '.'");
  for (const part of ref.split('/')) {
    if (part.startsWith('.')) throw bad("a part starts with '.'");
    if (part.endsWith('.lock')) throw bad("a part ends with '.lock'");
  }
  return ref;
}

/**
 * A branch as users pass it: `main`, or the full ref that GITHUB_REF and Build.SourceBranch hold
 * (`refs/heads/main`, returned as `main`). Any other full ref (`refs/tags/v1`, `refs/pull/1/head`)
 * is not a branch a step can push to, and is refused rather than created as `refs/heads/refs/…`.
 */
export function checkBranch(value: string, what: string): string {
  const ref = checkRef(value, what);
  if (ref.startsWith('refs/heads/')) return notHead(checkRef(ref.slice('refs/heads/'.length), what), what);
  if (ref.startsWith('refs/'))
    throw refused(
      what,
      `${describe(what)}: '${shorten(ref)}' is not a branch (a full ref must start with refs/heads/)`,
    );
  return notHead(ref, what);
}

/** `HEAD` names the current commit, never a branch (git refuses to create one). */
function notHead(branch: string, what: string): string {
  if (branch === 'HEAD')
    throw refused(what, `${describe(what)}: 'HEAD' is not a branch name (git keeps it for the checked-out commit)`);
  return branch;
}

/** Optional variant: '' stays ''. */
export function checkOptionalRef(value: string, what: string): string {
  return value ? checkRef(value, what) : '';
}

function shorten(s: string): string {
  const clean = s.replace(/[\x00-\x1f\x7f]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}

/** A chart repository for `helm pull --repo`: an http(s) or oci URL, never an option. */
export function checkHelmRepoUrl(value: string, what: string): string {
  const url = value.trim();
  const who = describe(what);
  if (!url) throw refused(what, `${who} is required`);
  if (url.length > MAX_URL || CONTROL.test(url) || url.startsWith('-') || !/^(https?|oci):\/\/[^-/]/i.test(url)) {
    throw refused(what, `${who}: '${shorten(url)}' is not a chart repository URL (http, https or oci)`);
  }
  return url;
}
