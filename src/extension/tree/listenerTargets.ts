import type { GaapListenerNode } from "../../core/model/gaapListenerChildren";
import { nodeTargets } from "./nodeTarget";

/** The listeners of one GAAP proxy an action applies to (DeleteListeners takes one proxy's listeners per call). */
export interface ListenersOfProxy {
  proxyId: string;
  listeners: GaapListenerNode[];
}

/** The selected listeners (or the clicked one), grouped by their proxy in the order shown. */
export function listenerTargets(clicked: unknown, selected: unknown): ListenersOfProxy[] {
  const groups = new Map<string, ListenersOfProxy>();
  for (const n of nodeTargets("gaapListener", clicked, selected)) {
    const group = groups.get(n.proxyId);
    if (group) group.listeners.push(n);
    else groups.set(n.proxyId, { proxyId: n.proxyId, listeners: [n] });
  }
  return [...groups.values()];
}

export const listenerIdsOf = (group: ListenersOfProxy): string[] => group.listeners.map((l) => l.listenerId);

/** Names listeners in a confirmation: every listener ID with its protocol and port, then its proxy. */
export function nameListeners(groups: readonly ListenersOfProxy[]): string {
  const one = (l: GaapListenerNode) => `${l.listenerId} (${l.listener.Protocol ?? "?"} ${l.listener.Port ?? "?"})`;
  return groups.map((g) => `${g.listeners.map(one).join(", ")} — ${g.proxyId}`).join("; ");
}

/** The protocol the listener API is called with (the listing set it; TCP when unknown). */
export const protocolOf = (l: GaapListenerNode): "TCP" | "UDP" => (l.listener.Protocol === "UDP" ? "UDP" : "TCP");
