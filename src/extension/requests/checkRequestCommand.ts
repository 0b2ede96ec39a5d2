import * as vscode from "vscode";
import { notificationText } from "../../core/text/notificationText";
import type { RequestDiagnostics } from "./requestDiagnostics";
import { requestDocument } from "./requestDocument";

export const showProblems = () => vscode.commands.executeCommand("workbench.actions.view.problems");

/** Runs every check (offline and live) now and says how the file stands. */
export async function checkRequest(diagnostics: RequestDiagnostics, arg: unknown): Promise<void> {
  const doc = await requestDocument(arg);
  const state = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t("Checking request…") },
    (_p, token) => diagnostics.validateNow(doc, token),
  );
  const errors = state.findings.filter((f) => f.severity === "error").length;
  const warnings = state.findings.filter((f) => f.severity === "warning").length;
  const name = vscode.workspace.asRelativePath(doc.uri);
  if (errors + warnings === 0) {
    void vscode.window.showInformationMessage(notificationText(vscode.l10n.t("{0}: no problems found.", name)));
    return;
  }
  const show = vscode.l10n.t("Show Problems");
  const pick = await vscode.window.showWarningMessage(notificationText(vscode.l10n.t("{0}: {1} error(s), {2} warning(s).", name, errors, warnings)), show);
  if (pick === show) await showProblems();
}
