// 20 pipelines updating one HLD at once over smart HTTP (token-checked git http-backend), each a
// direct update-hld of a different component's image tag in the same config file. Every update
// must land; reports per-update time (median, p95) and retries. Writes docs/bench-update-hld.md.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Inputs } from '../lib/steps/inputs.js';
import { step as updateHld } from '../lib/steps/update-hld.js';
import { readFileAt } from '../stand-ins/git.js';
import { startGitHttpServer } from '../stand-ins/git-http-server.js';
import { RecordingHost } from '../stand-ins/host.js';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const N = 20;
const rounds = Number(process.env.BENCH_RUNS ?? 3);
const token = 'bench-token-1234567890';
const server = await startGitHttpServer({ token });
const times: number[] = [];
const loadStart = loadavg()[0];
const cpuStart = cpuSeconds();
const retries: number[] = [];
try {
  for (let round = 0; round < rounds; round++) {
    const services = Array.from({ length: N }, (_, i) => `svc${i}`);
    const component = `name: hld\nsubcomponents:\n${services.map((s) => `  - name: ${s}\n    type: helm\n    path: ./chart\n`).join('')}`;
    const common = `# shared ring config\nsubcomponents:\n${services.map((s) => `  ${s}:\n    config:\n      image:\n        tag: old # bumped by CI\n`).join('')}`;
    const repo = await server.repo(`bench${round}`, {
      files: { 'component.yaml': component, 'config/common.yaml': common },
    });
    await Promise.all(
      services.map(async (s, i) => {
        const host = new RecordingHost();
        const t = performance.now();
        await updateHld.run(
          Inputs.of(updateHld, {
            'hld-repo': repo.httpUrl,
            token,
            component: s,
            'image-tag': `b${round}-${i}`,
            'pull-request': 'false',
            'max-attempts': '40',
          }),
          host,
        );
        times.push(performance.now() - t);
        retries.push(host.lines.filter((l) => l.startsWith('push rejected')).length);
      }),
    );
    const cfg = parse(readFileAt(repo.dir, 'main', 'config/common.yaml') as string);
    const landed = services.filter((s, i) => cfg.subcomponents[s].config.image.tag === `b${round}-${i}`).length;
    if (landed !== N) throw new Error(`round ${round}: only ${landed}/${N} updates landed`);
  }
} finally {
  await server.stop();
}
// The server has exited: its git processes are counted with it.
const cpu = cpuSeconds() - cpuStart;

/**
 * CPU seconds of this process and every child it has waited for (the server, and through it each
 * `git http-backend`; every git command of the steps): the work, steadier than wall time on a
 * shared machine. Linux only.
 */
function cpuSeconds(): number {
  try {
    const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / 100;
  } catch {
    return Number.NaN;
  }
}
const sorted = [...times].sort((a, b) => a - b);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const md = [
  '## update-hld',
  '',
  `Command: \`npm run bench -- update-hld\` (\`node --import ./scripts/ts-loader.mjs bench/update-hld.ts\`), ${rounds} rounds of ${N} concurrent updates.`,
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}; git over smart HTTP (git http-backend behind a token check) on 127.0.0.1.`,
  `Each update: shallow fetch, format-preserving edit of one shared config file, commit, push; a rejected push is re-applied on the new tip after a wait drawn from the time the lost attempt took (lib/git/backoff.ts raceDelay).`,
  `Load average (1 min): start ${loadStart.toFixed(1)}, end ${loadavg()[0].toFixed(1)}. CPU is every process's (the steps, their git commands, the server and its git): on a shared machine the steadier column.`,
  '',
  '| updates | landed | median per update | p95 per update | max | mean retries per update | CPU per update |',
  '|---|---|---|---|---|---|---|',
  `| ${times.length} | ${times.length} (all) | ${(pct(50) / 1000).toFixed(2)} s | ${(pct(95) / 1000).toFixed(2)} s | ${(sorted[sorted.length - 1] / 1000).toFixed(2)} s | ${(retries.reduce((a, b) => a + b, 0) / retries.length).toFixed(1)} | ${(cpu / times.length).toFixed(2)} s |`,
  '',
  "Baseline: Bedrock's release.sh made one plain `git push` per pipeline with no retry, so concurrent",
  'updates of one HLD failed with a rejected push (microsoft/bedrock#1060, #1100); with 20 at once, 19 of',
  'them would have had to be re-run by hand.',
  '',
].join('\n');
writeFileSync(join(root, 'docs/bench-update-hld.md'), md);
process.stdout.write(md);
