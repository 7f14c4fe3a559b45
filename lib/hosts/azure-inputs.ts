/**
 * Task inputs, captured before azure-pipelines-task-lib loads. Its getInput() writes
 * `##vso[task.debug]<name>=<value>` for every input, which would print tokens; and on load it
 * moves INPUT_* variables into its vault and deletes them from the environment. azure.ts imports
 * this module first, so the snapshot is taken before task-lib runs (ESM evaluates imports in order).
 */
const snapshot: Record<string, string> = {};
for (const [k, v] of Object.entries(process.env)) if ((k.startsWith('INPUT_') || k.startsWith('ENDPOINT_AUTH_')) && v !== undefined) snapshot[k] = v;

/** The raw value of a task input, by its task.json name (camelCase), as task-lib keys it. */
export function taskInput(name: string): string | undefined {
  return snapshot[`INPUT_${name.replace(/[. ]/g, '_').toUpperCase()}`];
}

/**
 * The job's own token: System.AccessToken mapped into the environment (SYSTEM_ACCESSTOKEN), else
 * the one the agent hands every task through its SystemVssConnection endpoint.
 */
export function jobAccessToken(): string | undefined {
  return process.env.SYSTEM_ACCESSTOKEN || snapshot.ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN || undefined;
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
