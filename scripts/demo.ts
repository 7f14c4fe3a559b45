// `npm run demo`: `ringway demo` on embedded defaults, with the local stand-ins for the cloud it
// can use: an OCI registry (docker-registry), Azure Table Storage (Azurite) and a Prometheus
// (Debian's, scripts/tools/prometheus.sh) scraping staging's service every second, all on 127.0.0.1
// and stopped when the demo ends. Then asks "where is my container?" with `ringway deployments`.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startAzurite } from '../stand-ins/azurite.js';
import { startPrometheus } from '../stand-ins/prometheus.js';
import { freePort, isolatedContainerStorage, startRegistry } from '../stand-ins/registry.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Staging's service listens where Prometheus already looks: the gate's metric check reads its 5xx ratio.
const ringService = `127.0.0.1:${await freePort()}`;
const [registry, azurite, prometheus] = await Promise.all([
  startRegistry(),
  startAzurite(),
  startPrometheus([{ job: 'staging', target: ringService }]),
]);
process.on('exit', () => {
  for (const pid of [registry.pid, azurite.pid, prometheus.pid]) {
    try {
      process.kill(pid);
    } catch {
      // already stopped
    }
  }
});
// Telemetry settings travel in RINGWAY_* variables, as a pipeline's secret variables would: the
// connection string (a secret) never appears on a command line.
const env = {
  ...process.env,
  CONTAINERS_STORAGE_CONF: isolatedContainerStorage(),
  RINGWAY_CONNECTION_STRING: azurite.connectionString,
  RINGWAY_TABLE_NAME: 'deployments',
  RINGWAY_PARTITION_KEY: 'fabrikam',
};
const ringway = (args: string[]) =>
  spawnSync(process.execPath, [join(root, 'bin/ringway.cjs'), ...args], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });

const telemetry = ['--ring-service', ringService, '--prometheus-url', prometheus.url];
console.log(
  `$ ringway demo --registry ${registry.host} --builder buildah --isolation chroot --storage-driver vfs ${telemetry.join(' ')}`,
);
const demo = ringway([
  'demo',
  '--registry',
  registry.host,
  '--builder',
  'buildah',
  '--isolation',
  'chroot',
  '--storage-driver',
  'vfs',
  ...telemetry,
]);
process.stdout.write(demo.stdout);
let code = demo.status ?? 1;
if (code === 0) {
  console.log('\n$ ringway deployments --output wide');
  const list = ringway(['deployments', '--output', 'wide']);
  process.stdout.write(list.stdout);
  code = list.status ?? 1;
}
await Promise.all([registry.stop(), azurite.stop(), prometheus.stop()]);
process.exit(code);
