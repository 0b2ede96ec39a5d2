/**
 * A GAAP TCP or UDP listener as the tree keeps it (gaap.d.ts TCPListener / UDPListener, the fields shown).
 * `Protocol` is the API's ("TCP" | "UDP"); the listing also sets it from the call it came from.
 */
export interface GaapListenerInfo {
  ListenerId?: string;
  ListenerName?: string;
  Protocol?: string;
  Port?: number;
  RealServerPort?: number;
  RealServerType?: string;
  Scheduler?: string;
  /** 0 running, 1 creating, 2 destroying, 3 origins adjusting, 4 configuration changing. */
  ListenerStatus?: number;
  /** The origins' health, coded per protocol (listenerHealth.ts): TCP 1 normal / 0 abnormal; UDP 0 normal / 1 IP / 2 DNS abnormal. */
  BindStatus?: number;
  HealthCheck?: number;
  /** The bound origins, when the listing includes them (an empty list: none bound). */
  RealServerSet?: unknown[];
  ProxyId?: string;
  GroupId?: string;
  CreateTime?: number;
}

/** An origin bound to a listener (gaap.d.ts BindRealServer, DescribeListenerRealServers.BindRealServerSet). */
export interface GaapOriginInfo {
  RealServerId?: string;
  RealServerIP?: string;
  RealServerPort?: number;
  RealServerWeight?: number;
  /** 0 normal, 1 abnormal (the opposite of TCPListener.BindStatus). */
  RealServerStatus?: number;
  RealServerFailoverRole?: string;
  DownIPList?: string[];
}

/**
 * What a listener hangs on: a proxy or a connection group, exactly one (the API's "ProxyId和GroupId必须设置一个，但不能
 * 同时设置"). Everything sent for a listener names its owner through `ownerScope`, so a group ID never goes as ProxyId.
 */
export type ListenerOwnerRef = { proxyId: string; groupId?: undefined } | { groupId: string; proxyId?: undefined };

/** A listener, as the parent of its bound origins. */
export interface ListenerRef {
  owner: ListenerOwnerRef;
  listenerId: string;
  protocol: string;
}

/** The owner's field in a listener request: `{ ProxyId }` or `{ GroupId }`. */
export const ownerScope = (owner: ListenerOwnerRef): { ProxyId: string } | { GroupId: string } =>
  owner.groupId !== undefined ? { GroupId: owner.groupId } : { ProxyId: owner.proxyId };

/** The owner's ID (`link-…` or `lg-…`). */
export const ownerIdOf = (owner: ListenerOwnerRef): string => (owner.groupId !== undefined ? owner.groupId : owner.proxyId);

/** One key per owner: a proxy and a group never share one, whatever their IDs. */
export const ownerKey = (owner: ListenerOwnerRef): string => (owner.groupId !== undefined ? `group:${owner.groupId}` : `proxy:${owner.proxyId}`);

/** The owner a request's parameters name (ProxyId or GroupId, strings only), if exactly one. */
export function ownerOfParams(params: { ProxyId?: unknown; GroupId?: unknown }): ListenerOwnerRef | undefined {
  const proxyId = typeof params.ProxyId === "string" && params.ProxyId ? params.ProxyId : undefined;
  const groupId = typeof params.GroupId === "string" && params.GroupId ? params.GroupId : undefined;
  if (proxyId && !groupId) return { proxyId };
  if (groupId && !proxyId) return { groupId };
  return undefined;
}
