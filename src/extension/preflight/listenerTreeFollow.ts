import type { RequestParams } from "../../core/actions/actionDefinition";
import type { FollowUntil } from "../../core/model/statusPoller";
import type { Sent } from "../../core/preflight/sendChecked";
import type { ProxiesView } from "../tree/proxiesView";

/** The Proxies view's hook for listeners after a listener write (optional: tests hand in views without it). */
export type ListenerFollower = Partial<Pick<ProxiesView, "followListeners">>;

/** The proxy a listener request names (Create*Listeners, Bind with ProxyId); a group's listeners are not in the tree. */
const proxyIdOf = (params: RequestParams): string | undefined => (typeof params.ProxyId === "string" && params.ProxyId ? params.ProxyId : undefined);

/**
 * After a listener write from the panel: the tree lists the proxy's listeners again and follows the written ones
 * until they settle (ListenerStatus 0) or, after DeleteListeners, are gone. Origin-server writes have no listener to follow.
 */
export function followListenersInTree(tree: ListenerFollower | undefined, params: RequestParams, sent: Sent): void {
  if (sent.resource !== "gaap-listener") return;
  const until: FollowUntil = sent.target === "gone" ? "gone" : "settled";
  const proxyId = proxyIdOf(params);
  void tree?.followListeners?.(sent.ids ?? [], { ...(proxyId ? { proxyId } : {}), until });
}

/** After a stepped "listener with origins" run: the proxy's listeners listed again, the proxy revealed. */
export function showListenersInTree(tree: ListenerFollower | undefined, params: RequestParams): void {
  const proxyId = proxyIdOf(params);
  if (proxyId) void tree?.followListeners?.([], { proxyId });
}
