// The generated surfaces agree with the step definitions and with what GitHub and Azure DevOps
// accept; the staleness check (npm run check) proves the committed files are the generated ones.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildMetadataFlags, stepHelp } from '../../lib/hosts/cli-help.js';
import { camelCase } from '../../lib/steps/names.js';
import { steps } from '../../lib/steps/index.js';
import { generatedFiles, taskFolder } from '../../scripts/surfaces.js';
import { repoRoot } from '../support/run-bundle.js';

// Published task ids: Azure DevOps identifies a task by this GUID, so it must never change.
const PUBLISHED_TASK_IDS: Record<string, string> = {
  'build-image': 'c4a1e6f2-8b3d-4c7e-9a05-6d2f1b8e3c97',
  gate: '3e8a5c7d-1f2b-4d6e-9a0c-8b7f6e5d4c21',
  generate: '0f6c2a8e-3b4d-4f1a-8e2c-7d9b1c5a6e30',
  metrics: 'b6d2f8a4-5c3e-4a7b-9e1d-2c8f4a6b0d37',
  'push-manifests': '5b0f4d0e-6a53-4c1e-9d7e-2f3c1a9b7e41',
  'record-deployment': 'e7b5c3a1-2d4f-4b6e-8c9a-1f3e5d7b9a20',
  rollback: '6f1d2b8a-7c3e-4a59-b0e4-2d8c5f9a1e63',
  'update-hld': '9d3e7b21-4c5a-4e8f-b1d6-3a2c8f7e6d54',
};

const reservedCliFlags = new Set(['json', 'verbose', 'quiet', 'help', ...buildMetadataFlags.map((f) => f.name)]);

describe.each(steps.map((s) => [s.name, s] as const))('%s', (_name, step) => {
  test('task id is a GUID, unique, and unchanged once published', () => {
    expect(step.azureTaskId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(steps.filter((s) => s.azureTaskId === step.azureTaskId)).toHaveLength(1);
    if (PUBLISHED_TASK_IDS[step.name]) expect(step.azureTaskId).toBe(PUBLISHED_TASK_IDS[step.name]);
  });

  test('inputs are kebab-case and do not shadow CLI flags', () => {
    for (const d of step.inputs) {
      expect(d.name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(reservedCliFlags.has(d.name)).toBe(false);
    }
    expect(new Set(step.inputs.map((d) => d.name)).size).toBe(step.inputs.length);
  });

  test('task.json: camelCase inputs, output variables, Node24 and Node20_1 handlers on the committed bundle', () => {
    const task = JSON.parse(readFileSync(join(repoRoot, taskFolder(step), 'task.json'), 'utf8'));
    expect(task.id).toBe(step.azureTaskId);
    // The plain inputs in order, then the service-connection alternatives of some secrets.
    const plain = task.inputs.filter((i: { type: string }) => !i.type.startsWith('connectedService:'));
    expect(plain.map((i: { name: string }) => i.name)).toEqual(step.inputs.map((d) => camelCase(d.name)));
    for (const i of task.inputs) expect(i.name).toMatch(/^[a-z][A-Za-z0-9]*$/);
    expect(task.outputVariables.map((o: { name: string }) => o.name)).toEqual(
      step.outputs.flatMap((o) => [o.name, ...(o.aliases ?? [])].map(camelCase)),
    );
    expect(task.execution).toEqual({ Node24: { target: 'index.js' }, Node20_1: { target: 'index.js' } });
    expect(existsSync(join(repoRoot, taskFolder(step), 'index.js'))).toBe(true);
    const required = task.inputs.filter((i: { required: boolean }) => i.required).map((i: { name: string }) => i.name);
    expect(required).toEqual(step.inputs.filter((d) => d.required).map((d) => camelCase(d.name)));
  });

  test('action.yml: node24, the committed bundle, every input and output of the definition', () => {
    const action = parse(readFileSync(join(repoRoot, 'actions', step.name, 'action.yml'), 'utf8'));
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(existsSync(join(repoRoot, 'actions', step.name, 'dist/index.js'))).toBe(true);
    expect(Object.keys(action.inputs)).toEqual(
      step.inputs.flatMap((d) => [d.name, ...(d.jobToken ? ['job-token'] : []), ...(d.aliases ?? [])]),
    );
    expect(Object.keys(action.outputs)).toEqual(step.outputs.flatMap((o) => [o.name, ...(o.aliases ?? [])]));
    for (const d of step.inputs) {
      expect(action.inputs[d.name].required).toBe(Boolean(d.required));
      expect(action.inputs[d.name].default).toBe(d.default);
    }
    if (step.inputs.some((d) => d.jobToken)) expect(action.inputs['job-token'].default).toBe('${{ github.token }}');
  });

  test('CLI help names every input as a flag', () => {
    const help = stepHelp(step);
    for (const d of step.inputs) expect(help).toContain(`--${d.name}`);
    for (const o of step.outputs) expect(help).toContain(o.name);
  });
});

test('the top-level action takes step: and every input of every step, without defaults but the job token and keep', () => {
  const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8'));
  expect(action.inputs.step.required).toBe(true);
  for (const s of steps) for (const d of s.inputs) expect(action.inputs[d.name]).toBeDefined();
  // keep: '' means a strict mirror, so an unset keep must arrive as its default, not as ''.
  const withDefault: Record<string, string> = { 'job-token': '${{ github.token }}', keep: '.*,README*' };
  for (const [name, input] of Object.entries(action.inputs)) {
    if (name === 'step') continue;
    if (withDefault[name]) expect(input).toHaveProperty('default', withDefault[name]);
    else expect(input).not.toHaveProperty('default');
  }
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/action/index.js' });
});

test('the marketplace extension contributes one task per step, and the package version flows into task versions', async () => {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const files = await generatedFiles(steps, pkg.version);
  const ext = JSON.parse(files.get('vss-extension.json') as string);
  expect(ext.version).toBe(pkg.version);
  expect(ext.contributions.map((c: { properties: { name: string } }) => c.properties.name)).toEqual(
    steps.map(taskFolder),
  );
  const minor = Number(pkg.version.split('.')[1]);
  for (const s of steps)
    expect(JSON.parse(files.get(`${taskFolder(s)}/task.json`) as string).version).toEqual({
      Major: 1,
      Minor: minor,
      Patch: Number(pkg.version.split('.')[2]),
    });
});
