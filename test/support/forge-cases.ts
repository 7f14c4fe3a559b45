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
    /** The gate's view: repository URLs of the forge's shape, and the state of a source commit's check and a pull request's approvals. */
    gate: {
      checksRepo: string;
      hldRepo: string;
      /** Scripts the check `build` of `sha` (in the forge's own words) and approvals of pull request `pr`. */
      script(sha: string, build: CheckState, pr: string, approvedBy: string[]): Promise<void>;
    };
    stop(): Promise<void>;
  }>;
}

export type CheckState = 'passed' | 'pending' | 'failed';

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
        gate: {
          checksRepo: 'https://github.com/contoso/frontend',
          hldRepo: 'https://github.com/contoso/hld',
          script: (sha, build, pr, approvedBy) =>
            api.reset({
              token: 'rollback-token-5e1d7c3a',
              statuses: {
                [sha]: [
                  { context: 'build', state: { passed: 'success', pending: 'pending', failed: 'failure' }[build] },
                ],
              },
              reviews: { [pr]: approvedBy.map((login) => ({ login, state: 'APPROVED' })) },
            }),
        },
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
        gate: {
          checksRepo: 'https://dev.azure.com/contoso/web/_git/frontend',
          hldRepo: 'https://dev.azure.com/contoso/web/_git/hld',
          script: (sha, build, pr, approvedBy) =>
            api.reset({
              token: 'azure-rollback-token-6b2e9d',
              statuses: {
                [sha]: [{ name: 'build', state: { passed: 'succeeded', pending: 'pending', failed: 'failed' }[build] }],
              },
              reviews: { [pr]: approvedBy.map((name) => ({ name, vote: 10 })) },
            }),
        },
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
        gate: {
          checksRepo: 'https://gitlab.com/contoso/web/frontend',
          hldRepo: 'https://gitlab.com/contoso/hld',
          script: (sha, build, pr, approvedBy) =>
            api.reset({
              token: 'glpat-rollback-token-9a4c2e',
              statuses: {
                [sha]: [{ name: 'build', status: { passed: 'success', pending: 'running', failed: 'failed' }[build] }],
              },
              approvals: { [pr]: approvedBy },
            }),
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
        gate: {
          checksRepo: 'https://git.contoso.test/contoso/frontend',
          hldRepo: 'https://git.contoso.test/contoso/hld',
          script: (sha, build, pr, approvedBy) =>
            api.reset({
              token: 'gitea-rollback-token-3c8d1f',
              // Gitea answers reviews only for a pull request it holds.
              prs: [
                {
                  owner: 'contoso',
                  repo: 'hld',
                  number: Number(pr),
                  head: 'DEPLOY/x',
                  base: 'main',
                  title: 't',
                  body: '',
                  labels: [],
                  reviewers: [],
                },
              ],
              statuses: {
                [sha]: [
                  { context: 'build', status: { passed: 'success', pending: 'pending', failed: 'failure' }[build] },
                ],
              },
              reviews: { [pr]: approvedBy.map((login) => ({ login, state: 'APPROVED' })) },
            }),
        },
        stop: () => api.stop(),
      };
    },
  },
];
