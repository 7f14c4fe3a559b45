import { readFileSync } from 'node:fs';
import type { BuildMetadata } from '../steps/host.js';

export type { BuildMetadata };

export function readBuildMetadata(env: NodeJS.ProcessEnv = process.env): BuildMetadata {
  const e = (k: string): string => env[k] ?? '';
  if (e('GITHUB_ACTIONS') === 'true') {
    let pushed: string[] | undefined;
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
      get commitMessages() {
        return (pushed ??= pushedMessages(e('GITHUB_EVENT_PATH')));
      },
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
      // Azure gives the first line (at most 200 characters) only.
      commitMessages: e('BUILD_SOURCEVERSIONMESSAGE') ? [e('BUILD_SOURCEVERSIONMESSAGE')] : [],
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
    commitMessages: [],
  };
}

/**
 * The full messages of the commits a GitHub push event brought (`commits[].message`, oldest first,
 * then `head_commit.message`), once each; none for other events or an unreadable file.
 */
function pushedMessages(path: string): string[] {
  if (!path) return [];
  try {
    const event = JSON.parse(readFileSync(path, 'utf8')) as {
      commits?: { message?: unknown }[];
      head_commit?: { message?: unknown } | null;
    };
    const all = [
      ...(Array.isArray(event.commits) ? event.commits : []).map((c) => c?.message),
      event.head_commit?.message,
    ];
    return [...new Set(all.filter((m): m is string => typeof m === 'string' && m.trim() !== ''))];
  } catch {
    return [];
  }
}
