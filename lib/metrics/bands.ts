/**
 * DORA's performance clusters from the Accelerate State of DevOps Report 2024 (the last report
 * that publishes elite/high/medium/low; the 2025 report describes seven team profiles instead).
 * A cluster's values are read as bounds a team must meet or beat; see docs/metrics.md.
 */
export type Band = 'elite' | 'high' | 'medium' | 'low';

/** Four Keys' deployment-frequency buckets, best first. */
export type Frequency = 'daily' | 'weekly' | 'monthly' | 'less than monthly';
const FREQUENCY_RANK: Record<Frequency, number> = { daily: 3, weekly: 2, monthly: 1, 'less than monthly': 0 };

const HOUR = 3600e3;
const DAY = 24 * HOUR;

interface Cluster {
  band: Band;
  frequency: Frequency;
  /** Lead time must be below this. */
  leadTimeMs: number;
  /** Change failure rate must be at most this. */
  changeFailureRate: number;
  /** Failed deployment recovery time must be below this. */
  restoreMs: number;
}

export const CLUSTERS_2024: Cluster[] = [
  { band: 'elite', frequency: 'daily', leadTimeMs: DAY, changeFailureRate: 0.05, restoreMs: HOUR },
  { band: 'high', frequency: 'weekly', leadTimeMs: 7 * DAY + 1, changeFailureRate: 0.2, restoreMs: DAY },
  { band: 'medium', frequency: 'monthly', leadTimeMs: 730 * HOUR + 1, changeFailureRate: 0.1, restoreMs: DAY },
  { band: 'low', frequency: 'less than monthly', leadTimeMs: Infinity, changeFailureRate: 1, restoreMs: Infinity },
];

export interface BandInput {
  frequency?: Frequency;
  leadTimeMedianMs?: number;
  changeFailureRate?: number;
  restoreMedianMs?: number;
}

export interface Bands {
  overall: Band | '';
  deploymentFrequency: Band | '';
  leadTime: Band | '';
  changeFailureRate: Band | '';
  timeToRestore: Band | '';
}

type Key = 'frequency' | 'lead' | 'cfr' | 'restore';

function meets(c: Cluster, k: Key, m: BandInput): boolean | undefined {
  switch (k) {
    case 'frequency':
      return m.frequency === undefined ? undefined : FREQUENCY_RANK[m.frequency] >= FREQUENCY_RANK[c.frequency];
    case 'lead':
      return m.leadTimeMedianMs === undefined ? undefined : m.leadTimeMedianMs < c.leadTimeMs;
    case 'cfr':
      return m.changeFailureRate === undefined ? undefined : m.changeFailureRate <= c.changeFailureRate;
    case 'restore':
      return m.restoreMedianMs === undefined ? undefined : m.restoreMedianMs < c.restoreMs;
  }
}

/** The best cluster whose every value the metrics meet (metrics without data are left out). */
export function bands(m: BandInput): Bands {
  const one = (k: Key): Band | '' =>
    meets(CLUSTERS_2024[0], k, m) === undefined
      ? ''
      : (CLUSTERS_2024.find((c) => meets(c, k, m)) ?? CLUSTERS_2024[3]).band;
  const keys: Key[] = ['frequency', 'lead', 'cfr', 'restore'];
  const known = keys.filter((k) => meets(CLUSTERS_2024[0], k, m) !== undefined);
  const overall =
    m.frequency === undefined
      ? ''
      : (CLUSTERS_2024.find((c) => known.every((k) => meets(c, k, m))) ?? CLUSTERS_2024[3]).band;
  return {
    overall,
    deploymentFrequency: one('frequency'),
    leadTime: one('lead'),
    changeFailureRate: one('cfr'),
    timeToRestore: one('restore'),
  };
}

/** Linear-interpolated percentile of sorted values (BigQuery's PERCENTILE_CONT, as Four Keys uses). */
export function percentile(sorted: number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const x = (sorted.length - 1) * p;
  const lo = Math.floor(x);
  const hi = Math.ceil(x);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (x - lo);
}
