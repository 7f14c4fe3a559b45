import { AsyncLocalStorage } from 'node:async_hooks';
import { RingwayError, UsageError } from './errors.js';

/**
 * The longest `timeout` or `request-timeout` accepted: a day. A step meant to wait longer waits for
 * nothing, and Node's timers overflow past 24.8 days (they then fire at once).
 */
export const MAX_TIMEOUT_MS = 24 * 3600_000;

/** A duration input's value, refused above {@link MAX_TIMEOUT_MS} with a line naming the input. */
export function checkTimeoutBound(ms: number, input: string, value: string): number {
  if (ms > MAX_TIMEOUT_MS)
    throw new UsageError(`input '${input}': ${value.trim()} is longer than the 24h allowed`, {
      input,
    });
  return ms;
}

/**
 * The whole step's deadline (input `timeout`). Every child process and every request of the step
 * runs under it: at the deadline its `signal` aborts, `lib/exec.ts` kills the process groups of the
 * children still running and requests are cut off, each failing with {@link Deadline.error}.
 */
export class Deadline {
  readonly at: number;
  private readonly controller = new AbortController();
  private readonly timer: ReturnType<typeof setTimeout>;

  constructor(
    /** Named in the error: `step 'generate'`, `the command`. */
    readonly what: string,
    readonly ms: number,
    /** The duration as the user wrote it (`5m`); default in seconds. */
    readonly shown = ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`,
  ) {
    this.at = Date.now() + ms;
    this.timer = setTimeout(() => this.controller.abort(this.error()), ms);
    this.timer.unref?.(); // a deadline alone never keeps the process alive
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Whether the deadline has come (or is within a timer's rounding of it). */
  get passed(): boolean {
    return this.controller.signal.aborted || Date.now() >= this.at - 20;
  }

  remainingMs(): number {
    return Math.max(0, this.at - Date.now());
  }

  /** `step 'generate' did not finish within 5m (input 'timeout'): stopped while waiting for kubectl kustomize`. */
  error(waitingFor?: string): RingwayError {
    return new RingwayError(
      `${this.what} did not finish within ${this.shown} (input 'timeout')${waitingFor ? `: stopped while waiting for ${waitingFor}` : ''}`,
      { kind: 'timeout', input: 'timeout' },
    );
  }

  end(): void {
    clearTimeout(this.timer);
  }
}

// Per async call chain, not per process: steps run side by side in one process (tests, the demo).
const current = new AsyncLocalStorage<Deadline>();

/** Runs `fn` under `deadline`; it ends (its timer cleared) when `fn` settles. */
export async function withDeadline<T>(deadline: Deadline, fn: () => Promise<T>): Promise<T> {
  try {
    return await current.run(deadline, fn);
  } finally {
    deadline.end();
  }
}

/** Puts the rest of the calling async function (a CLI command's run) under `deadline`. */
export function enterDeadline(deadline: Deadline): void {
  current.enterWith(deadline);
}

/** The deadline the calling code runs under, if any. */
export function currentDeadline(): Deadline | undefined {
  return current.getStore();
}
