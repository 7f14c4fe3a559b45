import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { tempDir } from './git.js';
import { stopByPid } from './process.js';
import { freePort } from './registry.js';

/** Azurite's well-known development account. */
export const DEV_ACCOUNT = 'devstoreaccount1';
export const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  endpoint: string;
  connectionString: string;
  pid: number;
  stop(): Promise<void>;
}

/** Azurite's table service (npm azurite, pinned 3.35.0), in memory, on a free 127.0.0.1 port. */
export async function startAzurite(): Promise<Azurite> {
  const port = await freePort();
  const main = join(dirname(createRequire(import.meta.url).resolve('azurite/package.json')), 'dist/src/table/main.js');
  // Run from a temp folder: nothing Azurite might write lands in the repository.
  const child = spawn(process.execPath, [main, '--inMemoryPersistence', '--disableTelemetry', '--tableHost', '127.0.0.1', '--tablePort', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: tempDir('ringway-azurite-'),
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const endpoint = `http://127.0.0.1:${port}/${DEV_ACCOUNT}`;
  // Up to 30 s: on a busy machine Node alone can take 10 s to load Azurite. A failed start stops it.
  for (let i = 0; !/successfully (started|listening)/i.test(out); i++) {
    if (i > 600 || child.exitCode !== null) {
      child.kill();
      throw new Error(`azurite did not start: ${out}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    endpoint,
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};TableEndpoint=${endpoint};`,
    pid: child.pid as number,
    stop: () => stopByPid(child),
  };
}
