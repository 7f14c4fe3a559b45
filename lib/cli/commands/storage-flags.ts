import { commandInputs } from '../../hosts/cli.js';
import type { FlagSpec } from '../../hosts/cli-args.js';
import { envName } from '../../steps/names.js';
import { openStore, storageInputs } from '../../steps/storage-inputs.js';
import type { DeploymentTable } from '../../telemetry/table.js';

export const storageFlagSpecs: FlagSpec[] = storageInputs.map((d) => ({ name: d.name }));

export const storageHelp = storageInputs
  .map((d) => `  --${d.name} <value>`.padEnd(30) + `${d.description} (env ${envName(d.name)})`)
  .join('\n');

/** The deployment table from --flags, else RINGWAY_* variables: the storage inputs, resolved as a step's. */
export function flagStore(flags: Map<string, string>): DeploymentTable {
  return openStore(commandInputs({ inputs: storageInputs }, flags));
}
