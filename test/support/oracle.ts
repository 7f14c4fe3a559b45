// A suite that compares ringway with an outside tool (the real fab, the yaml.v2 oracle) cannot run
// without it. On a developer's machine it is skipped with one visible line; under CI=true it fails,
// so a CI run that lost a tool does not report PASS for checks it never made.

const inCI = () => /^(true|1)$/i.test(process.env.CI ?? '');

/** `test` when the oracle is there; else a stand-in with test's signature that skips, or under CI=true fails. */
export function testWithOracle(
  oracle: string | undefined,
  what: string,
  hint: string,
): (name: string, fn: () => Promise<unknown> | void, timeout?: number) => void {
  if (oracle) return (name, fn, timeout) => test(name, async () => void (await fn()), timeout);
  return (name) => missingOracle(what, hint, name);
}

/** Registers, in place of a suite's tests, one skipped test (one line on stderr) or, under CI=true, one failing test. */
export function missingOracle(what: string, hint: string, name = `needs ${what}`): void {
  if (inCI()) {
    test(`${name} (${what} is required under CI=true)`, () => {
      throw new Error(`${what} is missing under CI=true, so this suite cannot run: ${hint}`);
    });
    return;
  }
  process.stderr.write(`\n${what} missing: SKIPPED "${name}" — ${hint}\n`);
  test.skip(`${name} (${what} missing)`, () => {});
}
