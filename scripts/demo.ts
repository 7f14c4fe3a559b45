// `npm run demo`: the whole chain on embedded defaults, through the real `ringway` CLI, on local
// repositories (and a local registry and Azurite when those steps are present). Prints each hop
// and leaves the workspace for inspection.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findStep } from '../lib/steps/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ws = mkdtempSync(join(tmpdir(), 'ringway-demo-'));
const env = { ...process.env, GIT_AUTHOR_NAME: 'Demo Developer', GIT_AUTHOR_EMAIL: 'dev@example.test', GIT_COMMITTER_NAME: 'Demo Developer', GIT_COMMITTER_EMAIL: 'dev@example.test' };

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** A bare repository seeded with the files of `from` (or empty). */
function repo(name: string, from?: string): string {
  const bare = join(ws, 'remotes', `${name}.git`);
  execFileSync('git', ['init', '-q', '--bare', '--initial-branch=main', bare]);
  if (from) {
    const work = join(ws, 'seed', name);
    cpSync(from, work, { recursive: true });
    git(work, 'init', '-q', '--initial-branch=main');
    git(work, 'add', '-A');
    git(work, 'commit', '-q', '-m', `Initial ${name}`);
    git(work, 'push', '-q', bare, 'HEAD:main');
  }
  return `file://${bare}`;
}

/** Runs `ringway <args>` and returns its name=value outputs. */
function ringway(title: string, args: string[]): Record<string, string> {
  console.log(`\n▶ ${title}\n  $ ringway ${args.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);
  const r = spawnSync(process.execPath, [join(root, 'bin/ringway.js'), ...args], { env, encoding: 'utf8' });
  for (const line of r.stderr.trim().split('\n').filter(Boolean)) console.log(`    ${line}`);
  if (r.status !== 0) {
    console.error(`\n✗ ringway ${args[0]} failed (exit ${r.status}); workspace kept in ${ws}`);
    process.exit(1);
  }
  const out = Object.fromEntries(r.stdout.trim().split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  for (const [k, v] of Object.entries(out)) console.log(`  ${k}=${v}`);
  return out;
}

console.log(`ringway demo — workspace ${ws}`);
const hldUrl = repo('fabrikam-hld', join(root, 'demo/hld'));
const manifestsUrl = repo('fabrikam-manifests');
const serviceSha = git(join(root), 'rev-parse', 'HEAD');
const tag = `main-${Date.now() % 100000}`;
const build = ['--build-commit', serviceSha, '--build-branch', 'main', '--build-id', '1', '--build-url', 'https://ci.example/builds/1'];

if (findStep('build-image')) console.log('\n(build-image is available: run `ringway build-image --help`; the demo uses a fixed tag so it needs no registry)');

const hld = ringway('Release: propose the new image tag to the HLD (dev ring) and merge it', [
  'update-hld', '--hld-repo', hldUrl, '--component', 'frontend.web', '--environment', 'dev', '--image-tag', tag,
  '--image-repository', 'registry.local/fabrikam-frontend', '--service', 'frontend', '--ring', 'dev', '--provider', 'local', ...build,
]);

const hldWork = join(ws, 'hld-checkout');
execFileSync('git', ['clone', '-q', hldUrl.replace('file://', ''), hldWork], { env });
const hldSha = git(hldWork, 'rev-parse', 'HEAD');
const gen = ringway('Render the HLD into manifests (Fabrikate format)', ['generate', '--hld', hldWork, '--environments', 'dev', '--cache-dir', join(ws, 'cache'), ...build]);

const pushed = ringway('Publish the manifests to the repository Flux syncs', [
  'push-manifests', '--source', gen.output, '--manifest-repo', manifestsUrl, '--source-commit', hldSha, ...build,
]);

const again = ringway('Run the release again: nothing changes, no commit, no branch', [
  'update-hld', '--hld-repo', hldUrl, '--component', 'frontend.web', '--environment', 'dev', '--image-tag', tag, '--service', 'frontend', '--ring', 'dev', '--provider', 'local', ...build,
]);

const manifests = join(ws, 'manifests-checkout');
execFileSync('git', ['clone', '-q', manifestsUrl.replace('file://', ''), manifests], { env });
const web = readFileSync(join(manifests, 'dev/frontend/web.yaml'), 'utf8');
const image = /image: "?([^"\n]+)"?/.exec(web)?.[1];
console.log(`
Where is my container?
  image tag          ${tag}
  HLD commit         ${hld.commit} (merged ${hld.branch} into main)
  manifest commit    ${pushed.commit}  ${git(manifests, 'log', '-1', '--format=%s%n%b').split('\n').filter(Boolean).join(' | ')}
  dev/frontend/web   image ${image}
  re-run changed     ${again.changed}
Workspace: ${ws}`);
if (image !== `registry.local/fabrikam-frontend:${tag}`) {
  console.error('✗ the manifest does not carry the released image');
  process.exit(1);
}
console.log('\n✓ demo complete');
