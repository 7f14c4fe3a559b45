import { join, posix } from 'node:path';
import { RingwayError } from '../errors.js';
import { assertEntriesInside } from '../fs/contained.js';
import { displayUrl } from '../git/auth.js';
import { type ComponentConfig, emptyConfig, layerConfigs, loadConfigFile } from './config.js';
import { type ComponentDef, isInlined, loadDefinition } from './definition.js';
import { readAccessFile } from './access-file.js';
import { containedPath, exists } from './files.js';
import type { ParsedFiles } from './parsed-files.js';
import type { SourceCache } from './sources.js';

/** One visited component: what to render, where its files are, and its layered config. */
export interface ComponentNode {
  def: ComponentDef;
  /** Folder holding the component's files (its own, or its parent's when inlined). */
  physical: string;
  /** Output folder relative to the environment folder ('.' for the root). */
  logical: string;
  config: ComponentConfig;
  /** Dotted path from the root (`fabrikam.frontend.web`), used in messages. */
  path: string;
  /** Root of the tree the component's files must stay inside (the HLD, or a fetched checkout). */
  root: string;
  /** Levels below the root component (0 for the root). */
  depth: number;
}

export interface WalkOptions {
  hld: string;
  environments: string[];
  sources: SourceCache;
  warn: (message: string) => void;
  /**
   * Called once per component before its subcomponents are read; they wait for it. Fabrikate runs a
   * component's hooks (and render) before it loads its children, so a parent's before-generate hook
   * may write files, even component.yaml or config, into a child.
   */
  visit?: (node: ComponentNode) => Promise<void>;
  /** Parses shared by the walks of one run (one per environment set): a file's same bytes are parsed once. */
  parsed?: ParsedFiles;
}

/**
 * Visits the component tree, parents before children, as Fabrikate does: siblings and cousins
 * concurrently, a node's subcomponents only once `visit` of that node is done. Returns the nodes in
 * breadth-first order. Disabled subcomponents are skipped with their whole subtree. On a failure no
 * new node is visited; the first error is thrown once the visits under way have ended.
 */
/** Files a component folder is read for: links among them must stay inside the HLD or checkout. */
const COMPONENT_FILES = ['component.yaml', 'component.json', 'access.yaml', 'config'];

export async function walkTree(opts: WalkOptions): Promise<ComponentNode[]> {
  await assertEntriesInside(opts.hld, opts.hld, COMPONENT_FILES, 'component .');
  const rootDef = await loadDefinition(opts.hld, '.', opts.parsed);
  const root: ComponentNode = {
    def: rootDef,
    physical: opts.hld,
    logical: '.',
    config: await componentConfig(opts.hld, '.', opts.environments, undefined, opts.parsed),
    path: rootDef.name,
    root: opts.hld,
    depth: 0,
  };
  await readAccessTokens(opts.hld, '.', opts);
  const visited: { node: ComponentNode; at: number[] }[] = [];
  let failure: { err: unknown } | undefined;
  const walk = async (node: ComponentNode, at: number[]): Promise<void> => {
    if (failure) return;
    try {
      visited.push({ node, at });
      if (opts.visit) await opts.visit(node);
      if (failure) return;
      const kids = await children(node, opts);
      await Promise.all(kids.map((k, i) => walk(k, [...at, i])));
    } catch (err) {
      failure ??= { err };
    }
  };
  await walk(root, []);
  if (failure) throw failure.err;
  return visited.sort((a, b) => compareAt(a.at, b.at)).map((v) => v.node);
}

/** Breadth-first order of tree positions: depth first, then sibling indexes from the top. */
function compareAt(a: number[], b: number[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

async function children(parent: ComponentNode, opts: WalkOptions): Promise<ComponentNode[]> {
  const out: ComponentNode[] = [];
  for (const sub of parent.def.subcomponents) {
    const entry = parent.config.subcomponents[sub.name];
    if (entry?.disabled) continue;
    const path = `${parent.path}.${sub.name}`;
    if (isInlined(sub)) {
      out.push({
        def: sub,
        physical: parent.physical,
        logical: parent.logical,
        config: entry ?? emptyConfig(),
        path,
        root: parent.root,
        depth: parent.depth + 1,
      });
      continue;
    }
    let root = parent.root;
    let physical: string;
    const installed = sub.method === 'git' ? await installedFolder(parent, 'components', sub.name, path) : undefined;
    if (installed) {
      // What `fab install` left (components/<name>, committed or not): used as it is, offline, as fab generate does.
      physical = await containedPath(root, installed, sub.path || '.', `component '${path}'`);
    } else if (sub.method === 'git') {
      if (!sub.source) throw new RingwayError(`component '${path}': method git needs a 'source' URL`);
      root = await opts.sources.git(sub.source, sub.version, sub.branch, path);
      physical = await containedPath(root, root, sub.path || '.', `component '${path}'`);
    } else {
      physical = await containedPath(
        parent.root,
        parent.physical,
        join(sub.source || '.', sub.path || '.'),
        `component '${path}'`,
      );
    }
    if (!(await exists(physical))) {
      const where = posix.join(sub.source || '.', sub.path || '.');
      throw new RingwayError(
        `component '${path}': folder '${where}' does not exist${sub.method === 'git' ? ` in ${sub.source}` : ''}`,
      );
    }
    const display = posix.join(parent.logical, sub.name);
    await assertEntriesInside(root, physical, COMPONENT_FILES, `component '${path}'`);
    const def = await loadDefinition(physical, display, opts.parsed);
    await readAccessTokens(physical, display, opts);
    out.push({
      def,
      physical,
      logical: display,
      config: await componentConfig(physical, display, opts.environments, entry, opts.parsed),
      path,
      root,
      depth: parent.depth + 1,
    });
  }
  return out;
}

/**
 * `<parent folder>/<kind>/<name>` when `fab install` put a source there (`components/` for git
 * components and http files, `helm_repos/` for charts), else undefined. The folder must be inside
 * the HLD (or the checkout it is part of), also through symlinks.
 */
export async function installedFolder(
  node: Pick<ComponentNode, 'root' | 'physical'>,
  kind: 'components' | 'helm_repos',
  name: string,
  who: string,
): Promise<string | undefined> {
  const dir = join(node.physical, kind, name);
  if (!(await exists(dir))) return undefined;
  return containedPath(node.root, node.physical, `${kind}/${name}`, `component '${who}'`);
}

/** Parent-provided config first, then the component's own environment files, then common. */
async function componentConfig(
  dir: string,
  display: string,
  envs: string[],
  fromParent: ComponentConfig | undefined,
  parsed: ParsedFiles | undefined,
): Promise<ComponentConfig> {
  const layers: { config: ComponentConfig; file: string }[] = [];
  if (fromParent) layers.push({ config: fromParent, file: `config of the parent of ${display}` });
  for (const env of [...envs, 'common']) {
    const c = await loadConfigFile(dir, env, display, parsed);
    if (c) layers.push({ config: c, file: `${display === '.' ? '' : `${display}/`}config/${env}` });
  }
  return layerConfigs(layers);
}

/**
 * Fabrikate's access.yaml: `<source url>: <ENV_VAR>` naming the variable that holds its token. HLD
 * content never chooses where a secret goes: an entry counts only where the step's `access-tokens`
 * input allows that variable for that URL's host; any other is ignored with a warning naming the
 * file and line (a fetch that then fails says which entry was ignored).
 */
async function readAccessTokens(dir: string, display: string, opts: WalkOptions): Promise<void> {
  const file = join(dir, 'access.yaml');
  if (!(await exists(file))) return;
  const shown = `${display === '.' ? '' : `${display}/`}access.yaml`;
  const { access, named, withheld } = opts.sources;
  for (const { url, variable, line } of await readAccessFile(file, shown)) {
    const at = line ? `${shown}:${line}` : shown;
    const where = displayUrl(url);
    const why = access.refusal(variable, url);
    if (why) {
      opts.warn(`${at}: ${variable} for ${where} is ignored: ${why}`);
      if (!withheld.has(url)) withheld.set(url, `${at} names ${variable} for it, but ${why}`);
    } else if (!access.isSet(variable)) {
      opts.warn(`${at}: environment variable ${variable} for ${where} is not set`);
    } else if (!named.has(url)) named.set(url, variable);
  }
}
