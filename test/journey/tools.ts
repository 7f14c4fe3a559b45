// PATH for act and the jobs it runs: Node 24 first (the actions declare node24; this machine's Node
// is 20), then the Go tools (act, helm, fab) that scripts/ensure-tools.sh installed.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from './act.js';

export const ACT_VERSION = '0.2.89';
export const FAKETIME_LIB = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

export function journeyPath(): string {
  const node24 = execFileSync('bash', [join(repoRoot, 'scripts/tools/node24.sh')], { encoding: 'utf8' }).trim();
  const gobin = join(execFileSync('go', ['env', 'GOPATH'], { encoding: 'utf8' }).trim(), 'bin');
  const path = [dirname(node24), gobin, process.env.PATH ?? ''].join(':');
  let act = '';
  try {
    act = execFileSync('act', ['--version'], { env: { ...process.env, PATH: path }, encoding: 'utf8' }).trim();
  } catch {
    // reported below
  }
  if (act !== `act version ${ACT_VERSION}`)
    throw new Error(
      `journey: needs act ${ACT_VERSION} in ${gobin} (bash scripts/tools/act.sh), found '${act || 'none'}'`,
    );
  if (!existsSync(FAKETIME_LIB))
    throw new Error(`journey: needs libfaketime at ${FAKETIME_LIB} (bash scripts/tools/faketime.sh)`);
  return path;
}
