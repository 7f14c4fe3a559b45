import * as core from '@actions/core';
import { redact, registerSecret } from '../secrets.js';
import type { InputDef, StepDef } from '../steps/types.js';
import { readBuildMetadata } from './build-metadata.js';
import type { Host, SummaryTable } from '../steps/host.js';
import { runStep } from './run.js';

/** GitHub Actions: inputs from `with:` (INPUT_<NAME>), outputs to GITHUB_OUTPUT, job summary. */
export class GitHubHost implements Host {
  readonly kind = 'github' as const;
  readonly build = readBuildMetadata();

  info(message: string): void {
    core.info(redact(message));
  }
  warning(message: string): void {
    core.warning(redact(message));
  }
  debug(message: string): void {
    core.debug(redact(message));
  }
  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return core.group(redact(name), fn);
  }
  setSecret(value: string): void {
    // Not core.setSecret: `::add-mask::` carries the value on stdout. Secrets from the secret store
    // are masked by the runner already; everything ringway prints passes through redact().
    registerSecret(value);
  }
  async summary(table: SummaryTable): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    const [head, ...body] = table.rows;
    const s = core.summary.addHeading(redact(table.title), 3);
    if (head) {
      s.addTable([
        head.map((c) => ({ data: redact(c), header: true })),
        ...body.map((r) => r.map((c) => redact(c))),
      ]);
    }
    for (const n of table.notes ?? []) s.addRaw(redact(n), true);
    await s.write();
  }
}

export function githubInput(def: InputDef): string | undefined {
  // core.getInput trims; multiline inputs keep their inner newlines.
  return core.getInput(def.name) || undefined;
}

/** Entry point of a step's GitHub Action bundle. */
export async function runGitHub(step: StepDef): Promise<void> {
  const host = new GitHubHost();
  const result = await runStep(step, host, githubInput);
  // A failed step may still have outputs (a gate's decision=reject): set them either way.
  for (const [k, v] of Object.entries(result.outputs ?? {})) core.setOutput(k, v);
  if (!result.ok) core.setFailed(result.message);
}
