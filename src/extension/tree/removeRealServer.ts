import * as vscode from "vscode";
import { notificationText } from "../../core/text/notificationText";
import { registerCommand } from "../commands/registerCommand";
import { COMMANDS } from "../constants";
import { confirmModal, nameRecords } from "./confirmModal";
import type { GaapListenerActionContext } from "./gaapListenerAction";
import { nodeTargets } from "./nodeTarget";

/**
 * "Remove Origin Server": a modal naming every origin ID (with its address), then RemoveRealServers once for all of
 * them and the Origin servers node listed again. GAAP refuses an origin still bound (RealServerAlreadyBound).
 */
export function registerRemoveRealServer({ context, log, session, model }: GaapListenerActionContext): void {
  registerCommand(context, log, COMMANDS.removeRealServer, async (node?: unknown, selected?: unknown) => {
    const targets = nodeTargets("gaapRealServer", node, selected).filter((t) => t.realServerId);
    if (!targets.length) return;
    const named = nameRecords(targets.map((t) => ({ id: t.realServerId, name: t.server.RealServerIP })));
    await confirmModal(
      vscode.l10n.t("Remove origin servers {0}?", named),
      vscode.l10n.t("They are removed from the account for good. GAAP refuses an origin server that a listener or rule still binds."),
      vscode.l10n.t("Remove"),
    );
    const cloud = await session.getCloud();
    const ids = targets.map((t) => t.realServerId);
    try {
      await cloud.gaap.listeners.removeRealServers({ RealServerIds: ids });
    } finally {
      model.retry({ section: "children", kind: "gaapRealServers", parentKey: "account" });
    }
    vscode.window.setStatusBarMessage(notificationText(vscode.l10n.t("Removed: {0}", ids.join(", "))), 6000);
  });
}
