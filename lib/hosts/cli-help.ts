import { camelCase, envName } from '../steps/names.js';
import type { StepDef } from '../steps/types.js';
import { wrap } from './cli-args.js';

/** CLI flags for build metadata; each sets the RINGWAY_BUILD_* variable of the same name. */
export const buildMetadataFlags: { name: string; env: string; description: string }[] = [
  ['build-commit', 'Source commit SHA of this build'],
  ['build-branch', 'Source branch of this build'],
  ['build-id', 'Unique id of this build'],
  ['build-number', 'Human build number'],
  ['build-url', 'Link to this build'],
  ['build-repository', 'Source repository name'],
  ['build-repository-url', 'Source repository URL'],
  ['build-commit-message', 'Commit message of the source commit'],
  ['build-actor', 'Who triggered the build'],
].map(([name, description]) => ({ name, description, env: envName(name) }));

/** `ringway <step> --help`, generated from the step definition (the same source as action.yml and task.json). */
export function stepHelp(step: StepDef): string {
  const out: string[] = [];
  out.push(
    `ringway ${step.name}: ${step.title}`,
    '',
    wrap(step.description, 100, 0),
    '',
    'Usage:',
    `  ringway ${step.name} [options]${step.positional ? ` [${step.positional.usage}…]` : ''}`,
    '',
    'Inputs:',
  );
  for (const d of step.inputs) {
    const flag =
      d.kind === 'boolean'
        ? `--${d.name}`
        : `--${d.name} <${d.kind === 'list' || d.kind === 'multiline' ? 'value…' : 'value'}>`;
    const notes = [
      d.required ? 'required' : '',
      d.default !== undefined ? `default: ${JSON.stringify(d.default)}` : '',
      d.options ? `one of: ${d.options.join(', ')}` : '',
      d.secret ? 'secret' : '',
      d.kind === 'list' || d.kind === 'multiline' ? 'repeatable' : '',
      d.aliases?.length ? `formerly ${d.aliases.map((a) => `--${a}`).join(', ')}` : '',
    ].filter(Boolean);
    const desc = `${d.description}${notes.length ? ` (${notes.join('; ')})` : ''}. Env ${envName(d.name)}; Azure input ${camelCase(d.name)}.`;
    out.push(`  ${flag}`, `      ${wrap(desc, 100, 6)}`);
  }
  out.push('', 'Outputs (printed as name=value, or one JSON object with --json):');
  for (const o of step.outputs)
    out.push(
      `  ${o.name.padEnd(16)} ${o.description}${o.aliases?.length ? ` (also as ${o.aliases.join(', ')}, deprecated)` : ''}`,
    );
  out.push('', 'Build metadata (read from GitHub/Azure variables when run there):');
  for (const f of buildMetadataFlags) out.push(`  --${f.name} <value>`.padEnd(34) + `${f.description} (env ${f.env})`);
  out.push(
    '',
    'Common options:',
    '  --json                          Print outputs as one JSON object',
    '  --verbose                       Show debug lines',
    '  --help                          Show this help',
    '',
    'Exit codes: 0 success, 1 failure, 2 bad usage.',
  );
  return out.join('\n') + '\n';
}
