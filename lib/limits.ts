import { closeSync, openSync, readSync } from 'node:fs';
import { RingwayError } from './errors.js';

/** The most a server's answer (an API's JSON, a manifest, a downloaded file) may hold: 32 MiB. */
export const MAX_ANSWER_BYTES = 32 << 20;

/** `1 MiB`, `64 KiB`: a size limit as a person reads it. */
export function formatBytes(n: number): string {
  if (n >= 1 << 20 && n % (1 << 20) === 0) return `${n / (1 << 20)} MiB`;
  if (n >= 1 << 10 && n % (1 << 10) === 0) return `${n / (1 << 10)} KiB`;
  return `${n} bytes`;
}

/**
 * A file of at most `maxBytes`, read without trusting its size: `/dev/zero`, a FIFO or a file still
 * growing is refused once more than the limit has been read, instead of filling the memory.
 * `what` starts the error line (`the event file /dev/zero`).
 */
export function readFileLimited(path: string, maxBytes: number, what: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(maxBytes + 1);
    let n = 0;
    for (;;) {
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      if (n > maxBytes) throw new RingwayError(`${what} is larger than ${formatBytes(maxBytes)}`, { kind: 'usage' });
    }
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * A response body of at most `maxBytes`, read as it streams: a server sending more (a proxy's
 * endless page, a hostile chart server) is cut off and refused, naming `what` and the limit. A
 * server that stops sending meets the request's timeout signal here, after fetch has returned:
 * `timedOut` gives the caller's one-line error (the service and the input that bounds it) instead
 * of the runtime's "The operation was aborted due to timeout".
 */
export async function readBody(res: Response, maxBytes: number, what: string, timedOut: () => Error): Promise<Buffer> {
  const tooLarge = () =>
    new RingwayError(`${what} is larger than ${formatBytes(maxBytes)}`, { kind: 'invalid-answer' });
  if (Number(res.headers.get('content-length')) > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read().catch((e: Error) => {
      throw e.name === 'TimeoutError' || e.name === 'AbortError' ? timedOut() : e;
    });
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
