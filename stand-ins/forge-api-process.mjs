// A stand-in for the GitHub or Azure DevOps REST API, for tests: every request is checked
// against the published description before it is answered, and answered in the documented shape.
//   node forge-api-process.mjs github <openapi.json>   (validated against @octokit/openapi)
//   node forge-api-process.mjs azure                   (Azure DevOps Git Pull Requests 7.1)
// Prints "listening <port>". Test control: POST /__control {token, failures: [{match, status,
// headers, body}], prs: [{…, state, mergedAt, mergeCommitSha}], checks: {sha: [...]}, statuses: {sha: [...]}, reviews: {pr: [...]}}
// scripts answers; GET /__requests returns what was received (the
// Authorization header is only recorded as valid or not). Tokens are never logged.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const mode = process.argv[2];
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

// ---------- Azure DevOps: Git Pull Requests REST 7.1, as documented ----------
const AZ_PR_CREATE = new Set([
  'sourceRefName',
  'targetRefName',
  'title',
  'description',
  'reviewers',
  'labels',
  'isDraft',
  'workItemRefs',
  'completionOptions',
  'mergeOptions',
]);
const AZ_PR_UPDATE = new Set([
  'title',
  'description',
  'status',
  'autoCompleteSetBy',
  'completionOptions',
  'mergeOptions',
  'targetRefName',
  'isDraft',
]);
const STRATEGIES = new Set(['noFastForward', 'squash', 'rebase', 'rebaseMerge']);
function azPull(pr, port) {
  return {
    repository: { id: 'repo-guid', name: pr.repo, project: { name: pr.project } },
    pullRequestId: pr.id,
    codeReviewId: pr.id,
    status: 'active',
    createdBy: { id: 'user-guid', displayName: 'ringway' },
    creationDate: '2026-11-24T00:00:00Z',
    title: pr.title,
    description: pr.description,
    sourceRefName: pr.sourceRefName,
    targetRefName: pr.targetRefName,
    mergeStatus: 'queued',
    reviewers: pr.reviewers.map((id) => ({ id, vote: 0 })),
    labels: pr.labels.map((name) => ({ id: `${name}-id`, name, active: true })),
    autoCompleteSetBy: pr.autoCompleteSetBy,
    completionOptions: pr.completionOptions,
    url: `http://127.0.0.1:${port}/${pr.org}/${pr.project}/_apis/git/repositories/${pr.repo}/pullRequests/${pr.id}`,
  };
}
function azure(req, res, url, body, port, send) {
  if (url.pathname.endsWith('/_apis/connectionData') && req.method === 'GET')
    return send(200, {
      authenticatedUser: { id: 'user-guid', providerDisplayName: 'ringway' },
      instanceId: 'instance-guid',
    });
  const repoOnly = /^\/([^/]+)\/([^/]+)\/_apis\/git\/repositories\/([^/]+)$/i.exec(url.pathname);
  if (repoOnly && req.method === 'GET') {
    if (url.searchParams.get('api-version') !== '7.1')
      return send(400, { message: 'VS800071: api-version must be 7.1' });
    return send(200, {
      id: 'repo-guid',
      name: decodeURIComponent(repoOnly[3]),
      project: { id: 'project-guid', name: decodeURIComponent(repoOnly[2]) },
      defaultBranch: 'refs/heads/main',
    });
  }
  const statuses = /^\/([^/]+)\/([^/]+)\/_apis\/git\/repositories\/([^/]+)\/commits\/([0-9a-f]{40})\/statuses$/i.exec(
    url.pathname,
  );
  if (statuses && req.method === 'GET') {
    for (const k of url.searchParams.keys())
      if (!['api-version', 'latestOnly', 'top', 'skip'].includes(k))
        return send(400, { message: `unknown query parameter ${k}` });
    if (url.searchParams.get('api-version') !== '7.1')
      return send(400, { message: 'VS800071: api-version must be 7.1' });
    const value = (state.statuses[statuses[4]] ?? []).map((c, i) => ({
      id: i + 1,
      state: c.state,
      description: c.description ?? '',
      context: { name: c.name, genre: c.genre },
      creationDate: '2026-11-24T00:00:00Z',
      createdBy: { id: 'build-guid', displayName: 'Build' },
    }));
    return send(200, { value, count: value.length });
  }
  const reviewers = /^\/([^/]+)\/([^/]+)\/_apis\/git\/repositories\/([^/]+)\/pullrequests\/(\d+)\/reviewers$/i.exec(
    url.pathname,
  );
  if (reviewers && req.method === 'GET' && state.reviews[reviewers[4]]) {
    if (url.searchParams.get('api-version') !== '7.1')
      return send(400, { message: 'VS800071: api-version must be 7.1' });
    const value = state.reviews[reviewers[4]].map((r) => ({
      id: `${r.name}-guid`,
      displayName: r.name,
      uniqueName: `${r.name}@contoso.test`,
      vote: r.vote,
      isRequired: false,
    }));
    return send(200, { value, count: value.length });
  }
  const m =
    /^\/([^/]+)\/([^/]+)\/_apis\/git\/repositories\/([^/]+)\/pullrequests(?:\/(\d+))?(?:\/(labels|reviewers)(?:\/([^/]+))?)?$/i.exec(
      url.pathname,
    );
  if (!m) return send(404, { message: `TF400813: resource not found: ${url.pathname}`, typeKey: 'NotFoundException' });
  if (url.searchParams.get('api-version') !== '7.1')
    return send(400, {
      message: 'VS800071: the api-version query parameter must be 7.1 for this test',
      typeKey: 'VssVersionOutOfRangeException',
    });
  const [, org, project, repo, id, sub, subId] = m.map((x) => (x === undefined ? x : decodeURIComponent(x)));
  if (!id && req.method === 'GET') {
    for (const k of url.searchParams.keys())
      if (
        ![
          'api-version',
          'searchCriteria.sourceRefName',
          'searchCriteria.targetRefName',
          'searchCriteria.status',
          '$top',
          '$skip',
        ].includes(k)
      )
        return send(400, { message: `unknown query parameter ${k}` });
    const src = url.searchParams.get('searchCriteria.sourceRefName');
    const tgt = url.searchParams.get('searchCriteria.targetRefName');
    const st = url.searchParams.get('searchCriteria.status');
    if (st && !['active', 'abandoned', 'completed', 'all', 'notSet'].includes(st))
      return send(400, { message: `invalid status ${st}` });
    const value = state.prs
      .filter((p) => p.repo === repo && (!src || p.sourceRefName === src) && (!tgt || p.targetRefName === tgt))
      .map((p) => azPull(p, port));
    return send(200, { value, count: value.length });
  }
  if (!id && req.method === 'POST') {
    for (const k of Object.keys(body ?? {}))
      if (!AZ_PR_CREATE.has(k)) return send(400, { message: `unknown GitPullRequest property ${k}` });
    for (const k of ['sourceRefName', 'targetRefName', 'title'])
      if (typeof body?.[k] !== 'string' || !body[k]) return send(400, { message: `GitPullRequest.${k} is required` });
    if (!/^refs\/heads\//.test(body.sourceRefName) || !/^refs\/heads\//.test(body.targetRefName))
      return send(400, { message: 'ref names must be full refs/heads/ names' });
    if (
      (body.labels ?? []).some((l) => typeof l.name !== 'string') ||
      (body.reviewers ?? []).some((r) => typeof r.id !== 'string')
    )
      return send(400, { message: 'labels need name, reviewers need id' });
    if (state.prs.some((p) => p.sourceRefName === body.sourceRefName && p.targetRefName === body.targetRefName)) {
      return send(409, {
        message: 'TF401179: An active pull request for the source and target branch already exists.',
        typeKey: 'GitPullRequestExistsException',
      });
    }
    const pr = {
      org,
      project,
      repo,
      id: state.nextId++,
      title: body.title,
      description: body.description ?? '',
      sourceRefName: body.sourceRefName,
      targetRefName: body.targetRefName,
      labels: (body.labels ?? []).map((l) => l.name),
      reviewers: (body.reviewers ?? []).map((r) => r.id),
    };
    state.prs.push(pr);
    return send(201, azPull(pr, port));
  }
  const pr = state.prs.find((p) => p.id === Number(id) && p.repo === repo);
  if (!pr)
    return send(404, {
      message: `TF401180: The requested pull request was not found.`,
      typeKey: 'GitPullRequestNotFoundException',
    });
  if (!sub && req.method === 'PATCH') {
    for (const k of Object.keys(body ?? {}))
      if (!AZ_PR_UPDATE.has(k)) return send(400, { message: `property ${k} cannot be updated` });
    if (body.autoCompleteSetBy && typeof body.autoCompleteSetBy.id !== 'string')
      return send(400, { message: 'autoCompleteSetBy needs an id' });
    if (body.completionOptions?.mergeStrategy && !STRATEGIES.has(body.completionOptions.mergeStrategy))
      return send(400, { message: `invalid mergeStrategy ${body.completionOptions.mergeStrategy}` });
    for (const k of ['title', 'description', 'autoCompleteSetBy', 'completionOptions']) if (k in body) pr[k] = body[k];
    return send(200, azPull(pr, port));
  }
  if (sub === 'labels' && req.method === 'POST') {
    if (typeof body?.name !== 'string') return send(400, { message: 'WebApiCreateTagRequestData.name is required' });
    if (!pr.labels.includes(body.name)) pr.labels.push(body.name);
    return send(200, { id: `${body.name}-id`, name: body.name, active: true });
  }
  if (sub === 'reviewers' && subId && req.method === 'PUT') {
    if (typeof body?.vote !== 'number') return send(400, { message: 'IdentityRefWithVote.vote is required' });
    if (!pr.reviewers.includes(subId)) pr.reviewers.push(subId);
    return send(200, { id: subId, vote: body.vote });
  }
  return send(405, { message: 'method not allowed' });
}

function authorized(header) {
  if (!header) return false;
  const [scheme, value = ''] = header.split(/\s+/, 2);
  if (mode === 'github') return /^(token|bearer)$/i.test(scheme) && value === state.token;
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
    const failure = state.failures.find(
      (f) => new RegExp(f.match).test(`${req.method} ${url.pathname}`) && (f.times ?? 1) > 0,
    );
    if (failure) {
      failure.times = (failure.times ?? 1) - 1;
      return send(failure.status, failure.body ?? { message: `scripted ${failure.status}` }, failure.headers ?? {});
    }
    if (!entry.authorized) return send(401, { message: 'Bad credentials' });
    return mode === 'github' ? github(req, res, url, body, port, send) : azure(req, res, url, body, port, send);
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
