import type * as vscode from "vscode";
import { COMMANDS } from "./constants";
import { registerCommand } from "./commands/registerCommand";
import type { ExtensionLog } from "./log/extensionLog";
import { registerRequestFiles } from "./requests/registerRequestFiles";
import { registerAccounts } from "./accounts/registerAccounts";
import { registerProxiesView, type ProxiesTree } from "./tree/proxiesView";
import { registerPreflight } from "./preflight/registerPreflight";
import type { RequestSender } from "./requests/sendRequestCommand";
import { sessionLiveSource } from "./requests/sessionLiveSource";

/**
 * Everything but the activation entry, in its own bundle (dist/features.js): extension.ts loads it on first need (a
 * request file, the Proxies view, a command). Composes the features; each owns its disposables through
 * `context.subscriptions`. Heavier parts still (the SDK, the sandbox, the webview) load on their own first use.
 */
export function activateFeatures(context: vscode.ExtensionContext, log: ExtensionLog, tree: ProxiesTree): void {
  const main = log.for("main");
  registerCommand(context, main, COMMANDS.showLog, () => log.channel.show());
  const session = registerAccounts(context, log);
  // Send opens the preflight panel, which needs the diagnostics the request files make: it is composed after
  // them, and Send reaches it through this variable.
  let sendChecked: RequestSender | undefined;
  const liveSource = sessionLiveSource(
    () => session.cloud(),
    () => void session.ensureResolved(),
  );
  const diagnostics = registerRequestFiles(context, log, {
    sender: (doc, validation) => sendChecked?.(doc, validation) ?? Promise.resolve(),
    liveSource,
  });
  context.subscriptions.push(session.onDidChange(() => diagnostics.updateAll()));
  // Every write (tree action, panel send, step) and every follow's end: what the account looked like before is no
  // answer for the open files, so they are checked again at once rather than when the cache runs out.
  const stale = () => {
    liveSource.clear();
    diagnostics.updateAll();
  };
  context.subscriptions.push(session.onDidWrite(stale));
  const proxies = registerProxiesView(context, log, session, tree, stale);
  sendChecked = registerPreflight(context, { log: log.for("preflight"), diagnostics, cloud: () => session.getCloud(), tree: proxies, settled: stale });
}
