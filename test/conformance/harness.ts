// Conformance harness: one HLD rendered by the real Fabrikate (`fab`) and by ringway, outputs
// compared byte for byte. The case format is described in test/conformance/README.md.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generate } from '../../lib/hld/generate.js';
import { parseSetArg } from '../../lib/hld/names.js';
import { flattenFile, readSetFile, setConfig } from '../../lib/hld/set.js';
import { git, tempDir } from '../../stand-ins/git.js';
import { startStaticServer, type StaticServer } from '../../stand-ins/static-http.js';

const run = promisify(execFile);

export const casesDir = join(dirname(fileURLToPath(import.meta.url)), 'cases');
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A `fab set` run before generating (the same arguments go to `ringway set`). */
export interface SetStep {
  environment: string;
  /** `--subcomponent a.b` */
  subcomponent?: string;
  /** Folder of the HLD where set runs (default the root). */
  dir?: string;
  pairs: string[];
  /** `--file <this file of the case>`: a YAML file flattened into key paths. */
  file?: string;
}

export interface GitSource {
  /** Folder of the case whose files are the repository's content (committed on branch main). */
  dir: string;
  /** Tags on that commit. */
  tags?: string[];
  /** Extra branches on that commit. */
  branches?: string[];
}

export interface CaseSpec {
  environments: string[];
  expect: 'identical' | 'both-fail';
  /** Id of a row of docs/generate.md "Deliberate differences": the outputs are expected to differ. */
  difference?: string;
  /** For both-fail, and for a difference where ringway refuses: strings ringway's message must contain (the file and the field). */
  mentions?: string[];
  sources?: {
    /** name → repository; `%%GIT:name%%` in the HLD becomes its file:// URL. */
    git?: Record<string, GitSource>;
    /** Chart folders of the case, packaged into one chart repository served on 127.0.0.1; `%%HELM_REPO%%` is its URL. */
    helm?: string[];
    /** A folder of the case served over HTTP on 127.0.0.1; `%%HTTP%%` is its URL (for `method: http`). */
    http?: string;
    /** Chart folders of the case packaged (`helm package`) into a folder of the HLD, e.g. a `charts/` .tgz. */
    tgz?: { chart: string; into: string }[];
  };
  /** `fab set` / `ringway set` steps run before generate. */
  set?: SetStep[];
  /** Run `fab install` before `fab generate` (implied by `sources`). */
  install?: boolean;
}

export interface CaseResult {
  name: string;
  spec: CaseSpec;
  fab: { ok: boolean; message: string };
  ringway: { ok: boolean; message: string };
  /** Files (relative to generated/) that differ or exist on one side only; empty when identical. */
  differences: string[];
  /** `diff -ru` of the two trees, for the failure message. */
  diff: string;
  /** Config files written by set whose content (read as YAML 1.1 data) differs. */
  setDifferences: string[];
}

/** The fab binary to compare with, or undefined (tests are then skipped). */
export function findFab(): string | undefined {
  if (process.env.FAB) return process.env.FAB;
  const gopath = process.env.GOPATH || join(homedir(), 'go');
  const built = join(gopath, 'bin', 'fab');
  // Only the binary built by shared/tools/fabrikate/build.sh (stamp file beside it) is the oracle.
  return existsSync(built) && existsSync(`${built}.f2aed3a`) ? built : undefined;
}

export function listCases(): string[] {
  return readdirSync(casesDir)
    .filter((n) => existsSync(join(casesDir, n, 'case.json')))
    .sort();
}

export function readCase(name: string): CaseSpec {
  const spec = JSON.parse(readFileSync(join(casesDir, name, 'case.json'), 'utf8')) as CaseSpec;
  if (!Array.isArray(spec.environments)) throw new Error(`case ${name}: 'environments' must be a list`);
  if (spec.expect !== 'identical' && spec.expect !== 'both-fail')
    throw new Error(`case ${name}: 'expect' must be identical or both-fail`);
  if (spec.expect === 'both-fail' && !spec.mentions?.length)
    throw new Error(`case ${name}: both-fail needs 'mentions'`);
  if (spec.mentions && spec.expect !== 'both-fail' && !spec.difference)
    throw new Error(`case ${name}: 'mentions' needs both-fail or a difference`);
  return spec;
}

/** Every file under dir (relative path → bytes). */
export function readTreeBytes(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  if (!existsSync(dir)) return out;
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

/** Shared by every case of a run: a chart repository server and a private helm home. */
export class Harness {
  private server?: StaticServer;
  readonly work = tempDir('ringway-conformance-');
  private readonly served = join(this.work, 'served');
  readonly helmEnv: Record<string, string>;

  constructor(readonly fab: string) {
    const helm = join(this.work, 'helm');
    this.helmEnv = {
      HELM_CONFIG_HOME: join(helm, 'config'),
      HELM_CACHE_HOME: join(helm, 'cache'),
      HELM_DATA_HOME: join(helm, 'data'),
    };
    mkdirSync(this.served, { recursive: true });
  }

  async start(): Promise<void> {
    // ringway runs in this process: it gets the same private helm home as fab.
    Object.assign(process.env, this.helmEnv);
    this.server = await startStaticServer(this.served);
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    if (!process.env.KEEP_CONFORMANCE) rmSync(this.work, { recursive: true, force: true });
  }

  /**
   * A case through both tools. `beforeRender` sees the prepared copies before either generates
   * (the shard-union check copies the ringway one there, to shard it after).
   */
  async runCase(
    name: string,
    beforeRender?: (prepared: { spec: CaseSpec; dir: string; rwDir: string }) => void,
  ): Promise<CaseResult> {
    const { spec, dir, fabDir, rwDir } = await this.prepareCase(name);
    beforeRender?.({ spec, dir, rwDir });

    // Both at once, on separate copies: each mostly waits for helm, git and the chart server.
    const [fab, ringway] = await Promise.all([
      this.runFab(fabDir, spec),
      generate({
        hld: rwDir,
        environments: [spec.environments],
        cacheDir: join(dir, 'cache'),
        concurrency: 2,
        localSources: [join(dir, 'repos')], // the case's `sources.git`, as fab reads them
      }).then(
        () => ({ ok: true, message: '' }),
        (err: Error) => ({ ok: false, message: err.message }),
      ),
    ]);
    return this.compare(name, spec, dir, fabDir, rwDir, fab, ringway);
  }

  /**
   * Two copies of a case's HLD (`fab/` and `ringway/` under `dir`) with its sources served and its
   * `set` steps applied, ready to generate (without fab, the shard-union check generates the
   * ringway copy only). Its cache folder is `<dir>/cache`.
   */
  async prepareCase(name: string): Promise<{ spec: CaseSpec; dir: string; fabDir: string; rwDir: string }> {
    const spec = readCase(name);
    const caseDir = join(casesDir, name);
    const dir = join(this.work, name);
    const fabDir = join(dir, 'fab');
    const rwDir = join(dir, 'ringway');
    cpSync(join(caseDir, 'hld'), fabDir, { recursive: true, verbatimSymlinks: true });
    cpSync(join(caseDir, 'hld'), rwDir, { recursive: true, verbatimSymlinks: true });

    for (const t of spec.sources?.tgz ?? []) {
      for (const d of [fabDir, rwDir])
        execFileSync('helm', ['package', '-d', join(d, t.into), '--', join(caseDir, t.chart)], { stdio: 'pipe' });
    }
    const replacements = new Map<string, string>();
    for (const [repo, src] of Object.entries(spec.sources?.git ?? {}))
      replacements.set(`%%GIT:${repo}%%`, this.gitRepo(caseDir, dir, repo, src));
    if (spec.sources?.helm?.length)
      replacements.set('%%HELM_REPO%%', await this.chartRepo(caseDir, name, spec.sources.helm));
    if (spec.sources?.http) {
      cpSync(join(caseDir, spec.sources.http), join(this.served, name, 'http'), { recursive: true });
      replacements.set('%%HTTP%%', `${this.server?.url}/${name}/http`);
    }
    if (replacements.size) for (const d of [fabDir, rwDir]) substitute(d, replacements);

    for (const step of spec.set ?? []) {
      const file = step.file ? join(caseDir, step.file) : undefined;
      const args = [
        'set',
        '--environment',
        step.environment,
        ...(step.subcomponent ? ['--subcomponent', step.subcomponent] : []),
        ...(file ? ['--file', file] : []),
        ...step.pairs,
      ];
      await run(this.fab, args, { cwd: join(fabDir, step.dir ?? '.'), env: { ...process.env, ...this.helmEnv } });
      await setConfig({
        componentDir: join(rwDir, step.dir ?? '.'),
        environment: step.environment,
        subcomponent: step.subcomponent ? step.subcomponent.split('.') : [],
        pairs: [...(file ? flattenFile(await readSetFile(file), file) : []), ...step.pairs.map(parseSetArg)],
      });
    }

    return { spec, dir, fabDir, rwDir };
  }

  private async compare(
    name: string,
    spec: CaseSpec,
    dir: string,
    fabDir: string,
    rwDir: string,
    fab: { ok: boolean; message: string },
    ringway: { ok: boolean; message: string },
  ): Promise<CaseResult> {
    const a = readTreeBytes(join(fabDir, 'generated'));
    const b = readTreeBytes(join(rwDir, 'generated'));
    const differences = [...new Set([...a.keys(), ...b.keys()])]
      .filter((f) => !a.get(f)?.equals(b.get(f) ?? Buffer.alloc(0)) || !a.has(f) || !b.has(f))
      .sort();
    let diff = '';
    if (differences.length) {
      diff = await run('diff', ['-ru', join(fabDir, 'generated'), join(rwDir, 'generated')], {
        maxBuffer: 1 << 24,
      }).then(
        (r) => r.stdout,
        (e: { stdout?: string }) => e.stdout ?? '',
      );
    }
    const setDifferences = spec.set?.length ? await compareConfigs(fabDir, rwDir) : [];
    return { name, spec, fab, ringway, differences, diff, setDifferences };
  }

  private async runFab(hld: string, spec: CaseSpec): Promise<{ ok: boolean; message: string }> {
    const env = { ...process.env, ...this.helmEnv };
    try {
      if (spec.install || spec.sources?.git || spec.sources?.helm || spec.sources?.http)
        await run(this.fab, ['install'], { cwd: hld, env, maxBuffer: 1 << 26 });
      await run(this.fab, ['generate', ...spec.environments], { cwd: hld, env, maxBuffer: 1 << 26 });
      return { ok: true, message: '' };
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string; message: string };
      const lines = `${e.stdout ?? ''}\n${e.stderr ?? ''}`.split('\n');
      const errors = lines.filter((l) => /level=error|^Error:/.test(l));
      return { ok: false, message: (errors.length ? errors : lines.filter(Boolean).slice(-3)).join('\n') || e.message };
    }
  }

  /** A bare repository built from a folder of the case (branch main, plus tags/branches). */
  private gitRepo(caseDir: string, dir: string, name: string, src: GitSource): string {
    const bare = join(dir, 'repos', `${name}.git`);
    const work = join(dir, 'repos', `${name}-work`);
    cpSync(join(caseDir, src.dir), work, { recursive: true, verbatimSymlinks: true });
    git(work, ['init', '-q', '--initial-branch=main']);
    git(work, ['add', '-A']);
    git(work, ['commit', '-q', '-m', 'initial']);
    for (const t of src.tags ?? []) git(work, ['tag', t]);
    for (const b of src.branches ?? []) git(work, ['branch', b]);
    mkdirSync(bare, { recursive: true });
    git(bare, ['init', '-q', '--bare', '--initial-branch=main']);
    git(work, ['push', '-q', '--all', bare]);
    git(work, ['push', '-q', '--tags', bare]);
    return `file://${bare}`;
  }

  /** Packages chart folders of the case into a chart repository under the shared server. */
  private async chartRepo(caseDir: string, name: string, charts: string[]): Promise<string> {
    const out = join(this.served, name);
    mkdirSync(out, { recursive: true });
    for (const c of charts)
      execFileSync('helm', ['package', '-d', out, '--', join(caseDir, c)], {
        stdio: 'pipe',
        env: { ...process.env, ...this.helmEnv },
      });
    const url = `${this.server?.url}/${name}`;
    execFileSync('helm', ['repo', 'index', '--url', url, '--', out], { stdio: 'pipe' });
    return url;
  }
}

/** Replaces placeholders in every text file of a tree. */
function substitute(dir: string, replacements: Map<string, string>): void {
  for (const [file, bytes] of readTreeBytes(dir)) {
    let text = bytes.toString('utf8');
    if (!text.includes('%%')) continue;
    for (const [k, v] of replacements) text = text.split(k).join(v);
    writeFileSync(join(dir, file), text);
  }
}

/** config/*.yaml|json files under both trees that differ byte for byte (fab set rewrites the whole file; ringway set writes the same bytes). */
async function compareConfigs(fabDir: string, rwDir: string): Promise<string[]> {
  const pick = (m: Map<string, Buffer>) =>
    new Map([...m].filter(([f]) => /(^|\/)config\/[^/]+\.(yaml|json)$/.test(f) && !f.startsWith('generated/')));
  const a = pick(readTreeBytes(fabDir));
  const b = pick(readTreeBytes(rwDir));
  const out: string[] = [];
  for (const f of new Set([...a.keys(), ...b.keys()])) {
    const da = a.get(f);
    const db = b.get(f);
    if (!da || !db || !da.equals(db))
      out.push(`${f}: fab ${JSON.stringify(da?.toString('utf8'))} / ringway ${JSON.stringify(db?.toString('utf8'))}`);
  }
  return out.sort();
}
