import { RingwayError } from './errors.js';

/**
 * The fields of a server's answer that the code reads, and their types: `'string'`, `'number'`,
 * `'boolean'`, `'unknown'` (present, any value), a nested shape, or `[shape]` for an array of them.
 * A `?` after a scalar type (`'string?'`) allows it to be missing or null, as `optional(shape)` does
 * for any shape; the field `'*'` stands for every field of a map. Fields not named are not checked:
 * servers add fields all the time.
 */
export type Shape = ScalarShape | Optional | { [field: string]: Shape } | [Shape];
type ScalarShape = 'string' | 'number' | 'boolean' | 'unknown' | 'string?' | 'number?' | 'boolean?';

class Optional {
  constructor(readonly shape: Shape) {}
}

/** `shape`, or missing, or null. */
export function optional(shape: Shape): Shape {
  return new Optional(shape);
}

/**
 * Checks a parsed answer against `shape` instead of casting it: an answer of another shape (a proxy's
 * page, an API version that moved a field) is one `invalid-answer` error naming the server, what was
 * being done and the first field at fault, not a TypeError three calls later. Hand-written rather
 * than a schema library, which would load with every bundle (test/package/start-up.test.ts).
 */
export function checkAnswer<T>(value: unknown, shape: Shape, server: string, doing: string): T {
  const fault = faultOf(value, shape, '');
  if (fault !== undefined) throw invalidAnswer(server, doing, fault);
  return value as T;
}

/** {@link checkAnswer} of a body as it came: a body that is not JSON (a proxy's HTML page) is an `invalid-answer` too. */
export function readAnswer<T>(text: string, shape: Shape, server: string, doing: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw invalidAnswer(server, doing, 'the body is not JSON');
  }
  return checkAnswer<T>(value, shape, server, doing);
}

function invalidAnswer(server: string, doing: string, fault: string): RingwayError {
  return new RingwayError(`${doing}: ${server} answered in a shape ringway does not know: ${fault}`, {
    kind: 'invalid-answer',
  });
}

function faultOf(value: unknown, shape: Shape, at: string): string | undefined {
  const where = at || 'the answer';
  if (shape instanceof Optional)
    return value === undefined || value === null ? undefined : faultOf(value, shape.shape, at);
  if (value === undefined || value === null)
    return shape === 'unknown' && value === null
      ? undefined
      : typeof shape === 'string' && shape.endsWith('?')
        ? undefined
        : `${where} is missing`;
  if (typeof shape === 'string') {
    const type = shape.replace('?', '');
    if (type === 'unknown' || typeof value === type) return undefined;
    return `${where} is ${describe(value)}, not a ${type}`;
  }
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return `${where} is ${describe(value)}, not a list`;
    for (let i = 0; i < value.length; i++) {
      const f = faultOf(value[i], shape[0], `${at}[${i}]`);
      if (f) return f;
    }
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return `${where} is ${describe(value)}, not an object`;
  const fields = Object.entries(shape).flatMap(([key, sub]) =>
    key === '*' ? Object.keys(value).map((k) => [k, sub] as const) : [[key, sub] as const],
  );
  for (const [key, sub] of fields) {
    const f = faultOf((value as Record<string, unknown>)[key], sub, at ? `${at}.${key}` : key);
    if (f) return f;
  }
  return undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text '${value.length > 40 ? `${value.slice(0, 37)}...` : value}'`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}
