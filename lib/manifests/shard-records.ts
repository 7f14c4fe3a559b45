// The shards of a matrix generate, published together: each shard's output folder holds a record
// (`.ringway-shard-<i>-of-<n>.json`, written by lib/hld/shard.ts) naming its shard, its plan and
// its files. Publishing n-1 shards would delete the missing one's manifests, and shards that
// planned differently may have left a file to none of them: both are refused here, before anything
// is hashed or pushed.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RingwayError } from '../errors.js';

/** The record's name, as lib/hld/shard.ts writes it (a domain module may not import another's). */
export const SHARD_RECORD = /^\.ringway-shard-\d+-of-\d+\.json$/;

interface Record {
  shard: number;
  of: number;
  plan: string;
  files: string[];
}

export interface ListedSource {
  /** The folder as the user named it. */
  dir: string;
  /** Its files (paths below it, with `/`), shard records left out. */
  files: string[];
  /** Names of the shard records at its top. */
  records: string[];
}

const refuse = (message: string) => new RingwayError(`input 'source': ${message}`, { input: 'source', kind: 'usage' });

/**
 * With no record anywhere: nothing to check (an unsharded output, or folders of the user's own).
 * Else every source holds records, all of one plan; every shard 1..n is there once; and the files
 * of each source are exactly the files its records list.
 */
export async function checkShardRecords(sources: ListedSource[]): Promise<void> {
  if (!sources.some((s) => s.records.length)) return;
  const seen = new Map<number, { source: string; record: Record }>();
  for (const s of sources) {
    if (!s.records.length)
      throw refuse(`${s.dir} holds no shard record (.ringway-shard-<i>-of-<n>.json) while the other sources do`);
    const listed = new Map<string, number>();
    for (const name of s.records) {
      const record = parseRecord(await readFile(join(s.dir, name), 'utf8').catch(() => ''), `${s.dir}/${name}`);
      const first = seen.values().next().value;
      if (first && (first.record.of !== record.of || first.record.plan !== record.plan))
        throw refuse(
          `${first.source} holds shard ${first.record.shard}/${first.record.of} of plan ${first.record.plan.slice(0, 12)}, ${s.dir} shard ${record.shard}/${record.of} of plan ${record.plan.slice(0, 12)}: the shards split the HLD differently (each must start from the same HLD commit and render-cost record)`,
        );
      const twice = seen.get(record.shard);
      if (twice) throw refuse(`shard ${record.shard}/${record.of} is in both ${twice.source} and ${s.dir}`);
      seen.set(record.shard, { source: s.dir, record });
      for (const f of record.files) {
        // Artifacts downloaded into one folder: a file two shards wrote was overwritten by one.
        const by = listed.get(f);
        if (by !== undefined) throw refuse(`${s.dir}/${f} is listed by shards ${by} and ${record.shard}`);
        listed.set(f, record.shard);
      }
    }
    const files = new Set(s.files);
    const extra = s.files.find((f) => !listed.has(f));
    if (extra) throw refuse(`${s.dir}/${extra} is listed by no shard record of that folder`);
    const missing = [...listed.keys()].find((f) => !files.has(f));
    if (missing) throw refuse(`${s.dir}/${missing} is listed by its shard record but missing from the folder`);
  }
  const of = (seen.values().next().value as { record: Record }).record.of;
  const absent = Array.from({ length: of }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (absent.length)
    throw refuse(
      `shard${absent.length > 1 ? 's' : ''} ${absent.map((i) => `${i}/${of}`).join(', ')} missing (the sources hold ${[
        ...seen.keys(),
      ]
        .sort((a, b) => a - b)
        .join(
          ', ',
        )} of ${of}); publishing without ${absent.length > 1 ? 'them' : 'it'} would delete ${absent.length > 1 ? 'their' : 'its'} manifests`,
    );
}

function parseRecord(text: string, where: string): Record {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw refuse(`${where} is not a shard record of generate --shard (not JSON)`);
  }
  const r = data as Partial<Record> | null;
  if (
    !r ||
    typeof r !== 'object' ||
    !Number.isInteger(r.shard) ||
    !Number.isInteger(r.of) ||
    typeof r.plan !== 'string' ||
    !Array.isArray(r.files) ||
    !r.files.every((f) => typeof f === 'string') ||
    (r.shard as number) < 1 ||
    (r.shard as number) > (r.of as number) ||
    !where.endsWith(`/.ringway-shard-${r.shard}-of-${r.of}.json`)
  )
    throw refuse(`${where} is not a shard record of generate --shard (shard, of, plan, files)`);
  return r as Record;
}
