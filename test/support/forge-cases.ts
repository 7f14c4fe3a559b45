import { startForgeApi } from '../../stand-ins/forge-api.js';
import { startGitLabApi } from '../../stand-ins/gitlab-api.js';

// The forges with pull (merge) requests, each as its request-checking stand-in: update-hld and
// rollback run the same cases on every one of them (describe.each over FORGES), so a behaviour
// one forge has and another lacks shows as a failing row, not as a copy that drifted.

/** One forge's stand-in as the step cases see it: the step's inputs, and the proposals it holds. */
export interface ForgeCase {
  forge: string;
  against: string;
  token: string;
  /** The HLD repository's path on the git server (GitLab: a project in a subgroup). */
  repoPath: string;
  start(): Promise<{
    inputs: Record<string, string>;
    reset(token: string): Promise<void>;
    /** The pull request's web address (Azure DevOps: under the repository's own URL). */
    proposalUrl(n: string, repoUrl: string): string;
    /** The one pull (merge) request the stand-in holds: title, description, merge-when-ready set. */
    proposals(): Promise<{ title: string; body: string; autoMerge: boolean }[]>;
    stop(): Promise<void>;
  }>;
}

export const FORGES: ForgeCase[] = [
  {
    forge: 'GitHub',
    against: '@octokit/openapi',
    token: 'rollback-token-5e1d7c3a',
    repoPath: 'contoso/hld',
    async start() {
      const api = await startForgeApi('github');
      return {
        inputs: { provider: 'github', 'api-url': api.url },
        reset: (token) => api.reset({ token }),
        proposalUrl: (n) => `${api.url}/contoso/hld/pull/${n}`,
        proposals: async () =>
          (await api.requests()).prs.map((p) => ({
            title: String(p.title),
            body: String(p.body),
            autoMerge: Boolean(p.autoMerge),
          })),
        stop: () => api.stop(),
      };
    },
  },
  {
    forge: 'Azure DevOps',
    against: 'a verbatim subset of the Git 7.1 description (vsts-rest-api-specs)',
    token: 'azure-rollback-token-6b2e9d',
    repoPath: 'contoso/Fabrikam/_git/hld',
    async start() {
      const api = await startForgeApi('azure');
      return {
        inputs: { provider: 'azure-devops', 'api-url': `${api.url}/contoso` },
        reset: (token) => api.reset({ token }),
        proposalUrl: (n, repoUrl) => `${repoUrl.replace(/\.git$/, '')}/pullrequest/${n}`,
        proposals: async () =>
          (await api.requests()).prs.map((p) => ({
            title: String(p.title),
            body: String(p.description),
            autoMerge: Boolean(p.autoCompleteSetBy),
          })),
        stop: () => api.stop(),
      };
    },
  },
  {
    forge: 'GitLab',
    against: "GitLab's OpenAPI description",
    token: 'glpat-rollback-token-9a4c2e',
    repoPath: 'contoso/deploy/hld',
    async start() {
      const api = await startGitLabApi();
      return {
        inputs: { provider: 'gitlab', 'api-url': api.apiUrl },
        reset: (token) => api.reset({ token }),
        proposalUrl: (n) => `${api.url}/contoso/deploy/hld/-/merge_requests/${n}`,
        proposals: async () => {
          const { mrs, requests } = await api.requests();
          const invalid = requests.filter((q) => q.invalid);
          if (invalid.length)
            throw new Error(`requests GitLab's description does not allow: ${JSON.stringify(invalid)}`);
          return mrs.map((m) => ({
            title: m.title,
            body: m.description ?? '',
            autoMerge: Boolean(m.merge_when_pipeline_succeeds),
          }));
        },
        stop: () => api.stop(),
      };
    },
  },
  {
    forge: 'Gitea',
    against: "a verbatim subset of Gitea's swagger.v1.json",
    token: 'gitea-rollback-token-3c8d1f',
    repoPath: 'contoso/hld',
    async start() {
      const api = await startForgeApi('gitea');
      return {
        inputs: { provider: 'gitea', 'api-url': `${api.url}/api/v1` },
        reset: (token) => api.reset({ token }),
        proposalUrl: (n) => `${api.url}/contoso/hld/pulls/${n}`,
        proposals: async () =>
          (await api.requests()).prs.map((p) => ({
            title: String(p.title),
            body: String(p.body),
            autoMerge: Boolean(p.autoMerge),
          })),
        stop: () => api.stop(),
      };
    },
  },
];
