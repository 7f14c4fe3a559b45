// The journey: the GitHub starters, unchanged, run under nektos/act against local stand-ins
// (test/journey/README.md). `npm run journey`.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAct, repoRoot } from './act.js';
import { pushEvent } from './events.js';
import { journeyPath } from './tools.js';
import { REPOS, startWorld } from './world.js';

const world = await startWorld({ path: journeyPath() });
try {
  const work = join(world.dir, 'seed-hld');
  world.gitCmd(world.dir, ['clone', '-q', `https://github.com/${REPOS.hld}.git`, work]);
  cpSync(join(repoRoot, 'demo/hld'), work, { recursive: true });
  writeFileSync(join(work, 'config/prod.yaml'), readFileSync(join(work, 'config/dev.yaml'), 'utf8'));
  mkdirSync(join(work, '.github/workflows'), { recursive: true });
  cpSync(join(repoRoot, 'workflows-examples/github/manifest-generation.yml'), join(work, '.github/workflows/manifest-generation.yml'));
  world.gitCmd(work, ['add', '-A']);
  world.gitCmd(work, ['commit', '-q', '-m', 'HLD']);
  world.gitCmd(work, ['push', '-q', 'origin', 'HEAD:main']);
  const after = world.gitCmd(work, ['rev-parse', 'HEAD']);
  const r = await runAct(world, { repo: REPOS.hld, workflow: 'manifest-generation.yml', event: 'push', payload: pushEvent(world, REPOS.hld, 'main', '0'.repeat(40), after), runId: 1 });
  console.log(r.log);
  console.log('code', r.code, 'seconds', r.seconds, 'dir', world.dir);
} finally {
  await world.stop();
}
