// The few Azure Pipelines logging commands the Azure host uses (`##vso[area.action key=value;...]message`
// on stdout, read by the agent line by line). Not azure-pipelines-task-lib: loading it (with q,
// semver, minimatch) took ~50 ms of every task's start for five commands. The lines written are
// byte for byte what task-lib 5.x writes for the same calls (test/hosts/azure-commands.test.ts
// compares them with task-lib itself).
import { EOL } from 'node:os';
import { writeStdout } from './stdout.js';

/** What the agent told the task through its environment, read once at load (azure-inputs.ts). */
export interface AgentSettings {
  /** COMMAND_CORRELATION_ID: echoed on every issue so the agent can tie it to this task. */
  correlationId: string;
  /** false when the agent asks tasks to skip debug lines while system.debug is off. */
  debugLogs: boolean;
  /** Variable keys (`MY_VAR`) the agent declared secret: an output of that name stays secret. */
  secretVariables: ReadonlySet<string>;
}

export type TaskResult = 'Succeeded' | 'Failed';

/** A property value: `;` and `]` would end the property or the command. */
function escapeProperty(value: string): string {
  return escapeData(value).replace(/]/g, '%5D').replace(/;/g, '%3B');
}

/** The message: the agent reads up to the end of the line, so only line breaks (and `%`) are escaped. */
function escapeData(value: string): string {
  return value.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The agent's variable key for a name, as task-lib forms it: `my.var name` → `MY_VAR_NAME`. */
export function variableKey(name: string): string {
  return name.replace(/\./g, '_').replace(/ /g, '_').toUpperCase();
}

/** The command line task-lib's TaskCommand writes: empty properties are left out, each kept one ends with `;`. */
export function commandLine(
  command: string,
  properties: Record<string, string | undefined> | null,
  message: string,
): string {
  let line = `##vso[${command}`;
  if (properties && Object.keys(properties).length > 0) {
    line += ' ';
    for (const [k, v] of Object.entries(properties)) if (v) line += `${k}=${escapeProperty(v)};`;
  }
  return `${line}]${escapeData(message)}`;
}

export class AgentCommands {
  constructor(
    private readonly agent: AgentSettings,
    private readonly writeLine: (line: string) => void = (line) => writeStdout(line + EOL),
  ) {}

  private command(command: string, properties: Record<string, string | undefined> | null, message: string): void {
    this.writeLine(commandLine(command, properties, message));
  }

  private issue(type: 'warning' | 'error', message: string): void {
    this.command('task.issue', { type, source: 'TaskInternal', correlationId: this.agent.correlationId }, message);
  }

  debug(message: string): void {
    if (this.agent.debugLogs) this.command('task.debug', null, message);
  }

  warning(message: string): void {
    this.issue('warning', message);
  }

  error(message: string): void {
    this.issue('error', message);
  }

  /**
   * An output variable (`<step>.<name>` for later steps). A name the agent knows as a secret
   * variable stays secret, as in task-lib ("once a secret always a secret").
   */
  setOutputVariable(name: string, value: string): void {
    const secret = this.agent.secretVariables.has(variableKey(name));
    this.debug(`set ${name}=${secret && value ? '********' : value}`);
    if (secret && /\r|\n/.test(value) && `${process.env.SYSTEM_UNSAFEALLOWMULTILINESECRET}`.toUpperCase() !== 'TRUE') {
      throw new Error('Secrets cannot contain multiple lines');
    }
    this.command('task.setvariable', { variable: name, isOutput: 'true', issecret: String(secret) }, value);
  }

  /** Attaches a markdown file to the run's summary page. */
  uploadSummary(path: string): void {
    this.command('task.uploadsummary', null, path);
  }

  /**
   * The task's result: a failure is also an error issue (shown on the run's summary). The exit
   * code stays 0 either way, as with task-lib: the agent takes the result from task.complete.
   */
  setResult(result: TaskResult, message: string): void {
    this.debug(`task result: ${result}`);
    if (result === 'Failed' && message) this.error(message);
    this.command('task.complete', { result }, message);
  }
}
