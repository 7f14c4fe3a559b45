// A Swagger 2.0 request validator for the forge stand-ins: every request is held to the published
// description before it is answered. Strict where a forge is lenient: a query parameter or body
// property the description does not name is refused, because a real server would ignore it and the
// provider's intent would be lost without a word.
//   const check = swagger2Validator(description, { caseInsensitive })
//   check(method, pathname, searchParams, body) -> { operationId, route, params, responses } | 'why not'
//   check.answerFault(verdict, status, body) -> undefined | 'why the answer is not a documented one'

/** The description's base path without Go template placeholders ("{{.SwaggerAppSubUrl}}/api/v1" -> "/api/v1"). */
function basePathOf(description) {
  const base = (description.basePath ?? '').replace(/\{\{[^}]*\}\}/g, '').replace(/\/$/, '');
  return base === '/' ? '' : base;
}

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function swagger2Validator(description, { caseInsensitive = false } = {}) {
  if (description.swagger !== '2.0') throw new Error('not a Swagger 2.0 description');
  const resolve = (o) => {
    let x = o;
    for (let hops = 0; x && x.$ref; hops++) {
      if (hops > 32) throw new Error(`$ref loop at ${o.$ref}`);
      x = x.$ref
        .split('/')
        .slice(1)
        .reduce((a, k) => a?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], description);
    }
    return x;
  };
  const base = basePathOf(description);
  // Literal paths before templated ones: /pulls/pinned is not /pulls/{index}.
  const routes = Object.entries(description.paths)
    .map(([tpl, ops]) => {
      const names = [];
      const re = new RegExp(
        '^' +
          escapeRe(base) +
          tpl
            .split(/(\{[^}]+\})/)
            .map((part) => {
              const m = /^\{([^}]+)\}$/.exec(part);
              if (!m) return escapeRe(part);
              names.push(m[1]);
              return '([^/]+)';
            })
            .join('') +
          '$',
        caseInsensitive ? 'i' : '',
      );
      return { tpl, re, names, ops, literal: tpl.replace(/\{[^}]+\}/g, '').length };
    })
    .sort((a, b) => a.names.length - b.names.length || b.literal - a.literal);

  // Swagger 2.0 composition (allOf, nested): one object schema with every part's properties and requirements.
  function flatten(schema) {
    if (!schema.allOf) return schema;
    const merged = { type: 'object', properties: {}, required: [] };
    for (const part of [...schema.allOf.map((x) => flatten(resolve(x))), schema]) {
      Object.assign(merged.properties, part.properties ?? {});
      merged.required.push(...(part.required ?? []));
    }
    return merged;
  }

  function typeFault(schemaIn, value, at) {
    const schema = resolve(schemaIn);
    if (!schema) return undefined;
    if (schema.allOf) return typeFault(flatten(schema), value, at);
    if (schema.enum && !schema.enum.includes(value)) return `${at} must be one of ${schema.enum.join(', ')}`;
    const type = schema.type ?? (schema.properties ? 'object' : undefined);
    switch (type) {
      case undefined:
        return undefined;
      case 'string':
        return typeof value === 'string' ? undefined : `${at} must be a string`;
      case 'integer':
        return Number.isInteger(value) ? undefined : `${at} must be an integer`;
      case 'number':
        return typeof value === 'number' ? undefined : `${at} must be a number`;
      case 'boolean':
        return typeof value === 'boolean' ? undefined : `${at} must be a boolean`;
      case 'array': {
        if (!Array.isArray(value)) return `${at} must be a list`;
        for (let i = 0; i < value.length; i++) {
          const f = typeFault(schema.items, value[i], `${at}[${i}]`);
          if (f) return f;
        }
        return undefined;
      }
      case 'object': {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${at} must be an object`;
        for (const k of schema.required ?? []) if (!(k in value)) return `${at} lacks required '${k}'`;
        for (const [k, v] of Object.entries(value)) {
          const sub = schema.properties?.[k];
          if (sub) {
            const f = typeFault(sub, v, `${at}.${k}`);
            if (f) return f;
          } else if (schema.additionalProperties) {
            const f =
              schema.additionalProperties === true
                ? undefined
                : typeFault(schema.additionalProperties, v, `${at}.${k}`);
            if (f) return f;
          } else if (schema.properties) {
            return `${at}.${k} is not a property the description names`;
          }
        }
        return undefined;
      }
      default:
        return undefined;
    }
  }

  function paramFault(p, raw) {
    const t = p.type;
    if (t === 'integer' && !/^-?\d+$/.test(raw)) return `parameter '${p.name}' must be an integer, got '${raw}'`;
    if (t === 'boolean' && !/^(true|false)$/.test(raw))
      return `parameter '${p.name}' must be true or false, got '${raw}'`;
    if (p.enum && !p.enum.includes(raw))
      return `parameter '${p.name}' must be one of ${p.enum.join(', ')}, got '${raw}'`;
    return undefined;
  }

  function validate(method, pathname, query, body) {
    const route = routes.find((r) => r.re.test(pathname));
    if (!route) return `no such path in the description: ${pathname}`;
    const op = route.ops[method.toLowerCase()];
    if (!op) return `${method} is not an operation of ${route.tpl}`;
    const what = `${method} ${route.tpl} (${op.operationId})`;
    const params = [...(route.ops.parameters ?? []), ...(op.parameters ?? [])].map(resolve);
    const values = route.re.exec(pathname).slice(1).map(decodeURIComponent);
    const pathParams = Object.fromEntries(route.names.map((n, i) => [n, values[i]]));
    for (const p of params.filter((x) => x.in === 'path')) {
      const f = paramFault(p, pathParams[p.name] ?? '');
      if (f) return `${what}: ${f}`;
    }
    for (const name of new Set(query.keys())) {
      const p = params.find((x) => x.in === 'query' && x.name === name);
      if (!p) return `${what}: unknown query parameter '${name}'`;
      for (const raw of query.getAll(name)) {
        const f = p.type === 'array' ? paramFault({ ...p.items, name }, raw) : paramFault(p, raw);
        if (f) return `${what}: ${f}`;
      }
    }
    for (const p of params)
      if (p.in === 'query' && p.required && !query.has(p.name))
        return `${what}: required query parameter '${p.name}' is missing`;
    const bodyParam = params.find((x) => x.in === 'body');
    if (!bodyParam) {
      if (body !== undefined) return `${what} takes no body`;
    } else if (body === undefined) {
      if (bodyParam.required) return `${what} needs a JSON body`;
    } else {
      const f = typeFault(bodyParam.schema, body, 'body');
      if (f) return `${what}: ${f}`;
    }
    return { operationId: op.operationId, route: route.tpl, params: pathParams, responses: op.responses };
  }

  /**
   * For the stand-in's own answers: a body that the operation's documented answer for `status` does
   * not allow (a property the description does not name, a wrong type). A status the description
   * does not list is not judged (Gitea answers 201 to a scheduled merge, Azure DevOps 201 to a
   * created pull request, both undocumented). `unwrap`: the service's envelope of a documented list.
   */
  validate.answerFault = (verdict, status, body, unwrap = (b) => b) => {
    const documented = resolve(verdict.responses?.[String(status)]);
    if (!documented?.schema || body === undefined) return undefined;
    const schema = resolve(documented.schema);
    // As it goes on the wire: a field left undefined is not sent.
    const sent = JSON.parse(JSON.stringify(body));
    return typeFault(schema, schema.type === 'array' ? unwrap(sent) : sent, 'answer');
  };
  return validate;
}
