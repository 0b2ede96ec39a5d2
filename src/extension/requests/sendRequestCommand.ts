import * as vscode from "vscode";
import { formatFinding } from "../../core/messages/formatFinding";
import { notificationText } from "../../core/text/notificationText";
import type { DocumentValidation } from "../../core/validation/validateDocument";
import { uiLanguage } from "../uiLanguage";
import { showProblems } from "./checkRequestCommand";
import type { RequestDiagnostics } from "./requestDiagnostics";
import { requestDocument } from "./requestDocument";

/** What Send does with a clean file: the preflight panel for billable actions, a direct call for the others. */
export type RequestSender = (doc: vscode.TextDocument, validation: DocumentValidation) => Promise<void>;

/** Send: never with errors (they are shown instead), never from an untrusted workspace. */
export async function sendRequest(diagnostics: RequestDiagnostics, sender: RequestSender, arg: unknown): Promise<void> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(vscode.l10n.t("This workspace is not trusted: request files are checked but not sent. Trust the workspace to send."));
    return;
  }
  const doc = await requestDocument(arg);
  const state = await diagnostics.validateNow(doc);
  const errors = state.findings.filter((f) => f.severity === "error");
  if (errors.length > 0) {
    const lang = uiLanguage();
    const first = errors
      .slice(0, 3)
      .map((f) => `${f.path || "/"}: ${formatFinding(f, lang)}`)
      .join(" · ");
    const show = vscode.l10n.t("Show Problems");
    const pick = await vscode.window.showErrorMessage(notificationText(vscode.l10n.t("Not sent: the file has {0} error(s). {1}", errors.length, first)), show);
    if (pick === show) await showProblems();
    return;
  }
  await sender(doc, state.validation);
}
