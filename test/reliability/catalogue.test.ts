import { createHash } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { camelCase } from '../../lib/steps/names.js';
import { DEV_KEY } from '../../stand-ins/azurite.js';
import { bareRepo, git, tempDir, writeTree } from '../../stand-ins/git.js';
import { startGitHttpServer, type GitHttpServer } from '../../stand-ins/git-http-server.js';
import { runAzureTask, runCli, runGitHubAction } from '../support/run-bundle.js';
import { foreignAzureCommands, foreignGitHubCommands } from '../support/runner-parsers.js';
import { type Case, catalogue, MARKER, type Surface } from './catalogue-cases.js';

// Every case: non-zero exit, ONE error line naming the input (or the value at fault), no stack
// trace, nothing pushed (refs of every repository unchanged), nothing left in the run's temp
// folder, no HLD file changed, no command run (the marker file never appears), and no line the
// runner or agent would read as a command ringway did not write (test/support/runner-parsers.ts).

const HLD = {
  'component.yaml': 'name: fabrikam\nsubcomponents:\n  - name: frontend\n    type: static\n    path: ./frontend\n',
  'frontend/component.yaml': 'name: frontend\ntype: static\npath: ./manifests\n',
  'frontend/manifests/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: frontend\n',
  'config/common.yaml': 'subcomponents:\n  frontend:\n    config:\n      image:\n        tag: master-0\n',
};
const BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...Array.from(
    { length: 8 },
    (_, i) =>
      `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
  ),
].join('\n');

let server: GitHttpServer;
let fx: Parameters<typeof catalogue>[0] & { source: string; context: string };
let repos: string[];
let refsBefore: string;
let hldHash: string;
const bundled = new Set(['update-hld', 'push-manifests', 'gate']);

const refsOf = () => repos.map((d) => git(d, ['for-each-ref', '--format=%(refname) %(objectname)'])).join('\n');
function treeHash(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      h.update(p);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex');
}

beforeAll(async () => {
  server = await startGitHttpServer({ token: 'catalogue-token-5e1f' });
  const hld = await bareRepo({ files: HLD });
  const manifests = await bareRepo({ files: { 'prod/cm.yaml': 'kind: ConfigMap\n' } });
  const guarded = await server.repo('guarded', { files: HLD });
  repos = [hld.dir, manifests.dir, guarded.dir];
  refsBefore = refsOf();
  const hldDir = writeTree(HLD, 'ringway-cat-hld-');
  // The anchors sit under fields Fabrikate's struct ignores (yaml.v2 never expands those); the
  // alias under `config` is decoded, so it is the bomb.
  const bombHld = writeTree(
    { ...HLD, 'config/common.yaml': `${BOMB}\nconfig:\n  x: *i\nsubcomponents: {}\n` },
    'ringway-cat-bomb-',
  );
  const brokenHld = writeTree(
    { ...HLD, 'component.yaml': 'name: [unclosed\n  subcomponents: {' },
    'ringway-cat-broken-',
  );
  const accessHld = writeTree(
    {
      'component.yaml': `name: fabrikam\nsubcomponents:\n  - name: private\n    method: git\n    source: ${guarded.httpUrl}\n`,
      'access.yaml': `${guarded.httpUrl}: SYSTEM_ACCESSTOKEN\n`,
    },
    'ringway-cat-access-',
  );
  // Reads outside the HLD: another repository of this machine, a link in an installed http component.
  const localSourceHld = writeTree(
    {
      'component.yaml': `name: root\nsubcomponents:\n  - name: other\n    method: git\n    source: ${manifests.url}\n`,
    },
    'ringway-cat-local-',
  );
  const linkedHttpHld = writeTree(
    {
      'component.yaml':
        'name: root\nsubcomponents:\n  - name: web\n    type: static\n    method: http\n    source: https://example.test/web.yaml\n',
    },
    'ringway-cat-http-',
  );
  mkdirSync(join(linkedHttpHld, 'components', 'web'), { recursive: true });
  symlinkSync('/etc/passwd', join(linkedHttpHld, 'components', 'web', 'web.yaml'));
  const source = writeTree({ 'prod/app.yaml': 'kind: ConfigMap\n' }, 'ringway-cat-src-');
  const outside = tempDir('ringway-cat-outside-');
  const context = writeTree({ Dockerfile: 'FROM scratch\n' }, 'ringway-cat-ctx-');
  symlinkSync('/etc', join(context, 'escape'));
  const file = join(tempDir('ringway-cat-file-'), 'plain.txt');
  writeFileSync(file, 'not a folder\n');
  fx = {
    hldUrl: hld.url,
    manifestUrl: manifests.url,
    hldDir,
    bombHld,
    brokenHld,
    accessHld,
    localSourceHld,
    linkedHttpHld,
    file,
    outside,
    tokenUrl: guarded.httpUrl,
    source,
    context,
  };
  hldHash = treeHash(hldDir);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

function base(step: string): Record<string, string> {
  const storage = {
    'connection-string': `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${DEV_KEY};TableEndpoint=http://127.0.0.1:9/devstoreaccount1;`,
    'table-name': 'catalogue',
    'partition-key': 'p',
    'request-timeout': '5s',
  };
  switch (step) {
    case 'update-hld':
      return {
        'hld-repo': fx.hldUrl,
        component: 'frontend',
        'image-tag': 'master-1',
        'pull-request': 'false',
        'request-timeout': '10s',
      };
    case 'push-manifests':
      return { source: fx.source, 'manifest-repo': fx.manifestUrl, branch: 'main', 'request-timeout': '10s' };
    case 'gate':
      return { service: 'frontend', 'image-tag': 'master-1', 'to-ring': 'staging', ...storage };
    case 'record-deployment':
      return {
        p1: 'b1',
        'image-tag': 'master-1',
        'commit-id': '1f'.repeat(20),
        service: 'frontend',
        'fail-on-error': 'true',
        ...storage,
      };
    case 'generate':
      return {
        hld: fx.hldDir,
        output: join(tempDir('ringway-cat-out-'), 'out'),
        'cache-dir': join(tempDir('ringway-cat-cache-'), 'c'),
      };
    case 'build-image':
      return { image: 'localhost:5999/cat/app', context: fx.context, tags: 'v1', push: 'false' };
    default:
      throw new Error(step);
  }
}

interface Outcome {
  failed: boolean;
  /** Lines a reader takes for an error: the surface's error lines, and raw tool errors anywhere. */
  errorLines: string[];
  noise: string;
  tmp: string;
  /** Lines the runner (or agent) of that surface would run as a command ringway did not write. */
  commands: string[];
}

/** Raw tool text (git's `fatal:`/`usage:`, a thrown `Error:`) that reached the log as it is. */
const RAW = /^(fatal|usage|error|Error|TypeError|RangeError)\b:?/;

async function runOn(surface: Surface, c: Case): Promise<Outcome> {
  const inputs = Object.fromEntries(Object.entries({ ...base(c.step), ...c.inputs }).filter(([, v]) => v !== ''));
  const tmp = tempDir('ringway-cat-tmp-');
  const env = { TMPDIR: tmp, HOME: tmp };
  if (surface === 'cli') {
    // Progress (`▸ Fetch …`) and warnings go to stderr too; the error is the one `error:` line.
    const r = await runCli([c.step, ...Object.entries(inputs).map(([k, v]) => `--${k}=${v}`)], env);
    const lines = r.stderr.split('\n').map((l) => l.trim());
    // A script step's output is read by whichever runs it: both rules apply.
    const out = r.stdout + r.stderr;
    const commands = [...foreignGitHubCommands(out), ...foreignAzureCommands(out)];
    return {
      failed: r.code !== 0,
      errorLines: lines.filter((l) => RAW.test(l)),
      noise: r.stderr + r.stdout,
      tmp,
      commands,
    };
  }
  if (surface === 'github') {
    const r = await runGitHubAction(c.step, inputs, env);
    const lines = r.stdout.split('\n');
    return {
      failed: r.code !== 0,
      errorLines: lines.filter((l) => l.startsWith('::error') || RAW.test(l.trim())),
      noise: r.stderr + r.stdout,
      tmp,
      commands: foreignGitHubCommands(r.stdout + r.stderr),
    };
  }
  const r = await runAzureTask(c.step, inputs, env);
  const lines = r.stdout.split('\n');
  return {
    failed: r.result === 'Failed',
    errorLines: lines.filter((l) => /##vso\[task\.(log)?issue type=error/.test(l) || RAW.test(l.trim())),
    noise: r.stdout + r.stderr,
    tmp,
    commands: foreignAzureCommands(r.stdout + r.stderr),
  };
}

/** The error line names the input as the pipeline author wrote it on that surface (or the value at fault). */
function names(surface: Surface, c: Case, line: string): boolean {
  if (c.alt !== undefined && line.includes(c.alt)) return true;
  if (surface === 'azure') return line.includes(`'${camelCase(c.input)}'`);
  return line.includes(`'${c.input}'`) || line.includes(`--${c.input}`);
}

/**
 * Where each case runs: every case on the CLI; on the GitHub and Azure bundles one value of every
 * (step, input) family each — different values where the family has several — so every input of
 * every bundled step is tried on every surface while the file stays within its CI budget.
 */
function plan(all: Case[]): { s: Surface; c: Case }[] {
  const runs: { s: Surface; c: Case }[] = [];
  const families = new Map<string, Case[]>();
  for (const c of all) {
    runs.push({ s: 'cli', c });
    if (!bundled.has(c.step)) continue;
    if (c.everySurface) {
      runs.push({ s: 'github', c }, { s: 'azure', c });
      continue;
    }
    const k = `${c.step} ${c.input}`;
    families.set(k, [...(families.get(k) ?? []), c]);
  }
  for (const f of families.values()) {
    runs.push({ s: 'github', c: f[0] });
    runs.push({ s: 'azure', c: f[Math.min(1, f.length - 1)] });
  }
  return runs;
}

/** Runs `fn` over `items`, `n` at a time. */
async function pool<T, R>(items: T[], n: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]);
      }
    }),
  );
  return out;
}

/** What is wrong with one run ('' when it behaved). */
async function check(surface: Surface, c: Case): Promise<string> {
  const r = await runOn(surface, c);
  if (r.commands.length) return `live runner command: ${JSON.stringify(r.commands[0]).slice(0, 300)}`;
  if (!r.failed) return 'did not fail';
  if (r.errorLines.length !== 1) return `${r.errorLines.length} error lines: ${r.errorLines.join(' / ').slice(0, 300)}`;
  if (!names(surface, c, r.errorLines[0])) return `does not name it: ${r.errorLines[0].slice(0, 300)}`;
  if (/\n\s+at .+\(.+:\d+:\d+\)/.test(r.noise)) return 'stack trace';
  if (c.secret && (r.noise.includes(c.secret) || r.errorLines.some((l) => l.includes(c.secret as string))))
    return 'printed the credential';
  const left = readdirSync(r.tmp);
  if (left.length) return `left in temp: ${left.join(', ')}`;
  return '';
}

describe('bad-input catalogue over the CLI, GitHub and Azure bundles', () => {
  test('every case: non-zero exit, one line naming the input, nothing left behind', async () => {
    const all = catalogue(fx);
    // RINGWAY_CATALOGUE_ONLY=<regex> runs the matching `<surface>: <case id>` runs only (to debug one).
    const only = process.env.RINGWAY_CATALOGUE_ONLY ? new RegExp(process.env.RINGWAY_CATALOGUE_ONLY) : undefined;
    const runs = plan(all).filter(({ s, c }) => !only || only.test(`${s}: ${c.id}`));
    const problems = (
      await pool(runs, 3, async ({ s, c }) => {
        const started = Date.now();
        const p = await check(s, c);
        // RINGWAY_CATALOGUE_TRACE=<file>: one line per run (milliseconds, run, problem) to find slow or failing runs.
        if (process.env.RINGWAY_CATALOGUE_TRACE)
          appendFileSync(process.env.RINGWAY_CATALOGUE_TRACE, `${Date.now() - started}\t${s}: ${c.id}\t${p}\n`);
        return p ? `${s}: ${c.id}: ${p}` : '';
      })
    ).filter(Boolean);
    process.stdout.write(
      `catalogue: ${all.length} cases, ${runs.length} runs, ${runs.length - problems.length} clear errors\n`,
    );
    expect(all.length).toBeGreaterThanOrEqual(120);
    expect(problems).toEqual([]);
  }, 300_000);

  test('CLI: a bad value after a boolean flag names the flag', async () => {
    const r = await runCli(['update-hld', '--hld-repo', fx.hldUrl, '--image-tag', 'x', '--dry-run', 'maybe']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("error: option --dry-run takes true or false (or no value), got 'maybe'");
  });

  test('afterwards: nothing pushed, no HLD file changed, no command ran', () => {
    expect(refsOf()).toBe(refsBefore);
    expect(treeHash(fx.hldDir)).toBe(hldHash);
    expect(existsSync(MARKER)).toBe(false);
  });
});
