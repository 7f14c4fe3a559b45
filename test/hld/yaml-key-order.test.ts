// yaml.v2 sorts a mapping's keys with keyList.Less, which is not transitive; where it gives no
// one order, fab's output order varies between runs (Go's map order is random), so the
// differential compares those mappings' values only (test/hld/yaml-diff.ts keysWithoutOrder).
import { goKeyCompare, goMarshal } from '../../lib/hld/yaml-emit.js';
import { keysWithoutOrder } from './yaml-diff.js';

test("yaml.v2's key order has cycles: 5 < 10G < 1e3 < 5", () => {
  expect(goKeyCompare('5', '10G')).toBe(-1);
  expect(goKeyCompare('10G', '1e3')).toBe(-1);
  expect(goKeyCompare('1e3', '5')).toBe(-1);
});

test('a mapping with such keys, at any depth, is recognised; ordered keys are not', () => {
  expect(keysWithoutOrder({ _x: { '1e3': null, '5': '--', '10G': null } })).toBe(true);
  expect(keysWithoutOrder({ list: [{ a: 1 }, { '5': 1, '10G': 2, '1e3': 3 }] })).toBe(true);
  expect(keysWithoutOrder({ image: { tag: 'v1', repository: 'r' }, replicas: 2, '10': 1, '9': 2, a10: 1, a9: 2 })).toBe(
    false,
  );
});

test('ringway writes such keys in one order, whatever order they were read in', () => {
  const orders = [
    { '1e3': null, '5': '--', '10G': null },
    { '10G': null, '1e3': null, '5': '--' },
    { '5': '--', '10G': null, '1e3': null },
  ].map((m) => goMarshal({ _x: m }));
  expect(new Set(orders).size).toBe(1);
});
