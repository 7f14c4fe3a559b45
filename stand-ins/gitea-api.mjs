// The Gitea REST API (/api/v1) for the forge stand-in: each request is first held to Gitea's published
// Swagger 2.0 description (a verbatim subset of templates/swagger/v1_json.tmpl, stand-ins/gitea-api/README.md),
// then answered in the documented shapes from the scripted state: pull requests, repository labels,
// commit statuses (by commit) and reviews (by pull request number).
import { readFileSync } from 'node:fs';
import { swagger2Validator } from './swagger2.mjs';

/** The operations this stand-in answers: exactly those of the vendored subset (a test holds the two together). */
export const ANSWERED = [
  'repoGet',
  'issueListLabels',
  'repoGetCombinedStatusByRef',
  'repoListPullRequests',
  'repoCreatePullRequest',
  'repoEditPullRequest',
  'issueAddLabel',
  'repoCreatePullReviewRequests',
  'repoMergePullRequest',
  'repoListPullReviews',
];

export function giteaApi(descriptionPath) {
  const validate = swagger2Validator(JSON.parse(readFileSync(descriptionPath, 'utf8')));
  return { validate, answer, answerFault: validate.answerFault };
}

const user = (login, id) => ({ id, login, login_name: login, full_name: login, email: `${login}@gitea.test` });

function repository(owner, repo) {
  return {
    id: 1,
    name: repo,
    full_name: `${owner}/${repo}`,
    owner: user(owner, 2),
    private: true,
    default_branch: 'main',
    permissions: { admin: false, push: true, pull: true },
  };
}

function pull(pr, port) {
  const web = `http://127.0.0.1:${port}/${pr.owner}/${pr.repo}`;
  const repo = repository(pr.owner, pr.repo);
  return {
    id: pr.number * 10,
    number: pr.number,
    url: `${web}/pulls/${pr.number}`,
    html_url: `${web}/pulls/${pr.number}`,
    state: pr.state ?? 'open',
    merged: Boolean(pr.merged),
    title: pr.title,
    body: pr.body,
    user: user('ringway', 3),
    labels: pr.labels.map((name, i) => ({ id: i + 1, name, color: 'ededed' })),
    requested_reviewers: pr.reviewers.map((login, i) => user(login, 20 + i)),
    head: { label: pr.head, ref: pr.head, sha: 'a'.repeat(40), repo_id: 1, repo },
    base: { label: pr.base, ref: pr.base, sha: 'b'.repeat(40), repo_id: 1, repo },
    created_at: '2026-11-24T00:00:00Z',
    updated_at: '2026-11-24T00:00:00Z',
  };
}

/** One page of a list, as Gitea pages it (`page` from 1, `limit` items). */
function page(list, url) {
  const limit = Number(url.searchParams.get('limit') ?? 30);
  const p = Number(url.searchParams.get('page') ?? 1);
  return list.slice((p - 1) * limit, p * limit);
}

function answer({ operationId, params }, req, url, body, port, send, state) {
  const { owner, repo } = params;
  const labelsOfRepo = state.labels ?? [];
  const findPr = () => state.prs.find((p) => p.owner === owner && p.repo === repo && p.number === Number(params.index));
  switch (operationId) {
    case 'repoGet':
      return send(200, repository(owner, repo));
    case 'issueListLabels':
      return send(
        200,
        page(
          labelsOfRepo.map((l) => ({ ...l, color: 'ededed', description: '', exclusive: false, is_archived: false })),
          url,
        ),
      );
    case 'repoGetCombinedStatusByRef': {
      const statuses = (state.statuses[params.ref] ?? []).map((c, i) => ({
        id: i + 1,
        context: c.context,
        status: c.status,
        description: c.description ?? '',
        target_url: '',
        creator: user('ci', 40),
        created_at: '2026-11-24T00:00:00Z',
        updated_at: '2026-11-24T00:00:00Z',
      }));
      const states = statuses.map((x) => x.status);
      const overall = states.some((x) => x === 'failure' || x === 'error')
        ? 'failure'
        : states.some((x) => x === 'pending') || !states.length
          ? 'pending'
          : 'success';
      return send(200, {
        state: overall,
        sha: params.ref,
        total_count: statuses.length,
        statuses: page(statuses, url),
        repository: repository(owner, repo),
        commit_url: '',
        url: '',
      });
    }
    case 'repoListPullRequests': {
      const wanted = url.searchParams.get('state') ?? 'open';
      const list = state.prs.filter(
        (p) => p.owner === owner && p.repo === repo && (wanted === 'all' || (p.state ?? 'open') === wanted),
      );
      return send(
        200,
        page(list, url).map((p) => pull(p, port)),
      );
    }
    case 'repoCreatePullRequest': {
      const existing = state.prs.find(
        (p) =>
          p.owner === owner &&
          p.repo === repo &&
          p.head === body.head &&
          p.base === body.base &&
          (p.state ?? 'open') === 'open',
      );
      if (existing)
        return send(409, {
          message: `pull request already exists for these targets [id: ${existing.number * 10}, issue_id: ${existing.number}, head_repo_id: 1, base_repo_id: 1, head_branch: ${body.head}, base_branch: ${body.base}]`,
          url: `http://127.0.0.1:${port}/api/swagger`,
        });
      if (!body.head || !body.base || !body.title)
        return send(422, { message: 'head, base and title are required', url: '' });
      const pr = {
        owner,
        repo,
        number: state.nextId++,
        head: body.head,
        base: body.base,
        title: body.title,
        body: body.body ?? '',
        labels: (body.labels ?? []).map((id) => labelsOfRepo.find((l) => l.id === id)?.name),
        reviewers: body.reviewers ?? [],
        autoMerge: null,
      };
      state.prs.push(pr);
      return send(201, pull(pr, port));
    }
  }
  const pr = findPr();
  if (!pr) return send(404, { message: "The target couldn't be found.", url: '', errors: [] });
  switch (operationId) {
    case 'repoEditPullRequest':
      Object.assign(pr, { title: body.title ?? pr.title, body: body.body ?? pr.body });
      return send(201, pull(pr, port));
    case 'issueAddLabel': {
      for (const id of body.labels ?? []) {
        const label = labelsOfRepo.find((l) => l.id === id || l.name === id);
        if (!label) return send(422, { message: `label ${id} does not exist`, url: '' });
        if (!pr.labels.includes(label.name)) pr.labels.push(label.name);
      }
      return send(200, pull(pr, port).labels);
    }
    case 'repoCreatePullReviewRequests':
      for (const r of body.reviewers ?? []) if (!pr.reviewers.includes(r)) pr.reviewers.push(r);
      return send(
        201,
        (body.reviewers ?? []).map((login, i) => ({ id: 100 + i, user: user(login, 20 + i), state: 'REQUEST_REVIEW' })),
      );
    case 'repoMergePullRequest':
      if (pr.autoMerge)
        return send(409, { message: `pull request ${pr.number} is already scheduled to auto merge`, url: '' });
      if (!body.merge_when_checks_succeed)
        return send(405, { message: 'the stand-in only schedules auto-merges', url: '' });
      pr.autoMerge = { do: body.Do, deleteBranch: body.delete_branch_after_merge ?? false };
      return send(201);
    case 'repoListPullReviews': {
      const list = (state.reviews[String(pr.number)] ?? []).map((r, i) => ({
        id: i + 1,
        user: user(r.login, 30 + i),
        state: r.state,
        body: '',
        dismissed: Boolean(r.dismissed),
        stale: false,
        official: true,
        commit_id: 'a'.repeat(40),
        submitted_at: `2026-11-24T00:0${i % 10}:00Z`,
      }));
      return send(200, page(list, url));
    }
  }
  return send(501, { message: `the stand-in does not answer ${operationId}`, url: '' });
}
