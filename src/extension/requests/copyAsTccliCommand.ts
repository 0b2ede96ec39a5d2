import * as vscode from "vscode";
import { tccliCommand } from "../../core/requests/tccliCommand";
import { notificationText } from "../../core/text/notificationText";
import { requestDocument } from "./requestDocument";
import type { RequestDiagnostics } from "./requestDiagnostics";

/**
 * Copies the tccli command that sends the file: `tccli gaap|teo <Action> --region … --version … --Name value…`, quoted
 * for POSIX sh on every platform (tccli on Windows runs as well from Git Bash or WSL; PowerShell quoting is not made).
 */
export async function copyAsTccli(diagnostics: RequestDiagnostics, arg: unknown): Promise<void> {
  const doc = await requestDocument(arg);
  const validation = diagnostics.validationOf(doc);
  const { action, params, region } = validation;
  const command = action && params ? tccliCommand({ action, params, region }) : undefined;
  if (!command) {
    void vscode.window.showWarningMessage(vscode.l10n.t("This file has no valid Action yet, so there is no tccli command for it."));
    return;
  }
  await vscode.env.clipboard.writeText(command);
  void vscode.window.showInformationMessage(notificationText(vscode.l10n.t("Copied: {0}", command.length > 120 ? `${command.slice(0, 117)}…` : command)));
}
