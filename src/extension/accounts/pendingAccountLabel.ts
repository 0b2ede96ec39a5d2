import * as vscode from "vscode";
import { SETTINGS } from "../constants";

/**
 * What the status bar says before the account is resolved: only what the settings tell (requests would go to the
 * sandbox, or to Tencent Cloud), so that nothing is read from disk or sent just to fill it. Small on purpose: the
 * activation entry shows it before the rest of the extension is loaded.
 */
export function pendingAccountLabel(): { text: string; tooltip: string } {
  const sandbox = vscode.workspace.getConfiguration(SETTINGS.section).get<string>(SETTINGS.endpoint) === "sandbox";
  return {
    text: sandbox ? `$(beaker) ${vscode.l10n.t("Sandbox")}` : `$(account) ${vscode.l10n.t("Tencent Cloud")}`,
    tooltip: vscode.l10n.t("The profile is looked up when the Proxies view or a request file needs it. Click to choose a profile."),
  };
}
