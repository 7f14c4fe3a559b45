import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Removes a temporary folder of ours, retrying while something still writes into it (a git that
 * was slow to exit, an antivirus scan). A folder that cannot be removed is reported through `warn`
 * and left: cleanup never turns a step that did its work into a failure.
 */
export async function removeTempDir(dir: string, warn?: (line: string) => void): Promise<void> {
  try {
    await rm(dir, { recursive: true, force: true, maxRetries: 6, retryDelay: 100 });
  } catch (err) {
    warn?.(
      `could not remove temporary folder ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
}

/** Whether a process with this id runs on this machine (EPERM: it runs, as another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes `.ringway-staging-<pid>-*` folders in `dir` whose generate is gone (killed, out of memory,
 * runner cancelled), and unnamed ones from before staging carried a pid. A running generate's
 * staging folder is left alone.
 */
export async function removeStaleStaging(dir: string, warn?: (line: string) => void): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const m = /^\.ringway-staging-(?:(\d+)-)?/.exec(name);
    if (!m) continue;
    if (m[1] && alive(Number(m[1]))) continue;
    await removeTempDir(join(dir, name), warn);
  }
}
