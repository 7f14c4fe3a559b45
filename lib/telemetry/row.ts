/**
 * One deployment = one table row, in the layout Spektate and bedrock-cli use (all strings, one
 * PartitionKey). ringway adds columns Spektate ignores (author, PR link, merged-by, timestamps per
 * stage, which stage set each field) and never changes the meaning of Spektate's own columns.
 */
export const SPEKTATE_COLUMNS = [
  'commitId',
  'env',
  'imageTag',
  'p1',
  'service',
  'p2',
  'hldCommitId',
  'p3',
  'manifestCommitId',
  'sourceRepo',
  'hldRepo',
  'manifestRepo',
  'pr',
] as const;
/** When each stage happened, in chain order. */
const STAGE_TIMES = [
  'imageBuiltAt',
  'hldUpdatedAt',
  'prMergedAt',
  'manifestsGeneratedAt',
  'manifestsPushedAt',
  'syncedAt',
  'syncFailedAt',
] as const;

export const RINGWAY_COLUMNS = [
  'author',
  'prUrl',
  'mergedBy',
  'cluster',
  ...STAGE_TIMES,
  'clusters',
  'commitTime',
  'gateRejectedAt',
  // Why the gate rejected (JSON: gate-rejection.ts): the metric check, its value and threshold.
  'gateRejectedBy',
  // rollback: the new deployment names the one it replaces (rollbackOf); the replaced one is marked.
  'rollbackOf',
  'rolledBackBy',
  'rolledBackAt',
  'rollbackReason',
] as const;

export type Column = (typeof SPEKTATE_COLUMNS)[number] | (typeof RINGWAY_COLUMNS)[number];
export type Fields = Partial<Record<Column, string>>;

export interface DeploymentRow extends Fields {
  partitionKey: string;
  rowKey: string;
  /** JSON map column → rank of the stage that set it (later stages win, whatever the order). */
  ringwayRanks?: string;
  etag?: string;
  timestamp?: string;
}

export const STAGES = [
  'image-built',
  'hld-updated',
  'pr-merged',
  'manifests-generated',
  'manifests-pushed',
  'cluster-synced',
  'sync-failed',
  'gate-rejected',
  'rollback',
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_TIME: Record<Stage, Column> = {
  'image-built': 'imageBuiltAt',
  'hld-updated': 'hldUpdatedAt',
  'pr-merged': 'prMergedAt',
  'manifests-generated': 'manifestsGeneratedAt',
  'manifests-pushed': 'manifestsPushedAt',
  'cluster-synced': 'syncedAt',
  'sync-failed': 'syncFailedAt',
  'gate-rejected': 'gateRejectedAt',
  // A rollback is an HLD update of the previous tag.
  rollback: 'hldUpdatedAt',
};

/** Where a stage sits in a deployment's story (a later stage's value wins); a rollback is an HLD update. */
const RANK: Partial<Record<Stage, number>> = { rollback: 2 };
export function rankOf(stage: Stage): number {
  return RANK[stage] ?? STAGES.indexOf(stage) + 1;
}

/**
 * Columns that tell deployments apart whatever stage set them: a row and a record (or two rows)
 * with different non-empty values in any of these are different deployments. `env` keeps rings
 * apart, `imageTag` tags, the rest pipeline runs, pull requests and manifest commits.
 */
export const IDENTITY: Column[] = ['imageTag', 'env', 'p1', 'p2', 'p3', 'pr', 'manifestCommitId'];

/**
 * Ids of one deployment to one ring: sharing a value in one of these makes a record (or a row) part
 * of the same deployment. The image tag is not one: every ring of a tag shares it.
 */
export const LINKS: Column[] = ['p2', 'pr', 'hldCommitId', 'p3', 'manifestCommitId'];

/** A row that only knows about the image (image-built so far, perhaps for a named ring): no deployment id yet. */
export function imageOnly(row: Fields): boolean {
  return LINKS.every((k) => !row[k]);
}

const same = (a?: string, b?: string) => Boolean(a && b && a.toLowerCase() === b.toLowerCase());
const differ = (a?: string, b?: string) => Boolean(a && b && a.toLowerCase() !== b.toLowerCase());

/**
 * Whether `fields`, written by a stage of rank `rank`, contradict `row`: an identity column differs,
 * or the HLD commit differs where the same stage set it (the HLD commit moves from the PR commit to
 * the merge commit between stages, so only a same-stage difference is a contradiction).
 */
export function contradicts(row: DeploymentRow, fields: Fields, rank: number): boolean {
  if (IDENTITY.some((k) => differ(row[k], fields[k]))) return true;
  return differ(row.hldCommitId, fields.hldCommitId) && (ranks(row).hldCommitId ?? 0) === rank;
}

/** Whether `fields` name the same deployment as `row` by one of its ids. */
export function linked(row: Fields, fields: Fields): boolean {
  return LINKS.some((k) => same(row[k], fields[k]));
}

export function ranks(row: DeploymentRow): Record<string, number> {
  try {
    return row.ringwayRanks ? (JSON.parse(row.ringwayRanks) as Record<string, number>) : {};
  } catch {
    return {};
  }
}

/**
 * The columns `fields` (written by a stage of rank `rank`) change on `row`: empty columns are
 * filled; a filled one is replaced only by a stage at least as late as the one that set it.
 */
export function changes(
  row: DeploymentRow,
  fields: Fields,
  rank: number,
): { set: Fields; ranks: Record<string, number> } {
  const r = ranks(row);
  const set: Fields = {};
  for (const [k, v] of Object.entries(fields) as [Column, string | undefined][]) {
    if (v === undefined || v === '') continue;
    const current = row[k];
    if (current === v) {
      r[k] = Math.max(r[k] ?? 0, rank);
      continue;
    }
    if (!current || rank >= (r[k] ?? 0)) {
      set[k] = v;
      r[k] = rank;
    }
  }
  return { set, ranks: r };
}

/**
 * Whether two rows are the same deployment: linked by an id of one ring's deployment, or one of them
 * only knows the image of the other, and no identity column disagrees (whatever the ranks: a later
 * stage never turns one ring's row into another's).
 */
export function compatible(a: DeploymentRow, b: DeploymentRow): boolean {
  if (IDENTITY.some((k) => differ(a[k], b[k]))) return false;
  if (differ(a.hldCommitId, b.hldCommitId) && (ranks(a).hldCommitId ?? 0) === (ranks(b).hldCommitId ?? 0)) return false;
  if (linked(a, b)) return true;
  // An image row joins the rows of its tag; one recorded for a named ring, only that ring's.
  const [image, other] = imageOnly(a) ? [a, b] : [b, a];
  return imageOnly(image) && same(a.imageTag, b.imageTag) && (!image.env || same(image.env, other.env));
}

/** `b` folded into `a` column by column with the same rank rule. */
export function fold(a: DeploymentRow, b: DeploymentRow): { set: Fields; ranks: Record<string, number> } {
  const rb = ranks(b);
  const out = { set: {} as Fields, ranks: ranks(a) };
  let row: DeploymentRow = { ...a };
  for (const k of [...SPEKTATE_COLUMNS, ...RINGWAY_COLUMNS]) {
    const v = b[k];
    if (!v) continue;
    const c = changes({ ...row, ringwayRanks: JSON.stringify(out.ranks) }, { [k]: v }, rb[k] ?? 0);
    Object.assign(out.set, c.set);
    out.ranks = c.ranks;
    row = { ...row, ...c.set };
  }
  return out;
}

/** Spektate-style state from the stages a row has. */
export function stateOf(row: DeploymentRow): string {
  if (row.rolledBackAt) return 'Rolled back';
  if (syncFailed(row)) return 'Sync failed';
  if (row.syncedAt) return 'Synced';
  if (row.manifestCommitId) return 'Ready to deploy';
  if (row.p3 || row.prMergedAt) return 'Merged';
  if (row.p2 || row.hldCommitId) return row.pr ? 'Awaiting approval' : 'HLD updated';
  if (row.p1) return 'Image built';
  return 'Incomplete';
}

/** One cluster's view of a deployment (the `clusters` JSON column, written by operator events). */
export interface ClusterSync {
  /** Earliest success: when the cluster first ran this deployment. */
  syncedAt?: string;
  /** Latest success, so a failure followed by a recovery reads as recovered. */
  okAt?: string;
  /** Latest failure, with the operator's reason. */
  failedAt?: string;
  reason?: string;
}

export function clusterSyncs(row: DeploymentRow): Record<string, ClusterSync> {
  try {
    const v = row.clusters ? (JSON.parse(row.clusters) as unknown) : {};
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, ClusterSync>) : {};
  } catch {
    return {};
  }
}

/** The cluster's latest word is a failure (a failure after the last success). */
export function clusterFailed(c: ClusterSync): boolean {
  return Boolean(c.failedAt && (!c.okAt || c.failedAt > c.okAt));
}

/** A cluster of the ring reports a failure it has not recovered from (or a manual sync-failed stage after the last sync). */
export function syncFailed(row: DeploymentRow): boolean {
  const map = Object.values(clusterSyncs(row));
  if (map.length) return map.some(clusterFailed);
  return Boolean(row.syncFailedAt && (!row.syncedAt || row.syncFailedAt > row.syncedAt));
}

/**
 * When the deployment to its ring started: its first ring stage. The build time is not one: it is
 * copied into every ring's row of the tag, so it cannot tell two deployments of one tag apart.
 */
export function ringStartedAt(row: DeploymentRow): string {
  const times = STAGE_TIMES.filter((k) => k !== 'imageBuiltAt')
    .map((k) => row[k])
    .filter((t): t is string => Boolean(t));
  return times.sort()[0] ?? row.timestamp ?? '';
}

/** Newest deployment first: by when it started in its ring, then by its latest stage. */
export function newestFirst(a: DeploymentRow, b: DeploymentRow): number {
  const [sa, sb] = [ringStartedAt(a), ringStartedAt(b)];
  if (sa !== sb) return sa < sb ? 1 : -1;
  const [la, lb] = [lastUpdated(a), lastUpdated(b)];
  return la === lb ? 0 : la < lb ? 1 : -1;
}

export function lastUpdated(row: DeploymentRow): string {
  const times = STAGE_TIMES.map((k) => row[k]).filter((t): t is string => Boolean(t));
  return times.sort().pop() ?? row.timestamp ?? '';
}

/** Minutes from the first recorded stage to the last, two decimals (Spektate's unit). */
export function durationMinutes(row: DeploymentRow): string {
  const times = STAGE_TIMES.map((k) => row[k])
    .filter((t): t is string => Boolean(t))
    .map((t) => Date.parse(t))
    .sort((a, b) => a - b);
  if (times.length < 2) return '';
  return ((times[times.length - 1] - times[0]) / 60000).toFixed(2);
}
