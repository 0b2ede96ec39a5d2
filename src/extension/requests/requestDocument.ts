import * as vscode from "vscode";
import { UserCancelled } from "../commands/userCancelled";
import { isRequestDocument } from "./isRequestDocument";

/** The request document a command acts on: the one it was invoked for (CodeLens, editor title) or the active one. */
export async function requestDocument(arg: unknown): Promise<vscode.TextDocument> {
  const uri = arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri;
  const doc = uri ? await vscode.workspace.openTextDocument(uri) : undefined;
  if (!doc || !isRequestDocument(doc)) {
    void vscode.window.showInformationMessage(vscode.l10n.t("Open a request file (*.tcreq.json) first."));
    throw new UserCancelled();
  }
  return doc;
}
