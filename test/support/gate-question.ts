import type { GateQuestion } from '../../lib/promotion/evaluate.js';
import { ringPair } from '../../lib/promotion/rings.js';

/**
 * A gate question that asks for the records alone (synced, no soak, no checks, approvals or health
 * probe): frontend v3 from dev to staging unless `extra` says otherwise.
 */
export function gateQuestion(extra: Partial<GateQuestion> = {}): GateQuestion {
  return {
    service: 'frontend',
    imageTag: 'v3',
    pair: ringPair(['dev', 'staging', 'prod'], 'dev', 'staging'),
    soakMs: 0,
    requireSynced: true,
    manifestRepo: '',
    syncTag: 'flux-sync',
    requiredChecks: [],
    checksCommit: 'source',
    checksRepo: '',
    requiredApprovals: 0,
    hldRepo: '',
    healthUrls: [],
    healthExpect: '',
    healthTimeoutMs: 1000,
    ...extra,
  };
}
