// commitAndPush's loop against a repository stand-in that records what it is asked: when it
// commits, pushes, re-applies on a new tip, and gives up. Real git races are in
// test/steps/update-hld.test.ts.
import { RingwayError } from '../../lib/errors.js';
import { commitAndPush, stripspace } from '../../lib/git/commit-and-push.js';
import type { GitRepo } from '../../lib/git/repo.js';

interface FakeRepo {
  branch: string;
  branchExists: boolean;
  calls: string[];
  stage(paths?: string[]): Promise<boolean>;
  head(): Promise<string>;
  commit(message: string): Promise<string>;
  push(): Promise<boolean>;
  syncToRemote(): Promise<void>;
}

/** `changes`: whether each apply leaves a change; `rejections`: pushes refused before one lands. */
function fakeRepo(o: { changes?: boolean; rejections?: number; tip?: string; branchExists?: boolean } = {}): FakeRepo {
  let rejections = o.rejections ?? 0;
  let commits = 0;
  const repo: FakeRepo = {
    branch: 'main',
    branchExists: o.branchExists ?? true,
    calls: [],
    async stage(paths) {
      repo.calls.push(`stage ${paths?.join(',') ?? '*'}`);
      return o.changes ?? true;
    },
    async head() {
      return o.tip ?? 'tip0';
    },
    async commit(message) {
      repo.calls.push(`commit ${message}`);
      return `c${++commits}`;
    },
    async push() {
      repo.calls.push('push');
      return rejections-- <= 0;
    },
    async syncToRemote() {
      repo.calls.push('sync');
    },
  };
  return repo;
}

const run = (repo: FakeRepo, over: Partial<Parameters<typeof commitAndPush>[0]> = {}) => {
  let applied = 0;
  const log: string[] = [];
  const result = commitAndPush({
    repo: repo as unknown as GitRepo,
    apply: async () => void applied++,
    message: 'update web',
    baseDelayMs: 1,
    log: (l) => log.push(l),
    ...over,
  });
  return { result, applied: () => applied, log };
};

describe('commitAndPush', () => {
  test('applies, commits and pushes once when nobody else pushed', async () => {
    const repo = fakeRepo();
    const r = run(repo, { paths: ['config/prod.yaml'] });
    expect(await r.result).toEqual({ changed: true, commit: 'c1', attempts: 1, pushed: true });
    expect(repo.calls).toEqual(['stage config/prod.yaml', 'commit update web', 'push']);
  });

  test('a rejected push re-applies the change on the new tip and tries again, saying so', async () => {
    const repo = fakeRepo({ rejections: 2 });
    const r = run(repo, { maxAttempts: 5 });
    expect(await r.result).toEqual({ changed: true, commit: 'c3', attempts: 3, pushed: true });
    expect(r.applied()).toBe(3);
    expect(repo.calls.filter((c) => c === 'sync')).toHaveLength(2);
    expect(r.log).toHaveLength(2);
    expect(r.log[0]).toMatch(/^push rejected: 'main' moved on; re-applying on the new tip in \d+ ms \(attempt 2\/5\)$/);
  });

  test('gives up after the last attempt with one line; nothing was pushed', async () => {
    const repo = fakeRepo({ rejections: 10 });
    const { result } = run(repo, { maxAttempts: 3 });
    await expect(result).rejects.toThrow(
      new RingwayError("push to branch 'main' was rejected 3 times because others kept pushing; nothing was pushed"),
    );
    expect(repo.calls.filter((c) => c === 'push')).toHaveLength(3);
  });

  test('no change on an existing branch: no commit, no push', async () => {
    const repo = fakeRepo({ changes: false, tip: 'abc' });
    expect(await run(repo).result).toEqual({ changed: false, commit: 'abc', attempts: 1, pushed: false });
    expect(repo.calls).toEqual(['stage *']);
  });

  test('no change on a new branch with a base commit: the branch is pushed at that commit', async () => {
    const repo = fakeRepo({ changes: false, tip: 'base', branchExists: false });
    expect(await run(repo).result).toEqual({ changed: true, commit: 'base', attempts: 1, pushed: true });
    expect(repo.calls).toEqual(['stage *', 'push']);
    expect(repo.branchExists).toBe(true);
  });

  test('dry run commits but does not push', async () => {
    const repo = fakeRepo();
    expect(await run(repo, { dryRun: true }).result).toEqual({
      changed: true,
      commit: 'c1',
      attempts: 1,
      pushed: false,
    });
    expect(repo.calls).not.toContain('push');
  });

  test('an error while applying ends the loop with that error', async () => {
    const repo = fakeRepo();
    const { result } = run(repo, {
      apply: async () => {
        throw new RingwayError('config/prod.yaml: bad YAML');
      },
    });
    await expect(result).rejects.toThrow('config/prod.yaml: bad YAML');
    expect(repo.calls).toEqual([]);
  });
});

describe('stripspace', () => {
  test('stores a message as git commit -F does: line-end spaces cut, one blank line between paragraphs, none around', () => {
    expect(stripspace('\n\nSubject  \n\n\n\nbody\t\n\nRingway-Image-Tag: v1\n\n')).toBe(
      'Subject\n\nbody\n\nRingway-Image-Tag: v1\n',
    );
    expect(stripspace('  \n')).toBe('');
  });
});
