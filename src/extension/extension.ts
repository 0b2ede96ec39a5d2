import * as vscode from "vscode";
import { COMMANDS } from "./constants";
import { registerCommand } from "./commands/registerCommand";
import { ExtensionLog } from "./log/extensionLog";
import { registerRequestFiles } from "./requests/registerRequestFiles";

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
    registerRequestFiles(context, log, {
      // Replaced by the preflight panel and the account session when they are composed here.
      sender: async () => void vscode.window.showInformationMessage(vscode.l10n.t("Sending is not available yet.")),
      liveSource: () => undefined,
    });
  } catch (e) {
    main.error(`Activation failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
    void vscode.window.showErrorMessage(vscode.l10n.t("Tencent Cloud Acceleration could not start: {0}", e instanceof Error ? e.message : String(e)));
    throw e;
  }
  main.info(`Activated in ${(performance.now() - started).toFixed(1)} ms`);
}

export function deactivate(): void {}
