// Stand-ins started once per jest run and shared by the suites of one worker: global-setup.mjs
// starts one Azurite per worker, global-teardown.mjs stops them by PID. A suite calls
// azuriteForThisWorker() in beforeAll and keeps its data apart with table names of its own.
import { type Azurite, connectionStringFor, startAzurite } from '../../stand-ins/azurite.js';

/** The environment variable the endpoints reach the workers in: a JSON array, one per worker. */
const SHARED_AZURITES = 'RINGWAY_TEST_AZURITES';

interface SharedAzurite {
  endpoint: string;
  pid: number;
}

/**
 * The Azurite of this jest worker (JEST_WORKER_ID), whose stop() leaves it running for the next
 * suite; outside the global setup (one file run by another runner) a fresh one that stop() ends.
 */
export async function azuriteForThisWorker(): Promise<Azurite> {
  const shared = JSON.parse(process.env[SHARED_AZURITES] ?? '[]') as SharedAzurite[];
  const mine = shared[(Number(process.env.JEST_WORKER_ID ?? 1) - 1) % Math.max(shared.length, 1)];
  if (!mine) return startAzurite();
  return {
    endpoint: mine.endpoint,
    connectionString: connectionStringFor(mine.endpoint),
    pid: mine.pid,
    stop: async () => {},
  };
}

let started: Azurite[] = [];

/**
 * globalSetup: one Azurite per worker, started in parallel. Where one does not start (a machine so
 * busy that Node takes 30 s to load it), the workers share those that did; where none does, each
 * suite starts its own, as outside the global setup.
 */
export async function startShared(workers: number): Promise<void> {
  const results = await Promise.allSettled(Array.from({ length: Math.max(1, workers) }, () => startAzurite()));
  started = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  for (const r of results)
    if (r.status === 'rejected')
      process.stderr.write(
        `\nshared Azurite: ${String(r.reason).split('\n')[0]}; ${started.length ? 'the workers share the others' : 'each suite starts its own'}\n`,
      );
  // Workers are forked after globalSetup and inherit this environment.
  if (started.length)
    process.env[SHARED_AZURITES] = JSON.stringify(
      started.map((a): SharedAzurite => ({ endpoint: a.endpoint, pid: a.pid })),
    );
}

/** globalTeardown: stops them by PID (SIGTERM, then SIGKILL after a grace period). */
export async function stopShared(): Promise<void> {
  await Promise.all(started.map((a) => a.stop()));
  started = [];
  delete process.env[SHARED_AZURITES];
}
