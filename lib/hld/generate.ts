// The generate walk: renders a Fabrikate HLD environment set by environment set into staging
// folders that replace the output only when every component succeeded. Rendering and its cache
// are in render-cache.ts, hooks in hooks.ts, `fab install` in install.ts.
import { cpus } from 'node:os';
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
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
import { DEFAULT_RENDER_CACHE_BYTES, Renderer } from './render-cache.js';
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
  components: number;
  rendered: number;
  fromCache: number;
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
      // Output file → its last writer. Two components write one file when a subcomponent has its
      // parent's name in the parent's folder: fab keeps the one it finishes last, nearly always the
      // subcomponent (it starts after its parent is done), so the deeper component's output is
      // kept here whichever renders first.
      const writers = new Map<string, { depth: number; path: string; done: Promise<void> }>();
      const failed: unknown[] = []; // the first failure of a render; later ones are its consequences
      const pending: Promise<void>[] = [];
      const renderOne = async (node: ComponentNode) => {
        const manifest = await limit(() => renderer.render(node, sources));
        await runHooks(node, 'after-generate');
        const file = join(folder, node.logical, `${node.def.name}.yaml`);
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
    log(
      `generated ${folders.map((f) => f.name).join(', ')} in ${output}: ${renderer.rendered} rendered, ${renderer.fromCache} from cache`,
    );
    return { folders, components, rendered: renderer.rendered, fromCache: renderer.fromCache };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
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
