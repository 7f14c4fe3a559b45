import { existsSync, realpathSync } from 'node:fs';
import { mkdtemp, mkdir, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { prometheusUrl } from '../../monitoring/prometheus.js';
import { runDemo } from '../../demo/chain.js';
import { envName } from '../../steps/names.js';
import { storageInputs } from '../../steps/storage-inputs.js';
import { registerSecret } from '../../secrets.js';
import { parseArgs } from '../../hosts/cli-args.js';
import type { CliCommand } from '../commands.js';
import { flagStore, storageFlagSpecs, storageHelp } from './storage-flags.js';
import { writeDashboard } from './dashboard.js';

/**
 * The demo data ships beside the CLI (the package's demo/ folder): found upward from the program
 * that runs (dist/cli/index.js, through npx's symlink too), else from the working directory (a
 * clone). Not `import.meta.url`: the CommonJS bundle would carry the build machine's path.
 */
function findDemoRoot(): string | undefined {
  const starts = [
    process.argv[1] && existsSync(process.argv[1]) ? dirname(realpathSync(process.argv[1])) : undefined,
    process.cwd(),
  ];
  for (let dir of starts) {
    for (let i = 0; dir && i < 6; i++) {
      if (existsSync(join(dir, 'demo', 'hld', 'component.yaml'))) return join(dir, 'demo');
      dir = dirname(dir);
    }
  }
  return undefined;
}

export const command: CliCommand = {
  help: `ringway demo [--workspace <dir>] [--registry <host:port>] [--builder auto|docker|buildah|podman]
             [--isolation <mode>] [--storage-driver <driver>]
             [--ring-service <host:port> --prometheus-url <url>] [storage options]

Runs every step the way a pipeline would, on local stand-ins, and prints each hop as the ringway
command that does it: a service repository, an HLD repository (Fabrikate format) and a manifest
repository are made as bare git repositories in the workspace; the new image tag goes to the HLD
through the local pull-request provider; the HLD is rendered (helm must be on PATH) and pushed to
the manifest repository; the same command again changes nothing.

With --registry, the image of demo/service is built and pushed there, then promoted by a registry
retag. With telemetry storage (flags or RINGWAY_* variables; Azurite works), every hop is recorded,
the gate decides dev → staging (promote) and staging → prod (wait), the tag is proposed to staging,
and <workspace>/dashboard/index.html is written. Then a bad release: the next tag reaches staging,
where its health check (a stand-in service on 127.0.0.1) answers 503; the gate rejects it for prod,
rollback puts the previous tag back in staging through the HLD, and the manifests are pushed again.

With --ring-service and --prometheus-url (a Prometheus that scrapes <host:port>/metrics, the
stand-in staging service's request counters), staging soaks 5s and the gate also checks its 5xx
ratio over the soak window (< 0.01): the bad release is rejected by that metric as well, and the
record names the check, the value and the threshold. \`npm run demo\` starts one (Debian's prometheus).

Outputs (stdout): workspace, image-tag, hld-commit, manifest-commit, dev-image, and with telemetry
the gate decisions, bad-tag, gate-bad-reason (with Prometheus: gate-bad-metric, -value, -threshold),
rollback-from/-to/-commit, staging-image and the dashboard. The workspace is kept for inspection.

Storage (or RINGWAY_* variables):
${storageHelp}
`,
  async run(argv) {
    const { flags, positionals } = parseArgs(argv, [
      { name: 'workspace' },
      { name: 'registry' },
      { name: 'builder' },
      { name: 'isolation' },
      { name: 'storage-driver' },
      { name: 'ring-service' },
      { name: 'prometheus-url' },
      ...storageFlagSpecs,
    ]);
    if (positionals.length) throw new UsageError(`ringway demo takes no arguments, got '${positionals[0]}'`);
    const demoRoot = findDemoRoot();
    if (!demoRoot)
      throw new UsageError(
        'ringway demo: the demo data (demo/hld, demo/service) is not beside this ringway; run it from the ringway package or repository',
      );
    const registry = flags.get('registry');
    if (registry !== undefined && !/^[\w.-]+(:\d+)?$/.test(registry))
      throw new UsageError(`option --registry must be host[:port], got '${registry}'`);
    const ringService = flags.get('ring-service');
    const ringAddress = ringService !== undefined ? /^([\w.-]+):(\d{1,5})$/.exec(ringService) : undefined;
    if (ringAddress === null || (ringAddress && Number(ringAddress[2]) > 65535))
      throw new UsageError(`option --ring-service must be host:port, got '${ringService}'`);
    const prometheus = flags.get('prometheus-url');
    if (prometheus !== undefined) {
      try {
        prometheusUrl(prometheus);
      } catch (err) {
        throw new UsageError(`option --prometheus-url: ${(err as Error).message}`);
      }
      if (!ringAddress)
        throw new UsageError('option --prometheus-url needs --ring-service (the address that Prometheus scrapes)');
    }
    let workspace = flags.get('workspace');
    if (workspace) {
      workspace = resolve(workspace);
      await mkdir(workspace, { recursive: true });
      if ((await readdir(workspace)).length) throw new UsageError(`option --workspace: ${workspace} is not empty`);
    } else {
      workspace = await mkdtemp(join(tmpdir(), 'ringway-demo-'));
    }
    // Storage flags become the RINGWAY_* variables every step reads, so no secret is printed in
    // the command lines the demo shows.
    for (const d of storageInputs) {
      const v = flags.get(d.name);
      if (v === undefined) continue;
      if (d.secret) registerSecret(v);
      process.env[envName(d.name)] = v;
    }
    const telemetry = Boolean(
      process.env[envName('table-name')] &&
      process.env[envName('partition-key')] &&
      (process.env[envName('connection-string')] || process.env[envName('account-name')]),
    );
    const log = (line: string) => process.stderr.write(`${line}\n`);
    log(
      `ringway demo: workspace ${workspace}${telemetry ? '' : ' (no telemetry storage: record-deployment, gate and dashboard are skipped)'}`,
    );
    const result = await runDemo({
      demoRoot,
      workspace,
      registry,
      builder: {
        builder: flags.get('builder') ?? 'auto',
        isolation: flags.get('isolation') ?? '',
        storageDriver: flags.get('storage-driver') ?? '',
      },
      telemetry,
      log,
      ring: {
        ringService: ringAddress ? { host: ringAddress[1], port: Number(ringAddress[2]) } : undefined,
        prometheusUrl: prometheus,
      },
    });
    if (telemetry) {
      const { file, count } = await writeDashboard(
        flagStore(new Map()),
        join(workspace, 'dashboard'),
        'Fabrikam deployments (ringway demo)',
      );
      log(`\n▶ Dashboard: ${file} (${count} deployments)`);
      result.dashboard = file;
    }
    log('\n✓ demo complete: the manifest Flux would apply runs the released image');
    for (const [k, v] of Object.entries(result)) process.stdout.write(`${k}=${v}\n`);
    return 0;
  },
};
