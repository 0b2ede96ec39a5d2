import type { ChildKind } from "./childKind";
import type { GaapListenerInfo, GaapOriginInfo, ListenerOwnerRef, ListenerRef } from "./gaapListenerResources";
import { classifyListener, classifyOrigin } from "./listenerHealth";
import type { Page } from "./proxyDirectory";
import { nodeIds, type TreeNode } from "./treeNode";

export type GaapListenerNode = Extract<TreeNode, { kind: "gaapListener" }>;
export type GaapOriginNode = Extract<TreeNode, { kind: "gaapOrigin" }>;

async function* nothing<T>(): AsyncGenerator<Page<T>> {}

/** An origin is bound once per port: its ID in the tree is the origin server's with the port. */
export const originKey = (o: GaapOriginInfo): string | undefined => (o.RealServerId ? `${o.RealServerId}:${o.RealServerPort ?? ""}` : undefined);

/**
 * The TCP and UDP listeners under each GAAP proxy (DescribeTCPListeners, then DescribeUDPListeners). A poll lists the
 * proxy's listeners again and keeps the asked ones: two calls per proxy, whatever the number of listeners followed.
 */
export const gaapListenerChildren: ChildKind<ListenerOwnerRef, GaapListenerInfo, GaapListenerNode> = {
  name: "gaapListeners",
  parentOf: (node) => (node.kind === "gaapProxy" ? { proxyId: node.proxyId } : undefined),
  keyOf: (p) => p.proxyId,
  parentNodeId: (p) => nodeIds.gaapProxy(p.proxyId),
  list: (directory, p, signal) => directory.gaapListeners?.(p.proxyId, signal) ?? nothing(),
  async byId(directory, p, ids, signal) {
    const wanted = new Set(ids);
    const found: GaapListenerInfo[] = [];
    for await (const page of directory.gaapListeners?.(p.proxyId, signal) ?? nothing<GaapListenerInfo>()) {
      for (const l of page.items) if (l.ListenerId && wanted.has(l.ListenerId)) found.push(l);
    }
    return found;
  },
  batch: 100,
  idOf: (l) => l.ListenerId || undefined,
  classify: classifyListener,
  node: (p, l, status) => ({
    kind: "gaapListener",
    id: nodeIds.gaapListener(p.proxyId, l.ListenerId ?? ""),
    parentId: nodeIds.gaapProxy(p.proxyId),
    proxyId: p.proxyId,
    listenerId: l.ListenerId ?? "",
    listener: l,
    status,
  }),
};

/** The origins bound to each listener, with their health (DescribeListenerRealServers). */
export const gaapOriginChildren: ChildKind<ListenerRef, GaapOriginInfo, GaapOriginNode> = {
  name: "gaapOrigins",
  parentOf: (node) => (node.kind === "gaapListener" ? { proxyId: node.proxyId, listenerId: node.listenerId, protocol: node.listener.Protocol ?? "" } : undefined),
  keyOf: (p) => `${p.proxyId}/${p.listenerId}`,
  parentNodeId: (p) => nodeIds.gaapListener(p.proxyId, p.listenerId),
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
    id: nodeIds.gaapOrigin(p.proxyId, p.listenerId, o.RealServerId ?? "", o.RealServerPort),
    parentId: nodeIds.gaapListener(p.proxyId, p.listenerId),
    proxyId: p.proxyId,
    listenerId: p.listenerId,
    origin: o,
    status,
  }),
};
