// The GitLab journey: workflows-examples/gitlab/.gitlab-ci.yml, copied unchanged into a service
// and an HLD repository, run by gitlab-ci-local (shell executor) against local stand-ins: the
// token-checking git server, the GitLab API stand-in (every request checked against GitLab's
// OpenAPI description), Azurite and a local registry. Only CI/CD variables differ from gitlab.com.
// From a service push to a promotion: build → merge request on the HLD → merge → manifests pushed
// and recorded → the cluster syncs → promote to staging (gate) → its merge request; a bad release
// the gate rejects, whose promote job rolls dev back by merge request; then `ringway deployments`
// row by row. `npm run journey:gitlab` (README.md beside this file).
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startAzurite } from '../../stand-ins/azurite.js';
import { startGitHttpServer } from '../../stand-ins/git-http-server.js';
import { tempDir } from '../../stand-ins/git.js';
import { startGitLabApi, type GitLabMergeRequest } from '../../stand-ins/gitlab-api.js';
import { startRegistry } from '../../stand-ins/registry.js';
import { repoRoot } from './act.js';
import { checkDeployments, type ExpectedDeployment } from './deployments.js';

const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}`);
const tool = (script: string) =>
  execFileSync('bash', [join(repoRoot, 'scripts/tools', script)], { encoding: 'utf8' }).trim();

const REPOS = { service: 'contoso/fabrikam', hld: 'contoso/fabrikam-hld', manifests: 'contoso/fabrikam-manifests' };
const dir = tempDir('ringway-gitlab-journey-');
const token = `glpat-journey${Date.now().toString(36)}`;
const gitlabCiLocal = tool('gitlab-ci-local.sh');
const gobin = join(execFileSync('go', ['env', 'GOPATH'], { encoding: 'utf8' }).trim(), 'bin');

const [git, api, azurite, registry] = await Promise.all([
  startGitHttpServer({ token, root: join(dir, 'git') }),
  startGitLabApi(),
  startAzurite(),
  startRegistry(),
]);
let ok = false;
try {
  await api.reset({ token });
  const home = join(dir, 'home');
  const bin = join(dir, 'bin');
  mkdirSync(home, { recursive: true });
  mkdirSync(bin, { recursive: true });
  // The runner's `ringway`: this checkout's shipped CLI (bin/ringway.cjs and dist/cli, what
  // `npx ringway` runs; .ci/run proved the bundles current before this runs).
  const ringway = join(bin, 'ringway');
  writeFileSync(ringway, `#!/bin/sh\nexec "${process.execPath}" "${join(repoRoot, 'bin/ringway.cjs')}" "$@"\n`);
  chmodSync(ringway, 0o755);
  const storage = join(dir, 'containers-storage.conf');
  writeFileSync(
    storage,
    `[storage]\ndriver = "vfs"\ngraphroot = "${join(dir, 'containers/root')}"\nrunroot = "${join(dir, 'containers/run')}"\n`,
  );
  // The runner machine: helm and the Go tools on PATH, buildah's storage and chroot isolation.
  const env: NodeJS.ProcessEnv = {
    PATH: [bin, gobin, dirname(process.execPath), process.env.PATH ?? ''].join(':'),
    HOME: home,
    LANG: 'C.UTF-8',
    GIT_TERMINAL_PROMPT: '0',
    CONTAINERS_STORAGE_CONF: storage,
    BUILDAH_ISOLATION: 'chroot',
    // A self-managed GitLab's registry is CI_REGISTRY_IMAGE; this one is the local registry.
    GCL_IGNORE_PREDEFINED_VARS: 'CI_REGISTRY_IMAGE',
  };
  const gitIn = (cwd: string, args: string[]) =>
    execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  gitIn(dir, ['config', '--global', 'user.name', 'Journey Developer']);
  gitIn(dir, ['config', '--global', 'user.email', 'dev@contoso.test']);
  gitIn(dir, ['config', '--global', 'init.defaultBranch', 'main']);
  const header = `AUTHORIZATION: basic ${Buffer.from(`oauth2:${token}`).toString('base64')}`;
  const urlOf = (repo: string) => git.urlFor(repo);
  const bare = (repo: string) => join(git.root, `${repo}.git`);

  // The repositories, each with the starter at its root, unchanged.
  const starter = join(repoRoot, 'workflows-examples/gitlab/.gitlab-ci.yml');
  for (const [repo, content] of [
    [REPOS.service, [[join(repoRoot, 'demo/service'), 'frontend']]],
    [REPOS.hld, [[join(repoRoot, 'demo/hld'), '.']]],
    [REPOS.manifests, []],
  ] as [string, [string, string][]][]) {
    mkdirSync(bare(repo), { recursive: true });
    gitIn(dir, ['init', '-q', '--bare', '--initial-branch=main', bare(repo)]);
    if (repo === REPOS.manifests) continue;
    const work = join(dir, 'seed', repo);
    mkdirSync(work, { recursive: true });
    gitIn(work, ['init', '-q', '-b', 'main']);
    for (const [from, to] of content) cpSync(from, join(work, to), { recursive: true });
    cpSync(starter, join(work, '.gitlab-ci.yml'));
    gitIn(work, ['add', '-A']);
    gitIn(work, ['commit', '-q', '-m', 'Start from the ringway GitLab CI starter']);
    gitIn(work, ['push', '-q', bare(repo), 'HEAD:refs/heads/main']);
  }

  // The project's CI/CD variables (a file, so no token is on a command line).
  const variables = join(dir, 'variables.yml');
  const vars: Record<string, string> = {
    RINGWAY: ringway,
    HLD_REPO: `${urlOf(REPOS.hld)}`,
    MANIFEST_REPO: `${urlOf(REPOS.manifests)}`,
    GITLAB_API_URL: api.apiUrl,
    HLD_TOKEN: token,
    MANIFEST_TOKEN: token,
    GATE_TOKEN: token,
    INTROSPECTION_CONNECTION_STRING: azurite.connectionString,
    CI_REGISTRY_IMAGE: `${registry.host}/contoso/fabrikam`,
    RINGWAY_INSECURE_REGISTRY: 'true',
  };
  writeFileSync(
    variables,
    Object.entries(vars)
      .map(([k, v]) => `${k}: '${v}'\n`)
      .join(''),
  );

  let pipelines = 0;
  /** A pipeline of `repo` at its main tip, as GitLab would run it; returns the checkout and its log. */
  // Asynchronous, so the stand-ins' keep-alive connections of this process stay serviced meanwhile.
  // One checkout per repository, brought to the tip before each pipeline: gitlab-ci-local keeps its
  // pipeline numbers there, so each run gets the next (the image tag carries it).
  async function pipeline(
    repo: string,
    what: string,
    extra: string[] = [],
    expect: 'success' | 'failure' = 'success',
  ): Promise<{ work: string; log: string }> {
    const work = join(dir, 'runs', repo.replace('/', '-'));
    const auth = ['-c', `http.extraheader=${header}`];
    if (++pipelines === 1 || !existsSync(work)) gitIn(dir, [...auth, 'clone', '-q', urlOf(repo), work]);
    else {
      gitIn(work, [...auth, 'fetch', '-q', 'origin']);
      gitIn(work, ['reset', '-q', '--hard', 'origin/main']);
    }
    const t0 = Date.now();
    const child = spawn(
      gitlabCiLocal,
      ['--variables-file', variables, '--home', join(dir, 'gcl-home'), '--no-color', ...extra],
      { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    writeFileSync(join(dir, 'runs', `${pipelines}.log`), out);
    log(`${what}: ${status === 0 ? 'succeeded' : `failed (${status})`} in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
    if ((status === 0) !== (expect === 'success')) {
      console.log(out.split('\n').slice(-80).join('\n'));
      throw new Error(
        `${what}: gitlab-ci-local exited ${status}, expected the pipeline to ${expect === 'success' ? 'pass' : 'fail'}; log above`,
      );
    }
    if (out.includes(token)) throw new Error(`${what}: the token is in the pipeline's log`);
    return { work, log: out };
  }

  async function checkedRequests() {
    const { requests, mrs } = await api.requests();
    const invalid = requests.filter((q) => q.invalid);
    if (invalid.length) throw new Error(`requests GitLab's API description does not allow: ${JSON.stringify(invalid)}`);
    return mrs;
  }

  /** The open merge request, merged as GitLab merges it (a merge commit naming the merge request). */
  async function merge(what: string): Promise<{ mr: GitLabMergeRequest; commit: string }> {
    const mrs = await checkedRequests();
    const open = mrs.filter((m) => (m.state ?? 'opened') === 'opened');
    if (open.length !== 1) throw new Error(`${what}: expected one open merge request, found ${open.length}`);
    const mr = open[0];
    const work = join(dir, `merge-${mr.iid}`);
    gitIn(dir, ['-c', `http.extraheader=${header}`, 'clone', '-q', urlOf(REPOS.hld), work]);
    gitIn(work, [
      'merge',
      '--no-ff',
      `origin/${mr.source_branch}`,
      '-m',
      `Merge branch '${mr.source_branch}' into '${mr.target_branch}'`,
      '-m',
      mr.title,
      '-m',
      `See merge request ${REPOS.hld}!${mr.iid}`,
    ]);
    gitIn(work, ['-c', `http.extraheader=${header}`, 'push', '-q', 'origin', `HEAD:${mr.target_branch}`]);
    await api.reset({ token, mrs: mrs.map((m) => (m.iid === mr.iid ? { ...m, state: 'merged' } : m)) });
    log(`merged !${mr.iid} (${mr.title})`);
    return { mr, commit: gitIn(work, ['rev-parse', 'HEAD']) };
  }

  const cli = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
    execFileSync(ringway, args, {
      env: {
        ...env,
        RINGWAY_CONNECTION_STRING: azurite.connectionString,
        RINGWAY_TABLE_NAME: 'deployments',
        RINGWAY_PARTITION_KEY: 'frontend',
        ...extra,
      },
      encoding: 'utf8',
    });

  /** Flux in the ring's cluster applied the manifest repository's tip: its event, recorded. */
  function fluxSynced(ring: string) {
    const sha = gitIn(dir, ['--git-dir', bare(REPOS.manifests), 'rev-parse', 'main']);
    const event = join(dir, `flux-${ring}.json`);
    writeFileSync(
      event,
      JSON.stringify({
        involvedObject: { kind: 'Kustomization', namespace: 'flux-system', name: 'apps' },
        severity: 'info',
        timestamp: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
        message: 'Reconciliation finished in 1.4s, next run in 10m0s',
        reason: 'ReconciliationSucceeded',
        metadata: { revision: `main@sha1:${sha}`, cluster: `aks-${ring}` },
        reportingController: 'kustomize-controller',
      }),
    );
    cli(['record-deployment', '--flux-event', `@${event}`, '--env', ring, '--repository', urlOf(REPOS.manifests)], {
      RINGWAY_TOKEN: token,
    });
    log(`flux synced ${ring} at ${sha.slice(0, 12)}`);
  }

  // 1. A push to the service: build the image, propose its tag for dev by merge request.
  const serviceCommit = gitIn(dir, ['--git-dir', bare(REPOS.service), 'rev-parse', 'main']);
  const service = await pipeline(REPOS.service, 'service pipeline (build, update-hld)');
  const tag = /^build\s+> tag=(\S+)$/m.exec(service.log)?.[1];
  if (!tag) throw new Error('service pipeline: no tag in the build job log');
  const dev = await merge('dev');
  if (dev.mr.source_branch !== `DEPLOY/frontend-dev-${tag}`)
    throw new Error(`unexpected branch ${dev.mr.source_branch}`);

  // 2. The merge's pipeline on the HLD: every ring rendered, published, the merge recorded.
  await pipeline(REPOS.hld, 'HLD pipeline after the dev merge (manifests)');
  const devManifests = gitIn(dir, ['--git-dir', bare(REPOS.manifests), 'rev-parse', 'main']);
  fluxSynced('dev');

  // 3. Promote to staging: the service commit's pipeline passed on GitLab, dev synced.
  await api.reset({ token, mrs: await checkedRequests(), pipelines: { [serviceCommit]: [{ status: 'success' }] } });
  const promote = await pipeline(REPOS.hld, `promote ${tag} to staging`, [
    '--variable',
    'PROMOTE_TO=staging',
    '--variable',
    `IMAGE_TAG=${tag}`,
    '--variable',
    'SOAK_TIME=0',
  ]);
  if (!/^promote\s+> decision=promote$/m.test(promote.log)) throw new Error('promote: the gate did not decide promote');
  const staging = await merge('staging');
  await pipeline(REPOS.hld, 'HLD pipeline after the staging merge (manifests)');
  const stagingManifests = gitIn(dir, ['--git-dir', bare(REPOS.manifests), 'rev-parse', 'main']);

  // 4. A bad release: its pipeline fails on GitLab; the gate rejects it for staging, and the promote
  // job rolls dev back to the good tag by merge request (and fails).
  const change = join(dir, 'dev-service');
  gitIn(dir, ['-c', `http.extraheader=${header}`, 'clone', '-q', urlOf(REPOS.service), change]);
  writeFileSync(
    join(change, 'frontend/index.html'),
    '<!doctype html><title>fabrikam</title><h1>Hello, brokenly</h1>\n',
  );
  gitIn(change, ['commit', '-q', '-am', 'Tune the frontend (breaks its tests)']);
  gitIn(change, ['-c', `http.extraheader=${header}`, 'push', '-q', 'origin', 'HEAD:main']);
  const badCommit = gitIn(change, ['rev-parse', 'HEAD']);
  const badRun = await pipeline(REPOS.service, 'service pipeline for a bad release');
  const bad = /^build\s+> tag=(\S+)$/m.exec(badRun.log)?.[1];
  if (!bad || bad === tag) throw new Error(`bad release: no new tag in the build job log (${bad})`);
  const badDev = await merge('the bad release to dev');
  await pipeline(REPOS.hld, 'HLD pipeline after the bad release merge (manifests)');
  const badManifests = gitIn(dir, ['--git-dir', bare(REPOS.manifests), 'rev-parse', 'main']);
  fluxSynced('dev');
  await api.reset({
    token,
    mrs: await checkedRequests(),
    pipelines: { [serviceCommit]: [{ status: 'success' }], [badCommit]: [{ status: 'failed' }] },
  });
  const rejected = await pipeline(
    REPOS.hld,
    `promote ${bad} to staging`,
    ['--variable', 'PROMOTE_TO=staging', '--variable', `IMAGE_TAG=${bad}`, '--variable', 'SOAK_TIME=0'],
    'failure',
  );
  if (!/^promote\s+> decision=reject$/m.test(rejected.log)) throw new Error('promote: the gate did not reject');
  const rollback = await merge('the rollback of dev');
  if (rollback.mr.source_branch !== `ROLLBACK/frontend-dev-${tag}`)
    throw new Error(`unexpected rollback branch ${rollback.mr.source_branch}`);
  await pipeline(REPOS.hld, 'HLD pipeline after the rollback merge (manifests)');
  const rollbackManifests = gitIn(dir, ['--git-dir', bare(REPOS.manifests), 'rev-parse', 'main']);
  fluxSynced('dev');
  await checkedRequests();

  // 4. Where is the container: every record as the journey made it.
  const rows = JSON.parse(cli(['deployments', '--output', 'json', '--top', '0'])) as Record<string, string>[];
  console.log(cli(['deployments', '--output', 'wide', '--top', '0']));
  const expected: ExpectedDeployment[] = [
    {
      service: 'frontend',
      ring: 'dev',
      imageTag: tag,
      state: 'Synced',
      pr: String(dev.mr.iid),
      commitId: serviceCommit,
      hldCommitId: dev.commit,
      manifestCommitId: devManifests,
      rollback: 'no',
    },
    {
      service: 'frontend',
      ring: 'staging',
      imageTag: tag,
      state: 'Ready to deploy',
      pr: String(staging.mr.iid),
      commitId: serviceCommit,
      hldCommitId: staging.commit,
      manifestCommitId: stagingManifests,
      rollback: 'no',
    },
    {
      service: 'frontend',
      ring: 'dev',
      imageTag: bad,
      state: 'Rolled back',
      pr: String(badDev.mr.iid),
      commitId: badCommit,
      hldCommitId: badDev.commit,
      manifestCommitId: badManifests,
      rollback: 'no',
    },
    {
      service: 'frontend',
      ring: 'dev',
      imageTag: tag,
      state: 'Synced',
      pr: String(rollback.mr.iid),
      commitId: serviceCommit,
      hldCommitId: rollback.commit,
      manifestCommitId: rollbackManifests,
      rollback: 'yes',
    },
  ];
  checkDeployments(rows, expected);
  log('every deployment listed as the journey made it; every GitLab API request allowed by its description');
  ok = true;
} finally {
  await Promise.allSettled([git.stop(), api.stop(), azurite.stop(), registry.stop()]);
  if (ok && !process.env.RINGWAY_JOURNEY_KEEP) rmSync(dir, { recursive: true, force: true });
  else log(`kept ${dir} (pipeline logs under runs/)`);
}
