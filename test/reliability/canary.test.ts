import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git, tempDir } from '../../stand-ins/git.js';
import { startGitHttpServer, type GitHttpServer } from '../../stand-ins/git-http-server.js';
import { runAzureTask, runCli, runGitHubAction } from '../support/run-bundle.js';

// A canary token goes in as the step's secret; afterwards it must be nowhere a run leaves
// anything: stdout/stderr, outputs, summaries, the pushed repository (history and config), the
// run's temp folder, and the environment of every git child process (git's Authorization header
// only in the commands that talk to the server), on all three surfaces.
const CANARY = 'canary-7d1e4b9a3c5f2e80';

let server: GitHttpServer;
let realGit: string;
beforeAll(async () => {
  server = await startGitHttpServer({ token: CANARY });
  realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
});
afterAll(async () => {
  await server?.stop();
});

const HLD = {
  'component.yaml': 'name: fabrikam\nsubcomponents:\n  - name: frontend\n    type: helm\n    path: ./chart\n',
  'config/common.yaml': 'subcomponents:\n  frontend:\n    config:\n      image:\n        tag: master-0\n',
};

/** A `git` on PATH that logs each command (`--- <args>`) and its environment, then runs the real git. */
function spyingPath(): { dir: string; log: string } {
  const dir = tempDir('ringway-canary-bin-');
  const log = join(dir, 'env.log');
  writeFileSync(join(dir, 'git'), `#!/bin/sh\necho "--- $*" >> '${log}'\nenv >> '${log}'\nexec ${realGit} "$@"\n`);
  chmodSync(join(dir, 'git'), 0o755);
  return { dir, log };
}

function everything(dir: string): string {
  if (!existsSync(dir)) return '';
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath ?? (e as unknown as { path: string }).path, e.name), 'utf8'))
    .join('\n');
}

// The token as it travels: itself, and inside git's Authorization header (GitHub's and Azure's forms).
const FORMS = [
  CANARY,
  Buffer.from(`x-access-token:${CANARY}`).toString('base64'),
  Buffer.from(`:${CANARY}`).toString('base64'),
];
const holds = (text: string) => FORMS.some((f) => text.includes(f));
/** git commands that talk to the server: the only ones given the header. */
const NETWORK = /^--- .*\b(clone|fetch|ls-remote|push)\b/;

test.each(['github', 'azure', 'cli'] as const)(
  '%s: update-hld with a canary token leaves it nowhere',
  async (surface) => {
    const repo = await server.repo(`canary-${surface}`, { files: HLD });
    const spy = spyingPath();
    const tmp = tempDir('ringway-canary-tmp-');
    const env = { PATH: `${spy.dir}:${process.env.PATH}`, TMPDIR: tmp };
    const inputs = {
      'hld-repo': repo.httpUrl,
      component: 'frontend',
      'image-tag': 'master-9',
      'pull-request': 'false',
      token: CANARY,
    };
    let artefacts: string;
    if (surface === 'github') {
      const r = await runGitHubAction('update-hld', inputs, env);
      expect(r.code).toBe(0);
      artefacts = [r.stdout, r.stderr, JSON.stringify(r.outputs), r.summary].join('\n');
    } else if (surface === 'azure') {
      const r = await runAzureTask('update-hld', inputs, { ...env, AGENT_TEMPDIRECTORY: tmp });
      expect(r.result).toBe('Succeeded');
      artefacts = [r.stdout, r.stderr, JSON.stringify(r.variables), ...r.summaries].join('\n');
    } else {
      const r = await runCli(
        [
          'update-hld',
          ...Object.entries(inputs)
            .filter(([k]) => k !== 'token')
            .flatMap(([k, v]) => [`--${k}`, v]),
        ],
        { ...env, RINGWAY_TOKEN: CANARY },
      );
      expect(r.code).toBe(0);
      artefacts = [r.stdout, r.stderr].join('\n');
    }
    // The change was pushed with the token, so the check below is about a run that used it.
    expect(git(repo.dir, ['show', 'main:config/common.yaml'])).toContain('master-9');
    const history = git(repo.dir, ['log', '-p', '--all']) + everything(repo.dir);
    const commands = readFileSync(spy.log, 'utf8').split(/^(?=--- )/m);
    expect(commands.some((c) => NETWORK.test(c) && holds(c))).toBe(true); // git ran through the spy, with the header
    expect({
      artefacts: holds(artefacts),
      repository: holds(history),
      temp: holds(everything(tmp)),
      childEnv: commands.some((c) => c.includes(CANARY)),
      headerOutsideNetworkCommands: commands.filter((c) => !NETWORK.test(c) && holds(c)).map((c) => c.split('\n')[0]),
    }).toEqual({ artefacts: false, repository: false, temp: false, childEnv: false, headerOutsideNetworkCommands: [] });
  },
  60_000,
);
