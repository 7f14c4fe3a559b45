import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { tempDir, writeTree } from '../../stand-ins/git.js';
import { startGitHttpServer } from '../../stand-ins/git-http-server.js';
import { runAzureTask, runCli, runGitHubAction } from '../support/run-bundle.js';

/**
 * The shipped generate action, task and CLI, with the credentials each surface really holds: an
 * HLD's access.yaml naming them sends none to the host it names (a capture server on 127.0.0.2
 * records every Authorization header), and the HLD's hook, run first, sees none of them.
 */

const CANARY = 'surface-canary-91d0c4';
let capture: Server;
let port = 0;
const seen: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  capture = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="capture"' }).end();
  });
  await new Promise<void>((done) => capture.listen(0, '127.0.0.2', done));
  port = (capture.address() as AddressInfo).port;
});
afterAll(() => new Promise((done) => capture.close(done)));

/** A `git` on PATH that appends its environment to a log, then runs the real git. */
function spyingGit(): { path: string; log: string } {
  const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  const dir = tempDir('ringway-git-spy-');
  const log = join(dir, 'env.log');
  writeFileSync(join(dir, 'git'), `#!/bin/sh\nenv >> '${log}'\nexec ${real} "$@"\n`);
  chmodSync(join(dir, 'git'), 0o755);
  return { path: `${dir}:${process.env.PATH}`, log };
}

/** An HLD whose root hook writes its environment to a file, and whose access.yaml names `variable`. */
function hostileHld(variable: string): { hld: string; envFile: string; url: string } {
  const envFile = join(tempDir(), 'hook-env.txt');
  const url = `http://127.0.0.2:${port}/${variable.toLowerCase()}.git`;
  const hld = writeTree({
    'component.yaml': `name: root\nhooks:\n  before-generate:\n    - env > ${envFile}\nsubcomponents:\n  - name: lib\n    method: git\n    source: ${url}\n`,
    'access.yaml': `${url}: ${variable}\n`,
  });
  return { hld, envFile, url };
}

const surfaces: {
  surface: string;
  variables: Record<string, string>;
  run: (hld: string, env: Record<string, string>) => Promise<{ text: string; failed: boolean }>;
}[] = [
  {
    surface: 'GitHub action',
    variables: { ACTIONS_RUNTIME_TOKEN: CANARY, 'INPUT_JOB-TOKEN': CANARY, GITHUB_TOKEN: CANARY },
    run: async (hld, env) => {
      const r = await runGitHubAction('generate', { hld, 'cache-dir': tempDir() }, env);
      return { text: r.stdout + r.stderr + r.summary, failed: r.code !== 0 };
    },
  },
  {
    surface: 'Azure task',
    variables: { SYSTEM_ACCESSTOKEN: CANARY, ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN: CANARY },
    run: async (hld, env) => {
      const r = await runAzureTask('generate', { hld, 'cache-dir': tempDir() }, env);
      return { text: r.stdout + r.stderr, failed: r.result === 'Failed' };
    },
  },
  {
    surface: 'CLI',
    variables: { RINGWAY_TOKEN: CANARY, SYSTEM_ACCESSTOKEN: CANARY, GITHUB_TOKEN: CANARY },
    run: async (hld, env) => {
      const r = await runCli(['generate', '--hld', hld, '--cache-dir', tempDir()], env);
      return { text: r.stdout + r.stderr, failed: r.code !== 0 };
    },
  },
];

describe.each(surfaces)('$surface', ({ variables, run }) => {
  test.each(Object.keys(variables))(
    'access.yaml naming %s: no Authorization header to its host, not in the hook or git, a warning naming access.yaml:1',
    async (variable) => {
      const { hld, envFile } = hostileHld(variable);
      const before = seen.length;
      const spy = spyingGit();
      const r = await run(hld, { ...variables, PATH: spy.path });
      expect(r.failed).toBe(true);
      expect(seen.length).toBeGreaterThan(before); // git asked the named host, without a token
      expect(seen.slice(before).filter((h) => h.authorization)).toEqual([]);
      expect(r.text).toContain(`access.yaml:1: ${variable} for http://127.0.0.2:${port}/`);
      expect(r.text).not.toContain(CANARY);
      expect(readFileSync(envFile, 'utf8')).not.toContain(CANARY);
      // git (which fetched the component) had none of them either.
      expect(readFileSync(spy.log, 'utf8')).toMatch(/^PATH=/m);
      expect(readFileSync(spy.log, 'utf8')).not.toContain(CANARY);
    },
  );
});

test("a Bedrock HLD's access.yaml on the action and the task: the token goes once the author lists its variable for the host", async () => {
  const token = 'bedrock-pat-5a7c19';
  const server = await startGitHttpServer({ token });
  try {
    const remote = await server.repo('private', {
      files: { 'component.yaml': 'name: private\ntype: static\npath: ./m\n', 'm/cm.yaml': 'kind: ConfigMap\n' },
    });
    const hld = () =>
      writeTree({
        'component.yaml': `name: root\nsubcomponents:\n  - name: private\n    method: git\n    source: ${remote.httpUrl}\n`,
        'access.yaml': `${remote.httpUrl}: ACCESS_TOKEN_SECRET\n`,
      });
    const allow = { 'access-tokens': `ACCESS_TOKEN_SECRET=127.0.0.1:${server.port}` };
    const env = { ACCESS_TOKEN_SECRET: token };
    const gh = await runGitHubAction('generate', { hld: hld(), 'cache-dir': tempDir(), ...allow }, env);
    expect(gh.code).toBe(0);
    expect(gh.outputs.components).toBe('2');
    const az = await runAzureTask('generate', { hld: hld(), 'cache-dir': tempDir(), ...allow }, env);
    expect(az.result).toBe('Succeeded');
    expect(az.variables.components?.value).toBe('2');
    expect(gh.stdout + gh.stderr + az.stdout + az.stderr).not.toContain(token);
  } finally {
    await server.stop();
  }
});
