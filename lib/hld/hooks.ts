import { RingwayError } from '../errors.js';
import { exec, lastLines } from '../exec.js';
import type { ComponentNode } from './tree.js';

/** Whether a component has a command for `hook` (before-generate, after-install, …). */
export function hasHook(node: ComponentNode, hook: string): boolean {
  return (node.def.hooks[hook] ?? []).some((c) => c.trim() !== '');
}

/** Runs a component's commands for `hook` in its folder; the first failing one fails the component. */
export async function runHooks(node: ComponentNode, hook: string): Promise<void> {
  for (const cmd of node.def.hooks[hook] ?? []) {
    if (!cmd.trim()) continue;
    const r = await exec('sh', ['-c', cmd], {
      cwd: node.physical,
      allowFailure: true,
      label: `${hook} hook of component '${node.path}'`,
    });
    if (r.code !== 0)
      throw new RingwayError(
        `component '${node.path}': ${hook} hook '${cmd}' failed (exit ${r.code}): ${lastLines(r.stderr || r.stdout, 1)}`,
      );
  }
}
