import { RingwayError } from '../errors.js';
import { type Column, type DeploymentRow, type Fields, RINGWAY_COLUMNS, SPEKTATE_COLUMNS } from './row.js';

/**
 * Rows whose columns equal these values exactly (as the table service compares strings); empty
 * values are left out, `rowKey` names one row. `{}` is the whole partition.
 */
export type RowMatch = Fields & { rowKey?: string };

/** What a scan reads: rows written at or after `since` (ISO time), matching `match`, only `select`'s columns. */
export interface ScanQuery {
  since?: string;
  match?: RowMatch;
  /** Columns to read; partitionKey, rowKey and timestamp always come. Default every column. */
  select?: Column[];
}

/**
 * One partition of a deployment table: everything the telemetry code asks of storage. Writes are
 * conditional on the row's ETag (`row.etag`; none given: unconditional) and fail with a
 * {@link StorageError}: 412 when the row changed since it was read, 404 when it is gone, 409 when
 * an insert finds its key taken. Implementations: `DeploymentStore` (Azure Table Storage, Azurite)
 * and `MemoryTable` (tests); `test/telemetry/table-contract.test.ts` holds both to the same rules.
 */
export interface DeploymentTable {
  readonly tableName: string;
  readonly partitionKey: string;
  /** Rows that match, in RowKey order. */
  find(match: RowMatch): Promise<DeploymentRow[]>;
  /** Rows that match any of the matches (one query), in RowKey order; none when every match is empty. */
  findAny(matches: RowMatch[]): Promise<DeploymentRow[]>;
  /** Every row the query selects, handed to `onPage` a page (up to 1000 rows) at a time, in no set order. */
  scan(query: ScanQuery, onPage: (rows: DeploymentRow[]) => void): Promise<void>;
  /** A new row; `ranks` (ringway's `ringwayRanks` column) is left out for a row as bedrock-cli writes it. */
  insert(fields: Fields, ranks: Record<string, number> | undefined, rowKey: string): Promise<DeploymentRow>;
  /** Merges the non-empty fields into the row (other columns kept), if unchanged since read. */
  update(row: DeploymentRow, fields: Fields, ranks: Record<string, number>): Promise<void>;
  /** Deletes the row, if unchanged since read. */
  remove(row: DeploymentRow): Promise<void>;
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

/** Values a match compares: its non-empty entries, `rowKey` included. */
export function matchEntries(match: RowMatch): [string, string][] {
  return Object.entries(match).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '');
}

/** The columns a write sets: empty values are left out (a merge never blanks a column). */
export function cleanFields(fields: Fields): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) if (v !== undefined && v !== '') out[k] = String(v);
  return out;
}

const COLUMNS: Column[] = [...SPEKTATE_COLUMNS, ...RINGWAY_COLUMNS];

/** A stored entity as a row: the known columns (others, a writer's own, are not read), its ETag and write time. */
export function rowOf(e: Record<string, unknown>): DeploymentRow {
  const row: DeploymentRow = {
    partitionKey: e.partitionKey as string,
    rowKey: e.rowKey as string,
    etag: e.etag as string | undefined,
    timestamp: e.timestamp as string | undefined,
  };
  for (const k of COLUMNS) if (typeof e[k] === 'string' && e[k]) row[k] = e[k] as string;
  if (typeof e.ringwayRanks === 'string') row.ringwayRanks = e.ringwayRanks;
  return row;
}
