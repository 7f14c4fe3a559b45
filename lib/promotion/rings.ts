import { UsageError } from '../errors.js';

export interface RingPair {
  rings: string[];
  from: string;
  to: string;
}

/**
 * The hop a gate guards. Rings are ordered; a promotion moves one ring forward. Either end may be
 * left out and is taken from the order (to-ring: the next one; from-ring: the one before).
 */
export function ringPair(ringsList: string[], fromRing: string, toRing: string): RingPair {
  const rings = ringsList.map((r) => r.trim().toLowerCase()).filter(Boolean);
  if (rings.length < 2) throw new UsageError(`input 'rings' needs at least two rings in order (dev,staging,prod), got '${ringsList.join(',')}'`);
  const dup = rings.find((r, i) => rings.indexOf(r) !== i);
  if (dup) throw new UsageError(`input 'rings' names '${dup}' twice`);
  const from = fromRing.trim().toLowerCase();
  const to = toRing.trim().toLowerCase();
  if (!from && !to) throw new UsageError("give 'to-ring' (or 'from-ring'): the gate needs to know which promotion it guards");
  const at = (name: string, input: string) => {
    const i = rings.indexOf(name);
    if (i < 0) throw new UsageError(`input '${input}': '${name}' is not one of the rings ${rings.join(', ')}`);
    return i;
  };
  if (from && to) {
    const i = at(from, 'from-ring');
    const j = at(to, 'to-ring');
    if (j !== i + 1) throw new UsageError(`input 'to-ring': '${to}' does not follow '${from}' in rings ${rings.join(', ')}; promote one ring at a time`);
    return { rings, from, to };
  }
  if (to) {
    const j = at(to, 'to-ring');
    if (j === 0) throw new UsageError(`input 'to-ring': '${to}' is the first ring; there is nothing to promote from`);
    return { rings, from: rings[j - 1], to };
  }
  const i = at(from, 'from-ring');
  if (i === rings.length - 1) throw new UsageError(`input 'from-ring': '${from}' is the last ring; there is nothing to promote to`);
  return { rings, from, to: rings[i + 1] };
}
