// The npm package as a user gets it: `npm pack`, installed from the tarball into an empty folder
// with no registry, then a real generate (real helm, a git component) and push-manifests (a real
// bare repository) through `npx ringway`. Proves the CLI bundle needs nothing from node_modules.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bareRepo, filesAt, logOf, tempDir } from '../../stand-ins/git.js';
import { nestedHld } from '../support/hld.js';
import { repoRoot } from '../support/run-bundle.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
// A private npm cache and no registry: nothing may come from the network.
const npmEnv = () => ({
  npm_config_cache: tempDir('ringway-npm-cache-'),
  npm_config_offline: 'true',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  npm_config_loglevel: 'notice',
}); // loglevel: `npm run -s` passes 'silent' down

let packed: { filename: string; files: { path: string }[]; size: number; unpackedSize: number };
let userDir: string;
let install: Run;

beforeAll(async () => {
  const dest = tempDir('ringway-pack-');
  const r = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dest], repoRoot, npmEnv());
  expect(r.code).toBe(0);
  packed = JSON.parse(r.stdout)[0];
  userDir = tempDir('ringway-user-');
  writeFileSync(join(userDir, 'package.json'), JSON.stringify({ name: 'pipeline', version: '1.0.0', private: true }));
  install = await run('npm', ['install', '--offline', join(dest, packed.filename)], userDir, npmEnv());
}, 300000);

test('the tarball holds the CLI bundle, the demo data and the docs, and nothing else', () => {
  const paths = packed.files.map((f) => f.path);
  expect(paths).toEqual(
    expect.arrayContaining([
      'package.json',
      'bin/ringway.cjs',
      'dist/cli/index.js',
      'dist/cli/package.json',
      'demo/hld/component.yaml',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
    ]),
  );
  for (const p of paths)
    expect(p).toMatch(/^(package\.json|README\.md|LICENSE|CHANGELOG\.md|bin\/|dist\/cli\/|demo\/)/);
  expect(readFileSync(join(repoRoot, 'LICENSE'), 'utf8')).toContain('MIT License');
});

test('it installs from the tarball alone: one package, no dependencies, no engine warning', () => {
  expect(install.code).toBe(0);
  expect(install.stderr).not.toMatch(/EBADENGINE|ERR!/);
  expect(install.stdout).toMatch(/added 1 package\b/);
  const installed = JSON.parse(readFileSync(join(userDir, 'node_modules', pkg.name, 'package.json'), 'utf8'));
  expect(installed.private).toBeUndefined();
  expect(installed.dependencies ?? {}).toEqual({});
});

test('npx ringway: help, a real generate, and push-manifests to a bare repository', async () => {
  const env = npmEnv();
  const help = await run('npx', ['--offline', 'ringway', '--help'], userDir, env);
  expect(help.code).toBe(0);
  expect(help.stdout + help.stderr).toContain('push-manifests');

  const { hld, cacheDir } = await nestedHld();
  const out = join(userDir, 'generated');
  const gen = await run(
    'npx',
    [
      '--offline',
      'ringway',
      'generate',
      '--hld',
      hld,
      '--output',
      out,
      '--cache-dir',
      cacheDir,
      '--environments',
      'prod',
      '--local-sources',
      tmpdir(),
    ],
    userDir,
    env,
  );
  expect(gen.stderr).not.toContain('error:');
  expect(gen.code).toBe(0);

  const manifests = await bareRepo({ files: { 'README.md': 'manifests\n' } });
  const push = await run(
    'npx',
    [
      '--offline',
      'ringway',
      'push-manifests',
      '--source',
      out,
      '--manifest-repo',
      manifests.url,
      '--build-commit',
      'b'.repeat(40),
    ],
    userDir,
    env,
  );
  expect(push.code).toBe(0);
  expect(push.stdout).toMatch(/^changed=true$/m);
  const files = filesAt(manifests.dir, 'main');
  expect(files).toContain('README.md');
  expect(files.some((f) => f.startsWith('prod/') && f.endsWith('.yaml'))).toBe(true);
  expect(logOf(manifests.dir, 'main')[0].body).toContain(`Ringway-Source-Commit: ${'b'.repeat(40)}`);
});
