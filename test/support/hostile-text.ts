// Values that would be live runner commands if printed as-is: every command shape ringway never
// writes itself (a property, a name it does not use, `pwn` in the command part), behind every
// character the runners trim or skip, and split by characters ICU ignores.

/** Commands in every form the runners read; each carries `pwn` where ringway's own never do. */
const COMMANDS = [
  '::error title=pwn::gh-v2',
  '::add-mask::pwn-mask',
  '::set-env name=pwn::1',
  '::stop-commands::pwn-stop',
  '::warning file=pwn::gh-warning',
  '##[add-mask pwn=1]gh-v1',
  '##[group pwn]',
  '##vso[task.setvariable variable=pwn;]1',
  '##vso[task.prependpath pwn=1]/tmp/pwn',
  '##VSO[task.complete result=Succeeded;pwn=1]az-upper',
];

/** Characters before a command: .NET's TrimStart set, a BOM, zero-width characters, line breaks. */
const LEADS = [
  '',
  ' \t',
  '\u0085',
  '\u2028',
  '\u2029',
  '\v',
  '\f',
  '\u00a0\u3000',
  '\ufeff',
  '\u200b',
  '\u0085\u200b ',
  '\r',
  '\n',
  'aks-dev\u0085',
  'aks-dev\u2028',
];

/** Markers split by characters ICU skips (zero-width, soft hyphen, a control, a combining mark). */
const SPLIT = [
  ':\u200b:add-mask::pwn-zwsp',
  ':\u00ad:error title=pwn::soft-hyphen',
  '\u200b::add-mask::pwn-lead-zwsp',
  '#\u200b#vso[task.setvariable variable=pwn;]zwsp',
  '##\u2060vso[task.setvariable variable=pwn;]wj',
  '#\u0000#[add-mask pwn=1]nul',
  '#\u0301#[add-mask pwn=1]mark',
  '##v\u200bso[task.prependpath pwn=1]/tmp/pwn',
];

/** Every lead before every command, then the split markers: one value per line of the result. */
export const HOSTILE_VALUES: string[] = [...LEADS.flatMap((lead) => COMMANDS.map((c) => lead + c)), ...SPLIT];

/** One value holding all of them, separated by the line breaks the runners split at (none at the ends: inputs are trimmed). */
export const HOSTILE = HOSTILE_VALUES.map((v, i) => (i ? ['\r\n', '\r', '\n'][i % 3] : '') + v).join('');
