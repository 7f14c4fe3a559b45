/**
 * The wait before retry number `attempt` + 1 when another pipeline won a race: exponential
 * (base · 2^(attempt−1), at most 32 · base) with ±50 % jitter, so pipelines that collided once
 * do not collide again in step.
 */
export function backoffDelay(baseMs: number, attempt: number): number {
  return Math.round(baseMs * 2 ** Math.min(attempt - 1, 5) * (0.5 + Math.random()));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
