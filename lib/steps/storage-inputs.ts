import { UsageError, withInput } from '../errors.js';
import { DeploymentStore, StoreOptionError, type StoreOptions } from '../telemetry/store.js';
import type { DeploymentTable } from '../telemetry/table.js';
import type { Inputs } from './inputs.js';
import { requestTimeoutInput, timeoutInput, type InputDef } from './types.js';

/** Storage inputs shared by record-deployment and the `deployments` / `dashboard` commands. */
export const storageInputs: InputDef[] = [
  { name: 'connection-string', description: 'Storage account connection string (account key or SAS)', secret: true },
  { name: 'account-name', description: 'Storage account name (with account-key or sas-token)' },
  { name: 'account-key', description: 'Storage account key', secret: true },
  { name: 'sas-token', description: 'SAS token with table read/add/update/delete permissions', secret: true },
  { name: 'table-endpoint', description: 'Table service URL; default https://<account>.table.core.windows.net' },
  { name: 'table-name', description: 'Deployment table (created when missing)', required: true },
  {
    name: 'partition-key',
    description: 'Partition of the table holding these deployments (Spektate INTROSPECTION_PARTITION_KEY)',
    required: true,
  },
  timeoutInput,
  requestTimeoutInput,
];

/** Which input each store option comes from, for the store's errors. */
const INPUT_OF: Record<keyof StoreOptions, string> = {
  connectionString: 'connection-string',
  accountName: 'account-name',
  accountKey: 'account-key',
  sasToken: 'sas-token',
  endpoint: 'table-endpoint',
  tableName: 'table-name',
  partitionKey: 'partition-key',
};

/** How a table is opened from its options: Azure Table Storage, unless a test put another here. */
let opener: (o: StoreOptions) => DeploymentTable = (o) => DeploymentStore.open(o);

/**
 * For tests: steps and commands open their tables with `open` (an in-memory account,
 * `lib/telemetry/memory-table.ts`) until it is put back; returns the one it replaces.
 */
export function setTableOpener(open: (o: StoreOptions) => DeploymentTable): (o: StoreOptions) => DeploymentTable {
  const before = opener;
  opener = open;
  return before;
}

/**
 * The deployment table the storage inputs name: the one place steps and commands open it. Missing
 * inputs are named here; what the store finds wrong later (a malformed connection string, read
 * when the table is first used) is blamed on the input it came from.
 */
export function openStore(inputs: Inputs): DeploymentTable {
  const get = (name: string) => inputs.string(name) || undefined;
  const o: StoreOptions = {
    connectionString: get('connection-string'),
    accountName: get('account-name'),
    accountKey: get('account-key'),
    sasToken: get('sas-token'),
    endpoint: get('table-endpoint'),
    tableName: inputs.string('table-name'),
    partitionKey: inputs.string('partition-key'),
  };
  for (const name of ['table-name', 'partition-key'])
    if (!inputs.string(name)) throw new UsageError(`input '${name}' is required`);
  if (!o.connectionString && !(o.accountName && (o.accountKey || o.sasToken))) {
    throw new UsageError(
      "telemetry storage: give 'connection-string', or 'account-name' with 'account-key' or 'sas-token'",
    );
  }
  try {
    return blamingInputs(opener(o));
  } catch (err) {
    return blame(err);
  }
}

/** A StoreOptionError prefixed with the input its option came from (`withInput`); other errors unchanged. */
function blame(err: unknown): never {
  if (err instanceof StoreOptionError)
    withInput(INPUT_OF[err.option], () => {
      throw err;
    });
  throw err;
}

/** The table, with each StoreOptionError its calls throw blamed on its input. */
function blamingInputs(table: DeploymentTable): DeploymentTable {
  return {
    tableName: table.tableName,
    partitionKey: table.partitionKey,
    find: (match) => table.find(match).catch(blame),
    findAny: (matches) => table.findAny(matches).catch(blame),
    scan: (query, onPage) => table.scan(query, onPage).catch(blame),
    insert: (fields, ranks, rowKey) => table.insert(fields, ranks, rowKey).catch(blame),
    update: (row, fields, ranks) => table.update(row, fields, ranks).catch(blame),
    remove: (row) => table.remove(row).catch(blame),
  };
}
