import { toPointer } from "./pointer";

/**
 * The most entries of one list the shape check reads. The longest list a request carries is far shorter (50 tags
 * per resource; 200 L4 rules per call). Past it, the schema library's issues grow with the list and are gathered
 * with spreads that overflow the stack (seen on Node 24 with 166,000 numbers in a TagSet).
 */
export const MAX_LIST_ENTRIES_CHECKED = 1_000;

/** At most this many long lists are named; a file with more is already far past anything sent. */
const MAX_LONG_LISTS_NAMED = 10;

export interface LongList {
  /** JSON pointer of the list, from the parameters' root. */
  path: string;
  length: number;
}

export interface BoundedLists {
  /** `value` itself when no list is too long; else a copy with each long list cut (the original is untouched). */
  value: unknown;
  long: LongList[];
}

interface Visit {
  node: object;
  /** Index of the parent's visit, -1 for the root. */
  parent: number;
  key: string | number;
}

/**
 * Cuts every list deeper in `value` to `max` entries for the shape check, copying only the lists cut and the
 * containers above them. Iterative (no recursion on depth), linear in the number of containers read; the entries
 * past `max` are not read at all.
 */
export function boundLists(value: unknown, max = MAX_LIST_ENTRIES_CHECKED): BoundedLists {
  if (typeof value !== "object" || value === null) return { value, long: [] };
  const visits: Visit[] = [{ node: value, parent: -1, key: "" }];
  const cut: number[] = [];
  for (let i = 0; i < visits.length; i++) {
    const { node } = visits[i]!;
    if (Array.isArray(node)) {
      if (node.length > max) cut.push(i);
      const end = Math.min(node.length, max);
      for (let j = 0; j < end; j++) {
        const child: unknown = node[j];
        if (typeof child === "object" && child !== null) visits.push({ node: child, parent: i, key: j });
      }
    } else {
      for (const key of Object.keys(node)) {
        const child: unknown = (node as Record<string, unknown>)[key];
        if (typeof child === "object" && child !== null) visits.push({ node: child, parent: i, key });
      }
    }
  }
  if (cut.length === 0) return { value, long: [] };

  // The lists cut and every container above them get a copy; visits are in breadth-first order, so a parent's
  // copy exists before its child's is attached.
  const copied = new Set<number>();
  for (const i of cut) for (let at = i; at !== -1 && !copied.has(at); at = visits[at]!.parent) copied.add(at);
  const copies = new Map<number, object>();
  const order = [...copied].sort((a, b) => a - b);
  for (const i of order) {
    const { node, parent, key } = visits[i]!;
    const copy: object = Array.isArray(node) ? node.slice(0, Math.min(node.length, max)) : { ...node };
    copies.set(i, copy);
    // defineProperty, not assignment: a key named "__proto__" is data here, never the prototype.
    if (parent !== -1) Object.defineProperty(copies.get(parent)!, key, { value: copy, writable: true, enumerable: true, configurable: true });
  }
  const long = cut.slice(0, MAX_LONG_LISTS_NAMED).map((i) => ({ path: pathOf(visits, i), length: (visits[i]!.node as unknown[]).length }));
  return { value: copies.get(0)!, long };
}

function pathOf(visits: readonly Visit[], index: number): string {
  const keys: (string | number)[] = [];
  for (let at = index; visits[at]!.parent !== -1; at = visits[at]!.parent) keys.push(visits[at]!.key);
  return toPointer(keys.reverse());
}
