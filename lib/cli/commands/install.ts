import { UsageError } from '../../errors.js';
import { install } from '../../hld/install.js';
import { commandInputs } from '../../hosts/cli.js';
import { flagSpecsFor, parseArgs } from '../../hosts/cli-args.js';
import { accessTokens, accessTokensInput } from '../../steps/access-inputs.js';
import type { CliCommand } from '../commands.js';

export const command: CliCommand = {
  help: `ringway install [path] [--cache-dir <dir>] [--concurrency <n>] [--access-tokens <VARIABLE=host>]
                 [--local-sources <dirs>]

Like Fabrikate's \`fab install [path]\`: walks the HLD at path (default .) with its common config,
runs the before-install and after-install hooks, and fetches every remote source (method git
components, helm charts, static files over http) into the cache, so a later \`ringway generate\`
needs no network. Tokens for private sources: only those --access-tokens allows, each for the
hosts it names; an access.yaml may pick among them for a source, as in Fabrikate, never add one.

Options:
  --cache-dir <dir>     Cache folder (default ~/.cache/ringway, or RINGWAY_CACHE_DIR)
  --concurrency <n>     Sources fetched at once (default: CPU cores)
  --access-tokens <VARIABLE=host>
                        Send the token in environment variable VARIABLE to that host (repeatable,
                        or comma-separated; RINGWAY_ACCESS_TOKENS)
  --local-sources <dirs> Comma-separated folders whose repositories git components may name by
                        path or file:// URL (by default only remote repositories)
`,
  async run(argv) {
    const { flags, positionals } = parseArgs(argv, [
      { name: 'cache-dir' },
      { name: 'concurrency' },
      ...flagSpecsFor([accessTokensInput]),
      { name: 'local-sources' },
    ]);
    if (positionals.length > 1) throw new UsageError('ringway install takes at most one path');
    const concurrency = flags.get('concurrency');
    if (concurrency !== undefined && !/^[1-9]\d*$/.test(concurrency))
      throw new UsageError(`option --concurrency must be a positive integer, got '${concurrency}'`);
    const access = accessTokens(commandInputs({ inputs: [accessTokensInput] }, flags));
    for (const v of access.unset())
      process.stderr.write(
        `warning: --access-tokens: environment variable ${v} is not set; no token is sent for its hosts\n`,
      );
    const result = await install({
      hld: positionals[0] ?? '.',
      cacheDir: flags.get('cache-dir') ?? process.env.RINGWAY_CACHE_DIR,
      concurrency: concurrency ? Number(concurrency) : undefined,
      access,
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
