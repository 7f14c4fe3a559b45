import { errorMessage, RingwayError } from '../errors.js';
import type { Column, DeploymentRow } from './row.js';

/**
 * Rows are data written by every pipeline that can write the table: a value read from one is
 * checked before it reaches git, the HLD or a log line, and a bad one is named by its row and
 * column, never by the parser's own words ("Invalid time value").
 */

/** A row's value for an error line: line breaks and other control characters as '?', at most 60 characters. */
export function shownValue(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
  return clean.length > 60 ? `${clean.slice(0, 57)}... (${value.length} characters)` : clean;
}

/** Which row and column a bad value came from: `deployment <RowKey> (partition <PartitionKey>), column '<name>'`. */
export function rowColumn(row: DeploymentRow, column: Column): string {
  return `deployment ${shownValue(row.rowKey)} (partition ${shownValue(row.partitionKey)}), column '${column}'`;
}

/**
 * `row[column]` passed through `check` (which returns the value or throws an error naming the
 * value); a refusal becomes one line naming the row and the column.
 */
export function checkedRowValue(row: DeploymentRow, column: Column, check: (value: string) => string): string {
  const value = row[column] ?? '';
  try {
    return check(value);
  } catch (err) {
    throw new RingwayError(`${rowColumn(row, column)}: ${errorMessage(err)}`, { cause: err });
  }
}

/** A time a row holds, in milliseconds; a value that is not one is named by row and column. */
export function rowTime(row: DeploymentRow, column: Column): number {
  const t = Date.parse(row[column] ?? '');
  if (Number.isNaN(t))
    throw new RingwayError(`${rowColumn(row, column)}: '${shownValue(row[column] ?? '')}' is not a time (ISO 8601)`);
  return t;
}
