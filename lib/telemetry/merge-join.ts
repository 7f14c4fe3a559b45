import { describeClues, type MergeClue, mergeClues } from './merge-messages.js';
import { matchesService } from './query.js';
import { recordStageRows, type StageRecord } from './record.js';
import { type DeploymentRow, type Fields, newestFirst, type Stage } from './row.js';
import type { DeploymentTable } from './table.js';
import type { DeploymentKey } from './trailers.js';

/** Stages recorded once the HLD pull request merged: their hld-commit-id is the forge's commit. */
export const AFTER_MERGE: ReadonlySet<Stage> = new Set<Stage>(['pr-merged', 'manifests-generated', 'manifests-pushed']);

export interface MergeJoin {
  /** Rows written, one per deployment the merge brought; empty when none was found. */
  rows: DeploymentRow[];
  /** When none was found: the messages read and what they asked for, for the warning. */
  lookedFor: string;
  /** When none was found but trailers name one deployment: its columns, for the new row. */
  named: Fields;
}

/**
 * The merge join. A stage after the merge names the HLD commit the forge made (a merge commit, a
 * squash, a rebased commit), which no row carries yet; the deployment(s) it brought are found from
 * the messages of the commits the build brings (Ringway trailers, the pull request number in the
 * forge's merge title), and each gets pr-merged (its HLD commit becomes the merged one, so the
 * next stages find it) and then this stage. Undefined when the stage is not such a stage, or a
 * row already carries the commit (or the pull request given): the ids find the row as usual.
 */
export async function recordAcrossMerge(
  store: DeploymentTable,
  r: StageRecord,
  messages: () => Promise<string[]>,
  now = new Date(),
): Promise<MergeJoin | undefined> {
  const f = r.fields;
  if (!AFTER_MERGE.has(r.stage) || !f.hldCommitId) return undefined;
  if ((await store.findAny([{ hldCommitId: f.hldCommitId }, ...(f.pr ? [{ pr: f.pr }] : [])])).length) return undefined;
  const texts = await messages();
  const clues = mergeClues(texts);
  const found = await deploymentsOf(store, clues);
  if (!found.length) {
    const keys = clues.filter((c) => c.key?.ring && c.key.tag).map((c) => c.key as DeploymentKey);
    const one = keys.length === 1 ? keys[0] : undefined;
    const named: Fields = one
      ? { env: one.ring?.toLowerCase(), imageTag: one.tag, ...(one.service ? { service: one.service } : {}) }
      : {};
    return { rows: [], lookedFor: `${texts.length} commit message(s): ${describeClues(clues)}`, named };
  }
  const rows: DeploymentRow[] = [];
  for (const { row, pr } of found) {
    // The pull request number from the merge title fills an empty column; it never replaces one.
    const merged: Fields = {
      hldCommitId: f.hldCommitId,
      ...(pr && !row.pr ? { pr } : {}),
      ...(f.mergedBy ? { mergedBy: f.mergedBy } : {}),
      ...(f.hldRepo ? { hldRepo: f.hldRepo } : {}),
    };
    let [written] = await recordStageRows(store, { stage: 'pr-merged', fields: merged, rowKey: row.rowKey }, now);
    if (r.stage !== 'pr-merged')
      [written] = await recordStageRows(
        store,
        {
          ...r,
          fields: { ...f, ...(f.pr && row.pr && f.pr !== row.pr ? { pr: undefined } : {}) },
          rowKey: written.rowKey,
        },
        now,
      );
    rows.push(written);
  }
  return { rows, lookedFor: '', named: {} };
}

/**
 * The deployment each clue names, once each: trailers (service, ring, tag) find the open
 * deployment of that service and tag in that ring, newest first (a rollback's own row first); a
 * pull request number finds the open deployment whose pull request it is.
 */
async function deploymentsOf(
  store: DeploymentTable,
  clues: MergeClue[],
): Promise<{ row: DeploymentRow; pr?: string }[]> {
  const out = new Map<string, { row: DeploymentRow; pr?: string }>();
  const byRing = new Map<string, Promise<DeploymentRow[]>>();
  const ring = (env: string) => {
    if (!byRing.has(env)) byRing.set(env, store.find({ env }));
    return byRing.get(env) as Promise<DeploymentRow[]>;
  };
  for (const c of clues) {
    let row: DeploymentRow | undefined;
    const k = c.key;
    if (k?.ring && k.tag) {
      const tag = k.tag.toLowerCase();
      const candidates = (await ring(k.ring.toLowerCase())).filter(
        (x) => open(x) && sameTag(x.imageTag, tag) && (!k.service || matchesService(x, k.service)),
      );
      // A rollback's trailer names the deployment it replaced; an update's names none.
      const own = (x: DeploymentRow) => (k.rollbackOf ? x.rollbackOf === k.rollbackOf : !x.rollbackOf);
      row = [...candidates.filter(own).sort(newestFirst), ...candidates.filter((x) => !own(x)).sort(newestFirst)][0];
    }
    if (!row && c.pr) row = (await store.find({ pr: c.pr })).filter(open).sort(newestFirst)[0];
    if (row && !out.has(row.rowKey)) out.set(row.rowKey, { row, pr: c.pr });
  }
  return [...out.values()];
}

/** A deployment to a ring whose pull request has not merged yet (as far as the table knows). */
function open(row: DeploymentRow): boolean {
  return Boolean(row.env) && !row.prMergedAt && !row.p3 && !row.manifestCommitId;
}

/** The row's tag is this tag, or Bedrock's `<repo-service>:<tag>` form of it. */
function sameTag(rowTag: string | undefined, tag: string): boolean {
  const t = (rowTag ?? '').toLowerCase();
  return t === tag || t.endsWith(`:${tag}`);
}
