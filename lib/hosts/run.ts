import { RingwayError, StepFailure, UsageError, errorMessage, withInput } from '../errors.js';
import { checkTimeoutBound, Deadline, withDeadline } from '../deadline.js';
import { setNetworkTimeout } from '../exec.js';
import { parseDuration } from '../duration.js';
import { type InputDef, Inputs, type RawInputSource } from '../steps/inputs.js';
import type { StepDef, StepOutputs } from '../steps/types.js';
import type { Host } from '../steps/host.js';
import { safeText } from './neutralise.js';

export type RunResult =
  { ok: true; outputs: StepOutputs } | { ok: false; message: string; usage: boolean; outputs?: StepOutputs };

/**
 * The one place a step is executed, whatever the surface: resolve and validate inputs, run,
 * check that it returned the outputs it declares. Errors become one redacted line.
 */
export async function runStep(step: StepDef, host: Host, source: RawInputSource): Promise<RunResult> {
  try {
    const inputs = resolveInputs(step, host, source);
    const outputs = await runUnderDeadline(step, inputs, host);
    for (const name of Object.keys(outputs)) {
      if (!step.outputs.some((o) => o.name === name))
        throw new Error(`step ${step.name} returned undeclared output '${name}'`);
    }
    return { ok: true, outputs: withOutputAliases(step, outputs) };
  } catch (err) {
    const message = safeText(err instanceof RingwayError ? err.message : `${step.name}: ${errorMessage(err)}`);
    if (!(err instanceof RingwayError) && err instanceof Error && err.stack) host.debug(err.stack);
    const outputs = err instanceof StepFailure ? withOutputAliases(step, err.outputs) : undefined;
    return {
      ok: false,
      message: firstLine(message),
      usage: err instanceof UsageError,
      ...(outputs ? { outputs } : {}),
    };
  }
}

/**
 * Inputs as every step and CLI command gets them: resolved and validated (secret values are
 * registered there, once), the network budget set from a declared `timeout`, former input names
 * warned about.
 */
export function resolveInputs(
  declared: { inputs: InputDef[] },
  host: Pick<Host, 'warning'>,
  source: RawInputSource,
): Inputs {
  const inputs = Inputs.resolve(declared, source);
  if (declared.inputs.some((d) => d.name === 'timeout')) timeoutMs(inputs, 'timeout');
  if (declared.inputs.some((d) => d.name === 'request-timeout'))
    setNetworkTimeout(timeoutMs(inputs, 'request-timeout'));
  for (const w of inputs.deprecations) host.warning(w);
  return inputs;
}

/** A duration input above zero and within {@link MAX_TIMEOUT_MS}, in milliseconds. */
export function timeoutMs(inputs: Inputs, input: string): number {
  const value = inputs.string(input);
  const ms = withInput(input, () => parseDuration(value));
  if (!ms) throw new UsageError(`input '${input}' must be a duration above zero, e.g. 60s or 2m`, { input });
  return checkTimeoutBound(ms, input, value);
}

/**
 * Runs the step under its `timeout`: every child process and request is bounded by it (lib/exec.ts
 * kills what still runs at the deadline). The step's own error, naming what was stopped, is the one
 * reported; should the step not settle soon after the deadline, the deadline's error is.
 */
async function runUnderDeadline(step: StepDef, inputs: Inputs, host: Host): Promise<StepOutputs> {
  if (!step.inputs.some((d) => d.name === 'timeout')) return step.run(inputs, host);
  const deadline = new Deadline(`step '${step.name}'`, timeoutMs(inputs, 'timeout'), inputs.string('timeout').trim());
  return withDeadline(deadline, () => {
    const run = step.run(inputs, host);
    const late = new Promise<never>((_, reject) =>
      deadline.signal.addEventListener(
        'abort',
        () => setTimeout(() => reject(deadline.error()), AFTER_DEADLINE_MS).unref(),
        { once: true },
      ),
    );
    return Promise.race([run, late]);
  });
}

/** How long a step may take to report what its deadline stopped before the deadline's own error is. */
const AFTER_DEADLINE_MS = 5_000;

/** Former output names carry the same value, so pipelines reading them keep working. */
function withOutputAliases(step: StepDef, outputs: StepOutputs): StepOutputs {
  const all = { ...outputs };
  for (const o of step.outputs) for (const a of o.aliases ?? []) if (o.name in outputs) all[a] = outputs[o.name];
  return all;
}

function firstLine(s: string): string {
  const line = s.split('\n').find((l) => l.trim()) ?? s;
  return line.trim();
}

/** A markdown table for GitHub's job summary and Azure's uploaded summary. */
export function markdownTable(rows: string[][]): string {
  if (rows.length === 0) return '';
  const esc = (c: string) => c.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const [head, ...body] = rows;
  return [
    `| ${head.map(esc).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...body.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}
