import { authorizationHeader, checkRepoUrl, displayUrl, gitAuthEnv } from '../../lib/git/auth.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');

test('GitHub and other servers get Basic x-access-token:<token>', () => {
  expect(authorizationHeader('https://github.com/o/r.git', 'ghs_abc')).toBe(
    `AUTHORIZATION: basic ${b64('x-access-token:ghs_abc')}`,
  );
  expect(authorizationHeader('https://ghe.example.com/o/r.git', 'tok')).toBe(
    `AUTHORIZATION: basic ${b64('x-access-token:tok')}`,
  );
});

test('Azure DevOps gets Basic :<PAT>, or Bearer for a System.AccessToken JWT', () => {
  expect(authorizationHeader('https://dev.azure.com/org/p/_git/hld', 'patvalue')).toBe(
    `AUTHORIZATION: basic ${b64(':patvalue')}`,
  );
  expect(authorizationHeader('https://org.visualstudio.com/p/_git/hld', 'patvalue')).toBe(
    `AUTHORIZATION: basic ${b64(':patvalue')}`,
  );
  const jwt = 'eyJhbGciOi.eyJzdWIiOi.sig-part_1';
  expect(authorizationHeader('https://dev.azure.com/org/p/_git/hld', jwt)).toBe(`AUTHORIZATION: bearer ${jwt}`);
});

test('the header reaches git only as command-scoped config in the environment, appended to existing entries', () => {
  const env = gitAuthEnv('https://github.com/o/r.git', 'tok123', { GIT_CONFIG_COUNT: '2' });
  expect(env).toMatchObject({ GIT_CONFIG_COUNT: '3', GIT_CONFIG_KEY_2: 'http.extraheader', GIT_TERMINAL_PROMPT: '0' });
  expect(env.GIT_CONFIG_VALUE_2).toBe(`AUTHORIZATION: basic ${b64('x-access-token:tok123')}`);
  expect(gitAuthEnv('https://github.com/o/r.git', undefined)).not.toHaveProperty('GIT_CONFIG_COUNT');
});

test('URLs with credentials are refused; display URLs never carry userinfo', () => {
  expect(() => checkRepoUrl('https://ghp_secret@github.com/o/r.git', 'hld-repo')).toThrow(
    "input 'hld-repo' must not contain credentials",
  );
  expect(checkRepoUrl(' file:///srv/hld.git ', 'hld-repo')).toBe('file:///srv/hld.git');
  expect(checkRepoUrl('git@github.com:o/r.git', 'hld-repo')).toBe('git@github.com:o/r.git');
  expect(displayUrl('https://u:p@example.com/r.git')).toBe('https://example.com/r.git');
});
