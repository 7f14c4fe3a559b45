#!/usr/bin/env node
// The CLI is the committed ncc bundle, so `npx ringway` needs no build step or dev dependencies.
// CommonJS like the bundle: an ES module here would start Node's ES module loader first, ~25 ms on
// every command (bench/cold-start.ts measures this file).
require('../dist/cli/index.js');
