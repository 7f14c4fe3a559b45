// The metrics window reads durations with the grammar of every other duration input (timeout,
// soak-time): compound and second-level durations back from `until`, dates as they are.
import { parseWindow } from '../../lib/metrics/read.js';

const until = Date.parse('2026-11-01T00:00:00Z');

test('a compound duration goes back from --until; seconds and dates work too', () => {
  expect(parseWindow({ since: '1d12h', until: '2026-11-01T00:00:00Z' })).toEqual({ since: until - 36 * 3600e3, until });
  expect(parseWindow({ since: '90s', until: '2026-11-01T00:00:00Z' })).toEqual({ since: until - 90e3, until });
  expect(parseWindow({ since: '2026-10-01', until: '2026-11-01T00:00:00Z' })).toEqual({
    since: Date.parse('2026-10-01'),
    until,
  });
  expect(parseWindow({ until: '1w' }, until)).toEqual({
    since: until - 7 * 86400e3 - 30 * 86400e3,
    until: until - 7 * 86400e3,
  });
});

test('a window of no length and a duration with a unit it does not know are errors naming the option', () => {
  expect(() => parseWindow({ since: '0', until: '2026-11-01T00:00:00Z' })).toThrow(
    'option --until (2026-11-01T00:00:00.000Z) must be after option --since (2026-11-01T00:00:00.000Z)',
  );
  expect(() => parseWindow({ since: '3y' })).toThrow(
    "option --since must be a date (2026-11-01, 2026-11-01T12:00Z) or a duration (24h, 30d, 12w, 1d12h), got '3y'",
  );
});
