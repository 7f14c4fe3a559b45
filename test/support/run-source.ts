// Runs a surface from source (test/support/source-entry.ts), the way run-bundle.ts runs the shipped
// bundles, with no build first: the GitHub host as the runner starts an action, the Azure host as
// the agent starts a task, the CLI.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { camelCase } from '../../lib/steps/names.js';
import { parseGitHubOutputs, repoRoot, type ProcessResult } from './run-bundle.js';

const entry = join(repoRoot, 'test/support/source-entry.ts');
const loader = pathToFileURL(join(repoRoot, 'scripts/ts-loader.mjs')).href;

function run(args: string[], extra: Record<string, string>): Promise<ProcessResult> {
  const env: NodeJS.ProcessEnv = {};
  // Not the variables of whatever orchestrator runs the tests.
  for (const [k, v] of Object.entries(process.env))
    if (!/^(INPUT_|GITHUB_|RUNNER_|RINGWAY_|TF_BUILD|BUILD_|SYSTEM_|AGENT_)/.test(k)) env[k] = v;
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [entry, ...args], {
      cwd: repoRoot,
      env: { ...env, NODE_OPTIONS: `--import ${loader}`, ...extra },
    });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

const inputEnv = (inputs: Record<string, string>, name: (k: string) => string) =>
  Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${name(k).toUpperCase()}`, v]));

/** A step's action: outputs and the job summary read back from their files. */
export async function sourceGitHubAction(step: string, inputs: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'ringway-gh-'));
  const [output, summary] = [join(dir, 'output'), join(dir, 'summary')];
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const r = await run(['github', step], {
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: dir,
    ...inputEnv(inputs, (k) => k.replace(/ /g, '_')),
  });
  return { ...r, outputs: parseGitHubOutputs(readFileSync(output, 'utf8')), summary: readFileSync(summary, 'utf8') };
}

/** A step's task: output variable values and uploaded summaries read back from the `##vso[…]` lines. */
export async function sourceAzureTask(step: string, inputs: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'ringway-az-'));
  const r = await run(['azure', step], { TF_BUILD: 'True', AGENT_TEMPDIRECTORY: dir, ...inputEnv(inputs, camelCase) });
  const variables = [...r.stdout.matchAll(/^##vso\[task\.setvariable variable=[^;]+;[^\]]*\](.*)$/gm)].map((m) => m[1]);
  const summaries = [...r.stdout.matchAll(/^##vso\[task\.uploadsummary\](.*)$/gm)].map((m) =>
    readFileSync(m[1], 'utf8'),
  );
  return { ...r, variables, summaries };
}

/** `ringway <args>`. */
export function sourceCli(args: string[], env: Record<string, string> = {}): Promise<ProcessResult> {
  return run(['cli', ...args], env);
}
