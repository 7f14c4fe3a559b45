import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { RingwayError, UsageError, errorMessage, withInput } from '../errors.js';
import { assertResolvesInside } from '../fs/contained.js';
import { exists } from '../hld/files.js';
import { previousValue, ROLLED_BACK_TRAILER, valueHistory } from '../hld/history.js';
import { environmentConfigFile, splitKeyPath } from '../hld/names.js';
import { checkImageTag } from '../image/tags.js';
import { redact } from '../secrets.js';
import { currentDeployment, previousGoodTag, recordRollback, ringRows, rolledBackTags } from '../telemetry/rollback.js';
import type { DeploymentRow } from '../telemetry/row.js';
import { checkedRowValue, shownValue } from '../telemetry/row-value.js';
import { openStore, storageInputs } from './storage-inputs.js';
import {
  checkoutHld,
  hldChangeInputs,
  type HldChangeResult,
  landHldChange,
  pullRequestBody,
  readHldChange,
  withTrailers,
} from './hld-change.js';
import type { InputDef, StepDef } from './types.js';

/** The reviewed change's inputs (lib/steps/hld-change.ts), as update-hld has them, with rollback's branch name. */
const change = hldChangeInputs({
  component:
    'Dotted subcomponent path holding the service in this ring (fab set --subcomponent); default the service name',
  prBranch: {
    description:
      'Branch name template; {service} {ring} {tag} (the tag put back) {from-tag} {component} {environment} {build-id}',
    default: 'ROLLBACK/{service}-{ring}-{tag}',
  },
});
const repoInputs: InputDef[] = [...change.target, ...change.review, ...change.push];
/** The pr-branch template's placeholders rollback fills (build-id is added). */
const BRANCH_PLACEHOLDERS = ['service', 'ring', 'tag', 'from-tag', 'component', 'environment'];
// Storage is optional here: without it the previous tag comes from the HLD's history.
const optionalStorage: InputDef[] = storageInputs
  .filter((d) => !repoInputs.some((r) => r.name === d.name))
  .map((d) => ({ ...d, required: false }));

export const step: StepDef = {
  name: 'rollback',
  title: 'Roll back',
  description:
    "Puts the previous good image tag of a service back in a ring through the same reviewed path as any change: a commit to the HLD (pull request or direct push, like update-hld), never an edit of the cluster. Without to-tag it picks the last tag synced in that ring before the current one and not itself rolled back, from the deployment records when storage is given, else from the HLD's history. Records a rollback stage linking the rolled-back deployment and the new one.",
  azureTaskId: '6f1d2b8a-7c3e-4a59-b0e4-2d8c5f9a1e63',
  inputs: [
    { name: 'service', description: 'Service to roll back (as recorded by record-deployment)', required: true },
    { name: 'ring', description: 'Ring to roll back', required: true },
    {
      name: 'to-tag',
      description:
        'Tag to put back; default the last tag synced in the ring before the current one and not rolled back',
    },
    { name: 'reason', description: 'Why, for the commit, the pull request and the record (e.g. the gate reason)' },
    { name: 'rings', description: 'Rings in promotion order', kind: 'list', default: 'dev,staging,prod' },
    { name: 'key', description: 'Config key holding the tag', default: 'image.tag' },
    ...repoInputs,
    ...optionalStorage,
  ],
  outputs: [
    { name: 'from-tag', description: 'Tag rolled back (what the ring ran)' },
    { name: 'to-tag', description: 'Tag put back' },
    { name: 'changed', description: "'true' when a commit was made" },
    { name: 'commit', description: 'HLD commit holding the rollback (the merge commit for the local provider)' },
    { name: 'branch', description: 'Branch pushed to' },
    { name: 'pull-request-number', description: 'Pull request number or id', aliases: ['pr-number'] },
    { name: 'pull-request-url', description: 'Pull request web address', aliases: ['pr-url'] },
    { name: 'deployment-id', description: 'Deployment row of the rollback (with storage)' },
  ],
  async run(inputs, host) {
    const service = inputs.require('service');
    const rings = inputs
      .list('rings')
      .map((r) => r.trim().toLowerCase())
      .filter(Boolean);
    const ring = inputs.require('ring').trim().toLowerCase();
    // A ring outside the rings given is bad usage (exit 2); what the HLD and the records hold is
    // checked below and fails the step (exit 1), naming the input all the same.
    if (!rings.includes(ring))
      throw new UsageError(`input 'ring': '${ring}' is not one of the rings ${rings.join(', ')}`, { input: 'ring' });
    const wanted = inputs.string('to-tag') && withInput('to-tag', () => checkImageTag(inputs.string('to-tag')));
    const reason = inputs.string('reason');
    const keyPath = splitKeyPath(inputs.string('key') || 'image.tag');
    const componentInput = inputs.string('component');
    const component = splitKeyPath(componentInput || service);
    const storage = inputs.string('connection-string') || inputs.string('account-name');
    const store = storage ? openStore(inputs) : undefined;

    let fromTag = '';
    let toTag = '';
    let fromRow: DeploymentRow | undefined;
    const settings = readHldChange(inputs, 'rollback', BRANCH_PLACEHOLDERS);
    // Without storage, the tag to put back is searched in the HLD's history: fetch enough of it.
    const checkout = await checkoutHld(settings, host, { depth: store ? undefined : 1000 });
    let result: HldChangeResult;
    try {
      const { repo, work, componentDir, environment } = checkout;
      // The config reader (and its YAML engine) loads here, after the inputs and the clone.
      const { readConfigValue } = await import('../hld/set.js');
      const file = (await environmentConfigFile(componentDir, environment)).path;
      const shown = `${relative(work, file) || file}`;
      // Read only inside the checkout: a committed link must not lead the read elsewhere.
      const current = async () => {
        await assertResolvesInside(work, file, "input 'hld-path'");
        return (await exists(file))
          ? await readConfigValue(await readFile(file, 'utf8'), shown, component, keyPath)
          : undefined;
      };
      const named = componentInput ? `component '${componentInput}'` : `service '${service}' (component '${service}')`;
      const now = await current().catch((e: unknown) => {
        throw new RingwayError(`${shown}: ${errorMessage(e)}`);
      });
      if (!now)
        throw new RingwayError(
          `input '${componentInput ? 'component' : 'service'}': ${named} has no ${keyPath.join('.')} in ${shown}; nothing to roll back`,
        );
      // HLD values go into the branch name, the commit and the record: a tag, or nothing is done.
      const hldTag = (value: string, what: string) => {
        try {
          return checkImageTag(value);
        } catch (err) {
          throw new RingwayError(`${shown}: ${what}: ${errorMessage(err)}`, { cause: err });
        }
      };
      fromTag = hldTag(now, `${keyPath.join('.')} of ${named}`);
      if (store) {
        const rows = await ringRows(store, service, ring);
        if (!rows.length)
          throw new RingwayError(`input 'service': no deployment of '${service}' to ${ring} is recorded`, {
            input: 'service',
          });
        fromRow = currentDeployment(rows, fromTag);
        if (wanted) {
          if (
            !rows.some((r) => r.imageTag?.toLowerCase() === wanted.toLowerCase() && (r.syncedAt || r.manifestCommitId))
          )
            throw new RingwayError(
              `input 'to-tag': ${wanted} was never deployed to ${ring} (no deployment of ${service} with that tag is recorded there)`,
              { input: 'to-tag' },
            );
          toTag = wanted;
        } else {
          const prev = previousGoodTag(rows, fromTag);
          // Row values in a log line: one line, each shortened.
          const skipped = [...rolledBackTags(rows)].map(shownValue);
          if (!prev)
            throw new RingwayError(
              `input 'to-tag': no previous good tag of ${service} in ${ring}: no other tag reached synced there before ${fromTag}${skipped.length ? ` (rolled back: ${skipped.join(', ')})` : ''}; name one with 'to-tag'`,
              { input: 'to-tag' },
            );
          // A row's tag reaches the HLD: checked, and named by its row and column when it is not a tag.
          toTag = checkedRowValue(prev.row, 'imageTag', checkImageTag);
        }
      } else {
        const history = await valueHistory(repo, relative(work, file), component, keyPath);
        if (wanted) {
          if (!history.values.includes(wanted))
            throw new RingwayError(
              `input 'to-tag': ${wanted} was never deployed to ${ring} (${shown} of ${named} never held it)`,
              { input: 'to-tag' },
            );
          toTag = wanted;
        } else {
          toTag = previousValue(history, fromTag) ?? '';
          if (toTag) toTag = hldTag(toTag, `the ${keyPath.join('.')} ${named} held before ${fromTag}`);
          if (!toTag)
            throw new RingwayError(
              `input 'to-tag': no previous good tag of ${service} in ${ring}: ${shown} held no other ${keyPath.join('.')} before ${fromTag}${history.rolledBack.size ? ` (rolled back: ${[...history.rolledBack].join(', ')})` : ''}; name one with 'to-tag'`,
              { input: 'to-tag' },
            );
        }
      }
      if (toTag === fromTag)
        throw new RingwayError(`input 'to-tag': ${ring} already runs ${toTag}; nothing to roll back`, {
          input: 'to-tag',
        });
      host.info(`rolling back ${service} in ${ring}: ${fromTag} → ${toTag}${reason ? ` (${reason})` : ''}`);
      const edits = [{ component, pairs: [{ keyPath, value: toTag }] }];
      const body = withTrailers(
        [
          `Rolls ${service} in ${ring} back from ${fromTag} to ${toTag}.`,
          `Reason: ${reason || 'not given'}`,
          ...(fromRow ? [`Rolled-back deployment: ${fromRow.rowKey}`] : []),
          '',
          pullRequestBody(host.build, edits, environment),
        ].join('\n'),
        { service, ring, tag: toTag, rollbackOf: fromRow?.rowKey },
      ).concat(`\n${ROLLED_BACK_TRAILER}: ${fromTag}`);
      result = await landHldChange(
        settings,
        checkout,
        {
          edits,
          message: `Rolling back ${service} in ${ring} from ${fromTag} to ${toTag}.`,
          body,
          branchValues: { service, ring, tag: toTag, 'from-tag': fromTag, component: component.join('.'), environment },
          // Re-applied on a moved tip: only while the ring still runs the tag being rolled back.
          guard: async () => {
            const v = await current();
            if (v !== fromTag && v !== toTag)
              throw new RingwayError(
                `${ring} moved on from ${fromTag} to ${v ?? 'nothing'} while rolling back; nothing pushed — run rollback again`,
              );
          },
        },
        host,
      );
    } finally {
      await checkout.remove();
    }

    let deploymentId = '';
    if (store && result.commit && !inputs.boolean('dry-run')) {
      try {
        const row = await recordRollback(store, {
          service,
          ring,
          toTag,
          from: fromRow,
          hldCommitId: result.commit,
          pr: result.prNumber,
          prUrl: result.prUrl,
          hldRepo: inputs.string('hld-repo'),
          p2: host.build.buildId,
          reason,
        });
        deploymentId = row.rowKey;
        host.info(`recorded rollback deployment ${row.rowKey}${fromRow ? ` (replaces ${fromRow.rowKey})` : ''}`);
      } catch (err) {
        host.warning(`rollback not recorded: ${redact(errorMessage(err)).split('\n')[0]}`);
      }
    }
    return {
      'from-tag': fromTag,
      'to-tag': toTag,
      changed: String(result.changed),
      commit: result.commit,
      branch: result.branch,
      'pull-request-number': result.prNumber,
      'pull-request-url': result.prUrl,
      'deployment-id': deploymentId,
    };
  },
};
