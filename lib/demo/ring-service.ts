import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RingService {
  /** The health URL a gate probes: http://127.0.0.1:<port>/healthz */
  url: string;
  /** The ring's cluster now runs `tag` (what Flux applied). */
  runs(tag: string): void;
  close(): Promise<void>;
}

/**
 * A stand-in for the service one ring runs, on 127.0.0.1 for the demo: /healthz answers 200 with the
 * version it runs, or 503 while it runs a tag with a known bug.
 */
export async function startRingService(broken: string): Promise<RingService> {
  let running = '';
  const server = createServer((req, res) => {
    const ok = running !== broken;
    const known = req.url === '/healthz';
    res.writeHead(known ? (ok ? 200 : 503) : 404, { 'content-type': 'application/json' });
    res.end(known ? JSON.stringify({ status: ok ? 'ok' : 'failing', version: running }) : '{}');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`,
    runs(tag) {
      running = tag;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
