import * as vscode from "vscode";
import { modifyListenerRequest } from "../../core/requests/requestFromListener";
import { notificationText } from "../../core/text/notificationText";
import { registerCommand } from "../commands/registerCommand";
import { COMMANDS } from "../constants";
import { openRequestFile, requestText } from "../requests/openRequestFile";
import type { GaapListenerActionContext } from "./gaapListenerAction";
import { nodeTargets } from "./nodeTarget";
import { nameOwner } from "./listenerNames";
import { protocolOf } from "./listenerTargets";
import { ownerScope } from "../../core/client/listenerOwner";

/** "Modify Listener…": a Modify{TCP,UDP}ListenerAttribute file pre-filled from the listener, read again now, naming its
 * proxy (ProxyId) or its group (GroupId). */
export function registerModifyListener({ context, log, session }: GaapListenerActionContext): void {
  registerCommand(context, log, COMMANDS.modifyListener, async (node?: unknown) => {
    const [target] = nodeTargets("gaapListener", node, undefined);
    if (!target) return;
    const protocol = protocolOf(target);
    const cloud = await session.getCloud();
    const live = await cloud.gaap.listeners.findListener(protocol, target.listenerId);
    if (!live) {
      void vscode.window.showWarningMessage(notificationText(vscode.l10n.t("{0} is no longer on {1}.", target.listenerId, nameOwner(target.owner))));
      return;
    }
    const request = modifyListenerRequest(protocol, ownerScope(target.owner), live);
    await openRequestFile(`${String(request.Action)}-${target.listenerId}`, requestText(request));
  });
}
