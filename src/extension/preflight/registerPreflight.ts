import * as vscode from "vscode";
import { panelStateSchema, parseMessage, type PanelState } from "../../shared/preflightProtocol";
import { PREFLIGHT_VIEW_TYPE } from "../constants";
import { sendDirect } from "../requests/sendDirect";
import type { RequestSender } from "../requests/sendRequestCommand";
import { PreflightController, type PreflightDeps } from "./preflightController";
import { PreflightPanel } from "./preflightPanel";

/**
 * The preflight panels, one per request file: Send opens (or reuses) the file's panel; a panel VS Code restores
 * after a reload comes back through the serializer with the state its page kept. Returns the request sender.
 */
export function registerPreflight(context: vscode.ExtensionContext, deps: PreflightDeps): RequestSender {
  const controllers = new Map<string, PreflightController>();

  const adopt = (panel: PreflightPanel, uri: vscode.Uri, restored?: PanelState) => {
    const controller = new PreflightController(uri, panel, deps, restored);
    const key = uri.toString();
    controllers.get(key)?.dispose();
    controllers.set(key, controller);
    panel.onDidDispose(() => {
      controller.dispose();
      if (controllers.get(key) === controller) controllers.delete(key);
    });
    return controller;
  };

  context.subscriptions.push(
    vscode.window.registerWebviewPanelSerializer(PREFLIGHT_VIEW_TYPE, {
      async deserializeWebviewPanel(webviewPanel, raw: unknown) {
        const panel = new PreflightPanel(webviewPanel, context.extensionUri, deps.log);
        const state = parseMessage(panelStateSchema, raw);
        if (!state) {
          // Nothing usable was kept (an older format, or the page never got its first state): nothing to show.
          panel.dispose();
          return;
        }
        const controller = adopt(panel, vscode.Uri.parse(state.uri), state);
        // Results that were only being looked at are looked at afresh: the account may have changed meanwhile.
        if (state.view.phase === "ready" || state.view.phase === "checking" || state.view.phase === "cancelled") void controller.checkAgain();
      },
    }),
    { dispose: () => [...controllers.values()].forEach((c) => c.dispose()) },
  );

  return async (doc, validation) => {
    const action = deps.diagnostics.state(doc.uri)?.validation.action;
    // A read is sent at once (its route says so); the rest are looked at in the panel first.
    if (action?.send.kind === "direct" && validation.params) return sendDirect(action, validation.params, deps.cloud, deps.log);
    if (!action || action.send.kind !== "preflight") {
      void vscode.window.showInformationMessage(vscode.l10n.t("{0} has no preflight yet, so it is not sent from the editor.", action?.name ?? "?"));
      return;
    }
    const existing = controllers.get(doc.uri.toString());
    if (existing?.busy) {
      existing.reveal();
      return;
    }
    const controller = existing ?? adopt(PreflightPanel.create(context.extensionUri, action.name, deps.log), doc.uri);
    controller.reveal();
    await controller.check(doc);
  };
}
