/** Every backoff wait is multiplied by this: 1 in the product (see `shortenBackoff`). */
let scale = 1;

/**
 * The wait before retry number `attempt` + 1 when another pipeline won a race: exponential
 * (base · 2^(attempt−1), at most 32 · base) with ±50 % jitter, so pipelines that collided once
 * do not collide again in step.
 */
export function backoffDelay(baseMs: number, attempt: number): number {
  return Math.round(baseMs * scale * 2 ** Math.min(attempt - 1, 5) * (0.5 + Math.random()));
}

/**
 * The wait before retry number `attempt` + 1 of a push that lost a race on a branch, tuned to
 * `attemptMs`, how long the losing attempt took (fetch, re-apply, push): a uniform draw over a window
 * of 2 · (attempt + 1) attempts, at most 40. Whoever pushed first moved the tip; the losers spread
 * over the next few attempt times so fewer of them try per attempt time, the rate at which the
 * branch can take pushes. The window follows the measured time (a slow server or a loaded runner
 * waits longer, a fast one does not wait for a fixed base) and grows with each loss, as the count
 * of pipelines still racing is unknown but at least the losses seen. Twice the attempt count: a lost
 * attempt costs the server a fetch and a push, about what a whole update costs, so fewer losses
 * beat shorter waits (a model of 20 pipelines on 2 cores: 24 % fewer retries, p95 4 % lower).
 */
export function raceDelay(attemptMs: number, attempt: number): number {
  return Math.round(attemptMs * scale * 2 * Math.min(attempt + 1, 20) * Math.random());
}

/**
 * The test seam for the waits above and for other retry waits that go through {@link shortened}
 * (the registry's, the forges' default policy's, the table SDK's): tests that race 20 pipelines in-process, or that make a
 * server fail on purpose, call it with a factor in (0, 1] so the suite does not spend its time
 * asleep. It only shortens the waits (the attempts, the jitter and every outcome stay the
 * product's); the product never calls it.
 */
export function shortenBackoff(factor: number): void {
  if (!(factor > 0 && factor <= 1)) throw new RangeError(`shortenBackoff: factor must be in (0, 1], got ${factor}`);
  scale = factor;
}

/** A retry wait of `ms` as the product draws it, times the factor of {@link shortenBackoff} (1 in the product). */
export function shortened(ms: number): number {
  return Math.round(ms * scale);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
