import * as path from "node:path";
import * as vscode from "vscode";
import { notificationText } from "../core/text/notificationText";
import { pendingAccountLabel } from "./accounts/pendingAccountLabel";
import { COMMANDS, PREFLIGHT_VIEW_TYPE, PROXIES_VIEW, SETTINGS } from "./constants";
import type * as Features from "./features";
import { ExtensionLog } from "./log/extensionLog";
import { isRequestDocument } from "./requests/isRequestDocument";
import { DeferredTreeProvider } from "./tree/deferredTreeProvider";

/** The rest of the extension, bundled apart (esbuild.js) so that a plain JSON file costs only this small entry. */
const FEATURES_BUNDLE = "features.js";

/**
 * Activation (on any JSON file, among others) loads and sends nothing it does not need yet: it shows the Proxies
 * view's shell and a status-bar item from the settings alone, and registers every command as a forwarder. The
 * features load on first need (a request file open, the view shown, a command run, a preflight panel restored),
 * and even then the account is resolved, listed and polled only when something asks (see features.ts).
 */
export function activate(context: vscode.ExtensionContext): void {
  const started = performance.now();
  const log = new ExtensionLog();
  context.subscriptions.push(log);
  const main = log.for("main");
  const fail = (e: unknown) => {
    main.error(`Activation failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    // The message may quote a file or an answer: shown as plain text, never as a link or a command.
    void vscode.window.showErrorMessage(vscode.l10n.t("Tencent Cloud Acceleration could not start: {0}", notificationText(e instanceof Error ? e.message : String(e))));
  };
  try {
    // What waits for the features, and goes when they load (they register the real commands and status bar).
    const waiting: vscode.Disposable[] = [];
    let loaded = false;
    const load = (why: string) => {
      if (loaded) return;
      loaded = true;
      for (const d of waiting.splice(0)) d.dispose();
      const t0 = performance.now();
      try {
        // A bundle beside this one, chosen at run time: esbuild must not inline it.
        const features = require(path.join(__dirname, FEATURES_BUNDLE)) as typeof Features;
        features.activateFeatures(context, log, { view, provider });
        main.info(`Features loaded for ${why} in ${(performance.now() - t0).toFixed(1)} ms`);
      } catch (e) {
        // Shown once; what asked (a command, the view) then fails on its own with "not found" rather than twice.
        fail(e);
      }
    };

    const provider = new DeferredTreeProvider(() => load("the Proxies view"));
    const view = vscode.window.createTreeView(PROXIES_VIEW, { treeDataProvider: provider, showCollapseAll: true, canSelectMany: true });
    context.subscriptions.push(provider, view);

    for (const id of Object.values(COMMANDS)) {
      waiting.push(
        vscode.commands.registerCommand(id, (...args: unknown[]) => {
          load(`the command ${id}`);
          return vscode.commands.executeCommand(id, ...args);
        }),
      );
    }
    const item = vscode.window.createStatusBarItem("tcAccel.account", vscode.StatusBarAlignment.Left, 50);
    item.name = vscode.l10n.t("Tencent Cloud Profile");
    item.command = COMMANDS.switchProfile;
    Object.assign(item, pendingAccountLabel());
    item.show();
    waiting.push(item);

    const isPreflightTab = (tab: vscode.Tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(PREFLIGHT_VIEW_TYPE);
    const needed = (): string | undefined => {
      if (view.visible) return "the Proxies view";
      if (vscode.workspace.textDocuments.some(isRequestDocument)) return "a request file";
      // A preflight panel VS Code is restoring needs the serializer the features register.
      if (vscode.window.tabGroups.all.some((g) => g.tabs.some(isPreflightTab))) return "a preflight panel";
      return undefined;
    };
    waiting.push(
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(`${SETTINGS.section}.${SETTINGS.endpoint}`) && Object.assign(item, pendingAccountLabel())),
      view.onDidChangeVisibility((e) => e.visible && load("the Proxies view")),
      vscode.workspace.onDidOpenTextDocument((doc) => isRequestDocument(doc) && load("a request file")),
      vscode.window.tabGroups.onDidChangeTabs((e) => e.opened.some(isPreflightTab) && load("a preflight panel")),
    );
    context.subscriptions.push({ dispose: () => waiting.splice(0).forEach((d) => d.dispose()) });
    const now = needed();
    if (now) load(now);
  } catch (e) {
    fail(e);
    throw e;
  }
  main.info(`Activated in ${(performance.now() - started).toFixed(1)} ms`);
}

export function deactivate(): void {}
