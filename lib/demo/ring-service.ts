import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RingService {
  /** The health URL a gate probes: http://127.0.0.1:<port>/healthz */
  url: string;
  /** host:port, the target a Prometheus scrapes (`/metrics`). */
  address: string;
  /** The ring's cluster now runs `tag` (what Flux applied). */
  runs(tag: string): void;
  close(): Promise<void>;
}

/** Simulated requests a second, and the share of them a tag with a known bug answers with 500. */
const RPS = 20;
const BROKEN_ERROR_RATIO = 0.25;

/**
 * A stand-in for the service one ring runs, on 127.0.0.1 (or `listen`) for the demo: /healthz
 * answers 200 with the version it runs, or 503 while it runs a tag with a known bug; /metrics
 * counts the requests it serves (simulated, RPS a second) as `http_requests_total{service, ring,
 * version, code}` in Prometheus's text format (its own labels, so any Prometheus that scrapes it
 * can be asked by service and ring), a quarter of them 500 while it runs the broken tag.
 */
export async function startRingService(
  broken: string,
  labels: { service: string; ring: string },
  listen: { host: string; port: number } = { host: '127.0.0.1', port: 0 },
): Promise<RingService> {
  let running = '';
  const served = new Map<string, { version: string; code: string; n: number }>();
  let owed = 0;
  let errorsOwed = 0;
  const count = (version: string, code: string, n: number) => {
    const key = `${version} ${code}`;
    const c = served.get(key) ?? { version, code, n: 0 };
    c.n += n;
    served.set(key, c);
  };
  const traffic = setInterval(() => {
    if (!running) return;
    owed += RPS / 10;
    const n = Math.floor(owed);
    owed -= n;
    errorsOwed += running === broken ? n * BROKEN_ERROR_RATIO : 0;
    const errors = Math.min(n, Math.floor(errorsOwed));
    errorsOwed -= errors;
    count(running, '200', n - errors);
    if (errors || running === broken) count(running, '500', errors);
  }, 100);
  traffic.unref();
  const own = `service=${JSON.stringify(labels.service)},ring=${JSON.stringify(labels.ring)}`;
  const exposition = () =>
    [
      '# HELP http_requests_total Requests served, by version and status code.',
      '# TYPE http_requests_total counter',
      ...[...served.values()].map(
        (c) => `http_requests_total{${own},version=${JSON.stringify(c.version)},code=${JSON.stringify(c.code)}} ${c.n}`,
      ),
      '',
    ].join('\n');
  const server = createServer((req, res) => {
    if (req.url === '/metrics') {
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
      res.end(exposition());
      return;
    }
    const ok = running !== broken;
    const known = req.url === '/healthz';
    res.writeHead(known ? (ok ? 200 : 503) : 404, { 'content-type': 'application/json' });
    res.end(known ? JSON.stringify({ status: ok ? 'ok' : 'failing', version: running }) : '{}');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, resolve);
  });
  const address = `${listen.host}:${(server.address() as AddressInfo).port}`;
  return {
    url: `http://${address}/healthz`,
    address,
    runs(tag) {
      running = tag;
    },
    close: () =>
      new Promise((resolve) => {
        clearInterval(traffic);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
