// Jest globalSetup of the integration and package projects (jest.config.js): one Azurite per
// worker instead of one per suite (shared-stand-ins.ts). Jest loads this file with Node's own
// loader, which cannot read TypeScript: the project's type-stripping loader reads the rest.
import '../../scripts/ts-loader.mjs';

export default async function globalSetup(globalConfig) {
  const { startShared } = await import('./shared-stand-ins.ts');
  await startShared(globalConfig.maxWorkers);
}
