import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runStep } from '../../lib/hosts/run.js';
import { step as generateStep } from '../../lib/steps/generate.js';
import { step as pushManifests } from '../../lib/steps/push-manifests.js';
import { bareRepo, filesAt, readFileAt, tempDir } from '../../stand-ins/git.js';
import { readTree } from '../support/hld.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { repoRoot } from '../support/run-bundle.js';

// `ringway generate` (the CLI bundle, a real process running real helm) is SIGKILLed — with its
// helm children, as a cancelled runner does — while it renders a larger HLD. The previous output
// must survive whole, the staging folder it leaves must never be published, the cache must not be
// poisoned, and the next generate must write exactly what a clean render writes.
const COMPONENTS = 16;

function writeHld(dir: string, version: string): void {
  mkdirSync(join(dir, 'chart', 'templates'), { recursive: true });
  mkdirSync(join(dir, 'config'), { recursive: true });
  writeFileSync(join(dir, 'chart', 'Chart.yaml'), 'apiVersion: v2\nname: app\nversion: 1.0.0\n');
  writeFileSync(join(dir, 'chart', 'values.yaml'), 'replicas: 1\nversion: v0\n');
  writeFileSync(
    join(dir, 'chart', 'templates', 'app.yaml'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  replicas: {{ .Values.replicas | quote }}\n  version: {{ .Values.version | quote }}\n',
  );
  const names = Array.from({ length: COMPONENTS }, (_, i) => `svc-${i}`);
  writeFileSync(
    join(dir, 'component.yaml'),
    `name: fabrikam\nsubcomponents:\n${names.map((n) => `  - name: ${n}\n    type: helm\n    path: ./chart\n`).join('')}`,
  );
  writeFileSync(
    join(dir, 'config', 'common.yaml'),
    `subcomponents:\n${names.map((n, i) => `  ${n}:\n    config:\n      replicas: ${i + 1}\n      version: ${version}\n`).join('')}`,
  );
}

async function generate(hld: string, output: string, cacheDir: string) {
  const result = await runStep(
    generateStep,
    new RecordingHost(),
    (d) => ({ hld, output, 'cache-dir': cacheDir })[d.name],
  );
  expect(result.ok).toBe(true);
}

const staging = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('.ringway-staging-'));
const withoutStaging = (tree: Record<string, string>) =>
  Object.fromEntries(Object.entries(tree).filter(([p]) => !p.startsWith('.ringway-staging-')));

/** Starts `ringway generate` and SIGKILLs its process group once a first manifest is staged. */
async function killMidRender(
  hld: string,
  output: string,
  cacheDir: string,
): Promise<{ signal: string | null; stagedFiles: number }> {
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'bin/ringway.cjs'), 'generate', '--hld', hld, '--output', output, '--cache-dir', cacheDir],
    { detached: true, stdio: 'ignore' },
  );
  const exited = new Promise<string | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  let stagedFiles = 0;
  for (let i = 0; i < 3000 && child.exitCode === null; i++) {
    const dirs = staging(output);
    stagedFiles = dirs.length ? Object.keys(readTree(join(output, dirs[0]))).length : 0;
    if (stagedFiles > 0) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  if (child.exitCode === null) process.kill(-(child.pid as number), 'SIGKILL');
  return { signal: await exited, stagedFiles };
}

test('a generate killed mid-render keeps the previous output, publishes no staging, and the next run equals a clean render', async () => {
  const hld = join(tempDir('ringway-hld-'), 'hld');
  writeHld(hld, 'v1');
  const output = join(tempDir('ringway-out-'), 'generated');
  const cache = tempDir('ringway-cache-');
  await generate(hld, output, cache);
  const previous = readTree(output);
  // One file per component, and the root's own (empty) one, as fab writes it.
  expect(Object.keys(previous)).toHaveLength(COMPONENTS + 1);

  // Every component changes, so the killed run has renders left to do when it dies.
  writeHld(hld, 'v2');
  const killed = await killMidRender(hld, output, cache);
  expect(killed.signal).toBe('SIGKILL');
  expect(killed.stagedFiles).toBeGreaterThan(0);
  expect(killed.stagedFiles).toBeLessThan(COMPONENTS);
  // The previous output is intact; the killed run's staging folder is all it left.
  expect(staging(output)).toHaveLength(1);
  expect(withoutStaging(readTree(output))).toEqual(previous);

  // push-manifests from that folder publishes the previous output and nothing of the staging.
  const manifests = await bareRepo({ files: { 'README.md': '# manifests\n' } });
  const pushed = await runStep(
    pushManifests,
    new RecordingHost(),
    (d) => ({ source: output, 'manifest-repo': manifests.url, branch: 'main' })[d.name],
  );
  expect(pushed.ok && pushed.outputs.changed).toBe('true');
  expect(filesAt(manifests.dir, 'main')).toEqual(['README.md', ...Object.keys(previous)].sort());
  expect(readFileAt(manifests.dir, 'main', 'common/svc-3.yaml')).toBe(previous['common/svc-3.yaml']);

  // The next generate, on the same cache, writes byte for byte what a clean render writes.
  await generate(hld, output, cache);
  const clean = join(tempDir('ringway-out-'), 'generated');
  await generate(hld, clean, tempDir('ringway-cache-'));
  expect(staging(output)).toEqual([]);
  const rerun = readTree(output);
  expect(rerun).toEqual(readTree(clean));
  expect(rerun['common/svc-3.yaml']).toContain('version: "v2"');

  // And push-manifests then publishes exactly that.
  const again = await runStep(
    pushManifests,
    new RecordingHost(),
    (d) => ({ source: output, 'manifest-repo': manifests.url, branch: 'main' })[d.name],
  );
  expect(again.ok && again.outputs.changed).toBe('true');
  expect(filesAt(manifests.dir, 'main')).toEqual(['README.md', ...Object.keys(rerun)].sort());
  for (const [p, c] of Object.entries(rerun)) expect(readFileAt(manifests.dir, 'main', p)).toBe(c);
  expect(existsSync(join(output, 'common'))).toBe(true);
}, 120_000);
