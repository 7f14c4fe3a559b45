/**
 * Requests and answers checked against a Swagger 2.0 description, as Azure publishes its REST APIs
 * (azure-rest-api-specs): the path under `basePath`, the method, every parameter (path, query,
 * header, body) and the body's schema. Returns what does not match, one line each; empty when the
 * request is one the description allows. Covers the keywords Azure's data-plane descriptions use
 * for these operations: $ref, type, enum, required, properties, additionalProperties, items.
 */
export type Spec = {
  basePath?: string;
  consumes?: string[];
  paths: Record<string, Record<string, Operation>>;
  parameters?: Record<string, Parameter>;
  definitions?: Record<string, Schema>;
};
export type Schema = { [k: string]: unknown };
type Parameter = { name: string; in: string; required?: boolean; type?: string; schema?: Schema; $ref?: string };
type Operation = {
  operationId: string;
  parameters?: Parameter[];
  consumes?: string[];
  responses: Record<string, { schema?: Schema }>;
};

export interface SpecRequest {
  method: string;
  /** The path as sent, without the query string. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  /** The body parsed as JSON; undefined when there was none. */
  body: unknown;
}

export interface Matched {
  operationId: string;
  /** Path parameters by name. */
  params: Record<string, string>;
  operation: Operation;
}

function resolve<T>(spec: Spec, node: T): T {
  let n = node as { $ref?: string };
  for (let i = 0; n && typeof n.$ref === 'string' && i < 20; i++)
    n = n.$ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], spec) as { $ref?: string };
  return n as T;
}

/** The operation a request is for: the path template with the most literal segments that matches. */
export function matchOperation(spec: Spec, method: string, path: string): Matched | string {
  const base = (spec.basePath ?? '').replace(/\/$/, '');
  if (!path.startsWith(`${base}/`)) return `${path} is not under the API's base path ${base}`;
  const rest = path.slice(base.length);
  const candidates = Object.entries(spec.paths)
    .map(([tpl, ops]) => {
      const names: string[] = [];
      const re = new RegExp(
        `^${tpl
          .split(/(\{[^}]+\})/)
          .map((part) => {
            const m = /^\{([^}]+)\}$/.exec(part);
            if (!m) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
            names.push(m[1]);
            return '(.+)';
          })
          .join('')}$`,
      );
      const m = re.exec(rest);
      const literal = tpl.split('/').filter((s) => s && !s.startsWith('{')).length;
      return m
        ? { tpl, ops, literal, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) }
        : undefined;
    })
    .filter((c) => c !== undefined)
    .sort((a, b) => b.literal - a.literal);
  const route = candidates[0];
  if (!route) return `no path of the description matches ${rest}`;
  const operation = route.ops[method.toLowerCase()];
  if (!operation) return `${method} is not an operation of ${route.tpl}`;
  return { operationId: operation.operationId, params: route.params, operation };
}

/** Everything about `req` that the description does not allow. */
export function checkRequest(spec: Spec, req: SpecRequest): { matched?: Matched; faults: string[] } {
  const matched = matchOperation(spec, req.method, req.path);
  if (typeof matched === 'string') return { faults: [matched] };
  const op = matched.operation;
  const faults: string[] = [];
  const params = (op.parameters ?? []).map((p) => resolve(spec, p));
  const where = `${req.method} ${matched.operationId}`;
  for (const name of req.query.keys())
    if (!params.some((p) => p.in === 'query' && p.name === name))
      faults.push(`${where}: unknown query parameter '${name}'`);
  for (const p of params) {
    if (p.in === 'path') {
      const v = matched.params[p.name];
      if (v === undefined || v === '') faults.push(`${where}: path parameter '${p.name}' is missing`);
    } else if (p.in === 'query') {
      if (p.required && !req.query.has(p.name)) faults.push(`${where}: query parameter '${p.name}' is required`);
    } else if (p.in === 'header') {
      const v = req.headers[p.name.toLowerCase()];
      if (p.required && v === undefined) faults.push(`${where}: header '${p.name}' is required`);
      if (Array.isArray(v)) faults.push(`${where}: header '${p.name}' is given more than once`);
    } else if (p.in === 'body') {
      if (req.body === undefined) {
        if (p.required) faults.push(`${where}: a JSON body is required`);
      } else if (p.schema) {
        faults.push(...checkValue(spec, p.schema, req.body, 'body').map((f) => `${where}: ${f}`));
      }
    }
  }
  if (req.body !== undefined) {
    if (!params.some((p) => p.in === 'body')) faults.push(`${where}: takes no body`);
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      .trim();
    const consumes = op.consumes ?? spec.consumes ?? [];
    if (consumes.length && !consumes.includes(type))
      faults.push(`${where}: content type '${type}' is not one of ${consumes.join(', ')}`);
  }
  return { matched, faults };
}

/** What of `value` does not match `schema`, as `path: problem` lines. */
export function checkValue(spec: Spec, schemaIn: Schema, value: unknown, at: string): string[] {
  const schema = resolve(spec, schemaIn);
  const faults: string[] = [];
  const type = schema.type as string | undefined;
  const props = schema.properties as Record<string, Schema> | undefined;
  // AutoRest's convention (and the SDK readmes' directive for table cells): a bare `type: object`
  // with no properties is any value.
  const anyValue = type === 'object' && !props && schema.additionalProperties === undefined;
  if (type && !anyValue) {
    const ok =
      type === 'integer'
        ? Number.isInteger(value)
        : type === 'array'
          ? Array.isArray(value)
          : type === 'object'
            ? typeof value === 'object' && value !== null && !Array.isArray(value)
            : typeof value === type;
    if (!ok)
      return [`${at}: is ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}, not ${type}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    faults.push(`${at}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (Array.isArray(value) && schema.items)
    value.forEach((v, i) => faults.push(...checkValue(spec, schema.items as Schema, v, `${at}[${i}]`)));
  if (value && typeof value === 'object' && !Array.isArray(value) && !anyValue) {
    const o = value as Record<string, unknown>;
    for (const k of (schema.required as string[] | undefined) ?? [])
      if (o[k] === undefined) faults.push(`${at}.${k}: is required`);
    for (const [k, v] of Object.entries(o)) {
      const sub = props?.[k];
      if (sub) faults.push(...checkValue(spec, sub, v, `${at}.${k}`));
      else if (schema.additionalProperties === false)
        faults.push(`${at}.${k}: is not a property the description allows`);
      else if (typeof schema.additionalProperties === 'object')
        faults.push(...checkValue(spec, schema.additionalProperties as Schema, v, `${at}.${k}`));
    }
  }
  return faults;
}

/** What of an answer does not match the operation's documented response for `status` (else `default`). */
export function checkResponse(spec: Spec, matched: Matched, status: number, body: unknown): string[] {
  const r = matched.operation.responses[String(status)] ?? matched.operation.responses.default;
  if (!r) return [`${matched.operationId}: status ${status} is not a documented response`];
  return r.schema ? checkValue(spec, r.schema, body, `answer ${status}`) : [];
}
