import { isAbsolute, normalize } from 'node:path';
import { UsageError } from '../errors.js';

/** A path inside the repository: relative, no `..`; `.` or empty is the root. The step names the input (`withInput`). */
export function safeRelativePath(value: string): string {
  const v = value.trim() || '.';
  if (isAbsolute(v) || /^[a-zA-Z]:[\\/]/.test(v))
    throw new UsageError(`'${value}' must be relative to the repository root`);
  const n = normalize(v).replace(/\\/g, '/').replace(/\/+$/, '');
  if (n === '..' || n.startsWith('../') || n.split('/').includes('.git')) {
    throw new UsageError(`'${value}' must stay inside the repository`);
  }
  // Paths follow `--` on every command line; a folder named like an option is still never meant.
  if (n.split('/').some((p) => p.startsWith('-')))
    throw new UsageError(`'${value}' looks like an option (a part starts with '-')`);
  return n || '.';
}
