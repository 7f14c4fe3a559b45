// The Azure host writes its logging commands itself (lib/hosts/azure-commands.ts) and scrubs the
// task's secrets from the environment itself (azure-inputs.ts). azure-pipelines-task-lib, which
// did both before, is the oracle: the same calls in a child process that loads task-lib must print
// the same bytes and leave the same environment.
import { spawnSync } from 'node:child_process';
import { EOL } from 'node:os';
import { AgentCommands } from '../../lib/hosts/azure-commands.js';
import { takeTaskEnvironment } from '../../lib/hosts/azure-inputs.js';
import { tempDir } from '../../stand-ins/git.js';
import { repoRoot } from '../support/run-bundle.js';

type Call =
  | ['warning' | 'error' | 'debug' | 'uploadSummary', string]
  | ['setVariable', string, string]
  | ['setResult', 'Succeeded' | 'Failed', string];

const MARK = '@@ringway-calls@@';

/** Loads task-lib with `env` as the whole environment, prints the environment it left, then makes the calls. */
const TASK_LIB_SCRIPT = `
const tl = require('azure-pipelines-task-lib/task.js');
const calls = JSON.parse(process.argv[1]);
process.stdout.write(JSON.stringify(process.env) + '\\n${MARK}\\n');
for (const [fn, a, b] of calls) {
  if (fn === 'setVariable') tl.setVariable(a, b, false, true);
  else if (fn === 'setResult') tl.setResult(tl.TaskResult[a], b);
  else tl[fn](a);
}`;

// The whole environment of a task in these tests; task-lib's vault writes a key file into the agent's temp folder.
let agentTemp = '';
const baseEnv = () => ({
  PATH: process.env.PATH ?? '',
  AGENT_TEMPDIRECTORY: (agentTemp ||= tempDir('ringway-tasklib-')),
});

function taskLib(env: Record<string, string>, calls: Call[]): { stdout: string; env: Record<string, string> } {
  const full = { ...baseEnv(), ...env };
  const r = spawnSync(process.execPath, ['-e', TASK_LIB_SCRIPT, JSON.stringify(calls)], {
    cwd: repoRoot,
    env: full,
    encoding: 'utf8',
  });
  expect(r.stderr).toBe('');
  const at = r.stdout.indexOf(`\n${MARK}\n`);
  const before = r.stdout.slice(0, at).split('\n');
  return {
    env: JSON.parse(before[before.length - 1]) as Record<string, string>,
    stdout: r.stdout.slice(at + MARK.length + 2),
  };
}

function ours(env: Record<string, string>, calls: Call[]): { stdout: string; env: Record<string, string> } {
  const copy: NodeJS.ProcessEnv = { ...baseEnv(), ...env };
  const lines: string[] = [];
  const agent = new AgentCommands(takeTaskEnvironment(copy).agent, (l) => lines.push(l));
  for (const call of calls) {
    if (call[0] === 'setVariable') agent.setOutputVariable(call[1], call[2]);
    else if (call[0] === 'setResult') agent.setResult(call[1], call[2]);
    else agent[call[0]](call[1]);
  }
  return { env: copy as Record<string, string>, stdout: lines.map((l) => l + EOL).join('') };
}

const TRICKY = [
  'plain text',
  'two\nlines',
  'carriage\rreturn and\r\nCRLF',
  'semi;colon',
  'close]bracket [open',
  'per%cent 100%',
  'literal %AZP25 %0A %0D %3B %5D',
  'unicode ✓ ünïcødé 日本 😀',
  '',
  ' spaced ',
  '##vso[task.setvariable variable=x]y',
  'key=value;other=x]tail',
];

const everyCall = (v: string): Call[] => [
  ['warning', v],
  ['error', v],
  ['debug', v],
  ['uploadSummary', v],
  ['setVariable', 'commitId', v],
  ['setResult', 'Failed', v],
];

test.each(TRICKY.map((v) => [JSON.stringify(v), v]))(
  'task-lib and ringway write the same command lines for %s',
  (_, value) => {
    const calls = everyCall(value);
    const expected = taskLib({}, calls).stdout;
    expect(expected).toContain('##vso[task.complete result=Failed;]');
    expect(ours({}, calls).stdout).toBe(expected);
  },
);

test('property values are escaped as task-lib escapes them (variable names, correlation id)', () => {
  const calls: Call[] = [
    ['setVariable', 'a;b]c%d\ne', 'v'],
    ['warning', 'w'],
    ['setResult', 'Succeeded', ''],
  ];
  const env = { COMMAND_CORRELATION_ID: 'id;with]odd%chars' };
  const expected = taskLib(env, calls).stdout;
  expect(expected).toContain('correlationId=id%3Bwith%5Dodd%AZP25chars;');
  expect(ours(env, calls).stdout).toBe(expected);
});

test('an output named like a secret variable of the pipeline stays secret, as with task-lib', () => {
  const calls: Call[] = [
    ['setVariable', 'commitId', 'abc'],
    ['setVariable', 'token.out', 'def'],
    ['setVariable', 'shown', 'ghi'],
    ['setVariable', 'PUBLIC.ONE', 'jkl'],
  ];
  const env = {
    VSTS_SECRET_VARIABLES: '["commitId"]',
    VSTS_PUBLIC_VARIABLES: '["public.one"]',
    SECRET_TOKEN_OUT: 's3cret',
    SECRET_PUBLIC_ONE: 'x',
  };
  const expected = taskLib(env, calls).stdout;
  expect(expected).toContain('##vso[task.setvariable variable=commitId;isOutput=true;issecret=true;]abc');
  expect(expected).toContain('##vso[task.debug]set token.out=********');
  expect(expected).toContain('variable=PUBLIC.ONE;isOutput=true;issecret=false;');
  expect(ours(env, calls).stdout).toBe(expected);
});

test.each([
  [
    'skipped when the agent asks and system.debug is off',
    { DISTRIBUTEDTASK_TASKS_NODE_SKIPDEBUGLOGSWHENDEBUGMODEOFF: 'true' },
    false,
  ],
  [
    'written when system.debug is on',
    { DISTRIBUTEDTASK_TASKS_NODE_SKIPDEBUGLOGSWHENDEBUGMODEOFF: 'True', SYSTEM_DEBUG: 'TRUE' },
    true,
  ],
])('debug lines are %s', (_, env: Record<string, string>, shown) => {
  const calls: Call[] = [
    ['debug', 'detail'],
    ['setVariable', 'out', 'v'],
    ['setResult', 'Failed', 'broke'],
  ];
  const expected = taskLib(env, calls).stdout;
  expect(expected.includes('##vso[task.debug]')).toBe(shown);
  expect(ours(env, calls).stdout).toBe(expected);
});

test('the environment left for child processes is the one task-lib left, without System.AccessToken: no input, credential, secret or secure file ticket', () => {
  const token = 'tok-5f0c2a9e71';
  const env = {
    INPUT_TOKEN: token,
    INPUT_EMPTY: '',
    ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN: token,
    ENDPOINT_AUTH_0A1B: JSON.stringify({ parameters: { password: token }, scheme: 'UsernamePassword' }),
    ENDPOINT_URL_0A1B: 'https://example.test/',
    SECRET_MY_PASSWORD: token,
    SECUREFILE_TICKET_42: token,
    VSTS_TASKVARIABLE_STATE: token,
    VSTS_SECRET_VARIABLES: '["my.password"]',
    VSTS_PUBLIC_VARIABLES: '["build.buildId"]',
    COMMAND_CORRELATION_ID: 'c0ffee',
    BUILD_BUILDID: '7',
    SYSTEM_ACCESSTOKEN: 'mapped-by-the-author',
  };
  const left = taskLib(env, []).env;
  expect(Object.values(left)).not.toContain(token);
  expect(Object.keys(left)).toContain('BUILD_BUILDID');
  // One more than task-lib: System.AccessToken mapped by the pipeline is the job token, read once
  // and taken out, so no child (an HLD hook) inherits it.
  const { SYSTEM_ACCESSTOKEN, ...leftWithoutJobToken } = left;
  expect(SYSTEM_ACCESSTOKEN).toBe('mapped-by-the-author');
  const mine = ours(env, []).env;
  expect(Object.keys(mine).sort()).toEqual(Object.keys(leftWithoutJobToken).sort());
  expect(mine).toEqual(leftWithoutJobToken);
});
