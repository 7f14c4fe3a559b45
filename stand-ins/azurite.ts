import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { tempDir } from './git.js';
import { stopByPid } from './process.js';
import { freePort } from './registry.js';

/** Azurite's well-known development account. */
export const DEV_ACCOUNT = 'devstoreaccount1';
export const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  endpoint: string;
  connectionString: string;
  pid: number;
  stop(): Promise<void>;
}

export interface AzuriteOptions {
  /** Folder of an on-disk database (e.g. one written by writeAzuriteTable) instead of memory. */
  location?: string;
}

/** The connection string of the development account at a table endpoint. */
export const connectionStringFor = (endpoint: string): string =>
  `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};TableEndpoint=${endpoint};`;

/** Azurite's table service (npm azurite, pinned 3.35.0), in memory by default, on a free 127.0.0.1 port. */
export async function startAzurite(opts: AzuriteOptions = {}): Promise<Azurite> {
  const port = await freePort();
  const main = join(dirname(createRequire(import.meta.url).resolve('azurite/package.json')), 'dist/src/table/main.js');
  const persistence = opts.location ? ['--location', opts.location] : ['--inMemoryPersistence'];
  // Run from a temp folder: nothing Azurite might write lands in the repository.
  const child = spawn(
    process.execPath,
    [main, ...persistence, '--disableTelemetry', '--tableHost', '127.0.0.1', '--tablePort', String(port)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: tempDir('ringway-azurite-'),
    },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const endpoint = `http://127.0.0.1:${port}/${DEV_ACCOUNT}`;
  // Up to 30 s: on a busy machine Node alone can take 10 s to load Azurite. A failed start stops it.
  for (let i = 0; !/successfully (started|listening)/i.test(out); i++) {
    if (i > 600 || child.exitCode !== null) {
      child.kill();
      throw new Error(`azurite did not start: ${out}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    endpoint,
    connectionString: connectionStringFor(endpoint),
    pid: child.pid as number,
    stop: () => stopByPid(child),
  };
}

/** A string-valued entity, with the time the table service would have last written it. */
export interface SeedEntity {
  partitionKey: string;
  rowKey: string;
  /** ms since epoch: the entity's Timestamp. */
  modified: number;
  properties: Record<string, string>;
}

/**
 * Writes the LokiJS file Azurite 3.35.0 keeps with --location, holding one table with these
 * entities, in the exact shape Azurite writes for entities inserted through its API (copied from
 * a file it wrote). Inserting through the API costs Azurite a scan of the table per entity, so
 * 100,000 rows take an hour on a busy machine; this takes seconds. Start Azurite on `location` after.
 */
export function writeAzuriteTable(location: string, table: string, entities: SeedEntity[]): void {
  const now = Date.now();
  // Azurite stores times with 7 fractional digits (.NET ticks).
  const ticks = (ms: number) => new Date(ms).toISOString().replace('Z', '0000Z');
  const collection = (name: string, data: object[], binaryIndices: object, uniqueNames: string[] = []) => ({
    name,
    data,
    idIndex: null,
    binaryIndices,
    constraints: null,
    uniqueNames,
    transforms: {},
    objType: name,
    dirty: false,
    cachedIndex: null,
    cachedBinaryIndex: null,
    cachedData: null,
    adaptiveBinaryIndices: true,
    transactional: false,
    cloneObjects: false,
    cloneMethod: 'parse-stringify',
    asyncListeners: false,
    disableMeta: false,
    disableChangesApi: true,
    disableDeltaChangesApi: true,
    autoupdate: false,
    serializableIndices: true,
    disableFreeze: true,
    ttl: null,
    maxId: data.length,
    DynamicViews: [],
    events: {
      insert: [],
      update: [],
      'pre-insert': [],
      'pre-update': [],
      close: [],
      flushbuffer: [],
      error: [],
      delete: [null],
      warning: [null],
    },
    changes: [],
    dirtyIds: [],
  });
  const sorted = [...entities].sort((a, b) =>
    a.partitionKey === b.partitionKey
      ? a.rowKey < b.rowKey
        ? -1
        : a.rowKey > b.rowKey
          ? 1
          : 0
      : a.partitionKey < b.partitionKey
        ? -1
        : 1,
  );
  const data = sorted.map((e, i) => {
    const ts = ticks(e.modified);
    return {
      PartitionKey: e.partitionKey,
      RowKey: e.rowKey,
      properties: {
        PartitionKey: e.partitionKey,
        RowKey: e.rowKey,
        ...e.properties,
        Timestamp: ts,
        'Timestamp@odata.type': 'Edm.DateTime',
      },
      lastModifiedTime: ts,
      eTag: `W/"datetime'${encodeURIComponent(ts)}'"`,
      meta: { revision: 0, created: now, version: 0 },
      $loki: i + 1,
    };
  });
  // Loki's binary indices: positions in `data` ordered by that key (data is in PartitionKey order).
  const index = (name: string, values: number[]) => ({ name, dirty: false, values });
  const byPartition = data.map((_, i) => i);
  const byRow = [...byPartition].sort((a, b) =>
    data[a].RowKey < data[b].RowKey ? -1 : data[a].RowKey > data[b].RowKey ? 1 : 0,
  );
  const db = {
    filename: join(location, '__azurite_db_table__.json'),
    collections: [
      collection(
        '$TABLES_COLLECTION$',
        [{ account: DEV_ACCOUNT, table, meta: { revision: 0, created: now, version: 0 }, $loki: 1 }],
        { account: index('account', [0]), table: index('table', [0]) },
      ),
      collection('$SERVICES_COLLECTION$', [], {}, ['accountName']),
      collection(`${DEV_ACCOUNT}$${table}`, data, {
        PartitionKey: index('PartitionKey', byPartition),
        RowKey: index('RowKey', byRow),
      }),
    ],
    databaseVersion: 1.5,
    engineVersion: 1.5,
    autosave: true,
    autosaveInterval: 5000,
    autosaveHandle: null,
    throttledSaves: true,
    options: {
      persistenceMethod: 'fs',
      autosave: true,
      autosaveInterval: 5000,
      serializationMethod: 'normal',
      destructureDelimiter: '$<\n',
    },
    persistenceMethod: 'fs',
    persistenceAdapter: null,
    verbose: false,
    events: { init: [null], loaded: [], flushChanges: [], close: [], changes: [], warning: [] },
    ENV: 'NODEJS',
  };
  writeFileSync(db.filename, JSON.stringify(db));
}
