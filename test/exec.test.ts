import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
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
