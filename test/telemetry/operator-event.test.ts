// The Flux and Argo CD notification readers alone; test/telemetry/operator-events.test.ts runs the
// step with events through the table.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../lib/errors.js';
import {
  commitOfRevision,
  parseArgoEvent,
  parseFluxEvent,
  printable,
  readEventInput,
} from '../../lib/telemetry/operator-event.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';

const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error('accepted');
};

describe('commitOfRevision', () => {
  test.each([
    [`main@sha1:${SHA}`, SHA],
    [`main/${SHA}`, SHA],
    [`sha1:${SHA.toUpperCase()}`, SHA],
    [` ${SHA} `, SHA],
    [`refs/heads/main@sha1:${SHA}`, SHA],
  ])('%j names %s', (revision, sha) => expect(commitOfRevision(revision)).toBe(sha));

  test.each(['1.2.3', `sha256:${'a'.repeat(64)}`, SHA.slice(0, 39), `main@sha1:${SHA}0`, ''])(
    '%j is not a commit',
    (r) =>
      expect(refusal(() => commitOfRevision(r))).toBe(
        `revision '${r.trim()}' is not a git commit (expected <branch>@sha1:<sha>, <branch>/<sha> or a 40-hex sha)`,
      ),
  );
});

describe('printable', () => {
  test('keeps a value to one log line that runs no runner command', () => {
    expect(printable('a\nb\r\tc')).toBe('a b  c');
    expect(printable('::set-output name=x::y')).toBe(': :set-output name=x: :y');
    expect(printable('##vso[task.setvariable]')).toBe('# #vso[task.setvariable]');
    expect(printable('x'.repeat(300))).toHaveLength(200);
  });
});

describe('readEventInput', () => {
  test('reads JSON text, or a file with @path', () => {
    expect(readEventInput('{"a":1}')).toEqual({ a: 1 });
    const file = join(mkdtempSync(join(tmpdir(), 'ringway-event-')), 'event.json');
    writeFileSync(file, '{"b":2}');
    expect(readEventInput(`@${file}`)).toEqual({ b: 2 });
  });

  test('a missing file or bad JSON is one line', () => {
    expect(refusal(() => readEventInput('@/nonexistent/event.json'))).toBe(
      'cannot read /nonexistent/event.json: ENOENT',
    );
    expect(refusal(() => readEventInput('{oops'))).toMatch(/^the event is not JSON: .+$/);
  });
});

const flux = (over: Record<string, unknown> = {}, meta: Record<string, unknown> = {}) => ({
  involvedObject: { kind: 'Kustomization', name: 'apps', namespace: 'flux-system' },
  severity: 'info',
  timestamp: '2026-12-01T10:00:00Z',
  message: 'Reconciliation finished',
  reason: 'ReconciliationSucceeded',
  reportingController: 'kustomize-controller',
  metadata: { revision: `main@sha1:${SHA}`, cluster: 'aks-weu', ring: 'PROD', ...meta },
  ...over,
});

describe('parseFluxEvent', () => {
  test('reads the commit, cluster, ring and time of a success', () => {
    expect(parseFluxEvent(flux())).toEqual({
      operator: 'flux',
      object: 'Kustomization/apps.flux-system',
      outcome: 'synced',
      reason: 'ReconciliationSucceeded',
      revision: SHA,
      cluster: 'aks-weu',
      ring: 'prod',
      at: '2026-12-01T10:00:00.000Z',
    });
  });

  test.each([
    [{ reason: 'HealthCheckFailed', severity: 'error' }, 'failed'],
    [{ reason: 'RollbackSucceeded' }, 'failed'],
    [{ reason: 'Progressing', severity: 'error' }, 'failed'],
    [{ reason: 'Progressing' }, 'progressing'],
    [{ reason: 'DependencyNotReady' }, 'progressing'],
    [{ reason: 'UpgradeSucceeded' }, 'synced'],
  ])('%j is %s', (over, outcome) => expect(parseFluxEvent(flux(over)).outcome).toBe(outcome));

  test('commit metadata wins over originRevision, which wins over revision; env stands for ring', () => {
    const other = 'f'.repeat(40);
    expect(parseFluxEvent(flux({}, { commit: other, originRevision: `x@sha1:${'e'.repeat(40)}` })).revision).toBe(
      other,
    );
    expect(parseFluxEvent(flux({}, { originRevision: `x@sha1:${other}` })).revision).toBe(other);
    expect(parseFluxEvent(flux({}, { ring: undefined, env: 'Dev' })).ring).toBe('dev');
  });

  test('a repository_dispatch wrapper is unwrapped and its type must name the object', () => {
    expect(parseFluxEvent({ event_type: 'Kustomization/apps.flux-system', client_payload: flux() }).revision).toBe(SHA);
    expect(parseFluxEvent({ action: 'Kustomization/apps.flux-system', client_payload: flux() }).outcome).toBe('synced');
    expect(refusal(() => parseFluxEvent({ event_type: 'HelmRelease/x.y', client_payload: flux() }))).toBe(
      "dispatch type 'HelmRelease/x.y' does not match the event's object Kustomization/apps.flux-system",
    );
  });

  test('no usable timestamp gives an empty time, not an error', () => {
    expect(parseFluxEvent(flux({ timestamp: 'yesterday' })).at).toBe('');
  });

  test.each<[unknown, string]>([
    [[], 'the event must be a JSON object (a Flux event)'],
    [{ client_payload: 'x' }, 'client_payload must be a JSON object (a Flux event)'],
    [{ reason: 'x' }, 'the event has no involvedObject: not a Flux notification-controller event'],
    [
      flux({ involvedObject: { kind: 'GitRepository', name: 'a', namespace: 'b' } }),
      "kind 'GitRepository' is not a Kustomization or HelmRelease",
    ],
    [flux({ metadata: {} }), 'the event for Kustomization/apps.flux-system carries no revision metadata'],
    [flux({ reason: '' }), 'the event has no reason'],
    [flux({}, { cluster: 'aks weu' }), "cluster 'aks weu' is not a valid name"],
    [flux({}, { ring: 'a"b' }), "ring 'a\"b' is not a valid name"],
    [
      flux({}, { revision: 'v1.2.3' }),
      "revision 'v1.2.3' is not a git commit (expected <branch>@sha1:<sha>, <branch>/<sha> or a 40-hex sha)",
    ],
  ])('%j is refused: %s', (body, message) => expect(refusal(() => parseFluxEvent(body))).toBe(message));
});

const argo = (over: Record<string, unknown> = {}) => ({
  app: { name: 'frontend-dev' },
  sync: { status: 'Synced', revision: SHA },
  health: { status: 'Healthy' },
  operation: { phase: 'Succeeded', finishedAt: '2026-12-01T10:05:00Z' },
  destination: { name: 'aks-dev', server: 'https://kubernetes.default.svc' },
  ring: 'DEV',
  time: '2026-12-01T10:06:00Z',
  ...over,
});

describe('parseArgoEvent', () => {
  test('Synced and Healthy after a successful operation is a sync on the named destination', () => {
    expect(parseArgoEvent(argo())).toEqual({
      operator: 'argocd',
      object: 'argocd/frontend-dev',
      outcome: 'synced',
      reason: 'operation Succeeded, sync Synced, health Healthy',
      revision: SHA,
      cluster: 'aks-dev',
      ring: 'dev',
      at: '2026-12-01T10:05:00.000Z',
    });
  });

  test.each([
    [{ operation: { phase: 'Failed' } }, 'failed'],
    [{ operation: { phase: 'Error' } }, 'failed'],
    [{ health: { status: 'Degraded' } }, 'failed'],
    [{ operation: { phase: 'Running' } }, 'progressing'],
    [{ health: { status: 'Progressing' } }, 'progressing'],
    [{ sync: { status: 'OutOfSync', revision: SHA } }, 'progressing'],
    [{ operation: undefined }, 'synced'],
  ])('%j is %s', (over, outcome) => expect(parseArgoEvent(argo(over)).outcome).toBe(outcome));

  test('the server stands in for a destination without a name; the notification time for an operation without one', () => {
    const e = parseArgoEvent(argo({ destination: { server: 'https://aks-weu:443' }, operation: {} }));
    expect(e.cluster).toBe('https://aks-weu:443');
    expect(e.at).toBe('2026-12-01T10:06:00.000Z');
  });

  test('a repository_dispatch wrapper is unwrapped', () => {
    expect(parseArgoEvent({ event_type: 'argocd', client_payload: argo() }).revision).toBe(SHA);
  });

  test.each<[unknown, string]>([
    ['x', 'the notification must be a JSON object (an Argo CD notification)'],
    [
      { app: { name: 'a' } },
      "not ringway's Argo CD template (needs app.name and sync.revision; see docs/operators.md)",
    ],
    [argo({ app: { name: '' } }), 'app.name is empty'],
    [
      argo({ sync: { status: 'Synced', revision: 'HEAD' } }),
      "revision 'HEAD' is not a git commit (expected <branch>@sha1:<sha>, <branch>/<sha> or a 40-hex sha)",
    ],
  ])('%j is refused: %s', (body, message) => expect(refusal(() => parseArgoEvent(body))).toBe(message));
});
