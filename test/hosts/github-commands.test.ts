// The GitHub host writes its runner commands itself (lib/hosts/github-commands.ts) instead of
// loading @actions/core, which it replaced for start-up time. @actions/core is the oracle: the same
// calls, each side in a child process of its own (both write to file descriptor 1), must print the
// same bytes, write the same GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files (up to the random output
// delimiter) and set the same exit code.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../stand-ins/git.js';
import { repoRoot } from '../support/run-bundle.js';

type Call =
  | ['info' | 'warning' | 'error' | 'debug' | 'setFailed', string]
  | ['group', string, string]
  | ['setOutput', string, string]
  | ['getInput', string]
  | ['summary', string, string[][]];

/** Makes `calls` against `lib` (the module's namespace: @actions/core or ours); ESM, run with `node -e`. */
const SCRIPT = (load: string) => `
const lib = await ${load};
const calls = JSON.parse(process.argv[1]);
for (const [fn, a, b] of calls) {
  if (fn === 'group') await lib.group(a, async () => lib.info(b));
  else if (fn === 'setOutput') lib.setOutput(a, b);
  else if (fn === 'getInput') lib.info('input=' + JSON.stringify(lib.getInput(a)));
  else if (fn === 'summary') {
    const s = lib.summary ?? new lib.Summary();
    await s.addHeading(a, 2).addTable(b.map((r, i) => r.map((c) => (i === 0 ? { data: c, header: true } : c)))).addRaw(a, true).write();
  } else lib[fn](a);
}`;

const CORE = SCRIPT(`import('@actions/core')`);
const OURS = SCRIPT(`import(${JSON.stringify(join(repoRoot, 'lib/hosts/github-commands.ts'))})`);

interface Run {
  stdout: string;
  output: string;
  summary: string;
  code: number | null;
}

function run(script: string, calls: Call[], env: Record<string, string>, files = true): Run {
  const dir = tempDir('ringway-core-');
  const paths = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
  for (const p of Object.values(paths)) writeFileSync(p, '');
  const r = spawnSync(
    process.execPath,
    [
      ...(script === OURS ? ['--import', './scripts/ts-loader.mjs'] : []),
      '--input-type=module',
      '-e',
      script,
      JSON.stringify(calls),
    ],
    {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', ...(files ? paths : {}), ...env },
      encoding: 'utf8',
    },
  );
  expect(r.stderr).toBe('');
  // The delimiter is random on both sides: the same shape, its own UUID.
  const delimiters = (t: string) => t.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_<uuid>');
  return {
    stdout: r.stdout,
    output: delimiters(readFileSync(paths.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(paths.GITHUB_STEP_SUMMARY, 'utf8'),
    code: r.status,
  };
}

const TRICKY = [
  'plain text',
  'two\nlines',
  'carriage\rreturn and\r\nCRLF',
  'per%cent 100% %0A %25',
  '::error::inside',
  'colon: comma, equals=',
  'unicode ✓ ünïcødé 日本 😀',
  '',
  ' spaced ',
];

test.each(TRICKY.map((v) => [JSON.stringify(v), v]))(
  '@actions/core and ringway write the same commands, outputs and summary for %s',
  (_, value) => {
    const calls: Call[] = [
      ['info', value],
      ['warning', value],
      ['debug', value],
      ['group', value, value],
      ['setOutput', 'commit-id', value],
      [
        'summary',
        value,
        [
          ['Ring', 'Tag'],
          ['dev', value],
        ],
      ],
      ['setFailed', value],
    ];
    const expected = run(CORE, calls, {});
    expect(expected.code).toBe(1);
    expect(expected.stdout).toContain('::error::');
    expect(run(OURS, calls, {})).toEqual(expected);
  },
);

test('without GITHUB_OUTPUT an output is the set-output command, its name escaped as @actions/core escapes it', () => {
  const calls: Call[] = [
    ['setOutput', 'a:b,c%d', 'one\ntwo'],
    ['info', 'after'],
  ];
  const expected = run(CORE, calls, {}, false);
  expect(expected.stdout).toContain('::set-output name=a%3Ab%2Cc%25d::one%0Atwo');
  expect(run(OURS, calls, {}, false)).toEqual(expected);
});

test('inputs are read from INPUT_<NAME> (spaces as _), trimmed, as @actions/core reads them', () => {
  const env = { INPUT_HLD_REPO: '  https://example.test/hld.git \n', 'INPUT_IMAGE TAG': 'x', INPUT_MY_INPUT: 'm' };
  const calls: Call[] = [
    ['getInput', 'hld_repo'],
    ['getInput', 'missing'],
    ['getInput', 'my input'],
  ];
  const expected = run(CORE, calls, env);
  expect(expected.stdout).toContain('input="https://example.test/hld.git"');
  expect(expected.stdout).toContain('input="m"');
  expect(run(OURS, calls, env)).toEqual(expected);
});
