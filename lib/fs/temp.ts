import { rm } from 'node:fs/promises';

/**
 * Removes a temporary folder of ours, retrying while something still writes into it (a git that
 * was slow to exit, an antivirus scan). A folder that cannot be removed is reported through `warn`
 * and left: cleanup never turns a step that did its work into a failure.
 */
export async function removeTempDir(dir: string, warn?: (line: string) => void): Promise<void> {
  try {
    await rm(dir, { recursive: true, force: true, maxRetries: 6, retryDelay: 100 });
  } catch (err) {
    warn?.(`could not remove temporary folder ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}
