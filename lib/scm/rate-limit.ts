import { RingwayError } from '../errors.js';
import { shortened, sleep } from '../git/backoff.js';

export interface RetryPolicy {
  attempts: number;
  /** Longest single wait a server may ask for before we give up instead. */
  maxWaitMs: number;
  sleep: (ms: number) => Promise<void>;
}

/** The product's policy; its waits are the ones asked for (a test may shorten them: `shortenBackoff`). */
export const defaultRetry: RetryPolicy = {
  attempts: 4,
  maxWaitMs: 120_000,
  sleep: (ms) => sleep(shortened(ms)),
};

/**
 * How long a rate-limited response asks us to wait: `Retry-After` (seconds or HTTP date), else
 * GitHub's `x-ratelimit-reset` when the remaining quota is 0. Undefined when it is not a rate limit.
 */
export function rateLimitWait(
  status: number,
  headers: Record<string, string | undefined>,
  now = Date.now(),
): number | undefined {
  const retryAfter = headers['retry-after'];
  if (retryAfter !== undefined && (status === 429 || status === 403 || status === 503)) {
    const secs = Number(retryAfter);
    if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0' && headers['x-ratelimit-reset']) {
    return Math.max(0, Number(headers['x-ratelimit-reset']) * 1000 - now);
  }
  if (status === 429) return 1000;
  return undefined;
}

/** Attempts of a read that met a server error (5xx), and the pause before the next (times the attempt). */
const SERVER_ERROR_ATTEMPTS = 3;
const SERVER_ERROR_PAUSE_MS = 500;

/**
 * Runs `call`; when it is rate limited, waits as told and tries again, a bounded number of times.
 * `transient` marks the errors of an idempotent read worth one more try (a 5xx): tried again after
 * a short pause, then reported as they are.
 */
export async function withRateLimitRetry<T>(
  what: string,
  call: () => Promise<T>,
  limitOf: (err: unknown) => number | undefined,
  policy: RetryPolicy = defaultRetry,
  transient?: (err: unknown) => boolean,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      const wait = limitOf(err);
      if (wait === undefined) {
        if (!transient?.(err) || attempt >= Math.min(policy.attempts, SERVER_ERROR_ATTEMPTS)) throw err;
        await policy.sleep(SERVER_ERROR_PAUSE_MS * attempt);
        continue;
      }
      if (attempt >= policy.attempts || wait > policy.maxWaitMs) {
        throw new RingwayError(`${what}: rate limited by the server after ${attempt} attempts; try again later`, {
          kind: 'rate-limited',
        });
      }
      await policy.sleep(wait);
    }
  }
}
