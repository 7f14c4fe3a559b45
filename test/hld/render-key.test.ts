import { valuesKey } from '../../lib/hld/render-cache.js';

// The render cache reuses helm's output when a component's values have the same key text: values
// helm would read differently must never share a key, or a changed value would not be rendered.
test('values that differ never share a render cache key', () => {
  const distinct: unknown[] = [
    { a: null },
    { a: NaN },
    { a: Infinity },
    { a: -Infinity },
    { a: 0 },
    { a: -0 },
    { a: '0' },
    { a: false },
    { a: 'false' },
    { a: [] },
    { a: {} },
    { a: [null] },
    { a: new Date('2020-01-01T00:00:00Z') },
    { a: '2020-01-01T00:00:00.000Z' },
    { a: '\u0001number:NaN' },
    { a: ['\u0001number:NaN'] },
    { a: '\0x' },
    { '\0a': 1 },
  ];
  const keys = distinct.map(valuesKey);
  expect(new Set(keys).size).toBe(distinct.length);
});

test('equal values share a key', () => {
  expect(valuesKey({ image: { tag: 'v1' }, replicas: 2 })).toBe(valuesKey({ image: { tag: 'v1' }, replicas: 2 }));
});
