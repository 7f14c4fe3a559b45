// A step's start-up (bench/cold-start.ts) is decided by what it loads before its first input error:
// Node's child-process, stream and network modules and the YAML engine (a chunk file of its own)
// load only once a run reaches the work that needs them. Each bundle starts as the runner or the
// agent starts it, stdout a pipe, with no inputs; a probe preloaded with --require lists at exit the
// Node modules and files the process loaded.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtures } from '../support/hld.js';
import { INPUT_ERROR, repoRoot, runNode, shippedBundles } from '../support/run-bundle.js';

const dir = mkdtempSync(join(tmpdir(), 'start-up-'));
const probe = join(dir, 'probe.cjs');
writeFileSync(
  probe,
  `process.on('exit', () => require('node:fs').writeFileSync(process.env.PROBE_OUT, JSON.stringify({
  builtins: process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)),
  files: Object.keys(require.cache),
})));\n`,
);

let runs = 0;
async function loaded(file: string, args: string[], env: Record<string, string>, cwd: string) {
  const out = join(dir, `probe-${++runs}.json`);
  const r = await runNode(file, args, { ...env, NODE_OPTIONS: `--require ${probe}`, PROBE_OUT: out }, cwd);
  const seen = JSON.parse(readFileSync(out, 'utf8')) as { builtins: string[]; files: string[] };
  // The YAML engine's chunk, told by its lexer (the top-level action loads its step's own chunks).
  const yamlChunks = seen.files.filter(
    (f) => /\d+\.index\.js$/.test(f) && readFileSync(f, 'utf8').includes('class Lexer'),
  );
  return { ...r, builtins: seen.builtins, yamlChunks };
}

test.each(shippedBundles())(
  '$name stops at its inputs without loading child processes, streams or the YAML engine',
  async ({ file, env }) => {
    const r = await loaded(file, [], env, mkdtempSync(join(tmpdir(), 'start-up-empty-')));
    expect(`${r.stdout}${r.stderr}`).toMatch(INPUT_ERROR);
    expect(r.builtins.filter((m) => ['child_process', 'net', 'stream'].includes(m))).toEqual([]);
    expect(r.yamlChunks).toEqual([]);
    expect(readFileSync(file, 'utf8')).not.toContain('class Lexer'); // nor in the bundle itself
  },
);

test('the probe sees them once a run needs them: a real generate loads child_process and the YAML chunk', async () => {
  const out = mkdtempSync(join(tmpdir(), 'start-up-gen-'));
  const r = await loaded(
    join(repoRoot, 'actions/generate/dist/index.js'),
    [],
    {
      INPUT_HLD: join(fixtures, 'nested/frontend'),
      INPUT_OUTPUT: out,
      INPUT_ENVIRONMENTS: 'prod',
      'INPUT_CACHE-DIR': join(out, '.cache'),
    },
    out,
  );
  expect(r.code).toBe(0);
  expect(r.builtins).toEqual(expect.arrayContaining(['child_process']));
  expect(r.yamlChunks).toHaveLength(1);
});
