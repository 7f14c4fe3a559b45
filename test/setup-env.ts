// Tools installed with `go install` land in $GOPATH/bin, which a fresh shell may not have on PATH.
import { homedir } from 'node:os';
import { join } from 'node:path';

const goBin = join(process.env.GOPATH || join(homedir(), 'go'), 'bin');
if (!(process.env.PATH ?? '').split(':').includes(goBin)) process.env.PATH = `${goBin}:${process.env.PATH ?? ''}`;
// Steps must not pick up the orchestrator of whoever runs the tests.
for (const k of ['GITHUB_ACTIONS', 'TF_BUILD', 'GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY']) delete process.env[k];
