// The end of the journey: `ringway deployments --output json`, as a user asks "where is my
// container?", checked row by row against what the journey did.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './act.js';
import type { World } from './world.js';

/** The columns of a listed deployment the journey checks (lib/telemetry/query.ts DeploymentView). */
export interface ExpectedDeployment {
  service: string;
  ring: string;
  imageTag: string;
  state: string;
  pr: string;
  commitId: string;
  hldCommitId: string;
  manifestCommitId: string;
  /** 'yes' for a rollback's own row (it names the deployment it replaced). */
  rollback: 'yes' | 'no';
}

type Listed = Record<string, string>;

/** `ringway deployments <args>` on the journey's table, as the starters configure it. */
function deployments(world: World, args: string[]): string {
  return execFileSync(process.execPath, [join(repoRoot, 'bin/ringway.cjs'), 'deployments', ...args, '--top', '0'], {
    env: {
      ...world.env,
      ...world.clockEnv(),
      RINGWAY_CONNECTION_STRING: world.azurite.connectionString,
      RINGWAY_TABLE_NAME: 'deployments',
      RINGWAY_PARTITION_KEY: 'frontend',
    },
    encoding: 'utf8',
  });
}

export function listDeployments(world: World): Listed[] {
  return JSON.parse(deployments(world, ['--output', 'json'])) as Listed[];
}

/** The table a user reads (`--output wide`). */
export function deploymentTable(world: World): string {
  return deployments(world, ['--output', 'wide']);
}

const project = (r: Listed): ExpectedDeployment => ({
  service: r.service,
  ring: r.ring,
  imageTag: r.imageTag,
  state: r.state,
  pr: r.pr,
  commitId: r.commitId,
  hldCommitId: r.hldCommitId,
  manifestCommitId: r.manifestCommitId,
  rollback: r.rollbackOf ? 'yes' : 'no',
});

const line = (d: ExpectedDeployment) =>
  Object.values(d)
    .map((v) => (/^[0-9a-f]{40}$/.test(v) ? v.slice(0, 12) : v || '-'))
    .join(' | ');

/** Every listed deployment must be one expected, and every expected one listed: else one error with both tables. */
export function checkDeployments(rows: Listed[], expected: ExpectedDeployment[]): void {
  const actual = rows.map(project);
  const key = (d: ExpectedDeployment) => JSON.stringify(d);
  const missing = expected.filter((e) => !actual.some((a) => key(a) === key(e)));
  const unexpected = actual.filter((a) => !expected.some((e) => key(a) === key(e)));
  if (missing.length || unexpected.length || actual.length !== expected.length) {
    const head = Object.keys(expected[0] ?? actual[0] ?? {}).join(' | ');
    throw new Error(
      [
        `ringway deployments does not list what the journey did (${head})`,
        'expected but not listed:',
        ...missing.map(line),
        'listed but not expected:',
        ...unexpected.map(line),
      ].join('\n  '),
    );
  }
}
