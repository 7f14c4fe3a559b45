import { checkAnswer, optional, readAnswer, type Shape } from '../lib/answer.js';
import { RingwayError } from '../lib/errors.js';

function fault(value: unknown, shape: Shape): string | undefined {
  try {
    checkAnswer(value, shape, 'GitHub', 'reading checks');
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(RingwayError);
    expect((err as RingwayError).kind).toBe('invalid-answer');
    return (err as Error).message;
  }
}

describe('checkAnswer', () => {
  const shape: Shape = { id: 'number', name: 'string', draft: 'boolean?', items: [{ sha: 'string' }] };

  test('passes the answer through when the named fields have their types; extra fields are not checked', () => {
    const value = { id: 1, name: 'pr', items: [{ sha: 'a', more: 1 }], extra: { deep: true } };
    expect(checkAnswer(value, shape, 'GitHub', 'reading')).toBe(value);
  });

  test.each<[unknown, Shape, string]>([
    [{ name: 'x', items: [] }, shape, 'id is missing'],
    [{ id: '1', name: 'x', items: [] }, shape, "id is the text '1', not a number"],
    [{ id: 1, name: 'x', items: [{ sha: 'a' }, { sha: 3 }] }, shape, 'items[1].sha is number 3, not a string'],
    [{ id: 1, name: 'x', items: {} }, shape, 'items is an object, not a list'],
    ['<html>', shape, "the answer is the text '<html>', not an object"],
    [null, shape, 'the answer is missing'],
    [[1], { a: 'string' }, 'the answer is a list, not an object'],
    [{ a: { b: null } }, { a: { b: 'string' } }, 'a.b is missing'],
  ])('%j against its shape: %s', (value, s, expected) => {
    expect(fault(value, s)).toBe(`reading checks: GitHub answered in a shape ringway does not know: ${expected}`);
  });

  test('a long text is cut in the message', () => {
    expect(fault('x'.repeat(100), 'number')).toMatch(/the answer is the text 'x{37}\.\.\.', not a number$/);
  });

  test("'x?' and optional(shape) allow missing or null; 'unknown' allows any value but missing", () => {
    expect(fault({ draft: null }, { draft: 'boolean?' })).toBeUndefined();
    expect(fault({}, { draft: 'boolean?' })).toBeUndefined();
    expect(fault({ draft: 'yes' }, { draft: 'boolean?' })).toMatch(/draft is the text 'yes', not a boolean$/);
    expect(fault({}, { head: optional({ sha: 'string' }) })).toBeUndefined();
    expect(fault({ head: null }, { head: optional({ sha: 'string' }) })).toBeUndefined();
    expect(fault({ head: {} }, { head: optional({ sha: 'string' }) })).toMatch(/head\.sha is missing$/);
    expect(fault({ v: null }, { v: 'unknown' })).toBeUndefined();
    expect(fault({ v: [1, 'a'] }, { v: 'unknown' })).toBeUndefined();
    expect(fault({}, { v: 'unknown' })).toMatch(/v is missing$/);
  });

  test("'*' checks every field of a map", () => {
    expect(fault({ a: { n: 1 }, b: { n: 2 } }, { '*': { n: 'number' } })).toBeUndefined();
    expect(fault({ a: { n: 1 }, b: { n: 'two' } }, { '*': { n: 'number' } })).toMatch(
      /b\.n is the text 'two', not a number$/,
    );
  });
});

describe('readAnswer', () => {
  test('parses and checks a JSON body', () => {
    expect(readAnswer<{ id: number }>('{"id":7}', { id: 'number' }, 'Azure DevOps', 'reading')).toEqual({ id: 7 });
  });

  test('a body that is not JSON is an invalid answer', () => {
    expect(() => readAnswer('<html>proxy</html>', { id: 'number' }, 'Azure DevOps', 'opening a pull request')).toThrow(
      new Error('opening a pull request: Azure DevOps answered in a shape ringway does not know: the body is not JSON'),
    );
  });
});
