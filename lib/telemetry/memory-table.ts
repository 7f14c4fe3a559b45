import type { Column, DeploymentRow, Fields } from './row.js';
import {
  cleanFields,
  type DeploymentTable,
  matchEntries,
  type RowMatch,
  rowOf,
  type ScanQuery,
  StorageError,
} from './table.js';

type Entity = Record<string, string>;

/** The most rows a scan hands over at once, as the Table service pages them. */
const PAGE_SIZE = 1000;

/**
 * Tables kept in this process, by table name and partition, with the Table service's rules as far
 * as {@link DeploymentTable} exposes them: exact string matches, RowKey order, merges that keep
 * other columns, ETag conditions (412), a taken key (409), a missing row (404), the write time as
 * the row's Timestamp. Every call yields to the event loop once before it reads or writes, so
 * concurrent writers interleave as they do over the network. For tests: case matrices run here
 * instead of through Azurite one request at a time.
 */
export class MemoryAccount {
  private readonly tables = new Map<string, Map<string, Entity>>();
  private writes = 0;

  /** The table's partition; the table exists from the first open. */
  open(o: { tableName: string; partitionKey: string }): MemoryTable {
    return new MemoryTable(this, o.tableName, o.partitionKey);
  }

  /** @internal The partition's entities by RowKey. */
  partition(table: string, partitionKey: string): Map<string, Entity> {
    const key = `${table}\u0000${partitionKey}`;
    let p = this.tables.get(key);
    if (!p) this.tables.set(key, (p = new Map()));
    return p;
  }

  /** @internal A new ETag and Timestamp for a write. */
  stamp(): { etag: string; timestamp: string } {
    const timestamp = new Date().toISOString();
    return { etag: `W/"datetime'${encodeURIComponent(timestamp)}'-${++this.writes}"`, timestamp };
  }
}

export class MemoryTable implements DeploymentTable {
  constructor(
    private readonly account: MemoryAccount,
    readonly tableName: string,
    readonly partitionKey: string,
  ) {}

  private get rows(): Map<string, Entity> {
    return this.account.partition(this.tableName, this.partitionKey);
  }

  async find(match: RowMatch): Promise<DeploymentRow[]> {
    return this.select([checked(match)]);
  }

  async findAny(matches: RowMatch[]): Promise<DeploymentRow[]> {
    return this.select(matches.map(checked).filter((t) => t.length));
  }

  /** Rows where every clause of any one term holds. */
  private async select(terms: [string, string][][]): Promise<DeploymentRow[]> {
    await turn();
    return this.sorted()
      .filter((e) => terms.some((t) => t.every(([k, v]) => e[k] === v)))
      .map(rowOf);
  }

  async scan(query: ScanQuery, onPage: (rows: DeploymentRow[]) => void): Promise<void> {
    const match = checked(query.match ?? {});
    const since = query.since ? Date.parse(query.since) : undefined;
    await turn();
    const rows = this.sorted()
      .filter((e) => (since === undefined || Date.parse(e.timestamp) >= since) && match.every(([k, v]) => e[k] === v))
      .map((e) => rowOf(query.select ? pick(e, query.select) : e));
    for (let i = 0; i < rows.length; i += PAGE_SIZE) onPage(rows.slice(i, i + PAGE_SIZE));
  }

  async insert(fields: Fields, ranks: Record<string, number> | undefined, rowKey: string): Promise<DeploymentRow> {
    await turn();
    if (this.rows.has(rowKey)) throw conflict(409, 'the row key is taken');
    const entity: Entity = {
      partitionKey: this.partitionKey,
      rowKey,
      ...cleanFields(fields),
      ...(ranks ? { ringwayRanks: JSON.stringify(ranks) } : {}),
      ...this.account.stamp(),
    };
    this.rows.set(rowKey, entity);
    const { timestamp: _t, ...written } = entity;
    return rowOf(written);
  }

  async update(row: DeploymentRow, fields: Fields, ranks: Record<string, number>): Promise<void> {
    await turn();
    const current = this.current(row);
    this.rows.set(row.rowKey, {
      ...current,
      ...cleanFields(fields),
      ringwayRanks: JSON.stringify(ranks),
      ...this.account.stamp(),
    });
  }

  async remove(row: DeploymentRow): Promise<void> {
    await turn();
    this.current(row);
    this.rows.delete(row.rowKey);
  }

  /** The stored row a conditional write is about: 404 when gone, 412 when changed since `row` was read. */
  private current(row: DeploymentRow): Entity {
    const e = this.rows.get(row.rowKey);
    if (!e) throw conflict(404, 'the row does not exist');
    if (row.etag && row.etag !== '*' && row.etag !== e.etag) throw conflict(412, 'the row changed since it was read');
    return e;
  }

  private sorted(): Entity[] {
    return [...this.rows.values()].sort((a, b) => (a.rowKey < b.rowKey ? -1 : a.rowKey > b.rowKey ? 1 : 0));
  }
}

/** A match's clauses, column names checked as the OData filter checks them. */
function checked(match: RowMatch): [string, string][] {
  return matchEntries(match).map(([k, v]) => {
    if (!/^\w+$/.test(k)) throw new Error(`bad column ${k}`);
    return [k, v];
  });
}

function pick(e: Entity, select: Column[]): Entity {
  const out: Entity = { partitionKey: e.partitionKey, rowKey: e.rowKey, etag: e.etag, timestamp: e.timestamp };
  for (const k of select) if (k in e) out[k] = e[k];
  return out;
}

function conflict(status: number, why: string): StorageError {
  return new StorageError(`telemetry: table service error (HTTP ${status}): ${why}`, status);
}

/** Lets other callers run first, as a network round trip would. */
function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
