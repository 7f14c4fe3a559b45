import { guardStream } from '../hosts/neutralise.js';
import { main } from './main.js';

// The CLI often runs inside a GitHub or Azure job: nothing it prints may act as a runner command.
guardStream(process.stdout);
guardStream(process.stderr);

// No top-level await: keeps the bundle loadable by every Node version the surfaces use.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
