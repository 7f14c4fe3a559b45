// Lets Node 20 run the project's TypeScript scripts (generators, build, bench, demo) directly:
// `node --import ./scripts/ts-loader.mjs scripts/x.ts`. Type-stripping only, through the
// TypeScript compiler the project already depends on; type checking is `npm run typecheck`.
import { register } from 'node:module';

register('./ts-loader-hooks.mjs', import.meta.url);
