import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { delimiter, join, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { RingwayError } from '../errors.js';
import { exec, lastLines } from '../exec.js';
import { containedPath, exists, firstDocument, isPlainObject } from './files.js';
import { renderHelm, renderKustomize, renderStatic } from './render.js';
import { ensureChartDependencies } from './chart-deps.js';
import { defaultCacheDir, SourceCache } from './sources.js';
import { type ComponentNode, walkTree } from './tree.js';

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
  /** Called as each component is written; counts so far, for progress lines. */
  progress?: (p: GenerateProgress) => void;
}

export interface GenerateProgress {
  done: number;
  total: number;
  component: string;
  rendered: number;
  fromCache: number;
}

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

  const trees = await Promise.all(groups.map((envs) => walkTree({ hld, environments: envs, sources, warn })));
  await mkdir(output, { recursive: true });
  const staging = await mkdtemp(join(output, '.ringway-staging-'));
  const renderer = new Renderer(cacheDir);
  try {
    const jobs = trees.flatMap((nodes, g) => nodes.map((node) => ({ node, folder: join(staging, names[g]) })));
    const written = new Map<string, string>();
    let done = 0;
    await pool(jobs, opts.concurrency || cpus().length, async ({ node, folder }) => {
      await runHooks(node, 'before-generate');
      const manifest = await renderer.render(node, sources);
      await runHooks(node, 'after-generate');
      const file = join(folder, node.logical, `${node.def.name}.yaml`);
      const other = written.get(file);
      if (other) warn(`components '${other}' and '${node.path}' both write ${relative(staging, file)}; the last one rendered wins`);
      written.set(file, node.path);
      await mkdir(join(folder, node.logical), { recursive: true });
      await writeFile(file, manifest, { mode: 0o644 });
      opts.progress?.({ done: ++done, total: jobs.length, component: node.path, rendered: renderer.rendered, fromCache: renderer.fromCache });
    });
    const folders: GeneratedFolder[] = [];
    for (const [g, name] of names.entries()) {
      const folder = join(staging, name);
      await mkdir(folder, { recursive: true });
      if (opts.validate) await validateFolder(folder, name);
      folders.push({ name, path: join(output, name), files: trees[g].length });
    }
    for (const name of names) {
      await rm(join(output, name), { recursive: true, force: true });
      await rename(join(staging, name), join(output, name));
    }
    log(`generated ${folders.map((f) => f.name).join(', ')} in ${output}: ${renderer.rendered} rendered, ${renderer.fromCache} from cache`);
    return { folders, components: jobs.length, rendered: renderer.rendered, fromCache: renderer.fromCache };
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
  const nodes = await walkTree({ hld, environments: [], sources, warn: opts.warn ?? opts.log ?? (() => undefined) });
  let fetched = 0;
  await pool(nodes, opts.concurrency || cpus().length, async (node) => {
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

  constructor(private readonly cacheDir: string) {}

  async render(node: ComponentNode, sources: SourceCache): Promise<string> {
    const { def, config } = node;
    const who = node.path;
    switch (def.type) {
      case 'component':
        return '';
      case 'static': {
        if (def.method === 'http') return renderStatic(join(await sources.http(def.source, def.name, who), `${def.name}.yaml`), who);
        const base = def.method === 'git' ? await sources.git(def.source, def.version, def.branch, who) : node.physical;
        const root = def.method === 'git' ? base : node.root;
        this.rendered++;
        return renderStatic(await containedPath(root, base, def.path || '.', `component '${who}'`), who);
      }
      case 'kustomize': {
        const base = def.method === 'git' ? await sources.git(def.source, def.version, def.branch, who) : node.physical;
        const root = def.method === 'git' ? base : node.root;
        this.rendered++;
        return renderKustomize(await containedPath(root, base, def.path || '.', `component '${who}'`), config.namespace, config.injectNamespace, who);
      }
      case 'helm': {
        const chart = await chartPath(node, sources);
        const key = createHash('sha256')
          .update(JSON.stringify([await this.helm(), await this.hashChart(chart), def.name, config.namespace, config.injectNamespace, stringify(config.config ?? {})]))
          .digest('hex');
        const cached = join(this.cacheDir, 'render', `${key}.yaml`);
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

  /** Content hash of every file of a chart (names and bytes), computed once per run. */
  private hashChart(dir: string): Promise<string> {
    let p = this.chartHashes.get(dir);
    if (!p) {
      p = (async () => {
        const h = createHash('sha256');
        const walk = async (d: string): Promise<void> => {
          for (const e of (await readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
            const full = join(d, e.name);
            if (e.isDirectory()) await walk(full);
            else {
              h.update(relative(dir, full)).update('\0');
              h.update(await readFile(full));
            }
          }
        };
        await walk(dir);
        return h.digest('hex');
      })();
      this.chartHashes.set(dir, p);
    }
    return p;
  }
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

/** The folder of a helm component's chart: fetched (with its dependencies) or in the HLD. */
async function chartPath(node: ComponentNode, sources: SourceCache): Promise<string> {
  const { def } = node;
  const who = node.path;
  if (def.method === 'helm') {
    if (!def.source || !def.path) throw new RingwayError(`component '${who}': method helm needs 'source' (repository URL) and 'path' (chart name)`);
    const chart = await sources.helmChart(def.source, def.path, def.version, who);
    await ensureChartDependencies(chart, who);
    return chart;
  }
  if (def.method === 'git') {
    if (!def.source) throw new RingwayError(`component '${who}': method git needs a 'source' URL`);
    const checkout = await sources.git(def.source, def.version, def.branch, who);
    const chart = await existingChart(await containedPath(checkout, checkout, def.path || '.', `component '${who}'`), who);
    await ensureChartDependencies(chart, who);
    return chart;
  }
  return existingChart(await containedPath(node.root, node.physical, def.path || '.', `component '${who}'`), who);
}

async function existingChart(dir: string, who: string): Promise<string> {
  if (!(await exists(join(dir, 'Chart.yaml')))) throw new RingwayError(`component '${who}': no helm chart (Chart.yaml) at ${dir}`);
  return dir;
}
