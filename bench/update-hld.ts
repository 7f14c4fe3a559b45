// 20 pipelines updating one HLD at once over smart HTTP (token-checked git http-backend), each a
// direct update-hld of a different component's image tag in the same config file, as 20 CI jobs
// run it: 20 separate processes of the shipped CLI (bin/ringway.cjs → dist/cli, built by
// `npm run bench`) started together. Beside it, the same 20 updates as a bare git sequence (shallow
// clone, sed, commit, push; on a rejected push: fetch, reset, edit again, push at once). Rounds of
// the two sides alternate so both see the same machine. Every update must land exactly once.
// Reports per-update time (median, p95), retries and CPU. Writes docs/bench-update-hld.md.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { readFileAt } from '../stand-ins/git.js';
import { startGitHttpServer } from '../stand-ins/git-http-server.js';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const N = 20;
const rounds = Number(process.env.BENCH_RUNS ?? 3);
const token = 'bench-token-1234567890';
// BENCH_CLI: another build's bin/ringway.cjs (the code before a change), measured the same way.
const cli = process.env.BENCH_CLI ?? join(root, 'bin', 'ringway.cjs');
if (!existsSync(join(root, 'dist', 'cli', 'index.js')))
  throw new Error('dist/cli is missing: run `npm run bench -- update-hld` (it builds first)');

// The baseline: what a pipeline script does with git alone. The edit is one sed on the service's
// tag line; a lost race fetches the new tip, resets to it and edits again, with no wait.
const bareGit = `set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
git clone -q --depth 1 --single-branch "$URL" "$dir"
cd "$dir"
edit() {
  sed -i "/^  $SVC:\\$/,/tag:/ s/tag: [^ ]*/tag: $TAG/" config/common.yaml
  git commit -q -a -m "Updating $SVC image tag to $TAG."
}
edit
until git push -q origin HEAD:main 2>/dev/null; do
  echo "push rejected"
  git fetch -q --depth 1 origin main
  git reset -q --hard FETCH_HEAD
  edit
done
`;

interface Side {
  name: string;
  times: number[];
  retries: number[];
  cpu: number;
}
const sides: Record<'ringway' | 'bare', Side> = {
  ringway: { name: 'ringway CLI (`bin/ringway.cjs update-hld`)', times: [], retries: [], cpu: 0 },
  bare: { name: 'bare git (clone, sed, commit, push; fetch + reset on reject)', times: [], retries: [], cpu: 0 },
};
const work = mkdtempSync(join(tmpdir(), 'ringway-bench-update-'));
const script = join(work, 'bare-git.sh');
writeFileSync(script, bareGit);
const loadStart = loadavg()[0];

/** One process; resolves with its wall time and the "push rejected" lines it printed. */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; rejected: number }> {
  const t = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${cmd} ${args.join(' ')} exited ${code}:\n${out.slice(-2000)}`));
      resolve({
        ms: performance.now() - t,
        rejected: out.split('\n').filter((l) => l.includes('push rejected')).length,
      });
    });
  });
}

async function round(side: keyof typeof sides, r: number): Promise<void> {
  // A server per round: once stopped, its CPU (and its git http-backend's) is counted with this
  // process's children, so each side's CPU holds the server work it caused.
  const cpuStart = cpuSeconds();
  const server = await startGitHttpServer({ token, root: mkdtempSync(join(work, 'srv-')) });
  const services = Array.from({ length: N }, (_, i) => `svc${i}`);
  const component = `name: hld\nsubcomponents:\n${services.map((s) => `  - name: ${s}\n    type: helm\n    path: ./chart\n`).join('')}`;
  const common = `# shared ring config\nsubcomponents:\n${services.map((s) => `  ${s}:\n    config:\n      image:\n        tag: old # bumped by CI\n`).join('')}`;
  const tags = services.map((_, i) => `${side}${r}-${i}`);
  let repoDir = '';
  try {
    const repo = await server.repo(`hld${r}`, { files: { 'component.yaml': component, 'config/common.yaml': common } });
    repoDir = repo.dir;
    const base = { PATH: process.env.PATH, HOME: work, GIT_CONFIG_NOSYSTEM: '1' };
    const results = await Promise.all(
      services.map((s, i) =>
        side === 'ringway'
          ? run(
              process.execPath,
              [
                cli,
                'update-hld',
                '--hld-repo',
                repo.httpUrl,
                '--component',
                s,
                '--image-tag',
                tags[i],
                '--pull-request',
                'false',
                '--max-attempts',
                '40',
              ],
              { ...base, RINGWAY_TOKEN: token },
            )
          : run('bash', [script], {
              ...base,
              URL: repo.httpUrl,
              SVC: s,
              TAG: tags[i],
              GIT_AUTHOR_NAME: 'bench',
              GIT_AUTHOR_EMAIL: 'bench@example.com',
              GIT_COMMITTER_NAME: 'bench',
              GIT_COMMITTER_EMAIL: 'bench@example.com',
              GIT_CONFIG_COUNT: '1',
              GIT_CONFIG_KEY_0: 'http.extraheader',
              GIT_CONFIG_VALUE_0: `Authorization: Bearer ${token}`,
            }),
      ),
    );
    for (const x of results) {
      sides[side].times.push(x.ms);
      sides[side].retries.push(x.rejected);
    }
  } finally {
    await server.stop();
  }
  sides[side].cpu += cpuSeconds() - cpuStart;
  // Every tag landed, and exactly once: one commit per update on top of the first.
  const cfg = parse(readFileAt(repoDir, 'main', 'config/common.yaml') as string);
  const landed = services.filter((s, i) => cfg.subcomponents[s].config.image.tag === tags[i]).length;
  if (landed !== N) throw new Error(`${side} round ${r}: only ${landed}/${N} updates landed`);
  const { execFileSync } = await import('node:child_process');
  const commits = Number(execFileSync('git', ['rev-list', '--count', 'main'], { cwd: repoDir }).toString().trim());
  if (commits !== N + 1) throw new Error(`${side} round ${r}: ${commits - 1} commits for ${N} updates`);
  console.log(`${side} round ${r + 1}/${rounds}: ${N}/${N} landed`);
}

try {
  for (let r = 0; r < rounds; r++) {
    // Alternate which side goes first, so neither always runs on the warmer machine.
    const order: (keyof typeof sides)[] = r % 2 ? ['bare', 'ringway'] : ['ringway', 'bare'];
    // BENCH_SIDES=ringway: the CLI alone (for a before/after of two builds).
    for (const side of order) if (!process.env.BENCH_SIDES || process.env.BENCH_SIDES === side) await round(side, r);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * CPU seconds of this process and every child it has waited for (the CLI processes and their git,
 * the bare git scripts, each round's server and its `git http-backend`): the work, steadier than
 * wall time on a shared machine. Linux only.
 */
function cpuSeconds(): number {
  try {
    const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

function row(s: Side): string {
  const sorted = [...s.times].sort((a, b) => a - b);
  const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] / 1000;
  const mean = s.retries.reduce((a, b) => a + b, 0) / s.retries.length;
  return `| ${s.name} | ${s.times.length} (all) | ${pct(50).toFixed(2)} s | ${pct(95).toFixed(2)} s | ${(sorted[sorted.length - 1] / 1000).toFixed(2)} s | ${mean.toFixed(1)} | ${(s.cpu / s.times.length).toFixed(2)} s |`;
}

const r = sides.ringway.times.sort((a, b) => a - b);
const b = sides.bare.times.sort((a, b2) => a - b2);
const p95 = (t: number[]) => t[Math.min(t.length - 1, Math.floor(0.95 * t.length))];
const md = [
  '## update-hld',
  '',
  `Command: \`npm run bench -- update-hld\` (\`node --import ./scripts/ts-loader.mjs bench/update-hld.ts\`), ${rounds} rounds of ${N} concurrent updates per side, the sides alternating.`,
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}; git over smart HTTP (git http-backend behind a token check) on 127.0.0.1.`,
  `Each update is its own process started at the same moment as the other ${N - 1}, as ${N} CI jobs would: the shipped CLI (dist/cli), or a bash script of bare git commands. Each changes one service's image tag in the same config/common.yaml on main; every tag must land, in exactly ${N} commits.`,
  "ringway: one `git clone --depth=1` of the branch; each attempt reads the tip's config file (`ls-tree`, `cat-file`), edits it, writes the commit with `git fast-import` and pushes it; a rejected push fetches only the new commits and waits a draw from the lost attempt's time (lib/git/backoff.ts raceDelay) before the next attempt.",
  `Load average (1 min): start ${loadStart.toFixed(1)}, end ${loadavg()[0].toFixed(1)}. CPU is every process's (the updates, their git commands, the server and its git): on a shared machine the steadier column.`,
  '',
  '| updates by | landed | median per update | p95 per update | max | mean retries per update | CPU per update |',
  '|---|---|---|---|---|---|---|',
  row(sides.ringway),
  row(sides.bare),
  '',
  `p95: ringway ${(p95(r) / 1000).toFixed(2)} s against bare git ${(p95(b) / 1000).toFixed(2)} s (${(p95(b) / p95(r)).toFixed(2)}× faster).`,
  '',
].join('\n');
writeFileSync(join(root, 'docs/bench-update-hld.md'), md);
process.stdout.write(md);
