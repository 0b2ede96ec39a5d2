import type { RequestParams } from "../../core/actions/actionDefinition";
import type { FollowUntil } from "../../core/model/statusPoller";
import type { Sent } from "../../core/preflight/sendChecked";
import type { ProxiesView } from "../tree/proxiesView";
import { ownerOfRequest } from "../../core/client/listenerOwner";

/** The Proxies view's hook for listeners after a listener write (optional: tests hand in views without it). */
export type ListenerFollower = Partial<Pick<ProxiesView, "followListeners">>;

/**
 * After a listener write from the panel: the tree lists the listeners of the file's proxy (ProxyId) or group
 * (GroupId) again and follows the written ones until they settle (ListenerStatus 0) or, after DeleteListeners, are
 * gone. A file naming neither (a bind) lets the tree find the owner. Origin-server writes have no listener to follow.
 */
export function followListenersInTree(tree: ListenerFollower | undefined, params: RequestParams, sent: Sent): void {
  if (sent.resource !== "gaap-listener") return;
  const until: FollowUntil = sent.target === "gone" ? "gone" : "settled";
  const owner = ownerOfRequest(params);
  void tree?.followListeners?.(sent.ids ?? [], { ...(owner ? { owner } : {}), until });
}

/** After a stepped "listener with origins" run: the owner's listeners listed again, the proxy or group revealed. */
export function showListenersInTree(tree: ListenerFollower | undefined, params: RequestParams): void {
  const owner = ownerOfRequest(params);
  if (owner) void tree?.followListeners?.([], { owner });
}
