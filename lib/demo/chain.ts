import { cp, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RingwayError } from '../errors.js';
import { exec } from '../exec.js';
import { CliHost } from '../hosts/cli.js';
import { runStep } from '../hosts/run.js';
import { findStep } from '../steps/index.js';
import { envName } from '../steps/names.js';
import { setConfig } from '../hld/set.js';
import { badRelease, type RingTelemetry } from './bad-release.js';
import {
  type Chain,
  COMPONENT,
  fluxSync,
  gate,
  manifestGeneration,
  SERVICE,
  type Step,
  updateHld,
} from './pipelines.js';

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
  /** Where staging's stand-in service listens, and a Prometheus scraping it: the gate then checks its 5xx ratio too. */
  ring?: RingTelemetry;
}

export type DemoResult = Record<string, string>;

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Demo Developer',
  GIT_AUTHOR_EMAIL: 'dev@example.test',
  GIT_COMMITTER_NAME: 'Demo Developer',
  GIT_COMMITTER_EMAIL: 'dev@example.test',
};

async function git(cwd: string, ...args: string[]): Promise<string> {
  return (await exec('git', ['-c', 'commit.gpgsign=false', ...args], { cwd, env: IDENTITY })).stdout.trim();
}

/** A bare repository seeded with the files of `from` (or empty); returns its file:// URL and seed commit. */
async function seededRepo(
  ws: string,
  name: string,
  from?: string,
  prepare?: (work: string) => Promise<void>,
): Promise<{ url: string; commit: string }> {
  const bare = join(ws, 'remotes', `${name}.git`);
  await mkdir(bare, { recursive: true });
  await git(bare, 'init', '-q', '--bare', '--initial-branch=main');
  if (!from) return { url: `file://${bare}`, commit: '' };
  const work = join(ws, 'seed', name);
  await cp(from, work, { recursive: true });
  await prepare?.(work);
  await git(work, 'init', '-q', '--initial-branch=main');
  await git(work, 'add', '-A');
  await git(work, 'commit', '-q', '-m', `Initial ${name}`);
  await git(work, 'push', '-q', bare, 'HEAD:main');
  return { url: `file://${bare}`, commit: await git(work, 'rev-parse', 'HEAD') };
}

/**
 * The whole ringway chain on local stand-ins: a service repo, an HLD repo and a manifest repo as
 * bare git repositories, the local pull-request provider, and (when given) a registry and a
 * telemetry table. Every hop runs the real step with the inputs the starter pipeline that runs it
 * gives (./pipelines.ts), and is printed as the command line that does it.
 */
export async function runDemo(o: DemoOptions): Promise<DemoResult> {
  const ws = o.workspace;
  const buildId = String(Date.now() % 100000);
  const imageRepo = o.registry ? `${o.registry}/fabrikam-frontend` : 'fabrikam-frontend';
  const service = await seededRepo(ws, 'fabrikam-frontend', join(o.demoRoot, 'service'));
  // Setting up the HLD repository once (workflows-examples/README.md): config/common.yaml names the
  // image every ring runs; each ring's config/<ring>.yaml holds only its tag.
  const hldUrl = (
    await seededRepo(ws, 'fabrikam-hld', join(o.demoRoot, 'hld'), async (work) => {
      o.log(
        `\n▶ Set up the HLD (once): the image repository every ring shares, in config/common.yaml\n  $ ringway set --environment common --subcomponent ${COMPONENT} image.repository=${imageRepo}`,
      );
      await setConfig({
        componentDir: work,
        environment: 'common',
        subcomponent: [COMPONENT],
        pairs: [{ keyPath: ['image', 'repository'], value: imageRepo }],
      });
    })
  ).url;
  const manifestsUrl = (await seededRepo(ws, 'fabrikam-manifests')).url;
  // The build metadata a CI system would provide, as the RINGWAY_BUILD_* variables hosts read.
  Object.assign(process.env, {
    [envName('build-commit')]: service.commit,
    [envName('build-branch')]: 'main',
    [envName('build-id')]: buildId,
    [envName('build-repository-url')]: service.url,
  });
  const result: DemoResult = { workspace: ws };

  const step: Step = async (title, name, values, opts = {}) => {
    const def = findStep(name);
    if (!def) throw new Error(`no step ${name}`);
    const flags = Object.entries(values)
      .filter(([, v]) => v !== '' && v !== undefined)
      .map(([k, v]) => `--${k} ${opts.shown?.[k] ?? (/[\s"']/.test(v) ? JSON.stringify(v) : v)}`);
    o.log(`${title ? `\n▶ ${title}\n` : ''}  $ ringway ${name} ${flags.join(' ')}`);
    // With `show`, only those outputs are printed (the step's own log is quiet; warnings still show).
    const run = await runStep(def, new CliHost({ quiet: Boolean(opts.show) }), (d) => values[d.name] || undefined);
    const outputs = run.ok ? run.outputs : (run.outputs ?? {});
    for (const [k, v] of Object.entries(outputs))
      if (k !== 'conditions' && (!opts.show || opts.show.includes(k))) o.log(`    ${k}=${v}`);
    if (!run.ok && !(opts.mayFail && run.outputs))
      throw new RingwayError(`demo: ringway ${name} failed: ${run.message}`);
    return outputs;
  };
  const record: Chain['record'] = async (title, values, compact, shown) => {
    if (o.telemetry)
      await step(
        title,
        'record-deployment',
        { ...values, 'fail-on-error': 'true' },
        { ...(compact ? { show: ['deployment-id', 'state'] } : {}), shown },
      );
  };

  // Each later pipeline run gets the next build id.
  let runs = Number(buildId);
  const nextRun = () => String(++runs);
  const hldWork = join(ws, 'hld-checkout');
  await git(ws, 'clone', '-q', hldUrl, hldWork);
  const chain: Chain = {
    step,
    record,
    nextRun,
    git,
    log: o.log,
    ws,
    hldUrl,
    hldWork,
    hldBare: join(ws, 'remotes', 'fabrikam-hld.git'),
    manifestsUrl,
    imageRepo,
    serviceDir: join(ws, 'seed', 'fabrikam-frontend'),
    serviceUrl: service.url,
  };

  // build-update-hld, first job: the image built once, hop 1 recorded.
  let tag = `main-${buildId}`;
  let image: Record<string, string> = {};
  if (o.registry) {
    image = await step('build-update-hld: build the service image once and push it to the registry', 'build-image', {
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
  await record('Record: image built', {
    p1: buildId,
    'image-tag': tag,
    'commit-id': service.commit,
    service: SERVICE,
    repository: service.url,
  });

  // build-update-hld, second job: the tag into the first ring (config/dev.yaml), hop 2 recorded.
  result['hld-commit'] = await updateHld(
    chain,
    'build-update-hld: propose the new tag to the dev ring of the HLD (config/dev.yaml); the pull request is merged',
    'dev',
    tag,
  );
  // manifest-generation on the merge: every ring rendered, each to its own folder; then Flux in dev.
  result['manifest-commit'] = await manifestGeneration(
    chain,
    'manifest-generation: render every ring of the HLD (dev, staging, prod) and publish them to the manifest repository',
    result['hld-commit'],
  );
  if (o.telemetry) {
    o.log('\n▶ flux-sync: the dev cluster (aks-dev) applied dev/; its Flux notification is recorded');
    await fluxSync(chain, 'dev', result['manifest-commit']);
  }

  if (o.telemetry) {
    // promote: gate, then the same tag into config/staging.yaml, recorded as build-update-hld records dev.
    const toStaging = await gate(chain, 'promote: may this tag go from dev to staging?', tag, 'staging');
    result['gate-staging'] = toStaging.decision;
    if (toStaging.decision !== 'promote')
      throw new RingwayError(`demo: the gate said ${toStaging.decision}: ${toStaging.reason}`);
    result['staging-hld-commit'] = await updateHld(
      chain,
      'promote: the same tag into the staging ring of the HLD (config/staging.yaml)',
      'staging',
      tag,
    );
    const early = await gate(chain, 'promote: staging to prod right away? Not before staging runs it', tag, 'prod');
    result['gate-prod'] = early.decision;
  }
  if (o.registry) {
    const promoted = await step('Promote the image itself: a registry retag, no rebuild', 'build-image', {
      image: imageRepo,
      'source-image': `${imageRepo}:${tag}`,
      tags: `staging-${buildId}`,
    });
    if (promoted.digest !== image.digest) throw new RingwayError('demo: the retag changed the digest');
    result['promoted-tag'] = promoted.tag;
  }
  const again = await step('Run the release again: nothing changes, no commit, no branch', 'update-hld', {
    'hld-repo': hldUrl,
    component: COMPONENT,
    environment: 'dev',
    'image-tag': tag,
    service: SERVICE,
    ring: 'dev',
    provider: 'local',
  });
  result['rerun-changed'] = again.changed;

  // The proof: the manifest the dev cluster applies carries the released image.
  const manifests = join(ws, 'manifests-checkout');
  await git(ws, 'clone', '-q', manifestsUrl, manifests);
  const dev = await readFile(join(manifests, 'dev', 'frontend.yaml'), 'utf8');
  const deployed = /image: "?([^"\n]+)"?/.exec(dev)?.[1] ?? '';
  if (deployed !== `${imageRepo}:${tag}`)
    throw new RingwayError(`demo: dev/frontend.yaml runs '${deployed}', not ${imageRepo}:${tag}`);
  result['dev-image'] = deployed;

  // With the records, the gate and rollback: a bad release caught in staging and rolled back.
  if (o.telemetry) Object.assign(result, await badRelease(chain, tag, result['staging-hld-commit'], o.ring));
  return result;
}
