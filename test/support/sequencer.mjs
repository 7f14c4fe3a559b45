// Jest runs the slowest suites first so no worker is left alone with a long one at the end; it
// knows which are slow from the durations it cached on an earlier run. A fresh clone (every CI
// run) has none, and jest then orders by file size, which put the differential and the bad-input
// catalogue (a minute each, small files) last. Suites without a cached duration that this list
// names go first, in its order; with durations cached, jest's own order stands.
import Sequencer from '@jest/test-sequencer';

/** The longest suites, slowest first (measured with RINGWAY_TEST_CPU; a stale list only costs time). */
const SLOW = [
  'test/conformance/differential.test.ts',
  'test/reliability/catalogue.test.ts',
  'test/steps/rollback.test.ts',
  'test/telemetry/operator-events.test.ts',
  'test/manifests/publish.test.ts',
  'test/conformance/conformance.test.ts',
  'test/package/bundles.test.ts',
  'test/hld/yaml-differential.test.ts',
  'test/demo/demo.test.ts',
];

export default class SlowFirst extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const rank = (t) => (t.duration == null ? SLOW.findIndex((s) => t.path.endsWith(`/${s}`)) : -1);
    const hinted = sorted.filter((t) => rank(t) >= 0).sort((a, b) => rank(a) - rank(b));
    return [...hinted, ...sorted.filter((t) => rank(t) < 0)];
  }
}
