import { randomUUID } from "node:crypto";
import * as vscode from "vscode";
import { fixEdits } from "../../core/requests/fixEdits";
import type { Finding, FixHint } from "../../core/validation/finding";
import { fromPointer } from "../../core/validation/pointer";
import type { RequestDiagnostics } from "./requestDiagnostics";
import { DIAGNOSTIC_SOURCE } from "./toDiagnostic";

function title(finding: Finding, fix: FixHint): string {
  const name = fromPointer(finding.path).pop() ?? "";
  switch (fix.kind) {
    case "rename-key":
      return vscode.l10n.t('Rename "{0}" to "{1}"', name, fix.to);
    case "remove-parameter":
      return vscode.l10n.t('Remove "{0}"', name);
    case "add-parameter":
      return vscode.l10n.t('Add "{0}"', fix.name);
    case "replace-value":
      if (finding.code === "integer-as-string") return vscode.l10n.t("Write {0} as a number", JSON.stringify(fix.value));
      if (finding.live) return vscode.l10n.t("Snap to the nearest allowed value, {0}", JSON.stringify(fix.value));
      if (fix.value === "off") return vscode.l10n.t('Turn "{0}" off', name);
      return vscode.l10n.t("Change to {0}", JSON.stringify(fix.value));
  }
}

/** A ClientToken must be new for each request, so the fix makes one instead of carrying a fixed value. */
const concrete = (fix: FixHint): FixHint =>
  fix.kind === "add-parameter" && fix.name === "ClientToken" ? { ...fix, value: randomUUID() } : fix;

/** Quick fixes for the findings that carry a fix: rename, remove, add a ClientToken, snap, number for string. */
export class RequestCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: RequestDiagnostics) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const state = this.diagnostics.state(doc.uri);
    if (!state) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = state.findings.find(
        (f) => f.code === diagnostic.code && f.range.start.line === diagnostic.range.start.line && f.range.start.character === diagnostic.range.start.character,
      );
      if (!finding?.fix) continue;
      const fix = concrete(finding.fix);
      const edits = fixEdits(doc.getText(), finding.path, fix);
      if (edits.length === 0) continue;
      const action = new vscode.CodeAction(title(finding, fix), vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.isPreferred = finding.code !== "unknown-parameter" || finding.fix.kind === "rename-key";
      action.edit = new vscode.WorkspaceEdit();
      for (const e of edits) action.edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.offset), doc.positionAt(e.offset + e.length)), e.content);
      actions.push(action);
    }
    return actions;
  }
}
