import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { spawnListening, stopByPid } from './process.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface ScriptedFailure {
  /** Regular expression over "METHOD /path". */
  match: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests fail (default 1). */
  times?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorized: boolean;
}

export interface ForgeApi {
  url: string;
  pid: number;
  /**
   * Resets state: the valid token, scripted failures, existing pull requests, and the checks,
   * statuses (by commit) and reviews (by pull request number) the API reports.
   */
  reset(opts: {
    token: string;
    failures?: ScriptedFailure[];
    prs?: unknown[];
    checks?: Record<string, unknown[]>;
    statuses?: Record<string, unknown[]>;
    reviews?: Record<string, unknown[]>;
    /** Gitea: the repository's labels ({id, name}). */
    labels?: { id: number; name: string }[];
  }): Promise<void>;
  requests(): Promise<{ requests: RecordedRequest[]; prs: Record<string, unknown>[] }>;
  stop(): Promise<void>;
}

/**
 * Starts stand-ins/forge-api-process.mjs: GitHub's API validated against @octokit/openapi's
 * description, Azure DevOps' Git API against vsts-rest-api-specs (7.1), or Gitea's against its
 * swagger.v1.json, each a vendored verbatim subset (stand-ins/azure-devops-api/, stand-ins/gitea-api/). Stopped by PID.
 */
export async function startForgeApi(kind: 'github' | 'azure' | 'gitea'): Promise<ForgeApi> {
  const args = [join(here, 'forge-api-process.mjs'), kind];
  if (kind === 'github')
    args.push(createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json'));
  // Verbatim subsets of the published descriptions, vendored with their source (README.md beside each).
  if (kind === 'azure') args.push(join(here, 'azure-devops-api', 'git.subset.json'));
  if (kind === 'gitea') args.push(join(here, 'gitea-api', 'v1_json.subset.json'));
  const { child, port } = await spawnListening(process.execPath, args);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    pid: child.pid as number,
    async reset(opts) {
      await fetch(`${url}/__control`, {
        method: 'POST',
        body: JSON.stringify({ failures: [], prs: [], checks: {}, statuses: {}, reviews: {}, labels: [], ...opts }),
      });
    },
    async requests() {
      return (await (await fetch(`${url}/__requests`)).json()) as {
        requests: RecordedRequest[];
        prs: Record<string, unknown>[];
      };
    },
    stop: () => stopByPid(child),
  };
}
