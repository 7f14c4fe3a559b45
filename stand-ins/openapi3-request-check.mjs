// Checks one HTTP request against an OpenAPI 3 description: the path and method exist, every query
// parameter is declared (and of its type and enum), path parameters are of their type, and a JSON
// body has the required properties, no undeclared ones where the schema closes them, and the
// declared types. Returns a sentence saying what is wrong, or {route, operationId}.
// Used by the GitLab stand-in (gitlab-api-process.mjs); written for any OpenAPI 3 document.

/** Routes of `spec`: each path template as a regular expression over a raw (still encoded) path. */
export function routesOf(spec) {
  return Object.entries(spec.paths ?? {}).map(([tpl, ops]) => ({
    tpl,
    names: [...tpl.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]),
    re: new RegExp('^' + tpl.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '([^/]+)') + '$'),
    ops,
  }));
}

function deref(spec, obj) {
  let o = obj;
  while (o && o.$ref)
    o = o.$ref
      .split('/')
      .slice(1)
      .reduce((a, k) => a?.[k], spec);
  return o;
}

function typeOk(spec, schema, v) {
  const s = deref(spec, schema);
  if (!s) return true;
  if (v === null) return Boolean(s.nullable);
  if (s.oneOf || s.anyOf) return (s.oneOf || s.anyOf).some((x) => typeOk(spec, x, v));
  if (s.enum && !s.enum.includes(v)) return false;
  switch (s.type) {
    case 'string':
      return typeof v === 'string';
    case 'integer':
      return Number.isInteger(v);
    case 'number':
      return typeof v === 'number';
    case 'boolean':
      return typeof v === 'boolean';
    case 'array':
      return Array.isArray(v) && v.every((x) => typeOk(spec, s.items, x));
    case 'object':
      return typeof v === 'object' && !Array.isArray(v);
    default:
      return true;
  }
}

/** A query or path value (always text) against a parameter schema. */
function textOk(spec, schema, text) {
  const s = deref(spec, schema);
  if (!s) return true;
  if (s.oneOf || s.anyOf) return (s.oneOf || s.anyOf).some((x) => textOk(spec, x, text));
  if (s.enum && !s.enum.map(String).includes(text)) return false;
  if (s.type === 'integer') return /^-?\d+$/.test(text);
  if (s.type === 'number') return text.trim() !== '' && Number.isFinite(Number(text));
  if (s.type === 'boolean') return text === 'true' || text === 'false';
  return true;
}

/**
 * `specs`: one or more documents; the first that has the path decides. `query` is a
 * URLSearchParams, `body` the parsed JSON body or undefined.
 */
export function checkRequest(specs, method, rawPath, query, body) {
  for (const { spec, routes } of specs) {
    const route = routes.find((r) => r.re.test(rawPath));
    if (!route) continue;
    const op = route.ops[method.toLowerCase()];
    if (!op) return `${method} is not an operation of ${route.tpl}`;
    const params = [...(route.ops.parameters ?? []), ...(op.parameters ?? [])].map((p) => deref(spec, p));
    const values = route.re.exec(rawPath).slice(1);
    for (const [i, name] of route.names.entries()) {
      const p = params.find((x) => x.in === 'path' && x.name === name);
      if (p && !textOk(spec, p.schema, decodeURIComponent(values[i])))
        return `path parameter '${name}' of ${method} ${route.tpl} is not of its type: ${values[i]}`;
    }
    for (const name of new Set(query.keys())) {
      const p = params.find((x) => x.in === 'query' && x.name === name);
      if (!p) return `unknown query parameter '${name}' for ${method} ${route.tpl}`;
      for (const v of query.getAll(name))
        if (!textOk(spec, p.schema, v))
          return `query parameter '${name}' of ${method} ${route.tpl} is not of its type: ${v}`;
    }
    for (const p of params)
      if (p.in === 'query' && p.required && !query.has(p.name))
        return `${method} ${route.tpl} needs the query parameter '${p.name}'`;
    const schema = deref(spec, op.requestBody?.content?.['application/json']?.schema);
    if (!schema) {
      if (body !== undefined) return `${method} ${route.tpl} takes no JSON body`;
      return { route: route.tpl, operationId: op.operationId };
    }
    if (body === undefined) {
      if (op.requestBody.required) return `${method} ${route.tpl} needs a JSON body`;
      return { route: route.tpl, operationId: op.operationId };
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      return `the body of ${method} ${route.tpl} must be a JSON object`;
    for (const k of schema.required ?? [])
      if (!(k in body)) return `body of ${method} ${route.tpl} lacks required '${k}'`;
    for (const [k, v] of Object.entries(body)) {
      const ps = schema.properties?.[k];
      if (!ps) {
        if (schema.additionalProperties === false)
          return `body property '${k}' is not allowed for ${method} ${route.tpl}`;
        continue;
      }
      if (!typeOk(spec, ps, v)) return `body property '${k}' has the wrong type for ${method} ${route.tpl}`;
    }
    return { route: route.tpl, operationId: op.operationId };
  }
  return `no such path in the API description: ${rawPath}`;
}
