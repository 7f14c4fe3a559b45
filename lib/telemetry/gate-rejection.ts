import type { DeploymentRow } from './row.js';

/**
 * Why the gate rejected a deployment: the `gateRejectedBy` column, a JSON list of the rejecting
 * conditions, each with the metric check, the measured value and the threshold when it is a metric
 * (the same names as the gate's `conditions` output). Spektate ignores the column; ringway's
 * listings show it.
 */
export interface GateRejection {
  /** The gate condition: metric, health, checks, approvals, synced, rolled-back. */
  condition: string;
  /** A metric check's name. */
  check?: string;
  /** The measured value that failed. */
  value?: string;
  /** The check's condition, as written (`< 0.01`). */
  threshold?: string;
  /** The condition's one-line detail. */
  detail: string;
}

/** Bounds on what one row carries (a table property holds at most 32K characters). */
const MAX_CONDITIONS = 10;
const MAX_TEXT = 300;

const cut = (s: string) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);

/** The column's value: the rejections as JSON, each text cut to a few hundred characters. */
export function gateRejectionColumn(rejections: GateRejection[]): string {
  const kept = rejections.slice(0, MAX_CONDITIONS).map((r) => {
    const out: GateRejection = { condition: cut(r.condition), detail: cut(r.detail) };
    for (const k of ['check', 'value', 'threshold'] as const) if (r[k]) out[k] = cut(r[k] as string);
    return out;
  });
  return kept.length ? JSON.stringify(kept) : '';
}

/**
 * The rejections a row records. A row is anyone's data: what is not a list of objects with a
 * `condition` and a `detail` string is left out, and fields other than strings are dropped.
 */
export function gateRejections(row: Pick<DeploymentRow, 'gateRejectedBy'>): GateRejection[] {
  let v: unknown;
  try {
    v = row.gateRejectedBy ? JSON.parse(row.gateRejectedBy) : [];
  } catch {
    return [];
  }
  if (!Array.isArray(v)) return [];
  const text = (o: Record<string, unknown>, k: string) => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
  return v.slice(0, MAX_CONDITIONS).flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const o = item as Record<string, unknown>;
    const condition = text(o, 'condition');
    if (!condition) return [];
    const r: GateRejection = { condition, detail: text(o, 'detail') ?? '' };
    for (const k of ['check', 'value', 'threshold'] as const) {
      const s = text(o, k);
      if (s) r[k] = s;
    }
    return [r];
  });
}

/** One rejection in a few words: `metric http-5xx-ratio = 0.25 (threshold < 0.01)`, else `health: <detail>`. */
export function gateRejectionText(r: GateRejection): string {
  if (r.check && r.value && r.threshold) return `${r.condition} ${r.check} = ${r.value} (threshold ${r.threshold})`;
  return `${r.condition}${r.check ? ` ${r.check}` : ''}: ${r.detail}`;
}
