import { readFile } from 'node:fs/promises';
import { RingwayError } from '../errors.js';
import { isPlainObject, parseData } from './files.js';
import { loadYaml, yaml } from './yaml-engine.js';

/** One line of a Fabrikate access.yaml: `<source url>: <VARIABLE>`. */
export interface AccessEntry {
  url: string;
  variable: string;
  /** Line of the entry in the file (1-based), for warnings; 0 when it cannot be told. */
  line: number;
}

/**
 * Reads an access.yaml (`shown` names it in errors): a mapping of source URLs to the names of the
 * environment variables holding their tokens. Which of them may be read is the step's decision
 * (lib/git/access-tokens.ts), not this file's.
 */
export async function readAccessFile(path: string, shown: string): Promise<AccessEntry[]> {
  const [text] = await Promise.all([readFile(path, 'utf8'), loadYaml()]);
  const data = parseData(text, shown);
  if (data === null || data === undefined) return [];
  if (!isPlainObject(data)) throw new RingwayError(`${shown}: must map repository URLs to environment variable names`);
  const lines = keyLines(text);
  return Object.entries(data).map(([url, variable]) => {
    const line = lines.get(url) ?? 0;
    if (typeof variable !== 'string')
      throw new RingwayError(`${shown}${line ? `:${line}` : ''}: the variable for ${url} must be a name`);
    return { url, variable, line };
  });
}

/** The line of each top-level key (the last one, where a key repeats, as its value is the last). */
function keyLines(text: string): Map<string, number> {
  const { LineCounter, parseDocument, isMap, isScalar } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false, lineCounter });
  const lines = new Map<string, number>();
  if (!isMap(doc.contents)) return lines;
  for (const pair of doc.contents.items)
    if (isScalar(pair.key) && pair.key.range)
      lines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line);
  return lines;
}
