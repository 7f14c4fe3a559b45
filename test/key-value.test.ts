import { UsageError } from '../lib/errors.js';
import { parseKeyValues } from '../lib/key-value.js';

describe('parseKeyValues', () => {
  const buildArg = { what: 'build arg', form: 'NAME=value', key: /^[A-Za-z_][A-Za-z0-9_]*$/ };

  test('splits each line at its first =, keeping order; the value may hold = or be empty', () => {
    expect(parseKeyValues(['A=1', 'B=x=y', 'C='], buildArg)).toEqual([
      ['A', '1'],
      ['B', 'x=y'],
      ['C', ''],
    ]);
  });

  test('no lines give no pairs', () => expect(parseKeyValues([], buildArg)).toEqual([]));

  test.each(['NOEQUALS', '=value', '1A=x', 'A B=x'])('refuses %j with a line quoting it', (line) => {
    expect(() => parseKeyValues(['OK=1', line], buildArg)).toThrow(UsageError);
    expect(() => parseKeyValues(['OK=1', line], buildArg)).toThrow(new Error(`build arg '${line}' is not NAME=value`));
  });

  test('without a key rule any non-empty key is taken', () => {
    expect(parseKeyValues(['org.opencontainers.image.source=https://x'], { what: 'label', form: 'key=value' })).toEqual(
      [['org.opencontainers.image.source', 'https://x']],
    );
  });

  test('a bad line of secrets is not quoted', () => {
    const secret = { what: 'build secret', form: 'id=path', secret: true };
    let message = '';
    try {
      parseKeyValues(['hunter2-no-equals'], secret);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe('each line must be id=path');
  });
});
