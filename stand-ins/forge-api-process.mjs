// A stand-in for the GitHub, Azure DevOps or Gitea REST API, for tests: every request is checked
// against the published description before it is answered, and answered in the documented shape.
//   node forge-api-process.mjs github <openapi.json>   (validated against @octokit/openapi)
//   node forge-api-process.mjs azure <git.subset.json>    (Azure DevOps Git 7.1, vsts-rest-api-specs: azure-devops-api.mjs)
//   node forge-api-process.mjs gitea <v1_json.subset.json> (Gitea's swagger.v1.json: gitea-api.mjs)
// Prints "listening <port>". Test control: POST /__control {token, failures: [{match, status,
// headers, body}], prs: [{…, state, mergedAt, mergeCommitSha}], checks: {sha: [...]}, statuses: {sha: [...]}, reviews: {pr: [...]}}
// scripts answers; GET /__requests returns what was received (the
// Authorization header is only recorded as valid or not). Tokens are never logged.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { azureDevOpsApi } from './azure-devops-api.mjs';
import { giteaApi } from './gitea-api.mjs';

const mode = process.argv[2];
// Forges described in Swagger 2.0: the request is validated, then answered by operation.
const described = { azure: azureDevOpsApi, gitea: giteaApi }[mode]?.(process.argv[3]);
const spec = mode === 'github' ? JSON.parse(readFileSync(process.argv[3], 'utf8')) : undefined;
let state = { token: '', failures: [], prs: [], checks: {}, statuses: {}, reviews: {}, nextId: 100, requests: [] };

// ---------- GitHub: validation against the OpenAPI description ----------
function ghRef(obj) {
  let o = obj;
  while (o && o.$ref)
    o = o.$ref
      .split('/')
      .slice(1)
      .reduce((a, k) => a[k], spec);
  return o;
}
const ghRoutes = Object.entries(spec?.paths ?? {}).map(([tpl, ops]) => ({
  tpl,
  re: new RegExp('^' + tpl.replace(/\{[^}]+\}/g, '([^/]+)') + '$'),
  ops,
}));
function typeOk(schema, v) {
  const s = ghRef(schema);
  if (!s) return true;
  if (s.oneOf || s.anyOf) return (s.oneOf || s.anyOf).some((x) => typeOk(x, v));
  const t = s.type;
  if (!t) return true;
  const types = Array.isArray(t) ? t : [t];
  return types.some((ty) =>
    ty === 'string'
      ? typeof v === 'string'
      : ty === 'integer'
        ? Number.isInteger(v)
        : ty === 'number'
          ? typeof v === 'number'
          : ty === 'boolean'
            ? typeof v === 'boolean'
            : ty === 'array'
              ? Array.isArray(v) && v.every((x) => typeOk(s.items, x))
              : ty === 'object'
                ? typeof v === 'object' && v !== null && !Array.isArray(v)
                : ty === 'null'
                  ? v === null
                  : true,
  );
}
function validateGitHub(method, path, query, body) {
  const route = ghRoutes.find((r) => r.re.test(path));
  if (!route) return `no such path in the GitHub API: ${path}`;
  const op = route.ops[method.toLowerCase()];
  if (!op) return `${method} is not an operation of ${route.tpl}`;
  const params = (op.parameters ?? []).map(ghRef);
  for (const name of query.keys()) {
    if (!params.some((p) => p.in === 'query' && p.name === name))
      return `unknown query parameter '${name}' for ${method} ${route.tpl}`;
  }
  for (const p of params)
    if (
      p.in === 'query' &&
      p.schema &&
      query.has(p.name) &&
      ghRef(p.schema).type === 'integer' &&
      !/^\d+$/.test(query.get(p.name))
    )
      return `query parameter '${p.name}' must be an integer`;
  const schema = ghRef(op.requestBody?.content?.['application/json']?.schema);
  if (schema) {
    if (op.requestBody.required && body === undefined) return `${method} ${route.tpl} needs a JSON body`;
    const b = body ?? {};
    const s = schema.oneOf
      ? (schema.oneOf.map(ghRef).find((x) => (x.required ?? []).every((k) => k in b)) ?? schema.oneOf.map(ghRef)[0])
      : schema;
    for (const k of s.required ?? []) if (!(k in b)) return `body of ${method} ${route.tpl} lacks required '${k}'`;
    for (const [k, v] of Object.entries(b)) {
      const ps = s.properties?.[k];
      if (!ps) {
        if (s.additionalProperties === false) return `body property '${k}' is not allowed for ${method} ${route.tpl}`;
        continue;
      }
      if (!typeOk(ps, v)) return `body property '${k}' has the wrong type for ${method} ${route.tpl}`;
    }
  } else if (body !== undefined && method !== 'GET' && !op.requestBody) {
    return `${method} ${route.tpl} takes no body`;
  }
  return { route: route.tpl, operationId: op.operationId };
}
function ghPull(pr, port) {
  return {
    id: pr.number * 10,
    node_id: `PR_node_${pr.number}`,
    number: pr.number,
    state: pr.state ?? 'open',
    merged_at: pr.mergedAt ?? null,
    merge_commit_sha: pr.mergeCommitSha ?? null,
    title: pr.title,
    body: pr.body,
    html_url: `http://127.0.0.1:${port}/${pr.owner}/${pr.repo}/pull/${pr.number}`,
    url: `http://127.0.0.1:${port}/repos/${pr.owner}/${pr.repo}/pulls/${pr.number}`,
    head: { ref: pr.head, label: `${pr.owner}:${pr.head}`, sha: 'a'.repeat(40) },
    base: { ref: pr.base, label: `${pr.owner}:${pr.base}`, sha: 'b'.repeat(40) },
    labels: pr.labels.map((name, i) => ({ id: i + 1, name })),
    requested_reviewers: pr.reviewers.map((login, i) => ({ login, id: i + 1 })),
    auto_merge: pr.autoMerge,
  };
}
function github(req, res, url, body, port, send) {
  const verdict = validateGitHub(req.method, url.pathname, url.searchParams, body);
  if (typeof verdict === 'string' && url.pathname !== '/graphql')
    return send(400, { message: `request does not match the API description: ${verdict}` });
  const m = /^\/repos\/([^/]+)\/([^/]+)\/(pulls|issues)(?:\/(\d+))?(?:\/(\w+))?$/.exec(url.pathname);
  if (url.pathname === '/graphql' && req.method === 'POST') {
    if (
      !/enablePullRequestAutoMerge/.test(body?.query ?? '') ||
      !/^(MERGE|SQUASH|REBASE)$/.test(body?.variables?.mergeMethod ?? '')
    )
      return send(400, { message: 'unexpected GraphQL query' });
    const pr = state.prs.find((p) => `PR_node_${p.number}` === body.variables.pullRequestId);
    if (!pr) return send(200, { data: null, errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a node' }] });
    pr.autoMerge = { merge_method: body.variables.mergeMethod.toLowerCase() };
    return send(200, { data: { enablePullRequestAutoMerge: { pullRequest: { number: pr.number } } } });
  }
  const repoOnly = /^\/repos\/([^/]+)\/([^/]+)$/.exec(url.pathname);
  if (repoOnly && req.method === 'GET') {
    return send(200, {
      id: 1,
      node_id: 'R_1',
      name: repoOnly[2],
      full_name: `${repoOnly[1]}/${repoOnly[2]}`,
      private: true,
      owner: { login: repoOnly[1], id: 2 },
      default_branch: 'main',
      permissions: { admin: false, push: true, pull: true },
    });
  }
  // Commit checks and pull request reviews, scripted per commit / pull request number.
  const commitSub = /^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)\/(check-runs|status)$/.exec(url.pathname);
  if (commitSub && req.method === 'GET') {
    const [, owner, repo, ref, what] = commitSub;
    const repository = {
      id: 1,
      node_id: 'R_1',
      name: repo,
      full_name: `${owner}/${repo}`,
      private: true,
      owner: { login: owner, id: 2 },
    };
    if (what === 'check-runs') {
      const runs = (state.checks[ref] ?? []).map((c, i) => ({
        id: i + 1,
        node_id: `CR_${i}`,
        head_sha: ref,
        name: c.name,
        status: c.status,
        conclusion: c.conclusion ?? null,
        started_at: '2026-11-24T00:00:00Z',
        completed_at: c.status === 'completed' ? '2026-11-24T00:01:00Z' : null,
        html_url: `http://127.0.0.1:${port}/${owner}/${repo}/runs/${i + 1}`,
      }));
      return send(200, { total_count: runs.length, check_runs: runs });
    }
    const statuses = (state.statuses[ref] ?? []).map((c, i) => ({
      id: i + 1,
      node_id: `S_${i}`,
      context: c.context,
      state: c.state,
      description: null,
      target_url: null,
      created_at: '2026-11-24T00:00:00Z',
      updated_at: '2026-11-24T00:00:00Z',
    }));
    const overall = statuses.some((x) => x.state === 'failure' || x.state === 'error')
      ? 'failure'
      : statuses.some((x) => x.state === 'pending') || !statuses.length
        ? 'pending'
        : 'success';
    return send(200, {
      state: overall,
      statuses,
      sha: ref,
      total_count: statuses.length,
      repository,
      commit_url: '',
      url: '',
    });
  }
  if (m && m[3] === 'pulls' && m[4] && m[5] === 'reviews' && req.method === 'GET') {
    const list = (state.reviews[m[4]] ?? []).map((r, i) => ({
      id: i + 1,
      node_id: `PRR_${i}`,
      user: { login: r.login, id: i + 10 },
      body: '',
      state: r.state,
      submitted_at: `2026-11-24T00:0${i}:00Z`,
      commit_id: 'a'.repeat(40),
      html_url: '',
      pull_request_url: '',
      author_association: 'MEMBER',
      _links: {},
    }));
    return send(200, list);
  }
  if (!m) return send(404, { message: 'Not Found' });
  const [, owner, repo, kind, num, sub] = m;
  if (kind === 'pulls' && !num && req.method === 'GET') {
    const head = url.searchParams.get('head');
    const base = url.searchParams.get('base');
    // GitHub lists open pull requests unless asked for `state=closed` or `all`.
    const wanted = url.searchParams.get('state') ?? 'open';
    return send(
      200,
      state.prs
        .filter(
          (p) =>
            p.owner === owner &&
            p.repo === repo &&
            (!head || `${owner}:${p.head}` === head) &&
            (!base || p.base === base) &&
            (wanted === 'all' || (p.state ?? 'open') === wanted),
        )
        .map((p) => ghPull(p, port)),
    );
  }
  if (kind === 'pulls' && !num && req.method === 'POST') {
    if (
      state.prs.some(
        (p) => p.head === body.head && p.base === body.base && p.owner === owner && (p.state ?? 'open') === 'open',
      )
    ) {
      return send(422, {
        message: 'Validation Failed',
        errors: [
          {
            resource: 'PullRequest',
            code: 'custom',
            message: `A pull request already exists for ${owner}:${body.head}.`,
          },
        ],
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
      });
    }
    const pr = {
      owner,
      repo,
      number: state.nextId++,
      head: body.head,
      base: body.base,
      title: body.title,
      body: body.body ?? '',
      labels: [],
      reviewers: [],
      autoMerge: null,
    };
    state.prs.push(pr);
    return send(201, ghPull(pr, port));
  }
  const pr = state.prs.find((p) => p.owner === owner && p.repo === repo && p.number === Number(num));
  if (!pr) return send(404, { message: 'Not Found' });
  if (kind === 'pulls' && !sub && req.method === 'PATCH') {
    Object.assign(pr, { title: body.title ?? pr.title, body: body.body ?? pr.body });
    return send(200, ghPull(pr, port));
  }
  if (kind === 'issues' && sub === 'labels' && req.method === 'POST') {
    for (const l of body.labels) if (!pr.labels.includes(l)) pr.labels.push(l);
    return send(
      200,
      pr.labels.map((name, i) => ({
        id: i + 1,
        node_id: `L${i}`,
        url: '',
        name,
        color: 'ededed',
        default: false,
        description: null,
      })),
    );
  }
  if (kind === 'pulls' && sub === 'requested_reviewers' && req.method === 'POST') {
    for (const r of body.reviewers) if (!pr.reviewers.includes(r)) pr.reviewers.push(r);
    return send(201, ghPull(pr, port));
  }
  return send(404, { message: 'Not Found' });
}

function authorized(header) {
  if (!header) return false;
  const [scheme, value = ''] = header.split(/\s+/, 2);
  if (mode === 'github' || mode === 'gitea') return /^(token|bearer)$/i.test(scheme) && value === state.token;
  if (!/^basic$/i.test(scheme)) return false;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1) === state.token;
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const port = server.address().port;
    const url = new URL(req.url, `http://127.0.0.1:${port}`);
    const raw = Buffer.concat(chunks).toString('utf8');
    const send = (status, obj, headers = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(obj === undefined ? '' : JSON.stringify(obj));
    };
    if (url.pathname === '/__control' && req.method === 'POST') {
      state = { ...state, requests: [], ...JSON.parse(raw) };
      return send(200, { ok: true });
    }
    if (url.pathname === '/__requests') return send(200, { requests: state.requests, prs: state.prs });
    let body;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      return send(400, { message: 'body is not JSON' });
    }
    const entry = {
      method: req.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      authorized: authorized(req.headers.authorization),
    };
    state.requests.push(entry);
    const verdict = described?.validate(req.method, url.pathname, url.searchParams, body);
    if (typeof verdict === 'string')
      return send(400, { message: `request does not match the API description: ${verdict}` });
    const failure = state.failures.find(
      (f) => new RegExp(f.match).test(`${req.method} ${url.pathname}`) && (f.times ?? 1) > 0,
    );
    if (failure) {
      failure.times = (failure.times ?? 1) - 1;
      return send(failure.status, failure.body ?? { message: `scripted ${failure.status}` }, failure.headers ?? {});
    }
    if (!entry.authorized) return send(401, { message: 'Bad credentials' });
    if (!described) return github(req, res, url, body, port, send);
    // The stand-in's own answers are held to the description too (scripted failures are not: they are off-shape on purpose).
    const documented = (status, obj, headers) => {
      const fault = status < 300 ? described.answerFault(verdict, status, obj) : undefined;
      if (fault) return send(500, { message: `the stand-in's answer does not match the API description: ${fault}` });
      return send(status, obj, headers);
    };
    return described.answer(verdict, req, url, body, port, documented, state);
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
