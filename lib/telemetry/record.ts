import { RingwayError, UsageError } from '../errors.js';
import {
  changes,
  type Column,
  compatible,
  contradicts,
  type DeploymentRow,
  type Fields,
  fold,
  IDENTITY,
  imageOnly,
  linked,
  LINKS,
  newestFirst,
  rankOf,
  ranks,
  STAGE_TIME,
  STAGES,
  type Stage,
} from './row.js';
import type { DeploymentTable, RowMatch } from './table.js';

/** What a stage says about a deployment. Ids are lowercased where Spektate filters on them. */
export interface StageRecord {
  stage: Stage;
  fields: Fields;
  /** The deployment's row when the caller already found it (the merge join): tried before the ids. */
  rowKey?: string;
}

/**
 * Which stage bedrock-cli's `deployment create` options describe: p1 → image built, p2 → HLD
 * updated, p3 with a manifest commit → manifests pushed, p3 alone → manifests generated; ringway
 * adds pr-merged and cluster-synced, named with `stage`.
 */
export function stageOf(explicit: string, f: Fields): Stage {
  if (explicit) {
    if (!(STAGES as readonly string[]).includes(explicit))
      throw new UsageError(`stage must be one of ${STAGES.join(', ')}, got '${explicit}'`);
    return explicit as Stage;
  }
  if (f.p1) return 'image-built';
  if (f.p2) return 'hld-updated';
  if (f.p3 && f.manifestCommitId) return 'manifests-pushed';
  if (f.p3) return 'manifests-generated';
  throw new UsageError(
    "nothing to record: give 'p1' (image built), 'p2' (HLD updated), 'p3' (manifests), or name the 'stage'",
  );
}

/** The columns each stage must have (checkRequired); tests build their histories from it. */
export const REQUIRED: Record<Stage, (keyof Fields)[]> = {
  'image-built': ['p1', 'imageTag', 'commitId', 'service'],
  'hld-updated': ['p2', 'imageTag', 'hldCommitId', 'env'],
  'pr-merged': ['pr'],
  'manifests-generated': ['p3', 'hldCommitId'],
  'manifests-pushed': ['manifestCommitId'],
  'cluster-synced': ['manifestCommitId'],
  'sync-failed': ['manifestCommitId'],
  'gate-rejected': ['imageTag', 'env'],
  rollback: ['imageTag', 'env', 'hldCommitId'],
};

const INPUT_NAME: Record<string, string> = {
  imageTag: 'image-tag',
  commitId: 'commit-id',
  hldCommitId: 'hld-commit-id',
  manifestCommitId: 'manifest-commit-id',
};

export function checkRequired(r: StageRecord): void {
  for (const k of REQUIRED[r.stage])
    if (!r.fields[k]) throw new UsageError(`stage ${r.stage} needs '${INPUT_NAME[k] ?? k}'`);
}

/** Ids each stage looks its row up by, strongest first (the ids bedrock-cli used come first). */
const LOOKUP: Record<Stage, Column[]> = {
  'image-built': ['imageTag'],
  'hld-updated': ['pr', 'hldCommitId', 'p2'],
  'pr-merged': ['pr', 'hldCommitId', 'p2', 'p3', 'manifestCommitId'],
  'manifests-generated': ['hldCommitId', 'pr', 'p3', 'p2', 'manifestCommitId'],
  'manifests-pushed': ['p3', 'manifestCommitId', 'hldCommitId', 'pr', 'p2'],
  'cluster-synced': ['manifestCommitId', 'p3', 'hldCommitId', 'pr', 'p2'],
  'sync-failed': ['manifestCommitId', 'p3', 'hldCommitId', 'pr', 'p2'],
  // The deployment's own ids when given, else its tag and ring (below).
  'gate-rejected': ['p2', 'pr', 'p3', 'manifestCommitId', 'hldCommitId'],
  // A rollback is always a new deployment; only a re-run of the same rollback finds its row.
  rollback: ['hldCommitId', 'pr'],
};

/**
 * The queries a stage looks its row up by. The image tag alone only finds the image's own row
 * (image-built), never a ring's: every ring of a tag shares it.
 */
function lookups(r: StageRecord): Fields[] {
  const f = r.fields;
  const out: Fields[] = LOOKUP[r.stage].filter((k) => f[k]).map((k) => ({ [k]: f[k] }));
  if (r.stage === 'hld-updated' && f.imageTag) out.push({ imageTag: f.imageTag });
  if (r.stage === 'gate-rejected') out.push({ imageTag: f.imageTag, env: f.env });
  return out;
}

/**
 * A row this record may complete: nothing in it contradicts the record, and it is the same
 * deployment — linked by one of its ids, or (image-built, hld-updated) the image's own row.
 */
function fits(row: DeploymentRow, r: StageRecord, rank: number): boolean {
  if (contradicts(row, r.fields, rank)) return false;
  if (r.stage === 'image-built')
    return sameTag(row, r.fields) && (!r.fields.env || row.env === r.fields.env || (imageOnly(row) && !row.env));
  if (r.stage === 'gate-rejected') return sameTag(row, r.fields) && row.env === r.fields.env;
  return linked(row, r.fields) || (r.stage === 'hld-updated' && imageOnly(row) && sameTag(row, r.fields));
}

/** The row has these values (as the table service compares them: exactly). */
const matches = (row: DeploymentRow, where: Fields) => Object.entries(where).every(([k, v]) => row[k as Column] === v);

const sameTag = (row: Fields, f: Fields) =>
  Boolean(row.imageTag && f.imageTag && row.imageTag.toLowerCase() === f.imageTag.toLowerCase());

/** Spektate's RowKey: a v4 uuid with the first '-' removed, cut to 12 characters. */
export function newRowKey(): string {
  return globalThis.crypto.randomUUID().replace('-', '').slice(0, 12);
}

/**
 * Records one stage: finds the deployment row by the stage's ids (as bedrock-cli does), or starts
 * one, and writes only if the row is unchanged since it was read (ETag), retrying on 412. Then
 * folds in any row a concurrent writer started for the same deployment, so stages recorded in any
 * order, at the same time, end in one row.
 */
export async function recordStage(store: DeploymentTable, r: StageRecord, now = new Date()): Promise<DeploymentRow> {
  return (await recordStageRows(store, r, now))[0];
}

/**
 * Stages of one manifest-generation run: every deployment its run id or HLD commit names is in
 * the manifests it rendered (several pull requests merged before one run).
 */
const MANIFEST_STAGES: ReadonlySet<Stage> = new Set<Stage>(['manifests-generated', 'manifests-pushed']);

/** Stages a cluster reports: about every deployment the synced manifests hold, not one row. */
const SYNC_STAGES: ReadonlySet<Stage> = new Set<Stage>(['cluster-synced', 'sync-failed']);

/**
 * {@link recordStage}, returning every row written. A sync stage marks every deployment of the ring
 * its ids name — two services pushed in one manifest commit, or a push that found the manifests
 * unchanged and kept the earlier commit — as the operator-event path does; ids that name
 * deployments to several rings without an `env` are an error, not a guess at the ring.
 */
export async function recordStageRows(
  store: DeploymentTable,
  r: StageRecord,
  now = new Date(),
): Promise<DeploymentRow[]> {
  const rank = rankOf(r.stage);
  // Only what this stage knows: an empty input must not blank a value copied from elsewhere.
  // A reject only marks the deployment: the ids it was named by find it, and are not written.
  const given = Object.fromEntries(
    Object.entries(r.fields).filter(([k, v]) => v && !(r.stage === 'gate-rejected' && (LINKS as string[]).includes(k))),
  ) as Fields;
  const fields: Fields = { ...given, [STAGE_TIME[r.stage]]: now.toISOString() };
  // Whether a write of this call could tie rows together (a row inserted, an id added): then the
  // rows written are folded, on a retry too (the write landed, a conflict interrupted the fold).
  let foldOwed = false;
  for (let attempt = 1; ; attempt++) {
    try {
      const byKey = (x: DeploymentRow, y: DeploymentRow) => (x.rowKey < y.rowKey ? -1 : 1);
      let targets: DeploymentRow[] = [];
      let by: RowMatch = {};
      const wheres: RowMatch[] = [...(r.rowKey ? [{ rowKey: r.rowKey }] : []), ...lookups(r)];
      const found = (await store.findAny(wheres)).sort(byKey);
      for (const where of wheres) {
        const own = where.rowKey;
        targets = found.filter((row) =>
          own ? row.rowKey === own && !contradicts(row, r.fields, rank) : matches(row, where) && fits(row, r, rank),
        );
        by = where;
        if (targets.length) break;
      }
      // A tag deployed to a ring twice: a reject is about the latest deployment of it there.
      if (r.stage === 'gate-rejected') targets.sort(newestFirst);
      // The image's build columns belong to every ring's row of the tag; a sync to every deployment
      // it names in one ring; any other stage to one row.
      if (SYNC_STAGES.has(r.stage)) {
        const rings = [...new Set(targets.map((t) => (t.env ?? '').toLowerCase()).filter(Boolean))].sort();
        if (rings.length > 1) {
          const [key, value] = Object.entries(by)[0];
          throw new UsageError(
            `${INPUT_NAME[key] ?? key} ${value} names deployments to rings ${rings.join(', ')}: give 'env' (the ring the cluster runs)`,
          );
        }
      } else if (r.stage !== 'image-built' && !(MANIFEST_STAGES.has(r.stage) && ('p3' in by || 'hldCommitId' in by)))
        targets = targets.slice(0, 1);
      let written: DeploymentRow[];
      if (targets.length) {
        written = [];
        for (const target of targets) {
          const c = changes(target, fields, rank);
          await store.update(target, c.set, c.ranks);
          if (joins(target, c)) foldOwed = true;
          written.push({ ...target, ...c.set });
        }
      } else if (r.stage === 'gate-rejected') {
        // A reject marks a deployment that exists; it never starts one.
        throw new RingwayError(
          `no deployment of image tag ${r.fields.imageTag} to ${r.fields.env} is recorded to mark as rejected`,
        );
      } else {
        // Another ring of a known image: start its row from what is known of the image (bedrock-cli).
        // The lookup read every row of the tag already (hld-updated looks up by it).
        const template =
          r.stage === 'hld-updated' && fields.imageTag
            ? found
                .filter((row) => row.imageTag === fields.imageTag)
                .filter((row) => row.p1 && !contradicts(row, { p1: fields.p1 }, rank))
                .sort(byKey)
                .pop()
            : undefined;
        const base: Fields = template
          ? {
              commitId: template.commitId,
              p1: template.p1,
              service: template.service,
              sourceRepo: template.sourceRepo,
              imageBuiltAt: template.imageBuiltAt,
              commitTime: template.commitTime,
              author: template.author,
            }
          : {};
        const c = changes({ partitionKey: '', rowKey: '' }, { ...base, ...fields }, rank);
        written = [await store.insert(c.set, c.ranks, newRowKey())];
        foldOwed = true;
      }
      if (foldOwed)
        for (const w of SYNC_STAGES.has(r.stage) || MANIFEST_STAGES.has(r.stage) ? written : written.slice(0, 1))
          await foldDuplicates(store, w);
      return written;
    } catch (err) {
      const status = (err as { statusCode?: number }).statusCode;
      if ((status === 412 || status === 409 || status === 404) && attempt < 30) {
        await new Promise((res) => setTimeout(res, Math.random() * 50 * Math.min(attempt, 6)));
        continue;
      }
      throw err;
    }
  }
}

/** Columns that decide which rows are one deployment ({@link compatible}) and that the fold looks rows up by. */
const JOINING: ReadonlySet<string> = new Set<string>([...IDENTITY, ...LINKS]);

/**
 * Whether a write can make `row` one deployment with a row it was not one with before: it sets an
 * id (or the tag, ring, run), or changes which stage the HLD commit counts as. A write that adds
 * only stage times and details cannot, so it needs no fold: a duplicate sharing an id the row
 * already had is folded by whichever of the two writers came second (the one that gave the row
 * that id folds after its write; the one that started the duplicate, after its insert).
 */
function joins(row: DeploymentRow, c: { set: Fields; ranks: Record<string, number> }): boolean {
  return Object.keys(c.set).some((k) => JOINING.has(k)) || (ranks(row).hldCommitId ?? 0) !== (c.ranks.hldCommitId ?? 0);
}

/**
 * Merges rows that describe the same deployment into the oldest-keyed one and deletes the rest; a
 * row that only knows the image is folded into every ring's row of that tag.
 */
async function foldDuplicates(store: DeploymentTable, row: DeploymentRow): Promise<void> {
  const seen = new Map<string, DeploymentRow>();
  for (const r of await store.findAny((['imageTag', ...LINKS] as Column[]).map((k) => ({ [k]: row[k] }))))
    seen.set(r.rowKey, r);
  const mine = seen.get(row.rowKey);
  if (!mine) return;
  const others = [...seen.values()].filter((o) => o.rowKey !== mine.rowKey && compatible(mine, o));
  const image = imageOnly(mine) ? mine : others.find((o) => imageOnly(o));
  const rings = [...seen.values()].filter((o) => o !== image && !imageOnly(o) && image && compatible(image, o));
  if (image && rings.length) {
    for (const ring of rings) {
      const merged = fold(ring, image);
      await store.update(ring, merged.set, merged.ranks);
    }
    await store.remove(image);
    return image === mine ? undefined : foldDuplicates(store, { ...row, etag: undefined });
  }
  const other = others.find((o) => !imageOnly(o) || imageOnly(mine));
  if (!other) return adoptImage(store, mine, [...seen.values()]);
  const [keep, drop] = mine.rowKey < other.rowKey ? [mine, other] : [other, mine];
  const merged = fold(keep, drop);
  await store.update(keep, merged.set, merged.ranks);
  await store.remove(drop);
  return foldDuplicates(store, { ...row, rowKey: keep.rowKey });
}

const IMAGE_COLUMNS: Column[] = ['commitId', 'p1', 'service', 'sourceRepo', 'imageBuiltAt', 'commitTime'];

/**
 * A ring's row started before its tag's build was known to it (stages in any order): the build
 * columns come from another row of the same tag, as bedrock-cli copies them to a second ring.
 */
async function adoptImage(store: DeploymentTable, row: DeploymentRow, rows: DeploymentRow[]): Promise<void> {
  if (!row.imageTag || row.p1) return;
  const donor = rows.find((o) => o.p1 && o.imageTag === row.imageTag && !(imageOnly(o) && o.env && o.env !== row.env));
  if (!donor) return;
  const from = Object.fromEntries(IMAGE_COLUMNS.map((k) => [k, donor[k]])) as Fields;
  const c = changes(row, from, 1);
  if (Object.keys(c.set).length) await store.update(row, c.set, c.ranks);
}
