/** Forwarding ports of L4 rules as intervals, and a sorted index that finds an overlap in logarithmic time. */

export interface PortInterval {
  lo: number;
  hi: number;
}

const PORT = /^(\d{1,5})(?:-(\d{1,5}))?$/;

/** "80" or "81-85" in 1–65535, ascending; undefined for anything else (the offline rules word those). */
export function portInterval(text: unknown): PortInterval | undefined {
  if (typeof text !== "string" || text.length > 11) return undefined;
  const m = PORT.exec(text);
  if (!m) return undefined;
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  return lo >= 1 && hi <= 65535 && lo <= hi ? { lo, hi } : undefined;
}

export const intervalText = (i: PortInterval): string => (i.lo === i.hi ? String(i.lo) : `${i.lo}-${i.hi}`);

export interface IndexedPorts<T> extends PortInterval {
  owner: T;
  /** The entry as written ("81-85"). */
  text: string;
}

/**
 * The intervals of one protocol sorted by their start, with the running maximum of their ends, so that "does
 * anything overlap [lo, hi]" is a binary search and the answer a short walk back.
 */
export class PortIndex<T> {
  private readonly sorted: IndexedPorts<T>[];
  private readonly maxHi: number[];

  constructor(entries: readonly IndexedPorts<T>[]) {
    this.sorted = [...entries].sort((a, b) => a.lo - b.lo || a.hi - b.hi);
    let max = 0;
    this.maxHi = this.sorted.map((e) => (max = Math.max(max, e.hi)));
  }

  /** An entry overlapping the interval whose owner `skip` does not exclude (a rule is not its own conflict). */
  overlapping(i: PortInterval, skip: (owner: T) => boolean = () => false): IndexedPorts<T> | undefined {
    let low = 0;
    let high = this.sorted.length - 1;
    let last = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.sorted[mid]!.lo <= i.hi) {
        last = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    for (let k = last; k >= 0 && this.maxHi[k]! >= i.lo; k--) {
      const e = this.sorted[k]!;
      if (e.hi >= i.lo && !skip(e.owner)) return e;
    }
    return undefined;
  }
}
