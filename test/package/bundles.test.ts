// Every shipped bundle run the way users' orchestrators run it, on real local repositories and
// services: each action (actions/<step>/action.yml, with its dist bundle) as the runner starts it
// (INPUT_<NAME>, GITHUB_OUTPUT); the top-level action.yml and one step's action also under
// @github/local-action, the tool GitHub's typescript-action template runs actions locally with (it
// costs seconds of CPU per run: npm exec, then tsx compiling its own sources); each Azure task's
// execution target as the agent runs it (INPUT_<NAME>, TF_BUILD);
// each CLI command through bin/ringway.cjs, whose --help (and docs/cli.md, generated from the same
// text) must say what the command really prints. One cheap real scenario per step; the assertions
// are the outcome a user would look at: the commit in the repository, the files pushed, the table
// row, the image tag in the registry.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { camelCase } from '../../lib/steps/names.js';
import { findStep, steps } from '../../lib/steps/index.js';
import { recordStage } from '../../lib/telemetry/record.js';
import { DeploymentStore } from '../../lib/telemetry/store.js';
import { taskFolder } from '../../scripts/surfaces.js';
import type { Azurite } from '../../stand-ins/azurite.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';
import { bareRepo, commitFiles, filesAt, logOf, readFileAt, tempDir, writeTree } from '../../stand-ins/git.js';
import { startRegistry, type LocalRegistry } from '../../stand-ins/registry.js';
import { parseGitHubOutputs, repoRoot, runAzureTask, runCli, runGitHubAction, runNode } from '../support/run-bundle.js';

const localAction = join(repoRoot, 'node_modules/@github/local-action/bin/local-action.js');

/** A value for a dotenv file: quoted with a quote it does not contain (dotenv keeps quoted text as is). */
function dotenvValue(v: string): string {
  const q = ["'", '"', '`'].find((c) => !v.includes(c));
  if (!q) throw new Error(`cannot quote ${v} for a dotenv file`);
  return `${q}${v}${q}`;
}

/**
 * `local-action run <action folder> dist/index.js <.env>`: the inputs and the runner's variables go
 * in the .env file as its README shows; outputs are read back from the GITHUB_OUTPUT file the
 * bundle's own @actions/core writes (local-action stubs @actions/core only in unbundled source).
 */
async function runUnderLocalAction(
  actionDir: string,
  entrypoint: string,
  inputs: Record<string, string>,
  env: Record<string, string>,
) {
  const dir = tempDir('ringway-local-action-');
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const vars = {
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: dir,
    ...files,
    ...env,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const dotenv = join(dir, '.env');
  writeFileSync(
    dotenv,
    Object.entries(vars)
      .map(([k, v]) => `${k}=${dotenvValue(v)}\n`)
      .join(''),
  );
  const r = await runNode(localAction, ['run', actionDir, entrypoint, dotenv], {});
  return { ...r, outputs: parseGitHubOutputs(readFileSync(files.GITHUB_OUTPUT, 'utf8')) };
}

type Surface = 'github' | 'azure' | 'cli';
interface Prepared {
  inputs: Record<string, string>;
  /** The orchestrator's own variables, per surface. */
  env?: Record<Surface, Record<string, string>>;
  verify(outputs: Record<string, string>, surface: Surface, stdout: string): Promise<void> | void;
}

let azurite: Azurite;
let registry: LocalRegistry;
let seedDigest: string;
let tables = 0;

function storage() {
  return {
    'connection-string': azurite.connectionString,
    'table-name': `bundles${++tables}t${Date.now() % 100000}`,
    'partition-key': 'fabrikam',
  };
}
const store = (s: ReturnType<typeof storage>) =>
  DeploymentStore.open({
    connectionString: s['connection-string'],
    tableName: s['table-name'],
    partitionKey: s['partition-key'],
  });

/** A deployment of `tag` to `ring` recorded stage by stage, as the pipelines would, synced at `at`. */
async function deployed(s: ReturnType<typeof storage>, tag: string, ring: string, n: number, at: string) {
  const st = store(s);
  const when = new Date(at);
  await recordStage(
    st,
    {
      stage: 'image-built',
      fields: { p1: `1${n}`, imageTag: tag, commitId: `${n}`.repeat(40).slice(0, 40), service: 'frontend' },
    },
    when,
  );
  await recordStage(
    st,
    { stage: 'hld-updated', fields: { p2: `2${n}`, imageTag: tag, env: ring, hldCommitId: `h${n}` } },
    when,
  );
  await recordStage(
    st,
    { stage: 'manifests-pushed', fields: { p3: `3${n}`, hldCommitId: `h${n}`, manifestCommitId: `m${n}` } },
    when,
  );
  await recordStage(
    st,
    { stage: 'cluster-synced', fields: { manifestCommitId: `m${n}` } },
    new Date(when.getTime() + 60_000),
  );
}

const sha256 = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

/** Uploads a one-layer image to the registry over the distribution API; returns its manifest digest. */
async function pushSeedImage(host: string, repo: string, tag: string): Promise<string> {
  const folder = writeTree({ 'hello.txt': 'hello\n' });
  const tar = execFileSync('tar', ['-c', '-C', folder, 'hello.txt']);
  const layer = execFileSync('gzip', ['-n'], { input: tar });
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: {},
      rootfs: { type: 'layers', diff_ids: [sha256(tar)] },
    }),
  );
  for (const blob of [layer, config]) {
    const start = await fetch(`http://${host}/v2/${repo}/blobs/uploads/`, { method: 'POST' });
    const location = new URL(start.headers.get('location') as string, `http://${host}`);
    location.searchParams.set('digest', sha256(blob));
    const put = await fetch(location, {
      method: 'PUT',
      body: blob,
      headers: { 'content-type': 'application/octet-stream' },
    });
    if (put.status !== 201) throw new Error(`blob upload: HTTP ${put.status}`);
  }
  const mediaType = 'application/vnd.oci.image.manifest.v1+json';
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256(config), size: config.length },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: sha256(layer), size: layer.length }],
    }),
  );
  const put = await fetch(`http://${host}/v2/${repo}/manifests/${tag}`, {
    method: 'PUT',
    body: manifest,
    headers: { 'content-type': mediaType },
  });
  if (put.status !== 201) throw new Error(`manifest upload: HTTP ${put.status}`);
  return sha256(manifest);
}

async function registryDigest(repo: string, tag: string): Promise<string> {
  const r = await fetch(`http://${registry.host}/v2/${repo}/manifests/${tag}`, {
    method: 'HEAD',
    headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
  });
  return r.headers.get('docker-content-digest') ?? `HTTP ${r.status}`;
}

const hldFiles = (tag: string) => ({
  'component.yaml': 'name: fabrikam\nsubcomponents:\n  - name: frontend\n    type: static\n    path: ./frontend\n',
  'frontend/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: frontend\n',
  'config/prod.yaml': `# prod ring\nsubcomponents:\n  frontend:\n    config:\n      image:\n        tag: ${tag} # pipelines bump this\n`,
});
const tagIn = (dir: string) =>
  parse(readFileAt(dir, 'main', 'config/prod.yaml') as string).subcomponents.frontend.config.image.tag;

/** An HLD folder with a local static component and a remote one fetched from a bare repo over file://. */
async function generateInputs(): Promise<Prepared> {
  const remote = await bareRepo({
    files: {
      'component.yaml': 'name: shared\ntype: static\npath: ./manifests\n',
      'manifests/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\n',
    },
  });
  const hld = writeTree({
    'component.yaml': `name: hld\nsubcomponents:\n  - name: web\n    type: static\n    path: ./web\n  - name: shared\n    method: git\n    source: ${remote.url}\n    branch: main\n`,
    'web/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n',
  });
  const output = join(tempDir('ringway-generated-'), 'out');
  return {
    inputs: {
      hld,
      output,
      'cache-dir': tempDir('ringway-cache-'),
      validate: 'true',
      'local-sources': dirname(remote.dir),
    },
    verify(out) {
      expect(out).toMatchObject({ output, folders: 'common', components: '3', rendered: '2' });
      expect(readFileSync(join(output, 'common/web.yaml'), 'utf8')).toContain('name: web');
      expect(readFileSync(join(output, 'common/shared/shared.yaml'), 'utf8')).toContain('kind: ConfigMap');
    },
  };
}

const ci = (id: string): Record<Surface, Record<string, string>> => ({
  github: { GITHUB_SHA: 'c'.repeat(40), GITHUB_REF_NAME: 'main', GITHUB_RUN_ID: id, GITHUB_REPOSITORY: 'fabrikam/hld' },
  azure: {
    BUILD_SOURCEVERSION: 'c'.repeat(40),
    BUILD_SOURCEBRANCH: 'refs/heads/main',
    BUILD_BUILDID: id,
    BUILD_REPOSITORY_NAME: 'hld',
  },
  cli: {
    RINGWAY_BUILD_COMMIT: 'c'.repeat(40),
    RINGWAY_BUILD_BRANCH: 'main',
    RINGWAY_BUILD_ID: id,
    RINGWAY_BUILD_REPOSITORY: 'hld',
  },
});

const scenarios: Record<string, () => Promise<Prepared>> = {
  async 'build-image'() {
    // Promotion of an image already in the registry: a copy of its manifest under the new tag, no builder.
    const repo = `app${++tables}`;
    return {
      inputs: {
        image: `${registry.host}/${repo}`,
        'source-image': `${registry.host}/seed/app:1`,
        tags: '{branch}-{build-id}',
      },
      env: ci('41'),
      async verify(out) {
        expect(out).toMatchObject({
          image: `${registry.host}/${repo}`,
          tag: 'main-41',
          built: 'false',
          digest: seedDigest,
          'image-ref': `${registry.host}/${repo}@${seedDigest}`,
        });
        expect(await registryDigest(repo, 'main-41')).toBe(seedDigest);
      },
    };
  },
  async 'update-hld'() {
    const hld = await bareRepo({ files: hldFiles('v1') });
    return {
      inputs: {
        'hld-repo': hld.url,
        component: 'frontend',
        environment: 'prod',
        'image-tag': 'v2',
        'pull-request': 'false',
        'git-user-name': 'ringway-bot',
        'git-user-email': 'bot@example.test',
      },
      env: ci('42'),
      verify(out) {
        const [head] = logOf(hld.dir, 'main');
        expect(out).toMatchObject({ changed: 'true', commit: head.sha, branch: 'main' });
        expect(head.author).toBe('ringway-bot <bot@example.test>');
        expect(tagIn(hld.dir)).toBe('v2');
        expect(readFileAt(hld.dir, 'main', 'config/prod.yaml')).toContain('tag: v2 # pipelines bump this');
      },
    };
  },
  generate: generateInputs,
  async 'push-manifests'() {
    const manifests = await bareRepo({ files: { 'README.md': 'manifests\n', 'prod/old.yaml': 'old\n' } });
    const source = writeTree({ 'frontend.yaml': 'kind: Service\n', 'frontend/cm.yaml': 'kind: ConfigMap\n' });
    return {
      inputs: { source, 'manifest-repo': manifests.url, path: 'prod', 'source-commit': 'ab'.repeat(20) },
      env: ci('43'),
      verify(out) {
        const [head] = logOf(manifests.dir, 'main');
        expect(out).toMatchObject({ changed: 'true', commit: head.sha, branch: 'main' });
        // The target path mirrors the source: prod/old.yaml is gone, README.md (outside it) untouched.
        expect(filesAt(manifests.dir, 'main')).toEqual(['README.md', 'prod/frontend.yaml', 'prod/frontend/cm.yaml']);
        expect(head.body).toContain(`Ringway-Source-Commit: ${'ab'.repeat(20)}`);
      },
    };
  },
  async 'record-deployment'() {
    const s = storage();
    return {
      inputs: { ...s, p1: '101', 'image-tag': 'frontend-101', 'commit-id': 'd'.repeat(40), service: 'frontend' },
      env: ci('44'),
      async verify(out) {
        expect(out).toMatchObject({ recorded: 'true', state: 'Image built' });
        const rows = await store(s).find({ imageTag: 'frontend-101' });
        expect(rows.map((r) => [r.rowKey, r.service, r.commitId, r.p1])).toEqual([
          [out['deployment-id'], 'frontend', 'd'.repeat(40), '101'],
        ]);
      },
    };
  },
  async gate() {
    const s = storage();
    await deployed(s, 'v7', 'dev', 1, '2026-11-20T10:00:00Z');
    const [row] = await store(s).find({ imageTag: 'v7' });
    return {
      inputs: { ...s, service: 'frontend', 'image-tag': 'v7', 'from-ring': 'dev' },
      env: ci('45'),
      verify(out) {
        expect(out).toMatchObject({
          decision: 'promote',
          'image-tag': 'v7',
          'from-ring': 'dev',
          'to-ring': 'staging',
          'deployment-id': row.rowKey,
        });
        expect(JSON.parse(out.conditions)).toEqual(
          expect.arrayContaining([expect.objectContaining({ name: 'synced', verdict: 'pass' })]),
        );
      },
    };
  },
  async rollback() {
    // From the HLD's history (no storage): the value before the current one comes back, as a commit.
    const hld = await bareRepo({ files: hldFiles('v1') });
    commitFiles(
      hld.dir,
      'main',
      { 'config/prod.yaml': hldFiles('v2')['config/prod.yaml'] },
      'Updating frontend image tag to v2.',
    );
    return {
      inputs: {
        'hld-repo': hld.url,
        service: 'frontend',
        ring: 'prod',
        environment: 'prod',
        'pull-request': 'false',
        reason: 'health check failed',
      },
      env: ci('46'),
      verify(out) {
        const [head] = logOf(hld.dir, 'main');
        expect(out).toMatchObject({
          'from-tag': 'v2',
          'to-tag': 'v1',
          changed: 'true',
          commit: head.sha,
          branch: 'main',
        });
        expect(head.subject).toBe('Rolling back frontend in prod from v2 to v1.');
        expect(tagIn(hld.dir)).toBe('v1');
      },
    };
  },
  async metrics() {
    const s = storage();
    await deployed(s, 'v1', 'prod', 1, '2026-11-10T10:00:00Z');
    await deployed(s, 'v2', 'prod', 2, '2026-11-12T10:00:00Z');
    const reportFile = join(tempDir('ringway-metrics-'), 'dora.csv');
    return {
      inputs: {
        ...s,
        ring: 'prod',
        since: '2026-11-01',
        until: '2026-11-20',
        output: 'csv',
        'report-file': reportFile,
      },
      verify(out, surface, stdout) {
        // `ringway metrics` prints the report itself (its --help says so), the same text as the file.
        if (surface === 'cli') return expect(stdout).toBe(readFileSync(reportFile, 'utf8'));
        expect(out.deployments).toBe('2');
        expect(JSON.parse(out.report).total.deployments).toBe(2);
        expect(readFileSync(reportFile, 'utf8').split('\n')[0]).toMatch(/^service,ring,/);
      },
    };
  },
};

/** Azure output variables (camelCase) under the step's output names. */
function azureOutputs(
  step: string,
  variables: Record<string, { value: string; isOutput: boolean }>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const o of findStep(step)?.outputs ?? []) {
    const v = variables[camelCase(o.name)];
    if (v?.isOutput) out[o.name] = v.value;
  }
  return out;
}

interface Outcome {
  code: number;
  log: string;
  stdout: string;
  outputs: Record<string, string>;
  prepared: Prepared;
  /** CLI only: what `ringway <step> --help` prints. */
  help?: string;
}

/** `name=value` lines, as the CLI prints a step's outputs. */
function nameValueLines(stdout: string): Record<string, string> {
  return Object.fromEntries(
    stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

async function runCase(surface: Surface | 'github-dispatch', step: string): Promise<Outcome> {
  const prepared = await scenarios[step]();
  if (surface === 'azure') {
    const r = await runAzureTask(step, prepared.inputs, prepared.env?.azure ?? {});
    return {
      code: r.result === 'Succeeded' ? 0 : 1,
      log: r.stdout + r.stderr,
      stdout: r.stdout,
      outputs: azureOutputs(step, r.variables),
      prepared,
    };
  }
  if (surface === 'cli') {
    const help = (await runCli([step, '--help'])).stdout;
    const r = await runCli(
      [step, ...Object.entries(prepared.inputs).flatMap(([k, v]) => [`--${k}`, v])],
      prepared.env?.cli ?? {},
    );
    return {
      code: r.code,
      log: r.stdout + r.stderr,
      stdout: r.stdout,
      outputs: nameValueLines(r.stdout),
      prepared,
      help,
    };
  }
  const dispatch = surface === 'github-dispatch';
  if (!dispatch && !UNDER_LOCAL_ACTION.has(step)) {
    const r = await runGitHubAction(step, prepared.inputs, prepared.env?.github ?? {});
    return { code: r.code, log: r.stdout + r.stderr, stdout: r.stdout, outputs: r.outputs, prepared };
  }
  const r = await runUnderLocalAction(
    dispatch ? repoRoot : join(repoRoot, 'actions', step),
    dispatch ? 'dist/action/index.js' : 'dist/index.js',
    dispatch ? { step, ...prepared.inputs } : prepared.inputs,
    prepared.env?.github ?? {},
  );
  return { code: r.code, log: r.stdout + r.stderr, stdout: r.stdout, outputs: r.outputs, prepared };
}

/** The step actions run under local-action too (the top-level action always is): one is enough to show it runs them. */
const UNDER_LOCAL_ACTION = new Set(['update-hld']);

const cases: [Surface | 'github-dispatch', string][] = [
  ...steps.map((s) => ['github', s.name] as [Surface, string]),
  ['github-dispatch', 'generate'],
  ...steps.map((s) => ['azure', s.name] as [Surface, string]),
  ...steps.map((s) => ['cli', s.name] as [Surface, string]),
];
type Settled = { ok: true; value: Outcome } | { ok: false; error: unknown };
const settle: Record<string, (s: Settled) => void> = {};
const outcomes = new Map(
  cases.map(([surface, step]) => [
    `${surface} ${step}`,
    new Promise<Settled>((r) => (settle[`${surface} ${step}`] = r)),
  ]),
);

beforeAll(async () => {
  [azurite, registry] = await Promise.all([azuriteForThisWorker(), startRegistry()]);
  seedDigest = await pushSeedImage(registry.host, 'seed/app', '1');
  // Two runs at a time (CI machines have two cores); each test awaits its own.
  const queue = [...cases];
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) {
      const key = `${c[0]} ${c[1]}`;
      await runCase(...c).then(
        (value) => settle[key]({ ok: true, value }),
        (error: unknown) => settle[key]({ ok: false, error }),
      );
    }
  };
  void Promise.all([worker(), worker()]);
}, 120_000);

afterAll(async () => {
  await Promise.all([azurite?.stop(), registry?.stop()]);
});

async function outcome(surface: string, step: string): Promise<Outcome> {
  const o = await outcomes.get(`${surface} ${step}`);
  if (!o?.ok) throw o?.error;
  return o.value;
}

test('every action and every task is covered, and the agent runs index.js (the target every task.json names)', () => {
  expect(Object.keys(scenarios).sort()).toEqual(steps.map((s) => s.name).sort());
  for (const s of steps) {
    const execution = JSON.parse(readFileSync(join(repoRoot, taskFolder(s), 'task.json'), 'utf8')).execution as Record<
      string,
      { target: string }
    >;
    expect(Object.values(execution).map((e) => e.target)).toEqual(Object.keys(execution).map(() => 'index.js'));
    expect(parse(readFileSync(join(repoRoot, 'actions', s.name, 'action.yml'), 'utf8')).runs.main).toBe(
      'dist/index.js',
    );
  }
  expect(parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')).runs.main).toBe('dist/action/index.js');
});

describe.each(cases)('%s %s', (surface, step) => {
  test('succeeds with the outcome a user would check', async () => {
    const o = await outcome(surface, step);
    if (o.code !== 0) throw new Error(`exit ${o.code}:\n${o.log.slice(-3000)}`);
    if (surface === 'github-dispatch' || (surface === 'github' && UNDER_LOCAL_ACTION.has(step)))
      expect(o.log).toContain('Running Action');
    await o.prepared.verify(o.outputs, surface === 'github-dispatch' ? 'github' : surface, o.stdout);
    if (surface === 'cli') {
      const help = o.help as string;
      // docs/cli.md holds what --help prints, and --help tells what the command prints.
      expect(readFileSync(join(repoRoot, 'docs/cli.md'), 'utf8')).toContain(
        `## ringway ${step}\n\n\`\`\`text\n${help.trimEnd()}\n\`\`\`\n`,
      );
      const listed = /\nOutputs \(printed as name=value, or one JSON object with --json\):\n([\s\S]*?)\n\n/.exec(help);
      if (listed) {
        const names = listed[1]
          .split('\n')
          .flatMap((l) => [
            /^ {2}(\S+)/.exec(l)?.[1] ?? '',
            ...(/\(also as (.*), deprecated\)$/.exec(l)?.[1].split(', ') ?? []),
          ]);
        // Every line is name=value of an output the help lists (some only in some runs: sync).
        for (const line of o.stdout.trimEnd().split('\n'))
          expect(names).toContain(/^([a-z][a-z0-9-]*)=/.exec(line)?.[1]);
        expect(Object.keys(o.outputs).length).toBeGreaterThan(0);
      } else {
        expect(help).toContain('Prints the report (--output table|json|csv');
        expect(o.stdout.split('\n')[0]).toMatch(/^service,ring,/);
      }
    }
  }, 300_000);
});
