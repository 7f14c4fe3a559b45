import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { mkdir, mkdtemp, readdir, readFile, realpath, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { delimiter, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { stringify } from 'yaml';
import { RingwayError } from '../errors.js';
import { assertResolvesInside, assertTreeInside } from '../fs/contained.js';
import { removeStaleStaging } from '../fs/temp.js';
import { exec, lastLines } from '../exec.js';
import { containedPath, exists, firstDocument, isPlainObject } from './files.js';
import { renderHelm, renderKustomize, renderStatic, VALUES_FORMAT } from './render.js';
import { ensureChartDependencies } from './chart-deps.js';
import { defaultCacheDir, SourceCache } from './sources.js';
import { type ComponentNode, installedFolder, walkTree } from './tree.js';

export interface GenerateOptions {
  hld: string;
  /** One entry per output folder; each entry lists environments in priority order. */
  environments: string[][];
  /** Folder receiving one sub-folder per entry (default `<hld>/generated`). */
  output?: string;
  concurrency?: number;
  cacheDir?: string;
  /** Check every generated document is a Kubernetes object (apiVersion, kind, metadata.name). */
  validate?: boolean;
  log?: (line: string) => void;
  warn?: (line: string) => void;
  /** Size the render cache is trimmed to after a run (entries the run used are always kept). */
  renderCacheBytes?: number;
  /** Called as each component is written, with counts so far, for progress lines. */
  progress?: (p: GenerateProgress) => void;
}

export interface GenerateProgress {
  /** Components written so far. */
  done: number;
  /** Components found so far (grows while the tree is read). */
  total: number;
  component: string;
  rendered: number;
  fromCache: number;
}

/** Changes when ringway writes a rendered component differently, so older cache entries are not reused. */
const RENDER_FORMAT = 'render-2';

/** 256 MiB: some 50,000 rendered components of a few KiB. */
export const DEFAULT_RENDER_CACHE_BYTES = 256 * 2 ** 20;

export interface GeneratedFolder {
  name: string;
  path: string;
  files: number;
}

export interface GenerateResult {
  folders: GeneratedFolder[];
  components: number;
  rendered: number;
  fromCache: number;
}

/** Output folder name for a set of environments, as `fab generate prod east` names it. */
export function folderName(envs: string[]): string {
  return envs.length ? envs.join('-') : 'common';
}

/**
 * Renders a Fabrikate HLD into `<output>/<env…>/`. Components render in parallel, bounded by
 * `concurrency`; each manifest is written to a staging folder as soon as it is ready, and the
 * staging folders replace the previous output only when every component of every environment
 * succeeded, so a failure leaves the previous output as it was.
 */
export async function generate(opts: GenerateOptions): Promise<GenerateResult> {
  const hld = resolve(opts.hld);
  const output = resolve(opts.output ?? join(hld, 'generated'));
  const log = opts.log ?? (() => undefined);
  const warn = opts.warn ?? log;
  const cacheDir = resolve(opts.cacheDir || defaultCacheDir());
  const sources = new SourceCache(cacheDir);
  const groups = opts.environments.length ? opts.environments : [[]];
  const names = groups.map(folderName);
  for (const n of names) if (/[/\\]|^\.\.?$/.test(n)) throw new RingwayError(`input 'environments': '${n}' is not a valid folder name`);

  // A committed `generated` link must not carry the output out of the HLD.
  if (isInside(hld, output)) await assertResolvesInside(hld, output, 'output');
  await mkdir(output, { recursive: true });
  // Staging is named after this process: one left by a killed run is removed by the next.
  await removeStaleStaging(output);
  const staging = await mkdtemp(join(output, `.ringway-staging-${process.pid}-`));
  const renderer = new Renderer(cacheDir);
  const limit = limiter(opts.concurrency || defaultConcurrency());
  try {
    const folders: GeneratedFolder[] = [];
    let components = 0;
    let done = 0;
    let found = 0;
    // One environment set after another, as Bedrock runs `fab generate` once per FAB_ENVS entry:
    // hooks of one component never run twice at once. Inside a set, components render in parallel.
    for (const [g, envs] of groups.entries()) {
      const folder = join(staging, names[g]);
      await mkdir(folder, { recursive: true });
      const written = new Map<string, string>();
      const failed: unknown[] = []; // the first failure of a render; later ones are its consequences
      const pending: Promise<void>[] = [];
      const renderOne = async (node: ComponentNode) => {
        const manifest = await limit(() => renderer.render(node, sources));
        await runHooks(node, 'after-generate');
        const file = join(folder, node.logical, `${node.def.name}.yaml`);
        const other = written.get(file);
        if (other) warn(`components '${other}' and '${node.path}' both write ${relative(staging, file)}; the last one rendered wins`);
        written.set(file, node.path);
        await mkdir(join(folder, node.logical), { recursive: true });
        await writeFile(file, manifest, { mode: 0o644 });
        opts.progress?.({ done: ++done, total: found, component: node.path, rendered: renderer.rendered, fromCache: renderer.fromCache });
      };
      const nodes = await walkTree({
        hld,
        environments: envs,
        sources,
        warn,
        // Fabrikate's order: a component's before-generate, render and after-generate all end before
        // its subcomponents are read. Only an after-generate hook makes the children wait for the
        // render; without one they are read while it runs (rendering writes nothing into the HLD).
        visit: async (node) => {
          if (failed.length) throw failed[0];
          found++;
          await limit(() => runHooks(node, 'before-generate'));
          const done = renderOne(node).catch((err: unknown) => {
            failed.push(err);
          });
          if (hasHook(node, 'after-generate')) await done;
          else pending.push(done);
          if (failed.length) throw failed[0];
        },
      }).catch(async (err: unknown) => {
        await Promise.all(pending);
        throw err;
      });
      await Promise.all(pending);
      if (failed.length) throw failed[0];
      if (opts.validate) await validateFolder(folder, names[g]);
      folders.push({ name: names[g], path: join(output, names[g]), files: nodes.length });
      components += nodes.length;
    }
    // Previous folders are moved aside, not deleted in place: deleting a large folder takes a while,
    // and a kill meanwhile would leave half of it for push-manifests to publish.
    const previous = await mkdtemp(join(output, `.ringway-staging-${process.pid}-`));
    try {
      for (const name of names) {
        await rename(join(output, name), join(previous, name)).catch((err: NodeJS.ErrnoException) => {
          if (err.code !== 'ENOENT') throw err;
        });
        await rename(join(staging, name), join(output, name));
      }
    } finally {
      await rm(previous, { recursive: true, force: true });
    }
    await renderer.evict(opts.renderCacheBytes ?? DEFAULT_RENDER_CACHE_BYTES);
    log(`generated ${folders.map((f) => f.name).join(', ')} in ${output}: ${renderer.rendered} rendered, ${renderer.fromCache} from cache`);
    return { folders, components, rendered: renderer.rendered, fromCache: renderer.fromCache };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

export interface InstallResult {
  components: number;
  fetched: number;
}

/**
 * `fab install`: visits the tree with common config only, runs the install hooks and fetches every
 * remote source (git components, helm charts, static files over http) into the cache, so that a
 * later generate needs no network.
 */
export async function install(opts: { hld: string; cacheDir?: string; concurrency?: number; log?: (l: string) => void; warn?: (l: string) => void }): Promise<InstallResult> {
  const hld = resolve(opts.hld);
  const sources = new SourceCache(resolve(opts.cacheDir || defaultCacheDir()));
  const limit = limiter(opts.concurrency || cpus().length);
  let fetched = 0;
  // As in Fabrikate, a component's install (hooks included) ends before its subcomponents are read.
  const visit = (node: ComponentNode) => limit(async () => {
    const { def } = node;
    await runHooks(node, 'before-install');
    if (def.type === 'helm' && (def.method === 'helm' || def.method === 'git') && def.source) {
      await chartPath(node, sources); // the chart and the dependencies it lacks
      fetched++;
    } else if (def.method === 'helm' && def.source && def.path) {
      await sources.helmChart(def.source, def.path, def.version, node.path);
      fetched++;
    } else if (def.method === 'git' && def.source && def.type !== 'component') {
      await sources.git(def.source, def.version, def.branch, node.path);
      fetched++;
    } else if (def.method === 'http' && def.source) {
      await sources.http(def.source, def.name, node.path);
      fetched++;
    } else if (def.method === 'git' && def.type === 'component') {
      fetched++; // fetched by the walk itself
    }
    await runHooks(node, 'after-install');
  });
  const nodes = await walkTree({ hld, environments: [], sources, warn: opts.warn ?? opts.log ?? (() => undefined), visit });
  opts.log?.(`installed ${nodes.length} components, ${fetched} remote sources cached in ${sources.dir}`);
  return { components: nodes.length, fetched };
}

/** Runs `fn` over `items` with at most `limit` at a time; the first failure wins and stops new work. */
export async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: unknown;
  const worker = async () => {
    while (failure === undefined && next < items.length) {
      const item = items[next++];
      try {
        await fn(item);
      } catch (err) {
        failure ??= err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure !== undefined) throw failure;
}

/** A bound on work under way: `limit(fn)` runs fn once fewer than `n` others run. */
export function limiter(n: number): <T>(fn: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    if (running >= n) await new Promise<void>((r) => waiting.push(r));
    else running++;
    try {
      return await fn();
    } finally {
      const next = waiting.shift();
      if (next) next(); // the slot passes to the next waiter
      else running--;
    }
  };
}

/**
 * Renders at once by default: one more than the cores. Every render is a short `helm template`
 * process whose start-up and exit leave a core idle; one extra keeps both cores busy.
 */
export function defaultConcurrency(): number {
  return cpus().length + 1;
}

function hasHook(node: ComponentNode, hook: string): boolean {
  return (node.def.hooks[hook] ?? []).some((c) => c.trim() !== '');
}

async function runHooks(node: ComponentNode, hook: string): Promise<void> {
  for (const cmd of node.def.hooks[hook] ?? []) {
    if (!cmd.trim()) continue;
    const r = await exec('sh', ['-c', cmd], { cwd: node.physical, allowFailure: true });
    if (r.code !== 0) throw new RingwayError(`component '${node.path}': ${hook} hook '${cmd}' failed (exit ${r.code}): ${lastLines(r.stderr || r.stdout, 1)}`);
  }
}

/** Renders components, reusing a cached result when chart, values, namespace and helm are unchanged. */
class Renderer {
  rendered = 0;
  fromCache = 0;
  private helmVersion?: Promise<string>;
  private readonly chartHashes = new Map<string, Promise<string>>();
  /** Render cache entries this run read or wrote. */
  private readonly used = new Set<string>();

  constructor(private readonly cacheDir: string) {}

  /**
   * Bounds the render cache: entries this run used are kept (and marked recent); the others go,
   * least recently used first, until the whole cache is under `maxBytes`. Runs of other
   * environments sharing the cache keep their entries while there is room.
   */
  async evict(maxBytes: number): Promise<{ kept: number; removed: number; bytes: number }> {
    const dir = join(this.cacheDir, 'render');
    const names = await readdir(dir).catch(() => [] as string[]);
    const now = new Date();
    const entries = await Promise.all(
      names.map(async (name) => {
        const full = join(dir, name);
        const st = await stat(full).catch(() => undefined);
        if (this.used.has(name)) await utimes(full, now, now).catch(() => undefined);
        return { full, size: st?.size ?? 0, mtime: st?.mtimeMs ?? 0, used: this.used.has(name) };
      }),
    );
    let bytes = entries.reduce((n, e) => n + e.size, 0);
    let removed = 0;
    for (const e of entries.filter((x) => !x.used).sort((a, b) => a.mtime - b.mtime)) {
      if (bytes <= maxBytes) break;
      await rm(e.full, { force: true });
      bytes -= e.size;
      removed++;
    }
    return { kept: entries.length - removed, removed, bytes };
  }

  async render(node: ComponentNode, sources: SourceCache): Promise<string> {
    const { def, config } = node;
    const who = node.path;
    switch (def.type) {
      case 'component':
        return '';
      case 'static': {
        if (def.method === 'http') {
          // fab install downloads into components/<name>/ and fab generate reads that whole folder.
          const installed = await installedFolder(node, 'components', def.name, who);
          this.rendered++;
          if (installed) return renderStatic(installed, who);
          return renderStatic(join(await sources.http(def.source, def.name, who), `${def.name}.yaml`), who);
        }
        const base = def.method === 'git' ? await sources.git(def.source, def.version, def.branch, who) : node.physical;
        const root = def.method === 'git' ? base : node.root;
        this.rendered++;
        const files = await containedPath(root, base, def.path || '.', `component '${who}'`);
        await assertTreeInside(root, files, `component '${who}'`);
        return renderStatic(files, who);
      }
      case 'kustomize': {
        const base = def.method === 'git' ? await sources.git(def.source, def.version, def.branch, who) : node.physical;
        const root = def.method === 'git' ? base : node.root;
        this.rendered++;
        const dir = await containedPath(root, base, def.path || '.', `component '${who}'`);
        await assertTreeInside(root, dir, `component '${who}'`);
        return renderKustomize(dir, config.namespace, config.injectNamespace, who);
      }
      case 'helm': {
        const { chart, root } = await chartPath(node, sources);
        const key = createHash('sha256')
          .update(JSON.stringify([RENDER_FORMAT, VALUES_FORMAT, await this.helm(), await this.hashChart(chart, root, who), def.name, config.namespace, config.injectNamespace, stringify(config.config ?? {})]))
          .digest('hex');
        const cached = join(this.cacheDir, 'render', `${key}.yaml`);
        this.used.add(`${key}.yaml`);
        const hit = await readFile(cached, 'utf8').catch(() => undefined);
        if (hit !== undefined) {
          this.fromCache++;
          return hit;
        }
        const manifest = await renderHelm({ release: def.name, chart, values: config.config, namespace: config.namespace, injectNamespace: config.injectNamespace, who });
        this.rendered++;
        await mkdir(join(this.cacheDir, 'render'), { recursive: true });
        const tmp = `${cached}.${process.pid}.${Math.random().toString(36).slice(2)}`;
        await writeFile(tmp, manifest);
        await rename(tmp, cached);
        return manifest;
      }
    }
  }

  /**
   * helm's version, part of every render cache key. Asking helm costs a process per run, so the
   * answer is kept in the cache next to the binary's path, size and mtime, and asked again only
   * when the binary changes.
   */
  private helm(): Promise<string> {
    this.helmVersion ??= (async () => {
      const bin = (process.env.PATH ?? '').split(delimiter).map((d) => join(d, 'helm')).find((f) => existsSync(f));
      const st = bin ? await stat(bin) : undefined;
      const id = bin && st ? `${bin}:${st.size}:${st.mtimeMs}` : '';
      const file = join(this.cacheDir, 'helm-version.json');
      const known = await readFile(file, 'utf8').then((t) => JSON.parse(t) as { id: string; version: string }, () => undefined);
      if (id && known?.id === id) return known.version;
      const version = (await exec('helm', ['version', '--short'])).stdout.trim();
      if (id) {
        await mkdir(this.cacheDir, { recursive: true });
        await writeFile(file, JSON.stringify({ id, version }));
      }
      return version;
    })();
    return this.helmVersion;
  }

  /**
   * Content hash of every file of a chart (names and bytes), computed once per run. Symlinks are
   * followed as helm follows them (a subchart folder linked from a shared one), but only while
   * they stay inside `root`, the HLD or the fetched source: a link leading out is an error.
   */
  private hashChart(dir: string, root: string, who: string): Promise<string> {
    let p = this.chartHashes.get(dir);
    if (!p) {
      p = (async () => {
        const h = createHash('sha256');
        const realRoot = await realpath(root);
        const seen = new Set<string>();
        const walk = async (d: string, real: string): Promise<void> => {
          if (seen.has(real)) return; // a link back up the tree: helm would loop, we list it once
          seen.add(real);
          for (const e of (await readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const full = join(d, e.name);
            let isDir = e.isDirectory();
            let target = join(real, e.name);
            if (e.isSymbolicLink()) {
              target = await realpath(full).catch(() => {
                throw new RingwayError(`component '${who}': symlink ${relative(root, full)} in its chart points to nothing`);
              });
              if (!isInside(realRoot, target)) throw new RingwayError(`component '${who}': symlink ${relative(root, full)} in its chart leads outside the HLD`);
              isDir = (await stat(target)).isDirectory();
            }
            if (isDir) await walk(full, target);
            else {
              h.update(relative(dir, full)).update('\0');
              h.update(await readFile(full));
            }
          }
        };
        await walk(dir, await realpath(dir));
        return h.digest('hex');
      })();
      this.chartHashes.set(dir, p);
    }
    return p;
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

/** Offline check that each generated document is a Kubernetes object. */
async function validateFolder(folder: string, name: string): Promise<void> {
  const walk = async (d: string): Promise<string[]> => {
    const out: string[] = [];
    for (const e of await readdir(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) out.push(...(await walk(full)));
      else out.push(full);
    }
    return out;
  };
  for (const file of await walk(folder)) {
    if ((await stat(file)).size === 0) continue;
    const text = await readFile(file, 'utf8');
    for (const chunk of text.split(/^---$/m)) {
      if (!chunk.trim()) continue;
      const doc = firstDocument(chunk);
      if (doc === null) continue;
      const where = `${name}/${relative(folder, file)}`;
      if (!isPlainObject(doc)) throw new RingwayError(`validate: ${where} holds a document that is not a mapping`);
      const meta = doc.metadata;
      if (typeof doc.apiVersion !== 'string' || typeof doc.kind !== 'string' || !isPlainObject(meta) || typeof meta.name !== 'string') {
        throw new RingwayError(`validate: ${where} holds a document without apiVersion, kind and metadata.name`);
      }
    }
  }
}

/**
 * The folder of a helm component's chart and the root it must stay inside: what `fab install` left
 * in helm_repos/<name> when it is there (used as it is, as fab generate does), else fetched into the
 * cache (with its dependencies), else the chart in the HLD.
 */
async function chartPath(node: ComponentNode, sources: SourceCache): Promise<{ chart: string; root: string }> {
  const { def } = node;
  const who = node.path;
  const remote = def.method === 'helm' || def.method === 'git';
  const installed = remote ? await installedFolder(node, 'helm_repos', def.name, who) : undefined;
  if (installed) {
    const dir = def.method === 'git' ? await containedPath(node.root, installed, def.path || '.', `component '${who}'`) : installed;
    return { chart: await existingChart(dir, who), root: node.root };
  }
  if (def.method === 'helm') {
    if (!def.source || !def.path) throw new RingwayError(`component '${who}': method helm needs 'source' (repository URL) and 'path' (chart name)`);
    const chart = await sources.helmChart(def.source, def.path, def.version, who);
    await ensureChartDependencies(chart, who);
    return { chart, root: chart };
  }
  if (def.method === 'git') {
    if (!def.source) throw new RingwayError(`component '${who}': method git needs a 'source' URL`);
    const checkout = await sources.git(def.source, def.version, def.branch, who);
    const chart = await existingChart(await containedPath(checkout, checkout, def.path || '.', `component '${who}'`), who);
    await ensureChartDependencies(chart, who);
    return { chart, root: checkout };
  }
  return { chart: await existingChart(await containedPath(node.root, node.physical, def.path || '.', `component '${who}'`), who), root: node.root };
}

async function existingChart(dir: string, who: string): Promise<string> {
  if (!(await exists(join(dir, 'Chart.yaml')))) throw new RingwayError(`component '${who}': no helm chart (Chart.yaml) at ${dir}`);
  return dir;
}
