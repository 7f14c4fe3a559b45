import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RingwayError, UsageError, withInput } from '../errors.js';
import {
  buildImage,
  checkIsolation,
  checkPlatform,
  checkPlatforms,
  checkStageName,
  checkStorageDriver,
  CredentialStore,
  pickBuilder,
  pushImage,
  type BuildRequest,
} from '../image/builder.js';
import { RegistryClient, type RegistryCredentials } from '../image/registry.js';
import { formatRef, parseImageRef, renderTag, type ImageRef } from '../image/tags.js';
import { type KeyValueForm, parseKeyValues } from '../key-value.js';
import { registerSecret } from '../secrets.js';
import type { Host } from './host.js';
import type { Inputs } from './inputs.js';
import { requestTimeoutInput, timeoutInput, type StepDef } from './types.js';

const REVISION = 'org.opencontainers.image.revision';

export const step: StepDef = {
  name: 'build-image',
  title: 'Build image',
  description:
    'Builds and pushes a container image once per commit and computes its tags from the build. When the registry already holds an image for this commit (by its revision label), or when source-image is given, it retags by copying the manifest inside the registry: no rebuild, no layer download.',
  azureTaskId: 'c4a1e6f2-8b3d-4c7e-9a05-6d2f1b8e3c97',
  azureCategory: 'Build',
  inputs: [
    {
      name: 'image',
      description: 'Image repository, registry/repository (e.g. ghcr.io/contoso/frontend)',
      required: true,
    },
    { name: 'context', description: 'Build context folder', default: '.', path: true },
    { name: 'file', description: 'Dockerfile path; default <context>/Dockerfile', aliases: ['dockerfile'], path: true },
    {
      name: 'tags',
      description:
        "Tag templates: {branch} {sha} {short-sha} {build-id} {build-number} {run-attempt} {date}; full references of this image (docker/metadata-action's tags output) are taken as their tags",
      kind: 'list',
      default: '{branch}-{build-id}',
    },
    {
      name: 'builder',
      description: 'Image builder; auto takes the first of docker, buildah, podman that works',
      options: ['auto', 'docker', 'buildah', 'podman'],
      default: 'auto',
    },
    { name: 'push', description: 'Push to the registry (false: build locally only)', kind: 'boolean', default: 'true' },
    { name: 'build-args', description: 'NAME=value build arguments, one per line', kind: 'multiline' },
    {
      name: 'secrets',
      description: 'id=value build secrets, one per line; passed as build secrets (--secret), never as build args',
      kind: 'multiline',
      secret: true,
    },
    {
      name: 'secret-files',
      description: 'id=path build secrets read from files, one per line; passed as build secrets (--secret)',
      kind: 'multiline',
    },
    { name: 'labels', description: 'Extra key=value image labels, one per line', kind: 'multiline' },
    { name: 'target', description: 'Build stage to stop at' },
    {
      name: 'platforms',
      description: 'Target platforms (linux/amd64,linux/arm64) where the builder supports them',
      kind: 'list',
    },
    { name: 'registry-username', description: 'Registry user name' },
    { name: 'registry-password', description: 'Registry password or token', secret: true },
    {
      name: 'source-image',
      description: 'Promote this existing image (registry/repo:tag) to the computed tags instead of building',
    },
    {
      name: 'skip-existing',
      description: 'Retag instead of building when the registry already holds an image built from this commit',
      kind: 'boolean',
      default: 'true',
      visibleWhen: 'push = true',
    },
    {
      name: 'insecure-registry',
      description:
        'Talk plain HTTP to the registry (always so for localhost and 127.0.0.1, as Docker does); true also lets buildah/podman pull base images without TLS verification',
      kind: 'boolean',
      default: 'false',
    },
    {
      name: 'isolation',
      description: 'buildah/podman isolation (chroot works in unprivileged CI containers); empty = builder default',
    },
    {
      name: 'storage-driver',
      description: 'buildah/podman storage driver (vfs works everywhere); empty = builder default',
    },
    // The build runs under the step's deadline; each registry call (promotion, retag, the revision lookup) also under request-timeout.
    { ...timeoutInput, default: '1h' },
    requestTimeoutInput,
  ],
  outputs: [
    { name: 'image', description: 'Image repository (registry/repository)' },
    { name: 'tag', description: 'First tag' },
    { name: 'tags', description: 'All tags, comma-separated' },
    { name: 'digest', description: 'Manifest digest (sha256:…)' },
    { name: 'image-ref', description: 'Immutable reference registry/repository@sha256:…' },
    { name: 'built', description: "'true' when built now, 'false' when an existing image was retagged" },
    { name: 'imageid', description: 'Image id (config digest sha256:…), as docker/build-push-action names it' },
    {
      name: 'metadata',
      description:
        'Build result as JSON (containerimage.digest, containerimage.config.digest, image.name), as docker/build-push-action gives it',
    },
  ],
  async run(inputs, host) {
    const target = imageTarget(inputs, host);
    const source = inputs.string('source-image');
    if (source) return report(host, target, await promote(host, target, source), false);
    const settings = buildSettings(inputs);
    if (inputs.boolean('push')) {
      // Reachability and credentials are proven before anything is built.
      await target.client.tags(target.image.repository);
      const existing = inputs.boolean('skip-existing') ? await retagExisting(host, target) : undefined;
      if (existing) return report(host, target, existing, false);
    }
    return report(host, target, await buildAndPush(inputs, host, target, settings), true);
  },
};

/** Where the image goes: its repository, the tags computed for this build, the registry. */
interface ImageTarget {
  image: ImageRef;
  tags: string[];
  client: RegistryClient;
  creds: RegistryCredentials | undefined;
  insecure: boolean;
}

/** The image manifest a run ends with ('' without a push) and its config digest. */
interface Written {
  digest: string;
  imageId: string;
}

function imageTarget(inputs: Inputs, host: Host): ImageTarget {
  const image = withInput('image', () => parseImageRef(inputs.string('image')));
  if (image.tag || image.digest)
    throw new UsageError(
      `input 'image': give the repository without a tag (${image.registry}/${image.repository}); tags come from 'tags'`,
      { input: 'image' },
    );
  const tags = [
    ...new Set(
      inputs
        .list('tags')
        .map((t) => withInput('tags', () => renderTag(tagOf(t, image), host.build, new Date(), host.kind))),
    ),
  ];
  if (!tags.length) throw new UsageError("input 'tags' gives no tag", { input: 'tags' });
  const insecure =
    inputs.boolean('insecure-registry') || /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(image.registry);
  const creds = credentials(inputs.string('registry-username'), inputs.string('registry-password'));
  return { image, tags, client: new RegistryClient(image.registry, creds, insecure), creds, insecure };
}

const refTo = (target: ImageTarget, tag: string): ImageRef => ({ ...target.image, tag });

/** `source-image`: its manifest copied to every tag, inside the registry. */
async function promote(host: Host, target: ImageTarget, source: string): Promise<Written> {
  const { image, client, tags } = target;
  const from = withInput('source-image', () => parseImageRef(source));
  if (from.registry !== image.registry)
    throw new UsageError(
      `input 'source-image': promotion copies within one registry (${image.registry}), got ${from.registry}`,
      { input: 'source-image' },
    );
  if (!from.tag && !from.digest)
    throw new UsageError(`input 'source-image': give a tag or digest (${formatRef(from)}:<tag>)`, {
      input: 'source-image',
    });
  return host.group(`Promote ${formatRef(from)}`, async () => {
    return copyToTags(
      client,
      from,
      tags.map((t) => refTo(target, t)),
    );
  });
}

/** An image the registry already holds for this commit, retagged; undefined when there is none. */
async function retagExisting(host: Host, target: ImageTarget): Promise<Written | undefined> {
  const revision = host.build.commit;
  if (!revision) return undefined;
  const repo = target.image.repository;
  const existing = await host.group('Look for an image of this commit', () =>
    findByRevision(target.client, repo, revision, target.tags),
  );
  if (!existing) return undefined;
  host.info(`${repo}:${existing} was built from ${revision}: retagging instead of rebuilding`);
  return copyToTags(
    target.client,
    refTo(target, existing),
    target.tags.map((t) => refTo(target, t)),
  );
}

const BUILD_ARGS: KeyValueForm = { what: 'build arg', form: 'NAME=value', key: /^[A-Za-z_][A-Za-z0-9_]*$/ };
const SECRETS: KeyValueForm = { what: 'secret', form: 'id=value', secret: true };
const SECRET_FILES: KeyValueForm = { what: 'secret file', form: 'id=path' };
const LABELS: KeyValueForm = { what: 'label', form: 'key=value' };

/** What the build is given, every input checked before a registry or builder is used. */
interface BuildSettings {
  context: string;
  dockerfile: string;
  buildArgs: string[];
  /** id → value (registered as secrets) and id → file. */
  secrets: [string, string][];
  secretFiles: [string, string][];
  labels: [string, string][];
}

function buildSettings(inputs: Inputs): BuildSettings {
  const context = resolve(inputs.string('context'));
  if (!existsSync(context))
    throw new UsageError(`input 'context': folder ${inputs.string('context')} does not exist`, { input: 'context' });
  const dockerfile = inputs.string('file') ? resolve(inputs.string('file')) : join(context, 'Dockerfile');
  if (!existsSync(dockerfile))
    throw new UsageError(
      `input 'file': ${inputs.string('file') || join(inputs.string('context'), 'Dockerfile')} does not exist`,
      { input: 'file' },
    );
  // Values the builder takes as option values: checked here, so its own error text never stands in for ours.
  withInput('target', () => checkStageName(inputs.string('target')));
  withInput('isolation', () => checkIsolation(inputs.string('isolation')));
  withInput('storage-driver', () => checkStorageDriver(inputs.string('storage-driver')));
  for (const p of inputs.list('platforms')) withInput('platforms', () => checkPlatform(p));
  const keyValues = (input: string, form: KeyValueForm) =>
    withInput(input, () => parseKeyValues(inputs.lines(input), form));
  const buildArgs = keyValues('build-args', BUILD_ARGS).map(([k, v]) => `${k}=${v}`);
  const secrets = keyValues('secrets', SECRETS);
  for (const [, value] of secrets) registerSecret(value);
  const secretFiles = keyValues('secret-files', SECRET_FILES).map(([id, path]): [string, string] => {
    const file = resolve(path);
    if (!existsSync(file))
      throw new UsageError(`input 'secret-files': ${path} (secret ${id}) does not exist`, { input: 'secret-files' });
    return [id, file];
  });
  return { context, dockerfile, buildArgs, secrets, secretFiles, labels: keyValues('labels', LABELS) };
}

/** Builds with the builder found, then pushes the first tag and copies it to the others. */
async function buildAndPush(
  inputs: Inputs,
  host: Host,
  target: ImageTarget,
  settings: BuildSettings,
): Promise<Written> {
  const { image, tags, client } = target;
  const repo = image.repository;
  const revision = host.build.commit;
  const builder = await pickBuilder(inputs.string('builder'));
  withInput('platforms', () => checkPlatforms(builder, inputs.list('platforms')));
  const store = await CredentialStore.create();
  try {
    const secrets: Record<string, string> = {};
    for (const [id, value] of settings.secrets) secrets[id] = await store.secretFile(id, value);
    for (const [id, file] of settings.secretFiles) secrets[id] = file;
    const labels: Record<string, string> = {
      ...(revision ? { [REVISION]: revision } : {}),
      ...(host.build.repositoryUrl ? { 'org.opencontainers.image.source': host.build.repositoryUrl } : {}),
      'org.opencontainers.image.created': new Date().toISOString(),
    };
    for (const [key, value] of settings.labels) labels[key] = value;
    const req: BuildRequest = {
      context: settings.context,
      dockerfile: settings.dockerfile,
      localTag: `${image.registry}/${repo}:${tags[0]}`,
      buildArgs: settings.buildArgs,
      labels,
      target: inputs.string('target'),
      platforms: inputs.list('platforms'),
      secrets,
      isolation: inputs.string('isolation'),
      storageDriver: inputs.string('storage-driver'),
      tlsVerify: !inputs.boolean('insecure-registry'),
    };
    const authFile = await store.authFile(image.registry, target.creds);
    // buildah/podman read REGISTRY_AUTH_FILE for pulls of base images too.
    const env = { REGISTRY_AUTH_FILE: authFile };
    // The builder's own log, streamed inside its group as build-push-action shows it.
    const log = (line: string) => host.info(line);
    const imageId = await host.group(`Build with ${builder}`, () => buildImage(builder, req, env, log));
    if (!inputs.boolean('push')) return { digest: '', imageId };
    const first = formatRef(refTo(target, tags[0]));
    const pushed = await host.group(`Push ${first}`, () =>
      pushImage(builder, req, first, { authFile, insecure: target.insecure, env, log }),
    );
    const digest = pushed || (await client.digest(repo, tags[0]));
    if (!digest) throw new RingwayError(`${builder} pushed ${first} but the registry has no manifest there`);
    await copyToTags(
      client,
      refTo(target, tags[0]),
      tags.slice(1).map((t) => refTo(target, t)),
      [tags[0]],
    );
    return { digest, imageId };
  } finally {
    await store.dispose();
  }
}

/** The step's outputs, log line and summary for the image written. */
async function report(
  host: Host,
  target: ImageTarget,
  written: Written,
  built: boolean,
): Promise<Record<string, string>> {
  const { image, tags, client } = target;
  const { digest } = written;
  const repo = image.repository;
  // Without a push there is no registry digest, so no immutable reference either.
  const imageid = written.imageId || (digest ? await client.configDigest(repo, digest) : '');
  const name = `${image.registry}/${repo}`;
  const metadata = JSON.stringify({
    ...(digest ? { 'containerimage.digest': digest } : {}),
    ...(imageid ? { 'containerimage.config.digest': imageid } : {}),
    'image.name': tags.map((t) => `${name}:${t}`).join(','),
  });
  const out = {
    image: name,
    tag: tags[0],
    tags: tags.join(','),
    digest,
    'image-ref': digest ? `${name}@${digest}` : '',
    built: String(built),
    imageid,
    metadata,
  };
  host.info(
    digest
      ? `${built ? 'built and pushed' : 'retagged'} ${out['image-ref']} as ${tags.join(', ')}`
      : `built ${out.image}:${tags[0]} locally (push: false)`,
  );
  await host.summary({
    title: `ringway build-image: ${built ? 'built' : 'retagged, not rebuilt'}`,
    rows: [
      ['image', 'tags', 'digest', 'built'],
      [out.image, out.tags, digest, out.built],
    ],
  });
  return out;
}

/**
 * A tag template, or a full reference of this image (`ghcr.io/o/app:v1`, one line of
 * docker/metadata-action's tags output) reduced to its tag. A reference to another image is refused.
 */
export function tagOf(entry: string, image: ImageRef): string {
  const slash = entry.lastIndexOf('/');
  const colon = entry.lastIndexOf(':');
  if (slash < 0 && colon < 0) return entry;
  const name = colon > slash ? entry.slice(0, colon) : entry;
  const tag = colon > slash ? entry.slice(colon + 1) : '';
  const same =
    name === `${image.registry}/${image.repository}` ||
    (image.registry === 'registry-1.docker.io' &&
      (name === image.repository ||
        name === `docker.io/${image.repository}` ||
        `library/${name}` === image.repository));
  if (!same || !tag)
    throw new UsageError(`input 'tags': '${entry}' is not a tag of ${image.registry}/${image.repository}`, {
      input: 'tags',
    });
  return tag;
}

/**
 * Copies `from` to each target in turn. The distribution API cannot write several tags at once (nor
 * remove a tag), so when one fails the error says which tags already hold the image: they point at
 * the right digest, and a re-run writes the rest.
 */
async function copyToTags(
  client: RegistryClient,
  from: ImageRef,
  targets: ImageRef[],
  written: string[] = [],
): Promise<{ digest: string; imageId: string }> {
  let copied = { digest: '', imageId: '' };
  for (const to of targets) {
    try {
      copied = await client.copy(from, to);
    } catch (err) {
      if (!written.length || !(err instanceof RingwayError)) throw err;
      throw new RingwayError(
        `${err.message}; already tagged with this image: ${written.join(', ')}; run the step again to write the rest`,
      );
    }
    written.push(to.tag ?? '');
  }
  return copied;
}

function credentials(username: string, password: string): RegistryCredentials | undefined {
  if (!username && !password) return undefined;
  if (!username || !password) throw new UsageError("inputs 'registry-username' and 'registry-password' go together");
  return { username, password };
}

/** Tags whose labels are read when looking for an image of this commit, and how many at a time. */
const REVISION_SCAN_LIMIT = 30;
const REVISION_SCAN_CONCURRENCY = 6;

/**
 * A tag of `repo` whose image carries this commit as its revision label. Candidates in order: the
 * wanted tags, tags naming the short sha, then the rest in descending natural order (so
 * `main-1234` comes before `main-999`: build ids grow). Bounded, so a repository with thousands of
 * tags costs at most REVISION_SCAN_LIMIT config reads per build.
 */
export async function findByRevision(
  client: RegistryClient,
  repo: string,
  revision: string,
  wanted: string[],
): Promise<string | undefined> {
  const all = await client.tags(repo);
  const short = revision.slice(0, 7);
  const rest = all
    .filter((t) => !wanted.includes(t) && !t.includes(short))
    .sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  const ordered = [
    ...all.filter((t) => wanted.includes(t)),
    ...all.filter((t) => !wanted.includes(t) && t.includes(short)),
    ...rest,
  ].slice(0, REVISION_SCAN_LIMIT);
  for (let i = 0; i < ordered.length; i += REVISION_SCAN_CONCURRENCY) {
    const batch = ordered.slice(i, i + REVISION_SCAN_CONCURRENCY);
    const labels = await Promise.all(batch.map((t) => client.labels(repo, t)));
    const hit = batch.find((_t, j) => labels[j][REVISION] === revision);
    if (hit) return hit;
  }
  return undefined;
}
