import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { RingwayError, UsageError, withInput } from '../errors.js';
import { fillTemplate } from '../template.js';
import { assertResolvesInside } from '../fs/contained.js';
import { removeTempDir } from '../fs/temp.js';
import { displayUrl } from '../git/auth.js';
import { safeRelativePath } from '../git/paths.js';
import { checkBranch, checkRepoInput } from '../git/validate.js';
import { GitRepo } from '../git/repo.js';
import { editAndPush } from '../git/commit-and-push.js';
import { checkComponentPath } from '../hld/component-path.js';
import { containedPath } from '../hld/files.js';
import { checkEnvironmentName, environmentConfigFiles, type SetPair } from '../hld/names.js';
import type { BuildMetadata, Host } from './host.js';
import { providerFor, PROVIDERS, pullRequestForge } from '../scm/select.js';
import { type DeploymentKey, formatTrailers } from '../telemetry/trailers.js';
import type { MergeMethod } from '../scm/types.js';
import type { Inputs } from './inputs.js';
import { gitInputs, type InputDef } from './types.js';

// The reviewed HLD change that update-hld and rollback share: check out the HLD, write the edits
// into its config, and land them (a direct push re-applied on a moved tip, or a pull request that
// re-runs update). A step reads its own inputs and calls, in turn: readHldChange (this group's
// inputs, checked before any network work), checkoutHld, then landHldChange with the change it
// decided (rollback reads the checkout first), and removes the checkout.

/** What a step tells the shared inputs about itself. */
export interface HldChangeInputOptions {
  /** The `component` input's description: what the component names for this step. */
  component: string;
  /** The `pr-branch` input's description (its placeholders) and default. */
  prBranch: { description: string; default: string };
}

/**
 * The input group of a reviewed HLD change, in three runs so a step can place its own inputs
 * between them (surfaces list inputs in the step's order): where the change goes, how it is
 * reviewed, and how it is pushed (with the git inputs).
 */
export function hldChangeInputs(o: HldChangeInputOptions): {
  target: InputDef[];
  review: InputDef[];
  push: InputDef[];
} {
  return {
    target: [
      { name: 'hld-repo', description: 'URL of the HLD repository', required: true },
      { name: 'branch', description: "Branch the change is for; empty = the repository's default branch" },
      {
        name: 'hld-path',
        description: 'Folder of the component whose config is edited (where fab set would run)',
        default: '.',
        path: true,
      },
      { name: 'component', description: o.component },
      { name: 'environment', description: 'Config file to edit: config/<environment>.yaml', default: 'common' },
    ],
    review: [
      {
        name: 'pull-request',
        description: 'Propose the change through a pull request; false pushes it to the branch directly',
        kind: 'boolean',
        default: 'true',
      },
      {
        name: 'pr-branch',
        description: o.prBranch.description,
        default: o.prBranch.default,
        visibleWhen: 'pull-request = true',
      },
      {
        name: 'provider',
        description: 'Pull request provider; auto picks it from the repository URL',
        options: [...PROVIDERS],
        default: 'auto',
        visibleWhen: 'pull-request = true',
      },
      {
        name: 'api-url',
        description:
          'REST API root for GitHub Enterprise (https://host/api/v3), an Azure DevOps server collection or a self-managed GitLab (https://host/api/v4); required for Gitea and Forgejo (https://host/api/v1)',
        visibleWhen: 'pull-request = true',
      },
      {
        name: 'auto-merge',
        description:
          'Enable auto-merge (GitHub), auto-complete (Azure DevOps), merge when the pipeline succeeds (GitLab) or merge when checks succeed (Gitea, Forgejo) on the pull request',
        kind: 'boolean',
        default: 'false',
        visibleWhen: 'pull-request = true',
      },
      {
        name: 'merge-method',
        description: 'How an auto-merged pull request is merged',
        options: ['merge', 'squash', 'rebase'],
        default: 'merge',
        visibleWhen: 'auto-merge = true',
      },
      { name: 'labels', description: 'Labels for the pull request', kind: 'list', visibleWhen: 'pull-request = true' },
      {
        name: 'reviewers',
        description: 'Reviewers to request (GitHub or Gitea logins; Azure DevOps identity ids)',
        kind: 'list',
        visibleWhen: 'pull-request = true',
      },
    ],
    push: [
      {
        name: 'max-attempts',
        description: 'How many times a rejected direct push is re-applied and retried',
        default: '8',
      },
      ...gitInputs,
    ],
  };
}

/** One set of edits to the config of one component. */
export interface Edit {
  component: string[];
  pairs: SetPair[];
  /** Input the component came from, for errors: 'component', or 'set' for a `component:key=value` line. */
  input?: string;
}

/** A change to the HLD, decided by the step (on the checkout, when it reads the HLD first). */
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

/** The group's inputs, read and checked before any network work. */
export interface HldChangeSettings {
  /** The step's name, for summaries. */
  step: string;
  url: string;
  branch: string;
  hldPath: string;
  environment: string;
  token: string;
  identity: { name: string; email: string };
  dryRun: boolean;
  maxAttempts: number;
  /** Absent for a direct push. */
  pullRequest?: {
    branchTemplate: string;
    provider: string;
    apiUrl: string;
    autoMerge: boolean;
    mergeMethod: MergeMethod;
    labels: string[];
    reviewers: string[];
  };
}

export interface HldCheckout {
  repo: GitRepo;
  /** The working copy's root. */
  work: string;
  /** The folder of `hld-path` inside it. */
  componentDir: string;
  environment: string;
  /** Deletes the working copy. */
  remove: () => Promise<void>;
}

export interface HldChangeResult {
  changed: boolean;
  commit: string;
  branch: string;
  prNumber: string;
  prUrl: string;
}

export function checkEnvironment(environment: string): string {
  return withInput('environment', () => checkEnvironmentName(environment));
}

/**
 * Reads the group's inputs. `branchPlaceholders` are the pr-branch template's placeholders the
 * step fills (build-id is added): the template is checked now, before anything is fetched.
 */
export function readHldChange(inputs: Inputs, step: string, branchPlaceholders: string[]): HldChangeSettings {
  const settings: HldChangeSettings = {
    step,
    url: checkRepoInput(inputs.string('hld-repo'), 'hld-repo'),
    branch: inputs.string('branch'),
    hldPath: withInput('hld-path', () => safeRelativePath(inputs.string('hld-path'))),
    environment: checkEnvironment(inputs.string('environment')),
    token: inputs.string('token'),
    identity: { name: inputs.string('git-user-name'), email: inputs.string('git-user-email') },
    dryRun: inputs.boolean('dry-run'),
    maxAttempts: inputs.integer('max-attempts', 1),
  };
  if (!inputs.boolean('pull-request')) return settings;
  const branchTemplate = inputs.string('pr-branch');
  branchName(branchTemplate, Object.fromEntries([...branchPlaceholders, 'build-id'].map((k) => [k, 'x'])));
  return {
    ...settings,
    pullRequest: {
      branchTemplate,
      provider: inputs.string('provider'),
      apiUrl: inputs.string('api-url'),
      autoMerge: inputs.boolean('auto-merge'),
      mergeMethod: inputs.string('merge-method') as MergeMethod,
      labels: inputs.list('labels'),
      reviewers: inputs.list('reviewers'),
    },
  };
}

/** Clones the HLD's branch into a new temporary folder (removed again when the clone fails). */
export async function checkoutHld(
  settings: HldChangeSettings,
  host: Host,
  opts: { depth?: number } = {},
): Promise<HldCheckout> {
  const { url, branch, token, identity, hldPath, environment } = settings;
  const work = await mkdtemp(join(tmpdir(), 'ringway-hld-'));
  const remove = () => removeTempDir(work, (l) => host.debug(l));
  try {
    const repo = await host.group(`Fetch ${displayUrl(url)}`, async () => {
      // git's answer names the server; the error adds the input it came from.
      const r = await withInput('hld-repo', () =>
        GitRepo.checkout({ url, branch, dir: work, token: token || undefined, identity, depth: opts.depth }),
      );
      host.info(
        r.branchExists
          ? `fetched ${r.branch} at ${await r.head()}`
          : `branch ${r.branch} does not exist yet: the push creates it`,
      );
      return r;
    });
    const componentDir = await containedPath(work, work, hldPath, "input 'hld-path'");
    // A missing folder is the path's fault, not the component's that would be looked for in it.
    if (!(await stat(componentDir).catch(() => undefined))?.isDirectory())
      throw new RingwayError(
        `input 'hld-path': '${hldPath}' is not a folder of the HLD (branch ${repo.branch} of ${displayUrl(url)})`,
        { input: 'hld-path', kind: 'not-found' },
      );
    return { repo, work, componentDir, environment, remove };
  } catch (err) {
    await remove();
    throw err;
  }
}

/** Checks the edits' components, then lands the change: on its own pull request branch, or pushed to the branch. */
export async function landHldChange(
  settings: HldChangeSettings,
  checkout: HldCheckout,
  change: HldChange,
  host: Host,
): Promise<HldChangeResult> {
  const { work, componentDir, environment } = checkout;
  for (const e of change.edits)
    await withInput(e.input ?? 'component', () =>
      checkComponentPath(work, componentDir, e.component, e.component.join('.')),
    );
  // Writes the change into the working copy (again, on a new tip, when a push lost a race).
  const apply = async () => {
    await change.guard?.();
    // The config file may be a committed link: it must not lead the write out of the checkout.
    for (const rel of environmentConfigFiles(environment))
      await assertResolvesInside(work, join(componentDir, rel), "input 'hld-path'");
    // The config editor (and its YAML engine) loads here, after the inputs and the clone.
    const { setConfig } = await import('../hld/set.js');
    // Reviewers see only the edited lines: the layout is kept wherever that gives fab set's data.
    for (const e of change.edits)
      await setConfig({
        componentDir,
        environment,
        subcomponent: e.component,
        pairs: e.pairs,
        layout: 'keep',
        warn: (l) => host.warning(l),
      });
  };
  // Summary rows: component, environment, key, value.
  const rows = [
    ['component', 'environment', 'key', 'value'],
    ...change.edits.flatMap((e) =>
      e.pairs.map((p) => [e.component.join('.') || '(root)', environment, p.keyPath.join('.'), p.value]),
    ),
  ];
  // The files an edit can write, from the repository root: the environment's config files.
  const folder = relative(work, componentDir).split(sep).filter(Boolean);
  const files = environmentConfigFiles(environment).map((rel) => [...folder, rel].join('/'));
  const landing = { settings, repo: checkout.repo, change, apply, files, rows };
  return settings.pullRequest
    ? await landPullRequest(host, landing, settings.pullRequest)
    : await landDirect(host, landing);
}

/** A change ready to land. */
interface Landing {
  settings: HldChangeSettings;
  repo: GitRepo;
  change: HldChange;
  apply: () => Promise<void>;
  /** The files `apply` writes, from the repository root. */
  files: string[];
  rows: string[][];
}

/** Direct: commit to the branch and push, re-applied on the new tip when another pipeline pushed first. */
async function landDirect(
  host: Host,
  { settings, repo, change, apply, files, rows }: Landing,
): Promise<HldChangeResult> {
  const { message, body } = change;
  const r = await host.group(`Commit to ${repo.branch}`, () =>
    editAndPush({
      repo,
      apply,
      files,
      where: "input 'hld-path'",
      message: `${message}\n\n${body}\n`,
      dryRun: settings.dryRun,
      maxAttempts: settings.maxAttempts,
      log: (l) => host.info(l),
    }),
  );
  host.info(
    r.changed
      ? `${r.pushed ? 'pushed' : 'dry run: did not push'} ${r.commit} to ${repo.branch}`
      : `${repo.branch} already has these values`,
  );
  await host.summary({
    title: `ringway ${settings.step}: ${r.changed ? `committed to ${repo.branch}` : 'no change'}`,
    rows,
  });
  return { changed: r.changed, commit: r.commit, branch: repo.branch, prNumber: '', prUrl: '' };
}

/** Pull request: push the change to its own branch (unless it already holds it) and open or update the pull request. */
async function landPullRequest(
  host: Host,
  { settings, repo, change, apply, rows }: Landing,
  pull: NonNullable<HldChangeSettings['pullRequest']>,
): Promise<HldChangeResult> {
  const { url, token, dryRun } = settings;
  const { message, body, branchValues } = change;
  const prBranch = branchName(pull.branchTemplate, { ...branchValues, 'build-id': host.build.buildId });
  // The pull request's own branch: pushing the change to the target itself would skip the review.
  if (prBranch === repo.branch)
    throw new UsageError(
      `input 'pr-branch': '${prBranch}' is the branch the pull request goes into; give the pull request a branch of its own`,
      { input: 'pr-branch' },
    );
  await apply();
  if (!(await repo.stage())) {
    host.info(`${repo.branch} already has these values: no branch, no pull request`);
    await host.summary({ title: `ringway ${settings.step}: no change`, rows });
    return { changed: false, commit: await repo.head(), branch: '', prNumber: '', prUrl: '' };
  }
  // Resolved before anything is pushed: a wrong provider or missing token must leave no branch.
  const forge = withInput('provider', () => pullRequestForge(pull.provider, url));
  // The repository URL's errors already name 'hld-repo'; what is left is about the token.
  const provider = withInput('token', () => providerFor({ provider: forge, url, apiUrl: pull.apiUrl, token, repo }));
  if (!dryRun) await provider.preflight();
  // A re-run for the same change: the open branch already holds exactly this tree.
  const existing = await repo.fetchBranch(prBranch, { depth: 1, allowFailure: true });
  let commit = '';
  if (
    existing.code === 0 &&
    (await repo.git(['diff', '--cached', '--quiet', `refs/remotes/origin/${prBranch}`], { allowFailure: true }))
      .code === 0
  ) {
    commit = (await repo.git(['rev-parse', `refs/remotes/origin/${prBranch}`])).stdout.trim();
    host.info(`branch ${prBranch} already holds this change (${commit})`);
  } else {
    commit = await repo.commit(`${message}\n\n${body}\n`);
    if (!dryRun && !(await repo.push(prBranch, { force: true })))
      throw new UsageError(`could not push branch '${prBranch}'`);
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
      labels: pull.labels,
      reviewers: pull.reviewers,
      autoMerge: pull.autoMerge,
      mergeMethod: pull.mergeMethod,
      // Local merges: others changed the same lines meanwhile, so make the change again on their tip.
      reapply: async () => {
        await apply();
        if (!(await repo.stage())) return false;
        await repo.commit(`${message}\n\n${body}\n`);
        return true;
      },
    }),
  );
  const what = pr.mergeCommit
    ? `merged into ${repo.branch} as ${pr.mergeCommit}`
    : `${pr.created ? 'opened' : 'updated'} pull request ${pr.number}: ${pr.url}`;
  host.info(what);
  await host.summary({ title: `ringway ${settings.step}: ${what}`, rows });
  return { changed: true, commit: pr.mergeCommit ?? commit, branch: prBranch, prNumber: pr.number, prUrl: pr.url };
}

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
  if (!clean)
    throw new UsageError(`input 'pr-branch': '${template}' gives an empty branch name`, { input: 'pr-branch' });
  // A full ref as users write branches (refs/heads/x) means x; HEAD or another full ref is refused.
  return checkBranch(clean, 'pr-branch');
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

/** The pull request's description: who made it, from which build, and one line per value set. */
export function pullRequestBody(build: BuildMetadata, edits: Edit[], environment: string): string {
  const lines = edits.flatMap((e) =>
    e.pairs.map(
      (p) => `- \`${e.component.join('.') || '(root)'}\` ${environment}: \`${p.keyPath.join('.')}\` = \`${p.value}\``,
    ),
  );
  const origin =
    build.pipeline || build.buildId
      ? `PR created by: ${build.pipeline || 'pipeline'} with buildId: ${build.buildId} and buildNumber: ${build.buildNumber}`
      : 'PR created by: ringway';
  return [
    origin,
    ...(build.buildUrl ? [`Build: ${build.buildUrl}`] : []),
    ...(build.commit ? [`Source commit: ${build.commit}`] : []),
    '',
    ...lines,
  ].join('\n');
}
