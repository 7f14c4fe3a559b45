import { randomUUID } from 'node:crypto';
import { RingwayError, UsageError } from '../errors.js';
import { changes, compatible, type DeploymentRow, type Fields, fold, STAGE_TIME, STAGES, type Stage } from './row.js';
import type { DeploymentStore } from './store.js';

/** What a stage says about a deployment. Ids are lowercased where Spektate filters on them. */
export interface StageRecord {
  stage: Stage;
  fields: Fields;
}

/**
 * Which stage bedrock-cli's `deployment create` options describe: p1 → image built, p2 → HLD
 * updated, p3 with a manifest commit → manifests pushed, p3 alone → manifests generated; ringway
 * adds pr-merged and cluster-synced, named with `stage`.
 */
export function stageOf(explicit: string, f: Fields): Stage {
  if (explicit) {
    if (!(STAGES as readonly string[]).includes(explicit)) throw new UsageError(`input 'stage' must be one of ${STAGES.join(', ')}, got '${explicit}'`);
    return explicit as Stage;
  }
  if (f.p1) return 'image-built';
  if (f.p2) return 'hld-updated';
  if (f.p3 && f.manifestCommitId) return 'manifests-pushed';
  if (f.p3) return 'manifests-generated';
  throw new UsageError("nothing to record: give 'p1' (image built), 'p2' (HLD updated), 'p3' (manifests), or name the 'stage'");
}

const REQUIRED: Record<Stage, (keyof Fields)[]> = {
  'image-built': ['p1', 'imageTag', 'commitId', 'service'],
  'hld-updated': ['p2', 'imageTag', 'hldCommitId', 'env'],
  'pr-merged': ['pr'],
  'manifests-generated': ['p3', 'hldCommitId'],
  'manifests-pushed': ['manifestCommitId'],
  'cluster-synced': ['manifestCommitId'],
  'sync-failed': ['manifestCommitId'],
  'gate-rejected': ['imageTag', 'env'],
};

const INPUT_NAME: Record<string, string> = { imageTag: 'image-tag', commitId: 'commit-id', hldCommitId: 'hld-commit-id', manifestCommitId: 'manifest-commit-id' };

export function checkRequired(r: StageRecord): void {
  for (const k of REQUIRED[r.stage]) if (!r.fields[k]) throw new UsageError(`stage ${r.stage} needs '${INPUT_NAME[k] ?? k}'`);
}

/** The columns each stage looks up its row by, strongest first. */
function lookups(r: StageRecord): Fields[] {
  const f = r.fields;
  switch (r.stage) {
    case 'image-built':
      return [{ imageTag: f.imageTag }];
    case 'hld-updated':
      return [{ imageTag: f.imageTag }, ...(f.pr ? [{ pr: f.pr }] : []), { hldCommitId: f.hldCommitId }];
    case 'pr-merged':
      return [{ pr: f.pr }, ...(f.hldCommitId ? [{ hldCommitId: f.hldCommitId }] : [])];
    case 'manifests-generated':
      return [{ hldCommitId: f.hldCommitId }, ...(f.pr ? [{ pr: f.pr }] : []), { p3: f.p3 }];
    case 'manifests-pushed':
      return [...(f.p3 ? [{ p3: f.p3 }] : []), { manifestCommitId: f.manifestCommitId }, ...(f.hldCommitId ? [{ hldCommitId: f.hldCommitId }] : [])];
    case 'cluster-synced':
    case 'sync-failed':
      return [{ manifestCommitId: f.manifestCommitId }];
    case 'gate-rejected':
      return [{ imageTag: f.imageTag, env: f.env }];
  }
}

/** A row this stage may complete: none of its own columns already says something else. */
function fits(row: DeploymentRow, r: StageRecord): boolean {
  const own: (keyof Fields)[] = { 'image-built': ['p1'], 'hld-updated': ['p2', 'env'], 'pr-merged': [], 'manifests-generated': ['p3'], 'manifests-pushed': ['p3', 'manifestCommitId'], 'cluster-synced': [], 'sync-failed': [], 'gate-rejected': [] }[r.stage] as (keyof Fields)[];
  return own.every((k) => !row[k] || !r.fields[k] || row[k]?.toLowerCase() === r.fields[k]?.toLowerCase());
}

/** Spektate's RowKey: a v4 uuid with the first '-' removed, cut to 12 characters. */
export function newRowKey(): string {
  return randomUUID().replace('-', '').slice(0, 12);
}

/**
 * Records one stage: finds the deployment row by the stage's ids (as bedrock-cli does), or starts
 * one, and writes only if the row is unchanged since it was read (ETag), retrying on 412. Then
 * folds in any row a concurrent writer started for the same deployment, so stages recorded in any
 * order, at the same time, end in one row.
 */
export async function recordStage(store: DeploymentStore, r: StageRecord, now = new Date()): Promise<DeploymentRow> {
  const rank = STAGES.indexOf(r.stage) + 1;
  // Only what this stage knows: an empty input must not blank a value copied from elsewhere.
  const given = Object.fromEntries(Object.entries(r.fields).filter(([, v]) => v)) as Fields;
  const fields: Fields = { ...given, [STAGE_TIME[r.stage]]: now.toISOString() };
  for (let attempt = 1; ; attempt++) {
    try {
      let target: DeploymentRow | undefined;
      let template: DeploymentRow | undefined;
      for (const where of lookups(r)) {
        const rows = (await store.find(where)).sort((a, b) => (a.rowKey < b.rowKey ? -1 : 1));
        template ??= rows[rows.length - 1];
        target = rows.find((row) => fits(row, r));
        if (target) break;
      }
      let written: DeploymentRow;
      if (target) {
        const c = changes(target, fields, rank);
        await store.update(target, c.set, c.ranks);
        written = { ...target, ...c.set };
      } else if (r.stage === 'gate-rejected') {
        // A reject marks a deployment that exists; it never starts one.
        throw new RingwayError(`no deployment of image tag ${r.fields.imageTag} to ${r.fields.env} is recorded to mark as rejected`);
      } else {
        // Another ring of a known image: start its row from what is known of the image (bedrock-cli).
        const base: Fields = r.stage === 'hld-updated' && template ? { commitId: template.commitId, p1: template.p1, service: template.service, sourceRepo: template.sourceRepo, imageBuiltAt: template.imageBuiltAt, commitTime: template.commitTime } : {};
        const c = changes({ partitionKey: '', rowKey: '' }, { ...base, ...fields }, rank);
        written = await store.insert(c.set, c.ranks, newRowKey());
      }
      await foldDuplicates(store, written);
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

/** Merges rows that describe the same deployment into the oldest-keyed one and deletes the rest. */
async function foldDuplicates(store: DeploymentStore, row: DeploymentRow): Promise<void> {
  const seen = new Map<string, DeploymentRow>();
  for (const k of ['imageTag', 'pr', 'hldCommitId', 'p3', 'manifestCommitId'] as (keyof Fields)[]) {
    const v = row[k];
    if (!v) continue;
    for (const r of await store.find({ [k]: v })) seen.set(r.rowKey, r);
  }
  const mine = seen.get(row.rowKey);
  if (!mine) return;
  for (const other of seen.values()) {
    if (other.rowKey === mine.rowKey || !compatible(mine, other)) continue;
    const [keep, drop] = mine.rowKey < other.rowKey ? [mine, other] : [other, mine];
    const merged = fold(keep, drop);
    await store.update(keep, merged.set, merged.ranks);
    await store.remove(drop);
    if (drop === mine) return;
    Object.assign(mine, merged.set);
    mine.etag = undefined;
    return foldDuplicates(store, { ...row, rowKey: keep.rowKey });
  }
}
