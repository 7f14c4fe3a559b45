// ringway's YAML layer against yaml.v2 (Fabrikate's fork, through tools/yaml-oracle) on a seeded
// generated corpus: the typed value and the re-serialised bytes of every document must be the
// oracle's, and where the oracle fails ringway must fail too. The seed rotates per run
// (RINGWAY_SEED to replay one); YAML_DOCS sets the number of documents (YAML_DOCS=100000 for a long local run);
// YAML_DUMP=<file> writes every mismatching document in full, with its difference, as JSON.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadYaml } from '../../lib/hld/yaml-engine.js';
import { corpus, realValuesFiles } from './yaml-corpus.js';
import { testWithOracle } from '../support/oracle.js';
import { askOracle, differ, mismatchClass, oraclePath, ringway, shrink } from './yaml-diff.js';

const seed = Number(process.env.RINGWAY_SEED ?? Math.floor(Date.now() / 1000) % 1_000_000_000);
const count = Number(process.env.YAML_DOCS ?? 10_000);
const oracle = oraclePath();
const maybe = testWithOracle(
  oracle,
  'the yaml.v2 oracle',
  'no Go to build tools/yaml-oracle; set YAML_ORACLE=/path/to/oracle',
);

maybe(
  `ringway reads and writes ${count} generated documents as yaml.v2 does (seed ${seed})`,
  async () => {
    await loadYaml();
    const docs = corpus(seed, count, realValuesFiles(resolve(import.meta.dirname, '../..')));
    const answers = await askOracle(oracle as string, docs);
    expect(answers).toHaveLength(docs.length);
    const classes = new Map<string, { n: number; doc: string; diff: string }>();
    let refused = 0;
    const dump: { index: number; doc: string; diff: string }[] = [];
    for (let i = 0; i < docs.length; i++) {
      const d = differ(answers[i], ringway(docs[i]));
      if (!d) continue;
      // What ringway knowingly cannot read as yaml.v2 does, it refuses with a clear line (never a different result).
      if (/ringway fails: .*ringway cannot read/.test(d) && !/yaml\.v2 .*ringway reads/.test(d)) {
        refused++;
        continue;
      }
      dump.push({ index: i, doc: docs[i], diff: d });
      const cls = mismatchClass(d);
      const seen = classes.get(cls);
      if (seen) {
        seen.n++;
        if (docs[i].length < seen.doc.length) Object.assign(seen, { doc: docs[i], diff: d });
      } else classes.set(cls, { n: 1, doc: docs[i], diff: d });
    }
    if (process.env.YAML_DUMP) writeFileSync(process.env.YAML_DUMP, `${JSON.stringify(dump, null, 1)}\n`);
    const reports: string[] = [];
    for (const [cls, { n, doc }] of [...classes]
      .sort((a, b) => b[1].n - a[1].n)
      .slice(0, Number(process.env.YAML_SHOW ?? 8))) {
      const small = await shrink(oracle as string, doc, (a, c) => {
        const d = differ(a, ringway(c));
        return d !== undefined && mismatchClass(d) === cls;
      });
      const [a] = await askOracle(oracle as string, [small]);
      reports.push(
        `${n} × ${cls}\n--- minimal document (JSON): ${JSON.stringify(small)}\n${differ(a, ringway(small))}`,
      );
    }
    if (reports.length)
      throw new Error(
        `RINGWAY_SEED=${seed}: ${classes.size} mismatch classes in ${count} documents (${refused} refused knowingly; YAML_DUMP=<file> writes the documents in full)\n\n${reports.join('\n\n')}`,
      );
  },
  60_000 + count * 10,
);
