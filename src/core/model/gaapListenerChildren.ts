import type { ChildKind } from "./childKind";
import { type GaapListenerInfo, type GaapOriginInfo, type ListenerRef } from "./gaapListenerResources";
import { classifyListener, classifyOrigin } from "./listenerHealth";
import type { Page } from "./proxyDirectory";
import { nodeIds, type TreeNode } from "./treeNode";
import { type ListenerOwner, ownerKey } from "../client/listenerOwner";

export type GaapListenerNode = Extract<TreeNode, { kind: "gaapListener" }>;
export type GaapOriginNode = Extract<TreeNode, { kind: "gaapOrigin" }>;

async function* nothing<T>(): AsyncGenerator<Page<T>> {}

/** An origin is bound once per port: its ID in the tree is the origin server's with the port. */
export const originKey = (o: GaapOriginInfo): string | undefined => (o.RealServerId ? `${o.RealServerId}:${o.RealServerPort ?? ""}` : undefined);

/** The owner a node stands for: a GAAP proxy or a connection group (both list listeners on expand). */
function ownerOf(node: TreeNode): ListenerOwner | undefined {
  if (node.kind === "gaapProxy") return { proxyId: node.proxyId };
  return node.kind === "gaapGroup" ? { groupId: node.groupId } : undefined;
}

/**
 * The TCP and UDP listeners under each GAAP proxy and each connection group (Describe{TCP,UDP}Listeners with its
 * ProxyId or GroupId). A poll lists the owner's listeners again and keeps the asked ones: two calls per owner,
 * whatever the number of listeners followed.
 */
export const gaapListenerChildren: ChildKind<ListenerOwner, GaapListenerInfo, GaapListenerNode> = {
  name: "gaapListeners",
  parentOf: ownerOf,
  keyOf: ownerKey,
  parentNodeId: nodeIds.listenerOwner,
  list: (directory, owner, signal) => directory.gaapListeners?.(owner, signal) ?? nothing(),
  async byId(directory, owner, ids, signal) {
    const wanted = new Set(ids);
    const found: GaapListenerInfo[] = [];
    for await (const page of directory.gaapListeners?.(owner, signal) ?? nothing<GaapListenerInfo>()) {
      for (const l of page.items) if (l.ListenerId && wanted.has(l.ListenerId)) found.push(l);
    }
    return found;
  },
  batch: 100,
  idOf: (l) => l.ListenerId || undefined,
  classify: classifyListener,
  node: (owner, l, status) => ({
    kind: "gaapListener",
    id: nodeIds.gaapListener(owner, l.ListenerId ?? ""),
    parentId: nodeIds.listenerOwner(owner),
    owner,
    listenerId: l.ListenerId ?? "",
    listener: l,
    status,
  }),
};

/** The origins bound to each listener, with their health (DescribeListenerRealServers). */
export const gaapOriginChildren: ChildKind<ListenerRef, GaapOriginInfo, GaapOriginNode> = {
  name: "gaapOrigins",
  parentOf: (node) => (node.kind === "gaapListener" ? { owner: node.owner, listenerId: node.listenerId, protocol: node.listener.Protocol ?? "" } : undefined),
  keyOf: (p) => `${ownerKey(p.owner)}/${p.listenerId}`,
  parentNodeId: (p) => nodeIds.gaapListener(p.owner, p.listenerId),
  async *list(directory, p, signal) {
    if (directory.listenerOrigins) yield { items: await directory.listenerOrigins(p.listenerId, signal) };
  },
  async byId(directory, p, ids, signal) {
    const wanted = new Set(ids);
    return (await directory.listenerOrigins?.(p.listenerId, signal) ?? []).filter((o) => wanted.has(originKey(o) ?? ""));
  },
  batch: 100,
  idOf: originKey,
  classify: classifyOrigin,
  node: (p, o, status) => ({
    kind: "gaapOrigin",
    id: nodeIds.gaapOrigin(p.owner, p.listenerId, o.RealServerId ?? "", o.RealServerPort),
    parentId: nodeIds.gaapListener(p.owner, p.listenerId),
    owner: p.owner,
    listenerId: p.listenerId,
    origin: o,
    status,
  }),
};
