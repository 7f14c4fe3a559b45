import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { RingwayError, UsageError, withInput } from '../errors.js';
import { buildImage, checkPlatforms, CredentialStore, parseBuildArgs, pickBuilder, pushImage, type BuildRequest } from '../image/builder.js';
import { RegistryClient, type RegistryCredentials } from '../image/registry.js';
import { formatRef, parseImageRef, renderTag, type ImageRef } from '../image/tags.js';
import { registerSecret } from '../secrets.js';
import { timeoutInput, type StepDef } from './types.js';

const REVISION = 'org.opencontainers.image.revision';

export const step: StepDef = {
  name: 'build-image',
  title: 'Build image',
  description:
    'Builds and pushes a container image once per commit and computes its tags from the build. When the registry already holds an image for this commit (by its revision label), or when source-image is given, it retags by copying the manifest inside the registry: no rebuild, no layer download.',
  azureTaskId: 'c4a1e6f2-8b3d-4c7e-9a05-6d2f1b8e3c97',
  azureCategory: 'Build',
  inputs: [
    { name: 'image', description: 'Image repository, registry/repository (e.g. ghcr.io/contoso/frontend)', required: true },
    { name: 'context', description: 'Build context folder', default: '.' },
    { name: 'file', description: 'Dockerfile path; default <context>/Dockerfile', aliases: ['dockerfile'] },
    {
      name: 'tags',
      description: "Tag templates: {branch} {sha} {short-sha} {build-id} {build-number} {run-attempt} {date}; full references of this image (docker/metadata-action's tags output) are taken as their tags",
      kind: 'list',
      default: '{branch}-{build-id}',
    },
    { name: 'builder', description: 'Image builder; auto takes the first of docker, buildah, podman that works', options: ['auto', 'docker', 'buildah', 'podman'], default: 'auto' },
    { name: 'push', description: 'Push to the registry (false: build locally only)', kind: 'boolean', default: 'true' },
    { name: 'build-args', description: 'NAME=value build arguments, one per line', kind: 'multiline' },
    { name: 'secrets', description: 'id=value build secrets, one per line; passed as build secrets (--secret), never as build args', kind: 'multiline', secret: true },
    { name: 'secret-files', description: 'id=path build secrets read from files, one per line; passed as build secrets (--secret)', kind: 'multiline' },
    { name: 'labels', description: 'Extra key=value image labels, one per line', kind: 'multiline' },
    { name: 'target', description: 'Build stage to stop at' },
    { name: 'platforms', description: 'Target platforms (linux/amd64,linux/arm64) where the builder supports them', kind: 'list' },
    { name: 'registry-username', description: 'Registry user name' },
    { name: 'registry-password', description: 'Registry password or token', secret: true },
    { name: 'source-image', description: 'Promote this existing image (registry/repo:tag) to the computed tags instead of building' },
    { name: 'skip-existing', description: 'Retag instead of building when the registry already holds an image built from this commit', kind: 'boolean', default: 'true', visibleWhen: 'push = true' },
    { name: 'insecure-registry', description: 'Talk plain HTTP to the registry (always so for localhost and 127.0.0.1, as Docker does); true also lets buildah/podman pull base images without TLS verification', kind: 'boolean', default: 'false' },
    { name: 'isolation', description: 'buildah/podman isolation (chroot works in unprivileged CI containers); empty = builder default' },
    { name: 'storage-driver', description: 'buildah/podman storage driver (vfs works everywhere); empty = builder default' },
    // The registry API calls (promotion, retag, the revision lookup) give up on a registry that never answers.
    timeoutInput,
  ],
  outputs: [
    { name: 'image', description: 'Image repository (registry/repository)' },
    { name: 'tag', description: 'First tag' },
    { name: 'tags', description: 'All tags, comma-separated' },
    { name: 'digest', description: 'Manifest digest (sha256:…)' },
    { name: 'image-ref', description: 'Immutable reference registry/repository@sha256:…' },
    { name: 'built', description: "'true' when built now, 'false' when an existing image was retagged" },
    { name: 'imageid', description: 'Image id (config digest sha256:…), as docker/build-push-action names it' },
    { name: 'metadata', description: 'Build result as JSON (containerimage.digest, containerimage.config.digest, image.name), as docker/build-push-action gives it' },
  ],
  async run(inputs, host) {
    const image = withInput('image', () => parseImageRef(inputs.string('image')));
    if (image.tag || image.digest) throw new UsageError(`input 'image': give the repository without a tag (${image.registry}/${image.repository}); tags come from 'tags'`, { input: 'image' });
    const tags = [...new Set(inputs.list('tags').map((t) => withInput('tags', () => renderTag(tagOf(t, image), host.build, new Date(), host.kind))))];
    if (!tags.length) throw new UsageError("input 'tags' gives no tag", { input: 'tags' });
    const push = inputs.boolean('push');
    const insecure = inputs.boolean('insecure-registry') || /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(image.registry);
    const creds = credentials(inputs.string('registry-username'), inputs.string('registry-password'));
    const client = new RegistryClient(image.registry, creds, insecure);
    const repo = image.repository;
    const ref = (tag: string): ImageRef => ({ ...image, tag });
    const finish = async (digest: string, built: boolean, imageId = '') => {
      // Without a push there is no registry digest, so no immutable reference either.
      const imageid = imageId || (digest ? await client.configDigest(repo, digest) : '');
      const name = `${image.registry}/${repo}`;
      const metadata = JSON.stringify({
        ...(digest ? { 'containerimage.digest': digest } : {}),
        ...(imageid ? { 'containerimage.config.digest': imageid } : {}),
        'image.name': tags.map((t) => `${name}:${t}`).join(','),
      });
      const out = { image: name, tag: tags[0], tags: tags.join(','), digest, 'image-ref': digest ? `${name}@${digest}` : '', built: String(built), imageid, metadata };
      host.info(digest ? `${built ? 'built and pushed' : 'retagged'} ${out['image-ref']} as ${tags.join(', ')}` : `built ${out.image}:${tags[0]} locally (push: false)`);
      await host.summary({ title: `ringway build-image: ${built ? 'built' : 'retagged, not rebuilt'}`, rows: [['image', 'tags', 'digest', 'built'], [out.image, out.tags, digest, out.built]] });
      return out;
    };

    const source = inputs.string('source-image');
    if (source) {
      const from = withInput('source-image', () => parseImageRef(source));
      if (from.registry !== image.registry) throw new UsageError(`input 'source-image': promotion copies within one registry (${image.registry}), got ${from.registry}`, { input: 'source-image' });
      if (!from.tag && !from.digest) throw new UsageError(`input 'source-image': give a tag or digest (${formatRef(from)}:<tag>)`, { input: 'source-image' });
      const copied = await host.group(`Promote ${formatRef(from)}`, async () => {
        return copyToTags(client, from, tags.map(ref));
      });
      return finish(copied.digest, false, copied.imageId);
    }

    const context = resolve(inputs.string('context'));
    if (!existsSync(context)) throw new UsageError(`input 'context': folder ${inputs.string('context')} does not exist`, { input: 'context' });
    const dockerfile = inputs.string('file') ? resolve(inputs.string('file')) : join(context, 'Dockerfile');
    if (!existsSync(dockerfile)) throw new UsageError(`input 'file': ${inputs.string('file') || join(inputs.string('context'), 'Dockerfile')} does not exist`, { input: 'file' });
    const buildArgs = withInput('build-args', () => parseBuildArgs(inputs.lines('build-args')));
    const revision = host.build.commit;

    if (push) {
      // Reachability and credentials are proven before anything is built.
      await client.tags(repo);
      if (revision && inputs.boolean('skip-existing')) {
        const existing = await host.group('Look for an image of this commit', () => findByRevision(client, repo, revision, tags));
        if (existing) {
          host.info(`${repo}:${existing} was built from ${revision}: retagging instead of rebuilding`);
          const copied = await copyToTags(client, ref(existing), tags.map(ref));
          return finish(copied.digest, false, copied.imageId);
        }
      }
    }

    const builder = await pickBuilder(inputs.string('builder'));
    withInput('platforms', () => checkPlatforms(builder, inputs.list('platforms')));
    const store = await CredentialStore.create();
    try {
      const secrets: Record<string, string> = {};
      for (const line of inputs.lines('secrets')) {
        const eq = line.indexOf('=');
        if (eq < 1) throw new UsageError("input 'secrets': each line must be id=value", { input: 'secrets' });
        const value = line.slice(eq + 1);
        registerSecret(value);
        secrets[line.slice(0, eq)] = await store.secretFile(line.slice(0, eq), value);
      }
      for (const line of inputs.lines('secret-files')) {
        const eq = line.indexOf('=');
        if (eq < 1) throw new UsageError(`input 'secret-files': '${line}' is not id=path`, { input: 'secret-files' });
        const file = resolve(line.slice(eq + 1));
        if (!existsSync(file)) throw new UsageError(`input 'secret-files': ${line.slice(eq + 1)} (secret ${line.slice(0, eq)}) does not exist`, { input: 'secret-files' });
        secrets[line.slice(0, eq)] = file;
      }
      const labels: Record<string, string> = {
        ...(revision ? { [REVISION]: revision } : {}),
        ...(host.build.repositoryUrl ? { 'org.opencontainers.image.source': host.build.repositoryUrl } : {}),
        'org.opencontainers.image.created': new Date().toISOString(),
      };
      for (const l of inputs.lines('labels')) {
        const eq = l.indexOf('=');
        if (eq < 1) throw new UsageError(`input 'labels': '${l}' is not key=value`, { input: 'labels' });
        labels[l.slice(0, eq)] = l.slice(eq + 1);
      }
      const req: BuildRequest = {
        context,
        dockerfile,
        localTag: `${image.registry}/${repo}:${tags[0]}`,
        buildArgs,
        labels,
        target: inputs.string('target'),
        platforms: inputs.list('platforms'),
        secrets,
        isolation: inputs.string('isolation'),
        storageDriver: inputs.string('storage-driver'),
        tlsVerify: !inputs.boolean('insecure-registry'),
      };
      const authFile = await store.authFile(image.registry, creds);
      // buildah/podman read REGISTRY_AUTH_FILE for pulls of base images too.
      const env = { REGISTRY_AUTH_FILE: authFile };
      // The builder's own log, streamed inside its group as build-push-action shows it.
      const log = (line: string) => host.info(line);
      const imageId = await host.group(`Build with ${builder}`, () => buildImage(builder, req, env, log));
      if (!push) return finish('', true, imageId);
      const pushed = await host.group(`Push ${formatRef(ref(tags[0]))}`, () => pushImage(builder, req, formatRef(ref(tags[0])), { authFile, insecure, env, log }));
      const digest = pushed || (await client.digest(repo, tags[0]));
      if (!digest) throw new RingwayError(`${builder} pushed ${formatRef(ref(tags[0]))} but the registry has no manifest there`);
      await copyToTags(client, ref(tags[0]), tags.slice(1).map(ref), [tags[0]]);
      return finish(digest, true, imageId);
    } finally {
      await store.dispose();
    }
  },
};

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
  const same = name === `${image.registry}/${image.repository}` || (image.registry === 'registry-1.docker.io' && (name === image.repository || name === `docker.io/${image.repository}` || `library/${name}` === image.repository));
  if (!same || !tag) throw new UsageError(`input 'tags': '${entry}' is not a tag of ${image.registry}/${image.repository}`, { input: 'tags' });
  return tag;
}

/**
 * Copies `from` to each target in turn. The distribution API cannot write several tags at once (nor
 * remove a tag), so when one fails the error says which tags already hold the image: they point at
 * the right digest, and a re-run writes the rest.
 */
async function copyToTags(client: RegistryClient, from: ImageRef, targets: ImageRef[], written: string[] = []): Promise<{ digest: string; imageId: string }> {
  let copied = { digest: '', imageId: '' };
  for (const to of targets) {
    try {
      copied = await client.copy(from, to);
    } catch (err) {
      if (!written.length || !(err instanceof RingwayError)) throw err;
      throw new RingwayError(`${err.message}; already tagged with this image: ${written.join(', ')}; run the step again to write the rest`);
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
export async function findByRevision(client: RegistryClient, repo: string, revision: string, wanted: string[]): Promise<string | undefined> {
  const all = await client.tags(repo);
  const short = revision.slice(0, 7);
  const rest = all.filter((t) => !wanted.includes(t) && !t.includes(short)).sort((a, b) => b.localeCompare(a, 'en', { numeric: true }));
  const ordered = [...all.filter((t) => wanted.includes(t)), ...all.filter((t) => !wanted.includes(t) && t.includes(short)), ...rest].slice(0, REVISION_SCAN_LIMIT);
  for (let i = 0; i < ordered.length; i += REVISION_SCAN_CONCURRENCY) {
    const batch = ordered.slice(i, i + REVISION_SCAN_CONCURRENCY);
    const labels = await Promise.all(batch.map((t) => client.labels(repo, t)));
    const hit = batch.find((_t, j) => labels[j][REVISION] === revision);
    if (hit) return hit;
  }
  return undefined;
}
