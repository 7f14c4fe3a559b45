import { UsageError } from '../errors.js';
import type { GitRepo } from '../git/repo.js';
import { AzureDevOpsProvider, parseAzureUrl } from './azure-devops.js';
import { GitHubProvider, parseGitHubUrl } from './github.js';
import { LocalMergeProvider } from './local.js';
import type { PullRequestProvider } from './types.js';

export const PROVIDERS = ['auto', 'github', 'azure-devops', 'local'] as const;

/** The provider named by `provider`, or (auto) the one the repository URL belongs to. */
export function providerFor(opts: { provider: string; url: string; apiUrl: string; token: string; repo: GitRepo }): PullRequestProvider {
  let name = opts.provider || 'auto';
  if (name === 'auto') {
    let host = '';
    try {
      host = new URL(opts.url).hostname;
    } catch {
      // scp-like or file paths: no forge to guess
    }
    if (host === 'github.com' || /^api\.github\.com$/.test(host)) name = 'github';
    else if (/(^|\.)dev\.azure\.com$|\.visualstudio\.com$/.test(host)) name = 'azure-devops';
    else throw new UsageError(`input 'provider': cannot tell the pull request provider of ${opts.url}; set provider to github, azure-devops or local`);
  }
  switch (name) {
    case 'github':
      return new GitHubProvider(parseGitHubUrl(opts.url, opts.apiUrl), opts.token);
    case 'azure-devops':
      return new AzureDevOpsProvider(parseAzureUrl(opts.url, opts.apiUrl), opts.token);
    case 'local':
      return new LocalMergeProvider(opts.repo);
    default:
      throw new UsageError(`input 'provider' must be one of ${PROVIDERS.join(', ')}, got '${name}'`);
  }
}
