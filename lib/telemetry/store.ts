// Types only: the SDK itself (a third of a bundle) is loaded when a store is first used, so steps
// and commands that never touch the table start without it.
import type { TableClient, TableEntityResult, TableEntityResultPage } from '@azure/data-tables';
import { RingwayError, UsageError } from '../errors.js';
import { networkTimeoutMs, noAnswerError } from '../exec.js';
import { pool } from '../pool.js';
import { registerSecret } from '../secrets.js';
import { type Column, type DeploymentRow, RINGWAY_COLUMNS, SPEKTATE_COLUMNS } from './row.js';

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

const COLUMNS: Column[] = [...SPEKTATE_COLUMNS, ...RINGWAY_COLUMNS];

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

/** The deployment table, through @azure/data-tables. */
export class DeploymentStore {
  private ensured?: Promise<void>;
  private connected?: Promise<TableClient>;

  private constructor(
    private readonly options: StoreOptions,
    readonly partitionKey: string,
  ) {}

  /** Checks the options; the SDK is loaded and the client made on first use. */
  static open(o: StoreOptions): DeploymentStore {
    if (!o.tableName) throw new UsageError("input 'table-name' is required");
    if (!o.partitionKey) throw new UsageError("input 'partition-key' is required");
    if (o.connectionString) {
      registerSecret(o.connectionString);
      registerSecret(/AccountKey=([^;]+)/i.exec(o.connectionString)?.[1]);
      registerSecret(/SharedAccessSignature=([^;]+)/i.exec(o.connectionString)?.[1]);
    } else if (o.accountName && (o.accountKey || o.sasToken)) {
      registerSecret(o.accountKey || o.sasToken);
    } else {
      throw new UsageError("telemetry storage: give 'connection-string', or 'account-name' with 'account-key' or 'sas-token'");
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
    this.ensured ??= this.client().then((c) => guarded(() => c.createTable().catch((err: { statusCode?: number }) => {
      if (err.statusCode !== 409) throw err;
    })));
    return this.ensured;
  }

  /** Rows of this partition where every given column equals the value. */
  async find(where: Fields): Promise<DeploymentRow[]> {
    await this.ensureTable();
    const clauses = Object.entries(where).filter(([, v]) => v);
    let filter = `PartitionKey eq ${quote(this.partitionKey)}`;
    for (const [k, v] of clauses) {
      if (!/^\w+$/.test(k)) throw new Error(`bad column ${k}`);
      filter += ` and ${k} eq ${quote(v as string)}`;
    }
    const out: DeploymentRow[] = [];
    for await (const page of this.pages({ filter })) for (const e of page) out.push(toRow(e));
    return out;
  }

  /** Rows of this partition matching any of the given column sets (one query instead of several). */
  async findAny(wheres: Fields[]): Promise<DeploymentRow[]> {
    const terms = wheres
      .map((w) => Object.entries(w).filter(([, v]) => v))
      .filter((c) => c.length)
      .map((c) => `(${c.map(([k, v]) => {
        if (!/^\w+$/.test(k)) throw new Error(`bad column ${k}`);
        return `${k} eq ${quote(v as string)}`;
      }).join(' and ')})`);
    if (!terms.length) return [];
    const out: DeploymentRow[] = [];
    for await (const row of this.all(`(${terms.join(' or ')})`)) out.push(row);
    return out;
  }

  /** Every row of the partition, page by page (continuation tokens followed). */
  async *all(filter = ''): AsyncGenerator<DeploymentRow> {
    const f = `PartitionKey eq ${quote(this.partitionKey)}` + (filter ? ` and ${filter}` : '');
    for await (const page of this.pages({ filter: f })) {
      for (const e of page) yield toRow(e);
    }
  }

  /**
   * Raw entities of a query (its filter names the partition), a page of up to 1000 at a time;
   * `select` reads only those columns.
   */
  async *pages(query: { filter: string; select?: string[] }): AsyncGenerator<TableEntityResultPage<Record<string, unknown>>> {
    await this.ensureTable();
    const client = await this.client();
    const it = client.listEntities<Record<string, unknown>>({ queryOptions: query }).byPage({ maxPageSize: PAGE_SIZE })[Symbol.asyncIterator]();
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
  async scan(query: { where?: string; select?: string[] }, onPage: (page: TableEntityResult<Record<string, unknown>>[]) => void): Promise<void> {
    // RowKey is needed to know where the first page ends; the range clauses come before `where` so
    // that a service evaluating left to right tests the cheap key comparisons first.
    const select = query.select && [...new Set([...query.select, 'RowKey'])];
    const list = (range: string[]) => this.pages({ filter: [`PartitionKey eq ${quote(this.partitionKey)}`, ...range, ...(query.where ? [`(${query.where})`] : [])].join(' and '), select });
    const drain = async (pages: AsyncGenerator<TableEntityResultPage<Record<string, unknown>>>) => {
      for await (const page of pages) onPage(page);
    };
    const pages = list([]);
    const first = await pages.next();
    if (first.done) return;
    onPage(first.value);
    if (!first.value.continuationToken) return;
    const last = first.value.at(-1)?.rowKey;
    // An empty first page with a continuation (the service's time limit per request): read on in order.
    if (last === undefined) return drain(pages);
    await pool(rangesAbove(last), RANGES_AT_ONCE, (range) => drain(list(range)));
  }

  async insert(fields: Fields, ranks: Record<string, number>, rowKey: string): Promise<DeploymentRow> {
    await this.ensureTable();
    const entity = { partitionKey: this.partitionKey, rowKey, ...clean(fields), ringwayRanks: JSON.stringify(ranks) };
    const client = await this.client();
    const res = await guarded(() => client.createEntity(entity));
    return { ...entity, etag: res.etag };
  }

  /** Merges columns into a row only if it is unchanged since read (ETag); a StorageError with status 412 otherwise. */
  async update(row: DeploymentRow, fields: Fields, ranks: Record<string, number>): Promise<void> {
    const client = await this.client();
    await guarded(() => client.updateEntity({ partitionKey: row.partitionKey, rowKey: row.rowKey, ...clean(fields), ringwayRanks: JSON.stringify(ranks) }, 'Merge', { etag: row.etag }));
  }

  async remove(row: DeploymentRow): Promise<void> {
    const client = await this.client();
    await guarded(() => client.deleteEntity(row.partitionKey, row.rowKey, { etag: row.etag }));
  }
}

type Fields = Partial<Record<Column, string>>;

/** Loads the SDK and makes the client the options describe. */
async function connect(o: StoreOptions): Promise<TableClient> {
  const { AzureNamedKeyCredential, AzureSASCredential, TableClient } = await import('@azure/data-tables');
  const http = (url: string) => url.startsWith('http://');
  let client: TableClient;
  if (o.connectionString) {
    const endpoint = /TableEndpoint=([^;]+)/i.exec(o.connectionString)?.[1] ?? '';
    try {
      client = TableClient.fromConnectionString(o.connectionString, o.tableName, { allowInsecureConnection: http(endpoint) || /UseDevelopmentStorage=true/i.test(o.connectionString) });
    } catch {
      // The SDK's TypeError quotes nothing useful; the value itself is a secret.
      throw new UsageError("input 'connection-string' is not a storage connection string (AccountName=…;AccountKey=…;TableEndpoint=…, or a SAS form)");
    }
  } else {
    const endpoint = o.endpoint || `https://${o.accountName}.table.core.windows.net`;
    const options = { allowInsecureConnection: http(endpoint) };
    client = o.accountKey
      ? new TableClient(endpoint, o.tableName, new AzureNamedKeyCredential(o.accountName as string, o.accountKey), options)
      : new TableClient(endpoint, o.tableName, new AzureSASCredential((o.sasToken as string).replace(/^\?/, '')), options);
  }
  boundRequests(client);
  return client;
}

/** An OData string literal (quotes doubled), as the odata`` helper writes an interpolation. */
export function quote(v: string): string {
  return `'${v.replace(/'/g, "''")}'`;
}

function clean(fields: Fields): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== '') out[k] = String(v);
  return out;
}

function toRow(e: TableEntityResult<Record<string, unknown>>): DeploymentRow {
  const row: DeploymentRow = { partitionKey: e.partitionKey as string, rowKey: e.rowKey as string, etag: e.etag, timestamp: e.timestamp as string | undefined };
  for (const k of COLUMNS) if (typeof e[k] === 'string' && e[k]) row[k] = e[k] as string;
  if (typeof e.ringwayRanks === 'string') row.ringwayRanks = e.ringwayRanks;
  return row;
}

/** A short, readable error for a failed table call (never the connection string). */
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
      request.abortSignal = request.abortSignal ? AbortSignal.any([request.abortSignal as AbortSignal, deadline]) : deadline;
      try {
        return await next(request);
      } catch (err) {
        if (deadline.aborted) throw noAnswerError(service);
        throw err;
      }
    },
  });
}

/**
 * A failed table call, as one readable line (never the connection string). The HTTP status stays
 * on it: the telemetry writers retry a 412 (row changed since read), 409 and 404.
 */
export class StorageError extends RingwayError {
  constructor(
    message: string,
    readonly statusCode?: number,
  ) {
    super(message);
  }
}

function storageError(err: unknown): StorageError {
  const e = err as { statusCode?: number; code?: string; message?: string };
  if (e.statusCode === 403) return new StorageError('telemetry: the storage account refused the credentials (HTTP 403)', 403);
  if (e.code === 'ECONNREFUSED' || /ECONNREFUSED|ENOTFOUND|fetch failed|socket/i.test(e.message ?? '')) return new StorageError(`telemetry: cannot reach the table service: ${e.code ?? e.message}`, e.statusCode);
  return new StorageError(`telemetry: table service error${e.statusCode ? ` (HTTP ${e.statusCode})` : ''}: ${(e.message ?? String(err)).split('\n')[0]}`, e.statusCode);
}

/** Runs one table call; what the SDK or the network throws comes out as a StorageError, ours unchanged. */
async function guarded<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw err instanceof RingwayError ? err : storageError(err);
  }
}
