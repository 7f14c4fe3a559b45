import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, runCli } from '../support/run-bundle.js';

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };

test('ringway --version prints the version of package.json', async () => {
  const r = await runCli(['--version']);
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(`${pkg.version}\n`);
});
