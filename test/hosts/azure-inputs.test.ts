// The Azure task, run as the agent runs it, with the agent's credentials in its environment: code
// from the HLD (a before-generate hook) runs in a child process and must see none of them. The
// task reads its inputs and the service connections it names before it removes them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, writeTree } from '../../stand-ins/git.js';
import { runAzureTask } from '../support/run-bundle.js';

const CANARY = 'canary-azure-6d1e0b7f3c';

const agentVariables = {
  INPUT_TOKEN: CANARY,
  ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN: CANARY,
  ENDPOINT_AUTH_SYSTEMVSSCONNECTION: JSON.stringify({ parameters: { AccessToken: CANARY }, scheme: 'OAuth' }),
  ENDPOINT_AUTH_5A0C7E2D: JSON.stringify({
    parameters: { username: 'u', password: CANARY },
    scheme: 'UsernamePassword',
  }),
  SECRET_REGISTRY_PASSWORD: CANARY,
  SECUREFILE_TICKET_9F3B: CANARY,
  VSTS_TASKVARIABLE_STATE: CANARY,
  VSTS_SECRET_VARIABLES: '["registry.password"]',
  VSTS_PUBLIC_VARIABLES: '["build.buildId"]',
  COMMAND_CORRELATION_ID: 'b6a4c1e0-1111-4d2e-9c3a-0f5e7d9a2b41',
  BUILD_BUILDID: '42',
};

test('Azure task: a child process inherits no input, service connection credential, secret variable or secure file ticket', async () => {
  const out = join(tempDir(), 'env.txt');
  const hld = writeTree({ 'component.yaml': `name: root\nhooks:\n  before-generate:\n    - env > ${out}\n` });
  const r = await runAzureTask(
    'generate',
    { hld, output: join(tempDir(), 'out'), 'cache-dir': tempDir() },
    agentVariables,
  );
  expect(r.result).toBe('Succeeded');
  const env = readFileSync(out, 'utf8');
  expect(env).not.toContain(CANARY);
  expect(env).not.toMatch(
    /^(INPUT_|ENDPOINT_AUTH_|SECRET_|SECUREFILE_TICKET_|VSTS_TASKVARIABLE_|VSTS_SECRET_VARIABLES|VSTS_PUBLIC_VARIABLES|COMMAND_CORRELATION_ID)/m,
  );
  // The rest of the agent's environment is still there for tools that need it.
  expect(env).toMatch(/^BUILD_BUILDID=42$/m);
  expect(env).toMatch(/^PATH=/m);
  expect(r.stdout).not.toContain(CANARY);
});
