/**
 * Errors a user can act on. `message` is one line that names the input, file or component at
 * fault; hosts print it as-is (after secret redaction) instead of a stack trace.
 */
export class RingwayError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RingwayError';
  }
}

/** Bad usage: a missing or malformed input. The CLI exits 2 for these. */
export class UsageError extends RingwayError {
  constructor(message: string) {
    super(message);
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

/** Whether a message already says which input it is about (`input 'x'`, or "check the 'token' input"). */
function namesAnInput(message: string): boolean {
  return /\binput '|' input\b/.test(message);
}

/**
 * Domain code names the thing at fault ("environment name '--x' …"); the step knows which input the
 * value came from and adds it: `input 'environment': environment name '--x' …`. Runs `fn` (sync or
 * async) and prefixes a RingwayError that names no input yet; other errors pass unchanged.
 */
export function withInput<T>(input: string, fn: () => T): T {
  const prefix = (err: unknown): never => {
    if (!(err instanceof RingwayError) || namesAnInput(err.message)) throw err;
    // Same error (class, outputs, cause kept), one line longer.
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
