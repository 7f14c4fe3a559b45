import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseSetArg } from '../../lib/hld/names.js';
import { setConfig } from '../../lib/hld/set.js';
import { writeTree } from '../../stand-ins/git.js';

const RICH = `# Production ring of the trivia HLD.
# Owned by the platform team.

subcomponents:
  trivia:
    namespace: trivia   # set once
    subcomponents:
      frontend:
        config:
          image:
            repository: "registry.local/trivia-frontend"
            tag: 'master-41' # bumped by pipelines

          replicas: 3
          anchors: &defaults
            cpu: 100m
          limits: *defaults
      api:
        config:
          image: {repository: api, tag: "1"}
`;

const component = (files: Record<string, string>) => writeTree(files, 'ringway-set-');

function diffLines(a: string, b: string): [string, string][] {
  const x = a.split('\n');
  const y = b.split('\n');
  expect(y.length).toBe(x.length);
  return x.map((l, i) => [l, y[i]] as [string, string]).filter(([l, r]) => l !== r);
}

test('parses fab set arguments: one =, dotted key paths, quoted segments keep their dots', () => {
  expect(parseSetArg('image.tag=master-42')).toEqual({ keyPath: ['image', 'tag'], value: 'master-42' });
  expect(parseSetArg('"a.b".c=1')).toEqual({ keyPath: ['a.b', 'c'], value: '1' });
  expect(() => parseSetArg('image.tag=a=b')).toThrow("'image.tag=a=b' is not a key=value pair");
  expect(() => parseSetArg('image..tag=1')).toThrow("'image..tag' is not a valid key path");
});

test('changing an existing value changes that line only, keeping its quoting and comment', async () => {
  const dir = component({ 'config/prod.yaml': RICH });
  const r = await setConfig({ componentDir: dir, environment: 'prod', subcomponent: ['trivia', 'frontend'], pairs: [parseSetArg('image.tag=master-42')] });
  expect(r).toEqual({ file: 'config/prod.yaml', changed: true });
  const after = readFileSync(join(dir, 'config/prod.yaml'), 'utf8');
  expect(diffLines(RICH, after)).toEqual([["            tag: 'master-41' # bumped by pipelines", "            tag: 'master-42' # bumped by pipelines"]]);
});

test('values are written as strings, as fab set writes them', async () => {
  const dir = component({ 'config/prod.yaml': RICH });
  await setConfig({ componentDir: dir, environment: 'prod', subcomponent: ['trivia', 'frontend'], pairs: [parseSetArg('replicas=4')] });
  const after = readFileSync(join(dir, 'config/prod.yaml'), 'utf8');
  expect(diffLines(RICH, after)).toEqual([['          replicas: 3', '          replicas: "4"']]);
  expect(parse(after).subcomponents.trivia.subcomponents.frontend.config.replicas).toBe('4');
});

test('new keys and subcomponent entries are added as lines at the right indentation; the rest stays byte for byte', async () => {
  const dir = component({ 'config/prod.yaml': RICH });
  await setConfig({ componentDir: dir, environment: 'prod', subcomponent: ['trivia', 'backend'], pairs: [parseSetArg('image.tag=b-1'), parseSetArg('image.repository=reg/b')] });
  const after = readFileSync(join(dir, 'config/prod.yaml'), 'utf8');
  expect(after.startsWith(RICH)).toBe(true);
  expect(after.slice(RICH.length)).toBe('      backend:\n        config:\n          image:\n            tag: b-1\n            repository: reg/b\n');
  expect(parse(after).subcomponents.trivia.subcomponents.backend.config.image).toEqual({ tag: 'b-1', repository: 'reg/b' });
});

test('a missing file is created; an unchanged value changes nothing; JSON configs stay JSON', async () => {
  const dir = component({ 'config/dev.json': JSON.stringify({ subcomponents: { web: { config: { image: { tag: 'a' } } } } }, null, 2) });
  const created = await setConfig({ componentDir: dir, environment: 'prod', subcomponent: ['web'], pairs: [parseSetArg('image.tag=1.2.3')] });
  expect(created.changed).toBe(true);
  expect(readFileSync(join(dir, 'config/prod.yaml'), 'utf8')).toBe('subcomponents:\n  web:\n    config:\n      image:\n        tag: 1.2.3\n');
  const again = await setConfig({ componentDir: dir, environment: 'prod', subcomponent: ['web'], pairs: [parseSetArg('image.tag=1.2.3')] });
  expect(again.changed).toBe(false);
  const json = await setConfig({ componentDir: dir, environment: 'dev', subcomponent: ['web'], pairs: [parseSetArg('image.tag=b')] });
  expect(json.file).toBe('config/dev.json');
  expect(JSON.parse(readFileSync(join(dir, 'config/dev.json'), 'utf8')).subcomponents.web.config.image.tag).toBe('b');
});

test('--no-new-config-keys refuses keys that do not exist yet; bad paths are named', async () => {
  const dir = component({ 'config/prod.yaml': RICH });
  await expect(
    setConfig({ componentDir: dir, environment: 'prod', subcomponent: ['trivia', 'frontend'], pairs: [parseSetArg('image.digest=x')], noNewConfigKeys: true }),
  ).rejects.toThrow("config/prod.yaml: 'subcomponents.trivia.subcomponents.frontend.config.image.digest' does not exist and --no-new-config-keys is on");
  await expect(setConfig({ componentDir: dir, environment: 'prod', subcomponent: ['trivia', 'frontend'], pairs: [parseSetArg('replicas.max=1')] })).rejects.toThrow(
    "config/prod.yaml: cannot set 'subcomponents.trivia.subcomponents.frontend.config.replicas.max': 'subcomponents.trivia.subcomponents.frontend.config.replicas' holds a value, not a mapping",
  );
  await expect(setConfig({ componentDir: dir, environment: 'prod', subcomponent: ['trivia', 'api'], pairs: [parseSetArg('image.tag=2')] })).rejects.toThrow('flow mapping');
  expect(readFileSync(join(dir, 'config/prod.yaml'), 'utf8')).toBe(RICH);
});

test('an empty flow mapping (`subcomponents: {}`) becomes a block', async () => {
  const dir = component({ 'config/prod.yaml': '# prod\nsubcomponents: {} # none yet\n' });
  await setConfig({ componentDir: dir, environment: 'prod', subcomponent: ['web'], pairs: [parseSetArg('image.tag=v3')] });
  expect(readFileSync(join(dir, 'config/prod.yaml'), 'utf8')).toBe('# prod\nsubcomponents: # none yet\n  web:\n    config:\n      image:\n        tag: v3\n');
});

test('an empty key (`config:`) gets the nested block under it', async () => {
  const src = '# ring file\nsubcomponents:\n  web:\n    config: # filled by pipelines\nother: 1\n';
  const dir = component({ 'config/common.yaml': src });
  await setConfig({ componentDir: dir, environment: 'common', subcomponent: ['web'], pairs: [parseSetArg('image.tag=v2')] });
  expect(readFileSync(join(dir, 'config/common.yaml'), 'utf8')).toBe('# ring file\nsubcomponents:\n  web:\n    config: # filled by pipelines\n      image:\n        tag: v2\nother: 1\n');
});

test('ringway set from the CLI: fab set arguments in the current folder', async () => {
  const { runCli } = await import('../support/run-bundle.js');
  const dir = component({ 'config/prod.yaml': RICH });
  const r = await runCli(['set', '--environment', 'prod', '--subcomponent', 'trivia.frontend', 'image.tag=master-43', 'image.pullPolicy=Always'], {}, dir);
  expect(r.code).toBe(0);
  const after = readFileSync(join(dir, 'config/prod.yaml'), 'utf8');
  expect(parse(after).subcomponents.trivia.subcomponents.frontend.config.image).toEqual({ repository: 'registry.local/trivia-frontend', tag: 'master-43', pullPolicy: 'Always' });
  expect(after).toContain("tag: 'master-43' # bumped by pipelines");
  const bad = await runCli(['set', 'novalue'], {}, dir);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toBe("error: 'novalue' is not a key=value pair (a key path, one '=', a value)\n");
  const strict = await runCli(['set', '-e', 'prod', '-s', 'trivia.frontend', '--no-new-config-keys', 'image.digest=x'], {}, dir);
  expect(strict.code).toBe(1);
  expect(strict.stderr).toMatch(/--no-new-config-keys is on/);
});
