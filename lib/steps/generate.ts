import { constants } from 'node:fs';
import { access, readdir, realpath, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError, withInput } from '../errors.js';
import type { GenerateProgress } from '../hld/generate.js';
import { checkEnvironmentName, definitionFile, folderName, isEnvironmentName } from '../hld/names.js';
import { parseShard } from '../hld/shard.js';
import { accessTokens, accessTokensInput } from './access-inputs.js';
import type { Host } from './host.js';
import { requestTimeoutInput, timeoutInput, type StepDef } from './types.js';

export const step: StepDef = {
  name: 'generate',
  title: 'Generate manifests',
  description:
    'Renders Kubernetes manifests from a Fabrikate-format HLD, writing the same files as `fab generate`: one folder per environment set, one YAML file per component. Components render in parallel, remote components are fetched once into a cache, unchanged components are not rendered again, and a failure leaves the previous output untouched.',
  azureTaskId: '0f6c2a8e-3b4d-4f1a-8e2c-7d9b1c5a6e30',
  inputs: [
    { name: 'hld', description: 'Folder of the HLD (holds the root component.yaml)', default: '.', path: true },
    {
      name: 'environments',
      description:
        'Environments in priority order, first wins (`prod,east` is `fab generate prod east` and writes <output>/prod-east; on the command line `ringway generate prod east` works too); when neither this nor fab-envs is given, the FAB_ENVS variable of Bedrock pipelines is read as fab-envs; else common only',
      kind: 'list',
    },
    {
      name: 'fab-envs',
      description:
        "Several outputs at once in Bedrock's FAB_ENVS syntax: comma-separated runs, spaces separating environments of one run ('DEV,QA,STAGING WEST'), rendered one after another as Bedrock's loop of fab generate",
    },
    {
      name: 'output',
      description: 'Folder receiving one sub-folder per environment set; default <hld>/generated',
      path: true,
    },
    {
      name: 'concurrency',
      description:
        'Components rendered at once; default twice the number of CPU cores (each core stays busy while another helm process starts)',
    },
    {
      name: 'cache-dir',
      description: 'Cache of fetched sources and rendered components; default ~/.cache/ringway (or RINGWAY_CACHE_DIR)',
      path: true,
    },
    {
      name: 'validate',
      description: 'Check that every generated document is a Kubernetes object (apiVersion, kind, metadata.name)',
      kind: 'boolean',
      default: 'false',
    },
    {
      name: 'shard',
      description:
        'Render one part of the HLD, i/n (`2/8`: the second of eight), for a CI matrix: every shard reads the whole tree and runs its hooks, then renders and writes only its stable 1/n of the output files (balanced by the render costs recorded in the cache, by count without them), plus a record `.ringway-shard-<i>-of-<n>.json` beside the environment folders; push-manifests takes the n output folders together. Give each shard its own cache key. Empty: render everything',
    },
    accessTokensInput,
    {
      name: 'local-sources',
      description:
        "Folders on this machine holding repositories that git components may name as `source` (a path or file:// URL inside one of them), comma-separated; without it a git component must name a remote repository, so an HLD cannot render the runner's other repositories",
      kind: 'list',
    },
    // Remote sources (git, helm repositories, http) give up on a server that never answers.
    timeoutInput,
    requestTimeoutInput,
  ],
  positional: { input: 'environments', usage: 'environment' },
  outputs: [
    { name: 'output', description: 'Folder holding the generated environment folders' },
    { name: 'folders', description: 'Environment folders written, comma-separated' },
    { name: 'components', description: 'Components generated' },
    { name: 'rendered', description: 'Components rendered this run (the rest came from the cache)' },
  ],
  async run(inputs, host) {
    const hld = resolve(inputs.string('hld'));
    if (!(await definitionFile(hld)))
      throw new UsageError(`input 'hld': ${hld} holds no component.yaml or component.json; it is not an HLD folder`, {
        input: 'hld',
      });
    const fromBedrock = !inputs.has('environments') && !inputs.has('fab-envs') && !!process.env.FAB_ENVS?.trim();
    const groups = environmentGroups(
      inputs.list('environments'),
      inputs.string('fab-envs'),
      fromBedrock ? (process.env.FAB_ENVS ?? '') : '',
    );
    if (fromBedrock) host.info(`environments from FAB_ENVS: ${groups.map((g) => g.join(' ') || 'common').join(', ')}`);
    const concurrency = inputs.string('concurrency') ? inputs.integer('concurrency', 1) : undefined;
    const shard = withInput('shard', () => parseShard(inputs.string('shard')));
    const access = accessTokens(inputs);
    for (const v of access.unset())
      host.warning(`input 'access-tokens': environment variable ${v} is not set; no token is sent for its hosts`);
    const output = inputs.string('output') ? resolve(inputs.string('output')) : join(hld, 'generated');
    await checkOutput(hld, output, groups.map(folderName));
    const cacheDir = inputs.string('cache-dir') || process.env.RINGWAY_CACHE_DIR || '';
    if (cacheDir) await checkCreatableFolder(resolve(cacheDir), 'cache-dir');
    await checkCreatableFolder(output, 'output');
    // The HLD machinery (YAML included) is loaded once the inputs are known to be good.
    const { generate } = await import('../hld/generate.js');
    const result = await host.group(`Generate ${groups.map((g) => g.join(' ') || 'common').join(', ')}`, () =>
      generate({
        hld,
        environments: groups,
        output,
        concurrency,
        cacheDir: inputs.string('cache-dir') || undefined,
        access,
        validate: inputs.boolean('validate'),
        localSources: inputs.list('local-sources').map((f) => resolve(f)),
        log: (l) => host.info(l),
        warn: (l) => host.warning(l),
        progress: progressLines(host),
        shard,
      }),
    );
    await host.summary({
      title: 'ringway generate',
      rows: [['folder', 'components'], ...result.folders.map((f) => [f.name, String(f.files)])],
      notes: [
        `${result.rendered} rendered, ${result.fromCache} reused from the cache`,
        ...(result.shard
          ? [
              `shard ${result.shard.index}/${result.shard.count}: ${result.shard.files} of ${result.shard.of} files (plan ${result.shard.plan.slice(0, 12)})`,
            ]
          : []),
      ],
    });
    return {
      output,
      folders: result.folders.map((f) => f.name).join(','),
      components: String(result.components),
      rendered: String(result.rendered),
    };
  },
};

/**
 * `environments` is one priority list; `fab-envs` is Bedrock's list of runs (not both); `fabEnvsVar`,
 * the FAB_ENVS variable, is read only when neither is given. A run named twice is rendered once.
 */
export function environmentGroups(environments: string[], fabEnvs: string, fabEnvsVar = ''): string[][] {
  if (environments.length && fabEnvs.trim())
    throw new UsageError("inputs 'environments' and 'fab-envs' cannot both be set");
  const runs = fabEnvs.trim() ? fabEnvs : environments.length ? '' : fabEnvsVar;
  if (runs.trim()) {
    const groups = bedrockRuns(runs);
    // The one environment-name rule (config/<environment>.yaml), named after where the list came from.
    for (const e of groups.flat()) {
      if (fabEnvs.trim()) withInput('fab-envs', () => checkEnvironmentName(e));
      else if (!isEnvironmentName(e)) throw new UsageError(`FAB_ENVS: '${e}' is not a valid environment name`);
    }
    return groups.filter((g, i) => !groups.slice(i + 1).some((later) => later.join('-') === g.join('-')));
  }
  for (const e of environments) {
    if (/\s/.test(e))
      throw new UsageError(
        `input 'environments': '${e}' contains a space; list environments separated by commas, or use 'fab-envs'`,
        { input: 'environments' },
      );
    withInput('environments', () => checkEnvironmentName(e));
  }
  return [environments];
}

/**
 * Bedrock's build.sh: `IFS=',' read -ra ENV <<< "$FAB_ENVS"` then `fab generate $i` for each entry,
 * so entries are split on commas (a trailing empty one dropped, as read does), the environments of
 * an entry on white space, and an empty entry renders common. Newlines separate entries too.
 */
export function bedrockRuns(value: string): string[][] {
  const entries = value.trim().split(/,|\r?\n/);
  if (entries.length > 1 && entries[entries.length - 1].trim() === '') entries.pop();
  return entries.map((e) => e.split(/\s+/).filter(Boolean));
}

const inside = (parent: string, child: string) =>
  child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);

/**
 * Each `<output>/<folder>` is replaced whole: refuse one that is the HLD, holds it, or holds any of
 * its definitions (component files, config/ folders), e.g. `--output <hld> --environments config`.
 */
async function checkOutput(hld: string, output: string, folders: string[]): Promise<void> {
  const realHld = await realpath(hld).catch(() => hld);
  const realOut = await realpath(output).catch(() => output);
  if (inside(realOut, realHld))
    throw new UsageError(
      `input 'output': '${output}' is the HLD folder or holds it; generated folders would replace the HLD's own files`,
      { input: 'output' },
    );
  for (const f of folders) {
    const target = join(realOut, f);
    if (!inside(realHld, target)) continue;
    if (await holdsDefinitions(target)) {
      throw new UsageError(
        `input 'output': '${join(output, f)}' holds definitions of the HLD (component or config files) and would be replaced; choose another output folder`,
        { input: 'output' },
      );
    }
  }
}

async function holdsDefinitions(dir: string): Promise<boolean> {
  const names = await readdir(dir).catch(() => [] as string[]);
  if (names.some((n) => /^component\.(ya?ml|json)$/.test(n))) return true;
  if (/(^|[/\\])config$/.test(dir) && names.some((n) => /\.(ya?ml|json)$/.test(n))) return true;
  return false;
}

/**
 * A folder that ringway creates (recursively) must lie on a real, writable file system: Node's
 * recursive mkdir spins forever under /proc, and elsewhere the error would name no input.
 */
export async function checkCreatableFolder(path: string, input: string): Promise<void> {
  if (/^\/(proc|sys)(\/|$)/.test(path))
    throw new UsageError(
      `input '${input}': '${path}' is on a virtual file system (/proc, /sys); choose a normal folder`,
      { input },
    );
  let existing = path;
  for (;;) {
    const st = await stat(existing).catch(() => undefined);
    if (st) {
      if (!st.isDirectory()) throw new UsageError(`input '${input}': '${existing}' is a file, not a folder`, { input });
      break;
    }
    const up = dirname(existing);
    if (up === existing) break;
    existing = up;
  }
  const real = await realpath(existing).catch(() => existing);
  if (/^\/(proc|sys)(\/|$)/.test(real))
    throw new UsageError(
      `input '${input}': '${path}' is on a virtual file system (/proc, /sys); choose a normal folder`,
      { input },
    );
  if (
    real !== path &&
    relative(real, path) !== '' &&
    !(await access(real, constants.W_OK).then(
      () => true,
      () => false,
    ))
  ) {
    throw new UsageError(`input '${input}': cannot create '${path}': '${existing}' is not writable`, { input });
  }
}

/** Milliseconds a generate may take before each component gets a progress line. */
export const PROGRESS_AFTER_MS = 2000;

/**
 * Quiet for a quick run; once it takes more than a moment, one line per component with the
 * running count, so a long cold fetch or render shows that it moves.
 */
export function progressLines(
  host: Host,
  afterMs = PROGRESS_AFTER_MS,
  now = () => Date.now(),
): (p: GenerateProgress) => void {
  const start = now();
  return (p) => {
    if (now() - start < afterMs) return;
    host.info(`[${p.done}/${p.total}] ${p.component || '(root)'}: ${p.rendered} rendered, ${p.fromCache} from cache`);
  };
}
