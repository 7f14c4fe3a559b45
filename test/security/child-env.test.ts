import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../lib/cli/main.js';
import { exec } from '../../lib/exec.js';
import { AccessTokens } from '../../lib/git/access-tokens.js';
import { generate } from '../../lib/hld/generate.js';
import { clearSecrets, registerSecret } from '../../lib/secrets.js';
import { tempDir, writeTree } from '../../stand-ins/git.js';

/**
 * Child processes never inherit our inputs: on GitHub and Azure every input (secrets too) is an
 * INPUT_* variable, on the CLI RINGWAY_* is the fallback for every input, and the runner adds its
 * own tokens (ACTIONS_*, a mapped GITHUB_TOKEN or SYSTEM_ACCESSTOKEN). A hook, git or helm sees
 * none of them, nor any variable holding a secret ringway registered.
 */
const CANARY = 'canary-secret-3b9f17e2';
const planted = {
  INPUT_TOKEN: CANARY,
  INPUT_REGISTRY_PASSWORD: CANARY,
  'INPUT_JOB-TOKEN': CANARY,
  RINGWAY_TOKEN: CANARY,
  RINGWAY_CONNECTION_STRING: `AccountKey=${CANARY}`,
  ACTIONS_RUNTIME_TOKEN: CANARY,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: CANARY,
  ACTIONS_ID_TOKEN_REQUEST_URL: `https://token.actions.example/?canary=${CANARY}`,
  // Azure: System.AccessToken mapped by the pipeline, a service connection, a secret variable.
  SYSTEM_ACCESSTOKEN: CANARY,
  ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN: CANARY,
  SECRET_HLD_PAT: CANARY,
  // GitHub: the job token mapped into the step's environment by the workflow.
  GITHUB_TOKEN: CANARY,
};

beforeEach(() => Object.assign(process.env, planted));
afterEach(() => {
  for (const k of Object.keys(planted)) delete process.env[k];
  clearSecrets();
});

test('a child started through exec sees neither inputs nor runner tokens, but keeps PATH and HOME and what the caller passes', async () => {
  const r = await exec('sh', ['-c', 'env'], { env: { GIT_TERMINAL_PROMPT: '0' } });
  expect(r.stdout).not.toContain(CANARY);
  expect(r.stdout).not.toMatch(/^(INPUT_|RINGWAY_|ACTIONS_|SYSTEM_ACCESSTOKEN|GITHUB_TOKEN|ENDPOINT_AUTH_|SECRET_)/m);
  expect(r.stdout).toMatch(/^PATH=/m);
  expect(r.stdout).toMatch(/^HOME=/m);
  expect(r.stdout).toMatch(/^GIT_TERMINAL_PROMPT=0$/m);
});

test('an HLD hook (code from the HLD) runs without them', async () => {
  const out = join(tempDir(), 'env.txt');
  const hld = writeTree({ 'component.yaml': `name: root\nhooks:\n  before-generate:\n    - env > ${out}\n` });
  await generate({ hld, environments: [[]], cacheDir: tempDir() });
  const env = readFileSync(out, 'utf8');
  expect(env).not.toContain(CANARY);
  expect(env).toMatch(/^PATH=/m);
});

test('a variable holding a secret ringway knows (a step input, an access-tokens variable) stays out too, under any name', async () => {
  process.env.MY_COPY_OF_THE_TOKEN = 'token-given-twice-0f3a9c';
  process.env.DEPLOY_URL = 'https://user:token-given-twice-0f3a9c@example.test/';
  process.env.SHORT_NAME = 'web';
  try {
    registerSecret('token-given-twice-0f3a9c');
    registerSecret('web'); // a short secret takes out only a variable equal to it
    const r = await exec('sh', ['-c', 'env']);
    expect(r.stdout).not.toContain('token-given-twice-0f3a9c');
    expect(r.stdout).not.toMatch(/^SHORT_NAME=/m);
    expect(r.stdout).toMatch(/^PATH=/m);
  } finally {
    delete process.env.MY_COPY_OF_THE_TOKEN;
    delete process.env.DEPLOY_URL;
    delete process.env.SHORT_NAME;
  }
});

test("generate with access-tokens: the hooks never see the author's token variable", async () => {
  const out = join(tempDir(), 'env.txt');
  process.env.HLD_PAT = 'hld-pat-for-components-77e1';
  try {
    const hld = writeTree({ 'component.yaml': `name: root\nhooks:\n  before-generate:\n    - env > ${out}\n` });
    await generate({
      hld,
      environments: [[]],
      cacheDir: tempDir(),
      access: AccessTokens.parse(['HLD_PAT=github.com']),
    });
    const env = readFileSync(out, 'utf8');
    expect(env).not.toContain('hld-pat-for-components-77e1');
    expect(env).not.toContain(CANARY);
  } finally {
    delete process.env.HLD_PAT;
  }
});

test('a secret given as a CLI flag: one warning naming the flag and the variable to use, never the value', async () => {
  const written: string[] = [];
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    const code = await main([
      'push-manifests',
      '--token',
      CANARY,
      '--manifest-repo',
      '--upload-pack=x',
      '--source',
      tempDir(),
    ]);
    expect(code).toBe(2);
  } finally {
    spy.mockRestore();
  }
  const text = written.join('');
  expect(text).not.toContain(CANARY);
  expect(text.match(/warning: /g)).toHaveLength(1);
  expect(text).toContain(
    'warning: --token on the command line can be read by other users of this machine (ps); set RINGWAY_TOKEN in the environment instead',
  );
});
