import { UsageError } from '../../errors.js';
import { neutraliseJson } from '../../hosts/neutralise.js';
import { textTable } from '../../text-table.js';
import { type DeploymentView, gateText, listDeployments, syncText } from '../../telemetry/query.js';
import { parseArgs } from '../../hosts/cli-args.js';
import type { CliCommand } from '../commands.js';
import { flagStore, storageFlagSpecs, storageHelp } from './storage-flags.js';

const short = (s: string) => s.slice(0, 7);

function minutes(v: DeploymentView): string {
  return v.durationMinutes ? `${v.durationMinutes} min` : '';
}

/**
 * Spektate's columns: state, service, ring, author, image, HLD update, approval, merge, manifests,
 * sync, time; and Gate (what the gate rejected) when a listed deployment was rejected, as
 * bedrock-cli adds Cluster Sync only when it knows one.
 */
export function deploymentTable(rows: DeploymentView[], wide: boolean): string {
  const gate = rows.some((v) => v.gateRejected);
  const head = [
    'State',
    'Service',
    'Ring',
    ...(wide ? ['Author'] : []),
    'Image Tag',
    'Build',
    'HLD Commit',
    'PR',
    ...(wide ? ['Merged By'] : []),
    'Manifest Commit',
    'Synced',
    'Last Updated',
    'Duration',
    ...(gate ? ['Gate'] : []),
  ];
  const body = rows.map((v) => [
    v.state,
    v.service,
    v.ring,
    ...(wide ? [v.author] : []),
    v.imageTag,
    v.buildId,
    short(v.hldCommitId),
    v.pr,
    ...(wide ? [v.mergedBy] : []),
    short(v.manifestCommitId),
    syncText(v),
    v.lastUpdated.replace('T', ' ').slice(0, 16),
    minutes(v),
    ...(gate ? [gateText(v)] : []),
  ]);
  return textTable([head, ...body]);
}

export const command: CliCommand = {
  help: `ringway deployments [filters] [--output normal|wide|json] [storage options]

Lists the deployments recorded by record-deployment (and by Bedrock's pipelines: the same Spektate
table), newest first.

Filters (bedrock-cli \`deployment get\` names, plus author, status and since):
  -b, --build-id <id>        Build that built the image (p1)
  -c, --commit-id <sha>      Source commit
  -d, --deployment-id <id>   Deployment (row key)
  -i, --image-tag <tag>      Image tag
  -r, --ring <ring>          Ring / environment
  -s, --service <name>       Service
      --author <name>        Author
      --status <state>       Synced, Sync failed, Rolled back, Ready to deploy, Merged, Awaiting approval, HLD updated, Image built, Incomplete
      --since <when>         Updated since a date (2026-11-01) or duration (24h, 7d)
  -t, --top <n>              At most n deployments (default 50; 0 = all)
  -o, --output <format>      normal (default), wide, or json
      --json                 Same as --output json

Storage (or RINGWAY_* variables):
${storageHelp}
`,
  async run(argv) {
    const aliases: Record<string, string> = {
      '-b': '--build-id',
      '-c': '--commit-id',
      '-d': '--deployment-id',
      '-i': '--image-tag',
      '-r': '--ring',
      '-s': '--service',
      '-t': '--top',
      '-o': '--output',
    };
    const { flags, positionals } = parseArgs(
      argv.map((a) => aliases[a] ?? a),
      [
        ...[
          'build-id',
          'commit-id',
          'deployment-id',
          'image-tag',
          'ring',
          'service',
          'author',
          'status',
          'since',
          'top',
          'output',
        ].map((name) => ({ name })),
        { name: 'json', boolean: true },
        ...storageFlagSpecs,
      ],
    );
    if (positionals.length) throw new UsageError(`ringway deployments takes no arguments, got '${positionals[0]}'`);
    const top = flags.get('top') ?? '50';
    if (!/^\d+$/.test(top)) throw new UsageError(`option --top must be a whole number, got '${top}'`);
    const output = flags.get('json') === 'true' ? 'json' : (flags.get('output') ?? 'normal');
    if (!['normal', 'wide', 'json'].includes(output))
      throw new UsageError(`option --output must be normal, wide or json, got '${output}'`);
    const store = flagStore(flags);
    const rows = await listDeployments(store, {
      buildId: flags.get('build-id'),
      commitId: flags.get('commit-id'),
      deploymentId: flags.get('deployment-id'),
      imageTag: flags.get('image-tag'),
      ring: flags.get('ring'),
      service: flags.get('service'),
      author: flags.get('author'),
      status: flags.get('status'),
      since: flags.get('since'),
      top: Number(top),
    });
    if (output === 'json') process.stdout.write(`${neutraliseJson(JSON.stringify(rows, null, 2))}\n`);
    else process.stdout.write(rows.length ? `${deploymentTable(rows, output === 'wide')}\n` : 'no deployments match\n');
    return 0;
  },
};
