import { UsageError } from './errors.js';

const UNIT_MS: Record<string, number> = { s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 604800e3 };

/**
 * `90s`, `30m`, `1h30m`, `2d`, `0` → milliseconds (Go/Flux-style durations plus days and weeks);
 * undefined when the text is not a duration. One grammar for every input and option that takes one.
 */
export function durationMs(value: string): number | undefined {
  const v = value.trim();
  if (v === '' || v === '0') return 0;
  if (!/^(\d+(\.\d+)?[smhdw])+$/.test(v)) return undefined;
  let ms = 0;
  for (const m of v.matchAll(/(\d+(?:\.\d+)?)([smhdw])/g)) ms += Number(m[1]) * UNIT_MS[m[2]];
  return Math.round(ms);
}

/** {@link durationMs}, or an error naming the value; the step names the input (`withInput`). */
export function parseDuration(value: string): number {
  const ms = durationMs(value);
  if (ms === undefined) throw new UsageError(`'${value}' is not a duration like 30m, 1h30m or 2d`);
  return ms;
}

/** 5400000 → `1h30m`, for reasons a person reads. */
export function formatDuration(ms: number): string {
  if (ms <= 0) return '0s';
  let rest = Math.ceil(ms / 1000);
  const parts: string[] = [];
  for (const [unit, secs] of [
    ['d', 86400],
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    if (rest >= secs) {
      parts.push(`${Math.floor(rest / secs)}${unit}`);
      rest %= secs;
    }
  }
  return parts.slice(0, 2).join('');
}
