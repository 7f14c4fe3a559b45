// `npm run package:vsix`: tfx-cli packs the marketplace extension from vss-extension.json. The
// .vsix must carry every task (task.json, bundle, icon) and the overview page, icon and links.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { steps } from '../../lib/steps/index.js';
import { taskFolder } from '../../scripts/surfaces.js';
import { tempDir } from '../../stand-ins/git.js';
import { runNode, repoRoot } from '../support/run-bundle.js';

test('tfx packs one .vsix with every task, its icon, the overview page and the links', async () => {
  const out = tempDir('ringway-vsix-');
  const tfx = join(repoRoot, 'node_modules/tfx-cli/_build/tfx-cli.js');
  const r = await runNode(
    tfx,
    [
      'extension',
      'create',
      '--root',
      repoRoot,
      '--manifest-globs',
      'vss-extension.json',
      '--output-path',
      out,
      '--no-prompt',
      '--no-color',
    ],
    {},
    repoRoot,
  );
  expect(r.stderr).not.toMatch(/error/i);
  expect(r.code).toBe(0);
  const [vsix] = readdirSync(out).filter((f) => f.endsWith('.vsix'));
  const list = execFileSync('unzip', ['-Z1', join(out, vsix)], { encoding: 'utf8' }).split('\n');
  for (const s of steps)
    for (const f of ['task.json', 'index.js', 'icon.png']) expect(list).toContain(`${taskFolder(s)}/${f}`);
  expect(list).toEqual(expect.arrayContaining(['marketplace/overview.md', 'marketplace/icon.png']));
  const manifest = execFileSync('unzip', ['-p', join(out, vsix), 'extension.vsixmanifest'], { encoding: 'utf8' });
  expect(manifest).toContain('<Icon>marketplace/icon.png</Icon>');
  expect(manifest).toContain('Microsoft.VisualStudio.Services.Content.Details');
  expect(manifest).toContain('Links.Repository" Value="https://github.com/ringway/ringway"');
});
