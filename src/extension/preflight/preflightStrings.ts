import * as vscode from "vscode";
import type { PreflightStrings } from "../../shared/preflightProtocol";

/** The panel's own words, translated here so the webview needs no l10n of its own. */
export const preflightStrings = (): PreflightStrings => ({
  create: vscode.l10n.t("Create"),
  apply: vscode.l10n.t("Apply"),
  cancel: vscode.l10n.t("Cancel"),
  checkAgain: vscode.l10n.t("Check again"),
  useThis: vscode.l10n.t("Use this"),
  showInFile: vscode.l10n.t("Show in file"),
  current: vscode.l10n.t("Current"),
  target: vscode.l10n.t("Target"),
  loading: vscode.l10n.t("Loading…"),
  code: vscode.l10n.t("Error code"),
  // The API's own name for it, as the console and the docs show it in both languages.
  requestId: "RequestId",
  whatToDo: vscode.l10n.t("What to do"),
  serverMessage: vscode.l10n.t("Server message"),
  sendDisabled: vscode.l10n.t("Not available because:"),
});
