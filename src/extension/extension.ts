import * as vscode from "vscode";
import { COMMANDS } from "./constants";
import { registerCommand } from "./commands/registerCommand";
import { ExtensionLog } from "./log/extensionLog";
import { registerRequestFiles } from "./requests/registerRequestFiles";
import { registerAccounts } from "./accounts/registerAccounts";
import { registerProxiesView } from "./tree/proxiesView";
import { registerPreflight } from "./preflight/registerPreflight";
import type { RequestSender } from "./requests/sendRequestCommand";
import { sessionLiveSource } from "./requests/sessionLiveSource";

/**
 * Composes the features and returns. Each feature owns its disposables through `context.subscriptions`.
 * Heavy parts (the SDK, the sandbox, the webview) load on first use, never here.
 */
export function activate(context: vscode.ExtensionContext): void {
  const started = performance.now();
  const log = new ExtensionLog();
  context.subscriptions.push(log);
  const main = log.for("main");
  try {
    registerCommand(context, main, COMMANDS.showLog, () => log.channel.show());
    const session = registerAccounts(context, log);
    const proxies = registerProxiesView(context, log, session);
    // Send opens the preflight panel, which needs the diagnostics the request files make: it is composed after
    // them, and Send reaches it through this variable.
    let sendChecked: RequestSender | undefined;
    const diagnostics = registerRequestFiles(context, log, {
      sender: (doc, validation) => sendChecked?.(doc, validation) ?? Promise.resolve(),
      liveSource: sessionLiveSource(() => session.cloud()),
    });
    context.subscriptions.push(session.onDidChange(() => diagnostics.updateAll()));
    sendChecked = registerPreflight(context, { log: log.for("preflight"), diagnostics, cloud: () => session.getCloud(), tree: proxies });
  } catch (e) {
    main.error(`Activation failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t("Tencent Cloud Acceleration could not start: {0}", e instanceof Error ? e.message : String(e)));
    throw e;
  }
  main.info(`Activated in ${(performance.now() - started).toFixed(1)} ms`);
}

export function deactivate(): void {}
