import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, realpath, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { delimiter, join, relative } from 'node:path';
import { RingwayError } from '../errors.js';
import { sha256 } from '../hash.js';
import { exec } from '../exec.js';
import { assertTreeInside, inside } from '../fs/contained.js';
import { chartPath } from './chart-path.js';
import { containedPath, exists } from './files.js';
import { renderHelm, renderKustomize, renderStatic, VALUES_FORMAT } from './render.js';
import type { SourceCache } from './sources.js';
import { type ComponentNode, installedFolder } from './tree.js';

/**
 * A component's values as cache-key text: JSON (a hundred times cheaper than YAML, which a warm run
 * paid per component), with what JSON cannot tell apart made distinct: NaN, ±Infinity and -0, and
 * objects that are not plain data (dates, GoFloat) become the text "\u0001<kind>:<value>"; a string
 * or key of the user's that starts with \0 or \u0001 gets a \0 in front, so none reads as a tag.
 * Equal text means equal values, so a cached render is never reused for other values.
 */
export function valuesKey(values: unknown): string {
  const esc = (s: string) => (s.startsWith('\0') || s.startsWith('\u0001') ? `\0${s}` : s);
  // A returned string is written as it is (not visited again), so tags are strings.
  return JSON.stringify(values, function (this: Record<string, unknown>, key: string) {
    const raw = this[key];
    if (typeof raw === 'string') return esc(raw);
    if (typeof raw === 'number')
      return Number.isFinite(raw) && !Object.is(raw, -0) ? raw : `\u0001number:${String(raw)}`;
    if (typeof raw === 'bigint') return `\u0001bigint:${String(raw)}`;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
    const proto = Object.getPrototypeOf(raw) as object | null;
    if (proto !== Object.prototype && proto !== null) {
      return `\u0001${raw.constructor?.name ?? 'object'}:${raw instanceof Date ? raw.toISOString() : `${String(raw)}:${JSON.stringify(Object.entries(raw))}`}`;
    }
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [esc(k), v]));
  });
}

/** Changes when ringway writes a rendered component differently, so older cache entries are not reused. */
const RENDER_FORMAT = 'render-2';

/** 256 MiB: some 50,000 rendered components of a few KiB. */
export const DEFAULT_RENDER_CACHE_BYTES = 256 * 2 ** 20;

/** helm's version by binary (path, size, mtime), as this process asked it. */
const helmVersions = new Map<string, Promise<string>>();

/** Renders components, reusing a cached result when chart, values, namespace and helm are unchanged. */
export class Renderer {
  rendered = 0;
  fromCache = 0;
  private helmVersion?: Promise<string>;
  private readonly chartHashes = new Map<string, Promise<string>>();
  /** Render cache entries this run read or wrote. */
  private readonly used = new Set<string>();
  /** Components whose manifest came from the cache: their render cost was not measured. */
  readonly cachedNodes = new WeakSet<ComponentNode>();

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

  /** A component's manifest: text, or bytes for static files (copied as they are). */
  async render(node: ComponentNode, sources: SourceCache): Promise<string | Buffer> {
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
          if (installed) {
            // The folder is part of the HLD: a committed link in it may not read files outside.
            await assertTreeInside(node.root, installed, `component '${who}'`);
            return renderStatic(installed, who);
          }
          return renderStatic(join(await sources.http(def.source, def.name, who), `${def.name}.yaml`), who);
        }
        if (def.method === 'git' && (!def.path || (await exists(join(node.physical, def.path))))) {
          // fab never fetches a static component: it reads `path` in the HLD, ignoring `source`.
          // Where that folder exists fab renders it; ringway would render the repository's.
          throw new RingwayError(
            `component '${who}': static with method git reads 'path' ${def.path ? `'${def.path}'` : '(empty: the component folder)'} from the repository, but fab reads it from the HLD, ignoring 'source'; ${def.path ? 'rename or remove the folder in the HLD' : "set 'path'"}`,
          );
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
        const key = (await sha256())
          .update(
            JSON.stringify([
              RENDER_FORMAT,
              VALUES_FORMAT,
              await this.helm(),
              await this.hashChart(chart, root, who),
              def.name,
              config.namespace,
              config.injectNamespace,
              valuesKey(config.config ?? {}),
            ]),
          )
          .digest('hex');
        const cached = join(this.cacheDir, 'render', `${key}.yaml`);
        this.used.add(`${key}.yaml`);
        const hit = await readFile(cached, 'utf8').catch(() => undefined);
        if (hit !== undefined) {
          this.fromCache++;
          this.cachedNodes.add(node);
          return hit;
        }
        const manifest = await renderHelm({
          release: def.name,
          chart,
          values: config.config,
          namespace: config.namespace,
          injectNamespace: config.injectNamespace,
          who,
        });
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
   * Starts finding helm's version (part of every helm render's cache key) now, so that a cold
   * run asks helm while the HLD is still being read instead of before its first render. A failure
   * (no helm) is reported by the first helm component that needs the version, not here: an HLD
   * without one never needs helm.
   */
  warmUp(): void {
    this.helm().catch(() => undefined);
  }

  /**
   * helm's version, part of every render cache key. Asking helm costs a process per run, so the
   * answer is kept in the cache next to the binary's path, size and mtime, and asked again only
   * when the binary changes; within one process it is also kept per binary (a process that runs
   * many generates on fresh caches, as the conformance suites' do, asks once), and still written
   * to each cache.
   */
  private helm(): Promise<string> {
    this.helmVersion ??= (async () => {
      const bin = (process.env.PATH ?? '')
        .split(delimiter)
        .map((d) => join(d, 'helm'))
        .find((f) => existsSync(f));
      const st = bin ? await stat(bin) : undefined;
      const id = bin && st ? `${bin}:${st.size}:${st.mtimeMs}` : '';
      const file = join(this.cacheDir, 'helm-version.json');
      const known = await readFile(file, 'utf8').then(
        (t) => JSON.parse(t) as { id: string; version: string },
        () => undefined,
      );
      if (id && known?.id === id) return known.version;
      let asked = id ? helmVersions.get(id) : undefined;
      if (!asked) {
        asked = exec('helm', ['version', '--short']).then((r) => r.stdout.trim());
        if (id) {
          helmVersions.set(id, asked);
          asked.catch(() => helmVersions.delete(id));
        }
      }
      const version = await asked;
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
        const h = await sha256();
        // A packaged chart (.tgz) is one file: its bytes are the chart.
        if ((await stat(dir)).isFile()) return h.update(await readFile(dir)).digest('hex');
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
                throw new RingwayError(
                  `component '${who}': symlink ${relative(root, full)} in its chart points to nothing`,
                );
              });
              if (!inside(realRoot, target))
                throw new RingwayError(
                  `component '${who}': symlink ${relative(root, full)} in its chart leads outside the HLD`,
                );
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
