// A stand-in for GitLab's REST API (v4), for tests: every request is checked against GitLab's
// published OpenAPI description (gitlab-api/openapi_v3.subset.yaml) and, for what that cut lacks,
// the documented shapes (gitlab-api/documented.yaml) before it is answered; a request neither
// allows is answered 400 and recorded as invalid. Answers follow the documented shapes.
//   node gitlab-api-process.mjs
// Prints "listening <port>". Test control: POST /__control {token, failures: [{match, status,
// headers, body, times}], mrs: [{project, iid, source_branch, target_branch, title, …}],
// users: [{id, username}], statuses: {sha: [{name, status, allow_failure}]}, pipelines: {sha:
// [{status}]}, approvals: {iid: [username]}, reviewers: {iid: [{username, state}]}} scripts
// answers; GET /__requests returns what was received (tokens only as valid or not).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

import { checkRequest, routesOf } from './openapi3-request-check.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const specs = ['openapi_v3.subset.yaml', 'documented.yaml'].map((f) => {
  const spec = parse(readFileSync(join(here, 'gitlab-api', f), 'utf8'));
  return { spec, routes: routesOf(spec) };
});
// The request bodies the published path items name are written from the docs (documented.yaml).
specs[0].spec.components = specs[1].spec.components;

const fresh = () => ({
  token: '',
  failures: [],
  mrs: [],
  users: [],
  statuses: {},
  pipelines: {},
  approvals: {},
  reviewers: {},
  nextIid: 100,
  requests: [],
});
let state = fresh();

const user = (u) => ({
  id: u.id,
  username: u.username,
  name: u.username,
  state: 'active',
  locked: false,
  avatar_url: null,
  web_url: `https://gitlab.example/${u.username}`,
});
const userNamed = (username) => state.users.find((u) => u.username === username) ?? { id: 0, username };

function mergeRequest(mr, port) {
  return {
    id: mr.iid * 10,
    iid: mr.iid,
    project_id: 1,
    title: mr.title,
    description: mr.description ?? '',
    state: mr.state ?? 'opened',
    created_at: '2026-12-07T00:00:00.000Z',
    updated_at: '2026-12-07T00:00:00.000Z',
    target_branch: mr.target_branch,
    source_branch: mr.source_branch,
    author: user({ id: 1, username: 'ringway' }),
    assignees: [],
    reviewers: (mr.reviewer_ids ?? []).map((id) =>
      user(state.users.find((u) => u.id === id) ?? { id, username: `user${id}` }),
    ),
    labels: mr.labels ?? [],
    draft: false,
    merge_when_pipeline_succeeds: Boolean(mr.merge_when_pipeline_succeeds),
    detailed_merge_status: 'mergeable',
    sha: 'a'.repeat(40),
    squash: Boolean(mr.squash),
    force_remove_source_branch: Boolean(mr.remove_source_branch),
    web_url: `http://127.0.0.1:${port}/${mr.project}/-/merge_requests/${mr.iid}`,
  };
}

const csv = (s) =>
  s
    ? String(s)
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];

function gitlab(method, url, body, port, send) {
  const p = url.pathname;
  if (p === '/api/v4/users' && method === 'GET') {
    const name = url.searchParams.get('username');
    return send(200, state.users.filter((u) => !name || u.username.toLowerCase() === name.toLowerCase()).map(user));
  }
  const m = /^\/api\/v4\/projects\/([^/]+)(\/.*)?$/.exec(p);
  if (!m) return send(404, { error: '404 Not Found' });
  const project = decodeURIComponent(m[1]);
  const rest = m[2] ?? '';
  if (!rest && method === 'GET')
    return send(200, {
      id: 1,
      path_with_namespace: project,
      default_branch: 'main',
      web_url: `http://127.0.0.1:${port}/${project}`,
    });
  const statuses = /^\/repository\/commits\/([^/]+)\/statuses$/.exec(rest);
  if (statuses && method === 'GET')
    return send(
      200,
      (state.statuses[statuses[1]] ?? []).map((s, i) => ({
        id: i + 1,
        sha: statuses[1],
        ref: 'main',
        status: s.status,
        name: s.name,
        target_url: null,
        description: null,
        created_at: '2026-12-07T00:00:00.000Z',
        started_at: null,
        finished_at: null,
        allow_failure: Boolean(s.allow_failure),
        coverage: null,
        author: user({ id: 1, username: 'ringway' }),
      })),
    );
  if (rest === '/pipelines' && method === 'GET') {
    const sha = url.searchParams.get('sha');
    const list = sha ? (state.pipelines[sha] ?? []) : [];
    const page = list
      .map((x, i) => ({ id: 1000 + i, iid: i + 1, project_id: 1, sha, ref: 'main', status: x.status, source: 'push' }))
      .reverse()
      .slice(0, Number(url.searchParams.get('per_page') ?? 20));
    return send(200, page);
  }
  if (rest === '/merge_requests' && method === 'GET') {
    const q = url.searchParams;
    const wanted = q.get('state') ?? 'all';
    return send(
      200,
      state.mrs
        .filter(
          (x) =>
            x.project === project &&
            (!q.get('source_branch') || x.source_branch === q.get('source_branch')) &&
            (!q.get('target_branch') || x.target_branch === q.get('target_branch')) &&
            (wanted === 'all' || (x.state ?? 'opened') === wanted),
        )
        .map((x) => mergeRequest(x, port)),
    );
  }
  if (rest === '/merge_requests' && method === 'POST') {
    const open = state.mrs.find(
      (x) =>
        x.project === project &&
        x.source_branch === body.source_branch &&
        x.target_branch === body.target_branch &&
        (x.state ?? 'opened') === 'opened',
    );
    if (open)
      return send(409, {
        message: [`Another open merge request already exists for this source branch: !${open.iid}`],
      });
    const mr = {
      project,
      iid: state.nextIid++,
      title: body.title,
      description: body.description ?? '',
      source_branch: body.source_branch,
      target_branch: body.target_branch,
      labels: csv(body.labels),
      reviewer_ids: body.reviewer_ids ?? [],
      squash: body.squash,
      remove_source_branch: body.remove_source_branch,
    };
    state.mrs.push(mr);
    return send(201, mergeRequest(mr, port));
  }
  const one = /^\/merge_requests\/(\d+)(\/\w+)?$/.exec(rest);
  const mr = one && state.mrs.find((x) => x.project === project && x.iid === Number(one[1]));
  if (one && one[2] === '/approvals' && method === 'GET')
    return send(200, {
      id: Number(one[1]) * 10,
      iid: Number(one[1]),
      project_id: 1,
      state: 'opened',
      approved: (state.approvals[one[1]] ?? []).length > 0,
      approved_by: (state.approvals[one[1]] ?? []).map((u) => ({ user: user(userNamed(u)) })),
    });
  if (one && one[2] === '/reviewers' && method === 'GET')
    return send(
      200,
      (state.reviewers[one[1]] ?? []).map((r) => ({
        user: user(userNamed(r.username)),
        state: r.state,
        created_at: '2026-12-07T00:00:00.000Z',
      })),
    );
  if (!mr) return send(404, { message: '404 Not found' });
  if (!one[2] && method === 'PUT') {
    if ('title' in body) mr.title = body.title;
    if ('description' in body) mr.description = body.description;
    for (const l of csv(body.add_labels)) if (!mr.labels.includes(l)) mr.labels.push(l);
    if (body.reviewer_ids) mr.reviewer_ids = body.reviewer_ids;
    if ('squash' in body) mr.squash = body.squash;
    return send(200, mergeRequest(mr, port));
  }
  if (one[2] === '/merge' && method === 'PUT') {
    if (body?.merge_when_pipeline_succeeds || body?.auto_merge) mr.merge_when_pipeline_succeeds = true;
    if (body && 'squash' in body) mr.squash = body.squash;
    return send(200, mergeRequest(mr, port));
  }
  return send(405, { message: '405 Method Not Allowed' });
}

function authorized(headers) {
  if (!state.token) return false;
  const bearer = /^bearer\s+(.+)$/i.exec(headers.authorization ?? '')?.[1];
  return [headers['private-token'], headers['job-token'], bearer].includes(state.token);
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const port = server.address().port;
    const url = new URL(req.url, `http://127.0.0.1:${port}`);
    const raw = Buffer.concat(chunks).toString('utf8');
    const send = (status, obj, headers = {}) => {
      // One request per connection: a kept-alive socket the server times out as a client reuses it
      // fails that request ('other side closed'), which a loaded machine makes likely.
      res.writeHead(status, { 'content-type': 'application/json', connection: 'close', ...headers });
      res.end(obj === undefined ? '' : JSON.stringify(obj));
    };
    if (url.pathname === '/__control' && req.method === 'POST') {
      state = { ...fresh(), ...JSON.parse(raw) };
      // A merge request opened next follows those given, as GitLab numbers them.
      state.nextIid = Math.max(state.nextIid, ...state.mrs.map((m) => m.iid + 1));
      return send(200, { ok: true });
    }
    if (url.pathname === '/__requests') return send(200, { requests: state.requests, mrs: state.mrs });
    let body;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      return send(400, { message: 'body is not JSON' });
    }
    // The raw path, so a project path must arrive URL-encoded (group%2Fproject) to match {id}.
    const rawPath = req.url.split('?')[0];
    const verdict = checkRequest(specs, req.method, rawPath, url.searchParams, body);
    const entry = {
      method: req.method,
      path: rawPath,
      query: Object.fromEntries(url.searchParams),
      body,
      authorized: authorized(req.headers),
      header: req.headers['private-token'] ? 'PRIVATE-TOKEN' : req.headers['job-token'] ? 'JOB-TOKEN' : 'Authorization',
      ...(typeof verdict === 'string' ? { invalid: verdict } : { operationId: verdict.operationId }),
    };
    state.requests.push(entry);
    if (typeof verdict === 'string')
      return send(400, { message: `request does not match the API description: ${verdict}` });
    const failure = state.failures.find(
      (f) => new RegExp(f.match).test(`${req.method} ${rawPath}`) && (f.times ?? 1) > 0,
    );
    if (failure) {
      failure.times = (failure.times ?? 1) - 1;
      return send(failure.status, failure.body ?? { message: `scripted ${failure.status}` }, failure.headers ?? {});
    }
    if (!entry.authorized) return send(401, { message: '401 Unauthorized' });
    return gitlab(req.method, url, body, port, send);
  });
});
server.listen(Number(process.env.GITLAB_API_PORT ?? 0), '127.0.0.1', () =>
  process.stdout.write(`listening ${server.address().port}\n`),
);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
