import { readFileLimited } from '../limits.js';
import { RingwayError, UsageError } from '../errors.js';

/**
 * Flux v2 and Argo CD notifications, read as they are delivered, reduced to what a deployment
 * record needs: which manifest commit, which cluster, and whether the cluster applied it.
 *
 * Flux: the notification-controller Event (fluxcd/pkg apis/event/v1beta1 Event: involvedObject,
 * severity, timestamp, message, reason, metadata, reportingController, reportingInstance), posted
 * as is by the `generic` provider, or as the `client_payload` of a GitHub repository_dispatch with
 * event_type `<Kind>/<name>.<namespace>` by the `githubdispatch` provider. Metadata keys arrive with
 * the controller's API group stripped (`revision`, `originRevision`, `commit`) plus the Alert's
 * `.spec.eventMetadata` (where users put `cluster` and `ring`).
 *
 * Argo CD: notifications-engine's webhook (or GitHub repository_dispatch) carries the body of a
 * template; ringway's template is in docs/operators.md.
 */

export type SyncOutcome = 'synced' | 'failed' | 'progressing';

export interface OperatorEvent {
  operator: 'flux' | 'argocd';
  /** What was reconciled, for messages: `Kustomization/apps.flux-system`, `argocd/frontend-dev`. */
  object: string;
  outcome: SyncOutcome;
  /** Operator's own word: the Flux reason, or Argo CD's sync/health/phase. */
  reason: string;
  /** Full 40-hex manifest commit, lowercase. */
  revision: string;
  /** Cluster named by the event ('' when it names none). */
  cluster: string;
  /** Ring named by the event metadata ('' when none). */
  ring: string;
  /** When the operator saw it (ISO 8601); '' when the event carries no usable time. */
  at: string;
}

const FLUX_KINDS = ['Kustomization', 'HelmRelease'];

// kustomize-controller and helm-controller reasons (fluxcd/pkg apis/meta conditions.go, helm-controller v2 reasons).
const FLUX_SUCCESS = new Set([
  'ReconciliationSucceeded',
  'Succeeded',
  'InstallSucceeded',
  'UpgradeSucceeded',
  'TestSucceeded',
]);
// Any other reason is progress only (Progressing, ProgressingWithRetry, DependencyNotReady…).
// Everything else at severity error is a failure; these are failures even at info (a rollback means the upgrade did not hold).
const FLUX_FAILED = new Set([
  'HealthCheckFailed',
  'ReconciliationFailed',
  'BuildFailed',
  'PruneFailed',
  'ArtifactFailed',
  'InstallFailed',
  'UpgradeFailed',
  'TestFailed',
  'RollbackSucceeded',
  'RemediationFailed',
]);

/** A cluster or ring name as it may be stored and shown: no spaces, quotes or control characters. */
const NAME = /^[\w.:/@-]{1,200}$/;

/** An operator event is a few kilobytes (Flux's and Argo CD's notifications); 1 MiB is ample. */
export const MAX_EVENT_BYTES = 1 << 20;

/** The JSON text of an input: the value itself, or with `@path` the file's content. Errors here name
 * the event; the step adds its input. */
export function readEventInput(value: string): unknown {
  let text = value;
  if (value.startsWith('@')) {
    const file = value.slice(1);
    try {
      text = readFileLimited(file, MAX_EVENT_BYTES, `the event file ${file}`).toString('utf8');
    } catch (err) {
      if (err instanceof RingwayError) throw new UsageError(err.message);
      throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new UsageError(`the event is not JSON: ${(err as Error).message.split('\n')[0]}`);
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * Unwraps a GitHub repository_dispatch: the webhook event a workflow sees (`github.event`, file
 * `$GITHUB_EVENT_PATH`: `action` + `client_payload`) or the dispatch request body (`event_type` +
 * `client_payload`). Returns the payload and the dispatch type ('' when not wrapped).
 */
function unwrapDispatch(body: Obj): { payload: unknown; type: string } {
  if ('client_payload' in body) return { payload: body.client_payload, type: str(body.event_type) || str(body.action) };
  return { payload: body, type: '' };
}

/**
 * The commit a Flux/Argo CD revision names: `main@sha1:<sha>` (Flux ≥ 2.0), `main/<sha>` (Flux
 * < 2.0), `sha1:<sha>`, or a bare 40-hex sha (Argo CD). A chart version or an OCI digest is not a commit.
 */
export function commitOfRevision(revision: string): string {
  const r = revision.trim();
  const m = /^(?:.*@)?sha1:([0-9a-f]{40})$/i.exec(r) ?? /^(?:[^@]*\/)?([0-9a-f]{40})$/i.exec(r);
  if (!m)
    throw new UsageError(
      `revision '${printable(r)}' is not a git commit (expected <branch>@sha1:<sha>, <branch>/<sha> or a 40-hex sha)`,
    );
  return m[1].toLowerCase();
}

/** A value from an event, made safe for one log line (no newlines, no runner commands). */
export function printable(s: string): string {
  return s
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/::/g, ': :')
    .replace(/##/g, '# #')
    .slice(0, 200);
}

function name(v: string, what: string): string {
  if (v && !NAME.test(v)) throw new UsageError(`${what} '${printable(v)}' is not a valid name`);
  return v;
}

function time(v: unknown): string {
  const t = Date.parse(str(v));
  return Number.isNaN(t) ? '' : new Date(t).toISOString();
}

/** A Flux notification-controller Event (plain, or inside a repository_dispatch). */
export function parseFluxEvent(body: unknown): OperatorEvent {
  if (!isObj(body)) throw new UsageError(`the event must be a JSON object (a Flux event)`);
  const { payload, type } = unwrapDispatch(body);
  if (!isObj(payload)) throw new UsageError(`client_payload must be a JSON object (a Flux event)`);
  const obj = payload.involvedObject;
  if (!isObj(obj)) throw new UsageError(`the event has no involvedObject: not a Flux notification-controller event`);
  const kind = str(obj.kind);
  if (!FLUX_KINDS.includes(kind))
    throw new UsageError(`kind '${printable(kind)}' is not a Kustomization or HelmRelease`);
  const object = printable(`${kind}/${str(obj.name)}.${str(obj.namespace)}`);
  if (type && type !== object)
    throw new UsageError(`dispatch type '${printable(type)}' does not match the event's object ${printable(object)}`);
  const meta = isObj(payload.metadata) ? payload.metadata : {};
  // Same precedence as the event's GetRevision (fluxcd/pkg): commit, then originRevision, then revision.
  const rev = str(meta.commit) || str(meta.originRevision) || str(meta.revision);
  if (!rev) throw new UsageError(`the event for ${printable(object)} carries no revision metadata`);
  const reason = str(payload.reason);
  const severity = str(payload.severity);
  if (!reason) throw new UsageError(`the event has no reason`);
  const outcome: SyncOutcome =
    FLUX_FAILED.has(reason) || severity === 'error' ? 'failed' : FLUX_SUCCESS.has(reason) ? 'synced' : 'progressing';
  return {
    operator: 'flux',
    object,
    outcome,
    reason: printable(reason),
    revision: commitOfRevision(rev),
    cluster: name(str(meta.cluster), 'cluster'),
    ring: name(str(meta.ring) || str(meta.env), 'ring').toLowerCase(),
    at: time(payload.timestamp),
  };
}

/**
 * An Argo CD notification in ringway's template (docs/operators.md): app, sync, health, operation,
 * destination. Synced + Healthy is a sync; a failed/errored operation or Degraded health a
 * failure; anything else (Progressing, OutOfSync, Running) is progress only.
 */
export function parseArgoEvent(body: unknown): OperatorEvent {
  if (!isObj(body)) throw new UsageError(`the notification must be a JSON object (an Argo CD notification)`);
  const { payload } = unwrapDispatch(body);
  if (!isObj(payload) || !isObj(payload.app) || !isObj(payload.sync))
    throw new UsageError(`not ringway's Argo CD template (needs app.name and sync.revision; see docs/operators.md)`);
  const app = str(payload.app.name);
  if (!app) throw new UsageError(`app.name is empty`);
  const sync = payload.sync;
  const health = isObj(payload.health) ? str(payload.health.status) : '';
  const op = isObj(payload.operation) ? payload.operation : {};
  const phase = str(op.phase);
  const dest = isObj(payload.destination) ? payload.destination : {};
  const status = str(sync.status);
  const outcome: SyncOutcome =
    phase === 'Failed' || phase === 'Error' || health === 'Degraded'
      ? 'failed'
      : status === 'Synced' && health === 'Healthy' && (!phase || phase === 'Succeeded')
        ? 'synced'
        : 'progressing';
  const reason = [phase && `operation ${phase}`, status && `sync ${status}`, health && `health ${health}`]
    .filter(Boolean)
    .join(', ');
  return {
    operator: 'argocd',
    object: `argocd/${printable(app)}`,
    outcome,
    reason: printable(reason),
    revision: commitOfRevision(str(sync.revision)),
    cluster: name(str(dest.name) || str(dest.server), 'cluster'),
    ring: name(str(payload.ring), 'ring').toLowerCase(),
    at: time(op.finishedAt) || time(payload.time),
  };
}
