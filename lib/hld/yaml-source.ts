// YAML text made what the `yaml` package parses the way libyaml (Go's yaml.v2) does, then parsed.
// libyaml reads UTF-16 with a byte order mark, treats U+0085 (NEL) as a line break, refuses
// control characters, and ignores indentation inside flow collections (helm/charts' minio
// template has `command: [ "/bin/sh",` then `"-ce", "true" ]` at the key's indentation); the
// `yaml` package does none of this, so the text is adjusted first, keeping every line where it was.
import type { Document } from 'yaml';
import { RingwayError } from '../errors.js';
import { yaml } from './yaml-engine.js';

/**
 * A file's bytes as libyaml reads them: UTF-16 (LE or BE) when it starts with that byte order
 * mark, else UTF-8; the mark stays at the start of the text; bytes that are not valid UTF-8 are an error.
 */
export function decodeFileBytes(bytes: Uint8Array, display: string): string {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  try {
    // The mark is kept (parseFirstDocument drops it): where yaml.v2 misreads a later U+FEFF depends on it.
    const opts = { fatal: true, ignoreBOM: true };
    if (le || be) return new TextDecoder(le ? 'utf-16le' : 'utf-16be', opts).decode(bytes);
    return new TextDecoder('utf-8', opts).decode(bytes);
  } catch {
    throw new RingwayError(`${display}: invalid YAML: the file is not valid ${le || be ? 'UTF-16' : 'UTF-8'} text`);
  }
}

/** libyaml's allowed characters: tab, line breaks, printable ASCII, NEL and the rest of Unicode but surrogates, U+FFFE and U+FFFF. */
const NOT_ALLOWED = /[^\t\n\r\x20-\x7e\u0085\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

export interface ParsedDocument {
  doc: Document;
  /** The text the `yaml` package parsed (offsets of the document's nodes point into it). */
  text: string;
  /** 1-based line of an offset into the parsed text. */
  lineOf(pos: number): number;
}

/**
 * The first document of a stream, parsed as libyaml parses it; undefined for a stream with no
 * document. Throws a RingwayError naming `display` and the line where the text is not YAML.
 * After loadYaml().
 */
export function parseFirstDocument(source: string, display: string): ParsedDocument | undefined {
  let text = source.startsWith('\ufeff') ? source.slice(1) : source;
  const bad = NOT_ALLOWED.exec(text);
  if (bad) {
    const line = text.slice(0, bad.index).split(/\r\n|\r|\n|\u0085/).length;
    throw new RingwayError(
      `${display}:${line}: invalid YAML: control characters are not allowed (U+${(bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`,
    );
  }
  const bom = misreadMark(source);
  if (bom)
    throw new RingwayError(
      `${display}:${bom}: a byte order mark (U+FEFF) at the start of the text or just before a 512-byte boundary, where yaml.v2 drops the first character of the lines after it (write it as "\\uFEFF" in double quotes): ringway cannot read it as yaml.v2 does`,
    );
  text = text.replace(/\u0085/g, '\n');
  // Plain `x:` and `-` inside flow collections (rare: only texts that have the pattern are scanned).
  if (/:[,\]}]|(?:[[{,]|:\s)\s*-[,\]}]/.test(text)) text = fixFlow(text, false);
  const first = parse(text);
  if (!first.error) return first.result;
  const flowFixed = first.flowIndent ? fixFlow(text, true) : undefined;
  const quoteFixed = /^Missing closing/.test(first.error.message) ? indentQuoted(text) : undefined;
  for (const retry of [flowFixed, quoteFixed, dedentedEnd(text), flowFixed && dedentedEnd(flowFixed)]) {
    if (retry === undefined) continue;
    const second = parse(retry);
    if (!second.error) return second.result;
  }
  const { line, message } = first.error;
  const colon = /[^\s,[{'"]:[,\]}]/.exec(text);
  if (colon) {
    const at = text.slice(0, colon.index).split('\n').length;
    throw new RingwayError(
      `${display}:${at}: a plain scalar ending in ':' inside a flow collection (quote it): ringway cannot read it as yaml.v2 does`,
    );
  }
  throw new RingwayError(`${display}${line ? `:${line}` : ''}: invalid YAML: ${message}`);
}

/**
 * The line of a U+FEFF that yaml.v2 may misread the text after, if any. yaml.v2's scanner skips a
 * byte order mark at the start of a line, but its test (is_bom) looks at the first three bytes of
 * its decode buffer, not at the current position: once the buffer was refilled while the scanner
 * stood on a U+FEFF (the buffer refills 512 bytes of the file at a time, when fewer than four
 * characters are left), every line the scanner starts until the next refill loses its first
 * character (`...` reads as `..`, `key:` as `ey:`, an empty line joins the next). Emulating the
 * refill schedule would mean emulating the scanner; so a U+FEFF that can start a refill (the
 * first character, or fewer than three characters before a 512-byte boundary or the end, in UTF-8
 * or UTF-16) with a line after it, before the next boundary, that does not start with a space is
 * refused.
 */
export function misreadMark(source: string): number | undefined {
  const lead = source.startsWith('\ufeff') ? 1 : 0;
  let at = source.indexOf('\ufeff', lead);
  if (at < 0) return undefined;
  // UTF-8 byte offset of each UTF-16 index (UTF-16's is twice the index).
  const utf8 = new Uint32Array(source.length + 1);
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    utf8[i + 1] =
      utf8[i] + (c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3);
  }
  // The text came from UTF-8 or UTF-16 (decodeFileBytes keeps a leading mark): both layouts count.
  const layouts = [
    { total: utf8[source.length], byteAt: (i: number) => utf8[i] },
    { total: source.length * 2, byteAt: (i: number) => 2 * i },
  ];
  for (; at >= 0; at = source.indexOf('\ufeff', at + 1)) {
    for (const { total, byteAt } of layouts) {
      // Where the buffer that holds the mark ends, and how many characters follow the mark in it.
      const boundary = Math.min(total, Math.ceil(byteAt(at) / 512) * 512);
      let after = 0;
      while (after < 3 && at + 1 + after < source.length && byteAt(at + 2 + after) <= boundary) after++;
      // The scanner reads on when fewer than 4 characters are left: standing on the mark, or the
      // mark is the first character of a fresh buffer.
      const refill = at === lead || byteAt(at) === boundary || byteAt(at + 1) > boundary || after < 3;
      if (!refill) continue;
      const end = at === lead ? Math.min(total, 512) : Math.min(total, boundary + 512);
      // Lines starting after the mark and before the buffer refills again.
      const lineStart = /(?:\r\n|[\n\r\u0085\u2028\u2029])(?=[^ ])/g;
      lineStart.lastIndex = at + 1;
      for (let m = lineStart.exec(source); m; m = lineStart.exec(source)) {
        const start = m.index + m[0].length;
        if (byteAt(start) > end) break;
        return source.slice(lead, at).split(/\r\n|[\n\r\u0085]/).length;
      }
    }
  }
  return undefined;
}

interface Attempt {
  result?: ParsedDocument;
  error?: { line: number; message: string };
  /** The error is about a flow collection's indentation. */
  flowIndent?: boolean;
}

function parse(text: string): Attempt {
  const { LineCounter, parseAllDocuments } = yaml();
  const lineCounter = new LineCounter();
  // The `yaml` package makes an Error per problem; their stack traces cost more than the parse.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(text, {
      version: '1.1',
      prettyErrors: false,
      uniqueKeys: false,
      merge: false,
      lineCounter,
      keepSourceTokens: false,
    });
  } finally {
    Error.stackTraceLimit = limit;
  }
  const lineOf = (pos: number) => lineCounter.linePos(pos).line;
  // An empty stream comes back as an object with errors but no documents.
  const errors =
    Array.isArray(docs) && docs.length
      ? docs[0].errors
      : ((docs as unknown as { errors?: { pos: [number, number]; message: string }[] }).errors ?? []);
  const directive = /^%(?!YAML[ \t]+1\.\d+[ \t]*(#.*)?$|TAG[ \t]+\S+[ \t]+\S+[ \t]*(#.*)?$)/m.exec(
    text.split(/^---/m)[0],
  );
  if (errors.length) {
    const err = errors[0];
    return {
      error: {
        line: lineOf(err.pos[0]),
        message: err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
      },
      flowIndent: errors.some((e) =>
        /^Flow (sequence|map|collection) in block collection must be sufficiently indented/.test(e.message),
      ),
    };
  }
  if (directive)
    return {
      error: { line: text.slice(0, directive.index).split('\n').length, message: 'unknown or malformed directive' },
    };
  if (!Array.isArray(docs) || docs.length === 0) return {};
  return { result: { doc: docs[0], text, lineOf } };
}

/**
 * Continuation lines of quoted scalars indented past the line the scalar opened on. libyaml reads
 * a quoted scalar across lines whatever their indentation (a NEL inside quotes is such a line
 * break); the `yaml` package ends the node at a line indented less. Both drop a continuation
 * line's leading spaces, so the value is unchanged. Undefined when no line needed it.
 */
export function indentQuoted(text: string): string | undefined {
  const lines = text.split('\n');
  let quote = '';
  let pad = '';
  let blockParent = -1; // inside a block scalar's body: the indentation of the line that opened it
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const indent = lines[i].length - lines[i].trimStart().length;
    if (quote) {
      if (lines[i].trim() && indent < pad.length) {
        lines[i] = pad + lines[i].trimStart();
        changed = true;
      }
    } else if (blockParent >= 0) {
      if (!lines[i].trim() || indent > blockParent) continue;
      blockParent = -1;
    }
    const line = lines[i];
    let j = quote ? 0 : indent;
    for (; j < line.length; j++) {
      const c = line[j];
      if (quote === '"') {
        if (c === '\\') j++;
        else if (c === '"') quote = '';
      } else if (quote === "'") {
        if (c === "'" && line[j + 1] === "'") j++;
        else if (c === "'") quote = '';
      } else if (c === '#' && (j === 0 || line[j - 1] === ' ' || line[j - 1] === '\t')) {
        break;
      } else if ((c === '"' || c === "'") && opensScalar(line, j, indent)) {
        quote = c;
        // Past the opening quote is past any key or list item the scalar belongs to.
        pad = ' '.repeat(j + 1);
      }
    }
    if (!quote && /(?:^|[\s:?-])[|>][0-9+-]*[ \t]*(?:#.*)?\r?$/.test(line.replace(/^\s*-\s+/, ' ')))
      blockParent = indent;
  }
  return changed ? lines.join('\n') : undefined;
}

/** A quote at `j` starts a scalar: first on its line, or after `:`, `-`, `?`, `[`, `{`, `,`, an anchor or a tag. */
function opensScalar(line: string, j: number, indent: number): boolean {
  if (j === indent) return true;
  const before = line.slice(indent, j);
  if (/[[{,]\s*$/.test(before)) return true;
  return /:\s+$/.test(before) || /(?:^|\s)(?:[-?]|[&!]\S*)\s+$/.test(before);
}

/**
 * The text up to a line indented less than the document's first node: libyaml ends the document
 * there (the rest starts the next one, which yaml.v2's Unmarshal never reads); the `yaml` package
 * calls it an error. Undefined when there is no such line.
 */
function dedentedEnd(text: string): string | undefined {
  const lines = text.split('\n');
  let rootIndent = -1;
  let offset = 0;
  for (const line of lines) {
    // A line with only an anchor or a tag gives the node below it, not an indentation.
    const content =
      !/^\s*(#.*)?\r?$/.test(line) &&
      !/^(---|\.\.\.)(\s|$)/.test(line) &&
      !line.startsWith('%') &&
      !/^\s*([&!]\S*\s*)+(#.*)?\r?$/.test(line);
    if (content) {
      const indent = line.length - line.trimStart().length;
      if (rootIndent < 0) {
        if (indent === 0) return undefined;
        rootIndent = indent;
      } else if (indent < rootIndent) return text.slice(0, offset);
    }
    offset += line.length + 1;
  }
  return undefined;
}

/**
 * Flow collections made what the `yaml` package reads as libyaml does. With `indent`, continuation
 * lines are indented past the column where the collection opened (libyaml ignores indentation
 * inside flow collections; quoted and plain scalars drop a continuation line's leading spaces
 * anyway). Always, a plain scalar that libyaml ends with `:` right before `,`, `]` or `}` (`[x:]`
 * is the text "x:") and a lone `-` (the text "-") are single-quoted: both are text either way,
 * and the `yaml` package would read a mapping or a block list. Lines keep their place.
 */
export function fixFlow(text: string, indent: boolean): string {
  const lines = text.split('\n');
  let depth = 0;
  let openCol = 0;
  let quote = '';
  let blockIndent = -1;
  // Where a node may start in block context: at the line's start, after `- `, `? `, `: `, an anchor or a tag.
  const nodeStart = (before: string) =>
    before === '' || /(^|\s)[-?:]$/.test(before) || /:$/.test(before) || /(^|\s)[&!]\S*$/.test(before);
  for (let li = 0; li < lines.length; li++) {
    let line = lines[li];
    const lead = line.length - line.replace(/^ +/, '').length;
    if (blockIndent >= 0) {
      if (line.trim() === '' || lead > blockIndent) continue;
      blockIndent = -1;
    }
    if (indent && depth > 0 && line.trim() !== '' && lead <= openCol && !/^(---|\.\.\.)(\s|$)/.test(line)) {
      line = ' '.repeat(openCol + 1 - lead) + line;
      lines[li] = line;
    }
    let prev = ' ';
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quote) {
        if (quote === '"' && c === '\\') i++;
        else if (c === quote) {
          if (quote === "'" && line[i + 1] === "'") i++;
          else quote = '';
        }
        prev = c;
        continue;
      }
      if (c === '#' && /\s/.test(prev)) break;
      const special = '"\'[]{}|>'.includes(c);
      // In a flow collection a token starts after `[`, `{`, `,`, or `: `.
      const atToken =
        depth > 0 &&
        (prev === ' ' || '[{,'.includes(prev)) &&
        /(?:[[{,]|:\s)\s*$/.test(line.slice(Math.max(0, i - 40), i));
      if (!special && !(atToken && !' ,:?#'.includes(c))) {
        prev = c;
        continue;
      }
      if (!special) {
        // A plain scalar in a flow collection: where libyaml ends it.
        let j = i;
        while (
          j < line.length &&
          !',[]{}'.includes(line[j]) &&
          !(line[j] === ':' && /[\s]/.test(line[j + 1] ?? ' ')) &&
          !(line[j] === '#' && line[j - 1] === ' ')
        ) {
          if (line[j] === ':' && ',]}'.includes(line[j + 1] ?? '')) {
            j++;
            break;
          }
          j++;
        }
        const token = line.slice(i, j).trimEnd();
        if (
          (token === '-' && ',]}'.includes(line[i + 1] ?? '')) ||
          (token.endsWith(':') && ',]}'.includes(line[j] ?? ''))
        ) {
          const quoted = `'${token.replace(/'/g, "''")}'`;
          line = line.slice(0, i) + quoted + line.slice(i + token.length);
          lines[li] = line;
          i += quoted.length - 1;
        } else i = j - 1;
        prev = line[i];
        continue;
      }
      const before = line.slice(0, i).trimEnd();
      const start = depth > 0 ? /(^|[[{,:?])$/.test(before) : nodeStart(before);
      if ((c === '"' || c === "'") && start) quote = c;
      else if (depth === 0) {
        if ((c === '[' || c === '{') && start) {
          depth = 1;
          openCol = i;
        } else if ((c === '|' || c === '>') && start && /^[|>][-+0-9]*\s*(#.*)?$/.test(line.slice(i))) {
          // Its text is indented deeper than the mapping it is a value of (after any `- `).
          blockIndent = /^ *(?:- +)*/.exec(line)?.[0].length ?? lead;
          break;
        }
      } else if (c === '[' || c === '{') depth++;
      else if (c === ']' || c === '}') depth--;
      prev = c;
    }
  }
  return lines.join('\n');
}
