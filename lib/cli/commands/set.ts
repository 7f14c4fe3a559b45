import { UsageError } from '../../errors.js';
import { parseSetArg, splitKeyPath } from '../../hld/names.js';
import { flattenFile, readSetFile, setConfig } from '../../hld/set.js';
import { parseArgs } from '../../hosts/cli-args.js';
import type { CliCommand } from '../commands.js';

export const command: CliCommand = {
  help: `ringway set [--environment <env>] [--subcomponent <a.b>] [--no-new-config-keys] [--file <values.yaml>] <key.path=value>...

Like Fabrikate's \`fab set\`, run in a component's folder: writes each value, as a string, to
config/<env>.yaml (or the existing config/<env>.json), under subcomponents.<a>.subcomponents.<b>.config
when --subcomponent is given. The file is written byte for byte as fab set writes it (the whole
file marshalled again: keys sorted, comments dropped); where fab set would crash or drop the
value, set stops and names the entry.

Options:
  --environment, -e <env>   Config file to edit (default: common)
  --subcomponent, -s <a.b>  Dotted subcomponent path the values belong to
  --no-new-config-keys      Fail instead of creating a key or subcomponent entry that does not exist
  --file, -f <file>         A YAML file whose keys are flattened into key paths and set
`,
  async run(argv) {
    const aliases: Record<string, string> = { '-e': '--environment', '-s': '--subcomponent', '-f': '--file' };
    const expanded = argv.map((a) => aliases[a] ?? a);
    const { flags, positionals } = parseArgs(expanded, [
      { name: 'environment' },
      { name: 'subcomponent' },
      { name: 'no-new-config-keys', boolean: true },
      { name: 'file' },
    ]);
    // As fab set: the file's values first, then the arguments (the later of two equal keys wins).
    const file = flags.get('file');
    const pairs = file ? flattenFile(await readSetFile(file), file) : [];
    pairs.push(...positionals.map(parseSetArg));
    if (!pairs.length) throw new UsageError('ringway set needs at least one key.path=value, or --file');
    const sub = flags.get('subcomponent');
    const result = await setConfig({
      componentDir: process.cwd(),
      environment: flags.get('environment') || 'common',
      subcomponent: sub ? splitKeyPath(sub) : [],
      pairs,
      noNewConfigKeys: flags.get('no-new-config-keys') === 'true',
    });
    process.stderr.write(result.changed ? `updated ${result.file}\n` : `${result.file} already has these values\n`);
    return 0;
  },
};
