import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bareRepo, tempDir } from '../../stand-ins/git.js';

export const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'hld');

/** Every file under `dir` (relative, sorted) with its content. */
export function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/**
 * A copy of test/fixtures/hld/nested in a temp folder, with its remote `monitoring` component
 * served from a fresh bare repository (branch main) built from fixtures/hld/remote-monitoring.
 * The repository is a file:// URL: generate it with `localSources` (input `local-sources`).
 */
export async function nestedHld(): Promise<{ hld: string; remoteUrl: string; cacheDir: string }> {
  const files: Record<string, string> = {};
  const remote = join(fixtures, 'remote-monitoring');
  for (const [p, c] of Object.entries(readTree(remote))) files[p] = c;
  const repo = await bareRepo({ files, branch: 'main' });
  const hld = join(tempDir('ringway-hld-'), 'hld');
  cpSync(join(fixtures, 'nested'), hld, { recursive: true });
  const def = join(hld, 'component.yaml');
  writeFileSync(def, readFileSync(def, 'utf8').replace('__REMOTE__', repo.url));
  return { hld, remoteUrl: repo.url, cacheDir: tempDir('ringway-cache-') };
}
