import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Deadline, withDeadline } from '../lib/deadline.js';
import { RingwayError } from '../lib/errors.js';
import { exec } from '../lib/exec.js';
import { tempDir } from '../stand-ins/git.js';

/**
 * A build log streamed line by line: a character whose bytes reach us in two chunks (the pipe
 * splits output wherever it likes) must arrive whole, not as replacement characters.
 */
test('a multi-byte character split across two output chunks reaches onLine whole, on stdout and stderr', async () => {
  const dir = tempDir();
  const go = join(dir, 'go');
  // The child writes a line and the first two bytes of '€' (E2 82 AC), then waits until the
  // parent has seen that line before writing the last byte: the character is split across chunks.
  const child = `
    const fs = require('node:fs');
    const out = process.argv[1] === 'err' ? 2 : 1;
    fs.writeSync(out, Buffer.concat([Buffer.from('start ' + process.argv[1] + '\\n'), Buffer.from([0xe2, 0x82])]));
    // Bounded, so a parent that never sees the line fails the test instead of hanging it.
    for (let i = 0; !fs.existsSync(${JSON.stringify(go)} + process.argv[1]); i++) {
      if (i > 6000) process.exit(3);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
    fs.writeSync(out, Buffer.concat([Buffer.from([0xac]), Buffer.from(' 10 ünïcödé\\nend without newline 日本')]));
  `;
  for (const stream of ['out', 'err']) {
    const lines: string[] = [];
    const r = await exec(process.execPath, ['-e', child, stream], {
      onLine: (l) => {
        lines.push(l);
        if (l.startsWith('start')) writeFileSync(go + stream, '');
      },
    });
    expect(lines).toEqual([`start ${stream}`, '€ 10 ünïcödé', 'end without newline 日本']);
    expect(stream === 'out' ? r.stdout : r.stderr).toBe(`start ${stream}\n€ 10 ünïcödé\nend without newline 日本`);
  }
});

describe("a step's deadline", () => {
  test('kills a running command with what it started, and the error names the step, the input and the command', async () => {
    const dir = tempDir();
    const pids = join(dir, 'pids');
    const deadline = new Deadline("step 'generate'", 1_000);
    const err = await withDeadline(deadline, () =>
      exec('sh', ['-c', `sleep 600 & echo $! > ${pids}; wait`], { label: 'helm template' }),
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(RingwayError);
    expect((err as RingwayError).message).toBe(
      "step 'generate' did not finish within 1s (input 'timeout'): stopped while waiting for helm template",
    );
    expect((err as RingwayError).kind).toBe('timeout');
    const sleeper = Number(readFileSync(pids, 'utf8'));
    expect(existsSync(`/proc/${sleeper}`) && !/\) Z/.test(readFileSync(`/proc/${sleeper}/stat`, 'utf8'))).toBe(false);
  }, 20_000);

  test('starts no command once it has passed', async () => {
    const dir = tempDir();
    const deadline = new Deadline("step 'generate'", 1);
    await new Promise((r) => setTimeout(r, 50));
    const err = await withDeadline(deadline, () => exec('touch', [join(dir, 'ran')])).catch((e: Error) => e);
    expect((err as Error).message).toMatch(/^step 'generate' did not finish within 1ms \(input 'timeout'\)/);
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });

  test('a command outside any deadline is unaffected', async () => {
    expect((await exec('echo', ['ok'])).stdout).toBe('ok\n');
  });
});
