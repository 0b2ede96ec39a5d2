import type { Logger } from "../logger";
import type { ChildKind } from "./childKind";
import { ChildListing } from "./childListing";
import { childPollTarget, type ChildFollowOutcome, type ChildRef } from "./childPoller";
import type { LoadState } from "./loadState";
import { PollSchedule, type PollScheduleOptions } from "./pollSchedule";
import type { ProxyDirectory } from "./proxyDirectory";
import { StatusPoller, type FollowUntil } from "./statusPoller";
import type { Timer } from "./timer";
import type { TreeNode } from "./treeNode";

/** A parent's children as the tree builder needs them, without their types. */
export interface ChildrenOf {
  parentId: string;
  parentKey: string;
  nodes: TreeNode[];
  state: LoadState;
}

/** What the model and the tree builder use of a child kind, with its types erased (so slots of any kind share a list). */
export interface AnyChildSlot {
  readonly name: string;
  /** The node was expanded: lists its children if it is a parent of this kind. Whether it is one. */
  ensure(node: TreeNode): boolean;
  /** The child nodes of `node` (`make` caches them), or undefined when it is not a parent of this kind. */
  childrenOf(node: TreeNode, make: <N extends TreeNode>(n: N) => N): ChildrenOf | undefined;
  /** How many children a listing counted, or undefined before one. */
  countOf(node: TreeNode): number | undefined;
  retry(parentKey: string): void;
  reloadListed(): void;
  setDirectory(directory: ProxyDirectory | undefined, paused: boolean): void;
  pause(): void;
  resume(): void;
  dispose(): void;
}

/** One child kind wired up: its listing per parent and its poller, re-made for each account. */
export class ChildSlot<P, C> implements AnyChildSlot {
  readonly listing: ChildListing<P, C>;
  private poller: StatusPoller<ChildRef<P>, C> | undefined;
  private directory: ProxyDirectory | undefined;

  constructor(
    readonly kind: ChildKind<P, C>,
    private readonly changed: () => void,
    private readonly timer: Timer,
    private readonly log: Logger,
    private readonly schedule: PollScheduleOptions | undefined,
  ) {
    this.listing = new ChildListing(kind, () => this.directory, changed, log, (parent, id) => this.poller?.watch({ parent, id }));
  }

  get name(): string {
    return this.kind.name;
  }

  get watching(): number {
    return this.poller?.watching ?? 0;
  }

  ensure(node: TreeNode): boolean {
    const parent = this.kind.parentOf(node);
    if (parent === undefined) return false;
    this.listing.ensure(parent);
    return true;
  }

  childrenOf(node: TreeNode, make: <N extends TreeNode>(n: N) => N): ChildrenOf | undefined {
    const parent = this.kind.parentOf(node);
    if (parent === undefined) return undefined;
    const nodes = this.listing.children(parent).map((c) => make(this.kind.node(parent, c, this.kind.classify(c))));
    return { parentId: this.kind.parentNodeId(parent), parentKey: this.kind.keyOf(parent), nodes, state: this.listing.state(parent) };
  }

  countOf(node: TreeNode): number | undefined {
    const parent = this.kind.parentOf(node);
    return parent === undefined ? undefined : this.listing.count(parent);
  }

  retry(parentKey: string): void {
    const parent = this.listing.parentOfKey(parentKey);
    if (parent !== undefined) void this.listing.reload(parent);
  }

  reloadListed(): void {
    this.listing.reloadListed();
  }

  /** Lists the parent's children again (new ones appear), then polls `ids` until `until`. */
  async follow(parent: P, ids: readonly string[], until: FollowUntil): Promise<ChildFollowOutcome<C>[]> {
    if (!this.poller) return ids.map((id) => ({ id, outcome: "cancelled" as const }));
    const known = new Set(ids.filter((id) => this.listing.get(parent, id) !== undefined));
    const poller = this.poller;
    await this.listing.reload(parent);
    for (const id of ids) if (this.listing.get(parent, id) !== undefined) known.add(id);
    // The account changed while the rules were listed: nothing to follow there.
    if (this.poller !== poller) return ids.map((id) => ({ id, outcome: "cancelled" as const }));
    const outcomes = await poller.follow(ids.map((id) => ({ parent, id })), until, (ref) => known.has(ref.id));
    return outcomes.map((o, i) => ({ ...o, id: ids[i] ?? "" }));
  }

  setDirectory(directory: ProxyDirectory | undefined, paused: boolean): void {
    this.poller?.dispose();
    this.poller = undefined;
    this.listing.clear();
    this.directory = directory;
    if (!directory) return;
    this.poller = new StatusPoller(childPollTarget(this.listing, directory), this.changed, this.timer, this.log, new PollSchedule(this.schedule));
    if (paused) this.poller.pause();
  }

  pause(): void {
    this.poller?.pause();
  }

  resume(): void {
    this.poller?.resume();
  }

  dispose(): void {
    this.setDirectory(undefined, true);
  }
}
