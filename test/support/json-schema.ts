// A small JSON Schema (draft-04) validator for the keywords Microsoft's tasks.schema.json uses:
// type, enum, pattern, required, properties, additionalProperties, items, anyOf, $ref.
// Returns the errors as `path: problem` lines; empty when the value is valid.
export type Schema = { [k: string]: unknown };

const KNOWN = new Set([
  '$schema',
  'id',
  'title',
  'description',
  'default',
  'definitions',
  'type',
  'enum',
  'pattern',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'anyOf',
  '$ref',
]);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

export function validate(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const check = (schema: Schema, v: unknown, path: string): void => {
    for (const k of Object.keys(schema))
      if (!KNOWN.has(k)) throw new Error(`schema keyword '${k}' at ${path} is not supported by this validator`);
    if (typeof schema.$ref === 'string') {
      const target = schema.$ref
        .replace(/^#\//, '')
        .split('/')
        .reduce<unknown>((o, p) => (o as Schema)[p], root);
      return check(target as Schema, v, path);
    }
    if (schema.type !== undefined) {
      const types = ([] as string[]).concat(schema.type as string | string[]);
      const t = typeOf(v);
      if (!types.includes(t) && !(t === 'integer' && types.includes('number')))
        errors.push(`${path}: is ${t}, expected ${types.join(' or ')}`);
    }
    if (Array.isArray(schema.enum) && !schema.enum.includes(v))
      errors.push(`${path}: ${JSON.stringify(v)} is not one of ${schema.enum.join(', ')}`);
    if (typeof schema.pattern === 'string' && typeof v === 'string' && !new RegExp(schema.pattern).test(v))
      errors.push(`${path}: '${v}' does not match ${schema.pattern}`);
    if (Array.isArray(schema.anyOf)) {
      const ok = schema.anyOf.some((s) => {
        const before = errors.length;
        check(s as Schema, v, path);
        const passed = errors.length === before;
        errors.length = before;
        return passed;
      });
      if (!ok) errors.push(`${path}: matches none of the allowed forms`);
    }
    if (typeOf(v) === 'object') {
      const obj = v as Record<string, unknown>;
      for (const r of (schema.required as string[] | undefined) ?? [])
        if (!(r in obj)) errors.push(`${path}: missing '${r}'`);
      const props = (schema.properties as Record<string, Schema> | undefined) ?? {};
      for (const [k, pv] of Object.entries(obj)) {
        if (props[k]) check(props[k], pv, `${path}.${k}`);
        else if (schema.additionalProperties === false) errors.push(`${path}: unexpected property '${k}'`);
        else if (typeof schema.additionalProperties === 'object')
          check(schema.additionalProperties as Schema, pv, `${path}.${k}`);
      }
    }
    if (Array.isArray(v) && typeof schema.items === 'object')
      v.forEach((item, i) => check(schema.items as Schema, item, `${path}[${i}]`));
  };
  check(root, value, '$');
  return errors;
}
