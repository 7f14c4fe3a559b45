/**
 * Rows are data: a value the gate reads from a deployment row and cannot use (a time that is not
 * one, a commit or pull request that is not one) gives the condition an error naming the row and
 * the column, never the parser's own words, and nothing is asked of a forge with it.
 */
import { evaluateGate, type GateDeps, type GateQuestion } from '../../lib/promotion/evaluate.js';
import type { DeploymentRow } from '../../lib/telemetry/row.js';
import { gateQuestion } from '../support/gate-question.js';

const question = (extra: Partial<GateQuestion> = {}): GateQuestion => gateQuestion({ soakMs: 3_600_000, ...extra });

const row = (fields: Partial<DeploymentRow>): DeploymentRow => ({
  partitionKey: 'fabrikam',
  rowKey: '5a1b2c',
  service: 'frontend',
  imageTag: 'v3',
  env: 'dev',
  p2: '22',
  manifestCommitId: '2e'.repeat(20),
  manifestsPushedAt: '2026-12-01T10:00:00.000Z',
  syncedAt: '2026-12-01T10:05:00.000Z',
  commitId: '1f'.repeat(20),
  sourceRepo: 'https://github.com/fabrikam/frontend',
  hldRepo: 'https://github.com/fabrikam/hld',
  pr: '7',
  ...fields,
});

/** The outside world with one row; any forge call is recorded (none may be made with a bad value). */
function deps(r: DeploymentRow): GateDeps & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    rowsForTag: async () => [r],
    signals: (url: string) => ({
      commitChecks: async (sha: string) => {
        asked.push(`checks ${url} ${sha}`);
        return [];
      },
      reviews: async (pr: string) => {
        asked.push(`reviews ${url} ${pr}`);
        return [];
      },
    }),
    syncTag: async () => ({ applied: true, tagCommit: '2e'.repeat(20) }),
    now: () => Date.parse('2026-12-02T10:00:00Z'),
  } as unknown as GateDeps & { asked: string[] };
}

test('a time that is not one (syncedAt, manifestsPushedAt) errs naming the row and the column, not "Invalid time value"', async () => {
  for (const [column, value, extra] of [
    ['syncedAt', 'yesterday\n::error::x', {}],
    ['syncedAt', '+275760-09-13T00:00:00.000Z', {}],
    ['manifestsPushedAt', 'not a date', { syncedAt: '', manifestRepo: 'https://github.com/fabrikam/manifests' }],
  ] as const) {
    const answer = await evaluateGate(question(), deps(row({ [column]: value, ...extra })));
    expect(answer.decision).toBe('error');
    const soaked = answer.conditions.find((c) => c.name === 'soaked');
    expect(soaked).toMatchObject({ verdict: 'error' });
    expect(soaked?.detail).toMatch(
      new RegExp(`^deployment 5a1b2c \\(partition fabrikam\\), column '${column}': '.*' is not a time \\(ISO 8601\\)$`),
    );
    expect(soaked?.detail).not.toContain('\n');
    expect(answer.reason).not.toContain('Invalid time value');
  }
});

test('a commit or pull request number that is not one is never put into a forge request; the row and column are named', async () => {
  const badSha = deps(row({ commitId: '../../orgs/x' }));
  const checks = await evaluateGate(question({ soakMs: 0, requiredChecks: ['ci'] }), badSha);
  expect(checks.conditions.find((c) => c.name === 'checks')).toEqual({
    name: 'checks',
    verdict: 'error',
    detail: "deployment 5a1b2c (partition fabrikam), column 'commitId': '../../orgs/x' is not a commit SHA",
  });
  const badPr = deps(row({ pr: '7/../../8' }));
  const approvals = await evaluateGate(question({ soakMs: 0, requiredApprovals: 1 }), badPr);
  expect(approvals.conditions.find((c) => c.name === 'approvals')).toEqual({
    name: 'approvals',
    verdict: 'error',
    detail: "deployment 5a1b2c (partition fabrikam), column 'pr': '7/../../8' is not a pull request number",
  });
  let synced = false;
  const badManifest = {
    ...deps(row({ syncedAt: '', manifestCommitId: '--upload-pack=x', manifestRepo: 'https://github.com/f/m' })),
    syncTag: async () => {
      synced = true;
      return { applied: true, tagCommit: '' };
    },
  };
  const sync = await evaluateGate(question({ soakMs: 0 }), badManifest as GateDeps);
  expect(sync.conditions.find((c) => c.name === 'synced')).toEqual({
    name: 'synced',
    verdict: 'error',
    detail: "deployment 5a1b2c (partition fabrikam), column 'manifestCommitId': '--upload-pack=x' is not a commit SHA",
  });
  expect(synced).toBe(false);
  expect([...badSha.asked, ...badPr.asked]).toEqual([]);
});
