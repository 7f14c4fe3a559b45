import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError, withInput } from '../errors.js';
import { fillTemplate } from '../template.js';
import { assertResolvesInside } from '../fs/contained.js';
import { removeTempDir } from '../fs/temp.js';
import { displayUrl } from '../git/auth.js';
import { safeRelativePath } from '../git/paths.js';
import { checkRef, checkRepoInput } from '../git/validate.js';
import { GitRepo } from '../git/repo.js';
import { commitAndPush } from '../git/commit-and-push.js';
import { checkComponentPath } from '../hld/component-path.js';
import { containedPath } from '../hld/files.js';
import { checkEnvironmentName, parseSetArg, splitKeyPath, type SetPair } from '../hld/names.js';
import type { BuildMetadata, Host } from './host.js';
import { providerFor, PROVIDERS, pullRequestForge } from '../scm/select.js';
import { type DeploymentKey, formatTrailers } from '../telemetry/trailers.js';
import type { MergeMethod } from '../scm/types.js';
import type { Inputs } from './inputs.js';
import { gitInputs, type StepDef } from './types.js';

export interface Edit {
  component: string[];
  pairs: SetPair[];
  /** Input the component came from, for errors: 'component', or 'set' for a `component:key=value` line. */
  input?: string;
}

export const step: StepDef = {
  name: 'update-hld',
  title: 'Update HLD',
  description:
    'Sets values (by default the image tag) in a Fabrikate HLD with `fab set` semantics, keeping the rest of the config file byte for byte, and proposes the change through a pull request (GitHub, Azure DevOps, or a local merge) or pushes it directly. Re-runs update the same pull request; a change already on the branch does nothing.',
  azureTaskId: '9d3e7b21-4c5a-4e8f-b1d6-3a2c8f7e6d54',
  inputs: [
    { name: 'hld-repo', description: 'URL of the HLD repository', required: true },
    { name: 'branch', description: "Branch the change is for; empty = the repository's default branch" },
    { name: 'hld-path', description: 'Folder of the component whose config is edited (where fab set would run)', default: '.' },
    { name: 'component', description: 'Dotted subcomponent path from that component (fab set --subcomponent), e.g. trivia.frontend.dev' },
    { name: 'environment', description: 'Config file to edit: config/<environment>.yaml', default: 'common' },
    { name: 'set', description: 'Lines of key.path=value, or component:key.path=value for another component', kind: 'multiline' },
    { name: 'image-tag', description: 'Shorthand for set image.tag=<tag>' },
    { name: 'image-repository', description: 'Shorthand for set image.repository=<repository>' },
    { name: 'service', description: 'Service name, for the branch name and messages; default the last component segment' },
    { name: 'ring', description: 'Ring (environment of the deployment), for the branch name; default the environment input' },
    { name: 'pull-request', description: 'Propose the change through a pull request; false pushes it to the branch directly', kind: 'boolean', default: 'true' },
    { name: 'pr-branch', description: 'Branch name template; {service} {ring} {tag} {component} {environment} {build-id}', default: 'DEPLOY/{service}-{ring}-{tag}', visibleWhen: 'pull-request = true' },
    { name: 'provider', description: 'Pull request provider; auto picks it from the repository URL', options: [...PROVIDERS], default: 'auto', visibleWhen: 'pull-request = true' },
    { name: 'api-url', description: 'REST API root for GitHub Enterprise (https://host/api/v3) or an Azure DevOps server collection', visibleWhen: 'pull-request = true' },
    { name: 'auto-merge', description: 'Enable auto-merge (GitHub) or auto-complete (Azure DevOps) on the pull request', kind: 'boolean', default: 'false', visibleWhen: 'pull-request = true' },
    { name: 'merge-method', description: 'How an auto-merged pull request is merged', options: ['merge', 'squash', 'rebase'], default: 'merge', visibleWhen: 'auto-merge = true' },
    { name: 'labels', description: 'Labels for the pull request', kind: 'list', visibleWhen: 'pull-request = true' },
    { name: 'reviewers', description: 'Reviewers to request (GitHub logins; Azure DevOps identity ids)', kind: 'list', visibleWhen: 'pull-request = true' },
    { name: 'message', description: 'Commit message and pull request title; default names the service, tag and build' },
    { name: 'max-attempts', description: 'How many times a rejected direct push is re-applied and retried', default: '8' },
    ...gitInputs,
  ],
  outputs: [
    { name: 'changed', description: "'true' when the HLD differs from the branch and a commit was made" },
    { name: 'commit', description: 'HLD commit holding the change (the merge commit for the local provider)' },
    { name: 'branch', description: 'Branch pushed to (the pull request branch, or the target in direct mode)' },
    { name: 'pull-request-number', description: 'Pull request number or id', aliases: ['pr-number'] },
    { name: 'pull-request-url', description: 'Pull request web address', aliases: ['pr-url'] },
  ],
  async run(inputs, host) {
    const component = inputs.string('component') ? withInput('component', () => splitKeyPath(inputs.string('component'))) : [];
    const environment = checkEnvironment(inputs.string('environment'));
    const edits = collectEdits(inputs.lines('set'), component, inputs.string('image-tag'), inputs.string('image-repository'));
    const tag = inputs.string('image-tag') || edits.flatMap((e) => e.pairs).find((p) => p.keyPath.join('.') === 'image.tag')?.value || '';
    const service = inputs.string('service') || component[component.length - 1] || 'hld';
    const ring = inputs.string('ring') || environment;
    const message = inputs.string('message') || defaultMessage(service, tag, edits, environment);
    // Trailers only for what the inputs name (a default service or ring may not be the deployment's).
    const body = withTrailers(pullRequestBody(host.build, edits, environment), { service: inputs.string('service'), ring: inputs.string('ring'), tag });
    const r = await changeHld(inputs, host, 'update-hld', async () => ({ edits, message, body, branchValues: { service, ring, tag, component: component.join('.'), environment } }));
    return { changed: String(r.changed), commit: r.commit, branch: r.branch, 'pull-request-number': r.prNumber, 'pull-request-url': r.prUrl };
  },
};

export function checkEnvironment(environment: string): string {
  return withInput('environment', () => checkEnvironmentName(environment));
}

/** A change to the HLD, planned once the repository is checked out. */
export interface HldChange {
  edits: Edit[];
  /** Commit message subject and pull request title. */
  message: string;
  body: string;
  /** Values of the pr-branch template's placeholders (build-id is added). */
  branchValues: Record<string, string>;
  /** Runs before every (re-)apply, on the tip it applies to; throws to refuse the change. */
  guard?: () => Promise<void>;
}

export interface HldCheckout {
  repo: GitRepo;
  work: string;
  componentDir: string;
  environment: string;
}

export interface HldChangeResult {
  changed: boolean;
  commit: string;
  branch: string;
  prNumber: string;
  prUrl: string;
}

/** What every stage of a change reads from the repository inputs, checked before any network work. */
interface ChangeSettings {
  url: string;
  hldPath: string;
  environment: string;
  token: string;
  dryRun: boolean;
  maxAttempts: number;
}

/** A change planned on the checkout, ready to land. */
interface PlannedChange {
  repo: GitRepo;
  change: HldChange;
  /** Writes the change into the working copy (again, on a new tip, when a push lost a race). */
  apply: () => Promise<void>;
  /** Summary rows: component, environment, key, value. */
  rows: string[][];
}

/**
 * Checks out the HLD named by the repository inputs (hld-repo, branch, hld-path, pull-request,
 * provider, …), lets `plan` decide the change on that checkout, and lands it: a direct push
 * re-applied on a moved tip, or a pull request (re-runs update the open one). Shared by update-hld
 * and rollback, so both take the same reviewed path with the same concurrency safety.
 */
export async function changeHld(inputs: Inputs, host: Host, stepName: string, plan: (c: HldCheckout) => Promise<HldChange>, opts: { depth?: number } = {}): Promise<HldChangeResult> {
  const settings: ChangeSettings = {
    url: checkRepoInput(inputs.string('hld-repo'), 'hld-repo'),
    hldPath: withInput('hld-path', () => safeRelativePath(inputs.string('hld-path'))),
    environment: checkEnvironment(inputs.string('environment')),
    token: inputs.string('token'),
    dryRun: inputs.boolean('dry-run'),
    // Checked before any network work, so a bad value fails at once with nothing fetched.
    maxAttempts: inputs.integer('max-attempts', 1),
  };
  // The branch template's placeholders too (their values come later, from the checkout).
  if (inputs.boolean('pull-request')) {
    const placeholders = [...BRANCH_PLACEHOLDERS, ...(stepName === 'rollback' ? ['from-tag'] : [])];
    branchName(inputs.string('pr-branch'), Object.fromEntries(placeholders.map((k) => [k, 'x'])));
  }
  const work = await mkdtemp(join(tmpdir(), 'ringway-hld-'));
  try {
    const planned = await collectChange(inputs, host, settings, work, plan, opts.depth);
    return inputs.boolean('pull-request') ? await landPullRequest(inputs, host, stepName, settings, planned) : await landDirect(host, stepName, settings, planned);
  } finally {
    await removeTempDir(work, (l) => host.debug(l));
  }
}

/** Collect: the checkout, the plan made on it, its components checked, and how to apply it. */
async function collectChange(inputs: Inputs, host: Host, settings: ChangeSettings, work: string, plan: (c: HldCheckout) => Promise<HldChange>, depth: number | undefined): Promise<PlannedChange> {
  const { url, hldPath, environment, token } = settings;
  const repo = await host.group(`Fetch ${displayUrl(url)}`, async () => {
    // git's answer names the server; the error adds the input it came from.
    const r = await withInput('hld-repo', () => GitRepo.checkout({ url, branch: inputs.string('branch'), dir: work, token: token || undefined, identity: { name: inputs.string('git-user-name'), email: inputs.string('git-user-email') }, depth }));
    host.info(r.branchExists ? `fetched ${r.branch} at ${await r.head()}` : `branch ${r.branch} does not exist yet: the push creates it`);
    return r;
  });
  const componentDir = await containedPath(work, work, hldPath, "input 'hld-path'");
  const change = await plan({ repo, work, componentDir, environment });
  const { edits, guard } = change;
  for (const e of edits) await withInput(e.input ?? 'component', () => checkComponentPath(work, componentDir, e.component, e.component.join('.')));
  const apply = async () => {
    await guard?.();
    // The config file may be a committed link: it must not lead the write out of the checkout.
    for (const ext of ['yaml', 'json']) await assertResolvesInside(work, join(componentDir, 'config', `${environment}.${ext}`), "input 'hld-path'");
    // The config editor (and its YAML engine) loads here, after the inputs and the clone.
    const { setConfig } = await import('../hld/set.js');
    // Reviewers see only the edited lines: the layout is kept wherever that gives fab set's data.
    for (const e of edits) await setConfig({ componentDir, environment, subcomponent: e.component, pairs: e.pairs, layout: 'keep', warn: (l) => host.warning(l) });
  };
  const rows = [['component', 'environment', 'key', 'value'], ...edits.flatMap((e) => e.pairs.map((p) => [e.component.join('.') || '(root)', environment, p.keyPath.join('.'), p.value]))];
  return { repo, change, apply, rows };
}

/** Direct: commit to the branch and push, re-applied on the new tip when another pipeline pushed first. */
async function landDirect(host: Host, stepName: string, settings: ChangeSettings, { repo, change, apply, rows }: PlannedChange): Promise<HldChangeResult> {
  const { message, body } = change;
  const r = await host.group(`Commit to ${repo.branch}`, () =>
    commitAndPush({ repo, apply, message: `${message}\n\n${body}\n`, dryRun: settings.dryRun, maxAttempts: settings.maxAttempts, log: (l) => host.info(l) }),
  );
  host.info(r.changed ? `${r.pushed ? 'pushed' : 'dry run: did not push'} ${r.commit} to ${repo.branch}` : `${repo.branch} already has these values`);
  await host.summary({ title: `ringway ${stepName}: ${r.changed ? `committed to ${repo.branch}` : 'no change'}`, rows });
  return { changed: r.changed, commit: r.commit, branch: repo.branch, prNumber: '', prUrl: '' };
}

/** Pull request: push the change to its own branch (unless it already holds it) and open or update the pull request. */
async function landPullRequest(inputs: Inputs, host: Host, stepName: string, settings: ChangeSettings, { repo, change, apply, rows }: PlannedChange): Promise<HldChangeResult> {
  const { url, token, dryRun } = settings;
  const { message, body, branchValues } = change;
  await apply();
  if (!(await repo.stage())) {
    host.info(`${repo.branch} already has these values: no branch, no pull request`);
    await host.summary({ title: `ringway ${stepName}: no change`, rows });
    return { changed: false, commit: await repo.head(), branch: '', prNumber: '', prUrl: '' };
  }
  // Resolved before anything is pushed: a wrong provider or missing token must leave no branch.
  const forge = withInput('provider', () => pullRequestForge(inputs.string('provider'), url));
  // The repository URL's errors already name 'hld-repo'; what is left is about the token.
  const provider = withInput('token', () => providerFor({ provider: forge, url, apiUrl: inputs.string('api-url'), token, repo }));
  if (!dryRun) await provider.preflight();
  const prBranch = branchName(inputs.string('pr-branch'), { ...branchValues, 'build-id': host.build.buildId });
  // A re-run for the same change: the open branch already holds exactly this tree.
  const existing = await repo.fetchBranch(prBranch, { depth: 1, allowFailure: true });
  let commit = '';
  if (existing.code === 0 && (await repo.git(['diff', '--cached', '--quiet', `refs/remotes/origin/${prBranch}`], { allowFailure: true })).code === 0) {
    commit = (await repo.git(['rev-parse', `refs/remotes/origin/${prBranch}`])).stdout.trim();
    host.info(`branch ${prBranch} already holds this change (${commit})`);
  } else {
    commit = await repo.commit(`${message}\n\n${body}\n`);
    if (!dryRun && !(await repo.push(prBranch, { force: true }))) throw new UsageError(`could not push branch '${prBranch}'`);
  }
  if (dryRun) {
    host.info(`dry run: would push ${commit} to ${prBranch} and open a pull request into ${repo.branch}`);
    return { changed: true, commit, branch: prBranch, prNumber: '', prUrl: '' };
  }
  const pr = await host.group(`Pull request ${prBranch} → ${repo.branch} (${provider.name})`, () =>
    provider.openOrUpdate({
      sourceBranch: prBranch,
      targetBranch: repo.branch,
      title: message.split('\n')[0],
      body,
      labels: inputs.list('labels'),
      reviewers: inputs.list('reviewers'),
      autoMerge: inputs.boolean('auto-merge'),
      mergeMethod: inputs.string('merge-method') as MergeMethod,
      // Local merges: others changed the same lines meanwhile, so make the change again on their tip.
      reapply: async () => {
        await apply();
        if (!(await repo.stage())) return false;
        await repo.commit(`${message}\n\n${body}\n`);
        return true;
      },
    }),
  );
  const what = pr.mergeCommit ? `merged into ${repo.branch} as ${pr.mergeCommit}` : `${pr.created ? 'opened' : 'updated'} pull request ${pr.number}: ${pr.url}`;
  host.info(what);
  await host.summary({ title: `ringway ${stepName}: ${what}`, rows });
  return { changed: true, commit: pr.mergeCommit ?? commit, branch: prBranch, prNumber: pr.number, prUrl: pr.url };
}

export function collectEdits(lines: string[], component: string[], imageTag: string, imageRepository: string): Edit[] {
  const byComponent = new Map<string, Edit>();
  const add = (comp: string[], pair: SetPair, input = 'component') => {
    const k = comp.join('.');
    const e = byComponent.get(k) ?? { component: comp, pairs: [], input };
    e.pairs.push(pair);
    byComponent.set(k, e);
  };
  for (const line of lines) {
    const m = /^([^=:\s]+):([^=]+=.*)$/.exec(line);
    withInput('set', () => (m ? add(splitKeyPath(m[1]), parseSetArg(m[2]), 'set') : add(component, parseSetArg(line))));
  }
  if (imageTag) add(component, { keyPath: ['image', 'tag'], value: imageTag });
  if (imageRepository) add(component, { keyPath: ['image', 'repository'], value: imageRepository });
  if (byComponent.size === 0) throw new UsageError("nothing to set: give 'image-tag', 'image-repository' or 'set'");
  return [...byComponent.values()];
}

/** Placeholders of update-hld's pr-branch template (rollback adds {from-tag}). */
const BRANCH_PLACEHOLDERS = ['service', 'ring', 'tag', 'component', 'environment', 'build-id'];

/** Fills the branch template and makes the result a valid git branch name. */
export function branchName(template: string, values: Record<string, string>): string {
  const filled = fillTemplate(template, values, "input 'pr-branch'");
  const clean = filled
    .replace(/[\s~^:?*[\\\x00-\x1f\x7f]+/g, '-')
    .replace(/\.\.+/g, '.')
    .replace(/@\{/g, '-')
    .replace(/\/+/g, '/')
    .replace(/-{2,}/g, '-')
    .replace(/(^[/.-]+)|([/.-]+$)|(\.lock$)/g, '')
    .replace(/\/\./g, '/');
  if (!clean) throw new UsageError(`input 'pr-branch': '${template}' gives an empty branch name`);
  return checkRef(clean, 'pr-branch');
}

function defaultMessage(service: string, tag: string, edits: Edit[], environment: string): string {
  // Bedrock's wording, so history and dashboards read the same after the switch.
  if (tag) return `Updating ${service} image tag to ${tag}.`;
  const pairs = edits.flatMap((e) => e.pairs.map((p) => `${p.keyPath.join('.')}=${p.value}`));
  return `Updating ${service} (${environment}): ${pairs.join(', ')}`;
}

/**
 * The body with the Ringway-* trailers of the deployment as its last paragraph: in the commit
 * (after the subject, so git reads them as trailers) and in the pull request's description, so
 * record-deployment finds the deployment whatever commit the forge's merge makes.
 */
export function withTrailers(body: string, key: DeploymentKey): string {
  const lines = formatTrailers(key);
  return lines.length ? `${body}\n\n${lines.join('\n')}` : body;
}

export function pullRequestBody(build: BuildMetadata, edits: Edit[], environment: string): string {
  const lines = edits.flatMap((e) => e.pairs.map((p) => `- \`${e.component.join('.') || '(root)'}\` ${environment}: \`${p.keyPath.join('.')}\` = \`${p.value}\``));
  const origin = build.pipeline || build.buildId ? `PR created by: ${build.pipeline || 'pipeline'} with buildId: ${build.buildId} and buildNumber: ${build.buildNumber}` : 'PR created by: ringway';
  return [origin, ...(build.buildUrl ? [`Build: ${build.buildUrl}`] : []), ...(build.commit ? [`Source commit: ${build.commit}`] : []), '', ...lines].join('\n');
}
