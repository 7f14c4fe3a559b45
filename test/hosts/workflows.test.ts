// The starter pipelines only use inputs, outputs and commands the steps have, wire their jobs and
// variables to things that exist, and all follow the one ring model of workflows-examples/README.md:
// a renamed input or a stray path must fail here, not in a user's first pipeline run. (actionlint
// with shellcheck checks the rest of the GitHub workflows in CI: .ci/run; the journey under act runs
// them.)
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { exec } from '../../lib/exec.js';
import { setConfig } from '../../lib/hld/set.js';
import { tempDir } from '../../stand-ins/git.js';
import { findFab } from '../conformance/harness.js';
import { testWithOracle } from '../support/oracle.js';
import { stepHelp } from '../../lib/hosts/cli-help.js';
import { camelCase, pascalCase } from '../../lib/steps/names.js';
import { findStep, steps } from '../../lib/steps/index.js';
import type { StepDef } from '../../lib/steps/types.js';
import { repoRoot } from '../support/run-bundle.js';

const dir = join(repoRoot, 'workflows-examples');
const filesIn = (sub: string) =>
  readdirSync(join(dir, sub))
    .filter((f) => f.endsWith('.yml'))
    .map((f) => join(sub, f));

// The ring model, as workflows-examples/README.md states it.
const RINGS = 'dev,staging,prod';
const COMPONENT = 'frontend';
const RING_CLUSTERS = { dev: 'aks-dev', staging: 'aks-staging', prod: 'aks-prod' };

const inputNames = (s: StepDef) => s.inputs.flatMap((d) => [d.name, ...(d.aliases ?? [])]);
const outputNames = (s: StepDef) => s.outputs.flatMap((o) => [o.name, ...(o.aliases ?? [])]);

type Raw = {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
  if?: string;
  task?: string;
  name?: string;
  inputs?: Record<string, unknown>;
  condition?: string;
};
/** A ringway step of a starter, its inputs under their kebab-case names whatever the surface. */
interface Use {
  step: string;
  id: string;
  inputs: Record<string, string>;
  condition: string;
}

/** Every step list in a workflow or pipeline, however deep (jobs, stages, deployment strategies), in file order. */
function stepsOf(doc: unknown): Raw[] {
  const found: Raw[] = [];
  const walk = (o: unknown) => {
    if (Array.isArray(o)) o.forEach(walk);
    else if (o && typeof o === 'object') {
      const rec = o as Record<string, unknown>;
      if (Array.isArray(rec.steps)) found.push(...(rec.steps as Raw[]));
      Object.entries(rec).forEach(([k, v]) => k !== 'steps' && walk(v));
    }
  };
  walk(doc);
  return found;
}

/** The generated Azure task manifests by task name (RingwayUpdateHld): what the marketplace ships. */
const taskJson = new Map(
  readdirSync(join(repoRoot, 'tasks')).map((d) => {
    const t = JSON.parse(readFileSync(join(repoRoot, 'tasks', d, 'task.json'), 'utf8')) as {
      name: string;
      inputs: { name: string }[];
      outputVariables?: { name: string }[];
    };
    return [
      t.name,
      { inputs: new Set(t.inputs.map((i) => i.name)), outputs: new Set((t.outputVariables ?? []).map((o) => o.name)) },
    ];
  }),
);
const stepOfTask = new Map(steps.map((s) => [`Ringway${pascalCase(s.name)}`, s]));

function githubUses(doc: unknown): Use[] {
  return stepsOf(doc).flatMap((st) => {
    const m = /^ringway\/ringway(?:\/actions\/([a-z-]+))?@/.exec(st.uses ?? '');
    if (!m) return [];
    const inputs = Object.fromEntries(Object.entries(st.with ?? {}).map(([k, v]) => [k, String(v)]));
    return [{ step: m[1] ?? inputs.step, id: st.id ?? '', inputs, condition: st.if ?? '' }];
  });
}

function azureUses(doc: unknown): Use[] {
  return stepsOf(doc).flatMap((st) => {
    const def = stepOfTask.get((st.task ?? '').split('@')[0]);
    if (!def) return [];
    const byCamel = new Map(def.inputs.map((d) => [camelCase(d.name), d.name]));
    const inputs = Object.fromEntries(
      Object.entries(st.inputs ?? {}).map(([k, v]) => [byCamel.get(k) ?? k, String(v)]),
    );
    return [{ step: def.name, id: st.name ?? '', inputs, condition: st.condition ?? '' }];
  });
}

/** The ring model, on any surface: one component path, every ring rendered, ring = environment, promotions recorded. */
function ringModel(file: string, uses: Use[], commitOf: (id: string) => string) {
  test('update-hld and rollback edit image.tag of component frontend in config/<ring>.yaml', () => {
    for (const u of uses.filter((x) => x.step === 'update-hld' || x.step === 'rollback')) {
      expect({ file, step: u.step, component: u.inputs.component }).toEqual({
        file,
        step: u.step,
        component: COMPONENT,
      });
      // The config file edited is the ring's own: environment and ring are the same value.
      expect({ file, step: u.step, environment: u.inputs.environment }).toEqual({
        file,
        step: u.step,
        environment: u.inputs.ring,
      });
      expect(u.inputs).not.toHaveProperty('hld-path');
      if (u.step === 'rollback') expect(u.inputs).not.toHaveProperty('key');
    }
    if (/build-update-hld/.test(file))
      expect(uses.find((u) => u.step === 'update-hld')?.inputs).toMatchObject({ environment: 'dev', ring: 'dev' });
  });

  test('generate renders every ring, each into its own folder', () => {
    for (const u of uses.filter((x) => x.step === 'generate')) {
      expect({ file, 'fab-envs': u.inputs['fab-envs'] }).toEqual({ file, 'fab-envs': RINGS });
      expect(u.inputs).not.toHaveProperty('environments');
    }
  });

  test('the gate and rollback know the same rings and clusters', () => {
    for (const u of uses.filter((x) => x.step === 'gate' || x.step === 'rollback'))
      expect({ file, step: u.step, rings: u.inputs.rings }).toEqual({ file, step: u.step, rings: RINGS });
    for (const u of uses.filter((x) => x.step === 'gate')) {
      const pairs = Object.entries(RING_CLUSTERS)
        .map(([r, c]) => `${r}=${c}`)
        .join(',');
      expect({ file, 'ring-clusters': u.inputs['ring-clusters'] }).toEqual({ file, 'ring-clusters': pairs });
    }
  });

  test('every HLD update is recorded like build-update-hld records dev (p2, tag, HLD commit, ring, PR, service)', () => {
    for (const hld of uses.filter((x) => x.step === 'update-hld')) {
      const rec = uses.find((u) => u.step === 'record-deployment' && u.inputs['hld-commit-id'] === commitOf(hld.id));
      expect({ file, recorded: Boolean(rec) }).toEqual({ file, recorded: true });
      expect(Object.keys(rec?.inputs ?? {})).toEqual(
        expect.arrayContaining(['p2', 'image-tag', 'env', 'pr', 'pr-url', 'service', 'repository']),
      );
      expect({ file, env: rec?.inputs.env, tag: rec?.inputs['image-tag'], service: rec?.inputs.service }).toEqual({
        file,
        env: hld.inputs.ring,
        tag: hld.inputs['image-tag'],
        service: hld.inputs.service,
      });
      // Recorded only when the HLD update ran.
      expect({ file, condition: rec?.condition }).toEqual({ file, condition: hld.condition });
    }
  });

  test('a rollback runs only on the gate rejecting, never on an error', () => {
    for (const u of uses.filter((x) => x.step === 'rollback' && /decision/.test(x.condition))) {
      expect(u.condition).toMatch(/decision['\])]*,? *(==)? *'reject'/);
      expect(u.condition).not.toMatch(/error|!=|\bne\(/);
    }
  });
}

describe.each(filesIn('github'))('%s', (file) => {
  const text = readFileSync(join(dir, file), 'utf8');
  const doc = parse(text);
  const uses = githubUses(doc);

  test('every with: key is an input of the step it configures', () => {
    for (const u of uses) {
      const def = findStep(u.step);
      expect({ file, step: u.step, known: Boolean(def) }).toEqual({ file, step: u.step, known: true });
      if (!def) continue;
      for (const k of Object.keys(u.inputs))
        if (k !== 'step')
          expect({ file, step: u.step, input: k, known: inputNames(def).includes(k) }).toMatchObject({ known: true });
    }
  });

  test('every steps.<id>.outputs.<name> of a ringway step is one of its outputs', () => {
    const byId = new Map(uses.filter((u) => u.id).map((u) => [u.id, findStep(u.step)]));
    for (const [, id, out] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const def = byId.get(id);
      if (!def) continue; // a shell step's own output
      expect({ file, step: def.name, output: out, known: outputNames(def).includes(out) }).toMatchObject({
        known: true,
      });
    }
  });

  test('every step that calls a forge API is given the server API root (GitHub Enterprise, the journey)', () => {
    for (const u of uses.filter((x) => ['update-hld', 'rollback', 'gate'].includes(x.step)))
      expect({ file, step: u.step, 'api-url': u.inputs['api-url'] }).toEqual({
        file,
        step: u.step,
        'api-url': '${{ github.api_url }}',
      });
  });

  test('a sync event is recorded for the ring of the cluster that sent it', () => {
    for (const u of uses.filter((x) => x.inputs['flux-event'] || x.inputs['argocd-event'])) {
      const map = /fromJSON\('(\{.*?\})'\)/.exec(u.inputs.env ?? '')?.[1];
      expect({ file, map: map && JSON.parse(map) }).toEqual({
        file,
        map: Object.fromEntries(Object.entries(RING_CLUSTERS).map(([r, c]) => [c, r])),
      });
    }
  });

  ringModel(file, uses, (id) => `\${{ steps.${id}.outputs.commit }}`);
});

describe.each(filesIn('azure'))('%s', (file) => {
  const text = readFileSync(join(dir, file), 'utf8');
  const doc = parse(text) as {
    stages?: {
      stage: string;
      dependsOn?: string | string[];
      jobs: { job: string; dependsOn?: string | string[]; steps: Raw[] }[];
    }[];
    jobs?: { job: string; dependsOn?: string | string[]; steps: Raw[] }[];
  };
  const raw = stepsOf(doc);
  const named = new Map(
    raw
      .filter((st) => st.name && taskJson.has((st.task ?? '').split('@')[0]))
      .map((st) => [st.name as string, taskJson.get((st.task ?? '').split('@')[0])!]),
  );

  test('every ringway task exists and every input is in its generated task.json', () => {
    for (const st of raw.filter((s) => /^Ringway/.test(s.task ?? ''))) {
      const task = taskJson.get((st.task ?? '').split('@')[0]);
      expect({ file, task: st.task, known: Boolean(task) && /@1$/.test(st.task ?? '') }).toEqual({
        file,
        task: st.task,
        known: true,
      });
      for (const k of Object.keys(st.inputs ?? {}))
        expect({ file, task: st.task, input: k, known: task?.inputs.has(k) }).toMatchObject({ known: true });
    }
  });

  test('every output variable read from a ringway task is one it sets', () => {
    const refs = [
      ...text.matchAll(/\$\(([\w-]+)\.(\w+)\)/g),
      ...text.matchAll(/(?:outputs|variables)\['([\w-]+)\.(\w+)'\]/g),
    ];
    for (const [, name, variable] of refs) {
      if (/^(Build|System|Agent|Pipeline)$/.test(name)) continue; // predefined variables
      const task = named.get(name);
      expect({ file, ref: `${name}.${variable}`, known: Boolean(task?.outputs.has(variable)) }).toMatchObject({
        known: true,
      });
    }
  });

  test('every dependsOn and stageDependencies names a stage and job that exist, and is waited for', () => {
    const stages = doc.stages ?? [];
    const list = (d?: string | string[]) => (d === undefined ? [] : Array.isArray(d) ? d : [d]);
    for (const s of stages)
      for (const d of list(s.dependsOn))
        expect({ file, stage: s.stage, dependsOn: d, known: stages.some((x) => x.stage === d) }).toMatchObject({
          known: true,
        });
    for (const jobs of [doc.jobs ?? [], ...stages.map((s) => s.jobs)])
      for (const j of jobs)
        for (const d of list(j.dependsOn))
          expect({ file, job: j.job, dependsOn: d, known: jobs.some((x) => x.job === d) }).toMatchObject({
            known: true,
          });
    for (const s of stages) {
      for (const [, stage, job, step] of JSON.stringify(s).matchAll(
        /stageDependencies\.(\w+)\.(\w+)\.outputs\['([\w-]+)\./g,
      )) {
        const from = stages.find((x) => x.stage === stage);
        const ok =
          Boolean(from?.jobs.find((j) => j.job === job)?.steps.some((st) => st.name === step)) &&
          list(s.dependsOn).includes(stage);
        expect({ file, in: s.stage, ref: `${stage}.${job}.${step}`, ok }).toMatchObject({ ok: true });
      }
    }
  });

  ringModel(file, azureUses(doc), (id) => `$(${id}.commit)`);
});

describe('cli/Jenkinsfile', () => {
  const text = readFileSync(join(dir, 'cli', 'Jenkinsfile'), 'utf8');
  // `npx --yes "$RINGWAY" <command> --flag … ` up to the end of the shell command (continuations joined).
  const commands = [...text.replace(/\\\n/g, ' ').matchAll(/"\$RINGWAY" ([a-z-]+)([^\n]*)/g)].map(([, name, rest]) => ({
    name,
    flags: [...rest.matchAll(/(?:^|\s)--([a-z][a-z0-9-]*)/g)].map((m) => m[1]),
  }));

  test('every ringway command and flag it uses is in that command’s generated help', () => {
    expect(commands.map((c) => c.name)).toEqual(['generate', 'push-manifests', 'record-deployment']);
    for (const c of commands) {
      const def = findStep(c.name);
      expect({ command: c.name, known: Boolean(def) }).toEqual({ command: c.name, known: true });
      if (!def) continue;
      const help = new Set([...stepHelp(def).matchAll(/^ {2}--([a-z0-9-]+)/gm)].map((m) => m[1]));
      for (const f of c.flags) expect({ command: c.name, flag: f, known: help.has(f) }).toMatchObject({ known: true });
    }
  });

  test('it renders every ring and records the merge with the manifest commit', () => {
    expect(text).toContain(`generate --fab-envs ${RINGS}`);
    expect(commands.find((c) => c.name === 'record-deployment')?.flags).toEqual(
      expect.arrayContaining(['p3', 'hld-commit-id', 'manifest-commit-id', 'repository']),
    );
    // Secrets come from the environment, never as flags on a command line.
    for (const c of commands)
      for (const f of c.flags) expect(findStep(c.name)?.inputs.find((d) => d.name === f)?.secret ?? false).toBe(false);
  });
});

describe('gitlab/.gitlab-ci.yml', () => {
  const doc = parse(readFileSync(join(dir, 'gitlab', '.gitlab-ci.yml'), 'utf8')) as Record<
    string,
    { script?: string[]; variables?: Record<string, string> }
  >;
  // Each `$RINGWAY <command> --flag …` of every job's script, continuations joined.
  const commands = Object.entries(doc).flatMap(([job, j]) =>
    (j?.script ?? []).flatMap((line) =>
      [...line.replace(/\\\n/g, ' ').matchAll(/\$RINGWAY ([a-z-]+)([^\n]*)/g)].map(([, name, rest]) => ({
        job,
        name,
        flags: [...rest.matchAll(/(?:^|\s)--([a-z][a-z0-9-]*)/g)].map((m) => m[1]),
      })),
    ),
  );

  test('every ringway command and flag it uses is in that command’s generated help; no secret is a flag', () => {
    expect(commands.map((c) => `${c.job}: ${c.name}`)).toEqual([
      'build: build-image',
      'build: record-deployment',
      'update-hld: update-hld',
      'update-hld: record-deployment',
      'manifests: generate',
      'manifests: push-manifests',
      'manifests: record-deployment',
      'promote: gate',
      'promote: update-hld',
      'promote: record-deployment',
      'promote: rollback',
    ]);
    for (const c of commands) {
      const def = findStep(c.name);
      expect({ command: c.name, known: Boolean(def) }).toEqual({ command: c.name, known: true });
      if (!def) continue;
      const help = new Set([...stepHelp(def).matchAll(/^ {2}--([a-z0-9-]+)/gm)].map((m) => m[1]));
      for (const f of c.flags) {
        expect({ command: c.name, flag: f, known: help.has(f) }).toMatchObject({ known: true });
        expect({
          command: c.name,
          flag: f,
          secret: def.inputs.find((d) => d.name === f)?.secret ?? false,
        }).toMatchObject({ secret: false });
      }
    }
  });

  test('it follows the ring model: every ring rendered, merge requests through the GitLab provider', () => {
    const globals = doc.variables as unknown as Record<string, string>;
    expect(globals.RINGS).toBe(RINGS);
    expect(globals.SERVICE).toBe(COMPONENT);
    for (const c of commands.filter((x) => ['update-hld', 'rollback', 'gate'].includes(x.name)))
      expect({ job: c.job, flags: c.flags }).toMatchObject({ flags: expect.arrayContaining(['provider', 'api-url']) });
    expect(doc.manifests.script?.join('\n')).toContain('generate --fab-envs "$RINGS"');
  });
});

test('the HLD the starters and the demo use holds each ring’s tag in config/<ring>.yaml and none in common', () => {
  const hld = join(repoRoot, 'demo', 'hld');
  const config = (env: string) =>
    parse(readFileSync(join(hld, 'config', `${env}.yaml`), 'utf8')) as {
      subcomponents: Record<string, { config?: { image?: Record<string, string> } }>;
    };
  const root = parse(readFileSync(join(hld, 'component.yaml'), 'utf8')) as { subcomponents: { name: string }[] };
  expect(root.subcomponents.map((s) => s.name)).toEqual([COMPONENT]);
  for (const ring of RINGS.split(','))
    expect(Object.keys(config(ring).subcomponents[COMPONENT].config?.image ?? {})).toEqual(['tag']);
  expect(config('common').subcomponents[COMPONENT].config?.image).toEqual({ repository: expect.any(String) });
  expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(
    /## The ring model[\s\S]*config\/<ring>\.yaml[\s\S]*fab-envs: dev,staging,prod[\s\S]*## Secrets/,
  );
});

// The component path every starter gives (`frontend`) means, to the real Fabrikate, the same file
// and key it means to ringway: `fab set --subcomponent frontend --environment <ring>` on the HLD.
const fab = findFab();
testWithOracle(
  fab,
  'fab',
  'run scripts/tools/fab.sh or set FAB=/path/to/fab',
)('fab set --subcomponent frontend --environment <ring> writes what update-hld writes, in the demo HLD', async () => {
  for (const ring of RINGS.split(',')) {
    const [byFab, byRingway] = [tempDir('ringway-ring-fab-'), tempDir('ringway-ring-set-')];
    for (const d of [byFab, byRingway]) cpSync(join(repoRoot, 'demo', 'hld'), d, { recursive: true });
    await exec(fab as string, ['set', '--environment', ring, '--subcomponent', COMPONENT, `image.tag=${ring}-42`], {
      cwd: byFab,
    });
    await setConfig({
      componentDir: byRingway,
      environment: ring,
      subcomponent: [COMPONENT],
      pairs: [{ keyPath: ['image', 'tag'], value: `${ring}-42` }],
    });
    const read = (d: string) => parse(readFileSync(join(d, 'config', `${ring}.yaml`), 'utf8')) as unknown;
    expect(read(byRingway)).toEqual(read(byFab));
    expect(read(byFab)).toEqual({ subcomponents: { [COMPONENT]: { config: { image: { tag: `${ring}-42` } } } } });
  }
});
