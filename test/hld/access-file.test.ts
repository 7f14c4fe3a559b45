// A Fabrikate access.yaml maps source URLs to the environment variables that hold their tokens;
// what is wrong with one is named by file and line.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAccessFile } from '../../lib/hld/access-file.js';
import { tempDir } from '../../stand-ins/git.js';

const dir = tempDir('ringway-access-');
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

test('each entry with its variable and line; a repeated URL keeps its last variable and line', async () => {
  const p = file(
    'access.yaml',
    [
      '# tokens',
      'https://dev.azure.com/org/project/_git/charts: ACCESS_TOKEN_CHARTS',
      '',
      '"https://github.com/contoso/private.git": GH_TOKEN',
      'https://dev.azure.com/org/project/_git/charts: CHARTS_AGAIN',
    ].join('\n'),
  );
  expect(await readAccessFile(p, 'access.yaml')).toEqual([
    { url: 'https://dev.azure.com/org/project/_git/charts', variable: 'CHARTS_AGAIN', line: 5 },
    { url: 'https://github.com/contoso/private.git', variable: 'GH_TOKEN', line: 4 },
  ]);
});

test('an empty file has no entries', async () => {
  expect(await readAccessFile(file('empty.yaml', '# nothing yet\n'), 'empty.yaml')).toEqual([]);
});

test.each([
  ['a list', '- https://example.test/a.git\n', 'list.yaml: must map repository URLs to environment variable names'],
  [
    'a variable that is not a name',
    'x: X_TOKEN\nhttps://example.test/b.git: [A, B]\n',
    'bad.yaml:2: the variable for https://example.test/b.git must be a name',
  ],
  ['broken YAML', 'https://example.test/c.git: "unclosed\n', 'broken.yaml:2: invalid YAML: Missing closing "quote'],
])('%s is refused naming the file and line', async (_, text, message) => {
  const name = message.split(':')[0];
  await expect(readAccessFile(file(name, text), name)).rejects.toThrow(message);
});
