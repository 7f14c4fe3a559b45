// The actions declare `runs.using: node24` and the tasks a Node24 handler, while this machine (and
// every other test) runs Node 20. Here each shipped bundle runs under Node 24 itself (installed by
// scripts/tools/node24.sh from the npm registry) and must do exactly what it does under Node 20:
// the same output, byte for byte, the same exit code — a deprecation warning Node 24 prints, or a
// module it refuses, shows up as a difference — and a real generate writes the same manifests.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtures, readTree } from '../support/hld.js';
import { INPUT_ERROR, repoRoot, runNode, shippedBundles } from '../support/run-bundle.js';

const node24 = execFileSync('bash', [join(repoRoot, 'scripts/tools/node24.sh')], { encoding: 'utf8' }).trim();

const bundles = shippedBundles();

test('the node24 binary is Node 24', () => {
  expect(execFileSync(node24, ['-p', 'process.versions.node'], { encoding: 'utf8' })).toMatch(/^24\./);
});

test.each(bundles)('$name: the same output and exit code under Node 24 as under Node 20', async ({ file, env }) => {
  // No inputs, in an empty folder: every bundle loads what a real run loads and stops at its first
  // input error — as the runner or agent would show it.
  const cwd = mkdtempSync(join(tmpdir(), 'node24-'));
  const [on20, on24] = await Promise.all([runNode(file, [], env, cwd), runNode(file, [], env, cwd, node24)]);
  expect(`${on20.stdout}${on20.stderr}`).toMatch(INPUT_ERROR);
  expect(on24).toEqual(on20);
});

test('ringway generate under Node 24 writes the manifests it writes under Node 20', async () => {
  const hld = join(fixtures, 'nested/frontend'); // local charts and sources: no network
  const run = async (node: string) => {
    const out = mkdtempSync(join(tmpdir(), 'node24-gen-'));
    const r = await runNode(
      join(repoRoot, 'bin/ringway.cjs'),
      ['generate', '--hld', hld, '--output', out, '--environments', 'prod', '--cache-dir', join(out, '.cache')],
      {},
      repoRoot,
      node,
    );
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/Warning|deprecated/i);
    return readTree(join(out, 'prod'));
  };
  const [on20, on24] = await Promise.all([run(process.execPath), run(node24)]);
  expect(Object.keys(on20).length).toBeGreaterThan(2);
  expect(on24).toEqual(on20);
});
