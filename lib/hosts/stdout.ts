// What the runner and the agent read from a step: written straight to file descriptor 1.
// process.stdout writes the same bytes, but creating it loads Node's stream and net modules (under
// the runner and the agent stdout is a pipe), a sixth of an action's start-up; a step that only
// writes lines needs neither. The write is synchronous, as process.stdout's is on a pipe, so lines
// keep their order and nothing is lost when the process exits.
import { writeSync } from 'node:fs';

let viaStream = false;

export function writeStdout(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let done = 0;
  while (!viaStream && done < bytes.length) {
    try {
      done += writeSync(1, bytes, done);
    } catch (err) {
      // A non-blocking stdout (a parent that shares it, or process.stdout created meanwhile) with a
      // full pipe: from here on the stream writes, which waits for the pipe to drain.
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
      viaStream = true;
    }
  }
  if (done < bytes.length) process.stdout.write(bytes.subarray(done));
}
