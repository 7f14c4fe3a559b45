import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadConfigFile } from '../../lib/hld/config.js';
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

test('parses fab set arguments: one =, dotted key paths, quoted segments keep their dots', () => {
  expect(parseSetArg('image.tag=master-42')).toEqual({ keyPath: ['image', 'tag'], value: 'master-42' });
  expect(parseSetArg('"a.b".c=1')).toEqual({ keyPath: ['a.b', 'c'], value: '1' });
  expect(() => parseSetArg('image.tag=a=b')).toThrow("'image.tag=a=b' is not a key=value pair");
  expect(() => parseSetArg('image..tag=1')).toThrow("'image..tag' is not a valid key path");
});

// What the real `fab set` writes for RICH with trivia.frontend image.tag=master-42 (checked with
// Fabrikate f2aed3a): the whole file marshalled again, fields in Fabrikate's order, map keys sorted,
// comments and blank lines dropped, the alias expanded, flow mappings as blocks.
const RICH_AFTER_FAB_SET = `subcomponents:
  trivia:
    namespace: trivia
    subcomponents:
      api:
        config:
          image:
            repository: api
            tag: "1"
      frontend:
        config:
          anchors:
            cpu: 100m
          image:
            repository: registry.local/trivia-frontend
            tag: master-42
          limits:
            cpu: 100m
          replicas: 3
`;

test('set writes the whole file as fab set writes it: sorted keys, aliases expanded, comments dropped', async () => {
  const dir = component({ 'config/prod.yaml': RICH });
  const r = await setConfig({
    componentDir: dir,
    environment: 'prod',
    subcomponent: ['trivia', 'frontend'],
    pairs: [parseSetArg('image.tag=master-42')],
  });
  expect(r).toEqual({ file: 'config/prod.yaml', changed: true });
  expect(readFileSync(join(dir, 'config/prod.yaml'), 'utf8')).toBe(RICH_AFTER_FAB_SET);
});

test('values are written as strings, as fab set writes them', async () => {
  const dir = component({ 'config/prod.yaml': RICH });
  await setConfig({
    componentDir: dir,
    environment: 'prod',
    subcomponent: ['trivia', 'frontend'],
    pairs: [parseSetArg('replicas=4'), parseSetArg('flag=off')],
  });
  const after = readFileSync(join(dir, 'config/prod.yaml'), 'utf8');
  expect(after).toContain('          flag: "off"\n');
  expect(after).toContain('          replicas: "4"\n');
  expect(parse(after).subcomponents.trivia.subcomponents.frontend.config.replicas).toBe('4');
});

test('a new subcomponent entry is added in key order under an entry that has subcomponents', async () => {
  const dir = component({ 'config/prod.yaml': RICH });
  await setConfig({
    componentDir: dir,
    environment: 'prod',
    subcomponent: ['trivia', 'backend'],
    pairs: [parseSetArg('image.tag=b-1'), parseSetArg('image.repository=reg/b')],
  });
  const after = readFileSync(join(dir, 'config/prod.yaml'), 'utf8');
  expect(after).toContain(
    '      api:\n        config:\n          image:\n            repository: api\n            tag: "1"\n      backend:\n        config:\n          image:\n            repository: reg/b\n            tag: b-1\n      frontend:\n',
  );
});

test('a missing file is created; an unchanged value changes nothing; JSON configs stay JSON, as Go writes JSON', async () => {
  const dir = component({
    'config/dev.json': JSON.stringify({ subcomponents: { web: { config: { image: { tag: 'a' }, 'b<c': 1.5 } } } }),
  });
  const created = await setConfig({
    componentDir: dir,
    environment: 'prod',
    subcomponent: ['web'],
    pairs: [parseSetArg('image.tag=1.2.3')],
  });
  expect(created.changed).toBe(true);
  expect(readFileSync(join(dir, 'config/prod.yaml'), 'utf8')).toBe(
    'subcomponents:\n  web:\n    config:\n      image:\n        tag: 1.2.3\n',
  );
  const again = await setConfig({
    componentDir: dir,
    environment: 'prod',
    subcomponent: ['web'],
    pairs: [parseSetArg('image.tag=1.2.3')],
  });
  expect(again.changed).toBe(false);
  const json = await setConfig({
    componentDir: dir,
    environment: 'dev',
    subcomponent: ['web'],
    pairs: [parseSetArg('image.tag=b')],
  });
  expect(json.file).toBe('config/dev.json');
  // json.MarshalIndent: sorted keys, '<' escaped, no final line break.
  expect(readFileSync(join(dir, 'config/dev.json'), 'utf8')).toBe(
    '{\n  "subcomponents": {\n    "web": {\n      "config": {\n        "b\\u003cc": 1.5,\n        "image": {\n          "tag": "b"\n        }\n      }\n    }\n  }\n}',
  );
});

test('with both config/<env>.yaml and .json, the YAML file is the config: generate reads it and set edits it', async () => {
  const dir = component({
    'config/dev.yaml': 'config:\n  from: yaml\n',
    'config/dev.json': '{"config": {"from": "json"}}',
  });
  expect((await loadConfigFile(dir, 'dev', 'app'))?.config).toEqual({ from: 'yaml' });
  expect((await loadConfigFile(dir, 'dev', 'app'))?.file).toBe('app/config/dev.yaml');
  expect(
    (await setConfig({ componentDir: dir, environment: 'dev', subcomponent: [], pairs: [parseSetArg('from=set')] }))
      .file,
  ).toBe('config/dev.yaml');
  expect(readFileSync(join(dir, 'config/dev.json'), 'utf8')).toBe('{"config": {"from": "json"}}');
});

test('--no-new-config-keys refuses keys that do not exist yet; where fab set crashes or drops the value, set stops and names the entry', async () => {
  const dir = component({ 'config/prod.yaml': RICH });
  await expect(
    setConfig({
      componentDir: dir,
      environment: 'prod',
      subcomponent: ['trivia', 'frontend'],
      pairs: [parseSetArg('image.digest=x')],
      noNewConfigKeys: true,
    }),
  ).rejects.toThrow(
    "config/prod.yaml: 'subcomponents.trivia.subcomponents.frontend.config.image.digest' does not exist and --no-new-config-keys is on",
  );
  await expect(
    setConfig({
      componentDir: dir,
      environment: 'prod',
      subcomponent: ['trivia', 'frontend'],
      pairs: [parseSetArg('replicas.max=1')],
    }),
  ).rejects.toThrow(
    "config/prod.yaml: cannot set 'subcomponents.trivia.subcomponents.frontend.config.replicas.max': 'replicas' holds a value, not a mapping",
  );
  // fab set panics: the entry has no config map to write into.
  await expect(
    setConfig({
      componentDir: dir,
      environment: 'prod',
      subcomponent: ['trivia'],
      pairs: [parseSetArg('image.tag=2')],
    }),
  ).rejects.toThrow(
    "config/prod.yaml: 'subcomponents.trivia' has no 'config' mapping to set 'image.tag' in (fab set crashes here); add 'config: {}' to it",
  );
  // fab set writes the file without the value: the entry has no subcomponents map for the new one.
  await expect(
    setConfig({
      componentDir: dir,
      environment: 'prod',
      subcomponent: ['trivia', 'api', 'db'],
      pairs: [parseSetArg('a=1')],
    }),
  ).rejects.toThrow(
    "config/prod.yaml: 'subcomponents.trivia.subcomponents.api' has no 'subcomponents' mapping for 'db' (fab set would drop the value); add 'subcomponents: {}' to it",
  );
  expect(readFileSync(join(dir, 'config/prod.yaml'), 'utf8')).toBe(RICH);
});

test('ringway set from the CLI: fab set arguments in the current folder', async () => {
  const { runCli } = await import('../support/run-bundle.js');
  const dir = component({ 'config/prod.yaml': RICH });
  const r = await runCli(
    [
      'set',
      '--environment',
      'prod',
      '--subcomponent',
      'trivia.frontend',
      'image.tag=master-43',
      'image.pullPolicy=Always',
    ],
    {},
    dir,
  );
  expect(r.code).toBe(0);
  const after = readFileSync(join(dir, 'config/prod.yaml'), 'utf8');
  expect(parse(after).subcomponents.trivia.subcomponents.frontend.config.image).toEqual({
    repository: 'registry.local/trivia-frontend',
    tag: 'master-43',
    pullPolicy: 'Always',
  });
  expect(after).toContain('            tag: master-43\n');
  const bad = await runCli(['set', 'novalue'], {}, dir);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toBe("error: 'novalue' is not a key=value pair (a key path, one '=', a value)\n");
  const strict = await runCli(
    ['set', '-e', 'prod', '-s', 'trivia.frontend', '--no-new-config-keys', 'image.digest=x'],
    {},
    dir,
  );
  expect(strict.code).toBe(1);
  expect(strict.stderr).toMatch(/--no-new-config-keys is on/);
});
