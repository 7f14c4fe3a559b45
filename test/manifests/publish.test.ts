// publishTree (lib/manifests/publish.ts) builds the manifest commit without a working tree. It
// must commit exactly what mirroring the source into a checkout and `git add -A` commits: the
// behaviour cases below, then seeded random trees compared with that checkout, tree for tree.
import { chmodSync, cpSync, type Dirent, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { GitRepo } from '../../lib/git/repo.js';
import { globToRegExp, publishTree } from '../../lib/manifests/publish.js';
import { bareRepo, commitFiles, filesAt, git, logOf, readFileAt, tempDir, writeTree } from '../../stand-ins/git.js';

const identity = { name: 'ringway', email: 'ringway@example.test' };

async function open(url: string, branch = 'main') {
  return GitRepo.checkout({ url, branch, dir: tempDir('ringway-publish-'), identity, worktree: false });
}

async function publish(url: string, source: string, opts: { path?: string; keep?: string[]; dryRun?: boolean } = {}) {
  const repo = await open(url);
  return publishTree({
    repo,
    source,
    targetPath: opts.path ?? '.',
    keep: opts.keep ?? [],
    message: 'publish\n',
    dryRun: opts.dryRun,
  });
}

test('the target becomes the source: added, changed, deleted, file↔folder swaps; kept names survive', async () => {
  const remote = await bareRepo({
    files: { 'a.yaml': 'a1', 'old.yaml': 'o', 'sub/gone.yaml': 'g', x: 'was a file', 'README.md': 'r' },
  });
  const r = await publish(remote.url, writeTree({ 'a.yaml': 'a2', 'sub/b.yaml': 'b', 'x/inner.yaml': 'i' }), {
    keep: ['README*'],
  });
  expect(r).toMatchObject({ changed: true, pushed: true });
  expect(filesAt(remote.dir, 'main')).toEqual(['README.md', 'a.yaml', 'sub/b.yaml', 'x/inner.yaml']);
  expect(readFileAt(remote.dir, 'main', 'a.yaml')).toBe('a2');
  expect(r.files.sort()).toEqual([
    'A\tsub/b.yaml',
    'A\tx/inner.yaml',
    'D\told.yaml',
    'D\tsub/gone.yaml',
    'D\tx',
    'M\ta.yaml',
  ]);
});

test('a kept name the source also has is replaced by the source, inside too', async () => {
  const remote = await bareRepo({ files: { '.flux/a.yaml': 'a', '.flux/old.yaml': 'o', '.other': 'k' } });
  await publish(remote.url, writeTree({ '.flux/a.yaml': 'a2' }), { keep: ['.*'] });
  expect(filesAt(remote.dir, 'main')).toEqual(['.flux/a.yaml', '.other']);
});

test('the same source twice is one commit; the second run reports the unchanged tip', async () => {
  const remote = await bareRepo({ files: { 'README.md': 'r' } });
  const source = writeTree({ 'dev/a.yaml': 'a' });
  const first = await publish(remote.url, source);
  const second = await publish(remote.url, source);
  expect(second).toMatchObject({ changed: false, pushed: false, commit: first.commit, files: [] });
  expect(logOf(remote.dir, 'main')).toHaveLength(2);
});

test('names git quotes in its own formats are published as they are, a kept folder too', async () => {
  const remote = await bareRepo({ files: { 'keep me/"x".yaml': 'k', 'gone.yaml': 'g' } });
  const source = writeTree({ '"quoted".yaml': 'q', 'back\\slash.yaml': 'b', 'tab\tname.yaml': 't', 'ünï/é.yaml': 'u' });
  const r = await publish(remote.url, source, { keep: ['keep*'] });
  expect(r).toMatchObject({ changed: true, pushed: true });
  const names = git(remote.dir, ['ls-tree', '-r', '-z', '--name-only', 'main']).split('\0').filter(Boolean);
  expect(names.sort()).toEqual(
    ['"quoted".yaml', 'back\\slash.yaml', 'keep me/"x".yaml', 'tab\tname.yaml', 'ünï/é.yaml'].sort(),
  );
  expect(readFileAt(remote.dir, 'main', '"quoted".yaml')).toBe('q');
});

test('only what differs is committed: one changed file, a link become a file; the rest untouched', async () => {
  const remote = await bareRepo({ files: { 'a.yaml': 'a', 'b.yaml': 'b', 'README.md': 'r' } });
  const work = tempDir('ringway-link-');
  git(work, ['clone', '-q', remote.dir, '.']);
  symlinkSync('a.yaml', join(work, 'link.yaml'));
  git(work, ['add', '-A']);
  git(work, ['-c', 'user.name=x', '-c', 'user.email=x@x', 'commit', '-q', '-m', 'link']);
  git(work, ['push', '-q', 'origin', 'HEAD:main']);
  const r = await publish(remote.url, writeTree({ 'a.yaml': 'a', 'b.yaml': 'b2', 'link.yaml': 'now a file' }), {
    keep: ['README*'],
  });
  expect(r.files).toEqual(['M\tb.yaml', 'T\tlink.yaml']);
  expect(git(remote.dir, ['ls-tree', 'main', 'link.yaml'])).toMatch(/^100644 /);
  expect(filesAt(remote.dir, 'main')).toEqual(['README.md', 'a.yaml', 'b.yaml', 'link.yaml']);
});

test('the executable bit follows the source', async () => {
  const remote = await bareRepo({ files: { 'run.sh': 'x' } });
  const source = writeTree({ 'run.sh': 'x', 'plain.yaml': 'p' });
  chmodSync(join(source, 'run.sh'), 0o755);
  await publish(remote.url, source);
  expect(git(remote.dir, ['ls-tree', 'main', 'run.sh'])).toMatch(/^100755 /);
  expect(git(remote.dir, ['ls-tree', 'main', 'plain.yaml'])).toMatch(/^100644 /);
});

test('an empty repository gets a root commit; dry-run pushes nothing', async () => {
  const remote = await bareRepo();
  const dry = await publish(remote.url, writeTree({ 'dev/a.yaml': 'a' }), { dryRun: true });
  expect(dry).toMatchObject({ changed: true, pushed: false, files: ['A\tdev/a.yaml'] });
  expect(git(remote.dir, ['branch', '--list']).trim()).toBe('');
  const real = await publish(remote.url, writeTree({ 'dev/a.yaml': 'a' }));
  expect(real).toMatchObject({ changed: true, pushed: true });
  expect(logOf(remote.dir, 'main')).toHaveLength(1);
});

test('a symlink in the source is refused before anything is pushed', async () => {
  const remote = await bareRepo({ files: { 'a.yaml': 'a' } });
  const source = writeTree({ 'a.yaml': 'a2' });
  symlinkSync('/etc/passwd', join(source, 'link.yaml'));
  await expect(publish(remote.url, source)).rejects.toThrow(
    "source 'link.yaml' is a symbolic link; manifests must be plain files",
  );
  expect(readFileAt(remote.dir, 'main', 'a.yaml')).toBe('a');
});

test('a source holding only staging or empty folders is refused: nothing is deleted', async () => {
  const remote = await bareRepo({ files: { 'dev/a.yaml': 'a' } });
  const source = writeTree({ '.ringway-staging-9-x/dev/a.yaml': 'half' });
  mkdirSync(join(source, 'empty'));
  await expect(publish(remote.url, source)).rejects.toThrow(
    `input 'source': folder ${source} holds no files to publish; refusing to delete every manifest`,
  );
  expect(filesAt(remote.dir, 'main')).toEqual(['dev/a.yaml']);
});

test('a target path whose folder is a file in the repository is refused, naming it', async () => {
  const remote = await bareRepo({ files: { envs: 'a file' } });
  await expect(publish(remote.url, writeTree({ 'a.yaml': 'a' }), { path: 'envs/dev' })).rejects.toThrow(
    "input 'path': 'envs' is a file in the repository, not a folder",
  );
});

/** A remote that serves partial clones, as GitHub, GitLab and Azure Repos do (a plain bare repository refuses). */
function allowFilters(bareDir: string): void {
  git(bareDir, ['config', 'uploadpack.allowFilter', 'true']);
}

/** The ids of the blobs a repository holds. */
function blobsIn(dir: string): string[] {
  const all = git(dir, ['cat-file', '--batch-all-objects', '--batch-check=%(objecttype) %(objectname)']);
  return all
    .split('\n')
    .filter((l) => l.startsWith('blob '))
    .map((l) => l.slice(5))
    .sort();
}

const blobOf = (content: string) => git(tempDir(), ['hash-object', '--stdin'], content).trim();

test.each([
  ['refuses filters (blobs sent)', false],
  ['allows filters (no blob sent)', true],
])(
  'a remote that %s: the same commit on the same tip; the clone holds the blobs sent and those written, none fetched',
  async (_, filters) => {
    const files = { 'dev/a.yaml': 'a1', 'dev/b.yaml': 'b', 'prod/c.yaml': 'c', 'README.md': 'r' };
    const remote = await bareRepo({ files });
    if (filters) allowFilters(remote.dir);
    const base = git(remote.dir, ['rev-parse', 'main']).trim();
    const source = writeTree({ 'dev/a.yaml': 'a2', 'dev/b.yaml': 'b', 'prod/c.yaml': 'c', 'prod/d.yaml': 'd' });
    const expected = checkoutTree(remote.dir, source, '.', ['README*']).tree;
    const repo = await open(remote.url);
    expect(repo.base).toBe(base);
    const r = await publishTree({ repo, source, targetPath: '.', keep: ['README*'], message: 'publish\n' });
    expect(r).toMatchObject({ changed: true, pushed: true, files: ['M\tdev/a.yaml', 'A\tprod/d.yaml'] });
    // The tree a checkout with `git add -A` commits, on the old tip, whichever way the remote answers.
    expect(git(remote.dir, ['rev-parse', 'main^', 'main^{tree}']).trim().split('\n')).toEqual([base, expected]);
    // Without filters every blob of the tip came with the clone; with them only the two written
    // here are there: none came with the clone, and the push fetched none to delta against.
    const written = [blobOf('a2'), blobOf('d')];
    const old = Object.values(files).map(blobOf);
    expect(blobsIn(repo.dir)).toEqual((filters ? written : [...written, ...old]).sort());
  },
);

test.each([
  ['refuses filters', false],
  ['allows filters', true],
])('a rejected push is rebuilt on the new tip: both changes land (a remote that %s)', async (_, filters) => {
  const remote = await bareRepo({ files: { 'prod/a.yaml': 'a' } });
  if (filters) allowFilters(remote.dir);
  const repo = await open(remote.url);
  commitFiles(remote.dir, 'main', { 'other/b.yaml': 'b' }, 'someone else');
  const lines: string[] = [];
  const r = await publishTree({
    repo,
    source: writeTree({ 'a.yaml': 'a2' }),
    targetPath: 'prod',
    keep: [],
    message: 'publish\n',
    baseDelayMs: 1,
    log: (l) => lines.push(l),
  });
  expect(r).toMatchObject({ pushed: true, attempts: 2 });
  expect(filesAt(remote.dir, 'main')).toEqual(['other/b.yaml', 'prod/a.yaml']);
  expect(readFileAt(remote.dir, 'main', 'prod/a.yaml')).toBe('a2');
  expect(lines.join('\n')).toMatch(/push rejected: 'main' moved on; re-applying on the new tip/);
  // The new tip was fetched as trees too: the other pipeline's file is not here.
  expect(blobsIn(repo.dir).includes(blobOf('b'))).toBe(!filters);
});

test.each([
  ['an empty repository', {}],
  ['a repository whose HEAD names a branch with no commit, beside main', { 'dev/a.yaml': 'a' }],
])('without a branch input, %s is published to main', async (_, files: Record<string, string>) => {
  const remote = await bareRepo({ files });
  git(remote.dir, ['symbolic-ref', 'HEAD', 'refs/heads/trunk']);
  const base = Object.keys(files).length ? git(remote.dir, ['rev-parse', 'main']).trim() : '';
  const repo = await GitRepo.checkout({ url: remote.url, dir: tempDir('ringway-publish-'), identity, worktree: false });
  expect({ branch: repo.branch, base: repo.base, exists: repo.branchExists }).toEqual({
    branch: 'main',
    base,
    exists: !!base,
  });
  const r = await publishTree({
    repo,
    source: writeTree({ 'dev/b.yaml': 'b' }),
    targetPath: '.',
    keep: [],
    message: 'm\n',
  });
  expect(r).toMatchObject({
    changed: true,
    pushed: true,
    files: base ? ['D\tdev/a.yaml', 'A\tdev/b.yaml'] : ['A\tdev/b.yaml'],
  });
  expect(logOf(remote.dir, 'main').map((c) => c.subject)).toEqual(base ? ['m', 'initial'] : ['m']);
  expect(git(remote.dir, ['for-each-ref', '--format=%(refname)']).trim()).toBe('refs/heads/main');
});

// --- Seeded random trees against a checkout: mirror the source there, `git add -A`, `write-tree`.

class Rng {
  constructor(private s: number) {}
  next(): number {
    this.s = (this.s * 1664525 + 1013904223) >>> 0;
    return this.s / 2 ** 32;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
}

const NAMES = ['a', 'b.yaml', 'README.md', '.flux', '.ringway-staging-1-x', 'dev', 'prod', 'c d.yaml', 'ünï.yaml'];

function randomFiles(rng: Rng, count: number): Record<string, { content: string; exec: boolean }> {
  const out: Record<string, { content: string; exec: boolean }> = {};
  for (let i = 0; i < count; i++) {
    const depth = 1 + Math.floor(rng.next() * 3);
    const path = Array.from({ length: depth }, () => rng.pick(NAMES)).join('/');
    // A file and a folder of one name cannot both exist: the later one is dropped.
    const clash = Object.keys(out).some((p) => p.startsWith(`${path}/`) || path.startsWith(`${p}/`));
    if (!clash) out[path] = { content: rng.pick(['x', 'y\n', '', 'kind: A\n']), exec: rng.next() < 0.1 };
  }
  return out;
}

function materialise(files: Record<string, { content: string; exec: boolean }>): string {
  const dir = tempDir('ringway-random-');
  for (const [p, f] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), f.content);
    if (f.exec) chmodSync(join(dir, p), 0o755);
  }
  return dir;
}

/** What a checkout gives: non-kept top entries of the target removed, the source copied in, `git add -A`. */
function checkoutTree(bare: string, source: string, target: string, keep: string[]): { dir: string; tree: string } {
  const work = tempDir('ringway-oracle-');
  git(work, ['clone', '-q', bare, '.']);
  const dst = join(work, target);
  mkdirSync(dst, { recursive: true });
  // Names the source publishes a file under (a folder holding only staging folders publishes none).
  const files = (readdirSync(source, { recursive: true, withFileTypes: true }) as Dirent[]).filter(
    (e) =>
      e.isFile() &&
      !relative(source, join(e.parentPath, e.name))
        .split('/')
        .some((p) => /^\.ringway-staging-/.test(p)),
  );
  const sourceTops = new Set(files.map((e) => relative(source, join(e.parentPath, e.name)).split('/')[0]));
  const keepers = keep.map(globToRegExp);
  for (const name of readdirSync(dst)) {
    if (name === '.git' && target === '.') continue;
    const kept = !/^\.ringway-staging-/.test(name) && !sourceTops.has(name) && keepers.some((re) => re.test(name));
    if (!kept) rmSync(join(dst, name), { recursive: true, force: true });
  }
  for (const e of files) {
    const rel = relative(source, join(e.parentPath, e.name));
    mkdirSync(dirname(join(dst, rel)), { recursive: true });
    cpSync(join(source, rel), join(dst, rel), { mode: 0 });
  }
  git(work, ['add', '-A']);
  return { dir: work, tree: git(work, ['write-tree']).trim() };
}

test('seeded random trees: the commit holds the tree a checkout with `git add -A` would', async () => {
  const seed = Number(process.env.PUBLISH_SEED ?? Date.now() % 100_000);
  const rng = new Rng(seed);
  for (let i = 0; i < 25; i++) {
    const base = randomFiles(rng, 1 + Math.floor(rng.next() * 8));
    const remote = await bareRepo({ files: Object.fromEntries(Object.entries(base).map(([p, f]) => [p, f.content])) });
    const sourceFiles = randomFiles(rng, 1 + Math.floor(rng.next() * 8));
    const source = materialise(sourceFiles);
    const target = rng.pick(['.', 'dev', 'envs/dev']);
    const keep = rng.pick([[], ['.*', 'README*'], ['dev', 'b*']]);
    // A target folder that is a file in the base, or a source of staging folders only, is refused
    // (tested above), not compared.
    if (Object.keys(sourceFiles).every((p) => p.split('/').some((x) => /^\.ringway-staging-/.test(x)))) continue;
    if (target !== '.' && Object.keys(base).some((p) => `${target}/`.startsWith(`${p}/`))) continue;
    const expected = checkoutTree(remote.dir, source, target, keep);
    // From a remote that refuses filters (the whole tip comes) and from one that allows them (no blob).
    for (const filters of [false, true]) {
      if (filters) allowFilters(remote.dir);
      const repo = await open(remote.url);
      const r = await publishTree({ repo, source, targetPath: target, keep, message: 'm\n', dryRun: true });
      const tree = git(repo.dir, ['rev-parse', `${r.commit}^{tree}`]).trim();
      // On a mismatch, both listings: what differs, not two hashes.
      const listing = (dir: string, t: string) => git(dir, ['ls-tree', '-r', t]).split('\n').filter(Boolean);
      const show = (t: string, dir: string) => (t === expected.tree ? [] : listing(dir, t));
      expect({ seed, case: i, filters, target, keep, tree: show(tree, repo.dir) }).toEqual({
        seed,
        case: i,
        filters,
        target,
        keep,
        tree: tree === expected.tree ? [] : listing(expected.dir, expected.tree),
      });
    }
  }
});
