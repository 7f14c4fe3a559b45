import { UsageError } from '../lib/errors.js';
import { fillTemplate } from '../lib/template.js';

describe('fillTemplate', () => {
  const values = { sha: 'abc1234', 'short-sha': 'abc', branch: 'main' };

  test('fills every placeholder, repeated ones too, and leaves other text alone', () => {
    expect(fillTemplate('{branch}-{sha}-{sha}', values, 'image-tag')).toBe('main-abc1234-abc1234');
    expect(fillTemplate('{short-sha}', values, 'image-tag')).toBe('abc');
    expect(fillTemplate('v1.2 {not closed', values, 'image-tag')).toBe('v1.2 {not closed');
  });

  test('an unknown placeholder is one error line naming where it came from and the known ones', () => {
    expect(() => fillTemplate('{branch}-{build}', values, "input 'image-tag'")).toThrow(UsageError);
    expect(() => fillTemplate('{branch}-{build}', values, "input 'image-tag'")).toThrow(
      new Error(
        "input 'image-tag': unknown placeholder {build} in '{branch}-{build}' (known: {sha}, {short-sha}, {branch})",
      ),
    );
  });

  test('a name inherited from Object is not a known placeholder', () => {
    expect(() => fillTemplate('{constructor}', {}, 'branch-name')).toThrow(/unknown placeholder \{constructor\}/);
  });

  test('the value callback may refine or refuse a value', () => {
    const upper = (_k: string, v: string) => v.toUpperCase();
    expect(fillTemplate('{branch}', values, 'x', upper)).toBe('MAIN');
    const refuse = (k: string, v: string, m: string) => {
      if (!v) throw new UsageError(`${m} is empty`);
      return v;
    };
    expect(() => fillTemplate('{branch}', { branch: '' }, 'x', refuse)).toThrow('{branch} is empty');
  });
});
