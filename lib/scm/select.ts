import { UsageError, withInput } from '../errors.js';
import { isAzureDevOpsHost } from '../git/auth.js';
import type { GitRepo } from '../git/repo.js';
import { AzureDevOpsProvider, parseAzureUrl } from './azure-devops.js';
import { GitHubProvider, parseGitHubUrl } from './github.js';
import { GiteaProvider, parseGiteaUrl } from './gitea.js';
import { GitLabProvider, isGitLabHost, parseGitLabUrl } from './gitlab.js';
import { LocalMergeProvider } from './local.js';
import type { PullRequestProvider, ReviewSignals } from './types.js';

export const PROVIDERS = ['auto', 'github', 'azure-devops', 'gitlab', 'gitea', 'forgejo', 'local'] as const;

/**
 * The pull request provider `provider` names, or (auto) the one the repository URL belongs to.
 * Errors name the provider; the step adds its input.
 */
export function pullRequestForge(provider: string, url: string): string {
  const name = forgeOf(provider, url, 'pull request provider', 'github, azure-devops, gitlab, gitea, forgejo or local');
  if (!(PROVIDERS as readonly string[]).includes(name))
    throw new UsageError(`the pull request provider must be one of ${PROVIDERS.join(', ')}, got '${name}'`);
  return name;
}

/** The provider of `provider`, or of the URL, built with the repository and token (whose errors name them). */
export function providerFor(opts: {
  provider: string;
  url: string;
  apiUrl: string;
  token: string;
  repo: GitRepo;
}): PullRequestProvider {
  const name = pullRequestForge(opts.provider, opts.url);
  switch (name) {
    case 'github':
      return new GitHubProvider(
        withInput('hld-repo', () => parseGitHubUrl(opts.url, opts.apiUrl)),
        opts.token,
      );
    case 'azure-devops':
      return new AzureDevOpsProvider(
        withInput('hld-repo', () => parseAzureUrl(opts.url, opts.apiUrl)),
        opts.token,
      );
    case 'gitlab':
      return new GitLabProvider(
        withInput('hld-repo', () => parseGitLabUrl(opts.url, opts.apiUrl)),
        opts.token,
      );
    case 'gitea':
    case 'forgejo': // Forgejo serves Gitea's API (/api/v1)
      return new GiteaProvider(
        withInput('hld-repo', () => parseGiteaUrl(opts.url, opts.apiUrl)),
        opts.token,
      );
    default: // 'local': pullRequestForge lets nothing else through
      return new LocalMergeProvider(opts.repo);
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
  if (isGitLabHost(host)) return 'gitlab';
  throw new UsageError(`cannot tell the ${what} of ${url}; name it: ${choices}`);
}

/** The forge with checks and reviews that `provider` names, or (auto) the one the URL belongs to. */
export function reviewForge(provider: string, url: string): 'github' | 'azure-devops' | 'gitlab' | 'gitea' {
  const name = forgeOf(provider, url, 'forge', 'github, azure-devops, gitlab, gitea or forgejo');
  if (name === 'forgejo') return 'gitea'; // Forgejo serves Gitea's API (/api/v1)
  if (name !== 'github' && name !== 'azure-devops' && name !== 'gitlab' && name !== 'gitea')
    throw new UsageError(`${name} has no commit checks or reviews; use github, azure-devops, gitlab, gitea or forgejo`);
  return name;
}

/** Checks and reviews of a repository on GitHub, Azure DevOps, GitLab or Gitea/Forgejo (a local repository has neither). */
export function signalsFor(opts: {
  provider: string;
  url: string;
  apiUrl: string;
  token: string;
  input: string;
}): ReviewSignals {
  const forge = reviewForge(opts.provider, opts.url);
  if (forge === 'gitea')
    return new GiteaProvider(
      withInput(opts.input, () => parseGiteaUrl(opts.url, opts.apiUrl)),
      opts.token,
    );
  if (forge === 'gitlab')
    return new GitLabProvider(
      withInput(opts.input, () => parseGitLabUrl(opts.url, opts.apiUrl)),
      opts.token,
    );
  return forge === 'github'
    ? new GitHubProvider(
        withInput(opts.input, () => parseGitHubUrl(opts.url, opts.apiUrl)),
        opts.token,
      )
    : new AzureDevOpsProvider(
        withInput(opts.input, () => parseAzureUrl(opts.url, opts.apiUrl)),
        opts.token,
      );
}
