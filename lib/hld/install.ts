import { cpus } from 'node:os';
import { resolve } from 'node:path';
import type { AccessTokens } from '../git/access-tokens.js';
import { limiter } from '../pool.js';
import { chartPath } from './chart-path.js';
import { runHooks } from './hooks.js';
import { defaultCacheDir, SourceCache } from './sources.js';
import { type ComponentNode, walkTree } from './tree.js';

export interface InstallResult {
  components: number;
  fetched: number;
}

/**
 * `fab install`: visits the tree with common config only, runs the install hooks and fetches every
 * remote source (git components, helm charts, static files over http) into the cache, so that a
 * later generate needs no network.
 */
export async function install(opts: {
  hld: string;
  cacheDir?: string;
  concurrency?: number;
  /** The tokens the pipeline author allowed for remote components, and their hosts. */
  access?: AccessTokens;
  /** Folders whose repositories git components may name by path or file:// URL. */
  localSources?: string[];
  log?: (l: string) => void;
  warn?: (l: string) => void;
}): Promise<InstallResult> {
  const hld = resolve(opts.hld);
  const sources = new SourceCache(resolve(opts.cacheDir || defaultCacheDir()), opts.access, opts.localSources);
  const limit = limiter(opts.concurrency || cpus().length);
  let fetched = 0;
  // As in Fabrikate, a component's install (hooks included) ends before its subcomponents are read.
  const visit = (node: ComponentNode) =>
    limit(async () => {
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
  const nodes = await walkTree({
    hld,
    environments: [],
    sources,
    warn: opts.warn ?? opts.log ?? (() => undefined),
    visit,
  });
  opts.log?.(`installed ${nodes.length} components, ${fetched} remote sources cached in ${sources.dir}`);
  return { components: nodes.length, fetched };
}
