import { displayUrl } from '../git/auth.js';
import { errorMessage, RingwayError, UsageError } from '../errors.js';
import { redact } from '../secrets.js';
import type { CommitCheck, ReviewSignals } from '../scm/types.js';
import { matchesService } from '../telemetry/query.js';
import { type Column, type DeploymentRow, stateOf } from '../telemetry/row.js';
import { rowColumn, shownValue } from '../telemetry/row-value.js';
import { clustersSynced, failureOf } from './clusters.js';
import { formatDuration } from '../duration.js';
import type { RingPair } from './rings.js';
import { healthTarget } from './health-url.js';
import type { SyncTagResult } from './sync-tag.js';
import type { MetricSource } from '../monitoring/series.js';
import { runMetricCheck, type Measurement, type MetricCheck } from './metric-checks.js';

/**
 * `reject` is evidence that the release is bad (it may be rolled back); `error` means the gate
 * could not tell (no access, no answer, a record or input missing): never a reason to roll back.
 */
export type Verdict = 'pass' | 'wait' | 'reject' | 'error' | 'skip';
export type Decision = 'promote' | 'wait' | 'reject' | 'error';

/** Most severe first: evidence of a bad release outweighs not being able to read another signal. */
const SEVERITY = ['reject', 'error', 'wait'] as const satisfies readonly (Verdict & Decision)[];

/** One condition of the gate, as reported in the outputs and the summary. */
export interface Condition {
  name: 'deployed' | 'rolled-back' | 'synced' | 'soaked' | 'checks' | 'approvals' | 'health' | 'metric';
  verdict: Verdict;
  detail: string;
  /** A metric condition: its check's name, the query as sent and each measurement. */
  check?: string;
  /** A metric condition: the value that decided (the last failed measurement's on a reject) and the check's condition. */
  value?: string;
  threshold?: string;
  query?: string;
  measurements?: Measurement[];
}

export type ChecksCommit = 'source' | 'hld' | 'manifest';

export interface GateQuestion {
  service: string;
  imageTag: string;
  pair: RingPair;
  soakMs: number;
  requireSynced: boolean;
  /** Manifest repository whose sync tag tells what the cluster applied ('' = row's manifestRepo). */
  manifestRepo: string;
  syncTag: string;
  requiredChecks: string[];
  checksCommit: ChecksCommit;
  /** Repository holding the checked commit ('' = the row's repository for that commit). */
  checksRepo: string;
  requiredApprovals: number;
  /** HLD repository of the pull request whose approvals count ('' = the row's hldRepo). */
  hldRepo: string;
  healthUrls: string[];
  /** Text the health response must contain once the new version serves; `{image-tag}` is replaced. */
  healthExpect: string;
  healthTimeoutMs: number;
  /** Clusters each ring runs on (`ring-clusters`); all of the from-ring's must be synced. */
  ringClusters?: Record<string, string[]>;
  /** Read operator commit statuses on the manifest commit for clusters not recorded as synced (needs the forge token). */
  syncStatuses?: boolean;
  /** Metric checks over the soak window (input `metrics`), one condition each. */
  metrics?: MetricCheck[];
}

/** The outside world, injected so every condition can be exercised on its own. */
export interface GateDeps {
  /** Rows of the deployment table with this exact image tag, any ring. */
  rowsForTag(imageTag: string): Promise<DeploymentRow[]>;
  signals(url: string, input: string): ReviewSignals;
  syncTag(url: string, tag: string, commit: string): Promise<SyncTagResult>;
  now(): number;
  /** The backend that answers a check's queries (its provider, configured by the step's inputs). */
  metricSource?(check: MetricCheck): MetricSource;
}

export interface GateAnswer {
  decision: Decision;
  reason: string;
  conditions: Condition[];
  deployment?: DeploymentRow;
  /** When a soak is the only thing left, the moment it ends (ISO). */
  readyAt?: string;
}

const short = (sha = '') => sha.slice(0, 7);

/** The most advanced deployment of the tag to a ring: synced, then pushed, then newest. */
function bestRow(rows: DeploymentRow[]): DeploymentRow | undefined {
  const score = (r: DeploymentRow) => (r.syncedAt ? 2 : r.manifestCommitId ? 1 : 0);
  const when = (r: DeploymentRow) => r.syncedAt ?? r.manifestsPushedAt ?? r.timestamp ?? '';
  return [...rows].sort((a, b) => score(b) - score(a) || (when(b) > when(a) ? 1 : when(b) < when(a) ? -1 : 0))[0];
}

/**
 * Decides whether `imageTag` may move from `pair.from` to `pair.to`. Every condition asked for is
 * evaluated and reported, in this order, one function each; a new condition is one more function
 * called here. A reject anywhere rejects, else an error anywhere errs, else a wait anywhere
 * waits, else promote (docs/gate.md, "Decision").
 */
export async function evaluateGate(q: GateQuestion, deps: GateDeps): Promise<GateAnswer> {
  const records = await readRecords(q, deps);
  const deployed = deployedCondition(q, records);
  // The conditions that read the deployment are skipped (saying why) until it is there.
  const row = deployed.verdict === 'pass' ? records.row : undefined;
  const needs = (name: Condition['name']): Condition => ({
    name,
    verdict: 'skip',
    detail: records.unread === undefined ? `needs a deployment to ${q.pair.from}` : 'needs the deployment record',
  });
  const conditions: Condition[] = [deployed, ...rolledBackCondition(q, records.rows)];
  const synced = !q.requireSynced
    ? syncNotRequired(row)
    : row
      ? await syncedCondition(q, row, deps)
      : { condition: needs('synced'), soak: {} };
  conditions.push(synced.condition);
  let readyAt: string | undefined;
  if (q.soakMs > 0) {
    const soaked = row ? soakedCondition(q, synced.soak, deps) : { condition: needs('soaked') };
    conditions.push(soaked.condition);
    readyAt = soaked.readyAt;
  }
  if (q.requiredChecks.length) conditions.push(row ? await checksCondition(q, row, deps) : needs('checks'));
  if (q.requiredApprovals > 0) conditions.push(row ? await approvalsCondition(q, row, deps) : needs('approvals'));
  if (q.healthUrls.length) conditions.push(await healthCondition(q));
  if (q.metrics?.length) conditions.push(...(await metricConditions(q, row ? synced.soak : undefined, deps)));
  return decide(q, conditions, records.row, readyAt);
}

/** What the deployment table holds for the tag: this service's rows in any ring, the best one in the from-ring. */
interface Records {
  rows: DeploymentRow[];
  /** The most advanced deployment to the from-ring (bestRow). */
  row?: DeploymentRow;
  /** Why the table could not be read; rows are then empty. */
  unread?: unknown;
}

async function readRecords(q: GateQuestion, deps: GateDeps): Promise<Records> {
  let rows: DeploymentRow[] = [];
  let unread: unknown;
  try {
    rows = (await deps.rowsForTag(q.imageTag)).filter((r) => matchesService(r, q.service));
  } catch (err) {
    // A bad storage input is bad usage (exit 2); a table that does not answer leaves the gate unable to tell.
    if (err instanceof UsageError) throw err;
    unread = err;
  }
  const row = bestRow(rows.filter((r) => (r.env ?? '').toLowerCase() === q.pair.from));
  return { rows, row, unread };
}

/** The tag is deployed to the from-ring with its manifests pushed. */
function deployedCondition(q: GateQuestion, { rows, row, unread }: Records): Condition {
  const { from } = q.pair;
  if (unread !== undefined) return cannotTell('deployed', unread);
  // No record at all is no evidence either way (a wrong tag, service or table, or a pipeline that did not record).
  if (!rows.length)
    return {
      name: 'deployed',
      verdict: 'error',
      detail: `no deployment of ${q.service} with image tag ${q.imageTag} is recorded: check 'service', 'image-tag' and the table`,
    };
  if (!row) {
    const rings = [...new Set(rows.map((r) => r.env).filter(Boolean))];
    return {
      name: 'deployed',
      verdict: 'wait',
      detail: `${q.imageTag} is not deployed to ${from} yet${rings.length ? ` (recorded in: ${rings.join(', ')})` : ' (image built, HLD not updated)'}`,
    };
  }
  if (!row.manifestCommitId)
    return {
      name: 'deployed',
      verdict: 'wait',
      detail: `deployment ${row.rowKey} to ${from} is at '${stateOf(row)}'; its manifests are not pushed yet`,
    };
  return {
    name: 'deployed',
    verdict: 'pass',
    detail: `deployment ${row.rowKey}: manifest commit ${short(row.manifestCommitId)} in ${from}`,
  };
}

/** A tag rolled back in a ring is rejected for every later ring (reported only when it was). */
function rolledBackCondition(q: GateQuestion, rows: DeploymentRow[]): Condition[] {
  const ringIndex = (r: DeploymentRow) => q.pair.rings.indexOf((r.env ?? '').toLowerCase());
  const rolledBack = rows.filter(
    (r) => r.rolledBackAt && ringIndex(r) >= 0 && ringIndex(r) < q.pair.rings.indexOf(q.pair.to),
  );
  if (!rolledBack.length) return [];
  const r = rolledBack[0];
  return [
    {
      name: 'rolled-back',
      verdict: 'reject',
      detail: `${q.imageTag} was rolled back in ${r.env} at ${r.rolledBackAt} (deployment ${r.rowKey}${r.rollbackReason ? `: ${r.rollbackReason}` : ''}); it does not go further`,
    },
  ];
}

/** Where the soak counts from (set by the synced condition): a time and what happened then. */
interface SoakStart {
  at?: string;
  what?: string;
  /** The row and column `at` was read from: a value that is not a time is named by them. */
  from?: { row: DeploymentRow; column: Column };
}

/** `require-synced: false`: the soak counts from the push. */
function syncNotRequired(row: DeploymentRow | undefined): { condition: Condition; soak: SoakStart } {
  return {
    condition: { name: 'synced', verdict: 'skip', detail: 'not required' },
    soak: { at: row?.manifestsPushedAt, what: 'manifests pushed', from: row && { row, column: 'manifestsPushedAt' } },
  };
}

/**
 * The from-ring applied the deployment: the cluster-synced stage, every cluster of the ring
 * (`ring-clusters`), else the operator's sync tag on the manifest repository.
 */
async function syncedCondition(
  q: GateQuestion,
  row: DeploymentRow,
  deps: GateDeps,
): Promise<{ condition: Condition; soak: SoakStart }> {
  const { from } = q.pair;
  // An operator reported that the ring's cluster could not apply (or keep healthy) this deployment.
  if (failureOf(row))
    return {
      condition: { name: 'synced', verdict: 'reject', detail: `deployment ${row.rowKey}: ${failureOf(row)}` },
      soak: {},
    };
  if (q.ringClusters?.[from]?.length) {
    const repo = q.manifestRepo || row.manifestRepo || '';
    const sha = row.manifestCommitId as string;
    const v = await clustersSynced(
      row,
      q.ringClusters[from],
      repo && q.syncStatuses ? () => deps.signals(repo, 'manifest-repo').commitChecks(sha) : undefined,
    );
    return {
      condition: { name: 'synced', verdict: v.verdict, detail: v.detail },
      soak: {
        at: v.since,
        what: v.sinceWhat,
        from: { row, column: v.since === row.manifestsPushedAt ? 'manifestsPushedAt' : 'clusters' },
      },
    };
  }
  if (row.syncedAt)
    return {
      condition: {
        name: 'synced',
        verdict: 'pass',
        detail: `synced${row.cluster ? ` to ${row.cluster}` : ''} at ${row.syncedAt}`,
      },
      soak: { at: row.syncedAt, what: 'synced', from: { row, column: 'syncedAt' } },
    };
  return syncTagCondition(q, row, deps);
}

/** Synced, read from the operator's sync tag: it includes the manifest commit. */
async function syncTagCondition(
  q: GateQuestion,
  row: DeploymentRow,
  deps: GateDeps,
): Promise<{ condition: Condition; soak: SoakStart }> {
  const repo = q.manifestRepo || row.manifestRepo || '';
  if (!repo)
    return {
      condition: {
        name: 'synced',
        verdict: 'wait',
        detail: `no cluster-synced stage recorded for deployment ${row.rowKey}, and no 'manifest-repo' to read the ${q.syncTag} tag from`,
      },
      soak: {},
    };
  const commit = row.manifestCommitId as string;
  // The row's value goes to git: a commit SHA, or nothing is fetched.
  if (commit && !COMMIT_SHA.test(commit))
    return {
      condition: {
        name: 'synced',
        verdict: 'error',
        detail: `${rowColumn(row, 'manifestCommitId')}: '${shownValue(commit)}' is not a commit SHA`,
      },
      soak: {},
    };
  // Through an async function, so a URL refused before any request is caught like a failed one.
  const tag = await (async () => deps.syncTag(repo, q.syncTag, commit))().catch((err: unknown) =>
    cannotTell('synced', err, `reading ${q.syncTag}: `),
  );
  if ('verdict' in tag) return { condition: tag, soak: {} };
  // The tag does not say when it moved: soak counts from the push, the earliest it could have.
  if (tag.applied)
    return {
      condition: {
        name: 'synced',
        verdict: 'pass',
        detail: `${q.syncTag} (${short(tag.tagCommit)}) includes manifest commit ${short(commit)}`,
      },
      soak: { at: row.manifestsPushedAt, what: 'manifests pushed', from: { row, column: 'manifestsPushedAt' } },
    };
  return {
    condition: {
      name: 'synced',
      verdict: 'wait',
      detail: tag.tagCommit
        ? `${q.syncTag} is at ${short(tag.tagCommit)}, which does not include manifest commit ${short(commit)} yet`
        : `${displayUrl(repo)} has no ${q.syncTag} tag yet`,
    },
    soak: {},
  };
}

/** `soak-time` has passed since the soak started; while it has not, when it will (readyAt). */
function soakedCondition(q: GateQuestion, soak: SoakStart, deps: GateDeps): { condition: Condition; readyAt?: string } {
  if (!soak.at)
    return {
      condition: {
        name: 'soaked',
        verdict: 'wait',
        detail: q.requireSynced
          ? 'the soak starts once the ring is synced'
          : 'no manifests-pushed time recorded to count the soak from',
      },
    };
  const since = soak.what ?? '';
  const start = Date.parse(soak.at);
  // A row's time that is not one: the soak cannot be counted, and the line says which row and column.
  if (Number.isNaN(start) || Number.isNaN(new Date(start + q.soakMs).getTime()))
    return {
      condition: {
        name: 'soaked',
        verdict: 'error',
        detail: `${soak.from ? rowColumn(soak.from.row, soak.from.column) : 'the deployment record'}: '${shownValue(soak.at)}' is not a time (ISO 8601)`,
      },
    };
  const elapsed = deps.now() - start;
  if (elapsed >= q.soakMs)
    return {
      condition: {
        name: 'soaked',
        verdict: 'pass',
        detail: `${formatDuration(elapsed)} since ${since} (needs ${formatDuration(q.soakMs)})`,
      },
    };
  const readyAt = new Date(start + q.soakMs).toISOString();
  return {
    condition: {
      name: 'soaked',
      verdict: 'wait',
      detail: `soaking: ${formatDuration(Math.max(0, elapsed))} of ${formatDuration(q.soakMs)} since ${since}; ready at ${readyAt}`,
    },
    readyAt,
  };
}

/** The decision from the conditions (the most severe verdict), and the one line that explains it. */
function decide(
  q: GateQuestion,
  conditions: Condition[],
  row: DeploymentRow | undefined,
  readyAt: string | undefined,
): GateAnswer {
  const decision: Decision = SEVERITY.find((v) => conditions.some((c) => c.verdict === v)) ?? 'promote';
  // The condition that decided comes first, so the one line a failed job shows starts with it.
  const open = SEVERITY.flatMap((v) => conditions.filter((c) => c.verdict === v));
  const checked = conditions.filter((c) => c.verdict === 'pass').map((c) => c.name);
  const reason =
    decision === 'promote'
      ? `${q.imageTag} may go from ${q.pair.from} to ${q.pair.to}: ${checked.join(', ')}`
      : open.map((c) => `${c.name}: ${c.detail}`).join('; ');
  const onlySoak = decision === 'wait' && open.every((c) => c.name === 'soaked');
  return { decision, reason, conditions, deployment: row, ...(onlySoak && readyAt ? { readyAt } : {}) };
}

/**
 * A condition the gate could not evaluate: an access error, no answer, an unusable answer, a
 * missing input. Bad usage found only now (a token the API needs) counts too: the step still
 * reports decision=error rather than stopping without a decision.
 */
function cannotTell(name: Condition['name'], err: unknown, doing = ''): Condition {
  // Our errors explain themselves; anything else is an answer of a shape nobody expected (an empty body).
  const why = err instanceof RingwayError ? errorMessage(err) : `the answer could not be read (${errorMessage(err)})`;
  return { name, verdict: 'error', detail: `${doing}${redact(why)}` };
}

/** Hex, as a (possibly abbreviated) commit SHA is: never an option, a path or a query. */
const COMMIT_SHA = /^[0-9a-f]{1,64}$/i;

const COMMIT_OF: Record<ChecksCommit, { commit: Column; repo: Column; label: string }> = {
  source: { commit: 'commitId', repo: 'sourceRepo', label: 'source commit' },
  hld: { commit: 'hldCommitId', repo: 'hldRepo', label: 'HLD commit' },
  manifest: { commit: 'manifestCommitId', repo: 'manifestRepo', label: 'manifest commit' },
};

async function checksCondition(q: GateQuestion, row: DeploymentRow, deps: GateDeps): Promise<Condition> {
  const which = COMMIT_OF[q.checksCommit];
  const sha = row[which.commit];
  const repo = q.checksRepo || row[which.repo] || '';
  if (!sha)
    return {
      name: 'checks',
      verdict: 'error',
      detail: `deployment ${row.rowKey} has no ${which.label} recorded to read checks from`,
    };
  if (!repo)
    return { name: 'checks', verdict: 'error', detail: `no repository for the ${which.label}: set 'checks-repo'` };
  // The row's value goes into a forge API path: a commit SHA, or nothing is asked.
  if (!COMMIT_SHA.test(sha))
    return {
      name: 'checks',
      verdict: 'error',
      detail: `${rowColumn(row, which.commit)}: '${shownValue(sha)}' is not a commit SHA`,
    };
  let found: CommitCheck[];
  try {
    found = await deps.signals(repo, 'checks-repo').commitChecks(sha);
  } catch (err) {
    return cannotTell('checks', err);
  }
  const failed: string[] = [];
  const pending: string[] = [];
  for (const name of q.requiredChecks) {
    const mine = found.filter((c) => c.name.toLowerCase() === name.toLowerCase());
    if (!mine.length) pending.push(`${name} (not reported)`);
    else if (mine.some((c) => c.state === 'failure'))
      failed.push(`${name} (${mine.find((c) => c.state === 'failure')?.detail})`);
    else if (mine.some((c) => c.state === 'pending'))
      pending.push(`${name} (${mine.find((c) => c.state === 'pending')?.detail})`);
  }
  const on = `on ${which.label} ${short(sha)}`;
  if (failed.length) return { name: 'checks', verdict: 'reject', detail: `failed ${on}: ${failed.join(', ')}` };
  if (pending.length) return { name: 'checks', verdict: 'wait', detail: `not green yet ${on}: ${pending.join(', ')}` };
  return { name: 'checks', verdict: 'pass', detail: `${q.requiredChecks.join(', ')} green ${on}` };
}

async function approvalsCondition(q: GateQuestion, row: DeploymentRow, deps: GateDeps): Promise<Condition> {
  // A direct push, or a merge the record did not join: a missing record, not evidence against the release.
  if (!row.pr)
    return {
      name: 'approvals',
      verdict: 'error',
      detail: `deployment ${row.rowKey} to ${q.pair.from} has no pull request recorded (pushed directly, or its merge was not recorded): there are no approvals to count`,
    };
  if (!/^[0-9]{1,10}$/.test(row.pr))
    return {
      name: 'approvals',
      verdict: 'error',
      detail: `${rowColumn(row, 'pr')}: '${shownValue(row.pr)}' is not a pull request number`,
    };
  const repo = q.hldRepo || row.hldRepo || '';
  if (!repo)
    return {
      name: 'approvals',
      verdict: 'error',
      detail: "no HLD repository recorded for the pull request: set 'hld-repo'",
    };
  try {
    const reviews = await deps.signals(repo, 'hld-repo').reviews(row.pr);
    const approved = reviews.filter((r) => r.verdict === 'approved').map((r) => r.reviewer);
    const rejected = reviews.filter((r) => r.verdict === 'rejected').map((r) => r.reviewer);
    const of = `pull request ${row.pr}`;
    if (rejected.length)
      return {
        name: 'approvals',
        verdict: 'reject',
        detail: `${of}: changes requested or rejected by ${rejected.join(', ')}`,
      };
    if (approved.length < q.requiredApprovals)
      return {
        name: 'approvals',
        verdict: 'wait',
        detail: `${of}: ${approved.length} of ${q.requiredApprovals} approvals${approved.length ? ` (${approved.join(', ')})` : ''}`,
      };
    return { name: 'approvals', verdict: 'pass', detail: `${of} approved by ${approved.join(', ')}` };
  } catch (err) {
    return cannotTell('approvals', err);
  }
}

/**
 * An answer from a proxy on the way (it wants its own login), not from the service: it says nothing
 * about the release, so it is an error. Every answer of the service that is not 2xx is evidence
 * (SPEC: "a non-2xx health answer"), a 404 included: a release that lost its route is bad.
 */
const PROBE_REFUSED = new Set([407]);

/**
 * Every URL must answer 2xx in time; with `healthExpect`, its body must show the new version.
 * Any other answer from the service is evidence (reject); no answer at all is not (error).
 */
async function healthCondition(q: GateQuestion): Promise<Condition> {
  const expect = q.healthExpect.replace(/\{image-tag\}/g, q.imageTag);
  const results = await Promise.all(
    q.healthUrls.map(async (url): Promise<{ verdict: Verdict; detail: string }> => {
      // Shown without credentials or query: health URLs may carry keys (?code=… on Azure Functions).
      // Userinfo becomes a Basic header: fetch refuses URLs with credentials (and repeats them).
      const target = healthTarget(url);
      const shown = target.shown;
      try {
        // One deadline for the answer and its body: a service that sends headers and then stalls is no answer either.
        const res = await fetch(target.url, {
          headers: target.headers,
          signal: AbortSignal.timeout(q.healthTimeoutMs),
          redirect: 'follow',
        });
        const body = await res.text();
        if (PROBE_REFUSED.has(res.status))
          return {
            verdict: 'error',
            detail: `${shown} answered HTTP ${res.status}, from a proxy, not the service: check the runner's proxy settings`,
          };
        if (!res.ok) return { verdict: 'reject', detail: `${shown} answered HTTP ${res.status}` };
        if (expect && !body.includes(expect))
          return { verdict: 'wait', detail: `${shown} is healthy but does not serve '${expect}' yet` };
        return { verdict: 'pass', detail: `${shown} HTTP ${res.status}` };
      } catch (err) {
        const e = err as { name?: string; cause?: { code?: string } };
        const why =
          e.name === 'TimeoutError'
            ? `no answer within ${formatDuration(q.healthTimeoutMs)}`
            : (e.cause?.code ?? redact(errorMessage(err).split(target.url).join(shown)));
        return { verdict: 'error', detail: `${shown} unreachable: ${why}` };
      }
    }),
  );
  const verdict: Verdict = SEVERITY.find((v) => results.some((r) => r.verdict === v)) ?? 'pass';
  return {
    name: 'health',
    verdict,
    detail: results
      .filter((r) => verdict === 'pass' || r.verdict !== 'pass')
      .map((r) => r.detail)
      .join('; '),
  };
}

/**
 * Each metric check over the soak window, from its start (the sync, as the records give it) to
 * now: its failed measurements are evidence (reject), its inconclusive ones are not (error).
 */
async function metricConditions(q: GateQuestion, soak: SoakStart | undefined, deps: GateDeps): Promise<Condition[]> {
  const checks = q.metrics ?? [];
  const fromMs = soak?.at ? Date.parse(soak.at) : NaN;
  if (!soak?.at || Number.isNaN(fromMs)) {
    const why = !soak
      ? `needs a deployment to ${q.pair.from}`
      : soak.at
        ? `the soak start '${soak.at}' (${soak.what ?? 'recorded'}) is not a time`
        : 'the window starts once the ring is synced';
    const verdict: Verdict = soak?.at ? 'error' : 'skip';
    return checks.map((c) => ({ name: 'metric', check: c.name, verdict, detail: `${c.name}: ${why}` }));
  }
  const window = { service: q.service, ring: q.pair.from, tag: q.imageTag, fromMs, toMs: deps.now() };
  return Promise.all(
    checks.map(async (c): Promise<Condition> => {
      let source: MetricSource;
      try {
        if (!deps.metricSource) throw new RingwayError(`no ${c.provider} source is configured`);
        source = deps.metricSource(c);
      } catch (err) {
        return { ...cannotTell('metric', err, `${c.name}: `), check: c.name };
      }
      const r = await runMetricCheck(c, window, source);
      // The measurement the verdict names: the last failed one on a reject, else the latest.
      const failed = r.measurements.filter((m) => m.verdict === 'fail');
      const decided = (r.verdict === 'reject' ? failed : r.measurements).at(-1);
      return {
        name: 'metric',
        check: c.name,
        verdict: r.verdict,
        detail: r.detail,
        ...(decided?.value ? { value: decided.value } : {}),
        threshold: c.condition.text,
        query: r.query,
        measurements: r.measurements,
      };
    }),
  );
}
