import { readAnswer, type Shape } from '../answer.js';
import { RingwayError } from '../errors.js';
import { networkTimeoutMs, noAnswerError } from '../exec.js';
import { MAX_ANSWER_BYTES, readBody } from '../limits.js';
import { rateLimitWait, withRateLimitRetry, type RetryPolicy } from './rate-limit.js';

/** A forge's answer other than 2xx, kept whole for the provider to explain. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly headers: Record<string, string | undefined>,
    readonly body: string,
  ) {
    super(`HTTP ${status}`);
  }
}

/** How one forge's REST API is asked: the same request path for every provider that uses fetch. */
export interface RestForge {
  /** The forge's name in size errors ("GitLab"). */
  forge: string;
  /** The server in errors ("GitLab's API at https://gitlab.example.com/api/v4"). */
  server: string;
  /** The authorization header(s); registered as secrets by the provider. */
  headers: Record<string, string>;
  retry: RetryPolicy;
  /** Turns a non-2xx answer into the error a user reads (401/403/404 explained). */
  explain: (what: string, err: HttpError) => RingwayError;
}

/**
 * One JSON request, bounded in time and size, tried again when the server asks for a wait (and a
 * GET once more after a 5xx). `shape`: the fields of the answer the caller reads; checked, so a
 * different answer is an `invalid-answer` error. Only the answers a caller reads are parsed.
 */
export async function restRequest<T = unknown>(
  api: RestForge,
  what: string,
  method: string,
  url: string,
  body?: unknown,
  shape?: Shape,
): Promise<T> {
  try {
    return await withRateLimitRetry(
      what,
      async () => {
        const res = await fetch(url, {
          method,
          headers: {
            ...api.headers,
            Accept: 'application/json',
            ...(body ? { 'Content-Type': 'application/json' } : {}),
          },
          body: body ? JSON.stringify(body) : undefined,
          signal: AbortSignal.timeout(networkTimeoutMs()),
        }).catch((e: Error) => {
          throw e.name === 'TimeoutError' ? noAnswerError(api.server) : e;
        });
        const text = (
          await readBody(res, MAX_ANSWER_BYTES, `the answer of ${api.forge} to ${what}`, () =>
            noAnswerError(api.server),
          )
        ).toString('utf8');
        if (!res.ok) throw new HttpError(res.status, Object.fromEntries(res.headers), text);
        return (shape ? readAnswer<T>(text, shape, api.server, what) : undefined) as T;
      },
      (e) => (e instanceof HttpError ? rateLimitWait(e.status, e.headers) : undefined),
      api.retry,
      // A GET changes nothing: one more try after a server error.
      (e) => method === 'GET' && e instanceof HttpError && e.status >= 500,
    );
  } catch (err) {
    if (err instanceof HttpError) throw api.explain(what, err);
    if (err instanceof RingwayError && err.kind === 'timeout')
      throw new RingwayError(`${what}: ${err.message}`, { kind: 'timeout', input: err.input, cause: err });
    if (err instanceof RingwayError) throw err;
    const cause = (err as { cause?: { code?: string } }).cause;
    throw new RingwayError(`${what}: cannot reach ${api.server}: ${cause?.code ?? (err as Error).message}`, {
      kind: 'unreachable',
      cause: err,
    });
  }
}
