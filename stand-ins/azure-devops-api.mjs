// The Azure DevOps Git REST API (api-version 7.1) for the forge stand-in: each request is first held
// to the published description (a verbatim subset of MicrosoftDocs/vsts-rest-api-specs
// specification/git/7.1/git.json, stand-ins/azure-devops-api/README.md), then answered in the
// documented shapes from the scripted state: pull requests, commit statuses (by commit) and
// reviewer votes (by pull request id).
import { readFileSync } from 'node:fs';
import { swagger2Validator } from './swagger2.mjs';

/** The operations this stand-in answers: exactly those of the vendored subset (a test holds the two together). */
export const ANSWERED = [
  'Repositories_Get Repository',
  'Statuses_List',
  'Pull Requests_Get Pull Requests',
  'Pull Requests_Create',
  'Pull Requests_Update',
  'Pull Request Labels_Create',
  'Pull Request Reviewers_Create Pull Request Reviewer',
  'Pull Request Reviewers_List',
];

export function azureDevOpsApi(descriptionPath) {
  const description = JSON.parse(readFileSync(descriptionPath, 'utf8'));
  // Azure DevOps routes match without regard to case (…/pullrequests/{id}/labels, …/pullRequests/{id}/labels).
  const check = swagger2Validator(description, { caseInsensitive: true });
  const validate = (method, path, query, body) => {
    const verdict = check(method, path, query, body);
    // The description is of 7.1; a request for another version is not one it describes.
    if (typeof verdict !== 'string' && query.get('api-version') !== '7.1')
      return `${method} ${verdict.route}: api-version must be 7.1, got '${query.get('api-version')}'`;
    return verdict;
  };
  // Lists come in the service's {count, value} envelope; the description documents the list itself.
  const answerFault = (verdict, status, body) =>
    check.answerFault(verdict, status, body, (b) => (Array.isArray(b?.value) ? b.value : b));
  return { validate, answer, answerFault };
}

const identity = (id, name) => ({ id, displayName: name, uniqueName: `${name}@contoso.test` });

function pullRequest(pr, port) {
  return {
    repository: { id: 'repo-guid', name: pr.repo, project: { id: 'project-guid', name: pr.project } },
    pullRequestId: pr.id,
    codeReviewId: pr.id,
    status: 'active',
    createdBy: identity(pr.createdBy ?? 'user-guid', 'ringway'),
    creationDate: '2026-11-24T00:00:00Z',
    title: pr.title,
    description: pr.description,
    sourceRefName: pr.sourceRefName,
    targetRefName: pr.targetRefName,
    mergeStatus: 'queued',
    isDraft: false,
    reviewers: pr.reviewers.map((id) => ({ id, vote: 0, isRequired: false })),
    labels: pr.labels.map((name) => ({ id: `${name}-id`, name, active: true })),
    autoCompleteSetBy: pr.autoCompleteSetBy,
    completionOptions: pr.completionOptions,
    url: `http://127.0.0.1:${port}/${pr.org}/${pr.project}/_apis/git/repositories/${pr.repo}/pullRequests/${pr.id}`,
  };
}

// Lists come as {count, value}: the service's envelope for collections (the description shows the bare array).
const collection = (value) => ({ value, count: value.length });

function answer({ operationId, params }, req, url, body, port, send, state) {
  const { organization: org, project, repositoryId: repo } = params;
  switch (operationId) {
    case 'Repositories_Get Repository':
      return send(200, {
        id: 'repo-guid',
        name: repo,
        project: { id: 'project-guid', name: project },
        defaultBranch: 'refs/heads/main',
      });
    case 'Statuses_List':
      return send(
        200,
        collection(
          (state.statuses[params.commitId] ?? []).map((c, i) => ({
            id: i + 1,
            state: c.state,
            description: c.description ?? '',
            context: { name: c.name, genre: c.genre },
            creationDate: '2026-11-24T00:00:00Z',
            createdBy: identity('build-guid', 'Build'),
          })),
        ),
      );
    case 'Pull Requests_Get Pull Requests': {
      const q = (k) => url.searchParams.get(`searchCriteria.${k}`);
      const status = q('status') ?? 'active';
      return send(
        200,
        collection(
          state.prs
            .filter(
              (p) =>
                p.repo === repo &&
                (!q('sourceRefName') || p.sourceRefName === q('sourceRefName')) &&
                (!q('targetRefName') || p.targetRefName === q('targetRefName')) &&
                (status === 'all' || (p.status ?? 'active') === status),
            )
            .map((p) => pullRequest(p, port)),
        ),
      );
    }
    case 'Pull Requests_Create': {
      if (!/^refs\/heads\//.test(body.sourceRefName ?? '') || !/^refs\/heads\//.test(body.targetRefName ?? ''))
        return send(400, {
          message: 'TF401398: source and target must be full refs/heads/ names',
          typeKey: 'InvalidArgumentValueException',
        });
      if (state.prs.some((p) => p.sourceRefName === body.sourceRefName && p.targetRefName === body.targetRefName))
        return send(409, {
          message: 'TF401179: An active pull request for the source and target branch already exists.',
          typeKey: 'GitPullRequestExistsException',
        });
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
      return send(201, pullRequest(pr, port));
    }
  }
  const pr = state.prs.find((p) => p.id === Number(params.pullRequestId) && p.repo === repo);
  const reviews = state.reviews[String(params.pullRequestId)];
  if (operationId === 'Pull Request Reviewers_List' && reviews)
    return send(
      200,
      collection(reviews.map((r) => ({ ...identity(`${r.name}-guid`, r.name), vote: r.vote, isRequired: false }))),
    );
  if (!pr)
    return send(404, {
      message: 'TF401180: The requested pull request was not found.',
      typeKey: 'GitPullRequestNotFoundException',
    });
  switch (operationId) {
    case 'Pull Requests_Update':
      for (const k of ['title', 'description', 'autoCompleteSetBy', 'completionOptions'])
        if (k in body) pr[k] = body[k];
      return send(200, pullRequest(pr, port));
    case 'Pull Request Labels_Create':
      if (!pr.labels.includes(body.name)) pr.labels.push(body.name);
      return send(200, { id: `${body.name}-id`, name: body.name, active: true });
    case 'Pull Request Reviewers_Create Pull Request Reviewer':
      if (!pr.reviewers.includes(params.reviewerId)) pr.reviewers.push(params.reviewerId);
      return send(200, { id: params.reviewerId, vote: body.vote ?? 0 });
    case 'Pull Request Reviewers_List':
      return send(200, collection(pr.reviewers.map((id) => ({ id, vote: 0, isRequired: false }))));
  }
  return send(501, { message: `the stand-in does not answer ${operationId}` });
}
