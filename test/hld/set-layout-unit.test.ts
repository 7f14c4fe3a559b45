// setInPlace alone: what the layout-keeping edit writes, and where it gives up (the caller then
// writes fab set's bytes). test/hld/set-layout.test.ts checks it against fab set through setConfig.
import { setInPlace } from '../../lib/hld/set-layout.js';
import { loadYaml } from '../../lib/hld/yaml-engine.js';

beforeAll(async () => {
  await loadYaml();
});

const set = (text: string, path: string, value: string) => setInPlace(text, path.split('.'), value);

describe('setInPlace keeps the layout', () => {
  test('replaces only the edited scalar; comments, order and blank lines stay', () => {
    const text = '# top\nconfig:\n  b: 1 # why\n\n  image:\n    tag: old   # pinned\n  a: x\n';
    expect(set(text, 'config.image.tag', 'v2')).toEqual({
      text: '# top\nconfig:\n  b: 1 # why\n\n  image:\n    tag: v2   # pinned\n  a: x\n',
    });
  });

  test('keeps the quoting style of the value it replaces', () => {
    expect(set("tag: 'old'\n", 'tag', "it's")).toEqual({ text: "tag: 'it''s'\n" });
    expect(set('tag: "old"\n', 'tag', 'a"b')).toEqual({ text: 'tag: "a\\"b"\n' });
  });

  test('quotes a plain value that YAML 1.1 would read as another type', () => {
    expect(set('enabled: yes-please\n', 'enabled', 'off')).toEqual({ text: 'enabled: "off"\n' });
    expect(set('mode: x\n', 'mode', '0644')).toEqual({ text: 'mode: "0644"\n' });
    expect(set('v: x\n', 'v', '1.10')).toEqual({ text: 'v: "1.10"\n' });
  });

  test('the same string value leaves the text as it is', () => {
    const text = 'a:   same  # c\n';
    expect(set(text, 'a', 'same')).toEqual({ text });
  });

  test('a new key goes after the last entry of its mapping, at its indentation', () => {
    expect(set('config:\n  a: 1\n  b: 2\nother: x\n', 'config.image.tag', 'v1')).toEqual({
      text: 'config:\n  a: 1\n  b: 2\n  image:\n    tag: v1\nother: x\n',
    });
    expect(set('a: 1', 'b', 'x')).toEqual({ text: 'a: 1\nb: x\n' });
  });

  test('an empty key, ~ or {} takes the value or the nested block, keeping a comment', () => {
    expect(set('config:\n', 'config.tag', 'v1')).toEqual({ text: 'config:\n  tag: v1\n' });
    expect(set('config: ~ # later\nx: 1\n', 'config.tag', 'v1')).toEqual({
      text: 'config: # later\n  tag: v1\nx: 1\n',
    });
    expect(set('config: {}\n', 'config.tag', 'v1')).toEqual({ text: 'config:\n  tag: v1\n' });
    expect(set('tag:\n', 'tag', 'v1')).toEqual({ text: 'tag: v1\n' });
  });

  test('an empty or comment-only file gets the whole block appended', () => {
    expect(set('', 'config.tag', 'v1')).toEqual({ text: 'config:\n  tag: v1\n' });
    expect(set('# nothing yet', 'config.tag', 'v1')).toEqual({ text: '# nothing yet\nconfig:\n  tag: v1\n' });
    expect(set('{}\n', 'a.b', 'c')).toEqual({ text: 'a:\n  b: c\n' });
  });
});

describe('setInPlace gives up with a reason where an in-place edit could change other data', () => {
  test.each([
    ['base: &b {tag: x}\nprod:\n  <<: *b\n  y: 1\n', 'prod.tag', "'prod' has a merge key or an alias key"],
    ['a: &x 1\nb: *x\n', 'b', "the path passes through the alias or anchor at 'b'"],
    ['a: &x 1\nb: 2\n', 'a', "the path passes through the alias or anchor at 'a'"],
    ['a: 1\na: 2\n', 'a', "'a' is repeated"],
    ['a: {b: 1}\n', 'a.b', "'a' is a flow mapping"],
    ['a: {b: 1}\n', 'a.c', "'a' is a flow mapping"],
    ['a: [1, 2]\n', 'a', "'a' holds a collection"],
    ['a: [1, 2]\n', 'a.b', "'a' is not a mapping"],
    ['a: |\n  one\n  two\n', 'a', "'a' is a multi-line value"],
    ['a: >\n  one\n', 'a', "'a' is a multi-line value"],
    ['- a\n- b\n', 'a', 'the file is not a plain mapping'],
    ['a: [\n', 'a', 'the YAML engine reads the file differently from Fabrikate'],
  ])('%j, setting %s: %s', (text, path, reason) => {
    expect(set(text, path, 'v')).toEqual({ reason });
  });
});
