import { UsageError } from '../../errors.js';
import { install } from '../../hld/install.js';
import { parseArgs } from '../../hosts/cli-args.js';
import type { CliCommand } from '../commands.js';

export const command: CliCommand = {
  help: `ringway install [path] [--cache-dir <dir>] [--concurrency <n>] [--local-sources <dirs>]

Like Fabrikate's \`fab install [path]\`: walks the HLD at path (default .) with its common config,
runs the before-install and after-install hooks, and fetches every remote source (method git
components, helm charts, static files over http) into the cache, so a later \`ringway generate\`
needs no network. Tokens for private sources come from access.yaml, as in Fabrikate.

Options:
  --cache-dir <dir>     Cache folder (default ~/.cache/ringway, or RINGWAY_CACHE_DIR)
  --concurrency <n>     Sources fetched at once (default: CPU cores)
  --local-sources <dirs> Comma-separated folders whose repositories git components may name by
                        path or file:// URL (by default only remote repositories)
`,
  async run(argv) {
    const { flags, positionals } = parseArgs(argv, [
      { name: 'cache-dir' },
      { name: 'concurrency' },
      { name: 'local-sources' },
    ]);
    if (positionals.length > 1) throw new UsageError('ringway install takes at most one path');
    const concurrency = flags.get('concurrency');
    if (concurrency !== undefined && !/^[1-9]\d*$/.test(concurrency))
      throw new UsageError(`option --concurrency must be a positive integer, got '${concurrency}'`);
    const result = await install({
      hld: positionals[0] ?? '.',
      cacheDir: flags.get('cache-dir') ?? process.env.RINGWAY_CACHE_DIR,
      concurrency: concurrency ? Number(concurrency) : undefined,
      localSources: (flags.get('local-sources') ?? '')
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean),
      log: (l) => process.stderr.write(`${l}\n`),
      warn: (l) => process.stderr.write(`warning: ${l}\n`),
    });
    process.stdout.write(`components=${result.components}\nfetched=${result.fetched}\n`);
    return 0;
  },
};
