// How the GitHub runner and the Azure Pipelines agent find commands in a step's output, restated
// from their source so tests can apply those rules to every line ringway prints. Read at:
//   actions/runner 258d6c857db3519913f7deb6004b60172f8043ae
//     src/Runner.Sdk/ProcessInvoker.cs (StartReadStream: StreamReader.ReadLine),
//     src/Runner.Worker/Handlers/OutputManager.cs (OnDataReceived), src/Runner.Common/ActionCommand.cs
//     (TryParseV2, TryParse, the unescaping), src/Runner.Worker/ActionCommandManager.cs
//     (TryProcessCommand, stop-commands, the registered commands), Runner.Worker.csproj (ICU: no
//     InvariantGlobalization).
//   microsoft/azure-pipelines-agent 42bde98bea7bb3b9e186d693e3b1554249e93a38
//     src/Agent.Sdk/ProcessInvoker.cs (StartReadStream: StreamReader.ReadLine),
//     src/Microsoft.VisualStudio.Services.Agent/Command.cs (TryParse), src/Agent.Worker/
//     WorkerCommandManager.cs (TryProcessCommand), src/Microsoft.VisualStudio.Services.Agent/Logging.cs
//     (`##[group]` / `##[endgroup]`, ordinal, any case), src/Common.props (InvariantGlobalization false).
// Where the source compares with the current culture (string.StartsWith/IndexOf(string) with no
// StringComparison) under ICU, characters without a collation weight are skipped. The model deletes
// every character that may be one (controls, format and zero-width characters, marks, unassigned
// code points, five letters and signs without weight; test/hosts/neutralise.test.ts compares the
// set with ICU's own collator) before running the ordinal algorithm, and matches `##vso[` in any case: it finds
// every command the real parsers find, and some they would not.

export const GITHUB_RUNNER_COMMIT = '258d6c857db3519913f7deb6004b60172f8043ae';
export const AZURE_AGENT_COMMIT = '42bde98bea7bb3b9e186d693e3b1554249e93a38';

/** StreamReader.ReadLine: a line ends at \n, \r or \r\n; nothing else (not U+0085, U+2028, U+2029). */
export function dotnetLines(output: string): string[] {
  const lines = output.split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Char.IsWhiteSpace: what String.TrimStart() removes. */
const DOTNET_LEADING_WHITESPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** The line as a culture-sensitive (ICU) comparison sees it: possibly-ignorable characters gone. */
export function icuView(line: string): string {
  return line.replace(/[\p{Cc}\p{Cf}\p{Cn}\p{M}\p{Default_Ignorable_Code_Point}\u0640\u07fa\u180a\u1cd3\ufe73]/gu, '');
}

export interface ParsedCommand {
  /** GitHub: the command (`warning`); Azure: `area.event` (`task.setvariable`) or `##[<name>]` formatting. */
  name: string;
  properties: Record<string, string>;
  data: string;
  /** The raw line, as written. */
  line: string;
}

const unescape = (s: string, pairs: [string, string][]) => pairs.reduce((v, [esc, c]) => v.split(esc).join(c), s);
const DATA_ESCAPES: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%'],
];
const PROPERTY_ESCAPES: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%'],
];
const V1_ESCAPES: [string, string][] = [
  ['%3B', ';'],
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%5D', ']'],
  ['%25', '%'],
];

function properties(text: string, separator: string, escapes: [string, string][]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of text.split(separator).filter(Boolean)) {
    const eq = p.indexOf('=');
    if (eq > 0 && eq < p.length - 1) out[p.slice(0, eq)] = unescape(p.slice(eq + 1), escapes);
  }
  return out;
}

/** ActionCommand.TryParseV2: `::name props::data` once leading whitespace is trimmed. */
function parseV2(message: string, registered: Set<string>): Omit<ParsedCommand, 'line'> | undefined {
  message = message.replace(DOTNET_LEADING_WHITESPACE, '');
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  return {
    name,
    properties: space > 0 ? properties(info.slice(space + 1).trim(), ',', PROPERTY_ESCAPES) : {},
    data: unescape(message.slice(end + 2), DATA_ESCAPES),
  };
}

/** ActionCommand.TryParse (the legacy form): `##[name props]data` anywhere in the line. */
function parseV1(message: string, registered: Set<string>): Omit<ParsedCommand, 'line'> | undefined {
  const prefix = message.indexOf('##[');
  if (prefix < 0) return undefined;
  const rb = message.indexOf(']', prefix);
  if (rb < 0) return undefined;
  const info = message.slice(prefix + 3, rb);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!registered.has(name.toLowerCase())) return undefined;
  return {
    name,
    properties: space > 0 ? properties(info.slice(space + 1), ';', V1_ESCAPES) : {},
    data: unescape(message.slice(rb + 1), V1_ESCAPES),
  };
}

/** The command extensions the runner registers (`Command => "…"` in Runner.Worker), and stop-commands. */
const GITHUB_COMMANDS = [
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning',
];

/**
 * The runner's command processing over a step's output (stdout and stderr alike): the commands it
 * runs, in order, and whether it is left paused by a stop-commands whose token never came.
 */
export function githubCommands(output: string): { commands: ParsedCommand[]; stoppedAtEnd: boolean } {
  const registered = new Set(GITHUB_COMMANDS);
  const commands: ParsedCommand[] = [];
  let stopToken: string | undefined;
  for (const line of dotnetLines(output)) {
    const input = icuView(line);
    // OutputManager.OnDataReceived passes a line on only when it holds `##[` or `::`.
    if (!input.includes('##[') && !input.includes('::')) continue;
    const parsed = parseV2(input, registered) ?? parseV1(input, registered);
    if (!parsed) continue;
    if (stopToken !== undefined) {
      if (parsed.name.toLowerCase() === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase());
        stopToken = undefined;
        commands.push({ ...parsed, line });
      }
      continue;
    }
    if (parsed.name.toLowerCase() === 'stop-commands') {
      // ValidateStopToken: an empty or registered token fails the step (unless explicitly allowed).
      if (!parsed.data || registered.has(parsed.data.toLowerCase())) throw new Error(`invalid stop token: ${line}`);
      stopToken = parsed.data;
      registered.add(stopToken.toLowerCase());
    }
    commands.push({ ...parsed, line });
  }
  return { commands, stoppedAtEnd: stopToken !== undefined };
}

/**
 * The agent's logging commands (Command.TryParse: the first `##vso[` of a line, `area.event` before
 * the first space, properties split at `;`) and the formatting commands (`##[name]`, any case, as
 * Logging.cs finds `##[group]`), line by line.
 */
export function azureCommands(output: string): ParsedCommand[] {
  const commands: ParsedCommand[] = [];
  for (const line of dotnetLines(output)) {
    const input = icuView(line);
    const lower = input.toLowerCase();
    const prefix = lower.indexOf('##vso[');
    if (prefix >= 0) {
      const rb = input.indexOf(']', prefix);
      if (rb >= 0) {
        const info = input.slice(prefix + 6, rb);
        const space = info.indexOf(' ');
        const name = space < 0 ? info : info.slice(0, space);
        if (name.split('.').filter(Boolean).length === 2) {
          commands.push({
            name,
            properties: space > 0 ? properties(info.slice(space + 1), ';', V1_ESCAPES) : {},
            data: input.slice(rb + 1),
            line,
          });
        }
      }
    }
    for (const m of lower.matchAll(/##\[([^\]]*)\]/g)) {
      commands.push({ name: `##[${m[1]}]`, properties: {}, data: input.slice(m.index + m[0].length), line });
    }
  }
  return commands;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const GITHUB_OWN = new Set(['warning', 'error', 'debug', 'group', 'endgroup']);

/**
 * What the runner would run that ringway did not write (lib/hosts/github-commands.ts writes
 * `::<name>::<data>` at the start of a line, with no properties, and stop-commands with a UUID).
 */
export function foreignGitHubCommands(output: string): string[] {
  const { commands, stoppedAtEnd } = githubCommands(output);
  const foreign: string[] = [];
  let token = '';
  for (const c of commands) {
    const lower = c.name.toLowerCase();
    if (lower === 'stop-commands' && UUID.test(c.data) && c.line === `::stop-commands::${c.data}`) token = c.data;
    else if (token && c.name === token && c.line === `::${token}::`) token = '';
    else if (!(GITHUB_OWN.has(lower) && !Object.keys(c.properties).length && c.line.startsWith(`::${lower}::`)))
      foreign.push(c.line);
  }
  if (stoppedAtEnd) foreign.push('(commands left stopped)');
  return foreign;
}

/** Property names each Azure command ringway writes may carry (lib/hosts/azure-commands.ts). */
const AZURE_OWN: Record<string, string[]> = {
  'task.issue': ['type', 'source', 'correlationId'],
  'task.debug': [],
  'task.setvariable': ['variable', 'isOutput', 'issecret'],
  'task.complete': ['result'],
  'task.uploadsummary': [],
  '##[group]': [],
  '##[endgroup]': [],
};

/** What the agent would run or format that ringway did not write (its own start the line). */
export function foreignAzureCommands(output: string): string[] {
  return azureCommands(output)
    .filter((c) => {
      const keys = AZURE_OWN[c.name];
      const own =
        keys &&
        Object.keys(c.properties).every((k) => keys.includes(k)) &&
        !/pwn/i.test(JSON.stringify(c.properties)) &&
        (c.name.startsWith('##[') ? c.line.toLowerCase().startsWith(c.name) : c.line.startsWith(`##vso[${c.name}`)) &&
        (c.name.startsWith('##[') || azureCommands(c.line).length === 1);
      return !own;
    })
    .map((c) => c.line);
}
