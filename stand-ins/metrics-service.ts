import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './git.js';
import { spawnListening, stopByPid } from './process.js';

export interface Traffic {
  /** Requests served per second. */
  rps: number;
  /** Share of them answered 500. */
  errorRatio: number;
  /** How long each request takes, in seconds (observed in the latency histogram). */
  latency: number;
}

export interface MetricsService {
  /** host:port, as a Prometheus scrape target. */
  target: string;
  pid: number;
  /** The traffic from now on; the counters keep what they counted. */
  traffic(t: Partial<Traffic>): Promise<void>;
  stop(): Promise<void>;
}

// A service on 127.0.0.1 whose /metrics (Prometheus text format 0.0.4) counts simulated requests:
// http_requests_total by code, and the http_request_duration_seconds histogram. Every 100 ms it
// serves a tenth of rps at the traffic the test set through POST /__traffic.
const SERVER = `
const { createServer } = require('node:http');
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
let traffic = { rps: 50, errorRatio: 0, latency: 0.02 };
const total = { '200': 0, '500': 0 };
const buckets = BUCKETS.map(() => 0);
let count = 0, sum = 0, owed = 0, errorsOwed = 0;
setInterval(() => {
  owed += traffic.rps / 10;
  const n = Math.floor(owed);
  owed -= n;
  errorsOwed += n * traffic.errorRatio;
  const errors = Math.min(n, Math.floor(errorsOwed));
  errorsOwed -= errors;
  total['500'] += errors;
  total['200'] += n - errors;
  count += n;
  sum += n * traffic.latency;
  BUCKETS.forEach((le, i) => { if (traffic.latency <= le) buckets[i] += n; });
}, 100);
function exposition() {
  const lines = [
    '# HELP http_requests_total Requests served, by status code.',
    '# TYPE http_requests_total counter',
    ...Object.entries(total).map(([code, v]) => 'http_requests_total{code="' + code + '"} ' + v),
    '# HELP http_request_duration_seconds Request latency.',
    '# TYPE http_request_duration_seconds histogram',
    ...BUCKETS.map((le, i) => 'http_request_duration_seconds_bucket{le="' + le + '"} ' + buckets[i]),
    'http_request_duration_seconds_bucket{le="+Inf"} ' + count,
    'http_request_duration_seconds_sum ' + sum,
    'http_request_duration_seconds_count ' + count,
  ];
  return lines.join('\\n') + '\\n';
}
const server = createServer((req, res) => {
  let raw = '';
  req.on('data', (c) => (raw += c));
  req.on('end', () => {
    if (req.url === '/__traffic' && req.method === 'POST') { traffic = { ...traffic, ...JSON.parse(raw) }; res.end('{}'); return; }
    if (req.url === '/metrics') { res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }); res.end(exposition()); return; }
    res.writeHead(404); res.end();
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write('listening ' + server.address().port + '\\n'));
process.on('SIGTERM', () => { server.closeAllConnections(); server.close(() => process.exit(0)); });
`;

export async function startMetricsService(): Promise<MetricsService> {
  const script = join(tempDir('ringway-metrics-service-'), 'server.cjs');
  writeFileSync(script, SERVER);
  const { child, port } = await spawnListening(process.execPath, [script]);
  return {
    target: `127.0.0.1:${port}`,
    pid: child.pid as number,
    async traffic(t) {
      await fetch(`http://127.0.0.1:${port}/__traffic`, { method: 'POST', body: JSON.stringify(t) });
    },
    stop: () => stopByPid(child),
  };
}
