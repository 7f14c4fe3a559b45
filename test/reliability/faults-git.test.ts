import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runStep } from '../../lib/hosts/run.js';
import { step as pushManifests } from '../../lib/steps/push-manifests.js';
import { step as updateHld } from '../../lib/steps/update-hld.js';
import type { StepDef } from '../../lib/steps/types.js';
import { filesAt, git, readFileAt, writeTree } from '../../stand-ins/git.js';
import { startGitHttpServer, type GitHttpServer, type GitServerFault } from '../../stand-ins/git-http-server.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { runCli } from '../support/run-bundle.js';

// The git server (smart HTTP, token auth) dies during the push: either while receive-pack reads the
// pack (the ref cannot have moved) or after the ref moved but before it answered. Either way the
// step fails with one line naming the repository, the remote holds the old tip or the whole new
// one, and the same step run again (server back at the same URL) ends in the right content.
const TOKEN = 'fault-token-5e4d3c2b1a';

/** Refs and lock files of a bare repository: what a half-finished push could leave behind. */
function refState(dir: string): { refs: string[]; locks: string[] } {
  const refs = git(dir, ['for-each-ref', '--format=%(refname)']).split('\n').filter(Boolean);
  const locks: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.lock')) locks.push(join(d, e.name));
    }
  };
  walk(join(dir, 'refs'));
  if (existsSync(join(dir, 'packed-refs.lock'))) locks.push('packed-refs.lock');
  return { refs, locks };
}

const tip = (dir: string) => git(dir, ['rev-parse', 'refs/heads/main']).trim();

async function run(step: StepDef, values: Record<string, string>) {
  const host = new RecordingHost();
  const result = await runStep(step, host, (d) => ({ token: TOKEN, 'request-timeout': '20s', ...values })[d.name]);
  return { result, host };
}

describe.each<GitServerFault>(['kill-mid-push', 'kill-after-push'])(
  'git server killed during the push (%s)',
  (fault) => {
    let server: GitHttpServer;
    beforeEach(async () => {
      server = await startGitHttpServer({ token: TOKEN, fault });
    });
    afterEach(async () => {
      await server.stop();
    });

    /** The server came back (same root, same port, no fault). */
    async function restart(): Promise<GitHttpServer> {
      await server.exited;
      server = await startGitHttpServer({ token: TOKEN, root: server.root, port: server.port });
      return server;
    }

    test('push-manifests: one clear error, no half ref; a re-run publishes exactly the source', async () => {
      const manifests: Record<string, string> = {};
      for (let i = 0; i < 8; i++)
        manifests[`prod/app-${i}.yaml`] =
          `kind: ConfigMap\nmetadata:\n  name: app-${i}\ndata:\n  blob: ${randomBytes(2000).toString('base64')}\n`;
      const source = writeTree(manifests);
      const repo = await server.repo(`manifests-${fault}`, {
        files: { 'README.md': '# manifests\n', 'prod/old.yaml': 'kind: ConfigMap\n' },
      });
      const before = tip(repo.dir);
      const inputs = { source, 'manifest-repo': repo.httpUrl, branch: 'main' };

      const failed = await run(pushManifests, inputs);
      expect(failed.result.ok).toBe(false);
      const message = failed.result.ok ? '' : failed.result.message;
      expect(message).toMatch(
        new RegExp(
          `^push to ${repo.httpUrl.replace(/[.]/g, '\\.')} was cut off: the server closed the connection \\(.+\\); the branch holds its old tip or the whole push, never part of it: run the step again$`,
        ),
      );
      expect(failed.host.output + message).not.toContain(TOKEN);

      // Old tip with the old files, or a new tip with every new file: nothing in between, no lock.
      const state = refState(repo.dir);
      expect(state).toEqual({ refs: ['refs/heads/main'], locks: [] });
      git(repo.dir, ['fsck', '--no-progress', '--no-dangling']);
      const wanted = ['README.md', ...Object.keys(manifests)].sort();
      if (fault === 'kill-mid-push') {
        expect(tip(repo.dir)).toBe(before);
        expect(filesAt(repo.dir, 'main')).toEqual(['README.md', 'prod/old.yaml']);
      } else {
        expect(tip(repo.dir)).not.toBe(before);
        expect(filesAt(repo.dir, 'main')).toEqual(wanted);
      }

      await restart();
      const again = await run(pushManifests, inputs);
      expect(again.result.ok && again.result.outputs).toEqual({
        // After a lost answer the commit is already there: this run moved nothing.
        changed: fault === 'kill-mid-push' ? 'true' : 'false',
        commit: tip(repo.dir),
        branch: 'main',
      });
      expect(filesAt(repo.dir, 'main')).toEqual(wanted);
      for (const [p, c] of Object.entries(manifests)) expect(readFileAt(repo.dir, 'main', p)).toBe(c);
      expect(refState(repo.dir)).toEqual({ refs: ['refs/heads/main'], locks: [] });
      // One commit on top of the old tip, whichever run made it.
      expect(git(repo.dir, ['rev-list', '--count', `${before}..main`]).trim()).toBe('1');
    }, 60_000);

    test('update-hld (direct push): one clear error, no half ref; a re-run lands the value once', async () => {
      const common =
        '# shared values\nsubcomponents:\n  frontend:\n    config:\n      image:\n        tag: master-1 # set by the pipeline\n';
      const repo = await server.repo(`hld-${fault}`, {
        files: {
          'component.yaml': 'name: fabrikam\nsubcomponents:\n  - name: frontend\n    type: helm\n    path: ./chart\n',
          'config/common.yaml': common,
        },
      });
      const before = tip(repo.dir);
      const inputs = {
        'hld-repo': repo.httpUrl,
        component: 'frontend',
        'image-tag': 'master-2',
        'pull-request': 'false',
      };
      const tagAt = () =>
        parse(readFileAt(repo.dir, 'main', 'config/common.yaml') as string).subcomponents.frontend.config.image
          .tag as string;

      const failed = await run(updateHld, inputs);
      expect(failed.result.ok).toBe(false);
      const message = failed.result.ok ? '' : failed.result.message;
      expect(message).toMatch(
        new RegExp(
          `^push to ${repo.httpUrl.replace(/[.]/g, '\\.')} was cut off: the server closed the connection \\(.+\\); the branch holds its old tip or the whole push, never part of it: run the step again$`,
        ),
      );
      expect(failed.host.output + message).not.toContain(TOKEN);
      expect(refState(repo.dir)).toEqual({ refs: ['refs/heads/main'], locks: [] });
      git(repo.dir, ['fsck', '--no-progress', '--no-dangling']);
      expect(tagAt()).toBe(fault === 'kill-mid-push' ? 'master-1' : 'master-2');

      await restart();
      const again = await run(updateHld, inputs);
      expect(again.result.ok && again.result.outputs).toMatchObject({
        changed: fault === 'kill-mid-push' ? 'true' : 'false',
        commit: tip(repo.dir),
        branch: 'main',
      });
      expect(tagAt()).toBe('master-2');
      // The edit kept the comments; one commit carries it, whichever run made it.
      expect(readFileAt(repo.dir, 'main', 'config/common.yaml')).toBe(common.replace('master-1', 'master-2'));
      expect(git(repo.dir, ['log', '--format=%s', `${before}..main`]).trim()).toBe(
        'Updating frontend image tag to master-2.',
      );
      expect(refState(repo.dir)).toEqual({ refs: ['refs/heads/main'], locks: [] });
    }, 60_000);
  },
);

test('CLI: the server dies after the push landed; one error line, exit 1, no token; the re-run exits 0 with changed=false', async () => {
  let server = await startGitHttpServer({ token: TOKEN, fault: 'kill-after-push' });
  try {
    const repo = await server.repo('cli-manifests', { files: { 'README.md': '# manifests\n' } });
    const source = writeTree({ 'prod/app.yaml': 'kind: ConfigMap\nmetadata:\n  name: app\n' });
    const args = ['push-manifests', '--source', source, '--manifest-repo', repo.httpUrl, '--branch', 'main'];
    const failed = await runCli(args, { RINGWAY_TOKEN: TOKEN });
    expect(failed.code).toBe(1);
    const errors = failed.stderr.split('\n').filter((l) => l.startsWith('error:'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(repo.httpUrl);
    expect(failed.stdout + failed.stderr).not.toContain(TOKEN);
    expect(filesAt(repo.dir, 'main')).toEqual(['README.md', 'prod/app.yaml']);

    await server.exited;
    server = await startGitHttpServer({ token: TOKEN, root: server.root, port: server.port });
    const again = await runCli(args, { RINGWAY_TOKEN: TOKEN });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('changed=false\n');
    expect(again.stdout).toContain(`commit=${tip(repo.dir)}\n`);
  } finally {
    await server.stop();
  }
}, 60_000);
