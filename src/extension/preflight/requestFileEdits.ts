import * as vscode from "vscode";
import { fixEdits } from "../../core/requests/fixEdits";
import { placeFindings } from "../../core/validation/placeFindings";
import type { Suggestion } from "./gaapCreateView";

/** Opens the request file beside the panel with the parameter at `path` selected ("Show in file"). */
export async function revealParameter(uri: vscode.Uri, path: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const [placed] = placeFindings(doc.getText(), [{ path, severity: "info", code: "reveal", params: {}, target: "value" }]);
  const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
  if (!placed) return;
  const { start, end } = placed.range;
  editor.selection = new vscode.Selection(start.line, start.character, end.line, end.character);
  editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * Writes a suggestion ("use this") into the request file, each value in place so the rest of the file stays as
 * written. Returns the changed document, or undefined when a parameter to change is not in the file any more.
 */
export async function writeSuggestion(uri: vscode.Uri, suggestion: Suggestion): Promise<vscode.TextDocument | undefined> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const text = doc.getText();
  const edit = new vscode.WorkspaceEdit();
  for (const change of suggestion.edits) {
    const [e] = fixEdits(text, change.path, { kind: "replace-value", value: change.value });
    if (!e) return undefined;
    edit.replace(uri, new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)), e.content);
  }
  return (await vscode.workspace.applyEdit(edit)) ? doc : undefined;
}
