// push-manifests vs Bedrock's build.sh sequence run as bare git commands, on a manifest tree of
// 3 environments × 100 components × 4 files (1,200 files), served over file://.
// Cases: first publish into an empty repo, re-publish of identical content (no commit), and one
// changed file, each run from a fresh copy of the same remote; the last two again from a remote
// that serves partial clones. Writes docs/bench-push-manifests.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const runs = Number(process.env.BENCH_RUNS ?? 5);
// BENCH_CLI: another build of the CLI (e.g. an older commit's bundle) to run in ringway's place.
const cli = process.env.BENCH_CLI ?? join(root, 'bin/ringway.cjs');
const cliLabel = process.env.BENCH_CLI ? `\`${process.env.BENCH_CLI}\`` : 'the committed bundle';
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'b',
  GIT_AUTHOR_EMAIL: 'b@x',
  GIT_COMMITTER_NAME: 'b',
  GIT_COMMITTER_EMAIL: 'b@x',
};

function sh(cmd: string, args: string[], cwd?: string): string {
  return execFileSync(cmd, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function makeTree(dir: string, version: number): void {
  for (const e of ['dev', 'staging', 'prod']) {
    for (let c = 0; c < 100; c++) {
      const d = join(dir, e, `svc${c}`);
      mkdirSync(d, { recursive: true });
      for (let f = 0; f < 4; f++) {
        const tag = e === 'prod' && c === 0 && f === 0 ? version : 1;
        writeFileSync(
          join(d, `part${f}.yaml`),
          `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: svc${c}-${f}\nspec:\n  template:\n    spec:\n      containers:\n        - image: registry.local/svc${c}:${tag}\n`.repeat(
            5,
          ),
        );
      }
    }
  }
}

/**
 * The remotes every measured run starts from, made once: empty, and holding the first tree as one
 * commit (pushed by plain git, the same for both sides). Each run pushes into its own copy, so no
 * run sees what an earlier one left (history, packs): the remote is the same for both, every time.
 */
function templates(v1: string): { empty: string; published: string; filtering: string } {
  const empty = mkdtempSync(join(tmpdir(), 'bench-empty-'));
  sh('git', ['init', '-q', '--bare', '--initial-branch=main', empty]);
  const published = mkdtempSync(join(tmpdir(), 'bench-published-'));
  sh('git', ['init', '-q', '--bare', '--initial-branch=main', published]);
  const work = mkdtempSync(join(tmpdir(), 'bench-seed-'));
  sh('git', ['init', '-q', '--initial-branch=main', work]);
  sh('cp', ['-r', `${v1}/.`, work]);
  sh('git', ['add', '-A'], work);
  sh('git', ['commit', '-q', '-m', 'seed'], work);
  sh('git', ['push', '-q', `file://${published}`, 'HEAD:refs/heads/main'], work);
  rmSync(work, { recursive: true, force: true });
  // The same remote serving partial clones, as GitHub, GitLab and Azure Repos do (a bare
  // repository refuses filters unless told): ringway's clone then leaves the blobs out.
  const filtering = mkdtempSync(join(tmpdir(), 'bench-filtering-'));
  sh('cp', ['-a', `${published}/.`, filtering]);
  sh('git', ['config', 'uploadpack.allowFilter', 'true'], filtering);
  return { empty, published, filtering };
}

/** A fresh copy of a template remote for one run. */
function copyRemote(template: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-remote-'));
  sh('cp', ['-a', `${template}/.`, dir]);
  return dir;
}

function ringway(source: string, remote: string, extraEnv: Record<string, string> = {}): void {
  execFileSync(
    process.execPath,
    [
      cli,
      'push-manifests',
      '--source',
      source,
      '--manifest-repo',
      `file://${remote}`,
      '--build-commit',
      'a'.repeat(40),
      '--quiet',
    ],
    { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

// Bedrock gitops/azure-devops/build.sh (git_connect, git_commit, git_push) as one shell script, so
// its git processes start from a small parent, as they do in a pipeline: a fresh clone each run.
const BEDROCK = [
  'set -e',
  'git clone -q "file://$REMOTE" "$WORK"',
  'cd "$WORK"',
  'git checkout -q -B main',
  'rm -rf ./*/',
  'cp -r "$SOURCE"/* .',
  'git add -A',
  'if [ -n "$(git status --porcelain)" ]; then',
  '  git commit -q -m "Updated k8s manifest files post commit: x"',
  '  git push -q origin HEAD:refs/heads/main',
  'fi',
].join('\n');

function bedrock(source: string, remote: string, extraEnv: Record<string, string> = {}): void {
  const work = mkdtempSync(join(tmpdir(), 'bench-bedrock-'));
  try {
    execFileSync('sh', ['-c', BEDROCK], {
      env: { ...env, ...extraEnv, REMOTE: remote, WORK: join(work, 'w'), SOURCE: source },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Git processes one run starts (every git, and the git each git starts: upload-pack, index-pack…). */
function gitProcesses(fn: (extraEnv: Record<string, string>) => void): number {
  const dir = mkdtempSync(join(tmpdir(), 'bench-trace-'));
  try {
    const file = join(dir, 'events');
    fn({ GIT_TRACE2_EVENT: file });
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.includes('"event":"start"')).length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function time(fn: () => void): number {
  const t = performance.now();
  const c = childCpuMs();
  fn();
  cpu.push(childCpuMs() - c);
  return performance.now() - t;
}

/** CPU of every child process waited for so far (git, the CLI and what they started), in ms; Linux only. */
function childCpuMs(): number {
  try {
    const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(f[13]) + Number(f[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The run that 9 in 10 runs were no slower than (nearest rank). */
function p90(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.9) - 1)];
}

const loadStart = loadavg()[0];
const v1 = mkdtempSync(join(tmpdir(), 'bench-src1-'));
const v2 = mkdtempSync(join(tmpdir(), 'bench-src2-'));
makeTree(v1, 1);
makeTree(v2, 2);
const remotes = templates(v1);
const CASES = [
  { key: 'first', label: 'first publish (1,200 new files)', template: remotes.empty, source: v1 },
  { key: 'same', label: 'identical content (no commit)', template: remotes.published, source: v1 },
  { key: 'change', label: 'one file changed', template: remotes.published, source: v2 },
  {
    key: 'sameFiltering',
    label: 'identical content, remote allows filters',
    template: remotes.filtering,
    source: v1,
  },
  { key: 'changeFiltering', label: 'one file changed, remote allows filters', template: remotes.filtering, source: v2 },
] as const;
const SIDES = { ringway, bedrock } as const;
type Side = keyof typeof SIDES;
const empty = () => Object.fromEntries(CASES.map((c) => [c.key, [] as number[]]));
const results: Record<Side, Record<string, number[]>> = { ringway: empty(), bedrock: empty() };
const cpuOf: Record<Side, Record<string, number[]>> = { ringway: empty(), bedrock: empty() };
let cpu: number[] = [];
// One run of a side in a case: a fresh copy of the case's remote, not timed; the side, timed.
function measure(side: Side, c: (typeof CASES)[number]): void {
  const remote = copyRemote(c.template);
  try {
    cpu = cpuOf[side][c.key];
    results[side][c.key].push(time(() => SIDES[side](c.source, remote)));
  } finally {
    rmSync(remote, { recursive: true, force: true });
  }
}
// Not timed: one run each warms the file cache and the CLI bundle's pages.
for (const c of CASES)
  for (const side of Object.keys(SIDES) as Side[]) {
    const remote = copyRemote(c.template);
    SIDES[side](c.source, remote);
    rmSync(remote, { recursive: true, force: true });
  }
// Interleaved, the side that goes first alternating, so a change in the machine's load falls on both.
for (let i = 0; i < runs; i++) {
  const order: Side[] = i % 2 ? ['bedrock', 'ringway'] : ['ringway', 'bedrock'];
  for (const c of CASES) for (const side of order) measure(side, c);
}
// Counted apart from the timed runs: tracing costs time.
const processes: Record<Side, Record<string, number>> = { ringway: {}, bedrock: {} };
for (const c of CASES)
  for (const side of Object.keys(SIDES) as Side[]) {
    const remote = copyRemote(c.template);
    processes[side][c.key] = gitProcesses((extra) => SIDES[side](c.source, remote, extra));
    rmSync(remote, { recursive: true, force: true });
  }
const ms = (x: number) => `${x.toFixed(0)} ms`;
const spread = (xs: number[]) =>
  `${ms(median(xs))} (p90 ${p90(xs).toFixed(0)}, ${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
const row = (c: (typeof CASES)[number]) => {
  const [r, b] = [results.ringway[c.key], results.bedrock[c.key]];
  const [rc, bc] = [cpuOf.ringway[c.key], cpuOf.bedrock[c.key]];
  return `| ${c.label} | ${spread(r)} | ${spread(b)} | ${(median(b) / median(r)).toFixed(2)}× | ${ms(median(rc))} | ${ms(median(bc))} | ${(median(bc) / median(rc)).toFixed(2)}× | ${processes.ringway[c.key]} | ${processes.bedrock[c.key]} |`;
};
const loadEnd = loadavg()[0];
const md = [
  '## push-manifests',
  '',
  `Command: \`npm run bench -- push-manifests\` (\`node --import ./scripts/ts-loader.mjs bench/push-manifests.ts\`), ${runs} runs each after one untimed warm-up, median (p90, min–max).`,
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, ${sh('git', ['--version']).trim()}.`,
  'Tree: 3 environments × 100 components × 4 files = 1,200 files; remote over file://.',
  'Every run starts from a fresh copy of the same remote (empty, or holding the first tree as one commit), for both sides: no run sees what another pushed.',
  'The remote is a plain bare repository, which refuses partial clones (`--filter`): ringway clones without blobs where the server allows it, so its rows marked "remote allows filters" run against a copy with `uploadpack.allowFilter=true`, as GitHub, GitLab, Gitea and Azure Repos serve; the other rows are a server that refuses filters (ringway then receives every blob, as Bedrock does). Bedrock clones in full either way.',
  'Baseline: Bedrock `build.sh` (clone, `rm -rf ./*/`, `cp -r`, `git add -A`, commit if changed, push) as one shell script of bare git commands.',
  `ringway is timed as the CLI process (${cliLabel}), so Node start-up is included; the runs of the two sides interleave.`,
  `Load average (1 min): start ${loadStart.toFixed(1)}, end ${loadEnd.toFixed(1)}${Math.max(loadStart, loadEnd) > cpus().length ? ' — **under load**: read the CPU columns' : ''}.`,
  '',
  'CPU is user + system time of every process of the run (ringway: Node and its git; Bedrock: sh, each git, cp): on a shared machine the steadier columns. Git processes: every git a run starts, the ones git starts itself included (upload-pack, pack-objects, index-pack…), counted with GIT_TRACE2_EVENT in a separate run.',
  '',
  '| case | ringway | Bedrock sequence (bare git) | baseline / ringway | ringway CPU | Bedrock CPU | CPU baseline / ringway | ringway git processes | Bedrock git processes |',
  '|---|---|---|---|---|---|---|---|---|',
  ...CASES.map(row),
  '',
].join('\n');
writeFileSync(join(root, 'docs/bench-push-manifests.md'), md);
process.stdout.write(md);
for (const dir of [v1, v2, remotes.empty, remotes.published, remotes.filtering])
  rmSync(dir, { recursive: true, force: true });
