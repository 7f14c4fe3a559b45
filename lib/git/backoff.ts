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
 * The test seam for the waits above: tests that race 20 pipelines in-process call it with a
 * factor in (0, 1] so the suite does not spend its time asleep. It only shortens the waits (the
 * attempts, the jitter and every outcome stay the product's); the product never calls it.
 */
export function shortenBackoff(factor: number): void {
  if (!(factor > 0 && factor <= 1)) throw new RangeError(`shortenBackoff: factor must be in (0, 1], got ${factor}`);
  scale = factor;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
