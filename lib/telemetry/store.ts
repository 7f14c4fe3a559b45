// Types only: the SDK itself (a third of a bundle) is loaded when a store is first used, so steps
// and commands that never touch the table start without it.
import type { TableClient, TableEntityResultPage } from '@azure/data-tables';
import { RingwayError, UsageError } from '../errors.js';
import { networkTimeoutMs, noAnswerError } from '../exec.js';
import { shortened } from '../git/backoff.js';
import { pool } from '../pool.js';
import { registerSecret } from '../secrets.js';
import type { DeploymentRow, Fields } from './row.js';
import {
  cleanFields,
  type DeploymentTable,
  matchEntries,
  type RowMatch,
  rowOf,
  type ScanQuery,
  StorageError,
} from './table.js';

export { StorageError } from './table.js';

export interface StoreOptions {
  connectionString?: string;
  accountName?: string;
  accountKey?: string;
  sasToken?: string;
  /** Table service URL; default https://<account>.table.core.windows.net (Azurite: http://127.0.0.1:10002/<account>). */
  endpoint?: string;
  tableName: string;
  partitionKey: string;
}

/** The most entities the Table service returns in one response. */
const PAGE_SIZE = 1000;
/** Where scan() splits the RowKeys above its first page: ringway and Spektate write hex keys. */
const RANGE_BOUNDS = [...'123456789abcdef'];
const RANGES_AT_ONCE = 4;

/**
 * RowKey ranges that together hold every key above `last`, each key in exactly one: the first
 * starts just above `last`, the others at a bound, the last has no end.
 */
export function rangesAbove(last: string): string[][] {
  const ranges: string[][] = [];
  for (let i = 0; i <= RANGE_BOUNDS.length; i++) {
    const upper = RANGE_BOUNDS[i];
    if (upper !== undefined && upper <= last) continue; // wholly at or below `last`
    const lower = RANGE_BOUNDS[i - 1];
    const from = lower === undefined || lower <= last ? `RowKey gt ${quote(last)}` : `RowKey ge ${quote(lower)}`;
    ranges.push(upper === undefined ? [from] : [from, `RowKey lt ${quote(upper)}`]);
  }
  return ranges;
}

/** A name for an error line: control characters as '?', at most 60 characters. */
function shortName(v: string): string {
  const clean = v.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean;
}

/**
 * A store option the caller got wrong (`option` says which): the store names the thing, the
 * caller (openStore) says which input it came from.
 */
export class StoreOptionError extends UsageError {
  constructor(
    message: string,
    readonly option: keyof StoreOptions,
  ) {
    super(message);
  }
}

/**
 * The deployment table in Azure Table Storage (or Azurite), through @azure/data-tables: the one
 * place OData filters are written.
 */
export class DeploymentStore implements DeploymentTable {
  private ensured?: Promise<void>;
  private connected?: Promise<TableClient>;

  private constructor(
    private readonly options: StoreOptions,
    readonly partitionKey: string,
  ) {}

  /**
   * Checks the options; the SDK is loaded and the client made on first use. The key or SAS token
   * inside a connection string is registered as a secret here (the whole value is an input's,
   * registered where inputs are resolved).
   */
  static open(o: StoreOptions): DeploymentStore {
    if (!o.tableName) throw new StoreOptionError('telemetry storage: no table name given', 'tableName');
    if (!o.partitionKey) throw new StoreOptionError('telemetry storage: no partition key given', 'partitionKey');
    // Azure's naming rules, checked here rather than answered by the service as OData JSON.
    if (!/^[A-Za-z][A-Za-z0-9]{2,62}$/.test(o.tableName) || o.tableName.toLowerCase() === 'tables')
      throw new StoreOptionError(
        `telemetry storage: '${shortName(o.tableName)}' is not a table name Azure Table Storage accepts (3 to 63 letters and digits, starting with a letter)`,
        'tableName',
      );
    if (/[/\\#?\u0000-\u001f\u007f-\u009f]/.test(o.partitionKey) || o.partitionKey.length > 1024)
      throw new StoreOptionError(
        `telemetry storage: '${shortName(o.partitionKey)}' is not a partition key Azure Table Storage accepts (no '/', '\\', '#', '?' or control characters, at most 1024 characters)`,
        'partitionKey',
      );
    if (o.connectionString) {
      registerSecret(/AccountKey=([^;]+)/i.exec(o.connectionString)?.[1]);
      registerSecret(/SharedAccessSignature=([^;]+)/i.exec(o.connectionString)?.[1]);
    } else if (!o.accountName || !(o.accountKey || o.sasToken)) {
      throw new StoreOptionError(
        'telemetry storage: no credentials: a connection string, or an account name with an account key or a SAS token',
        'connectionString',
      );
    }
    return new DeploymentStore(o, o.partitionKey);
  }

  get tableName(): string {
    return this.options.tableName;
  }

  /** The SDK's client for this table (made once). */
  private client(): Promise<TableClient> {
    this.connected ??= guarded(() => connect(this.options));
    return this.connected;
  }

  /** Creates the table on first use when it does not exist. */
  ensureTable(): Promise<void> {
    this.ensured ??= this.client().then((c) =>
      guarded(() =>
        c.createTable().catch((err: { statusCode?: number }) => {
          if (err.statusCode !== 409) throw err;
        }),
      ),
    );
    return this.ensured;
  }

  async find(match: RowMatch): Promise<DeploymentRow[]> {
    const out: DeploymentRow[] = [];
    for await (const row of this.all(clauses(match).join(' and '))) out.push(row);
    return out;
  }

  /** One query: the matches joined by `or`. */
  async findAny(matches: RowMatch[]): Promise<DeploymentRow[]> {
    const terms = matches
      .map(clauses)
      .filter((c) => c.length)
      .map((c) => `(${c.join(' and ')})`);
    if (!terms.length) return [];
    const out: DeploymentRow[] = [];
    for await (const row of this.all(`(${terms.join(' or ')})`)) out.push(row);
    return out;
  }

  /**
   * Every row of the partition an OData `filter` selects, page by page (continuation tokens
   * followed). Azure only, for tools and tests that look at a table as it is; telemetry code asks
   * through the {@link DeploymentTable} methods.
   */
  async *all(filter = ''): AsyncGenerator<DeploymentRow> {
    const f = `PartitionKey eq ${quote(this.partitionKey)}` + (filter ? ` and ${filter}` : '');
    for await (const page of this.pages({ filter: f })) {
      for (const e of page) yield rowOf(e);
    }
  }

  /**
   * Raw entities of a query (its filter names the partition), a page of up to 1000 at a time;
   * `select` reads only those columns.
   */
  private async *pages(query: {
    filter: string;
    select?: string[];
  }): AsyncGenerator<TableEntityResultPage<Record<string, unknown>>> {
    await this.ensureTable();
    const client = await this.client();
    const it = client
      .listEntities<Record<string, unknown>>({ queryOptions: query })
      .byPage({ maxPageSize: PAGE_SIZE })
      [Symbol.asyncIterator]();
    for (;;) {
      const page = await guarded(() => it.next());
      if (page.done) return;
      yield page.value;
    }
  }

  /**
   * Every entity of the partition that `where` matches, handed to `onPage` a page at a time, in no
   * set order. A partition with more than a page goes on as RowKey ranges read four at a time:
   * the Table service returns a partition sorted by RowKey, so everything left lies above the first
   * page's last key, and the ranges split that space at the hex digits ringway's and Spektate's
   * RowKeys start with (any other key still falls in exactly one range). On Azure that is four
   * scans under way instead of one; Azurite evaluates a query's whole `$filter` over every row of
   * the table for every page, so there each page costs only its range's share of the `where`.
   */
  async scan(query: ScanQuery, onPage: (rows: DeploymentRow[]) => void): Promise<void> {
    // RowKey is needed to know where the first page ends; the range clauses come before `where` so
    // that a service evaluating left to right tests the cheap key comparisons first.
    const select = query.select && [...new Set([...query.select, 'RowKey', 'Timestamp'])];
    const where = scanWhere(query);
    const list = (range: string[]) =>
      this.pages({
        filter: [`PartitionKey eq ${quote(this.partitionKey)}`, ...range, ...(where ? [`(${where})`] : [])].join(
          ' and ',
        ),
        select,
      });
    const drain = async (pages: AsyncGenerator<TableEntityResultPage<Record<string, unknown>>>) => {
      for await (const page of pages) onPage(page.map(rowOf));
    };
    const pages = list([]);
    const first = await pages.next();
    if (first.done) return;
    onPage(first.value.map(rowOf));
    if (!first.value.continuationToken) return;
    const last = first.value.at(-1)?.rowKey;
    // An empty first page with a continuation (the service's time limit per request): read on in order.
    if (last === undefined) return drain(pages);
    await pool(rangesAbove(last), RANGES_AT_ONCE, (range) => drain(list(range)));
  }

  async insert(fields: Fields, ranks: Record<string, number> | undefined, rowKey: string): Promise<DeploymentRow> {
    await this.ensureTable();
    const entity = {
      partitionKey: this.partitionKey,
      rowKey,
      ...cleanFields(fields),
      ...(ranks ? { ringwayRanks: JSON.stringify(ranks) } : {}),
    };
    const client = await this.client();
    const res = await guarded(() => client.createEntity(entity));
    return { ...entity, etag: res.etag };
  }

  async update(row: DeploymentRow, fields: Fields, ranks: Record<string, number>): Promise<void> {
    const client = await this.client();
    await guarded(() =>
      client.updateEntity(
        {
          partitionKey: row.partitionKey,
          rowKey: row.rowKey,
          ...cleanFields(fields),
          ringwayRanks: JSON.stringify(ranks),
        },
        'Merge',
        { etag: row.etag },
      ),
    );
  }

  async remove(row: DeploymentRow): Promise<void> {
    const client = await this.client();
    await guarded(() => client.deleteEntity(row.partitionKey, row.rowKey, { etag: row.etag }));
  }
}

/** The OData clauses of a match: each column equal to its value. */
function clauses(match: RowMatch): string[] {
  return matchEntries(match).map(([k, v]) => {
    const column = k === 'rowKey' ? 'RowKey' : k;
    if (!/^\w+$/.test(column)) throw new Error(`bad column ${column}`);
    return `${column} eq ${quote(v)}`;
  });
}

/** A scan's filter beside the partition: rows written since (the table's own Timestamp), then the match. */
export function scanWhere(q: ScanQuery): string {
  return [
    ...(q.since ? [`Timestamp ge datetime'${new Date(q.since).toISOString()}'`] : []),
    ...clauses(q.match ?? {}),
  ].join(' and ');
}

/** A scan's whole `$filter` as one listing of the partition sends it (bench/metrics.ts compares the two). */
export function scanFilter(partitionKey: string, q: ScanQuery): string {
  const where = scanWhere(q);
  return `PartitionKey eq ${quote(partitionKey)}${where ? ` and ${where}` : ''}`;
}

/**
 * The SDK's waits between its tries of a request (a refused connection, a 5xx): its own defaults,
 * 1 s doubling up to 64 s, given here so that a test may shorten them (`shortenBackoff`).
 */
const retryOptions = () => ({ retryDelayInMs: shortened(1000), maxRetryDelayInMs: shortened(64_000) });

/** Loads the SDK and makes the client the options describe. */
async function connect(o: StoreOptions): Promise<TableClient> {
  const { AzureNamedKeyCredential, AzureSASCredential, TableClient } = await import('@azure/data-tables');
  const http = (url: string) => url.startsWith('http://');
  let client: TableClient;
  if (o.connectionString) {
    const endpoint = /TableEndpoint=([^;]+)/i.exec(o.connectionString)?.[1] ?? '';
    try {
      client = TableClient.fromConnectionString(o.connectionString, o.tableName, {
        allowInsecureConnection: http(endpoint) || /UseDevelopmentStorage=true/i.test(o.connectionString),
        retryOptions: retryOptions(),
      });
    } catch {
      // The SDK's TypeError quotes nothing useful; the value itself is a secret.
      throw new StoreOptionError(
        'the storage connection string is malformed (AccountName=…;AccountKey=…;TableEndpoint=…, or a SAS form)',
        'connectionString',
      );
    }
  } else {
    const endpoint = o.endpoint || `https://${o.accountName}.table.core.windows.net`;
    const options = { allowInsecureConnection: http(endpoint), retryOptions: retryOptions() };
    client = o.accountKey
      ? new TableClient(
          endpoint,
          o.tableName,
          new AzureNamedKeyCredential(o.accountName as string, o.accountKey),
          options,
        )
      : new TableClient(
          endpoint,
          o.tableName,
          new AzureSASCredential((o.sasToken as string).replace(/^\?/, '')),
          options,
        );
  }
  boundRequests(client);
  return client;
}

/** An OData string literal (quotes doubled), as the odata`` helper writes an interpolation. */
export function quote(v: string): string {
  return `'${v.replace(/'/g, "''")}'`;
}

/**
 * Every operation (its retries included) is given up after the step's network budget: a table
 * service that accepts and never answers must not hang the step. Added without a phase, the
 * policy runs once per operation, before the SDK's retry policy.
 */
function boundRequests(client: TableClient): void {
  const service = `table service ${new URL(client.url).origin}`;
  client.pipeline.addPolicy({
    name: 'ringway-deadline',
    async sendRequest(request, next) {
      const deadline = AbortSignal.timeout(networkTimeoutMs());
      request.abortSignal = request.abortSignal
        ? AbortSignal.any([request.abortSignal as AbortSignal, deadline])
        : deadline;
      try {
        return await next(request);
      } catch (err) {
        if (deadline.aborted) throw noAnswerError(service);
        throw err;
      }
    },
  });
}

function storageError(err: unknown): StorageError {
  const e = err as { statusCode?: number; code?: string; message?: string };
  if (e.statusCode === 403)
    return new StorageError('telemetry: the storage account refused the credentials (HTTP 403)', 403);
  if (e.code === 'ECONNREFUSED' || /ECONNREFUSED|ENOTFOUND|fetch failed|socket/i.test(e.message ?? ''))
    return new StorageError(`telemetry: cannot reach the table service: ${e.code ?? e.message}`, e.statusCode);
  return new StorageError(
    `telemetry: table service error${e.statusCode ? ` (HTTP ${e.statusCode})` : ''}: ${(e.message ?? String(err)).split('\n')[0]}`,
    e.statusCode,
  );
}

/** Runs one table call; what the SDK or the network throws comes out as a StorageError, ours unchanged. */
async function guarded<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw err instanceof RingwayError ? err : storageError(err);
  }
}
