import { RingwayError, errorMessage } from '../errors.js';
import { redact } from '../secrets.js';
import { storageInputs, storeOptions } from '../telemetry/inputs.js';
import { checkRequired, recordStage, stageOf } from '../telemetry/record.js';
import { type Fields, stateOf, STAGES } from '../telemetry/row.js';
import { DeploymentStore, storageError } from '../telemetry/store.js';
import type { StepDef } from './types.js';

export const recordDeployment: StepDef = {
  name: 'record-deployment',
  title: 'Record deployment',
  description:
    "Records one stage of a deployment (image built, HLD updated, PR merged, manifests generated or pushed, cluster synced) in the Azure Table that Spektate dashboards read, in bedrock-cli's row format. Each stage finds the deployment's row by its ids and updates it with optimistic concurrency. A telemetry failure is a warning unless fail-on-error is true.",
  azureTaskId: 'e7b5c3a1-2d4f-4b6e-8c9a-1f3e5d7b9a20',
  inputs: [
    { name: 'stage', description: `Stage to record (${STAGES.join(', ')}); default inferred from p1/p2/p3 as bedrock-cli does` },
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
    { name: 'cluster', description: 'Cluster that synced (cluster-synced stage)' },
    ...storageInputs,
    { name: 'fail-on-error', description: 'Fail the step when telemetry cannot be written (default: warn and go on)', kind: 'boolean', default: 'false' },
  ],
  outputs: [
    { name: 'deployment-id', description: 'RowKey of the deployment row' },
    { name: 'recorded', description: "'true' when the stage was written" },
    { name: 'state', description: 'State of the deployment after this stage' },
  ],
  async run(inputs, host) {
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
      const stage = stageOf(get('stage'), raw);
      // `repository` names the repo of this stage, as in bedrock-cli.
      const repoColumn = { 'image-built': 'sourceRepo', 'hld-updated': 'hldRepo', 'pr-merged': 'hldRepo', 'manifests-generated': 'hldRepo', 'manifests-pushed': 'manifestRepo', 'cluster-synced': 'manifestRepo', rollback: 'hldRepo' }[stage] as keyof Fields;
      if (get('repository')) raw[repoColumn] = lower('repository');
      const record = { stage, fields: raw };
      checkRequired(record);
      const store = DeploymentStore.open(storeOptions(get));
      const row = await host.group(`Record ${stage}`, () => recordStage(store, record).catch((e: unknown) => {
        throw e instanceof RingwayError ? e : storageError(e);
      }));
      const state = stateOf(row);
      host.info(`recorded ${stage} in deployment ${row.rowKey} (${state})`);
      await host.summary({
        title: `ringway record-deployment: ${stage}`,
        rows: [
          ['deployment', 'state', 'service', 'ring', 'image tag', 'HLD commit', 'PR', 'manifest commit'],
          [row.rowKey, state, row.service ?? '', row.env ?? '', row.imageTag ?? '', row.hldCommitId ?? '', row.pr ?? '', row.manifestCommitId ?? ''],
        ],
      });
      return { 'deployment-id': row.rowKey, recorded: 'true', state };
    } catch (err) {
      if (inputs.boolean('fail-on-error')) throw err instanceof RingwayError ? err : new RingwayError(redact(errorMessage(err)));
      host.warning(`deployment telemetry not recorded: ${redact(errorMessage(err)).split('\n')[0]}`);
      return { 'deployment-id': '', recorded: 'false', state: '' };
    }
  },
};
