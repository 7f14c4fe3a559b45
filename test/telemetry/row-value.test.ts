// A value read from a row was written by some pipeline: before it reaches git, the HLD or a log
// line it is checked, and a bad one is named by its row and column in one printable line.
import { RingwayError } from '../../lib/errors.js';
import type { DeploymentRow } from '../../lib/telemetry/row.js';
import { checkedRowValue, rowColumn, rowTime, shownValue } from '../../lib/telemetry/row-value.js';

const row = (fields: Partial<DeploymentRow>): DeploymentRow =>
  ({ partitionKey: 'fabrikam', rowKey: 'a1b2c3', ...fields }) as DeploymentRow;

test('a shown value has no line break or control character, and a long one is cut with its length', () => {
  expect(shownValue('tag\nwith\rbreaks\u0000and\u2028separators\u009b')).toBe('tag?with?breaks?and?separators?');
  const long = 'x'.repeat(200);
  expect(shownValue(long)).toBe(`${'x'.repeat(57)}... (200 characters)`);
  expect(shownValue('x'.repeat(60))).toBe('x'.repeat(60));
});

test('the row and column of a value are named, the keys shown safely', () => {
  expect(rowColumn(row({ rowKey: 'r\n1' }), 'imageTag')).toBe("deployment r?1 (partition fabrikam), column 'imageTag'");
});

test('a value the check refuses becomes one line naming row and column, the check’s reason kept', () => {
  const check = (v: string) => {
    if (!/^[\w.-]+$/.test(v)) throw new RingwayError(`'${shownValue(v)}' is not a tag`);
    return v;
  };
  expect(checkedRowValue(row({ imageTag: 'master-7' }), 'imageTag', check)).toBe('master-7');
  let err: unknown;
  try {
    checkedRowValue(row({ imageTag: 'x; rm -rf /\n' }), 'imageTag', check);
  } catch (e) {
    err = e;
  }
  expect((err as Error).message).toBe(
    "deployment a1b2c3 (partition fabrikam), column 'imageTag': 'x; rm -rf /?' is not a tag",
  );
  expect((err as Error).message).not.toContain('\n');
  // A missing column is checked as ''.
  expect(() => checkedRowValue(row({}), 'imageTag', check)).toThrow("column 'imageTag': '' is not a tag");
});

test('a time is read as milliseconds; a value that is not one is named, never "Invalid time value"', () => {
  expect(rowTime(row({ syncedAt: '2026-12-08T01:02:03.000Z' }), 'syncedAt')).toBe(Date.UTC(2026, 11, 8, 1, 2, 3));
  expect(() => rowTime(row({ syncedAt: 'yesterday' }), 'syncedAt')).toThrow(
    "deployment a1b2c3 (partition fabrikam), column 'syncedAt': 'yesterday' is not a time (ISO 8601)",
  );
  expect(() => rowTime(row({}), 'syncedAt')).toThrow("column 'syncedAt': '' is not a time (ISO 8601)");
});
