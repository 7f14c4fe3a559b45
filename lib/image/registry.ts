import { optional, readAnswer, type Shape } from '../answer.js';
import { RingwayError, statusKind } from '../errors.js';
import { sha256 } from '../hash.js';
import { networkTimeoutMs, noAnswerError } from '../exec.js';
import { shortened, sleep } from '../git/backoff.js';
import { MAX_ANSWER_BYTES, readBody } from '../limits.js';
import { registerSecret } from '../secrets.js';
import { formatRef, type ImageRef } from './tags.js';

export const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
];

export interface RegistryCredentials {
  username: string;
  password: string;
}

export interface Manifest {
  digest: string;
  mediaType: string;
  bytes: Buffer;
  json: {
    mediaType?: string;
    config?: { digest: string };
    layers?: { digest: string }[];
    manifests?: { digest: string }[];
  };
}

// The fields of each answer that are read (OCI distribution and image specifications), checked before use.
const DIGESTS: Shape = optional([{ digest: 'string' }]);
const MANIFEST: Shape = {
  mediaType: 'string?',
  config: optional({ digest: 'string' }),
  layers: DIGESTS,
  manifests: DIGESTS,
};
const TAG_LIST: Shape = { tags: optional(['string']) };
const IMAGE_CONFIG: Shape = { config: optional({ Labels: optional({ '*': 'string' }) }) };
const TOKEN: Shape = { token: 'string?', access_token: 'string?' };

/** Answers worth asking again: timeout, rate limit, and the server-side errors of a busy registry. */
const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const RETRIES = 2;

/** Retry-After in seconds (at most 10 s are waited), else 0.5 s, 1 s with up to 25% jitter. */
export function retryDelayMs(retryAfter: string | null, n: number): number {
  const secs = retryAfter !== null && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : undefined;
  if (secs !== undefined) return Math.min(secs, 10) * 1000;
  return 500 * 2 ** n * (1 + Math.random() / 4);
}

/**
 * Sends a request that may be repeated until its answer is not a passing trouble, at most RETRIES
 * more times, as docker and crane do: a busy or restarting backend behind a load balancer.
 */
async function withRetries(request: () => Promise<Response>): Promise<Response> {
  for (let n = 0; ; n++) {
    const res = await request();
    if (!RETRY_STATUS.has(res.status) || n >= RETRIES) return res;
    await res.arrayBuffer().catch(() => undefined);
    await sleep(shortened(retryDelayMs(res.headers.get('retry-after'), n)));
  }
}

/**
 * A client of the OCI distribution API: the WWW-Authenticate challenge (Basic, or Bearer through
 * the token service), manifests by tag or digest, copying a manifest to a new tag without moving
 * layers, and reading image labels. Plain HTTP only for registries named `insecure`.
 */
export class RegistryClient {
  private readonly tokens = new Map<string, string>();
  private readonly base: string;

  constructor(
    readonly registry: string,
    private readonly creds?: RegistryCredentials,
    insecure = false,
  ) {
    this.base = `${insecure ? 'http' : 'https'}://${registry === 'registry-1.docker.io' ? 'registry-1.docker.io' : registry}`;
    if (creds) {
      registerSecret(creds.password);
      registerSecret(Buffer.from(`${creds.username}:${creds.password}`).toString('base64'));
    }
  }

  private async send(
    method: string,
    path: string,
    scope: string,
    init: { headers?: Record<string, string>; body?: Buffer } = {},
  ): Promise<Response> {
    const url = `${this.base}${path}`;
    const once = (auth?: string) =>
      fetch(url, {
        method,
        headers: { ...init.headers, ...(auth ? { Authorization: auth } : {}) },
        body: init.body,
        redirect: 'follow',
        signal: AbortSignal.timeout(networkTimeoutMs()),
      }).catch((e: Error & { cause?: Error }) => {
        if (e.name === 'TimeoutError') throw noAnswerError(`registry ${this.registry} (${method} ${path})`);
        throw new RingwayError(`cannot reach registry ${this.registry}: ${e.cause?.message ?? e.message}`, {
          kind: 'unreachable',
          cause: e,
        });
      });
    // Every request here may be repeated: reads, a manifest PUT by content, a blob mount, a DELETE.
    const attempt = (auth?: string) => withRetries(() => once(auth));
    let res = await attempt(this.tokens.get(scope));
    if (res.status !== 401) return res;
    const challenge = res.headers.get('www-authenticate') ?? '';
    const auth = await this.authorize(challenge, scope);
    if (!auth)
      throw new RingwayError(
        `registry ${this.registry} requires credentials: set 'registry-username' and 'registry-password'`,
        { kind: 'unauthorized', status: 401 },
      );
    this.tokens.set(scope, auth);
    res = await attempt(auth);
    if (res.status === 401)
      throw new RingwayError(
        `registry ${this.registry} rejected the credentials (HTTP 401): check 'registry-username' and 'registry-password'`,
        { kind: 'unauthorized', status: 401 },
      );
    return res;
  }

  /** Answers a WWW-Authenticate challenge: Basic directly, Bearer through the token service. */
  private async authorize(challenge: string, scope: string): Promise<string | undefined> {
    const basic = this.creds
      ? `Basic ${Buffer.from(`${this.creds.username}:${this.creds.password}`).toString('base64')}`
      : undefined;
    if (/^basic/i.test(challenge)) return basic;
    if (!/^bearer/i.test(challenge)) return undefined;
    const params = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (!params.realm)
      throw new RingwayError(`registry ${this.registry} sent a Bearer challenge without a realm`, {
        kind: 'invalid-answer',
      });
    const q = new URLSearchParams(params.service ? { service: params.service } : {});
    // One `scope` parameter per scope, as the token specification spells a multi-repository request.
    for (const s of scope.split(' ')) q.append('scope', s);
    // A token request is a GET: asked again like the registry's own requests.
    const res = await withRetries(() =>
      fetch(`${params.realm}?${q}`, {
        headers: basic ? { Authorization: basic } : {},
        signal: AbortSignal.timeout(networkTimeoutMs()),
      }).catch((e: Error & { cause?: Error }) => {
        if (e.name === 'TimeoutError') throw noAnswerError(`the token service of ${this.registry} (${params.realm})`);
        throw new RingwayError(
          `cannot reach the token service of ${this.registry} (${params.realm}): ${e.cause?.message ?? e.message}`,
          { kind: 'unreachable', cause: e },
        );
      }),
    );
    if (res.status === 401 || res.status === 403)
      throw new RingwayError(
        `registry ${this.registry} rejected the credentials (HTTP ${res.status}): check 'registry-username' and 'registry-password'`,
        { kind: statusKind(res.status), status: res.status },
      );
    if (!res.ok)
      throw new RingwayError(`token service of ${this.registry} answered HTTP ${res.status}`, {
        kind: statusKind(res.status),
        status: res.status,
      });
    const body = readAnswer<{ token?: string; access_token?: string }>(
      (
        await readBody(res, MAX_ANSWER_BYTES, `the answer of the token service of ${this.registry}`, () =>
          noAnswerError(`the token service of ${this.registry} (${params.realm})`),
        )
      ).toString('utf8'),
      TOKEN,
      `the token service of ${this.registry}`,
      'asking for a registry token',
    );
    const token = body.token ?? body.access_token;
    if (!token)
      throw new RingwayError(`token service of ${this.registry} returned no token`, { kind: 'invalid-answer' });
    registerSecret(token);
    return `Bearer ${token}`;
  }

  private scope(repository: string, push = false): string {
    return `repository:${repository}:${push ? 'pull,push' : 'pull'}`;
  }

  /** The manifest at a tag or digest, or undefined when there is none. */
  async getManifest(repository: string, reference: string): Promise<Manifest | undefined> {
    const res = await this.send('GET', `/v2/${repository}/manifests/${reference}`, this.scope(repository), {
      headers: { Accept: MANIFEST_TYPES.join(', ') },
    });
    if (res.status === 404) return undefined;
    if (!res.ok) throw await this.failure(res, `reading ${repository}:${reference}`);
    const bytes = await readBody(
      res,
      MAX_ANSWER_BYTES,
      `the manifest ${repository}:${reference} in ${this.registry}`,
      () => noAnswerError(`registry ${this.registry} (GET manifest ${repository}:${reference})`),
    );
    const digest = res.headers.get('docker-content-digest') ?? `sha256:${(await sha256()).update(bytes).digest('hex')}`;
    const json = this.checked<Manifest['json']>(bytes.toString('utf8'), MANIFEST, `reading ${repository}:${reference}`);
    return { digest, mediaType: json.mediaType ?? res.headers.get('content-type') ?? MANIFEST_TYPES[1], bytes, json };
  }

  /** The digest at a tag: a HEAD request, falling back to GET when the registry omits the header. */
  async digest(repository: string, reference: string): Promise<string | undefined> {
    const res = await this.send('HEAD', `/v2/${repository}/manifests/${reference}`, this.scope(repository), {
      headers: { Accept: MANIFEST_TYPES.join(', ') },
    });
    if (res.status === 404) return undefined;
    if (!res.ok) throw await this.failure(res, `reading ${repository}:${reference}`);
    return res.headers.get('docker-content-digest') ?? (await this.getManifest(repository, reference))?.digest;
  }

  /** Every tag of a repository, following the `Link` header across pages. */
  async tags(repository: string): Promise<string[]> {
    const all: string[] = [];
    let path: string | undefined = `/v2/${repository}/tags/list?n=1000`;
    for (let page = 0; path && page < 100; page++) {
      const res = await this.send('GET', path, this.scope(repository));
      if (res.status === 404) return all;
      if (!res.ok) throw await this.failure(res, `listing tags of ${repository}`);
      all.push(
        ...(this.checked<{ tags?: string[] | null }>(
          (
            await readBody(res, MAX_ANSWER_BYTES, `the tag list of ${repository}`, () =>
              noAnswerError(`registry ${this.registry} (GET tags of ${repository})`),
            )
          ).toString('utf8'),
          TAG_LIST,
          `listing tags of ${repository}`,
        ).tags ?? []),
      );
      // Link: </v2/<name>/tags/list?n=1000&last=x>; rel="next"
      path = /<([^>]+)>;\s*rel="?next"?/.exec(res.headers.get('link') ?? '')?.[1];
      if (path && /^https?:/.test(path)) path = new URL(path).pathname + new URL(path).search;
    }
    return all;
  }

  /** The image id (config digest, as `docker images --digests` shows it); for an index, that of its first image. */
  async configDigest(repository: string, reference: string): Promise<string> {
    return this.configDigestOf(repository, await this.getManifest(repository, reference));
  }

  /** configDigest of a manifest already read: no request, except for an index (its first image's). */
  private async configDigestOf(repository: string, m: Manifest | undefined): Promise<string> {
    if (m?.json.manifests?.length) m = await this.getManifest(repository, m.json.manifests[0].digest);
    return m?.json.config?.digest ?? '';
  }

  /** The labels of an image (from its config blob); for an index, those of its first image. */
  async labels(repository: string, reference: string): Promise<Record<string, string>> {
    let m = await this.getManifest(repository, reference);
    if (m?.json.manifests?.length) m = await this.getManifest(repository, m.json.manifests[0].digest);
    if (!m?.json.config) return {};
    const res = await this.send('GET', `/v2/${repository}/blobs/${m.json.config.digest}`, this.scope(repository));
    if (!res.ok) throw await this.failure(res, `reading the config of ${repository}:${reference}`);
    const config = this.checked<{ config?: { Labels?: Record<string, string> | null } }>(
      await res.text(),
      IMAGE_CONFIG,
      `reading the config of ${repository}:${reference}`,
    );
    return config.config?.Labels ?? {};
  }

  /**
   * Gives `to` the manifest of `from`, byte for byte (so the digest is the same). Within one
   * repository this is a single PUT; across repositories the layers are mounted, never downloaded.
   * Returns the manifest digest and the image id (config digest), read from the manifest it copied.
   */
  async copy(from: ImageRef, to: ImageRef): Promise<{ digest: string; imageId: string }> {
    const src = await this.getManifest(from.repository, from.digest ?? from.tag ?? 'latest');
    if (!src) throw new RingwayError(`source image ${formatRef(from)} does not exist`);
    await this.putTree(from.repository, to.repository, src);
    await this.putManifest(to.repository, to.tag ?? src.digest, src);
    return { digest: src.digest, imageId: await this.configDigestOf(from.repository, src) };
  }

  private async putTree(fromRepo: string, toRepo: string, m: Manifest): Promise<void> {
    if (fromRepo === toRepo) return;
    for (const child of m.json.manifests ?? []) {
      const c = await this.getManifest(fromRepo, child.digest);
      if (!c) throw new RingwayError(`image ${fromRepo}@${child.digest} is missing from the registry`);
      await this.putTree(fromRepo, toRepo, c);
      await this.putManifest(toRepo, c.digest, c);
    }
    for (const blob of [m.json.config, ...(m.json.layers ?? [])].filter((b): b is { digest: string } => Boolean(b))) {
      const res = await this.send(
        'POST',
        `/v2/${toRepo}/blobs/uploads/?mount=${blob.digest}&from=${fromRepo}`,
        `repository:${toRepo}:pull,push repository:${fromRepo}:pull`,
      );
      if (res.status === 202) {
        // The registry opened an upload instead of mounting: cancel it rather than copy layers through here.
        const location = res.headers.get('location');
        if (location)
          await this.send(
            'DELETE',
            location.startsWith('http') ? new URL(location).pathname + new URL(location).search : location,
            this.scope(toRepo, true),
          ).catch(() => undefined);
        throw new RingwayError(
          `registry ${this.registry} would not mount ${blob.digest} from ${fromRepo} into ${toRepo} (the credentials may lack pull access to ${fromRepo}); nothing was copied`,
        );
      }
      if (res.status !== 201) throw await this.failure(res, `mounting ${blob.digest} from ${fromRepo} into ${toRepo}`);
    }
  }

  private async putManifest(repository: string, reference: string, m: Manifest): Promise<void> {
    const res = await this.send('PUT', `/v2/${repository}/manifests/${reference}`, this.scope(repository, true), {
      headers: { 'Content-Type': m.mediaType },
      body: m.bytes,
    });
    if (!res.ok) throw await this.failure(res, `writing ${repository}:${reference}`);
  }

  private async failure(res: Response, what: string): Promise<RingwayError> {
    let detail = '';
    try {
      const body = (await res.json()) as { errors?: { code?: string; message?: string }[] };
      detail = body.errors?.map((e) => `${e.code ?? ''} ${e.message ?? ''}`.trim()).join('; ') ?? '';
    } catch {
      // not JSON
    }
    const context = { kind: statusKind(res.status), status: res.status };
    if (res.status === 403)
      return new RingwayError(
        `${what}: registry ${this.registry} denied access (HTTP 403)${detail ? `: ${detail}` : ''}`,
        context,
      );
    return new RingwayError(
      `${what}: registry ${this.registry} answered HTTP ${res.status}${detail ? `: ${detail}` : ''}`,
      context,
    );
  }

  /** An answer of the registry, checked against the fields `what` reads. */
  private checked<T>(body: string, shape: Shape, what: string): T {
    return readAnswer<T>(body, shape, `registry ${this.registry}`, what);
  }
}
