import * as vscode from "vscode";
import type { GaapListenerNode } from "../../core/model/gaapListenerChildren";
import type { ListenersOfOwner } from "./listenerTargets";
import { type ListenerOwner, ownerIdOf } from "../../core/client/listenerOwner";

/** A listener's owner in a sentence: the proxy's ID, or "connection group lg-…". */
export const nameOwner = (owner: ListenerOwner): string =>
  owner.groupId !== undefined ? vscode.l10n.t("connection group {0}", owner.groupId) : ownerIdOf(owner);

/** Names listeners in a confirmation: every listener ID with its protocol and port, then its proxy or group. */
export function nameListeners(owners: readonly ListenersOfOwner[]): string {
  const one = (l: GaapListenerNode) => `${l.listenerId} (${l.listener.Protocol ?? "?"} ${l.listener.Port ?? "?"})`;
  return owners.map((o) => `${o.listeners.map(one).join(", ")} — ${nameOwner(o.owner)}`).join("; ");
}
