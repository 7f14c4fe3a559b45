// Must stay the first import: it reads the task's variables and takes the secret ones out of
// process.env before any other module runs.
import { agentSettings, connectionSecret, jobAccessToken, taskInput } from './azure-inputs.js';
import { AgentCommands } from './azure-commands.js';
import { registerJobToken } from '../git/job-token.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerSecret } from '../secrets.js';
import { camelCase, envName } from '../steps/names.js';
import type { InputDef, StepDef } from '../steps/types.js';
import { readBuildMetadata } from './build-metadata.js';
import type { Host, SummaryTable } from '../steps/host.js';
import { oneLine, safeOutput, safeText } from './neutralise.js';
import { writeStdout } from './stdout.js';
import { markdownTable, runStep } from './run.js';

/** Azure Pipelines: camelCase task inputs, output variables, uploaded markdown summary. */
export class AzureHost implements Host {
  readonly kind = 'azure' as const;
  readonly build = readBuildMetadata();

  constructor(readonly agent = new AgentCommands(agentSettings)) {}

  info(message: string): void {
    writeStdout(`${safeText(message)}\n`);
  }
  warning(message: string): void {
    this.agent.warning(azureWords(safeText(message)));
  }
  debug(message: string): void {
    this.agent.debug(safeText(message));
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    writeStdout(`##[group]${oneLine(name)}\n`);
    try {
      return await fn();
    } finally {
      writeStdout('##[endgroup]\n');
    }
  }
  setSecret(value: string): void {
    // Not `##vso[task.setsecret]`: that command carries the value on stdout. Secret variables are
    // masked by the agent already; everything ringway prints passes through redact().
    registerSecret(value);
  }
  async summary(table: SummaryTable): Promise<void> {
    const dir = process.env.AGENT_TEMPDIRECTORY || mkdtempSync(join(tmpdir(), 'ringway-summary-'));
    const file = join(dir, `ringway-${Date.now()}-${process.pid}.md`);
    const body = [`### ${table.title}`, '', markdownTable(table.rows), '', ...(table.notes ?? [])].join('\n');
    writeFileSync(file, safeText(body) + '\n');
    this.agent.uploadSummary(file);
  }
}

/** Messages name inputs as the pipeline author wrote them in the task: camelCase. */
export function azureWords(message: string): string {
  return message.replace(/\binput '([a-z0-9]+(?:-[a-z0-9]+)+)'/g, (_, name: string) => `input '${camelCase(name)}'`);
}

export function azureInput(def: InputDef): string | undefined {
  // undefined = not given; '' is kept so an input that allows it can be set empty on purpose.
  const v = taskInput(camelCase(def.name));
  if (v || process.env[envName(def.name)]) return v;
  // Beside the plain input, a service connection may hold the secret (task.json <name>Connection).
  const fromConnection = def.secret ? connectionSecret(`${camelCase(def.name)}Connection`) : undefined;
  if (fromConnection) return fromConnection;
  if (!def.jobToken) return v;
  const job = jobAccessToken();
  registerJobToken(
    job,
    [process.env.SYSTEM_COLLECTIONURI ?? ''],
    "what the pipeline's build service may access (by default its own project's repositories)",
  );
  return job ?? v;
}

/** Entry point of a step's Azure DevOps task bundle. */
export async function runAzure(step: StepDef): Promise<void> {
  const host = new AzureHost();
  reportCrashes(host.agent);
  const result = await runStep(step, host, azureInput);
  // A failed step may still have outputs (a gate's decision=reject): set them either way.
  for (const [k, v] of Object.entries(result.outputs ?? {})) host.agent.setOutputVariable(camelCase(k), safeOutput(v));
  if (result.ok) host.agent.setResult('Succeeded', '');
  else host.agent.setResult('Failed', azureWords(oneLine(result.message)));
}

/**
 * An error that escapes runStep (a stray callback, a rejected promise nobody awaits) fails the task
 * through task.complete, as task-lib's handlers did, instead of a bare crash; redacted like every
 * other message. A write to a closed stdout (EPIPE) is ignored, as there.
 */
function reportCrashes(agent: AgentCommands): void {
  process.on('uncaughtException', (err: Error & { code?: string; syscall?: string }) => {
    if (err && typeof err === 'object' && err.code === 'EPIPE' && err.syscall?.toUpperCase() === 'WRITE') return;
    agent.setResult('Failed', safeText(`Unhandled: ${err?.message}`));
    agent.error(safeText(String(err?.stack)));
  });
  process.on('unhandledRejection', (reason) => {
    throw reason instanceof Error ? reason : new Error(String(reason));
  });
}
