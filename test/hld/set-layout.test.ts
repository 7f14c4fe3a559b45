// setConfig's layout 'keep' (update-hld, rollback): only the edited lines change, and the data is
// always exactly what fab set's own rewrite gives; where it cannot keep the layout it writes fab
// set's bytes and says why.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseSetArg } from '../../lib/hld/names.js';
import { setConfig } from '../../lib/hld/set.js';
import { writeTree } from '../../stand-ins/git.js';
import { configText } from '../conformance/tree-files.js';
import { generateSetCase } from '../conformance/tree-generator.js';

interface Outcome {
  text?: string;
  error?: string;
  warnings: string[];
}

/** One edit in one layout on a fresh copy of `files`. */
async function edit(
  files: Record<string, string>,
  env: string,
  sub: string[],
  pairs: string[],
  layout: 'fab' | 'keep',
): Promise<Outcome> {
  const dir = writeTree(files, 'ringway-layout-');
  const warnings: string[] = [];
  try {
    const r = await setConfig({
      componentDir: dir,
      environment: env,
      subcomponent: sub,
      pairs: pairs.map(parseSetArg),
      layout,
      warn: (l) => warnings.push(l),
    });
    return { text: readFileSync(join(dir, r.file), 'utf8'), warnings };
  } catch (err) {
    return { error: (err as Error).message, warnings };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The data of a file as fab set sees it, as fab set's bytes: fab set with no values on it. */
async function fabData(rel: string, text: string): Promise<string> {
  const dir = writeTree({ [rel]: text }, 'ringway-layout-');
  const env = rel.replace(/^config\/|\.(yaml|json)$/g, '');
  await setConfig({ componentDir: dir, environment: env, subcomponent: [], pairs: [] });
  const out = readFileSync(join(dir, rel), 'utf8');
  rmSync(dir, { recursive: true, force: true });
  return out;
}

/** Both layouts on the same edit: same errors; the kept file holds fab set's data. */
async function both(rel: string, before: string, sub: string[], pairs: string[]) {
  const env = rel.replace(/^config\/|\.(yaml|json)$/g, '');
  const files = { [rel]: before, 'component.yaml': 'name: x\n' };
  const fab = await edit(files, env, sub, pairs, 'fab');
  const keep = await edit(files, env, sub, pairs, 'keep');
  expect(keep.error).toBe(fab.error);
  if (fab.text !== undefined && keep.text !== undefined) expect(await fabData(rel, keep.text)).toBe(fab.text);
  return { fab, keep };
}

const comments = (text: string) => text.split('\n').filter((l) => l.trim().startsWith('#'));

test('only the edited scalar changes: comments, order, quoting and blank lines stay', async () => {
  const before = `# Production ring.

subcomponents:
  web:   # the front door
    config:
      replicas: 3
      image:
        tag: "master-1" # bumped by pipelines
        repository: 'registry.local/web'
      defaults: &d {cpu: 1}
      limits: *d
  "quoted.key":
    config: {}
`;
  const { keep } = await both(
    'config/prod.yaml',
    before,
    ['web'],
    ['image.tag=master-42', "image.repository=reg/it's"],
  );
  expect(keep.warnings).toEqual([]);
  expect(keep.text).toBe(before.replace('"master-1"', '"master-42"').replace("'registry.local/web'", "'reg/it''s'"));
  // New keys go under their mapping, at its indentation; YAML 1.1 non-strings are quoted as fab writes them.
  const added = await both('config/prod.yaml', before, ['web'], ['image.pullPolicy=off', 'mode=0644']);
  expect(added.keep.warnings).toEqual([]);
  expect(added.keep.text).toBe(
    before
      .replace(
        "        repository: 'registry.local/web'\n",
        '        repository: \'registry.local/web\'\n        pullPolicy: "off"\n',
      )
      .replace('      limits: *d\n', '      limits: *d\n      mode: "0644"\n'),
  );
  // An empty flow mapping becomes a block; a quoted key is found by its value.
  const quoted = await both('config/prod.yaml', before, ['quoted.key'], ['a.b=1']);
  expect(quoted.keep.warnings).toEqual([]);
  expect(quoted.keep.text).toBe(before.replace('    config: {}\n', '    config:\n      a:\n        b: "1"\n'));
  // The same value again: no write at all.
  const dir = writeTree({ 'config/prod.yaml': before }, 'ringway-layout-');
  expect(
    await setConfig({
      componentDir: dir,
      environment: 'prod',
      subcomponent: ['web'],
      pairs: [parseSetArg('image.tag=master-1')],
      layout: 'keep',
    }),
  ).toEqual({ file: 'config/prod.yaml', changed: false });
  rmSync(dir, { recursive: true, force: true });
});

test('issue 23: through an alias, an anchor or a merge key, JSON, and where the YAML engine and fab set read a key differently, fab set writes the whole file and a warning says so', async () => {
  const cases: [string, string, string[], string, RegExp][] = [
    // worker shares api's entry: an in-place edit would change worker too.
    [
      'config/prod.yaml',
      '# shared\nsubcomponents:\n  api: &shop\n    config:\n      image: {tag: a}\n  worker: *shop\n',
      ['api'],
      'image.tag=b',
      /alias or anchor at 'subcomponents.api'/,
    ],
    [
      'config/prod.yaml',
      '# shared\nsubcomponents:\n  api: &shop\n    config:\n      image: {tag: a}\n  worker: *shop\n',
      ['worker'],
      'image.tag=b',
      /alias or anchor at 'subcomponents.worker'/,
    ],
    // cron's config comes from the merge: a new `config:` under cron would lose the merged values.
    [
      'config/prod.yaml',
      'subcomponents:\n  api: &shop\n    config:\n      image:\n        tag: a\n        repository: r\n  cron:\n    <<: *shop\n    disabled: true\n',
      ['cron'],
      'image.tag=b',
      /'subcomponents.cron' has a merge key/,
    ],
    ['config/prod.json', '{"subcomponents": {"web": {"config": {"tag": "a"}}}}\n', ['web'], 'tag=b', /a JSON file/],
    // The key `1.0` is the number 1 to the YAML engine but not to fab set: caught by reading back.
    [
      'config/prod.yaml',
      '# c\nsubcomponents:\n  web:\n    config:\n      1.0: a\n',
      ['web'],
      '1=b',
      /would not read back as fab set's data/,
    ],
    [
      'config/prod.yaml',
      '# c\nsubcomponents:\n  web:\n    config:\n      image: {tag: a}\n',
      ['web'],
      'image.tag=b',
      /is a flow mapping/,
    ],
  ];
  for (const [rel, before, sub, pair, why] of cases) {
    const { fab, keep } = await both(rel, before, sub, [pair]);
    expect(keep.text).toBe(fab.text);
    expect(keep.warnings).toHaveLength(1);
    expect(keep.warnings[0]).toMatch(
      new RegExp(`^${rel}: wrote the whole file as fab set writes it \\(comments dropped, keys sorted\\): `),
    );
    expect(keep.warnings[0]).toMatch(why);
  }
  // The data fab set gives: worker keeps its tag, cron keeps the merged repository.
  const shared = await both('config/prod.yaml', cases[0][1], ['api'], ['image.tag=b']);
  expect(shared.keep.text).toContain('  worker:\n    config:\n      image:\n        tag: a\n');
  const merged = await both('config/prod.yaml', cases[2][1], ['cron'], ['image.tag=b']);
  expect(merged.keep.text).toContain(
    '  cron:\n    disabled: true\n    config:\n      image:\n        repository: r\n        tag: b\n',
  );
});

test('where fab set crashes or drops the value, the layout-keeping edit refuses with the same error', async () => {
  const before = '# c\nsubcomponents:\n  web:\n    namespace: w\n  api:\n    config: {}\n';
  for (const [sub, pair] of [
    [['web'], 'a=1'],
    [['api', 'db'], 'a=1'],
    [['api'], 'a=1'],
    [['api'], 'a.b=1'],
  ] as const) {
    await both('config/prod.yaml', before, [...sub], [pair]);
  }
  const crash = await edit({ 'config/prod.yaml': before }, 'prod', ['web'], ['a=1'], 'keep');
  expect(crash.error).toBe(
    "config/prod.yaml: 'subcomponents.web' has no 'config' mapping to set 'a' in (fab set crashes here); add 'config: {}' to it",
  );
});

test('seeded random fab set cases: the kept file holds fab set data and every comment line', async () => {
  let kept = 0;
  let rewritten = 0;
  for (let seed = 1; seed <= 150; seed++) {
    const c = generateSetCase(seed);
    if (!c.file) continue;
    const rel = `config/${c.environment}.${c.file.format}`;
    // A comment line between every two lines (not JSON): none is on the edited path's lines.
    const text = configText(c.file.format, c.file.data);
    const before =
      c.file.format === 'json'
        ? text
        : text
            .split('\n')
            .map((l, i) => (l ? `# line ${i}\n${l}` : l))
            .join('\n');
    const { keep } = await both(rel, before, c.subcomponent, c.pairs);
    if (keep.text === undefined) continue;
    if (keep.warnings.length) rewritten++;
    else {
      kept++;
      expect(comments(keep.text)).toEqual(comments(before));
    }
  }
  // Most keep their layout (seeds 1-150: 77 kept; 25 JSON, 8 collections or multi-line values rewritten).
  expect(kept).toBeGreaterThan(rewritten);
});

test('a new file is written as fab set writes it, without a warning', async () => {
  const dir = writeTree({ 'component.yaml': 'name: x\n' }, 'ringway-layout-');
  const warnings: string[] = [];
  await setConfig({
    componentDir: dir,
    environment: 'prod',
    subcomponent: ['web'],
    pairs: [parseSetArg('image.tag=1')],
    layout: 'keep',
    warn: (l) => warnings.push(l),
  });
  expect(readFileSync(join(dir, 'config/prod.yaml'), 'utf8')).toBe(
    'subcomponents:\n  web:\n    config:\n      image:\n        tag: "1"\n',
  );
  expect(warnings).toEqual([]);
  expect(existsSync(join(dir, 'config/prod.json'))).toBe(false);
  rmSync(dir, { recursive: true, force: true });
});
