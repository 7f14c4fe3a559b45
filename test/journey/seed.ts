// The three repositories a new user makes, each with the GitHub starters copied unchanged into
// .github/workflows: the service (frontend/ holds the demo's Dockerfile), the HLD (the demo HLD,
// one Fabrikate environment per ring) and the manifest repository (where Flux's events arrive).
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPOS, type RepoName, type World } from './world.js';

/** Which starter goes to which repository (workflows-examples/README.md says the same). */
export const STARTERS: Record<RepoName, string[]> = {
  [REPOS.service]: ['build-update-hld.yml'],
  [REPOS.hld]: ['manifest-generation.yml', 'promote.yml', 'rollback.yml', 'metrics.yml'],
  [REPOS.manifests]: ['flux-sync.yml'],
};

/** Seeds the repositories from `source` (a ringway checkout: its starters and demo files). */
export function seedRepos(world: World, source: string): void {
  const content: Record<RepoName, [string, string][]> = {
    [REPOS.service]: [[join(source, 'demo/service'), 'frontend']],
    [REPOS.hld]: [[join(source, 'demo/hld'), '.']],
    [REPOS.manifests]: [],
  };
  for (const repo of Object.values(REPOS)) {
    const work = join(world.dir, 'seed', repo);
    mkdirSync(work, { recursive: true });
    world.gitIn(work, ['init', '-q', '-b', 'main']);
    for (const [from, to] of content[repo]) cpSync(from, join(work, to), { recursive: true });
    mkdirSync(join(work, '.github/workflows'), { recursive: true });
    for (const wf of STARTERS[repo])
      cpSync(join(source, 'workflows-examples/github', wf), join(work, '.github/workflows', wf));
    world.gitIn(work, ['add', '-A']);
    world.gitIn(work, ['commit', '-q', '-m', 'Start from the ringway starters']);
    world.gitIn(work, ['push', '-q', world.bare(repo), 'HEAD:refs/heads/main']);
    rmSync(work, { recursive: true, force: true });
  }
}

/** A developer's change to the service, pushed to main; returns the push's before and after. */
export function pushServiceChange(world: World, message: string, html: string): { before: string; after: string } {
  const work = join(world.dir, 'dev-service');
  rmSync(work, { recursive: true, force: true });
  world.gitIn(world.dir, ['clone', '-q', world.bare(REPOS.service), work]);
  const before = world.gitIn(work, ['rev-parse', 'HEAD']);
  writeFileSync(join(work, 'frontend/index.html'), html);
  world.gitIn(work, ['commit', '-q', '-am', message]);
  const after = world.gitIn(work, ['rev-parse', 'HEAD']);
  world.gitIn(work, ['push', '-q', 'origin', 'HEAD:main']);
  rmSync(work, { recursive: true, force: true });
  return { before, after };
}
