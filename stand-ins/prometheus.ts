import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './git.js';
import { stopByPid } from './process.js';
import { freePort } from './registry.js';

export interface Prometheus {
  /** The HTTP API root (`/api/v1/query` is under it). */
  url: string;
  pid: number;
  /** The query's current result as Prometheus's own API gives it (for a test to wait for data). */
  query(promql: string): Promise<{ labels: Record<string, string>; value: number }[]>;
  stop(): Promise<void>;
}

export interface ScrapeTarget {
  job: string;
  target: string;
  /** Labels added to every series of the target (service="web"). */
  labels?: Record<string, string>;
}

/**
 * Debian's `prometheus` (scripts/tools/prometheus.sh) on a free 127.0.0.1 port, scraping `targets`
 * every second (or every `scrapeInterval`, `250ms`: a test that waits for data to build up waits
 * less), with its storage in a temp folder; stopped by PID.
 */
export async function startPrometheus(
  targets: ScrapeTarget[],
  opts: { user?: { name: string; password: string }; scrapeInterval?: string } = {},
): Promise<Prometheus> {
  const dir = tempDir('ringway-prometheus-');
  const web: string[] = [];
  const auth: Record<string, string> = {};
  if (opts.user) {
    // Prometheus's own Basic auth (web config file, bcrypt users), as a hosted endpoint demands one.
    const hash = execFileSync('htpasswd', ['-nbB', opts.user.name, opts.user.password], { encoding: 'utf8' })
      .trim()
      .split(':')[1];
    writeFileSync(
      join(dir, 'web.yml'),
      `basic_auth_users:\n  ${JSON.stringify(opts.user.name)}: ${JSON.stringify(hash)}\n`,
    );
    web.push(`--web.config.file=${join(dir, 'web.yml')}`);
    auth.Authorization = `Basic ${Buffer.from(`${opts.user.name}:${opts.user.password}`).toString('base64')}`;
  }
  const config = [
    'global:',
    `  scrape_interval: ${opts.scrapeInterval ?? '1s'}`,
    `  evaluation_interval: ${opts.scrapeInterval ?? '1s'}`,
    targets.length ? 'scrape_configs:' : 'scrape_configs: []',
    ...targets.flatMap((t) => [
      `  - job_name: ${JSON.stringify(t.job)}`,
      '    static_configs:',
      `      - targets: [${JSON.stringify(t.target)}]`,
      `        labels: ${JSON.stringify(t.labels ?? {})}`,
    ]),
  ].join('\n');
  writeFileSync(join(dir, 'prometheus.yml'), `${config}\n`);
  const port = await freePort();
  const child = spawn(
    'prometheus',
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      ...web,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], cwd: dir },
  );
  let log = '';
  child.stderr.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  // Up to 60 s on a busy machine; a failed start stops it and shows its log.
  for (let i = 0; ; i++) {
    const ready = await fetch(`${url}/-/ready`, { headers: auth }).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (i > 600 || child.exitCode !== null) {
      await stopByPid(child);
      throw new Error(`prometheus did not start: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid as number,
    async query(promql) {
      const res = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(promql)}`, { headers: auth });
      const body = (await res.json()) as {
        data?: { result?: { metric: Record<string, string>; value: [number, string] }[] };
      };
      return (body.data?.result ?? []).map((s) => ({ labels: s.metric, value: Number(s.value[1]) }));
    },
    stop: () => stopByPid(child),
  };
}
