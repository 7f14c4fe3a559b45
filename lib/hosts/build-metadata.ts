/**
 * Facts about the build that runs a step, read from the orchestrator's own environment
 * variables (GitHub Actions, Azure Pipelines) or from RINGWAY_* variables elsewhere.
 */
export interface BuildMetadata {
  orchestrator: 'github' | 'azure' | 'other';
  /** Full commit SHA of the source being built. */
  commit: string;
  /** Branch name without refs/heads/ (PR builds: the PR's source branch). */
  branch: string;
  /** Unique id of the run (GitHub run id, Azure Build.BuildId). */
  buildId: string;
  /** Human build number (GitHub run number, Azure Build.BuildNumber like 20200318.1). */
  buildNumber: string;
  runAttempt: string;
  buildUrl: string;
  /** owner/name (GitHub) or repository name (Azure). */
  repository: string;
  repositoryUrl: string;
  /** Pipeline / workflow name. */
  pipeline: string;
  /** Who triggered the run. */
  actor: string;
  /** Commit message of the source commit, when the orchestrator exposes it. */
  commitMessage: string;
}

export function readBuildMetadata(env: NodeJS.ProcessEnv = process.env): BuildMetadata {
  const e = (k: string): string => env[k] ?? '';
  if (e('GITHUB_ACTIONS') === 'true') {
    const server = e('GITHUB_SERVER_URL') || 'https://github.com';
    const repo = e('GITHUB_REPOSITORY');
    return {
      orchestrator: 'github',
      commit: e('GITHUB_SHA'),
      branch: e('GITHUB_HEAD_REF') || e('GITHUB_REF_NAME'),
      buildId: e('GITHUB_RUN_ID'),
      buildNumber: e('GITHUB_RUN_NUMBER'),
      runAttempt: e('GITHUB_RUN_ATTEMPT') || '1',
      buildUrl: repo && e('GITHUB_RUN_ID') ? `${server}/${repo}/actions/runs/${e('GITHUB_RUN_ID')}` : '',
      repository: repo,
      repositoryUrl: repo ? `${server}/${repo}` : '',
      pipeline: e('GITHUB_WORKFLOW'),
      actor: e('GITHUB_ACTOR'),
      commitMessage: e('RINGWAY_BUILD_COMMIT_MESSAGE'),
    };
  }
  if (e('TF_BUILD').toLowerCase() === 'true') {
    const collection = e('SYSTEM_COLLECTIONURI') || e('SYSTEM_TEAMFOUNDATIONCOLLECTIONURI');
    const project = e('SYSTEM_TEAMPROJECT');
    const buildId = e('BUILD_BUILDID');
    const branch = e('SYSTEM_PULLREQUEST_SOURCEBRANCH') || e('BUILD_SOURCEBRANCH');
    return {
      orchestrator: 'azure',
      commit: e('BUILD_SOURCEVERSION'),
      branch: branch.replace(/^refs\/heads\//, '') || e('BUILD_SOURCEBRANCHNAME'),
      buildId,
      buildNumber: e('BUILD_BUILDNUMBER'),
      runAttempt: e('SYSTEM_JOBATTEMPT') || '1',
      buildUrl:
        collection && project && buildId
          ? `${collection.replace(/\/$/, '')}/${encodeURIComponent(project)}/_build/results?buildId=${buildId}`
          : '',
      repository: e('BUILD_REPOSITORY_NAME'),
      repositoryUrl: e('BUILD_REPOSITORY_URI'),
      pipeline: e('BUILD_DEFINITIONNAME'),
      actor: e('BUILD_REQUESTEDFOR'),
      commitMessage: e('BUILD_SOURCEVERSIONMESSAGE'),
    };
  }
  return {
    orchestrator: 'other',
    commit: e('RINGWAY_BUILD_COMMIT'),
    branch: e('RINGWAY_BUILD_BRANCH'),
    buildId: e('RINGWAY_BUILD_ID'),
    buildNumber: e('RINGWAY_BUILD_NUMBER') || e('RINGWAY_BUILD_ID'),
    runAttempt: e('RINGWAY_BUILD_RUN_ATTEMPT') || '1',
    buildUrl: e('RINGWAY_BUILD_URL'),
    repository: e('RINGWAY_BUILD_REPOSITORY'),
    repositoryUrl: e('RINGWAY_BUILD_REPOSITORY_URL'),
    pipeline: e('RINGWAY_BUILD_PIPELINE'),
    actor: e('RINGWAY_BUILD_ACTOR') || e('USER'),
    commitMessage: e('RINGWAY_BUILD_COMMIT_MESSAGE'),
  };
}
