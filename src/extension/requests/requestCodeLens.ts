import * as vscode from "vscode";
import { COMMANDS } from "../constants";

/** Check, Send and Copy as tccli above the first line of every request file. */
export class RequestCodeLens implements vscode.CodeLensProvider {
  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const top = new vscode.Range(0, 0, 0, 0);
    const lens = (title: string, command: string) => new vscode.CodeLens(top, { title, command, arguments: [doc.uri] });
    const lenses = [lens(`$(checklist) ${vscode.l10n.t("Check")}`, COMMANDS.checkRequest)];
    if (vscode.workspace.isTrusted) lenses.push(lens(`$(send) ${vscode.l10n.t("Send")}`, COMMANDS.sendRequest));
    lenses.push(lens(`$(terminal) ${vscode.l10n.t("Copy as tccli")}`, COMMANDS.copyAsTccli));
    return lenses;
  }
}
