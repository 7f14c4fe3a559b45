import { UsageError } from '../errors.js';
import { isAzureDevOpsHost } from '../git/auth.js';
import type { GitRepo } from '../git/repo.js';
import { AzureDevOpsProvider, parseAzureUrl } from './azure-devops.js';
import { GitHubProvider, parseGitHubUrl } from './github.js';
import { LocalMergeProvider } from './local.js';
import type { PullRequestProvider, ReviewSignals } from './types.js';

export const PROVIDERS = ['auto', 'github', 'azure-devops', 'local'] as const;

/** The provider named by `provider`, or (auto) the one the repository URL belongs to. */
export function providerFor(opts: { provider: string; url: string; apiUrl: string; token: string; repo: GitRepo }): PullRequestProvider {
  const name = forgeOf(opts.provider, opts.url, 'pull request provider', 'github, azure-devops or local');
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

/** The forge a URL belongs to, unless `provider` names one. */
function forgeOf(provider: string, url: string, what: string, choices: string): string {
  if (provider && provider !== 'auto') return provider;
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // scp-like or file paths: no forge to guess
  }
  if (host === 'github.com' || /^api\.github\.com$/.test(host)) return 'github';
  if (isAzureDevOpsHost(host)) return 'azure-devops';
  throw new UsageError(`input 'provider': cannot tell the ${what} of ${url}; set provider to ${choices}`);
}

/** Checks and reviews of a repository on GitHub or Azure DevOps (a local repository has neither). */
export function signalsFor(opts: { provider: string; url: string; apiUrl: string; token: string; input: string }): ReviewSignals {
  const name = forgeOf(opts.provider, opts.url, 'forge', 'github or azure-devops');
  switch (name) {
    case 'github':
      return new GitHubProvider(parseGitHubUrl(opts.url, opts.apiUrl, opts.input), opts.token);
    case 'azure-devops':
      return new AzureDevOpsProvider(parseAzureUrl(opts.url, opts.apiUrl, opts.input), opts.token);
    default:
      throw new UsageError(`input 'provider': ${name} has no commit checks or reviews; use github or azure-devops`);
  }
}
