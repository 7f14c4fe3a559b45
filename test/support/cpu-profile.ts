// Opt-in (RINGWAY_TEST_CPU=<file>, jest.config.js): appends one JSON line per suite with the CPU
// seconds its worker and the worker's children (git, helm, fab…) spent, read from /proc/self/stat
// (utime, stime, cutime, cstime). Jest's own perfStats give only wall time. A descendant whose parent
// did not wait for it is not counted (@github/local-action's tsx chain): \`/usr/bin/time\` on one
// suite is the check.
import { appendFileSync, readFileSync } from 'node:fs';

const TICKS = 100;
function cpu(): { self: number; children: number } {
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // Fields 14–17 of proc(5), counted from field 3 after the command name.
  const [ut, st, cut, cst] = [11, 12, 13, 14].map((i) => Number(f[i]) / TICKS);
  return { self: ut! + st!, children: cut! + cst! };
}
const start = cpu();
const startWall = Date.now();
afterAll(() => {
  const end = cpu();
  appendFileSync(
    process.env.RINGWAY_TEST_CPU!,
    JSON.stringify({
      suite: expect.getState().testPath,
      self: +(end.self - start.self).toFixed(2),
      children: +(end.children - start.children).toFixed(2),
      wall: (Date.now() - startWall) / 1000,
    }) + '\n',
  );
});
