import type { StoreOptions } from '../telemetry/store.js';
import { timeoutInput, type InputDef } from './types.js';

/** Storage inputs shared by record-deployment and the `deployments` / `dashboard` commands. */
export const storageInputs: InputDef[] = [
  { name: 'connection-string', description: 'Storage account connection string (account key or SAS)', secret: true },
  { name: 'account-name', description: 'Storage account name (with account-key or sas-token)' },
  { name: 'account-key', description: 'Storage account key', secret: true },
  { name: 'sas-token', description: 'SAS token with table read/add/update/delete permissions', secret: true },
  { name: 'table-endpoint', description: 'Table service URL; default https://<account>.table.core.windows.net' },
  { name: 'table-name', description: 'Deployment table (created when missing)', required: true },
  { name: 'partition-key', description: 'Partition of the table holding these deployments (Spektate INTROSPECTION_PARTITION_KEY)', required: true },  timeoutInput,
];

export function storeOptions(get: (name: string) => string): StoreOptions {
  return {
    connectionString: get('connection-string') || undefined,
    accountName: get('account-name') || undefined,
    accountKey: get('account-key') || undefined,
    sasToken: get('sas-token') || undefined,
    endpoint: get('table-endpoint') || undefined,
    tableName: get('table-name'),
    partitionKey: get('partition-key'),
  };
}
