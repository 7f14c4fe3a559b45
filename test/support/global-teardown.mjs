// Jest globalTeardown: stops the stand-ins global-setup.mjs started (same process, same module).
export default async function globalTeardown() {
  const { stopShared } = await import('./shared-stand-ins.ts');
  await stopShared();
}
