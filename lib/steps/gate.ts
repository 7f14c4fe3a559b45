import { errorMessage, RingwayError, StepFailure, UsageError, withInput } from '../errors.js';
import { checkRepoUrl } from '../git/auth.js';
import { checkRef, checkRepoInput } from '../git/validate.js';
import { hostOf, TrustedHosts } from '../git/trust.js';
import { parseDuration } from '../duration.js';
import { evaluateGate, type ChecksCommit, type GateAnswer } from '../promotion/evaluate.js';
import { parseRingClusters } from '../promotion/clusters.js';
import { ringIn, ringOrder, ringPair } from '../promotion/rings.js';
import { healthTarget } from '../promotion/health-url.js';
import { syncTagIncludes } from '../promotion/sync-tag.js';
import { reviewForge, signalsFor } from '../scm/select.js';
import { metricInputs, metricSources, readMetricChecks } from './metric-inputs.js';
import { openStore, storageInputs } from './storage-inputs.js';
import { recordStage } from '../telemetry/record.js';
import { type GateRejection, gateRejectionColumn, gateRejectionText } from '../telemetry/gate-rejection.js';
import { redact } from '../secrets.js';
import type { StepDef } from './types.js';

export const step: StepDef = {
  name: 'gate',
  title: 'Promotion gate',
  description:
    'Decides whether an image tag may be promoted from one ring to the next (promote, wait, reject or error) and says why. It reads the deployment record of the source ring and checks, each only when asked: deployed there, synced by the cluster, soaked long enough, required commit checks green, pull request approvals, HTTP health. reject is evidence the release is bad (a failed check, a rejected review, an unhealthy answer, a failed sync, a rolled-back tag); error means the gate could not tell (no access, no answer, a missing record) and is never a reason to roll back. Fails the job on reject and error (and on wait with fail-on-wait). Promotion itself is an update-hld of the next ring with the same tag.',
  azureTaskId: '3e8a5c7d-1f2b-4d6e-9a0c-8b7f6e5d4c21',
  inputs: [
    {
      name: 'service',
      description: 'Service whose image is promoted (as recorded by record-deployment)',
      required: true,
    },
    { name: 'image-tag', description: 'Image tag to promote', required: true },
    { name: 'rings', description: 'Rings in promotion order', kind: 'list', default: 'dev,staging,prod' },
    { name: 'from-ring', description: 'Ring the tag must already run in; default the ring before to-ring' },
    { name: 'to-ring', description: 'Ring to promote to; default the ring after from-ring' },
    {
      name: 'soak-time',
      description: 'How long the tag must have run in from-ring (since synced), e.g. 30m, 2h, 1d',
      default: '0',
    },
    {
      name: 'require-synced',
      description:
        'Require the cluster to have applied the from-ring manifests (cluster-synced stage, or the sync tag)',
      kind: 'boolean',
      default: 'true',
    },
    {
      name: 'manifest-repo',
      description: 'Manifest repository whose sync tag shows what the cluster applied; default the recorded one',
    },
    {
      name: 'ring-clusters',
      description:
        'Clusters of each ring, all of which must have synced: dev=aks-dev,prod=aks-weu+aks-eus (from operator events, or Flux / Argo CD commit statuses on the manifest commit naming the cluster)',
      kind: 'list',
    },
    {
      name: 'sync-tag',
      description: 'Tag the GitOps operator moves to the commit it applied (Flux v1 flux-sync)',
      default: 'flux-sync',
    },
    {
      name: 'required-checks',
      description:
        'Commit checks (GitHub check runs or statuses, Azure DevOps statuses as genre/name, Gitea statuses) that must be green',
      kind: 'list',
    },
    {
      name: 'checks-commit',
      description: 'Which recorded commit the checks are read from',
      options: ['source', 'hld', 'manifest'],
      default: 'source',
    },
    { name: 'checks-repo', description: 'Repository of that commit; default the recorded one' },
    {
      name: 'required-approvals',
      description: 'Approvals needed on the HLD pull request that deployed the tag to from-ring',
      default: '0',
    },
    { name: 'hld-repo', description: 'HLD repository of that pull request; default the recorded one' },
    {
      name: 'provider',
      description: 'Forge for checks and approvals; auto picks it from the repository URL',
      options: ['auto', 'github', 'azure-devops', 'gitlab', 'gitea', 'forgejo'],
      default: 'auto',
    },
    {
      name: 'api-url',
      description:
        'REST API root for GitHub Enterprise (https://host/api/v3), an Azure DevOps server collection or a self-managed GitLab (https://host/api/v4); required for Gitea and Forgejo (https://host/api/v1)',
    },
    {
      name: 'token',
      description: "Token for the forge API and the manifest repository; default the job's own token",
      secret: true,
      jobToken: true,
    },
    {
      name: 'trusted-hosts',
      description:
        "Hosts (host, host:port or URL) the token may also be sent to when a repository comes from the deployment record; the hosts of manifest-repo, checks-repo, hld-repo, api-url and of the pipeline's own repository are always trusted",
      kind: 'list',
    },
    { name: 'health-url', description: 'URLs that must answer HTTP 2xx (the from-ring deployment)', kind: 'list' },
    {
      name: 'health-expect',
      description: 'Text the health answer must contain, e.g. {image-tag} once the new version serves',
    },
    { name: 'health-timeout', description: 'How long each health probe may take', default: '10s' },
    {
      name: 'fail-on-wait',
      description: 'Fail the job when the decision is wait (default: succeed with decision=wait)',
      kind: 'boolean',
      default: 'false',
    },
    ...metricInputs,
    ...storageInputs,
  ],
  outputs: [
    {
      name: 'decision',
      description:
        'promote, wait, reject (evidence the release is bad: the only decision to roll back on) or error (the gate could not tell: an access error, no answer, a missing record or input)',
    },
    { name: 'reason', description: 'Why, in one line' },
    { name: 'image-tag', description: 'The image tag the decision is about' },
    { name: 'from-ring', description: 'Ring promoted from' },
    { name: 'to-ring', description: 'Ring promoted to' },
    { name: 'deployment-id', description: 'Deployment row of the tag in from-ring' },
    { name: 'ready-at', description: 'When only the soak is left: the time it ends (ISO 8601)' },
    {
      name: 'conditions',
      description:
        "Every condition with its verdict (pass, wait, reject, error or skip) and detail, as JSON; a metric's also its check, value, threshold, query and measurements",
    },
  ],
  async run(inputs, host) {
    // Domain errors name the ring; each is blamed on the input it came from.
    const rings = withInput('rings', () => ringOrder(inputs.list('rings')));
    const fromRing = withInput('from-ring', () => ringIn(rings, inputs.string('from-ring')));
    const toRing = withInput('to-ring', () => ringIn(rings, inputs.string('to-ring')));
    const pair = withInput(toRing ? 'to-ring' : 'from-ring', () => ringPair(rings, fromRing, toRing));
    const imageTag = inputs.require('image-tag');
    const optionalRepo = (name: string) => (inputs.string(name) ? checkRepoInput(inputs.string(name), name) : '');
    const question = {
      service: inputs.require('service'),
      imageTag,
      pair,
      soakMs: withInput('soak-time', () => parseDuration(inputs.string('soak-time'))),
      requireSynced: inputs.boolean('require-synced'),
      manifestRepo: optionalRepo('manifest-repo'),
      syncTag: inputs.string('sync-tag'),
      requiredChecks: inputs.list('required-checks'),
      checksCommit: inputs.string('checks-commit') as ChecksCommit,
      checksRepo: optionalRepo('checks-repo'),
      requiredApprovals: inputs.integer('required-approvals'),
      hldRepo: optionalRepo('hld-repo'),
      // Checked (and its keys registered as secrets) before anything can print it.
      healthUrls: inputs.list('health-url').map((u) => (withInput('health-url', () => healthTarget(u)), u)),
      healthExpect: inputs.string('health-expect'),
      healthTimeoutMs: withInput('health-timeout', () => parseDuration(inputs.string('health-timeout'))) || 10_000,
      ringClusters: withInput('ring-clusters', () => parseRingClusters(inputs.list('ring-clusters'), pair.rings)),
      syncStatuses: Boolean(inputs.string('token')),
      metrics: await readMetricChecks(inputs),
    };
    checkRef(question.syncTag, 'sync-tag');
    const token = inputs.string('token') || undefined;
    // Tokens go only to hosts the pipeline author named, never to one a table row names.
    const trust = withInput(
      'trusted-hosts',
      () =>
        new TrustedHosts(
          [
            question.manifestRepo,
            question.checksRepo,
            question.hldRepo,
            inputs.string('api-url'),
            host.build.repositoryUrl,
          ],
          inputs.list('trusted-hosts'),
        ),
    );
    const withheld = (url: string) =>
      `the token is not sent to ${hostOf(url)}, a host learnt from the deployment record: name the repository in an input or its host in 'trusted-hosts'`;
    const store = openStore(inputs);

    const mark = { pass: '✔', wait: '…', reject: '✘', error: '?', skip: '–' } as const;
    // The group holds what it names: each condition's verdict and the decision.
    const answer: GateAnswer = await host.group(`Gate ${imageTag}: ${pair.from} → ${pair.to}`, async () => {
      const a = await evaluateGate(question, {
        rowsForTag: (tag) => store.find({ imageTag: tag }),
        signals: (url, input) => {
          const fromInput = url === question.checksRepo || url === question.hldRepo;
          if (!fromInput)
            asRecorded(() =>
              checkRepoUrl(url, `the repository recorded in the deployment table (set '${input}' to choose one)`),
            );
          // Without api-url the API host is the repository's: it must be trusted to get the token.
          if (token && !inputs.string('api-url') && !trust.allows(url)) throw new RingwayError(withheld(url));
          const forge = withInput('provider', () => reviewForge(inputs.string('provider'), url));
          // The repository URL's errors already name their input; what is left is about the token.
          return withInput('token', () =>
            signalsFor({ provider: forge, url, apiUrl: inputs.string('api-url'), token: token ?? '', input }),
          );
        },
        syncTag: (url, tag, commit) => {
          const fromInput = url === question.manifestRepo;
          const trusted = !token || trust.allows(url);
          if (!trusted) host.warning(withheld(url));
          if (fromInput) return syncTagIncludes(url, token, tag, commit, 'manifest-repo');
          const what = "the manifest repository recorded in the deployment table (set 'manifest-repo' to choose one)";
          asRecorded(() => checkRepoUrl(url, what));
          return syncTagIncludes(url, trusted ? token : undefined, tag, commit, what).catch((err: unknown) => {
            throw trusted || !(err instanceof RingwayError)
              ? err
              : new RingwayError(`${err.message}; ${withheld(url)}`);
          });
        },
        now: () => Date.now(),
        metricSource: metricSources(inputs),
      });
      for (const c of a.conditions) {
        host.info(`${mark[c.verdict]} ${c.name}: ${c.detail}`);
        if ((c.measurements?.length ?? 0) > 1)
          for (const m of c.measurements ?? []) host.info(`    ${m.at} ${m.verdict}: ${m.detail}`);
      }
      return a;
    });
    host.info(`decision: ${answer.decision} (${answer.reason})`);
    // What a reject records (gateRejectedBy): the rejecting conditions, a metric's check, value and threshold.
    const rejections: GateRejection[] = answer.conditions
      .filter((c) => c.verdict === 'reject')
      .map((c) => ({
        condition: c.name,
        ...(c.check ? { check: c.check } : {}),
        ...(c.value ? { value: c.value } : {}),
        ...(c.threshold ? { threshold: c.threshold } : {}),
        detail: redact(c.detail),
      }));
    // A reject of a deployed tag is a failed change in from-ring (docs/metrics.md); the first one is kept.
    // An error is not: the gate could not tell, so nothing is written.
    const recordReject =
      answer.decision === 'reject' && answer.deployment && !answer.deployment.gateRejectedAt
        ? answer.deployment
        : undefined;
    await host.summary({
      title: `ringway gate: ${imageTag} ${pair.from} → ${pair.to}: ${answer.decision}`,
      rows: [
        ['condition', 'verdict', 'detail'],
        ...answer.conditions.map((c) => [c.check ? `${c.name} ${c.check}` : c.name, c.verdict, c.detail]),
      ],
      notes: [
        answer.reason,
        ...(recordReject
          ? [
              `Recorded on deployment ${recordReject.rowKey}: rejected by ${rejections.map(gateRejectionText).join('; ')}`,
            ]
          : []),
      ],
    });
    // A table per metric check: the query as sent and each measurement.
    for (const c of answer.conditions.filter((c) => c.measurements?.length))
      await host.summary({
        title: `metric ${c.check}: ${c.verdict}`,
        rows: [
          ['measured at', 'value', 'verdict', 'detail'],
          ...(c.measurements ?? []).map((m) => [m.at, m.value, m.verdict, m.detail]),
        ],
        notes: [`query: ${c.query}`],
      });
    const outputs = {
      decision: answer.decision,
      reason: answer.reason,
      'image-tag': imageTag,
      'from-ring': pair.from,
      'to-ring': pair.to,
      'deployment-id': answer.deployment?.rowKey ?? '',
      'ready-at': answer.readyAt ?? '',
      conditions: JSON.stringify(answer.conditions),
    };
    if (recordReject) {
      const d = recordReject;
      // Named by its ids as well: the same tag may have been deployed to the ring more than once.
      const ids = { p2: d.p2, pr: d.pr, p3: d.p3, manifestCommitId: d.manifestCommitId, hldCommitId: d.hldCommitId };
      await recordStage(store, {
        stage: 'gate-rejected',
        fields: {
          imageTag: d.imageTag ?? imageTag,
          env: d.env ?? pair.from,
          ...ids,
          gateRejectedBy: gateRejectionColumn(rejections),
        },
      }).catch((e: unknown) => host.warning(`gate reject not recorded: ${errorMessage(e).split('\n')[0]}`));
    }
    if (answer.decision === 'error') {
      throw new StepFailure(
        `gate: error: cannot decide the promotion of ${imageTag} from ${pair.from} to ${pair.to}: ${answer.reason}`,
        outputs,
      );
    }
    if (answer.decision === 'reject' || (answer.decision === 'wait' && inputs.boolean('fail-on-wait'))) {
      throw new StepFailure(
        `gate: ${answer.decision} promotion of ${imageTag} from ${pair.from} to ${pair.to}: ${answer.reason}`,
        outputs,
      );
    }
    return outputs;
  },
};

/** A stored value that fails a rule is bad data, not bad usage: an error (exit 1) naming where it came from. */
function asRecorded<T>(check: () => T): T {
  try {
    return check();
  } catch (err) {
    if (err instanceof UsageError) throw new RingwayError(err.message);
    throw err;
  }
}
