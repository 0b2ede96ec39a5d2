import type { ListenerScope } from "./gaapListenerTypes";

/**
 * What a listener hangs on: a proxy or a connection group, exactly one (the API's "ProxyId和GroupId必须设置一个，但不能
 * 同时设置"). Everything sent for a listener names its owner through `ownerScope`, so a group ID never goes as ProxyId.
 */
export type ListenerOwner = { proxyId: string; groupId?: undefined } | { groupId: string; proxyId?: undefined };

/** The owner's field in a listener request: `{ ProxyId }` or `{ GroupId }`. */
export const ownerScope = (owner: ListenerOwner): ListenerScope =>
  owner.groupId !== undefined ? { GroupId: owner.groupId } : { ProxyId: owner.proxyId };

/** The owner's ID (`link-…` or `lg-…`). */
export const ownerIdOf = (owner: ListenerOwner): string => (owner.groupId !== undefined ? owner.groupId : owner.proxyId);

/** One key per owner: a proxy and a group never share one, whatever their IDs. */
export const ownerKey = (owner: ListenerOwner): string => (owner.groupId !== undefined ? `group:${owner.groupId}` : `proxy:${owner.proxyId}`);

/** The owner a request's parameters name (ProxyId or GroupId, non-empty strings only), if exactly one. */
export function ownerOfRequest(params: { ProxyId?: unknown; GroupId?: unknown }): ListenerOwner | undefined {
  const proxyId = typeof params.ProxyId === "string" && params.ProxyId ? params.ProxyId : undefined;
  const groupId = typeof params.GroupId === "string" && params.GroupId ? params.GroupId : undefined;
  if (proxyId && !groupId) return { proxyId };
  if (groupId && !proxyId) return { groupId };
  return undefined;
}
