// Runs a surface from source, as its bundle would (no build needed):
//   node --import ./scripts/ts-loader.mjs test/support/source-entry.ts github <step>
//   … azure <step>   … cli <args…>
// Each branch imports what the bundle's generated entry imports (scripts/build.ts), in that order.
const [surface, ...rest] = process.argv.slice(2);
if (surface === 'cli') {
  process.argv = [process.argv[0], 'ringway', ...rest];
  await import('../../lib/cli/entry.js');
} else if (surface === 'azure') {
  const { runAzure } = await import('../../lib/hosts/azure.js');
  const { stepLoaders } = await import('../../lib/steps/loaders.js');
  await runAzure((await stepLoaders[rest[0]]()).step);
} else if (surface === 'github') {
  const { runGitHub } = await import('../../lib/hosts/github.js');
  const { stepLoaders } = await import('../../lib/steps/loaders.js');
  await runGitHub((await stepLoaders[rest[0]]()).step);
} else {
  throw new Error(`unknown surface '${surface}'`);
}
export {};
