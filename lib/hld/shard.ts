// generate across a CI matrix: which shard renders which output file, the render costs that
// balance the split, and the record each shard leaves beside its output for push-manifests.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { sha256 } from '../hash.js';

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** More shards than any CI matrix runs (GitHub allows 256 jobs per matrix). */
export const MAX_SHARDS = 256;

/** `i/n` with 1 ≤ i ≤ n ≤ 256; an empty value is no sharding. */
export function parseShard(text: string): Shard | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const m = /^(\d{1,3})\s*\/\s*(\d{1,3})$/.exec(t);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || index < 1 || count < 1 || index > count || count > MAX_SHARDS)
    throw new UsageError(`'${t}' is not i/n with 1 ≤ i ≤ n ≤ ${MAX_SHARDS} (e.g. 2/8: the second of eight shards)`);
  return { index, count };
}

/**
 * The render costs generate records in its cache, in milliseconds per output file
 * (`<component folder>/<name>.yaml`, the same in every environment folder), summed over the
 * environment sets of a run. Only unsharded runs write it: every shard of a matrix must plan from
 * the same record, so shards report theirs in their shard record instead (the starter workflows
 * merge those into the next run's record).
 */
export const COSTS_FILE = 'render-costs.json';

/** The recorded costs; none (an empty record) when the file is missing or not this shape: it is a cache. */
export async function readCosts(cacheDir: string): Promise<Record<string, number>> {
  const text = await readFile(join(cacheDir, COSTS_FILE), 'utf8').catch(() => '');
  try {
    const data: unknown = JSON.parse(text);
    const costs: Record<string, number> = {};
    if (data && typeof data === 'object' && !Array.isArray(data))
      for (const [k, v] of Object.entries(data))
        if (typeof v === 'number' && Number.isFinite(v) && v >= 0) costs[k] = v;
    return costs;
  } catch {
    return {};
  }
}

/** Adds this run's measurements to the record (others stay: other environment sets share the cache). */
export async function recordCosts(cacheDir: string, measured: Map<string, number>): Promise<void> {
  if (!measured.size) return;
  const costs = await readCosts(cacheDir);
  for (const [unit, ms] of measured) costs[unit] = Math.round(ms);
  const file = join(cacheDir, COSTS_FILE);
  const tmp = `${file}.${process.pid}`;
  await writeFile(tmp, `${JSON.stringify(sortedObject(costs))}\n`);
  await rename(tmp, file);
}

export interface ShardPlan {
  /** Output file → its shard (1-based). */
  owner: Map<string, number>;
  /** The planned cost each shard carries (index 0 is shard 1). */
  loads: number[];
  /** Hash of the whole split: shards that planned alike agree on it (push-manifests compares them). */
  digest: string;
}

/**
 * Splits the output files into `count` shards, a pure function of the files and the costs, so
 * every runner given the same HLD and cost record plans the same split. A file without a recorded
 * cost weighs the mean of the recorded ones (1 when none is: balanced by count). Files go heaviest
 * first, each to its first choice among the shards by rendezvous hash that still has room (a
 * shard's load may reach the mean, or hold the one file when that alone is more), else to the
 * least loaded: a file mostly keeps its shard when others are added or removed (about 1 in 100
 * moved per change of a few files), so a shard's own render cache stays warm, and the slowest
 * shard carries 1/n of the cost plus at most about one file. (Room of the mean + 5 % moved fewer,
 * but let a shard carry 5 % more than 1/n: 131 of 1,001 files at n=8 where 126 is the least.)
 */
export async function planShards(files: string[], costs: Record<string, number>, count: number): Promise<ShardPlan> {
  const units = [...new Set(files)].sort();
  const known = units.map((u) => costs[u]).filter((c): c is number => c !== undefined);
  const fallback = known.length ? Math.max(known.reduce((a, b) => a + b, 0) / known.length, 1e-3) : 1;
  const cost = (u: string) => Math.max(costs[u] ?? fallback, 1e-3);
  const total = units.reduce((a, u) => a + cost(u), 0);
  const room = total / count;
  const loads = new Array<number>(count).fill(0);
  const owner = new Map<string, number>();
  const order = [...units].sort((a, b) => cost(b) - cost(a) || (a < b ? -1 : a > b ? 1 : 0));
  for (const u of order) {
    const c = cost(u);
    const scores = loads.map((_, i) => score(u, i));
    const choices = [...loads.keys()].sort((a, b) => scores[b] - scores[a] || a - b);
    let s = choices.find((i) => loads[i] + c <= Math.max(room, c));
    if (s === undefined) s = loads.indexOf(Math.min(...loads));
    loads[s] += c;
    owner.set(u, s + 1);
  }
  const h = await sha256();
  h.update(`${count}\n`);
  for (const u of units) h.update(`${owner.get(u)}\t${u}\n`);
  return { owner, loads, digest: h.digest('hex') };
}

/** A well-mixed 32-bit hash of (file, shard): FNV-1a, then murmur3's finaliser. */
function score(unit: string, shard: number): number {
  let h = 0x811c9dc5;
  const text = `${shard}\0${unit}`;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The record a shard leaves at the top of its output folder, beside its environment folders.
 * push-manifests never publishes it; with several sources it checks that every shard of one plan
 * is there once and that each shard's files are exactly those it lists.
 */
export interface ShardRecord {
  shard: number;
  of: number;
  plan: string;
  /** Files this shard wrote, relative to the output folder (`prod/web/web.yaml`), sorted. */
  files: string[];
  /** What this shard's renders cost (ms per output file), for the next run's cost record. */
  costs: Record<string, number>;
}

/** `.ringway-shard-<i>-of-<n>.json`: distinct per shard, so artifacts merged into one folder keep them all. */
export const SHARD_RECORD = /^\.ringway-shard-\d+-of-\d+\.json$/;

export function shardRecordName(shard: Shard): string {
  return `.ringway-shard-${shard.index}-of-${shard.count}.json`;
}

export function sortedObject(o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
