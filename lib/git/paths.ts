import { isAbsolute, normalize } from 'node:path';
import { UsageError } from '../errors.js';

/** A path inside the repository: relative, no `..`; `.` or empty is the root. */
export function safeRelativePath(value: string, inputName: string): string {
  const v = value.trim() || '.';
  if (isAbsolute(v) || /^[a-zA-Z]:[\\/]/.test(v)) throw new UsageError(`input '${inputName}' must be relative to the repository root, got '${value}'`, { input: inputName });
  const n = normalize(v).replace(/\\/g, '/').replace(/\/+$/, '');
  if (n === '..' || n.startsWith('../') || n.split('/').includes('.git')) {
    throw new UsageError(`input '${inputName}' must stay inside the repository, got '${value}'`, { input: inputName });
  }
  // Paths follow `--` on every command line; a folder named like an option is still never meant.
  if (n.split('/').some((p) => p.startsWith('-'))) throw new UsageError(`input '${inputName}': '${value}' looks like an option (a part starts with '-')`, { input: inputName });
  return n || '.';
}
