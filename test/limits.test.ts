// What ringway reads from outside (an event file, a server's answer) is bounded: more than the limit
// is refused with one line naming what was read and the limit, without reading it all into memory.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { RingwayError } from '../lib/errors.js';
import { formatBytes, readBody, readFileLimited } from '../lib/limits.js';
import { tempDir } from '../stand-ins/git.js';

test.each([
  [32 << 20, '32 MiB'],
  [1 << 20, '1 MiB'],
  [64 << 10, '64 KiB'],
  [1536, '1536 bytes'],
  [(1 << 20) + 1024, '1025 KiB'],
  [10, '10 bytes'],
])('formatBytes(%i) is %s', (n, shown) => expect(formatBytes(n)).toBe(shown));

describe('readFileLimited', () => {
  const dir = tempDir('ringway-limits-');

  test('a file within the limit is read whole, the limit itself included', () => {
    const f = join(dir, 'event.json');
    writeFileSync(f, 'x'.repeat(1024));
    expect(readFileLimited(f, 1024, 'the event file').toString()).toBe('x'.repeat(1024));
  });

  test('one byte more is refused, naming the file and the limit', () => {
    const f = join(dir, 'big.json');
    writeFileSync(f, 'x'.repeat(1025));
    expect(() => readFileLimited(f, 1024, `the event file ${f}`)).toThrow(
      new RingwayError(`the event file ${f} is larger than 1 KiB`),
    );
  });

  test('an endless file (/dev/zero) is refused once past the limit, not read to the end', () => {
    let err: unknown;
    try {
      readFileLimited('/dev/zero', 64 << 10, 'the event file /dev/zero');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RingwayError);
    expect((err as RingwayError).message).toBe('the event file /dev/zero is larger than 64 KiB');
    expect((err as RingwayError).kind).toBe('usage');
  });

  test('a FIFO is read as it streams and refused past the limit', () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    // A writer that sends more than the limit, then closes.
    // Its own stdout closed, so the shell's output ends when the shell does.
    const writer = execFileSync('sh', ['-c', `(head -c 5000 /dev/zero > "${fifo}") >/dev/null 2>&1 & echo $!`], {
      encoding: 'utf8',
    });
    expect(writer.trim()).toMatch(/^\d+$/);
    expect(() => readFileLimited(fifo, 4096, 'the event file')).toThrow('the event file is larger than 4 KiB');
  });
});

describe('readBody', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/declared') {
        // Says up front it is too large: refused before a byte of the body is read.
        res.writeHead(200, { 'content-length': String(2 << 20) });
        res.end(Buffer.alloc(2 << 20));
      } else if (req.url === '/endless') {
        // No length; keeps sending until the client goes away.
        res.writeHead(200);
        const chunk = Buffer.alloc(64 << 10, 'a');
        const send = () => {
          while (res.write(chunk));
          res.once('drain', send);
        };
        res.on('close', () => res.removeAllListeners('drain'));
        send();
      } else if (req.url === '/stalls') {
        res.writeHead(200);
        res.write('{"partial": ');
      } else {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"ok": true}');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  const timedOut = () => new RingwayError('no answer from the test server within 1s (input request-timeout)');

  test('an answer within the limit is returned whole', async () => {
    const res = await fetch(`${base}/ok`);
    expect((await readBody(res, 1 << 20, 'the answer', timedOut)).toString()).toBe('{"ok": true}');
  });

  test('a declared length above the limit is refused at once, naming what and the limit', async () => {
    const res = await fetch(`${base}/declared`);
    await expect(readBody(res, 1 << 20, 'the answer of GitHub to list pull requests', timedOut)).rejects.toMatchObject({
      message: 'the answer of GitHub to list pull requests is larger than 1 MiB',
      kind: 'invalid-answer',
    });
  });

  test('an answer without a length that never ends is cut off past the limit', async () => {
    const res = await fetch(`${base}/endless`);
    await expect(readBody(res, 1 << 20, 'the chart index', timedOut)).rejects.toThrow(
      'the chart index is larger than 1 MiB',
    );
  });

  test("a server that stops sending meets the request's timeout: the caller's line, not the runtime's", async () => {
    const res = await fetch(`${base}/stalls`, { signal: AbortSignal.timeout(300) });
    await expect(readBody(res, 1 << 20, 'the answer', timedOut)).rejects.toThrow(
      'no answer from the test server within 1s (input request-timeout)',
    );
  });
});
