/**
 * Git trailers that name the deployment an HLD change belongs to. update-hld and rollback write
 * them into the commit they make and into the pull request's description; every forge's merge
 * keeps one of the two (a merge or rebase keeps the commit, a squash takes the commit message or
 * the description), so record-deployment finds the deployment whatever commit the merge made.
 */
export const TRAILERS = {
  service: 'Ringway-Service',
  ring: 'Ringway-Ring',
  tag: 'Ringway-Image-Tag',
  /** A rollback: the deployment it replaces. */
  rollbackOf: 'Ringway-Rollback-Of',
} as const;

export type DeploymentKey = Partial<Record<keyof typeof TRAILERS, string>>;

/** Longest trailer value kept: far past any service, ring, tag or row key. */
const MAX_VALUE = 200;

/**
 * One line of plain text: line breaks and other control characters become spaces, runs of
 * blanks one space, cut at MAX_VALUE. A value cannot start another trailer or paragraph.
 */
export function trailerValue(value: string): string {
  return value
    .replace(/[\x00-\x1f\x7f\u0085\u2028\u2029]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_VALUE)
    .trim();
}

/** The trailer lines for the values known; an empty value gives no line. */
export function formatTrailers(key: DeploymentKey): string[] {
  return (Object.keys(TRAILERS) as (keyof typeof TRAILERS)[]).flatMap((k) => {
    const v = trailerValue(key[k] ?? '');
    return v ? [`${TRAILERS[k]}: ${v}`] : [];
  });
}

const BY_NAME = new Map<string, keyof typeof TRAILERS>(
  (Object.entries(TRAILERS) as [keyof typeof TRAILERS, string][]).map(([k, name]) => [name.toLowerCase(), k]),
);

/** The deployment key of one paragraph's trailer lines; undefined when it has none. */
export function parseTrailers(paragraph: string): DeploymentKey | undefined {
  let key: DeploymentKey | undefined;
  for (const line of paragraph.split(/\r?\n/)) {
    const m = /^\s*(Ringway-[A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    const k = m && BY_NAME.get(m[1].toLowerCase());
    if (!m || !k) continue;
    const v = trailerValue(m[2]);
    if (v) (key ??= {})[k] = v;
  }
  return key;
}
