import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { camelCase, pascalCase } from '../../lib/steps/names.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Environment without the variables of whatever orchestrator runs the tests. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(INPUT_|GITHUB_|RUNNER_|RINGWAY_|TF_BUILD|BUILD_|SYSTEM_|AGENT_)/.test(k)) continue;
    env[k] = v;
  }
  return { ...env, ...extra };
}

/**
 * Every shipped bundle a runner or agent starts: each action, each task, and the top-level action
 * (given `step: generate`). Started with no inputs in an empty folder, each stops at INPUT_ERROR.
 */
export function shippedBundles(): { name: string; file: string; env: Record<string, string> }[] {
  return [
    ...readdirSync(join(repoRoot, 'actions')).map((s) => ({
      name: `action ${s}`,
      file: join(repoRoot, 'actions', s, 'dist/index.js'),
      env: {},
    })),
    ...readdirSync(join(repoRoot, 'tasks')).map((t) => ({
      name: `task ${t}`,
      file: join(repoRoot, 'tasks', t, 'index.js'),
      env: {},
    })),
    {
      name: 'top-level action, step: generate',
      file: join(repoRoot, 'dist/action/index.js'),
      env: { INPUT_STEP: 'generate' },
    },
  ].filter((b) => existsSync(b.file));
}

/** A step's first input error, as the runner (`::error::`) or the agent (`task.complete result=Failed`) shows it. */
export const INPUT_ERROR = /^::error::|task\.complete result=Failed/m;

/** `node <script> <args>`; `node` is another Node binary to run it with (the actions' node24). */
export function runNode(
  script: string,
  args: string[],
  env: Record<string, string>,
  cwd = repoRoot,
  node = process.execPath,
): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const p = spawn(node, [script, ...args], { cwd, env: cleanEnv(env) });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** `ringway <args>` through bin/ringway.cjs (the committed CLI bundle). */
export function runCli(args: string[], env: Record<string, string> = {}, cwd = repoRoot): Promise<ProcessResult> {
  return runNode(join(repoRoot, 'bin/ringway.cjs'), args, env, cwd);
}

/**
 * Runs actions/<step>/dist/index.js as the GitHub runner does: inputs as INPUT_<NAME> (name
 * upper-cased, hyphens kept), outputs read back from the GITHUB_OUTPUT file.
 */
export async function runGitHubAction(step: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'ringway-gh-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]),
  );
  const bundle =
    step === '' ? join(repoRoot, 'dist/action/index.js') : join(repoRoot, 'actions', step, 'dist/index.js');
  const result = await runNode(bundle, [], {
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    ...inputEnv,
    ...env,
  });
  return {
    ...result,
    outputs: parseGitHubOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

/** Parses the `name<<DELIM\nvalue\nDELIM` records @actions/core writes to GITHUB_OUTPUT. */
export function parseGitHubOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
      out[m[1]] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const [k, ...v] = lines[i].split('=');
      out[k] = v.join('=');
    }
  }
  return out;
}

/**
 * Runs tasks/<Step>V1/index.js as the Azure agent does: inputs as INPUT_<CAMELNAME upper-cased>.
 * Output variables and the task result are read back from the `##vso[...]` lines.
 */
export async function runAzureTask(step: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'ringway-az-'));
  const inputEnv = Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${camelCase(k).toUpperCase()}`, v]),
  );
  const result = await runNode(join(repoRoot, 'tasks', `${pascalCase(step)}V1`, 'index.js'), [], {
    TF_BUILD: 'True',
    AGENT_TEMPDIRECTORY: dir,
    ...inputEnv,
    ...env,
  });
  const variables: Record<string, { value: string; isOutput: boolean }> = {};
  for (const m of result.stdout.matchAll(
    /##vso\[task\.setvariable variable=([^;]+);isOutput=(true|false);[^\]]*\](.*)/g,
  )) {
    variables[m[1]] = { value: m[3], isOutput: m[2] === 'true' };
  }
  const complete = /##vso\[task\.complete result=(\w+);?\](.*)/.exec(result.stdout);
  const summaries = [...result.stdout.matchAll(/##vso\[task\.uploadsummary\](.*)/g)].map((m) =>
    readFileSync(m[1].trim(), 'utf8'),
  );
  return { ...result, variables, result: complete?.[1] ?? '', resultMessage: complete?.[2] ?? '', summaries };
}
