import { UsageError } from '../../lib/errors.js';
import { safeRelativePath } from '../../lib/git/paths.js';

describe('safeRelativePath', () => {
  test.each([
    ['', '.'],
    ['  ', '.'],
    ['.', '.'],
    ['./', '.'],
    ['manifests', 'manifests'],
    ['a/b/', 'a/b'],
    ['a//b/./c', 'a/b/c'],
    ['a/../b', 'b'],
    ['a\\b', 'a/b'],
    ['.github/workflows', '.github/workflows'],
  ])('%j is the path %j', (value, path) => expect(safeRelativePath(value)).toBe(path));

  test.each([
    ['/etc', "'/etc' must be relative to the repository root"],
    ['C:\\x', "'C:\\x' must be relative to the repository root"],
    ['c:/x', "'c:/x' must be relative to the repository root"],
    ['..', "'..' must stay inside the repository"],
    ['../sibling', "'../sibling' must stay inside the repository"],
    ['a/../../b', "'a/../../b' must stay inside the repository"],
    ['.git/hooks', "'.git/hooks' must stay inside the repository"],
    ['sub/.git', "'sub/.git' must stay inside the repository"],
    ['--upload-pack=x', "'--upload-pack=x' looks like an option (a part starts with '-')"],
    ['a/-b', "'a/-b' looks like an option (a part starts with '-')"],
  ])('%j is refused: %s', (value, message) => {
    expect(() => safeRelativePath(value)).toThrow(UsageError);
    expect(() => safeRelativePath(value)).toThrow(new Error(message));
  });
});
