import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RingwayError } from '../errors.js';
import { exec, lastLines } from '../exec.js';
import { firstDocument, isPlainObject } from './files.js';
import { goMarshal } from './yaml-emit.js';
import { firstDocument11 } from './yaml-read.js';
import { loadYaml } from './yaml-engine.js';

/**
 * Keeps the documents of a multi-document stream that parse to a non-empty mapping, each written
 * as `---\n<text>\n` — byte for byte the way Fabrikate cleans `helm template` output (it splits on
 * "\n---" and keeps each chunk's text as it was, warnings and empty documents dropped). After loadYaml().
 */
export function cleanManifests(manifests: string): string {
  let out = '';
  for (const chunk of manifests.split('\n---')) {
    const doc = firstDocument(chunk);
    if (!isPlainObject(doc) || Object.keys(doc).length === 0) continue;
    out += `---\n${chunk}\n`;
  }
  return out;
}

/**
 * Sets metadata.namespace where a document has metadata but no namespace. Documents are
 * re-serialised (keys sorted, as Fabrikate's YAML library writes them); order is kept. After loadYaml().
 */
export function injectNamespace(manifests: string, namespace: string): string {
  let out = '';
  for (const chunk of manifests.split('\n---')) {
    const doc = firstDocument11(chunk);
    if (!isPlainObject(doc) || Object.keys(doc).length === 0) continue;
    const meta = doc.metadata;
    if (isPlainObject(meta) && (meta.namespace === undefined || meta.namespace === null)) meta.namespace = namespace;
    out += `---\n${goMarshal(doc)}\n`;
  }
  return out;
}

/** How values files are written; part of the render cache key, so renders from before a change are not reused. */
export const VALUES_FORMAT = 'yaml.v2';

export interface HelmRender {
  release: string;
  chart: string;
  values: Record<string, unknown>;
  namespace: string;
  injectNamespace: boolean;
  /** Component path in the HLD, for errors. */
  who: string;
}

/**
 * helm is a short-lived Go process: about 60 of its ~75 ms per render are package init (k8s
 * schemes, kubectl, JSON schema), which allocates heavily, so much of a render's CPU is garbage
 * collection. A heap allowed to grow to 5× its live size (GOGC=400; Go's default is 100) measured
 * here, five interleaved rounds: 40 renders of small charts 2.52 s CPU at GOGC=200 → 2.29 s, a
 * 3.5 MB render of 20,000 objects 1.79 s → 1.60 s, its peak memory 109 → 139 MiB; ordinary
 * charts stay at ~55 MiB. (GOGC=off with a GOMEMLIMIT saved about as much but makes a render whose
 * live heap passes the limit collect without pause.) A GOGC the user set is kept.
 */
const HELM_ENV = { GOGC: process.env.GOGC ?? '400' };

/** `helm template <release> <chart> --values <config> --namespace <ns>`, cleaned as Fabrikate does. */
export async function renderHelm(r: HelmRender): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ringway-values-'));
  const valuesFile = join(dir, 'values.yaml');
  try {
    // Quoted where YAML 1.1 would read another type: helm must see "off" as text, as with fab.
    await writeFile(valuesFile, goMarshal(r.values ?? {}), { mode: 0o600 });
    const ns = r.namespace || 'default';
    const res = await exec(
      'helm',
      ['template', `--values=${valuesFile}`, `--namespace=${ns}`, '--', r.release, r.chart],
      { allowFailure: true, env: HELM_ENV, label: `helm template of component '${r.who}'` },
    );
    if (res.code !== 0)
      throw new RingwayError(`component '${r.who}': helm template failed: ${lastLines(res.stderr, 2)}`);
    await loadYaml();
    // fab reads helm's combined output: warnings helm prints first (a symlinked subchart) make the
    // first chunk of the manifest start on an empty line. Its warnings come before the manifest.
    const cleaned = cleanManifests(res.stderr + res.stdout);
    return r.injectNamespace && r.namespace ? injectNamespace(cleaned, r.namespace) : cleaned;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Every file of a folder in name order, each as `---\n<content>\n` (Fabrikate's static
 * generator), byte for byte: a file that is not UTF-8 (Latin-1 text, binary) is copied as it is.
 * ringway also accepts a single file, which Fabrikate 0.x does not.
 */
export async function renderStatic(path: string, who: string): Promise<Buffer> {
  const st = await stat(path).catch(() => undefined);
  if (!st) throw new RingwayError(`component '${who}': static path ${path} does not exist`);
  if (st.isFile()) return framed([await readFile(path)]);
  // Go's ioutil.ReadDir sorts names by their UTF-8 bytes; JavaScript compares UTF-16 code units,
  // which orders 'ﬁ' (U+FB01) after '😀' (a surrogate pair) where Go puts it before.
  const names = (await readdir(path)).sort(compareUtf8);
  const parts: Buffer[] = [];
  for (const name of names) {
    const full = join(path, name);
    if ((await stat(full)).isDirectory())
      throw new RingwayError(
        `component '${who}': static folder ${path} contains a folder '${name}'; only files are read`,
      );
    parts.push(await readFile(full));
  }
  return framed(parts);
}

const SEPARATOR = Buffer.from('---\n');
const NEWLINE = Buffer.from('\n');

function framed(parts: Buffer[]): Buffer {
  return Buffer.concat(parts.flatMap((p) => [SEPARATOR, p, NEWLINE]));
}

/** Byte order of the UTF-8 encodings, as Go compares strings. */
export function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** `kubectl kustomize <dir>`, one `---` document per resource. */
export async function renderKustomize(path: string, namespace: string, inject: boolean, who: string): Promise<string> {
  // Remote resources make kubectl fetch with no timeout of its own: the step's deadline bounds it.
  const res = await exec('kubectl', ['kustomize', '--', path], {
    allowFailure: true,
    label: `kubectl kustomize of component '${who}'`,
  });
  if (res.code !== 0)
    throw new RingwayError(`component '${who}': kubectl kustomize failed: ${lastLines(res.stderr, 2)}`);
  const docs = res.stdout
    .split(/^---\s*$/m)
    .map((d) => d.replace(/^\n+|\n+$/g, ''))
    .filter(Boolean);
  const out = docs.map((d) => `---\n${d}\n`).join('');
  if (!inject || !namespace) return out;
  await loadYaml();
  return injectNamespace(out, namespace);
}
