import { parseArgs } from '../../lib/hosts/cli-args.js';
import { readBuildMetadata } from '../../lib/hosts/build-metadata.js';
import { clearSecrets, redact, registerSecret } from '../../lib/secrets.js';
import { Inputs } from '../../lib/steps/inputs.js';
import { camelCase, envName } from '../../lib/steps/names.js';
import type { StepDef } from '../../lib/steps/types.js';

const step: StepDef = {
  name: 'demo-step',
  title: 'Demo',
  description: 'd',
  azureTaskId: '00000000-0000-4000-8000-000000000000',
  inputs: [
    { name: 'image-tag', description: 't', required: true },
    { name: 'set', description: 's', kind: 'multiline' },
    { name: 'rings', description: 'r', kind: 'list', default: 'dev,staging,prod' },
    { name: 'pull-request', description: 'p', kind: 'boolean', default: 'true' },
    { name: 'provider', description: 'p', options: ['auto', 'github'], default: 'auto' },
    { name: 'token', description: 'k', secret: true },
  ],
  outputs: [],
  run: async () => ({}),
};

test('a path input longer than file systems take is refused by name before any file call (not ENAMETOOLONG)', () => {
  const paths = { inputs: [{ name: 'output', description: 'o', path: true }] };
  const at = (v: string) => () => Inputs.of(paths, { output: v });
  expect(at(`out/${'x'.repeat(256)}/y`)).toThrow(
    "input 'output': a part of the path is 256 bytes long; file and folder names are at most 255",
  );
  expect(at(`${'d/'.repeat(2100)}x`)).toThrow("input 'output': the path is longer than 4096 bytes");
  expect(Inputs.of(paths, { output: `out/${'x'.repeat(255)}` }).string('output')).toBe(`out/${'x'.repeat(255)}`);
});

test('names: kebab in, camelCase for Azure, RINGWAY_ env', () => {
  expect(camelCase('image-tag')).toBe('imageTag');
  expect(camelCase('p1')).toBe('p1');
  expect(envName('image-tag')).toBe('RINGWAY_IMAGE_TAG');
});

test('flags: --a b, --a=b, booleans, --no-x, repeated multiline flags', () => {
  const specs = [{ name: 'image-tag' }, { name: 'pull-request', boolean: true }, { name: 'set', repeatable: true }];
  const { flags } = parseArgs(['--image-tag', 'v1', '--set', 'a=1', '--set=b=2', '--no-pull-request'], specs);
  expect(Object.fromEntries(flags)).toEqual({ 'image-tag': 'v1', set: 'a=1\nb=2', 'pull-request': 'false' });
  expect(parseArgs(['--pull-request'], specs).flags.get('pull-request')).toBe('true');
  expect(parseArgs(['--pull-request', 'false'], specs).flags.get('pull-request')).toBe('false');
  expect(() => parseArgs(['--image-tag'], specs)).toThrow('option --image-tag needs a value');
  expect(() => parseArgs(['--imagetag', 'x'], specs)).toThrow('unknown option --imagetag');
});

test('inputs: defaults, env fallback, kinds and validation name the input', () => {
  const inputs = Inputs.resolve(step, (d) => ({ set: 'a=1\n\n b=2 \n' })[d.name], { RINGWAY_IMAGE_TAG: 'master-42' });
  expect(inputs.string('image-tag')).toBe('master-42');
  expect(inputs.lines('set')).toEqual(['a=1', 'b=2']);
  expect(inputs.list('rings')).toEqual(['dev', 'staging', 'prod']);
  expect(inputs.boolean('pull-request')).toBe(true);
  expect(() => Inputs.resolve(step, () => undefined, {})).toThrow("input 'image-tag' is required");
  expect(() => Inputs.of(step, { 'image-tag': 'x', 'pull-request': 'maybe' })).toThrow(
    "input 'pull-request' must be true or false, got 'maybe'",
  );
  expect(() => Inputs.of(step, { 'image-tag': 'x', provider: 'gitlab' })).toThrow(
    "input 'provider' must be one of auto, github, got 'gitlab'",
  );
});

test('secret inputs are redacted from any later text, also in Basic-auth form', () => {
  clearSecrets();
  Inputs.of(step, { 'image-tag': 'x', token: 'ghp_abcdef123456' });
  expect(redact('token ghp_abcdef123456 here')).toBe('token *** here');
  registerSecret('s3cret-value');
  const basic = Buffer.from('x-access-token:s3cret-value').toString('base64');
  expect(redact(`AUTHORIZATION: basic ${basic}`)).toBe('AUTHORIZATION: basic ***');
});

test('build metadata comes from GitHub, Azure or RINGWAY_BUILD_* variables', () => {
  const gh = readBuildMetadata({
    GITHUB_ACTIONS: 'true',
    GITHUB_SHA: 'abc',
    GITHUB_REF_NAME: 'main',
    GITHUB_RUN_ID: '9',
    GITHUB_RUN_NUMBER: '3',
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SERVER_URL: 'https://github.com',
  });
  expect(gh).toMatchObject({
    orchestrator: 'github',
    commit: 'abc',
    branch: 'main',
    buildId: '9',
    buildNumber: '3',
    buildUrl: 'https://github.com/o/r/actions/runs/9',
    repositoryUrl: 'https://github.com/o/r',
  });
  const az = readBuildMetadata({
    TF_BUILD: 'True',
    BUILD_SOURCEVERSION: 'def',
    BUILD_SOURCEBRANCH: 'refs/heads/feature/x',
    BUILD_BUILDID: '1234',
    BUILD_BUILDNUMBER: '20200318.1',
    SYSTEM_COLLECTIONURI: 'https://dev.azure.com/org/',
    SYSTEM_TEAMPROJECT: 'My Project',
  });
  expect(az).toMatchObject({
    orchestrator: 'azure',
    commit: 'def',
    branch: 'feature/x',
    buildId: '1234',
    buildNumber: '20200318.1',
    buildUrl: 'https://dev.azure.com/org/My%20Project/_build/results?buildId=1234',
  });
  const other = readBuildMetadata({ RINGWAY_BUILD_COMMIT: 'f00', RINGWAY_BUILD_ID: '7' });
  expect(other).toMatchObject({ orchestrator: 'other', commit: 'f00', buildId: '7', buildNumber: '7' });
});
