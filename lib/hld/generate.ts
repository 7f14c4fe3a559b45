// The generate walk: renders a Fabrikate HLD environment set by environment set into staging
// folders that replace the output only when every component succeeded. Rendering and its cache
// are in render-cache.ts, hooks in hooks.ts, `fab install` in install.ts.
import { cpus } from 'node:os';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, posix, relative, resolve } from 'node:path';
import { RingwayError } from '../errors.js';
import type { AccessTokens } from '../git/access-tokens.js';
import { assertResolvesInside, inside } from '../fs/contained.js';
import { removeStaleStaging } from '../fs/temp.js';
import { walkFiles } from '../fs/walk.js';
import { limiter } from '../pool.js';
import { firstDocument, isPlainObject } from './files.js';
import { noDefinition } from './definition.js';
import { hasHook, runHooks } from './hooks.js';
import { definitionFile, folderName } from './names.js';
import { ParsedFiles } from './parsed-files.js';
import { DEFAULT_RENDER_CACHE_BYTES, Renderer } from './render-cache.js';
import {
  planShards,
  readCosts,
  recordCosts,
  SHARD_RECORD,
  type Shard,
  shardRecordName,
  type ShardRecord,
  sortedObject,
} from './shard.js';
import { defaultCacheDir, SourceCache } from './sources.js';
import { type ComponentNode, walkTree } from './tree.js';
import { loadYaml } from './yaml-engine.js';

export interface GenerateOptions {
  hld: string;
  /** One entry per output folder; each entry lists environments in priority order. */
  environments: string[][];
  /** Folder receiving one sub-folder per entry (default `<hld>/generated`). */
  output?: string;
  concurrency?: number;
  cacheDir?: string;
  /** The tokens the pipeline author allowed for remote components, and their hosts. */
  access?: AccessTokens;
  /** Check every generated document is a Kubernetes object (apiVersion, kind, metadata.name). */
  validate?: boolean;
  log?: (line: string) => void;
  warn?: (line: string) => void;
  /** Size the render cache is trimmed to after a run (entries the run used are always kept). */
  renderCacheBytes?: number;
  /** Folders whose repositories git components may name by path or file:// URL (the author's `local-sources`). */
  localSources?: string[];
  /** Called as each component is written, with counts so far, for progress lines. */
  progress?: (p: GenerateProgress) => void;
  /** Render only this shard's output files (shard.ts); the other shards of the plan render the rest. */
  shard?: Shard;
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

export interface GeneratedFolder {
  name: string;
  path: string;
  files: number;
}

export interface GenerateResult {
  folders: GeneratedFolder[];
  /** Components generated (by this shard, when sharded). */
  components: number;
  rendered: number;
  fromCache: number;
  /** When sharded: this shard's part of the plan. */
  shard?: { index: number; count: number; plan: string; files: number; of: number };
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
  const sources = new SourceCache(cacheDir, opts.access, opts.localSources);
  const groups = opts.environments.length ? opts.environments : [[]];
  const names = groups.map(folderName);
  for (const n of names)
    if (/[/\\]|^\.\.?$/.test(n)) throw new RingwayError(`environment folder name '${n}' is not valid`);

  // A folder that is not an HLD fails before anything is written: no empty output folder is left.
  if (!(await definitionFile(hld))) throw noDefinition('.');
  // A committed `generated` link must not carry the output out of the HLD.
  if (inside(hld, output)) await assertResolvesInside(hld, output, 'output');
  await mkdir(output, { recursive: true });
  // Staging is named after this process: one left by a killed run is removed by the next.
  await removeStaleStaging(output);
  const staging = await mkdtemp(join(output, `.ringway-staging-${process.pid}-`));
  const renderer = new Renderer(cacheDir);
  renderer.warmUp();
  // Each environment set's walk reads the HLD again; files whose bytes did not change are parsed once.
  const parsed = new ParsedFiles();
  const limit = limiter(opts.concurrency || defaultConcurrency());
  // Render cost per output file (ms, summed over the environment sets), measured where helm or a
  // copy ran: it balances the shards of later runs (shard.ts).
  const measured = new Map<string, number>();
  const timedRender = async (node: ComponentNode) => {
    const start = performance.now();
    const manifest = await renderer.render(node, sources);
    const unit = outputFile(node);
    if (!renderer.cachedNodes.has(node)) measured.set(unit, (measured.get(unit) ?? 0) + performance.now() - start);
    return manifest;
  };
  try {
    const folders: GeneratedFolder[] = [];
    let components = 0;
    let done = 0;
    let found = 0;
    let sharded: Awaited<ReturnType<typeof renderShard>> | undefined;
    if (opts.shard) {
      sharded = await renderShard({
        ...opts,
        shard: opts.shard,
        hld,
        output,
        groups,
        names,
        staging,
        cacheDir,
        sources,
        parsed,
        renderer,
        limit,
        warn,
        measured,
        render: timedRender,
        folders,
      });
      components = sharded.components;
    }
    // One environment set after another, as Bedrock runs `fab generate` once per FAB_ENVS entry:
    // hooks of one component never run twice at once. Inside a set, components render in parallel.
    for (const [g, envs] of opts.shard ? [] : groups.entries()) {
      const folder = join(staging, names[g]);
      await mkdir(folder, { recursive: true });
      // Output file → its last writer. Two components write one file when a subcomponent has its
      // parent's name in the parent's folder: fab keeps the one it finishes last, nearly always the
      // subcomponent (it starts after its parent is done), so the deeper component's output is
      // kept here whichever renders first.
      const writers = new Map<string, { depth: number; path: string; done: Promise<void> }>();
      const failed: unknown[] = []; // the first failure of a render; later ones are its consequences
      const pending: Promise<void>[] = [];
      const renderOne = async (node: ComponentNode) => {
        const manifest = await limit(() => timedRender(node));
        await runHooks(node, 'after-generate');
        const file = join(folder, outputFile(node));
        const prev = writers.get(file);
        if (prev)
          warn(
            `components '${prev.path}' and '${node.path}' both write ${relative(staging, file)}; the subcomponent's output is kept, as fab keeps it`,
          );
        if (!prev || prev.depth <= node.depth) {
          const write = (prev?.done ?? Promise.resolve()).then(async () => {
            await mkdir(join(folder, node.logical), { recursive: true });
            await writeFile(file, manifest, { mode: 0o644 });
          });
          writers.set(file, { depth: node.depth, path: node.path, done: write });
          await write;
        }
        opts.progress?.({
          done: ++done,
          total: found,
          component: node.path,
          rendered: renderer.rendered,
          fromCache: renderer.fromCache,
        });
      };
      const nodes = await walkTree({
        hld,
        environments: envs,
        sources,
        warn,
        parsed,
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
      // A shard record names the files beside it: an older one (another shard, or before an
      // unsharded run) would no longer be true, so it goes; this shard's comes in last.
      for (const name of await readdir(output))
        if (SHARD_RECORD.test(name)) await rename(join(output, name), join(previous, name));
      if (sharded) await rename(join(staging, sharded.record), join(output, sharded.record));
    } finally {
      await rm(previous, { recursive: true, force: true });
    }
    await renderer.evict(opts.renderCacheBytes ?? DEFAULT_RENDER_CACHE_BYTES);
    // Every shard of a matrix plans from the one record it restored: only whole runs update it.
    if (!opts.shard) await recordCosts(cacheDir, measured).catch(() => undefined);
    log(
      `generated ${folders.map((f) => f.name).join(', ')} in ${output}${sharded ? ` (shard ${sharded.result.index}/${sharded.result.count}: ${sharded.result.files} of ${sharded.result.of} files)` : ''}: ${renderer.rendered} rendered, ${renderer.fromCache} from cache`,
    );
    return {
      folders,
      components,
      rendered: renderer.rendered,
      fromCache: renderer.fromCache,
      ...(sharded ? { shard: sharded.result } : {}),
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** The file a component writes, relative to its environment folder: `<component folder>/<name>.yaml`. */
function outputFile(node: ComponentNode): string {
  return posix.join(node.logical, `${node.def.name}.yaml`);
}

interface ShardContext {
  hld: string;
  output: string;
  shard: Shard;
  groups: string[][];
  names: string[];
  staging: string;
  cacheDir: string;
  sources: SourceCache;
  parsed: ParsedFiles;
  renderer: Renderer;
  limit: <T>(task: () => Promise<T>) => Promise<T>;
  warn: (line: string) => void;
  validate?: boolean;
  progress?: (p: GenerateProgress) => void;
  measured: Map<string, number>;
  render: (node: ComponentNode) => Promise<string | Buffer>;
  /** Filled with the environment folders written (their `files`: this shard's). */
  folders: GeneratedFolder[];
}

/**
 * One shard of a generate: every shard reads the whole tree and runs every hook, in Fabrikate's
 * order (a hook may shape the tree, so each shard must see the same one); the output files are
 * then split by `planShards` and this shard renders and writes only its own. A component with an
 * after-generate hook is rendered during the walk, before its hook as fab does, on every shard
 * (kept by its owner only). The shard record goes into the staging folder beside the environment
 * folders; it returns the record's name.
 */
async function renderShard(
  ctx: ShardContext,
): Promise<{ result: NonNullable<GenerateResult['shard']>; record: string; components: number }> {
  const { shard, renderer, limit } = ctx;
  const walked: ComponentNode[][] = [];
  const early = new Map<ComponentNode, string | Buffer>();
  let found = 0;
  for (const envs of ctx.groups) {
    walked.push(
      await walkTree({
        hld: ctx.hld,
        environments: envs,
        sources: ctx.sources,
        parsed: ctx.parsed,
        warn: ctx.warn,
        visit: async (node) => {
          found++;
          await limit(() => runHooks(node, 'before-generate'));
          if (!hasHook(node, 'after-generate')) return;
          early.set(node, await limit(() => ctx.render(node)));
          await runHooks(node, 'after-generate');
        },
      }),
    );
  }
  const costs = await readCosts(ctx.cacheDir);
  const plan = await planShards(walked.flat().map(outputFile), costs, shard.count);
  const record: ShardRecord = { shard: shard.index, of: shard.count, plan: plan.digest, files: [], costs: {} };
  let done = 0;
  let components = 0;
  for (const [g, nodes] of walked.entries()) {
    const folder = join(ctx.staging, ctx.names[g]);
    await mkdir(folder, { recursive: true });
    const mine = nodes.filter((n) => plan.owner.get(outputFile(n)) === shard.index);
    components += mine.length;
    // Two writers of one file: the deeper one's output is kept, as in a whole run (generate above).
    const kept = new Map<string, ComponentNode>();
    for (const n of mine) {
      const prev = kept.get(outputFile(n));
      if (prev)
        ctx.warn(
          `components '${prev.path}' and '${n.path}' both write ${ctx.names[g]}/${outputFile(n)}; the subcomponent's output is kept, as fab keeps it`,
        );
      if (!prev || prev.depth <= n.depth) kept.set(outputFile(n), n);
    }
    const settled = await Promise.allSettled(
      mine.map(async (n) => {
        const manifest = early.get(n) ?? (await limit(() => ctx.render(n)));
        if (kept.get(outputFile(n)) === n) {
          await mkdir(join(folder, n.logical), { recursive: true });
          await writeFile(join(folder, outputFile(n)), manifest, { mode: 0o644 });
        }
        ctx.progress?.({
          done: ++done,
          total: found,
          component: n.path,
          rendered: renderer.rendered,
          fromCache: renderer.fromCache,
        });
      }),
    );
    const failure = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure) throw failure.reason;
    if (ctx.validate) await validateFolder(folder, ctx.names[g]);
    for (const unit of kept.keys()) {
      record.files.push(`${ctx.names[g]}/${unit}`);
      const cost = ctx.measured.get(unit) ?? costs[unit];
      if (cost !== undefined) record.costs[unit] = Math.round(cost);
    }
    ctx.folders.push({ name: ctx.names[g], path: join(ctx.output, ctx.names[g]), files: kept.size });
  }
  record.files.sort();
  record.costs = sortedObject(record.costs);
  const name = shardRecordName(shard);
  await writeFile(
    join(ctx.staging, name),
    `${JSON.stringify(record, null, 2)}
`,
    { mode: 0o644 },
  );
  return {
    result: {
      index: shard.index,
      count: shard.count,
      plan: plan.digest,
      files: record.files.length,
      of: walked.reduce((n, nodes) => n + new Set(nodes.map(outputFile)).size, 0),
    },
    record: name,
    components,
  };
}

/**
 * Renders at once by default: two per core. Every render is a short `helm template` process
 * whose start-up, file reads and exit leave its core idle for a moment; with one extra per core
 * another render is always ready to take it (the concurrency table in BENCHMARKS.md: cores + 1
 * still left the cores partly idle).
 */
export function defaultConcurrency(): number {
  return cpus().length * 2;
}

/** Offline check that each generated document is a Kubernetes object. */
async function validateFolder(folder: string, name: string): Promise<void> {
  await loadYaml();
  for await (const { path: file } of walkFiles(folder)) {
    if ((await stat(file)).size === 0) continue;
    const text = await readFile(file, 'utf8');
    for (const chunk of text.split(/^---$/m)) {
      if (!chunk.trim()) continue;
      const doc = firstDocument(chunk);
      if (doc === null) continue;
      const where = `${name}/${relative(folder, file)}`;
      if (!isPlainObject(doc)) throw new RingwayError(`validate: ${where} holds a document that is not a mapping`);
      const meta = doc.metadata;
      if (
        typeof doc.apiVersion !== 'string' ||
        typeof doc.kind !== 'string' ||
        !isPlainObject(meta) ||
        typeof meta.name !== 'string'
      ) {
        throw new RingwayError(`validate: ${where} holds a document without apiVersion, kind and metadata.name`);
      }
    }
  }
}
