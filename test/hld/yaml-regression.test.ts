// The permanent cases of the YAML differential (yaml-regressions.ts) against yaml.v2's recorded
// answers. YAML_RECORD=1 asks the oracle again and rewrites yaml-regressions.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { firstDocument } from '../../lib/hld/files.js';
import { loadYaml } from '../../lib/hld/yaml-engine.js';
import { type Answer, askOracle, differ, oraclePath, ringway } from './yaml-diff.js';
import { REGRESSIONS } from './yaml-regressions.js';

const recorded = resolve(import.meta.dirname, 'yaml-regressions.json');
const docs = REGRESSIONS.map((c) =>
  c.utf16le ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(c.text, 'utf16le')]) : c.text,
);

let answers: Record<string, Answer>;

beforeAll(async () => {
  await loadYaml();
  const oracle = process.env.YAML_RECORD ? oraclePath() : undefined;
  if (oracle) {
    const fresh = await askOracle(oracle, docs);
    answers = Object.fromEntries(REGRESSIONS.map((c, i) => [c.name, { ...fresh[i], id: c.name }]));
    writeFileSync(recorded, `${JSON.stringify(answers, null, 1)}\n`);
  } else answers = JSON.parse(readFileSync(recorded, 'utf8')) as Record<string, Answer>;
});

test.each(REGRESSIONS.map((c, i) => [c.name, i] as const))('%s: as yaml.v2 reads and writes it', (name, i) => {
  const answer = answers[name];
  expect(answer).toBeDefined();
  expect(differ(answer, ringway(docs[i]))).toBeUndefined();
});

describe('a rendered chunk ringway cannot read', () => {
  test('is an error naming the line when it names a Kubernetes object (fab drops it with a warning)', () => {
    expect(() => firstDocument('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: [}\n')).toThrow(
      /^a rendered document \(apiVersion: v1\) cannot be read: line 3: invalid YAML/,
    );
  });
  test("is dropped like fab drops it when it is helm's warning text", () => {
    expect(firstDocument('walk.go:74: found symbolic link in path: /x resolves to /y\n')).toBeUndefined();
  });
});
