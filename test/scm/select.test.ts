import { RingwayError, UsageError } from '../../lib/errors.js';
import type { GitRepo } from '../../lib/git/repo.js';
import { AzureDevOpsProvider } from '../../lib/scm/azure-devops.js';
import { GitHubProvider } from '../../lib/scm/github.js';
import { GiteaProvider } from '../../lib/scm/gitea.js';
import { GitLabProvider } from '../../lib/scm/gitlab.js';
import { LocalMergeProvider } from '../../lib/scm/local.js';
import { providerFor, pullRequestForge, reviewForge, signalsFor } from '../../lib/scm/select.js';

const thrown = (fn: () => unknown): RingwayError => {
  try {
    fn();
  } catch (err) {
    return err as RingwayError;
  }
  throw new Error('did not throw');
};

describe('pullRequestForge', () => {
  test.each([
    ['https://github.com/org/hld.git', 'github'],
    ['https://api.github.com/repos/org/hld', 'github'],
    ['https://dev.azure.com/org/project/_git/hld', 'azure-devops'],
    ['https://org.visualstudio.com/project/_git/hld', 'azure-devops'],
    ['https://ssh.dev.azure.com/v3/org/project/hld', 'azure-devops'],
    ['https://gitlab.com/group/subgroup/hld.git', 'gitlab'],
  ])('auto reads %s as %s', (url, forge) => expect(pullRequestForge('auto', url)).toBe(forge));

  test('a named provider wins over the URL; an empty one is auto', () => {
    expect(pullRequestForge('local', 'https://github.com/org/hld')).toBe('local');
    expect(pullRequestForge('github', 'https://git.example/org/hld')).toBe('github');
    expect(pullRequestForge('', 'https://github.com/org/hld')).toBe('github');
  });

  test('a URL of no known forge needs the provider named', () => {
    for (const url of ['https://git.example/org/hld', '/srv/git/hld.git', 'git@github.com:org/hld.git'])
      expect(() => pullRequestForge('auto', url)).toThrow(
        new UsageError(
          `cannot tell the pull request provider of ${url}; name it: github, azure-devops, gitlab, gitea, forgejo or local`,
        ),
      );
    // A look-alike host is not GitHub.
    expect(() => pullRequestForge('auto', 'https://github.com.evil.example/o/r')).toThrow(UsageError);
  });

  test('an unknown provider is refused with the choices', () => {
    expect(() => pullRequestForge('gitlub', 'https://github.com/o/r')).toThrow(
      new UsageError(
        "the pull request provider must be one of auto, github, azure-devops, gitlab, gitea, forgejo, local, got 'gitlub'",
      ),
    );
  });
});

describe('Gitea and Forgejo', () => {
  test('never guessed from a host (self-hosted servers have no documented sign, not even gitea.com or codeberg.org): named, with api-url', () => {
    for (const url of ['https://gitea.com/o/r', 'https://codeberg.org/o/r', 'https://gitea.corp.example/o/r'])
      expect(() => pullRequestForge('auto', url)).toThrow(/^cannot tell the pull request provider of /);
    expect(pullRequestForge('forgejo', 'https://codeberg.org/o/r')).toBe('forgejo');
    expect(reviewForge('forgejo', 'https://codeberg.org/o/r')).toBe('gitea');
    const repo = {} as GitRepo;
    for (const provider of ['gitea', 'forgejo'])
      expect(
        providerFor({
          provider,
          url: 'https://codeberg.org/o/r.git',
          apiUrl: 'https://codeberg.org/api/v1',
          token: 't',
          repo,
        }),
      ).toBeInstanceOf(GiteaProvider);
  });
});

describe('reviewForge', () => {
  test('github or azure-devops, named or from the URL', () => {
    expect(reviewForge('auto', 'https://github.com/o/r')).toBe('github');
    expect(reviewForge('azure-devops', 'https://git.example/o/r')).toBe('azure-devops');
    expect(reviewForge('gitlab', 'https://git.example/o/r')).toBe('gitlab');
  });

  test('a forge without checks or reviews is refused', () => {
    expect(() => reviewForge('local', 'https://github.com/o/r')).toThrow(
      new UsageError('local has no commit checks or reviews; use github, azure-devops, gitlab, gitea or forgejo'),
    );
    expect(() => reviewForge('auto', 'https://git.example/o/r')).toThrow(
      new UsageError(
        'cannot tell the forge of https://git.example/o/r; name it: github, azure-devops, gitlab, gitea or forgejo',
      ),
    );
  });
});

describe('providerFor and signalsFor', () => {
  const repo = {} as GitRepo;
  const base = { apiUrl: '', token: 't0ken', repo };

  test('build the provider of the forge', () => {
    expect(providerFor({ ...base, provider: 'auto', url: 'https://github.com/o/r' })).toBeInstanceOf(GitHubProvider);
    expect(providerFor({ ...base, provider: 'auto', url: 'https://dev.azure.com/o/p/_git/r' })).toBeInstanceOf(
      AzureDevOpsProvider,
    );
    expect(providerFor({ ...base, provider: 'local', url: '/srv/git/hld.git' })).toBeInstanceOf(LocalMergeProvider);
    expect(providerFor({ ...base, provider: 'auto', url: 'https://gitlab.com/g/sub/r.git' })).toBeInstanceOf(
      GitLabProvider,
    );
    expect(
      signalsFor({ ...base, provider: 'gitlab', url: 'https://git.corp.example/g/r', input: 'checks-repo' }),
    ).toBeInstanceOf(GitLabProvider);
    expect(signalsFor({ ...base, provider: 'auto', url: 'https://github.com/o/r', input: 'app-repo' })).toBeInstanceOf(
      GitHubProvider,
    );
  });

  test('a repository URL the forge cannot read names the input it came from', () => {
    const err = thrown(() => providerFor({ ...base, provider: 'github', url: 'https://github.com/only-owner' }));
    expect(err.input).toBe('hld-repo');
    expect(err.message).toMatch(/^input 'hld-repo': 'https:\/\/github.com\/only-owner' is not a GitHub repository URL/);
    const err2 = thrown(() =>
      signalsFor({ ...base, provider: 'github', url: 'https://github.com/a/b/c', input: 'app-repo' }),
    );
    expect(err2.input).toBe('app-repo');
  });
});
