import { UsageError } from '../errors.js';

export interface RingPair {
  rings: string[];
  from: string;
  to: string;
}

/** The rings in promotion order, lower-cased: at least two, none twice. */
export function ringOrder(ringsList: string[]): string[] {
  const rings = ringsList.map((r) => r.trim().toLowerCase()).filter(Boolean);
  if (rings.length < 2)
    throw new UsageError(
      `the rings list needs at least two rings in order (dev,staging,prod), got '${ringsList.join(',')}'`,
    );
  const dup = rings.find((r, i) => rings.indexOf(r) !== i);
  if (dup) throw new UsageError(`the rings list names '${dup}' twice`);
  return rings;
}

/** A ring name as given (lower-cased; '' when left out), which must be one of `rings`. */
export function ringIn(rings: string[], name: string): string {
  const ring = name.trim().toLowerCase();
  if (ring && !rings.includes(ring))
    throw new UsageError(`ring '${ring}' is not in the rings list ${rings.join(', ')}`);
  return ring;
}

/**
 * The hop a gate guards. Rings are ordered; a promotion moves one ring forward. Either end may be
 * left out and is taken from the order (to: the next one; from: the one before). Errors name the
 * ring; the step adds which input it came from.
 */
export function ringPair(ringsList: string[], fromRing: string, toRing: string): RingPair {
  const rings = ringOrder(ringsList);
  const from = ringIn(rings, fromRing);
  const to = ringIn(rings, toRing);
  if (!from && !to)
    throw new UsageError(
      "give the input 'to-ring' (or 'from-ring'): the gate needs to know which promotion it guards",
      { input: 'to-ring' },
    );
  if (from && to) {
    if (rings.indexOf(to) !== rings.indexOf(from) + 1)
      throw new UsageError(
        `ring '${to}' does not follow '${from}' in rings ${rings.join(', ')}; promote one ring at a time`,
      );
    return { rings, from, to };
  }
  if (to) {
    const j = rings.indexOf(to);
    if (j === 0) throw new UsageError(`ring '${to}' is the first ring; there is nothing to promote from`);
    return { rings, from: rings[j - 1], to };
  }
  const i = rings.indexOf(from);
  if (i === rings.length - 1) throw new UsageError(`ring '${from}' is the last ring; there is nothing to promote to`);
  return { rings, from, to: rings[i + 1] };
}
