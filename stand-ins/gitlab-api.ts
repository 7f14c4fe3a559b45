import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { ScriptedFailure } from './forge-api.js';
import { spawnListening, stopByPid } from './process.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface GitLabRequest {
  method: string;
  /** The raw path, as sent (a project path stays URL-encoded). */
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorized: boolean;
  /** Which header carried the token: PRIVATE-TOKEN, JOB-TOKEN or Authorization. */
  header: string;
  /** Why the API description does not allow this request (it was answered 400). */
  invalid?: string;
  operationId?: string;
}

export interface GitLabMergeRequest {
  project: string;
  iid: number;
  title: string;
  description?: string;
  source_branch: string;
  target_branch: string;
  state?: string;
  labels?: string[];
  reviewer_ids?: number[];
  squash?: boolean;
  remove_source_branch?: boolean;
  merge_when_pipeline_succeeds?: boolean;
}

export interface GitLabApi {
  url: string;
  /** The REST root a provider is given as `api-url`. */
  apiUrl: string;
  pid: number;
  reset(opts: {
    token: string;
    failures?: ScriptedFailure[];
    mrs?: GitLabMergeRequest[];
    users?: { id: number; username: string }[];
    statuses?: Record<string, { name: string; status: string; allow_failure?: boolean }[]>;
    pipelines?: Record<string, { status: string }[]>;
    approvals?: Record<string, string[]>;
    reviewers?: Record<string, { username: string; state: string }[]>;
  }): Promise<void>;
  requests(): Promise<{ requests: GitLabRequest[]; mrs: GitLabMergeRequest[] }>;
  stop(): Promise<void>;
}

/**
 * Starts stand-ins/gitlab-api-process.mjs: GitLab's REST API (v4), each request checked against
 * GitLab's published OpenAPI description (and, where the vendored cut lacks it, the documented
 * shapes). Stopped by PID.
 */
export async function startGitLabApi(): Promise<GitLabApi> {
  const { child, port } = await spawnListening(process.execPath, [join(here, 'gitlab-api-process.mjs')]);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    apiUrl: `${url}/api/v4`,
    pid: child.pid as number,
    async reset(opts) {
      await fetch(`${url}/__control`, { method: 'POST', body: JSON.stringify(opts) });
    },
    async requests() {
      return (await (await fetch(`${url}/__requests`)).json()) as {
        requests: GitLabRequest[];
        mrs: GitLabMergeRequest[];
      };
    },
    stop: () => stopByPid(child),
  };
}
