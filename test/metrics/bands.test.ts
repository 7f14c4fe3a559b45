import { bands, percentile } from '../../lib/metrics/bands.js';

const HOUR = 3600e3;
const DAY = 24 * HOUR;

describe('bands (DORA 2024 clusters)', () => {
  test('a team meeting every elite bound is elite on every metric', () => {
    expect(
      bands({ frequency: 'daily', leadTimeMedianMs: 2 * HOUR, changeFailureRate: 0.05, restoreMedianMs: 30 * 60e3 }),
    ).toEqual({
      overall: 'elite',
      deploymentFrequency: 'elite',
      leadTime: 'elite',
      changeFailureRate: 'elite',
      timeToRestore: 'elite',
    });
  });

  test('the overall band is the best cluster whose every bound is met, not the best single metric', () => {
    const b = bands({
      frequency: 'daily',
      leadTimeMedianMs: 3 * DAY,
      changeFailureRate: 0.15,
      restoreMedianMs: 2 * HOUR,
    });
    expect(b).toEqual({
      overall: 'high',
      deploymentFrequency: 'elite',
      leadTime: 'high',
      changeFailureRate: 'high',
      timeToRestore: 'high',
    });
  });

  test('bounds: lead time below one day, failure rate at most 5%, restore below one hour for elite', () => {
    expect(bands({ frequency: 'daily', leadTimeMedianMs: DAY }).leadTime).toBe('high');
    expect(bands({ frequency: 'daily', leadTimeMedianMs: DAY - 1 }).leadTime).toBe('elite');
    expect(bands({ frequency: 'daily', changeFailureRate: 0.0501 }).changeFailureRate).toBe('high');
    expect(bands({ frequency: 'daily', restoreMedianMs: HOUR }).timeToRestore).toBe('high');
    expect(bands({ frequency: 'daily', leadTimeMedianMs: 7 * DAY }).leadTime).toBe('high');
    expect(bands({ frequency: 'daily', leadTimeMedianMs: 8 * DAY }).leadTime).toBe('medium');
    expect(bands({ frequency: 'daily', leadTimeMedianMs: 31 * DAY }).leadTime).toBe('low');
    expect(bands({ frequency: 'daily', changeFailureRate: 0.5 }).changeFailureRate).toBe('low');
    expect(bands({ frequency: 'daily', restoreMedianMs: 2 * DAY }).timeToRestore).toBe('low');
  });

  test('a failure rate between 10% and 20% is high, not medium (the 2024 medium cluster had 10%)', () => {
    const b = bands({ frequency: 'monthly', changeFailureRate: 0.15 });
    expect(b.changeFailureRate).toBe('high');
    expect(b.overall).toBe('low');
  });

  test.each([
    ['daily', 'elite'],
    ['weekly', 'high'],
    ['monthly', 'medium'],
    ['less than monthly', 'low'],
  ] as const)('deploying %s alone is %s', (frequency, band) => {
    expect(bands({ frequency })).toMatchObject({ overall: band, deploymentFrequency: band, leadTime: '' });
  });

  test('metrics without data are left out; without a frequency there is no overall band', () => {
    expect(bands({})).toEqual({
      overall: '',
      deploymentFrequency: '',
      leadTime: '',
      changeFailureRate: '',
      timeToRestore: '',
    });
    expect(bands({ leadTimeMedianMs: HOUR }).overall).toBe('');
    expect(bands({ leadTimeMedianMs: HOUR }).leadTime).toBe('elite');
  });
});

describe('percentile', () => {
  test('interpolates linearly between sorted values, as PERCENTILE_CONT', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50], 0.9)).toBe(46);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([1, 9], 0)).toBe(1);
    expect(percentile([1, 9], 1)).toBe(9);
  });

  test('no values has no percentile', () => expect(percentile([], 0.5)).toBeUndefined());
});
