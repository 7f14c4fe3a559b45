/**
 * Credentials never travel in a repository URL: userinfo and token-like query parameters are
 * refused with a line naming the input (or the record) that never shows them, and they are
 * registered as secrets before anything could print them.
 */
import { UsageError } from '../../lib/errors.js';
import { checkBranch, checkRepoInput, checkRepoUrl } from '../../lib/git/validate.js';
import { clearSecrets, redact } from '../../lib/secrets.js';
import { repositoryInput } from '../../lib/steps/record-deployment.js';

const SECRET = 'glpat-UrlSecret0123456789';
const refusal = (f: () => unknown): UsageError => {
  try {
    f();
  } catch (err) {
    return err as UsageError;
  }
  throw new Error('not refused');
};

beforeEach(() => clearSecrets());

test.each([
  [`https://gitlab.example.com/g/hld.git?private_token=${SECRET}`, "query parameter 'private_token'"],
  [`https://example.com/o/hld.git?ref=main&access_token=${SECRET}#x`, "query parameter 'access_token'"],
  [`https://example.com/o/hld.git?x=1&Token=${encodeURIComponent(SECRET)}`, "query parameter 'Token'"],
  [`https://x-access-token:${SECRET}@github.com/o/hld.git`, 'userinfo'],
  [`https://${SECRET}@github.com/o/hld.git`, 'userinfo'],
  [`ssh://git:${SECRET}@example.com/o/hld.git`, 'userinfo'],
])('%s is refused, naming the input and where the credential is, never the credential', (url, where) => {
  const err = refusal(() => checkRepoInput(url, 'hld-repo'));
  expect(err).toBeInstanceOf(UsageError);
  expect(err.input).toBe('hld-repo');
  expect(err.message).toBe(
    `input 'hld-repo' must not contain credentials (${where}); pass the token in the 'token' input`,
  );
  expect(redact(`echo ${url}`)).not.toContain(SECRET);
});

test('a URL refused for another reason is shown without its userinfo or query', () => {
  const what = 'the manifest repository recorded in the deployment table';
  const http = refusal(() => checkRepoUrl(`http://example.com/x.git?q=${SECRET}`, what));
  expect(http.message).toBe(
    `${what}: 'http://example.com/x.git?…' is not a repository URL git may be given: plain http is only accepted for this machine (localhost); use https`,
  );
  expect(refusal(() => checkRepoUrl(`ftp://git@example.com/x.git?q=${SECRET}`, 'hld-repo')).message).toContain(
    "'ftp://***@example.com/x.git?…'",
  );
  expect(refusal(() => checkRepoUrl(`ftp://u:${SECRET}@example.com/x.git`, what)).message).not.toContain(SECRET);
});

test('a query without credentials and an ssh user are still repository URLs', () => {
  expect(checkRepoUrl('https://example.com/o/hld.git?ref=main', 'hld-repo')).toBe(
    'https://example.com/o/hld.git?ref=main',
  );
  expect(checkRepoUrl('ssh://git@example.com/o/hld.git', 'hld-repo')).toBe('ssh://git@example.com/o/hld.git');
  expect(checkRepoUrl('git@github.com:o/hld.git', 'hld-repo')).toBe('git@github.com:o/hld.git');
});

test("record-deployment's 'repository': credentials refused before any row is written; Azure Repos' organisation user name dropped", () => {
  expect(refusal(() => repositoryInput(`https://user:${SECRET}@github.com/o/r`)).message).toBe(
    "input 'repository' must not contain credentials (userinfo); pass the token in the 'token' input",
  );
  expect(refusal(() => repositoryInput(`https://github.com/o/r?access_token=${SECRET}`)).input).toBe('repository');
  expect(refusal(() => repositoryInput('--upload-pack=touch /tmp/x')).input).toBe('repository');
  // Build.Repository.Uri as Azure Pipelines gives it: the user name is the organisation, not a secret.
  expect(repositoryInput('https://Fabrikam@dev.azure.com/fabrikam/web/_git/frontend')).toBe(
    'https://dev.azure.com/fabrikam/web/_git/frontend',
  );
  expect(refusal(() => repositoryInput(`https://${SECRET}@dev.azure.com/fabrikam/web/_git/frontend`)).input).toBe(
    'repository',
  );
  expect(repositoryInput('')).toBe('');
});

test("'HEAD' is never a branch (git keeps it for the checked-out commit), in short or full form", () => {
  for (const v of ['HEAD', 'refs/heads/HEAD'])
    expect(refusal(() => checkBranch(v, 'branch')).message).toBe(
      "input 'branch': 'HEAD' is not a branch name (git keeps it for the checked-out commit)",
    );
  expect(checkBranch('refs/heads/main', 'branch')).toBe('main');
});
