import * as vscode from "vscode";
import type { ChildFollowOutcome } from "../../core/model/childPoller";
import type { GaapListenerInfo } from "../../core/model/gaapListenerResources";
import { notificationText } from "../../core/text/notificationText";
import { registerCommand } from "../commands/registerCommand";
import { UserCancelled } from "../commands/userCancelled";
import { COMMANDS } from "../constants";
import type { GaapListenerActionContext } from "./gaapListenerAction";
import { nameListeners } from "./listenerNames";
import { deleteListenersParams, listenerIdsOf, listenerTargets } from "./listenerTargets";

/**
 * Delete: a modal naming every listener ID, with two answers: Delete (Force 0: the API refuses listeners that
 * still have origins bound) and Delete with Force (Force 1: they are unbound). Force is sent only when picked.
 * DeleteListeners once per proxy or group (with its ProxyId or GroupId), then the tree follows until they are gone.
 */
export function registerDeleteListener({ context, log, session, view }: GaapListenerActionContext): void {
  registerCommand(context, log, COMMANDS.deleteListener, async (node?: unknown, selected?: unknown) => {
    const owners = listenerTargets(node, selected);
    if (!owners.length) return;
    const plain = vscode.l10n.t("Delete");
    const force = vscode.l10n.t("Delete with Force");
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t("Delete {0}?", nameListeners(owners)),
      {
        modal: true,
        detail: vscode.l10n.t(
          "The listeners are deleted for good and their ports stop forwarding. This cannot be undone. Delete refuses a listener that still has origins bound; Delete with Force unbinds them first.",
        ),
      },
      plain,
      force,
    );
    if (answer !== plain && answer !== force) throw new UserCancelled();
    const cloud = await session.getCloud();
    const skipped: string[] = [];
    const outcomes: ChildFollowOutcome<GaapListenerInfo>[] = [];
    for (const o of owners) {
      const out = await cloud.gaap.listeners.deleteListeners(deleteListenersParams(o, answer === force));
      skipped.push(...out.failed, ...out.invalidStatus);
      outcomes.push(...(await view.followListeners(out.succeeded, { owner: o.owner, until: "gone" })));
    }
    if (skipped.length) {
      void vscode.window.showWarningMessage(notificationText(vscode.l10n.t("GAAP did not delete {0}: still bound or busy. Delete with Force unbinds origins first.", skipped.join(", "))));
      return;
    }
    const left = outcomes.filter((o) => o.outcome !== "gone").map((o) => o.id);
    if (left.length) void vscode.window.showWarningMessage(notificationText(vscode.l10n.t("{0} did not settle yet; refresh later to see where it stands.", left.join(", "))));
    else vscode.window.setStatusBarMessage(notificationText(vscode.l10n.t("Deleted: {0}", owners.flatMap(listenerIdsOf).join(", "))), 6000);
  });
}
