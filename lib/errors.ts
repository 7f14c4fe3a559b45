/**
 * What went wrong, as data for the code that decides on it (the gate's `error`, retries, the CLI's
 * exit code); the message is for people and is never parsed.
 * - usage: a missing or malformed input
 * - unauthorized, forbidden, not-found: a server refused (HTTP 401, 403, 404) or the thing is not there
 * - conflict: the thing already exists or changed under us (a pull request opened by another run)
 * - rate-limited: the server kept asking us to wait
 * - timeout: no answer in time; unreachable: no connection at all
 * - server: any other answer that is not a success (a 5xx after retries, a 422)
 * - invalid-answer: a 2xx answer whose shape is not what the API documents
 */
export type ErrorKind =
  | 'usage'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'rate-limited'
  | 'timeout'
  | 'unreachable'
  | 'server'
  | 'invalid-answer';

export interface ErrorContext {
  cause?: unknown;
  kind?: ErrorKind;
  /** The HTTP status a server answered. */
  status?: number;
  /**
   * The input the value at fault came from (kebab-case). Set by `withInput` or by step code that
   * builds the message itself; the message then names it as `input '<name>'`.
   */
  input?: string;
}

/**
 * Errors a user can act on. `message` is one line that names the input, file or component at
 * fault; hosts print it as-is (after secret redaction) instead of a stack trace.
 */
export class RingwayError extends Error {
  kind?: ErrorKind;
  status?: number;
  input?: string;

  constructor(message: string, context: ErrorContext = {}) {
    super(message, 'cause' in context ? { cause: context.cause } : undefined);
    this.name = 'RingwayError';
    if (context.kind) this.kind = context.kind;
    if (context.status !== undefined) this.status = context.status;
    if (context.input) this.input = context.input;
  }
}

/** Bad usage: a missing or malformed input. The CLI exits 2 for these. */
export class UsageError extends RingwayError {
  constructor(message: string, context: Omit<ErrorContext, 'kind'> = {}) {
    super(message, { ...context, kind: 'usage' });
    this.name = 'UsageError';
  }
}

/**
 * A step that decided to fail but still has outputs to report (the gate's `decision=reject`):
 * hosts set the outputs, then fail the job with the message.
 */
export class StepFailure extends RingwayError {
  constructor(
    message: string,
    readonly outputs: Record<string, string>,
  ) {
    super(message);
    this.name = 'StepFailure';
  }
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/** The kind of a server's answer that is not a success, by its HTTP status. */
export function statusKind(status: number): ErrorKind {
  switch (status) {
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 409:
      return 'conflict';
    case 429:
      return 'rate-limited';
    default:
      return 'server';
  }
}

/** The kind of a RingwayError, if it has one. */
export function kindOf(err: unknown): ErrorKind | undefined {
  return err instanceof RingwayError ? err.kind : undefined;
}

/**
 * The one way an error names the input its value came from. Domain code names the thing at fault
 * ("environment name '--x' …"); the step knows which input the value came from and wraps the call:
 * `input 'environment': environment name '--x' …`. Runs `fn` (sync or async); a RingwayError that
 * names no input yet gets `input` set and its message prefixed; other errors pass unchanged.
 */
export function withInput<T>(input: string, fn: () => T): T {
  const prefix = (err: unknown): never => {
    if (!(err instanceof RingwayError) || err.input) throw err;
    // Same error (class, kind, outputs, cause kept), one line longer.
    err.input = input;
    err.message = `input '${input}': ${err.message}`;
    throw err;
  };
  try {
    const out = fn();
    return (out instanceof Promise ? out.catch(prefix) : out) as T;
  } catch (err) {
    return prefix(err);
  }
}
