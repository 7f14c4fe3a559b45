// Runs one exported function of a TypeScript module of this repository in a child Node process
// (through scripts/ts-loader.mjs) and returns what it resolves to, as JSON. For suites whose work
// starts thousands of processes (helm, git, fab): forking from a jest worker, hundreds of MB
// resident, costs several times what it costs from a small Node process.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './run-bundle.js';

const main = fileURLToPath(new URL('./in-child-main.ts', import.meta.url));

/** `(await import(module))[name](...args)` in a child process; rejects with the child's error and output. */
export async function inChild<T>(module: string, name: string, ...args: unknown[]): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'ringway-in-child-'));
  const argsFile = join(dir, 'args.json');
  const resultFile = join(dir, 'result.json');
  writeFileSync(argsFile, JSON.stringify(args));
  try {
    const output = await new Promise<string>((resolve) =>
      execFile(
        process.execPath,
        ['--import', './scripts/ts-loader.mjs', main, module, name, argsFile, resultFile],
        { cwd: repoRoot, maxBuffer: 64 << 20 },
        (err, stdout, stderr) => resolve(`${err ? `${err.message}\n` : ''}${stdout}${stderr}`),
      ),
    );
    let result: { ok: true; value: T } | { ok: false; error: string };
    try {
      result = JSON.parse(readFileSync(resultFile, 'utf8')) as typeof result;
    } catch {
      throw new Error(`${name} in a child process wrote no result:\n${output.slice(-4000)}`);
    }
    if (!result.ok) throw new Error(`${name} in a child process: ${result.error}`);
    return result.value;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
