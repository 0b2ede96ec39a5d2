import type { AnyChildSlot, ChildrenOf } from "./childSlot";
import { gaapGroupOf, gaapProxyId, type GaapProxyInfo, type L4ProxyInfo } from "./cloudResources";
import { combineLoadStates, type LoadState } from "./loadState";
import type { ProxyFilter } from "./proxyFilter";
import type { ProxyInventory } from "./proxyInventory";
import { classifyGaapGroup, classifyGaapProxy, classifyL4Proxy, classifyZone } from "./statusClass";
import { nodeIds, type RetryTarget, type TreeNode } from "./treeNode";

interface GaapIndex {
  /** Proxies per known group, in API order. */
  members: Map<string, GaapProxyInfo[]>;
  /** Proxies outside any group (or in a group the listing did not return, once it is complete). */
  ungrouped: GaapProxyInfo[];
}

/**
 * Turns the inventory and the filter into the nodes the view shows. Nodes are cached by id and updated in place,
 * so the VS Code layer (and `TreeView.reveal`) always sees the same object for the same node.
 */
/** What `withState` appends besides the records. */
interface StateRows {
  /** The loading row's count (loaded of total), when the listing reports one. */
  progress?: LoadState;
  /** An error row with retry (a group leaves the account's proxy errors to the root). */
  showErrors?: boolean;
  /** Whether an empty row says a filter hides everything. */
  filtered?: boolean;
  /** Whether the empty row is due (a group's speaks of its listeners alone, whatever its proxies). */
  none?: boolean;
}

export class TreeBuilder {
  private readonly cache = new Map<string, TreeNode>();
  private index: GaapIndex | undefined;
  filter: ProxyFilter | undefined;
  /** The account's directory lists origin servers: the GAAP root ends with the "Origin servers" node (not under a filter). */
  showOriginServers = false;

  constructor(
    private readonly inventory: ProxyInventory,
    /** The kinds of children listed on expand; each knows which nodes are its parents. */
    private readonly slots: readonly AnyChildSlot[] = [],
  ) {}

  /** The inventory changed: the next call recomputes. */
  invalidate(): void {
    this.index = undefined;
  }

  /** A different account: nothing cached may leak into its tree. */
  forget(): void {
    this.cache.clear();
    this.index = undefined;
  }

  /** The node last built with this id. */
  get(id: string): TreeNode | undefined {
    return this.cache.get(id);
  }

  roots(): TreeNode[] {
    return [this.make({ kind: "gaapRoot", id: nodeIds.gaapRoot }), this.make({ kind: "edgeOneRoot", id: nodeIds.edgeOneRoot })];
  }

  children(node: TreeNode): TreeNode[] {
    switch (node.kind) {
      case "gaapRoot":
        return this.gaapChildren(node.id);
      case "edgeOneRoot":
        return this.edgeOneChildren(node.id);
      case "gaapGroup":
        return this.groupChildren(node);
      case "zone":
        return this.zoneChildren(node.id, node.zoneId);
      default:
        return this.slotChildren(node);
    }
  }

  parent(node: TreeNode): TreeNode | undefined {
    switch (node.kind) {
      case "gaapRoot":
      case "edgeOneRoot":
        return undefined;
      case "gaapGroup":
      case "gaapOriginServers":
        return this.get(nodeIds.gaapRoot) ?? this.roots()[0];
      case "zone":
        return this.get(nodeIds.edgeOneRoot) ?? this.roots()[1];
      case "gaapProxy": {
        const groupId = gaapGroupOf(node.proxy);
        const group = groupId ? this.inventory.groups.get(groupId) : undefined;
        return group && groupId ? this.groupNode(groupId) : (this.get(nodeIds.gaapRoot) ?? this.roots()[0]);
      }
      case "l4Proxy":
        return this.inventory.zones.has(node.zoneId) ? this.zoneNode(node.zoneId) : undefined;
      case "l4Rule": {
        const proxy = this.inventory.getL4(node.zoneId, node.proxyId);
        return proxy ? this.l4Node(node.zoneId, proxy) : undefined;
      }
      default:
        return this.get(node.parentId);
    }
  }

  /** The node of a proxy the inventory has, by ID (GAAP `link-…` or EdgeOne `sid-…`). */
  proxyNode(proxyId: string): TreeNode | undefined {
    const gaap = this.inventory.gaapProxies.get(proxyId);
    if (gaap) return this.gaapProxyNode(gaap);
    const zoneId = this.inventory.zoneOfL4(proxyId);
    const l4 = zoneId ? this.inventory.getL4(zoneId, proxyId) : undefined;
    return zoneId && l4 ? this.l4Node(zoneId, l4) : undefined;
  }

  /** The node of a connection group the inventory has, by ID. */
  groupNodeOf(groupId: string): TreeNode | undefined {
    return this.inventory.groups.has(groupId) ? this.groupNode(groupId) : undefined;
  }

  /** Whether the filter lets this proxy be seen. */
  isShown(node: TreeNode): boolean {
    const f = this.filter;
    if (!f) return true;
    if (node.kind === "gaapProxy") {
      const groupId = gaapGroupOf(node.proxy);
      const group = groupId ? this.inventory.groups.get(groupId) : undefined;
      return f.matchesGaapProxy(node.proxy) || (!!group && f.matchesGaapGroup(group));
    }
    if (node.kind === "l4Proxy") {
      const zone = this.inventory.zones.get(node.zoneId);
      return f.matchesL4Proxy(node.proxy) || (!!zone && f.matchesZone(zone));
    }
    return true;
  }

  private gaapChildren(rootId: string): TreeNode[] {
    const { members, ungrouped } = this.gaapIndex();
    const f = this.filter;
    const nodes: TreeNode[] = [];
    for (const [groupId, group] of this.entries(this.inventory.groups.values(), (g) => g.GroupId)) {
      const proxies = members.get(groupId) ?? [];
      if (f && !f.matchesGaapGroup(group) && !proxies.some((p) => f.matchesGaapProxy(p))) continue;
      nodes.push(this.groupNode(groupId));
    }
    for (const p of ungrouped) if (!f || f.matchesGaapProxy(p)) nodes.push(this.gaapProxyNode(p));
    const state = combineLoadStates(this.inventory.groupsState, this.inventory.gaapProxiesState);
    const shown = this.withState(rootId, nodes, state, { section: "gaap" }, { progress: this.inventory.gaapProxiesState });
    if (this.showOriginServers && !f) shown.push(this.make({ kind: "gaapOriginServers", id: nodeIds.gaapOriginServers }));
    return shown;
  }

  /**
   * A group's proxies, then its own listeners, then one row for what is not there yet: loading while either listing
   * runs, the listeners' error (the account's proxies fail at the root), or empty when the group has no listeners.
   */
  private groupChildren(node: Extract<TreeNode, { kind: "gaapGroup" }>): TreeNode[] {
    const group = this.inventory.groups.get(node.groupId);
    const proxies = this.gaapIndex().members.get(node.groupId) ?? [];
    const f = this.filter;
    const showAll = !f || (group !== undefined && f.matchesGaapGroup(group));
    const nodes = proxies.filter((p) => showAll || f.matchesGaapProxy(p)).map((p) => this.gaapProxyNode(p));
    const proxiesState = this.inventory.gaapProxiesState;
    const listed = this.listedChildren(node);
    // Not asked (a listing of the account's groups alone, as `tcaccel list` makes without --children): proxies only.
    if (!listed || listed.of.state.phase === "idle") return this.withState(node.id, nodes, proxiesState, { section: "gaap" }, { showErrors: false });
    const noListeners = listed.of.nodes.length === 0;
    nodes.push(...listed.of.nodes);
    // Still loading proxies of the account, some of which may be this group's.
    const proxiesLoading = proxiesState.phase === "loading" || proxiesState.phase === "idle";
    return this.withState(node.id, nodes, proxiesLoading ? proxiesState : listed.of.state, listed.retry, { filtered: false, none: noListeners });
  }

  private edgeOneChildren(rootId: string): TreeNode[] {
    const f = this.filter;
    const nodes: TreeNode[] = [];
    for (const [zoneId, zone] of this.entries(this.inventory.zones.values(), (z) => z.ZoneId)) {
      const proxies = [...this.inventory.l4Of(zoneId).values()];
      if (f && !f.matchesZone(zone) && !proxies.some((p) => f.matchesL4Proxy(p))) continue;
      nodes.push(this.zoneNode(zoneId));
    }
    return this.withState(rootId, nodes, this.inventory.zonesState, { section: "edgeOne" }, { progress: this.inventory.zonesState });
  }

  private zoneChildren(zoneNodeId: string, zoneId: string): TreeNode[] {
    const zone = this.inventory.zones.get(zoneId);
    const f = this.filter;
    const showAll = !f || (zone !== undefined && f.matchesZone(zone));
    const nodes = [...this.inventory.l4Of(zoneId).values()].filter((p) => showAll || f.matchesL4Proxy(p)).map((p) => this.l4Node(zoneId, p));
    const state = this.inventory.l4State(zoneId);
    return this.withState(zoneNodeId, nodes, state, { section: "zone", zoneId }, { progress: state });
  }

  /** Children listed on expand: the slot's nodes and what its listing's state calls for (loading, error, empty). */
  private slotChildren(node: TreeNode): TreeNode[] {
    const listed = this.listedChildren(node);
    if (!listed) return [];
    const { of, retry } = listed;
    // Children are not filtered: a proxy the filter lets through shows all its rules.
    const state = of.state.phase === "idle" ? { phase: "loading" as const, loaded: 0 } : of.state;
    return this.withState(of.parentId, of.nodes, state, retry, { progress: state, filtered: false });
  }

  /** The children a slot lists for this node, if it is one of a slot's parents. */
  private listedChildren(node: TreeNode): { of: ChildrenOf; retry: RetryTarget } | undefined {
    for (const slot of this.slots) {
      const of = slot.childrenOf(node, (n) => this.make(n));
      if (of) return { of, retry: { section: "children", kind: slot.name, parentKey: of.parentKey } };
    }
    return undefined;
  }

  /** Appends what the listing's state calls for: a loading node, an error node with retry, or an empty node. */
  private withState(parentId: string, nodes: TreeNode[], state: LoadState, retry: RetryTarget, rows: StateRows = {}): TreeNode[] {
    const { progress, showErrors = true, filtered = this.filter !== undefined, none = nodes.length === 0 } = rows;
    if (state.phase === "loading" || state.phase === "idle") {
      const p = progress?.phase === "loading" ? progress : undefined;
      nodes.push(this.make({ kind: "loading", id: nodeIds.loading(parentId), parentId, loaded: p?.loaded ?? 0, ...(p?.total !== undefined ? { total: p.total } : {}) }));
    } else if (state.phase === "failed" && showErrors) {
      nodes.push(this.make({ kind: "error", id: nodeIds.error(parentId), parentId, error: state.error, retry }));
    } else if (none) {
      nodes.push(this.make({ kind: "empty", id: nodeIds.empty(parentId), parentId, filtered }));
    }
    return nodes;
  }

  private groupNode(groupId: string): TreeNode {
    const group = this.inventory.groups.get(groupId) ?? { GroupId: groupId };
    const proxies = this.gaapIndex().members.get(groupId) ?? [];
    const f = this.filter;
    const shownCount = !f || f.matchesGaapGroup(group) ? proxies.length : proxies.filter((p) => f.matchesGaapProxy(p)).length;
    return this.make({ kind: "gaapGroup", id: nodeIds.group(groupId), groupId, group, status: classifyGaapGroup(group), proxyCount: proxies.length, shownCount });
  }

  private gaapProxyNode(proxy: GaapProxyInfo): TreeNode {
    const proxyId = gaapProxyId(proxy);
    return this.make({ kind: "gaapProxy", id: nodeIds.gaapProxy(proxyId), proxyId, proxy, status: classifyGaapProxy(proxy) });
  }

  private zoneNode(zoneId: string): TreeNode {
    const zone = this.inventory.zones.get(zoneId) ?? { ZoneId: zoneId };
    const proxies = [...this.inventory.l4Of(zoneId).values()];
    const f = this.filter;
    const shownCount = !f || f.matchesZone(zone) ? proxies.length : proxies.filter((p) => f.matchesL4Proxy(p)).length;
    return this.make({ kind: "zone", id: nodeIds.zone(zoneId), zoneId, zone, status: classifyZone(zone), proxyCount: proxies.length, shownCount });
  }

  private l4Node(zoneId: string, proxy: L4ProxyInfo): TreeNode {
    const proxyId = proxy.ProxyId ?? "";
    const fresh: Extract<TreeNode, { kind: "l4Proxy" }> = { kind: "l4Proxy", id: nodeIds.l4Proxy(zoneId, proxyId), zoneId, proxyId, proxy, status: classifyL4Proxy(proxy) };
    const ruleCount = this.slotCount(fresh) ?? (typeof proxy.L4ProxyRuleCount === "number" ? proxy.L4ProxyRuleCount : undefined);
    return this.make(ruleCount === undefined ? fresh : { ...fresh, ruleCount });
  }

  private slotCount(node: TreeNode): number | undefined {
    for (const slot of this.slots) {
      const n = slot.countOf(node);
      if (n !== undefined) return n;
    }
    return undefined;
  }

  private gaapIndex(): GaapIndex {
    if (this.index) return this.index;
    const members = new Map<string, GaapProxyInfo[]>();
    const ungrouped: GaapProxyInfo[] = [];
    const groupsSettled = this.inventory.groupsState.phase === "done" || this.inventory.groupsState.phase === "failed";
    for (const p of this.inventory.gaapProxies.values()) {
      const groupId = gaapGroupOf(p);
      if (groupId && this.inventory.groups.has(groupId)) {
        const list = members.get(groupId);
        if (list) list.push(p);
        else members.set(groupId, [p]);
      } else if (!groupId || groupsSettled) {
        // A proxy of a group the listing has not returned (yet) waits for it rather than jumping between places.
        ungrouped.push(p);
      }
    }
    return (this.index = { members, ungrouped });
  }

  private *entries<T>(items: Iterable<T>, key: (item: T) => string | undefined): Generator<[string, T]> {
    for (const item of items) {
      const k = key(item);
      if (k) yield [k, item];
    }
  }

  /** Same id, same object: fields are refreshed in place. */
  private make<T extends TreeNode>(fresh: T): T {
    const old = this.cache.get(fresh.id);
    if (old && old.kind === fresh.kind) {
      for (const k of Object.keys(old)) if (!(k in fresh)) delete (old as Record<string, unknown>)[k];
      return Object.assign(old, fresh) as T;
    }
    this.cache.set(fresh.id, fresh);
    return fresh;
  }
}
