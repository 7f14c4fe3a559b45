import { textTable } from '../lib/text-table.js';

describe('textTable', () => {
  test('no rows is empty text', () => expect(textTable([])).toBe(''));

  test('pads columns to the longest cell, rules the header, trims line ends', () => {
    expect(
      textTable([
        ['RING', 'STATUS'],
        ['canary', 'ok'],
        ['prod', 'failed'],
      ]),
    ).toBe(['RING    STATUS', '------  ------', 'canary  ok', 'prod    failed'].join('\n'));
  });

  test('counts code points, not UTF-16 units: an emoji takes one place like a letter', () => {
    const lines = textTable([
      ['A', 'B'],
      ['😀', 'x'],
      ['ab', 'y'],
    ]).split('\n');
    expect(lines).toEqual(['A   B', '--  -', '😀   x', 'ab  y']);
  });

  test('a short row is padded as if its missing cells were empty', () => {
    expect(textTable([['NAME', 'VALUE'], ['a']])).toBe(['NAME  VALUE', '----  -----', 'a'].join('\n'));
  });
});
