import { RingwayError } from '../errors.js';
import { isInlined, loadDefinition } from './definition.js';
import { containedPath } from './files.js';

/**
 * Proves a dotted subcomponent path (`trivia.frontend.dev`) names components of the HLD, as far
 * as the local files tell (a remote git component ends the check: its insides are not fetched).
 */
export async function checkComponentPath(
  root: string,
  componentDir: string,
  path: string[],
  shown: string,
): Promise<void> {
  let dir = componentDir;
  let def = await loadDefinition(dir, '.');
  for (const [i, name] of path.entries()) {
    const sub = def.subcomponents.find((s) => s.name === name);
    const where = path.slice(0, i).join('.') || def.name;
    if (!sub) {
      const known = def.subcomponents.map((s) => s.name).join(', ') || 'none';
      throw new RingwayError(`component '${shown}': '${name}' is not a subcomponent of '${where}' (it has: ${known})`);
    }
    if (i === path.length - 1) return;
    if (isInlined(sub))
      throw new RingwayError(`component '${shown}': '${name}' is a ${sub.type} component and has no subcomponents`);
    if (sub.method === 'git') return;
    dir = await containedPath(root, dir, `${sub.source || '.'}/${sub.path || '.'}`, `component '${shown}'`);
    def = await loadDefinition(dir, path.slice(0, i + 1).join('/'));
  }
}
