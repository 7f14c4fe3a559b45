// PATH for act and the jobs it runs: Node 24 first (the actions declare node24; this machine's Node
// is 20), then the Go tools (act, helm, fab) that scripts/ensure-tools.sh installed.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { repoRoot } from './act.js';

export function journeyPath(): string {
  const node24 = execFileSync('bash', [join(repoRoot, 'scripts/tools/node24.sh')], { encoding: 'utf8' }).trim();
  const gobin = join(execFileSync('go', ['env', 'GOPATH'], { encoding: 'utf8' }).trim(), 'bin');
  return [dirname(node24), gobin, process.env.PATH ?? ''].join(':');
}
