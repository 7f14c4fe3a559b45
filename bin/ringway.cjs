#!/usr/bin/env node
// The CLI is the committed ncc bundle, so `npx ringway` needs no build step or dev dependencies.
import '../dist/cli/index.js';
