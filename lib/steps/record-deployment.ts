import { RingwayError, errorMessage, UsageError, withInput } from '../errors.js';
import { checkRepoUrl, displayUrl } from '../git/auth.js';
import type { Host } from './host.js';
import { redact } from '../secrets.js';
import { checkoutMessages } from '../telemetry/commit-messages.js';
import { commitTime } from '../telemetry/commit-time.js';
import { recordAcrossMerge } from '../telemetry/merge-join.js';
import { manifestAncestors } from '../telemetry/ancestry.js';
import {
  type OperatorEvent,
  parseArgoEvent,
  parseFluxEvent,
  printable,
  readEventInput,
} from '../telemetry/operator-event.js';
import { openStore, storageInputs } from './storage-inputs.js';
import { checkRequired, recordStageRows, stageOf } from '../telemetry/record.js';
import { clusterSyncs, type Fields, stateOf, STAGES } from '../telemetry/row.js';
import { recordSync } from '../telemetry/sync.js';
import type { Inputs } from './inputs.js';
import type { StepDef, StepOutputs } from './types.js';

export const step: StepDef = {
  name: 'record-deployment',
  title: 'Record deployment',
  description:
    "Records one stage of a deployment (image built, HLD updated, PR merged, manifests generated or pushed, cluster synced) in the Azure Table that Spektate dashboards read, in bedrock-cli's row format. Each stage finds the deployment's row by its ids and updates it with optimistic concurrency. A telemetry failure is a warning unless fail-on-error is true.",
  azureTaskId: 'e7b5c3a1-2d4f-4b6e-8c9a-1f3e5d7b9a20',
  inputs: [
    {
      name: 'stage',
      description: `Stage to record (${STAGES.join(', ')}); default inferred from p1/p2/p3 as bedrock-cli does`,
    },
    { name: 'p1', description: 'Id of the build that built the image' },
    { name: 'p2', description: 'Id of the release/build that updated the HLD' },
    { name: 'p3', description: 'Id of the build that generated the manifests' },
    { name: 'image-tag', description: 'Image tag (Bedrock used <repo-service>:<tag>)' },
    { name: 'commit-id', description: 'Source commit the image was built from' },
    { name: 'service', description: 'Service name' },
    { name: 'hld-commit-id', description: 'HLD commit (the PR commit, or the merge commit once merged)' },
    { name: 'env', description: 'Ring / environment' },
    { name: 'pr', description: 'Pull request id of the HLD change' },
    { name: 'manifest-commit-id', description: 'Manifest repository commit' },
    { name: 'repository', description: 'URL of the repository of this stage (source, HLD or manifest repo)' },
    { name: 'author', description: 'Who made the change' },
    { name: 'pr-url', description: 'Web address of the pull request' },
    { name: 'merged-by', description: 'Who merged the pull request' },
    {
      name: 'cluster',
      description:
        'Cluster that synced (cluster-synced stage); with an operator event, default the cluster the event names',
    },
    {
      name: 'flux-event',
      description:
        'A Flux v2 notification-controller event (generic provider body, or a githubdispatch repository_dispatch event), as JSON text or @file; records cluster-synced or sync-failed for the manifest commit it names',
    },
    {
      name: 'argocd-event',
      description: "An Argo CD notification in ringway's webhook template (docs/operators.md), as JSON text or @file",
    },
    {
      name: 'token',
      description:
        "Token to read the manifest repository ('repository') when placing an operator event's revision in its history",
      secret: true,
    },
    {
      name: 'commit-message',
      kind: 'multiline',
      description:
        "Messages of the commits this build brings (several separated by blank lines, as `git log --format=%B` prints them). When 'hld-commit-id' is a commit no deployment carries yet (the forge's merge, squash or rebased commit), the deployment(s) it merged are found from their Ringway-* trailers and the pull request number in the forge's merge title. Default: GitHub, the push event's commit messages; Azure Pipelines, Build.SourceVersionMessage; both add the full message of that commit when the working directory's checkout has it",
    },
    {
      name: 'commit-time',
      description:
        'When the source commit was made (ISO 8601), for lead time; image-built reads it from the GitHub event or `git log` in the working directory when not given',
    },
    ...storageInputs,
    {
      name: 'fail-on-error',
      description: 'Fail the step when telemetry cannot be written (default: warn and go on)',
      kind: 'boolean',
      default: 'false',
    },
  ],
  outputs: [
    {
      name: 'deployment-id',
      description: 'RowKey of the deployment row; comma-separated when a sync marks several deployments',
    },
    { name: 'recorded', description: "'true' when the stage was written" },
    { name: 'state', description: 'State of the deployment after this stage' },
    { name: 'sync', description: 'With an operator event: synced, failed, progressing or unknown' },
  ],
  async run(inputs, host) {
    const event = operatorEvent(inputs);
    if (event) return recordEvent(event, inputs, host);
    // Bad input is an error whatever fail-on-error says; a credential is never stored.
    const repository = repositoryInput(inputs.string('repository'));
    try {
      const get = (n: string) => inputs.string(n);
      const lower = (n: string) => get(n).toLowerCase();
      const raw: Fields = {
        p1: lower('p1'),
        p2: lower('p2'),
        p3: lower('p3'),
        imageTag: get('image-tag'),
        commitId: lower('commit-id'),
        service: get('service'),
        hldCommitId: lower('hld-commit-id'),
        env: lower('env'),
        pr: lower('pr'),
        manifestCommitId: lower('manifest-commit-id'),
        author: get('author'),
        prUrl: get('pr-url'),
        mergedBy: get('merged-by'),
        cluster: get('cluster'),
      };
      const stage = withInput('stage', () => stageOf(get('stage'), raw));
      // `repository` names the repo of this stage, as in bedrock-cli.
      const repoColumn = {
        'image-built': 'sourceRepo',
        'hld-updated': 'hldRepo',
        'pr-merged': 'hldRepo',
        'manifests-generated': 'hldRepo',
        'manifests-pushed': 'manifestRepo',
        'cluster-synced': 'manifestRepo',
        'sync-failed': 'manifestRepo',
        'gate-rejected': 'hldRepo',
        rollback: 'hldRepo',
      }[stage] as keyof Fields;
      // Forge URLs are stored in lower case, as Spektate's rows hold them; a local path or file:// URL
      // names a folder, where case matters (the gate fetches from it later), so it is kept as given.
      if (repository) raw[repoColumn] = /^(file:|\/)/i.test(repository) ? repository : repository.toLowerCase();
      if (stage === 'image-built' || get('commit-time'))
        raw.commitTime = await withInput('commit-time', () => commitTime(get('commit-time'), raw.commitId ?? ''));
      const record = { stage, fields: raw };
      checkRequired(record);
      const store = openStore(inputs);
      // One row, except a sync the ids name several deployments of the ring for (all are marked),
      // or a merge that brought several deployments (each is updated).
      const rows = await host.group(`Record ${stage}`, async () => {
        const hldCommit = raw.hldCommitId ?? '';
        const join = await recordAcrossMerge(store, record, async () => [
          ...commitMessages(inputs, host),
          ...(await checkoutMessages(process.cwd(), hldCommit)),
        ]);
        if (join?.rows.length) {
          host.info(
            `HLD commit ${hldCommit} merged ${join.rows.map((r) => `${r.service || '?'} to ${r.env || '?'} at ${r.imageTag || '?'} (pull request ${r.pr || '?'}, deployment ${r.rowKey})`).join(', ')}: recorded pr-merged`,
          );
          return join.rows;
        }
        if (join) {
          host.warning(
            `no recorded deployment carries HLD commit ${hldCommit}, and none was found in ${join.lookedFor}; recording it as a new deployment (give 'commit-message' with the merged commits' messages, or 'pr')`,
          );
          record.fields = { ...join.named, ...record.fields };
        }
        return recordStageRows(store, record);
      });
      const ids = rows.map((r) => r.rowKey).join(',');
      const state = [...new Set(rows.map(stateOf))].join(',');
      host.info(
        `recorded ${stage} in ${rows.length > 1 ? `${rows.length} deployments ${ids}` : `deployment ${ids}`} (${state})`,
      );
      await host.summary({
        title: `ringway record-deployment: ${stage}`,
        rows: [
          ['deployment', 'state', 'service', 'ring', 'image tag', 'HLD commit', 'PR', 'manifest commit'],
          ...rows.map((row) => [
            row.rowKey,
            stateOf(row),
            row.service ?? '',
            row.env ?? '',
            row.imageTag ?? '',
            row.hldCommitId ?? '',
            row.pr ?? '',
            row.manifestCommitId ?? '',
          ]),
        ],
      });
      return { 'deployment-id': ids, recorded: 'true', state };
    } catch (err) {
      if (inputs.boolean('fail-on-error'))
        throw err instanceof RingwayError ? err : new RingwayError(redact(errorMessage(err)));
      host.warning(`deployment telemetry not recorded: ${redact(errorMessage(err)).split('\n')[0]}`);
      return { 'deployment-id': '', recorded: 'false', state: '' };
    }
  },
};

/**
 * The 'repository' input as a row stores it: a repository URL checked like any other, so one with
 * credentials (userinfo, `?access_token=…`) is refused, naming the input, never printed or stored.
 * The user name Azure Repos writes into Build.Repository.Uri (`https://<org>@dev.azure.com/<org>/…`)
 * names the organisation, not a credential: it is dropped.
 */
export function repositoryInput(value: string): string {
  const url = value.trim().replace(/^https:\/\/([A-Za-z0-9-]+)@(dev\.azure\.com\/\1\/)/i, 'https://$2');
  return url ? checkRepoUrl(url, 'repository') : '';
}

/** The messages the join reads: the input, else what the orchestrator says the build brings. */
function commitMessages(inputs: Inputs, host: Host): string[] {
  const given = inputs.string('commit-message');
  return given.trim() ? [given] : (host.build.commitMessages ?? []);
}

/** The operator event given, parsed; bad input is an error whatever fail-on-error says. */
function operatorEvent(inputs: Inputs): OperatorEvent | undefined {
  const flux = inputs.string('flux-event');
  const argo = inputs.string('argocd-event');
  if (!flux && !argo) return undefined;
  if (flux && argo) throw new UsageError("give one of 'flux-event' and 'argocd-event', not both");
  if (inputs.string('stage'))
    throw new UsageError(
      "input 'stage' is taken from the operator event; leave it empty with 'flux-event' or 'argocd-event'",
      { input: 'stage' },
    );
  return flux
    ? withInput('flux-event', () => parseFluxEvent(readEventInput(flux)))
    : withInput('argocd-event', () => parseArgoEvent(readEventInput(argo)));
}

/** Records what an operator event says, on every deployment its revision contains. */
async function recordEvent(ev: OperatorEvent, inputs: Inputs, host: Host): Promise<StepOutputs> {
  const input = ev.operator === 'flux' ? 'flux-event' : 'argocd-event';
  const cluster = inputs.string('cluster') || ev.cluster;
  if (!cluster)
    throw new UsageError(
      `input '${input}': the event names no cluster; give 'cluster' (or set eventMetadata.cluster on the Flux Alert)`,
      { input },
    );
  const repo = repositoryInput(inputs.string('repository'));
  const token = inputs.string('token') || undefined;
  const what = `${ev.object} ${ev.reason} at ${ev.revision.slice(0, 7)} on ${printable(cluster)}`;
  const none = { 'deployment-id': '', recorded: 'false', state: '' };
  try {
    const store = openStore(inputs);
    const res = await host.group(
      `Record ${ev.outcome === 'synced' ? 'cluster-synced' : ev.outcome === 'failed' ? 'sync-failed' : 'progress'} from ${ev.operator}`,
      () =>
        recordSync(store, ev, {
          cluster,
          ring: inputs.string('env').toLowerCase() || ev.ring,
          ancestors: repo ? (rev) => manifestAncestors(repo, token, rev) : undefined,
          now: new Date(),
        }),
    );
    if (res.unknown) {
      host.warning(`${what}: ${res.unknown}${repo ? ` in ${displayUrl(repo)}` : ''}; nothing recorded`);
      return { ...none, state: 'unknown', sync: 'unknown' };
    }
    const ids = res.matched.map((r) => r.rowKey).join(',');
    const latest = new Map(res.written.map((r) => [r.rowKey, r]));
    const rows = res.matched.map((r) => latest.get(r.rowKey) ?? r);
    // The state of the revision's own deployment(s); of all it contains when none is its own.
    const own = rows.filter((r) => r.manifestCommitId === ev.revision);
    const states = [...new Set((own.length ? own : rows).map(stateOf))];
    if (ev.outcome === 'progressing') host.info(`${what}: in progress, nothing recorded (deployments ${ids})`);
    else
      host.info(
        `${what}: ${ev.outcome === 'synced' ? 'cluster-synced' : 'sync-failed'} for ${res.matched.length} deployment(s) to ${res.ring} (${res.written.length} changed): ${ids}`,
      );
    await host.summary({
      title: `ringway record-deployment: ${printable(ev.object)} ${ev.outcome} on ${printable(cluster)}`,
      rows: [
        ['deployment', 'state', 'service', 'ring', 'image tag', 'manifest commit', `${printable(cluster)}`],
        ...rows.map((r) => {
          const c = clusterSyncs(r)[cluster];
          return [
            r.rowKey,
            stateOf(r),
            r.service ?? '',
            r.env ?? '',
            r.imageTag ?? '',
            r.manifestCommitId ?? '',
            c?.syncedAt ? `synced ${c.syncedAt}` : c?.failedAt ? `failed ${c.failedAt}` : '',
          ];
        }),
      ],
    });
    return {
      'deployment-id': ids,
      recorded: res.written.length ? 'true' : 'false',
      state: states.join(','),
      sync: ev.outcome,
    };
  } catch (err) {
    if (inputs.boolean('fail-on-error'))
      throw err instanceof RingwayError ? err : new RingwayError(redact(errorMessage(err)));
    host.warning(`deployment telemetry not recorded: ${redact(errorMessage(err)).split('\n')[0]}`);
    return { ...none, sync: '' };
  }
}
