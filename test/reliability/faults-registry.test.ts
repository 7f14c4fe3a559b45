import { createHash, randomBytes } from 'node:crypto';
import { runStep } from '../../lib/hosts/run.js';
import { shortenBackoff } from '../../lib/git/backoff.js';
import { step as buildImageStep } from '../../lib/steps/build-image.js';
import { writeTree } from '../../stand-ins/git.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { startFaultProxy, type Fault, type FaultProxy } from '../../stand-ins/fault-proxy.js';
import { startRegistry, type LocalRegistry } from '../../stand-ins/registry.js';

// The real docker-registry behind stand-ins/fault-proxy.mjs, which answers chosen requests with
// HTTP 500 (before forwarding them, or after the registry did the work). build-image promotes and
// retags through the proxy; the fault is cleared and the same step runs again.
const SHA = '9c1185a5c5e9fc54612808977ee8f548b2258d31';
const build = { commit: SHA, buildId: '42' };

let registry: LocalRegistry;
let proxy: FaultProxy;
let host: string;

beforeAll(async () => {
  // The client's waits between tries (0.5 s, 1 s) at a tenth: each fault here is met three times.
  shortenBackoff(0.1);
  registry = await startRegistry();
  proxy = await startFaultProxy(registry.host);
  host = proxy.host;
});
afterAll(async () => {
  shortenBackoff(1);
  await proxy.stop();
  await registry.stop();
});

// A registry having a bad minute: an error rule fails the request on each of the client's three
// tries (it asks again twice after a 5xx), unless the rule says how many times. A hang is not
// asked again (the step's request-timeout ends it), so it stays one.
const faults = (rules: Fault[]) => proxy.faults(rules.map((r) => (r.hang ? r : { times: 3, ...r })));
const proxyLog = () => proxy.log();

/** Pushes a small image (config with the revision label, one layer) straight to the registry. */
async function seedImage(repository: string, tag: string): Promise<string> {
  const base = `http://${registry.host}/v2/${repository}`;
  const blob = async (bytes: Buffer) => {
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    const start = await fetch(`${base}/blobs/uploads/`, { method: 'POST' });
    const location = new URL(start.headers.get('location') as string, `http://${registry.host}`);
    location.searchParams.set('digest', digest);
    const put = await fetch(location, {
      method: 'PUT',
      body: bytes,
      headers: { 'Content-Type': 'application/octet-stream' },
    });
    expect(put.status).toBe(201);
    return { digest, size: bytes.length };
  };
  const config = await blob(
    Buffer.from(
      JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        config: { Labels: { 'org.opencontainers.image.revision': SHA } },
        rootfs: { type: 'layers', diff_ids: [] },
      }),
    ),
  );
  const layer = await blob(randomBytes(2048));
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...layer }],
    }),
  );
  const put = await fetch(`${base}/manifests/${tag}`, {
    method: 'PUT',
    body: manifest,
    headers: { 'Content-Type': 'application/vnd.oci.image.manifest.v1+json' },
  });
  expect(put.status).toBe(201);
  return `sha256:${createHash('sha256').update(manifest).digest('hex')}`;
}

const INDEX = 'application/vnd.oci.image.index.v1+json';
const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';

/** An index of two images (amd64 and arm64, each also under a tag of its own). */
async function seedIndex(repository: string, tag: string): Promise<{ digest: string; children: string[] }> {
  const children = [];
  for (const architecture of ['amd64', 'arm64']) {
    const digest = await seedImage(repository, `${tag}-${architecture}`);
    const size = (
      await (
        await fetch(`http://${registry.host}/v2/${repository}/manifests/${digest}`, { headers: { Accept: MANIFEST } })
      ).arrayBuffer()
    ).byteLength;
    children.push({ mediaType: MANIFEST, digest, size, platform: { architecture, os: 'linux' } });
  }
  const index = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: INDEX, manifests: children }));
  const put = await fetch(`http://${registry.host}/v2/${repository}/manifests/${tag}`, {
    method: 'PUT',
    body: index,
    headers: { 'Content-Type': INDEX },
  });
  expect(put.status).toBe(201);
  return {
    digest: `sha256:${createHash('sha256').update(index).digest('hex')}`,
    children: children.map((c) => c.digest),
  };
}

/** Tag → digest, read from the registry itself (not through the proxy). */
async function tagsOf(repository: string): Promise<Record<string, string>> {
  const list = await fetch(`http://${registry.host}/v2/${repository}/tags/list`);
  if (list.status === 404) return {};
  const out: Record<string, string> = {};
  for (const t of ((await list.json()) as { tags: string[] | null }).tags ?? []) {
    const res = await fetch(`http://${registry.host}/v2/${repository}/manifests/${t}`, {
      method: 'HEAD',
      headers: { Accept: `${INDEX}, ${MANIFEST}` },
    });
    out[t] = res.headers.get('docker-content-digest') as string;
  }
  return out;
}

async function promote(values: Record<string, string>) {
  const h = new RecordingHost(build);
  const result = await runStep(buildImageStep, h, (d) => ({ 'request-timeout': '20s', ...values })[d.name]);
  return { result, host: h };
}

test('a 500 on a manifest PUT while promoting to two tags: the error names the image and the registry; a re-run tags both with the same digest', async () => {
  const digest = await seedImage('fault/svc', 'dev-42');
  await faults([{ method: 'PUT', path: '^/v2/fault/svc/manifests/staging$' }]);
  const values = { image: `${host}/fault/svc`, 'source-image': `${host}/fault/svc:dev-42`, tags: 'staging-42,staging' };
  const failed = await promote(values);
  expect(failed.result).toEqual({
    ok: false,
    usage: false,
    message: `writing fault/svc:staging: registry ${host} answered HTTP 500: UNKNOWN injected fault; already tagged with this image: staging-42; run the step again to write the rest`,
  });
  // What did land is the source image itself, as the error says (no other digest, no half-written tag): the failed tag is absent.
  expect(await tagsOf('fault/svc')).toEqual({ 'dev-42': digest, 'staging-42': digest });

  const again = await promote(values);
  expect(again.result.ok && again.result.outputs).toMatchObject({
    digest,
    tags: 'staging-42,staging',
    built: 'false',
    'image-ref': `${host}/fault/svc@${digest}`,
  });
  expect(await tagsOf('fault/svc')).toEqual({ 'dev-42': digest, 'staging-42': digest, staging: digest });
});

test('a 500 on a blob mount while promoting to another repository: nothing is tagged there; the re-run mounts, never uploads', async () => {
  const digest = await seedImage('fault/dev', 'v1');
  // The second blob (the layer) fails: the config is already mounted when the step gives up.
  await faults([{ method: 'POST', path: '^/v2/fault/prod/blobs/uploads/\\?mount=', skip: 1 }]);
  const values = { image: `${host}/fault/prod`, 'source-image': `${host}/fault/dev:v1`, tags: 'v1' };
  const failed = await promote(values);
  expect(failed.result.ok).toBe(false);
  expect(!failed.result.ok && failed.result.message).toMatch(
    new RegExp(
      `^mounting sha256:[0-9a-f]{64} from fault/dev into fault/prod: registry ${host.replace(/\./g, '\\.')} answered HTTP 500: UNKNOWN injected fault$`,
    ),
  );
  expect(await tagsOf('fault/prod')).toEqual({});

  const before = (await proxyLog()).length;
  const again = await promote(values);
  expect(again.result.ok && again.result.outputs).toMatchObject({ digest, tag: 'v1', built: 'false' });
  expect(await tagsOf('fault/prod')).toEqual({ v1: digest });
  const during = (await proxyLog()).slice(before);
  expect(during.filter((l) => /^(PATCH|PUT) \/v2\/fault\/prod\/blobs/.test(l))).toEqual([]);
  expect(during.filter((l) => l.startsWith('POST /v2/fault/prod/blobs/uploads/?mount='))).toHaveLength(2);
});

test('a 500 on the index PUT while promoting a multi-platform image to another repository: its images are there by digest, no tag; the re-run tags the same index', async () => {
  const index = await seedIndex('fault/multi-dev', 'v1');
  await faults([{ method: 'PUT', path: '^/v2/fault/multi-prod/manifests/v1$' }]);
  const values = { image: `${host}/fault/multi-prod`, 'source-image': `${host}/fault/multi-dev:v1`, tags: 'v1' };
  const failed = await promote(values);
  expect(failed.result).toEqual({
    ok: false,
    usage: false,
    message: `writing fault/multi-prod:v1: registry ${host} answered HTTP 500: UNKNOWN injected fault`,
  });
  // What landed is addressed by content only: nothing a tag or a policy would pick up.
  expect(await tagsOf('fault/multi-prod')).toEqual({});
  const byDigest = async () =>
    Promise.all(
      index.children.map(
        async (c) =>
          (
            await fetch(`http://${registry.host}/v2/fault/multi-prod/manifests/${c}`, {
              method: 'HEAD',
              headers: { Accept: MANIFEST },
            })
          ).status,
      ),
    );
  expect(await byDigest()).toEqual([200, 200]);

  const again = await promote(values);
  expect(again.result.ok && again.result.outputs).toMatchObject({ digest: index.digest, tag: 'v1' });
  expect(await tagsOf('fault/multi-prod')).toEqual({ v1: index.digest });
});

test('the registry stores the manifest but answers 500: the step fails, the tag holds the right image, a re-run reports the same digest', async () => {
  const digest = await seedImage('fault/after', 'dev-42');
  await faults([{ method: 'PUT', path: '^/v2/fault/after/manifests/staging-42$', after: true }]);
  const values = { image: `${host}/fault/after`, 'source-image': `${host}/fault/after:dev-42`, tags: 'staging-42' };
  const failed = await promote(values);
  expect(failed.result).toEqual({
    ok: false,
    usage: false,
    message: `writing fault/after:staging-42: registry ${host} answered HTTP 500: UNKNOWN injected fault`,
  });
  expect(await tagsOf('fault/after')).toEqual({ 'dev-42': digest, 'staging-42': digest });
  const again = await promote(values);
  expect(again.result.ok && again.result.outputs).toMatchObject({ digest, tag: 'staging-42' });
});

test('a registry that never answers the manifest PUT: the step gives up within its request-timeout naming the registry; the re-run succeeds', async () => {
  const digest = await seedImage('fault/hang', 'dev-42');
  await faults([{ method: 'PUT', path: '^/v2/fault/hang/manifests/staging-42$', hang: true }]);
  const values = {
    image: `${host}/fault/hang`,
    'source-image': `${host}/fault/hang:dev-42`,
    tags: 'staging-42',
    'request-timeout': '2s',
  };
  const failed = await promote(values);
  expect(failed.result).toEqual({
    ok: false,
    usage: false,
    message: `registry ${host} (PUT /v2/fault/hang/manifests/staging-42) did not answer within 2 s (input 'request-timeout')`,
  });
  expect(await tagsOf('fault/hang')).toEqual({ 'dev-42': digest });
  // The re-run keeps the default budget: the fault is gone, and a busy machine is no fault.
  const again = await promote({ ...values, 'request-timeout': '60s' });
  expect(again.result.ok && again.result.outputs).toMatchObject({ digest, tag: 'staging-42' });
  expect(await tagsOf('fault/hang')).toEqual({ 'dev-42': digest, 'staging-42': digest });
});

test('build once: a 500 while retagging the image of this commit fails the step; the re-run retags, nothing is built', async () => {
  const digest = await seedImage('fault/once', 'main-41');
  await faults([{ method: 'PUT', path: '^/v2/fault/once/manifests/main-42$' }]);
  // A context that cannot build (no builder is reached): the image of this commit is retagged.
  const context = writeTree({ Dockerfile: 'FROM scratch\nRUN exit 1\n' });
  const values = { image: `${host}/fault/once`, context, tags: 'main-{build-id}', builder: 'buildah' };
  const failed = await promote(values);
  expect(failed.result).toEqual({
    ok: false,
    usage: false,
    message: `writing fault/once:main-42: registry ${host} answered HTTP 500: UNKNOWN injected fault`,
  });
  expect(await tagsOf('fault/once')).toEqual({ 'main-41': digest });
  const again = await promote(values);
  expect(again.result.ok && again.result.outputs).toMatchObject({ digest, tag: 'main-42', built: 'false' });
  expect(again.host.output).toContain(`fault/once:main-41 was built from ${SHA}: retagging instead of rebuilding`);
  expect(await tagsOf('fault/once')).toEqual({ 'main-41': digest, 'main-42': digest });
});

test('a registry that answers 503 for a moment: each request is asked again after its Retry-After and the promotion completes; one that stays down fails naming HTTP 503 after three tries', async () => {
  const digest = await seedImage('fault/flaky', 'dev-1');
  await faults([
    { method: 'GET', path: '^/v2/fault/flaky/manifests/dev-1$', status: 503, times: 1, retryAfter: 0 },
    { method: 'PUT', path: '^/v2/fault/flaky/manifests/staging-1$', status: 503, times: 1, retryAfter: 0 },
  ]);
  const before = (await proxyLog()).length;
  const ok = await promote({
    image: `${host}/fault/flaky`,
    'source-image': `${host}/fault/flaky:dev-1`,
    tags: 'staging-1',
  });
  expect(ok.result.ok && ok.result.outputs).toMatchObject({ built: 'false', digest });
  expect((await proxyLog()).slice(before)).toEqual([
    'GET /v2/fault/flaky/manifests/dev-1 -> 503 (injected)',
    'GET /v2/fault/flaky/manifests/dev-1 -> 200',
    'PUT /v2/fault/flaky/manifests/staging-1 -> 503 (injected)',
    'PUT /v2/fault/flaky/manifests/staging-1 -> 201',
  ]);
  expect(await tagsOf('fault/flaky')).toEqual({ 'dev-1': digest, 'staging-1': digest });

  await faults([{ method: 'GET', path: '^/v2/fault/flaky/manifests/dev-1$', status: 503, retryAfter: 0 }]);
  const mark = (await proxyLog()).length;
  const down = await promote({
    image: `${host}/fault/flaky`,
    'source-image': `${host}/fault/flaky:dev-1`,
    tags: 'prod-1',
  });
  expect(!down.result.ok && down.result.message).toMatch(/answered HTTP 503/);
  expect((await proxyLog()).slice(mark)).toEqual(
    Array(3).fill('GET /v2/fault/flaky/manifests/dev-1 -> 503 (injected)'),
  );
  expect(await tagsOf('fault/flaky')).toEqual({ 'dev-1': digest, 'staging-1': digest });
});
