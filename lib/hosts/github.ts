import * as core from './github-commands.js';
import { registerJobToken } from '../git/job-token.js';
import { redact, registerSecret } from '../secrets.js';
import { JOB_TOKEN_INPUT } from '../steps/types.js';
import type { InputDef, StepDef } from '../steps/types.js';
import { readBuildMetadata } from './build-metadata.js';
import type { Host, SummaryTable } from '../steps/host.js';
import { oneLine, safeOutput, safeText, stopCommands } from './neutralise.js';
import { runStep } from './run.js';

/** GitHub Actions: inputs from `with:` (INPUT_<NAME>), outputs to GITHUB_OUTPUT, job summary. */
export class GitHubHost implements Host {
  readonly kind = 'github' as const;
  readonly build = readBuildMetadata();

  info(message: string): void {
    // Plain log lines: untouched between stop-commands markers when they may hold a command. The
    // other methods write our own command, whose escaped data the runner never reads as another.
    core.info(stopCommands(redact(message)));
  }
  warning(message: string): void {
    core.warning(safeText(message));
  }
  debug(message: string): void {
    core.debug(safeText(message));
  }
  group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return core.group(oneLine(name), fn);
  }
  setSecret(value: string): void {
    // Not core.setSecret: `::add-mask::` carries the value on stdout. Secrets from the secret store
    // are masked by the runner already; everything ringway prints passes through redact().
    registerSecret(value);
  }
  async summary(table: SummaryTable): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    const [head, ...body] = table.rows;
    const s = new core.Summary().addHeading(oneLine(table.title), 3);
    if (head) {
      s.addTable([
        head.map((c) => ({ data: safeText(c), header: true })),
        ...body.map((r) => r.map((c) => safeText(c))),
      ]);
    }
    for (const n of table.notes ?? []) s.addRaw(safeText(n), true);
    await s.write();
  }
}

export function githubInput(def: InputDef): string | undefined {
  // undefined = not given; '' is kept so an input that allows it can be set empty on purpose.
  // core.getInput trims; multiline inputs keep their inner newlines.
  const given = process.env[core.inputVariable(def.name)] === undefined ? undefined : core.getInput(def.name);
  if (given || !def.jobToken) return given;
  // The job token comes through its own input (default `github.token`), so it is known for what
  // it is and sent only to this workflow's GitHub.
  const job = core.getInput(JOB_TOKEN_INPUT) || undefined;
  registerJobToken(job, [process.env.GITHUB_SERVER_URL || 'https://github.com', process.env.GITHUB_API_URL || '']);
  return job ?? given;
}

/** Entry point of a step's GitHub Action bundle. */
export async function runGitHub(step: StepDef): Promise<void> {
  const host = new GitHubHost();
  const result = await runStep(step, host, githubInput);
  // A failed step may still have outputs (a gate's decision=reject): set them either way.
  // Outputs go to the GITHUB_OUTPUT file (delimited), messages through the command escaping: neither
  // is read as a command, whatever the value holds.
  for (const [k, v] of Object.entries(result.outputs ?? {})) core.setOutput(k, safeOutput(v));
  if (!result.ok) core.setFailed(oneLine(result.message));
}
