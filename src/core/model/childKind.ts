import type { Page, ProxyDirectory } from "./proxyDirectory";
import type { StatusClass } from "./statusClass";
import type { TreeNode } from "./treeNode";

/**
 * A kind of record listed under a parent node only when that node is expanded (an L4 proxy's forwarding rules, a
 * GAAP proxy's or group's listeners, a listener's origins, the account's origin servers). Everything that differs
 * per kind is here; the listing, the polling and the tree nodes around it (`ChildListing`, `StatusPoller` with
 * `childPollTarget`, `TreeBuilder`) are shared.
 *
 * `P` is what identifies a parent (an L4 proxy: zone and proxy ID), `C` the child record, `N` the child's node.
 */
export interface ChildKind<P, C, N extends TreeNode = TreeNode> {
  /** The name retry targets and logs use. */
  readonly name: string;
  /** The parent a node stands for, when the node is one of this kind's parents. */
  parentOf(node: TreeNode): P | undefined;
  /** One stable key per parent (it keys the listings and the watches). */
  keyOf(parent: P): string;
  /** The parent's node id (its loading, error and empty children hang under it). */
  parentNodeId(parent: P): string;
  list(directory: ProxyDirectory, parent: P, signal: AbortSignal): AsyncIterable<Page<C>>;
  /** The current records of these children; one that no longer exists is simply absent. */
  byId(directory: ProxyDirectory, parent: P, ids: readonly string[], signal: AbortSignal): Promise<C[]>;
  /** How many IDs one `byId` call takes. */
  readonly batch: number;
  idOf(child: C): string | undefined;
  classify(child: C): StatusClass;
  node(parent: P, child: C, status: StatusClass): N;
}

/** Children kept per parent at most: a hostile answer with millions of records stops here (the API allows 1,000s). */
export const MAX_CHILDREN = 10_000;
