import { AgentCommands } from '../../lib/hosts/azure-commands.js';
import {
  guardStream,
  mayHoldCommand,
  neutralise,
  neutraliseJson,
  oneLine,
  safeOutput,
  stopCommands,
} from '../../lib/hosts/neutralise.js';
import { HOSTILE, HOSTILE_VALUES } from '../support/hostile-text.js';
import {
  azureCommands,
  foreignAzureCommands,
  foreignGitHubCommands,
  githubCommands,
  icuView,
} from '../support/runner-parsers.js';

/** What either runner would run from `output` that ringway did not write. */
const foreign = (output: string) => [...foreignGitHubCommands(output), ...foreignAzureCommands(output)];

describe("the runners' rules, restated (test/support/runner-parsers.ts)", () => {
  test('read the hostile values as live commands: the checks below can fail', () => {
    const live = HOSTILE_VALUES.filter((v) => foreign(`${v}\n`).length > 0);
    // Only a command behind text and a Unicode line break (`aks-dev\u0085::…`) is not read by
    // ReadLine-based runners: kept in the catalogue for readers that split there.
    expect(HOSTILE_VALUES.length - live.length).toBeLessThanOrEqual(14);
    expect(live.length).toBeGreaterThanOrEqual(140);
  });

  test("every character ICU's collation ignores is skipped by the model, and cannot hide a marker from neutralise", () => {
    // Node's Intl.Collator is ICU, with the root collation .NET's culture-sensitive comparisons use.
    const icu = new Intl.Collator('en-US', { sensitivity: 'variant' });
    const ignored: string[] = [];
    const standsFor: string[] = [];
    for (const plane of [0, 1, 14])
      for (let cp = plane * 0x10000; cp < plane * 0x10000 + 0x10000; cp++) {
        if (cp >= 0xd800 && cp < 0xe000) continue;
        const ch = String.fromCodePoint(cp);
        if (icu.compare(`${ch}::`, '::') === 0 && icu.compare(`:${ch}:`, '::') === 0) ignored.push(ch);
        // The markers' own characters: no other one compares equal (so the model matches them in ASCII).
        if (cp > 0x7f && [':', '#', '[', 'v', 's', 'o'].some((m) => icu.compare(ch, m) === 0)) standsFor.push(ch);
      }
    expect(ignored.length).toBeGreaterThan(300);
    expect(standsFor).toEqual([]);
    expect(ignored.filter((ch) => icuView(`a${ch}b`) !== 'ab')).toEqual([]);
    const missed = ignored.filter(
      (ch) =>
        foreign(`${neutralise(`${ch}:${ch}:add-mask::pwn`)}\n`).length ||
        foreign(`${neutralise(`x #${ch}#vso${ch}[task.prependpath pwn=1]x`)}\n`).length,
    );
    expect(missed).toEqual([]);
  });

  test('GitHub: U+0085 and other .NET whitespace are trimmed before `::`; ICU skips a zero-width space', () => {
    expect(githubCommands('\u0085::add-mask::x\n').commands.map((c) => c.name)).toEqual(['add-mask']);
    expect(githubCommands('\u2028\u3000::error title=t::x\n').commands.map((c) => c.name)).toEqual(['error']);
    expect(githubCommands('\u200b::add-mask::x\n').commands.map((c) => c.name)).toEqual(['add-mask']);
    expect(githubCommands('text ##[add-mask]x\n').commands.map((c) => c.name)).toEqual(['add-mask']);
    expect(githubCommands('a\u0085::add-mask::x\n').commands).toEqual([]); // not a line break for ReadLine
  });

  test('GitHub: nothing runs between stop-commands and its token', () => {
    const { commands, stoppedAtEnd } = githubCommands(
      '::stop-commands::tok-123\n::add-mask::x\n##[add-mask]y\n::tok-123::\n',
    );
    expect(commands.map((c) => c.name)).toEqual(['stop-commands', 'tok-123']);
    expect(stoppedAtEnd).toBe(false);
    expect(githubCommands('::stop-commands::tok-123\n').stoppedAtEnd).toBe(true);
  });

  test('Azure: `##vso[` anywhere, ignorable characters inside it skipped; `##[name]` formatting', () => {
    expect(azureCommands('x #\u200b#vso[task.setvariable variable=a]1\n').map((c) => c.name)).toEqual([
      'task.setvariable',
    ]);
    expect(azureCommands('x ##[group]y\n').map((c) => c.name)).toEqual(['##[group]']);
  });
});

describe('in-band neutralisation (Azure logs, CLI stdout, outputs)', () => {
  const contexts: [string, (v: string) => string][] = [
    ['a whole line', (v) => v],
    ['after text', (v) => `cluster: ${v}`],
    ['indented', (v) => `  ${v}`],
  ];
  test.each(contexts)('every hostile value, %s: no command on either runner, the text kept', (_, put) => {
    for (const v of HOSTILE_VALUES) {
      const out = neutralise(put(v));
      expect({ v, commands: foreign(`${out}\n`) }).toEqual({ v, commands: [] });
      expect(out).toMatch(/pwn|gh-|az-/);
    }
    expect(foreign(`${neutralise(HOSTILE)}\n`)).toEqual([]);
    expect(foreign(`${oneLine(HOSTILE)}\n`)).toEqual([]);
    expect(foreign(`${safeOutput(HOSTILE)}\n`)).toEqual([]);
  });

  test('markers are broken with a visible space; clean text is unchanged', () => {
    expect(neutralise('\u0085::add-mask::x')).toBe('\u0085: :add-mask::x');
    expect(neutralise('a ##vso[task.complete]')).toBe('a # #vso[task.complete]');
    expect(neutralise('#\u200b#[group]')).toBe('# #[group]');
    const clean = 'promote: synced to aks-dev at 2026-11-26T05:00:00Z (#12, C#, 100%)';
    expect(neutralise(clean)).toBe(clean);
  });

  test('JSON keeps its decoded value and holds no marker, compact or indented', () => {
    const value = { cluster: HOSTILE, list: HOSTILE_VALUES };
    for (const json of [JSON.stringify(value), JSON.stringify(value, null, 2)]) {
      const out = neutraliseJson(json);
      expect(JSON.parse(out)).toEqual(value);
      expect(foreign(`${out}\n`)).toEqual([]);
      expect(foreign(`${neutralise(out)}\n`)).toEqual([]);
    }
    expect(safeOutput(JSON.stringify(value))).toBe(neutraliseJson(JSON.stringify(value)));
  });

  test("Azure: the agent's commands carrying hostile messages and values are read as ringway's only", () => {
    const lines: string[] = [];
    const agent = new AgentCommands({ correlationId: 'c1', debugLogs: true, secretVariables: new Set() }, (l) =>
      lines.push(l),
    );
    agent.warning(neutralise(HOSTILE));
    agent.debug(neutralise(HOSTILE));
    agent.setOutputVariable('conditions', safeOutput(HOSTILE));
    agent.setResult('Failed', oneLine(HOSTILE));
    expect(foreignAzureCommands(lines.join('\n') + '\n')).toEqual([]);
    expect(azureCommands(lines.join('\n')).map((c) => c.name)).toEqual([
      'task.issue',
      'task.debug',
      'task.debug',
      'task.setvariable',
      'task.debug',
      'task.issue',
      'task.complete',
    ]);
  });
});

describe("GitHub's stop-commands around text that may hold a command", () => {
  test('every hostile value: the text unchanged between a fresh token and its end marker', () => {
    for (const v of [...HOSTILE_VALUES, HOSTILE]) {
      const out = stopCommands(v);
      expect({ v, commands: foreignGitHubCommands(`${out}\n`) }).toEqual({ v, commands: [] });
      const [first, ...rest] = out.split('\n');
      const token = /^::stop-commands::(.+)$/.exec(first)?.[1] ?? '';
      expect(token).toMatch(/^[0-9a-f-]{36}$/);
      expect(rest.at(-1)).toBe(`::${token}::`);
      expect(out.slice(first.length + 1, -`::${token}::`.length)).toBe(v.endsWith('\n') ? v : `${v}\n`);
    }
  });

  test('text that cannot hold a command is printed as is; each block has its own token', () => {
    expect(stopCommands('synced to aks-dev at 05:00:00')).toBe('synced to aks-dev at 05:00:00');
    expect(mayHoldCommand('a:\u200b:b')).toBe(true);
    expect(mayHoldCommand('C# #1')).toBe(true);
    expect(stopCommands('::a::')).not.toBe(stopCommands('::a::').split('\n')[0]);
  });
});

describe('guardStream (the CLI)', () => {
  function capture(stop: boolean): { stream: NodeJS.WriteStream; text: () => string } {
    let text = '';
    const stream = {
      write: (chunk: string | Buffer) => {
        text += chunk.toString();
        return true;
      },
    } as unknown as NodeJS.WriteStream;
    guardStream(stream, { stop });
    return { stream, text: () => text };
  }

  test.each([false, true])('stop=%s: whole lines, partial lines and buffers print no command', (stop) => {
    const { stream, text } = capture(stop);
    for (const v of HOSTILE_VALUES) {
      stream.write(`${v}\n`);
      stream.write(Buffer.from(`cluster=${v}\n`));
      stream.write('partial ');
      stream.write(`${v}`);
      stream.write('\n');
    }
    stream.write(`${HOSTILE}\n`);
    // Under GitHub Actions (stop) only the runner reads it; elsewhere either may.
    expect(stop ? foreignGitHubCommands(text()) : foreign(text())).toEqual([]);
    expect(text()).toContain('pwn');
    expect(/^::stop-commands::[0-9a-f-]{36}$/m.test(text())).toBe(stop);
  });
});
