// The starter workflows only use inputs and outputs the steps have: a renamed input or output
// must fail here, not in a user's first pipeline run. (actionlint with shellcheck checks the rest
// of the GitHub workflows in CI: .ci/run.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { camelCase, pascalCase } from '../../lib/steps/names.js';
import { findStep, steps } from '../../lib/steps/index.js';
import type { StepDef } from '../../lib/steps/types.js';
import { repoRoot } from '../support/run-bundle.js';

const dir = join(repoRoot, 'workflows-examples');
const filesIn = (sub: string) => readdirSync(join(dir, sub)).filter((f) => f.endsWith('.yml')).map((f) => join(sub, f));

const inputNames = (s: StepDef) => s.inputs.flatMap((d) => [d.name, ...(d.aliases ?? [])]);
const outputNames = (s: StepDef) => s.outputs.flatMap((o) => [o.name, ...(o.aliases ?? [])]);

type Step = { id?: string; uses?: string; with?: Record<string, unknown>; task?: string; name?: string; inputs?: Record<string, unknown> };

/** Every step list in a workflow or pipeline, however deep (jobs, stages, deployment strategies). */
function stepsOf(doc: unknown): Step[] {
  const found: Step[] = [];
  const walk = (o: unknown) => {
    if (Array.isArray(o)) o.forEach(walk);
    else if (o && typeof o === 'object') {
      const rec = o as Record<string, unknown>;
      if (Array.isArray(rec.steps)) found.push(...(rec.steps as Step[]));
      Object.values(rec).forEach(walk);
    }
  };
  walk(doc);
  return found;
}

test('there are GitHub and Azure starter workflows, and a README for them', () => {
  expect(filesIn('github').length).toBeGreaterThan(0);
  expect(filesIn('azure').length).toBeGreaterThan(0);
  expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(/secrets/i);
});

describe.each(filesIn('github'))('%s', (file) => {
  const text = readFileSync(join(dir, file), 'utf8');
  const doc = parse(text);
  const ringwaySteps = new Map<string, StepDef>();

  test('every with: key is an input of the step it configures', () => {
    for (const st of stepsOf(doc)) {
      const m = /^ringway\/ringway(?:\/actions\/([a-z-]+))?@/.exec(st.uses ?? '');
      if (!m) continue;
      const name = m[1] ?? String(st.with?.step);
      const def = findStep(name);
      expect({ file, step: name, known: Boolean(def) }).toEqual({ file, step: name, known: true });
      if (!def) continue;
      if (st.id) ringwaySteps.set(st.id, def);
      const allowed = new Set([...inputNames(def), ...(m[1] ? [] : ['step'])]);
      for (const k of Object.keys(st.with ?? {})) expect({ file, step: name, input: k, known: allowed.has(k) }).toMatchObject({ known: true });
    }
  });

  test('every steps.<id>.outputs.<name> of a ringway step is one of its outputs', () => {
    for (const [, id, out] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const def = ringwaySteps.get(id);
      if (!def) continue; // a shell step's own output
      expect({ file, step: def.name, output: out, known: outputNames(def).includes(out) }).toMatchObject({ known: true });
    }
  });
});

describe.each(filesIn('azure'))('%s', (file) => {
  const text = readFileSync(join(dir, file), 'utf8');
  const doc = parse(text);
  const byTask = new Map(steps.map((s) => [`Ringway${pascalCase(s.name)}`, s]));
  const named = new Map<string, StepDef>();

  test('every task input is an input (or service connection) of the task', () => {
    for (const st of stepsOf(doc)) {
      const def = byTask.get((st.task ?? '').split('@')[0]);
      if (!def) continue;
      if (st.name) named.set(st.name, def);
      const allowed = new Set([...inputNames(def).map(camelCase), ...def.inputs.filter((d) => d.secret).map((d) => `${camelCase(d.name)}Connection`)]);
      for (const k of Object.keys(st.inputs ?? {})) expect({ file, task: st.task, input: k, known: allowed.has(k) }).toMatchObject({ known: true });
    }
  });

  test('every output variable read from a ringway task exists', () => {
    const refs = [...text.matchAll(/\$\(([\w-]+)\.([\w]+)\)/g), ...text.matchAll(/outputs\['([\w-]+)\.([\w]+)'\]/g)];
    for (const [, name, variable] of refs) {
      const def = named.get(name);
      if (!def) continue;
      expect({ file, task: name, variable, known: outputNames(def).map(camelCase).includes(variable) }).toMatchObject({ known: true });
    }
  });
});
