import * as vscode from "vscode";
import { modifyListenerRequest } from "../../core/requests/requestFromListener";
import { notificationText } from "../../core/text/notificationText";
import { registerCommand } from "../commands/registerCommand";
import { COMMANDS } from "../constants";
import { openRequestFile, requestText } from "../requests/openRequestFile";
import type { GaapListenerActionContext } from "./gaapListenerAction";
import { nodeTargets } from "./nodeTarget";
import { protocolOf } from "./listenerTargets";

/** "Modify Listener…": a Modify{TCP,UDP}ListenerAttribute file pre-filled from the listener, read again now. */
export function registerModifyListener({ context, log, session }: GaapListenerActionContext): void {
  registerCommand(context, log, COMMANDS.modifyListener, async (node?: unknown) => {
    const [target] = nodeTargets("gaapListener", node, undefined);
    if (!target) return;
    const protocol = protocolOf(target);
    const cloud = await session.getCloud();
    const live = await cloud.gaap.listeners.findListener(protocol, target.listenerId);
    if (!live) {
      void vscode.window.showWarningMessage(notificationText(vscode.l10n.t("{0} is no longer on {1}.", target.listenerId, target.proxyId)));
      return;
    }
    const request = modifyListenerRequest(protocol, target.proxyId, live);
    await openRequestFile(`${String(request.Action)}-${target.listenerId}`, requestText(request));
  });
}
