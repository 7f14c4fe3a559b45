import { UsageError, withInput } from '../../errors.js';
import { setNetworkTimeout } from '../../exec.js';
import { parseDuration } from '../../duration.js';
import { envName } from '../../steps/names.js';
import { storageInputs, storeOptions } from '../../steps/storage-inputs.js';
import { DeploymentStore } from '../../telemetry/store.js';
import { registerSecret } from '../../secrets.js';
import type { FlagSpec } from '../../hosts/cli-args.js';

export const storageFlagSpecs: FlagSpec[] = storageInputs.map((d) => ({ name: d.name }));

export const storageHelp = storageInputs.map((d) => `  --${d.name} <value>`.padEnd(30) + `${d.description} (env ${envName(d.name)})`).join('\n');

/** The deployment table from --flags, else RINGWAY_* variables. */
export function openStore(flags: Map<string, string>): DeploymentStore {
  const get = (name: string) => flags.get(name) ?? process.env[envName(name)] ?? '';
  for (const d of storageInputs) if (d.secret) registerSecret(get(d.name));
  // A flag's value is in the process list (`ps`) for every user of the machine: say so, once.
  const secretFlags = storageInputs.filter((d) => d.secret && flags.get(d.name)).map((d) => d.name);
  if (secretFlags.length) {
    process.stderr.write(`warning: ${secretFlags.map((n) => `--${n}`).join(', ')} on the command line can be read by other users of this machine (ps); set ${secretFlags.map(envName).join(', ')} in the environment instead\n`);
  }
  if (get('timeout')) {
    const ms = withInput('timeout', () => parseDuration(get('timeout')));
    if (!ms) throw new UsageError("option --timeout must be a duration above zero, e.g. 60s or 2m");
    setNetworkTimeout(ms);
  }
  return DeploymentStore.open(storeOptions(get));
}
