import { UsageError } from '../lib/errors.js';
import { durationMs, formatDuration, parseDuration } from '../lib/duration.js';

describe('durationMs', () => {
  test.each([
    ['90s', 90_000],
    ['30m', 1_800_000],
    ['1h30m', 5_400_000],
    ['2d', 172_800_000],
    ['1w', 604_800_000],
    ['1.5h', 5_400_000],
    ['0', 0],
    ['', 0],
    ['  45s  ', 45_000],
  ])('%j is %d ms', (text, ms) => expect(durationMs(text)).toBe(ms));

  test.each(['an hour', '30', '1H', '-5m', '5ms', 'm', '1h 30m', '1.h'])('%j is not a duration', (text) =>
    expect(durationMs(text)).toBeUndefined(),
  );
});

describe('parseDuration', () => {
  test('returns the milliseconds of a duration', () => expect(parseDuration('1h30m')).toBe(5_400_000));

  test('refuses another text with one line quoting it and the forms it takes', () => {
    expect(() => parseDuration('an hour')).toThrow(UsageError);
    expect(() => parseDuration('an hour')).toThrow(new Error("'an hour' is not a duration like 30m, 1h30m or 2d"));
  });
});

describe('formatDuration', () => {
  test.each([
    [0, '0s'],
    [-5, '0s'],
    [1, '1s'],
    [59_000, '59s'],
    [60_000, '1m'],
    [5_400_000, '1h30m'],
    [90_061_000, '1d1h'],
    [86_400_000, '1d'],
    [3_661_000, '1h1m'],
  ])('%d ms reads %j (at most two units, seconds rounded up)', (ms, text) => expect(formatDuration(ms)).toBe(text));

  test('what it writes reads back as a duration', () => {
    for (const ms of [90_000, 5_400_000, 172_800_000]) expect(durationMs(formatDuration(ms))).toBe(ms);
  });
});
