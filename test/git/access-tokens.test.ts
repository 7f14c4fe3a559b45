import { AccessTokens } from '../../lib/git/access-tokens.js';
import { clearSecrets, redact } from '../../lib/secrets.js';

// Which token goes to which host for remote HLD components is the pipeline author's choice
// (`access-tokens`); access.yaml may only pick among what the author allowed.

const env = {
  HLD_PAT: 'hld-pat-7c1e0a99',
  CHARTS_PAT: 'charts-pat-2b8d4f11',
  GITHUB_TOKEN: 'ghs_mapped_by_author_01',
  SYSTEM_ACCESSTOKEN: 'eyJhbGciOi.job.token',
};

afterEach(() => clearSecrets());

test('a listed variable goes to the hosts listed for it, for the source access.yaml names it for, and nowhere else', () => {
  const a = AccessTokens.parse(['HLD_PAT=dev.azure.com', 'CHARTS_PAT=github.com', 'CHARTS_PAT=127.0.0.1:8080'], env);
  const azure = 'https://dev.azure.com/contoso/hld/_git/shared';
  expect(a.refusal('HLD_PAT', azure)).toBeUndefined();
  expect(a.tokenFor(azure, 'HLD_PAT')).toBe(env.HLD_PAT);
  // access.yaml naming an allowed variable for another host: ignored, with the reason.
  expect(a.refusal('HLD_PAT', 'https://evil.example/x.git')).toBe(
    "the step's input 'access-tokens' allows HLD_PAT only for dev.azure.com, not for evil.example",
  );
  expect(a.tokenFor('https://evil.example/x.git', 'HLD_PAT')).toBeUndefined();
  // A variable the author did not list is never read, whatever the environment holds.
  expect(a.refusal('SYSTEM_ACCESSTOKEN', azure)).toBe(
    "the step's input 'access-tokens' does not list SYSTEM_ACCESSTOKEN",
  );
  expect(a.tokenFor(azure, 'SYSTEM_ACCESSTOKEN')).toBe(env.HLD_PAT); // the author's choice for that host instead
  // A variable listed for several hosts; host:port exact, a bare name on any port.
  expect(a.tokenFor('http://127.0.0.1:8080/c.git')).toBe(env.CHARTS_PAT);
  expect(a.tokenFor('http://127.0.0.1:8081/c.git')).toBeUndefined();
  expect(a.tokenFor('https://github.com:8443/o/c.git')).toBe(env.CHARTS_PAT);
  // Without an access.yaml entry: the first variable the author listed for the host.
  expect(a.tokenFor(azure)).toBe(env.HLD_PAT);
  // Never over ssh or to a local path (no Authorization header there), nor for a URL git reads differently.
  expect(a.tokenFor('git@dev.azure.com:v3/contoso/hld/shared', 'HLD_PAT')).toBeUndefined();
  expect(a.tokenFor('/srv/git/shared.git', 'HLD_PAT')).toBeUndefined();
  expect(a.tokenFor('https://dev.azure.com\\@evil.example/x.git', 'HLD_PAT')).toBeUndefined();
  // The values are secrets from the moment they are read.
  expect(redact(`x ${env.HLD_PAT} ${env.CHARTS_PAT}`)).toBe('x *** ***');
});

test('no access-tokens input: no token for any source, whatever access.yaml names', () => {
  const a = AccessTokens.none();
  expect(a.tokenFor('https://github.com/o/r.git', 'HLD_PAT')).toBeUndefined();
  expect(a.refusal('RINGWAY_TOKEN', 'http://127.0.0.1:9/x.git')).toBe(
    "the step's input 'access-tokens' does not list RINGWAY_TOKEN",
  );
});

test('runner credentials cannot be listed; GITHUB_TOKEN only because the author maps it; a listed variable that is not set sends nothing', () => {
  for (const name of [
    'SYSTEM_ACCESSTOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'INPUT_TOKEN',
    'ENDPOINT_AUTH_X',
    'SECRET_PAT',
  ])
    expect(() => AccessTokens.parse([`${name}=dev.azure.com`], env)).toThrow(
      `${name} is the runner's own credential or a step input, never sent for access.yaml: map the token into a variable of your own (env: HLD_PAT: …) and list that`,
    );
  const mapped = AccessTokens.parse(['GITHUB_TOKEN=github.com'], env);
  expect(mapped.tokenFor('https://github.com/o/r.git', 'GITHUB_TOKEN')).toBe(env.GITHUB_TOKEN);
  const unset = AccessTokens.parse(['MISSING_PAT=github.com'], env);
  expect(unset.unset()).toEqual(['MISSING_PAT']);
  expect(unset.isSet('MISSING_PAT')).toBe(false);
  expect(unset.tokenFor('https://github.com/o/r.git', 'MISSING_PAT')).toBeUndefined();
});

test('malformed entries: one line naming the entry', () => {
  expect(() => AccessTokens.parse(['github.com'], env)).toThrow("entry 'github.com' is not VARIABLE=host");
  expect(() => AccessTokens.parse(['HLD-PAT=github.com'], env)).toThrow(
    "entry 'HLD-PAT=github.com' is not VARIABLE=host",
  );
  expect(() => AccessTokens.parse(['HLD_PAT='], env)).toThrow("entry 'HLD_PAT=' names no host");
  expect(() => AccessTokens.parse(['HLD_PAT=not a host'], env)).toThrow("'not a host' is not a host name");
});
