// The CLI bundle loads a command's code only when argv names it (chunk files beside index.js):
// every command `ringway --help` lists must still load and answer from the built bundle.
import { runCli } from '../support/run-bundle.js';

test('every command that ringway --help lists prints its own help from the bundle, as `ringway help <command>` does', async () => {
  const main = await runCli(['--help']);
  expect(main.code).toBe(0);
  expect(main.stderr).toBe('');
  const listed = [...main.stdout.matchAll(/^ {2}([a-z][a-z-]*) +\S/gm)].map((m) => m[1]);
  expect(listed).toEqual(
    expect.arrayContaining(['generate', 'push-manifests', 'metrics', 'set', 'deployments', 'dashboard']),
  );
  for (const cmd of listed) {
    const [help, viaHelp] = await Promise.all([runCli([cmd, '--help']), runCli(['help', cmd])]);
    expect({ cmd, code: help.code, stderr: help.stderr }).toEqual({ cmd, code: 0, stderr: '' });
    expect(help.stdout).toMatch(new RegExp(`^ringway ${cmd}[ :]`));
    expect(viaHelp).toEqual(help);
  }
});

test('an unknown command is a usage error naming the command', async () => {
  const r = await runCli(['deploy', '--help']);
  expect(r).toEqual({ code: 2, stdout: '', stderr: "error: unknown command 'deploy' (run ringway --help)\n" });
});
