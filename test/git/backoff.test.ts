import { backoffDelay, raceDelay, shortenBackoff, shortened } from '../../lib/git/backoff.js';

// Module state (the factor) is per test file: jest gives each file its own module registry.
test('the product backoff: base · 2^(attempt−1), capped at 32 · base, ±50 % jitter', () => {
  for (let attempt = 1; attempt <= 9; attempt++) {
    const mid = 250 * 2 ** Math.min(attempt - 1, 5);
    for (let i = 0; i < 50; i++) {
      const d = backoffDelay(250, attempt);
      expect(d).toBeGreaterThanOrEqual(Math.floor(mid * 0.5));
      expect(d).toBeLessThanOrEqual(Math.ceil(mid * 1.5));
    }
  }
});

test('shortenBackoff only shortens: a factor outside (0, 1] is refused, a factor in it scales every wait', () => {
  for (const f of [0, -1, 1.5, Number.NaN])
    expect(() => shortenBackoff(f)).toThrow(`shortenBackoff: factor must be in (0, 1], got ${f}`);
  shortenBackoff(0.1);
  for (let i = 0; i < 50; i++) {
    expect(backoffDelay(250, 1)).toBeLessThanOrEqual(38);
    expect(backoffDelay(250, 9)).toBeLessThanOrEqual(1200);
  }
  shortenBackoff(1);
  expect(backoffDelay(250, 6)).toBeGreaterThanOrEqual(4000);
});

test("other retry waits (the registry's) are the product's unless a test shortens them", () => {
  expect(shortened(1250)).toBe(1250);
  shortenBackoff(0.1);
  expect(shortened(1250)).toBe(125);
  shortenBackoff(1);
  expect(shortened(1250)).toBe(1250);
});

test('a lost race waits a draw over 2 · (attempt + 1) times the lost attempt, at most 40 times it', () => {
  const draws = (attempt: number) => Array.from({ length: 200 }, () => raceDelay(400, attempt));
  for (const attempt of [1, 2, 5, 19, 40]) {
    const d = draws(attempt);
    expect(Math.min(...d)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...d)).toBeLessThanOrEqual(800 * Math.min(attempt + 1, 20));
    // Spread over the window, not bunched at one end: pipelines that lost together try apart.
    expect(Math.max(...d) - Math.min(...d)).toBeGreaterThan(800 * Math.min(attempt + 1, 20) * 0.5);
  }
  shortenBackoff(0.1);
  expect(Math.max(...draws(1))).toBeLessThanOrEqual(160);
  shortenBackoff(1);
});
