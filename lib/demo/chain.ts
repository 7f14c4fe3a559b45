import { cp, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RingwayError } from '../errors.js';
import { exec } from '../exec.js';
import { CliHost } from '../hosts/cli.js';
import { runStep } from '../hosts/run.js';
import { findStep } from '../steps/index.js';
import { envName } from '../steps/names.js';
import { badRelease, type Chain, type Step } from './bad-release.js';

export interface DemoOptions {
  /** Folder holding the demo's `hld/` (a Fabrikate HLD) and `service/` (a Dockerfile context). */
  demoRoot: string;
  /** Where the repositories and checkouts are made; kept for inspection. */
  workspace: string;
  /** host:port of a registry: the image is built and pushed there; without it the build is skipped. */
  registry?: string;
  /** Builder options for build-image (the demo machine uses buildah, chroot, vfs). */
  builder: { builder: string; isolation: string; storageDriver: string };
  /** Telemetry storage is configured (RINGWAY_* variables): record, gate and dashboard run. */
  telemetry: boolean;
  /** Progress lines (stderr for the CLI). */
  log: (line: string) => void;
}

export type DemoResult = Record<string, string>;

const IDENTITY = { GIT_AUTHOR_NAME: 'Demo Developer', GIT_AUTHOR_EMAIL: 'dev@example.test', GIT_COMMITTER_NAME: 'Demo Developer', GIT_COMMITTER_EMAIL: 'dev@example.test' };

async function git(cwd: string, ...args: string[]): Promise<string> {
  return (await exec('git', ['-c', 'commit.gpgsign=false', ...args], { cwd, env: IDENTITY })).stdout.trim();
}

/** A bare repository seeded with the files of `from` (or empty); returns its file:// URL and seed commit. */
async function seededRepo(ws: string, name: string, from?: string): Promise<{ url: string; commit: string }> {
  const bare = join(ws, 'remotes', `${name}.git`);
  await mkdir(bare, { recursive: true });
  await git(bare, 'init', '-q', '--bare', '--initial-branch=main');
  if (!from) return { url: `file://${bare}`, commit: '' };
  const work = join(ws, 'seed', name);
  await cp(from, work, { recursive: true });
  await git(work, 'init', '-q', '--initial-branch=main');
  await git(work, 'add', '-A');
  await git(work, 'commit', '-q', '-m', `Initial ${name}`);
  await git(work, 'push', '-q', bare, 'HEAD:main');
  return { url: `file://${bare}`, commit: await git(work, 'rev-parse', 'HEAD') };
}

/**
 * The whole ringway chain on local stand-ins: a service repo, an HLD repo and a manifest repo as
 * bare git repositories, the local pull-request provider, and (when given) a registry and a
 * telemetry table. Every hop runs the real step, exactly as `ringway <step>` would, and is printed
 * as the command line that does it.
 */
export async function runDemo(o: DemoOptions): Promise<DemoResult> {
  const ws = o.workspace;
  const buildId = String(Date.now() % 100000);
  const service = await seededRepo(ws, 'fabrikam-frontend', join(o.demoRoot, 'service'));
  const hldUrl = (await seededRepo(ws, 'fabrikam-hld', join(o.demoRoot, 'hld'))).url;
  const manifestsUrl = (await seededRepo(ws, 'fabrikam-manifests')).url;
  // The build metadata a CI system would provide, as the RINGWAY_BUILD_* variables hosts read.
  Object.assign(process.env, { [envName('build-commit')]: service.commit, [envName('build-branch')]: 'main', [envName('build-id')]: buildId, [envName('build-repository-url')]: service.url });
  const result: DemoResult = { workspace: ws };

  const step: Step = async (title, name, values, opts = {}) => {
    const def = findStep(name);
    if (!def) throw new Error(`no step ${name}`);
    const flags = Object.entries(values).filter(([, v]) => v !== '').map(([k, v]) => `--${k} ${/[\s"']/.test(v) ? JSON.stringify(v) : v}`);
    o.log(`${title ? `\n▶ ${title}\n` : ''}  $ ringway ${name} ${flags.join(' ')}`);
    // With `show`, only those outputs are printed (the step's own log is quiet; warnings still show).
    const run = await runStep(def, new CliHost({ quiet: Boolean(opts.show) }), (d) => values[d.name] || undefined);
    const outputs = run.ok ? run.outputs : (run.outputs ?? {});
    for (const [k, v] of Object.entries(outputs)) if (k !== 'conditions' && (!opts.show || opts.show.includes(k))) o.log(`    ${k}=${v}`);
    if (!run.ok && !(opts.mayFail && run.outputs)) throw new RingwayError(`demo: ringway ${name} failed: ${run.message}`);
    return outputs;
  };
  const record: Chain['record'] = async (title, values, show) => {
    if (o.telemetry) await step(title, 'record-deployment', { ...values, 'fail-on-error': 'true' }, show ? { show: ['deployment-id', 'state'] } : {});
  };

  // Each later pipeline run gets the next build id.
  let runs = Number(buildId);
  const nextRun = () => String(++runs);

  let tag = `main-${buildId}`;
  let image: Record<string, string> = {};
  const imageRepo = o.registry ? `${o.registry}/fabrikam-frontend` : 'fabrikam-frontend';
  if (o.registry) {
    image = await step('Build the service image once and push it to the registry', 'build-image', {
      image: imageRepo,
      context: join(ws, 'seed', 'fabrikam-frontend'),
      builder: o.builder.builder,
      isolation: o.builder.isolation,
      'storage-driver': o.builder.storageDriver,
    });
    tag = image.tag;
    result['image-ref'] = image['image-ref'];
  } else {
    o.log(`\n▶ No --registry: build-image is skipped; the release uses tag ${tag}`);
  }
  result['image-tag'] = tag;
  await record('Record: image built', { p1: buildId, 'image-tag': tag, 'commit-id': service.commit, service: 'frontend', author: 'Demo Developer', repository: service.url });

  const hld = await step('Release: propose the new tag to the HLD (dev ring) and merge it', 'update-hld', {
    'hld-repo': hldUrl, component: 'frontend.web', environment: 'dev', 'image-tag': tag, 'image-repository': imageRepo, service: 'frontend', ring: 'dev', provider: 'local',
  });
  result['hld-commit'] = hld.commit;
  await record('Record: HLD updated and merged', { p2: buildId, 'image-tag': tag, 'hld-commit-id': hld.commit, env: 'dev', repository: hldUrl });

  const hldWork = join(ws, 'hld-checkout');
  await git(ws, 'clone', '-q', hldUrl, hldWork);
  const gen = await step('Render the HLD into manifests (Fabrikate format)', 'generate', { hld: hldWork, environments: 'dev', 'cache-dir': join(ws, 'cache') });
  const pushed = await step('Publish the manifests to the repository Flux syncs', 'push-manifests', { source: gen.output, 'manifest-repo': manifestsUrl, 'source-commit': hld.commit });
  result['manifest-commit'] = pushed.commit;
  await record('Record: manifests generated and pushed', { p3: buildId, 'hld-commit-id': hld.commit, 'manifest-commit-id': pushed.commit, repository: manifestsUrl });
  // No cluster here: this is what a Flux notification would make a pipeline record.
  await record('Record: the dev cluster synced (as Flux would report it)', { stage: 'cluster-synced', 'manifest-commit-id': pushed.commit, cluster: 'dev-cluster' });

  if (o.telemetry) {
    const gate = await step('Gate: may this tag go from dev to staging?', 'gate', { service: 'frontend', 'image-tag': tag, 'to-ring': 'staging' });
    result['gate-staging'] = gate.decision;
    if (gate.decision !== 'promote') throw new RingwayError(`demo: the gate said ${gate.decision}: ${gate.reason}`);
    const staged = await step('Promote: the same tag into the staging ring of the HLD', 'update-hld', {
      'hld-repo': hldUrl, component: 'frontend.web', environment: 'staging', 'image-tag': tag, 'image-repository': imageRepo, service: 'frontend', ring: 'staging', provider: 'local',
    });
    result['staging-hld-commit'] = staged.commit;
    await record('Record: HLD updated (staging)', { p2: nextRun(), 'image-tag': tag, 'hld-commit-id': staged.commit, env: 'staging', repository: hldUrl });
    const early = await step('Gate: staging to prod right away? Not before staging runs it', 'gate', { service: 'frontend', 'image-tag': tag, 'to-ring': 'prod' });
    result['gate-prod'] = early.decision;
  }
  if (o.registry) {
    const promoted = await step('Promote the image itself: a registry retag, no rebuild', 'build-image', { image: imageRepo, 'source-image': `${imageRepo}:${tag}`, tags: `staging-${buildId}` });
    if (promoted.digest !== image.digest) throw new RingwayError('demo: the retag changed the digest');
    result['promoted-tag'] = promoted.tag;
  }
  const again = await step('Run the release again: nothing changes, no commit, no branch', 'update-hld', {
    'hld-repo': hldUrl, component: 'frontend.web', environment: 'dev', 'image-tag': tag, service: 'frontend', ring: 'dev', provider: 'local',
  });
  result['rerun-changed'] = again.changed;

  // The proof: the manifest Flux would apply carries the released image.
  const manifests = join(ws, 'manifests-checkout');
  await git(ws, 'clone', '-q', manifestsUrl, manifests);
  const web = await readFile(join(manifests, 'dev/frontend/web.yaml'), 'utf8');
  const deployed = /image: "?([^"\n]+)"?/.exec(web)?.[1] ?? '';
  if (deployed !== `${imageRepo}:${tag}`) throw new RingwayError(`demo: dev/frontend/web.yaml runs '${deployed}', not ${imageRepo}:${tag}`);
  result['dev-image'] = deployed;

  // With the records, the gate and rollback: a bad release caught in staging and rolled back.
  if (o.telemetry) {
    const chain: Chain = { step, record, nextRun, git, log: o.log, ws, hldUrl, hldWork, manifestsUrl, imageRepo, serviceDir: join(ws, 'seed', 'fabrikam-frontend'), serviceUrl: service.url };
    Object.assign(result, await badRelease(chain, tag, result['staging-hld-commit']));
  }
  return result;
}
