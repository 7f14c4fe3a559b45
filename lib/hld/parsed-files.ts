import { readFile } from 'node:fs/promises';

/**
 * Files a generate run parses, kept while their bytes stay the same. Each environment set's walk
 * reads the HLD again (a hook may have changed it in between), but the root's component.yaml and
 * config/common.yaml of a 1,000-component HLD are the same bytes every time, and parsing them was
 * most of a walk's CPU; every shard of a matrix walks every environment set. The parsed values
 * are shared: callers must not change them.
 */
export class ParsedFiles {
  private readonly entries = new Map<string, { bytes: Buffer; value: unknown }>();

  /** `parse` of the file's bytes, reused for the same path, key and bytes. */
  async read<T>(path: string, key: string, parse: (bytes: Buffer) => T | Promise<T>): Promise<T> {
    const bytes = await readFile(path);
    const id = `${path}\0${key}`;
    const hit = this.entries.get(id);
    if (hit?.bytes.equals(bytes)) return hit.value as T;
    const value = await parse(bytes);
    this.entries.set(id, { bytes, value });
    return value;
  }
}

/** `parse` of the file's bytes, through `memo` when there is one. */
export async function readParsed<T>(
  memo: ParsedFiles | undefined,
  path: string,
  key: string,
  parse: (bytes: Buffer) => T | Promise<T>,
): Promise<T> {
  return memo ? memo.read(path, key, parse) : parse(await readFile(path));
}
