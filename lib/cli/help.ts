import { camelCase, envName } from '../steps/inputs.js';
import type { StepDef } from '../steps/types.js';
import { wrap } from './args.js';

export const buildMetadataFlags: { name: string; env: string; description: string }[] = [
  { name: 'build-commit', env: 'RINGWAY_COMMIT', description: 'Source commit SHA of this build' },
  { name: 'build-branch', env: 'RINGWAY_BRANCH', description: 'Source branch of this build' },
  { name: 'build-id', env: 'RINGWAY_BUILD_ID', description: 'Unique id of this build' },
  { name: 'build-number', env: 'RINGWAY_BUILD_NUMBER', description: 'Human build number' },
  { name: 'build-url', env: 'RINGWAY_BUILD_URL', description: 'Link to this build' },
  { name: 'build-repository', env: 'RINGWAY_REPOSITORY', description: 'Source repository name' },
  { name: 'build-repository-url', env: 'RINGWAY_REPOSITORY_URL', description: 'Source repository URL' },
];

/** `ringway <step> --help`, generated from the step definition (the same source as action.yml and task.json). */
export function stepHelp(step: StepDef): string {
  const out: string[] = [];
  out.push(`ringway ${step.name}: ${step.title}`, '', wrap(step.description, 100, 0), '', 'Usage:', `  ringway ${step.name} [options]`, '', 'Inputs:');
  for (const d of step.inputs) {
    const flag = d.kind === 'boolean' ? `--${d.name}` : `--${d.name} <${d.kind === 'list' || d.kind === 'multiline' ? 'value…' : 'value'}>`;
    const notes = [
      d.required ? 'required' : '',
      d.default !== undefined ? `default: ${JSON.stringify(d.default)}` : '',
      d.options ? `one of: ${d.options.join(', ')}` : '',
      d.secret ? 'secret' : '',
      d.kind === 'list' || d.kind === 'multiline' ? 'repeatable' : '',
    ].filter(Boolean);
    const desc = `${d.description}${notes.length ? ` (${notes.join('; ')})` : ''}. Env ${envName(d.name)}; Azure input ${camelCase(d.name)}.`;
    out.push(`  ${flag}`, `      ${wrap(desc, 100, 6)}`);
  }
  out.push('', 'Outputs (printed as name=value, or one JSON object with --json):');
  for (const o of step.outputs) out.push(`  ${o.name.padEnd(16)} ${o.description}`);
  out.push('', 'Build metadata (read from GitHub/Azure variables when run there):');
  for (const f of buildMetadataFlags) out.push(`  --${f.name} <value>`.padEnd(34) + `${f.description} (env ${f.env})`);
  out.push('', 'Common options:', '  --json                          Print outputs as one JSON object', '  --verbose                       Show debug lines', '  --help                          Show this help', '', 'Exit codes: 0 success, 1 failure, 2 bad usage.');
  return out.join('\n') + '\n';
}
