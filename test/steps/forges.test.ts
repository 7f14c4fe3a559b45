import { Inputs } from '../../lib/steps/inputs.js';
import { step as updateHld } from '../../lib/steps/update-hld.js';
import { startGitHttpServer, type GitHttpServer } from '../../stand-ins/git-http-server.js';
import { branchesOf, readFileAt } from '../../stand-ins/git.js';
import { RecordingHost } from '../../stand-ins/host.js';
import { FORGES, type ForgeCase } from '../support/forge-cases.js';

// update-hld's pull request on every forge with pull (merge) requests, the same case on each
// (rollback's is in rollback.test.ts, over the same table).

const FILES = {
  'component.yaml': 'name: hld\nsubcomponents:\n  - name: frontend\n    type: helm\n    path: ./c\n',
  'config/prod.yaml': '# prod\nsubcomponents: {}\n',
};

describe.each(FORGES)('update-hld on $forge (API requests checked against $against)', (f) => {
  let server: GitHttpServer;
  let api: Awaited<ReturnType<ForgeCase['start']>>;
  beforeAll(async () => {
    [server, api] = await Promise.all([startGitHttpServer({ token: f.token }), f.start()]);
  });
  afterAll(async () => {
    await Promise.all([server?.stop(), api?.stop()]);
  });

  test('one branch and one pull request for a change, also when the step runs twice; the target branch untouched until review', async () => {
    await api.reset(f.token);
    const repo = await server.repo(f.repoPath, { files: FILES });
    const values = {
      ...api.inputs,
      token: f.token,
      'hld-repo': repo.httpUrl,
      component: 'frontend',
      environment: 'prod',
      'image-tag': 'master-42',
      ring: 'prod',
    };
    const host = new RecordingHost({ buildId: '9', buildUrl: 'https://ci.example/9' });
    const first = await updateHld.run(Inputs.of(updateHld, values), host);
    expect(first).toMatchObject({
      changed: 'true',
      branch: 'DEPLOY/frontend-prod-master-42',
      'pull-request-number': '100',
      'pull-request-url': api.proposalUrl('100', repo.httpUrl),
    });
    const second = await updateHld.run(Inputs.of(updateHld, values), new RecordingHost());
    expect(second).toMatchObject({ commit: first.commit, 'pull-request-number': '100' });
    const proposals = await api.proposals();
    expect(proposals).toHaveLength(1);
    expect(proposals[0].title).toBe('Updating frontend image tag to master-42.');
    expect(proposals[0].body).toMatch(/Ringway-/);
    expect(proposals[0].autoMerge).toBe(false);
    expect(readFileAt(repo.dir, 'DEPLOY/frontend-prod-master-42', 'config/prod.yaml')).toContain('tag: master-42');
    expect(readFileAt(repo.dir, 'main', 'config/prod.yaml')).toBe(FILES['config/prod.yaml']);
    expect(branchesOf(repo.dir).sort()).toEqual(['DEPLOY/frontend-prod-master-42', 'main']);
    expect(host.output).not.toContain(f.token);
  }, 180_000);
});
