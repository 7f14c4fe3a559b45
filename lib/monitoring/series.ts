/** What a metrics backend answers, whatever its API: series of timed values. */
export interface Series {
  /** The series' labels (Prometheus `metric`; a Log Analytics row's other columns), shown to say which series failed. */
  labels: Record<string, string>;
  /** Its values by time (ms since the epoch); NaN and ±Infinity kept as the backend sent them. */
  points: { t: number; v: number }[];
}

/** One backend that answers metric queries (Prometheus, Azure Monitor Logs). */
export interface MetricSource {
  /**
   * The query's value at one moment: one point per series. `fromMs` is the window's start: a
   * backend without an evaluation time (Log Analytics) queries the data from it to `atMs`.
   */
  instant(query: string, atMs: number, fromMs?: number): Promise<Series[]>;
  /**
   * The query evaluated every `stepMs` from `startMs` to `endMs` (both included). A backend without
   * it (Log Analytics) is asked once per measurement instead, each over the `stepMs` before it.
   */
  range?(query: string, startMs: number, endMs: number, stepMs: number): Promise<Series[]>;
}

/** `{code="500", ingress="web"}`: a series as a person reads it ('{}' when it has no labels). */
export function seriesName(labels: Record<string, string>): string {
  const parts = Object.entries(labels)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}="${v}"`);
  return `{${parts.join(', ')}}`;
}
