import { variableKey, type AgentSettings } from './azure-commands.js';

/**
 * What the agent hands a task through its environment, read once when the bundle loads (azure.ts
 * imports this module first) and then removed from process.env, as azure-pipelines-task-lib did
 * on load (internal.js _loadData): inputs, service connections' credentials, secure file tickets,
 * secret and task variables go into memory only, so no child process (git, helm, buildah, HLD
 * hooks) inherits a token. System.AccessToken, when the pipeline maps it (SYSTEM_ACCESSTOKEN), is
 * kept as the job token and taken out too. Also taken out: the correlation id and the public/secret
 * variable lists, which only this task should read.
 */
const VAULTED = /^(INPUT_|ENDPOINT_AUTH_|SECUREFILE_TICKET_|SECRET_|VSTS_TASKVARIABLE_|SYSTEM_ACCESSTOKEN$)/;

export interface TaskEnvironment {
  /** INPUT_*, ENDPOINT_AUTH_* and SYSTEM_ACCESSTOKEN values ('' kept: an input may be set empty on purpose). */
  snapshot: Record<string, string>;
  agent: AgentSettings;
}

/** Reads the task's variables from `env` and deletes the vaulted ones (and the agent's lists) from it. */
export function takeTaskEnvironment(env: NodeJS.ProcessEnv): TaskEnvironment {
  const snapshot: Record<string, string> = {};
  // Secret variable names, in task-lib's order: SECRET_<KEY> variables, then the public list, then
  // the secret list, each overriding the one before.
  const secret = new Map<string, boolean>();
  for (const [k, v] of Object.entries(env)) {
    if (!VAULTED.test(k)) continue;
    if ((k.startsWith('INPUT_') || k.startsWith('ENDPOINT_AUTH_') || k === 'SYSTEM_ACCESSTOKEN') && v !== undefined)
      snapshot[k] = v;
    if (k.startsWith('SECRET_') && k.length > 'SECRET_'.length)
      secret.set(variableKey(k.slice('SECRET_'.length)), true);
    // Like task-lib, an empty one stays: it carries nothing.
    if (v) delete env[k];
  }
  for (const name of nameList(env.VSTS_PUBLIC_VARIABLES)) secret.set(variableKey(name), false);
  for (const name of nameList(env.VSTS_SECRET_VARIABLES)) secret.set(variableKey(name), true);
  const agent: AgentSettings = {
    correlationId: env.COMMAND_CORRELATION_ID ?? '',
    // task-lib: debug lines are skipped only when the agent asks for it and system.debug is off.
    debugLogs:
      env.DISTRIBUTEDTASK_TASKS_NODE_SKIPDEBUGLOGSWHENDEBUGMODEOFF?.toLowerCase() !== 'true' ||
      env.SYSTEM_DEBUG?.toLowerCase() === 'true',
    secretVariables: new Set([...secret].filter(([, s]) => s).map(([k]) => k)),
  };
  delete env.COMMAND_CORRELATION_ID;
  delete env.VSTS_PUBLIC_VARIABLES;
  delete env.VSTS_SECRET_VARIABLES;
  return { snapshot, agent };
}

/** A JSON list of variable names as the agent writes it; anything else counts as none. */
function nameList(json: string | undefined): string[] {
  try {
    const v: unknown = JSON.parse(json || '[]');
    return Array.isArray(v) ? v.filter((n): n is string => typeof n === 'string' && n !== '') : [];
  } catch {
    return [];
  }
}

const { snapshot, agent } = takeTaskEnvironment(process.env);

/** The agent's settings for the logging commands (azure-commands.ts). */
export const agentSettings: AgentSettings = agent;

/** The raw value of a task input, by its task.json name (camelCase), as task-lib keys it. */
export function taskInput(name: string): string | undefined {
  return snapshot[`INPUT_${variableKey(name)}`];
}

/**
 * The job's own token: System.AccessToken mapped into the environment (SYSTEM_ACCESSTOKEN), else
 * the one the agent hands every task through its SystemVssConnection endpoint.
 */
export function jobAccessToken(): string | undefined {
  return snapshot.SYSTEM_ACCESSTOKEN || snapshot.ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN || undefined;
}

/**
 * The secret of a service connection named by a task input: a Generic connection's password, an
 * Azure Repos/TFS connection's token. undefined when the input names no connection.
 */
export function connectionSecret(inputName: string): string | undefined {
  const id = taskInput(inputName);
  if (!id) return undefined;
  const key = Object.keys(snapshot).find((k) => k.toUpperCase() === `ENDPOINT_AUTH_${id}`.toUpperCase());
  if (!key) return undefined;
  try {
    const p = (JSON.parse(snapshot[key]) as { parameters?: Record<string, string> }).parameters ?? {};
    return p.password || p.apitoken || p.AccessToken || undefined;
  } catch {
    return undefined;
  }
}
