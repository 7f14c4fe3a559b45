// generate's progress lines: none for a quick run, one per component once it takes a while.
import { tmpdir } from 'node:os';
import { generate } from '../../lib/hld/generate.js';
import { progressLines } from '../../lib/steps/generate.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { nestedHld } from '../support/hld.js';

test('each component reports the running count and how many came from the cache', async () => {
  const { hld, cacheDir } = await nestedHld();
  const seen: { done: number; total: number; rendered: number; fromCache: number }[] = [];
  const run = () =>
    generate({ hld, environments: [['prod']], cacheDir, localSources: [tmpdir()], progress: (p) => seen.push(p) });
  await run();
  const first = seen.splice(0);
  expect(first.map((p) => p.done)).toEqual(first.map((_p, i) => i + 1));
  // total counts the components found so far: it never falls behind done, and ends at all of them.
  for (const p of first) expect(p.total).toBeGreaterThanOrEqual(p.done);
  expect(first.at(-1)?.done).toBe(first.at(-1)?.total);
  expect(first.at(-1)?.fromCache).toBe(0);
  await run();
  // The second run renders no helm chart again: they are counted as from the cache.
  const last = seen.at(-1)!;
  expect(last.done).toBe(first.at(-1)!.total);
  expect(last.fromCache).toBeGreaterThan(0);
  expect(last.rendered + last.fromCache).toBe(first.at(-1)!.rendered);
});

test('progress lines appear only once the run takes more than a moment', () => {
  const host = new RecordingHost();
  let t = 0;
  const report = progressLines(host, 2000, () => t);
  report({ done: 1, total: 3, component: 'fabrikam.frontend', rendered: 1, fromCache: 0 });
  expect(host.lines).toEqual([]);
  t = 2500;
  report({ done: 2, total: 3, component: 'fabrikam.monitoring', rendered: 1, fromCache: 1 });
  expect(host.lines).toEqual(['[2/3] fabrikam.monitoring: 1 rendered, 1 from cache']);
});
