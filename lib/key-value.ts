// `key=value` lines, as steps take build args, labels and build secrets: each split at its first
// `=` (the value may hold more). A bad line is one error line quoting it, unless it holds a secret.
import { UsageError } from './errors.js';

export interface KeyValueForm {
  /** What one line is, for messages: 'build arg', 'label'. */
  what: string;
  /** How a line is spelled, for messages: 'NAME=value', 'id=path'. */
  form: string;
  /** What a key must match; any non-empty key by default. */
  key?: RegExp;
  /** The values are secrets: a bad line is not quoted. */
  secret?: boolean;
}

/** The lines as [key, value] pairs in order; throws a UsageError for the first line that is not of the form. */
export function parseKeyValues(lines: string[], { what, form, key, secret }: KeyValueForm): [string, string][] {
  return lines.map((line) => {
    const eq = line.indexOf('=');
    const k = line.slice(0, eq);
    if (eq < 1 || (key && !key.test(k)))
      throw new UsageError(secret ? `each line must be ${form}` : `${what} '${line}' is not ${form}`);
    return [k, line.slice(eq + 1)];
  });
}
