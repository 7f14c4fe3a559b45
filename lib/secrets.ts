/**
 * Process-wide list of secret values. Every host log line, error message and summary passes
 * through `redact`, so a token that reaches a message by accident is still never printed.
 */
const secrets = new Set<string>();

/**
 * Query parameters that carry credentials: OAuth `access_token`, GitLab's `private_token`, SAS
 * `sig`, Azure Functions `code`, API keys. Health URLs keep them (hidden); repository URLs refuse them.
 */
export const CREDENTIAL_PARAM =
  /^(code|key|apikey|api[-_]key|sig|signature|token|access[-_]token|private[-_]token|oauth[-_]token|auth|password|passwd|pwd|secret|client[-_]secret|x-functions-key|jwt)$/i;

export function registerSecret(value: string | undefined): void {
  if (!value || value.length < 3) return;
  secrets.add(value);
  // Tokens also travel base64-encoded in Basic auth headers; hide those forms too.
  secrets.add(Buffer.from(value).toString('base64'));
  for (const user of ['x-access-token', 'pat', '', 'x']) {
    secrets.add(Buffer.from(`${user}:${value}`).toString('base64'));
  }
}

export function redact(text: string): string {
  let out = text;
  // Longest first so a secret that contains another is hidden whole.
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) {
    if (s.length >= 3) out = out.split(s).join('***');
  }
  return out;
}

/**
 * Whether `text` carries a registered secret: is one, or holds one of at least 8 characters (a
 * connection string with the key, a URL with the token). Shorter secrets only by equality, so a
 * short value never takes an unrelated variable (PATH) out of a child's environment.
 */
export function holdsSecret(text: string): boolean {
  if (text.length < 3) return false;
  for (const s of secrets) if (text === s || (s.length >= 8 && text.includes(s))) return true;
  return false;
}

/** For tests: forget registered secrets. */
export function clearSecrets(): void {
  secrets.clear();
}
