// Differential run: random HLD trees (tree-generator.ts) rendered by the real `fab` and by ringway,
// compared byte for byte. Many trees share one HLD (a root whose subcomponents are the trees), so
// fab's start-up is paid once per batch; a batch where either tool fails runs the trees its error
// names alone, else is split until the failing trees are found. A tree that differs is shrunk
// (subcomponents, config, files dropped while it still differs) and reported with its seed and the
// shrunk HLD.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { generate } from '../../lib/hld/generate.js';
import { pool } from '../../lib/pool.js';
import { parseSetArg } from '../../lib/hld/names.js';
import { setConfig } from '../../lib/hld/set.js';
import { readTreeBytes } from './harness.js';
import { configText, listing, writeTree } from './tree-files.js';
import {
  type Comp,
  ENV_SETS,
  generateSetCase,
  generateTree,
  type SetCase,
  type GeneratorOptions,
  KUSTOMIZE_NAMES,
  mayFail,
  Rng,
} from './tree-generator.js';

const run = promisify(execFile);

export interface Tree {
  seed: number;
  comp: Comp;
}

export interface Mismatch {
  seed: number;
  environments: string[];
  kind: 'status' | 'bytes';
  /** fab's and ringway's error, or the differing files. */
  detail: string;
  /** The shrunk tree's files. */
  hld: string;
}

export interface RunStats {
  trees: number;
  batches: number;
  fabRuns: number;
  fabMs: number;
  ringwayMs: number;
  bothFailed: number;
  /** set cases: written identically, failing in both, refused by ringway where fab drops the value. */
  setsSame: number;
  setsBothFailed: number;
  setsDropped: number;
}

interface Outcome {
  ok: boolean;
  message: string;
}

/** The trees of a batch an error message names (as `batch.t<seed>` or the folder `t<seed>/`). */
function namedTrees(trees: Tree[], message: string): Tree[] {
  const seeds = new Set([...message.matchAll(/(?:batch\.|\/|\b)t(\d+)(?=[./'"\s]|$)/gm)].map((m) => Number(m[1])));
  return trees.filter((t) => seeds.has(t.seed));
}

/** One fab run and one ringway run over a set of trees, each tree in folder t<seed>. */
export class Differential {
  readonly stats: RunStats = {
    trees: 0,
    batches: 0,
    fabRuns: 0,
    fabMs: 0,
    ringwayMs: 0,
    bothFailed: 0,
    setsSame: 0,
    setsBothFailed: 0,
    setsDropped: 0,
  };
  private n = 0;
  private readonly removals: Promise<void>[] = [];
  /** Trees both tools refused: seed and ringway's message. */
  readonly failedInBoth: string[] = [];

  /** Waits for the background removal of finished batches. */
  async settle(): Promise<void> {
    await Promise.all(this.removals.splice(0));
  }

  constructor(
    readonly fab: string,
    readonly work: string,
    readonly opts: GeneratorOptions = {},
  ) {}

  /** Trees of seeds base, base+1, …: seed per tree, so any tree is regenerated from its seed alone. */
  trees(base: number, count: number): Tree[] {
    return Array.from({ length: count }, (_, i) => ({
      seed: (base + i) >>> 0,
      comp: generateTree((base + i) >>> 0, this.opts),
    }));
  }

  /** Runs `trees` with the environments, splitting batches that fail; returns the mismatching trees. */
  async run(
    trees: Tree[],
    envs: string[],
    batchSize: number,
  ): Promise<{ tree: Tree; kind: 'status' | 'bytes'; detail: string }[]> {
    this.stats.trees += trees.length;
    // Trees that may fail (conflicting layers) run on their own, not in a batch they would fail.
    const risky = trees.filter((t) => mayFail(t.seed, this.opts));
    const safe = trees.filter((t) => !mayFail(t.seed, this.opts));
    const out: { tree: Tree; kind: 'status' | 'bytes'; detail: string }[] = [];
    const batches: Tree[][] = [];
    for (let i = 0; i < safe.length; i += batchSize) batches.push(safe.slice(i, i + batchSize));
    for (const t of risky) batches.push([t]);
    for (const b of batches) out.push(...(await this.batch(b, envs)));
    return out;
  }

  private async batch(
    trees: Tree[],
    envs: string[],
  ): Promise<{ tree: Tree; kind: 'status' | 'bytes'; detail: string }[]> {
    this.stats.batches++;
    const r = await this.render(trees, envs);
    if (r.fab.ok && r.ringway.ok) {
      return trees.flatMap((t) => {
        const d = r.differences.filter((f) => f.startsWith(`t${t.seed}/`));
        return d.length ? [{ tree: t, kind: 'bytes' as const, detail: r.diffOf(d) }] : [];
      });
    }
    if (trees.length > 1) {
      // The error names the failing component (batch.t<seed>…): that tree runs alone and the rest
      // as a batch again, instead of halving the batch until it is found (each halving renders it
      // all once more). An error that names no tree of the batch falls back to halves.
      const named = namedTrees(trees, `${r.ringway.message}\n${r.fab.message}`);
      if (named.length && named.length < trees.length) {
        const rest = trees.filter((t) => !named.includes(t));
        const alone: { tree: Tree; kind: 'status' | 'bytes'; detail: string }[] = [];
        for (const t of named) alone.push(...(await this.batch([t], envs)));
        return [...alone, ...(await this.batch(rest, envs))];
      }
      const half = Math.ceil(trees.length / 2);
      return [...(await this.batch(trees.slice(0, half), envs)), ...(await this.batch(trees.slice(half), envs))];
    }
    if (!r.fab.ok && !r.ringway.ok) {
      this.stats.bothFailed++;
      this.failedInBoth.push(
        `${trees[0].seed}${mayFail(trees[0].seed, this.opts) ? ' (conflicting layers)' : ''}: ${r.ringway.message}`,
      );
      return [];
    }
    return [
      {
        tree: trees[0],
        kind: 'status',
        detail: `fab ${r.fab.ok ? 'succeeded' : `failed: ${r.fab.message}`}\nringway ${r.ringway.ok ? 'succeeded' : `failed: ${r.ringway.message}`}`,
      },
    ];
  }

  /** Writes the trees as one HLD in two copies, runs both tools, compares the outputs. */
  async render(trees: Tree[], envs: string[]) {
    const dir = join(this.work, `b${this.n++}`);
    const fabDir = join(dir, 'fab');
    const rwDir = join(dir, 'ringway');
    mkdirSync(fabDir, { recursive: true });
    const subs = trees.map((t) => `- name: t${t.seed}\n  path: t${t.seed}\n`).join('');
    writeFileSync(join(fabDir, 'component.yaml'), `name: batch\nsubcomponents:\n${subs}`);
    for (const t of trees) writeTree({ ...t.comp, folder: `t${t.seed}` }, join(fabDir, `t${t.seed}`));
    cpSync(fabDir, rwDir, { recursive: true });

    // Both tools at once: each spends much of a batch waiting (helm start-ups, hooks' sleeps).
    const timed = async <T>(work: () => Promise<T>, add: (ms: number) => void): Promise<T> => {
      const started = Date.now();
      try {
        return await work();
      } finally {
        add(Date.now() - started);
      }
    };
    const [fab, ringway] = await Promise.all([
      timed(
        () =>
          run(this.fab, ['generate', ...envs], { cwd: fabDir, maxBuffer: 1 << 28, timeout: 600_000 }).then(
            (): Outcome => ({ ok: true, message: '' }),
            (e: { stdout?: string; stderr?: string; message: string }): Outcome => {
              const lines = `${e.stdout ?? ''}\n${e.stderr ?? ''}`.split('\n');
              const errors = lines.filter((l) => /level=error|^Error:|^panic:/.test(l));
              return {
                ok: false,
                message:
                  (errors.length ? errors : lines.filter(Boolean).slice(-3)).join('\n').slice(0, 2000) || e.message,
              };
            },
          ),
        (ms) => {
          this.stats.fabRuns++;
          this.stats.fabMs += ms;
        },
      ),
      timed(
        () =>
          generate({
            hld: rwDir,
            environments: [envs],
            cacheDir: join(this.work, 'cache'),
            concurrency: 4,
            warn: () => undefined,
          }).then(
            (): Outcome => ({ ok: true, message: '' }),
            (err: Error): Outcome => ({ ok: false, message: err.message }),
          ),
        (ms) => (this.stats.ringwayMs += ms),
      ),
    ]);

    const folder = envs.length ? envs.join('-') : 'common';
    const a = readTreeBytes(join(fabDir, 'generated', folder));
    const b = readTreeBytes(join(rwDir, 'generated', folder));
    const differences = [...new Set([...a.keys(), ...b.keys()])]
      .filter((f) => !(a.has(f) && b.has(f) && a.get(f)?.equals(b.get(f) as Buffer)))
      // fab writes an empty file for type kustomize (a deliberate difference, docs/generate.md `kustomize`).
      .filter((f) => !(KUSTOMIZE_NAMES.includes(basename(f, '.yaml')) && a.get(f)?.length === 0 && b.has(f)))
      .sort();
    const diffOf = (files: string[]) =>
      files
        .slice(0, 4)
        .map((f) => {
          const at = firstDifference(a.get(f), b.get(f));
          return `--- ${f} (first difference at byte ${at})\nfab:     ${show(a.get(f), at)}\nringway: ${show(b.get(f), at)}`;
        })
        .join('\n');
    // Removed in the background: deleting thousands of files would hold up the next batch.
    if (!process.env.KEEP_CONFORMANCE) this.removals.push(rm(dir, { recursive: true, force: true }));
    return { fab, ringway, differences, diffOf };
  }

  /**
   * Drops parts of a mismatching tree while the mismatch (of the same kind) stays; bounded by
   * `budgetMs`. Returns the smallest tree found.
   */
  async shrink(tree: Tree, envs: string[], kind: 'status' | 'bytes', budgetMs: number): Promise<Tree> {
    const end = Date.now() + budgetMs;
    let best = tree;
    let progress = true;
    while (progress && Date.now() < end) {
      progress = false;
      for (const cand of smaller(best.comp)) {
        if (Date.now() >= end) break;
        const t = { seed: best.seed, comp: cand };
        const r = await this.render([t], envs);
        const still =
          kind === 'status' ? r.fab.ok !== r.ringway.ok : r.fab.ok && r.ringway.ok && r.differences.length > 0;
        if (still) {
          best = t;
          progress = true;
          break;
        }
      }
    }
    return best;
  }

  /**
   * `fab set` and `ringway set` on two copies of a random config file (cases seed, seed+1, …);
   * returns the cases whose written files differ or where only one succeeds. Where fab set crashes,
   * both must fail; where it silently drops the value, ringway must refuse, saying so.
   */
  async sets(seed: number, count: number): Promise<{ c: SetCase; detail: string }[]> {
    const out: { c: SetCase; detail: string }[] = [];
    // Four cases at a time: each is a short fab process and a small in-process write.
    await pool(
      Array.from({ length: count }, (_, i) => i),
      4,
      async (i) => {
        const c = generateSetCase((seed + i) >>> 0, this.opts);
        const dir = join(this.work, `set-${c.seed}`);
        const rel = join('config', `${c.environment}.${c.file?.format ?? 'yaml'}`);
        for (const side of ['fab', 'ringway']) {
          mkdirSync(join(dir, side), { recursive: true });
          if (c.file) {
            mkdirSync(join(dir, side, 'config'), { recursive: true });
            writeFileSync(join(dir, side, rel), configText(c.file.format, c.file.data));
          }
        }
        const args = [
          'set',
          '--environment',
          c.environment,
          ...(c.subcomponent.length ? ['--subcomponent', c.subcomponent.join('.')] : []),
          ...c.pairs,
        ];
        const fab = await run(this.fab, args, { cwd: join(dir, 'fab') }).then(
          () => ({ ok: true, message: '' }),
          (e: { stderr?: string }) => ({
            ok: false,
            message: (e.stderr ?? '').split('\n').find((l) => /panic:|level=error|^Error/.test(l)) ?? '',
          }),
        );
        const ringway = await setConfig({
          componentDir: join(dir, 'ringway'),
          environment: c.environment,
          subcomponent: c.subcomponent,
          pairs: c.pairs.map(parseSetArg),
        }).then(
          () => ({ ok: true, message: '' }),
          (err: Error) => ({ ok: false, message: err.message }),
        );
        const read = (side: string) =>
          existsSync(join(dir, side, rel)) ? readFileSync(join(dir, side, rel)) : undefined;
        const a = read('fab');
        const b = read('ringway');
        const dropped = fab.ok && !ringway.ok && ringway.message.includes('(fab set would drop the value)');
        const detail = `fab set ${args.slice(1).join(' ')} on ${c.file ? `${rel}:\n${configText(c.file.format, c.file.data)}` : 'no file'}`;
        if (dropped) this.stats.setsDropped++;
        else if (!fab.ok && !ringway.ok) this.stats.setsBothFailed++;
        else if (fab.ok && ringway.ok && a && b && a.equals(b)) this.stats.setsSame++;
        if (fab.ok !== ringway.ok && !dropped)
          out.push({
            c,
            detail: `${detail}\nfab ${fab.ok ? 'succeeded' : `failed: ${fab.message}`}; ringway ${ringway.ok ? 'succeeded' : `failed: ${ringway.message}`}`,
          });
        else if (fab.ok && ringway.ok && !(a && b && a.equals(b)))
          out.push({
            c,
            detail: `${detail}\nfab wrote:\n${a?.toString('utf8')}\nringway wrote:\n${b?.toString('utf8')}`,
          });
        if (!process.env.KEEP_CONFORMANCE) rmSync(dir, { recursive: true, force: true });
      },
    );
    return out.sort((x, y) => x.c.seed - y.c.seed);
  }

  /** The files of a tree as text, for the report. */
  describe(tree: Tree): string {
    const dir = join(this.work, `describe-${this.n++}`);
    writeTree({ ...tree.comp, folder: `t${tree.seed}` }, join(dir, `t${tree.seed}`));
    const text = listing(join(dir, `t${tree.seed}`));
    rmSync(dir, { recursive: true, force: true });
    return text;
  }
}

function firstDifference(a: Buffer | undefined, b: Buffer | undefined): number {
  const x = a ?? Buffer.alloc(0);
  const y = b ?? Buffer.alloc(0);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

/** The bytes around `at` (text, or hex where not UTF-8). */
function show(b: Buffer | undefined, at: number): string {
  if (!b) return '(no file)';
  const from = Math.max(0, at - 200);
  const part = b.subarray(from, at + 300);
  const text = part.toString('utf8');
  const s = Buffer.from(text, 'utf8').equals(part) ? JSON.stringify(text) : `(bytes) ${part.toString('hex')}`;
  return `${from ? '…' : ''}${s}${at + 300 < b.length ? '…' : ''}`;
}

/** Every tree one edit smaller than `c`: a subcomponent, a config file or key, a file, a hook dropped. */
export function smaller(c: Comp): Comp[] {
  const out: Comp[] = [];
  const root = c;
  const variants = (edit: (x: Comp) => boolean) => {
    // Applies `edit` to a clone, found again by its position in the tree.
    return (path: number[]) => {
      const copy = structuredClone(root);
      let node = copy;
      for (const i of path) node = node.children[i];
      if (edit(node)) out.push(copy);
    };
  };
  const visit = (node: Comp, path: number[]) => {
    node.children.forEach((_, i) => {
      variants((x) => (x.children.splice(i, 1), true))(path);
    });
    node.children.forEach((k, i) => {
      if (k.children.length)
        variants(
          (x) => (
            x.children.splice(
              i,
              1,
              ...x.children[i].children.filter((g) => g.kind !== 'component' || x.kind === 'component'),
            ),
            true
          ),
        )(path);
    });
    for (const env of Object.keys(node.configs ?? {})) {
      variants((x) => (delete x.configs?.[env], true))(path);
      const data = node.configs?.[env]?.data ?? {};
      for (const k of Object.keys(data) as (keyof typeof data)[])
        variants((x) => (delete x.configs?.[env].data[k], true))(path);
      for (const k of Object.keys(data.config ?? {}))
        variants((x) => (delete x.configs?.[env].data.config?.[k], true))(path);
      for (const s of Object.keys(data.subcomponents ?? {}))
        variants((x) => (delete x.configs?.[env].data.subcomponents?.[s], true))(path);
    }
    if (node.hooks) variants((x) => (delete x.hooks, true))(path);
    (node.files ?? []).forEach((_, i) => {
      if ((node.files?.length ?? 0) > 1) variants((x) => (x.files?.splice(i, 1), true))(path);
    });
    if (node.chart) {
      node.chart.templates.forEach((_, i) => {
        if ((node.chart?.templates.length ?? 0) > 1) variants((x) => (x.chart?.templates.splice(i, 1), true))(path);
      });
      if (Object.keys(node.chart.defaults).length) variants((x) => (x.chart && (x.chart.defaults = {}), true))(path);
      if (node.chart.packaged) variants((x) => (x.chart && (x.chart.packaged = false), true))(path);
    }
    if (node.defFormat === 'json') variants((x) => ((x.defFormat = 'yaml'), true))(path);
    if (node.writeType || node.writeMethod) variants((x) => ((x.writeType = x.writeMethod = false), true))(path);
    node.children.forEach((k, i) => visit(k, [...path, i]));
  };
  visit(c, []);
  return out;
}

/** Environments for a run, from its seed. */
export function environmentsFor(seed: number): string[] {
  return new Rng(seed ^ 0x5bd1e995).pick(ENV_SETS);
}

/** The report of one mismatch: seed, environments, what differs, the shrunk HLD. */
export function report(m: Mismatch): string {
  return [
    `tree seed ${m.seed} (fab generate ${m.environments.join(' ')}): ${m.kind === 'status' ? 'exit status differs' : 'output differs'}`,
    m.detail,
    'shrunk HLD (the tree is the subcomponent of a root component.yaml: `- name: t<seed>\\n  path: t<seed>`):',
    m.hld,
  ].join('\n');
}
