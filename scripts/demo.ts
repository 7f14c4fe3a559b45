// `npm run demo`: the whole chain on embedded defaults, through the real `ringway` CLI, on local
// repositories (and a local registry and Azurite when those steps are present). Prints each hop
// and leaves the workspace for inspection.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startAzurite } from '../test/support/azurite.js';
import { isolatedContainerStorage, startRegistry } from '../test/support/registry.js';

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
// Local stand-ins for the cloud: an OCI registry and Azure Table Storage (Azurite), on 127.0.0.1.
const registry = await startRegistry();
const azurite = await startAzurite();
process.env.CONTAINERS_STORAGE_CONF = isolatedContainerStorage();
// Telemetry settings travel in RINGWAY_* variables, as a pipeline's secret variables would: the
// connection string (a secret) never appears on a command line.
Object.assign(env, { RINGWAY_CONNECTION_STRING: azurite.connectionString, RINGWAY_TABLE_NAME: 'deployments', RINGWAY_PARTITION_KEY: 'fabrikam' });
const telemetry: string[] = [];
const stop = async () => {
  await registry.stop();
  await azurite.stop();
};
process.on('exit', () => {
  for (const pid of [registry.pid, azurite.pid]) {
    try {
      process.kill(pid);
    } catch {
      // already stopped
    }
  }
});
const hldUrl = repo('fabrikam-hld', join(root, 'demo/hld'));
const manifestsUrl = repo('fabrikam-manifests');
const serviceSha = git(join(root), 'rev-parse', 'HEAD');
const buildId = String(Date.now() % 100000);
const build = ['--build-commit', serviceSha, '--build-branch', 'main', '--build-id', buildId, '--build-url', `https://ci.example/builds/${buildId}`];
const imageRepo = `${registry.host}/fabrikam-frontend`;

const image = ringway('Build the service image once and push it to the registry', [
  'build-image', '--image', imageRepo, '--context', join(root, 'demo/service'), '--builder', 'buildah', '--isolation', 'chroot', '--storage-driver', 'vfs', ...build,
]);
const tag = image.tag;
ringway('Record: image built', ['record-deployment', '--p1', buildId, '--image-tag', tag, '--commit-id', serviceSha.slice(0, 7), '--service', 'frontend', '--author', 'Demo Developer', ...telemetry]);

const hld = ringway('Release: propose the new image tag to the HLD (dev ring) and merge it', [
  'update-hld', '--hld-repo', hldUrl, '--component', 'frontend.web', '--environment', 'dev', '--image-tag', tag,
  '--image-repository', imageRepo, '--service', 'frontend', '--ring', 'dev', '--provider', 'local', ...build,
]);
ringway('Record: HLD updated and merged', ['record-deployment', '--p2', buildId, '--image-tag', tag, '--hld-commit-id', hld.commit, '--env', 'dev', '--repository', hldUrl, ...telemetry]);

const hldWork = join(ws, 'hld-checkout');
execFileSync('git', ['clone', '-q', hldUrl.replace('file://', ''), hldWork], { env });
const hldSha = git(hldWork, 'rev-parse', 'HEAD');
const gen = ringway('Render the HLD into manifests (Fabrikate format)', ['generate', '--hld', hldWork, '--environments', 'dev', '--cache-dir', join(ws, 'cache'), ...build]);

const pushed = ringway('Publish the manifests to the repository Flux syncs', [
  'push-manifests', '--source', gen.output, '--manifest-repo', manifestsUrl, '--source-commit', hldSha, ...build,
]);
ringway('Record: manifests generated and pushed', ['record-deployment', '--p3', buildId, '--hld-commit-id', hldSha, '--manifest-commit-id', pushed.commit, '--repository', manifestsUrl, ...telemetry]);
ringway('Record: Flux synced the cluster', ['record-deployment', '--stage', 'cluster-synced', '--manifest-commit-id', pushed.commit, '--cluster', 'dev-cluster', ...telemetry]);

const gate = ringway('Gate: may this tag go from dev to staging? (deployed, synced, soaked)', ['gate', '--service', 'frontend', '--image-tag', tag, '--to-ring', 'staging', ...telemetry]);
if (gate.decision !== 'promote') throw new Error(`gate said ${gate.decision}: ${gate.reason}`);
const staged = ringway('Promote: the same tag into the staging ring of the HLD', [
  'update-hld', '--hld-repo', hldUrl, '--component', 'frontend.web', '--environment', 'staging', '--image-tag', tag,
  '--image-repository', imageRepo, '--service', 'frontend', '--ring', 'staging', '--provider', 'local', ...build,
]);
const early = ringway('Gate: staging to prod right away? Not before staging has it', ['gate', '--service', 'frontend', '--image-tag', tag, '--to-ring', 'prod', ...telemetry]);
if (early.decision !== 'wait') throw new Error(`gate should wait for staging, said ${early.decision}`);

const promoted = ringway('Promote the same image to staging: a registry retag, no rebuild', [
  'build-image', '--image', imageRepo, '--source-image', `${imageRepo}:${tag}`, '--tags', `staging-${buildId}`, ...build,
]);
if (promoted.digest !== image.digest) throw new Error('promotion changed the digest');

const again = ringway('Run the release again: nothing changes, no commit, no branch', [
  'update-hld', '--hld-repo', hldUrl, '--component', 'frontend.web', '--environment', 'dev', '--image-tag', tag, '--service', 'frontend', '--ring', 'dev', '--provider', 'local', ...build,
]);

console.log('\n▶ Where is my container?\n  $ ringway deployments --output wide');
const list = spawnSync(process.execPath, [join(root, 'bin/ringway.js'), 'deployments', '--output', 'wide', ...telemetry], { env, encoding: 'utf8' });
console.log(list.stdout.replace(/^/gm, '  '));
const dash = ringway('Dashboard', ['dashboard', '--out', join(ws, 'dashboard'), '--title', 'Fabrikam deployments', ...telemetry]);
void dash;
await stop();

const manifests = join(ws, 'manifests-checkout');
execFileSync('git', ['clone', '-q', manifestsUrl.replace('file://', ''), manifests], { env });
const web = readFileSync(join(manifests, 'dev/frontend/web.yaml'), 'utf8');
const imageLine = /image: "?([^"\n]+)"?/.exec(web)?.[1];
console.log(`
Where is my container?
  image              ${image['image-ref']} (built=${image.built})
  gate dev→staging   ${gate.decision}: ${gate.reason}
  staging HLD        ${staged.commit} (${staged.branch})
  gate staging→prod  ${early.decision}: ${early.reason}
  promoted           ${promoted.tags} with the same digest
  HLD commit         ${hld.commit} (merged ${hld.branch} into main)
  manifest commit    ${pushed.commit}  ${git(manifests, 'log', '-1', '--format=%s%n%b').split('\n').filter(Boolean).join(' | ')}
  dev/frontend/web   image ${imageLine}
  dashboard          ${join(ws, 'dashboard', 'index.html')}
  re-run changed     ${again.changed}
Workspace: ${ws}`);
if (imageLine !== `${imageRepo}:${tag}`) {
  console.error('✗ the manifest does not carry the released image');
  process.exit(1);
}
console.log('\n✓ demo complete');
