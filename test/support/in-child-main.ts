// The child of in-child.ts: `node --import ./scripts/ts-loader.mjs in-child-main.ts <module> <export> <args.json> <result.json>`.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [module, name, argsFile, resultFile] = process.argv.slice(2);
try {
  const mod = (await import(pathToFileURL(module).href)) as Record<string, (...args: unknown[]) => unknown>;
  const value = await mod[name](...(JSON.parse(readFileSync(argsFile, 'utf8')) as unknown[]));
  writeFileSync(resultFile, JSON.stringify({ ok: true, value }));
} catch (err) {
  writeFileSync(
    resultFile,
    JSON.stringify({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }),
  );
}
// Stand-ins a function left running (servers, pools) must not keep the child alive.
process.exit(0);
