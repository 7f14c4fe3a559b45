// push-manifests vs Bedrock's build.sh sequence run as bare git commands, on a manifest tree of
// 3 environments × 100 components × 4 files (1,200 files), served over file://.
// Cases: first publish into an empty repo, re-publish of identical content (no commit), and one
// changed file. Writes docs/bench-push-manifests.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const cli = join(root, 'bin/ringway.cjs');
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

function bareRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-remote-'));
  sh('git', ['init', '-q', '--bare', '--initial-branch=main', dir]);
  return dir;
}

function ringway(source: string, remote: string): void {
  sh(process.execPath, [
    cli,
    'push-manifests',
    '--source',
    source,
    '--manifest-repo',
    `file://${remote}`,
    '--build-commit',
    'a'.repeat(40),
    '--quiet',
  ]);
}

// Bedrock gitops/azure-devops/build.sh: git_connect, git_commit, git_push.
function bedrock(source: string, remote: string): void {
  const work = mkdtempSync(join(tmpdir(), 'bench-bedrock-'));
  try {
    sh('git', ['clone', '-q', `file://${remote}`, work]);
    sh('git', ['checkout', '-q', '-B', 'main'], work);
    sh('sh', ['-c', `rm -rf ./*/ && cp -r ${source}/* . && git add -A`], work);
    if (sh('git', ['status', '--porcelain'], work).trim()) {
      sh('git', ['commit', '-q', '-m', 'Updated k8s manifest files post commit: x'], work);
      sh('git', ['push', '-q', 'origin', 'HEAD:refs/heads/main'], work);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
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

const loadStart = loadavg()[0];
const v1 = mkdtempSync(join(tmpdir(), 'bench-src1-'));
const v2 = mkdtempSync(join(tmpdir(), 'bench-src2-'));
makeTree(v1, 1);
makeTree(v2, 2);
const empty = () => ({ first: [] as number[], same: [] as number[], change: [] as number[] });
const results: Record<string, Record<string, number[]>> = { ringway: empty(), bedrock: empty() };
const cpuOf: Record<string, Record<string, number[]>> = { ringway: empty(), bedrock: empty() };
let cpu: number[] = [];
// Interleaved, so a change in the machine's load falls on both.
for (let i = 0; i < runs; i++) {
  for (const [name, fn] of [
    ['ringway', ringway],
    ['bedrock', bedrock],
  ] as const) {
    const remote = bareRepo();
    for (const [key, source] of [
      ['first', v1],
      ['same', v1],
      ['change', v2],
    ] as const) {
      cpu = cpuOf[name][key];
      results[name][key].push(time(() => fn(source, remote)));
    }
    rmSync(remote, { recursive: true, force: true });
  }
}
const row = (label: string, key: string) =>
  `| ${label} | ${median(results.ringway[key]).toFixed(0)} ms | ${median(results.bedrock[key]).toFixed(0)} ms | ${(median(results.bedrock[key]) / median(results.ringway[key])).toFixed(2)}× | ${median(cpuOf.ringway[key]).toFixed(0)} ms | ${median(cpuOf.bedrock[key]).toFixed(0)} ms | ${(median(cpuOf.bedrock[key]) / median(cpuOf.ringway[key])).toFixed(2)}× |`;
const md = [
  '## push-manifests',
  '',
  `Command: \`npm run bench -- push-manifests\` (\`node --import ./scripts/ts-loader.mjs bench/push-manifests.ts\`), ${runs} runs each, median.`,
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, ${sh('git', ['--version']).trim()}.`,
  'Tree: 3 environments × 100 components × 4 files = 1,200 files; remote over file://.',
  'Baseline: Bedrock `build.sh` (clone, `rm -rf ./*/`, `cp -r`, `git add -A`, commit if changed, push) as bare git commands.',
  'ringway is timed as the CLI process from the committed bundle, so Node start-up is included.',
  `Load average (1 min): start ${loadStart.toFixed(1)}, end ${loadavg()[0].toFixed(1)}.`,
  '',
  'CPU is user + system time of every process of the run (ringway: Node and its git; Bedrock: each git): on a shared machine the steadier columns.',
  '',
  '| case | ringway | Bedrock sequence (bare git) | baseline / ringway | ringway CPU | Bedrock CPU | CPU baseline / ringway |',
  '|---|---|---|---|---|---|---|',
  row('first publish (1,200 new files)', 'first'),
  row('identical content (no commit)', 'same'),
  row('one file changed', 'change'),
  '',
].join('\n');
writeFileSync(join(root, 'docs/bench-push-manifests.md'), md);
process.stdout.write(md);
rmSync(v1, { recursive: true, force: true });
rmSync(v2, { recursive: true, force: true });
