import type { GaapListenerNode } from "../../core/model/gaapListenerChildren";
import { nodeTargets } from "./nodeTarget";
import { type ListenerOwner, ownerKey, ownerScope } from "../../core/client/listenerOwner";

/** The listeners of one proxy or group an action applies to (DeleteListeners takes one owner's listeners per call). */
export interface ListenersOfOwner {
  owner: ListenerOwner;
  listeners: GaapListenerNode[];
}

/** The selected listeners (or the clicked one), grouped by their proxy or group in the order shown. */
export function listenerTargets(clicked: unknown, selected: unknown): ListenersOfOwner[] {
  const owners = new Map<string, ListenersOfOwner>();
  for (const n of nodeTargets("gaapListener", clicked, selected)) {
    const key = ownerKey(n.owner);
    const of = owners.get(key);
    if (of) of.listeners.push(n);
    else owners.set(key, { owner: n.owner, listeners: [n] });
  }
  return [...owners.values()];
}

export const listenerIdsOf = (of: ListenersOfOwner): string[] => of.listeners.map((l) => l.listenerId);

/** DeleteListeners for one owner's listeners: its ProxyId or its GroupId, Force only when picked. */
export const deleteListenersParams = (of: ListenersOfOwner, force: boolean): ReturnType<typeof ownerScope> & { ListenerIds: string[]; Force: number } => ({
  ...ownerScope(of.owner),
  ListenerIds: listenerIdsOf(of),
  Force: force ? 1 : 0,
});

/** The protocol the listener API is called with (the listing set it; TCP when unknown). */
export const protocolOf = (l: GaapListenerNode): "TCP" | "UDP" => (l.listener.Protocol === "UDP" ? "UDP" : "TCP");
