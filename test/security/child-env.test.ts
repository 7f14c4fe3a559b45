import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../lib/cli/main.js';
import { exec } from '../../lib/exec.js';
import { generate } from '../../lib/hld/generate.js';
import { tempDir, writeTree } from '../../stand-ins/git.js';

/**
 * Child processes never inherit our inputs: on GitHub and Azure every input (secrets too) is an
 * INPUT_* variable, on the CLI RINGWAY_* is the fallback for every input, and the runner adds its
 * own tokens. A hook, git or helm sees none of them.
 */
const CANARY = 'canary-secret-3b9f17e2';
const planted = {
  INPUT_TOKEN: CANARY,
  INPUT_REGISTRY_PASSWORD: CANARY,
  RINGWAY_TOKEN: CANARY,
  RINGWAY_CONNECTION_STRING: `AccountKey=${CANARY}`,
  ACTIONS_RUNTIME_TOKEN: CANARY,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: CANARY,
};

beforeEach(() => Object.assign(process.env, planted));
afterEach(() => {
  for (const k of Object.keys(planted)) delete process.env[k];
});

test('a child started through exec sees neither inputs nor runner tokens, but keeps PATH and HOME and what the caller passes', async () => {
  const r = await exec('sh', ['-c', 'env'], { env: { GIT_TERMINAL_PROMPT: '0' } });
  expect(r.stdout).not.toContain(CANARY);
  expect(r.stdout).not.toMatch(/^(INPUT_|RINGWAY_)/m);
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
