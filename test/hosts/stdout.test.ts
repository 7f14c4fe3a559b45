// writeStdout in a child node process whose stdout is a pipe the test reads: every byte arrives,
// in order, also when the pipe is non-blocking and fills up (the write falls back to the stream).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { tempDir } from '../../stand-ins/git.js';

const source = join(dirname(fileURLToPath(import.meta.url)), '../../lib/hosts/stdout.ts');
const BIG = 'é'.repeat(300_000); // 600 kB of two-byte characters: far past a pipe's buffer

/** Runs `body` (which has writeStdout) in a child; returns what it wrote to stdout. */
function run(body: string): Promise<{ out: Buffer; code: number | null }> {
  const dir = tempDir('ringway-stdout-');
  const js = ts.transpileModule(readFileSync(source, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  writeFileSync(join(dir, 'stdout.mjs'), js);
  writeFileSync(join(dir, 'child.mjs'), `import { writeStdout } from './stdout.mjs';\n${body}\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(dir, 'child.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ out: Buffer.concat(chunks), code }));
  });
}

const WRITES = `writeStdout('start\\n'); writeStdout(${JSON.stringify(BIG)} + '\\n'); writeStdout('end ✓\\n');`;
const EXPECTED = `start\n${BIG}\nend ✓\n`;

describe('writeStdout', () => {
  test('a blocking pipe gets every byte in order', async () => {
    const { out, code } = await run(WRITES);
    expect(code).toBe(0);
    expect(out.toString('utf8') === EXPECTED).toBe(true);
  });

  test('a non-blocking pipe that fills up: the rest goes through the stream, nothing lost, order kept', async () => {
    // Creating process.stdout makes the pipe non-blocking, as under a runner that shares it.
    const { out, code } = await run(`void process.stdout;\n${WRITES}\nprocess.stdout.write('after\\n');`);
    expect(code).toBe(0);
    expect(out.length).toBe(Buffer.byteLength(`${EXPECTED}after\n`));
    expect(out.toString('utf8') === `${EXPECTED}after\n`).toBe(true);
  });
});
