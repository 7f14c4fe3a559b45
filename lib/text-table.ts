/**
 * A plain-text table for terminals: columns padded to their longest cell, counted in characters
 * (code points, so '✓' or an emoji takes the room it shows), a dashed rule under the header.
 */
export function textTable(rows: string[][]): string {
  if (rows.length === 0) return '';
  const len = (c: string | undefined) => [...(c ?? '')].length;
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => len(r[i]))));
  const fmt = (r: string[]) =>
    r
      .map((c, i) => (c ?? '') + ' '.repeat(Math.max(0, widths[i] - len(c))))
      .join('  ')
      .trimEnd();
  return [fmt(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(fmt)].join('\n');
}
