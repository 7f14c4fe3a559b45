import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnListening, stopByPid } from './process.js';

const here = dirname(fileURLToPath(import.meta.url));

/** A rule of stand-ins/fault-proxy.mjs: which requests fail, and how. */
export interface Fault {
  method: string;
  /** Regular expression over the request path (with its query). */
  path: string;
  /** Status answered instead of the upstream's (default 500). */
  status?: number;
  /** Forward first: the upstream does the work, the client hears the failure (or nothing). */
  after?: boolean;
  /** Matching requests let through before the fault applies. */
  skip?: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Never answer. */
  hang?: boolean;
  /** Seconds sent as Retry-After with the error. */
  retryAfter?: number;
}

export interface FaultProxy {
  /** 127.0.0.1:<port> */
  host: string;
  /** Replaces the rules (an empty list heals the proxy). */
  faults(rules: Fault[]): Promise<void>;
  /** "METHOD path -> status" for every request seen. */
  log(): Promise<string[]>;
  stop(): Promise<void>;
}

/** Starts stand-ins/fault-proxy.mjs in front of `upstream` (host:port). Stopped by PID. */
export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const { child, port } = await spawnListening(process.execPath, [join(here, 'fault-proxy.mjs'), upstream]);
  const host = `127.0.0.1:${port}`;
  return {
    host,
    async faults(rules) {
      const res = await fetch(`http://${host}/__faults`, {
        method: 'PUT',
        body: JSON.stringify(rules.map((r) => ({ status: 500, ...r }))),
      });
      if (res.status !== 204) throw new Error(`fault proxy answered ${res.status}`);
    },
    async log() {
      return (await (await fetch(`http://${host}/__log`)).text()).split('\n').filter(Boolean);
    },
    stop: () => stopByPid(child),
  };
}
