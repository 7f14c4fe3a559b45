import { main } from './main.js';

// No top-level await: keeps the bundle loadable by every Node version the surfaces use.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
