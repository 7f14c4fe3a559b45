// The work of shard-union.test.ts and of conformance.test.ts, run in a child process
// (test/support/in-child.ts): on every conformance case and on seeded random HLDs, the shards'
// output folders together hold exactly the bytes of one whole run, no file is written by two
// shards, and a case one whole run refuses fails on at least one shard. The conformance cases'
// whole run is the ringway render that the same pass compares with fab's.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '../../lib/hld/generate.js';
import type { ShardRecord } from '../../lib/hld/shard.js';
import { pool } from '../../lib/pool.js';
import { tempDir } from '../../stand-ins/git.js';
import { environmentsFor } from './differential.js';
import { type CaseResult, type CaseSpec, Harness, readTreeBytes } from './harness.js';
import { generateTree } from './tree-generator.js';
import { writeTree } from './tree-files.js';

interface Outcome {
  ok: boolean;
  message: string;
}

const outcome = (p: Promise<unknown>): Promise<Outcome> =>
  p.then(
    () => ({ ok: true, message: '' }),
    (err: Error) => ({ ok: false, message: err.message }),
  );

/** 2 shards with empty caches (split by count); 3 shards each given the whole run's cache (split by its costs). */
const VARIANTS = [
  [2, false],
  [3, true],
] as const;

/** A whole run already made (the conformance run's ringway render): its outcome, output folder and cache. */
export interface WholeRun extends Outcome {
  output: string;
  cache: string;
}

/**
 * Renders `pristine` (an HLD folder) whole, unless `done` is that run already made, then as
 * shards (`variants`), each shard on its own copy of the HLD as on its own runner. Returns what is
 * wrong, or '' when nothing is.
 */
async function checkUnion(
  pristine: string,
  work: string,
  envs: string[],
  localSources: string[],
  variants: readonly (typeof VARIANTS)[number][] = VARIANTS,
  done?: WholeRun,
): Promise<string> {
  const copy = (to: string) => {
    cpSync(pristine, to, { recursive: true, verbatimSymlinks: true });
    return to;
  };
  const folder = envs.length ? envs.join('-') : 'common';
  const wholeOut = done?.output ?? join(work, 'whole-out');
  const wholeCache = done?.cache ?? join(work, 'whole-cache');
  const whole =
    done ??
    (await outcome(
      generate({
        hld: copy(join(work, 'whole')),
        environments: [envs],
        output: wholeOut,
        cacheDir: wholeCache,
        concurrency: 2,
        localSources,
        warn: () => undefined,
      }),
    ));
  const expected = whole.ok ? readTreeBytes(join(wholeOut, folder)) : new Map<string, Buffer>();
  const problems: string[] = [];
  for (const [count, costs] of variants) {
    const shards = await Promise.all(
      Array.from({ length: count }, async (_, k) => {
        const index = k + 1;
        const out = join(work, `shard-${index}-of-${count}-out`);
        const cache = join(work, `shard-${index}-of-${count}-cache`);
        if (costs && existsSync(wholeCache)) cpSync(wholeCache, cache, { recursive: true });
        const r = await outcome(
          generate({
            hld: copy(join(work, `shard-${index}-of-${count}`)),
            environments: [envs],
            output: out,
            cacheDir: cache,
            concurrency: 2,
            localSources,
            warn: () => undefined,
            shard: { index, count },
          }),
        );
        return { index, out, ...r };
      }),
    );
    const where = `${count} shards${costs ? ' (split by recorded cost)' : ''}`;
    if (!whole.ok) {
      if (shards.every((s) => s.ok))
        problems.push(`${where}: every shard succeeded, the whole run failed: ${whole.message}`);
      continue;
    }
    const failed = shards.find((s) => !s.ok);
    if (failed) {
      problems.push(`${where}: shard ${failed.index} failed, the whole run did not: ${failed.message}`);
      continue;
    }
    const union = new Map<string, { bytes: Buffer; shard: number }>();
    const plans = new Set<string>();
    for (const s of shards) {
      const recordName = `.ringway-shard-${s.index}-of-${count}.json`;
      const tops = readdirSync(s.out).filter((n) => !n.startsWith('.ringway-staging-'));
      if (tops.sort().join(',') !== [recordName, folder].sort().join(','))
        problems.push(`${where}: shard ${s.index}'s output holds ${tops.join(', ')}`);
      const record = JSON.parse(readFileSync(join(s.out, recordName), 'utf8')) as ShardRecord;
      plans.add(record.plan);
      const files = readTreeBytes(join(s.out, folder));
      const listed = [...files.keys()].map((f) => `${folder}/${f}`).sort();
      if (listed.join('\n') !== record.files.join('\n'))
        problems.push(
          `${where}: shard ${s.index}'s record lists ${record.files.join(', ')} but it wrote ${listed.join(', ')}`,
        );
      for (const [f, bytes] of files) {
        const other = union.get(f);
        if (other) problems.push(`${where}: ${f} written by shards ${other.shard} and ${s.index}`);
        union.set(f, { bytes, shard: s.index });
      }
    }
    if (plans.size !== 1) problems.push(`${where}: the shards planned ${plans.size} different splits`);
    for (const f of new Set([...expected.keys(), ...union.keys()])) {
      const a = expected.get(f);
      const b = union.get(f)?.bytes;
      if (!a) problems.push(`${where}: ${f} is written by shard ${union.get(f)?.shard}, not by the whole run`);
      else if (!b) problems.push(`${where}: ${f} of the whole run is written by no shard`);
      else if (!a.equals(b)) problems.push(`${where}: ${f} differs from the whole run's`);
    }
  }
  return problems.join('\n');
}

export interface CaseOutcome {
  /** The comparison with fab (absent without fab). */
  conformance?: CaseResult | { error: string };
  /** What is wrong with the case's shards ('' when nothing); `error` when it threw. */
  union: { problems: string; error?: string };
}

/**
 * Every case of `names` through `fab` and ringway (harness.ts), two at a time, and the shards of
 * the same ringway render: conformance.test.ts runs this in a child process
 * (test/support/in-child.ts). One ringway render per case feeds both checks. Without fab only the
 * shard check runs, rendering the whole run itself. Each case gets one split, the two kinds
 * alternating.
 */
export async function casesAndUnions(fab: string | null, names: string[]): Promise<Record<string, CaseOutcome>> {
  const harness = new Harness(fab ?? 'fab');
  const results: Record<string, CaseOutcome> = {};
  await harness.start();
  try {
    await pool(names, 2, async (name) => {
      const variant = VARIANTS[names.indexOf(name) % VARIANTS.length];
      let prepared: { spec: CaseSpec; dir: string; rwDir: string } | undefined;
      // The HLD as it was before generating, for the shards' copies.
      const keep = (p: { spec: CaseSpec; dir: string; rwDir: string }) => {
        cpSync(p.rwDir, join(p.dir, 'pristine'), { recursive: true, verbatimSymlinks: true });
        prepared = p;
      };
      let conformance: CaseResult | undefined;
      try {
        if (fab) conformance = await harness.runCase(name, keep);
        else keep(await harness.prepareCase(name));
      } catch (err) {
        const error = (err as Error).stack ?? (err as Error).message;
        results[name] = { ...(fab ? { conformance: { error } } : {}), union: { problems: '', error } };
        return;
      }
      const { spec, dir, rwDir } = prepared as NonNullable<typeof prepared>;
      const done: WholeRun | undefined = conformance && {
        ...conformance.ringway,
        output: join(rwDir, 'generated'),
        cache: join(dir, 'cache'),
      };
      const union = await checkUnion(
        join(dir, 'pristine'),
        join(dir, 'shards'),
        spec.environments,
        [join(dir, 'repos')],
        [variant],
        done,
      ).then(
        (problems) => ({ problems }),
        (err: Error) => ({ problems: '', error: err.stack ?? err.message }),
      );
      results[name] = { ...(conformance ? { conformance } : {}), union };
    });
  } finally {
    await harness.stop();
  }
  return results;
}

/** What is wrong with `count` seeded random trees, four to an HLD, on both splits ('' when nothing). */
export async function unionOfTrees(seed: number, count: number): Promise<string> {
  const work = tempDir('ringway-shard-union-');
  const envs = environmentsFor(seed);
  const problems: string[] = [];
  // Four trees to an HLD, as the differential run batches them: a few dozen components each.
  for (let b = 0; b < Math.ceil(count / 4); b++) {
    const hld = join(work, `b${b}`, 'hld');
    mkdirSync(hld, { recursive: true });
    const seeds = Array.from({ length: 4 }, (_, i) => (seed + b * 4 + i) >>> 0).slice(0, count - b * 4);
    writeFileSync(
      join(hld, 'component.yaml'),
      `name: batch\nsubcomponents:\n${seeds.map((s) => `- name: t${s}\n  path: t${s}\n`).join('')}`,
    );
    for (const s of seeds) writeTree({ ...generateTree(s), folder: `t${s}` }, join(hld, `t${s}`));
    const found = await checkUnion(hld, join(work, `b${b}`), envs, []);
    if (found) problems.push(`trees ${seeds.join(', ')} (environments ${envs.join(' ') || 'common'}):\n${found}`);
  }
  return problems.join('\n');
}
