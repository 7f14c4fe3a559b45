// A metrics report built by hand, for the format and chart tests.
import type { GroupMetrics, MetricsReport, WeekPoint } from '../../lib/metrics/compute.js';

export function group(over: Partial<GroupMetrics> = {}): GroupMetrics {
  return {
    service: 'web',
    ring: 'prod',
    basis: 'cluster-synced',
    deployments: 8,
    deploymentsPerWeek: 2,
    frequency: 'weekly',
    leadTime: { count: 6, medianHours: 0.5, p90Hours: 26, withoutCommitTime: 2 },
    changeFailure: { failed: 1, rate: 0.125, rolledBack: 1, gateRejected: 0, syncFailed: 0 },
    timeToRestore: { count: 1, medianHours: 1.5, p90Hours: 1.5, unrestored: 0 },
    band: {
      overall: 'high',
      deploymentFrequency: 'high',
      leadTime: 'elite',
      changeFailureRate: 'high',
      timeToRestore: 'high',
    },
    ...over,
  };
}

export function report(groups: GroupMetrics[], weeks: WeekPoint[] = []): MetricsReport {
  const deployments = groups.reduce((n, g) => n + g.deployments, 0);
  return {
    since: '2026-11-01T00:00:00.000Z',
    until: '2026-11-29T00:00:00.000Z',
    days: 28,
    rowsRead: 40,
    groups,
    total: group({ service: 'all', ring: 'all', basis: 'mixed', deployments }),
    weeks,
  };
}
