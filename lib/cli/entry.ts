import { guardStream } from '../hosts/neutralise.js';
import { main } from './main.js';

// The CLI often runs inside a GitHub or Azure job: nothing it prints may act as a runner command.
// stdout is data a script may read (name=value, JSON, tables): markers are broken in-band there,
// never wrapped in extra lines; logs and errors on stderr take GitHub's stop-commands when there.
guardStream(process.stdout);
guardStream(process.stderr, { stop: process.env.GITHUB_ACTIONS === 'true' });

// No top-level await: keeps the bundle loadable by every Node version the surfaces use.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
