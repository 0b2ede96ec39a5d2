import type { ChildListing } from "./childListing";
import type { ProxyDirectory } from "./proxyDirectory";
import type { PollOutcome, PollTarget } from "./statusPoller";

/** How the follow of one child ended. A child that settles in a failed status (a rule's `fail`) is "settled" too. */
export type ChildFollowOutcome<C = unknown> = PollOutcome<C> & { id: string };

/** One child to watch: its parent and its ID under it. */
export interface ChildRef<P> {
  parent: P;
  id: string;
}

/** Watches at most: beyond it, new ones wait for a later listing (each is a request's worth of IDs). */
const MAX_WATCHES = 2_000;

/**
 * The children of one kind as the poller sees them: looked up parent by parent in batches of the kind's `batch`,
 * stored into the kind's listing.
 */
export function childPollTarget<P, C>(listing: ChildListing<P, C>, directory: ProxyDirectory): PollTarget<ChildRef<P>, C> {
  const kind = listing.kind;
  const keyOf = (parent: P, id: string) => `${kind.keyOf(parent)}\u0000${id}`;
  return {
    name: kind.name,
    maxWatches: MAX_WATCHES,
    keyOf: (ref) => keyOf(ref.parent, ref.id),
    batchOf: (ref) => ({ key: kind.keyOf(ref.parent), size: kind.batch }),
    async lookUp(refs, signal) {
      const first = refs[0];
      if (!first) return [];
      const parent = first.parent;
      const found = await kind.byId(directory, parent, refs.map((r) => r.id), signal);
      return found.flatMap((child) => {
        const id = kind.idOf(child);
        return id ? [[keyOf(parent, id), child] as const] : [];
      });
    },
    store: (ref, current) => listing.store(ref.parent, ref.id, current),
    classify: (child) => kind.classify(child),
    // A target status (["offline"]) is reached, and a failure ends the follow too (it will not get there).
    reached: (child, targets) => targets.includes(statusOf(child)) || kind.classify(child) === "failed",
  };
}

const statusOf = (record: unknown): string => (record && typeof record === "object" ? String((record as { Status?: unknown }).Status ?? "") : "");
